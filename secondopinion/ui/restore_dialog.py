"""Backing up and restoring from the window: Back up now, Restore from backup…, damaged files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secondopinion.services import backup
from secondopinion.services.errors import in_words
from secondopinion.services.journals import (
    JournalError,
    PassphraseRequired,
    WrongPassphrase,
    is_encrypted_file,
)
from secondopinion.ui import unlock
from secondopinion.ui.widgets import fit_to_contents, hint


def tr(text: str) -> str:
    return QCoreApplication.translate("privacy", text)


def _when(info: backup.BackupInfo) -> str:
    """The backup's local date and time, the person's way (no time zone: it is theirs)."""
    moment = QDateTime(info.taken_at)  # type: ignore[call-overload]
    locale = QLocale()
    return (
        f"{locale.toString(moment.date(), QLocale.FormatType.LongFormat)}, "
        f"{locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}"
    )


def _size(path: Path) -> str:
    try:
        return QLocale().formattedDataSize(path.stat().st_size)
    except OSError:
        return "?"


class RestoreDialog(QDialog):
    """Pick one of the journal's backups (newest first) or another backup file."""

    def __init__(self, parent: QWidget | None, journal_path: Path) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(tr("Restore from backup"))
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        folder = backup.backups_folder(journal_path)
        layout.addWidget(
            hint(
                tr(
                    "The backup replaces what the journal holds now. The journal as it is now "
                    "is kept beside it, so nothing is thrown away. Backups are in {folder}."
                ).format(folder=folder)
            )
        )
        caption = QLabel(tr("&Backups:"))
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(tr("Backups"))
        caption.setBuddy(self.list)
        for info in backup.list_backups(journal_path):
            item = QListWidgetItem(f"{_when(info)} · {_size(info.path)}")
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(tr("(no backups yet)"))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.itemActivated.connect(lambda _i: self._accept())
        layout.addWidget(caption)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = buttons.addButton(tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setObjectName("restoreButton")
        restore.setEnabled(bool(backup.list_backups(journal_path)))
        other: QPushButton = buttons.addButton(
            tr("&Other file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        other.setObjectName("otherBackupButton")
        other.clicked.connect(self._other)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_contents(self, 520, 360)

    def _accept(self) -> None:
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if data:
            self.chosen = Path(str(data))
            self.accept()

    def _other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Choose a backup"),
            str(Path.home()),
            tr("Second Opinion journals (*.sojournal *.db *.bak);;All files (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()


def choose_backup(parent: QWidget | None, journal_path: Path) -> Path | None:
    dialog = RestoreDialog(parent, journal_path)
    try:
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def _backup_passphrase(window: Any, path: Path, current: str | None) -> tuple[bool, str | None]:
    """Check ``path`` opens; ask for its own passphrase if the journal's does not open it."""
    passphrase = current if is_encrypted_file(path) else None
    while True:
        try:
            backup.check_backup(path, passphrase)
            return True, passphrase
        except (PassphraseRequired, WrongPassphrase) as exc:
            passphrase = unlock.ask_passphrase(
                window, path, wrong=isinstance(exc, WrongPassphrase) and passphrase is not None
            )
            if passphrase is None:
                return False, None
        except (JournalError, OSError) as exc:
            QMessageBox.warning(
                window,
                tr("Cannot use this backup"),
                tr("{problem}\n\nThe journal was not changed.").format(problem=in_words(exc)),
            )
            return False, None


def restore_from_backup(window: Any) -> bool:
    """File > Restore from backup…: choose, check, confirm, restore; True when restored."""
    journal = window.journal
    if journal is None:
        return False
    chosen = choose_backup(window, journal.path)
    if chosen is None:
        return False
    ok, passphrase = _backup_passphrase(window, chosen, journal.passphrase)
    if not ok:
        return False
    answer = QMessageBox.question(
        window,
        tr("Restore from backup"),
        tr(
            "Replace what the journal holds now with the backup “{name}”?\n\n"
            "The journal as it is now is kept beside it as “{journal}.before-restore-…”."
        ).format(name=chosen.name, journal=journal.path.name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    from secondopinion.ui import jobs

    window.ctx.flush()
    jobs.settle(window, can_stay=False)  # no job may read the file while it is replaced
    try:
        aside = backup.restore_backup(journal, chosen, passphrase)
    except (JournalError, OSError) as exc:
        QMessageBox.warning(
            window,
            tr("Restore failed"),
            tr("{problem}\n\nThe journal was left as it was.").format(problem=in_words(exc)),
        )
        return False
    window.files.set_journal(journal, remember=window.files.remember)
    window.statusBar().showMessage(
        tr("Restored “{name}”. The previous journal was kept as “{aside}”.").format(
            name=chosen.name, aside=aside.name
        ),
        15000,
    )
    return True


def back_up_now(window: Any) -> None:
    """File > Back up now: a checked copy in the backups folder, made in the background."""
    journal = window.journal
    if journal is None:
        return
    from secondopinion.ui.jobs import run_job

    def failed(exc: BaseException) -> None:
        window.statusBar().clearMessage()
        QMessageBox.warning(
            window,
            tr("Backup failed"),
            tr("{problem}\n\nThe journal itself is unchanged.").format(problem=in_words(exc)),
        )

    window.ctx.flush()
    window.statusBar().showMessage(tr("Backing up…"))
    run_job(
        lambda: backup.back_up_now(journal),
        lambda out: window.statusBar().showMessage(
            tr("Backed up to {path}").format(path=out), 15000
        ),
        failed,
        what=tr("the backup"),
    )


def first_page_damaged(path: Path, passphrase: str | None) -> bool:
    """A passphrase that "does not open" a journal but opens its backups is the right one.

    An encrypted journal whose first page is damaged cannot tell a wrong key from damage;
    its backups, encrypted with the same passphrase, can.
    """
    if not passphrase:
        return False
    return backup.newest_good_backup(path, passphrase) is not None


def recover_damaged(
    window: Any, path: Path, passphrase: str | None, problem: str, *, remember: bool
) -> bool:
    """The journal failed its check on open: say so, keep it, offer the newest good backup."""
    title = tr("The journal is damaged")
    good = backup.newest_good_backup(path, passphrase)
    kept = tr("Nothing was written to it; the file is kept as it is.")
    if good is None:
        QMessageBox.warning(
            window,
            title,
            tr(
                "{problem}\n\n{kept}\n\nThere is no good backup of it in {folder}. Keep the "
                "file: a copy made elsewhere, or a data recovery service, may still save it."
            ).format(problem=problem, kept=kept, folder=backup.backups_folder(path)),
        )
        return False
    answer = QMessageBox.question(
        window,
        title,
        tr(
            "{problem}\n\n{kept}\n\nThe newest good backup is from {when}. Restore it? The "
            "damaged file stays beside it as “{name}.damaged-…”."
        ).format(problem=problem, kept=kept, when=_when(good), name=path.name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        aside = backup.replace_damaged(path, good.path, passphrase)
    except (JournalError, OSError) as exc:
        QMessageBox.warning(window, title, in_words(exc))
        return False
    if not window.open_path(path, remember=remember, passphrase=passphrase):
        return False
    window.statusBar().showMessage(
        tr("Restored the backup from {when}. The damaged file was kept as “{aside}”.").format(
            when=_when(good), aside=aside.name
        ),
        20000,
    )
    return True
