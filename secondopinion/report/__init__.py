"""The PDF renderer: plain data in (``report.data``), PDF bytes out. Knows no SQL and no Qt."""

from secondopinion.report.comparison import render_comparison
from secondopinion.report.data import RenderResult
from secondopinion.report.packet import render_packet

__all__ = ["RenderResult", "render_comparison", "render_packet"]
