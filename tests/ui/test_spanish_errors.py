"""The window's error messages in Spanish: what a field says under it, and what a journal that
cannot be opened or a JSON file that cannot be imported says (issue 16).

Messages raised by domain/ and store/ travel as Sentences and are translated where shown; this
walks them in a Spanish window and finds none still English (tests/i18n/english.py: no run of
three English words of the catalogues), and none equal to what the English window says.
"""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from secondopinion import i18n
from secondopinion.services import jsonio
from secondopinion.services.demo import write_demo
from secondopinion.store import lock
from secondopinion.ui.forms import AutoSaveForm
from secondopinion.ui.unlock import UnlockDialog
from tests.i18n.english import english_in
from tests.ui.test_spanish import spanish, texts_of  # noqa: F401  (spanish: a fixture)

BAD_INPUT = {"date": ["2026-13-45"], "time": ["25:99"]}
# Text a text field cannot take: a NUL, nothing (where required), more than a line holds.
BAD_TEXT = ["a\x00b", "", "x" * 2_001]


def field_errors(window: Any) -> dict[str, str]:
    """Every text field of every form with a row, given what it cannot take; its messages."""
    found: dict[str, str] = {}
    for form in window.findChildren(AutoSaveForm):
        if form.key is None:
            continue
        for name, field in form.fields.items():
            if field.kind not in ("text", "multiline", "date", "time"):
                continue
            inputs = BAD_INPUT.get(field.kind, BAD_TEXT)
            if "email" in name or name == "website":
                inputs = [*inputs, "not an address"]
            for n, bad in enumerate(inputs):
                if field.kind == "multiline":
                    field.widget.setPlainText(bad)
                else:
                    field.widget.setText(bad)
                form.pending.add(name)
                form.flush()
                if message := form.error_text(name):
                    found[f"{form.cls.__name__}.{name} #{n}"] = message
                form.discard()
    return found


@pytest.mark.usefixtures("spanish")
def test_field_messages_in_spanish(make_window, demo_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_path)
    assert i18n.current_language() == "es"
    shown = field_errors(window)
    assert len(shown) >= 40, shown  # the forms of every tab were reached
    english = {k: v for k, v in shown.items() if english_in(v)}
    assert not english, english
    assert any("carácter NUL" in v for v in shown.values()), shown
    assert any("AAAA-MM-DD" in v for v in shown.values()), shown
    assert any("correo electrónico" in v for v in shown.values()), shown
    assert any("dirección web" in v for v in shown.values()), shown
    assert any("no puede quedar vacío" in v for v in shown.values()), shown
    assert any("2001 caracteres" in v for v in shown.values()), shown


def test_field_messages_in_english_are_english(make_window, demo_path) -> None:  # type: ignore[no-untyped-def]
    """The same walk in English finds the English sources: the Spanish test is discriminating."""
    window = make_window(demo_path)
    shown = field_errors(window)
    assert shown and all(english_in(v, "es") for v in shown.values()), shown


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What message boxes and the passphrase prompt said (they would wait for a click)."""
    said: list[str] = []

    def box(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> Any:
        said.append(text)
        return QMessageBox.StandardButton.No

    for name in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, box)

    def unlock_exec(dialog: UnlockDialog) -> int:
        said.extend(text for _where, text in texts_of(dialog) if text)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(UnlockDialog, "exec", unlock_exec)
    return said


@pytest.mark.usefixtures("spanish")
def test_journal_errors_in_spanish(  # type: ignore[no-untyped-def]
    make_window, demo_path: Path, tmp_path: Path, told: list[str], qtbot, monkeypatch
) -> None:
    window = make_window(demo_path)
    secret = tmp_path / "secret.sojournal"
    write_demo(secret, passphrase="correct horse battery").close()
    damaged = tmp_path / "damaged.sojournal"
    data = bytearray(demo_path.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\xa5" * (4096 * 3)
    damaged.write_bytes(bytes(data))
    text = tmp_path / "notes.sojournal"
    text.write_text("not a journal at all\n", encoding="utf-8")
    held = tmp_path / "held.sojournal"
    write_demo(held).close()

    cases: dict[str, str] = {}

    def attempt(name: str, path: Path, **kwargs: Any) -> None:
        told.clear()
        assert not window.open_path(path, **kwargs)
        cases[name] = "\n".join(told)

    attempt("wrong passphrase", secret, passphrase="wrong")
    attempt("not a journal", text)
    attempt("damaged", damaged)
    fd = os.open(lock.lock_path(held), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # as another Second Opinion holds it
        attempt("in use", held)
    finally:
        os.close(fd)

    window.open_path(demo_path)
    doc = jsonio.export_document(window.journal)
    doc["tables"]["visit"][0]["kind"] = "bogus"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    told.clear()
    window.json_transfer.import_json()
    qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    cases["bad JSON import"] = "\n".join(told)

    assert all(cases.values()), cases
    english = {name: english_in(text) for name, text in cases.items() if english_in(text)}
    assert not english, english
    assert "frase de contraseña" in cases["wrong passphrase"]
    assert "no es un diario de Second Opinion" in cases["not a journal"]
    assert "está dañado" in cases["damaged"]
    assert "ya está abierto en otra ventana" in cases["in use"]
    assert "no está permitido aquí" in cases["bad JSON import"]
    assert "No se importó nada." in cases["bad JSON import"]
