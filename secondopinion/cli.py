"""The command line: PRODUCT.md's stable contract for scripts, tests and benchmarks.

Exit status 0 on success, 2 on bad usage, 1 on any other failure, always with one line on
stderr and never a traceback. Passphrases come from SECONDOPINION_PASSPHRASE.

Long module: the whole contract in one place — the parser of its twelve commands and one short
handler each, every handler a call into services/.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import secondopinion
from secondopinion import i18n, paths
from secondopinion.cli_words import Parser as _Parser
from secondopinion.cli_words import lang_in
from secondopinion.i18n import N_

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _(message: str, **values: object) -> str:
    """A message in the language of this run (--lang, else the system's)."""
    return i18n.words()._(message, **values)


class UsageError(Exception):
    pass


class _Version(argparse.Action):
    """--version: the installed version, looked up only when asked (the lookup is slow)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=N_("show the version and exit"))

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        print(f"secondopinion {secondopinion.__version__}")
        parser.exit()


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The arguments, with --help and usage errors already in the language asked for (--lang
    comes before argparse has read it, so it is looked for here; else the system's)."""
    with i18n.speaking(lang_in(argv)):
        return build_parser().parse_args(argv)


JOURNAL_HELP = N_("the journal file")
OUT_HELP = N_("the file to write")
CONCERN_HELP = N_("the concern, by its title (default: the first open one)")
PAPER_HELP = N_("paper size (default: the system's)")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="secondopinion", description=N_("A private journal for a second opinion."))
    p.add_argument("--version", action=_Version)
    p.add_argument("--journal", type=Path, help=N_("open the GUI on this journal"))
    p.add_argument("--demo", action="store_true", help=N_("open the GUI on a fresh demo journal"))
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo", help=N_("write a realistic sample journal"))
    demo.add_argument("--out", type=Path, required=True, help=N_("the sample journal to write"))
    demo.add_argument(
        "--size",
        choices=["small", "large", "huge"],
        default="small",
        help=N_("how much sample data (huge: 100,000 symptom entries)"),
    )

    export = sub.add_parser("export", help=N_("export the journal")).add_subparsers(
        dest="what", required=True, parser_class=_Parser
    )
    pdf = export.add_parser("pdf", help=N_("the appointment packet"))
    pdf.add_argument("--journal", type=Path, required=True, help=JOURNAL_HELP)
    pdf.add_argument("--out", type=Path, required=True, help=OUT_HELP)
    pdf.add_argument("--concern", help=CONCERN_HELP)
    pdf.add_argument("--paper", choices=["a4", "letter"], default=None, help=PAPER_HELP)
    compare = export.add_parser("compare", help=N_("the concern's visits side by side"))
    compare.add_argument("--journal", type=Path, required=True, help=JOURNAL_HELP)
    compare.add_argument("--out", type=Path, required=True, help=OUT_HELP)
    compare.add_argument("--concern", help=CONCERN_HELP)
    letter = export.add_parser("letter", help=N_("the request letter for one record request"))
    letter.add_argument("--journal", type=Path, required=True, help=JOURNAL_HELP)
    letter.add_argument(
        "--request", type=int, required=True, help=N_("the request's id (JSON export)")
    )
    letter.add_argument("--out", type=Path, required=True, help=OUT_HELP)
    letter.add_argument(
        "--follow-up", action="store_true", help=N_("the follow-up of an overdue request")
    )
    letter.add_argument("--paper", choices=["a4", "letter"], default=None, help=PAPER_HELP)
    for protectable in (pdf, compare, letter):
        add_protect_option(protectable)
    ics = export.add_parser("ics", help=N_("planned visits as an iCalendar file, with reminders"))
    ics.add_argument("--journal", type=Path, required=True, help=JOURNAL_HELP)
    ics.add_argument("--out", type=Path, required=True, help=OUT_HELP)
    ips = export.add_parser(
        "ips", help=N_("the health summary as a FHIR International Patient Summary")
    )
    ips.add_argument("--journal", type=Path, required=True, help=JOURNAL_HELP)
    ips.add_argument("--out", type=Path, required=True, help=OUT_HELP)
    js = export.add_parser("json", help=N_("everything, as a JSON document"))
    js.add_argument("--journal", type=Path, required=True, help=JOURNAL_HELP)
    js.add_argument("--out", type=Path, required=True, help=OUT_HELP)

    imp = sub.add_parser("import", help=N_("import into a journal")).add_subparsers(
        dest="what", required=True, parser_class=_Parser
    )
    ij = imp.add_parser("json", help=N_("a JSON export"))
    ij.add_argument("--journal", type=Path, required=True, help=JOURNAL_HELP)
    ij.add_argument("file", type=Path, help=N_("a JSON export of Second Opinion"))
    ir = imp.add_parser("records", help=N_("FHIR R4 (JSON/XML) or C-CDA (XML) records files"))
    ir.add_argument("--journal", type=Path, required=True, help=JOURNAL_HELP)
    ir.add_argument(
        "--dry-run", action="store_true", help=N_("say what would be added; write nothing")
    )
    ir.add_argument("files", type=Path, nargs="+", help=N_("the records files to import"))

    backup = sub.add_parser("backup", help=N_("a consistent copy of the journal"))
    backup.add_argument("--journal", type=Path, required=True, help=JOURNAL_HELP)
    backup.add_argument("--out", type=Path, required=True, help=OUT_HELP)

    check = sub.add_parser("check", help=N_("integrity check; exit 0 when sound"))
    check.add_argument("--journal", type=Path, required=True, help=JOURNAL_HELP)

    search = sub.add_parser("search", help=N_("print the entries that match"))
    search.add_argument("--journal", type=Path, required=True, help=JOURNAL_HELP)
    search.add_argument("text", help=N_("the words to look for"))
    _add_lang(p)
    return p


def _add_lang(parser: argparse.ArgumentParser, top: bool = True) -> None:
    """--lang on the GUI and on every command (including ones added later): they all write words.

    A command's own --lang is SUPPRESSed when absent so it never hides one given before it."""
    parser.add_argument(
        "--lang",
        choices=i18n.codes(),
        default=None if top else argparse.SUPPRESS,
        help=N_("language of the words written (default: the system's)"),
    )
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _add_lang(child, top=False)


def add_protect_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--protect",
        action="store_true",
        help=N_("encrypt the PDF (AES-256) with the password in SECONDOPINION_PDF_PASSWORD"),
    )


def pdf_password(args: argparse.Namespace) -> str | None:
    """The password for ``--protect`` from the environment, checked; ``None`` without it."""
    if not getattr(args, "protect", False):
        return None
    from secondopinion.services.pdf_protect import PASSWORD_ENV, password_problem

    password = os.environ.get(PASSWORD_ENV, "")
    if not password:
        raise UsageError(
            _("--protect needs the password in the environment variable {name}", name=PASSWORD_ENV)
        )
    problem = password_problem(password)
    if problem:
        raise UsageError(f"{PASSWORD_ENV}: {problem}")
    return password


def passphrase() -> str | None:
    return os.environ.get(paths.PASSPHRASE_ENV) or None


def _open(path: Path):  # type: ignore[no-untyped-def]
    from secondopinion.store.journal import Journal

    return Journal.open(path, passphrase())


def _concern(journal, title: str | None):  # type: ignore[no-untyped-def]
    """The concern titled ``title`` (any case), else the first open one, else the first one.

    Read in plain SQL (``packet_reads.concern_names``): ``export pdf`` imports no table classes."""
    from secondopinion.services.packet_reads import concern_names

    with journal.reading() as conn:
        concerns = concern_names(conn)
    if not concerns:
        raise UsageError(_("the journal has no concern yet"))
    if title is None:
        open_ones = [c for c in concerns if not c.archived]
        return (open_ones or concerns)[0]
    for c in concerns:
        if c.title.casefold() == title.casefold():
            return c
    raise UsageError(_("no concern titled {title!r}", title=title))


def cmd_demo(args: argparse.Namespace) -> int:
    from secondopinion.services.demo import write_demo

    if args.out.exists():
        raise UsageError(_("{path} already exists", path=args.out))
    write_demo(args.out, args.size, passphrase()).close()
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    if args.what == "ics":
        from secondopinion.services.calendar_export import export_ics

        with _open(args.journal) as journal:
            export_ics(journal, args.out)
        return EXIT_OK
    if args.what == "ips":
        from secondopinion.services.ips_export import export_ips

        with _open(args.journal) as journal:
            export_ips(journal, args.out)
        return EXIT_OK
    if args.what == "json":
        from secondopinion.services.jsonio import export_json

        with _open(args.journal) as journal:
            export_json(journal, args.out)
        return EXIT_OK
    if args.what == "letter":
        return _export_letter(args)
    password = pdf_password(args)
    with _open(args.journal) as journal:
        concern = _concern(journal, args.concern)
        if args.what == "pdf":
            from secondopinion.services.packet import export_packet

            result = export_packet(
                journal, concern.id, args.out, paper=args.paper, password=password, lang=args.lang
            )
        else:
            from secondopinion.services.comparison_pdf import export_comparison

            result = export_comparison(
                journal, concern.id, args.out, password=password, lang=args.lang
            )
    if result.missing:
        print(_unshown_warning(result.missing), file=sys.stderr)
    return EXIT_OK


def _export_letter(args: argparse.Namespace) -> int:
    from datetime import date

    from secondopinion.services.letter_writing import export_letter

    password = pdf_password(args)
    with _open(args.journal) as journal:
        result = export_letter(
            journal,
            args.request,
            args.out,
            date.today(),
            follow_up=args.follow_up,
            paper=args.paper,
            password=password,
        )
    if result.missing:
        print(_unshown_warning(result.missing), file=sys.stderr)
    return EXIT_OK


def _unshown_warning(missing: Sequence[str]) -> str:
    """One line: how many passages hold characters no font draws, and the first ones of those.

    Only the characters themselves are quoted, never the text around them.
    """
    from secondopinion.report.text import unshown_characters

    chars = unshown_characters(missing[0])
    if len(chars) > 12:
        chars = chars[:12] + "…"
    return "secondopinion: " + i18n.words().ngettext(
        'warning: {n} passage contains characters no installed font can draw (first: "{chars}")',
        'warning: {n} passages contain characters no installed font can draw (first: "{chars}")',
        len(missing),
        chars=chars,
    )


def cmd_import_records(args: argparse.Namespace) -> int:
    """One line per file on stdout; a refused file is one line on stderr and exit status 1.

    Each file is its own transaction, so a refused file leaves the journal as it was; with
    --dry-run nothing is written at all (the journal is opened read-only in spirit: no row,
    no migration of an already current file, no checkpoint that changes its bytes).
    """
    from secondopinion.services.errors import in_words
    from secondopinion.services.records_import import import_path
    from secondopinion.services.records_read import NotARecordsFile

    for file in args.files:
        if not file.is_file():
            raise UsageError(_("{path} does not exist", path=file))
    if not args.journal.is_file():
        raise UsageError(_("{path} does not exist", path=args.journal))
    failed = 0
    with _open(args.journal) as journal:
        for file in args.files:
            try:
                print(import_path(journal, file, dry_run=args.dry_run))
            except NotARecordsFile as exc:
                print(f"secondopinion: {file.name}: {in_words(exc)}", file=sys.stderr)
                failed += 1
    return EXIT_FAIL if failed else EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    if args.what == "records":
        return cmd_import_records(args)
    from secondopinion.services.jsonio import import_json
    from secondopinion.store.journal import Journal

    if not args.file.is_file():
        raise UsageError(_("{path} does not exist", path=args.file))
    created = not args.journal.exists()
    journal = Journal.open_or_create(args.journal, passphrase())
    try:
        import_json(journal, args.file)
    except BaseException:
        journal.close()
        if created:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{args.journal}{suffix}").unlink(missing_ok=True)
        raise
    journal.close()
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from secondopinion.services.backup import backup_file

    # Through the backup API on the file itself, so a backup works while the app has it open.
    backup_file(args.journal, passphrase(), args.out)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from secondopinion.services.check import check_journal, is_problem

    problems = check_journal(args.journal, passphrase())
    for line in problems:
        print(i18n.words().sentence(line))
    if any(is_problem(p) for p in problems):
        print("secondopinion: " + _("{name} has problems", name=args.journal.name), file=sys.stderr)
        return EXIT_FAIL
    print("ok")  # a status word for scripts, the same in every language
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from secondopinion.services.search import format_hit, search

    with _open(args.journal) as journal:
        for hit in search(journal, args.text):
            print(format_hit(hit))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "export": cmd_export,
    "import": cmd_import,
    "backup": cmd_backup,
    "check": cmd_check,
    "search": cmd_search,
}


def run(argv: Sequence[str]) -> int:
    """Run one command; GUI invocations (no command) are handled by ``__main__``."""
    return run_command(parse_args(argv))


def run_command(args: argparse.Namespace) -> int:
    with i18n.speaking(getattr(args, "lang", None)):  # for this run only (tests run many)
        return _run_command(args)


def _run_command(args: argparse.Namespace) -> int:
    from secondopinion.services.errors import in_words

    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"secondopinion: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("secondopinion: " + _("interrupted"), file=sys.stderr)
        return EXIT_FAIL
    except Exception as exc:
        # Our own sentence for every failure (services/errors.py), never a class name.
        print(f"secondopinion: {in_words(exc)}", file=sys.stderr)
        return EXIT_FAIL
