"""No plain text on disk: a marker typed into every field of an encrypted journal is found in
no file under the data folder, the temporary folder or the logs (as UTF-8 or UTF-16), after
saving, deleting, backing up, restoring and changing the passphrase. And the command line
refuses a wrong or missing passphrase with exit 1 and one line, no SQLCipher noise.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import LargeBinary, String
from sqlmodel.sql.sqltypes import AutoString

from secondopinion import paths
from secondopinion.domain.validation import FieldError
from secondopinion.services import backup
from secondopinion.services import passphrase as passphrase_service
from secondopinion.services.concerns import create_concern
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import ALL_TABLES, Attachment, Concern, SymptomEntry
from tests.cli_process import run_secondopinion
from tests.reliability.conftest import PASSPHRASE, make_demo
from tests.reliability.sweep import files_with, new_marker


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of our own, so whatever the code writes there can be inspected."""
    folder = tmp_path / "tmp"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _is_text(kind: object) -> bool:
    return isinstance(kind, String | AutoString)


def type_marker_everywhere(journal: Journal, marker: str) -> int:
    """Put the marker in every text column of every table (where the field takes free text)."""
    typed = 0
    for cls in ALL_TABLES:
        table = commands.table_of(cls)
        found = commands.rows(journal, cls)
        if not found:
            continue
        row = found[0]
        key = tuple(getattr(row, c.name) for c in table.primary_key.columns)
        for column in table.columns:
            if column.primary_key or column.foreign_keys:
                continue
            if isinstance(column.type, LargeBinary):
                value: object = f"%PDF {marker}".encode() + marker.encode("utf-16-le")
            elif _is_text(column.type):
                value = f"{marker} {column.name} ✓ مرحبا"
            else:
                continue
            try:
                commands.update(
                    journal, cls, key if len(key) > 1 else key[0], **{column.name: value}
                )
            except FieldError:
                continue  # a closed vocabulary (status, kind…): nothing typed goes there
            typed += 1
    return typed


def test_a_marker_typed_everywhere_is_in_no_file(
    private_home: Path, private_tmp: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    marker = new_marker()
    path = paths.default_journal()
    path.parent.mkdir(parents=True, mode=0o700)
    make_demo(path, PASSPHRASE)
    with Journal.open(path, PASSPHRASE) as journal:
        typed = type_marker_everywhere(journal, marker)
        concern = create_concern(journal, f"{marker} concern", to_clarify=marker)
        symptom = commands.add(
            journal,
            SymptomEntry(
                concern_id=concern.id,
                recorded_at=concern.created_at,
                symptom=marker,
                severity=5,
                notes=marker * 200,  # long enough to spill onto overflow pages
            ),
        )
        commands.delete_row(journal, SymptomEntry, symptom.id)
        backup.back_up_now(journal)
        newest = backup.list_backups(path)[0].path
        commands.update(journal, Concern, concern.id, proposed_treatment=marker)
        backup.restore_backup(journal, newest)
        passphrase_service.set_passphrase(journal, PASSPHRASE + " and more")
        backup.back_up_now(journal)
        with pytest.raises(FieldError):
            commands.add(
                journal, Attachment(record_request_id=1, filename="", data=marker.encode())
            )
    assert typed > 40
    out, err = capfd.readouterr()
    assert marker not in out and marker not in err
    assert files_with(marker, private_home, private_tmp, path.parent) == []
    # The journal really holds the marker: the sweep is looking at the right things.
    with Journal.open(path, PASSPHRASE + " and more") as journal:
        assert any(marker in c.title for c in commands.rows(journal, Concern))


def test_the_same_sweep_finds_the_marker_in_a_plain_journal(
    private_home: Path, private_tmp: Path
) -> None:
    """The control: without a passphrase the sweep does find what was typed."""
    marker = new_marker()
    path = make_demo(private_home.parent / "plain.sojournal")
    with Journal.open(path) as journal:
        assert type_marker_everywhere(journal, marker) > 40
    assert files_with(marker, path.parent)


@pytest.mark.parametrize(
    ("command", "given"),
    [("check", "wrong"), ("check", "missing"), ("export", "wrong"), ("backup", "missing")],
)
def test_wrong_or_missing_passphrase_on_the_command_line(
    tmp_path: Path, command: str, given: str
) -> None:
    path = make_demo(tmp_path / "secret.sojournal", PASSPHRASE)
    env = {k: v for k, v in os.environ.items() if k != paths.PASSPHRASE_ENV}
    if given == "wrong":
        env[paths.PASSPHRASE_ENV] = "not the passphrase"
    args = {
        "check": ["check", "--journal", str(path)],
        "export": ["export", "json", "--journal", str(path), "--out", str(tmp_path / "x.json")],
        "backup": ["backup", "--journal", str(path), "--out", str(tmp_path / "b.sojournal")],
    }[command]
    before = path.read_bytes()
    result = run_secondopinion(*args, env=env, without=[paths.PASSPHRASE_ENV])
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr  # exactly one line: no SQLCipher log, no traceback
    assert lines[0].startswith("secondopinion: ")
    assert "passphrase" in lines[0]
    assert "not the passphrase" not in result.stderr
    assert result.stdout == ""
    assert path.read_bytes() == before
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "b.sojournal").exists()
