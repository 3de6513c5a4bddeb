"""The page shown while the journal has no concern yet: name the first one, then Start.

A widget of its own, given the journal context; ``created`` says which concern it made.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from secondopinion.domain.validation import FieldError
from secondopinion.services.concerns import create_concern
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import error_label, show_error
from secondopinion.ui.widgets import hint


class WelcomePage(QWidget):
    created = Signal(int)  # the id of the concern just created

    def __init__(self, ctx: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("welcomePage")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        layout = QVBoxLayout(box)
        title = QLabel(self.tr("<h2>What would you like a second opinion on?</h2>"))
        title.setObjectName("welcomeTitle")
        # A fixed width lets the wrapped lines take the height they need. About 70 characters,
        # widened to the title's own width in this font (never more than the room a line of
        # text may take): what does not fit then wraps, never cut off.
        margins = layout.contentsMargins()
        line = title.sizeHint().width() + margins.left() + margins.right()
        chars = self.fontMetrics().averageCharWidth() * 70
        box.setFixedWidth(min(max(560, chars), max(360, chars, line)))
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(
            hint(
                self.tr(
                    "Name the diagnosis or recommendation you want to look at again, for "
                    "example “Recommended hysterectomy” or “Chronic back pain”. You can add "
                    "more concerns later."
                )
            )
        )
        row = QHBoxLayout()
        self.first_title = QLineEdit()
        self.first_title.setObjectName("firstConcernTitle")
        self.first_title.setAccessibleName(self.tr("Concern title"))
        self.first_title.setPlaceholderText(self.tr("Concern title"))
        self.first_title.setMaxLength(1_000_000)
        self.first_title.returnPressed.connect(self._create_first)
        create = QPushButton(self.tr("Start"))
        create.setObjectName("createFirstConcern")
        create.clicked.connect(self._create_first)
        row.addWidget(self.first_title, 1)
        row.addWidget(create)
        layout.addLayout(row)
        self.first_error = error_label()
        layout.addWidget(self.first_error)
        row_box = QHBoxLayout()  # stretches, not an alignment, so the hint's height follows width
        row_box.addStretch(1)
        row_box.addWidget(box)
        row_box.addStretch(1)
        outer.addLayout(row_box)
        outer.addStretch(2)

    def _create_first(self) -> None:
        if self.ctx.journal is None:
            return
        try:
            concern = create_concern(self.ctx.journal, self.first_title.text().strip())
        except FieldError as exc:
            show_error(self.first_error, exc.message)
            return
        show_error(self.first_error, None)
        self.first_title.clear()
        self.created.emit(int(concern.id or 0))
