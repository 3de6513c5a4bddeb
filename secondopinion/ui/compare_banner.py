"""What the Compare tab offers when opinions disagree: a calm banner, and its two next steps.

The banner says why the opinions differ (different diagnoses, doctors not in full agreement with
the original one) and offers a doctor for a third opinion (a new candidate linked to the concern,
one undoable step) or the comparison PDF (``ui.comparison_export.export_comparison_pdf``, looked up
only when used so this tab works in builds without it).
"""

from __future__ import annotations

import inspect
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QUndoCommand
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secondopinion.services import compare as service
from secondopinion.services import journal_rows
from secondopinion.services.journal_rows import Doctor
from secondopinion.ui.context import JournalContext


class AddCandidateCommand(QUndoCommand):
    """A new candidate doctor linked to the concern; undo removes both, redo puts them back."""

    def __init__(self, ctx: JournalContext, concern_id: int, name: str, notes: str, label: str):
        super().__init__(label)
        self.ctx = ctx
        self.doctor = service.add_third_opinion_candidate(ctx.require(), concern_id, name, notes)
        self.snapshot: journal_rows.Snapshot | None = None

    def redo(self) -> None:
        if self.snapshot is not None:
            journal_rows.restore(self.ctx.require(), self.snapshot)
            self.snapshot = None
        self.ctx.changed("doctor")
        self.ctx.changed("doctor_concern")

    def undo(self) -> None:
        self.snapshot = journal_rows.delete(self.ctx.require(), Doctor, self.doctor.id)
        self.ctx.changed("doctor")
        self.ctx.changed("doctor_concern")


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


def comparison_exporter() -> Any:
    """``ui.comparison_export.export_comparison_pdf`` if this build has it (imported when used)."""
    try:
        from secondopinion.ui import comparison_export
    except ModuleNotFoundError as exc:
        if exc.name != "secondopinion.ui.comparison_export":
            raise
        return None
    return getattr(comparison_export, "export_comparison_pdf", None)


def accepts(fn: Any, name: str) -> bool:
    try:
        return name in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
