"""Asking for a journal's passphrase when it opens (and for a backup's, when restoring one)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from secondopinion.ui.dialog_size import fit_to_contents, ok_cancel
from secondopinion.ui.field_error import error_label, show_error


def tr(text: str) -> str:
    return QCoreApplication.translate("unlock", text)


def passphrase_field(accessible: str) -> QLineEdit:
    """A password field with no length cap and no autocompletion of what was typed."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    field.setMaxLength(1024)
    return field


class UnlockDialog(QDialog):
    """The passphrase for one file; after a wrong one it says so and asks again."""

    def __init__(self, parent: QWidget | None, path: Path, *, wrong: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(tr("Unlock journal"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("“{name}” is protected by a passphrase. Type it to open the journal.").format(
                name=path.name
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        caption = QLabel(tr("&Passphrase:"))
        self.field = passphrase_field(tr("Passphrase"))
        self.field.setObjectName("unlockPassphrase")
        caption.setBuddy(self.field)
        layout.addWidget(caption)
        layout.addWidget(self.field)
        self.error = error_label()
        self.error.setObjectName("unlockError")
        layout.addWidget(self.error)
        reveal = QCheckBox(tr("&Show passphrase"))
        reveal.setObjectName("unlockReveal")
        reveal.toggled.connect(
            lambda on: self.field.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        layout.addWidget(reveal)
        buttons = ok_cancel(self._accept, self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Unlock"))
        layout.addWidget(buttons)
        if wrong:
            show_error(
                self.error,
                tr(
                    "That passphrase did not open the journal. Check Caps Lock and the keyboard "
                    "layout, and try again."
                ),
            )
        fit_to_contents(self, 420)

    def _accept(self) -> None:
        if not self.field.text():
            show_error(self.error, tr("Type the passphrase, or choose Cancel."))
            return
        self.accept()

    def passphrase(self) -> str:
        return self.field.text()


def ask_passphrase(parent: QWidget | None, path: Path, *, wrong: bool = False) -> str | None:
    """The passphrase for ``path``, or None if the person cancelled."""
    dialog = UnlockDialog(parent, path, wrong=wrong)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase() or None
    finally:
        dialog.field.clear()
        dialog.deleteLater()
