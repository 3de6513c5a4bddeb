"""The PDF renderer: plain data in (``report.data``), PDF bytes out. Knows no SQL and no Qt.

The renderers are imported when first asked for: ``report.data`` (the plain data the rest of
the app builds) must not bring ReportLab with it, so only making a PDF pays for ReportLab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from secondopinion.report.comparison import render_comparison
    from secondopinion.report.data import RenderResult
    from secondopinion.report.packet import render_packet

__all__ = ["RenderResult", "render_comparison", "render_packet"]


def __getattr__(name: str) -> Any:
    if name == "render_packet":
        from secondopinion.report.packet import render_packet

        return render_packet
    if name == "render_comparison":
        from secondopinion.report.comparison import render_comparison

        return render_comparison
    if name == "RenderResult":
        from secondopinion.report.data import RenderResult

        return RenderResult
    raise AttributeError(name)
