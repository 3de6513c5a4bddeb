"""A sentence for the person, kept in the catalogue's source language until it is shown.

domain/ and store/ know neither the reader's language nor the catalogue (they import nothing of
ours, and they may raise in one language and be shown in another). So a message they raise is a
``Sentence``: the English source text, which is the catalogue's ``msgid`` (xgettext reads
``Sentence("…")`` as a marked string), and the values of its ``{fields}``. It is translated
where it is shown: ``i18n.words(lang).sentence(s)`` (the window, through its language; the CLI,
through ``--lang``). A value may itself be a Sentence ("{name}: {problem}"), translated too.

``str(sentence)`` is the English text, for whatever is not a person's screen.
"""

from __future__ import annotations

from collections.abc import Mapping


class Sentence:
    """An English catalogue text (``source``) and the values of its ``{fields}``."""

    __slots__ = ("source", "values")

    def __init__(self, source: str, /, **values: object) -> None:
        self.source = source
        self.values: Mapping[str, object] = values

    def __str__(self) -> str:
        return self.source.format(
            **{k: str(v) if isinstance(v, Sentence) else v for k, v in self.values.items()}
        )

    def __repr__(self) -> str:
        return f"Sentence({self.source!r})"  # the values may be what the person typed

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sentence):
            return self.source == other.source and dict(self.values) == dict(other.values)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.source)
