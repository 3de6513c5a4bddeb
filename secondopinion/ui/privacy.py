"""Privacy in the window: locking (Ctrl+L and after idle time), the passphrase, backups.

``install(window)`` wraps the window's content in a stack with a lock page, and adds to the File
menu: Back up now, Restore from backup…, Passphrase…, Lock, and Auto-lock settings. While the
journal is locked nothing of it is shown: the content, the status bar, other windows of the app
and anything typed in the title are hidden, and every action but Quit is disabled. A journal
with a passphrase unlocks with it; one without shows again on a click or Enter (the lock page
says so).
"""

from __future__ import annotations

import contextlib
import hmac
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from secondopinion.services.errors import in_words
from secondopinion.services.journals import JournalError
from secondopinion.ui.dialog_size import ok_cancel
from secondopinion.ui.lock_screen import IdleWatcher, LockPage

IDLE_KEY = "privacy/idleLockMinutes"
DEFAULT_IDLE_MINUTES = 10


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("privacy", text, disambiguation or None, n)


def idle_minutes(settings: Any) -> int:
    try:
        value = int(settings.value(IDLE_KEY, DEFAULT_IDLE_MINUTES))
    except (TypeError, ValueError):
        value = DEFAULT_IDLE_MINUTES
    return max(0, min(value, 24 * 60))


class PrivacyGuard(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.locked = False
        self._saved_title = ""
        self._disabled: list[Any] = []
        self._hidden: list[QWidget] = []
        self._status_visible = True
        self._wrap_content()
        self._add_actions()
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.idle.set_minutes(idle_minutes(window.settings))

    # --- building ----------------------------------------------------------------------------

    def _wrap_content(self) -> None:
        window = self.window
        content = window.takeCentralWidget()
        self.banner = self._build_banner()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(content, 1)
        self.content = page
        self.lock_page = LockPage()
        self.lock_page.unlock_requested.connect(self.unlock)
        self.holder = QStackedWidget()
        self.holder.setObjectName("privacyStack")
        self.holder.addWidget(page)
        self.holder.addWidget(self.lock_page)
        window.setCentralWidget(self.holder)

    def _build_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("passphraseBanner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(banner)
        row.setContentsMargins(10, 6, 10, 6)
        text = QLabel(
            tr(
                "This journal has no passphrase: anyone who can open your files can read it. "
                "A passphrase is recommended."
            )
        )
        text.setWordWrap(True)
        row.addWidget(text, 1)
        # No mnemonic: Alt+A belongs to the tabs; File > Passphrase… is the keyboard way here.
        add = QPushButton(tr("Add a passphrase…"))
        add.setObjectName("bannerAddPassphrase")
        add.clicked.connect(self.manage_passphrase)
        later = QPushButton(tr("Not now"))
        later.setObjectName("bannerNotNow")
        later.clicked.connect(banner.hide)
        row.addWidget(add)
        row.addWidget(later)
        banner.hide()
        return banner

    def _add_actions(self) -> None:
        window = self.window
        menu = window.file_menu
        quit_action = next((a for a in menu.actions() if a.objectName() == "actionQuit"), None)
        self.quit_action = quit_action
        entries = [
            (tr("&Back up now"), self.back_up_now, None, "actionBackUpNow"),
            (tr("Res&tore from backup…"), self.restore, None, "actionRestoreBackup"),
            None,
            (tr("&Passphrase…"), self.manage_passphrase, None, "actionPassphrase"),
            (tr("&Lock"), self.lock, QKeySequence("Ctrl+L"), "actionLock"),
            (tr("Auto-lock &settings…"), self.auto_lock_settings, None, "actionAutoLock"),
            None,
        ]
        self.actions: dict[str, QAction] = {}
        for entry in entries:
            if entry is None:
                separator = QAction(self.window)
                separator.setSeparator(True)
                menu.insertAction(quit_action, separator)
                continue
            text, slot, shortcut, name = entry
            action = QAction(text, window)
            action.setObjectName(name)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(lambda _c=False, slot=slot: slot())
            menu.insertAction(quit_action, action)
            self.actions[name] = action

    # --- locking -----------------------------------------------------------------------------

    def lock(self) -> None:
        """Hide everything of the journal until it is unlocked."""
        window = self.window
        if self.locked or window.journal is None:
            return
        # Whatever was being typed is saved, not left on screen; if it cannot be saved now (a
        # full disk) it stays in its field, hidden, for later.
        with contextlib.suppress(JournalError):
            window.ctx.flush()
        self.locked = True
        self.idle.stop()
        self._saved_title = window.windowTitle()
        window.setWindowTitle(tr("Second Opinion (locked)"))
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible():
                widget.hide()
                self._hidden.append(widget)
        self._disabled = []
        keep = {self.quit_action, window.file_menu.menuAction()}
        for action in window.findChildren(QAction):
            if action not in keep and action.isEnabled():
                action.setEnabled(False)
                self._disabled.append(action)
        for shortcut in window.findChildren(QShortcut):
            if shortcut.isEnabled():
                shortcut.setEnabled(False)
                self._disabled.append(shortcut)
        self._status_visible = window.statusBar().isVisible()
        window.statusBar().clearMessage()
        window.statusBar().hide()
        self.lock_page.prepare(window.journal.passphrase is not None)
        self.holder.setCurrentWidget(self.lock_page)
        self.lock_page.focus()

    def unlock(self, typed: str = "") -> bool:
        """Show the journal again if ``typed`` is its passphrase (any input for plain ones)."""
        if not self.locked:
            return True
        journal = self.window.journal
        expected = journal.passphrase if journal is not None else None
        if expected is not None and not hmac.compare_digest(
            typed.encode("utf-8"), expected.encode("utf-8")
        ):
            self.lock_page.wrong()
            return False
        self.locked = False
        for item in self._disabled:
            item.setEnabled(True)
        self._disabled = []
        for widget in self._hidden:
            try:
                modal = widget.isModal()
            except RuntimeError:  # deleted meanwhile
                continue
            if not modal and widget.windowType() != Qt.WindowType.Popup:
                widget.show()
        self._hidden = []
        self.window.setWindowTitle(self._saved_title)
        self.window.statusBar().setVisible(self._status_visible)
        self.holder.setCurrentWidget(self.content)
        self.idle.restart()
        return True

    def set_idle_minutes(self, minutes: int) -> None:
        self.window.settings.setValue(IDLE_KEY, int(minutes))
        self.idle.set_minutes(minutes)

    def auto_lock_settings(self) -> None:
        dialog = AutoLockDialog(self.window, idle_minutes(self.window.settings))
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.set_idle_minutes(dialog.minutes.value())
        finally:
            dialog.deleteLater()

    # --- journal events ----------------------------------------------------------------------

    def journal_opened(self, journal: Any, *, created: bool, offer: bool) -> None:
        """After open: the daily automatic backup, and the passphrase offer for a new journal."""
        self.banner.setVisible(created and offer and journal.passphrase is None)
        if created:
            return
        from secondopinion.services import backup
        from secondopinion.ui.jobs import run_job

        run_job(
            lambda: backup.automatic_backup(journal),
            lambda _out: None,
            lambda exc: self.window.statusBar().showMessage(
                tr("The automatic backup failed: {problem}").format(problem=in_words(exc)), 15000
            ),
            what=tr("the automatic backup"),
        )

    # --- passphrase --------------------------------------------------------------------------

    def manage_passphrase(self) -> None:
        from secondopinion.ui import passphrase_dialog  # (imported when asked: not at start)

        window = self.window
        journal = window.journal
        if journal is None:
            return
        name = journal.path.name
        if journal.passphrase is None:
            new = passphrase_dialog.ask_add_passphrase(window, name)
            if new is None:
                return
        else:

            def verify(typed: str) -> bool:
                return hmac.compare_digest(
                    typed.encode("utf-8"), str(journal.passphrase).encode("utf-8")
                )

            ok, new = passphrase_dialog.ask_change_passphrase(window, name, verify)
            if not ok:
                return
        self._apply_passphrase(journal, new)

    def _apply_passphrase(self, journal: Any, new: str | None) -> None:
        from secondopinion.services import passphrase as passphrase_service
        from secondopinion.ui import jobs

        window = self.window
        window.ctx.flush()
        jobs.settle(window, can_stay=False)  # no job may read the file while it is rekeyed
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = passphrase_service.set_passphrase(journal, new)
        except (JournalError, OSError, ValueError) as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(
                window,
                tr("Passphrase not changed"),
                tr("{problem}\n\nThe journal was left as it was.").format(problem=in_words(exc)),
            )
            return
        QApplication.restoreOverrideCursor()
        self.banner.hide()
        window.journal_label.setText(f"{journal.path}{' 🔒' if result.encrypted else ''}")
        message = (
            tr("The journal and its backups are now protected by the passphrase.")
            if result.encrypted
            else tr("The passphrase was removed: the journal and its backups are unencrypted.")
        )
        if result.copies_skipped:
            message += " " + tr(
                "%n older copies did not open with the old passphrase and were left as they were.",
                "",
                result.copies_skipped,
            )
        window.statusBar().showMessage(message, 15000)

    # --- backups -----------------------------------------------------------------------------

    def back_up_now(self) -> None:
        from secondopinion.ui import restore_dialog

        restore_dialog.back_up_now(self.window)

    def restore(self) -> None:
        from secondopinion.ui import restore_dialog

        restore_dialog.restore_from_backup(self.window)


class AutoLockDialog(QDialog):
    def __init__(self, parent: QWidget | None, minutes: int) -> None:
        super().__init__(parent)
        self.setObjectName("autoLockDialog")
        self.setWindowTitle(tr("Auto-lock"))
        layout = QVBoxLayout(self)
        explain = QLabel(
            tr(
                "Lock the journal when the keyboard and mouse have not been used for a while. "
                "Ctrl+L locks it at any time."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        self.minutes = QSpinBox()
        self.minutes.setObjectName("idleMinutes")
        self.minutes.setAccessibleName(tr("Minutes before locking"))
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSpecialValueText(tr("Never"))
        self.minutes.setSuffix(tr(" min"))
        self.minutes.setValue(minutes)
        form.addRow(tr("Lock &after:"), self.minutes)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self.accept, self.reject))


def install(window: Any) -> PrivacyGuard:
    guard = PrivacyGuard(window)
    window.privacy = guard
    return guard


def guard_of(window: Any) -> PrivacyGuard | None:
    found = getattr(window, "privacy", None)
    return found if isinstance(found, PrivacyGuard) else None
