"""The app looks for no pydantic plugin: the search reads every installed package's metadata."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from secondopinion.__main__ import main
code = main(["export", "json", "--journal", sys.argv[1], "--out", sys.argv[2]])
from pydantic.plugin import _loader
import os
made = "secondopinion.store.tables" in sys.modules
print(code, made, os.environ.get("PYDANTIC_DISABLE_PLUGINS"), _loader._plugins)
"""


def test_commands_make_the_table_classes_without_looking_for_plugins(
    demo_path: Path, tmp_path: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(demo_path), str(tmp_path / "out.json")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    # The export ran with the table classes made, and pydantic never searched for plugins.
    assert done.stdout.split()[-4:] == ["0", "True", "__all__", "None"]


DEFERRED = """
import sys
from secondopinion.store.journal import Journal
from secondopinion.services.concerns import create_concern, list_concerns
import secondopinion.store.tables as tables
with Journal.create(sys.argv[1]) as journal:
    create_concern(journal, "Knee pain")
    titles = [c.title for c in list_concerns(journal)]
built = [c.__name__ for c in tables.ALL_TABLES if c.__pydantic_complete__]
print(titles, built, tables.Person(name="x", notes="").name)
"""


def test_the_table_classes_build_no_validator_to_store_and_read_rows(tmp_path: Path) -> None:
    """pydantic builds a table class's validator only if one is asked for (defer_build): the
    app writes and reads rows through SQLAlchemy without one."""
    done = subprocess.run(
        [sys.executable, "-c", DEFERRED, str(tmp_path / "j.sojournal")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip() == "['Knee pain'] [] x"
