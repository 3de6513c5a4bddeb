"""Damage: a flipped byte or a file cut in half is caught at open, the file is left exactly as
it was (same bytes), and restoring the newest good backup brings everything back.

Encrypted journals authenticate every page (SQLCipher's HMAC), so one flipped byte anywhere in
any page after the first is found. Plain journals rely on SQLite's own check, which finds
damage to the structure of a page (its header, its cell pointers) but cannot know that a letter
inside a note changed; the plain cases flip structural bytes.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest

from secondopinion.services import backup
from secondopinion.services.check import check_journal
from secondopinion.services.jsonio import export_document
from secondopinion.store.errors import DamagedJournal, JournalError
from secondopinion.store.journal import Journal
from tests.reliability.conftest import PASSPHRASE, make_demo

PAGE = 4096


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def btree_pages(path: Path) -> list[int]:
    """Numbers (0-based) of the plain file's b-tree pages after the first."""
    data = path.read_bytes()
    return [p for p in range(1, len(data) // PAGE) if data[p * PAGE] in (0x02, 0x05, 0x0A, 0x0D)]


def journal_with_backup(folder: Path, passphrase: str | None) -> tuple[Path, dict[str, object]]:
    path = make_demo(folder / "journal.sojournal", passphrase)
    with Journal.open(path, passphrase) as journal:
        backup.back_up_now(journal)
        document = export_document(journal)
    return path, document


def assert_refused_untouched(path: Path, passphrase: str | None) -> None:
    before = digest(path)
    with pytest.raises(DamagedJournal):
        Journal.open(path, passphrase)
    assert digest(path) == before
    with pytest.raises(JournalError):
        problems = check_journal(path, passphrase)
        if problems:
            raise JournalError(problems[0])
    assert digest(path) == before


def assert_restores(path: Path, passphrase: str | None, document: dict[str, object]) -> None:
    damaged = digest(path)
    good = backup.newest_good_backup(path, passphrase)
    assert good is not None
    aside = backup.replace_damaged(path, good.path, passphrase)
    assert digest(aside) == damaged  # the damaged file is kept, byte for byte
    assert aside.stat().st_mode & 0o777 == 0o600
    with Journal.open(path, passphrase) as journal:
        assert export_document(journal) == document  # every row is back
    assert check_journal(path, passphrase) == []


@pytest.mark.parametrize("seed", range(4))
def test_one_flipped_byte_in_an_encrypted_data_page(tmp_path: Path, seed: int) -> None:
    path, document = journal_with_backup(tmp_path, PASSPHRASE)
    rng = random.Random(seed)
    pages = path.stat().st_size // PAGE
    flip(path, rng.randrange(1, pages) * PAGE + rng.randrange(PAGE))
    assert_refused_untouched(path, PASSPHRASE)
    assert_restores(path, PASSPHRASE, document)


@pytest.mark.parametrize("where", ["page type", "cell pointer", "header magic"])
def test_one_flipped_byte_in_a_plain_journal(tmp_path: Path, where: str) -> None:
    path, document = journal_with_backup(tmp_path, None)
    page = random.Random(7).choice(btree_pages(path))
    offset = {
        "page type": page * PAGE,
        "cell pointer": page * PAGE + (12 if path.read_bytes()[page * PAGE] in (2, 5) else 8),
        "header magic": 3,
    }[where]
    flip(path, offset)
    assert_refused_untouched(path, None)
    assert_restores(path, None, document)


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_a_journal_cut_to_half_its_size(tmp_path: Path, passphrase: str | None) -> None:
    path, document = journal_with_backup(tmp_path, passphrase)
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)
    assert_refused_untouched(path, passphrase)
    assert_restores(path, passphrase, document)


def test_a_damaged_backup_is_never_offered(tmp_path: Path) -> None:
    path, _ = journal_with_backup(tmp_path, None)
    newest = backup.list_backups(path)[0].path
    with newest.open("r+b") as fh:
        fh.truncate(newest.stat().st_size // 2)
    assert backup.newest_good_backup(path, None) is None
    with pytest.raises(DamagedJournal):
        backup.check_backup(newest, None)
