"""Compile the GUI's catalogues (resources/translations/secondopinion_<lang>.ts) into Qt's .qm.

    python packaging/translations.py [OUT_DIR]     # default: next to the .ts files

Run by scripts/setup.sh (so a fresh clone has them), packaging/build.sh (the bundle) and setup.py
(the wheel ships them). The .qm files are build products and never committed: a committed .qm goes
stale the moment someone edits a .ts and forgets to recompile, and nothing would notice; built
here, they are always the .ts of this commit. Only files older than their .ts are recompiled.

pyside6-lrelease comes with PySide6-Essentials, which the app needs anyway; it is called through
the running interpreter so that it works in pip's isolated build environment too. The Qt-free
catalogues (.po) need no compiling: secondopinion/i18n.py reads them as they are.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "translations"
LRELEASE = (
    "import sys; from PySide6.scripts.pyside_tool import lrelease; "
    "sys.argv[0] = 'lrelease'; sys.exit(lrelease())"
)


def compile_all(out_dir: Path = SOURCE, force: bool = False) -> list[Path]:
    """Every secondopinion_<lang>.ts as out_dir/secondopinion_<lang>.qm; the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    sources = sorted(SOURCE.glob("secondopinion_*.ts"))
    if not sources:
        raise SystemExit(f"no catalogues in {SOURCE}")
    for ts in sources:
        qm = out_dir / ts.with_suffix(".qm").name
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        done = subprocess.run(
            [sys.executable, "-c", LRELEASE, "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not qm.is_file():
            raise SystemExit(f"lrelease failed on {ts.name}:\n{done.stdout}{done.stderr}")
        written.append(qm)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    for path in compile_all(target):
        print(f"compiled {path.name}")
