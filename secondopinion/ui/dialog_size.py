"""Sizing a dialog to what it holds, and its OK/Cancel row (PySide6 only, so the start-up's
passphrase prompt can use them before the rest of the app is imported; ``ui.widgets`` re-exports
``fit_to_contents``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QWidget


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


def ok_cancel(ok: Callable[[], object], cancel: Callable[[], object]) -> QDialogButtonBox:
    """OK and Cancel in the platform's order and words: OK calls ``ok``, Cancel ``cancel``."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(ok)
    buttons.rejected.connect(cancel)
    return buttons
