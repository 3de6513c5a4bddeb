"""The chosen record request: what it is, where it stands, and its notes (saved as typed)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout

from secondopinion.services.journal_rows import RecordRequest
from secondopinion.ui import labels
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import AutoSaveForm


class RequestDetail(QGroupBox):
    def __init__(self, ctx: JournalContext) -> None:
        super().__init__(self.tr("Request"))
        self.setObjectName("requestDetail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.caption, self.dates = QLabel(), QLabel()
        self.caption.setObjectName("requestCaption")
        self.dates.setObjectName("requestDates")
        for label in (self.caption, self.dates):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        bold = self.caption.font()
        bold.setWeight(QFont.Weight.DemiBold)
        self.caption.setFont(bold)
        self.form = AutoSaveForm(ctx, RecordRequest, self)
        self.form.add(
            self.tr("&Notes"),
            "notes",
            "multiline",
            placeholder=self.tr("Who you spoke to, reference numbers, what they promised…"),
        )
        # One row: nothing to wrap, and a wrapping form would ask for its full height.
        self.form.layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout.addLayout(self.form.layout)
        self.how = QLabel(
            self.tr("Set the status to Requested when you ask: the due date becomes 30 days "
                    "later (providers usually must answer within 30 days). Double-click a cell "
                    "or press F2 to change it.")
        )  # fmt: skip
        self.how.setObjectName("hint")
        self.how.setWordWrap(True)
        layout.addWidget(self.how)
        layout.addStretch(1)

    def minimumSizeHint(self) -> QSize:
        """Tall enough for the wrapped lines at the width the box has now.

        Qt reckons a wrapped label's minimum height at a guessed width, and a splitter knows
        nothing better: with a large font the explanation below the notes was cut off.
        """
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is None or self.width() <= 0:
            return hint
        outer, inner = self.contentsMargins(), layout.contentsMargins()
        width = self.width() - outer.left() - outer.right() - inner.left() - inner.right()
        need, shown = outer.top() + outer.bottom() + inner.top() + inner.bottom(), 0
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item.spacerItem() is not None or (item.widget() and item.widget().isHidden()):
                continue
            # What QBoxLayout itself counts as an item's least height.
            hfw = item.hasHeightForWidth()
            need += item.heightForWidth(width) if hfw else item.minimumSize().height()
            shown += 1
        need += layout.spacing() * max(0, shown - 1)
        return QSize(hint.width(), max(hint.height(), need))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # another width, another number of wrapped lines

    def show_request(self, r: RecordRequest | None, late: bool) -> None:
        self.form.load(r)
        self.setEnabled(r is not None)
        if r is None:
            self.caption.setText(self.tr("No request chosen"))
            self.dates.setText(self.tr("Choose a request in the list to see its notes and files."))
            return
        title = labels.label("record_kind", r.kind)
        if r.source:
            title = self.tr("%1 from %2").replace("%1", title).replace("%2", r.source)
        dates = [labels.label("record_status", r.status)]
        if r.requested_on:
            dates.append(self.tr("asked %1").replace("%1", r.requested_on.isoformat()))
        if r.due_on:
            dates.append(self.tr("due %1").replace("%1", r.due_on.isoformat()))
        text = " · ".join(dates)
        if late:
            text = "⚠ " + text + " · " + self.tr("overdue")
        self.caption.setText(title)
        self.dates.setText(text)
