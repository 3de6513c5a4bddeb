"""Second Opinion: a private desktop journal for getting a second medical opinion.

``__version__`` is read from the installed metadata the first time it is asked for, not at
import: ``importlib.metadata`` costs tens of milliseconds before the window's first paint.
"""

from __future__ import annotations

__version__: str  # set by __getattr__ on first use


def __getattr__(name: str) -> str:
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("secondopinion")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
