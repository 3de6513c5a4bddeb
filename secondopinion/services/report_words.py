"""The words the PDFs print for the journal's stored vocabularies (the packet is in English)."""

from __future__ import annotations

import locale
import os
from enum import StrEnum

from secondopinion.domain.enums import (
    Agreement,
    Feeling,
    RecordFormat,
    RecordKind,
    RecordStatus,
    VisitKind,
)
from secondopinion.report.data import Paper

# Regions whose printers default to US Letter (CLDR's paper-size data), by region code.
LETTER_REGIONS = frozenset(
    {"US", "CA", "MX", "PR", "CL", "CO", "CR", "GT", "NI", "PA", "PH", "SV", "VE", "DO", "BZ"}
)

KIND_WORDS: dict[StrEnum, str] = {
    VisitKind.ORIGINAL: "original diagnosis",
    VisitKind.SECOND_OPINION: "second opinion",
    VisitKind.THIRD_OPINION: "third opinion",
    VisitKind.FOLLOW_UP: "follow-up",
}
AGREEMENT_WORDS: dict[StrEnum, str] = {
    Agreement.AGREES: "agrees with the original diagnosis",
    Agreement.PARTLY: "partly agrees with the original diagnosis",
    Agreement.DISAGREES: "disagrees with the original diagnosis",
    Agreement.UNSURE: "unsure about the original diagnosis",
}
RECORD_WORDS: dict[StrEnum, str] = {
    RecordKind.LAB_REPORT: "Lab report",
    RecordKind.DIAGNOSTIC_IMAGES: "Diagnostic images",
    RecordKind.DOCTORS_NOTES: "Doctor's notes",
    RecordKind.MEDICATION_HISTORY: "Medication history",
    RecordKind.TREATMENT_PLAN: "Treatment plan",
    RecordKind.OPERATIVE_REPORT: "Surgical/operative report",
    RecordKind.PATHOLOGY: "Pathology",
    RecordKind.OTHER: "Other",
}
STATUS_WORDS: dict[StrEnum, str] = {
    RecordStatus.NEEDED: "needed",
    RecordStatus.REQUESTED: "requested",
    RecordStatus.RECEIVED: "received",
    RecordStatus.SENT_ON: "sent on",
}
FORMAT_WORDS: dict[StrEnum, str] = {
    RecordFormat.ELECTRONIC: "electronic",
    RecordFormat.PAPER: "paper",
    RecordFormat.CD_IMAGES: "CD/images",
}
FEELING_WORDS: dict[Feeling, str] = {
    Feeling.HEARD: "Heard",
    Feeling.RESPECTED: "Respected",
    Feeling.VALIDATED: "Validated",
    Feeling.INCLUDED: "Included",
    Feeling.ENCOURAGED: "Encouraged",
    Feeling.BRUSHED_OFF: "Brushed off",
    Feeling.HURRIED: "Hurried",
    Feeling.MINIMIZED: "Minimized",
}


def word(words: dict[StrEnum, str], value: str | None) -> str:
    """The printed word for a stored value; an unknown value prints as stored."""
    if not value:
        return ""
    return next((w for k, w in words.items() if k.value == value), value)


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
        raise ValueError(f"unknown paper size {paper!r}; use a4 or letter")
    return "letter" if paper.lower() == "letter" else "a4"
