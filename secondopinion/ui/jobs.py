"""One background helper for slow work (export, import, backup).

A job is a plain function that returns a value or raises; it never touches widgets. The
callbacks run on the GUI thread when it ends. While any job runs, the window stays responsive.

Python's cyclic garbage collector runs in whichever thread happens to allocate. If it ran in a
job's thread it could destroy Qt widgets there, off the GUI thread, which crashes Qt. So while
any job runs, automatic collection is paused, and it is resumed (with one collection) on the
GUI thread when the last job has reported back.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class _Relay(QObject):
    """Lives on the GUI thread, so the job's signals reach the callbacks there (queued)."""

    def __init__(
        self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
    ) -> None:
        super().__init__()
        self.on_done, self.on_error = on_done, on_error
        self.signals = _Signals()
        self.signals.done.connect(self.done)
        self.signals.failed.connect(self.failed)

    @Slot(object)
    def done(self, result: Any) -> None:
        self._finish(self.on_done, result)

    @Slot(object)
    def failed(self, exc: BaseException) -> None:
        self._finish(self.on_error, exc)

    def _finish(self, callback: Callable[[Any], None], value: Any) -> None:
        _alive.discard(self)
        try:
            callback(value)
        finally:
            _job_finished()


_alive: set[_Relay] = set()
_paused_gc = False


def _job_started() -> None:
    global _paused_gc
    if not _alive and gc.isenabled():
        gc.disable()
        _paused_gc = True


def _job_finished() -> None:
    global _paused_gc
    if not _alive and _paused_gc:
        _paused_gc = False
        gc.enable()
        gc.collect()


def run_job(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run ``fn`` on the thread pool; call ``on_done(result)`` or ``on_error(exc)`` afterwards.

    Call it from the GUI thread; the callbacks run there too.
    """
    relay = _Relay(on_done, on_error)
    _job_started()
    _alive.add(relay)  # keep it alive until the job reports back
    QThreadPool.globalInstance().start(_Runnable(fn, relay.signals))


def wait_for_jobs(msecs: int = 30_000) -> bool:
    """Block until every job has finished (quit and tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
