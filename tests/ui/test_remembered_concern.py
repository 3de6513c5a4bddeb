"""The last concern of each journal is shown again after a restart: a real second process, with
Python's hash salt different in each run, under one settings key per journal."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

RUN = """
import sys
from pathlib import Path
from secondopinion.ui.app import make_app, make_settings
from secondopinion.ui.main_window import MainWindow

app = make_app()
window = MainWindow(make_settings())
assert window.open_path(Path(sys.argv[1]))
if sys.argv[2] != "-":
    window.concern_bar.select_concern(int(sys.argv[2]))
print(window.ctx.concern_id)
window.close()
"""


def _run(journal: Path, home: Path, choose: str, seed: int) -> int:
    env = dict(os.environ)
    env.update(SECONDOPINION_HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONHASHSEED=str(seed))
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(journal), choose],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1])


def _concern_keys(home: Path) -> list[str]:
    (settings,) = home.rglob("settings.ini")
    parser = configparser.ConfigParser(strict=False)
    parser.read(settings, encoding="utf-8")
    return list(parser["concerns"]) if parser.has_section("concerns") else []


def test_the_last_concern_comes_back_in_the_next_process(demo_path: Path, tmp_path: Path) -> None:
    home = tmp_path / "settings-home"
    assert _run(demo_path, home, "2", seed=1) == 2
    assert _run(demo_path, home, "-", seed=2) == 2  # another process, another hash salt
    assert _run(demo_path, home, "1", seed=3) == 1
    assert _run(demo_path, home, "-", seed=4) == 1
    assert len(_concern_keys(home)) == 1  # one key for this journal, not one per run
