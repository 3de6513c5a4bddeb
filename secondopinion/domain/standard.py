"""Standard content every concern starts with: the signs and the five questions.

The texts are the English source strings; the UI shows them through Qt's translator using the
stable keys, so a translated UI shows translated standard items while the journal keeps the key.
"""

from __future__ import annotations

from typing import Final

STANDARD_SIGNS: Final[tuple[tuple[str, str], ...]] = (
    ("vague_diagnosis", "The diagnosis feels vague or uncertain"),
    ("symptoms_persist", "Symptoms persist despite treatment"),
    ("rushed_unheard", "I felt rushed or unheard"),
    ("concerns_dismissed", "My concerns were brushed aside"),
    ("single_treatment", "Only one treatment approach was offered"),
    ("feels_wrong", "Something simply doesn't feel right"),
)

STANDARD_QUESTIONS: Final[tuple[tuple[str, str], ...]] = (
    ("agree_diagnosis", "Do you agree with the original diagnosis?"),
    ("other_possibilities", "What other possibilities might explain my symptoms?"),
    ("more_tests", "Are there additional tests that could provide clarity?"),
    ("treatment_options", "What treatment options do you recommend, and why?"),
    ("in_my_place", "What would you do if you were in my situation?"),
)

# US HIPAA right of access: providers generally must answer within 30 days.
RECORD_REQUEST_DAYS: Final = 30
