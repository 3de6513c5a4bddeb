"""The message line under a field: hidden until there is something to say.

Its own module (PySide6 and the theme only), so the passphrase prompt can be shown at start-up
before the store and the forms are imported; ``ui.forms`` re-exports both functions.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from secondopinion.domain.wording import Sentence
from secondopinion.i18n import words
from secondopinion.ui import theme


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden message line for a field: an icon-like prefix, so colour is not the only sign.

    The red is the light or the dark scheme's (``theme.Tone.ERROR``), and follows a switch.
    """
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    theme.set_text_colour(label, theme.Tone.ERROR)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def over_error(widget: QWidget, error: QLabel) -> QWidget:
    """``widget`` with its message line ``error`` close under it, as one field for a form row."""
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(error)
    return holder


def show_error(label: QLabel, message: Sentence | str | None) -> None:
    """Show ``message`` under the field (a Sentence from a FieldError in the window's
    language), or hide the line for None."""
    if message:
        message = words().sentence(message)
        label.setText("⚠ " + message)
        label.setAccessibleName(message)
        label.show()
    else:
        label.clear()
        label.hide()
