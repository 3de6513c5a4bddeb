"""Keyboard and screen-reader access, walked with the real Tab key on every tab and inner page.

For each tab (and each page of a tab's own tab widget) the test starts on the concern picker and
presses Tab until the focus comes back to it. Then:

* every input on the page that can be used (visible, enabled) was reached, and every stop is
  named (its accessible name, a label that is its buddy, or a button's own text);
* the stops follow the visual order (``follows_reading_order`` states the rule);
* the focused stop looks different from the same widget without focus, in both schemes.

Colour is never the only signal: the overdue request, the differing compare cell, the warning
signs among the feelings and the field messages carry a word or a mark as well.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.ui.dark import dark_palette

TABS = ["signsTab", "recordsTab", "doctorsTab", "questionsTab", "visitsTab", "compareTab"]
INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,  # spin boxes, date and date-time edits
    QAbstractButton,  # push buttons, check boxes, radio buttons, tool buttons
    QAbstractItemView,
    QSlider,
    QTabBar,
)
MAX_STOPS = 250
ROW_OVERLAP = 4  # px two boxes must share vertically to count as one row
MIN_FOCUS_PIXELS = 40  # a caret alone (one line of ~16 px) is not a focus indicator


@contextmanager
def scheme(dark: bool) -> Iterator[None]:
    """The app in the dark scheme (as a dark desktop switches it), back to the default after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if not dark:
        yield
        return
    hints = app.styleHints()
    hints.setColorScheme(Qt.ColorScheme.Dark)
    app.setPalette(dark_palette())
    try:
        yield
    finally:
        hints.unsetColorScheme()
        app.setPalette(QPalette())


# --- what a screen reader announces ---------------------------------------------------------------


def strip_mnemonic(text: str) -> str:
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").strip()


def name_of(widget: QWidget) -> str:
    """The name a screen reader gives ``widget``: its accessible name, else the text of the
    label that is its buddy, else (for buttons and tab bars) the text it shows."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return strip_mnemonic(label.text())
    if isinstance(widget, QAbstractButton):
        return strip_mnemonic(widget.text())
    if isinstance(widget, QTabBar) and widget.currentIndex() >= 0:
        return strip_mnemonic(widget.tabText(widget.currentIndex()))
    return ""


def is_named(widget: QWidget) -> bool:
    return any(ch.isalnum() for ch in name_of(widget))


# --- walking the focus chain ----------------------------------------------------------------------


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "None"
    return f"{type(widget).__name__}#{widget.objectName() or '?'} “{name_of(widget)}”"


def walk(window, qtbot, looks: dict | None = None) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Press Tab from the concern picker until the focus returns to it; the distinct stops.

    With ``looks``, each stop's image with the keyboard focus and right after Tab took it
    away go in ``looks[stop] = (focused, unfocused)``.
    """
    start = window.concern_bar.picker
    if QApplication.focusWidget() is start:
        window.tabs.tabBar().setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not start)
    start_unfocused = start.grab().toImage()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    stops: list[QWidget] = [start]
    for _ in range(MAX_STOPS):
        current = QApplication.focusWidget()
        text_before = current.toPlainText() if isinstance(current, QPlainTextEdit) else None
        focused = current.grab().toImage() if looks is not None else None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if text_before is not None:
            assert current.toPlainText() == text_before, f"Tab typed into {describe(current)}"
        if looks is not None and now is not current and current is not start:
            looks[current] = (focused, current.grab().toImage())
        if now is start:
            if looks is not None:
                looks[start] = (start.grab().toImage(), start_unfocused)
            return stops
        assert now is not None, f"the focus left the window after {describe(current)}"
        if now is not stops[-1]:  # a date edit takes one Tab per section before it lets go
            stops.append(now)
    raise AssertionError(f"Tab never came back to the picker: {[describe(w) for w in stops]}")


def pages(tab: QWidget) -> Iterator[str]:
    """Show each page of the tab's own tab widgets in turn (the tab itself once if none)."""
    inner = [t for t in tab.findChildren(QTabWidget)]
    if not inner:
        yield tab.objectName()
        return
    for tabs in inner:
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            yield f"{tab.objectName()} › {strip_mnemonic(tabs.tabText(i))}"
        tabs.setCurrentIndex(0)


def inputs_on(page: QWidget) -> list[QWidget]:
    """The controls a person can use on ``page`` now: visible, enabled, not a part of another
    control (a combo box's line, a table's header or corner button, a tab bar's arrows)."""
    found = []
    for w in page.findChildren(QWidget):
        if not isinstance(w, INPUTS) or isinstance(w, QHeaderView):
            continue
        if not w.isVisibleTo(page.window()) or not w.isEnabled() or w.window() is not page.window():
            continue
        parent, inside = w.parentWidget(), False
        while parent is not None and parent is not page:
            if isinstance(parent, INPUTS):
                inside = True
                break
            parent = parent.parentWidget()
        if not inside:
            found.append(w)
    return found


def reached(widget: QWidget, stops: list[QWidget]) -> bool:
    if widget in stops or (widget.focusProxy() is not None and widget.focusProxy() in stops):
        return True
    if isinstance(widget, QRadioButton):  # Tab reaches a group of options, arrows move in it
        group = widget.group()
        buttons = group.buttons() if isinstance(group, QButtonGroup) else []
        return any(b in stops for b in buttons)
    return False


# --- reading order --------------------------------------------------------------------------------


def branches(a: QWidget, b: QWidget) -> tuple[QWidget, QWidget] | None:
    """The two children of ``a`` and ``b``'s nearest common ancestor that hold them (their rects
    share one coordinate system: that ancestor's); None when one holds the other."""
    chain_a = [a]
    while chain_a[-1].parentWidget() is not None:
        chain_a.append(chain_a[-1].parentWidget())
    child_b = b
    while child_b.parentWidget() is not None and child_b.parentWidget() not in chain_a:
        child_b = child_b.parentWidget()
    common = child_b.parentWidget()
    if common is None or common is a or b in chain_a:
        return None
    child_a = chain_a[chain_a.index(common) - 1]
    return child_a, child_b


def follows_reading_order(a: QWidget, b: QWidget) -> bool:
    """Whether moving from ``a`` to ``b`` reads on, as a page is read.

    Compared at the level where the two part ways (the children of their nearest common
    ancestor: two splitter panes, two group boxes, two fields of one form):
    * side by side (they share more than ROW_OVERLAP px of height): ``b`` starts to the right —
      the next control in a row, or the next column (a splitter pane, a group beside);
    * otherwise ``b`` lies below ``a`` — the next row, starting again from the left.
    Going back up in the same column, or leftwards in a row, is out of order.
    """
    parts = branches(a, b)
    if parts is None:
        return True
    ra, rb = parts[0].geometry(), parts[1].geometry()
    overlap = min(ra.bottom(), rb.bottom()) - max(ra.top(), rb.top())
    if overlap > ROW_OVERLAP:
        return rb.left() > ra.left()
    return rb.top() >= ra.bottom() - ROW_OVERLAP


def test_reading_order_rule(qtbot) -> None:
    """The rule itself, on widgets placed by hand."""
    parent = QWidget()
    parent.resize(400, 300)

    def at(x: int, y: int, w: int = 50, h: int = 20) -> QWidget:
        child = QWidget(parent)
        child.setGeometry(QRect(x, y, w, h))
        return child

    left, right, below, below_left = at(0, 0), at(100, 2), at(10, 40), at(0, 80)
    column_2 = at(200, 0, 150, 300)
    assert follows_reading_order(left, right)
    assert not follows_reading_order(right, left)
    assert follows_reading_order(right, below)
    assert not follows_reading_order(below, right)
    assert follows_reading_order(below, below_left)
    assert follows_reading_order(below_left, column_2)  # the next column starts at the top
    assert not follows_reading_order(column_2, left)
    inner = QWidget(column_2)
    assert follows_reading_order(below_left, inner)  # compared by their column
    assert follows_reading_order(column_2, inner)  # one holds the other: no order between them


# --- focus you can see ----------------------------------------------------------------------------


_STRONG = bytes(1 if v >= 60 else 0 for v in range(256))  # a channel changed by 60 or more


def visible_change(before: QImage, after: QImage) -> int:
    """How many pixels changed clearly (a colour channel by 60 or more of 255)."""
    if before.size() != after.size():
        return before.width() * before.height()
    fmt = QImage.Format.Format_ARGB32_Premultiplied
    diff = before.convertToFormat(fmt)
    painter = QPainter(diff)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
    painter.drawImage(0, 0, after.convertToFormat(fmt))
    painter.end()
    flags = bytes(diff.constBits()).translate(_STRONG)  # per pixel: blue, green, red, alpha
    bits = int.from_bytes(flags, "little")
    first_byte = int.from_bytes(b"\x01\x00\x00\x00" * (len(flags) // 4), "little")
    return ((bits | bits >> 8 | bits >> 16) & first_byte).bit_count()


# --- the tests ------------------------------------------------------------------------------------


def with_everything_enabled(window) -> None:  # type: ignore[no-untyped-def]
    """Choose rows that enable every control: a record request with files (Open, Save copy…)."""
    requests = window.findChild(QWidget, "recordsTab").requests
    with_files = [r for r in requests.model.rows if requests.counts.get(r.id)]
    assert with_files, "the demo journal has a record request with a file"
    requests.select(with_files[0].id, focus=False)
    assert window.findChild(QWidget, "openFile").isEnabled()


@pytest.fixture
def active(window, qtbot):  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with_everything_enabled(window)
    return window


@pytest.mark.parametrize("name", TABS)
def test_every_control_is_reached_by_tab_named_and_in_reading_order(active, qtbot, name) -> None:
    window = active
    tab = window.findChild(QWidget, name)
    window.tabs.setCurrentWidget(tab)
    problems: list[str] = []
    for page in pages(tab):
        stops = walk(window, qtbot)
        assert [w.objectName() for w in stops[:4]] == [
            "concernPicker",
            "newConcern",
            "renameConcern",
            "archiveConcern",
        ], page
        for w in stops:
            if not is_named(w):
                problems.append(f"{page}: {describe(w)} has no name")
        for w in inputs_on(tab):
            if not reached(w, stops):
                problems.append(f"{page}: Tab never reaches {describe(w)}")
        for a, b in itertools.pairwise(stops):
            if not follows_reading_order(a, b):
                problems.append(f"{page}: {describe(a)} → {describe(b)} goes against reading order")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_focus_is_visible(active, qtbot, dark) -> None:
    """Each stop, focused from the keyboard, looks clearly different from itself unfocused."""
    window = active
    problems = []
    with scheme(dark):
        for name in TABS:
            tab = window.findChild(QWidget, name)
            window.tabs.setCurrentWidget(tab)
            for page in pages(tab):
                looks: dict = {}
                stops = walk(window, qtbot, looks)
                for w in stops:
                    focused, unfocused = looks[w]
                    changed = visible_change(focused, unfocused)
                    if changed < MIN_FOCUS_PIXELS:
                        problems.append(f"{page}: {describe(w)} shows no focus ({changed} px)")
    assert not problems, "\n".join(problems)


def test_rating_rows_move_with_the_arrow_keys(active, qtbot) -> None:
    """Tab reaches one option of each rating; the arrow keys reach the others and choose."""
    window = active
    visits = window.findChild(QWidget, "visitsTab")
    window.tabs.setCurrentWidget(visits)
    visits.pages.setCurrentIndex(2)
    stops = walk(window, qtbot)
    groups = {b.group() for b in stops if isinstance(b, QRadioButton)}
    assert len(groups) == 9  # eight feelings and the overall trust
    for group in groups:
        first = next(b for b in stops if isinstance(b, QRadioButton) and b.group() is group)
        first.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda first=first: QApplication.focusWidget() is first)
        seen = [first]
        for _ in group.buttons()[1:]:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
            seen.append(QApplication.focusWidget())
        assert seen == group.buttons(), [describe(w) for w in seen]
        assert group.checkedButton() is seen[-1]  # moving chooses, as radio buttons do


def test_short_names_come_with_a_description(active, qtbot) -> None:
    """A one-word button (Add, Delete, Open…) says what it acts on, in its description or tip
    (Qt gives a screen reader the tooltip as the description)."""
    window = active
    problems = []
    for name in TABS:
        tab = window.findChild(QWidget, name)
        window.tabs.setCurrentWidget(tab)
        for page in pages(tab):
            for w in walk(window, qtbot):
                words = name_of(w).replace("…", " ").split()
                described = w.accessibleDescription().strip() or w.toolTip().strip()
                if isinstance(w, QAbstractButton) and len(words) == 1 and not described:
                    problems.append(f"{page}: {describe(w)} has neither description nor tip")
    assert not problems, "\n".join(sorted(set(problems)))


def test_colour_is_never_the_only_signal(active, qtbot) -> None:
    """Overdue, differing, warning and error states carry words or a mark, not a colour alone."""
    from secondopinion.ui.compare_model import DIFFERS_ROLE
    from secondopinion.ui.forms import show_error
    from secondopinion.ui.record_requests import DUE

    window = active
    records = window.findChild(QWidget, "recordsTab").requests
    records.today = lambda: date(2026, 12, 1)  # every requested record is late by then
    records.reload()
    late = [r for r in records.model.rows if records._late(r)]
    assert late
    row = records.model.rows.index(late[0])
    index = records.model.index(row, DUE)
    assert "overdue" in index.data(Qt.ItemDataRole.DisplayRole)
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()  # the warning icon
    assert "overdue" in index.data(Qt.ItemDataRole.AccessibleTextRole)

    compare = window.findChild(QWidget, "compareTab")
    window.tabs.setCurrentWidget(compare)
    model = compare.model
    differing = [
        (r, c)
        for r in range(model.rowCount())
        for c in range(1, model.columnCount())
        if model.index(r, c).data(DIFFERS_ROLE)
    ]
    assert differing
    r, c = differing[0]
    assert "≠" in model.index(r, 0).data(Qt.ItemDataRole.DisplayRole)
    assert "differs" in model.index(r, c).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "≠" in model.index(r, c).data(Qt.ItemDataRole.ToolTipRole)

    visits = window.findChild(QWidget, "visitsTab")
    window.tabs.setCurrentWidget(visits)
    visits.pages.setCurrentIndex(2)  # How it felt: built when first shown
    feelings = window.findChild(QWidget, "feelingsPanel")
    for frame, mark, words in (("warningSigns", "⚠", "Warning signs"), ("goodSigns", "✔", "Good")):
        texts = [label.text() for label in window.findChild(QWidget, frame).findChildren(QLabel)]
        assert mark in texts and any(words in t for t in texts), texts
    assert feelings is not None

    doctors = window.findChild(QWidget, "doctorsTab")
    flagged = [d for d in doctors.model.rows if d.same_system]
    assert flagged
    row = doctors.model.rows.index(flagged[0])
    system = doctors.model.index(row, 4)
    assert "same as original" in system.data(Qt.ItemDataRole.DisplayRole)
    assert not system.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert doctors.detail.flag_text(flagged[0]).startswith("⚠")

    signs = window.findChild(QWidget, "signsTab")
    unticked = [i for i, s in enumerate(signs.signs.signs_model.rows) if not s.ticked]
    assert unticked
    text = signs.signs.signs_model.index(unticked[0], 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "not ticked" in text

    label = QLabel()
    show_error(label, "A date looks like 2026-05-01.")
    assert label.text().startswith("⚠ ")
