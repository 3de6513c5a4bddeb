"""``check_text`` skips the lone-surrogate search for ASCII text (none can hold one): it still
refuses a broken character wherever it sits, and passes every whole one."""

import pytest

from secondopinion.domain.validation import FieldError, check_text


@pytest.mark.parametrize("typed", ["\ud800", "abc\udfff", "\ud83d ok", "é\udc00", "plain\ud800x"])
def test_a_lone_surrogate_is_refused(typed: str) -> None:
    with pytest.raises(FieldError, match="half of a pair"):
        check_text("notes", typed, 1000)


@pytest.mark.parametrize("typed", ["", "plain ascii", "é", "שלום", "🙂 emoji", "中文"])
def test_whole_characters_pass(typed: str) -> None:
    assert check_text("notes", typed, 1000) == typed
