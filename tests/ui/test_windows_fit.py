"""Every page and dialog outside the tabs fits its text: the welcome page, the lock screen, the
passphrase dialogs, unlock, restore, export, search, help and about — at 1024×700 and at twice the
font, light and dark, in every language the app ships (measured as ``tests/ui/clipping.py``
says). Each is opened the way the app opens it; a modal dialog is measured while it is shown and
then cancelled. The tabs themselves: ``test_dark_and_large.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from secondopinion.ui import (
    export_dialog,
    help,
    passphrase_dialog,
    privacy,
    restore_dialog,
    search_dialog,
    unlock,
)
from secondopinion.ui.jobs import wait_for_jobs
from tests.ui.clipping import LANGUAGES, language, layout_problems, settle, system

SCREEN = {1.0: (1024, 700), 2.0: (1920, 1080)}  # the room a dialog may take at each font size


def dialog_problems(dialog: QWidget, what: str, font_scale: float) -> list[str]:
    dialog.show()
    for _ in range(3):
        QApplication.processEvents()
    width, height = SCREEN[font_scale]
    problems = [f"{what}: {p}" for p in layout_problems(dialog)]
    if dialog.width() > width or dialog.height() > height:
        problems.append(f"{what} is {dialog.width()}×{dialog.height()}, more than {width}×{height}")
    return problems


def window_problems(window: QWidget, what: str, font_scale: float) -> list[str]:
    settle(window, font_scale)
    return [f"{what}: {p}" for p in layout_problems(window)]


def measure_modal(
    monkeypatch: pytest.MonkeyPatch, font_scale: float, problems: list[str], seen: list[str]
) -> None:
    """From now on, a dialog run with exec() is measured while shown, then cancelled."""

    def measured_exec(dialog: QDialog) -> int:
        what = type(dialog).__name__
        seen.append(what)
        problems.extend(dialog_problems(dialog, what, font_scale))
        dialog.hide()
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QDialog, "exec", measured_exec)


def every_window(window, tmp_path: Path, font_scale: float, problems: list[str]) -> None:  # type: ignore[no-untyped-def]

    def opened(what: str, show: Callable[[], QWidget | None]) -> None:
        dialog = show()
        assert dialog is not None, what
        wait_for_jobs()  # the export preview, the search
        for _ in range(3):
            QApplication.processEvents()
        problems.extend(dialog_problems(dialog, what, font_scale))
        dialog.close()

    # The lock screen, for a plain journal and for an encrypted one, after a wrong passphrase.
    guard = privacy.guard_of(window)
    assert guard is not None
    guard.lock()
    problems.extend(window_problems(window, "lock screen", font_scale))
    guard.lock_page.prepare(True)
    guard.lock_page.wrong()
    problems.extend(window_problems(window, "lock screen (passphrase, wrong)", font_scale))
    guard.lock_page.prepare(False)
    assert guard.unlock()

    # The modal ones: measured inside exec().
    name = window.journal.path.name
    passphrase_dialog.offer_new_passphrase(window, name)
    passphrase_dialog.ask_add_passphrase(window, name)
    passphrase_dialog.ask_change_passphrase(window, name, lambda typed: True)
    unlock.ask_passphrase(window, window.journal.path)
    unlock.ask_passphrase(window, window.journal.path, wrong=True)
    restore_dialog.choose_backup(window, window.journal.path)

    opened("export dialog", lambda: export_dialog.show_export_dialog(window))
    search = search_dialog.show_search(window)
    search.edit.setText("pain")
    opened("search dialog", lambda: search)
    opened("help", lambda: help.show_help(window))
    opened("about", lambda: help.show_about(window))

    # The welcome page: a new journal, no concern yet.
    assert window.open_path(tmp_path / "new.sojournal", create=True)
    assert window.stack.currentWidget() is window.welcome
    problems.extend(window_problems(window, "welcome page", font_scale))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("font_scale", [1.0, 2.0], ids=["1024x700", "twice the font"])
def test_every_page_and_dialog_fits(
    make_window, demo_path, tmp_path, monkeypatch, font_scale, dark, lang
) -> None:
    problems: list[str] = []
    seen: list[str] = []
    with language(lang), system(dark=dark, font_scale=font_scale):
        measure_modal(monkeypatch, font_scale, problems, seen)
        window = make_window(demo_path)
        every_window(window, tmp_path, font_scale, problems)
        window.close()
    assert seen == [
        "NewPassphraseDialog",
        "NewPassphraseDialog",
        "ManagePassphraseDialog",
        "UnlockDialog",
        "UnlockDialog",
        "RestoreDialog",
    ]
    assert not problems, "\n".join(sorted(set(problems)))
