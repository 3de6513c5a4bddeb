"""What every tab shares: the open journal, the current concern, undo, and change signals.

Tabs hold a reference to one ``JournalContext`` and never a database session. When a tab saves
something it calls ``context.changed(table)``, so other tabs showing the same data refresh and
the status bar says it was saved. A form whose write failed (a full disk, a read-only file)
keeps what was typed and says so through ``note_unsaved``: the status bar then never claims
that everything is saved, and closing the window asks what to do with it.

Every undoable step is a ``JournalCommand``. A step that fails is dropped from the undo stack
(Qt deletes "obsolete" commands instead of keeping them), so the stack never offers to undo
what the journal does not hold, and every macro is closed by ``undo_macro`` whatever happens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from secondopinion.services import journal_rows
from secondopinion.services.errors import in_words
from secondopinion.services.journal_rows import Row
from secondopinion.services.journals import Journal, JournalError


class JournalContext(QObject):
    journal_changed = Signal()  # another journal was opened (or closed)
    concern_changed = Signal()  # another concern was chosen
    data_changed = Signal(str, object)  # a table's rows changed: (table name, who changed it)
    saved = Signal()  # something was written to disk just now
    unsaved_changed = Signal()  # something typed could (not) be written: see ``unsaved()``
    step_failed = Signal(str)  # an undoable step (or its undo) could not be written
    open_item = Signal(str, int)  # show this row in its tab (table name, id)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal: Journal | None = None
        self.concern_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self._flushers: list[Callable[[], None]] = []
        self._discarders: list[Callable[[], None]] = []
        self._unsaved: dict[int, str] = {}  # id(form) -> why its typed text is not on disk
        self._macros: list[_Macro] = []  # open ``undo_macro`` groups, innermost last

    def register_flush(
        self, flush: Callable[[], None], discard: Callable[[], None] | None = None
    ) -> None:
        """``flush`` saves anything typed but not yet written (called before close or switch);
        ``discard`` forgets what could not be written (the person chose to)."""
        self._flushers.append(flush)
        if discard is not None:
            self._discarders.append(discard)

    def flush(self) -> list[str]:
        """Save everything typed but not yet written: open cell editors and pending fields.

        Returns why some of it is still not on disk (empty when everything is).
        """
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.clearFocus()  # an open cell editor commits its text when it loses focus
        for flush in list(self._flushers):
            flush()
        return self.unsaved()

    def note_unsaved(self, form: object, problem: str | None) -> None:
        """``form`` holds typed text that is not on disk because of ``problem`` (None: no more)."""
        before = dict(self._unsaved)
        if problem:
            self._unsaved[id(form)] = problem
        else:
            self._unsaved.pop(id(form), None)
        if self._unsaved != before:
            self.unsaved_changed.emit()

    def unsaved(self) -> list[str]:
        """Why typed text is not on disk yet, one entry per form holding some."""
        return list(dict.fromkeys(self._unsaved.values()))

    def discard_unsaved(self) -> None:
        """Forget every change that could not be written (the person chose Discard)."""
        for discard in list(self._discarders):
            discard()
        if self._unsaved:
            self._unsaved.clear()
            self.unsaved_changed.emit()

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

    def push(self, command: JournalCommand) -> None:
        """Do ``command`` as an undoable step; raises what made it fail (it is then not kept)."""
        if self._macros:  # inside a group: do it now, and keep it only if it was written
            command.redo()
            failure = command.take_failure()
            if failure is not None:
                raise failure
            self._macros[-1].steps.append(command)
            return
        self.undo_stack.push(command)
        failure = command.take_failure()
        if failure is not None:
            raise failure

    def try_push(self, command: JournalCommand) -> bool:
        """``push``, but a write that failed is only said in the status bar; False then."""
        try:
            self.push(command)
        except JournalError:
            return False
        return True

    @contextmanager
    def undo_macro(self, label: str) -> Iterator[None]:
        """Group the steps pushed inside into one undoable step.

        The group is closed whatever happens (an exception still propagates) and holds exactly
        the steps that were written, so undoing it takes back what was done and nothing else.
        """
        macro = _Macro(self, label)
        self._macros.append(macro)
        try:
            yield
        finally:
            self._macros.pop()
            if macro.steps and self._macros:
                self._macros[-1].steps.append(macro)
            elif macro.steps:
                macro.done = True
                self.undo_stack.push(macro)

    def delete_with_undo(self, cls: type[Row], key: Any, label: str) -> None:
        """Delete a row (and what hangs off it) as one step the person can undo."""
        self.push(_DeleteCommand(self, cls, key, label))

    def delete_many_with_undo(self, cls: type[Row], keys: Iterable[Any], label: str) -> bool:
        """Delete rows as one undoable step; False when a write failed (the status bar says
        why, and the step holds, for undo, the rows that did go)."""
        try:
            with self.undo_macro(label):
                for key in keys:
                    self.delete_with_undo(cls, key, label)
        except JournalError:
            return False
        return True

    def add_with_undo(self, obj: Row, label: str) -> Any:
        """Insert a row as an undoable step; returns the stored row (with its id)."""
        command = AddCommand(self, type(obj), lambda: journal_rows.add(self.require(), obj), label)
        self.push(command)
        return command.row

    def report_failure(self, exc: BaseException) -> None:
        if isinstance(exc, JournalError):
            self.step_failed.emit(in_words(exc))


def _table(cls: type[Row]) -> str:
    return journal_rows.table_name(cls)


class JournalCommand(QUndoCommand):
    """An undoable step over the journal: ``apply`` does it, ``revert`` takes it back.

    When either fails, the command makes itself obsolete, so Qt drops it instead of keeping a
    step the journal does not hold; the failure is reported in the status bar and kept for
    ``JournalContext.push`` to raise.
    """

    def __init__(self, ctx: JournalContext, label: str) -> None:
        super().__init__(label)
        self.ctx = ctx
        self._failure: BaseException | None = None

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except Exception as exc:
            self.setObsolete(True)
            self._failure = exc
            self.ctx.report_failure(exc)

    def take_failure(self) -> BaseException | None:
        failure, self._failure = self._failure, None
        return failure


class _Macro(JournalCommand):
    """Steps done as one (``JournalContext.undo_macro``). Undo takes them back newest first;
    if one cannot be taken back, the ones already taken back are done again, so the journal
    is as it was and the failed group leaves the stack (and the same for redo)."""

    def __init__(self, ctx: JournalContext, label: str) -> None:
        super().__init__(ctx, label)
        self.steps: list[JournalCommand] = []
        self.done = False  # pushed after its steps ran: the first redo has nothing to do

    def apply(self) -> None:
        if self.done:
            self.done = False
            return
        self._each(self.steps, "redo", "undo")

    def revert(self) -> None:
        self._each(list(reversed(self.steps)), "undo", "redo")

    @staticmethod
    def _each(steps: list[JournalCommand], forward: str, back: str) -> None:
        for i, step in enumerate(steps):
            getattr(step, forward)()
            failure = step.take_failure()
            if failure is not None:
                for done in reversed(steps[:i]):
                    getattr(done, back)()
                    done.take_failure()
                raise failure


class _DeleteCommand(JournalCommand):
    def __init__(self, ctx: JournalContext, cls: type[Row], key: Any, label: str) -> None:
        super().__init__(ctx, label)
        self.cls, self.key = cls, key
        self.snapshot: journal_rows.Snapshot | None = None

    def apply(self) -> None:
        self.snapshot = journal_rows.delete(self.ctx.require(), self.cls, self.key)
        self.ctx.changed(_table(self.cls))

    def revert(self) -> None:
        if self.snapshot is not None:
            journal_rows.restore(self.ctx.require(), self.snapshot)
            self.ctx.changed(_table(self.cls))


class AddCommand(JournalCommand):
    """Create a row (and whatever ``create`` adds with it, such as its links); undo removes it
    and all that hangs off it, redo puts back exactly what undo removed, with the same ids.

    The snapshot is taken at undo time, so redo brings the row back as it was then, with the
    edits made after it was added. ``create`` runs in the constructor, so a FieldError is
    raised before anything is pushed.
    """

    def __init__(
        self,
        ctx: JournalContext,
        cls: type[Row],
        create: Callable[[], Any],
        label: str,
        tables: tuple[str, ...] = (),
    ) -> None:
        super().__init__(ctx, label)
        self.cls = cls
        self.tables = tables or (_table(cls),)
        try:
            self.row = create()
        except JournalError as exc:  # nothing was added; the status bar says why
            ctx.report_failure(exc)
            raise
        self.key = self.row.id
        self.snapshot: journal_rows.Snapshot | None = None

    def apply(self) -> None:
        if self.snapshot is not None:  # on the first push the row is already in
            journal_rows.restore(self.ctx.require(), self.snapshot)
            self.snapshot = None
        for table in self.tables:
            self.ctx.changed(table)

    def revert(self) -> None:
        self.snapshot = journal_rows.delete(self.ctx.require(), self.cls, self.key)
        for table in self.tables:
            self.ctx.changed(table)


class FunctionCommand(JournalCommand):
    """A change with its inverse, both plain functions over the store (reorder, retire…)."""

    def __init__(
        self,
        ctx: JournalContext,
        label: str,
        do: Callable[[], None],
        undo: Callable[[], None],
        table: str,
    ) -> None:
        super().__init__(ctx, label)
        self.do, self.inverse, self.table = do, undo, table

    def apply(self) -> None:
        self.do()
        self.ctx.changed(self.table)

    def revert(self) -> None:
        self.inverse()
        self.ctx.changed(self.table)
