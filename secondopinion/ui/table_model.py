"""Table models fed with rows, never queries: column specs, in-place editing, raw-value sorting.

A tab builds a ``RowTableModel`` from ``Column``s, hands it rows from the store, and gets a
sort/filter proxy that sorts on raw values (``Qt.UserRole``), not on display strings. Editing a
cell calls the tab's ``on_edit(row, field, value)``, which saves and returns the updated row; a
value the field cannot take raises ``FieldError`` and the model reports it through
``edit_failed`` so the tab can show the message next to the table.

Long module: the column specs, the model, its sort/filter proxy and the cell editors are one
mechanism every list of the app uses; each part reads the others' conventions (roles, fields).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QDate,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from secondopinion import i18n
from secondopinion.domain.validation import FieldError
from secondopinion.services.errors import in_words
from secondopinion.services.journals import JournalError

Index = QModelIndex | QPersistentModelIndex
RAW_ROLE = Qt.ItemDataRole.UserRole
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
_VCENTER = Qt.AlignmentFlag.AlignVCenter


@dataclass
class Column:
    title: str
    value: Callable[[Any], Any]
    display: Callable[[Any], str] | None = None
    field: str | None = None  # set for editable columns: the stored field it edits
    editor: str = "text"  # text | int:LO:HI | date | datetime | choice
    choices: Sequence[tuple[str, str]] = ()  # (value, label) for editor == "choice"
    checkable: bool = False
    tooltip: Callable[[Any], str | None] | None = None
    foreground: Callable[[Any], Any] | None = None
    background: Callable[[Any], Any] | None = None
    icon: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    extra: dict[str, Any] = dataclasses.field(default_factory=dict)

    def text(self, row: Any) -> str:
        if self.display is not None:
            return self.display(row)
        raw = self.value(row)
        if raw is None:
            return ""
        if isinstance(raw, datetime):  # in the window's language: "3 Dec 2026, 14:05"
            return i18n.words().datetime(raw)
        if isinstance(raw, date):
            return i18n.words().date(raw)
        if isinstance(raw, bool):
            return ""
        if self.choices:
            return dict(self.choices).get(raw, str(raw))
        return str(raw)


def _to_qt(value: Any) -> Any:
    if isinstance(value, datetime):
        return QDateTime(value)  # type: ignore[call-overload]  # PySide converts it
    if isinstance(value, date):
        return QDate(value)  # type: ignore[call-overload]
    return value


def _sort_key(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.casefold()
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


class RowTableModel(QAbstractTableModel):
    edit_failed = Signal(str)  # a message for the person
    edited = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        on_edit: Callable[[Any, str, Any], Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.on_edit = on_edit
        self.rows: list[Any] = []

    # --- feeding ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: Index) -> Any:
        return self.rows[index.row()]

    def replace_row(self, position: int, row: Any) -> None:
        self.rows[position] = row
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.columns) - 1))

    def position_of(self, key: Any) -> int | None:
        for i, row in enumerate(self.rows):
            if getattr(row, "id", None) == key:
                return i
        return None

    # --- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,  # the whole title when a narrow column cuts it short
        ):
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Qt asks for many roles of every cell it paints: the roles are bound once (module
        # constants), not looked up on the enum class at each comparison.
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role == _DISPLAY:
            return col.text(row)
        if role == _EDIT:
            return _to_qt(col.value(row))
        if role == RAW_ROLE:
            return _sort_key(col.value(row))
        if role == _CHECK:
            return (_CHECKED if col.value(row) else _UNCHECKED) if col.checkable else None
        if role == _TOOLTIP:
            if col.tooltip is not None:
                return col.tooltip(row)
            text = col.text(row)
            return text if len(text) > 40 else None
        if role == _FOREGROUND:
            return None if col.foreground is None else col.foreground(row)
        if role == _BACKGROUND:
            return None if col.background is None else col.background(row)
        if role == _DECORATION:
            return None if col.icon is None else col.icon(row)
        if role == _ALIGNMENT:
            return None if col.align is None else int(col.align | _VCENTER)
        if role == _ACCESSIBLE:
            text = col.text(row)
            if col.checkable:
                text = f"{text} ({'ticked' if col.value(row) else 'not ticked'})"
            return text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        col = self.columns[index.column()]
        editable = col.field is not None and self.on_edit is not None
        if editable and col.checkable:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        elif editable and self._row_editable(index.row(), col):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def _row_editable(self, position: int, col: Column) -> bool:
        check = col.extra.get("editable_if")
        return True if check is None else bool(check(self.rows[position]))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.on_edit is None:
            return False
        col = self.columns[index.column()]
        if col.field is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and col.checkable:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if isinstance(value, QDateTime | QDate):
            value = value.toPython()
        try:
            updated = self.on_edit(self.rows[index.row()], col.field, value)
        except FieldError as exc:
            self.edit_failed.emit(in_words(exc))
            return False
        except JournalError as exc:  # a full disk: the cell keeps its stored value, and says why
            self.edit_failed.emit(in_words(exc))
            return False
        self.replace_row(index.row(), updated)
        self.edited.emit()
        return True


class RowSortProxy(QSortFilterProxyModel):
    """Sorts on raw values; filters on display text of every column (or one, if set).

    A whole sort (a header click, or new rows) asks ``lessThan`` n·log n times; each row's sort
    value is read once for it and kept until the sort is over, so a list of 1,000 rows costs
    1,000 reads of its values, not 16,000.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(RAW_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.extra_filter: Callable[[Any], bool] | None = None
        self._keys: dict[tuple[int, int], Any] | None = None  # (row, column) -> sort value
        self._columns: dict[int, list[Any]] = {}  # column -> every row's sort value, in order

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # type: ignore[override]
        super().setSourceModel(model)
        # Connected after the proxy's own handlers: the keys are kept while the proxy sorts
        # the new rows, and forgotten once it has.
        model.modelAboutToBeReset.connect(self._keep_keys)
        model.modelReset.connect(self._forget_keys)

    def _keep_keys(self) -> None:
        self._keys = {}

    def _forget_keys(self) -> None:
        self._keys = None
        self._columns = {}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._keep_keys()
        try:
            super().sort(column, order)
        finally:
            self._forget_keys()

    def set_extra_filter(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self.extra_filter = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if (
            self.extra_filter is not None
            and isinstance(model, RowTableModel)
            and not self.extra_filter(model.rows[source_row])
        ):
            return False
        return super().filterAcceptsRow(source_row, source_parent)

    def _sort_value(self, index: Index) -> Any:
        if self._keys is None:
            return index.data(RAW_ROLE)
        keys = self._column_keys(index.column())
        if keys is not None:
            return keys[index.row()]
        at = (index.row(), index.column())
        if at not in self._keys:
            self._keys[at] = index.data(RAW_ROLE)
        return self._keys[at]

    def _column_keys(self, column: int) -> list[Any] | None:
        """A ``RowTableModel``'s sort values of ``column``, read from its rows in one pass (what
        its ``data(RAW_ROLE)`` gives, without a call from Qt for each); None for other models."""
        keys = self._columns.get(column)
        if keys is None:
            model = self.sourceModel()
            if not isinstance(model, RowTableModel) or type(model).data is not RowTableModel.data:
                return None
            value = model.columns[column].value
            keys = self._columns[column] = [_sort_key(value(row)) for row in model.rows]
        return keys

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = self._sort_value(left), self._sort_value(right)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


class RowDelegate(QStyledItemDelegate):
    """Editors that match each column: spin boxes for ranges, date pickers, choice lists.

    Text typed into a cell is never lost: when it cannot be saved (a value the field refuses, a
    full disk), the cell's editor opens again on the view (``parent``) holding that text, while
    the tab shows why (``RowTableModel.edit_failed``); Escape gives it up.
    """

    def __init__(self, model: RowTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._kept: dict[QPersistentModelIndex, str] = {}  # the refused text, per cell

    def _column(self, index: Index) -> Column:
        return self.model.columns[index.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        col = self._column(index)
        if col.editor.startswith("int:"):
            _, low, high = col.editor.split(":")
            spin = QSpinBox(parent)
            spin.setRange(int(low), int(high))
            return spin
        if col.editor == "date":
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            return edit
        if col.editor == "datetime":
            stamp = QDateTimeEdit(parent)
            stamp.setCalendarPopup(True)
            stamp.setDisplayFormat("yyyy-MM-dd HH:mm")
            return stamp
        if col.editor == "choice":
            combo = QComboBox(parent)
            for value, text in col.choices:
                combo.addItem(text, value)
            return combo
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(1_000_000)  # the store checks real limits and says so
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        kept = self._kept.pop(QPersistentModelIndex(index), None)
        if kept is not None and isinstance(editor, QLineEdit):
            editor.setText(kept)
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QDateTimeEdit) and not isinstance(editor, QDateEdit):
            editor.setDateTime(
                value if isinstance(value, QDateTime) else QDateTime.currentDateTime()
            )
        elif isinstance(editor, QDateEdit):
            editor.setDate(value if isinstance(value, QDate) else QDate.currentDate())
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value())
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date())
        elif isinstance(editor, QDateTimeEdit):
            model.setData(index, editor.dateTime())
        elif isinstance(editor, QLineEdit):
            text = editor.text()
            if not model.setData(index, text) and text != index.data(Qt.ItemDataRole.EditRole):
                self._edit_again(index, text)
        else:
            super().setModelData(editor, model, index)

    def _edit_again(self, index: Index, text: str) -> None:
        """Open the cell's editor again with ``text``, once the refused one has closed."""
        view = self.parent()
        if not isinstance(view, QAbstractItemView):
            return
        cell = QPersistentModelIndex(index)
        self._kept[cell] = text

        def reopen() -> None:
            if not cell.isValid() or not view.isVisible():
                self._kept.pop(cell, None)
                return
            view.setCurrentIndex(cell)
            view.edit(cell)

        QTimer.singleShot(0, reopen)
