"""What the Signs tab's list panels do alike: add a row typed in their fields, save a cell edit,
delete the selected rows, each an undoable step with its message under the panel's fields.

A panel is a widget over one table of the journal; these functions are its edits, so each panel
keeps only what is its own (its columns, its fields, its rule, where its rows go).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QTableView

from secondopinion.domain.validation import FieldError
from secondopinion.services import journal_rows
from secondopinion.services.journals import JournalError
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import show_error
from secondopinion.ui.table_model import RowSortProxy, RowTableModel
from secondopinion.ui.widgets import selected_rows


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
