"""Writing files the safe way: owner-only, atomically, flushed to disk."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from secondopinion.store.engine import FILE_MODE
from secondopinion.store.filecopy import fsync_dir


def write_private_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` so that readers see the old file or the new one, never half.

    A temporary file in the same folder (mode 0600) is written, fsynced and renamed over the
    target; on any failure the temporary file goes and the old target stays as it was.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:  # name the file the person chose, not our temporary one
        raise type(exc)(exc.errno, exc.strerror, str(target)) from None
    try:
        fchmod = getattr(os, "fchmod", None)  # POSIX (Windows from Python 3.13 only)
        if fchmod is not None:
            fchmod(fd, FILE_MODE)  # mkstemp makes it 0600 already; this says so, not umask
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(folder)  # the rename itself reaches the disk
