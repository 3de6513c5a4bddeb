"""Keep ``None`` alive under PySide6 wheels that forget to count their references to it.

PySide6's abi3 wheels built against Python 3.12+ headers (where ``None`` is immortal) return
``None`` from every void method (``setText``, ``update``, ``QPainter.setPen``…) without taking
the reference an older interpreter expects. On Python 3.11 each such call lowers ``None``'s
reference count by one, and after a few thousand calls the interpreter aborts with "Fatal
Python error: none_dealloc: deallocating None" (PySide6 6.12.0 does this; painting a window
takes hundreds of such calls).

When the running interpreter counts references on ``None`` and a probe shows the leak, ``None``
is given the head start Python 3.12 gives it by design: a count no session can use up. Python
3.12 and later, or a wheel without the leak, are left untouched.
"""

from __future__ import annotations

import ctypes
import sys

PROBES = 64
HEAD_START = 1 << 60  # references: decades of a billion leaked calls a second

_done = False


def leak_per_call() -> float:
    """How many references ``None`` loses per call of a void PySide6 method (0 when sound)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBES):
        probe.setObjectName("")
    return (before - sys.getrefcount(None)) / PROBES


def guard() -> bool:
    """Apply the head start if this interpreter and wheel need it; True when applied."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if leak_per_call() < 0.5:
        _done = True
        return False
    # ob_refcnt is the first field of every CPython object, and id() is its address.
    ctypes.c_ssize_t.from_address(id(None)).value += HEAD_START
    _done = True
    return True
