"""Records tab > Results: one row per test (latest value, flag, date, trend) and its chart.

Selecting a test shows its values over time with the reference range as a band, and its results
in a table below, where they can be added, edited and deleted by hand (each an undoable step).
The flag is an arrow and a word ("▲ High"), never colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from secondopinion.domain.enums import ResultFlag
from secondopinion.domain.validation import FieldError
from secondopinion.services import results as results_service
from secondopinion.services.errors import in_words
from secondopinion.services.journals import JournalError
from secondopinion.services.results import ResultRow, TestLine
from secondopinion.ui.context import FunctionCommand, JournalContext
from secondopinion.ui.results_chart import ResultChart, TrendDelegate
from secondopinion.ui.table_model import Column, RowTableModel
from secondopinion.ui.widgets import selected_rows, set_column_widths, table_view


def tr(text: str) -> str:
    return QCoreApplication.translate("ResultsPage", text)


def flag_words(flag: ResultFlag) -> str:
    return {
        ResultFlag.HIGH: tr("▲ High"),
        ResultFlag.LOW: tr("▼ Low"),
        ResultFlag.ABNORMAL: tr("◆ Abnormal"),
        ResultFlag.NORMAL: tr("Normal"),
        ResultFlag.NOT_GIVEN: "",
    }[flag]


def _when(r: ResultRow) -> str:
    if r.taken_at is None:
        return ""
    if r.taken_at.hour == 0 and r.taken_at.minute == 0:
        return r.taken_at.date().isoformat()
    return r.taken_at.strftime("%Y-%m-%d %H:%M")


def _python_time(value: QDateTime) -> datetime:
    found = value.toPython()
    assert isinstance(found, datetime)
    return found.replace(second=0, microsecond=0)


class ResultDialog(QDialog):
    """Add or edit one result by hand; a value that is not a number is kept as text."""

    def __init__(
        self,
        parent: QWidget,
        save: Callable[[dict[str, Any]], None],
        result: ResultRow | None = None,
        test: str = "",
    ) -> None:
        """``save`` writes the checked values; when it cannot (a full disk), the dialog stays
        open with everything typed and says why, so Save can be pressed again."""
        super().__init__(parent)
        self.save = save
        self.setObjectName("resultDialog")
        self.setWindowTitle(tr("Edit result") if result is not None else tr("Add result"))
        form = QFormLayout(self)
        self.test = QLineEdit(result.test_name if result else test)
        self.value = QLineEdit(results_service.value_text(result) if result else "")
        self.unit = QLineEdit(result.unit if result else "")
        self.low = QLineEdit(
            f"{result.range_low:g}" if result and result.range_low is not None else ""
        )
        self.high = QLineEdit(
            f"{result.range_high:g}" if result and result.range_high is not None else ""
        )
        self.flag = QComboBox()
        for flag in ResultFlag:
            self.flag.addItem(flag_words(flag) or tr("Not given"), flag.value)
        if result is not None:
            self.flag.setCurrentIndex(max(0, self.flag.findData(result.interpretation)))
        else:
            self.flag.setCurrentIndex(self.flag.findData(ResultFlag.NOT_GIVEN.value))
        self.taken = QDateTimeEdit(
            QDateTime(result.taken_at if result and result.taken_at else datetime.now())  # type: ignore[call-overload]
        )
        self.taken.setCalendarPopup(True)
        self.taken.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.reported = QLineEdit(result.reported_by if result else "")
        self.error = QLabel()
        self.error.setObjectName("resultError")
        self.error.setWordWrap(True)
        for label, widget in (
            (tr("&Test:"), self.test),
            (tr("&Value:"), self.value),
            (tr("&Unit:"), self.unit),
            (tr("Range &low:"), self.low),
            (tr("Range &high:"), self.high),
            (tr("&Flag:"), self.flag),
            (tr("Ta&ken:"), self.taken),
            (tr("&Reported by:"), self.reported),
        ):
            form.addRow(label, widget)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.values: dict[str, Any] = {}
        self.loinc = result.loinc if result else ""

    def _check(self) -> None:
        try:
            self.values = results_service.result_values(
                test_name=self.test.text(),
                value=self.value.text(),
                unit=self.unit.text(),
                range_low=self.low.text(),
                range_high=self.high.text(),
                interpretation=str(self.flag.currentData()),
                taken_at=_python_time(self.taken.dateTime()),
                reported_by=self.reported.text(),
                loinc=self.loinc,
            )
        except FieldError as exc:
            self.error.setText(in_words(exc))
            return
        try:
            self.save(self.values)
        except JournalError as exc:
            self.error.setText(tr("Not saved: {problem}").format(problem=in_words(exc)))
            return
        self.accept()

    def form_values(self) -> dict[str, Any]:
        """The dialog's fields as ``results_service.result_values`` keywords."""
        return {
            "test_name": self.test.text(),
            "value": self.value.text(),
            "unit": self.unit.text(),
            "range_low": self.low.text(),
            "range_high": self.high.text(),
            "interpretation": str(self.flag.currentData()),
            "taken_at": self.values.get("taken_at"),
            "reported_by": self.reported.text(),
            "loinc": self.loinc,
        }


def _restore(journal: Any, key: int, fields: dict[str, Any]) -> None:
    results_service.restore_fields(journal, key, fields)


class ResultsPage(QWidget):
    tables = ("result",)

    def __init__(self, ctx: JournalContext) -> None:
        super().__init__()
        self.setObjectName("resultsPage")
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.tests_model = RowTableModel(
            [
                Column(tr("Test"), lambda t: t.latest.test_name),
                Column(
                    tr("Latest"),
                    lambda t: t.latest.value,
                    display=lambda t: results_service.value_text(t.latest),
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(tr("Unit"), lambda t: t.latest.unit),
                Column(tr("Flag"), lambda t: t.flag.value, display=lambda t: flag_words(t.flag)),
                Column(tr("Range"), lambda t: results_service.range_text(t.latest)),
                Column(
                    tr("Date"),
                    lambda t: t.latest.taken_at,
                    display=lambda t: _when(t.latest)[:10],
                ),
                Column(tr("Trend"), lambda t: t.values, display=lambda t: ""),
            ],
            parent=self,
        )
        self.tests, self.tests_proxy = table_view(
            self.tests_model, "resultsTable", tr("Tests and their latest results")
        )
        self.trend = TrendDelegate(self.tests)
        self.tests.setItemDelegateForColumn(6, self.trend)
        set_column_widths(self.tests, {0: 22, 1: 7, 2: 7, 3: 11, 4: 9, 5: 11, 6: 8})
        self.tests.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tests.selectionModel().currentRowChanged.connect(self._current_changed)

        self.chart = ResultChart()
        self.history_model = RowTableModel(
            [
                Column(tr("Date"), lambda r: r.taken_at, display=_when),
                Column(
                    tr("Value"),
                    lambda r: r.value,
                    display=results_service.value_text,
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(tr("Unit"), lambda r: r.unit),
                Column(tr("Range"), results_service.range_text),
                Column(
                    tr("Flag"),
                    lambda r: results_service.flag_of(r).value,
                    display=lambda r: flag_words(results_service.flag_of(r)),
                ),
                Column(tr("Reported by"), lambda r: r.reported_by),
            ],
            parent=self,
        )
        self.history, self.history_proxy = table_view(
            self.history_model,
            "resultHistory",
            tr("The results of the chosen test"),
            stretch_column=5,
            on_delete=self.delete_selected,
        )
        self.history.doubleClicked.connect(self._double_clicked)
        set_column_widths(self.history, {0: 16, 1: 8, 2: 8, 3: 10, 4: 11})

        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("&Add result…"))
        self.add_button.setObjectName("addResult")
        self.edit_button = QPushButton(tr("&Edit…"))
        self.delete_button = QPushButton(tr("&Delete"))
        self.add_button.setToolTip(tr("Type a result by hand"))
        self.edit_button.setObjectName("editResult")
        self.edit_button.setToolTip(tr("Change the chosen result (or double-click it)"))
        self.delete_button.setObjectName("deleteResult")
        self.delete_button.setToolTip(
            tr("Delete the chosen results (Delete); Ctrl+Z brings them back")
        )
        self.add_button.clicked.connect(self.add_result)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.empty = QLabel(
            tr("No results yet. Import a records file (File > Import records…) or add one.")
        )
        self.empty.setWordWrap(True)

        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(self.chart)
        right.addWidget(self.history)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.tests)
        split.addWidget(right)
        split.setStretchFactor(0, 60)
        split.setStretchFactor(1, 40)
        outer.addWidget(self.empty)
        outer.addWidget(split, 1)
        outer.addLayout(buttons)
        self.current_key = ""

    # --- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        journal = self.ctx.journal
        lines: list[TestLine] = results_service.latest_per_test(journal) if journal else []
        keep = self.current_key
        self.tests_model.set_rows(lines)
        self.empty.setVisible(not lines)
        position = next(
            (i for i, line in enumerate(lines) if line.key == keep), 0 if lines else None
        )
        if position is not None:
            index = self.tests_proxy.mapFromSource(self.tests_model.index(position, 0))
            self.tests.setCurrentIndex(index)
        self._show_test()

    def _current_changed(self, *_: object) -> None:
        self._show_test()

    def _double_clicked(self, *_: object) -> None:
        self.edit_selected()

    def _current_line(self) -> TestLine | None:
        index = self.tests.currentIndex()
        if not index.isValid():
            return None
        line = self.tests_model.row_at(self.tests_proxy.mapToSource(index))
        return line if isinstance(line, TestLine) else None

    def _show_test(self) -> None:
        line = self._current_line()
        journal = self.ctx.journal
        if line is None or journal is None:
            self.current_key = ""
            self.chart.set_results("", [])
            self.history_model.set_rows([])
            return
        self.current_key = line.key
        found = results_service.history(journal, line.key)
        self.chart.set_results(line.latest.test_name, found)
        self.history_model.set_rows(list(reversed(found)))

    def on_data_changed(self, table: str, source: object) -> None:
        if table == "result":
            self.reload()

    def show_item(self, key: int) -> None:
        journal = self.ctx.journal
        found = results_service.get_result(journal, key) if journal else None
        if found is not None:
            self.current_key = results_service.test_key(found)
            self.reload()

    # --- typing by hand -----------------------------------------------------------------------

    def add_result(self) -> None:
        line = self._current_line()

        def save(values: dict[str, Any]) -> None:
            row = results_service.ResultRow(**values)
            self.ctx.add_with_undo(row, tr("Add result"))
            self.current_key = results_service.test_key(row)

        dialog = ResultDialog(self, save, test=line.latest.test_name if line else "")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def _selected(self) -> list[ResultRow]:
        return [
            r
            for r in selected_rows(self.history, self.history_proxy, self.history_model)
            if isinstance(r, ResultRow)
        ]

    def edit_selected(self) -> None:
        chosen = self._selected()
        journal = self.ctx.journal
        if not chosen or journal is None or chosen[0].id is None:
            return
        result = chosen[0]
        key = result.id
        assert key is not None

        def save(values: dict[str, Any]) -> None:
            before = {name: getattr(result, name) for name in values}
            after = dict(values)
            self.ctx.push(
                FunctionCommand(
                    self.ctx,
                    tr("Edit result"),
                    lambda: _restore(journal, key, after),
                    lambda: _restore(journal, key, before),
                    "result",
                )
            )

        ResultDialog(self, save, result).exec()

    def delete_selected(self) -> None:
        keys = [r.id for r in self._selected() if r.id is not None]
        if keys:
            self.ctx.delete_many_with_undo(ResultRow, keys, tr("Delete result"))
