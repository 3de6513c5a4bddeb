"""The wheel ships the GUI's compiled translations: build_py runs pyside6-lrelease on the .ts.

Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

sys.path.insert(0, str(Path(__file__).resolve().parent / "packaging"))
from translations import compile_all  # noqa: E402


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if not self.editable_mode:  # an editable install reads resources/; setup.sh compiles there
            compile_all(Path(self.build_lib) / "secondopinion" / "resources" / "translations")


setup(cmdclass={"build_py": BuildPyWithTranslations})
