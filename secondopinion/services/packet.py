"""The appointment packet: journal rows -> ``report.data`` -> a PDF file.

The renderer in ``report/`` takes plain data; this module reads the journal in plain SQL
(``services.packet_reads``: no SQLAlchemy, SQLModel or table classes imported), turns stored
vocabularies into words, and writes the PDF atomically (owner-only).
The comparison PDF is ``services.comparison_pdf``'s, not imported here: the packet needs none of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

from secondopinion.i18n import words
from secondopinion.report.data import (
    ALL_SECTIONS,
    PacketData,
    PacketOptions,
    RenderResult,
    Section,
    SymptomItem,
)
from secondopinion.report.packet import render_packet
from secondopinion.services import packet_reads as read
from secondopinion.services.files import write_private_atomic
from secondopinion.services.pdf_protect import protect
from secondopinion.services.report_words import default_paper, paper_size
from secondopinion.store.journal import Journal

__all__ = ["build_packet_data", "default_paper", "export_packet"]


def build_packet_data(
    journal: Journal,
    concern_id: int,
    visit_id: int | None = None,
    doctor_id: int | None = None,
    sections: Iterable[Section] = ALL_SECTIONS,
    *,
    today: date | None = None,
    lang: str | None = None,
) -> PacketData:
    """Everything the chosen sections need for one concern's packet, and nothing more.

    ``visit_id`` or ``doctor_id`` says which appointment the packet is for; without either,
    the doctor marked as booked for this concern (if any) is named on the cover. Stored
    vocabularies and the standard signs and questions are put in ``lang``'s words. Everything is
    read in one read transaction.
    """
    t = words(lang)
    chosen = frozenset(sections)
    with journal.reading() as conn:
        concern = read.concern(conn, concern_id)
        person, notes = read.person(conn)
        data = PacketData(
            person=person,
            concern=concern,
            generated_on=today or date.today(),
            appointment=read.appointment(conn, concern_id, visit_id, doctor_id),
            notes=notes if Section.NOTES in chosen else "",
        )
        if Section.HEALTH in chosen:
            data = replace(
                data,
                medications=read.medications(conn),
                allergies=read.allergies(conn, t),
                conditions=read.conditions(conn),
                procedures=read.procedures(conn),
            )
        if Section.RESULTS in chosen:
            data = replace(data, results=read.results(conn, t))
        if Section.REASONS in chosen:
            data = replace(data, signs=read.signs(conn, concern_id, t))
        if Section.QUESTIONS in chosen:
            data = replace(data, questions=read.questions(conn, concern_id, t))
        if Section.HISTORY in chosen or Section.COVER in chosen:
            data = replace(data, opinions=read.opinions(conn, concern_id, visit_id, t))
        if Section.SYMPTOMS in chosen:
            data = replace(
                data,
                symptoms=read.symptoms(conn, concern_id),
                treatment_changes=read.treatment_changes(conn, concern_id),
            )
        if Section.RECORDS in chosen:
            data = replace(data, records=read.records(conn, concern_id, t))
    return data


def symptom_items(journal: Journal, concern_id: int) -> tuple[SymptomItem, ...]:
    """The concern's symptom log, oldest first, read in plain SQL."""
    with journal.reading() as conn:
        return read.symptoms(conn, concern_id)


def export_packet(
    journal: Journal,
    concern_id: int,
    out: Path,
    paper: str | None = None,
    *,
    sections: Iterable[Section] = ALL_SECTIONS,
    visit_id: int | None = None,
    doctor_id: int | None = None,
    name_in_metadata: bool = True,
    password: str | None = None,
    lang: str | None = None,
) -> RenderResult:
    """Write the appointment packet to ``out`` in ``lang`` (default: the current language);
    returns the render (with any text not shown).

    With ``password`` the file is encrypted (AES-256) before it touches the disk.
    """
    chosen = frozenset(sections)
    lang = words(lang).code
    data = build_packet_data(journal, concern_id, visit_id, doctor_id, chosen, lang=lang)
    options = PacketOptions(
        paper=paper_size(paper), sections=chosen, name_in_metadata=name_in_metadata, lang=lang
    )
    result = render_packet(data, options)
    write_private_atomic(Path(out), protect(result.pdf, password) if password else result.pdf)
    return result
