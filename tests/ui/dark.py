"""The dark palette a dark desktop gives (the one ../shared/tools/screenshots.py applies)."""

from PySide6.QtGui import QColor, QPalette

DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f1f1f",
    QPalette.ColorRole.AlternateBase: "#2b2b2b",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Highlight: "#3d6fd1",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#353535",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#8c8c8c",
    QPalette.ColorRole.Link: "#79a8ff",
    QPalette.ColorRole.Mid: "#404040",
    QPalette.ColorRole.Dark: "#1a1a1a",
    QPalette.ColorRole.Light: "#505050",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, value in DARK.items():
        palette.setColor(role, QColor(value))
    return palette
