"""The chosen record request: what it is, where it stands, and its notes (saved as typed)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from secondopinion.services import letters
from secondopinion.services.letters import Request as RecordRequest
from secondopinion.ui import labels
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import AutoSaveForm
from secondopinion.ui.request_letter import LetterActions


class RequestDetail(QGroupBox):
    def __init__(self, ctx: JournalContext, today: Callable[[], date] = date.today) -> None:
        super().__init__(self.tr("Request"))
        self.setObjectName("requestDetail")
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # The letter's fields make the box taller than the space under the list: it scrolls.
        scroll = QScrollArea()
        scroll.setObjectName("requestDetailScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a nameless Tab stop: its fields take it
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        layout = QVBoxLayout(inner)
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
        self.letters = LetterActions(ctx, today)
        layout.addWidget(self.letters)
        self.form = AutoSaveForm(ctx, RecordRequest, self)
        self.form.add(
            self.tr("Provider's a&ddress"),
            "provider_address",
            "multiline",
            placeholder=self.tr("Records department, street, town: where the letter goes"),
        )
        self.form.add(self.tr("Provider's e&mail"), "provider_email")
        self.form.add(self.tr("Provider's fa&x"), "provider_fax")
        self.form.add(
            self.tr("Your record n&umber there"),
            "record_number",
            placeholder=self.tr("Patient or medical record number, if you know it"),
        )
        self.form.add(self.tr("Records fr&om"), "range_from", "date")
        self.form.add(self.tr("Records &to"), "range_to", "date")
        delivery = self.form.add(
            self.tr("Deli&very"), "delivery", "choice", choices=labels.choices("delivery")
        )
        assert isinstance(delivery, QComboBox)
        self.delivery = delivery
        doctor = self.form.add(
            self.tr("Send to &doctor"),
            "delivery_doctor_id",
            "choice",
            tooltip=self.tr(
                "A doctor from the Doctors tab; the letter asks to send the records there"
            ),
        )
        assert isinstance(doctor, QComboBox)
        self.doctor = doctor
        self.delivery.currentIndexChanged.connect(lambda _i: self._show_doctor_row())
        self.form.add(
            self.tr("&Notes"),
            "notes",
            "multiline",
            placeholder=self.tr("Who you spoke to, reference numbers, what they promised…"),
        )
        # Rows do not wrap: a wrapping form would ask for its full height.
        self.form.layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout.addLayout(self.form.layout)
        self.how = QLabel(
            self.tr("Set the status to Requested when you ask: the due date becomes the "
                    "provider's legal deadline (30 days in the US, one month under the GDPR). "
                    "Double-click a cell or press F2 to change it.")
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
        # Hidden (being built, or its tab not shown), it has no width of its own yet: it is
        # asked again when shown.
        if layout is None or self.width() <= 0 or not self.isVisible():
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

    def _load_doctors(self) -> None:
        journal = self.ctx.journal
        choices = letters.doctor_choices(journal) if journal is not None else []
        self.doctor.blockSignals(True)
        self.doctor.clear()
        self.doctor.addItem(self.tr("(none chosen)"), None)
        for key, name in choices:
            self.doctor.addItem(name, key)
        self.doctor.blockSignals(False)

    def _show_doctor_row(self) -> None:
        holder = self.doctor.parentWidget()
        if holder is not None:
            self.form.layout.setRowVisible(holder, self.delivery.currentData() == "to_doctor")

    def show_request(self, r: RecordRequest | None, late: bool) -> None:
        if r is None or r.id != self.form.key:
            self._load_doctors()
        self.form.load(r)
        self._show_doctor_row()
        self.letters.set_request(r)
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
        if r.letter_sent_on:
            dates.append(self.tr("letter sent %1").replace("%1", r.letter_sent_on.isoformat()))
        if r.extension_notified_on:
            dates.append(
                self.tr("extended (notice of %1)").replace(
                    "%1", r.extension_notified_on.isoformat()
                )
            )
        if r.follow_up_sent_on:
            dates.append(
                self.tr("follow-up sent %1").replace("%1", r.follow_up_sent_on.isoformat())
            )
        text = " · ".join(dates)
        if late:
            text = "⚠ " + text + " · " + self.tr("overdue")
        self.caption.setText(title)
        self.dates.setText(text)
