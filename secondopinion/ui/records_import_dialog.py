"""File > Import records… and files dropped on the Records tab: preview, then one undoable step.

The preview lists, per kind, what will be added (with examples) and what is already in the
journal; what the file holds that the journal does not keep; where the file itself goes; and,
when the file names the person differently, a box to take the file's name and date of birth.
Nothing is written before Import is pressed; Ctrl+Z then takes back the whole import.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secondopinion.services import records_import as ri
from secondopinion.services.errors import in_words
from secondopinion.services.records_read import NotARecordsFile
from secondopinion.ui.context import JournalCommand, JournalContext
from secondopinion.ui.labels import label as vocabulary_label

CHANGED_TABLES = (
    "medication",
    "allergy",
    "condition",
    "procedure",
    "result",
    "person",
    "record_request",
    "attachment",
)


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("RecordsImport", text, None, n)


KIND_WORDS = {
    "medications": lambda: tr("Medications"),
    "allergies": lambda: tr("Allergies"),
    "conditions": lambda: tr("Conditions"),
    "procedures": lambda: tr("Procedures"),
    "results": lambda: tr("Results"),
}


class ImportRecordsCommand(JournalCommand):
    """The whole import as one step: undo removes every row it added, redo puts them back."""

    def __init__(self, ctx: JournalContext, plan: ri.ImportPlan, accept_person: bool) -> None:
        super().__init__(ctx, tr("Import %1").replace("%1", plan.filename))
        self.plan, self.accept_person = plan, accept_person
        self.outcome: ri.ImportOutcome | None = None
        self.snapshot: ri.ImportSnapshot | None = None

    def apply(self) -> None:
        journal = self.ctx.require()
        if self.snapshot is None:
            self.outcome = ri.apply_import(journal, self.plan, accept_person=self.accept_person)
        else:
            ri.redo_import(journal, self.snapshot)
        self._announce()

    def revert(self) -> None:
        assert self.outcome is not None
        self.snapshot = ri.undo_import(self.ctx.require(), self.outcome)
        self._announce()

    def _announce(self) -> None:
        for table in CHANGED_TABLES:
            self.ctx.changed(table)


class PreviewDialog(QDialog):
    def __init__(self, plan: ri.ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(tr("Import %1").replace("%1", plan.filename))
        self.plan = plan
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("%1 (%2). Nothing is written until you press Import; Ctrl+Z takes it back.")
            .replace("%1", plan.filename)
            .replace("%2", plan.format)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [tr("Kind"), tr("To add"), tr("Already there"), tr("For example")]
        )
        for key, _one, _many in ri.KINDS:
            new, dup = plan.count(key), plan.duplicates.get(key, 0)
            if not new and not dup:
                continue
            examples = "; ".join(ri.examples(plan, key))
            if new > len(ri.examples(plan, key)):
                examples += " …"
            cells = [KIND_WORDS[key](), str(new), str(dup), examples]
            items = [QStandardItem(c) for c in cells]
            for item in items:
                item.setEditable(False)
            items[1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(items)
        self.table = QTableView()
        self.table.setObjectName("importPreviewTable")
        self.table.setAccessibleName(tr("What the import adds, per kind"))
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        notes: list[str] = []
        if not plan.total_new:
            notes.append(tr("Nothing new: everything in this file is already in the journal."))
        not_kept = ri.not_kept_words(plan)
        if not_kept:
            notes.append(
                tr("Not imported (the journal does not keep these): %1").replace("%1", not_kept)
            )
        problems = ri.problem_words(plan)
        if problems:
            notes.append(tr("Left out because parts are missing: %1").replace("%1", problems))
        if plan.attaches:
            notes.append(
                tr("The file itself is attached to a new record request marked received (%1%2).")
                .replace("%1", vocabulary_label("record_kind", plan.mapped.kind.value))
                .replace("%2", f", {plan.mapped.author}" if plan.mapped.author else "")
            )
        elif plan.already_attached:
            notes.append(tr("This file is already attached to a record request."))
        elif plan.concern_id is None:
            notes.append(tr("The file is not attached: the journal has no open concern."))
        if plan.name_to_set or plan.birth_date_to_set:
            notes.append(tr("The person's empty name or date of birth is filled in from the file."))
        for text in notes:
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        self.person = QCheckBox()
        self.person.setObjectName("takePersonFromFile")
        if plan.name_differs or plan.birth_date_differs:
            parts = [p for p in (plan.name_differs, str(plan.birth_date_differs or "")) if p]
            self.person.setText(
                tr("Use the file's name and date of birth (%1) instead of the journal's").replace(
                    "%1", ", ".join(parts)
                )
            )
            layout.addWidget(self.person)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(plan.changes_anything or bool(plan.name_differs))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        h = self.fontMetrics().height()
        self.resize(h * 48, h * 26)


def import_records_files(parent: QWidget, ctx: JournalContext, paths: Sequence[Path]) -> int:
    """Preview and import each file in turn; returns how many were imported."""
    journal = ctx.journal
    if journal is None:
        return 0
    ctx.flush()
    done = 0
    for path in paths:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            plan = ri.plan_path(journal, path, ctx.concern_id)
        except NotARecordsFile as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(parent, tr("Not a records file"), f"{path.name}: {in_words(exc)}")
            continue
        except OSError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(parent, tr("Cannot read the file"), f"{path.name}: {exc.strerror}")
            continue
        QApplication.restoreOverrideCursor()
        dialog = PreviewDialog(plan, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            continue
        take_person = dialog.person.isChecked()
        if not plan.changes_anything and not (take_person and plan.name_differs):
            continue
        if ctx.try_push(ImportRecordsCommand(ctx, plan, take_person)):
            done += 1
    return done


def choose_and_import(parent: QWidget, ctx: JournalContext) -> int:
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        tr("Import records"),
        str(Path.home()),
        tr("Records files (*.json *.xml);;All files (*)"),
    )
    return import_records_files(parent, ctx, [Path(n) for n in names])
