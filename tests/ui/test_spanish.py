"""Second Opinion in Spanish: every tab, page, menu and dialog, walked like a person would.

Nothing visible, no tooltip and no accessible name may still be its English source: the set of
"still English" strings is every source in the catalogues whose Spanish differs from it (so proper
names, units and codes, translated to themselves, are aside). Then the layout checks of
test_dark_and_large.py run on the Spanish window: Spanish runs 20–30 % longer.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from secondopinion import i18n
from secondopinion.ui import help as help_dialogs
from secondopinion.ui.export_dialog import show_export_dialog
from secondopinion.ui.passphrase_dialog import ManagePassphraseDialog, NewPassphraseDialog
from secondopinion.ui.privacy import AutoLockDialog
from secondopinion.ui.restore_dialog import RestoreDialog
from secondopinion.ui.search_dialog import show_search
from secondopinion.ui.unlock import UnlockDialog
from secondopinion.ui.visit_form import NewDoctorDialog
from tests.ui.clipping import settle
from tests.ui.test_dark_and_large import every_page, layout_problems, system

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _plain(text: str) -> str:
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").strip()


def still_english() -> set[str]:
    """Every English source whose Spanish is different, as shown (no & accelerators)."""
    found: set[str] = set()
    root = ET.parse(TRANSLATIONS / "secondopinion_es.ts").getroot()
    for message in root.iter("message"):
        source = _plain(message.findtext("source") or "")
        node = message.find("translation")
        forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
        if source and all(_plain(f) != source for f in forms):
            found.add(source)
    po = (TRANSLATIONS / "secondopinion_es.po").read_text(encoding="utf-8")
    for entry in i18n.parse_po(po):
        source = entry["msgid"].strip()
        if source and all(s.strip() != source for s in entry.get("msgstr", [""])):
            found.add(source)
    return found


def texts_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every word a person sees or a screen reader says under ``root``."""
    for w in [root, *root.findChildren(QWidget)]:
        if not (w is root or w.isVisibleTo(root)):
            continue
        name = f"{type(w).__name__}({w.objectName()})"
        for what, text in (
            ("tooltip", w.toolTip()),
            ("accessible name", w.accessibleName()),
            ("accessible description", w.accessibleDescription()),
            ("status tip", w.statusTip()),
            ("title", w.windowTitle() if w.isWindow() else ""),
        ):
            yield f"{name} {what}", text
        if isinstance(w, QLabel):
            yield name, w.text()
        if isinstance(w, QAbstractButton):
            yield name, w.text()
        if isinstance(w, QGroupBox):
            yield name, w.title()
        if isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
            yield f"{name} placeholder", w.placeholderText()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name} item", w.itemText(i)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name} tab", w.tabText(i)
                yield f"{name} tab tooltip", w.tabToolTip(i)
        header_of = getattr(w, "horizontalHeader", None) or getattr(w, "header", None)
        if isinstance(w, QAbstractItemView) and w.model() is not None and header_of is not None:
            model = w.model()
            for section in range(header_of().count()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(section, Qt.Orientation.Horizontal, role)
                    yield f"{name} header", str(value) if isinstance(value, str) else ""


def texts_of_menus(menus: list[QAction]) -> Iterator[tuple[str, str]]:
    for action in menus:
        for what, text in (
            ("", action.text()),
            (" tooltip", action.toolTip() if action.toolTip() != action.text() else ""),
            (" status tip", action.statusTip()),
        ):
            yield f"menu {action.objectName() or action.text()}{what}", text
        menu = action.menu()
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()  # menus filled when shown (recent journals) fill now
            yield from texts_of_menus(menu.actions())


def english_left(found: Iterator[tuple[str, str]], english: set[str]) -> list[str]:
    return sorted({f"{where}: {text!r}" for where, text in found if _plain(text) in english})


@pytest.fixture
def spanish(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The system speaks Spanish (as LANGUAGE=es says); English again afterwards."""
    monkeypatch.setenv("LANGUAGE", "es")
    yield
    monkeypatch.setenv("LANGUAGE", "en")
    from secondopinion.ui.app import make_app

    make_app()


def dialogs(window: Any, demo_path: Path) -> Iterator[QDialog]:
    yield help_dialogs.show_help(window)
    yield help_dialogs.show_about(window)
    yield show_search(window)
    exporting = show_export_dialog(window)
    assert exporting is not None
    yield exporting
    for made in (
        NewPassphraseDialog(window, "demo", creating=True),
        NewPassphraseDialog(window, "demo", creating=False),
        ManagePassphraseDialog(window, "demo", lambda _typed: False),
        AutoLockDialog(window, 5),
        RestoreDialog(window, demo_path),
        UnlockDialog(window, demo_path),
        NewDoctorDialog(window),
    ):
        made.show()
        yield made


def test_no_english_left_in_spanish(make_window, demo_path, spanish) -> None:  # type: ignore[no-untyped-def]
    english = still_english()
    assert len(english) > 500  # the catalogues were read
    window = make_window(demo_path)
    assert i18n.current_language() == "es"
    window.resize(1024, 700)
    found: list[str] = []
    pages = 0
    for page in every_page(window):
        pages += 1
        found += [f"{page}: {x}" for x in english_left(texts_of(window), english)]
    for index in range(window.tabs.count()):  # the main tabs themselves (Next steps too)
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found += [f"tab {index}: {x}" for x in english_left(texts_of(window), english)]
    found += english_left(texts_of_menus(window.menuBar().actions()), english)
    for dialog in dialogs(window, demo_path):
        QApplication.processEvents()
        found += [f"{dialog.objectName()}: {x}" for x in english_left(texts_of(dialog), english)]
        dialog.close()
    window.privacy.lock()  # the lock screen (a journal without passphrase: "hidden")
    QApplication.processEvents()
    found += [f"lock screen: {x}" for x in english_left(texts_of(window), english)]
    window.privacy.unlock()
    assert pages >= 9
    assert not found, "still in English:\n" + "\n".join(sorted(set(found)))


def test_spanish_dates_and_counts_on_screen(make_window, demo_path, spanish) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_path)
    signs = window.findChild(QWidget, "signsTab")
    window.tabs.setCurrentWidget(signs)
    labels = [label.text() for label in signs.findChildren(QLabel)]
    assert any(text.endswith(" anotaciones") for text in labels), labels  # "%n entries"
    visits = window.findChild(QWidget, "visitsTab")
    window.tabs.setCurrentWidget(visits)
    cells = [
        view.model().index(row, 0).data()
        for view in visits.findChildren(QAbstractItemView)
        for row in range(view.model().rowCount())
    ]
    assert i18n.words("es").date(date(2026, 6, 23)) == "23 jun 2026"
    assert "23 jun 2026" in cells, cells  # the demo's first visit, in Spanish date form


def test_nothing_clipped_in_spanish_at_1024x700(make_window, demo_path, spanish) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_path)
    window.resize(1024, 700)
    problems = []
    for page in every_page(window):
        problems.extend(f"{page}: {p}" for p in layout_problems(window))
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_twice_the_font_in_spanish(make_window, demo_path, spanish, dark) -> None:  # type: ignore[no-untyped-def]
    with system(dark=dark, font_scale=2.0):
        window = make_window(demo_path)
        problems = []
        for page in every_page(window):
            settle(window, 2.0)  # grows by its own minimum, never past 1920×1080
            problems.extend(f"{page}: {p}" for p in layout_problems(window))
        window.close()
    assert not problems, "\n".join(sorted(set(problems)))
