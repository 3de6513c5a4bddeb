"""Database errors arrive as SQLAlchemy's and one mapping (errors.journal_error) puts them in words.

SQLAlchemy wraps only the errors of the DB-API module it is told about; the engine names
sqlcipher3, so a constraint failure is a ``sqlalchemy.exc.IntegrityError`` and a session turns it
into a ``JournalError`` whose message a person can read. No message names an exception class.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from secondopinion import cli
from secondopinion.services.errors import INTERNAL_FAULT
from secondopinion.store.errors import (
    ChangeRefused,
    DamagedJournal,
    JournalError,
    SaveFailed,
    journal_error,
)
from secondopinion.store.journal import Journal

ORPHAN_SIGN = (
    "INSERT INTO sign (concern_id, text, ticked, note, position) VALUES (999, 'x', 0, '', 0)"
)


def test_the_engine_wraps_sqlcipher3_errors(journal: Journal) -> None:
    with pytest.raises(IntegrityError) as caught, journal.engine.begin() as conn:
        conn.exec_driver_sql(ORPHAN_SIGN)
    assert isinstance(caught.value.orig, sqlcipher3.IntegrityError)
    with pytest.raises(OperationalError), journal.engine.connect() as conn:
        conn.exec_driver_sql("SELECT * FROM no_such_table")


def test_a_session_turns_them_into_words(journal: Journal) -> None:
    with pytest.raises(ChangeRefused) as caught, journal.session() as s:
        s.connection().exec_driver_sql(ORPHAN_SIGN)
    assert str(caught.value) == (
        "That change refers to something no longer in the journal; nothing was changed."
    )
    assert isinstance(caught.value.__cause__, DBAPIError)


def _driver_error(sql: str, *, setup: str = "") -> BaseException:
    conn = sqlcipher3.connect(":memory:")
    conn.executescript(
        "PRAGMA foreign_keys = ON;"
        "CREATE TABLE p (id INTEGER PRIMARY KEY);"
        "CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER NOT NULL REFERENCES p(id));"
        "INSERT INTO p VALUES (1);" + setup
    )
    try:
        conn.execute(sql)
    except sqlcipher3.Error as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError(f"{sql} did not fail")


CASES: list[tuple[str, Callable[[], BaseException], type[JournalError], str]] = [
    (
        "foreign key",
        lambda: _driver_error("INSERT INTO c VALUES (1, 7)"),
        ChangeRefused,
        "refers to something no longer in the journal",
    ),
    (
        "unique",
        lambda: _driver_error("INSERT INTO p VALUES (1)"),
        ChangeRefused,
        "already in the journal",
    ),
    (
        "not null",
        lambda: _driver_error("INSERT INTO c VALUES (1, NULL)"),
        ChangeRefused,
        "required value is missing",
    ),
    (
        "read-only",
        lambda: _driver_error("INSERT INTO p VALUES (2)", setup="PRAGMA query_only = ON;"),
        SaveFailed,
        "read-only",
    ),
    (
        "missing table",
        lambda: _driver_error("SELECT * FROM gone"),
        DamagedJournal,
        "damaged",
    ),
    (
        "disk full",
        lambda: sqlcipher3.OperationalError("database or disk is full"),
        SaveFailed,
        "full",
    ),
]


@pytest.mark.parametrize(
    ("make", "kind", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_one_mapping_for_driver_and_sqlalchemy_errors(
    make: Callable[[], BaseException], kind: type[JournalError], words: str
) -> None:
    raw = make()
    wrapped = DBAPIError.instance("SQL", None, raw, sqlcipher3.Error)  # as SQLAlchemy wraps it
    for exc in (raw, wrapped):
        found = journal_error(exc)
        assert type(found) is kind
        assert words in str(found)
        assert "Error" not in str(found) and "sqlite" not in str(found).lower()


def test_a_damaged_journal_gets_words_on_the_command_line(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Today: 'secondopinion: unexpected error (OperationalError)'."""
    plain = sqlite3.connect(demo_path)
    plain.execute("DROP TABLE visit_feelings")
    plain.commit()
    plain.close()
    status = cli.run(["export", "json", "--journal", str(demo_path), "--out", str(tmp_path / "o")])
    assert status == cli.EXIT_FAIL
    assert capsys.readouterr().err.splitlines() == [
        "secondopinion: The journal is damaged and cannot be read or saved. "
        "Restore it from a backup (File > Restore)."
    ]


def test_no_command_ever_prints_a_class_name(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_args: object) -> int:
        raise RuntimeError("a fault in the app")

    monkeypatch.setitem(cli.COMMANDS, "search", broken)
    assert cli.run(["search", "--journal", "x", "text"]) == cli.EXIT_FAIL
    (line,) = capsys.readouterr().err.splitlines()
    assert line == f"secondopinion: {INTERNAL_FAULT}"
    assert "unexpected error" not in line and "RuntimeError" not in line


def test_what_a_person_reads_for_a_raw_engine_error(journal: Journal) -> None:
    """Errors from code that uses the engine directly (backup, search) read as our sentences in
    the window's messages too, never as SQLAlchemy's text with its SQL and web address."""
    from secondopinion.services.errors import in_words

    with pytest.raises(OperationalError) as caught, journal.engine.connect() as conn:
        conn.exec_driver_sql("SELECT * FROM no_such_table")
    raw = str(caught.value)
    assert "SELECT" in raw and "sqlalche.me" in raw  # what used to reach message boxes
    assert in_words(caught.value) == (
        "The journal is damaged and cannot be read or saved. "
        "Restore it from a backup (File > Restore)."
    )
    assert in_words(RuntimeError("internal detail")) == INTERNAL_FAULT
    assert in_words(FileNotFoundError(2, "No such file or directory", "x.json")) == (
        "No such file or directory: x.json"
    )
