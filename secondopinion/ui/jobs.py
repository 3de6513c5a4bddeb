"""One background helper for slow work (export, import, backup).

A job is a plain function that returns a value or raises; it never touches widgets. The
callbacks run on the GUI thread when it ends. While any job runs, the window stays responsive.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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


_alive: set[_Signals] = set()


def run_job(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run ``fn`` on the thread pool; call ``on_done(result)`` or ``on_error(exc)`` afterwards."""
    signals = _Signals()
    _alive.add(signals)  # keep the QObject alive until the job reports back

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _alive.discard(signals)
        callback(value)

    signals.done.connect(lambda r: finish(on_done, r))
    signals.failed.connect(lambda e: finish(on_error, e))
    QThreadPool.globalInstance().start(_Runnable(fn, signals))


def wait_for_jobs(msecs: int = 30_000) -> bool:
    """Block until every job has finished (quit and tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
