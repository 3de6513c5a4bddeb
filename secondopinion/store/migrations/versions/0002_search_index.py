"""a full-text search index over everything the person wrote

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

One contentless FTS5 table, ``search_index``, holds one document per text-bearing row. Its rowid
encodes where the row lives: ``row id * 32 + kind code`` (see ``store/search_index.py``, which
reads it back). Triggers on every indexed table keep it current, so every way of writing rows
(the app, JSON import, the demo generator, undo) updates it without knowing it exists.

Contentless (``content=''``): the words are indexed but no second copy of the text is stored.
A trigger removes a row's document with FTS5's ``'delete'`` command, handing it the row's old text
(the same expression the insert used), and the table runs with ``secure-delete`` on: deleted words
are taken out of the index at once instead of being left behind a tombstone, so what the person
deletes does not linger in the file (the journal also runs with ``PRAGMA secure_delete``). The
tokenizer folds case and removes diacritics, so "cafe" finds "Café" and "FIBR" finds "fibroids".

This revision is frozen history: the table list below is the schema of revision 0001 and must
not change when later revisions add tables (they add their own triggers).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STRIDE = 32

# (table, kind code, primary key column, text columns)
INDEXED: tuple[tuple[str, int, str, tuple[str, ...]], ...] = (
    ("person", 1, "id", ("name", "notes")),
    ("medication", 2, "id", ("name", "dose", "how_taken", "since", "until", "reason")),
    ("allergy", 3, "id", ("substance", "reaction")),
    ("condition", 4, "id", ("name", "since", "notes")),
    ("procedure", 5, "id", ("what", "when", "where", "notes")),
    (
        "concern",
        6,
        "id",
        ("title", "original_diagnosis", "diagnosed_by", "proposed_treatment", "to_clarify"),
    ),
    ("sign", 7, "id", ("text", "note")),
    ("symptom_entry", 8, "id", ("symptom", "notes")),
    ("treatment_change", 9, "id", ("description",)),
    ("record_request", 10, "id", ("source", "notes")),
    ("attachment", 11, "id", ("filename",)),  # the name only, never the file's bytes
    (
        "doctor",
        12,
        "id",
        (
            "name",
            "specialty",
            "institution",
            "healthcare_system",
            "phone",
            "email",
            "address",
            "website",
            "cost_notes",
            "notes",
        ),
    ),
    ("question", 13, "id", ("text",)),
    ("visit", 14, "id", ("diagnosis", "treatment", "tests", "rationale", "in_my_place", "notes")),
    ("answer", 15, "id", ("answer",)),
    ("visit_feelings", 16, "visit_id", ("reflection",)),
)


def _quote(name: str) -> str:
    return '"' + name + '"'  # "when" and "where" are SQL keywords


def _body(prefix: str, columns: tuple[str, ...]) -> str:
    return " || ' ' || ".join(f"coalesce({prefix}.{_quote(c)}, '')" for c in columns)


def _rowid(prefix: str, pk: str, code: int) -> str:
    return f"{prefix}.{_quote(pk)} * {STRIDE} + {code}"


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "body, tokenize = 'unicode61 remove_diacritics 2', "
        "content = '')"
    )
    op.execute("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)")
    for table, code, pk, columns in INDEXED:
        t = _quote(table)
        op.execute(
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {t} BEGIN "
            f"INSERT INTO search_index(rowid, body) "
            f"VALUES ({_rowid('new', pk, code)}, {_body('new', columns)}); END"
        )
        forget = (
            f"INSERT INTO search_index(search_index, rowid, body) "
            f"VALUES ('delete', {_rowid('old', pk, code)}, {_body('old', columns)});"
        )
        op.execute(f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {t} BEGIN {forget} END")
        op.execute(
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE ON {t} BEGIN {forget} "
            f"INSERT INTO search_index(rowid, body) "
            f"VALUES ({_rowid('new', pk, code)}, {_body('new', columns)}); END"
        )
        op.execute(
            f"INSERT INTO search_index(rowid, body) "
            f"SELECT {_rowid(t, pk, code)}, {_body(t, columns)} FROM {t}"
        )


def downgrade() -> None:
    for table, _code, _pk, _columns in INDEXED:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_index")
