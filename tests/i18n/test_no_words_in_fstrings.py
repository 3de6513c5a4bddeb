"""xgettext does not read inside f-strings: a ``_("…")`` written there never reaches the
catalogue, so its words stay English in every language (the comparison PDF's "Original
diagnosis:" and the packet's "Note 1" did, found 2026-12-03). Words are looked up outside."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "secondopinion"
WORDS = {"_", "tr"}


def test_no_catalogue_lookup_inside_an_f_string() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and inner.args
                    and isinstance(inner.args[0], ast.Constant)
                    and isinstance(inner.args[0].value, str)
                    and (
                        (isinstance(inner.func, ast.Name) and inner.func.id in WORDS)
                        or (isinstance(inner.func, ast.Attribute) and inner.func.attr in WORDS)
                    )
                ):
                    found.append(f"{path.relative_to(PACKAGE)}:{inner.lineno}")
    assert not found, found
