"""argparse in the run's language: ``--help`` and its error messages.

``--help``: ``HelpInWords`` translates our help texts (marked ``N_`` in cli.py) and argparse's
headings when help is printed, through argparse's formatter hooks.

Errors:
argparse writes its messages in English through the process-wide ``gettext`` domain, which we
do not take over (it would change them for every library in the process, and only from the
environment, not from ``--lang``). Its public hook is ``ArgumentParser.error(message)``, which
gets the message already filled in; ``Parser.error`` hands it to ``argparse_message``. Each of
argparse's templates a person can meet is below, marked for our catalogue; a message is matched
against them and written again from the translated template with the same values. A message
that matches none stays as argparse wrote it (tests/cli/test_spanish_cli.py pins the templates
to this Python's argparse, so one worded differently is noticed).

The patterns are compiled only when a command line is wrong.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from functools import cache
from typing import Any, NoReturn

from secondopinion import i18n
from secondopinion.i18n import N_


def _(message: str, **values: object) -> str:
    return i18n.words()._(message, **values)


EXIT_USAGE = 2  # cli.EXIT_USAGE: the contract's status for bad usage


def lang_in(argv: Sequence[str]) -> str | None:
    """The language ``--lang`` asks for, read before argparse reads it (so that argparse's
    help and errors already speak it); None when absent or not one of ours."""
    for i, arg in enumerate(argv):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value is not None and i18n.normalize(value):
            return value
    return None


class Parser(argparse.ArgumentParser):
    """argparse in the run's language: help through ``HelpInWords``, errors through
    ``argparse_message`` (argparse writes them in English; ours are in the catalogue)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpInWords)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        # One line, not argparse's usage block: the contract promises one clear line.
        # TRANSLATORS: a command-line mistake; {prog} is "secondopinion" or "secondopinion export"
        line = _(
            "{prog}: {problem} (see --help)", prog=self.prog, problem=argparse_message(message)
        )
        self.exit(EXIT_USAGE, line + "\n")


class HelpInWords(argparse.HelpFormatter):
    """``--help`` in the run's language. The help texts (cli.py) are marked ``N_`` and translated
    only when help is printed, so a command that prints none never reads the catalogue."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, _(USAGE) if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(_(heading) if heading else heading)

    def add_text(self, text: str | None) -> None:
        super().add_text(_(text) if text and text != argparse.SUPPRESS else text)

    def _get_default_metavar_for_optional(self, action: argparse.Action) -> str:
        # argparse's hook for a value's placeholder (MetavarTypeHelpFormatter uses it)
        return _(METAVARS.get(action.dest, action.dest.upper()))

    def _get_default_metavar_for_positional(self, action: argparse.Action) -> str:
        return _(METAVARS.get(action.dest, action.dest))

    def _get_help_string(self, action: argparse.Action) -> str | None:
        # argparse's documented hook for a help text (ArgumentDefaultsHelpFormatter uses it)
        return _(action.help) if action.help and action.help != argparse.SUPPRESS else action.help


# The placeholders of values in --help and usage lines, by the argument's name (PRODUCT.md's
# command-line contract writes them so).
METAVARS = {
    # TRANSLATORS: placeholder for a file's path in the command line's help ("--journal PATH")
    "journal": N_("PATH"),
    # TRANSLATORS: placeholder for a file in the command line's help ("--out FILE")
    "out": N_("FILE"),
    "file": N_("FILE"),
    "files": N_("FILE"),
    # TRANSLATORS: placeholder for a concern's title in the command line's help
    "concern": N_("TITLE"),
    # TRANSLATORS: placeholder for a record request's number in the command line's help
    "request": N_("ID"),
    # TRANSLATORS: placeholder for the words searched for in the command line's help
    "text": N_("TEXT"),
}

# argparse's own words on --help.
USAGE = N_("usage: ")
_ARGPARSE_HELP = (
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
)


# argparse's own msgids (Lib/argparse.py); the translation keeps every %(name)s / %s.
TEMPLATES = (
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
    N_("can't open '%(filename)s': %(error)s"),
)
_FIELD = re.compile(r"%\((\w+)\)[sr]|%[sr]")


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    found = []
    for template in TEMPLATES:
        parts, last = [], 0
        for n, m in enumerate(_FIELD.finditer(template)):
            parts.append(re.escape(template[last : m.start()]))
            name = m.group(1) or f"_{n}"
            parts.append(f"(?P<{name}>.*?)" if m.end() < len(template) else f"(?P<{name}>.*)")
            last = m.end()
        parts.append(re.escape(template[last:]))
        found.append((re.compile("".join(parts), re.DOTALL), template))
    return tuple(found)


def argparse_message(message: str) -> str:
    """``message`` (as argparse filled it in) in the current language, values unchanged."""
    w = i18n.words()
    for pattern, template in _patterns():
        m = pattern.fullmatch(message)
        if m is None:
            continue
        values = m.groupdict()
        if "message" in values:  # "argument --size: invalid choice: …" holds another message
            values["message"] = argparse_message(values["message"])
        # The values were already written with %r where the template says so: put them back
        # as they are (%s), in the translated template's order.
        translated = _FIELD.sub(
            lambda f: f"%({f.group(1)})s" if f.group(1) else "%s", w._(template)
        )
        if any(name.startswith("_") for name in values):
            return translated % tuple(values[k] for k in sorted(values))
        return translated % values
    return message
