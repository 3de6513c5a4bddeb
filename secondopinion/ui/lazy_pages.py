"""A page of a tab widget built the first time it is shown (or asked for), not with its tab.

A tab with inner pages (Records: requests, health summary, results; Visits: the opinion, the
answers, how it felt) shows one of them first; the others cost nothing until a person opens them.
``LazyPage`` stands an empty widget in the page's place, with its title and tip; when that page
becomes current, or code asks for the page (``get``), it builds the real one and puts it in the
placeholder's place, the same tab to everyone listening (``put_in_place``, which
``main_tabs.materialise`` uses for the window's tabs too).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QTabWidget, QWidget

W = TypeVar("W", bound=QWidget)


def put_in_place(tabs: QTabWidget, index: int, page: QWidget) -> None:
    """``page`` in place of the placeholder at ``index``: same title, tip and current page, and
    no signal, so it is the same page to everyone listening. The placeholder is deleted."""
    placeholder = tabs.widget(index)
    current = tabs.currentIndex()
    title, tip = tabs.tabText(index), tabs.tabToolTip(index)
    blocked = tabs.blockSignals(True)
    try:
        tabs.removeTab(index)
        tabs.insertTab(index, page, title)
        tabs.setTabToolTip(index, tip)
        tabs.setCurrentIndex(current)
    finally:
        tabs.blockSignals(blocked)
    if placeholder is not None:
        placeholder.deleteLater()


class LazyPage(Generic[W]):
    def __init__(self, tabs: QTabWidget, build: Callable[[], W], title: str, tip: str = "") -> None:
        self.tabs = tabs
        self._build = build
        self.page: W | None = None
        self.placeholder = QWidget()
        index = tabs.addTab(self.placeholder, title)
        if tip:
            tabs.setTabToolTip(index, tip)
        tabs.currentChanged.connect(self._current_changed)

    @property
    def built(self) -> bool:
        return self.page is not None

    def _current_changed(self, index: int) -> None:
        if self.page is None and index >= 0 and self.tabs.widget(index) is self.placeholder:
            self.get()

    def get(self) -> W:
        """The page, built now and put in the placeholder's place if it was not yet."""
        if self.page is not None:
            return self.page
        page = self._build()
        self.page = page
        put_in_place(self.tabs, self.tabs.indexOf(self.placeholder), page)
        return page

    def current_is(self) -> bool:
        """Whether this page (built or not) is the tab widget's current page."""
        return self.tabs.currentWidget() in (self.placeholder, self.page)
