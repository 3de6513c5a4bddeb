"""The best hits come in FTS5's own rank order, ties included, with or without a limit."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from secondopinion.services.concerns import create_concern
from secondopinion.store import commands, search_index
from secondopinion.store.journal import Journal
from secondopinion.store.tables import SymptomEntry

WORDS = ["pain", "painful", "stairs", "worse", "Émbolie", "embolism", "night", "sleep", "a"]


@pytest.fixture
def journal(tmp_path: Path):  # type: ignore[no-untyped-def]
    rng = random.Random(12)
    with Journal.create(tmp_path / "rank.sojournal") as j:
        cid = create_concern(j, "Knee").id or 0
        start = datetime(2026, 1, 1)
        entries = []
        for i in range(3000):
            # Many entries share their text exactly, so they score alike: ties in rank.
            words = rng.sample(WORDS, rng.randint(1, 4)) if i % 3 else ["pain", "worse"]
            entries.append(
                SymptomEntry(
                    concern_id=cid,
                    recorded_at=start + timedelta(hours=i),
                    symptom="Pain" if i % 2 else "Knee",
                    severity=i % 11,
                    notes=" ".join(words),
                )
            )
        commands.add_all(j, entries)
        yield j


@pytest.mark.parametrize("typed", ["pain", "worse stairs", "emb", "a", "night sleep", "knee"])
@pytest.mark.parametrize("limit", [None, 1, 200, 2500])
def test_best_hits_are_in_fts5_rank_order(journal: Journal, typed: str, limit: int | None) -> None:
    expression = search_index.match_expression(typed)
    with journal.reading() as conn:
        ranked = [
            search_index.decode(int(r[0]))
            for r in conn.execute(
                "SELECT rowid FROM search_index WHERE search_index MATCH :q ORDER BY rank",
                {"q": expression},
            )
        ]
    assert len(ranked) > 100  # enough hits, and ties among them
    wanted = ranked if limit is None else ranked[:limit]
    assert search_index.find(journal, typed, limit) == wanted
