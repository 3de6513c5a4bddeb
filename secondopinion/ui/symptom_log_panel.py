"""The Signs tab's symptom log and the severity chart drawn from it (with its symptom filter).

A widget of its own (the log) with a second one it fills, ``chart_box`` (the filter, the chart,
its legend), which the tab places where it wants. Given the journal context, it shows the log of
the concern the tab asks for (``load``), sorted, filtered and read a page at a time in SQL
(``services.symptom_log``); adds, edits and deletes entries as undoable steps; and marks on the
chart what ``set_markers`` says (the treatment changes). Its words keep the tab's context.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from secondopinion.services import symptom_log
from secondopinion.services.journal_rows import SymptomEntry
from secondopinion.services.symptom_log import SORT_FIELDS, LogView
from secondopinion.ui.chart import Marker, Point, SeverityChart
from secondopinion.ui.forms import error_label, show_error
from secondopinion.ui.journal_panel import JournalPanel, add_row, delete_selected, save_change
from secondopinion.ui.journal_tab import select_row
from secondopinion.ui.paged_model import PagedRowModel, QuerySortProxy
from secondopinion.ui.table_model import Column
from secondopinion.ui.widgets import chars, section, set_column_widths, table_view

ALL_SYMPTOMS = "\x00all"


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Counts go through here: lupdate files a bare tr("%n …", "", n) as a plural message, not a
    four-argument QCoreApplication.translate."""
    return QCoreApplication.translate("SignsTab", text, disambiguation or None, n)


class SymptomLogPanel(JournalPanel):
    def _build(self) -> QWidget:
        self.markers: list[Marker] = []
        self.chart_box = self._build_chart()
        return self._build_log()

    def _build_chart(self) -> QWidget:
        box, layout = section(QCoreApplication.translate("SignsTab", "Severity over time"))
        top = QHBoxLayout()
        caption = QLabel(QCoreApplication.translate("SignsTab", "Show s&ymptom:"))
        self.symptom_filter = QComboBox()
        self.symptom_filter.setObjectName("symptomFilter")
        self.symptom_filter.setAccessibleName(
            QCoreApplication.translate("SignsTab", "Show symptom")
        )
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
        legend = QLabel(
            QCoreApplication.translate("SignsTab", "Dashed lines (T1, T2…) mark treatment changes.")
        )
        legend.setObjectName("chartLegend")
        layout.addWidget(legend)
        return box

    def _build_log(self) -> QWidget:
        box, layout = section(QCoreApplication.translate("SignsTab", "Symptom log"))
        fields = QHBoxLayout()
        self.entry_when = QDateTimeEdit(QDateTime.currentDateTime())
        self.entry_when.setObjectName("entryWhen")
        self.entry_when.setAccessibleName(QCoreApplication.translate("SignsTab", "When"))
        self.entry_when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.entry_when.setCalendarPopup(True)
        self.entry_symptom = QComboBox()
        self.entry_symptom.setObjectName("entrySymptom")
        self.entry_symptom.setEditable(True)
        self.entry_symptom.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.entry_symptom.setAccessibleName(QCoreApplication.translate("SignsTab", "Symptom"))
        self.entry_symptom.lineEdit().setPlaceholderText(
            QCoreApplication.translate("SignsTab", "Symptom")
        )
        self.entry_symptom.lineEdit().setMaxLength(1_000_000)
        self.entry_symptom.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.entry_symptom.setMinimumWidth(chars(self.entry_symptom, 20))
        self.entry_severity = QSpinBox()
        self.entry_severity.setObjectName("entrySeverity")
        self.entry_severity.setRange(0, 10)
        self.entry_severity.setValue(5)
        self.entry_severity.setAccessibleName(
            QCoreApplication.translate("SignsTab", "Severity from 0 to 10")
        )
        self.entry_severity.setToolTip(
            QCoreApplication.translate("SignsTab", "0 = none, 10 = worst imaginable")
        )
        self.entry_notes = QLineEdit()
        self.entry_notes.setObjectName("entryNotes")
        self.entry_notes.setPlaceholderText(QCoreApplication.translate("SignsTab", "Notes"))
        self.entry_notes.setAccessibleName(QCoreApplication.translate("SignsTab", "Notes"))
        self.entry_notes.setMaxLength(1_000_000)
        self.entry_notes.returnPressed.connect(self.add_entry)
        self.entry_symptom.lineEdit().returnPressed.connect(self.add_entry)
        add = QPushButton(QCoreApplication.translate("SignsTab", "Add &entry"))
        add.setObjectName("addEntry")
        add.clicked.connect(self.add_entry)
        for w in (self.entry_when, self.entry_symptom, self.entry_severity):
            fields.addWidget(w)
        fields.addWidget(self.entry_notes, 1)
        fields.addWidget(add)
        layout.addLayout(fields)
        self.entry_error = error_label()
        layout.addWidget(self.entry_error)

        self._adding_entry = False
        self.log_model = PagedRowModel(
            [
                Column(
                    QCoreApplication.translate("SignsTab", "When"),
                    lambda e: e.recorded_at,
                    field="recorded_at",
                    editor="datetime",
                ),
                Column(
                    QCoreApplication.translate("SignsTab", "Symptom"),
                    lambda e: e.symptom,
                    field="symptom",
                ),
                Column(
                    QCoreApplication.translate("SignsTab", "Severity"),
                    lambda e: e.severity,
                    field="severity",
                    editor="int:0:10",
                    align=Qt.AlignmentFlag.AlignCenter,
                ),
                Column(
                    QCoreApplication.translate("SignsTab", "Notes"),
                    lambda e: e.notes,
                    field="notes",
                ),
            ],
            on_edit=self._edit_entry,
            parent=self,
        )
        # Sorted and filtered in SQL, read a page at a time (services.symptom_log).
        self.log_proxy: QuerySortProxy = QuerySortProxy(self._resort_log, self)
        self.log_proxy.setSourceModel(self.log_model)
        self.log_view, _proxy = table_view(
            self.log_model,
            "symptomLog",
            QCoreApplication.translate("SignsTab", "Symptom log"),
            stretch_column=3,
            on_delete=self.delete_entries,
            proxy=self.log_proxy,
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
        delete = QPushButton(QCoreApplication.translate("SignsTab", "Delete entry"))
        delete.setObjectName("deleteEntry")
        delete.setToolTip(
            QCoreApplication.translate(
                "SignsTab", "Delete the selected entries (Delete); Ctrl+Z brings them back"
            )
        )
        delete.clicked.connect(self.delete_entries)
        bottom.addWidget(self.log_summary, 1)
        bottom.addWidget(delete)
        layout.addLayout(bottom)
        return box

    def load(self, concern_id: int | None) -> None:
        """Show the log of ``concern_id`` (none: an empty log and chart)."""
        self.concern_id = concern_id
        self._load_log()

    def reload(self) -> None:
        """Read the log again (another view changed it), unless it is our own new entry."""
        if not self._adding_entry:  # add_entry shows its entry itself
            self._load_log()

    def set_markers(self, markers: Sequence[Marker]) -> None:
        """Mark ``markers`` (the treatment changes) on the chart."""
        self.markers = list(markers)
        self.chart.set_markers(self.markers)

    def show_row(self, key: int) -> None:
        """Select the entry ``key``, all symptoms shown, its page read (search results)."""
        self.symptom_filter.setCurrentIndex(0)
        self._load_entry(key)
        select_row(self.log_view, self.log_proxy, self.log_model, key, focus=True)

    def _log_view(self) -> LogView | None:
        """Which entries the log shows, in which order; None without a concern."""
        cid = self.concern_id
        if self.ctx.journal is None or cid is None:
            return None
        column, descending = self.log_proxy.sorted_by
        return LogView(cid, self._wanted_symptom(), SORT_FIELDS[column], descending)

    def _wanted_symptom(self) -> str | None:
        wanted = self.symptom_filter.currentData()
        return None if wanted in (None, ALL_SYMPTOMS) else str(wanted)

    def _reload_log_rows(self) -> None:
        view = self._log_view()
        if view is None:
            self.log_model.set_source(lambda _offset, _limit: [], 0)
            return
        journal = self.ctx.require()
        total = symptom_log.count_entries(journal, view.concern_id, view.symptom)
        self.log_model.set_source(
            lambda offset, limit: symptom_log.log_page(journal, view, offset, limit), total
        )

    def _resort_log(self, _column: int, _descending: bool) -> None:
        self._reload_log_rows()

    def _load_entry(self, key: int) -> None:
        """Read the log's pages down to the entry ``key``, so it can be shown and selected."""
        view = self._log_view()
        if view is None or self.log_model.position_of(key) is not None:
            return
        position = symptom_log.position_in_log(self.ctx.require(), view, key)
        if position is not None:
            self.log_model.load_through(position)

    def _load_log(self) -> None:
        self._refresh_symptom_names()
        self._reload_log_rows()
        self._refresh_chart()

    def _refresh_symptom_names(self) -> None:
        journal, cid = self.ctx.journal, self.concern_id
        names = symptom_log.symptom_names(journal, cid) if journal and cid is not None else []
        current = self.symptom_filter.currentData()
        self.symptom_filter.blockSignals(True)
        self.symptom_filter.clear()
        self.symptom_filter.addItem(
            QCoreApplication.translate("SignsTab", "All symptoms"), ALL_SYMPTOMS
        )
        for name in names:
            self.symptom_filter.addItem(name, name)
        self.symptom_filter.setCurrentIndex(max(0, self.symptom_filter.findData(current)))
        self.symptom_filter.blockSignals(False)
        typed = self.entry_symptom.currentText()
        self.entry_symptom.clear()
        self.entry_symptom.addItems(names)
        self.entry_symptom.setEditText(typed)

    def _add_symptom_name(self, name: str) -> None:
        """A symptom logged for the first time joins the filter and the entry's list where
        reading the names again would put it (``symptom_log.symptom_names``' order)."""
        names = [
            str(self.symptom_filter.itemData(i)) for i in range(1, self.symptom_filter.count())
        ]
        at = bisect.bisect([(n.casefold(), n) for n in names], (name.casefold(), name))
        self.symptom_filter.blockSignals(True)
        self.symptom_filter.insertItem(at + 1, name, name)  # after "All symptoms"
        self.symptom_filter.blockSignals(False)
        typed = self.entry_symptom.currentText()
        self.entry_symptom.insertItem(at, name)
        self.entry_symptom.setEditText(typed)

    def _apply_filter(self) -> None:
        self._reload_log_rows()
        self._refresh_chart()

    def _refresh_chart(self) -> None:
        journal, cid = self.ctx.journal, self.concern_id
        if journal is not None and cid is not None:
            source = symptom_log.LogChart(journal, cid, self._wanted_symptom())
            self.chart.set_source(source, self.markers)
        else:
            self.chart.set_data([], self.markers)
        self._show_counts()

    def _show_counts(self) -> None:
        journal, cid = self.ctx.journal, self.concern_id
        has_log = journal is not None and cid is not None
        wanted = self._wanted_symptom()
        shown = self.log_model.total
        total = (
            symptom_log.count_entries(journal, cid)  # type: ignore[arg-type]
            if has_log and wanted is not None
            else shown
        )
        self.log_summary.setText(
            tr("%n entries", "", total)
            if shown == total
            else tr("%1 of %n entries shown", "", total).replace("%1", str(shown))
        )

    def _edit_entry(self, row: SymptomEntry, field: str, value: Any) -> SymptomEntry:
        if field == "symptom":
            value = str(value).strip()
        return save_change(self.ctx, row, field, value, self)  # type: ignore[no-any-return]

    def _after_log_edit(self) -> None:
        """The edited row stays where it is (rows move on the next sort or reload); the names,
        the chart and the counts follow at once."""
        show_error(self.log_error, None)
        self._refresh_symptom_names()
        self._refresh_chart()

    def add_entry(self) -> None:
        when = self.entry_when.dateTime().toPython()
        assert isinstance(when, datetime) and self.concern_id is not None
        entry = SymptomEntry(
            concern_id=self.concern_id,
            recorded_at=when.replace(second=0, microsecond=0),
            symptom=self.entry_symptom.currentText().strip(),
            severity=self.entry_severity.value(),
            notes=self.entry_notes.text(),
        )
        label = QCoreApplication.translate("SignsTab", "Add symptom entry")
        self._adding_entry = True  # shown below, without reading the log again
        try:
            added = add_row(self.ctx, entry, label, self.entry_error)
        finally:
            self._adding_entry = False
        if added is None:
            return
        self.entry_notes.clear()
        self.entry_when.setDateTime(QDateTime.currentDateTime())
        self._show_added(added)

    def _show_added(self, entry: SymptomEntry) -> None:
        """The entry just typed takes its place in the log (what is read already stays), its
        symptom joins the lists if it is new, the counts and the chart follow."""
        if self.symptom_filter.findData(entry.symptom) < 0:
            self._add_symptom_name(entry.symptom)
        view = self._log_view()
        if view is not None and view.shows(entry):
            model = self.log_model
            position = symptom_log.position_among(view, model.rows, entry)
            if position < len(model.rows) or len(model.rows) == model.total:
                model.insert_row(position, entry)
            else:
                model.total += 1  # below what is read: its page brings it
        if self._wanted_symptom() in (None, entry.symptom):
            self.chart.add(Point(entry.recorded_at, entry.symptom, entry.severity))
        self._show_counts()

    def delete_entries(self) -> None:
        delete_selected(
            self.ctx,
            SymptomEntry,
            self.log_view,
            self.log_proxy,
            self.log_model,
            lambda n: tr("Delete %n symptom entries", "", n),
        )
