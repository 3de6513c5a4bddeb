"""The version: the installed metadata's, looked up only when asked for."""

import importlib.metadata
import subprocess
import sys

import secondopinion


def test_the_version_is_the_installed_metadatas() -> None:
    assert secondopinion.__version__ == importlib.metadata.version("secondopinion")


def test_importing_the_package_and_the_cli_does_not_look_the_version_up() -> None:
    # A fresh interpreter: this one has importlib.metadata already.
    code = (
        "import sys, secondopinion, secondopinion.cli\n"
        "before = 'importlib.metadata' in sys.modules\n"
        "version = secondopinion.__version__\n"
        "print(before, version, 'importlib.metadata' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    before, version, after = done.stdout.split()
    assert before == "False" and after == "True"
    assert version == importlib.metadata.version("secondopinion")


def test_an_unknown_attribute_is_still_an_error() -> None:
    try:
        secondopinion.no_such_thing  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:
        raise AssertionError("no AttributeError")
