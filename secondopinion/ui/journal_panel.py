"""A panel of a journal tab, and what list panels do alike.

``JournalPanel`` is a widget around one section of a tab, given the journal context and told
which concern to show (``load``). The functions are the edits every list panel does the same
way: add a row typed in its fields, save a cell edit, delete the selected rows (each an undoable
step, with its message under the panel's fields), so each panel keeps only what is its own (its
columns, its fields, its rule, where its rows go).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from secondopinion.domain.validation import FieldError
from secondopinion.services import journal_rows
from secondopinion.services.journals import JournalError
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import show_error
from secondopinion.ui.table_model import RowSortProxy, RowTableModel
from secondopinion.ui.widgets import selected_rows


class JournalPanel(QWidget):
    """A section of a tab as a widget: ``_build`` makes the section, ``load`` fills it."""

    def __init__(self, ctx: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.concern_id: int | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._build())

    def _build(self) -> QWidget:
        raise NotImplementedError

    def load(self, concern_id: int | None) -> None:
        """Show what ``concern_id`` holds (none: nothing)."""
        raise NotImplementedError


def add_row(ctx: JournalContext, row: Any, label: str, message: QLabel) -> Any | None:
    """Add ``row`` as an undoable step called ``label``: the stored row, or None when nothing
    was added (a refused field says why in ``message``; a journal error in the status bar)."""
    try:
        added = ctx.add_with_undo(row, label)
    except JournalError:
        return None  # nothing was added; the status bar says why
    except FieldError as exc:
        show_error(message, exc.message)
        return None
    show_error(message, None)
    return added


def save_change(ctx: JournalContext, row: Any, field: str, value: Any, source: object) -> Any:
    """Write one edited cell of ``row``; the other views of its table reload, not ``source``."""
    cls = type(row)
    updated = journal_rows.change(ctx.require(), cls, row.id, **{field: value})
    ctx.changed(journal_rows.table_name(cls), source)
    return updated


def delete_selected(
    ctx: JournalContext,
    cls: type[Any],
    view: QTableView,
    proxy: RowSortProxy,
    model: RowTableModel,
    label: Callable[[int], str],
) -> None:
    """Delete the rows selected in ``view`` (or its current row) as one undoable step."""
    rows = selected_rows(view, proxy, model)
    if rows:
        ctx.delete_many_with_undo(cls, [getattr(r, "id", None) for r in rows], label(len(rows)))


def show_messages(model: RowTableModel, message: QLabel) -> None:
    """A refused cell edit says why in ``message``; the next edit that is kept clears it."""
    model.edit_failed.connect(lambda text: show_error(message, text))
    model.edited.connect(lambda: show_error(message, None))
