"""Measuring a window for clipped text, shared by the layout tests (tabs, pages and dialogs).

"Clipped" is measured, not eyeballed: a label or button is clipped when the room it got is
smaller than the room its text needs (its minimum size hint, or for wrapped text the height it
needs at its width), unless it shortens its text on purpose and shows the whole in a tooltip.
Widgets side by side in one parent must not overlap, and each must lie inside its parent.

The checks take the desktop's state as parameters: the colour scheme and font size
(``system``) and the language (``language``; ``LANGUAGES`` lists those the checks run in). Which
fonts exist is chosen per process (``tests/fonts.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionHeader,
    QTabBar,
    QTabWidget,
    QWidget,
)

from secondopinion.ui import language as ui_language
from secondopinion.ui.app import make_app, make_settings
from tests.ui.dark import dark_palette

LANGUAGES = ["en"]  # the languages the layout is checked in (i16 adds "es")
TABS = ["signsTab", "recordsTab", "doctorsTab", "questionsTab", "visitsTab", "compareTab"]
SLACK = 1  # px of rounding


@contextmanager
def language(code: str) -> Iterator[None]:
    """The app's words in language ``code`` for the windows built inside (chosen as a person
    chooses it: remembered in this test's settings), the system's language afterwards."""
    settings = make_settings()
    ui_language.remember(settings, code)
    app = make_app()
    try:
        yield
    finally:
        ui_language.remember(settings, None)
        ui_language.install(app, ui_language.chosen(settings))


@contextmanager
def system(*, dark: bool = False, font_scale: float = 1.0) -> Iterator[QApplication]:
    """The desktop switched to the dark scheme and/or a larger font, restored afterwards."""
    app = make_app()
    saved_font = QFont(app.font())
    try:
        if font_scale != 1.0:
            big = QFont(saved_font)
            big.setPointSizeF(saved_font.pointSizeF() * font_scale)
            app.setFont(big)
        if dark:
            app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
            app.setPalette(dark_palette())
        yield app
    finally:
        if dark:
            app.styleHints().unsetColorScheme()
            app.setPalette(QPalette())
        app.setFont(saved_font)


def settle(window: QWidget, font_scale: float) -> None:
    """The window at 1024×700; at a larger font, the smallest it may be (or 1280×800): it grows
    by its own minimum, as on a desktop, once the lines wrapped at the widths the layout
    settled on."""
    if font_scale == 1.0:
        window.resize(1024, 700)
        QApplication.processEvents()
        return
    for _ in range(3):
        needed = window.minimumSizeHint().expandedTo(QSize(1280, 800))
        if window.size() == needed:
            break
        window.resize(needed)
        QApplication.processEvents()
    assert needed.width() <= 1920 and needed.height() <= 1080, needed


# --- measuring ------------------------------------------------------------------------------------


def describe(w: QWidget) -> str:
    text = ""
    if isinstance(w, QLabel | QAbstractButton):
        text = " “" + w.text()[:40] + "”"
    return f"{type(w).__name__}#{w.objectName() or '?'}{text}"


def elided_on_purpose(w: QWidget) -> bool:
    """Text shortened by the app itself, with the whole of it in the tooltip."""
    text = w.text() if isinstance(w, QLabel | QAbstractButton) else ""
    return "…" in text and bool(w.toolTip())


def clipped(w: QWidget) -> str | None:
    """Why ``w``'s text does not fit, or None."""
    size = w.size()
    if isinstance(w, QLabel):
        if not w.text().strip() or elided_on_purpose(w):
            return None
        if w.wordWrap():
            need = QSize(w.minimumSizeHint().width(), w.heightForWidth(w.width()))
        else:
            need = w.minimumSizeHint()
    elif isinstance(w, QAbstractButton):
        if isinstance(w.parentWidget(), QTabBar | QAbstractScrollArea) or elided_on_purpose(w):
            return None
        if isinstance(w.parentWidget(), QLineEdit) and not w.text():  # Qt's own clear button
            return None
        need = w.minimumSizeHint()
    else:
        return None
    if need.width() > size.width() + SLACK or need.height() > size.height() + SLACK:
        return f"needs {need.width()}×{need.height()}, has {size.width()}×{size.height()}"
    return None


def header_clipped(header: QHeaderView) -> list[str]:
    """Column titles cut short: a section narrower than its title and sort arrow (unless it
    stretches to share the room that is left and shows its whole title as a tooltip)."""
    problems = []
    model = header.model()
    if model is None:
        return problems
    style = header.style()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = str(model.headerData(section, header.orientation()) or "")
        if not title:
            continue
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.text = title
        option.section = section
        option.fontMetrics = header.fontMetrics()
        if header.isSortIndicatorShown():
            option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        need = style.sizeFromContents(
            QStyle.ContentsType.CT_HeaderSection, option, QSize(), header
        ).width()
        last = header.logicalIndex(header.count() - 1) == section
        squeezed = header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch or (
            last and header.stretchLastSection()
        )
        tooltip = model.headerData(section, header.orientation(), Qt.ItemDataRole.ToolTipRole)
        if squeezed and tooltip == title:
            continue  # a column that shares what room is left: cut short, whole in its tooltip
        if header.sectionSize(section) + SLACK < need:
            problems.append(
                f"column “{title}” of {header.parentWidget().objectName()} is "
                f"{header.sectionSize(section)} px, its title needs {need}"
            )
    return problems


def layout_problems(root: QWidget) -> list[str]:
    problems = []
    widgets = [w for w in root.findChildren(QWidget) if w.isVisible() and w.window() is root]
    for w in widgets:
        why = clipped(w)
        if why:
            problems.append(f"{describe(w)} is clipped: {why}")
        if isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            problems.extend(header_clipped(w))
        if hasattr(w, "axis_labels"):  # a chart's own lettering
            drawn = w.axis_labels()
            for i, (a, text_a) in enumerate(drawn):
                if not QRectF(w.rect()).contains(a):
                    problems.append(f"{describe(w)}: “{text_a}” drawn outside it")
                for b, text_b in drawn[i + 1 :]:
                    if a.intersects(b):
                        problems.append(f"{describe(w)}: “{text_a}” and “{text_b}” overlap")
    for parent in [root, *widgets]:
        children = [
            c
            for c in parent.children()
            if isinstance(c, QWidget) and c.isVisible() and not c.isWindow()
        ]
        in_scroller = isinstance(parent.parentWidget(), QAbstractScrollArea)
        for c in children:
            if not in_scroller and not QRect(parent.rect()).contains(c.geometry()):
                problems.append(
                    f"{describe(c)} sticks out of {describe(parent)}: "
                    f"{c.geometry().getRect()} in {parent.rect().getRect()}"
                )
        for i, a in enumerate(children):
            for b in children[i + 1 :]:
                if a.geometry().intersects(b.geometry()):
                    problems.append(
                        f"{describe(a)} and {describe(b)} overlap in {describe(parent)}: "
                        f"{a.geometry().getRect()} {b.geometry().getRect()}"
                    )
    return problems


def every_page(window) -> Iterator[str]:  # type: ignore[no-untyped-def]
    QApplication.processEvents()  # the window's remembered tab comes back first
    for name in TABS:
        tab = window.findChild(QWidget, name)
        window.tabs.setCurrentWidget(tab)
        inner = tab.findChildren(QTabWidget)
        if not inner:
            QApplication.processEvents()
            yield name
            continue
        for tabs in inner:
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                yield f"{name} › {tabs.tabText(i).replace('&', '')}"
            tabs.setCurrentIndex(0)


def check_every_page(window) -> list[str]:  # type: ignore[no-untyped-def]
    problems = []
    for page in every_page(window):
        problems.extend(f"{page}: {p}" for p in layout_problems(window))
    return sorted(set(problems))


def shown(window, name: str, *, page: int | None = None) -> QWidget:  # type: ignore[no-untyped-def]
    tab = window.findChild(QWidget, name)
    window.tabs.setCurrentWidget(tab)
    if page is not None:
        tab.findChild(QTabWidget).setCurrentIndex(page)
    QApplication.processEvents()
    return tab
