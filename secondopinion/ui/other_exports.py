"""File > Export > Calendar (.ics) and Patient summary (FHIR IPS).

A controller of its own (a ``QObject``), given the journal context and the window it asks over.
Both ask where to save, then write off the GUI thread through the job pool, like the other
exports; ``message`` is for the status line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from secondopinion.services.errors import in_words
from secondopinion.ui.context import JournalContext


class OtherExports(QObject):
    message = Signal(str, int)  # for the status line: (text, milliseconds)

    def __init__(self, ctx: JournalContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window

    def _export_file(
        self, title: str, filename: str, filter_: str, write: Callable[[Any, Path], Any]
    ) -> None:
        journal = self.ctx.journal
        if journal is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window, title, str(Path.home() / filename), filter_
        )
        if not name:
            return
        from secondopinion.ui.jobs import run_job

        self.ctx.flush()
        run_job(
            lambda: write(journal, Path(name)),
            lambda _r: self.message.emit(self.tr("Exported to {name}").format(name=name), 8000),
            lambda e: self._warn(self.tr("Export failed"), in_words(e)),
        )

    def export_calendar(self) -> None:
        """Every planned visit as a calendar event with a reminder the day before."""
        from secondopinion.services.calendar_export import export_ics

        self._export_file(
            self.tr("Export planned visits to a calendar"),
            "second-opinion-visits.ics",
            self.tr("iCalendar files (*.ics)"),
            export_ics,
        )

    def export_patient_summary(self) -> None:
        """The health summary and results as a FHIR International Patient Summary."""
        from secondopinion.services.ips_export import export_ips

        self._export_file(
            self.tr("Export the patient summary (FHIR IPS)"),
            "patient-summary.json",
            self.tr("FHIR JSON (*.json)"),
            export_ips,
        )

    def _warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self.window, title, message)
