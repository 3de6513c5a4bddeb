"""The Compare tab: two or three visits side by side, where they differ, and what to do next.

Left: the concern's visits to tick (at most three; by default the latest visit with each doctor
seen) and the concern's timeline. Right: a calm banner when the opinions disagree, offering a
third opinion or the comparison PDF, and the grid itself.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secondopinion.services import concerns
from secondopinion.services import opinion_grid as service
from secondopinion.services.journal_rows import Doctor
from secondopinion.services.journals import JournalError
from secondopinion.ui.compare_banner import DisagreementBanner
from secondopinion.ui.compare_model import CompareModel, DifferenceDelegate, VisitChoiceModel
from secondopinion.ui.context import AddCommand, JournalContext
from secondopinion.ui.forms import error_label, show_error
from secondopinion.ui.journal_tab import follow_journal, side_by_side
from secondopinion.ui.pdf_password import protect_box
from secondopinion.ui.timeline import TimelineModel, TimelineView
from secondopinion.ui.widgets import chars, hint, section

# Tables whose changes alter the grid or the timeline.
WATCHED = (
    "visit",
    "answer",
    "visit_feelings",
    "question",
    "doctor",
    "concern",
    "treatment_change",
    "record_request",
    "attachment",
)
LABEL_COLUMN_CHARS = 26  # the aspect names' column, in average characters


class CompareTab(QWidget):
    handles: tuple[str, ...] = ()  # it shows other tabs' rows side by side; it owns none

    def __init__(self, ctx: JournalContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareTab")
        self.ctx = ctx
        self.user_chose = False  # False: follow the default choice as visits come and go
        self.dirty = True
        self._build()
        follow_journal(ctx, self._concern_switched, self._on_data_changed)

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        splitter = side_by_side(self)
        left = QSplitter(Qt.Orientation.Vertical)
        left.setChildrenCollapsible(False)
        left.addWidget(self._build_chooser())
        left.addWidget(self._build_timeline())
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 3)
        # Room for the visits' names, and never less than the chooser's button needs.
        left.setMinimumWidth(max(chars(left, 31), left.minimumSizeHint().width()))
        splitter.addWidget(left)
        splitter.addWidget(self._build_grid())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([250, 950])
        self.splitter = splitter

    def _build_chooser(self) -> QWidget:
        box, layout = section(self.tr("Visits to compare"))
        caption = QLabel(self.tr("Tic&k two or three (Space ticks the current line):"))
        caption.setWordWrap(True)
        self.choices = VisitChoiceModel(self)
        self.choices_view = QListView()
        self.choices_view.setObjectName("compareVisits")
        self.choices_view.setAccessibleName(self.tr("Visits to compare"))
        self.choices_view.setModel(self.choices)
        self.choices_view.setWordWrap(True)
        self.choices_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        caption.setBuddy(self.choices_view)
        self.choices.refused.connect(lambda m: show_error(self.choice_error, m))
        self.choices.chosen_changed.connect(self._choice_changed)
        layout.addWidget(caption)
        layout.addWidget(self.choices_view, 1)
        self.choice_error = error_label()
        self.choice_error.setObjectName("compareChoiceError")
        layout.addWidget(self.choice_error)
        reset = QPushButton(self.tr("&Latest with each doctor"))
        reset.setObjectName("compareDefaults")
        reset.setToolTip(self.tr("Choose the latest visit with each doctor seen, up to three"))
        reset.clicked.connect(self.choose_defaults)
        layout.addWidget(reset)
        return box

    def _build_timeline(self) -> QWidget:
        box, layout = section(self.tr("T&imeline"))
        self.timeline = TimelineModel(self)
        self.timeline_view = TimelineView()
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.setAccessibleName(self.tr("Timeline of this concern"))
        self.timeline_view.setToolTip(self.tr("Enter or double-click opens the entry"))
        self.timeline_view.activated_event.connect(
            lambda e: self.ctx.open_item.emit(e.table, e.row_id)
        )
        layout.addWidget(self.timeline_view, 1)
        return box

    def _build_grid(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 0, 0, 0)
        self.banner = DisagreementBanner()
        self.banner_text = self.banner.text
        self.third_button = self.banner.third_button
        self.banner_export = self.banner.export_button
        self.third_button.clicked.connect(self.find_third_opinion)
        self.banner_export.clicked.connect(self.export_pdf)
        layout.addWidget(self.banner)
        top = QHBoxLayout()
        self.only_differences = QCheckBox(self.tr("O&nly what differs"))
        self.only_differences.setObjectName("compareOnlyDifferences")
        self.only_differences.setToolTip(self.tr("Hide the rows where the visits agree"))
        self.only_differences.toggled.connect(self._only_differences)
        self.legend = QLabel(self.tr("≠ and a tint mark what only one of the visits says."))
        self.legend.setObjectName("compareLegend")
        self.legend.setWordWrap(True)
        self.export_button = QPushButton(self.tr("E&xport comparison PDF…"))
        self.export_button.setObjectName("compareExport")
        self.export_button.clicked.connect(self.export_pdf)
        top.addWidget(self.only_differences)
        top.addWidget(self.legend, 1)
        self.protect = protect_box()
        top.addWidget(self.protect)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        self.model = CompareModel(self)
        self.grid = QTableView()
        self.grid.setObjectName("compareGrid")
        self.grid.setAccessibleName(self.tr("Visits side by side"))
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(DifferenceDelegate(self.grid))
        self.grid.setWordWrap(True)
        self.grid.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setTabKeyNavigation(False)
        self.grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.verticalHeader().setVisible(False)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.grid.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sectionResized.connect(lambda *_: self._resize_rows_later())
        self.grid.doubleClicked.connect(self._open_cell)
        self.resize_timer = QTimer(self)
        self.resize_timer.setSingleShot(True)
        self.resize_timer.setInterval(30)
        self.resize_timer.timeout.connect(self._resize_rows)

        self.empty = hint("")
        self.empty.setObjectName("compareEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.one_visit_hint = hint(
            self.tr("Tick a second visit on the left to see the opinions side by side.")
        )
        self.one_visit_hint.setObjectName("compareOneVisit")
        layout.addWidget(self.one_visit_hint)
        return page

    # --- loading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.dirty:
            # Laid out first: the grid's rows are fitted to the widths it is shown at, once,
            # not to a guess and again when its columns take their real widths.
            layout = self.layout()
            if layout is not None:
                layout.activate()
            self.reload()

    def _concern_switched(self) -> None:
        self.user_chose = False
        show_error(self.choice_error, None)
        self.reload_when_visible()

    def _on_data_changed(self, table: str, source: object) -> None:
        if source is not self and table in WATCHED:
            self.reload_when_visible()

    def reload_when_visible(self) -> None:
        self.dirty = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self.dirty = False
        journal, cid = self.ctx.journal, self.ctx.concern_id
        self.setEnabled(journal is not None and cid is not None)
        if journal is None or cid is None:
            self.choices.set_choices([], [])
            self.timeline.set_events([])
            self._show_comparison(service.Comparison(visits=(), rows=()))
            return
        choices = service.visit_choices(journal, cid)
        kept = [i for i in self.choices.chosen if any(c.id == i for c in choices)]
        chosen = kept if self.user_chose and kept else service.default_visit_ids(choices)
        self.choices.set_choices(choices, chosen)
        self.timeline.set_events(service.timeline(journal, cid), chosen)
        self._refresh_grid()

    def choose_defaults(self) -> None:
        self.user_chose = False
        show_error(self.choice_error, None)
        self.reload()

    def choose(self, visit_ids: list[int]) -> None:
        """Compare exactly these visits (tests and keyboard shortcuts use it)."""
        self.user_chose = True
        for c in self.choices.choices:
            if c.id not in visit_ids:
                self.choices.set_ticked(c.id, False)
        for i in visit_ids:
            self.choices.set_ticked(i, True)

    def _choice_changed(self) -> None:
        self.user_chose = True
        if len(self.choices.chosen) < service.MAX_COLUMNS:
            show_error(self.choice_error, None)
        self.timeline.set_compared(self.choices.chosen)
        self._refresh_grid()

    def _refresh_grid(self) -> None:
        journal, cid = self.ctx.journal, self.ctx.concern_id
        if journal is None or cid is None:
            return
        ids = self.choices.chosen_in_date_order()
        self._show_comparison(service.compare(journal, cid, ids))

    def _show_comparison(self, comparison: service.Comparison) -> None:
        self.model.set_comparison(comparison)
        count = len(comparison.visits)
        if count == 0:
            has_visits = bool(self.choices.choices)
            self.empty.setText(
                self.tr("Tick two or three visits on the left to compare them.")
                if has_visits
                else self.tr(
                    "No visits for this concern yet. Record them on the Visits & feelings tab; "
                    "two or three of them can then be compared here side by side."
                )
            )
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.grid)
        self.one_visit_hint.setVisible(count == 1)
        self.only_differences.setEnabled(count > 1)
        disagree = self.banner.show_for(comparison)
        self.export_button.setVisible(not disagree)
        self._layout_grid()

    def _layout_grid(self) -> None:
        header = self.grid.horizontalHeader()
        columns = self.model.columnCount()
        if columns == 0:
            return
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.grid.setColumnWidth(0, chars(self.grid, LABEL_COLUMN_CHARS))
        for c in range(1, columns):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.grid.clearSpans()
        for r in self.model.section_rows():
            self.grid.setSpan(r, 0, 1, columns)
        self._resize_rows()

    def _resize_rows_later(self) -> None:
        self.resize_timer.start()

    def _resize_rows(self) -> None:
        self.resize_timer.stop()  # fitted now: a fit asked for before is done
        self.grid.resizeRowsToContents()

    def _only_differences(self, only: bool) -> None:
        self.model.set_only_differences(only)
        self._layout_grid()

    def _open_cell(self, index: QModelIndex) -> None:
        """Double-clicking a visit's cell opens that visit on its tab."""
        column = index.column() - 1
        if 0 <= column < len(self.model.comparison.visits):
            self.ctx.open_item.emit("visit", self.model.comparison.visits[column].id)

    def show_item(self, table: str, key: int) -> None:
        self.grid.setFocus()

    # --- the next step -----------------------------------------------------------------------

    def find_third_opinion(self) -> None:
        journal, cid = self.ctx.journal, self.ctx.concern_id
        if journal is None or cid is None:
            return
        concern = concerns.get_concern(journal, cid)
        title = concern.title if concern else ""
        name = self.tr("New doctor for a third opinion")
        notes = self.tr("For a third opinion on “{title}”.").format(title=title)
        try:
            command = AddCommand(
                self.ctx,
                Doctor,
                lambda: service.add_third_opinion_candidate(journal, cid, name, notes),
                self.tr("Add a doctor for a third opinion"),
                ("doctor", "doctor_concern"),
            )
        except JournalError:
            return  # nothing was added
        if self.ctx.try_push(command):
            self.ctx.open_item.emit("doctor", int(command.key or 0))

    def export_pdf(self) -> None:
        journal, cid = self.ctx.journal, self.ctx.concern_id
        if journal is None or cid is None:
            return
        self.ctx.flush()
        # The comparison's renderer brings ReportLab: imported when a PDF is made, not when
        # the tab is first shown.
        from secondopinion.ui.comparison_export import export_comparison_pdf

        export_comparison_pdf(
            self.window(),
            journal,
            cid,
            visit_ids=self.choices.chosen_in_date_order(),
            protect=self.protect.isChecked(),
        )
