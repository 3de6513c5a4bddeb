"""Forms that save as the person types, with each field's message shown right beneath it.

``AutoSaveForm`` binds widgets to the fields of one stored row. A change is written a moment
after typing pauses, when the field loses focus, and before the window closes or the row
changes (``flush``). A value the field cannot take shows a message under the field; the typed
text stays in the widget and nothing saved before is touched. A write that fails (a full disk,
a read-only file) keeps the typed text pending, says so under the field and in the status bar
(``JournalContext.note_unsaved``), and is tried again on the next flush.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from secondopinion.domain.validation import FieldError, parse_date, parse_time
from secondopinion.services import journal_rows
from secondopinion.services.errors import in_words
from secondopinion.services.journal_rows import Row
from secondopinion.services.journals import ChangeRefused, JournalError
from secondopinion.ui.context import JournalContext
from secondopinion.ui.field_error import error_label as error_label  # re-exported
from secondopinion.ui.field_error import over_error
from secondopinion.ui.field_error import show_error as show_error

SAVE_DELAY_MS = 400


def not_saved_message(problem: str) -> str:
    """What a field says while its text could not be written (it is kept and tried again)."""
    return QCoreApplication.translate(
        "AutoSaveForm", "Not saved yet (it stays here and is tried again): {problem}"
    ).format(problem=problem)


@dataclass
class _Field:
    name: str
    widget: QWidget
    error: QLabel
    kind: str


class AutoSaveForm(QObject):
    saved = Signal(object)  # the updated row

    def __init__(self, ctx: JournalContext, cls: type[Row], parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.cls = ctx, cls
        self.key: Any = None
        self.fields: dict[str, _Field] = {}
        self.pending: set[str] = set()
        # (row id, field) -> value typed for a row no longer shown, that could not be written
        self.held: dict[tuple[Any, str], Any] = {}
        self.held_for: object = None  # the journal those rows are in (ids mean nothing elsewhere)
        self.loading = False
        self.layout = QFormLayout()
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        ctx.register_flush(self.flush, self.discard)

    # --- building ----------------------------------------------------------------------------

    def add(
        self,
        label: str,
        name: str,
        kind: str = "text",
        *,
        choices: Sequence[tuple[str, str]] = (),
        placeholder: str = "",
        tooltip: str = "",
        int_range: tuple[int, int] = (0, 10),
    ) -> QWidget:
        """Add a field row; ``kind`` is text | multiline | date | time | choice | bool | int."""
        widget: QWidget
        if kind == "multiline":
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            lines = edit.fontMetrics().lineSpacing()
            edit.setMinimumHeight(lines * 2 + 12)
            edit.setMaximumHeight(lines * 4 + 12)
            edit.setPlaceholderText(placeholder)
            edit.textChanged.connect(lambda: self._changed(name))
            widget = edit
        elif kind == "choice":
            combo = QComboBox()
            for value, text in choices:
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(lambda _i: self._changed(name, now=True))
            widget = combo
        elif kind == "bool":
            box = QCheckBox(label)
            box.toggled.connect(lambda _b: self._changed(name, now=True))
            widget = box
        elif kind == "int":
            spin = QSpinBox()
            spin.setRange(*int_range)
            spin.valueChanged.connect(lambda _v: self._changed(name))
            widget = spin
        else:
            line = QLineEdit()
            shape = {"date": "YYYY-MM-DD", "time": "HH:MM"}.get(kind, "")
            line.setPlaceholderText(placeholder or shape)
            line.setMaxLength(1_000_000)  # the store's own limits apply, with a message
            line.textEdited.connect(lambda _t: self._changed(name))
            widget = line
        widget.setObjectName(f"field_{name}")
        widget.setAccessibleName(label.replace("&", ""))
        if tooltip:
            widget.setToolTip(tooltip)
            widget.setAccessibleDescription(tooltip)
        widget.installEventFilter(self)
        error = error_label()
        holder = over_error(widget, error)
        if kind == "bool":
            self.layout.addRow(holder)
        else:
            caption = QLabel(label)
            caption.setBuddy(widget)
            self.layout.addRow(caption, holder)
        self.fields[name] = _Field(name, widget, error, kind)
        return widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.pending:
            self.flush()
        return False

    # --- loading and saving ------------------------------------------------------------------

    def load(self, row: Row | None) -> None:
        """Show ``row`` (or clear and disable the form for None) without saving anything.

        What could not be written for the row shown before is held and tried again later.
        """
        self.flush()
        for name in self.pending:
            with contextlib.suppress(FieldError):
                self.held[(self.key, name)] = self.value_of(name)
                self.held_for = self.ctx.journal
        self.pending.clear()
        self.loading = True
        try:
            self.key = getattr(row, "id", None) if row is not None else None
            for f in self.fields.values():
                value = getattr(row, f.name) if row is not None else None
                self._set_widget(f, value)
                show_error(f.error, None)
                f.widget.setEnabled(row is not None)
        finally:
            self.loading = False

    def _set_widget(self, f: _Field, value: Any) -> None:
        w = f.widget
        if isinstance(w, QPlainTextEdit):
            if w.toPlainText() != (value or ""):
                w.setPlainText(value or "")
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(value)) if value is not None else -1)
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value or 0))
        elif isinstance(w, QLineEdit):
            if isinstance(value, date):
                text = value.isoformat()
            elif isinstance(value, time):
                text = value.strftime("%H:%M")
            else:
                text = value or ""
            if w.text() != str(text):
                w.setText(str(text))
                w.setCursorPosition(0)  # show the start of a long value, not its end

    def value_of(self, name: str) -> Any:
        f = self.fields[name]
        w = f.widget
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QSpinBox):
            return w.value()
        assert isinstance(w, QLineEdit)
        if f.kind == "date":
            return parse_date(name, w.text())
        if f.kind == "time":
            return parse_time(name, w.text())
        return w.text()

    def _changed(self, name: str, *, now: bool = False) -> None:
        if self.loading or self.key is None:
            return
        self.pending.add(name)
        if now:
            self.flush()
        else:
            self.timer.start()

    def flush(self) -> None:
        """Write every pending field now; fields that cannot take their value say why.

        A field whose write fails (a full disk, a read-only file) stays pending with its text,
        says so beneath it, and is tried again on the next flush; so are the fields of a row
        the form moved away from before they could be written.
        """
        self.timer.stop()
        if self.key is None:
            self.pending.clear()
        if not self.pending and not self.held:
            return
        journal = self.ctx.journal
        if journal is None:
            return  # nothing can be written now; keep it all for the next flush
        if self.held and self.held_for is not journal:
            self.held.clear()  # another journal is open (the window asked before switching)
        changes: dict[str, Any] = {}
        for name in sorted(self.pending):
            f = self.fields[name]
            try:
                changes[name] = self.value_of(name)
            except FieldError as exc:
                show_error(f.error, exc.message)
                self.pending.discard(name)  # the text stays in the field with its message
        problem: str | None = None
        saved_any = False
        for name, value in changes.items():
            try:  # one field at a time, so one bad value does not hold back the others
                row = journal_rows.change(journal, self.cls, self.key, **{name: value})
            except FieldError as exc:
                show_error(self.fields[name].error, exc.message)
                self.pending.discard(name)
                continue
            except LookupError:  # the row went (deleted elsewhere): nothing left to save into
                self.pending.clear()
                break
            except ChangeRefused as exc:  # this value can never be written: say why, like above
                show_error(self.fields[name].error, in_words(exc))
                self.pending.discard(name)
                continue
            except JournalError as exc:
                problem = in_words(exc)
                show_error(self.fields[name].error, self.not_saved(problem))
                continue
            self.pending.discard(name)
            show_error(self.fields[name].error, None)
            saved_any = True
            self.saved.emit(row)
        for (key, name), value in list(self.held.items()):
            try:
                journal_rows.change(journal, self.cls, key, **{name: value})
            except (FieldError, LookupError, ChangeRefused):
                pass  # it can no longer be written anywhere; let it go
            except JournalError as exc:
                problem = in_words(exc)
                continue
            else:
                saved_any = True
            del self.held[(key, name)]
        self.ctx.note_unsaved(self, problem)
        if saved_any:
            self.ctx.changed(journal_rows.table_name(self.cls), self)

    def not_saved(self, problem: str) -> str:
        return not_saved_message(problem)

    def discard(self) -> None:
        """Forget what could not be written (the person chose Discard)."""
        self.timer.stop()
        self.pending.clear()
        self.held.clear()
        for f in self.fields.values():
            show_error(f.error, None)
        self.ctx.note_unsaved(self, None)

    def error_text(self, name: str) -> str:
        f = self.fields[name]
        return f.error.text() if f.error.isVisible() or f.error.text() else ""


def connect_later(callback: Callable[[], None]) -> None:
    """Run ``callback`` once the event loop is idle (after the current signal finishes)."""
    QTimer.singleShot(0, callback)
