"""File > Export appointment packet…: choose what goes in, preview it, save it.

Rendering and writing run on the job pool (``ui.jobs``); the dialog only shows a busy bar and
stays responsive. The preview's pictures come from ``ui.pdf_preview``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from secondopinion import i18n
from secondopinion.report.data import PacketOptions, RenderResult, Section
from secondopinion.report.packet import render_packet
from secondopinion.services.appointments import appointment_choices
from secondopinion.services.errors import in_words
from secondopinion.services.journals import Journal
from secondopinion.services.packet import build_packet_data, export_packet
from secondopinion.services.report_words import KIND_WORDS, default_paper, word
from secondopinion.ui.jobs import run_job
from secondopinion.ui.pdf_password import protect_box
from secondopinion.ui.pdf_preview import page_count, rasterise
from secondopinion.ui.pdf_saving import default_pdf_path, missing_fonts_message, pdf_target
from secondopinion.ui.widgets import fit_to_contents


class _Window(Protocol):
    journal: Journal | None

    def current_concern_id(self) -> int | None: ...


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    """Object names for tests and accessibility tools."""
    widget.setObjectName(name)
    return widget


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def section_labels() -> dict[Section, str]:
    return {
        Section.COVER: tr("Cover and summary (who, the question, what has been said)"),
        Section.REASONS: tr("Why I am seeking another opinion"),
        Section.HEALTH: tr("Health summary (medications, allergies, conditions, procedures)"),
        Section.RESULTS: tr("Recent results (abnormal first, with reference ranges)"),
        Section.HISTORY: tr("History of diagnoses and opinions"),
        Section.SYMPTOMS: tr("Symptoms: severity chart and recent entries"),
        Section.RECORDS: tr("Records enclosed (checklist)"),
        Section.QUESTIONS: tr("Questions, with room to write the answers"),
        Section.NOTES: tr("Notes"),
    }


class ExportPacketDialog(QDialog):
    """Choose the concern, the appointment, the sections and the paper; preview; export."""

    def __init__(self, journal: Journal, concern_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportPacketDialog")
        self.setWindowTitle(self.tr("Export appointment packet"))
        self.journal = journal
        self.busy = 0
        self.saved_to: Path | None = None
        self.last_missing: tuple[str, ...] = ()
        self._preview_serial = 0
        self._build()
        self._load_concerns(concern_id)
        fit_to_contents(self, 980, 660)  # fits a 1024×700 screen

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        form = QFormLayout()
        self.concern = _named(QComboBox(), "concernChoice")
        self.concern.currentIndexChanged.connect(self._load_appointments)
        form.addRow(self.tr("&Concern:"), self.concern)
        self.appointment = _named(QComboBox(), "appointmentChoice")
        form.addRow(self.tr("&For:"), self.appointment)
        self.paper = _named(QComboBox(), "paperChoice")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        form.addRow(self.tr("&Paper:"), self.paper)
        self.language = _named(QComboBox(), "languageChoice")
        for code, name in i18n.LANGUAGES:  # each language in its own words
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.current_language()))
        self.language.setToolTip(self.tr("The packet can be printed in the doctor's language"))
        form.addRow(self.tr("La&nguage:"), self.language)
        left.addLayout(form)

        box = QGroupBox(self.tr("Sections"))
        sections = QVBoxLayout(box)
        self.section_boxes: dict[Section, QCheckBox] = {}
        for section, label in section_labels().items():
            check = _named(QCheckBox(label), f"section_{section.value}")
            check.setChecked(True)
            sections.addWidget(check)
            self.section_boxes[section] = check
        left.addWidget(box)
        self.name_in_metadata = _named(
            QCheckBox(self.tr("Put my name in the PDF's document properties")), "nameInMetadata"
        )
        self.name_in_metadata.setChecked(True)
        left.addWidget(self.name_in_metadata)
        self.protect = protect_box()
        left.addWidget(self.protect)
        left.addStretch(1)

        self.progress = _named(QProgressBar(), "exportProgress")
        self.progress.setRange(0, 0)  # busy: we cannot know how far ReportLab has got
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = _named(QLabel(), "exportStatus")
        self.status.setWordWrap(True)
        left.addWidget(self.progress)
        left.addWidget(self.status)

        self.buttons = QDialogButtonBox()
        self.preview_button = _named(QPushButton(self.tr("&Preview")), "previewButton")
        self.export_button = _named(QPushButton(self.tr("&Export…")), "exportButton")
        self.export_button.setDefault(True)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.update_preview)
        self.export_button.clicked.connect(self.export)
        left.addWidget(self.buttons)

        self.pages = _named(QWidget(), "previewPages")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = _named(QScrollArea(), "previewArea")
        scroll.setWidgetResizable(False)  # the pages set the size; the area scrolls over them
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll.setWidget(self.pages)
        scroll.setMinimumWidth(480)
        self.preview_note = QLabel(self.tr("Press Preview to see the pages before saving."))
        self.preview_note.setWordWrap(True)
        self.pages_layout.addWidget(self.preview_note)
        self.pages.adjustSize()
        outer.addLayout(left, 2)
        outer.addWidget(scroll, 3)

    def _load_concerns(self, current: int | None) -> None:
        from secondopinion.services.concerns import list_concerns

        for concern in list_concerns(self.journal, include_archived=True):
            self.concern.addItem(concern.title, concern.id)
        index = self.concern.findData(current) if current is not None else 0
        self.concern.setCurrentIndex(max(0, index))
        self._load_appointments()

    def _load_appointments(self) -> None:
        self.appointment.clear()
        self.appointment.addItem(self.tr("No particular doctor or visit"), None)
        concern_id = self.concern_id()
        if concern_id is None:
            return
        choices = appointment_choices(self.journal, concern_id)
        for doctor in choices.doctors:
            self.appointment.addItem(doctor.name, ("doctor", doctor.doctor_id))
        for visit in choices.visits:
            label = self.tr("Visit {date}: {doctor} ({kind})").format(
                date=visit.visit_on.isoformat(),
                doctor=visit.doctor_name or self.tr("doctor unknown"),
                kind=word(KIND_WORDS, visit.kind),
            )
            self.appointment.addItem(label, ("visit", visit.visit_id))

    # --- choices ----------------------------------------------------------------------------

    def concern_id(self) -> int | None:
        value = self.concern.currentData()
        return int(value) if value is not None else None

    def sections(self) -> frozenset[Section]:
        return frozenset(s for s, box in self.section_boxes.items() if box.isChecked())

    def choice(self) -> dict[str, Any]:
        picked = self.appointment.currentData()
        kind, key = picked if picked else (None, None)
        return {
            "concern_id": self.concern_id(),
            "visit_id": key if kind == "visit" else None,
            "doctor_id": key if kind == "doctor" else None,
            "sections": self.sections(),
            "paper": str(self.paper.currentData()),
            "name_in_metadata": self.name_in_metadata.isChecked(),
            "lang": str(self.language.currentData()),
        }

    # --- work off the GUI thread ---------------------------------------------------------------

    def _start(self, message: str) -> None:
        self.busy += 1
        self.progress.show()
        self.status.setText(message)
        self.export_button.setEnabled(False)
        self.preview_button.setEnabled(False)

    def _finish(self) -> None:
        self.busy -= 1
        if self.busy <= 0:
            self.busy = 0
            self.progress.hide()
            self.export_button.setEnabled(True)
            self.preview_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.status.setText(self.tr("It did not work: {reason}").format(reason=in_words(exc)))
        QMessageBox.warning(self, self.windowTitle(), in_words(exc))

    def update_preview(self) -> None:
        choice = self.choice()
        if choice["concern_id"] is None or self.busy:
            return
        journal = self.journal
        self._preview_serial += 1
        serial = self._preview_serial

        def job() -> tuple[int, RenderResult, list[bytes]]:
            data = build_packet_data(
                journal,
                choice["concern_id"],
                choice["visit_id"],
                choice["doctor_id"],
                choice["sections"],
                lang=choice["lang"],
            )
            options = PacketOptions(
                paper=choice["paper"],
                sections=choice["sections"],
                name_in_metadata=choice["name_in_metadata"],
                lang=choice["lang"],
            )
            result = render_packet(data, options)
            return serial, result, rasterise(result.pdf)

        self._start(self.tr("Preparing the preview…"))
        run_job(job, self._show_preview, self._failed)

    def _show_preview(self, done: tuple[int, RenderResult, list[bytes]]) -> None:
        self._finish()
        serial, result, images = done
        if serial != self._preview_serial:
            return
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        total = page_count(result.pdf)
        if not images:
            note = self.tr(
                "This packet has %n pages. A picture of the pages needs poppler's pdftoppm, "
                "which is not installed; exporting works without it.",
                "",
                total,
            )
            self.pages_layout.addWidget(QLabel(note, wordWrap=True))
        for number, png in enumerate(images, start=1):
            page = _named(QLabel(), f"previewPage{number}")
            pixmap = QPixmap.fromImage(QImage.fromData(png))
            page.setPixmap(pixmap)
            page.setFixedSize(pixmap.size())  # a page keeps its shape; the area scrolls
            page.setAccessibleName(self.tr("Page {n} of {total}").format(n=number, total=total))
            page.setStyleSheet("border: 1px solid #c5ced8; background: white;")
            self.pages_layout.addWidget(page)
            page.show()  # now, not queued: the container's size below counts it
        if total > len(images) and images:
            more = self.tr("Showing pages 1–{shown} of {total}.").format(
                shown=len(images), total=total
            )
            self.pages_layout.addWidget(QLabel(more))
        self.pages_layout.activate()
        self.pages.resize(self.pages.sizeHint())
        self.status.setText(self.tr("Preview ready: %n pages.", "", total))
        if result.missing:
            self.status.setText(
                self.tr(
                    "Some characters cannot be drawn with the fonts on this computer: {t}"
                ).format(t="; ".join(result.missing))
            )

    def export(self) -> None:
        choice = self.choice()
        if choice["concern_id"] is None or self.busy:
            return
        title = self.concern.currentText()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save appointment packet"),
            default_pdf_path(self.tr("Appointment packet - {title}").format(title=title)),
            self.tr("PDF documents (*.pdf)"),
        )
        target = pdf_target(self, path, self.protect.isChecked())
        if target is None:
            return  # no file chosen, or the password cancelled: nothing is written
        out, password = target
        journal = self.journal

        def job() -> RenderResult:
            return export_packet(
                journal,
                choice["concern_id"],
                out,
                choice["paper"],
                sections=choice["sections"],
                visit_id=choice["visit_id"],
                doctor_id=choice["doctor_id"],
                name_in_metadata=choice["name_in_metadata"],
                lang=choice["lang"],
                password=password,
            )

        def done(result: RenderResult) -> None:
            self._finish()
            self.saved_to = out
            self.last_missing = result.missing
            self.status.setText(self.tr("Saved to {path}").format(path=str(out)))
            if result.missing:
                QMessageBox.warning(self, self.windowTitle(), missing_fonts_message(result.missing))
            self.accept()

        self._start(self.tr("Writing the packet…"))
        run_job(job, done, self._failed)


def show_export_dialog(window: Any, visit_id: int | None = None) -> ExportPacketDialog | None:
    """Open the packet export dialog for ``window``'s journal and current concern (and, when
    given, for that visit)."""
    journal = getattr(window, "journal", None)
    if journal is None:
        return None
    ctx = getattr(window, "ctx", None)
    if ctx is not None and hasattr(ctx, "flush"):
        ctx.flush()  # edits still being typed go in first
    concern_id = getattr(ctx, "concern_id", None)
    dialog = ExportPacketDialog(journal, concern_id, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if visit_id is not None:
        # Compared by value: findData compares Python tuples by identity.
        for index in range(dialog.appointment.count()):
            if dialog.appointment.itemData(index) == ("visit", visit_id):
                dialog.appointment.setCurrentIndex(index)
    dialog.open()
    return dialog
