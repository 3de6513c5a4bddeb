"""Every word the request letters print, in one place (the catalogue to translate).

Each string is marked with ``_`` so xgettext puts it in the gettext catalogue
(``resources/translations/secondopinion_<lang>.po``); ``current`` gives every one of them in the
current language (``i18n.speaking(lang)`` / the app's language), so the service reads
``w.SUBJECT`` and gets it in the reader's words. Sentences are whole, with named
``{placeholders}``, so a translation can reorder them. The facts the sentences state (30 days,
one month…) come from ``domain/jurisdiction.py``; the tests check that the two agree.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from secondopinion import i18n
from secondopinion.domain.enums import Delivery, RecordFormat, RecordKind
from secondopinion.domain.jurisdiction import Fees, Jurisdiction


def _(text: str) -> str:
    """Marks a letter string for the catalogue; ``current`` below prints it translated."""
    return text


TITLE = _("Request for medical records")
FOLLOW_UP_TITLE = _("Follow-up: request for medical records")
KICKER = _("REQUEST FOR MEDICAL RECORDS")
FOLLOW_UP_KICKER = _("FOLLOW-UP OF A REQUEST FOR MEDICAL RECORDS")

# The kinds of record, as a letter asks for them (a fuller phrase than the list's label).
KINDS: dict[RecordKind, str] = {
    RecordKind.LAB_REPORT: _("Laboratory reports and test results"),
    RecordKind.DIAGNOSTIC_IMAGES: _(
        "Diagnostic images (X-ray, CT, MRI, ultrasound) and their reports"
    ),
    RecordKind.DOCTORS_NOTES: _("Doctors' notes, including consultation and progress notes"),
    RecordKind.MEDICATION_HISTORY: _("Medication history"),
    RecordKind.TREATMENT_PLAN: _("Treatment plan"),
    RecordKind.OPERATIVE_REPORT: _("Surgical and operative reports"),
    RecordKind.PATHOLOGY: _("Pathology reports"),
    RecordKind.OTHER: _("Other records about my care"),
}

FORMATS: dict[RecordFormat, str] = {
    RecordFormat.ELECTRONIC: _("I would like the copies in electronic form."),
    RecordFormat.PAPER: _("I would like the copies on paper."),
    RecordFormat.CD_IMAGES: _(
        "I would like the copies on a CD or other medium, with any images in their original "
        "(DICOM) format."
    ),
}

DELIVERIES: dict[Delivery, str] = {
    Delivery.EMAIL: _("Please send them to me by email at {email}."),
    Delivery.PORTAL: _("Please make them available to me through your patient portal."),
    Delivery.POST: _("Please send them to me by post at the address above."),
    Delivery.PICK_UP: _("I will collect them in person; please tell me when they are ready."),
    # 45 CFR § 164.524(c)(3)(ii): a signed, written request may direct the copy to another person.
    Delivery.TO_DOCTOR: _(
        "Please send them directly to {doctor}, who is giving me a second opinion:"
    ),
}
DELIVERY_LABELS: dict[Delivery, str] = {
    Delivery.EMAIL: _("to me by email"),
    Delivery.PORTAL: _("to me through the patient portal"),
    Delivery.POST: _("to me by post"),
    Delivery.PICK_UP: _("I pick them up"),
    Delivery.TO_DOCTOR: _("straight to a doctor"),
}

# Where the letter goes and who sends it.
TO_RECORDS = _("Medical records")
EMAIL_LINE = _("Email: {email}")
FAX_LINE = _("Fax: {fax}")
PHONE_LINE = _("Phone: {phone}")
BORN_LINE = _("Date of birth: {date}")
RECORD_NUMBER_LINE = _("Record number: {number}")

SUBJECT = _("Subject: request for a copy of my medical records")
FOLLOW_UP_SUBJECT = _("Subject: my request for medical records of {date}, now overdue")
GREETING = _("Dear records team,")

ASK = _("I am writing to ask for a copy of the following records that you hold about me:")
ASK_WHO = _("My name is {name}{born}{number}.")
ASK_BORN = _(", born on {date}")
ASK_NUMBER = _(", and my record number with you is {number}")
RANGE_BOTH = _("Please include the records from {start} to {end}.")
RANGE_FROM = _("Please include the records from {start} to the present.")
RANGE_TO = _("Please include the records up to {end}.")
RANGE_ALL = _("Please include the records of every date you hold.")

# The right each letter rests on. Periods and citations match domain/jurisdiction.py.
RIGHTS: dict[Jurisdiction, str] = {
    Jurisdiction.US: _(
        "I make this request under my right of access to my health information under the HIPAA "
        "Privacy Rule (45 CFR § 164.524). You must act on it within 30 calendar days of "
        "receiving it. If you need more time, you may extend this once, by no more than 30 days, "
        "by telling me in writing, within the first 30 days, the reason for the delay and the "
        "date by which you will act."
    ),
    Jurisdiction.UK: _(
        "I make this request under my right of access under Article 15 of the UK General Data "
        "Protection Regulation (UK GDPR). Please respond without undue delay and at the latest "
        "within one month of receiving it. If my request is complex, you may extend this by up "
        "to two further months, but you must tell me so, with your reasons, within the first "
        "month."
    ),
    Jurisdiction.EU: _(
        "I make this request under my right of access under Article 15 of the General Data "
        "Protection Regulation (EU) 2016/679 (GDPR). Please respond without undue delay and at "
        "the latest within one month of receiving it. If my request is complex, you may extend "
        "this by up to two further months, but you must tell me so, with your reasons, within "
        "the first month."
    ),
    Jurisdiction.ELSEWHERE: "",
}
DUE = _("I look forward to receiving them by {date}.")
FEES: dict[Fees, str] = {
    Fees.COST_BASED: _(
        "Any fee must be reasonable and cost-based. If you intend to charge one, please tell me "
        "the amount before you prepare the copies."
    ),
    Fees.FIRST_COPY_FREE: _(
        "The first copy should be free of charge. If you believe a fee applies, please tell me "
        "the amount before you prepare the copies."
    ),
    Fees.UNSTATED: _("If there is a fee, please tell me the amount before you prepare the copies."),
}
CONTACT = _(
    "If you need anything more from me to identify myself or to find the records, "
    "please contact me{how}."
)
CONTACT_PHONE = _(" by phone at {phone}")
CONTACT_EMAIL = _(" by email at {email}")
CONTACT_BOTH = _(" by phone at {phone} or by email at {email}")
THANKS = _("Thank you for your help.")
CLOSING = _("Yours sincerely,")
SIGNATURE = _("Signature")
DATE = _("Date")
SENT_ON = _("Sent on ______________________  by  ______________________")
SENT_HOW = _("(post, email, fax, portal, or by hand; keep a copy of this letter)")

# The follow-up letter.
FOLLOW_UP_ASK = _(
    "On {date} I wrote to ask for a copy of the following records that you hold about me:"
)
FOLLOW_UP_DUE: dict[Jurisdiction, str] = {
    Jurisdiction.US: _(
        "Under the HIPAA right of access (45 CFR § 164.524) you had to act on my request within "
        "30 calendar days, by {due}."
    ),
    Jurisdiction.UK: _(
        "Under Article 15 of the UK GDPR you had to respond within one month, by {due}."
    ),
    Jurisdiction.EU: _(
        "Under Article 15 of the GDPR you had to respond within one month, by {due}."
    ),
    Jurisdiction.ELSEWHERE: _("I asked to receive them by {due}."),
}
FOLLOW_UP_EXTENDED = _("On {notified} you told me you needed more time and would respond by {due}.")
FOLLOW_UP_MISSED = _("That date has passed and I have not received the records.")
FOLLOW_UP_PLEASE = _(
    "Please send them without further delay, or tell me in writing when you will send them and, "
    "if you are refusing any part of my request, why."
)

# What stops a letter from being written (shown instead of an empty letter).
NO_PROVIDER = _("Write who holds the records (the provider's name) before writing a letter.")
NO_KIND = _("Choose which records you are asking for before writing a letter.")
NO_DOCTOR = _("Choose the doctor the records should be sent to.")
NO_EMAIL = _(
    "Add your email address (with your name, in the health summary): the letter asks "
    "for the records by email."
)
NO_ADDRESS = _(
    "Add your postal address (with your name, in the health summary): the letter "
    "asks for the records by post."
)
BAD_RANGE = _("The period of records ends before it starts: check 'Records from' and 'Records to'.")
NO_NAME = _("Add your name (in the health summary): a letter has to say who is asking.")
NOT_SENT = _("This request has no date it was made: a follow-up needs the first letter's date.")
NOT_OVERDUE = _("This request is not overdue: a follow-up is for a request past its due date.")

# Extensions.
EXTENSION_BEFORE_REQUEST = _("The extension cannot end before the request was made.")
EXTENSION_NOT_LATER = _("The new due date must be after the first one ({due}).")
EXTENSION_TOO_LONG: dict[Jurisdiction, str] = {
    Jurisdiction.US: _(
        "HIPAA allows one extension of at most 30 days: the latest due date is {latest}."
    ),
    Jurisdiction.UK: _(
        "The UK GDPR allows at most two further months: the latest due date is {latest}."
    ),
    Jurisdiction.EU: _(
        "The GDPR allows at most two further months: the latest due date is {latest}."
    ),
    Jurisdiction.ELSEWHERE: "",
}
EXTENSION_NOT_REQUESTED = _("Only a request that has been sent can be extended.")
NOTICE_IN_FUTURE = _("The notice cannot be dated in the future.")

# The jurisdictions, as the setting names them.
JURISDICTIONS: dict[Jurisdiction, str] = {
    Jurisdiction.US: _("United States (HIPAA)"),
    Jurisdiction.UK: _("United Kingdom (UK GDPR)"),
    Jurisdiction.EU: _("European Union (GDPR)"),
    Jurisdiction.ELSEWHERE: _("Elsewhere (a plain request)"),
}


class _Translated:
    """This module's words in the current language: strings, dicts of strings, and dates."""

    def __getattr__(self, name: str) -> Any:
        value = globals()[name]
        t = i18n.words()
        if name == "long_date":
            return lambda day: t.date(day, long=True)
        if isinstance(value, str):
            return t._(value) if value else value
        if isinstance(value, dict):
            return {k: t._(v) if v else v for k, v in value.items()}
        return value


def long_date(day: date) -> str:
    """A date spelled out, unambiguous anywhere: 3 December 2026 (3 de diciembre de 2026)."""
    return i18n.words().date(day, long=True)


if TYPE_CHECKING:  # the same names with this module's types; at run time, translated
    import secondopinion.services.letter_words as current
else:
    current = _Translated()
__all__ = ["current", "long_date"]
