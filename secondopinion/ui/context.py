"""What every tab shares: the open journal, the current concern, undo, and change signals.

Tabs hold a reference to one ``JournalContext`` and never a database session. When a tab saves
something it calls ``context.changed(table)``, so other tabs showing the same data refresh and
the status bar says it was saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from secondopinion.services import journal_rows
from secondopinion.services.journal_rows import Row
from secondopinion.services.journals import Journal


class JournalContext(QObject):
    journal_changed = Signal()  # another journal was opened (or closed)
    concern_changed = Signal()  # another concern was chosen
    data_changed = Signal(str, object)  # a table's rows changed: (table name, who changed it)
    saved = Signal()  # something was written to disk just now
    open_item = Signal(str, int)  # show this row in its tab (table name, id)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal: Journal | None = None
        self.concern_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self._flushers: list[Callable[[], None]] = []

    def register_flush(self, flush: Callable[[], None]) -> None:
        """``flush`` saves anything typed but not yet written (called before close or switch)."""
        self._flushers.append(flush)

    def flush(self) -> None:
        """Save everything typed but not yet written: open cell editors and pending fields."""
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.clearFocus()  # an open cell editor commits its text when it loses focus
        for flush in list(self._flushers):
            flush()

    def set_journal(self, journal: Journal | None) -> None:
        self.flush()
        self.journal = journal
        self.concern_id = None
        self.undo_stack.clear()
        self.journal_changed.emit()

    def set_concern(self, concern_id: int | None) -> None:
        if concern_id != self.concern_id:
            self.flush()
            self.concern_id = concern_id
            self.concern_changed.emit()

    def changed(self, table: str, source: object = None) -> None:
        """Say that ``table`` changed; ``source`` (a tab) need not reload what it just saved."""
        self.data_changed.emit(table, source)
        self.saved.emit()

    def require(self) -> Journal:
        assert self.journal is not None, "no journal is open"
        return self.journal

    # --- undoable commands -------------------------------------------------------------------

    def delete_with_undo(self, cls: type[Row], key: Any, label: str) -> None:
        """Delete a row (and what hangs off it) as one step the person can undo."""
        self.undo_stack.push(_DeleteCommand(self, cls, key, label))

    def add_with_undo(self, obj: Row, label: str) -> Any:
        """Insert a row as an undoable step; returns the stored row (with its id)."""
        command = _AddCommand(self, obj, label)
        self.undo_stack.push(command)
        return command.row


def _table(cls: type[Row]) -> str:
    return journal_rows.table_name(cls)


class _DeleteCommand(QUndoCommand):
    def __init__(self, ctx: JournalContext, cls: type[Row], key: Any, label: str) -> None:
        super().__init__(label)
        self.ctx, self.cls, self.key = ctx, cls, key
        self.snapshot: journal_rows.Snapshot | None = None

    def redo(self) -> None:
        self.snapshot = journal_rows.delete(self.ctx.require(), self.cls, self.key)
        self.ctx.changed(_table(self.cls))

    def undo(self) -> None:
        if self.snapshot is not None:
            journal_rows.restore(self.ctx.require(), self.snapshot)
            self.ctx.changed(_table(self.cls))


class _AddCommand(QUndoCommand):
    def __init__(self, ctx: JournalContext, obj: Row, label: str) -> None:
        super().__init__(label)
        self.ctx = ctx
        self.row: Any = journal_rows.add(ctx.require(), obj)  # raises FieldError before the push
        self.values = journal_rows.values_of(self.row)
        self.first = True

    def redo(self) -> None:
        if self.first:  # already inserted in __init__
            self.first = False
        else:
            cls = type(self.row)
            self.row = journal_rows.add(self.ctx.require(), cls(**self.values))
        self.ctx.changed(_table(type(self.row)))

    def undo(self) -> None:
        journal_rows.delete(self.ctx.require(), type(self.row), self.row.id)
        self.ctx.changed(_table(type(self.row)))
