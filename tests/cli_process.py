"""The command line run as a person runs it: ``python -m secondopinion …`` in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable, Mapping


def run_secondopinion(
    *args: str, env: Mapping[str, str] | None = None, without: Iterable[str] = ()
) -> subprocess.CompletedProcess[str]:
    """Run ``secondopinion ARGS`` offscreen with this process's environment, less the variables
    named in ``without``, plus ``env``; its output comes back as text, never raised on."""
    base = {k: v for k, v in os.environ.items() if k not in set(without)}
    return subprocess.run(
        [sys.executable, "-m", "secondopinion", *args],
        capture_output=True,
        text=True,
        env={**base, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        timeout=120,
        check=False,
    )
