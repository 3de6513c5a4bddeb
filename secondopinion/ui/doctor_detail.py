"""The detail pane of the Doctors tab: every field of one doctor, the criteria, the concerns.

Each group of fields is its own ``AutoSaveForm`` on the same doctor, so they save as typed and
show their messages (a bad email or web address) under the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from secondopinion.services import doctors as service
from secondopinion.services import journal_rows
from secondopinion.services.concerns import list_concerns
from secondopinion.services.doctors import DoctorListing
from secondopinion.services.journal_rows import Doctor
from secondopinion.ui import labels, theme
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import AutoSaveForm
from secondopinion.ui.list_detail import align_labels
from secondopinion.ui.table_model import Column, RowTableModel
from secondopinion.ui.widgets import FittingPage, chars, hint, section, table_view


@dataclass
class ConcernLink:
    """A concern, and whether the current doctor is one of its doctors."""

    id: int | None
    title: str
    linked: bool


class DoctorDetail(QStackedWidget):
    """Page 0: what to do when nothing is selected; page 1: the doctor's fields."""

    links_changed = Signal()  # the doctor was made one of a concern's doctors, or no longer

    def __init__(self, ctx: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.listing: DoctorListing | None = None
        self._build()

    def _build(self) -> None:
        self.no_detail = hint(self.tr("Select a doctor in the list to see and edit the details."))
        self.no_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.no_detail)

        page = FittingPage()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 0, 0, 0)
        self.forms: list[AutoSaveForm] = []

        box, box_layout = section(self.tr("Doctor"))
        form = self._form(box, box_layout)
        form.add(self.tr("Na&me"), "name")
        form.add(self.tr("S&pecialty"), "specialty", placeholder=self.tr("e.g. Gynaecology"))
        form.add(self.tr("&Institution"), "institution", placeholder=self.tr("Hospital, clinic"))
        form.add(
            self.tr("Healthcare s&ystem"),
            "healthcare_system",
            placeholder=self.tr("The group or network it belongs to"),
        )
        form.add(self.tr("Stat&us"), "status", "choice", choices=labels.choices("doctor_status"))
        self.form = form
        self.flag = QLabel()
        self.flag.setObjectName("sameSystemFlag")
        self.flag.setWordWrap(True)
        self.flag.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what the person typed
        theme.set_text_colour(self.flag, theme.Tone.WARNING)  # and the ⚠: not colour alone
        box_layout.addWidget(self.flag)
        layout.addWidget(box)

        box, box_layout = section(self.tr("Why this doctor (choice criteria)"))
        criteria = self._form(box, box_layout)
        criteria.add(self.tr("In another healthcare system than the first"), "other_system", "bool")
        criteria.add(self.tr("Specialises in this condition"), "specialises", "bool")
        criteria.add(self.tr("Experienced with complex or rare cases"), "complex_cases", "bool")
        criteria.add(self.tr("At a teaching or research hospital"), "teaching_hospital", "bool")
        self.fit_label = QLabel()
        self.fit_label.setObjectName("fitLabel")
        box_layout.addWidget(self.fit_label)
        layout.addWidget(box)

        box, box_layout = section(self.tr("Contact"))
        contact = self._form(box, box_layout)
        contact.add(self.tr("Phone"), "phone")
        contact.add(self.tr("Emai&l"), "email", placeholder="name@example.org")
        contact.add(self.tr("&Website, portal"), "website", placeholder="example.org/portal")
        self._short(contact.add(self.tr("Address"), "address", "multiline"))
        layout.addWidget(box)

        box, box_layout = section(self.tr("Cost and notes"))
        notes = self._form(box, box_layout)
        self._short(
            notes.add(
                self.tr("In-network, cost"),
                "cost_notes",
                "multiline",
                placeholder=self.tr("Covered by my insurance? What will it cost?"),
            )
        )
        notes.add(self.tr("Notes"), "notes", "multiline")
        layout.addWidget(box)

        box, box_layout = section(self.tr("Consulted about"))
        self.concerns_model = RowTableModel(
            [
                Column(
                    self.tr("Concern"),
                    lambda c: c.linked,
                    display=lambda c: c.title,
                    field="linked",
                    checkable=True,
                )
            ],
            on_edit=self._toggle_concern,
            parent=self,
        )
        self.concerns_view, _ = table_view(
            self.concerns_model, "doctorConcerns", self.tr("Concerns this doctor is for")
        )
        self.concerns_view.setSortingEnabled(False)
        rows = 4
        self.concerns_view.setMaximumHeight(self.concerns_view.fontMetrics().height() * 2 * rows)
        box_layout.addWidget(self.concerns_view)
        layout.addWidget(box)
        layout.addStretch(1)

        align_labels([form.layout for form in self.forms])
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus, not the frame
        scroll.setMinimumWidth(chars(scroll, 46))
        self.addWidget(scroll)

    def _form(self, box: QWidget, layout: QVBoxLayout) -> AutoSaveForm:
        """One more group of the doctor's fields; every group saves on its own as typed."""
        form = AutoSaveForm(self.ctx, Doctor, box)
        layout.addLayout(form.layout)
        self.forms.append(form)
        return form

    @staticmethod
    def _short(edit: QWidget) -> None:
        lines = edit.fontMetrics().lineSpacing()
        edit.setMaximumHeight(lines * 2 + 14)

    def field(self, name: str) -> QWidget:
        """The widget editing ``name``."""
        for form in self.forms:
            if name in form.fields:
                return form.fields[name].widget
        raise KeyError(name)

    # --- showing -----------------------------------------------------------------------------

    def show_doctor(self, listing: DoctorListing | None) -> None:
        """Load another doctor (or none) into the forms."""
        journal = self.ctx.journal
        # The list holds plain values; the forms edit the stored row, read when it is chosen.
        doctor = (
            journal_rows.find(journal, Doctor, listing.id)
            if listing is not None and journal is not None
            else None
        )
        for form in self.forms:
            form.load(doctor)
        self.setCurrentIndex(1 if doctor is not None else 0)
        self.refresh(listing)

    def refresh(self, listing: DoctorListing | None) -> None:
        """The same doctor, freshly read: the flag, the fit and the concerns; the forms keep
        what is being typed."""
        self.listing = listing
        self._load_concerns()
        if listing is None:
            self.flag.hide()
            self.fit_label.clear()
            return
        self.flag.setText(self.flag_text(listing) if listing.same_system else "")
        self.flag.setVisible(listing.same_system)
        self.fit_label.setText(self.tr("Fit: %1 of 4 criteria").replace("%1", str(listing.fit)))

    def flag_text(self, d: DoctorListing) -> str:
        systems = ", ".join(d.systems)
        text = self.tr(
            "⚠ Same healthcare system as the original diagnosis (%1): a second opinion from "
            "inside it may simply repeat the first."
        ).replace("%1", systems)
        if d.contradicts:
            text += " " + self.tr("“Another healthcare system” is ticked but not counted.")
        return text

    def _load_concerns(self) -> None:
        journal, row = self.ctx.journal, self.listing
        if journal is None or row is None or row.id is None:
            self.concerns_model.set_rows([])
            return
        linked = service.concerns_of(journal, row.id)
        self.concerns_model.set_rows(
            [
                ConcernLink(c.id, c.title, c.id in linked)
                for c in list_concerns(journal, include_archived=True)
            ]
        )

    def _toggle_concern(self, row: ConcernLink, field: str, value: Any) -> ConcernLink:
        doctor = self.listing
        assert doctor is not None and doctor.id is not None and row.id is not None
        service.set_link(self.ctx.require(), doctor.id, row.id, bool(value))
        self.ctx.changed("doctor_concern", self)
        self.links_changed.emit()
        return ConcernLink(row.id, row.title, bool(value))
