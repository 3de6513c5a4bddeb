"""People-facing names for the domain's stable values, through Qt's translator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from secondopinion.domain.standard import STANDARD_QUESTIONS, STANDARD_SIGNS


def tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def _labels() -> dict[str, dict[str, str]]:
    return {
        "concern_status": {"open": tr("Open"), "settled": tr("Settled")},
        "record_kind": {
            "lab_report": tr("Lab report"),
            "diagnostic_images": tr("Diagnostic images"),
            "doctors_notes": tr("Doctor's notes"),
            "medication_history": tr("Medication history"),
            "treatment_plan": tr("Treatment plan"),
            "operative_report": tr("Surgical/operative report"),
            "pathology": tr("Pathology"),
            "other": tr("Other"),
        },
        "record_status": {
            "needed": tr("Needed"),
            "requested": tr("Requested"),
            "received": tr("Received"),
            "sent_on": tr("Sent on"),
        },
        "record_format": {
            "electronic": tr("Electronic"),
            "paper": tr("Paper"),
            "cd_images": tr("CD/images"),
        },
        "doctor_status": {
            "considering": tr("Considering"),
            "contacted": tr("Contacted"),
            "booked": tr("Booked"),
            "seen": tr("Seen"),
            "declined": tr("Declined"),
        },
        "visit_kind": {
            "original": tr("Original diagnosis"),
            "second_opinion": tr("Second opinion"),
            "third_opinion": tr("Third opinion"),
            "follow_up": tr("Follow-up"),
        },
        "agreement": {
            "agrees": tr("Agrees"),
            "partly": tr("Partly agrees"),
            "disagrees": tr("Disagrees"),
            "unsure": tr("Unsure"),
        },
        "allergy_severity": {
            "mild": tr("Mild"),
            "moderate": tr("Moderate"),
            "severe": tr("Severe"),
            "unknown": tr("Unknown"),
        },
        "feeling": {
            "heard": tr("Heard"),
            "respected": tr("Respected"),
            "validated": tr("Validated"),
            "included": tr("Included"),
            "encouraged": tr("Encouraged"),
            "brushed_off": tr("Brushed off"),
            "hurried": tr("Hurried"),
            "minimized": tr("Minimized"),
        },
    }


def label(vocabulary: str, value: str | None) -> str:
    """The translated name of ``value`` in ``vocabulary`` (the value itself if unknown)."""
    if value is None:
        return ""
    return _labels()[vocabulary].get(value, value)


def choices(vocabulary: str) -> list[tuple[str, str]]:
    """(value, translated name) pairs in their natural order."""
    return list(_labels()[vocabulary].items())


def standard_sign_text(key: str | None, stored: str) -> str:
    texts = dict(STANDARD_SIGNS)
    if key in texts:
        return QCoreApplication.translate("standard", texts[key])
    return stored


def standard_question_text(key: str | None, stored: str) -> str:
    """A standard question in the UI's language unless the person reworded it."""
    texts = dict(STANDARD_QUESTIONS)
    if key in texts and stored == texts[key]:
        return QCoreApplication.translate("standard", texts[key])
    return stored
