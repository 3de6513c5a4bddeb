"""Record requests, attachments and the health summary's person: the Records tab's use cases.

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
import re
import shutil
import stat
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select as select_columns
from sqlmodel import col, select

from secondopinion.domain.enums import STANDARD_RECORD_KINDS, RecordKind, RecordStatus
from secondopinion.domain.rules import default_due_date, is_missing, is_overdue
from secondopinion.domain.validation import TITLE_MAX, FieldError, check_text
from secondopinion.services.files import write_private_atomic
from secondopinion.store import commands
from secondopinion.store.engine import FILE_MODE
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Attachment, Person, RecordRequest

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
SNIFF_BYTES = 8192
OCTET_STREAM = "application/octet-stream"

# --- record requests ---------------------------------------------------------------------------


def _status(value: str) -> RecordStatus:
    try:
        return RecordStatus(value)
    except ValueError:
        return RecordStatus.NEEDED


def request_is_overdue(request: RecordRequest, today: date) -> bool:
    return is_overdue(_status(request.status), request.due_on, today)


def request_is_missing(request: RecordRequest) -> bool:
    return is_missing(_status(request.status))


@dataclass(frozen=True)
class RequestSummary:
    total: int
    missing: int  # needed or requested: not in hand yet
    overdue: int  # requested and past the due date (counted among the missing too)


def summarise(requests: list[RecordRequest], today: date) -> RequestSummary:
    return RequestSummary(
        total=len(requests),
        missing=sum(1 for r in requests if request_is_missing(r)),
        overdue=sum(1 for r in requests if request_is_overdue(r, today)),
    )


def requests_for(journal: Journal, concern_id: int) -> list[RecordRequest]:
    return commands.rows(
        journal,
        RecordRequest,
        col(RecordRequest.concern_id) == concern_id,
        order_by=[col(RecordRequest.id)],
    )


def new_request(
    concern_id: int,
    kind: RecordKind | str,
    source: str = "",
    requested_on: date | None = None,
) -> RecordRequest:
    """A request not yet stored: 'needed' without a date, 'requested' (due in 30 days) with one."""
    return RecordRequest(
        concern_id=concern_id,
        kind=RecordKind(kind).value,
        source=source,
        requested_on=requested_on,
        due_on=None if requested_on is None else default_due_date(requested_on),
        status=(RecordStatus.NEEDED if requested_on is None else RecordStatus.REQUESTED).value,
    )


def standard_set(journal: Journal, concern_id: int) -> list[RecordRequest]:
    """New (unstored) 'needed' requests for each standard kind the concern does not have yet."""
    present = {r.kind for r in requests_for(journal, concern_id)}
    return [
        new_request(concern_id, kind) for kind in STANDARD_RECORD_KINDS if kind.value not in present
    ]


def implied_changes(before: RecordRequest, after: RecordRequest, today: date) -> dict[str, Any]:
    """What else follows from an edit, so the dates and status stay consistent.

    - Marking a request 'requested' without a date dates it today.
    - A requested date makes a 'needed' request 'requested'.
    - A new requested date moves the due date to 30 days later, unless the person had set the
      due date themselves (it was not the 30-day default).
    """
    changes: dict[str, Any] = {}
    requested_on = after.requested_on
    if (
        after.status == RecordStatus.REQUESTED
        and before.status != RecordStatus.REQUESTED
        and requested_on is None
    ):
        requested_on = changes["requested_on"] = today
    if (
        after.requested_on is not None
        and before.requested_on is None
        and after.status == RecordStatus.NEEDED
    ):
        changes["status"] = RecordStatus.REQUESTED.value
    if requested_on is not None and requested_on != before.requested_on:
        was_default = before.due_on is None or (
            before.requested_on is not None
            and before.due_on == default_due_date(before.requested_on)
        )
        if was_default and after.due_on == before.due_on:
            changes["due_on"] = default_due_date(requested_on)
    return changes


def update_request(
    journal: Journal, request: RecordRequest, today: date, **changes: Any
) -> RecordRequest:
    """Save ``changes`` to ``request`` and whatever they imply (see ``implied_changes``)."""
    updated = commands.update(journal, RecordRequest, request.id, **changes)
    extra = implied_changes(request, updated, today)
    if extra:
        updated = commands.update(journal, RecordRequest, request.id, **extra)
    return updated


# --- the person --------------------------------------------------------------------------------


def person(journal: Journal) -> Person | None:
    found = commands.rows(journal, Person)
    return found[0] if found else None


def check_date_of_birth(value: date | None, today: date) -> date | None:
    if value is not None and value > today:
        raise FieldError("date_of_birth", "A date of birth cannot be in the future.")
    return value


def save_person(journal: Journal, today: date, **changes: Any) -> Person:
    """Save the person's name or date of birth, creating the person on the first edit.

    The row is made only when something is typed, so an untouched journal has no person and a
    JSON import into it keeps the imported one.
    """
    if "name" in changes:
        check_text("name", changes["name"], TITLE_MAX)
    if "date_of_birth" in changes:
        check_date_of_birth(changes["date_of_birth"], today)
    found = person(journal)
    if found is None:
        return commands.add(journal, Person(**changes))
    return commands.update(journal, Person, found.id, **changes)


# --- files: type sniffing ----------------------------------------------------------------------

# The type a file's extension promises.
_BY_EXTENSION: dict[str, str] = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".bmp": "image/bmp",
    ".webp": "image/webp",
    ".heic": "image/heic",
    ".heif": "image/heic",
    ".dcm": "application/dicom",
    ".txt": "text/plain",
    ".text": "text/plain",
    ".log": "text/plain",
    ".md": "text/markdown",
    ".csv": "text/csv",
    ".json": "application/json",
    ".xml": "application/xml",
    ".htm": "text/html",
    ".html": "text/html",
    ".rtf": "application/rtf",
    ".zip": "application/zip",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".ppt": "application/vnd.ms-powerpoint",
    ".mp4": "video/mp4",
    ".mov": "video/quicktime",
}

# The extension to give a file of a sniffed type (for the temporary copy an app opens).
_EXTENSION_FOR: dict[str, str] = {
    "application/pdf": ".pdf",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/tiff": ".tif",
    "image/bmp": ".bmp",
    "image/webp": ".webp",
    "image/heic": ".heic",
    "application/dicom": ".dcm",
    "text/plain": ".txt",
    "application/rtf": ".rtf",
    "application/zip": ".zip",
    "application/x-ole-storage": ".doc",
    "video/mp4": ".mp4",
    "video/quicktime": ".mov",
}

# Types whose files always start with their signature: content without it is not that type.
_RELIABLE = frozenset(
    {"application/pdf", "image/png", "image/jpeg", "image/gif", "image/tiff", "image/webp"}
    | {"application/rtf"}
)

# Sniffed container types that several extensions legitimately share.
_FAMILY: dict[str, str] = {
    "application/zip": "zip",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "zip",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "zip",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "zip",
    "application/vnd.oasis.opendocument.text": "zip",
    "application/vnd.oasis.opendocument.spreadsheet": "zip",
    "application/x-ole-storage": "ole",
    "application/msword": "ole",
    "application/vnd.ms-excel": "ole",
    "application/vnd.ms-powerpoint": "ole",
    "text/plain": "text",
    "text/markdown": "text",
    "text/csv": "text",
    "text/html": "text",
    "application/json": "text",
    "application/xml": "text",
    "image/heic": "isobmff",
    "video/mp4": "isobmff",
    "video/quicktime": "isobmff",
}


def type_for_name(filename: str) -> str | None:
    """The media type a file's name promises, or None when its extension says nothing."""
    return _BY_EXTENSION.get(Path(filename).suffix.lower())


def _looks_like_text(head: bytes) -> bool:
    """UTF-8, UTF-16 with a byte-order mark, or any 8-bit text: no NUL, hardly any controls."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls <= len(head) // 100


def sniff_type(head: bytes) -> str | None:
    """The media type a file's first bytes show, or None when they match nothing known."""
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"hevc", b"mif1", b"msf1", b"heim", b"heis"):
            return "image/heic"
        if brand == b"qt  ":
            return "video/quicktime"
        return "video/mp4"
    if len(head) >= 132 and head[128:132] == b"DICM":
        return "application/dicom"
    if head.startswith(b"PK\x03\x04"):
        return "application/zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "application/x-ole-storage"
    if head.startswith(b"{\\rtf"):
        return "application/rtf"
    if head.startswith(b"BM") and len(head) >= 14 and head[6:10] == b"\x00\x00\x00\x00":
        return "image/bmp"
    if _looks_like_text(head):
        return "text/plain"
    return None


def _same_family(a: str, b: str) -> bool:
    return a == b or (a in _FAMILY and _FAMILY.get(a) == _FAMILY.get(b))


@dataclass(frozen=True)
class TypeCheck:
    media_type: str  # what to store: the specific named type when the content agrees with it
    named_type: str | None  # what the extension promised
    detected_type: str | None  # what the first bytes show
    mismatch: bool  # the name promises one thing and the content is another


def check_type(filename: str, head: bytes) -> TypeCheck:
    named, detected = type_for_name(filename), sniff_type(head)
    if named is not None and detected is not None and _same_family(named, detected):
        return TypeCheck(named, named, detected, False)
    if named is None:
        return TypeCheck(detected or OCTET_STREAM, None, detected, False)
    if detected is None:
        # The content matches nothing we recognise. Only say so when the name promised a type
        # whose signature we know; other names (.mov without ftyp, say) get the benefit of doubt.
        known = named in _RELIABLE or _FAMILY.get(named) in ("zip", "ole", "text")
        return TypeCheck(OCTET_STREAM if known else named, named, None, known)
    return TypeCheck(detected, named, detected, True)


def extension_for(media_type: str) -> str:
    return _EXTENSION_FOR.get(media_type, "")


def name_matches_type(filename: str, media_type: str) -> bool:
    """Does the name's extension agree with the stored type? (Unknown extensions do.)"""
    named = type_for_name(filename)
    return named is None or _same_family(named, media_type)


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
        raise LookupError(f"attachment {attachment_id} no longer exists")
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

_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
TEMP_PREFIX = "secondopinion-open-"


def safe_filename(filename: str, media_type: str = OCTET_STREAM) -> str:
    """A name safe in any folder; gains the right extension if the name's one is misleading."""
    name = _UNSAFE.sub("_", filename).strip(" .") or "attachment"
    stem, suffix = os.path.splitext(name)
    if len(name.encode()) > 120:
        name = stem.encode()[:100].decode(errors="ignore") + suffix[:16]
    if not name_matches_type(name, media_type) or not Path(name).suffix:
        name += extension_for(media_type)
    return name


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

    def sweep_stale(self, older_than_s: float = 24 * 3600) -> int:
        """Remove copies an earlier run left behind (it crashed); returns how many went."""
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
