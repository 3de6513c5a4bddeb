"""The words of the Qt-free packages (report/, services/, the CLI) in the reader's language.

One gettext catalogue per language, ``resources/translations/secondopinion_<lang>.po``, holds every
string those packages print; the GUI's strings live in Qt's ``secondopinion_<lang>.ts`` (see
docs/translating.md). English is the source language: its words are the ``msgid`` themselves.

The language is chosen per call, so a packet can be printed in the doctor's language while the
window speaks the person's::

    w = words("es")
    w._("Symptoms")                                   # "Síntomas"
    w.ngettext("{n} entry", "{n} entries", 3)         # "3 entradas"
    w.date(date(2026, 12, 3), long=True)              # "3 de diciembre de 2026"

Strings defined at import time are marked with ``N_`` and translated where they are printed.
Nothing here is computed at import: the catalogue is read the first time a language is asked for.
"""

from __future__ import annotations

import ast
import datetime as dt
import gettext
import io
import os
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from secondopinion import paths
from secondopinion.domain.wording import Sentence

# The one list of languages: (code, name in that language). Adding a language is a line here
# plus its catalogues (scripts/update_translations.sh creates them); docs/translating.md.
LANGUAGES: Final[tuple[tuple[str, str], ...]] = (
    ("en", "English"),
    ("es", "Español"),
)
SOURCE_LANGUAGE: Final = "en"
DOMAIN: Final = "secondopinion"

_default: str | None = None  # the app's language once chosen; None = the system's


def N_(message: str) -> str:
    """Marks a string for the catalogue where it is defined; translate it where it is printed."""
    return message


def NP_(context: str, message: str) -> str:
    """``N_`` for a string translated with ``pgettext(context, message)`` where printed."""
    return message


def codes() -> tuple[str, ...]:
    return tuple(code for code, _name in LANGUAGES)


def normalize(code: str | None) -> str | None:
    """``es_MX.UTF-8`` -> ``es``; None for anything that is not one of our languages."""
    if not code:
        return None
    base = code.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return base if base in codes() else None


def system_language(environ: dict[str, str] | None = None) -> str:
    """The language the system asks for, in gettext's order: LANGUAGE (a list), LC_ALL,
    LC_MESSAGES, LANG; the first of ours wins, English when none is."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if not value:
            continue
        if var == "LANGUAGE":
            for part in value.split(":"):
                if found := normalize(part):
                    return found
            continue
        if value in ("C", "POSIX") or value.startswith(("C.", "POSIX.")):
            return SOURCE_LANGUAGE
        return normalize(value) or SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def set_default_language(code: str | None) -> None:
    """The app's chosen language (View > Language, --lang); None goes back to the system's."""
    global _default
    _default = normalize(code) if code else None


@contextmanager
def speaking(code: str | None) -> Iterator[None]:
    """``code`` as the default language inside the block (None: leave it as it is)."""
    global _default
    before = _default
    if code:
        set_default_language(code)
    try:
        yield
    finally:
        _default = before


def current_language() -> str:
    return _default or system_language()


def resolve(code: str | None) -> str:
    """A language code as given by a person (``--lang es``) or None for the current one."""
    if code is None:
        return current_language()
    found = normalize(code)
    if found is None:
        raise ValueError(f"unknown language {code!r}; use one of: {', '.join(codes())}")
    return found


def catalogue_path(code: str) -> str:
    return str(paths.resource("translations", f"{DOMAIN}_{code}.po"))


# --- reading a .po catalogue --------------------------------------------------------------


def _unquote(line: str) -> str:
    value = ast.literal_eval(line)
    if not isinstance(value, str):
        raise ValueError(f"not a PO string: {line!r}")
    return value


def parse_po(text: str) -> list[dict[str, Any]]:
    """The entries of a .po file: msgctxt, msgid, msgid_plural, msgstr (list), fuzzy."""
    entries: list[dict[str, Any]] = []
    entry: dict[str, Any] = {}
    key: tuple[str, int] | None = None

    def close() -> None:
        nonlocal entry
        if "msgid" in entry:
            entries.append(entry)
        entry = {}

    for raw in text.splitlines():
        line = raw.strip()
        word, _, rest = line.partition(" ")
        starts_entry = not line or line.startswith("#") or word in ("msgctxt", "msgid")
        if starts_entry and "msgstr" in entry:
            close()
        if not line:
            key = None
        elif line.startswith("#"):
            if line.startswith("#,") and "fuzzy" in line:
                entry["fuzzy"] = True
        elif line.startswith('"'):
            if key is None:
                raise ValueError(f"continuation without a keyword: {raw!r}")
            name, index = key
            if name == "msgstr":
                entry["msgstr"][index] += _unquote(line)
            else:
                entry[name] += _unquote(line)
        elif word.startswith("msgstr"):
            index = int(word[7:-1]) if word.startswith("msgstr[") else 0
            strs = entry.setdefault("msgstr", [])
            while len(strs) <= index:
                strs.append("")
            strs[index] = _unquote(rest)
            key = ("msgstr", index)
        elif word in ("msgctxt", "msgid", "msgid_plural"):
            entry[word] = _unquote(rest)
            key = (word, 0)
        else:
            raise ValueError(f"unexpected line in a PO file: {raw!r}")
    close()
    return entries


def compile_mo(entries: list[dict[str, Any]]) -> bytes:
    """GNU .mo bytes for the translated, non-fuzzy entries (and the header)."""
    pairs: dict[bytes, bytes] = {}
    for e in entries:
        strs = e.get("msgstr", [""])
        header = e["msgid"] == "" and "msgctxt" not in e
        if not header and (e.get("fuzzy") or not all(strs)):
            continue  # untranslated or unchecked: the reader sees the source, as gettext does
        key = e["msgid"]
        if "msgid_plural" in e:
            key += "\0" + e["msgid_plural"]
        if "msgctxt" in e:
            key = e["msgctxt"] + "\x04" + key
        pairs[key.encode()] = "\0".join(strs).encode()
    keys = sorted(pairs)
    ids = b"".join(k + b"\0" for k in keys)
    strs_blob = b"".join(pairs[k] + b"\0" for k in keys)
    start = 7 * 4 + 16 * len(keys)
    offsets, pos = [], 0
    for k in keys:
        offsets += [len(k), start + pos]
        pos += len(k) + 1
    str_start = start + len(ids)
    pos = 0
    for k in keys:
        offsets += [len(pairs[k]), str_start + pos]
        pos += len(pairs[k]) + 1
    head = struct.pack("Iiiiiii", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + 8 * len(keys), 0, 0)
    return head + struct.pack(f"{len(offsets)}i", *offsets) + ids + strs_blob


# --- dates ---------------------------------------------------------------------------------

_MONTHS: Final = (
    NP_("month", "January"),
    NP_("month", "February"),
    NP_("month", "March"),
    NP_("month", "April"),
    NP_("month", "May"),
    NP_("month", "June"),
    NP_("month", "July"),
    NP_("month", "August"),
    NP_("month", "September"),
    NP_("month", "October"),
    NP_("month", "November"),
    NP_("month", "December"),
)
_MONTHS_SHORT: Final = (
    NP_("short month", "Jan"),
    NP_("short month", "Feb"),
    NP_("short month", "Mar"),
    NP_("short month", "Apr"),
    NP_("short month", "May"),
    NP_("short month", "Jun"),
    NP_("short month", "Jul"),
    NP_("short month", "Aug"),
    NP_("short month", "Sep"),
    NP_("short month", "Oct"),
    NP_("short month", "Nov"),
    NP_("short month", "Dec"),
)


@dataclass(frozen=True)
class Words:
    """One language's words for the Qt-free packages."""

    code: str
    catalogue: gettext.NullTranslations

    def _(self, message: str, **values: object) -> str:
        """``message`` in this language, with ``{name}`` fields filled from ``values``."""
        text = self.catalogue.gettext(message)
        return text.format(**values) if values else text

    gettext = _

    def sentence(self, message: Sentence | str) -> str:
        """A Sentence raised by domain/store/services in this language (values that are
        Sentences too); a plain text is already in the reader's language and stays as it is."""
        if not isinstance(message, Sentence):
            return message
        values = {
            key: self.sentence(value) if isinstance(value, Sentence) else value
            for key, value in message.values.items()
        }
        return self._(message.source, **values) if values else self._(message.source)

    def ngettext(self, singular: str, plural: str, n: int, **values: object) -> str:
        """The form for ``n`` (this language's plural rule); ``{n}`` is filled in."""
        return self.catalogue.ngettext(singular, plural, n).format(n=n, **values)

    def pgettext(self, context: str, message: str, **values: object) -> str:
        """For a word that reads differently by use ("May" the month, "May" the short month)."""
        text = self.catalogue.pgettext(context, message)
        return text.format(**values) if values else text

    def month(self, number: int, short: bool = False) -> str:
        if short:
            return self.pgettext("short month", _MONTHS_SHORT[number - 1])
        return self.pgettext("month", _MONTHS[number - 1])

    def date(self, day: dt.date | None, long: bool = False) -> str:
        """Unambiguous in every country: "3 Dec 2026" / "3 dic 2026"; long: "3 December 2026"
        / "3 de diciembre de 2026"."""
        if day is None:
            return ""
        month = self.month(day.month, short=not long)
        if long:
            # TRANSLATORS: a full date; {day} 1-31, {month} a month's name, {year} four digits
            return self.pgettext(
                "long date", "{day} {month} {year}", day=day.day, month=month, year=day.year
            )
        # TRANSLATORS: a short date in tables; {month} is an abbreviated month name
        return self.pgettext(
            "short date", "{day} {month} {year}", day=day.day, month=month, year=day.year
        )

    def datetime(self, when: dt.datetime) -> str:
        # TRANSLATORS: a date and a 24-hour time, as in "3 Dec 2026, 14:05"
        return self._("{date}, {time}", date=self.date(when), time=f"{when:%H:%M}")

    def month_year(self, day: dt.date) -> str:
        # TRANSLATORS: an axis label on a chart, as in "Dec 2026"
        return self._("{month} {year}", month=self.month(day.month, short=True), year=day.year)


def next_start_message(code: str) -> str:
    """What View > Language says after a choice: in the language chosen, so it is understood."""
    name = dict(LANGUAGES)[code]
    # TRANSLATORS: {name} is the language's own name ("Español")
    return words(code)._("Second Opinion will speak {name} the next time it starts.", name=name)


def restart_question(code: str) -> tuple[str, str, str]:
    """View > Language's question after a choice, in the language chosen: (text, the button
    that restarts the window now, the one that leaves it for the next start)."""
    w = words(code)
    # TRANSLATORS: after View > Language; the window is rebuilt in the new language
    text = w._(
        "{now} Restart the window now? What you typed is saved first, and the same journal "
        "opens again.",
        now=next_start_message(code),
    )
    return text, w._("Restart now"), w._("Later")


@cache
def _load(code: str) -> gettext.NullTranslations:
    if code == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    with open(catalogue_path(code), encoding="utf-8") as f:
        mo = compile_mo(parse_po(f.read()))
    return gettext.GNUTranslations(io.BytesIO(mo))


def words(code: str | None = None) -> Words:
    """The words of ``code`` (``es``, ``es_MX.UTF-8``…), or of the current language for None."""
    lang = resolve(code)
    return Words(lang, _load(lang))
