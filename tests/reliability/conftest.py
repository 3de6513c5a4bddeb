"""Fixtures for the reliability tests: the fork server and journals to torture."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.forkserver import ForkServer

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ForkServer]:
    env = dict(os.environ)
    env["SECONDOPINION_HOME"] = str(tmp_path_factory.mktemp("server-home"))
    env.pop("SECONDOPINION_PASSPHRASE", None)
    fs = ForkServer(env)
    yield fs
    fs.close()


def make_demo(path: Path, passphrase: str | None = None) -> Path:
    from secondopinion.services.demo import write_demo

    write_demo(path, "small", passphrase).close()
    return path
