"""Which fonts the tests' Qt sees: a named font set, chosen before the first QApplication.

Layout tests measure text, so the fonts decide what they find. By default the whole suite sees
only the DejaVu Sans the app bundles (``resources/fonts``): the same on every machine. The
layout tests are then run again with real font sets (``tests/ui/test_font_sets.py``), each in a
fresh process with ``SECONDOPINION_TEST_FONTS`` naming the set:

- ``bundled``: the bundled DejaVu Sans alone, and nothing of the system's font configuration.
- ``ghostscript``: the bundled DejaVu plus the Ghostscript fonts (``fonts-urw-base35``, which
  printing pulls onto most Linux desktops) with the system's aliases and fallbacks: a glyph
  DejaVu lacks comes from a taller font.
- ``machine``: whatever the machine has, untouched (``scripts/setup.sh --dev`` adds
  ``fonts-urw-base35`` and ``fonts-noto-core`` when run as root).

Fontconfig reads ``FONTCONFIG_FILE`` once, when Qt first asks it for fonts, so the set is chosen
by environment variable for the whole process.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from secondopinion import paths

ENV = "SECONDOPINION_TEST_FONTS"
SETS = ("bundled", "ghostscript", "machine")
SYSTEM_CONFIG = Path("/etc/fonts/conf.d")
FONT_ROOTS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"))
# The families each real set must bring, and the Debian packages that bring them.
NEEDS = {
    "ghostscript": ({"Nimbus Sans", "Standard Symbols PS"}, "fonts-urw-base35"),
    "machine": (
        {"Nimbus Sans", "Standard Symbols PS", "Noto Sans", "Noto Sans Symbols"},
        "fonts-urw-base35 fonts-noto-core",
    ),
}


def current() -> str:
    return os.environ.get(ENV, "bundled")


def bundled_fonts() -> Path:
    return Path(str(paths.resource("fonts")))


def ghostscript_dirs() -> list[Path]:
    return sorted(p for root in FONT_ROOTS if root.is_dir() for p in root.glob("*/urw-base35"))


def _config(dirs: list[Path], *, system_rules: bool, cache: Path) -> str:
    lines = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
        "<fontconfig>",
        *(f"  <dir>{escape(str(d))}</dir>" for d in dirs),
        f"  <cachedir>{escape(str(cache))}</cachedir>",
    ]
    if system_rules and SYSTEM_CONFIG.is_dir():
        lines.append(f'  <include ignore_missing="yes">{escape(str(SYSTEM_CONFIG))}</include>')
    else:  # every generic family is the one font there is
        for generic in ("sans-serif", "serif", "monospace", "Sans Serif"):
            lines.append(
                f"  <alias><family>{generic}</family><prefer><family>DejaVu Sans</family>"
                "</prefer></alias>"
            )
    lines.append("</fontconfig>")
    return "\n".join(lines) + "\n"


def use(name: str) -> None:
    """Point fontconfig at font set ``name`` for this process and the processes it starts."""
    if name not in SETS:
        raise ValueError(f"{ENV}={name!r}: choose one of {', '.join(SETS)}")
    os.environ[ENV] = name
    if name == "machine":
        return
    folder = Path(tempfile.mkdtemp(prefix="secondopinion-fonts-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    dirs = [bundled_fonts()]
    if name == "ghostscript":
        dirs += ghostscript_dirs()
    config = folder / "fonts.conf"
    config.write_text(
        _config(dirs, system_rules=name != "bundled", cache=folder / "cache"), encoding="utf-8"
    )
    os.environ["FONTCONFIG_FILE"] = str(config)


def missing(name: str) -> str | None:
    """Why font set ``name`` cannot be tried on this machine, or None when it can."""
    if name not in NEEDS:
        return None
    families, packages = NEEDS[name]
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return "fc-list is missing (apt-get install fontconfig)"
    env = {k: v for k, v in os.environ.items() if k != "FONTCONFIG_FILE"}
    listed = subprocess.run(
        [fc_list, ":", "family"], capture_output=True, text=True, env=env, check=False
    ).stdout
    have = {family.strip() for line in listed.splitlines() for family in line.split(",")}
    lacking = sorted(families - have)
    if lacking:
        return (
            f"the machine lacks {', '.join(lacking)}: install {packages} "
            "(bash scripts/setup.sh --dev as root does)"
        )
    return None
