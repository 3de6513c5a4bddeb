"""The code claims Windows support: POSIX-only calls are guarded, and the guarded paths work."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest

from secondopinion.services.files import write_private_atomic

PACKAGE = Path(__file__).resolve().parents[2] / "secondopinion"

# os functions and flags Windows lacks (os.fchmod reached Windows only in Python 3.13).
POSIX_ONLY = {
    "fchmod",
    "fchown",
    "chown",
    "lchown",
    "getuid",
    "geteuid",
    "getgid",
    "getegid",
    "getpgid",
    "killpg",
    "fork",
    "setsid",
    "statvfs",
    "mkfifo",
    "O_NOFOLLOW",
    "O_DIRECTORY",
    "O_CLOEXEC",
    "O_NONBLOCK",
}
POSIX_MODULES = {"fcntl", "pwd", "grp", "termios", "resource"}


def _platform_test(node: ast.If) -> bool:
    return "sys.platform" in ast.unparse(node.test) or "os.name" in ast.unparse(node.test)


def _unguarded(tree: ast.AST) -> list[tuple[int, str]]:
    """POSIX-only names used outside an ``if sys.platform …`` branch or getattr(os, …)."""
    found: list[tuple[int, str]] = []

    def walk(node: ast.AST, guarded: bool) -> None:
        if isinstance(node, ast.If) and _platform_test(node):
            guarded = True
        if not guarded:
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "os"
                and node.attr in POSIX_ONLY
            ):
                found.append((node.lineno, f"os.{node.attr}"))
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = (
                    [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
                )
                found.extend((node.lineno, n) for n in names if n in POSIX_MODULES)
        for child in ast.iter_child_nodes(node):
            walk(child, guarded)

    walk(tree, False)
    return found


def test_posix_only_calls_are_guarded() -> None:
    problems = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, name in _unguarded(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert problems == []


def test_the_scan_sees_an_unguarded_call() -> None:
    assert _unguarded(ast.parse("import os\nos.fchmod(3, 0o600)\n")) == [(2, "os.fchmod")]
    guarded = "import os, sys\nif sys.platform != 'win32':\n    os.fchmod(3, 0o600)\n"
    assert _unguarded(ast.parse(guarded)) == []


def test_atomic_private_write_works_where_os_has_no_fchmod(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on Windows before Python 3.13."""
    monkeypatch.delattr(os, "fchmod")
    target = tmp_path / "export.json"
    write_private_atomic(target, b"{}")
    assert target.read_bytes() == b"{}"
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]
