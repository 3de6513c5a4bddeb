"""A disk that fills up on demand, for the window's tests.

The store's write functions are wrapped so that, while the disk is "full", they raise the real
``SaveFailed`` with the message the store gives for SQLite's "database or disk is full". The
reliability tests fill a real disk (``tests/reliability/test_disk_full.py``); the window's tests
need to fill it at one exact write and free it again, which a wrapped write does precisely.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from secondopinion.store import commands
from secondopinion.store.engine import SaveFailed, storage_error

WRITES = ("add", "add_all", "update", "delete_row", "restore")


def full_disk_error() -> SaveFailed:
    error = storage_error(OSError("database or disk is full"))
    assert isinstance(error, SaveFailed)
    return error


class FullDisk:
    """``full = True`` fails every write from now on; ``fail_after(n)`` lets ``n`` more through;
    ``hiccup_after(n)`` fails only the write after the next ``n`` (then the disk has room)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.full = False
        self.allowed: int | None = None
        self.once = False
        self.refused = 0
        for name in WRITES:
            monkeypatch.setattr(commands, name, self._wrap(getattr(commands, name)))

    def fail_after(self, writes: int) -> None:
        self.full, self.allowed = True, writes

    def hiccup_after(self, writes: int) -> None:
        self.full, self.allowed, self.once = True, writes, True

    def free(self) -> None:
        self.full, self.allowed, self.once = False, None, False

    def _wrap(self, write: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if self.full:
                if self.allowed:
                    self.allowed -= 1
                else:
                    self.refused += 1
                    if self.once:
                        self.free()
                    raise full_disk_error()
            return write(*args, **kwargs)

        return wrapped
