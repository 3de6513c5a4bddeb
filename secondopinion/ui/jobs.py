"""One background helper for slow work (export, import, backup).

A job is a plain function that returns a value or raises; it never touches widgets. The
callbacks run on the GUI thread when it ends. While any job runs, the window stays responsive.

Every job works on the open journal, so nothing closes a journal while one runs: ``settle``
waits for them behind a progress dialog (the person may keep the window open instead), and the
journal is let go only once every job has reported back.

Python's cyclic garbage collector runs in whichever thread happens to allocate. If it ran in a
job's thread it could destroy Qt widgets there, off the GUI thread, which crashes Qt. So while
any job runs, automatic collection is paused, and it is resumed (with one collection) on the
GUI thread when the last job has reported back.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget


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
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        what: str,
    ) -> None:
        super().__init__()
        self.on_done, self.on_error, self.what = on_done, on_error, what
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
        try:
            callback(value)
        finally:
            _alive.discard(self)  # only now: its callback may still use the journal
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
    what: str = "",
) -> None:
    """Run ``fn`` on the thread pool; call ``on_done(result)`` or ``on_error(exc)`` afterwards.

    Call it from the GUI thread; the callbacks run there too. ``what`` names the work for the
    dialog that waits for it ("the backup").
    """
    relay = _Relay(on_done, on_error, what)
    _job_started()
    _alive.add(relay)  # keep it alive until the job reports back
    QThreadPool.globalInstance().start(_Runnable(fn, relay.signals))


def wait_for_jobs(msecs: int = 30_000) -> bool:
    """Block until every job has finished (quit and tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)


def running() -> list[str]:
    """What the jobs still running do (their ``what``); empty when none runs."""
    return [relay.what for relay in _alive]


def tr(text: str) -> str:
    return QCoreApplication.translate("jobs", text)


def settle(parent: QWidget | None, *, can_stay: bool = True) -> bool:
    """Wait, behind a progress dialog, until every job has finished and reported back.

    Call it before letting a journal go. With ``can_stay`` the dialog offers to keep the window
    open instead: then False is returned and nothing must be closed (the jobs go on).
    """
    if not _alive:
        return True
    names = [what for what in running() if what]
    if names:
        text = tr("Finishing {work} first…").format(work=", ".join(dict.fromkeys(names)))
    else:
        text = tr("Finishing the work in progress first…")
    dialog = QProgressDialog(text, tr("Keep it open") if can_stay else "", 0, 0, parent)
    dialog.setObjectName("finishingJobs")
    dialog.setWindowTitle(tr("Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not can_stay:
        dialog.setCancelButton(None)
    loop = QEventLoop()
    stayed = False

    def stay() -> None:
        nonlocal stayed
        stayed = True
        loop.quit()

    dialog.canceled.connect(stay)
    poll = QTimer()
    poll.setInterval(30)
    poll.timeout.connect(lambda: None if _alive else loop.quit())
    poll.start()
    dialog.show()
    if _alive:
        loop.exec()
    poll.stop()
    dialog.canceled.disconnect(stay)
    dialog.close()
    dialog.deleteLater()
    return not stayed and not _alive
