"""The tabs of the main window, in order, and showing one row in the tab that handles it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget

from secondopinion.ui.compare_tab import CompareTab
from secondopinion.ui.context import JournalContext
from secondopinion.ui.doctors_tab import DoctorsTab
from secondopinion.ui.questions_tab import QuestionsTab
from secondopinion.ui.records_tab import RecordsTab
from secondopinion.ui.signs_tab import SignsTab
from secondopinion.ui.visits_tab import VisitsTab


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build_tabs(ctx: JournalContext) -> QTabWidget:
    """The tab widget with every tab. Tabs may declare ``handles`` (table names they can show)
    and ``show_item(table, id)`` so search results and other tabs can open a row in them."""
    tabs = QTabWidget()
    tabs.setObjectName("tabs")
    tabs.setDocumentMode(True)
    for tab, title in (
        (SignsTab(ctx), tr("&Signs")),
        (RecordsTab(ctx), tr("&Records")),
        (DoctorsTab(ctx), tr("&Doctors")),
        (QuestionsTab(ctx), tr("&Questions")),
        (VisitsTab(ctx), tr("&Visits && feelings")),
        (CompareTab(ctx), tr("C&ompare")),
    ):
        tabs.addTab(tab, title)
    return tabs


def show_item_in_tabs(tabs: QTabWidget, table: str, key: int) -> None:
    """Make current the tab that handles ``table`` and select row ``key`` in it."""
    for i in range(tabs.count()):
        tab = tabs.widget(i)
        if table in getattr(tab, "handles", ()):
            tabs.setCurrentIndex(i)
            tab.show_item(table, key)  # type: ignore[attr-defined]
            return
