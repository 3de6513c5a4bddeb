"""Every message a person can read from domain/, store/, services/ and the CLI is in the catalogue.

Errors raised below the window carry a ``Sentence`` (its English source and values), translated
where shown. This test reads the code: a ``raise`` whose message is a bare English string (a
literal, an f-string, ``"…".format()``) would reach a Spanish reader in English, so it fails.
"""

from __future__ import annotations

import ast
from pathlib import Path

from secondopinion import i18n
from secondopinion.domain.validation import FieldError, check_email, check_text
from secondopinion.domain.wording import Sentence
from secondopinion.services.errors import in_words
from secondopinion.store.errors import DamagedJournal, journal_error
from tests.i18n.english import english_in

PACKAGE = Path(__file__).resolve().parents[2] / "secondopinion"
SCANNED = ["domain", "store", "services", "cli.py"]
# Programmer errors, never shown to a person: (file, exception).
INTERNAL = {
    ("domain/chart_axis.py", "ValueError"),  # a chart asked for no moments at all
    ("services/records_read.py", "JSONDecodeError"),  # caught and said in words a line later
}


def _english_literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        # words, not a field's name ("date_of_birth") or a code
        return isinstance(node.value, str) and " " in node.value.strip()
    if isinstance(node, ast.JoinedStr):  # f"{name}: {problem}" holds no English of its own
        return any(
            isinstance(v, ast.Constant) and any(c.isalpha() for c in str(v.value))
            for v in node.values
        )
    if isinstance(node, ast.BinOp):
        return _english_literal(node.left) or _english_literal(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _english_literal(node.func.value)
    return False


def english_raises() -> list[str]:
    found = []
    files = [
        f
        for part in SCANNED
        for f in ([PACKAGE / part] if part.endswith(".py") else (PACKAGE / part).rglob("*.py"))
        if "migrations" not in f.parts
    ]
    for file in files:
        rel = file.relative_to(PACKAGE).as_posix()
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call):
                continue
            func = node.exc.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if (rel, name) in INTERNAL:
                continue
            if any(_english_literal(arg) for arg in node.exc.args):
                found.append(f"{rel}:{node.lineno} raise {name}(…English…)")
    return found


def test_no_message_is_raised_as_bare_english() -> None:
    found = english_raises()
    assert not found, (
        "Wrap these in Sentence(...) (domain/store) or words()._(...) (services, CLI), then run "
        "scripts/update_translations.sh:\n" + "\n".join(found)
    )


def test_the_guard_catches_a_bare_english_message(tmp_path: Path) -> None:
    code = 'raise JournalError(f"{name} broke")\nraise FieldError("x", "Too long.")\n'
    tree = ast.parse(code)
    calls = [n.exc for n in ast.walk(tree) if isinstance(n, ast.Raise)]
    assert all(any(_english_literal(a) for a in c.args) for c in calls if isinstance(c, ast.Call))
    assert not _english_literal(ast.parse('Sentence("A {x}.", x=1)', mode="eval").body)


def test_sentences_are_translated_where_shown_with_their_values() -> None:
    es = i18n.words("es")
    damaged = DamagedJournal(Sentence("{name} is damaged and cannot be read.", name="a.sojournal"))
    assert str(damaged) == "a.sojournal is damaged and cannot be read."  # English off screen
    assert es.sentence(damaged.sentence) == "a.sojournal está dañado y no se puede leer."
    nested = Sentence(
        "{name}: {problem} Nothing was imported.",
        name="x.json",
        problem=Sentence("The export has no tables."),
    )
    assert es.sentence(nested) == "x.json: La exportación no tiene tablas. No se importó nada."
    assert es.sentence("ya en español") == "ya en español"


def test_field_and_journal_errors_in_spanish() -> None:
    """Each validation message and each database-error sentence, raised and shown in Spanish."""
    raised: list[BaseException] = []
    for check in (
        lambda: check_text("title", "", 10, required=True),
        lambda: check_text("title", "x" * 11, 10),
        lambda: check_text("title", "a\x00b", 10),
        lambda: check_email("email", "not an address"),
    ):
        try:
            check()
        except FieldError as exc:
            raised.append(exc)

    class Driver(Exception):
        def __init__(self, code: int) -> None:
            self.sqlite_errorcode = code

    raised += [journal_error(Driver(code)) for code in (5, 8, 10, 11, 13, 14, 19)]
    assert len(raised) == 11
    with i18n.speaking("es"):
        for exc in raised:
            shown = in_words(exc)
            with i18n.speaking("en"):
                english = in_words(exc)
            assert shown != english and not english_in(shown), (shown, english)


def test_common_file_errors_in_spanish() -> None:
    missing = FileNotFoundError(2, "No such file or directory", "x.json")
    with i18n.speaking("es"):
        assert in_words(missing) == "No existe el archivo o la carpeta: x.json"
        assert in_words(PermissionError(13, "Permission denied")) == "Permiso denegado"
    with i18n.speaking("en"):
        assert in_words(missing) == "No such file or directory: x.json"
