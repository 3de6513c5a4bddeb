"""Looking for a marker in files: as UTF-8, UTF-16-LE and UTF-16-BE, the ways text is stored."""

from __future__ import annotations

import uuid
from pathlib import Path


def new_marker() -> str:
    """Text no file contains by chance (and that survives every field's validation)."""
    return f"Mq{uuid.uuid4().hex[:12]}Zx"


def encodings(marker: str) -> list[bytes]:
    return [marker.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]


def files_with(marker: str, *folders: Path) -> list[str]:
    """Every file under ``folders`` holding ``marker`` in any of the encodings, with which one."""
    needles = encodings(marker)
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or path.is_symlink():
                continue
            data = path.read_bytes()
            for needle, name in zip(needles, ("utf-8", "utf-16-le", "utf-16-be"), strict=True):
                if needle in data:
                    found.append(f"{path} ({name})")
    return found


def text_with(marker: str, text: str) -> bool:
    return marker in text
