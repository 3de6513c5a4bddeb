"""The tabs of the main window, in order, and showing one row in the tab that handles it.

Only the Signs tab is built with the window: the others are built (and their modules imported)
the first time they are shown or asked to show a row, so a start pays for what it shows.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from secondopinion.ui.context import JournalContext
from secondopinion.ui.journal_tab import JournalTab
from secondopinion.ui.lazy_pages import put_in_place
from secondopinion.ui.next_steps_tab import NextStepsTab
from secondopinion.ui.signs_tab import SignsTab


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class LazyTab(QWidget):
    """The empty page that stands for a tab (``secondopinion.ui.<module>.<cls>``) until it is
    first shown; then ``materialise`` puts the built tab in its place. ``handles`` reads the tab
    class's own declaration."""

    def __init__(self, module: str, cls: str, name: str) -> None:
        super().__init__()
        self.setObjectName(f"{name}Page")
        self.where = (module, cls)

    def tab_class(self) -> Any:
        module, cls = self.where
        return getattr(importlib.import_module(f"secondopinion.ui.{module}"), cls)

    @property
    def handles(self) -> tuple[str, ...]:
        return tuple(getattr(self.tab_class(), "handles", ()))


def materialise(tabs: QTabWidget, ctx: JournalContext, index: int) -> QWidget:
    """The tab at ``index``: built now, loaded with the open journal and put in its page's
    place if it was not built yet."""
    page = tabs.widget(index)
    if not isinstance(page, LazyTab):
        assert page is not None, f"no tab at {index}"
        return page
    tab = page.tab_class()(ctx)
    assert isinstance(tab, QWidget)
    put_in_place(tabs, index, tab)
    reload = getattr(tab, "reload", None)
    # A tab that loads when shown (``dirty`` cleared) has just loaded: putting it in its page
    # showed it.
    if ctx.journal is not None and callable(reload) and getattr(tab, "dirty", True):
        reload()
    return tab


def build_tabs(ctx: JournalContext) -> QTabWidget:
    """The tab widget with every tab. Tabs may declare ``handles`` (table names they can show)
    and ``show_item(table, id)`` so search results and other tabs can open a row in them."""
    tabs = QTabWidget()
    tabs.setObjectName("tabs")
    tabs.setDocumentMode(True)
    # Next steps is built at once (cheap): whether anything is pending decides the first page.
    next_steps = NextStepsTab(ctx)
    next_steps.wants_front.connect(lambda: tabs.setCurrentWidget(next_steps))
    # Nothing pending: the concern opens on Signs, unless the person is already elsewhere.
    next_steps.gives_way.connect(
        lambda: tabs.setCurrentIndex(1) if tabs.currentWidget() is next_steps else None
    )
    tabs.addTab(next_steps, tr("&Next steps"))
    tabs.addTab(SignsTab(ctx), tr("&Signs"))
    for module, cls, name, title in (
        ("records_tab", "RecordsTab", "recordsTab", tr("&Records")),
        ("doctors_tab", "DoctorsTab", "doctorsTab", tr("&Doctors")),
        ("questions_tab", "QuestionsTab", "questionsTab", tr("&Questions")),
        ("visits_tab", "VisitsTab", "visitsTab", tr("&Visits && feelings")),
        ("compare_tab", "CompareTab", "compareTab", tr("C&ompare")),
    ):
        tabs.addTab(LazyTab(module, cls, name), title)
    tabs.currentChanged.connect(lambda i: materialise(tabs, ctx, i) if i >= 0 else None)
    return tabs


def build_all_tabs(tabs: QTabWidget, ctx: JournalContext) -> None:
    """Build every tab now (tests that reach into tabs they have not shown use this)."""
    for i in range(tabs.count()):
        materialise(tabs, ctx, i)


def show_item_in_tabs(tabs: QTabWidget, table: str, key: int) -> None:
    """Make current the tab that handles ``table`` and select row ``key`` in it."""
    for i in range(tabs.count()):
        page = tabs.widget(i)
        if isinstance(page, (LazyTab, JournalTab)) and table in page.handles:
            tabs.setCurrentIndex(i)  # builds it if it was not yet
            tab = tabs.widget(i)
            assert isinstance(tab, JournalTab), f"{tab} shows no rows"
            tab.show_item(table, key)
            return
