"""Choosing the language: View > Language (remembered for the next start), the export dialog's
language for the packet (the doctor's), and the system locale when nothing is chosen."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

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


@pytest.fixture
def english_afterwards() -> Any:
    yield
    make_app("en")


def test_view_language_is_remembered_and_used_at_the_next_start(
    window: Any, monkeypatch: pytest.MonkeyPatch, english_afterwards: Any
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _w, _t, text: told.append(text))
    )
    menu = window.findChild(type(window.language_menu.menu), "languageMenu")
    names = [a.text() for a in menu.actions()]
    assert names[1:] == ["English", "Español"]  # each language in its own words
    spanish = next(a for a in menu.actions() if a.objectName() == "actionLanguage_es")
    spanish.trigger()
    assert make_settings().value(language.SETTING) == "es"
    assert told == ["Second Opinion hablará Español la próxima vez que se inicie."]
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
