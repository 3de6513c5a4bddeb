"""The closed vocabularies of the journal.

Values are stable identifiers stored in the journal and in JSON exports; labels are for people
and go through Qt's translation in the UI (see ``ui/labels.py``).
"""

from __future__ import annotations

from enum import StrEnum


class ConcernStatus(StrEnum):
    OPEN = "open"
    SETTLED = "settled"


class RecordKind(StrEnum):
    LAB_REPORT = "lab_report"
    DIAGNOSTIC_IMAGES = "diagnostic_images"
    DOCTORS_NOTES = "doctors_notes"
    MEDICATION_HISTORY = "medication_history"
    TREATMENT_PLAN = "treatment_plan"
    OPERATIVE_REPORT = "operative_report"
    PATHOLOGY = "pathology"
    OTHER = "other"


# The "standard set" of record requests: the six kinds nearly every second opinion needs.
STANDARD_RECORD_KINDS: tuple[RecordKind, ...] = (
    RecordKind.LAB_REPORT,
    RecordKind.DIAGNOSTIC_IMAGES,
    RecordKind.DOCTORS_NOTES,
    RecordKind.MEDICATION_HISTORY,
    RecordKind.TREATMENT_PLAN,
    RecordKind.OPERATIVE_REPORT,
)


class RecordStatus(StrEnum):
    NEEDED = "needed"
    REQUESTED = "requested"
    RECEIVED = "received"
    SENT_ON = "sent_on"


class RecordFormat(StrEnum):
    ELECTRONIC = "electronic"
    PAPER = "paper"
    CD_IMAGES = "cd_images"


class Delivery(StrEnum):
    """How the person wants a provider to deliver the records they ask for."""

    EMAIL = "email"  # to the person, by email
    PORTAL = "portal"  # to the person, through the provider's patient portal
    POST = "post"  # to the person, by post
    PICK_UP = "pick_up"  # the person collects them
    TO_DOCTOR = "to_doctor"  # straight to a doctor from the Doctors tab


class DoctorStatus(StrEnum):
    CONSIDERING = "considering"
    CONTACTED = "contacted"
    BOOKED = "booked"
    SEEN = "seen"
    DECLINED = "declined"


class VisitKind(StrEnum):
    ORIGINAL = "original"
    SECOND_OPINION = "second_opinion"
    THIRD_OPINION = "third_opinion"
    FOLLOW_UP = "follow_up"


class Agreement(StrEnum):
    AGREES = "agrees"
    PARTLY = "partly"
    DISAGREES = "disagrees"
    UNSURE = "unsure"


class AllergySeverity(StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"
    UNKNOWN = "unknown"


class ResultFlag(StrEnum):
    """A result's interpretation, as the lab gave it (FHIR's H, L, A, N); empty when not given."""

    HIGH = "high"
    LOW = "low"
    ABNORMAL = "abnormal"
    NORMAL = "normal"
    NOT_GIVEN = ""

    @property
    def is_abnormal(self) -> bool:
        return self in (ResultFlag.HIGH, ResultFlag.LOW, ResultFlag.ABNORMAL)


class Feeling(StrEnum):
    """How a visit felt. The first five are good signs, the last three are warning signs."""

    HEARD = "heard"
    RESPECTED = "respected"
    VALIDATED = "validated"
    INCLUDED = "included"
    ENCOURAGED = "encouraged"
    BRUSHED_OFF = "brushed_off"
    HURRIED = "hurried"
    MINIMIZED = "minimized"

    @property
    def is_positive(self) -> bool:
        return self not in (Feeling.BRUSHED_OFF, Feeling.HURRIED, Feeling.MINIMIZED)


FEELING_SCALE_MAX = 4  # each feeling is rated 0 (not at all) .. 4 (very much)
TRUST_MIN, TRUST_MAX = 1, 5
SEVERITY_MIN, SEVERITY_MAX = 0, 10
