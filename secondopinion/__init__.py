"""Second Opinion: a private desktop journal for getting a second medical opinion."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("secondopinion")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
