"""Slow work runs off the GUI thread; results come back on it, and no garbage is collected there."""

import gc
import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from secondopinion.ui.jobs import run_job, wait_for_jobs


def test_job_runs_elsewhere_and_reports_on_the_gui_thread(qtbot) -> None:
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        seen["gc_during_job"] = gc.isenabled()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback_thread"] = QThread.currentThread()

    run_job(work, done, lambda e: seen.setdefault("error", e))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["worker"] != gui
    assert seen["callback_thread"] is QApplication.instance().thread()
    assert seen["gc_during_job"] is False  # a worker never runs the cyclic collector
    assert gc.isenabled()  # and it is back once the last job has reported
    assert wait_for_jobs(1000)


def test_job_errors_reach_the_error_callback(qtbot) -> None:
    errors: list[BaseException] = []

    def fail() -> None:
        raise OSError("disk full")

    run_job(fail, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], OSError) and str(errors[0]) == "disk full"
    assert gc.isenabled()
