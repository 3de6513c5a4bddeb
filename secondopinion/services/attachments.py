"""Files attached to record requests: read, checked, hashed, stored inside the journal, copied out.

Attachments are stored inside the journal (so they are encrypted and backed up with it). A file
is read once, checked, hashed and its real type sniffed from its first bytes; the UI only
formats the messages. Nothing here knows Qt.

The size limit: one attachment may hold at most ``MAX_ATTACHMENT_BYTES`` (50 MiB). The journal is
one SQLite file and an attachment is read into memory whole (to hash it, to store it, and to keep
it for undo), so a few large files would make every backup and export slow. A scanned report, a
lab PDF or a handful of key images fit well under it; a full CD of scans does not and belongs on
the CD, with a note on the request.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import shutil
import stat
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select as select_columns
from sqlmodel import col, select

from secondopinion.domain.wording import Sentence
from secondopinion.services.files import write_private_atomic
from secondopinion.services.filetypes import SNIFF_BYTES, TypeCheck, check_type, safe_filename
from secondopinion.store.engine import FILE_MODE
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Attachment, RecordRequest

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024

# --- files: reading one to attach --------------------------------------------------------------


class AttachmentRefused(Exception):
    """A file that cannot be stored, with the reason (``reason``) and the file's name."""

    def __init__(self, filename: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{filename}: {reason}")
        self.filename = filename
        self.reason = reason  # not_found | folder | not_regular | unreadable | empty | too_large
        self.detail = detail


@dataclass(frozen=True)
class FileToAttach:
    filename: str
    data: bytes = field(repr=False)
    sha256: str
    type_check: TypeCheck

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def media_type(self) -> str:
        return self.type_check.media_type


def read_file_to_attach(path: Path, limit: int = MAX_ATTACHMENT_BYTES) -> FileToAttach:
    """Read ``path`` whole, or raise AttachmentRefused saying why it cannot be stored."""
    path = Path(path)
    name = path.name or str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise AttachmentRefused(name, "not_found") from None
    except OSError as exc:
        raise AttachmentRefused(name, "unreadable", exc.strerror or "") from None
    if stat.S_ISDIR(info.st_mode):
        raise AttachmentRefused(name, "folder")
    if not stat.S_ISREG(info.st_mode):
        raise AttachmentRefused(name, "not_regular")
    if info.st_size > limit:
        raise AttachmentRefused(name, "too_large", str(info.st_size))
    try:
        # O_NONBLOCK: a file swapped for a pipe after the check above must not hang the app.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise AttachmentRefused(name, "unreadable", exc.strerror or "") from None
    if len(data) > limit:  # it grew while we looked
        raise AttachmentRefused(name, "too_large", str(len(data)))
    if not data:
        raise AttachmentRefused(name, "empty")
    return FileToAttach(
        filename=name,
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        type_check=check_type(name, data[:SNIFF_BYTES]),
    )


def new_attachment(request_id: int, file: FileToAttach, now: datetime | None = None) -> Attachment:
    """The row to store for ``file`` on a record request (not yet stored)."""
    return Attachment(
        record_request_id=request_id,
        filename=file.filename,
        media_type=file.media_type,
        size=file.size,
        sha256=file.sha256,
        added_at=(now or datetime.now()).replace(microsecond=0),
        data=file.data,
    )


# --- attachments in the journal ----------------------------------------------------------------


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment without its bytes (lists never load the files themselves)."""

    id: int
    record_request_id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime


_INFO_COLUMNS = (
    col(Attachment.id),
    col(Attachment.record_request_id),
    col(Attachment.filename),
    col(Attachment.media_type),
    col(Attachment.size),
    col(Attachment.sha256),
    col(Attachment.added_at),
)


def attachments_of(journal: Journal, request_id: int) -> list[AttachmentInfo]:
    stmt = (
        select_columns(*_INFO_COLUMNS)
        .where(col(Attachment.record_request_id) == request_id)
        .order_by(col(Attachment.id))
    )
    with journal.session() as s:
        return [AttachmentInfo(*row) for row in s.execute(stmt).all()]


def attachment_info(journal: Journal, attachment_id: int) -> AttachmentInfo | None:
    stmt = select_columns(*_INFO_COLUMNS).where(col(Attachment.id) == attachment_id)
    with journal.session() as s:
        row = s.execute(stmt).first()
    return None if row is None else AttachmentInfo(*row)


def attachment_counts(journal: Journal, concern_id: int) -> dict[int, int]:
    """How many files each of the concern's record requests holds."""
    stmt = (
        select(col(Attachment.record_request_id), col(Attachment.id))
        .join(RecordRequest, col(RecordRequest.id) == col(Attachment.record_request_id))
        .where(col(RecordRequest.concern_id) == concern_id)
    )
    counts: dict[int, int] = {}
    with journal.session() as s:
        for rid, _ in s.exec(stmt).all():
            counts[rid] = counts.get(rid, 0) + 1
    return counts


def duplicate_of(journal: Journal, request_id: int, sha256: str) -> str | None:
    """The name under which the same file is already attached to this request, if it is."""
    stmt = select(col(Attachment.filename)).where(
        col(Attachment.record_request_id) == request_id, col(Attachment.sha256) == sha256
    )
    with journal.session() as s:
        return s.exec(stmt).first()


class AttachmentDamaged(Exception):
    """The stored bytes no longer match the checksum taken when the file was added."""


def attachment_bytes(journal: Journal, attachment_id: int, *, verify: bool = True) -> bytes:
    stmt = select(col(Attachment.data), col(Attachment.sha256)).where(
        col(Attachment.id) == attachment_id
    )
    with journal.session() as s:
        row = s.exec(stmt).first()
    if row is None:
        raise LookupError(Sentence("attachment {id} no longer exists", id=attachment_id))
    data, digest = bytes(row[0]), row[1]
    if verify and digest and hashlib.sha256(data).hexdigest() != digest:
        raise AttachmentDamaged(attachment_id)
    return data


def save_copy(journal: Journal, attachment_id: int, target: Path, *, verify: bool = True) -> int:
    """Write the attachment to ``target`` (owner-only, atomically); returns the bytes written."""
    data = attachment_bytes(journal, attachment_id, verify=verify)
    write_private_atomic(Path(target), data)
    return len(data)


# --- private temporary copies (to open a file in another app) ----------------------------------

TEMP_PREFIX = "secondopinion-open-"


class PrivateCopies:
    """Temporary copies of attachments for other apps to open, owner-only, removed afterwards.

    Each copy lives in its own folder (mode 0700, made by ``tempfile.mkdtemp``) as a file of mode
    0600. ``remove`` deletes one copy; ``remove_all`` runs when the app quits (and at exit).
    """

    def __init__(self, root: Path | None = None) -> None:
        self.root = root
        self.folders: set[Path] = set()

    def write(self, filename: str, media_type: str, data: bytes) -> Path:
        folder = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=self.root))
        self.folders.add(folder)
        target = folder / safe_filename(filename, media_type)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return target

    def remove(self, path: Path) -> None:
        folder = Path(path).parent
        if folder in self.folders:
            self.folders.discard(folder)
            shutil.rmtree(folder, ignore_errors=True)

    def remove_all(self) -> None:
        for folder in list(self.folders):
            shutil.rmtree(folder, ignore_errors=True)
        self.folders.clear()

    def sweep_stale(self, older_than_s: float = 2 * 3600) -> int:
        """Remove copies an earlier run left behind (it crashed); returns how many went.

        Two hours leaves alone the copies of another instance still running, which removes
        its own within half an hour.
        """
        root = Path(self.root or tempfile.gettempdir())
        gone = 0
        with contextlib.suppress(OSError):
            for folder in root.glob(TEMP_PREFIX + "*"):
                with contextlib.suppress(OSError):
                    info = folder.lstat()
                    if (
                        stat.S_ISDIR(info.st_mode)
                        and _uid() in (-1, info.st_uid)
                        and time.time() - info.st_mtime > older_than_s
                    ):
                        shutil.rmtree(folder, ignore_errors=True)
                        gone += 1
        return gone


def _uid() -> int:
    getuid = getattr(os, "getuid", None)  # not on Windows, where the temp folder is per user
    return int(getuid()) if getuid is not None else -1


_copies: PrivateCopies | None = None


def private_copies() -> PrivateCopies:
    """The process's one set of temporary copies, removed at exit whatever happens."""
    global _copies
    if _copies is None:
        _copies = PrivateCopies()
        atexit.register(_copies.remove_all)
    return _copies
