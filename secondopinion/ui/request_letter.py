"""A record request's letters: write the request letter, note an extension, write a follow-up.

The rules (what a letter needs, how far an extension may go, when a follow-up is due) are in
``services/letters.py``; this module only asks and shows. A letter is one or two pages, so it is
written at once rather than on the background helper.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secondopinion.domain.validation import FieldError, parse_date
from secondopinion.services import letters
from secondopinion.services.errors import in_words
from secondopinion.services.letters import Request as RecordRequest
from secondopinion.ui import labels
from secondopinion.ui.context import FunctionCommand, JournalContext
from secondopinion.ui.dialog_size import ok_cancel
from secondopinion.ui.field_error import over_error
from secondopinion.ui.forms import error_label, show_error
from secondopinion.ui.pdf_password import protect_box
from secondopinion.ui.pdf_saving import default_pdf_path, missing_fonts_message, pdf_target


def tr(text: str) -> str:
    return QCoreApplication.translate("RequestLetter", text)


class LetterActions(QWidget):
    """Three buttons under the request's details, and a line saying what happened or is missing."""

    saved = Signal(object)  # the shown request, updated

    def __init__(self, ctx: JournalContext, today: Callable[[], date]) -> None:
        super().__init__()
        self.setObjectName("letterActions")
        self.ctx, self.today = ctx, today
        self.request: RecordRequest | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        self.write = QPushButton(tr("&Write request letter…"))
        self.write.setObjectName("writeLetter")
        self.write.setToolTip(
            tr("A letter asking the provider for these records, as a PDF to sign and send")
        )
        self.write.clicked.connect(lambda: self.write_letter(follow_up=False))
        self.extension = QPushButton(tr("E&xtension notified…"))
        self.extension.setObjectName("extensionNotified")
        self.extension.setToolTip(tr("The provider told you it needs more time: note the new date"))
        self.extension.clicked.connect(self.note_extension)
        self.follow = QPushButton(tr("Write &follow-up letter…"))
        self.follow.setObjectName("writeFollowUp")
        self.follow.setToolTip(tr("The due date has passed: a letter citing the first one"))
        self.follow.clicked.connect(lambda: self.write_letter(follow_up=True))
        for button in (self.write, self.extension, self.follow):
            row.addWidget(button)
        self.protect = protect_box()
        row.addWidget(self.protect)
        row.addStretch(1)
        layout.addLayout(row)
        self.problem = error_label()
        self.problem.setObjectName("letterProblem")
        layout.addWidget(self.problem)
        self.note = QLabel()
        self.note.setObjectName("letterNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        layout.addWidget(self.note)

    def set_request(self, request: RecordRequest | None) -> None:
        if request is None or self.request is None or request.id != self.request.id:
            show_error(self.problem, None)
            self._say(None)
        self.request = request
        self.write.setEnabled(request is not None)
        self.extension.setEnabled(request is not None and request.status == "requested")
        late = request is not None and letters.can_follow_up(request, self.today())
        self.follow.setVisible(late)

    def _say(self, text: str | None) -> None:
        self.note.setText(text or "")
        self.note.setVisible(bool(text))

    # --- letters ------------------------------------------------------------------------------

    def write_letter(self, *, follow_up: bool) -> None:
        """Check, ask where to save, write; then ask whether it goes out today."""
        request, journal = self.request, self.ctx.journal
        if request is None or journal is None or request.id is None:
            return
        self.ctx.flush()  # what was just typed in the form belongs in the letter
        # The letter's renderer brings ReportLab: imported when a letter is written, not when
        # the Records tab is first shown.
        from secondopinion.services import letter_writing

        fresh = letters.current(journal, request.id)
        today = self.today()
        problems = letter_writing.letter_problems(journal, fresh, today, follow_up=follow_up)
        if problems:
            show_error(self.problem, " ".join(problems))
            self._say(None)
            return
        show_error(self.problem, None)
        kind = labels.label("record_kind", fresh.kind)
        stem = tr("Follow-up - {source}") if follow_up else tr("Request letter - {source}")
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Save the follow-up letter") if follow_up else tr("Save the request letter"),
            default_pdf_path(stem.format(source=fresh.source, kind=kind)),
            tr("PDF documents (*.pdf)"),
        )
        target = pdf_target(self, path, self.protect.isChecked())
        if target is None:
            return  # no file chosen, or the password cancelled: nothing is written
        out, password = target
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = letter_writing.export_letter(
                journal, request.id, out, today, follow_up=follow_up, password=password
            )
        except (OSError, ValueError) as exc:
            QGuiApplication.restoreOverrideCursor()
            why = in_words(exc)
            show_error(self.problem, tr("The letter was not saved: {why}").format(why=why))
            return
        QGuiApplication.restoreOverrideCursor()
        if result.missing:
            QMessageBox.warning(self, tr("Letter saved"), missing_fonts_message(result.missing))
        question = (
            tr("The follow-up letter is saved. Mark it as sent today?")
            if follow_up
            else tr(
                "The letter is saved. Mark the request as sent today? It becomes Requested, "
                "with the due date the law gives the provider."
            )
        )
        answer = QMessageBox.question(
            self,
            tr("Sent today?"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self._say(tr("Saved {file}. Not marked as sent.").format(file=out.name))
            return
        key = request.id
        covered = [r.id for r in letters.letter_requests(journal, fresh, follow_up=follow_up)]
        before = letters.letter_state(journal, [k for k in covered if k is not None])

        def send() -> None:
            if follow_up:
                letters.mark_follow_up_sent(self.ctx.require(), key, today)
            else:
                letters.mark_letter_sent(self.ctx.require(), key, today)

        label = tr("Follow-up sent") if follow_up else tr("Request letter sent")
        self.ctx.push(
            FunctionCommand(
                self.ctx,
                label,
                send,
                lambda: letters.restore_letter_state(self.ctx.require(), before),
                "record_request",
            )
        )
        updated = letters.current(journal, request.id)
        self.ctx.changed("record_request", self)
        self.saved.emit(updated)
        if follow_up:
            self._say(tr("Saved {file}; follow-up sent {day}.").format(
                file=out.name, day=today.isoformat()))  # fmt: skip
        else:
            self._say(tr("Saved {file}; requested {day}, due {due}.").format(
                file=out.name, day=today.isoformat(),
                due=updated.due_on.isoformat() if updated.due_on else ""))  # fmt: skip

    # --- extensions ---------------------------------------------------------------------------

    def note_extension(self) -> None:
        request, journal = self.request, self.ctx.journal
        if request is None or journal is None or request.id is None:
            return
        dialog = ExtensionDialog(self.ctx, request, self.today, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.updated is not None:
            self.saved.emit(dialog.updated)
            due = dialog.updated.due_on
            self._say(tr("Extension noted: now due {due}.").format(due=due or ""))


class ExtensionDialog(QDialog):
    """The provider's notice of an extension: when it came, and the new due date."""

    def __init__(
        self,
        ctx: JournalContext,
        request: RecordRequest,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("extensionDialog")
        self.setWindowTitle(tr("Extension notified"))
        self.ctx, self.request, self.today = ctx, request, today
        self.updated: RecordRequest | None = None
        journal = ctx.require()
        layout = QVBoxLayout(self)
        latest = letters.latest_extension(journal, request)
        explain = QLabel(
            tr("The provider may move the due date once, with a written notice giving the "
                "reason and the new date. The latest date the law allows: {latest}.").format(
                latest=latest.isoformat())
            if latest is not None
            else tr("Note when the provider told you it needs more time, and the new date.")
        )  # fmt: skip
        explain.setWordWrap(True)
        explain.setObjectName("extensionLimit")
        layout.addWidget(explain)
        form = QFormLayout()
        self.notified = QLineEdit(today().isoformat())
        self.notified.setObjectName("extensionNotifiedOn")
        self.notified.setAccessibleName(tr("Notice received on"))
        self.notified.setPlaceholderText("YYYY-MM-DD")
        self.due = QLineEdit(latest.isoformat() if latest else "")
        self.due.setObjectName("extensionDueOn")
        self.due.setAccessibleName(tr("New due date"))
        self.due.setPlaceholderText("YYYY-MM-DD")
        self.notified_error, self.due_error = error_label(), error_label()
        for caption, edit, error in (
            (tr("Notice &received on:"), self.notified, self.notified_error),
            (tr("&New due date:"), self.due, self.due_error),
        ):
            holder = over_error(edit, error)
            label = QLabel(caption)
            label.setBuddy(edit)
            form.addRow(label, holder)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self.apply, self.reject))

    def apply(self) -> bool:
        """Save the notice; a date the law does not allow says why next to its field."""
        show_error(self.notified_error, None)
        show_error(self.due_error, None)
        try:
            notified = parse_date("extension_notified_on", self.notified.text())
            due = parse_date("due_on", self.due.text())
            if notified is None:
                raise FieldError("extension_notified_on", tr("Write the date of the notice."))
            if due is None:
                raise FieldError("due_on", tr("Write the new due date."))
            key, today = self.request.id, self.today()
            assert key is not None
            journal = self.ctx.require()
            letters.check_notice(journal, key, notified, due, today)
            before = letters.letter_state(journal, [key])

            def extend() -> None:
                letters.notify_extension(self.ctx.require(), key, notified, due, today)

            self.ctx.push(
                FunctionCommand(
                    self.ctx,
                    tr("Extension notified"),
                    extend,
                    lambda: letters.restore_letter_state(self.ctx.require(), before),
                    "record_request",
                )
            )
            self.updated = letters.current(journal, key)
        except FieldError as exc:
            target = self.due_error if exc.field == "due_on" else self.notified_error
            show_error(target, exc.message)
            return False
        self.accept()
        return True
