"""The app's own icon, loaded from the bundled PNGs (one per size, so small sizes stay crisp)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from secondopinion import paths

APP_ID = "io.github.secondopinion.SecondOpinion"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The window and task-bar icon. Set it on the QApplication so every window shares it."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = paths.resource("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")
        if png.is_file():
            icon.addFile(str(png))
    if icon.isNull():  # a broken install: the drawing itself still works, only less crisp
        svg = paths.resource("icons", "secondopinion.svg")
        if svg.is_file():
            icon.addFile(str(svg))
    return icon
