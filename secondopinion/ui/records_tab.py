"""The Records tab: the record requests of the concern (with their files) and the health summary.

Record requests belong to the shown concern; the health summary belongs to the whole journal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from secondopinion.ui.context import JournalContext
from secondopinion.ui.health_summary import HealthSummary
from secondopinion.ui.record_requests import RequestsPage


class RecordsTab(QWidget):
    handles = ("record_request", "attachment", *HealthSummary.tables)

    def __init__(self, ctx: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordsTab")
        self.ctx = ctx
        self.today: Callable[[], date] = date.today  # tests fix the day
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QTabWidget()
        self.pages.setObjectName("recordsPages")
        self.pages.setDocumentMode(True)
        self.requests = RequestsPage(ctx, lambda: self.today())
        self.health = HealthSummary(ctx, lambda: self.today())
        self.pages.addTab(self.requests, self.tr("Record req&uests"))
        self.pages.addTab(self.health, self.tr("Health su&mmary"))
        self.pages.setTabToolTip(0, self.tr("The records you are gathering for this concern"))
        self.pages.setTabToolTip(1, self.tr("Medications, allergies, conditions and procedures: "
                                            "kept once for the whole journal"))  # fmt: skip
        layout.addWidget(self.pages)
        ctx.journal_changed.connect(self._journal_changed)
        ctx.concern_changed.connect(self.requests.reset)
        ctx.data_changed.connect(self._on_data_changed)
        if ctx.journal is not None:
            self._journal_changed()

    def _journal_changed(self) -> None:
        self.health.setEnabled(self.ctx.journal is not None)
        self.health.reload()
        self.requests.reset()

    def _on_data_changed(self, table: str, source: object) -> None:
        if self.ctx.journal is None:
            return
        if table in HealthSummary.tables:
            self.health.on_data_changed(table, source)
        elif self.ctx.concern_id is None:
            return
        elif table == "record_request" and source is not self.requests:
            self.requests.reload()
        elif table == "attachment" and source is not self.requests.attachments:
            self.requests.reload()  # the Files column counts them
            self.requests.attachments.reload()

    def show_item(self, table: str, key: int) -> None:
        if table in HealthSummary.tables:
            self.pages.setCurrentWidget(self.health)
            self.health.show_item(table, key)
        else:
            self.pages.setCurrentWidget(self.requests)
            self.requests.show_item(table, key)
