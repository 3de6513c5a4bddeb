"""Standard content every concern starts with: the signs and the five questions.

The texts are the English source strings, in the gettext catalogue (``N_`` marks them; domain
imports nothing of ours, so the marker is local). The window and the PDFs show them in the
reader's language by their stable keys (services.report_words), while the journal keeps the key.
"""

from __future__ import annotations

from typing import Final


def N_(message: str) -> str:  # gettext's name for "mark now, translate where printed"
    return message


STANDARD_SIGNS: Final[tuple[tuple[str, str], ...]] = (
    ("vague_diagnosis", N_("The diagnosis feels vague or uncertain")),
    ("symptoms_persist", N_("Symptoms persist despite treatment")),
    ("rushed_unheard", N_("I felt rushed or unheard")),
    ("concerns_dismissed", N_("My concerns were brushed aside")),
    ("single_treatment", N_("Only one treatment approach was offered")),
    ("feels_wrong", N_("Something simply doesn't feel right")),
)

STANDARD_QUESTIONS: Final[tuple[tuple[str, str], ...]] = (
    ("agree_diagnosis", N_("Do you agree with the original diagnosis?")),
    ("other_possibilities", N_("What other possibilities might explain my symptoms?")),
    ("more_tests", N_("Are there additional tests that could provide clarity?")),
    ("treatment_options", N_("What treatment options do you recommend, and why?")),
    ("in_my_place", N_("What would you do if you were in my situation?")),
)

# US HIPAA right of access: providers generally must answer within 30 days.
RECORD_REQUEST_DAYS: Final = 30
