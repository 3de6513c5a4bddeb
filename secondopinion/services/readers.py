"""What several services read the same way: the concern, the person, a concern's visits and
their doctors, through the table classes. The comparison PDF and the on-screen grid share these;
the packet reads the same rows in plain SQL (``services.packet_reads``), held equal to these
reads by ``tests/report/test_packet_plain_sql.py``."""

from __future__ import annotations

from sqlmodel import col

from secondopinion.domain.wording import Sentence
from secondopinion.report.data import ConcernInfo, PersonInfo
from secondopinion.services.doctors import doctors_by_id as doctors_by_id  # where it lives
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Concern, Person, Visit


def concern_row(journal: Journal, concern_id: int) -> Concern:
    concern = commands.get(journal, Concern, concern_id)
    if concern is None:
        raise LookupError(Sentence("concern {id} does not exist", id=concern_id))
    return concern


def person_info(journal: Journal) -> tuple[PersonInfo, str]:
    """The person (name, date of birth) and their notes."""
    found = commands.rows(journal, Person)
    if not found:
        return PersonInfo(), ""
    return PersonInfo(found[0].name, found[0].date_of_birth), found[0].notes


def concern_info(concern: Concern) -> ConcernInfo:
    return ConcernInfo(
        title=concern.title,
        original_diagnosis=concern.original_diagnosis,
        diagnosed_by=concern.diagnosed_by,
        diagnosed_on=concern.diagnosed_on,
        proposed_treatment=concern.proposed_treatment,
        to_clarify=concern.to_clarify,
        status=concern.status,
    )


def concern_visits(journal: Journal, concern_id: int) -> list[Visit]:
    return commands.rows(
        journal,
        Visit,
        Visit.concern_id == concern_id,
        order_by=[col(Visit.visit_on), col(Visit.id)],
    )
