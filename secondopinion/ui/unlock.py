"""Asking for a journal's passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("unlock", text)


def ask_passphrase(parent: QWidget | None, path: Path, *, wrong: bool = False) -> str | None:
    """The passphrase for ``path``, or None if the person cancelled."""
    prompt = tr("Passphrase for {name}:").format(name=path.name)
    if wrong:
        prompt = tr("That passphrase did not open the journal. Try again.") + "\n\n" + prompt
    text, ok = QInputDialog.getText(
        parent, tr("Unlock journal"), prompt, QLineEdit.EchoMode.Password
    )
    return text if ok and text else None
