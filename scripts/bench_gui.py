"""One whole-process start of the GUI for scripts/bench.py: prints when it painted and was ready.

Usage (bench.py runs it; SECONDOPINION_HOME should name an empty private folder):

    python scripts/bench_gui.py bare                  a bare QMainWindow (the floor)
    python scripts/bench_gui.py start JOURNAL         the app on JOURNAL, until its content is ready
    python scripts/bench_gui.py unlock JOURNAL        the app on an encrypted JOURNAL, until the
                                                      passphrase prompt has painted
    python scripts/bench_gui.py inprocess JOURNAL     the start, then in-process figures: each tab
                                                      shown for the first time, a symptom entry
                                                      added, searches

It prints one JSON line: ``{"paint": T, "ready": T, "rss_mb": M, ...}`` where each T is
``time.monotonic()`` (a system-wide clock, so the parent compares it with its own spawn time).
It imports nothing but PySide6 before the app does, the same as the bare floor, and measures the
app from the outside: an application-wide event filter sees the first time a main window has
finished painting, and "ready" is its first finished paint once the concern is chosen, the symptom
log has rows and the chart has data (whichever tab is in front). Then it leaves at once
(os._exit), so closing the app is not timed.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

RESULT: dict[str, Any] = {}


def _rss_mb() -> float:
    """This process's own peak (VmHWM); ru_maxrss on Linux keeps the forking parent's RSS."""
    try:
        with open("/proc/self/status") as status:
            return next(int(x.split()[1]) for x in status if x.startswith("VmHWM:")) / 1024
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def _finish() -> None:
    RESULT.setdefault("rss_mb", _rss_mb())
    sys.stdout.write(json.dumps(RESULT) + "\n")
    sys.stdout.flush()
    os._exit(0)


def _find(name: str) -> QWidget | None:
    for top in QApplication.topLevelWidgets():
        if top.objectName() == name:
            return top
        found = top.findChild(QWidget, name)
        if found is not None:
            return found
    return None


def content_ready() -> bool:
    """The concern is shown, the Signs tab's log has rows, the chart has data."""
    picker = _find("concernPicker")
    log = _find("symptomLog")
    chart = _find("severityChart")
    if picker is None or log is None or chart is None:
        return False
    if not picker.currentText():  # type: ignore[attr-defined]
        return False
    model = log.model()  # type: ignore[attr-defined]
    if model is None or model.rowCount() == 0:
        return False
    has_data = getattr(chart, "has_data", None)
    return bool(has_data()) if callable(has_data) else bool(getattr(chart, "points", None))


class Watch(QObject):
    """Wraps each expose/update of a window: when a paint happened inside, it has finished."""

    def __init__(self, mode: str, then: Any = None) -> None:
        super().__init__()
        self.mode = mode
        self.then = then
        self.painted: set[str] = set()
        self.inside = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and isinstance(obj, QWidget):
            if isinstance(obj, QMainWindow):
                self.painted.add("main")
            elif obj.isWindow() and obj.inherits("QDialog"):
                self.painted.add("dialog")
            elif obj.objectName() == "severityChart":
                self.painted.add("chart")
            return False
        if (
            not self.inside
            and kind in (QEvent.Type.Expose, QEvent.Type.UpdateRequest)
            and isinstance(obj, QWindow)
        ):
            self.painted.clear()
            self.inside = True
            try:
                handled = obj.event(event)
            finally:
                self.inside = False
            self.after_paint(time.monotonic())
            return handled
        return False

    def after_paint(self, now: float) -> None:
        if "main" in self.painted and "paint" not in RESULT:
            RESULT["paint"] = now
            if self.mode == "bare":
                _finish()
        if "dialog" in self.painted and self.mode == "unlock" and "prompt" not in RESULT:
            RESULT["prompt"] = now
            _finish()
        # The window shows Next steps or Signs first: ready once it has painted with the Signs
        # tab's content loaded, whichever page is in front.
        if self.painted & {"chart", "main"} and "ready" not in RESULT and content_ready():
            RESULT["ready"] = now
            RESULT["rss_mb"] = _rss_mb()
            if self.mode == "start":
                _finish()
            elif self.then is not None:
                # The in-process figures time the app alone: this watch is the harness's own
                # Python call on every event, which a person's app does not have.
                QApplication.instance().removeEventFilter(self)
                QTimer.singleShot(0, self.then)


def _main_window() -> Any:
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QMainWindow) and top.isVisible():
            return top
    raise RuntimeError("no main window")


def _settle(app: QApplication, window: QWidget) -> None:
    """Let queued work run, then paint the window now (what a person would next see)."""
    app.processEvents()
    app.processEvents()
    window.repaint()


def in_process(app: QApplication) -> None:
    """Tabs shown for the first time, a symptom entry typed and entered, searches: in ms."""
    window = _main_window()
    tabs = window.tabs
    times: dict[str, float] = {}
    for i in [*range(1, tabs.count()), 0]:
        start = time.perf_counter()
        tabs.setCurrentIndex(i)
        _settle(app, window)
        times[tabs.widget(i).objectName()] = (time.perf_counter() - start) * 1000
    RESULT["tabs_ms"] = times

    # A person types an entry with the Signs tab in front (the loop above ends on the tab at
    # index 0, which is Next steps): bring Signs to the front first, untimed.
    signs = window.findChild(QWidget, "signsTab")
    tabs.setCurrentWidget(signs)
    _settle(app, window)
    signs.log.entry_symptom.setEditText("Benchmark symptom")
    signs.log.entry_severity.setValue(4)
    signs.log.entry_notes.setText("typed by the benchmark")
    model = signs.log.log_view.model()
    before = model.rowCount()
    start = time.perf_counter()
    signs.log.entry_notes.returnPressed.emit()
    _settle(app, window)
    RESULT["entry_ms"] = (time.perf_counter() - start) * 1000
    shown = [
        model.index(r, 3).data() for r in range(min(model.rowCount(), 5))
    ]  # newest first: the row just typed is on top
    RESULT["entry_shown"] = "typed by the benchmark" in shown or model.rowCount() == before + 1

    from secondopinion.services.search import count, search

    journal = window.ctx.journal
    runs = []
    for _ in range(11):
        start = time.perf_counter()
        search(journal, "pain", limit=200)
        count(journal, "pain")
        runs.append((time.perf_counter() - start) * 1000)
    runs.sort()
    RESULT["search_ms"] = runs[len(runs) // 2]
    _finish()


def main() -> None:
    mode = sys.argv[1]
    app = QApplication(sys.argv[:1])
    then = (lambda: in_process(app)) if mode == "inprocess" else None
    watch = Watch(mode, then)
    app.installEventFilter(watch)
    QTimer.singleShot(60_000, _finish)  # never hang the harness
    if mode == "bare":
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        app.exec()
        return
    from secondopinion.__main__ import main as app_main

    app_main(["--journal", sys.argv[2]])
    _finish()


if __name__ == "__main__":
    main()
