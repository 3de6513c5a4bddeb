"""File > Export > Journal as JSON and File > Import JSON.

A controller of its own (a ``QObject``), given the journal context, the window it asks over, and
how to settle what is typed first. Both run on the job pool (``ui.jobs``); the window waits for
them before it lets the journal go. ``imported`` says the journal's rows were replaced, so what
is shown must be listed afresh; ``message`` is for the status line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from secondopinion.services.errors import in_words
from secondopinion.ui.context import JournalContext


class JsonTransfer(QObject):
    imported = Signal()  # the open journal's rows were replaced by an import
    message = Signal(str, int)  # for the status line: (text, milliseconds; 0 until replaced)

    def __init__(
        self, ctx: JournalContext, window: QWidget, settle_unsaved: Callable[[], bool]
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.settle_unsaved = settle_unsaved

    def export_json(self) -> None:
        journal = self.ctx.journal
        if journal is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Export journal as JSON"),
            str(Path.home() / f"{journal.path.stem}.json"),
            QCoreApplication.translate("MainWindow", "JSON (*.json)"),
        )
        if not name:
            return
        from secondopinion.services.jsonio import export_json
        from secondopinion.ui.jobs import run_job

        self.ctx.flush()
        self.message.emit(
            QCoreApplication.translate("MainWindow", "Exporting to {name}…").format(name=name), 0
        )
        run_job(
            lambda: export_json(journal, Path(name)),
            lambda _r: self.message.emit(
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
            self.window,
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
            self.window,
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
            self.imported.emit()
            self.message.emit(
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
        QMessageBox.warning(self.window, title, message)
