"""How a visit felt: eight feelings rated 0–4, overall trust 1–5 and a free reflection.

Good signs and warning signs sit in two separate frames, each with its own heading and icon,
so the difference never rests on colour alone. Ratings are exclusive radio rows (arrow keys
move, Delete or Backspace clears). The visit's ``visit_feelings`` row is created on the
first rating or word typed (``services.visits.set_feelings``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from secondopinion.domain.enums import FEELING_SCALE_MAX, TRUST_MAX, TRUST_MIN, Feeling
from secondopinion.domain.validation import FieldError
from secondopinion.services import visits as service
from secondopinion.services.errors import in_words
from secondopinion.services.journals import ChangeRefused, JournalError
from secondopinion.ui import labels, theme
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import SAVE_DELAY_MS, error_label, not_saved_message, show_error
from secondopinion.ui.widgets import FittingPage, hint

GOOD_TONE, WARNING_TONE = theme.Tone.GOOD, theme.Tone.ERROR


class TintedFrame(QFrame):
    """A rounded border and a faint wash in ``tone``, in the shade of the scheme shown now.

    Painted rather than styled: a style sheet on the frame would also restyle the labels in it
    and keep their colours from following a switch of the scheme.
    """

    def __init__(self, tone: theme.Tone, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tone = tone

    def paintEvent(self, event: QPaintEvent) -> None:
        colour = theme.colour(self.tone)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        wash = QColor(colour)
        wash.setAlphaF(0.08)
        colour.setAlphaF(0.5)
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(wash)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.end()


class RatingRow(QObject):
    """One feeling's radio buttons; ``rated(field, value | None)`` when the person changes it."""

    rated = Signal(str, object)

    def __init__(self, field: str, caption: str, low: int, high: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.field, self.caption = field, caption
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QRadioButton] = []
        for value in range(low, high + 1):
            button = QRadioButton(str(value))
            button.setObjectName(f"rate_{field}_{value}")
            button.setAccessibleName(f"{caption}: {value}")
            button.installEventFilter(self)
            self.group.addButton(button, value)
            self.buttons.append(button)
        self.group.idClicked.connect(lambda value: self.rated.emit(self.field, value))

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked == -1 else checked

    def set_value(self, value: int | None) -> None:
        self.group.setExclusive(False)  # an exclusive group cannot be emptied
        for button in self.buttons:
            button.setChecked(self.group.id(button) == value)
        self.group.setExclusive(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.value() is not None
        ):
            self.set_value(None)
            self.rated.emit(self.field, None)
            return True
        return False


class FeelingsPanel(FittingPage):
    """The feelings of one visit; ``saved`` after each change written."""

    saved = Signal()

    def __init__(self, ctx: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feelingsPanel")
        self.ctx = ctx
        self.visit_id: int | None = None
        self.rows: dict[str, RatingRow] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self._loading = False
        self._unsaved: dict[str, Any] = {}  # changes a failed write left to write
        self._unsaved_visit: int | None = None
        self._build()
        ctx.register_flush(self.flush, self.discard)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(
            hint(
                self.tr(
                    "How did the visit feel? Rate each from 0 (not at all) to 4 (very much); "
                    "your emotional reaction is data too. Delete clears a rating."
                )
            )
        )
        # Good signs on the left; warning signs and overall trust on the right, so the
        # reflection below stays in view on a small screen.
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        good = [f for f in Feeling if f.is_positive]
        bad = [f for f in Feeling if not f.is_positive]
        grid.addWidget(
            self._group(
                "goodSigns", GOOD_TONE, "✔", self.tr("Good signs"), self.tr("More is better"), good
            ),
            0,
            0,
            2,
            1,
        )
        grid.addWidget(
            self._group(
                "warningSigns",
                WARNING_TONE,
                "⚠",
                self.tr("Warning signs"),
                self.tr("Less is better"),
                bad,
            ),
            0,
            1,
            Qt.AlignmentFlag.AlignTop,
        )
        trust_row = QHBoxLayout()
        trust_row.setSpacing(8)
        caption = QLabel(self.tr("Overall tr&ust in this doctor:"))
        trust = RatingRow("trust", self.tr("Overall trust"), TRUST_MIN, TRUST_MAX, self)
        trust.rated.connect(self._rated)
        self.rows["trust"] = trust
        caption.setBuddy(trust.buttons[0])
        trust_row.addWidget(caption)
        trust_row.addStretch(1)
        trust_row.addWidget(QLabel(self.tr("none")))
        for button in trust.buttons:
            trust_row.addWidget(button)
        trust_row.addWidget(QLabel(self.tr("complete")))
        trust_row.setContentsMargins(10, 0, 10, 0)
        grid.addLayout(trust_row, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        layout.addLayout(grid)

        caption = QLabel(self.tr("Reflection after the v&isit:"))
        self.reflection = QPlainTextEdit()
        self.reflection.setObjectName("reflection")
        self.reflection.setAccessibleName(self.tr("Reflection after the visit"))
        self.reflection.setPlaceholderText(
            self.tr("What stayed with you? What would you ask differently next time?")
        )
        self.reflection.setTabChangesFocus(True)
        # Take the room that is left, no more: a large size hint would make the page scroll.
        self.reflection.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.reflection.setMinimumHeight(self.reflection.fontMetrics().lineSpacing() * 2 + 12)
        self.reflection.textChanged.connect(self._typed)
        self.reflection.installEventFilter(self)
        caption.setBuddy(self.reflection)
        layout.addWidget(caption)
        layout.addWidget(self.reflection, 1)
        self.error = error_label()
        layout.addWidget(self.error)

    def _group(
        self,
        name: str,
        tone: theme.Tone,
        icon: str,
        title: str,
        subtitle: str,
        feelings: list[Feeling],
    ) -> QFrame:
        frame = TintedFrame(tone)
        frame.setObjectName(name)
        grid = QGridLayout(frame)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        head = QHBoxLayout()
        glyph = QLabel(icon)
        glyph.setObjectName(f"{name}Icon")
        font = glyph.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        glyph.setFont(font)
        glyph.setAccessibleName(title)
        theme.set_text_colour(glyph, tone)
        heading = QLabel(title)
        heading.setAccessibleName(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        head.addWidget(glyph)
        head.addWidget(heading)
        head.addStretch(1)
        quiet = QLabel(subtitle)
        quiet.setEnabled(False)
        head.addWidget(quiet)
        grid.addLayout(head, 0, 0, 1, FEELING_SCALE_MAX + 2)
        low, high = QLabel(self.tr("not at all")), QLabel(self.tr("very"))
        for scale in (low, high):
            scale.setEnabled(False)
        grid.addWidget(low, 1, 1, 1, 2)
        grid.addWidget(high, 1, FEELING_SCALE_MAX, 1, 2, Qt.AlignmentFlag.AlignRight)
        for r, feeling in enumerate(feelings, start=2):
            text = labels.label("feeling", feeling.value)
            row = RatingRow(feeling.value, text, 0, FEELING_SCALE_MAX, self)
            row.rated.connect(self._rated)
            self.rows[feeling.value] = row
            grid.addWidget(QLabel(text), r, 0)
            for i, button in enumerate(row.buttons):
                grid.addWidget(button, r, 1 + i)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(feelings) + 2, 1)
        return frame

    # --- loading and saving ------------------------------------------------------------------

    def load(self, visit_id: int | None) -> None:
        self.flush()
        self.visit_id = visit_id
        journal = self.ctx.journal
        found = service.feelings(journal, visit_id) if journal and visit_id is not None else None
        self._loading = True
        try:
            for field, row in self.rows.items():
                row.set_value(getattr(found, field) if found is not None else None)
            text = found.reflection if found is not None else ""
            if self.reflection.toPlainText() != text:
                self.reflection.setPlainText(text)
        finally:
            self._loading = False
        if not self._unsaved:
            show_error(self.error, None)
        self.setEnabled(visit_id is not None)

    def value(self, field: str) -> Any:
        return self.rows[field].value()

    def _rated(self, field: str, value: int | None) -> None:
        self._save(**{field: value})

    def _typed(self) -> None:
        if not self._loading and self.visit_id is not None:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.timer.isActive():
            self.flush()
        return False

    def flush(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self._save(reflection=self.reflection.toPlainText())
        elif self._unsaved:
            self._save()

    def _save(self, **changes: Any) -> None:
        """Write ``changes`` (with any earlier ones that could not be written). When the write
        fails (a full disk), they are kept, said, and tried again on the next flush, for the
        visit they were made on even if another visit is shown by then."""
        journal = self.ctx.journal
        visit_id = self._unsaved_visit if self._unsaved else self.visit_id
        if journal is None or visit_id is None:
            return
        if visit_id != self.visit_id:  # held for a visit no longer shown: write that first
            held, self._unsaved = self._unsaved, {}
            self._write(journal, visit_id, held)
            if self._unsaved or self.visit_id is None or not changes:
                return
            visit_id = self.visit_id
        else:
            changes = {**self._unsaved, **changes}
            self._unsaved = {}
        self._write(journal, visit_id, changes)

    def _write(self, journal: Any, visit_id: int, changes: dict[str, Any]) -> None:
        try:
            service.set_feelings(journal, visit_id, **changes)
        except FieldError as exc:
            show_error(self.error, exc.message)
            return
        except (LookupError, ChangeRefused) as exc:
            show_error(self.error, in_words(exc) if isinstance(exc, ChangeRefused) else None)
            return
        except JournalError as exc:
            self._unsaved, self._unsaved_visit = changes, visit_id
            show_error(self.error, not_saved_message(in_words(exc)))
            self.ctx.note_unsaved(self, in_words(exc))
            return
        show_error(self.error, None)
        self.ctx.note_unsaved(self, None)
        self.ctx.changed("visit_feelings", self)
        self.saved.emit()

    def discard(self) -> None:
        """Forget what could not be written (the person chose Discard)."""
        self.timer.stop()
        self._unsaved = {}
        show_error(self.error, None)
        self.ctx.note_unsaved(self, None)
