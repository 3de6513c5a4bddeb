"""The opinion given at a visit: a form that saves as typed, and a doctor added on the spot."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from secondopinion.domain.validation import FieldError, check_fields
from secondopinion.services import journal_rows, visits
from secondopinion.services.journal_rows import Doctor, Visit
from secondopinion.ui.context import JournalCommand, JournalContext
from secondopinion.ui.dialog_size import ok_cancel
from secondopinion.ui.field_error import over_error
from secondopinion.ui.forms import AutoSaveForm, error_label, show_error
from secondopinion.ui.widgets import hint

NOT_SAID = ""  # the data of the "not said" entry of a choice that may stay empty


class VisitForm(AutoSaveForm):
    """``AutoSaveForm`` for a visit: the date cannot be emptied, and the doctor and the
    agreement may be "not said" (stored as NULL)."""

    def __init__(self, ctx: JournalContext, parent: QWidget) -> None:
        super().__init__(ctx, Visit, parent)

    def _set_widget(self, f: Any, value: Any) -> None:
        if isinstance(f.widget, QComboBox) and value is None:
            f.widget.setCurrentIndex(f.widget.findData(NOT_SAID))  # -1 (blank) if no such entry
            return
        super()._set_widget(f, value)

    def value_of(self, name: str) -> Any:
        value = super().value_of(name)
        if self.fields[name].kind == "choice" and value == NOT_SAID:
            return None
        if name == "visit_on" and value is None:
            raise FieldError(name, self.tr("A visit needs its date (YYYY-MM-DD)."))
        return value


class NewDoctorDialog(QDialog):
    """Name (required), specialty, institution and healthcare system of a doctor met at a
    visit; the rest can be filled in on the Doctors tab."""

    FIELDS = ("name", "specialty", "institution", "healthcare_system")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newDoctorDialog")
        self.setWindowTitle(self.tr("New doctor"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("The rest can be filled in on the Doctors tab.")))
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for field, text in zip(
            self.FIELDS,
            (
                self.tr("&Name"),
                self.tr("&Specialty"),
                self.tr("&Institution"),
                self.tr("Healthcare s&ystem"),
            ),
            strict=True,
        ):
            edit = QLineEdit()
            edit.setObjectName(f"newDoctor_{field}")
            edit.setAccessibleName(text.replace("&", ""))
            edit.setMaxLength(1_000_000)
            error = error_label()
            holder = over_error(edit, error)
            form.addRow(text, holder)
            form.labelForField(holder).setBuddy(edit)  # type: ignore[attr-defined]
            self.edits[field], self.errors[field] = edit, error
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self.accept, self.reject))
        self.setMinimumWidth(420)

    def values(self) -> dict[str, Any]:
        return {f: e.text().strip() for f, e in self.edits.items()}

    def accept(self) -> None:
        """Close only with a name the journal can take; say what is wrong next to the field."""
        for error in self.errors.values():
            show_error(error, None)
        try:
            values = self.values()
            if not values["name"]:
                raise FieldError("name", self.tr("A doctor needs a name."))
            check_fields("doctor", dict(values))
        except FieldError as exc:
            show_error(self.errors.get(exc.field, self.errors["name"]), exc.message)
            self.edits.get(exc.field, self.edits["name"]).setFocus()
            return
        super().accept()


class DoctorAtVisitCommand(JournalCommand):
    """Add a doctor met at a visit (stored, linked to the concern, chosen for the visit) as one
    undoable step; undo removes the doctor and gives the visit back its earlier doctor."""

    def __init__(
        self, ctx: JournalContext, visit: Visit, doctor: Doctor, label: str, source: object
    ) -> None:
        super().__init__(ctx, label)
        assert visit.id is not None
        self.visit_id, self.previous = visit.id, visit.doctor_id
        self.doctor = visits.add_doctor_at_visit(ctx.require(), visit.id, doctor)  # may raise
        self.source: object = source  # the tab that shows the result itself, the first time
        self.snapshot: journal_rows.Snapshot | None = None

    def _changed(self) -> None:
        self.ctx.changed("doctor", self.source)
        self.ctx.changed("visit", self.source)
        self.source = None

    def apply(self) -> None:
        if self.snapshot is not None:  # a redo; the first time, the constructor wrote it
            journal_rows.restore(self.ctx.require(), self.snapshot)
            self.snapshot = None
        self._changed()

    def revert(self) -> None:
        assert self.doctor.id is not None
        self.snapshot = visits.undo_doctor_at_visit(
            self.ctx.require(), self.doctor.id, self.visit_id, self.previous
        )
        self._changed()
