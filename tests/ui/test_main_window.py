"""The main window's own work: concerns (create, rename, archive, switch), journals, --demo."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from secondopinion.services.concerns import list_concerns
from secondopinion.ui.main_window import MainWindow


def _answer_title(monkeypatch: pytest.MonkeyPatch, *answers: str) -> None:
    queue = list(answers)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (queue.pop(0), True))


def test_create_rename_archive_and_switch_concerns(window: MainWindow, monkeypatch) -> None:
    _answer_title(monkeypatch, "Thyroid nodule")
    window.concern_bar.new_concern()
    assert window.concern_bar.picker.currentText() == "Thyroid nodule"
    new_id = window.ctx.concern_id
    assert len(window.signs_tab.signs.signs_model.rows) == 6  # standard signs came with it

    _answer_title(monkeypatch, "Thyroid nodule (left lobe)")
    window.concern_bar.rename_concern()
    assert window.concern_bar.picker.currentText() == "Thyroid nodule (left lobe)"

    window.concern_bar.toggle_archive()
    titles = [
        window.concern_bar.picker.itemText(i) for i in range(window.concern_bar.picker.count())
    ]
    assert "Thyroid nodule (left lobe)" not in titles
    assert window.ctx.concern_id != new_id

    window.concern_bar.show_archived.trigger()
    window.concern_bar.select_concern(new_id)
    assert window.concern_bar.picker.currentText() == "Thyroid nodule (left lobe) (archived)"
    window.concern_bar.toggle_archive()  # restore
    assert [c.title for c in list_concerns(window.journal)][-1] == "Thyroid nodule (left lobe)"


def test_an_empty_title_is_refused_with_a_message(window: MainWindow, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    answers = iter([("   ", True), ("", False)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    window.concern_bar.new_concern()
    assert warnings == ["This cannot be empty."]
    assert window.concern_bar.picker.count() == 2


def test_new_journal_then_recent_journals(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    first = window.journal.path
    target = tmp_path / "mum"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    import secondopinion.ui.passphrase_dialog as dialogs

    monkeypatch.setattr(dialogs, "offer_new_passphrase", lambda *a, **k: (True, None))
    window.files.new_journal()
    assert window.journal.path == target.with_suffix(".sojournal")
    assert window.stack.currentWidget() is window.welcome
    window.files.fill_recent(window.menus.recent_menu)
    texts = [a.text() for a in window.menus.recent_menu.actions()]
    assert any(str(first) in t for t in texts)
    next(a for a in window.menus.recent_menu.actions() if str(first) in a.text()).trigger()
    assert window.journal.path == first
    assert window.concern_bar.picker.count() == 2


def test_every_menu_action_has_a_keyboard_path(window: MainWindow) -> None:
    for menu in (window.file_menu, window.edit_menu, window.view_menu, window.help_menu):
        assert "&" in menu.title()
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()


def test_demo_flag_opens_a_fresh_demo_copy(monkeypatch, private_home: Path) -> None:
    from secondopinion.__main__ import main

    seen: dict[str, object] = {}

    def fake_exec(*_a: object) -> int:
        app = QApplication.instance()
        window = next(
            w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        seen["path"] = window.journal.path
        seen["concerns"] = window.concern_bar.picker.count()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert main(["--demo"]) == 0
    demo = Path(str(seen["path"]))
    assert seen["concerns"] == 2
    assert not str(demo).startswith(str(private_home))  # a temporary copy, not the user's data
    QApplication.instance().aboutToQuit.emit()
    assert not demo.exists()  # and it is cleaned up when the app quits


def test_settings_file_is_private(make_window, demo_path: Path, private_home: Path) -> None:
    window = make_window(demo_path)
    window.resize(800, 580)
    window.close()  # writes geometry, recent journals, last concern
    settings = private_home / "settings.ini"
    assert "recentJournals" in settings.read_text(encoding="utf-8")
    assert settings.stat().st_mode & 0o777 == 0o600
