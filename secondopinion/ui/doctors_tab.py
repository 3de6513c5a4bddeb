"""The Doctors tab: the shortlist sorted by fit, and everything known about each doctor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QWidget,
)

from secondopinion.domain.validation import FieldError
from secondopinion.services import doctors as service
from secondopinion.services.doctors import DoctorListing
from secondopinion.services.journal_rows import Doctor
from secondopinion.services.journals import JournalError
from secondopinion.ui import labels, theme
from secondopinion.ui.context import AddCommand, JournalContext
from secondopinion.ui.doctor_detail import DoctorDetail
from secondopinion.ui.forms import show_error
from secondopinion.ui.journal_tab import follow_journal, select_else_unfilter, side_by_side
from secondopinion.ui.list_detail import ListDetail, filter_edit, filter_row
from secondopinion.ui.paged_model import QuerySortProxy
from secondopinion.ui.sorted_rows import SortedRowModel
from secondopinion.ui.table_model import Column
from secondopinion.ui.widgets import (
    chars,
    hint,
    quick_add_row,
    section,
    set_column_widths,
    table_view,
)

FIT_COLUMN = 1


class DoctorsTab(QWidget):
    handles = ("doctor", "doctor_concern")

    def __init__(self, ctx: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doctorsTab")
        self.ctx = ctx
        self._build()
        follow_journal(ctx, self.reload, self._on_data_changed)

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        splitter = side_by_side(self)
        splitter.addWidget(self._build_list())
        self.detail = DoctorDetail(self.ctx)
        self.detail.links_changed.connect(self._links_changed)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 420])

    def _build_list(self) -> QWidget:
        box, layout = section(self.tr("Doctors to consider and doctors seen"))
        # A thousand doctors: sorted in one pass of Python's sort, not by a proxy's lessThan.
        self.model = SortedRowModel(self._columns(), parent=self)
        self.view, self.proxy = table_view(
            self.model,
            "doctorsView",
            self.tr("Doctors"),
            stretch_column=4,
            on_delete=self.delete,
            proxy=QuerySortProxy(self.model.sort_rows, self),
        )
        self.filter = filter_edit(
            self.proxy,
            self.tr("Filter by name, specialty, place…"),
            self.tr("Filter doctors"),
            "doctorFilter",
        )
        self.show_all = QCheckBox(self.tr("Show doctors for &all concerns"))
        self.show_all.setObjectName("showAllDoctors")
        self.show_all.toggled.connect(self._apply_scope)
        self._scope: tuple[bool, int | None] | None = None  # (all concerns, concern) filtered
        layout.addLayout(filter_row(self.tr("Fil&ter:"), self.filter, self.show_all))
        self.empty = hint("")
        self.empty.setObjectName("doctorsEmpty")
        layout.addWidget(self.empty)
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(chars(header, 9))  # the names keep a few letters
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # name and system share
        set_column_widths(self.view, {1: 8, 2: 16, 3: 20, 5: 12})
        self.view.sortByColumn(FIT_COLUMN, Qt.SortOrder.DescendingOrder)
        layout.addWidget(self.view, 1)
        self.current = ListDetail(self.view, self.proxy, self.model, self)
        self.current.current_changed.connect(self._show_doctor)
        self.proxy.rowsInserted.connect(self._update_summary)
        self.proxy.rowsRemoved.connect(self._update_summary)
        self.proxy.modelReset.connect(self._update_summary)
        self.proxy.layoutChanged.connect(self._update_summary)

        quick = quick_add_row(
            self.tr("&New doctor:"),
            "newDoctorName",
            self.tr("New doctor's name"),
            self.tr("Name, e.g. Dr. Ana Lindqvist"),
            "addDoctor",
            self.tr("Add the doctor to this concern (Enter)"),
            self.add,
        )
        self.new_name = quick.field
        delete = QPushButton(self.tr("Delete"))
        delete.setObjectName("deleteDoctor")
        delete.setToolTip(self.tr("Delete the selected doctor (Delete); Ctrl+Z brings them back"))
        delete.clicked.connect(self.delete)
        quick.row.addWidget(delete)
        layout.addLayout(quick.row)
        self.new_error = quick.error
        layout.addWidget(self.new_error)
        self.summary = QLabel()
        self.summary.setObjectName("doctorsSummary")
        layout.addWidget(self.summary)
        return box

    def _columns(self) -> list[Column]:
        return [
            Column(
                self.tr("Name"),
                lambda d: d.doctor.name,
                tooltip=lambda d: ", ".join(
                    t for t in (d.doctor.name, d.doctor.specialty, d.doctor.institution) if t
                ),
            ),
            Column(
                self.tr("Fit"),
                lambda d: d.fit,
                display=lambda d: self.tr("%1 of 4").replace("%1", str(d.fit)),
                tooltip=self._fit_tooltip,
                align=Qt.AlignmentFlag.AlignCenter,
            ),
            Column(self.tr("Specialty"), lambda d: d.doctor.specialty),
            Column(
                self.tr("Institution"),
                lambda d: d.doctor.institution,
                tooltip=lambda d: d.doctor.institution or None,
            ),
            Column(
                self.tr("Healthcare system"),
                lambda d: d.doctor.healthcare_system,
                display=self._system_text,
                tooltip=lambda d: self.detail.flag_text(d) if d.same_system else None,
                foreground=lambda d: self._warning_brush() if d.same_system else None,
                icon=lambda d: self._warning_icon() if d.same_system else None,
            ),
            Column(
                self.tr("Status"),
                lambda d: d.doctor.status,
                display=lambda d: labels.label("doctor_status", d.doctor.status),
            ),
        ]

    # --- showing -----------------------------------------------------------------------------

    def _warning_brush(self) -> QBrush:
        return QBrush(theme.colour(theme.Tone.WARNING))  # the scheme's shade, read when drawn

    def _warning_icon(self) -> Any:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def _system_text(self, d: DoctorListing) -> str:
        if d.same_system:
            return self.tr("%1 — same as original").replace("%1", d.doctor.healthcare_system)
        return d.doctor.healthcare_system

    def _fit_tooltip(self, d: DoctorListing) -> str:
        names = {
            "other_system": self.tr("another healthcare system"),
            "specialises": self.tr("specialises in this condition"),
            "complex_cases": self.tr("complex or rare cases"),
            "teaching_hospital": self.tr("teaching or research hospital"),
        }
        met = [names[c] for c in service.CRITERIA if getattr(d.doctor, c)]
        if d.contradicts:
            met.remove(names["other_system"])
        return self.tr("Meets: %1").replace("%1", ", ".join(met)) if met else self.tr("None met")

    def reload(self) -> None:
        journal, cid = self.ctx.journal, self.ctx.concern_id
        self.setEnabled(journal is not None and cid is not None)
        if journal is None or cid is None:
            self.current.set_rows([])
            self._show_doctor(None)
            return
        shown = self.current.key
        # The new rows come filtered for this concern: the first one shown is chosen once,
        # not a doctor of all concerns first and then the concern's.
        self._filter_scope()
        self.current.set_rows(service.list_doctors(journal, cid))
        self._scope_chosen()
        if self.current.key == shown:  # another doctor was shown (and read) in their place
            self.detail.refresh(self.current.current())

    def _filter_scope(self) -> None:
        scope = (self.show_all.isChecked(), self.ctx.concern_id)
        if scope == self._scope:
            return
        self._scope = scope
        cid = self.ctx.concern_id
        if self.show_all.isChecked():
            self.proxy.set_extra_filter(None)
        else:
            self.proxy.set_extra_filter(lambda d: cid in d.concern_ids)

    def _apply_scope(self) -> None:
        self._filter_scope()
        self._scope_chosen()

    def _scope_chosen(self) -> None:
        self.current.reselect()
        if self.current.key is None:
            self.current.select_first()
        self._update_summary()

    def _update_summary(self, *_args: Any) -> None:
        total = sum(
            1
            for d in self.model.rows
            if self.show_all.isChecked() or self.ctx.concern_id in d.concern_ids
        )
        shown = self.proxy.rowCount()
        if not self.model.rows:
            text = self.tr(
                "No doctors yet. Type the name of a doctor you are considering below and press "
                "Enter; then fill in the details and tick the criteria on the right."
            )
        elif total == 0:
            text = self.tr(
                "No doctors for this concern yet. Add one below, or tick “Show doctors for all "
                "concerns” to choose one you already know."
            )
        elif shown == 0:
            text = self.tr("No doctor matches the filter.")
        else:
            text = ""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))
        flagged = sum(1 for d in self.model.rows if d.same_system and self._in_scope(d))
        parts = [
            self.tr("%n doctors", "", total)
            if shown == total
            else self.tr("%1 of %n doctors shown", "", total).replace("%1", str(shown))
        ]
        if flagged:
            parts.append(self.tr("⚠ %n in the original diagnosis's healthcare system", "", flagged))
        self.summary.setText(" · ".join(parts))

    def _in_scope(self, d: DoctorListing) -> bool:
        return self.show_all.isChecked() or self.ctx.concern_id in d.concern_ids

    def _show_doctor(self, _key: Any) -> None:
        self.detail.show_doctor(self.current.current())

    def field(self, name: str) -> QWidget:
        """The detail widget editing ``name`` (tests and show_item use it)."""
        widget: QWidget = self.detail.field(name)
        return widget

    def show_item(self, table: str, key: int) -> None:
        """Select the doctor ``key`` (even one just made elsewhere) and put the cursor in
        its name."""
        if table == "doctor_concern" or self.ctx.journal is None:
            return
        self.reload()
        if self.current.model.position_of(key) is None:
            return
        select_else_unfilter(
            lambda: self.current.select(key),
            self.filter.clear,
            lambda: self.show_all.setChecked(True),
        )
        name = self.field("name")
        name.setFocus()
        if isinstance(name, QLineEdit):
            name.selectAll()

    # --- changes -----------------------------------------------------------------------------

    def _on_data_changed(self, table: str, source: object) -> None:
        if source is self or self.ctx.journal is None or self.ctx.concern_id is None:
            return
        if table in ("doctor", "doctor_concern", "visit", "concern"):
            self.reload()

    def add(self) -> None:
        journal, cid = self.ctx.journal, self.ctx.concern_id
        if journal is None or cid is None:
            return
        name = self.new_name.text().strip()
        try:
            command = AddCommand(
                self.ctx,
                Doctor,
                lambda: service.add_doctor(journal, Doctor(name=name), [cid]),
                self.tr("Add doctor"),
                ("doctor",),
            )
        except JournalError:
            return  # nothing was added; the status bar says why
        except FieldError as exc:
            show_error(self.new_error, exc.message)
            return
        show_error(self.new_error, None)
        self.new_name.clear()
        self.ctx.push(command)
        self.filter.clear()
        self.current.select(command.key)
        self.field("specialty").setFocus()

    def delete(self) -> None:
        row = self.current.current()
        if row is None:
            return
        label = self.tr("Delete doctor %1").replace("%1", row.doctor.name)
        self.ctx.delete_with_undo(Doctor, row.id, label)
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if bar is not None:
            bar().showMessage(
                self.tr("Deleted %1. Edit > Undo (Ctrl+Z) brings them back.").replace(
                    "%1", row.doctor.name
                ),
                8000,
            )

    def _links_changed(self) -> None:
        journal = self.ctx.journal
        if journal is not None:
            self.current.set_rows(service.list_doctors(journal, self.ctx.concern_id))
            self._update_summary()
