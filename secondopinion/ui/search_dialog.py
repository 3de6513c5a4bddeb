"""Edit > Find… (Ctrl+F): search everything written in the journal and open what was found.

Results list the kind of entry, its concern, its date and the words around the match with the
matching words in bold. Choosing one (Enter, double-click or Open) switches to its concern and
asks the tab that handles its table to show it.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secondopinion.services import search as service
from secondopinion.ui.table_model import Column, RowSortProxy, RowTableModel
from secondopinion.ui.widgets import fit_to_contents, set_column_widths

Index = QModelIndex | QPersistentModelIndex
RESULT_LIMIT = 200
DELAY_MS = 150
HEALTH_SUMMARY = ("person", "medication", "allergy", "condition", "procedure")
SNIPPET_COLUMN = 3


def tr(text: str) -> str:
    return QCoreApplication.translate("SearchDialog", text)


def kind_label(table: str) -> str:
    names = {
        "person": tr("Person"),
        "medication": tr("Medication"),
        "allergy": tr("Allergy"),
        "condition": tr("Condition"),
        "procedure": tr("Procedure"),
        "concern": tr("Concern"),
        "sign": tr("Sign"),
        "symptom_entry": tr("Symptom entry"),
        "treatment_change": tr("Treatment change"),
        "record_request": tr("Record request"),
        "attachment": tr("Attachment"),
        "doctor": tr("Doctor"),
        "question": tr("Question"),
        "visit": tr("Visit"),
        "answer": tr("Answer"),
        "visit_feelings": tr("Visit feelings"),
        "result": tr("Result"),
    }
    return names.get(table, table)


def concern_label(hit: service.Hit) -> str:
    if hit.table in HEALTH_SUMMARY:
        return tr("Health summary")
    if hit.table == "result":
        return tr("Results")
    return hit.concern_title or "—"


def snippet_html(hit: service.Hit) -> str:
    """The snippet as markup: the person's text escaped, the matching words in bold."""
    return "".join(
        f"<b>{html.escape(text)}</b>" if match else html.escape(text) for text, match in hit.snippet
    )


class SnippetDelegate(QStyledItemDelegate):
    """Paints a result's snippet as rich text, so the matching words stand out."""

    def __init__(self, model: RowTableModel, proxy: RowSortProxy, parent: QWidget) -> None:
        super().__init__(parent)
        self.model, self.proxy = model, proxy

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        hit = self.model.row_at(self.proxy.mapToSource(index))
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(3)
        doc.setHtml(snippet_html(hit))
        doc.setTextWidth(max(40, option.rect.width()))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.topLeft())
        clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        painter.setClipRect(clip)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        context.palette.setColor(
            QPalette.ColorRole.Text,
            option.palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            ),
        )
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))


class SearchDialog(QDialog):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Find in journal"))
        self.setModal(False)
        self._build()
        fit_to_contents(self, 860, 520)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        window.ctx.journal_changed.connect(self._journal_changed)
        window.ctx.data_changed.connect(self._data_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Search for:"))
        self.edit = QLineEdit()
        self.edit.setObjectName("searchText")
        self.edit.setAccessibleName(self.tr("Search for"))
        self.edit.setPlaceholderText(self.tr("Words from anything you wrote, e.g. fibroids MRI"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(lambda _t: self.timer.start())
        self.edit.installEventFilter(self)
        caption.setBuddy(self.edit)
        row.addWidget(caption)
        row.addWidget(self.edit, 1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.model = RowTableModel(
            [
                Column(self.tr("Kind"), lambda h: kind_label(h.table)),
                Column(self.tr("Concern"), concern_label),
                Column(self.tr("Date"), lambda h: h.when),
                Column(self.tr("Match"), lambda h: h.snippet_text),
            ],
            parent=self,
        )
        self.proxy = RowSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("searchResults")
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setModel(self.proxy)
        self.view.setItemDelegateForColumn(
            SNIPPET_COLUMN, SnippetDelegate(self.model, self.proxy, self.view)
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setSortingEnabled(True)
        header = self.view.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # best match first until asked
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SNIPPET_COLUMN, QHeaderView.ResizeMode.Stretch)
        # In characters of the font shown, never narrower than the titles: pixels do not grow
        # with a large font or a wide one.
        set_column_widths(self.view, {0: 18, 1: 26, 2: 12})
        self.view.activated.connect(self.open_result)
        layout.addWidget(self.view, 1)

        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("searchOpen")
        self.open_button.setEnabled(False)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("searchClose")
        for button in (self.open_button, close):
            button.setAutoDefault(False)  # Enter belongs to the results, not to a button
        self.open_button.clicked.connect(lambda: self.open_result(self.view.currentIndex()))
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.open_button.setEnabled(current.isValid())
        )

    # --- searching ---------------------------------------------------------------------------

    def start(self) -> None:
        """Show the dialog ready to type, the last search selected so typing replaces it."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus()
        self.edit.selectAll()
        if self.edit.text():
            self.run_search()

    def run_search(self) -> None:
        self.timer.stop()
        journal = self.window_.ctx.journal
        typed = self.edit.text()
        self.open_button.setEnabled(False)
        if journal is None:
            self.model.set_rows([])
            self.status.setText(self.tr("Open a journal to search it."))
            return
        if not service.search_words(typed):
            self.model.set_rows([])
            self.status.setText(
                self.tr("Type a word or the start of one; every word you type must match.")
                if typed.strip()
                else ""
            )
            return
        hits = service.search(journal, typed, limit=RESULT_LIMIT)
        total = service.count(journal, typed) if len(hits) >= RESULT_LIMIT else len(hits)
        self.model.set_rows(hits)
        self.view.resizeRowsToContents()
        if hits:
            self.view.setCurrentIndex(self.proxy.index(0, 0))
            self.open_button.setEnabled(True)
        self.status.setText(self._summary(typed, len(hits), total))

    def _summary(self, typed: str, shown: int, total: int) -> str:
        words = service.search_words(typed)
        note = ""
        if len(typed.split()) > service.MAX_QUERY_WORDS:
            note = " " + self.tr("Only the first %n words are searched.", "", len(words))
        if total == 0:
            return self.tr("Nothing in this journal matches.") + note
        if shown < total:
            return (
                self.tr(
                    "The best {shown} of {total} matching entries; add a word to narrow it down."
                ).format(shown=shown, total=f"{total:,}")
                + note
            )
        return self.tr("%n matching entries", "", total) + note

    def open_result(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = self.model.row_at(self.proxy.mapToSource(index))
        concern_id = hit.concern_id if hit.table not in (*HEALTH_SUMMARY, "doctor") else None
        self.hide()
        self.window_.open_item(hit.table, hit.id, concern_id)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """Up/Down in the search line move through the results; Enter opens the current one."""
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                QCoreApplication.sendEvent(self.view, event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():
                    self.run_search()
                self.open_result(self.view.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _journal_changed(self) -> None:
        self.model.set_rows([])
        self.status.clear()

    def _data_changed(self, _table: str, _source: object) -> None:
        if self.isVisible() and self.edit.text():
            self.timer.start()


def show_search(window: Any) -> SearchDialog:
    found = window.findChild(SearchDialog, "searchDialog")
    dialog = found if isinstance(found, SearchDialog) else SearchDialog(window)
    dialog.start()
    return dialog


def install(window: Any) -> None:
    """Add Edit > Find… (Ctrl+F) to the main window."""
    action = QAction(tr("&Find…"), window)
    action.setObjectName("actionFind")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
    action.setStatusTip(tr("Search everything written in this journal"))
    action.triggered.connect(lambda _checked=False: show_search(window))
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(action)
