"""The Signs tab's "Why I want another opinion": the standard and own signs, ticked and noted.

A mixin of ``SignsTab``: the tab lays the panels out and routes reloads to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton
from sqlmodel import col

from secondopinion.domain.validation import FieldError
from secondopinion.store import commands
from secondopinion.store.errors import JournalError
from secondopinion.store.tables import Sign
from secondopinion.ui import labels
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import error_label, show_error
from secondopinion.ui.table_model import Column, RowTableModel
from secondopinion.ui.widgets import (
    chars,
    hint,
    section,
    selected_rows,
    set_column_widths,
    table_view,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _Tab = QWidget
else:
    _Tab = object


class SignListPanel(_Tab):
    ctx: JournalContext

    if TYPE_CHECKING:  # from SignsTab, for the type checker only

        def _concern(self) -> int: ...
        def _save(self, cls: Any, row: Any, field: str, value: Any) -> Any: ...

    def _build_signs(self) -> QWidget:
        box, layout = section(self.tr("Why I want another opinion"))
        layout.addWidget(hint(self.tr("Tick what applies and say why in the note.")))
        self.signs_model = RowTableModel(
            [
                Column(
                    self.tr("Sign"),
                    value=lambda s: s.ticked,
                    display=lambda s: labels.standard_sign_text(s.standard_key, s.text),
                    field="ticked",
                    checkable=True,
                    tooltip=lambda s: labels.standard_sign_text(s.standard_key, s.text),
                ),
                Column(self.tr("Note"), value=lambda s: s.note, field="note"),
            ],
            on_edit=self._edit_sign,
            parent=self,
        )
        self.signs_view, self.signs_proxy = table_view(
            self.signs_model,
            "signsView",
            self.tr("Signs"),
            stretch_column=1,
            on_delete=self.remove_sign,
        )
        self.signs_view.setSortingEnabled(False)
        self.signs_view.setWordWrap(True)
        set_column_widths(self.signs_view, {0: 36})
        self._fit_signs = QTimer(self)
        self._fit_signs.setSingleShot(True)
        self._fit_signs.setInterval(0)
        self._fit_signs.timeout.connect(self._fit_sign_rows)
        self.signs_view.viewport().installEventFilter(self)  # the note keeps room: eventFilter
        self.signs_view.setMinimumHeight(self.signs_view.fontMetrics().height() * 12)
        self.signs_model.edit_failed.connect(lambda m: show_error(self.signs_error, m))
        self.signs_model.edited.connect(lambda: show_error(self.signs_error, None))
        layout.addWidget(self.signs_view, 1)
        self.signs_error = error_label()
        layout.addWidget(self.signs_error)
        row = QHBoxLayout()
        self.new_sign = QLineEdit()
        self.new_sign.setObjectName("newSign")
        self.new_sign.setPlaceholderText(self.tr("Another reason of my own…"))
        self.new_sign.setAccessibleName(self.tr("New sign"))
        self.new_sign.returnPressed.connect(self.add_sign)
        add = QPushButton(self.tr("&Add sign"))
        add.setObjectName("addSign")
        add.clicked.connect(self.add_sign)
        remove = QPushButton(self.tr("Remove sign"))
        remove.setObjectName("removeSign")
        remove.setToolTip(self.tr("Remove the selected sign of your own (Delete)"))
        remove.clicked.connect(self.remove_sign)
        row.addWidget(self.new_sign, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addLayout(row)
        self.new_sign_error = error_label()
        layout.addWidget(self.new_sign_error)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The sign column takes at most 60% of the list, so the note stays readable in a
        narrow pane or at a large font; rows grow to the lines the text wraps to."""
        if (
            watched is self.signs_view.viewport()
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
            self._fit_signs.start()  # once the view has laid out its columns for the new width
        return False

    def _fit_sign_rows(self) -> None:
        view = self.signs_view
        width = min(chars(view, 36), view.viewport().width() * 3 // 5)
        if width != view.columnWidth(0):
            view.setColumnWidth(0, width)
        view.resizeRowsToContents()

    def _load_signs(self) -> None:
        journal = self.ctx.require()
        self.signs_model.set_rows(
            commands.rows(
                journal,
                Sign,
                col(Sign.concern_id) == self.ctx.concern_id,
                order_by=[col(Sign.position), col(Sign.id)],
            )
        )
        self.signs_view.resizeRowsToContents()

    def _edit_sign(self, row: Sign, field: str, value: Any) -> Sign:
        if field == "text" and row.standard_key is not None:
            raise FieldError(field, self.tr("Standard signs cannot be reworded; add your own."))
        return self._save(Sign, row, field, value)  # type: ignore[no-any-return]

    def add_sign(self) -> None:
        text = self.new_sign.text().strip()
        position = max((s.position for s in self.signs_model.rows), default=-1) + 1
        try:
            self.ctx.add_with_undo(
                Sign(concern_id=self._concern(), text=text, ticked=True, position=position),
                self.tr("Add sign"),
            )
        except JournalError:
            return  # nothing was added; the status bar says why
        except FieldError as exc:
            show_error(self.new_sign_error, exc.message)
            return
        show_error(self.new_sign_error, None)
        self.new_sign.clear()

    def remove_sign(self) -> None:
        rows = [
            s
            for s in selected_rows(self.signs_view, self.signs_proxy, self.signs_model)
            if isinstance(s, Sign)
        ]
        if not rows:
            return
        if any(s.standard_key is not None for s in rows):
            show_error(
                self.signs_error,
                self.tr("Standard signs stay in the list; untick them if they do not apply."),
            )
            return
        self.ctx.delete_many_with_undo(Sign, [s.id for s in rows], self.tr("Remove sign"))
