"""Protect with a password: the choice on every PDF export, and the dialog that asks for it twice.

The password goes straight to the encryption (services.pdf_protect) and is forgotten: it is never
stored in the settings, never logged, and the dialog's fields are cleared when it closes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from secondopinion.services.pdf_protect import MIN_LENGTH, password_problem
from secondopinion.ui.dialog_size import ok_cancel
from secondopinion.ui.forms import error_label, show_error
from secondopinion.ui.widgets import fit_to_contents, hint


def tr(text: str) -> str:
    return QCoreApplication.translate("PdfPassword", text)


def protect_box(parent: QWidget | None = None) -> QCheckBox:
    """The "Protect with a password" choice an export dialog shows."""
    box = QCheckBox(tr("Protect with a &password (for email)"), parent)
    box.setObjectName("protectPdf")
    tip = tr("The PDF is encrypted (AES-256) and opens only with the password you choose.")
    box.setToolTip(tip)
    box.setAccessibleDescription(tip)
    return box


class PdfPasswordDialog(QDialog):
    """Ask for the PDF's password twice; say what is wrong next to the fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPasswordDialog")
        self.setWindowTitle(self.tr("Protect the PDF with a password"))
        layout = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "Whoever receives the PDF needs this password to open it. Tell it to the doctor "
                "another way: by phone, in person or by text message, never in the same email as "
                "the PDF. The password is not kept anywhere: if you forget it, export again."
            )
        )
        explain.setWordWrap(True)
        explain.setObjectName("pdfPasswordExplain")
        layout.addWidget(explain)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setObjectName("pdfPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.again = QLineEdit()
        self.again.setObjectName("pdfPasswordAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Password again"))
        self.error = error_label()
        self.error.setObjectName("pdfPasswordError")
        password_caption = QLabel(self.tr("&Password:"))
        password_caption.setBuddy(self.password)
        again_caption = QLabel(self.tr("&Again:"))
        again_caption.setBuddy(self.again)
        form.addRow(password_caption, self.password)
        form.addRow(again_caption, self.again)
        layout.addLayout(form)
        layout.addWidget(
            hint(
                self.tr("At least {n} characters; a short sentence is easy to say.").format(
                    n=MIN_LENGTH
                )
            )
        )
        layout.addWidget(self.error)
        buttons = ok_cancel(self.accept, self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Protect"))
        layout.addWidget(buttons)
        self._chosen = ""
        self._fit()

    def _fit(self) -> None:
        fit_to_contents(self, self.fontMetrics().averageCharWidth() * 60)

    def accept(self) -> None:
        problem = password_problem(self.password.text(), self.again.text())
        if problem:
            show_error(self.error, problem)
            self._fit()  # room for the message's lines
            self.password.setFocus()
            return
        self._chosen = self.password.text()
        self._forget_fields()
        super().accept()

    def reject(self) -> None:
        self._forget_fields()
        super().reject()

    def _forget_fields(self) -> None:
        self.password.clear()
        self.again.clear()

    def take_password(self) -> str:
        """The chosen password, once: the dialog forgets it as it hands it over."""
        chosen, self._chosen = self._chosen, ""
        return chosen


def ask_pdf_password(parent: QWidget | None) -> str | None:
    """Ask for a password twice; ``None`` when the person cancels."""
    dialog = PdfPasswordDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.take_password()
