"""Privacy in the window: locking, the passphrase, backups, damaged and busy journals."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMessageBox, QPushButton

from secondopinion import paths
from secondopinion.services import backup
from secondopinion.services.demo import write_demo
from secondopinion.store import commands, lock
from secondopinion.store.engine import SQLITE_MAGIC
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Concern, SymptomEntry
from secondopinion.ui import (
    journal_files,
    main_window,
    passphrase_dialog,
    privacy,
    restore_dialog,
)
from secondopinion.ui.passphrase_dialog import ManagePassphraseDialog, NewPassphraseDialog
from tests.reliability.sweep import files_with, new_marker

PASSPHRASE = "correct horse battery staple"


def _encrypted_demo(path: Path, passphrase: str = PASSPHRASE) -> Path:
    write_demo(path, passphrase=passphrase).close()
    return path


def _answer_passphrases(monkeypatch: pytest.MonkeyPatch, *answers: str | None) -> list[bool]:
    """Patch the unlock dialog to answer in turn; returns the ``wrong`` flag of each call."""
    asked: list[bool] = []
    queue = list(answers)

    def ask(_parent: object, _path: Path, *, wrong: bool = False) -> str | None:
        asked.append(wrong)
        return queue.pop(0)

    monkeypatch.setattr(journal_files, "ask_passphrase", ask)
    return asked


def _action(window, name: str):  # type: ignore[no-untyped-def]
    found = [a for a in window.file_menu.actions() if a.objectName() == name]
    assert found, name
    return found[0]


def _content_hidden(window) -> bool:  # type: ignore[no-untyped-def]
    guard = window.privacy
    return (
        guard.locked
        and guard.holder.currentWidget() is guard.lock_page
        and not window.tabs.isVisible()
        and not window.concern_bar.picker.isVisible()
        and not window.statusBar().isVisible()
    )


def test_the_file_menu_has_the_privacy_entries(window) -> None:  # type: ignore[no-untyped-def]
    names = [a.objectName() for a in window.file_menu.actions()]
    for name in (
        "actionBackUpNow",
        "actionRestoreBackup",
        "actionPassphrase",
        "actionLock",
        "actionAutoLock",
    ):
        assert name in names
        assert "&" in _action(window, name).text()  # a mnemonic: reachable from the keyboard
    assert names.index("actionLock") < names.index("actionQuit")
    assert _action(window, "actionLock").shortcut().toString() == "Ctrl+L"


def test_ctrl_l_hides_a_plain_journal_and_enter_shows_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    title = window.windowTitle()
    assert "demo" in title
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert _content_hidden(window)
    assert "demo" not in window.windowTitle()
    page = window.privacy.lock_page
    assert "no passphrase" in page.explain.text()  # it says anyone can show it again
    export = window.findChild(QAction, "actionExportJson")
    assert not export.isEnabled()
    assert _action(window, "actionQuit").isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert not window.privacy.locked
    assert window.windowTitle() == title
    assert window.tabs.isVisible() and export.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(page, Qt.MouseButton.LeftButton)  # a click shows it too
    assert not window.privacy.locked


def test_a_wrong_passphrase_is_asked_again_and_the_right_one_unlocks(
    make_window, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = _encrypted_demo(tmp_path / "secret.sojournal")
    asked = _answer_passphrases(monkeypatch, "wrong guess", PASSPHRASE)
    window = make_window(path)
    assert asked == [False, True]  # asked, then told it was wrong and asked again
    assert window.journal.encrypted
    window.privacy.lock()
    assert _content_hidden(window)
    page = window.privacy.lock_page
    assert page.field.isVisible()
    qtbot.keyClicks(page.field, "still wrong")
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert window.privacy.locked
    assert "not right" in page.error.text()
    assert page.field.text() == ""
    qtbot.keyClicks(page.field, PASSPHRASE)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert not window.privacy.locked and window.tabs.isVisible()


def test_cancelling_the_unlock_dialog_opens_nothing(
    tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from secondopinion.ui.app import make_app, make_settings

    path = _encrypted_demo(tmp_path / "secret.sojournal")
    _answer_passphrases(monkeypatch, None)
    make_app()
    window = main_window.MainWindow(make_settings())
    qtbot.addWidget(window)
    assert not window.open_path(path)
    assert window.journal is None and not lock.is_locked(path)


def test_the_journal_locks_after_idle_time(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert privacy.idle_minutes(window.settings) == 10  # the default
    assert window.privacy.idle.timer.interval() == 10 * 60_000
    window.privacy.idle.timer.start(50)
    qtbot.waitUntil(lambda: window.privacy.locked, timeout=3000)
    assert _content_hidden(window)


def test_auto_lock_minutes_are_set_and_remembered(window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    def choose(dialog: privacy.AutoLockDialog) -> int:
        assert dialog.minutes.value() == 10
        dialog.minutes.setValue(3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(privacy.AutoLockDialog, "exec", choose)
    _action(window, "actionAutoLock").trigger()
    assert int(window.settings.value(privacy.IDLE_KEY)) == 3
    assert window.privacy.idle.timer.interval() == 3 * 60_000
    window.privacy.set_idle_minutes(0)  # "Never"
    assert not window.privacy.idle.timer.isActive()


def test_locking_hides_the_other_windows_of_the_app(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    side = QDialog(window)
    side.setModal(False)
    side.show()
    window.privacy.lock()
    assert not side.isVisible()
    window.privacy.unlock()
    assert side.isVisible()
    side.close()


def test_a_new_journal_is_offered_a_passphrase(
    make_window, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_path)
    target = tmp_path / "mum"
    monkeypatch.setattr(
        journal_files.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    monkeypatch.setattr(
        passphrase_dialog, "offer_new_passphrase", lambda _p, name: (True, PASSPHRASE)
    )
    window.files.new_journal()
    created = target.with_suffix(".sojournal")
    assert window.journal.path == created and window.journal.encrypted
    assert created.read_bytes()[:16] != SQLITE_MAGIC
    assert not window.privacy.banner.isVisibleTo(window)
    assert "🔒" in window.journal_label.text()
    assert not lock.is_locked(demo_path)  # the previous journal was let go


def test_skipping_the_passphrase_makes_a_plain_journal(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "plain.sojournal"
    monkeypatch.setattr(
        journal_files.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    monkeypatch.setattr(passphrase_dialog, "offer_new_passphrase", lambda _p, _n: (True, None))
    window.files.new_journal()
    assert window.journal.path == target and not window.journal.encrypted
    assert not window.privacy.banner.isVisibleTo(window)  # asked already: no nagging
    monkeypatch.setattr(passphrase_dialog, "offer_new_passphrase", lambda _p, _n: (False, None))
    other = tmp_path / "cancelled.sojournal"
    monkeypatch.setattr(
        journal_files.QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), "")
    )
    window.files.new_journal()
    assert not other.exists() and window.journal.path == target


def test_the_new_passphrase_dialog_checks_what_is_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewPassphraseDialog(None, "mum.sojournal", creating=True)
    qtbot.addWidget(dialog)
    warning = dialog.findChild(QLabel, "passphraseWarning")
    assert "nobody can open this journal" in warning.text()
    assert "no way to recover" in warning.text()
    fields = dialog.fields
    fields.first.setText("short")
    dialog._protect()
    assert "at least 8" in fields.first_error.text() and dialog.result() == 0
    fields.first.setText("long enough words")
    fields.second.setText("long enough word")
    dialog._protect()
    assert "not the same" in fields.second_error.text()
    fields.second.setText("long enough words")
    dialog._protect()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.passphrase() == "long enough words"
    skip = NewPassphraseDialog(None, "x", creating=True)
    qtbot.addWidget(skip)
    skip.findChild(QPushButton, "skipPassphraseButton").click()
    assert skip.passphrase() is None and skip.result() == QDialog.DialogCode.Accepted
    for widget in (fields.first, fields.second):
        assert widget.accessibleName() and widget.echoMode() == QLineEdit.EchoMode.Password


def test_the_manage_dialog_wants_the_current_passphrase(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ManagePassphraseDialog(None, "j.sojournal", lambda typed: typed == PASSPHRASE)
    qtbot.addWidget(dialog)
    dialog.current.setText("nope")
    dialog._apply()
    assert "not the current passphrase" in dialog.current_error.text()
    dialog.current.setText(PASSPHRASE)
    dialog.remove.setChecked(True)
    assert not dialog.fields.first.isEnabled()
    dialog._apply()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.new_passphrase() is None


def test_a_journal_created_without_asking_shows_the_recommendation(
    make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(tmp_path / "first.sojournal", create=True)
    banner = window.privacy.banner
    assert banner.isVisible()
    monkeypatch.setattr(passphrase_dialog, "ask_add_passphrase", lambda _p, _n: PASSPHRASE)
    banner.findChild(QPushButton, "bannerAddPassphrase").click()
    assert window.journal.encrypted and not banner.isVisible()


def test_passphrase_added_changed_and_removed_from_the_menu(
    make_window, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_path)
    before = [c.title for c in commands.rows(window.journal, Concern)]
    with Journal.open(demo_path) as other:  # an older backup, to see it follow along
        backup.back_up_now(other)
    monkeypatch.setattr(passphrase_dialog, "ask_add_passphrase", lambda _p, _n: PASSPHRASE)
    _action(window, "actionPassphrase").trigger()
    assert window.journal.encrypted and "🔒" in window.journal_label.text()
    assert [c.title for c in commands.rows(window.journal, Concern)] == before
    for copy in backup.companions(demo_path):
        assert copy.read_bytes()[:16] != SQLITE_MAGIC  # the backups are encrypted too

    def change(_p: object, _n: str, verify) -> tuple[bool, str | None]:  # type: ignore[no-untyped-def]
        assert verify(PASSPHRASE) and not verify("guess")
        return True, "a brand new passphrase"

    monkeypatch.setattr(passphrase_dialog, "ask_change_passphrase", change)
    _action(window, "actionPassphrase").trigger()
    assert window.journal.passphrase == "a brand new passphrase"
    monkeypatch.setattr(passphrase_dialog, "ask_change_passphrase", lambda *_a: (True, None))
    _action(window, "actionPassphrase").trigger()
    assert not window.journal.encrypted and "🔒" not in window.journal_label.text()
    assert [c.title for c in commands.rows(window.journal, Concern)] == before
    window.close()
    with Journal.open(demo_path) as journal:
        assert [c.title for c in commands.rows(journal, Concern)] == before


def test_back_up_now_then_restore_brings_the_old_state_back(
    window, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = window.journal.path
    qtbot.waitUntil(lambda: len(backup.list_backups(path)) >= 1, timeout=5000)  # automatic
    for info in backup.list_backups(path):
        info.path.unlink()
    _action(window, "actionBackUpNow").trigger()
    qtbot.waitUntil(lambda: len(backup.list_backups(path)) == 1, timeout=5000)
    made = backup.list_backups(path)[0].path
    assert made.stat().st_mode & 0o777 == 0o600
    assert made.parent.stat().st_mode & 0o777 == 0o700
    qtbot.waitUntil(lambda: "Backed up" in window.statusBar().currentMessage(), timeout=5000)
    concern = commands.rows(window.journal, Concern)[0]
    commands.update(window.journal, Concern, concern.id, title="Changed after the backup")
    monkeypatch.setattr(restore_dialog, "choose_backup", lambda _p, _j: made)
    monkeypatch.setattr(
        restore_dialog.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes
    )
    _action(window, "actionRestoreBackup").trigger()
    assert commands.get(window.journal, Concern, concern.id).title == concern.title
    assert (
        window.concern_bar.picker.findText(concern.title) >= 0
    )  # the window shows the restored data
    kept = list(path.parent.glob(f"{path.name}.before-restore-*"))
    assert len(kept) == 1
    with Journal.open(kept[0]) as previous:
        assert commands.get(previous, Concern, concern.id).title == "Changed after the backup"


def test_the_restore_dialog_lists_backups_newest_first(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: len(backup.list_backups(window.journal.path)) >= 1, timeout=5000)
    dialog = restore_dialog.RestoreDialog(window, window.journal.path)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == len(backup.list_backups(window.journal.path))
    assert dialog.list.accessibleName()
    dialog._accept()
    assert dialog.chosen == backup.list_backups(window.journal.path)[0].path


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_a_damaged_journal_is_kept_and_its_newest_good_backup_offered(
    tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:  # type: ignore[no-untyped-def]
    from secondopinion.ui.app import make_app, make_settings

    path = tmp_path / "journal.sojournal"
    with write_demo(path) as journal:
        backup.back_up_now(journal)
        titles = [c.title for c in commands.rows(journal, Concern)]
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)
    damaged = path.read_bytes()
    asked: list[str] = []

    def question(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(restore_dialog.QMessageBox, "question", question)
    make_app()
    window = main_window.MainWindow(make_settings())
    qtbot.addWidget(window)
    opened = window.open_path(path)
    assert len(asked) == 1 and "damaged" in asked[0] and "Nothing was written" in asked[0]
    if answer == "No":
        assert not opened and path.read_bytes() == damaged
        return
    assert opened
    assert [c.title for c in commands.rows(window.journal, Concern)] == titles
    kept = list(tmp_path.glob("journal.sojournal.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert "damaged file was kept" in window.statusBar().currentMessage()
    window.close()


def test_an_encrypted_journal_with_a_damaged_first_page_is_not_a_wrong_passphrase(
    tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from secondopinion.ui.app import make_app, make_settings

    path = tmp_path / "secret.sojournal"
    with write_demo(path, passphrase=PASSPHRASE) as journal:
        backup.back_up_now(journal)
    data = bytearray(path.read_bytes())
    data[200] ^= 0xFF  # inside the first page, after the salt: the key check itself fails
    path.write_bytes(bytes(data))
    asked = _answer_passphrases(monkeypatch, PASSPHRASE)
    told: list[str] = []

    def question(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
        told.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(restore_dialog.QMessageBox, "question", question)
    make_app()
    window = main_window.MainWindow(make_settings())
    qtbot.addWidget(window)
    assert window.open_path(path)
    assert asked == [False]  # asked once; not told the right passphrase was wrong
    assert "first page" in told[0]
    assert window.journal.encrypted and commands.count(window.journal, Concern) == 2
    window.close()


def test_a_journal_open_in_another_instance_is_refused(
    tmp_path: Path, demo_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from secondopinion.ui.app import make_app, make_settings

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time\n"
            "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX)\n"
            "print('held', flush=True)\n"
            "time.sleep(60)\n",
            str(lock.lock_path(demo_path)),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        told: list[str] = []
        monkeypatch.setattr(
            journal_files.QMessageBox, "information", lambda _p, _t, text: told.append(text)
        )
        make_app()
        window = main_window.MainWindow(make_settings())
        qtbot.addWidget(window)
        before = demo_path.read_bytes()
        assert not window.open_path(demo_path)
        assert len(told) == 1 and "already open" in told[0]
        assert demo_path.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
    assert window.open_path(demo_path)  # the other instance is gone: its lock went with it
    window.close()
    assert not lock.is_locked(demo_path)


def test_typed_text_reaches_no_file_of_an_encrypted_journal(
    make_window, qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capfd
) -> None:  # type: ignore[no-untyped-def]
    tmp = tmp_path / "tmp"
    tmp.mkdir(mode=0o700)
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    marker = new_marker()
    path = paths.default_journal()
    path.parent.mkdir(parents=True, mode=0o700, exist_ok=True)
    Journal.create(path, PASSPHRASE).close()
    _answer_passphrases(monkeypatch, PASSPHRASE)
    window = make_window(path)
    qtbot.keyClicks(window.welcome.first_title, f"{marker} concern")
    qtbot.keyClick(window.welcome.first_title, Qt.Key.Key_Return)
    tab = window.signs_tab
    qtbot.keyClicks(tab.signs.new_sign, f"{marker} sign")
    qtbot.keyClick(tab.signs.new_sign, Qt.Key.Key_Return)
    tab.log.entry_symptom.lineEdit().setText(f"{marker} symptom")
    qtbot.keyClicks(tab.log.entry_notes, f"{marker} notes")
    qtbot.keyClick(tab.log.entry_notes, Qt.Key.Key_Return)
    assert commands.count(window.journal, SymptomEntry, SymptomEntry.notes.contains(marker)) == 1
    window.privacy.lock()
    assert marker not in window.windowTitle()
    window.privacy.unlock(PASSPHRASE)
    _action(window, "actionBackUpNow").trigger()
    qtbot.waitUntil(lambda: bool(backup.list_backups(path)), timeout=5000)
    window.close()
    out, err = capfd.readouterr()
    assert marker not in out + err
    assert files_with(marker, paths.data_dir(), tmp) == []
