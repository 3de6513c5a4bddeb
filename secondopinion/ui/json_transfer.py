"""File > Export > Journal as JSON, File > Import JSON, and the packet export's menu entry.

A mixin of ``MainWindow``. Both run on the job pool (``ui.jobs``); the window waits for them
before it lets the journal go. Importing replaces what the window shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from secondopinion.services.errors import in_words
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
        def settle_unsaved(self) -> bool: ...

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
            QCoreApplication.translate("MainWindow", "Export journal as JSON"),
            str(Path.home() / f"{journal.path.stem}.json"),
            QCoreApplication.translate("MainWindow", "JSON (*.json)"),
        )
        if not name:
            return
        from secondopinion.services.jsonio import export_json
        from secondopinion.ui.jobs import run_job

        self.ctx.flush()
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Exporting to {name}…").format(name=name)
        )
        run_job(
            lambda: export_json(journal, Path(name)),
            lambda _r: self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Exported to {name}").format(name=name),
                8000,
            ),
            lambda e: self._warn(
                QCoreApplication.translate("MainWindow", "Export failed"), in_words(e)
            ),
            what=QCoreApplication.translate("MainWindow", "the JSON export"),
        )

    def import_json(self) -> None:
        """Import a JSON export into the open journal, in the background behind a progress
        dialog; the window shows the journal afresh when it is done."""
        journal = self.ctx.journal
        if journal is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Import JSON"),
            str(Path.home()),
            QCoreApplication.translate("MainWindow", "JSON (*.json)"),
        )
        if not name or not self.settle_unsaved():
            return
        from secondopinion.services.jsonio import import_json
        from secondopinion.ui.jobs import run_job

        source = Path(name)
        progress = QProgressDialog(
            QCoreApplication.translate("MainWindow", "Importing {name}…").format(name=source.name),
            "",
            0,
            0,
            self,
        )
        progress.setObjectName("importingJson")
        progress.setWindowTitle(QCoreApplication.translate("MainWindow", "Import JSON"))
        progress.setCancelButton(None)  # all or nothing: it is not stopped half-way
        progress.setWindowModality(Qt.WindowModality.WindowModal)  # no edits meanwhile
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.show()

        def done(_counts: object) -> None:
            progress.close()
            progress.deleteLater()
            if self.ctx.journal is not journal:
                return
            self.ctx.set_journal(journal)
            self.reload_concerns()
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Imported {name}").format(name=name), 8000
            )

        def failed(exc: BaseException) -> None:
            progress.close()
            progress.deleteLater()
            self._warn(
                QCoreApplication.translate("MainWindow", "Import failed"), in_words(exc)
            )  # never a class name

        run_job(
            lambda: import_json(journal, source),
            done,
            failed,
            what=QCoreApplication.translate("MainWindow", "the JSON import"),
        )

    def _warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)
