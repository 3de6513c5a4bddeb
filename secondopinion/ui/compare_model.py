"""Models of the Compare tab: the grid (aspects × chosen visits) and the visit chooser.

The grid's column 0 names the aspect; columns 1.. are the chosen visits, oldest first. A cell
whose row differs across the visits says so three ways: ``DIFFERS_ROLE`` (for tests and
delegates), a tinted background taken from the palette (so it reads in light and dark themes),
and a "≠" before the aspect's name with the same in the accessible text, so colour is never
the only signal.

Long module: the grid's model, the visit chooser's model and the delegate marking differences
share the Compare screen's roles and words; each is small on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from secondopinion import i18n
from secondopinion.domain.enums import FEELING_SCALE_MAX, TRUST_MAX
from secondopinion.services.opinion_grid import MAX_COLUMNS, Comparison, GridRow, Value, VisitChoice
from secondopinion.ui import labels

Index = QModelIndex | QPersistentModelIndex
RAW_ROLE = Qt.ItemDataRole.UserRole
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
DIFF_MARK = "≠"
NOTHING = "—"


def tr(text: str) -> str:
    return QCoreApplication.translate("CompareModel", text)


def blend(base: QColor, tint: QColor, amount: float) -> QColor:
    """``tint`` laid over ``base`` at ``amount`` (0..1): readable with the palette's text."""
    return QColor(
        round(base.red() * (1 - amount) + tint.red() * amount),
        round(base.green() * (1 - amount) + tint.green() * amount),
        round(base.blue() * (1 - amount) + tint.blue() * amount),
    )


def difference_colour() -> QColor:
    palette = QApplication.palette()
    return blend(
        palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight), 0.28
    )


def row_label(row: GridRow) -> str:
    key = row.key
    fixed = {
        "section:opinion": tr("The opinions"),
        "section:answers": tr("Answers to my questions"),
        "section:feelings": tr("How each visit felt"),
        "doctor": tr("Doctor and date"),
        "kind": tr("Kind of visit"),
        "diagnosis": tr("Diagnosis"),
        "agreement": tr("Agrees with the original diagnosis?"),
        "treatment": tr("Recommended treatment"),
        "tests": tr("Tests suggested"),
        "rationale": tr("Their reasoning"),
        "in_my_place": tr("What they would do in my place"),
        "trust": tr("Overall trust"),
    }
    if key in fixed:
        return fixed[key]
    if key.startswith("question:"):
        return labels.standard_question_text(row.standard_key, row.label)
    if key.startswith("feeling:"):
        return tr("Felt: {feeling}").format(feeling=labels.label("feeling", key.split(":", 1)[1]))
    return key


def cell_text(row: GridRow, value: Value, comparison: Comparison, column: int) -> str:
    """What a person reads in one cell."""
    key = row.key
    if key == "doctor":
        visit = comparison.visits[column]
        lines = [
            visit.doctor_name or tr("(doctor not recorded)"),
            visit.doctor_detail,
            i18n.words().date(visit.visit_on),
        ]
        return "\n".join(line for line in lines if line)
    if key == "kind":
        return labels.label("visit_kind", value if isinstance(value, str) else None) or NOTHING
    if key == "agreement":
        if isinstance(value, str):
            return labels.label("agreement", value)
        original = comparison.visits[column].kind == "original"
        return tr("— (this is the original diagnosis)") if original else NOTHING
    if key.startswith("question:"):
        if value is None:
            return tr("— not asked")
        return str(value) if str(value).strip() else tr("(asked; no answer written)")
    if key.startswith("feeling:") or key == "trust":
        if not isinstance(value, int):
            return NOTHING
        top = TRUST_MAX if key == "trust" else FEELING_SCALE_MAX
        return tr("{value} of {top}").format(value=value, top=top)
    if value is None or not str(value).strip():
        return NOTHING
    return str(value)


class CompareModel(QAbstractTableModel):
    """Rows are the aspects of the opinions, columns the chosen visits (after the label)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comparison = Comparison(visits=(), rows=())
        self.only_differences = False
        self.rows: list[GridRow] = []
        # (row, column) -> the cell's text, made once: painting and fitting the rows ask often
        self.texts: dict[tuple[int, int], str] = {}

    def set_comparison(self, comparison: Comparison) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.rows = self._visible_rows()
        self.texts = {}
        self.endResetModel()

    def set_only_differences(self, only: bool) -> None:
        self.beginResetModel()
        self.only_differences = only
        self.rows = self._visible_rows()
        self.texts = {}
        self.endResetModel()

    def _text(self, position: int, column: int) -> str:
        """The text of a cell (``column`` -1: the aspect's label, with "≠" when it differs)."""
        found = self.texts.get((position, column))
        if found is None:
            row = self.rows[position]
            if column < 0:
                found = f"{DIFF_MARK} {row_label(row)}" if row.differs else row_label(row)
            else:
                found = cell_text(row, row.values[column], self.comparison, column)
            self.texts[(position, column)] = found
        return found

    def _visible_rows(self) -> list[GridRow]:
        rows = list(self.comparison.rows)
        if not self.only_differences:
            return rows
        kept: list[GridRow] = []
        for row in rows:
            if row.is_section or row.differs or row.key == "doctor":
                kept.append(row)
        # drop section titles left with nothing under them
        return [
            r
            for i, r in enumerate(kept)
            if not r.is_section or (i + 1 < len(kept) and not kept[i + 1].is_section)
        ]

    def row_at(self, position: int) -> GridRow:
        return self.rows[position]

    def section_rows(self) -> list[int]:
        return [i for i, r in enumerate(self.rows) if r.is_section]

    # --- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return (
            0 if parent.isValid() or not self.comparison.visits else 1 + len(self.comparison.visits)
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return row_label(self.rows[section]) if 0 <= section < len(self.rows) else None
        if section == 0:
            return ""
        visit = self.comparison.visits[section - 1]
        name = visit.doctor_name or tr("Visit {n}").format(n=section)
        return f"{name}\n{i18n.words().date(visit.visit_on)}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column() - 1
        value: Value = row.values[column] if column >= 0 else None
        cell_differs = column >= 0 and row.cell_differs[column]
        if role == DIFFERS_ROLE:
            return cell_differs if column >= 0 else row.differs
        if role == KEY_ROLE:
            return row.key
        if role == RAW_ROLE:
            return value
        if row.is_section:
            return self._section_data(row, index.column(), role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(index.row(), column)
            if role == Qt.ItemDataRole.ToolTipRole and cell_differs:
                return tr("≠ No other visit says this.") + "\n\n" + text
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = row_label(row) if column < 0 else cell_text(row, value, self.comparison, column)
            differs = cell_differs if column >= 0 else row.differs
            return tr("differs: {text}").format(text=text) if differs else text
        if role == Qt.ItemDataRole.BackgroundRole and cell_differs:
            return difference_colour()
        if role == Qt.ItemDataRole.FontRole and column < 0 and row.differs:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _section_data(self, row: GridRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row_label(row) if column == 0 else ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            palette = QApplication.palette()
            return blend(
                palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Mid), 0.35
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


CHOICES_PAGE = 50  # visits laid out at first; more as the list scrolls to them


class VisitChoiceModel(QAbstractListModel):
    """The concern's visits, newest first, each with a tick; at most three ticked.

    The list measures each line it holds (they wrap, with a tick box): of a concern with
    hundreds of visits it is given a page at first, and the next as it scrolls to them
    (``canFetchMore``), as the timeline is. ``choices`` and ``chosen`` always hold them all."""

    refused = Signal(str)  # a message: why a tick was not taken
    chosen_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices: list[VisitChoice] = []
        self.chosen: list[int] = []
        self.shown = 0  # the first ``shown`` choices are rows of the model
        self.texts: dict[int, str] = {}  # position -> line, made once (the list measures each)

    def set_choices(self, choices: Sequence[VisitChoice], chosen: Sequence[int]) -> None:
        self.beginResetModel()
        self.choices = list(choices)
        self.shown = min(CHOICES_PAGE, len(self.choices))
        self.texts = {}
        known = {c.id for c in self.choices}
        self.chosen = [i for i in chosen if i in known][:MAX_COLUMNS]
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.shown < len(self.choices)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self.show_through(self.shown + CHOICES_PAGE - 1)

    def show_through(self, position: int) -> None:
        """Make the choices up to ``position`` rows of the model."""
        last = min(position + 1, len(self.choices))
        if last <= self.shown:
            return
        self.beginInsertRows(QModelIndex(), self.shown, last - 1)
        self.shown = last
        self.endInsertRows()

    def chosen_in_date_order(self) -> list[int]:
        order = {c.id: (c.visit_on, c.id) for c in self.choices}
        return sorted(self.chosen, key=lambda i: order[i])

    def position_of(self, visit_id: int) -> int | None:
        for i, c in enumerate(self.choices):
            if c.id == visit_id:
                return i
        return None

    def text(self, choice: VisitChoice) -> str:
        who = choice.doctor_name or tr("(doctor not recorded)")
        day = i18n.words().date(choice.visit_on)
        return f"{day} · {labels.label('visit_kind', choice.kind)} · {who}"

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        position = index.row()
        choice = self.choices[position]
        ticked = choice.id in self.chosen
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            found = self.texts.get(position)
            if found is None:
                found = self.texts[position] = self.text(choice)
            return found
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = tr("compared") if ticked else tr("not compared")
            return f"{self.text(choice)} ({state})"
        if role == RAW_ROLE:
            return choice.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        return self.set_ticked(
            self.choices[index.row()].id, Qt.CheckState(value) == Qt.CheckState.Checked
        )

    def set_ticked(self, visit_id: int, ticked: bool) -> bool:
        position = self.position_of(visit_id)
        if position is None:
            return False
        if ticked and visit_id not in self.chosen:
            if len(self.chosen) >= MAX_COLUMNS:
                self.refused.emit(
                    tr("Compare up to three visits at a time: untick one to choose another.")
                )
                return False
            self.chosen.append(visit_id)
        elif not ticked and visit_id in self.chosen:
            self.chosen.remove(visit_id)
        else:
            return True
        if position < self.shown:  # a line not laid out yet shows its tick when it is
            index = self.index(position, 0)
            self.dataChanged.emit(index, index)
        self.chosen_changed.emit()
        return True


class DifferenceDelegate(QStyledItemDelegate):
    """Draws "≠" in the corner of a cell that differs, in a margin kept free for it, so the
    difference shows without colour too."""

    def _margin(self, option: QStyleOptionViewItem) -> int:
        return option.fontMetrics.horizontalAdvance(DIFF_MARK) + 8

    def _narrowed(self, option: QStyleOptionViewItem, index: Index) -> QStyleOptionViewItem:
        narrowed = QStyleOptionViewItem(option)
        if index.column() > 0 and index.data(DIFFERS_ROLE):
            narrowed.rect = option.rect.adjusted(0, 0, -self._margin(option), 0)
        return narrowed

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return super().sizeHint(self._narrowed(option, index), index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not (index.column() > 0 and index.data(DIFFERS_ROLE)):
            super().paint(painter, option, index)
            return
        # Fill the whole cell first, so the marker's margin is tinted like the rest.
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if background is not None:
            painter.fillRect(option.rect, background)
        super().paint(painter, self._narrowed(option, index), index)
        margin = self._margin(option)
        corner = QRect(
            option.rect.right() - margin,
            option.rect.top() + 2,
            margin - 2,
            option.fontMetrics.height(),
        )
        painter.save()
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        painter.drawText(
            corner, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), DIFF_MARK
        )
        painter.restore()
