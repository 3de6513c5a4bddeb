"""The Records tab: the record requests of the concern (with their files) and the health summary.

Record requests belong to the shown concern; the health summary belongs to the whole journal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from secondopinion.ui.context import JournalContext
from secondopinion.ui.health_summary import HealthSummary
from secondopinion.ui.lazy_pages import LazyPage
from secondopinion.ui.record_requests import RequestsPage
from secondopinion.ui.results_page import ResultsPage


class RecordsTab(QWidget):
    handles = ("record_request", "attachment", *HealthSummary.tables, *ResultsPage.tables)

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
        self.pages.addTab(self.requests, self.tr("Record req&uests"))
        self.pages.setTabToolTip(0, self.tr("The records you are gathering for this concern"))
        # The health summary and the results are built when first shown (or asked for).
        self._health = LazyPage(
            self.pages,
            self._build_health,
            self.tr("Health su&mmary"),
            self.tr("Medications, allergies, conditions and procedures: "
                    "kept once for the whole journal"),
        )  # fmt: skip
        self._results = LazyPage(
            self.pages,
            self._build_results,
            self.tr("Re&sults"),
            self.tr("Test results over time, with their reference ranges"),
        )
        self.setAcceptDrops(True)
        layout.addWidget(self.pages)
        ctx.journal_changed.connect(self._journal_changed)
        ctx.concern_changed.connect(self.requests.reset)
        ctx.data_changed.connect(self._on_data_changed)
        if ctx.journal is not None:
            self._journal_changed()

    @property
    def health(self) -> HealthSummary:
        return self._health.get()

    @property
    def results(self) -> ResultsPage:
        return self._results.get()

    def _build_health(self) -> HealthSummary:
        page = HealthSummary(self.ctx, lambda: self.today())
        page.setEnabled(self.ctx.journal is not None)
        page.reload()
        return page

    def _build_results(self) -> ResultsPage:
        page = ResultsPage(self.ctx)
        page.setEnabled(self.ctx.journal is not None)
        page.reload()
        return page

    def _journal_changed(self) -> None:
        for lazy in (self._health, self._results):
            if lazy.page is not None:
                lazy.page.setEnabled(self.ctx.journal is not None)
                lazy.page.reload()
        self.requests.reset()

    def _on_data_changed(self, table: str, source: object) -> None:
        if self.ctx.journal is None:
            return
        if table in HealthSummary.tables:
            if self._health.page is not None:  # a page not built yet reads them when built
                self._health.page.on_data_changed(table, source)
        elif table in ResultsPage.tables:
            if self._results.page is not None:
                self._results.page.on_data_changed(table, source)
        elif self.ctx.concern_id is None:
            return
        elif table == "record_request" and source is not self.requests:
            self.requests.reload()
        elif table == "attachment" and source is not self.requests.attachments:
            self.requests.reload()  # the Files column counts them
            self.requests.attachments.reload()

    def show_item(self, table: str, key: int) -> None:
        if table in ResultsPage.tables:
            self.pages.setCurrentWidget(self.results)
            self.results.show_item(key)
        elif table in HealthSummary.tables:
            self.pages.setCurrentWidget(self.health)
            self.health.show_item(table, key)
        else:
            self.pages.setCurrentWidget(self.requests)
            self.requests.show_item(table, key)

    # --- records files dropped on the tab are imported (after the preview) -------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.ctx.journal is not None and _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.ctx.journal is not None and _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event.mimeData())
        if self.ctx.journal is None or not files:
            return
        event.acceptProposedAction()
        from secondopinion.ui.records_import_dialog import import_records_files

        import_records_files(self, self.ctx, files)


def _local_files(mime: QMimeData) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
