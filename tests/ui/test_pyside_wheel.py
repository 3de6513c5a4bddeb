"""The pinned PySide6 wheel keeps count of its references to None.

PySide6-Essentials 6.12.0 on Python 3.11 lowers None's reference count on every void call
(``setText``, ``setPen``…), and the interpreter aborts after a few thousand of them. pyproject
excludes that release on Python 3.11 and the constraints pin a sound one; nothing in the app pokes
at None's count any more. This test runs the bare wheel in a child process, so an abort shows.
"""

import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(50_000):
        label.setText("x")
    print(before - sys.getrefcount(None))
    """
)


def test_void_calls_do_not_use_up_none() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert int(result.stdout.strip()) < 100  # not one per call
