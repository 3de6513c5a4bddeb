"""What the PDF exports share: where a PDF is saved by default, the file and password chosen, and
the missing-fonts message."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from secondopinion.ui.pdf_password import ask_pdf_password


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def _safe_name(text: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip(" .")
    return " ".join(cleaned.split())[:80] or "export"


def default_pdf_path(stem: str) -> str:
    """``stem``.pdf in the Documents folder (home when there is none), made safe as a name."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder or Path.home()) / f"{_safe_name(stem)}.pdf")


def pdf_target(
    parent: QWidget | None, chosen: str, protect: bool
) -> tuple[Path, str | None] | None:
    """The file the person chose, as a ``.pdf``, and, when it is to be protected, the password
    asked for now; None when they chose no file or cancelled the password (nothing is written)."""
    if not chosen:
        return None
    out = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
    if not protect:
        return out, None
    password = ask_pdf_password(parent)
    return None if password is None else (out, password)


def missing_fonts_message(missing: Iterable[str]) -> str:
    lines = "\n".join(f"• {m}" for m in missing)
    return tr(
        "The PDF was saved, but no font on this computer can draw some characters. They "
        "print as \ufffd:\n\n{lines}\n\nInstalling a font for that script (for example from "
        "the Noto family) and exporting again will show them."
    ).format(lines=lines)
