"""Compare tab > Export comparison (PDF): ask where, then write the comparison off-thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from secondopinion.report.data import RenderResult
from secondopinion.services.comparison_pdf import export_comparison
from secondopinion.services.errors import in_words
from secondopinion.services.journals import Journal
from secondopinion.ui.jobs import run_job
from secondopinion.ui.pdf_saving import default_pdf_path, missing_fonts_message, pdf_target


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def export_comparison_pdf(
    parent: QWidget | None,
    journal: Journal,
    concern_id: int,
    visit_ids: list[int] | None = None,
    on_done: Callable[[Path | None], None] | None = None,
    protect: bool = False,
) -> None:
    """Ask where to save the comparison of the concern's visits, then write it off-thread."""
    from secondopinion.services import concerns

    concern = concerns.get_concern(journal, concern_id)
    title = concern.title if concern is not None else ""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        tr("Save comparison of opinions"),
        default_pdf_path(tr("Comparison - {title}").format(title=title)),
        tr("PDF documents (*.pdf)"),
    )
    target = pdf_target(parent, path, protect)
    if target is None:
        if on_done:
            on_done(None)
        return
    out, password = target
    progress = QProgressDialog(tr("Writing the comparison…"), "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.NonModal)
    progress.setMinimumDuration(300)

    def done(result: RenderResult) -> None:
        progress.close()
        if result.missing:
            QMessageBox.warning(
                parent, tr("Comparison saved"), missing_fonts_message(result.missing)
            )
        if on_done:
            on_done(out)

    def failed(exc: BaseException) -> None:
        progress.close()
        QMessageBox.warning(parent, tr("Comparison not saved"), in_words(exc))
        if on_done:
            on_done(None)

    run_job(
        lambda: export_comparison(journal, concern_id, out, visit_ids=visit_ids, password=password),
        done,
        failed,
    )
