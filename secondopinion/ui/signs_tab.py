"""The Signs tab: the diagnosis in question, why another opinion, the symptom log and its chart."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import col

from secondopinion.domain.validation import FieldError
from secondopinion.store import commands
from secondopinion.store.tables import Concern, Sign, SymptomEntry, TreatmentChange
from secondopinion.ui import labels
from secondopinion.ui.chart import Marker, Point, SeverityChart
from secondopinion.ui.context import JournalContext
from secondopinion.ui.forms import AutoSaveForm, error_label, show_error
from secondopinion.ui.table_model import Column, RowTableModel
from secondopinion.ui.widgets import (
    chars,
    hint,
    section,
    selected_rows,
    set_column_widths,
    table_view,
)

ALL_SYMPTOMS = "\x00all"


class SignsTab(QWidget):
    handles = ("concern", "sign", "symptom_entry", "treatment_change")

    def __init__(self, ctx: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signsTab")
        self.ctx = ctx
        self._build()
        ctx.journal_changed.connect(self.reload)
        ctx.concern_changed.connect(self.reload)
        ctx.data_changed.connect(self._on_data_changed)

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(self._build_diagnosis())
        left_layout.addWidget(self._build_signs(), 1)
        left_layout.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a nameless Tab stop: its fields take it
        scroll.setMinimumWidth(chars(scroll, 43))
        splitter.addWidget(scroll)

        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(self._build_chart())
        right.addWidget(self._build_log())
        right.addWidget(self._build_changes())
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 5)
        right.setStretchFactor(2, 2)
        right.setSizes([300, 420, 180])
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 620])

    def _build_diagnosis(self) -> QWidget:
        box, layout = section(self.tr("The diagnosis in question"))
        form = AutoSaveForm(self.ctx, Concern, box)
        form.add(self.tr("&Title"), "title", tooltip=self.tr("A short name for this concern"))
        form.add(self.tr("Original &diagnosis"), "original_diagnosis")
        form.add(self.tr("Diagnosed &by"), "diagnosed_by", placeholder=self.tr("Doctor, clinic"))
        form.add(self.tr("Diagnosed o&n"), "diagnosed_on", "date")
        form.add(self.tr("&Proposed treatment"), "proposed_treatment", "multiline")
        form.add(
            self.tr("What I want &clarified"),
            "to_clarify",
            "multiline",
            placeholder=self.tr("The question you want the next doctor to answer"),
        )
        form.add(self.tr("&Status"), "status", "choice", choices=labels.choices("concern_status"))
        layout.addLayout(form.layout)
        self.concern_form = form
        return box

    def _build_signs(self) -> QWidget:
        box, layout = section(self.tr("Why I want another opinion"))
        layout.addWidget(hint(self.tr("Tick what applies and say why in the note.")))
        self.signs_model = RowTableModel(
            [
                Column(
                    self.tr("Sign"),
                    value=lambda s: s.ticked,
                    display=lambda s: labels.standard_sign_text(s.standard_key, s.text),
                    field="ticked",
                    checkable=True,
                    tooltip=lambda s: labels.standard_sign_text(s.standard_key, s.text),
                ),
                Column(self.tr("Note"), value=lambda s: s.note, field="note"),
            ],
            on_edit=self._edit_sign,
            parent=self,
        )
        self.signs_view, self.signs_proxy = table_view(
            self.signs_model,
            "signsView",
            self.tr("Signs"),
            stretch_column=1,
            on_delete=self.remove_sign,
        )
        self.signs_view.setSortingEnabled(False)
        self.signs_view.setWordWrap(True)
        set_column_widths(self.signs_view, {0: 36})
        self._fit_signs = QTimer(self)
        self._fit_signs.setSingleShot(True)
        self._fit_signs.setInterval(0)
        self._fit_signs.timeout.connect(self._fit_sign_rows)
        self.signs_view.viewport().installEventFilter(self)  # the note keeps room: eventFilter
        self.signs_view.setMinimumHeight(self.signs_view.fontMetrics().height() * 12)
        self.signs_model.edit_failed.connect(lambda m: show_error(self.signs_error, m))
        self.signs_model.edited.connect(lambda: show_error(self.signs_error, None))
        layout.addWidget(self.signs_view, 1)
        self.signs_error = error_label()
        layout.addWidget(self.signs_error)
        row = QHBoxLayout()
        self.new_sign = QLineEdit()
        self.new_sign.setObjectName("newSign")
        self.new_sign.setPlaceholderText(self.tr("Another reason of my own…"))
        self.new_sign.setAccessibleName(self.tr("New sign"))
        self.new_sign.returnPressed.connect(self.add_sign)
        add = QPushButton(self.tr("&Add sign"))
        add.setObjectName("addSign")
        add.clicked.connect(self.add_sign)
        remove = QPushButton(self.tr("Remove sign"))
        remove.setObjectName("removeSign")
        remove.setToolTip(self.tr("Remove the selected sign of your own (Delete)"))
        remove.clicked.connect(self.remove_sign)
        row.addWidget(self.new_sign, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addLayout(row)
        self.new_sign_error = error_label()
        layout.addWidget(self.new_sign_error)
        return box

    def _build_chart(self) -> QWidget:
        box, layout = section(self.tr("Severity over time"))
        top = QHBoxLayout()
        caption = QLabel(self.tr("Show s&ymptom:"))
        self.symptom_filter = QComboBox()
        self.symptom_filter.setObjectName("symptomFilter")
        self.symptom_filter.setAccessibleName(self.tr("Show symptom"))
        self.symptom_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        caption.setBuddy(self.symptom_filter)
        self.symptom_filter.currentIndexChanged.connect(self._apply_filter)
        top.addWidget(caption)
        top.addWidget(self.symptom_filter)
        top.addStretch(1)
        layout.addLayout(top)
        self.chart = SeverityChart()
        layout.addWidget(self.chart, 1)
        # Under the chart, across its width: beside the filter a large font had no room for it.
        legend = QLabel(self.tr("Dashed lines (T1, T2…) mark treatment changes."))
        legend.setObjectName("chartLegend")
        layout.addWidget(legend)
        return box

    def _build_log(self) -> QWidget:
        box, layout = section(self.tr("Symptom log"))
        add_row = QHBoxLayout()
        self.entry_when = QDateTimeEdit(QDateTime.currentDateTime())
        self.entry_when.setObjectName("entryWhen")
        self.entry_when.setAccessibleName(self.tr("When"))
        self.entry_when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.entry_when.setCalendarPopup(True)
        self.entry_symptom = QComboBox()
        self.entry_symptom.setObjectName("entrySymptom")
        self.entry_symptom.setEditable(True)
        self.entry_symptom.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.entry_symptom.setAccessibleName(self.tr("Symptom"))
        self.entry_symptom.lineEdit().setPlaceholderText(self.tr("Symptom"))
        self.entry_symptom.lineEdit().setMaxLength(1_000_000)
        self.entry_symptom.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.entry_symptom.setMinimumWidth(chars(self.entry_symptom, 20))
        self.entry_severity = QSpinBox()
        self.entry_severity.setObjectName("entrySeverity")
        self.entry_severity.setRange(0, 10)
        self.entry_severity.setValue(5)
        self.entry_severity.setAccessibleName(self.tr("Severity from 0 to 10"))
        self.entry_severity.setToolTip(self.tr("0 = none, 10 = worst imaginable"))
        self.entry_notes = QLineEdit()
        self.entry_notes.setObjectName("entryNotes")
        self.entry_notes.setPlaceholderText(self.tr("Notes"))
        self.entry_notes.setAccessibleName(self.tr("Notes"))
        self.entry_notes.setMaxLength(1_000_000)
        self.entry_notes.returnPressed.connect(self.add_entry)
        self.entry_symptom.lineEdit().returnPressed.connect(self.add_entry)
        add = QPushButton(self.tr("Add &entry"))
        add.setObjectName("addEntry")
        add.clicked.connect(self.add_entry)
        for w in (self.entry_when, self.entry_symptom, self.entry_severity):
            add_row.addWidget(w)
        add_row.addWidget(self.entry_notes, 1)
        add_row.addWidget(add)
        layout.addLayout(add_row)
        self.entry_error = error_label()
        layout.addWidget(self.entry_error)

        self.log_model = RowTableModel(
            [
                Column(
                    self.tr("When"), lambda e: e.recorded_at, field="recorded_at", editor="datetime"
                ),
                Column(self.tr("Symptom"), lambda e: e.symptom, field="symptom"),
                Column(
                    self.tr("Severity"),
                    lambda e: e.severity,
                    field="severity",
                    editor="int:0:10",
                    align=Qt.AlignmentFlag.AlignCenter,
                ),
                Column(self.tr("Notes"), lambda e: e.notes, field="notes"),
            ],
            on_edit=self._edit_entry,
            parent=self,
        )
        self.log_view, self.log_proxy = table_view(
            self.log_model,
            "symptomLog",
            self.tr("Symptom log"),
            stretch_column=3,
            on_delete=self.delete_entries,
        )
        set_column_widths(self.log_view, {0: 19, 1: 21, 2: 10})
        self.log_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.log_model.edit_failed.connect(lambda m: show_error(self.log_error, m))
        self.log_model.edited.connect(self._after_log_edit)
        layout.addWidget(self.log_view, 1)
        self.log_error = error_label()
        layout.addWidget(self.log_error)
        bottom = QHBoxLayout()
        self.log_summary = QLabel()
        self.log_summary.setObjectName("logSummary")
        delete = QPushButton(self.tr("Delete entry"))
        delete.setObjectName("deleteEntry")
        delete.setToolTip(self.tr("Delete the selected entries (Delete); Ctrl+Z brings them back"))
        delete.clicked.connect(self.delete_entries)
        bottom.addWidget(self.log_summary, 1)
        bottom.addWidget(delete)
        layout.addLayout(bottom)
        return box

    def _build_changes(self) -> QWidget:
        box, layout = section(self.tr("Treatment changes"))
        row = QHBoxLayout()
        self.change_date = QDateEdit(QDateTime.currentDateTime().date())
        self.change_date.setObjectName("changeDate")
        self.change_date.setAccessibleName(self.tr("Date of the change"))
        self.change_date.setDisplayFormat("yyyy-MM-dd")
        self.change_date.setCalendarPopup(True)
        self.change_text = QLineEdit()
        self.change_text.setObjectName("changeText")
        self.change_text.setPlaceholderText(self.tr("What changed, e.g. started iron 200 mg"))
        self.change_text.setAccessibleName(self.tr("What changed"))
        self.change_text.setMaxLength(1_000_000)
        self.change_text.returnPressed.connect(self.add_change)
        add = QPushButton(self.tr("Add c&hange"))
        add.setObjectName("addChange")
        add.clicked.connect(self.add_change)
        delete = QPushButton(self.tr("Delete change"))
        delete.setObjectName("deleteChange")
        delete.clicked.connect(self.delete_changes)
        row.addWidget(self.change_date)
        row.addWidget(self.change_text, 1)
        row.addWidget(add)
        row.addWidget(delete)
        layout.addLayout(row)
        self.change_error = error_label()
        layout.addWidget(self.change_error)
        self.changes_model = RowTableModel(
            [
                Column(self.tr("Date"), lambda c: c.changed_on, field="changed_on", editor="date"),
                Column(self.tr("What changed"), lambda c: c.description, field="description"),
            ],
            on_edit=self._edit_change,
            parent=self,
        )
        self.changes_view, self.changes_proxy = table_view(
            self.changes_model,
            "treatmentChanges",
            self.tr("Treatment changes"),
            stretch_column=1,
            on_delete=self.delete_changes,
        )
        set_column_widths(self.changes_view, {0: 16})
        self.changes_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.changes_model.edit_failed.connect(lambda m: show_error(self.change_error, m))
        self.changes_model.edited.connect(self._after_change_edit)
        layout.addWidget(self.changes_view, 1)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The sign column takes at most 60% of the list, so the note stays readable in a
        narrow pane or at a large font; rows grow to the lines the text wraps to."""
        if (
            watched is self.signs_view.viewport()
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
            self._fit_signs.start()  # once the view has laid out its columns for the new width
        return False

    def _fit_sign_rows(self) -> None:
        view = self.signs_view
        width = min(chars(view, 36), view.viewport().width() * 3 // 5)
        if width != view.columnWidth(0):
            view.setColumnWidth(0, width)
        view.resizeRowsToContents()

    def show_item(self, table: str, key: int) -> None:
        """Select the row ``key`` of ``table`` (search results land here)."""
        targets = {
            "sign": (self.signs_model, self.signs_proxy, self.signs_view),
            "symptom_entry": (self.log_model, self.log_proxy, self.log_view),
            "treatment_change": (self.changes_model, self.changes_proxy, self.changes_view),
        }
        if table not in targets:
            self.concern_form.fields["title"].widget.setFocus()
            return
        model, proxy, view = targets[table]
        if table == "symptom_entry":
            self.symptom_filter.setCurrentIndex(0)
        position = model.position_of(key)
        if position is None:
            return
        index = proxy.mapFromSource(model.index(position, 0))
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.setFocus()

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        journal, cid = self.ctx.journal, self.ctx.concern_id
        enabled = journal is not None and cid is not None
        self.setEnabled(enabled)
        if not enabled:
            self.concern_form.load(None)
            for model in (self.signs_model, self.log_model, self.changes_model):
                model.set_rows([])
            self._refresh_chart()
            return
        assert journal is not None
        self.concern_form.load(commands.get(journal, Concern, cid))
        self._load_signs()
        self._load_log()
        self._load_changes()

    def _load_signs(self) -> None:
        journal = self.ctx.require()
        self.signs_model.set_rows(
            commands.rows(
                journal,
                Sign,
                col(Sign.concern_id) == self.ctx.concern_id,
                order_by=[col(Sign.position), col(Sign.id)],
            )
        )
        self.signs_view.resizeRowsToContents()

    def _load_log(self) -> None:
        journal = self.ctx.require()
        entries = commands.rows(
            journal,
            SymptomEntry,
            col(SymptomEntry.concern_id) == self.ctx.concern_id,
            order_by=[col(SymptomEntry.recorded_at)],
        )
        self.log_model.set_rows(entries)
        self._refresh_symptom_names()
        self._refresh_chart()

    def _load_changes(self) -> None:
        journal = self.ctx.require()
        self.changes_model.set_rows(
            commands.rows(
                journal,
                TreatmentChange,
                col(TreatmentChange.concern_id) == self.ctx.concern_id,
                order_by=[col(TreatmentChange.changed_on)],
            )
        )
        self._refresh_chart()

    def _on_data_changed(self, table: str, source: object) -> None:
        if source in (self, self.concern_form) or self.ctx.concern_id is None:
            return
        if table == "sign":
            self._load_signs()
        elif table == "symptom_entry":
            self._load_log()
        elif table == "treatment_change":
            self._load_changes()
        elif table == "concern":
            self.concern_form.load(commands.get(self.ctx.require(), Concern, self.ctx.concern_id))

    def _refresh_symptom_names(self) -> None:
        names = sorted({e.symptom for e in self.log_model.rows}, key=str.casefold)
        current = self.symptom_filter.currentData()
        self.symptom_filter.blockSignals(True)
        self.symptom_filter.clear()
        self.symptom_filter.addItem(self.tr("All symptoms"), ALL_SYMPTOMS)
        for name in names:
            self.symptom_filter.addItem(name, name)
        self.symptom_filter.setCurrentIndex(max(0, self.symptom_filter.findData(current)))
        self.symptom_filter.blockSignals(False)
        typed = self.entry_symptom.currentText()
        self.entry_symptom.clear()
        self.entry_symptom.addItems(names)
        self.entry_symptom.setEditText(typed)
        self._apply_filter()

    def _apply_filter(self) -> None:
        wanted = self.symptom_filter.currentData()
        if wanted in (None, ALL_SYMPTOMS):
            self.log_proxy.set_extra_filter(None)
        else:
            self.log_proxy.set_extra_filter(lambda e: e.symptom == wanted)
        self._refresh_chart()

    def _refresh_chart(self) -> None:
        wanted = self.symptom_filter.currentData()
        points = [
            Point(e.recorded_at, e.symptom, e.severity)
            for e in self.log_model.rows
            if wanted in (None, ALL_SYMPTOMS) or e.symptom == wanted
        ]
        markers = [Marker(c.changed_on, c.description) for c in self.changes_model.rows]
        self.chart.set_data(points, markers)
        shown = self.log_proxy.rowCount()
        total = len(self.log_model.rows)
        self.log_summary.setText(
            self.tr("%n entries", "", total)
            if shown == total
            else self.tr("%1 of %2 entries shown")
            .replace("%1", str(shown))
            .replace("%2", str(total))
        )

    # --- editing -----------------------------------------------------------------------------

    def _concern(self) -> int:
        assert self.ctx.concern_id is not None
        return self.ctx.concern_id

    def _save(self, cls: Any, row: Any, field: str, value: Any) -> Any:
        updated = commands.update(self.ctx.require(), cls, row.id, **{field: value})
        self.ctx.changed(commands.table_of(cls).name, self)
        return updated

    def _edit_sign(self, row: Sign, field: str, value: Any) -> Sign:
        if field == "text" and row.standard_key is not None:
            raise FieldError(field, self.tr("Standard signs cannot be reworded; add your own."))
        return self._save(Sign, row, field, value)  # type: ignore[no-any-return]

    def _edit_entry(self, row: SymptomEntry, field: str, value: Any) -> SymptomEntry:
        if field == "symptom":
            value = str(value).strip()
        return self._save(SymptomEntry, row, field, value)  # type: ignore[no-any-return]

    def _edit_change(self, row: TreatmentChange, field: str, value: Any) -> TreatmentChange:
        return self._save(TreatmentChange, row, field, value)  # type: ignore[no-any-return]

    def _after_log_edit(self) -> None:
        show_error(self.log_error, None)
        self._refresh_symptom_names()

    def _after_change_edit(self) -> None:
        show_error(self.change_error, None)
        self._refresh_chart()

    def add_sign(self) -> None:
        text = self.new_sign.text().strip()
        position = max((s.position for s in self.signs_model.rows), default=-1) + 1
        try:
            self.ctx.add_with_undo(
                Sign(concern_id=self._concern(), text=text, ticked=True, position=position),
                self.tr("Add sign"),
            )
        except FieldError as exc:
            show_error(self.new_sign_error, exc.message)
            return
        show_error(self.new_sign_error, None)
        self.new_sign.clear()

    def remove_sign(self) -> None:
        rows = [
            s
            for s in selected_rows(self.signs_view, self.signs_proxy, self.signs_model)
            if isinstance(s, Sign)
        ]
        if not rows:
            return
        if any(s.standard_key is not None for s in rows):
            show_error(
                self.signs_error,
                self.tr("Standard signs stay in the list; untick them if they do not apply."),
            )
            return
        self.ctx.delete_many_with_undo(Sign, [s.id for s in rows], self.tr("Remove sign"))

    def add_entry(self) -> None:
        when = self.entry_when.dateTime().toPython()
        assert isinstance(when, datetime)
        try:
            self.ctx.add_with_undo(
                SymptomEntry(
                    concern_id=self._concern(),
                    recorded_at=when.replace(second=0, microsecond=0),
                    symptom=self.entry_symptom.currentText().strip(),
                    severity=self.entry_severity.value(),
                    notes=self.entry_notes.text(),
                ),
                self.tr("Add symptom entry"),
            )
        except FieldError as exc:
            show_error(self.entry_error, exc.message)
            return
        show_error(self.entry_error, None)
        self.entry_notes.clear()
        self.entry_when.setDateTime(QDateTime.currentDateTime())

    def delete_entries(self) -> None:
        rows = selected_rows(self.log_view, self.log_proxy, self.log_model)
        if not rows:
            return
        label = self.tr("Delete %n symptom entries", "", len(rows))
        self.ctx.delete_many_with_undo(SymptomEntry, [getattr(e, "id", None) for e in rows], label)

    def add_change(self) -> None:
        try:
            self.ctx.add_with_undo(
                TreatmentChange(
                    concern_id=self._concern(),
                    changed_on=self.change_date.date().toPython(),  # type: ignore[arg-type]
                    description=self.change_text.text().strip(),
                ),
                self.tr("Add treatment change"),
            )
        except FieldError as exc:
            show_error(self.change_error, exc.message)
            return
        show_error(self.change_error, None)
        self.change_text.clear()

    def delete_changes(self) -> None:
        rows = selected_rows(self.changes_view, self.changes_proxy, self.changes_model)
        if not rows:
            return
        label = self.tr("Delete treatment change")
        self.ctx.delete_many_with_undo(
            TreatmentChange, [getattr(c, "id", None) for c in rows], label
        )
