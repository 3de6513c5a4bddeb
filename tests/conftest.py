"""Shared fixtures: a private data folder per test, real journal files, a real main window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import fonts

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
fonts.use(fonts.current())  # before any QApplication: the bundled DejaVu unless told otherwise


def pytest_configure(config: pytest.Config) -> None:
    """The GUI's .qm from this tree's .ts (recompiled when a .ts is newer, e.g. after a merge)."""
    import runpy

    root = Path(__file__).resolve().parent.parent
    runpy.run_path(str(root / "packaging" / "translations.py"))["compile_all"]()


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder and no passphrase from the outside world."""
    home = tmp_path / "home"
    monkeypatch.setenv("SECONDOPINION_HOME", str(home))
    monkeypatch.delenv("SECONDOPINION_PASSPHRASE", raising=False)
    return home


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """A small demo journal file, closed, ready to open."""
    from secondopinion.services.demo import write_demo

    path = tmp_path / "demo.sojournal"
    write_demo(path).close()
    return path


@pytest.fixture
def journal(demo_path: Path) -> Iterator[object]:
    from secondopinion.store.journal import Journal

    j = Journal.open(demo_path)
    yield j
    j.close()


@pytest.fixture
def make_window(qtbot):  # type: ignore[no-untyped-def]
    """Build a MainWindow on a journal path; closes it (saving state) at the end.

    Every tab is built at once (the app builds a tab when it is first shown), so tests can reach
    into any tab; tests/ui/test_startup.py checks the lazy building itself.
    """
    from secondopinion.ui.app import make_app, make_settings
    from secondopinion.ui.main_tabs import build_all_tabs
    from secondopinion.ui.main_window import MainWindow

    windows = []

    def make(path: Path, *, create: bool = False) -> MainWindow:
        make_app()
        window = MainWindow(make_settings())
        qtbot.addWidget(window)
        assert window.open_path(path, create=create)
        build_all_tabs(window.tabs, window.ctx)
        window.show()
        windows.append(window)
        return window

    yield make
    for w in windows:
        if w.isVisible():
            w.close()


@pytest.fixture
def window(make_window, demo_path: Path):  # type: ignore[no-untyped-def]
    """The main window on the small demo journal."""
    return make_window(demo_path)
