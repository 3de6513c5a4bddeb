"""What a file really is: its type sniffed from its first bytes, checked against its name.

A name can lie (``scan.pdf`` that is a photo); the first bytes of the common record formats do
not. The journal keeps the sniffed type, and the UI says when the name disagrees.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

SNIFF_BYTES = 8192
OCTET_STREAM = "application/octet-stream"

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


_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')


def safe_filename(filename: str, media_type: str = OCTET_STREAM) -> str:
    """A name safe in any folder; gains the right extension if the name's one is misleading."""
    name = _UNSAFE.sub("_", filename).strip(" .") or "attachment"
    stem, suffix = os.path.splitext(name)
    if len(name.encode()) > 120:
        name = stem.encode()[:100].decode(errors="ignore") + suffix[:16]
    if not name_matches_type(name, media_type) or not Path(name).suffix:
        name += extension_for(media_type)
    return name
