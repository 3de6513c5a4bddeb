"""The words the PDFs print for the journal's stored vocabularies, in the reader's language."""

from __future__ import annotations

import locale
import os
from enum import StrEnum
from typing import TYPE_CHECKING

from secondopinion.domain.enums import (
    Agreement,
    AllergySeverity,
    Feeling,
    RecordFormat,
    RecordKind,
    RecordStatus,
    VisitKind,
)
from secondopinion.domain.standard import STANDARD_QUESTIONS, STANDARD_SIGNS
from secondopinion.i18n import N_, Words, words

if TYPE_CHECKING:
    from secondopinion.report.data import Paper  # a type only: report.data is slow to import

# Regions whose printers default to US Letter (CLDR's paper-size data), by region code.
LETTER_REGIONS = frozenset(
    {"US", "CA", "MX", "PR", "CL", "CO", "CR", "GT", "NI", "PA", "PH", "SV", "VE", "DO", "BZ"}
)

KIND_WORDS: dict[StrEnum, str] = {
    VisitKind.ORIGINAL: N_("original diagnosis"),
    VisitKind.SECOND_OPINION: N_("second opinion"),
    VisitKind.THIRD_OPINION: N_("third opinion"),
    VisitKind.FOLLOW_UP: N_("follow-up"),
}
AGREEMENT_WORDS: dict[StrEnum, str] = {
    Agreement.AGREES: N_("agrees with the original diagnosis"),
    Agreement.PARTLY: N_("partly agrees with the original diagnosis"),
    Agreement.DISAGREES: N_("disagrees with the original diagnosis"),
    Agreement.UNSURE: N_("unsure about the original diagnosis"),
}
RECORD_WORDS: dict[StrEnum, str] = {
    RecordKind.LAB_REPORT: N_("Lab report"),
    RecordKind.DIAGNOSTIC_IMAGES: N_("Diagnostic images"),
    RecordKind.DOCTORS_NOTES: N_("Doctor's notes"),
    RecordKind.MEDICATION_HISTORY: N_("Medication history"),
    RecordKind.TREATMENT_PLAN: N_("Treatment plan"),
    RecordKind.OPERATIVE_REPORT: N_("Surgical/operative report"),
    RecordKind.PATHOLOGY: N_("Pathology"),
    RecordKind.OTHER: N_("Other"),
}
STATUS_WORDS: dict[StrEnum, str] = {
    RecordStatus.NEEDED: N_("needed"),
    RecordStatus.REQUESTED: N_("requested"),
    RecordStatus.RECEIVED: N_("received"),
    RecordStatus.SENT_ON: N_("sent on"),
}
FORMAT_WORDS: dict[StrEnum, str] = {
    RecordFormat.ELECTRONIC: N_("electronic"),
    RecordFormat.PAPER: N_("paper"),
    RecordFormat.CD_IMAGES: N_("CD/images"),
}
SEVERITY_WORDS: dict[StrEnum, str] = {
    AllergySeverity.MILD: N_("mild"),
    AllergySeverity.MODERATE: N_("moderate"),
    AllergySeverity.SEVERE: N_("severe"),
    AllergySeverity.UNKNOWN: N_("severity unknown"),
}
FEELING_WORDS: dict[Feeling, str] = {
    Feeling.HEARD: N_("Heard"),
    Feeling.RESPECTED: N_("Respected"),
    Feeling.VALIDATED: N_("Validated"),
    Feeling.INCLUDED: N_("Included"),
    Feeling.ENCOURAGED: N_("Encouraged"),
    Feeling.BRUSHED_OFF: N_("Brushed off"),
    Feeling.HURRIED: N_("Hurried"),
    Feeling.MINIMIZED: N_("Minimized"),
}


def word(vocabulary: dict[StrEnum, str], value: str | None, t: Words | None = None) -> str:
    """The printed word for a stored value in ``t``'s language (default: the current one);
    an unknown value prints as stored."""
    if not value:
        return ""
    found = next((w for k, w in vocabulary.items() if k.value == value), None)
    return (t or words())._(found) if found is not None else value


def standard_sign_text(key: str | None, stored: str, t: Words | None = None) -> str:
    """A standard sign in the reader's language; the person's own signs (and a standard one
    whose text was changed, say by an import) as typed."""
    texts = dict(STANDARD_SIGNS)
    if key in texts and stored == texts[key]:
        return (t or words())._(texts[key])
    return stored


def standard_question_text(key: str | None, stored: str, t: Words | None = None) -> str:
    """A standard question in the reader's language unless the person reworded it."""
    texts = dict(STANDARD_QUESTIONS)
    if key in texts and stored == texts[key]:
        return (t or words())._(texts[key])
    return stored


def default_paper(locale_name: str | None = None) -> Paper:
    """Letter where the locale's region uses it (US, Canada…), A4 everywhere else."""
    name = locale_name
    if name is None:
        name = next(
            (os.environ[v] for v in ("LC_ALL", "LC_PAPER", "LANG") if os.environ.get(v)), None
        )
    if name is None:
        name = locale.getlocale()[0] or ""
    region = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[1:2]
    return "letter" if region and region[0].upper() in LETTER_REGIONS else "a4"


def paper_size(paper: str | None) -> Paper:
    """``a4``/``letter`` (any case), or the locale's default for None."""
    if paper is None:
        return default_paper()
    if paper.lower() not in ("a4", "letter"):
        raise ValueError(words()._("unknown paper size {paper}; use a4 or letter", paper=paper))
    return "letter" if paper.lower() == "letter" else "a4"
