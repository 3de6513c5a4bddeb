"""The Linux desktop integration: the .desktop entry, the AppStream metainfo and the app icon."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.secondopinion.SecondOpinion"
DESKTOP = ROOT / "packaging" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    if os.geteuid() == 0:  # as root, scripts/setup.sh --dev installs it: missing is a real failure
        pytest.fail(f"{name} is missing; scripts/setup.sh --dev installs {package}")
    pytest.skip(f"{name} is not installed (sudo apt-get install {package})")


def test_desktop_entry_validates() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    # hints are not errors, but we keep the file free of them too
    assert result.stdout.strip() == "", result.stdout


def test_desktop_entry_launches_the_gui_with_our_icon() -> None:
    entry = dict(
        line.split("=", 1)
        for line in DESKTOP.read_text(encoding="utf-8").splitlines()
        if "=" in line and not line.startswith("#")
    )
    assert entry["Exec"].split()[0] == "secondopinion-gui"
    assert entry["Icon"] == APP_ID


def test_metainfo_validates() -> None:
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_has_what_software_centres_show() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.find("content_rating").get("type", "").startswith("oars-")  # type: ignore[union-attr]
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert len(root.findall("screenshots/screenshot/image")) >= 1
    assert len(root.findall("description/p")) >= 2
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert version in [r.get("version") for r in root.findall("releases/release")]


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_at_each_size(size: int) -> None:
    png = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert _png_size(png) == (size, size)


def test_app_icon_has_every_size(qapp: object) -> None:
    from PySide6.QtCore import QSize

    from secondopinion.ui.icons import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert {QSize(s, s) for s in ICON_SIZES} <= set(icon.availableSizes())
    # the small sizes are our hand-rendered PNGs, not a blurry downscale of the big one
    assert icon.pixmap(16, 16).size() == QSize(16, 16)


def test_metainfo_screenshots_are_in_the_repository() -> None:
    """Each screenshot URL points at a committed PNG (…/main/<path in this repository>)."""
    root = ET.parse(METAINFO).getroot()
    for image in root.findall("screenshots/screenshot/image"):
        url = image.text or ""
        assert "/main/" in url, url
        png = ROOT / url.split("/main/", 1)[1]
        assert _png_size(png)[0] >= 620, f"{png} is missing or narrower than software centres want"


def test_the_app_uses_our_icon_and_desktop_entry(qapp: object) -> None:
    """Window and task-bar icon come from app_icon(); the desktop entry's name ties them together
    (Wayland compositors find the icon through the .desktop file named by desktopFileName)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from secondopinion.ui.app import make_app

    app = make_app()
    assert QSize(16, 16) in app.windowIcon().availableSizes()
    assert QSize(512, 512) in app.windowIcon().availableSizes()
    assert QGuiApplication.desktopFileName() == DESKTOP.stem
