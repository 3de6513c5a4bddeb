"""Colours that read in the light and the dark scheme, and that follow the system when it switches.

The app never sets a palette or a style of its own: Qt's style follows the system's colour scheme
and font. What the app adds is chosen per scheme here: a few signal colours (errors, warnings,
good signs) with enough contrast on either background, and, over Fusion, check box and radio
outlines that stay visible on dark backgrounds and a focus ring on lists (``VisibleIndicators``).
Widgets that carry such a colour use ``follow_palette``, so a scheme change while the app runs
repaints them in the new colours.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)


class Tone(Enum):
    """A signal colour: (on a light background, on a dark background), each ≥ 4.5:1 contrast."""

    ERROR = ("#b3261e", "#ff8a80")
    WARNING = ("#8a5000", "#ffb74d")
    GOOD = ("#2e7d32", "#81c784")


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette (the application's by default) draws light text on dark."""
    palette = palette if palette is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(tone: Tone, palette: QPalette | None = None) -> QColor:
    light, dark = tone.value
    return QColor(dark if is_dark(palette) else light)


def blend(base: QColor, tint: QColor, amount: float) -> QColor:
    """``tint`` laid over ``base`` at ``amount`` (0..1)."""
    return QColor(
        round(base.red() * (1 - amount) + tint.red() * amount),
        round(base.green() * (1 - amount) + tint.green() * amount),
        round(base.blue() * (1 - amount) + tint.blue() * amount),
    )


def luminance(c: QColor) -> float:
    """Relative luminance as WCAG 2 defines it."""

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# --- following the scheme ------------------------------------------------------------------------

_PALETTE_EVENTS = (
    QEvent.Type.PaletteChange,
    QEvent.Type.ApplicationPaletteChange,
    QEvent.Type.StyleChange,
    QEvent.Type.ThemeChange,
)


class _PaletteFollower(QObject):
    def __init__(self, widget: QWidget, apply: Callable[[QWidget], None]) -> None:
        super().__init__(widget)
        self.apply = apply
        self.busy = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PALETTE_EVENTS and not self.busy and isinstance(watched, QWidget):
            self.busy = True  # applying changes the palette again: that one is ours
            try:
                self.apply(watched)
            finally:
                self.busy = False
        return False


def follow_palette(widget: QWidget, apply: Callable[[QWidget], None]) -> None:
    """Run ``apply(widget)`` now and again whenever its palette or the system scheme changes.

    ``apply`` should change nothing when nothing changed (it runs on every palette event).
    """
    apply(widget)
    _PaletteFollower(widget, apply)


def set_text_colour(widget: QWidget, tone: Tone) -> None:
    """Draw ``widget``'s text in ``tone``, in the shade that suits the current scheme."""

    def apply(w: QWidget) -> None:
        wanted = colour(tone, QApplication.palette())
        palette = w.palette()
        if palette.color(QPalette.ColorRole.WindowText) != wanted:
            palette.setColor(QPalette.ColorRole.WindowText, wanted)
            palette.setColor(QPalette.ColorRole.Text, wanted)
            w.setPalette(palette)

    follow_palette(widget, apply)


def toned_label(tone: Tone, text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    set_text_colour(label, tone)
    return label


# --- visible check boxes -------------------------------------------------------------------------

_INDICATORS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
)


_INDICATOR_SIZES = (
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
)


class VisibleIndicators(QProxyStyle):
    """Fusion, with check box and radio outlines that stand out and grow with the font, and a
    focus ring on lists and text boxes.

    Fusion outlines an indicator in a shade of the window colour: about 2.3:1 against a white
    base, and on a dark palette the very shade of the base, so an unticked box (in a list above
    all) disappears. Here the outline is drawn again, half way between the base and the text
    colour: 3:1 or more in either scheme, as WCAG asks of a control's boundary.
    """

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        """Boxes and radios grow with a large system font, as the text beside them does."""
        value = super().pixelMetric(metric, option, widget)
        if metric in _INDICATOR_SIZES:
            font = widget.font() if widget is not None else QApplication.font()
            value = max(value, round(QFontMetrics(font).height() * 0.8))
        return value

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_Frame:
            self._focus_frame(option, painter, widget)
            return
        if element not in _INDICATORS:
            return
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)  # type: ignore[attr-defined]
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)  # type: ignore[attr-defined]
        base = palette.color(QPalette.ColorRole.Base)
        if focused:
            pen = palette.color(QPalette.ColorRole.Highlight).lighter(130)
        else:
            pen = blend(base, palette.color(QPalette.ColorRole.Text), 0.55 if enabled else 0.3)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(pen, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        else:
            painter.drawRoundedRect(rect, 1.0, 1.0)
        painter.restore()

    @staticmethod
    def _focus_frame(option: QStyleOption, painter: QPainter, widget: QWidget | None) -> None:
        """Lists, tables and text boxes show the keyboard focus on their frame, as line edits do:
        a selected current row or a blinking caret alone is easy to lose."""
        if not isinstance(widget, QAbstractScrollArea) or isinstance(widget, QHeaderView):
            return
        if not option.state & QStyle.StateFlag.State_HasFocus:  # type: ignore[attr-defined]
            return
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 2.0, 2.0)  # type: ignore[attr-defined]
        painter.restore()


def install(app: QApplication) -> None:
    """Wrap Fusion, when the system chose it, once; the palette stays the system's.

    Platform styles (Breeze, Windows, macOS) draw their own indicators and focus: left alone.
    """
    if isinstance(app.style(), VisibleIndicators) or app.style().name().lower() != "fusion":
        return
    base = QStyleFactory.create("fusion")
    if base is None:
        return
    app.setStyle(VisibleIndicators(base))
