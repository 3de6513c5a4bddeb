"""Choosing a passphrase: offered when a journal is created, added, changed or removed later."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from secondopinion.services.passphrase import MIN_LENGTH, check_new
from secondopinion.ui.dialog_size import ok_cancel
from secondopinion.ui.forms import error_label, show_error
from secondopinion.ui.unlock import passphrase_field
from secondopinion.ui.widgets import fit_to_contents


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("passphrase", text, disambiguation or None, n)


def _warning(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("passphraseWarning")
    label.setWordWrap(True)
    font = label.font()
    font.setWeight(QFont.Weight.DemiBold)  # not a style sheet: that would fix its colours
    label.setFont(font)
    return label


def _problem(text: str) -> str | None:
    """The service's rule (``check_new``), said in the person's language."""
    if check_new(text) is None:
        return None
    if not text:
        return tr("Type a passphrase.")
    if text != text.strip():
        return tr("A passphrase cannot start or end with a space: it is too easy to mistype.")
    if len(text) < MIN_LENGTH:
        return tr("Use at least %n characters: a few words are easy to remember.", "", MIN_LENGTH)
    return tr("A passphrase cannot contain that character.")


class _NewFields:
    """A new passphrase typed twice, each with its message line beneath it."""

    def __init__(self, form: QFormLayout, first: str, second: str) -> None:
        self.first = passphrase_field(tr("New passphrase"))
        self.first.setObjectName("newPassphrase")
        self.second = passphrase_field(tr("Repeat the new passphrase"))
        self.second.setObjectName("repeatPassphrase")
        self.first_error = error_label()
        self.second_error = error_label()
        form.addRow(first, self.first)
        form.addRow("", self.first_error)
        form.addRow(second, self.second)
        form.addRow("", self.second_error)

    def value(self) -> str | None:
        """The new passphrase if both fields agree and it is acceptable; else show why."""
        problem = _problem(self.first.text())
        show_error(self.first_error, problem)
        mismatch = not problem and self.first.text() != self.second.text()
        different = tr("The two passphrases are not the same.")
        show_error(self.second_error, different if mismatch else None)
        if problem:
            self.first.setFocus()
            return None
        if mismatch:
            self.second.setFocus()
            return None
        return self.first.text()

    def set_enabled(self, on: bool) -> None:
        for w in (self.first, self.second):
            w.setEnabled(on)
        if not on:
            show_error(self.first_error, None)
            show_error(self.second_error, None)

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


FORGET_WARNING = (
    "Write it down and keep it somewhere safe. If you forget it, nobody can open this journal "
    "or its backups again — not you, not us. There is no way to recover it."
)


class NewPassphraseDialog(QDialog):
    """Protect a journal with a passphrase; when ``creating``, it can also be skipped."""

    def __init__(self, parent: QWidget | None, name: str, *, creating: bool) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(tr("Protect the new journal") if creating else tr("Add a passphrase"))
        self.skipped = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "A passphrase encrypts “{name}” on this computer, with its attachments and "
                "backups. Recommended, especially if others use this computer or see its backups."
            ).format(name=name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.fields = _NewFields(form, tr("&Passphrase:"), tr("&Repeat it:"))
        layout.addLayout(form)
        layout.addWidget(_warning(tr(FORGET_WARNING)))
        buttons = QDialogButtonBox()
        protect = buttons.addButton(
            tr("&Protect with passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        protect.setObjectName("protectButton")
        protect.setDefault(True)
        if creating:
            skip = buttons.addButton(
                tr("Continue &without passphrase"), QDialogButtonBox.ButtonRole.ActionRole
            )
            skip.setObjectName("skipPassphraseButton")
            skip.clicked.connect(self._skip)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._protect)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_contents(self, 480)
        self.fields.first.setFocus()

    def _protect(self) -> None:
        if self.fields.value() is not None:
            self.accept()

    def _skip(self) -> None:
        self.skipped = True
        self.fields.clear()
        self.accept()

    def passphrase(self) -> str | None:
        return None if self.skipped else self.fields.first.text()


class ManagePassphraseDialog(QDialog):
    """Change or remove the passphrase of an encrypted journal, after typing the current one."""

    def __init__(self, parent: QWidget | None, name: str, verify: Callable[[str], bool]) -> None:
        super().__init__(parent)
        self.setObjectName("managePassphraseDialog")
        self.setWindowTitle(tr("Passphrase"))
        self.verify = verify
        layout = QVBoxLayout(self)
        intro = QLabel(tr("“{name}” is encrypted with a passphrase.").format(name=name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.current = passphrase_field(tr("Current passphrase"))
        self.current.setObjectName("currentPassphrase")
        self.current_error = error_label()
        form.addRow(tr("C&urrent passphrase:"), self.current)
        form.addRow("", self.current_error)
        self.change = QRadioButton(tr("&Change it"))
        self.change.setObjectName("changePassphrase")
        self.remove = QRadioButton(tr("Re&move it and store the journal unencrypted"))
        self.remove.setObjectName("removePassphrase")
        self.change.setChecked(True)
        form.addRow("", self.change)
        self.fields = _NewFields(form, tr("&New passphrase:"), tr("&Repeat it:"))
        form.addRow("", self.remove)
        layout.addLayout(form)
        self.forget = _warning(tr(FORGET_WARNING))
        self.exposed = _warning(
            tr(
                "Without a passphrase, anyone who can open your files can read this journal "
                "and its backups."
            )
        )
        layout.addWidget(self.forget)
        layout.addWidget(self.exposed)
        self.change.toggled.connect(self._mode_changed)
        self.buttons = ok_cancel(self._apply, self.reject)
        self.apply: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(self.buttons)
        fit_to_contents(self, 480)
        self._mode_changed()

    def _mode_changed(self) -> None:
        changing = self.change.isChecked()
        self.fields.set_enabled(changing)
        self.forget.setVisible(changing)
        self.exposed.setVisible(not changing)
        self.apply.setText(tr("&Change passphrase") if changing else tr("Re&move passphrase"))

    def _apply(self) -> None:
        if not self.verify(self.current.text()):
            show_error(self.current_error, tr("That is not the current passphrase."))
            self.current.selectAll()
            self.current.setFocus()
            return
        show_error(self.current_error, None)
        if self.change.isChecked() and self.fields.value() is None:
            return
        self.accept()

    def new_passphrase(self) -> str | None:
        return self.fields.first.text() if self.change.isChecked() else None


def _run(dialog: QDialog) -> bool:
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def offer_new_passphrase(parent: QWidget | None, name: str) -> tuple[bool, str | None]:
    """At creation: (False, None) cancelled, (True, None) skipped, (True, passphrase)."""
    dialog = NewPassphraseDialog(parent, name, creating=True)
    if not _run(dialog):
        return False, None
    return True, dialog.passphrase()


def ask_add_passphrase(parent: QWidget | None, name: str) -> str | None:
    dialog = NewPassphraseDialog(parent, name, creating=False)
    return dialog.passphrase() if _run(dialog) else None


def ask_change_passphrase(
    parent: QWidget | None, name: str, verify: Callable[[str], bool]
) -> tuple[bool, str | None]:
    """For an encrypted journal: (False, None) cancelled, (True, new) or (True, None) remove."""
    dialog = ManagePassphraseDialog(parent, name, verify)
    if not _run(dialog):
        return False, None
    return True, dialog.new_passphrase()
