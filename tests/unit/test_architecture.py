"""The house rules that hold by construction: the layers, no import circles, modules of one idea."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "secondopinion"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
LONG = 400  # the ~400-line guide of STYLE.md; a longer module says why in a "Long module:" comment


def _lint_imports(where: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(where / "pyproject.toml"), "--no-cache"],
        cwd=where,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_layer_contracts_hold() -> None:
    done = _lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_a_ui_module_importing_the_store_breaks_the_contracts(tmp_path: Path) -> None:
    copy = tmp_path / "tree"
    shutil.copytree(PACKAGE, copy / "secondopinion", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    widgets = copy / "secondopinion" / "ui" / "widgets.py"
    widgets.write_text(
        widgets.read_text(encoding="utf-8") + "\nfrom secondopinion.store import commands\n",
        encoding="utf-8",
    )
    done = _lint_imports(copy)
    assert done.returncode != 0
    assert "secondopinion.ui.widgets -> secondopinion.store.commands" in done.stdout


def test_no_import_circles_between_our_modules() -> None:
    graph = grimp.build_graph("secondopinion")
    circles = set()
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module) - {module}:
            if graph.find_shortest_chain(importer=imported, imported=module, as_packages=False):
                circles.add(tuple(sorted((module, imported))))
    assert not circles


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_a_long_module_says_why(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if len(text.splitlines()) > LONG and "migrations" not in path.parts:
        assert "Long module:" in text, f"{path.name} is over {LONG} lines and does not say why"
