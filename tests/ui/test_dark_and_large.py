"""The window in the dark scheme and at twice the system font: every tab and inner page laid out
without clipped text or widgets on top of each other (measured as ``tests/ui/clipping.py``
says), and the app's own colours readable. The pages and dialogs outside the tabs:
``tests/ui/test_windows_fit.py``; the same checks with real font sets: ``test_font_sets.py``.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QWidget,
)

from secondopinion.ui import theme
from tests.ui.clipping import (
    LANGUAGES,
    check_every_page,
    every_page,
    language,
    layout_problems,
    settle,
    shown,
    system,
)

# --- the tests ------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nothing_clipped_at_1024x700(make_window, demo_path, lang) -> None:
    with language(lang):
        window = make_window(demo_path)
        window.resize(1024, 700)
        problems = check_every_page(window)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_twice_the_font_size(make_window, demo_path, dark, lang) -> None:
    with language(lang), system(dark=dark, font_scale=2.0):
        window = make_window(demo_path)
        problems = []
        for page in every_page(window):
            settle(window, 2.0)
            problems.extend(f"{page}: {p}" for p in layout_problems(window))
        window.close()
    assert not problems, "\n".join(sorted(set(problems)))


# --- colours --------------------------------------------------------------------------------------

TEXT_CONTRAST = 4.5  # WCAG AA for text
MARK_CONTRAST = 3.0  # WCAG AA for icons and the boundaries of controls


def background_of(image: QImage) -> QColor:
    """The colour most of ``image`` is painted in."""
    counts: dict[int, int] = {}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    return QColor.fromRgb(max(counts, key=lambda k: counts[k]))


def stands_out(image: QImage) -> float:
    """The strongest contrast of any pixel of ``image`` against its background."""
    ground = background_of(image)
    seen = {image.pixel(x, y) for y in range(image.height()) for x in range(image.width())}
    return max(theme.contrast(QColor.fromRgb(rgb), ground) for rgb in seen)


def seen_at(window, widget: QWidget, point: QPoint) -> QColor:  # type: ignore[no-untyped-def]
    """The colour on screen at ``point`` of ``widget`` (what shows through included)."""
    at = widget.mapTo(window, point)
    return window.grab(QRect(at, QSize(1, 1))).toImage().pixelColor(0, 0)


def readable_colours(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Every colour the app picks itself, against what it is drawn on."""
    from secondopinion.ui.compare_model import DIFFERS_ROLE

    problems = []
    app_palette = QApplication.palette()
    window_colour = app_palette.color(QPalette.ColorRole.Window)

    def check(what: str, fg: QColor, bg: QColor, least: float = TEXT_CONTRAST) -> None:
        if theme.is_dark(app_palette) != (bg.lightness() < 128):
            problems.append(f"{what}: drawn on {bg.name()}, a ground of the other scheme")
        ratio = theme.contrast(fg, bg)
        if ratio < least:
            problems.append(f"{what}: {fg.name()} on {bg.name()} is {ratio:.1f}:1 < {least}:1")

    signs = shown(window, "signsTab")
    signs.signs.new_sign.clear()
    signs.signs.add_sign()  # a sign needs words: the message under the field
    assert signs.signs.new_sign_error.isVisible()
    message = signs.signs.new_sign_error
    check("field message", message.palette().color(QPalette.ColorRole.WindowText),
          window_colour)  # fmt: skip

    doctors = shown(window, "doctorsTab")
    flagged = next(d for d in doctors.model.rows if d.same_system)
    doctors.current.select(flagged.id)
    QApplication.processEvents()
    flag = doctors.detail.flag
    assert flag.isVisible()
    check("same-system warning", flag.palette().color(QPalette.ColorRole.WindowText), window_colour)
    row = doctors.model.rows.index(flagged)
    fg = doctors.model.index(row, 4).data(Qt.ItemDataRole.ForegroundRole).color()
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
        check("same-system cell", fg, doctors.view.palette().color(role))

    records = shown(window, "recordsTab").requests
    late = next(r for r in records.model.rows if records._late(r))
    from secondopinion.ui.record_requests import DUE

    fg = records.model.index(records.model.rows.index(late), DUE).data(
        Qt.ItemDataRole.ForegroundRole
    )
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
        check("overdue date", QColor(fg), records.view.palette().color(role))

    compare = shown(window, "compareTab")
    model, text = compare.model, compare.grid.palette().color(QPalette.ColorRole.Text)
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            bg = model.index(r, c).data(Qt.ItemDataRole.BackgroundRole)
            if bg is not None:
                kind = "differing cell" if model.index(r, c).data(DIFFERS_ROLE) else "section row"
                check(kind, text, QColor(bg))
    banner = compare.banner
    assert banner.isVisible()
    ground = seen_at(window, banner, QPoint(4, banner.height() // 2))
    check("disagreement banner", banner.text.palette().color(QPalette.ColorRole.WindowText), ground)

    shown(window, "visitsTab", page=2)
    for name in ("goodSignsIcon", "warningSignsIcon"):
        glyph = window.findChild(QLabel, name)
        frame = glyph.parentWidget()
        ground = seen_at(window, frame, QPoint(frame.width() // 2, frame.height() - 4))
        check(name, glyph.palette().color(QPalette.ColorRole.WindowText), ground, MARK_CONTRAST)
    return problems


@pytest.mark.parametrize(
    "start, then",
    [("light", None), ("dark", None), ("light", "dark"), ("dark", "light")],
    ids=["light", "dark", "switched to dark", "switched to light"],
)
def test_own_colours_are_readable(make_window, demo_path, start, then) -> None:
    """Built in one scheme, and (when ``then``) switched to the other while it runs."""
    with system(dark=start == "dark"):
        window = make_window(demo_path)
        problems = readable_colours(window) if then is None else []
    if then == "dark":
        with system(dark=True):
            problems = readable_colours(window)
    elif then == "light":
        problems = readable_colours(window)
    assert not problems, "\n".join(problems)


def indicator_images(window) -> dict[str, QImage]:  # type: ignore[no-untyped-def]
    """Unticked boxes and an unchosen option: in lists and as widgets, each with its ground."""
    images = {}

    def around(rect: QRect) -> QRect:
        return rect.adjusted(-2, -2, 2, 2)  # the indicator with a little of its ground

    def cell(name: str, view, index) -> None:  # type: ignore[no-untyped-def]
        view.clearSelection()  # the ground is the list's own, not the selection's
        view.scrollTo(index)
        QApplication.processEvents()
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = view.visualRect(index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        rect = view.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view
        )
        images[name] = view.viewport().grab(around(rect)).toImage()

    def widget(name: str, w: QAbstractButton) -> None:
        option = QStyleOptionButton()
        option.initFrom(w)
        element = (
            QStyle.SubElement.SE_RadioButtonIndicator
            if isinstance(w, QRadioButton)
            else QStyle.SubElement.SE_CheckBoxIndicator
        )
        images[name] = w.grab(around(w.style().subElementRect(element, option, w))).toImage()

    signs = shown(window, "signsTab")
    row = next(i for i, s in enumerate(signs.signs.signs_model.rows) if not s.ticked)
    cell(
        "Signs list",
        signs.signs.signs_view,
        signs.signs.signs_proxy.mapFromSource(signs.signs.signs_model.index(row, 0)),
    )

    questions = shown(window, "questionsTab")
    first = questions.proxy.index(0, 1)
    questions.proxy.setData(first, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    QApplication.processEvents()
    cell("Questions list", questions.view, questions.proxy.index(0, 1))
    widget("Show retired", questions.show_retired)

    doctors = shown(window, "doctorsTab")
    widget("Show doctors for all concerns", doctors.show_all)
    concerns = doctors.detail.concerns_model
    for d in doctors.model.rows:  # a doctor not consulted about every concern
        doctors.current.select(d.id)
        if not all(c.linked for c in concerns.rows):
            break
    view = doctors.detail.concerns_view
    doctors.detail.findChild(QScrollArea).ensureWidgetVisible(view)
    QApplication.processEvents()
    row = next(i for i, c in enumerate(concerns.rows) if not c.linked)
    cell("Doctor's concerns", view, view.model().mapFromSource(concerns.index(row, 0)))

    compare = shown(window, "compareTab")
    compare.choices.set_ticked(compare.choices.chosen[0], False)
    QApplication.processEvents()
    row = next(
        i for i, c in enumerate(compare.choices.choices) if c.id not in compare.choices.chosen
    )
    cell("Compare visit chooser", compare.choices_view, compare.choices.index(row, 0))
    widget("Only what differs", compare.only_differences)

    shown(window, "visitsTab", page=2)
    window.findChild(QWidget, "feelingsPanel").load(None)  # nothing rated
    feelings = window.findChild(QWidget, "feelingsPanel")
    feelings.setEnabled(True)
    QApplication.processEvents()
    widget("Rating option", window.findChild(QWidget, "rate_heard_2"))
    return images


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_unticked_boxes_stand_out(make_window, demo_path, dark) -> None:
    with system(dark=dark):
        window = make_window(demo_path)
        window.resize(1280, 800)
        images = indicator_images(window)
    empty = [name for name, img in images.items() if img.isNull() or img.width() < 8]
    assert not empty, empty
    weak = {name: round(stands_out(img), 2) for name, img in images.items()}
    weak = {name: ratio for name, ratio in weak.items() if ratio < MARK_CONTRAST}
    assert not weak, weak


def test_painting_for_long_does_not_wear_out_none(make_window, demo_path) -> None:
    """Each void PySide6 call (QPainter.setPen, QLabel.setText…) of the 6.12.0 wheels on Python
    3.11 drops a reference to None; pyproject excludes those wheels, so painting every page many
    times leaves None's count where it was (tests/ui/test_pyside_wheel.py checks the bare wheel)."""
    import sys

    window = make_window(demo_path)
    before = sys.getrefcount(None)
    with system(dark=True):
        for _ in range(3):
            for _page in every_page(window):
                window.grab()
    label = QLabel()
    for _ in range(50_000):  # ten times what None had left in the interpreter that aborted
        label.setText("x")
    assert before - sys.getrefcount(None) < 1_000  # not one per call
