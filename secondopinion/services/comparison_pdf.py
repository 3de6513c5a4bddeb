"""The comparison PDF's data: a concern's visits side by side, read from the journal, handed to
the renderer (``report/comparison.py``) and written. The on-screen grid is ``opinion_grid``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlmodel import col

from secondopinion.domain.enums import Agreement, Feeling
from secondopinion.domain.rules import opinions_disagree, same_text_key
from secondopinion.i18n import Words, words
from secondopinion.report.comparison import render_comparison
from secondopinion.report.data import ComparisonData, FeelingScore, RenderResult, VisitColumn
from secondopinion.services.doctors import describe
from secondopinion.services.files import write_private_atomic
from secondopinion.services.pdf_protect import protect
from secondopinion.services.readers import (
    concern_info,
    concern_row,
    concern_visits,
    doctors_by_id,
    person_info,
)
from secondopinion.services.report_words import (
    AGREEMENT_WORDS,
    FEELING_WORDS,
    KIND_WORDS,
    paper_size,
    standard_question_text,
    word,
)
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Answer, Question, VisitFeelings


def _same(a: str, b: str) -> bool:
    return same_text_key(a) == same_text_key(b)


def _agreement(value: str | None) -> Agreement | None:
    try:
        return Agreement(value) if value else None
    except ValueError:
        return None


def build_comparison_data(
    journal: Journal,
    concern_id: int,
    visit_ids: Iterable[int] | None = None,
    *,
    today: date | None = None,
    lang: str | None = None,
) -> ComparisonData:
    """The concern's visits (all, or the chosen ones) in date order, with answers and feelings.

    A diagnosis is marked as differing when it is written and is not the original diagnosis.
    """
    t = words(lang)
    concern = concern_row(journal, concern_id)
    person, _ = person_info(journal)
    visits = concern_visits(journal, concern_id)
    if visit_ids is not None:
        wanted = set(visit_ids)
        visits = [v for v in visits if v.id in wanted]
    ids = [v.id for v in visits if v.id is not None]
    doctors = doctors_by_id(journal, (v.doctor_id for v in visits))
    answers = commands.rows(journal, Answer, col(Answer.visit_id).in_(ids)) if ids else []
    feelings = {
        f.visit_id: f
        for f in (
            commands.rows(journal, VisitFeelings, col(VisitFeelings.visit_id).in_(ids))
            if ids
            else []
        )
    }
    answered = {a.question_id for a in answers if a.answer.strip()}
    questions = [
        q
        for q in commands.rows(
            journal,
            Question,
            Question.concern_id == concern_id,
            order_by=[col(Question.position), col(Question.id)],
        )
        if not q.retired or q.id in answered
    ]
    said = {(a.visit_id, a.question_id): a.answer for a in answers}
    original = concern.original_diagnosis
    columns = []
    for v in visits:
        doctor = doctors.get(v.doctor_id) if v.doctor_id is not None else None
        feeling = feelings.get(v.id) if v.id is not None else None
        columns.append(
            VisitColumn(
                doctor=doctor.name if doctor else t._("Doctor unknown"),
                doctor_detail=describe(doctor),
                on=v.visit_on,
                kind=word(KIND_WORDS, v.kind, t),
                diagnosis=v.diagnosis,
                diagnosis_differs=bool(
                    v.diagnosis.strip() and original.strip() and not _same(v.diagnosis, original)
                ),
                agreement=word(AGREEMENT_WORDS, v.agreement, t),
                treatment=v.treatment,
                tests=v.tests,
                rationale=v.rationale,
                in_my_place=v.in_my_place,
                notes=v.notes,
                answers=tuple(said.get((v.id or -1, q.id or -1), "") for q in questions),
                feelings=_feelings(feeling, t),
                trust=feeling.trust if feeling else None,
                reflection=feeling.reflection if feeling else "",
            )
        )
    return ComparisonData(
        person=person,
        concern=concern_info(concern),
        generated_on=today or date.today(),
        visits=tuple(columns),
        questions=tuple(standard_question_text(q.standard_key, q.text, t) for q in questions),
        disagree=opinions_disagree(
            [v.diagnosis for v in visits], [_agreement(v.agreement) for v in visits]
        ),
        lang=t.code,
    )


def _feelings(feeling: VisitFeelings | None, t: Words) -> tuple[FeelingScore, ...]:
    if feeling is None:
        return ()
    return tuple(
        FeelingScore(t._(FEELING_WORDS[f]), getattr(feeling, f.value), f.is_positive)
        for f in Feeling
    )


def export_comparison(
    journal: Journal,
    concern_id: int,
    out: Path,
    *,
    paper: str | None = None,
    visit_ids: Iterable[int] | None = None,
    name_in_metadata: bool = True,
    password: str | None = None,
    lang: str | None = None,
) -> RenderResult:
    """Write the side-by-side comparison of the concern's visits (landscape) to ``out``, in
    ``lang`` (default: the current language).

    With ``password`` the file is encrypted (AES-256) before it touches the disk.
    """
    data = replace(
        build_comparison_data(journal, concern_id, visit_ids, lang=lang),
        paper=paper_size(paper),
        name_in_metadata=name_in_metadata,
    )
    result = render_comparison(data)
    write_private_atomic(Path(out), protect(result.pdf, password) if password else result.pdf)
    return result
