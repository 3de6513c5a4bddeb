"""The catalogues: complete for every language, in step with the code, and read right.

The .po (report/, services/, CLI) and the .ts (the GUI) are regenerated from the code into a
temporary folder exactly as scripts/update_translations.sh does, so a string added without its
translation fails here, not in front of a Spanish-speaking patient.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import pytest

from secondopinion import i18n

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
OTHER_LANGUAGES = [code for code in i18n.codes() if code != i18n.SOURCE_LANGUAGE]
BIN = Path(sys.executable).parent


def _git_files(*patterns: str) -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", *patterns],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [name for name in listed if (ROOT / name).is_file()]


def _unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    return [
        m.findtext("source") or ""
        for m in root.iter("message")
        if (t := m.find("translation")) is not None
        and t.get("type") in ("unfinished", None)
        and not (
            (t.text or "").strip() or any((f.text or "").strip() for f in t.iter("numerusform"))
        )
    ]


def test_system_language_follows_gettext_order() -> None:
    assert i18n.system_language({"LANGUAGE": "fr:es:en", "LANG": "en_US.UTF-8"}) == "es"
    assert i18n.system_language({"LC_ALL": "es_MX.UTF-8", "LANG": "en_US.UTF-8"}) == "es"
    assert i18n.system_language({"LANG": "es_ES.UTF-8"}) == "es"
    assert i18n.system_language({"LC_MESSAGES": "es_AR", "LANG": "en_GB.UTF-8"}) == "es"
    assert i18n.system_language({"LC_ALL": "C.UTF-8", "LANG": "es_ES.UTF-8"}) == "en"
    assert i18n.system_language({"LANG": "de_DE.UTF-8"}) == "en"  # not ours: the source
    assert i18n.system_language({}) == "en"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language"):
        i18n.words("xx")


def test_spanish_words_plurals_and_dates() -> None:
    es, en = i18n.words("es"), i18n.words("en")
    assert es._("Symptoms") == "Síntomas"
    assert en._("Symptoms") == "Symptoms"
    assert es.ngettext("{n} visit side by side", "{n} visits side by side", 1).startswith(
        "1 consulta,"
    )
    assert es.ngettext("{n} visit side by side", "{n} visits side by side", 3).startswith(
        "3 consultas"
    )
    assert (
        en.ngettext("{n} visit side by side", "{n} visits side by side", 1)
        == "1 visit side by side"
    )
    assert es.date(date(2026, 12, 3), long=True) == "3 de diciembre de 2026"
    assert en.date(date(2026, 12, 3), long=True) == "3 December 2026"
    assert es.date(date(2026, 5, 3)) == "3 may 2026"
    assert en.date(date(2026, 5, 3)) == "3 May 2026"
    assert es.datetime(datetime(2026, 8, 1, 14, 5)) == "1 ago 2026, 14:05"


def test_po_parser_and_mo_compiler_round_trip() -> None:
    po = r"""
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 ? 1 : 2);\n"

#, python-brace-format
msgid "{n} file"
msgid_plural "{n} files"
msgstr[0] "{n} plik"
msgstr[1] "{n} pliki"
msgstr[2] "{n} plików"

msgctxt "month"
msgid "May"
msgstr "maj"

#, fuzzy
msgid "Unchecked"
msgstr "Niesprawdzone"

msgid "Say \"hi\"\n"
"twice"
msgstr "Powiedz \"cześć\"\n"
"dwa razy"
"""
    import gettext
    import io

    catalogue = gettext.GNUTranslations(io.BytesIO(i18n.compile_mo(i18n.parse_po(po))))
    words = i18n.Words("pl", catalogue)
    assert [words.ngettext("{n} file", "{n} files", n) for n in (1, 3, 5)] == [
        "1 plik",
        "3 pliki",
        "5 plików",
    ]  # a third language's plural rule comes from its catalogue, not from our code
    assert words.pgettext("month", "May") == "maj"
    assert words._("Unchecked") == "Unchecked"  # fuzzy: not trusted
    assert words._('Say "hi"\ntwice') == 'Powiedz "cześć"\ndwa razy'


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_po_catalogue_is_complete_and_current(lang: str, tmp_path: Path) -> None:
    """Every Qt-free string the code marks is translated (xgettext as update_translations.sh)."""
    xgettext = shutil.which("xgettext")
    assert xgettext, "GNU gettext is missing: bash scripts/setup.sh --dev installs it"
    plain = [
        n
        for n in _git_files("secondopinion/*.py", "secondopinion/**/*.py")
        if not n.startswith("secondopinion/ui/") and "/migrations/" not in n
    ]
    pot = tmp_path / "secondopinion.pot"
    subprocess.run(
        [
            xgettext,
            "-L",
            "Python",
            "--from-code=UTF-8",
            "-k_",
            "-kgettext",
            "-kngettext:1,2",
            "-kpgettext:1c,2",
            "-kN_",
            "-kNP_:1c,2",
            "-kSentence",
            "-o",
            str(pot),
            *plain,
        ],
        cwd=ROOT,
        check=True,
    )
    wanted = {
        (e.get("msgctxt"), e["msgid"])
        for e in i18n.parse_po(pot.read_text(encoding="utf-8"))
        if e["msgid"]
    }
    po = TRANSLATIONS / f"secondopinion_{lang}.po"
    entries = i18n.parse_po(po.read_text(encoding="utf-8"))
    done = {
        (e.get("msgctxt"), e["msgid"])
        for e in entries
        if e["msgid"] and not e.get("fuzzy") and all(e.get("msgstr", [""]))
    }
    assert sorted(wanted - done, key=str) == [], "run scripts/update_translations.sh, translate"
    msgfmt = shutil.which("msgfmt")
    if msgfmt:  # placeholders kept ({n}, {date}…) and the header sound
        subprocess.run([msgfmt, "--check", "-o", "/dev/null", str(po)], check=True)


@pytest.mark.parametrize("lang", i18n.codes())
def test_ts_catalogue_is_complete_and_current(lang: str, tmp_path: Path) -> None:
    """lupdate over today's code leaves no unfinished message (English: the plural forms)."""
    ts = tmp_path / f"secondopinion_{lang}.ts"
    shutil.copy(TRANSLATIONS / ts.name, ts)
    extra = ["-pluralonly"] if lang == i18n.SOURCE_LANGUAGE else []
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            *extra,
            "-source-language",
            "en",
            "-target-language",
            lang,
            *_git_files("secondopinion/ui/*.py"),
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
    )
    assert _unfinished(ts) == [], "run scripts/update_translations.sh, then translate"


def test_every_language_has_its_catalogues_and_compiled_qm() -> None:
    for code in i18n.codes():
        assert (TRANSLATIONS / f"secondopinion_{code}.ts").is_file(), code
        assert (TRANSLATIONS / f"secondopinion_{code}.qm").is_file(), code  # conftest builds
        if code != i18n.SOURCE_LANGUAGE:
            assert (TRANSLATIONS / f"secondopinion_{code}.po").is_file(), code
