"""Choosing the language: View > Language (remembered for the next start), the export dialog's
language for the packet (the doctor's), and the system locale when nothing is chosen."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from secondopinion import i18n
from secondopinion.store.journal import Journal
from secondopinion.ui import export_dialog, language
from secondopinion.ui.app import make_app, make_settings


class FakeWindow(QWidget):
    def __init__(self, journal: Journal, concern_id: int | None) -> None:
        super().__init__()
        self.journal = journal
        self._concern = concern_id

    def current_concern_id(self) -> int | None:
        return self._concern


def answer(box: QMessageBox, restart: bool, told: list[str]) -> int:
    """The person reads the question and clicks Restart now or Later (no modal loop)."""
    told.append(box.text())
    role = QMessageBox.ButtonRole.AcceptRole if restart else QMessageBox.ButtonRole.RejectRole
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    told.append(button.text())
    button.click()
    return 0


@pytest.fixture
def english_afterwards() -> Any:
    yield
    make_app("en")


def test_view_language_is_remembered_and_used_at_the_next_start(
    window: Any, monkeypatch: pytest.MonkeyPatch, english_afterwards: Any
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, False, told))
    menu = window.findChild(type(window.language_menu.menu), "languageMenu")
    names = [a.text() for a in menu.actions()]
    assert names[1:] == ["English", "Español"]  # each language in its own words
    spanish = next(a for a in menu.actions() if a.objectName() == "actionLanguage_es")
    spanish.trigger()
    assert make_settings().value(language.SETTING) == "es"
    assert told == [
        "Second Opinion hablará Español la próxima vez que se inicie. ¿Reiniciar la ventana "
        "ahora? Primero se guarda lo que haya escrito y se vuelve a abrir el mismo diario.",
        "Más tarde",
    ]
    assert window.isVisible() and window.journal is not None  # "Later": the window stays
    make_app()  # the next start: no --lang, the remembered choice wins over the system's
    assert i18n.current_language() == "es"
    assert QCoreApplication.translate("MainWindow", "&File") != "&File"
    system = next(a for a in menu.actions() if a.objectName() == "actionLanguage_system")
    system.trigger()
    assert make_settings().value(language.SETTING) is None
    assert language.chosen(make_settings(), None) == i18n.system_language()


def test_lang_option_beats_the_remembered_choice(english_afterwards: Any) -> None:
    settings = make_settings()
    language.remember(settings, "es")
    assert language.chosen(settings, "en") == "en"
    assert language.chosen(settings, None) == "es"


def test_system_locale_decides_without_a_choice(
    monkeypatch: pytest.MonkeyPatch, english_afterwards: Any
) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert language.chosen(make_settings(), None) == "es"
    make_app()
    assert QCoreApplication.translate("MainWindow", "&File") != "&File"


def test_export_dialog_prints_the_packet_in_the_chosen_language(
    qtbot: Any, journal: Journal, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    make_app("en")
    target = tmp_path / "packet.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    window = FakeWindow(journal, 1)
    qtbot.addWidget(window)
    dialog = export_dialog.show_export_dialog(window)
    assert dialog is not None
    assert dialog.language.currentData() == "en"  # the window's language first
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.saved_to is not None, timeout=30_000)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "Preguntas para esta cita" in text and "Questions for this appointment" not in text
    assert "Página 1 de" in text


def test_restart_now_rebuilds_the_window_in_the_new_language_on_the_same_journal(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english_afterwards: Any
) -> None:
    """View > Language > Español > "Reiniciar ahora": what was typed is saved, the window comes
    back in Spanish on the same (passphrase-protected) journal, and nothing is asked again."""
    from secondopinion.services.demo import write_demo
    from secondopinion.ui.forms import AutoSaveForm
    from secondopinion.ui.main_window import MainWindow
    from secondopinion.ui.unlock import UnlockDialog

    path = tmp_path / "secret.sojournal"
    write_demo(path, passphrase="correct horse battery").close()
    make_app("en")
    old = MainWindow(make_settings())  # not qtbot's: the restart deletes it
    assert old.open_path(path, passphrase="correct horse battery")
    old.show()
    form = next(f for f in old.findChildren(AutoSaveForm) if f.cls.__name__ == "Concern")
    form.fields["to_clarify"].widget.setPlainText("typed just before the switch")
    form.pending.add("to_clarify")  # typed, not yet written (the save timer has not fired)
    asked: list[str] = []
    monkeypatch.setattr(UnlockDialog, "exec", lambda _d: asked.append("passphrase") or 0)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, True, told))

    spanish = next(a for a in old.language_menu.menu.actions() if a.objectName().endswith("_es"))
    spanish.trigger()

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    rebuilt = next(w for w in windows if w is not old and w.isVisible())
    try:
        assert told[-1] == "Reiniciar ahora" and not asked
        assert not old.isVisible() and old.journal is None  # closed, its journal let go
        assert rebuilt.journal is not None and rebuilt.journal.path == path
        assert rebuilt.menuBar().actions()[0].text() == "&Archivo"
        assert i18n.current_language() == "es"
        from secondopinion.services.concerns import list_concerns

        clarify = [c.to_clarify for c in list_concerns(rebuilt.journal, include_archived=True)]
        assert "typed just before the switch" in clarify
    finally:
        rebuilt.close()
        if shiboken6.isValid(old):
            old.close()


def test_restart_is_not_forced_when_the_window_stays(
    window: Any, monkeypatch: pytest.MonkeyPatch, english_afterwards: Any
) -> None:
    """If the old window refuses to close (the person keeps unsaved text), nothing is rebuilt."""
    monkeypatch.setattr(type(window), "settle_unsaved", lambda _self: False)
    assert language.restart_window(window, "es") is None
    assert window.isVisible() and window.journal is not None
    assert QApplication.instance().quitOnLastWindowClosed()
