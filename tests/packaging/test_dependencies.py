"""pyproject's dependencies say the truth: each lower bound has every API we call, and the broken
PySide6 releases are excluded where they are broken.

The floors below were checked by installing exactly those versions in a fresh virtual environment
and running the store, service, report and UI tests against them (see notes/i10data.md). When
code starts to call a newer API, raise the floor here and in pyproject together.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]

# The first release with what we call, and what needs it.
FLOORS: dict[str, tuple[str, str]] = {
    "pyside6-essentials": (
        "6.10",
        "QSortFilterProxyModel.beginFilterChange/endFilterChange (ui/table_model.py)",
    ),
    "sqlmodel": ("0.0.22", "SQLModel on pydantic 2 with sa_column_kwargs, col(), Session.exec"),
    "sqlalchemy": ("2.0.14", "what sqlmodel 0.0.22 needs; Engine/ColumnElement at the top level"),
    "alembic": ("1.13", "render_as_batch migrations inside our own transaction"),
    "reportlab": ("4.2", "platypus, TTF subsetting, PDFInfo/PDFDate for our metadata"),
    "fonttools": (
        "4.38",
        "TTFont(lazy=True) on Python 3.11 (4.0 still calls array.fromstring), getBestCmap, "
        "setGlyphOrder (report/fonts.coverage)",
    ),
    "uharfbuzz": ("0.40", "hb.Buffer(), Buffer.cluster_level, BufferClusterLevel"),
    "platformdirs": ("4.2", "user_data_dir(appname, appauthor=False)"),
}

# (package, release, Python versions it is broken on)
BROKEN = [
    # None's reference count drops on every void call; the interpreter aborts (none_dealloc).
    ("pyside6-essentials", "6.12.0", ["3.11"]),
]


def _requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(line) for line in project["dependencies"]]


def _applying(name: str, python: str) -> list[Requirement]:
    env = {"python_version": python, "python_full_version": f"{python}.0"}
    return [
        r
        for r in _requirements()
        if canonicalize_name(r.name) == name and (r.marker is None or r.marker.evaluate(env))
    ]


def _lower_bound(requirement: Requirement) -> Version | None:
    found = [Version(s.version) for s in requirement.specifier if s.operator in (">=", "~=")]
    return max(found, default=None)


@pytest.mark.parametrize("python", ["3.11", "3.12", "3.13"])
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_lower_bound_has_the_apis_we_call(name: str, python: str) -> None:
    floor, why = FLOORS[name]
    found = _applying(name, python)
    assert found, f"{name} is not a dependency on Python {python}"
    for requirement in found:
        lower = _lower_bound(requirement)
        assert lower is not None and lower >= Version(floor), (
            f"{requirement} allows releases without {why} (needs >= {floor})"
        )


@pytest.mark.parametrize(("name", "release", "pythons"), BROKEN)
def test_broken_releases_are_excluded_where_they_are_broken(
    name: str, release: str, pythons: list[str]
) -> None:
    for python in ("3.11", "3.12", "3.13"):
        allowed = all(r.specifier.contains(release) for r in _applying(name, python))
        assert allowed == (python not in pythons), (name, release, python)


def test_the_pins_satisfy_pyproject() -> None:
    pins = {}
    for line in (ROOT / "requirements" / "constraints.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            pin_name, version = line.split("==")
            pins[canonicalize_name(pin_name)] = version.strip()
    for requirement in _applying("pyside6-essentials", "3.11") + [
        r for r in _requirements() if canonicalize_name(r.name) in FLOORS
    ]:
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is not pinned"
        assert requirement.specifier.contains(pins[name]), (requirement, pins[name])


def test_nothing_writes_into_interpreter_objects() -> None:
    """The refcount guard that wrote into None's reference count is gone (ctypes nowhere)."""
    users = [
        p.relative_to(ROOT)
        for p in (ROOT / "secondopinion").rglob("*.py")
        if "ctypes" in p.read_text(encoding="utf-8")
    ]
    assert users == []
