"""What the Compare tab offers when opinions disagree: a calm banner, and its two next steps.

The banner says why the opinions differ (different diagnoses, doctors not in full agreement with
the original one) and offers a doctor for a third opinion (a new candidate linked to the concern,
one undoable ``AddCommand``) or the comparison PDF (``ui.comparison_export``).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secondopinion.services import opinion_grid as service


class DisagreementBanner(QFrame):
    """Shown only when the compared opinions disagree; never alarming, always with a way on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disagreementBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel()
        self.text.setObjectName("disagreementText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.third_button = QPushButton(self.tr("Find a doctor for a &third opinion"))
        self.third_button.setObjectName("findThirdOpinion")
        self.third_button.setToolTip(
            self.tr("Adds a doctor to consider for this concern and opens it on the Doctors tab")
        )
        self.export_button = QPushButton(self.tr("E&xport comparison PDF…"))
        self.export_button.setObjectName("bannerExport")
        buttons = QVBoxLayout()
        buttons.addWidget(self.third_button)
        buttons.addWidget(self.export_button)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A calm panel in the palette's colours as they are now (a style sheet would keep the
        colours of the scheme it was written in, and its labels' too)."""
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1.0))
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.end()

    def show_for(self, comparison: service.Comparison) -> bool:
        """Show (with the reasons) or hide for ``comparison``; True when shown."""
        disagree = comparison.disagree and len(comparison.visits) > 1
        self.setVisible(disagree)
        if not disagree:
            return False
        reasons = []
        if comparison.different_diagnoses:
            reasons.append(self.tr("The diagnoses are not the same."))
        names = [
            comparison.visits[i].doctor_name or self.tr("One doctor")
            for i in comparison.not_agreeing
        ]
        if names:
            reasons.append(
                self.tr("Not in full agreement with the original diagnosis: {names}.").format(
                    names=", ".join(names)
                )
            )
        self.text.setText(
            " ".join(
                [
                    self.tr("These opinions differ."),
                    *reasons,
                    self.tr("That is common, and a third opinion can help you weigh them."),
                ]
            )
        )
        return True
