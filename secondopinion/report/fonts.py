"""Fonts: the bundled DejaVu Sans, and system TrueType fonts for characters it cannot draw.

ReportLab embeds (subsets of) TrueType fonts with glyph outlines; it cannot embed CFF-flavoured
OpenType or colour-bitmap emoji fonts, so only fonts with a ``glyf`` table are candidates.
Coverage is read straight from each font's ``cmap`` table, which is quick enough to scan a
system's fonts the first time a character is missing; the result is cached for the process.
"""

from __future__ import annotations

import os
import struct
import sys
import threading
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from secondopinion.paths import resource

REGULAR = "SOSans"
BOLD = "SOSans-Bold"
ITALIC = "SOSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}

# Extra folders to search, separated like PATH; replaces the platform's list when set.
FONT_PATH_ENV = "SECONDOPINION_FONT_PATH"

_lock = threading.RLock()
_fallback_names: dict[Path, str] = {}


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """The ToUnicode CMap of one font subset (PDF 1.7, 9.10.3), every character as UTF-16BE.

    ReportLab's own writes a character beyond U+FFFF as ``<1F600>``, which is not UTF-16BE:
    emoji and other supplementary-plane characters would print but could not be searched or
    copied from the PDF. Arabic presentation forms are written as the letters they join.
    """
    chars = [
        f"<{i:02X}> <{_typed_text(code).encode('utf-16-be').hex().upper()}>"
        for i, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *chars,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _typed_text(code: int) -> str:
    """What a glyph stands for: joined Arabic forms (``joining.py``) copy as their letters.

    Arabic is always drawn right to left, so a ligature's letters are given in that drawn order
    (lam-alef as alef, lam), like every other glyph of the line: readers that restore typed
    order (poppler's pdftotext) then get lam, alef back, not alef, lam.
    """
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFE:
        return unicodedata.normalize("NFKC", chr(code))[::-1] or chr(code)
    return chr(code)


class SearchableTTFont(TTFont):  # type: ignore[misc]
    """A TrueType font whose PDF subsets carry a correct ToUnicode CMap (``to_unicode_cmap``).

    Only our fonts are affected: ReportLab's function stays as it is for everyone else. The
    subsets are read before ReportLab writes them (it forgets them after), and each subset's
    CMap stream, which ReportLab files under the documented name ``toUnicodeCMap:<font>``,
    gets our content.
    """

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode(
                "pdfdoc"
            )
            stream = doc.idToObject.get("toUnicodeCMap:" + name)
            if stream is not None:
                stream.content = to_unicode_cmap(name, subset)


def register_bundled() -> None:
    """Register the bundled family once per process (ReportLab's registry is global)."""
    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(SearchableTTFont(name, str(resource("fonts", filename))))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)


def bundled_coverage() -> frozenset[int]:
    return coverage(resource("fonts", _FILES[REGULAR]))


# --- reading a font's cmap ---------------------------------------------------------------------


@cache
def coverage(path: Path) -> frozenset[int]:
    """The code points a TrueType-outline font maps to a glyph; empty for anything else."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
            if len(head) < 12 or head[:4] not in (b"\x00\x01\x00\x00", b"true"):
                return frozenset()  # CFF OpenType ('OTTO'), collections and non-fonts
            (num_tables,) = struct.unpack(">H", head[4:6])
            directory = fh.read(16 * num_tables)
            tables: dict[bytes, tuple[int, int]] = {}
            for i in range(num_tables):
                tag, _, offset, length = struct.unpack(">4sIII", directory[16 * i : 16 * i + 16])
                tables[tag] = (offset, length)
            if b"glyf" not in tables or b"cmap" not in tables:
                return frozenset()
            offset, length = tables[b"cmap"]
            fh.seek(offset)
            return frozenset(_parse_cmap(fh.read(length)))
    except (OSError, struct.error):
        return frozenset()


def _parse_cmap(data: bytes) -> set[int]:
    (count,) = struct.unpack(">H", data[2:4])
    best: tuple[int, int] | None = None  # (rank, offset)
    for i in range(count):
        platform, encoding, offset = struct.unpack(">HHI", data[4 + 8 * i : 12 + 8 * i])
        (fmt,) = struct.unpack(">H", data[offset : offset + 2])
        rank = {(3, 10, 12): 0, (0, 4, 12): 1, (0, 6, 12): 1, (3, 1, 4): 2, (0, 3, 4): 3}.get(
            (platform, encoding, fmt), 9 if fmt in (4, 12) and platform in (0, 3) else 99
        )
        if rank < 99 and (best is None or rank < best[0]):
            best = (rank, offset)
    if best is None:
        return set()
    offset = best[1]
    (fmt,) = struct.unpack(">H", data[offset : offset + 2])
    return _format12(data, offset) if fmt == 12 else _format4(data, offset)


def _format12(data: bytes, at: int) -> set[int]:
    (groups,) = struct.unpack(">I", data[at + 12 : at + 16])
    found: set[int] = set()
    for g in range(groups):
        start, end, glyph = struct.unpack(">III", data[at + 16 + 12 * g : at + 28 + 12 * g])
        if glyph == 0:
            start += 1
        found.update(range(start, end + 1))
    return found


def _format4(data: bytes, at: int) -> set[int]:
    (seg_x2,) = struct.unpack(">H", data[at + 6 : at + 8])
    n = seg_x2 // 2
    ends_at = at + 14
    starts_at = ends_at + seg_x2 + 2
    deltas_at = starts_at + seg_x2
    ranges_at = deltas_at + seg_x2
    ends = struct.unpack(f">{n}H", data[ends_at : ends_at + seg_x2])
    starts = struct.unpack(f">{n}H", data[starts_at : starts_at + seg_x2])
    deltas = struct.unpack(f">{n}h", data[deltas_at : deltas_at + seg_x2])
    offsets = struct.unpack(f">{n}H", data[ranges_at : ranges_at + seg_x2])
    found: set[int] = set()
    for i in range(n):
        start, end = starts[i], ends[i]
        if start == 0xFFFF:
            continue
        if offsets[i] == 0:
            found.update(c for c in range(start, end + 1) if (c + deltas[i]) & 0xFFFF)
            continue
        for c in range(start, end + 1):
            where = ranges_at + 2 * i + offsets[i] + 2 * (c - start)
            if where + 2 <= len(data) and struct.unpack(">H", data[where : where + 2])[0]:
                found.add(c)
    return found


# --- finding a system font for a character -----------------------------------------------------


def font_dirs() -> list[Path]:
    override = os.environ.get(FONT_PATH_ENV)
    if override is not None:
        return [Path(p) for p in override.split(os.pathsep) if p]
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home))
        return [windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library/Fonts"]
    data_home = Path(os.environ.get("XDG_DATA_HOME", home / ".local/share"))
    return [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        data_home / "fonts",
        home / ".fonts",
    ]


def _preference(path: Path) -> tuple[int, int, str]:
    """Upright regular sans faces first; bold, italic and display cuts last."""
    name = path.stem.lower()
    styled = any(w in name for w in ("bold", "italic", "oblique", "light", "thin", "black"))
    serif = "serif" in name or "mono" in name or "display" in name
    return (int(styled), int(serif), name)


@cache
def _candidates(dirs: tuple[Path, ...]) -> tuple[Path, ...]:
    found: list[Path] = []
    for folder in dirs:
        if folder.is_dir():
            found += [p for p in _walk(folder) if p.suffix.lower() == ".ttf"]
    return tuple(sorted(found, key=_preference))


def _walk(folder: Path) -> Iterator[Path]:
    for root, _dirs, files in os.walk(folder):
        for f in files:
            yield Path(root) / f


_unusable: set[Path] = set()


def fallback_for(char: str) -> str | None:
    """The registered name of a system font that draws ``char``, or None when none does."""
    return _fallback_for(char, tuple(font_dirs()))


@cache
def _fallback_for(char: str, dirs: tuple[Path, ...]) -> str | None:
    code = ord(char)
    for path in _candidates(dirs):
        if path in _unusable or code not in coverage(path):
            continue
        name = _register_fallback(path)
        if name is not None:
            return name
    return None


def _register_fallback(path: Path) -> str | None:
    """Register a system font with ReportLab once; None if ReportLab refuses it."""
    with _lock:
        name = _fallback_names.get(path)
        if name is None:
            name = f"SOFallback{len(_fallback_names) + 1}"
            try:
                pdfmetrics.registerFont(SearchableTTFont(name, str(path)))
            except Exception:
                _unusable.add(path)
                return None
            _fallback_names[path] = name
        return name
