"""File > Export > Journal as JSON, File > Import JSON, and the packet export's menu entry.

A mixin of ``MainWindow``. Writing runs on the job pool; importing replaces what the window shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from secondopinion.ui.context import JournalContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    _Window = QMainWindow
else:
    _Window = object


class JsonTransfer(_Window):
    ctx: JournalContext

    if TYPE_CHECKING:  # from ConcernBar, for the type checker only

        def reload_concerns(self) -> None: ...

    def export_packet(self) -> None:
        if self.ctx.journal is None:
            return
        from secondopinion.ui import export_dialog

        export_dialog.show_export_dialog(self)

    def export_json(self) -> None:
        journal = self.ctx.journal
        if journal is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export journal as JSON"),
            str(Path.home() / f"{journal.path.stem}.json"),
            self.tr("JSON (*.json)"),
        )
        if not name:
            return
        from secondopinion.services.jsonio import export_json
        from secondopinion.ui.jobs import run_job

        self.ctx.flush()
        run_job(
            lambda: export_json(journal, Path(name)),
            lambda _r: self.statusBar().showMessage(
                self.tr("Exported to {name}").format(name=name), 8000
            ),
            lambda e: self._warn(self.tr("Export failed"), str(e)),
        )

    def import_json(self) -> None:
        journal = self.ctx.journal
        if journal is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import JSON"), str(Path.home()), self.tr("JSON (*.json)")
        )
        if not name:
            return
        from secondopinion.services.jsonio import import_json

        try:
            import_json(journal, Path(name))
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Import failed"), str(exc))
            return
        self.ctx.set_journal(journal)
        self.reload_concerns()
        self.statusBar().showMessage(self.tr("Imported {name}").format(name=name), 8000)

    def _warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)
