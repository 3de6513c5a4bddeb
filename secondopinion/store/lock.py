"""One writer per journal: a lock file beside it, held with an OS lock for as long as it is open.

The lock is ``flock`` on POSIX (``msvcrt.locking`` on Windows) on ``NAME.lock``. The operating
system drops it the moment the holding process ends, however it ends, so a crash never leaves a
stale lock behind: the next open simply takes it. The file itself only says who holds it.

Inside one process the lock is shared: opening the same journal twice (the window reopening the
file it already shows, a restore swapping it) counts references instead of locking itself out.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from secondopinion.domain.wording import Sentence
from secondopinion.store.errors import JournalInUse

FILE_MODE = 0o600

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    _BUSY = (errno.EACCES, errno.EDEADLK)
else:
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    _BUSY = (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)


def lock_path(journal: Path) -> Path:
    """Where the lock for ``journal`` lives: beside the real file, whatever link led to it."""
    real = Path(os.path.realpath(journal))
    return real.with_name(f"{real.name}.lock")


@dataclass
class _Held:
    fd: int | None  # None where the file system cannot lock (the journal opens anyway)
    count: int


_held: dict[str, _Held] = {}
_mutex = threading.Lock()


class JournalLock:
    """A reference to the lock on one journal; ``release`` once, when the journal closes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._released = False

    @property
    def held(self) -> bool:
        return not self._released

    def release(self) -> None:
        with _mutex:
            if self._released:
                return
            self._released = True
            key = str(self.path)
            entry = _held.get(key)
            if entry is None:
                return
            entry.count -= 1
            if entry.count > 0:
                return
            del _held[key]
            if entry.fd is not None:
                # Unlink while still holding: whoever opens the path next gets a fresh file.
                with contextlib.suppress(OSError):
                    self.path.unlink(missing_ok=True)
                with contextlib.suppress(OSError):
                    _unlock(entry.fd)
                os.close(entry.fd)


def acquire(journal: Path) -> JournalLock:
    """Take the lock for ``journal``; raises JournalInUse when another process has it."""
    path = lock_path(journal)
    key = str(path)
    with _mutex:
        entry = _held.get(key)
        if entry is not None:
            entry.count += 1
            return JournalLock(path)
        _held[key] = _Held(_lock_file(path, journal), 1)
        return JournalLock(path)


def _lock_file(path: Path, journal: Path) -> int | None:
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
        try:
            _try_lock(fd)
        except OSError as exc:
            os.close(fd)
            if exc.errno in _BUSY:
                raise JournalInUse(
                    Sentence(
                        "{name} is already open in another Second Opinion window. Use that "
                        "window, or close it and try again; this one will not change it.",
                        name=journal.name,
                    )
                ) from None
            if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
                return None  # a file system without locks: open unguarded rather than not at all
            raise
        # The holder we waited for may have unlinked the file we locked; lock the current one.
        try:
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        _unlock(fd)
        os.close(fd)
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
    except OSError:
        pass  # the note is for people; the OS lock is what counts
    return fd


def is_locked(journal: Path) -> bool:
    """True when some process (this one included) holds the lock on ``journal``."""
    path = lock_path(journal)
    with _mutex:
        if str(path) in _held:
            return True
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return False
    try:
        _try_lock(fd)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing drops a lock we may just have taken
    return False
