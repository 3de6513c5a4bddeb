"""What "still English" means for a message with values in it: a run of its words.

A message shown to a person is a catalogue source with its ``{values}`` filled in, so it never
equals its source. Each English source whose Spanish differs is cut at its values (``{name}``,
``%1``, ``%n``) into runs; a run of three words or more found in a Spanish message means the
sentence around it was not translated.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from secondopinion import i18n

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
_VALUE = re.compile(r"\{[^}]*\}|%n|%\d")


def _runs(source: str) -> set[str]:
    found = set()
    for part in _VALUE.split(source.replace("&", "")):
        run = part.strip(" .,;:!?()\"“”'\n")
        if len(run.split()) >= 3:
            found.add(run)
    return found


@cache
def english_runs(lang: str = "es") -> frozenset[str]:
    """Runs of three words or more from every source whose translation differs from it."""
    runs: set[str] = set()
    po = (TRANSLATIONS / f"secondopinion_{lang}.po").read_text(encoding="utf-8")
    for entry in i18n.parse_po(po):
        source = entry["msgid"]
        if source and all(s != source for s in entry.get("msgstr", [""])):
            runs |= _runs(source)
            if "msgid_plural" in entry:
                runs |= _runs(entry["msgid_plural"])
    root = ET.parse(TRANSLATIONS / f"secondopinion_{lang}.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        assert node is not None
        forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
        if source and all(f != source for f in forms):
            runs |= _runs(source)
    return frozenset(runs)


def english_in(text: str, lang: str = "es") -> list[str]:
    """The English runs found in ``text`` (empty when it reads as ``lang``)."""
    return sorted(run for run in english_runs(lang) if run in text)
