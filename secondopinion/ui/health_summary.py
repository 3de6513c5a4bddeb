"""The health summary page of the Records tab: the person, medications, allergies, conditions,
procedures. Kept once per journal, whatever concern is shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from secondopinion.domain.validation import FieldError, parse_date
from secondopinion.services import records
from secondopinion.services.errors import in_words
from secondopinion.services.journal_rows import Allergy, Condition, Medication, Procedure
from secondopinion.services.journals import ChangeRefused, JournalError
from secondopinion.ui import labels
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import SAVE_DELAY_MS, error_label, not_saved_message, show_error
from secondopinion.ui.summary_list import ListSection, ListSpec
from secondopinion.ui.table_model import Column
from secondopinion.ui.view_helpers import counted, warning_icon
from secondopinion.ui.widgets import chars


class PersonEditor(QWidget):
    """Name and date of birth, saved as typed; the person is created on the first edit."""

    def __init__(self, ctx: JournalContext, today: Callable[[], date]) -> None:
        super().__init__()
        self.ctx, self.today = ctx, today
        self.pending: set[str] = set()
        self.loading = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        self.name = QLineEdit()
        self.name.setObjectName("personName")
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("The person this journal is about"))
        self.name.setMaxLength(1_000_000)  # the store says what fits, with a message
        self.name.setMinimumWidth(chars(self.name, 23))
        self.name.setMaximumWidth(chars(self.name, 60))
        self.birth = QLineEdit()
        self.birth.setObjectName("personBirth")
        self.birth.setAccessibleName(self.tr("Date of birth"))
        self.birth.setPlaceholderText("YYYY-MM-DD")
        self.birth.setMaximumWidth(self.birth.fontMetrics().horizontalAdvance("0000-00-00") + 40)
        self.age = QLabel()
        self.age.setObjectName("personAge")
        self.name_error, self.birth_error = error_label(), error_label()
        name_caption, birth_caption = QLabel(self.tr("&Name:")), QLabel(self.tr("Date of &birth:"))
        name_caption.setBuddy(self.name)
        birth_caption.setBuddy(self.birth)
        grid.addWidget(name_caption, 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(birth_caption, 0, 2)
        grid.addWidget(self.birth, 0, 3)
        grid.addWidget(self.age, 0, 4)
        self.contact = QPushButton(self.tr("Contact &details…"))
        self.contact.setObjectName("personContact")
        self.contact.setToolTip(
            self.tr("Address, phone and email for request letters, and the law they cite")
        )
        self.contact.clicked.connect(self.edit_contact)
        grid.addWidget(self.contact, 0, 5)
        grid.addWidget(self.name_error, 1, 1)
        grid.addWidget(self.birth_error, 1, 2, 1, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(6, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        for field, edit in (("name", self.name), ("date_of_birth", self.birth)):
            edit.textEdited.connect(lambda _t, f=field: self._changed(f))
            edit.installEventFilter(self)
        ctx.register_flush(self.flush, self.discard)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.pending:
            self.flush()
        return False

    def edit_contact(self) -> None:
        from secondopinion.ui.person_contact import ContactDialog

        self.flush()
        ContactDialog(self.ctx, self.today, self).exec()

    def _changed(self, field: str) -> None:
        if not self.loading:
            self.pending.add(field)
            self.timer.start()

    def load(self) -> None:
        self.flush()
        journal = self.ctx.journal
        found = records.person(journal) if journal is not None else None
        self.loading = True
        try:
            name = found.name if found else ""
            birth = found.date_of_birth.isoformat() if found and found.date_of_birth else ""
            # A field whose text could not be written yet keeps it (and its message).
            if "name" not in self.pending and self.name.text() != name:
                self.name.setText(name)
            if "date_of_birth" not in self.pending and self.birth.text() != birth:
                self.birth.setText(birth)
            if "name" not in self.pending:
                show_error(self.name_error, None)
            if "date_of_birth" not in self.pending:
                show_error(self.birth_error, None)
            self._show_age(found.date_of_birth if found else None)
        finally:
            self.loading = False

    def _show_age(self, born: date | None) -> None:
        if born is None:
            self.age.clear()
            return
        today = self.today()
        years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        self.age.setText(
            counted(years, self.tr("(1 year old)"), self.tr("(%n years old)", "", years))
        )

    def flush(self) -> None:
        """Write the changed fields; one whose write fails keeps its text, says so, and is
        tried again on the next flush (``AutoSaveForm`` does the same)."""
        self.timer.stop()
        journal = self.ctx.journal
        if not self.pending or journal is None:
            return
        saved = False
        problem: str | None = None
        for field in sorted(self.pending):
            error = self.name_error if field == "name" else self.birth_error
            try:
                if field == "name":
                    records.save_person(journal, self.today(), name=self.name.text())
                else:
                    born = parse_date(field, self.birth.text())
                    row = records.save_person(journal, self.today(), date_of_birth=born)
                    self._show_age(row.date_of_birth)
            except FieldError as exc:
                show_error(error, exc.message)
                self.pending.discard(field)
                continue
            except ChangeRefused as exc:
                show_error(error, in_words(exc))
                self.pending.discard(field)
                continue
            except JournalError as exc:
                problem = in_words(exc)
                show_error(error, not_saved_message(problem))
                continue
            self.pending.discard(field)
            show_error(error, None)
            saved = True
        self.ctx.note_unsaved(self, problem)
        if saved:
            self.ctx.changed("person", self)

    def discard(self) -> None:
        """Forget what could not be written (the person chose Discard)."""
        self.timer.stop()
        self.pending.clear()
        show_error(self.name_error, None)
        show_error(self.birth_error, None)
        self.ctx.note_unsaved(self, None)


class HealthSummary(QWidget):
    """What every new doctor asks first; the packet's health summary comes from here."""

    tables = ("person", "medication", "allergy", "condition", "procedure")

    def __init__(self, ctx: JournalContext, today: Callable[[], date]) -> None:
        super().__init__()
        self.setObjectName("healthSummary")
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.person = PersonEditor(ctx, today)
        top.addWidget(self.person, 1)
        top.addSpacing(12)
        caption = QLabel(self.tr("F&ilter:"))
        self.filter = QLineEdit()
        self.filter.setObjectName("healthFilter")
        self.filter.setAccessibleName(self.tr("Filter the health summary"))
        self.filter.setPlaceholderText(self.tr("Text in any list…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(chars(self.filter, 24))
        self.filter.setMaximumWidth(chars(self.filter, 34))
        caption.setBuddy(self.filter)
        self.filter.textChanged.connect(self._apply_filter)
        top.addWidget(caption)
        top.addWidget(self.filter)
        outer.addLayout(top)

        self.sections = {
            s.table: s for s in (ListSection(ctx, spec, self) for spec in self._specs())
        }
        # Two rows: what a doctor asks first (medications, allergies), then the history.
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        for names, sizes in ((("medication", "allergy"), [64, 36]),
                             (("condition", "procedure"), [45, 55])):  # fmt: skip
            row = QSplitter(Qt.Orientation.Horizontal)
            row.setChildrenCollapsible(False)
            for name in names:
                row.addWidget(self.sections[name])
            for i, size in enumerate(sizes):
                row.setStretchFactor(i, size)
            split.addWidget(row)
        outer.addWidget(split, 1)

    def _specs(self) -> list[ListSpec]:
        tr = self.tr
        severity = labels.choices("allergy_severity")
        return [
            ListSpec(
                Medication,
                "medications",
                tr("Medications"),
                [
                    Column(tr("Medication"), lambda m: m.name, field="name"),
                    Column(tr("Dose"), lambda m: m.dose, field="dose"),
                    Column(tr("How taken"), lambda m: m.how_taken, field="how_taken"),
                    Column(tr("Since"), lambda m: m.since, field="since"),
                    Column(
                        tr("Until"),
                        lambda m: m.until,
                        display=lambda m: m.until or tr("still taking"),
                        field="until",
                    ),
                    Column(tr("Why"), lambda m: m.reason, field="reason"),
                ],
                "name",
                tr("Add a medication by name…"),
                tr("&Add medication"),
                tr(
                    "No medications yet. Type a name below and press Enter; then double-click "
                    "a cell (or press F2) to add the dose, how it is taken and why."
                ),
                tr("Add medication"),
                tr("Delete medication"),
                widths=(20, 11, 21, 9, 12),
            ),
            ListSpec(
                Allergy,
                "allergies",
                tr("Allergies"),
                [
                    Column(tr("Substance"), lambda a: a.substance, field="substance"),
                    Column(tr("Reaction"), lambda a: a.reaction, field="reaction"),
                    Column(
                        tr("Severity"),
                        lambda a: a.severity,
                        field="severity",
                        editor="choice",
                        choices=severity,
                        icon=lambda a: warning_icon() if a.severity == "severe" else None,
                    ),
                ],
                "substance",
                tr("Add an allergy…"),
                tr("Add a&llergy"),
                tr("No allergies noted. Add one below, or leave it empty if you have none."),
                tr("Add allergy"),
                tr("Delete allergy"),
                widths=(17, 0, 13),
                stretch=1,
            ),
            ListSpec(
                Condition,
                "conditions",
                tr("Other conditions"),
                [
                    Column(tr("Condition"), lambda c: c.name, field="name"),
                    Column(tr("Since"), lambda c: c.since, field="since"),
                    Column(tr("Notes"), lambda c: c.notes, field="notes"),
                ],
                "name",
                tr("Add a condition…"),
                tr("Add condi&tion"),
                tr("No other conditions. Add long-term ones (asthma, diabetes…) below."),
                tr("Add condition"),
                tr("Delete condition"),
                widths=(21, 9),
            ),
            ListSpec(
                Procedure,
                "procedures",
                tr("Procedures and surgeries"),
                [
                    Column(tr("Procedure"), lambda p: p.what, field="what"),
                    Column(tr("When"), lambda p: p.when, field="when"),
                    Column(tr("Where"), lambda p: p.where, field="where"),
                    Column(tr("Notes"), lambda p: p.notes, field="notes"),
                ],
                "what",
                tr("Add a procedure or surgery…"),
                tr("Add &procedure"),
                tr("No past procedures or surgeries. Add them below, with when and where."),
                tr("Add procedure"),
                tr("Delete procedure"),
                widths=(21, 10, 19),
            ),
        ]

    def reload(self) -> None:
        self.person.load()
        for section in self.sections.values():
            section.reload()

    def on_data_changed(self, table: str, source: object) -> None:
        if source is self or source is self.person:
            return
        if table == "person":
            self.person.load()
        elif table in self.sections:
            self.sections[table].reload()

    def _apply_filter(self, text: str) -> None:
        for section in self.sections.values():
            section.proxy.setFilterFixedString(text)

    def show_item(self, table: str, key: int) -> None:
        if table == "person":
            self.person.name.setFocus()
            return
        section = self.sections.get(table)
        if section is None:
            return
        if not section.select(key):
            self.filter.clear()
            section.select(key)
        section.view.setFocus()
