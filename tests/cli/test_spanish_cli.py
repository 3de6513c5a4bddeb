"""The command line in Spanish: its refusals, the journal's errors and argparse's own words.

Each case runs the real CLI in a subprocess twice, in English and in Spanish (``--lang es``,
or the locale), and reads stderr: the Spanish line differs from the English one and holds no
run of English words from the catalogues (tests/i18n/english.py).
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from secondopinion.services.demo import write_demo
from secondopinion.store import lock
from tests.i18n.english import english_in

LOCALE_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def run(
    *args: str, lang: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARS}
    full_env.pop("SECONDOPINION_PASSPHRASE", None)
    full_env.update(env or {})
    argv = [*args, "--lang", lang] if lang else list(args)
    return subprocess.run(
        [sys.executable, "-m", "secondopinion", *argv],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


def in_both(*args: str, env: dict[str, str] | None = None) -> tuple[str, str, int]:
    """(English stderr, Spanish stderr, exit status), checked to be one line each."""
    english, spanish = run(*args, lang="en", env=env), run(*args, lang="es", env=env)
    assert english.returncode == spanish.returncode != 0, (english, spanish)
    for result in (english, spanish):
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    return english.stderr.strip(), spanish.stderr.strip(), spanish.returncode


def assert_spanish(english: str, spanish: str) -> None:
    assert spanish != english, spanish
    assert not english_in(spanish), (spanish, english_in(spanish))


@pytest.fixture(scope="module")
def journals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("journals")
    plain = folder / "plain.sojournal"
    write_demo(plain).close()
    secret = folder / "secret.sojournal"
    write_demo(secret, passphrase="correct horse battery").close()
    damaged = folder / "damaged.sojournal"
    data = bytearray(plain.read_bytes())
    page = 4096
    data[page * 3 : page * 6] = b"\xa5" * (page * 3)  # pages of the middle overwritten
    damaged.write_bytes(bytes(data))
    text = folder / "notes.sojournal"
    text.write_text("not a journal at all\n", encoding="utf-8")
    return {"plain": plain, "secret": secret, "damaged": damaged, "text": text}


def _bad_export(journals: dict[str, Path], tmp: Path, change: Callable[[dict], None]) -> Path:
    out = tmp / "export.json"
    if not out.exists():
        assert (
            run("export", "json", "--journal", str(journals["plain"]), "--out", str(out)).returncode
            == 0
        )
    doc = json.loads(out.read_text(encoding="utf-8"))
    change(doc)
    bad = tmp / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    return bad


def _kind(doc: dict) -> None:
    doc["tables"]["visit"][0]["kind"] = "bogus"


def _long_title(doc: dict) -> None:
    doc["tables"]["concern"][0]["title"] = "x" * 300


def _missing(doc: dict) -> None:
    del doc["tables"]["concern"][0]["title"]


def _not_export(doc: dict) -> None:
    doc["format"] = "something-else"


@pytest.mark.parametrize("change", [_kind, _long_title, _missing, _not_export])
def test_json_import_refusals_in_spanish(
    journals: dict[str, Path], tmp_path: Path, change: Callable[[dict], None]
) -> None:
    bad = _bad_export(journals, tmp_path, change)
    target = tmp_path / "new.sojournal"
    english, spanish, status = in_both("import", "json", "--journal", str(target), str(bad))
    assert status == 1
    assert_spanish(english, spanish)
    assert "No se importó nada." in spanish or "Second Opinion" in spanish
    assert not target.exists()


def test_invalid_json_refused_in_spanish(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": ', encoding="utf-8")
    english, spanish, _ = in_both("import", "json", "--journal", str(tmp_path / "j"), str(bad))
    assert_spanish(english, spanish)
    assert "no es un JSON válido" in spanish


@pytest.mark.parametrize(
    ("which", "env", "spanish_words"),
    [
        ("missing", {}, "No hay ningún diario"),
        ("text", {}, "no es un diario de Second Opinion"),
        ("damaged", {}, "está dañado"),
        ("secret", {"SECONDOPINION_PASSPHRASE": "wrong"}, "La frase de contraseña no abre"),
        ("secret", {}, "está protegido con una frase de contraseña"),
    ],
)
def test_journal_errors_in_spanish(
    journals: dict[str, Path], tmp_path: Path, which: str, env: dict[str, str], spanish_words: str
) -> None:
    path = journals.get(which, tmp_path / "nowhere.sojournal")
    english, spanish, status = in_both(
        "export", "json", "--journal", str(path), "--out", str(tmp_path / "o.json"), env=env
    )
    assert status == 1
    assert_spanish(english, spanish)
    assert spanish_words in spanish


def test_a_journal_in_use_is_refused_in_spanish(journals: dict[str, Path], tmp_path: Path) -> None:
    fd = os.open(lock.lock_path(journals["plain"]), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # another Second Opinion holds it (a separate process)
        english, spanish, _ = in_both("search", "--journal", str(journals["plain"]), "pain")
    finally:
        os.close(fd)
    assert_spanish(english, spanish)
    assert "ya está abierto en otra ventana" in spanish


def test_check_of_a_damaged_journal_in_spanish(journals: dict[str, Path]) -> None:
    english, spanish, _ = in_both("check", "--journal", str(journals["damaged"]))
    assert_spanish(english, spanish)


def test_unknown_record_request_in_spanish(journals: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    english, spanish, _ = in_both(
        "export",
        "letter",
        "--journal",
        str(journals["plain"]),
        "--request",
        "999",
        "--out",
        str(out),
    )
    assert_spanish(english, spanish)
    assert "999" in spanish


def test_the_locale_alone_makes_the_errors_spanish(tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere.sojournal")
    for env in ({"LANGUAGE": "es"}, {"LC_ALL": "es_ES.UTF-8"}, {"LANG": "es_MX.UTF-8"}):
        result = run("check", "--journal", missing, env=env)
        assert result.returncode == 1
        assert "No hay ningún diario" in result.stderr, (env, result.stderr)


# --- argparse's own words: --help and usage errors ----------------------------------------------

ARGPARSE_ENGLISH = (
    "usage",
    "options:",
    "invalid",
    "required",
    "unrecognized",
    "expected ",
    "argument ",
    "see --help",
    "show this help",
)


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--help", "--lang", "es"], {}),
        (["export", "pdf", "--help"], {"LANGUAGE": "es"}),
        (["import", "records", "--lang=es", "--help"], {}),
        (["check", "--help"], {"LC_ALL": "es_ES.UTF-8"}),
    ],
)
def test_help_in_spanish(args: list[str], env: dict[str, str]) -> None:
    spanish = run(*args, env=env)
    english = run(
        *[a for a in args if a not in ("--lang", "es", "--lang=es")], env={"LANGUAGE": "en"}
    )
    assert spanish.returncode == english.returncode == 0
    assert spanish.stdout.startswith("uso: secondopinion"), spanish.stdout
    assert "opciones:" in spanish.stdout and "muestra esta ayuda y termina" in spanish.stdout
    left = [w for w in ARGPARSE_ENGLISH if w in spanish.stdout]
    assert not left and not english_in(spanish.stdout), (left, spanish.stdout)
    assert english.stdout.startswith("usage: secondopinion")  # and English stays English


def test_every_help_text_is_spanish() -> None:
    """Each command's help line in the top-level and the export/import listings."""
    for args in (["--help"], ["export", "--help"], ["import", "--help"]):
        out = run(*args, lang="es").stdout
        listed = [line for line in out.splitlines() if line.startswith("    ")]
        assert listed, out
        english = run(*args, lang="en").stdout
        assert not set(listed) & set(english.splitlines()), out


@pytest.mark.parametrize(
    ("args", "spanish_words"),
    [
        (["export", "pdf"], "faltan estos argumentos obligatorios: --journal, --out"),
        (["demo", "--out", "x", "--size", "giant"], "opción no válida: 'giant'"),
        (["frobnicate"], "opción no válida: 'frobnicate'"),
        (["check", "--journal", "a", "b"], "argumentos no reconocidos: b"),
        (
            ["export", "letter", "--journal", "j", "--out", "o", "--request", "x"],
            "valor de int no válido",
        ),
        (["search", "--journal"], "se esperaba un argumento"),
    ],
)
def test_usage_errors_in_spanish(args: list[str], spanish_words: str) -> None:
    for env, extra in (({}, ["--lang", "es"]), ({"LANG": "es_AR.UTF-8"}, [])):
        result = run(*args, *extra, env=env)
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
        assert spanish_words in lines[0], lines[0]
        assert lines[0].endswith("(consulte --help)"), lines[0]
        left = [w for w in ARGPARSE_ENGLISH if w in lines[0]]
        assert not left, (left, lines[0])
    english = run(*args, env={"LANGUAGE": "en"})
    assert english.returncode == 2 and english.stderr.strip().endswith("(see --help)")


def test_argparse_templates_are_this_pythons() -> None:
    """cli_words matches argparse's messages by their English templates: pin them, so a
    Python whose argparse words one differently fails here, not silently in English."""
    import argparse
    import inspect

    from secondopinion.cli_words import TEMPLATES, argparse_message

    source = inspect.getsource(argparse)
    missing = [t for t in TEMPLATES if repr(t) not in source and f'"{t}"' not in source]
    assert not missing, missing
    from secondopinion import i18n

    with i18n.speaking("es"):
        assert argparse_message("argument --size: invalid choice: 'x' (choose from 'a', 'b')") == (
            "argumento --size: opción no válida: 'x' (elija entre 'a', 'b')"
        )
        assert argparse_message("something argparse never said") == "something argparse never said"


def test_a_file_error_in_spanish(journals: dict[str, Path], tmp_path: Path) -> None:
    """The system's own sentence (strerror) is English; the common ones are ours."""
    out = tmp_path / "no such folder" / "export.json"
    english, spanish, _ = in_both(
        "export", "json", "--journal", str(journals["plain"]), "--out", str(out)
    )
    assert "No such file or directory" in english
    assert "No existe el archivo o la carpeta" in spanish and "No such file" not in spanish
    assert spanish.endswith(f": {out}")  # the file asked for, not the temporary one


def _leaves() -> dict[str, argparse.ArgumentParser]:
    """Every command that takes arguments (demo, export pdf, …) by name."""
    from secondopinion.cli import build_parser

    def leaves(parser: argparse.ArgumentParser, name: str) -> dict[str, argparse.ArgumentParser]:
        found = {}
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub, child in action.choices.items():
                    found.update(leaves(child, f"{name} {sub}".strip()))
        return found or {name: parser}

    return leaves(build_parser(), "")


def test_every_argument_is_explained_with_its_placeholder_in_the_language() -> None:
    """Every option and value of every command has a help line, and the placeholders of
    values (PATH, FILE, TITLE, TEXT — PRODUCT.md's contract) are written in the language."""
    from secondopinion import i18n

    commands = _leaves()
    assert len(commands) == 12, sorted(commands)
    for name, parser in commands.items():
        unexplained = [a.dest for a in parser._actions if not a.help]
        assert not unexplained, (name, unexplained)
    with i18n.speaking("en"):
        english = {name: p.format_help() for name, p in commands.items()}
    with i18n.speaking("es"):
        spanish = {name: p.format_help() for name, p in commands.items()}
    assert "--journal PATH" in english["export pdf"] and "--out FILE" in english["export pdf"]
    assert "--concern TITLE" in english["export compare"]
    assert "FILE [FILE ...]" in english["import records"] and "TEXT" in english["search"]
    for name, text in spanish.items():
        words = set(text.replace("[", " ").replace("]", " ").split())
        assert not words & {"PATH", "FILE", "TITLE", "TEXT", "JOURNAL", "OUT"}, (name, text)
    assert "--journal RUTA" in spanish["export pdf"] and "--out ARCHIVO" in spanish["export pdf"]
    assert "ARCHIVO [ARCHIVO ...]" in spanish["import records"]
