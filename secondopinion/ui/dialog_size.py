"""Sizing a dialog to what it holds (PySide6 only, so the start-up's passphrase prompt can use it
before the rest of the app is imported; ``ui.widgets`` re-exports it)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_contents(window: QWidget, width: int = 0, height: int = 0) -> None:
    """Size a dialog to what it holds, at least ``width``×``height``, within its screen.

    Not ``setMinimumWidth`` on the dialog: an explicit minimum replaces the one its layout
    gives (buttons and captions then get squeezed at a large font), and Qt's own first size
    keeps a window with wrapped text to two thirds of the screen. Here the width is the larger
    of the wish and the layout's minimum, and the height what the wrapped lines need at that
    width; what is larger than the screen scrolls or is resized by the person.
    """
    window.ensurePolished()
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    screen = window.screen().availableGeometry().size()
    minimum = layout.totalMinimumSize()
    w = min(max(width, minimum.width()), max(screen.width(), minimum.width()))
    if layout.hasHeightForWidth():
        need = max(layout.totalHeightForWidth(w), layout.totalMinimumHeightForWidth(w))
    else:
        need = max(layout.totalSizeHint().height(), minimum.height())
    h = min(max(height, need), max(screen.height(), minimum.height()))
    window.resize(w, h)
