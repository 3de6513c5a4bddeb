"""`pip install .` (not editable) into a fresh virtual environment gives a working app.

One module-scoped install (about 30 s: build the wheel, create the venv, install the pinned
dependencies from the package registry or pip's cache), then each test checks one promise.
The source is copied first so the build never writes build/ or *.egg-info into the working tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.secondopinion.SecondOpinion"
BIN = "Scripts" if sys.platform == "win32" else "bin"


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 600) -> str:
    result = subprocess.run(
        cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if result.returncode != 0:
        pytest.fail(
            f"{' '.join(cmd)} exited {result.returncode}\n"
            f"--- stdout\n{result.stdout[-3000:]}\n--- stderr\n{result.stderr[-3000:]}"
        )
    return result.stdout


def _source_copy(target: Path) -> Path:
    """The working tree as git sees it (tracked and new files, nothing ignored)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        src = ROOT / name
        if src.is_file():  # a tracked file someone is deleting right now is not ours to copy
            dst = target / name
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst)
    return target


class Install:
    def __init__(self, venv: Path, work: Path) -> None:
        self.venv = venv
        self.work = work
        self.env = {
            **os.environ,
            "SECONDOPINION_HOME": str(work / "home"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        self.env.pop("SECONDOPINION_PASSPHRASE", None)
        self.env.pop("PYTHONPATH", None)

    def exe(self, name: str) -> Path:
        return self.venv / BIN / name

    def run(self, *args: str) -> str:
        # cwd is outside the repository so nothing can import the source tree by accident
        return _run([str(self.exe("secondopinion")), *args], cwd=self.work, env=self.env)

    def python(self, code: str) -> str:
        return _run([str(self.exe("python")), "-c", code], cwd=self.work, env=self.env)

    @property
    def package(self) -> Path:
        found = self.python(
            "import secondopinion, os; print(os.path.dirname(secondopinion.__file__))"
        )
        return Path(found.strip())


@pytest.fixture(scope="module")
def install(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Install]:
    base = tmp_path_factory.mktemp("wheel")
    source = _source_copy(base / "src")
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=base)
    pip = [str(venv / BIN / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    _run([*pip, "-c", str(ROOT / "requirements" / "constraints.txt"), str(source)], cwd=base)
    work = base / "work"
    work.mkdir()
    yield Install(venv, work)


def test_entry_points_and_version(install: Install) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert install.run("--version").strip() == f"secondopinion {version}"
    assert install.exe("secondopinion-gui").is_file()


def test_installed_not_editable(install: Install) -> None:
    assert install.venv in install.package.parents, install.package


def test_resources_and_migrations_are_in_the_install(install: Install) -> None:
    pkg = install.package
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        icon = f"resources/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        assert (pkg / icon).is_file(), icon
    assert (pkg / "resources/icons/secondopinion.svg").is_file()
    fonts = sorted(p.name for p in (pkg / "resources/fonts").glob("*.ttf"))
    assert fonts, "no bundled fonts in the install"
    migrations = pkg / "store/migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    assert list((migrations / "versions").glob("0001_*.py"))
    # ...and the app finds them there, not in a source tree
    found = install.python(
        "from secondopinion import paths; print(paths.resource('icons', 'secondopinion.svg'))"
    )
    assert Path(found.strip()) == pkg / "resources/icons/secondopinion.svg"


def test_only_the_pyside6_wheels_we_use(install: Install) -> None:
    listed = install.python(
        "import importlib.metadata as m; print('\\n'.join(sorted(d.metadata['Name'] "
        "for d in m.distributions())))"
    ).split()
    names = {n.lower().replace("_", "-") for n in listed}
    assert "pyside6-essentials" in names
    assert not names & {"pyside6", "pyside6-addons"}, "the full PySide6 is 500 MB we do not use"


def test_demo_and_pdf_export_embed_the_bundled_font(install: Install) -> None:
    journal, pdf = install.work / "demo.sojournal", install.work / "packet.pdf"
    install.run("demo", "--out", str(journal))
    install.run("export", "pdf", "--journal", str(journal), "--out", str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF-")
    fonts = _embedded_fonts(pdf)
    bundled = {p.stem for p in (install.package / "resources/fonts").glob("*.ttf")}
    assert fonts & bundled, f"embedded {sorted(fonts)}, bundled {sorted(bundled)}"


def _embedded_fonts(pdf: Path) -> set[str]:
    """Base names of the fonts embedded in the PDF (subset prefixes like ABCDEF+ removed)."""
    if shutil.which("pdffonts"):
        lines = _run(["pdffonts", str(pdf)], cwd=pdf.parent).splitlines()[2:]
        # columns: name type [type] encoding emb sub uni object ID; "emb" is the 5th from the end
        return {ln.split()[0].split("+")[-1] for ln in lines if ln.split()[-5] == "yes"}
    from pypdf import PdfReader

    names = set()
    for page in PdfReader(pdf).pages:
        for font in (page.get("/Resources", {}).get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts") or [font]
            for d in descendants:
                desc = d.get_object().get("/FontDescriptor")
                if desc and any(k in desc.get_object() for k in ("/FontFile", "/FontFile2")):
                    names.add(str(font["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


def test_gui_starts_from_the_install(install: Install) -> None:
    """The window comes up (offscreen) on a demo journal and stays up: imports, icons, Qt libs."""
    proc = subprocess.Popen(
        [str(install.exe("secondopinion")), "--demo"],
        cwd=install.work,
        env=install.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = proc.communicate(timeout=8)
    except subprocess.TimeoutExpired:
        proc.terminate()
        proc.communicate(timeout=10)
        return  # still running after 8 s: it started
    pytest.fail(f"the GUI exited with {proc.returncode}\n{out[-2000:]}\n{err[-2000:]}")
