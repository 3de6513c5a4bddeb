"""The chosen record request: what it is, where it stands, and its notes (saved as typed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from secondopinion.store.tables import RecordRequest
from secondopinion.ui import labels
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import AutoSaveForm


class RequestDetail(QGroupBox):
    def __init__(self, ctx: JournalContext) -> None:
        super().__init__(self.tr("Request"))
        self.setObjectName("requestDetail")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(2, 2, 2, 2)
        # Wrapped lines need more height than a splitter reckons with when the font is large:
        # the content scrolls then instead of being cut.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its notes field takes the focus
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        scroll.setWidget(content)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
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
        self.form = AutoSaveForm(ctx, RecordRequest, content)
        self.form.add(
            self.tr("&Notes"),
            "notes",
            "multiline",
            placeholder=self.tr("Who you spoke to, reference numbers, what they promised…"),
        )
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
