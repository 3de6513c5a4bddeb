"""The Signs tab's "Why I want another opinion": the standard and own signs, ticked and noted.

A widget of its own: given the journal context, it shows the signs of the concern the tab asks
for (``load``), and saves, adds and removes them through ``services.signs`` as undoable steps.
Its words keep the tab's translation context ("SignsTab").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from secondopinion.domain.validation import FieldError
from secondopinion.services import signs as signs_service
from secondopinion.services.journal_rows import Sign
from secondopinion.services.journals import JournalError
from secondopinion.ui import labels
from secondopinion.ui.forms import error_label, show_error
from secondopinion.ui.journal_panel import JournalPanel, add_row, save_change, show_messages
from secondopinion.ui.journal_tab import select_row
from secondopinion.ui.table_model import Column, RowTableModel
from secondopinion.ui.widgets import (
    chars,
    hint,
    section,
    selected_rows,
    set_column_widths,
    table_view,
)


class SignListPanel(JournalPanel):
    def _build(self) -> QWidget:
        box, layout = section(QCoreApplication.translate("SignsTab", "Why I want another opinion"))
        layout.addWidget(
            hint(
                QCoreApplication.translate("SignsTab", "Tick what applies and say why in the note.")
            )
        )
        self.signs_model = RowTableModel(
            [
                Column(
                    QCoreApplication.translate("SignsTab", "Sign"),
                    value=lambda s: s.ticked,
                    display=lambda s: labels.standard_sign_text(s.standard_key, s.text),
                    field="ticked",
                    checkable=True,
                    tooltip=lambda s: labels.standard_sign_text(s.standard_key, s.text),
                ),
                Column(
                    QCoreApplication.translate("SignsTab", "Note"),
                    value=lambda s: s.note,
                    field="note",
                ),
            ],
            on_edit=self._edit_sign,
            parent=self,
        )
        self.signs_view, self.signs_proxy = table_view(
            self.signs_model,
            "signsView",
            QCoreApplication.translate("SignsTab", "Signs"),
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
        layout.addWidget(self.signs_view, 1)
        self.signs_error = error_label()
        show_messages(self.signs_model, self.signs_error)
        layout.addWidget(self.signs_error)
        row = QHBoxLayout()
        self.new_sign = QLineEdit()
        self.new_sign.setObjectName("newSign")
        self.new_sign.setPlaceholderText(
            QCoreApplication.translate("SignsTab", "Another reason of my own…")
        )
        self.new_sign.setAccessibleName(QCoreApplication.translate("SignsTab", "New sign"))
        self.new_sign.returnPressed.connect(self.add_sign)
        add = QPushButton(QCoreApplication.translate("SignsTab", "&Add sign"))
        add.setObjectName("addSign")
        add.clicked.connect(self.add_sign)
        remove = QPushButton(QCoreApplication.translate("SignsTab", "Remove sign"))
        remove.setObjectName("removeSign")
        remove.setToolTip(
            QCoreApplication.translate("SignsTab", "Remove the selected sign of your own (Delete)")
        )
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

    def load(self, concern_id: int | None) -> None:
        """Show the signs of ``concern_id`` (none: an empty list)."""
        self.concern_id = concern_id
        found = [] if concern_id is None else signs_service.signs_of(self.ctx.require(), concern_id)
        self.signs_model.set_rows(found)
        self.signs_view.resizeRowsToContents()

    def show_row(self, key: int) -> None:
        """Select the sign ``key`` (search results land here)."""
        select_row(self.signs_view, self.signs_proxy, self.signs_model, key, focus=True)

    def _edit_sign(self, row: Sign, field: str, value: Any) -> Sign:
        signs_service.check_sign_change(
            row,
            field,
            value,
            shown_as=labels.standard_sign_text(row.standard_key, row.text),
            problem=QCoreApplication.translate(
                "SignsTab", "Standard signs cannot be reworded; add your own."
            ),
        )
        return save_change(self.ctx, row, field, value, self)  # type: ignore[no-any-return]

    def add_sign(self) -> None:
        assert self.concern_id is not None
        text = self.new_sign.text().strip()
        try:
            sign = signs_service.own_sign(self.ctx.require(), self.concern_id, text)
        except JournalError:
            return  # nothing was added; the status bar says why
        except FieldError as exc:
            show_error(self.new_sign_error, exc.message)
            return
        label = QCoreApplication.translate("SignsTab", "Add sign")
        if add_row(self.ctx, sign, label, self.new_sign_error) is not None:
            self.new_sign.clear()

    def remove_sign(self) -> None:
        rows = [
            s
            for s in selected_rows(self.signs_view, self.signs_proxy, self.signs_model)
            if isinstance(s, Sign)
        ]
        if not rows:
            return
        try:
            signs_service.check_removal(
                rows,
                problem=QCoreApplication.translate(
                    "SignsTab", "Standard signs stay in the list; untick them if they do not apply."
                ),
            )
        except FieldError as exc:
            show_error(self.signs_error, exc.message)
            return
        self.ctx.delete_many_with_undo(
            Sign, [s.id for s in rows], QCoreApplication.translate("SignsTab", "Remove sign")
        )
