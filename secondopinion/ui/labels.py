"""People-facing names for the domain's stable values, through Qt's translator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from secondopinion.services import report_words
from secondopinion.ui import language


def tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


_cache: dict[tuple[int, int], dict[str, dict[str, str]]] = {}


def _labels() -> dict[str, dict[str, str]]:
    """The names, translated once per installed language (a list of 1,000 rows asks often)."""
    key = (language.generation(), id(QCoreApplication.instance()))
    found = _cache.get(key)
    if found is None:
        _cache.clear()
        found = _cache[key] = _translated()
    return found


def _translated() -> dict[str, dict[str, str]]:
    return {
        "concern_status": {
            "open": QCoreApplication.translate("labels", "Open"),
            "settled": QCoreApplication.translate("labels", "Settled"),
        },
        "record_kind": {
            "lab_report": QCoreApplication.translate("labels", "Lab report"),
            "diagnostic_images": QCoreApplication.translate("labels", "Diagnostic images"),
            "doctors_notes": QCoreApplication.translate("labels", "Doctor's notes"),
            "medication_history": QCoreApplication.translate("labels", "Medication history"),
            "treatment_plan": QCoreApplication.translate("labels", "Treatment plan"),
            "operative_report": QCoreApplication.translate("labels", "Surgical/operative report"),
            "pathology": QCoreApplication.translate("labels", "Pathology"),
            "other": QCoreApplication.translate("labels", "Other"),
        },
        "record_status": {
            "needed": QCoreApplication.translate("labels", "Needed"),
            "requested": QCoreApplication.translate("labels", "Requested"),
            "received": QCoreApplication.translate("labels", "Received"),
            "sent_on": QCoreApplication.translate("labels", "Sent on"),
        },
        "record_format": {
            "electronic": QCoreApplication.translate("labels", "Electronic"),
            "paper": QCoreApplication.translate("labels", "Paper"),
            "cd_images": QCoreApplication.translate("labels", "CD/images"),
        },
        "delivery": {
            "email": QCoreApplication.translate("labels", "To me by email"),
            "portal": QCoreApplication.translate("labels", "To me through the patient portal"),
            "post": QCoreApplication.translate("labels", "To me by post"),
            "pick_up": QCoreApplication.translate("labels", "I pick them up"),
            "to_doctor": QCoreApplication.translate("labels", "Straight to a doctor"),
        },
        "jurisdiction": {
            "us": QCoreApplication.translate("labels", "United States (HIPAA)"),
            "uk": QCoreApplication.translate("labels", "United Kingdom (UK GDPR)"),
            "eu": QCoreApplication.translate("labels", "European Union (GDPR)"),
            "elsewhere": QCoreApplication.translate("labels", "Elsewhere (a plain request)"),
        },
        "doctor_status": {
            "considering": QCoreApplication.translate("labels", "Considering"),
            "contacted": QCoreApplication.translate("labels", "Contacted"),
            "booked": QCoreApplication.translate("labels", "Booked"),
            "seen": QCoreApplication.translate("labels", "Seen"),
            "declined": QCoreApplication.translate("labels", "Declined"),
        },
        "visit_kind": {
            "original": QCoreApplication.translate("labels", "Original diagnosis"),
            "second_opinion": QCoreApplication.translate("labels", "Second opinion"),
            "third_opinion": QCoreApplication.translate("labels", "Third opinion"),
            "follow_up": QCoreApplication.translate("labels", "Follow-up"),
        },
        "agreement": {
            "agrees": QCoreApplication.translate("labels", "Agrees"),
            "partly": QCoreApplication.translate("labels", "Partly agrees"),
            "disagrees": QCoreApplication.translate("labels", "Disagrees"),
            "unsure": QCoreApplication.translate("labels", "Unsure"),
        },
        "allergy_severity": {
            "mild": QCoreApplication.translate("labels", "Mild"),
            "moderate": QCoreApplication.translate("labels", "Moderate"),
            "severe": QCoreApplication.translate("labels", "Severe"),
            "unknown": QCoreApplication.translate("labels", "Unknown"),
        },
        "feeling": {
            "heard": QCoreApplication.translate("labels", "Heard"),
            "respected": QCoreApplication.translate("labels", "Respected"),
            "validated": QCoreApplication.translate("labels", "Validated"),
            "included": QCoreApplication.translate("labels", "Included"),
            "encouraged": QCoreApplication.translate("labels", "Encouraged"),
            "brushed_off": QCoreApplication.translate("labels", "Brushed off"),
            "hurried": QCoreApplication.translate("labels", "Hurried"),
            "minimized": QCoreApplication.translate("labels", "Minimized"),
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
    """A standard sign in the window's language (its words live in the gettext catalogue)."""
    return report_words.standard_sign_text(key, stored)


def standard_question_text(key: str | None, stored: str) -> str:
    """A standard question in the window's language unless the person reworded it."""
    return report_words.standard_question_text(key, stored)
