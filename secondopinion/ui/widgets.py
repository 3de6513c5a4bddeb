"""Small widgets the tabs share: titled sections, table views, empty-state hints."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secondopinion.ui.dialog_size import fit_to_contents as fit_to_contents  # re-exported
from secondopinion.ui.forms import error_label
from secondopinion.ui.table_model import RowDelegate, RowSortProxy, RowTableModel


class FittingPage(QWidget):
    """A page for a resizable QScrollArea that never gets less height than its rows need.

    The scroll area gives a page with wrapped text the height its layout answers to
    ``heightForWidth``, and a box layout answers that from its items' size *hints*: a hint line
    that wraps onto a second line at a large font, beside a text box that takes only the room
    that is left (its hint ignored), adds up to less than the rows' minimum, and every row is
    squeezed. Here the page asks for at least its minimum at that width; the area then scrolls.
    """

    def heightForWidth(self, width: int) -> int:
        height = super().heightForWidth(width)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            height = max(height, layout.totalMinimumHeightForWidth(width))
        return height


def section(title: str, parent: QWidget | None = None) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title, parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.setSpacing(6)
    return box, layout


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A quiet line of guidance (empty states, what a section is for)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("hint")
    label.setForegroundRole(label.foregroundRole())
    font = label.font()
    font.setItalic(True)
    label.setFont(font)
    return label


def table_view(
    model: RowTableModel,
    name: str,
    accessible: str,
    *,
    stretch_column: int | None = None,
    on_delete: Callable[[], None] | None = None,
    proxy: RowSortProxy | None = None,
) -> tuple[QTableView, RowSortProxy]:
    """A sortable table over ``model`` with editors per column; Delete removes the selection.

    ``proxy`` replaces the default sort proxy (a list sorted by its query passes its own)."""
    proxy = proxy if proxy is not None else RowSortProxy(model)
    proxy.setSourceModel(model)
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(proxy)
    view.setItemDelegate(RowDelegate(model, view))
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab moves on to the next control, as everywhere else
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_column is None)
    header.setHighlightSections(False)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    if on_delete is not None:
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(on_delete)
    return view, proxy


def chars(widget: QWidget, count: int) -> int:
    """The width of ``count`` average characters in ``widget``'s font: sizes given this way grow
    with the system's font size instead of cutting text at a large one."""
    return count * widget.fontMetrics().averageCharWidth()


def set_column_widths(view: QTableView, widths: Mapping[int, int]) -> None:
    """Column widths in average characters of the view's font, and never narrower than the
    column's title (with its sort arrow)."""
    header = view.horizontalHeader()
    for column, count in widths.items():
        view.setColumnWidth(column, max(chars(view, count), header.sectionSizeHint(column)))


def selected_rows(view: QTableView, proxy: RowSortProxy, model: RowTableModel) -> list[object]:
    rows = []
    for index in view.selectionModel().selectedRows():
        rows.append(model.row_at(proxy.mapToSource(index)))
    if not rows and view.currentIndex().isValid():
        rows.append(model.row_at(proxy.mapToSource(view.currentIndex())))
    return rows


@dataclass
class QuickAdd:
    """A "caption, line, Add" row for adding an item by name, with its message line."""

    row: QHBoxLayout
    field: QLineEdit
    button: QPushButton
    error: QLabel


def quick_add_row(
    caption: str,
    field_name: str,
    accessible: str,
    placeholder: str,
    button_name: str,
    tooltip: str,
    on_add: Callable[[], None],
) -> QuickAdd:
    """Build the row; Enter in the line or the button calls ``on_add``. Add the row, then the
    error label, to the caller's layout (extra buttons may go on the row first)."""
    label = QLabel(caption)
    field = QLineEdit()
    field.setObjectName(field_name)
    field.setAccessibleName(accessible)
    field.setPlaceholderText(placeholder)
    field.setMaxLength(1_000_000)  # the store's limits apply, with a message
    field.returnPressed.connect(on_add)
    label.setBuddy(field)
    button = QPushButton(QCoreApplication.translate("quick_add", "Add"))
    button.setObjectName(button_name)
    button.setToolTip(tooltip)
    button.clicked.connect(on_add)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(field, 1)
    row.addWidget(button)
    return QuickAdd(row, field, button, error_label())
