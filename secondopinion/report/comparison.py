"""The comparison PDF's renderer: a concern's visits side by side on landscape pages.

Rows are the things a doctor said (diagnosis, agreement, treatment…), each question's answer
and how the visit felt; columns are visits, a few per page with the row labels repeated.
A diagnosis that differs from the original one carries a written marker, not only a colour.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from secondopinion.i18n import N_, words
from secondopinion.report.blocks import Kit, excerpt
from secondopinion.report.data import ComparisonData, RenderResult, VisitColumn
from secondopinion.report.fonts import REGULAR
from secondopinion.report.styles import (
    ACCENT_TINT,
    INK,
    RULE,
    TINT,
    WARN,
    WARN_TINT,
    make_styles,
)
from secondopinion.report.templates import MARGIN_X, finish_pdf, one_line, page_size
from secondopinion.report.text import TextMarkup

VISITS_PER_PAGE = 4
TITLE = N_("Comparison of opinions")
DIFFERS = N_("≠ differs from the original diagnosis")


def render_comparison(data: ComparisonData) -> RenderResult:
    kit = Kit(make_styles(scale=0.95), TextMarkup(), words(data.lang), cell_limit=300)
    t = kit.t
    pagesize = page_size(data.paper, wide=True)
    width = pagesize[0] - 2 * MARGIN_X
    story = _intro(data, kit)
    if not data.visits:
        story.append(kit.none_recorded(t._("No visits recorded for this concern yet.")))
    groups = [
        data.visits[i : i + VISITS_PER_PAGE] for i in range(0, len(data.visits), VISITS_PER_PAGE)
    ]
    for index, group in enumerate(groups):
        if index:
            story.append(PageBreak())
        if len(groups) > 1:
            first = index * VISITS_PER_PAGE + 1
            last = first + len(group) - 1
            story += kit.sub(
                t._(
                    "Visits {first}–{last} of {count}",
                    first=first,
                    last=last,
                    count=len(data.visits),
                )
            )
        story.append(
            _grid(data, group, kit, width, VISITS_PER_PAGE if len(groups) > 1 else len(group))
        )
        story += kit.overflow_notes()
    return finish_pdf(
        story,
        kit,
        pagesize=pagesize,
        running_title=f"{t._(TITLE)}  ·  {kit.markup(one_line(data.concern.title, 90))}",
        footer_note=t._("Prepared by the patient, {date}", date=kit.date(data.generated_on)),
        title=t._(TITLE),
        signed_by=data.person.name.strip(),
        name_in_metadata=data.name_in_metadata,
    )


def _intro(data: ComparisonData, kit: Kit) -> list[Flowable]:
    c, t = data.concern, kit.t
    out: list[Flowable] = [kit.fixed(t._(TITLE).upper(), "kicker"), kit.p(c.title, "title")]
    who = kit.markup(data.person.name) if data.person.name.strip() else ""
    line = t.ngettext("{n} visit side by side", "{n} visits side by side", len(data.visits))
    out.append(kit.fixed("  ·  ".join(x for x in (who, line) if x), "subtitle"))
    if c.original_diagnosis.strip():
        by = ", ".join(x for x in (kit.markup(c.diagnosed_by), kit.date(c.diagnosed_on)) if x)
        label = t._("Original diagnosis:")
        text = f"<b>{label}</b>  {kit.markup(c.original_diagnosis)}"
        out.append(kit.fixed(text + (f"  ({by})" if by else ""), "body"))
    if data.disagree:
        banner = Table(
            [
                [
                    kit.fixed(
                        t._(
                            "These opinions disagree. A third opinion may help settle the question."
                        ),
                        "warn",
                    )
                ]
            ],
            hAlign="LEFT",
        )
        banner.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("BACKGROUND", (0, 0), (-1, -1), WARN_TINT),
                    ("LINEBEFORE", (0, 0), (0, -1), 2.5, WARN),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        out += [kit.gap(4), banner]
    out.append(kit.gap(10))
    return out


def _dots(score: int | None, top: int) -> str:
    if score is None:
        return "—"
    score = max(0, min(top, score))
    return f"{'●' * score}{'○' * (top - score)}  {score}/{top}"


def _grid(
    data: ComparisonData, visits: tuple[VisitColumn, ...], kit: Kit, width: float, columns: int
) -> Table:
    t = kit.t
    label_w = 38 * mm
    col_w = (width - label_w) / max(2, columns)
    rows: list[list[object]] = []
    style: list[tuple[object, ...]] = []

    def header_cell(v: VisitColumn) -> list[Flowable]:
        cell = [kit.cell(v.doctor, "cell_bold", label=t._("Doctor"))]
        if v.doctor_detail:
            about = t._("About {doctor}", doctor=excerpt(v.doctor, 40))
            cell.append(kit.cell(v.doctor_detail, "muted", label=about))
        cell.append(kit.fixed(f"{kit.date(v.on)}  ·  {kit.markup(v.kind)}", "muted"))
        return cell

    rows.append([kit.fixed("", "head"), *[header_cell(v) for v in visits]])

    def section(title: str) -> None:
        rows.append([kit.fixed(title.upper(), "box_label"), *[""] * len(visits)])
        r = len(rows) - 1
        style.extend(
            [
                ("SPAN", (0, r), (-1, r)),
                ("BACKGROUND", (0, r), (-1, r), ACCENT_TINT),
                ("TOPPADDING", (0, r), (-1, r), 4),
            ]
        )

    def field(label: str, values: list[object], *, label_is_typed: bool = False) -> None:
        head = (
            kit.cell(label, "cell_bold", label=t._("Question"))
            if label_is_typed
            else kit.fixed(label, "cell_bold")
        )
        rows.append([head, *values])

    section(t._("What they said"))
    diagnoses: list[object] = []
    for i, v in enumerate(visits, start=1):
        cell: list[Flowable] = []
        if v.diagnosis_differs:
            cell.append(kit.fixed(t._(DIFFERS), "warn"))
            style.append(("BACKGROUND", (i, len(rows)), (i, len(rows)), WARN_TINT))
        diagnosis = t._("Diagnosis")
        cell.append(kit.cell(v.diagnosis or "—", label=f"{diagnosis}, {excerpt(v.doctor, 40)}"))
        diagnoses.append(cell)
    field(t._("Diagnosis"), diagnoses)
    for label, attr in (
        (t._("Agreement"), "agreement"),
        (t._("Treatment"), "treatment"),
        (t._("Tests suggested"), "tests"),
        (t._("Rationale"), "rationale"),
        (t._("What they would do in my place"), "in_my_place"),
        (t._("Notes"), "notes"),
    ):
        field(
            label,
            [
                kit.cell(getattr(v, attr) or "—", label=f"{label}, {excerpt(v.doctor, 40)}")
                for v in visits
            ],
        )

    if data.questions:
        section(t._("Answers to my questions"))
        for q_index, question in enumerate(data.questions):
            answers: list[object] = []
            for v in visits:
                text = v.answers[q_index] if q_index < len(v.answers) else ""
                answers.append(
                    kit.cell(text, label=t._("Answer, {doctor}", doctor=excerpt(v.doctor, 40)))
                    if text.strip()
                    else kit.fixed(t._("not asked"), "muted")
                )
            field(question, answers, label_is_typed=True)

    section(t._("How the visit felt"))
    labels = [f.label for v in visits for f in v.feelings]
    for label in dict.fromkeys(labels):
        cells: list[object] = []
        for v in visits:
            score = next((f for f in v.feelings if f.label == label), None)
            cells.append(kit.fixed(_dots(score.score if score else None, data.feeling_max), "cell"))
        field(label, cells)
    field(t._("Trust"), [kit.fixed(_dots(v.trust, data.trust_max), "cell") for v in visits])
    reflection = t._("Reflection")
    field(
        reflection,
        [
            kit.cell(v.reflection or "—", label=f"{reflection}, {excerpt(v.doctor, 40)}")
            for v in visits
        ],
    )

    table = Table(
        rows, colWidths=[label_w] + [col_w] * len(visits), repeatRows=1, splitInRow=1, hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("LINEAFTER", (0, 0), (-2, -1), 0.25, RULE),
                ("BACKGROUND", (0, 1), (0, -1), TINT),
                *style,
            ]
        )
    )
    return table
