"""Counts read like a person wrote them, in English too: "1 entry", "2 entries", never "1 entries".

Every string with a count goes through Qt's %n, and the English catalogue holds the singular.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from secondopinion.ui.app import make_app
from secondopinion.ui.chart import Marker, Point, SeverityChart
from secondopinion.ui.search_dialog import show_search

ENGLISH = Path(__file__).resolve().parents[2] / "resources" / "translations" / "secondopinion_en.ts"


def test_search_says_one_matching_entry(window) -> None:  # type: ignore[no-untyped-def]
    make_app("en")
    dialog = show_search(window)
    dialog.edit.setText("Whitfield")  # one visit's doctor in the demo journal
    dialog.run_search()
    assert dialog.status.text() == "1 matching entry"
    dialog.edit.setText("embolisation")
    dialog.run_search()
    assert dialog.status.text() == "2 matching entries"


def test_chart_description_counts_in_the_singular(qtbot) -> None:  # type: ignore[no-untyped-def]
    make_app("en")
    chart = SeverityChart()
    qtbot.addWidget(chart)
    chart.set_data(
        [Point(datetime(2026, 3, 1, 9, 0), "Pain", 6)], [Marker(date(2026, 3, 2), "Dose up")]
    )
    text = chart.describe()
    assert "Pain: 1 entry, latest 6 of 10" in text and "1 treatment change marked" in text
    assert "entries" not in text and "changes" not in text


def test_every_english_count_has_a_singular() -> None:
    """Each %n message of the English catalogue, at n=1, is not its plural source text."""
    make_app("en")
    root = ET.parse(ENGLISH).getroot()
    checked = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            forms = [f.text or "" for f in message.iter("numerusform")]
            if message.get("numerus") != "yes" or forms[0] == forms[-1]:
                continue  # "%n retired" reads right either way
            one = QCoreApplication.translate(name, source, None, 1)
            assert one == forms[0].replace("%n", "1"), (name, source, one)
            checked += 1
    assert checked >= 20
