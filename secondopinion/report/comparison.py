"""The comparison PDF's renderer: a concern's visits side by side on landscape pages.

Rows are the things a doctor said (diagnosis, agreement, treatment…), each question's answer
and how the visit felt; columns are visits, a few per page with the row labels repeated.
A diagnosis that differs from the original one carries a written marker, not only a colour.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from secondopinion.report.blocks import Kit, excerpt, fmt_date
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
from secondopinion.report.templates import MARGIN_X, PageDecor, build_pdf, page_size
from secondopinion.report.text import TextMarkup

VISITS_PER_PAGE = 4
TITLE = "Comparison of opinions"
DIFFERS = "≠ differs from the original diagnosis"


def render_comparison(data: ComparisonData) -> RenderResult:
    kit = Kit(make_styles(scale=0.95), TextMarkup(), cell_limit=300)
    pagesize = page_size(data.paper, wide=True)
    width = pagesize[0] - 2 * MARGIN_X
    story = _intro(data, kit)
    if not data.visits:
        story.append(kit.none_recorded("No visits recorded for this concern yet."))
    groups = [
        data.visits[i : i + VISITS_PER_PAGE] for i in range(0, len(data.visits), VISITS_PER_PAGE)
    ]
    for index, group in enumerate(groups):
        if index:
            story.append(PageBreak())
        if len(groups) > 1:
            first = index * VISITS_PER_PAGE + 1
            story += kit.sub(f"Visits {first}–{first + len(group) - 1} of {len(data.visits)}")
        story.append(
            _grid(data, group, kit, width, VISITS_PER_PAGE if len(groups) > 1 else len(group))
        )
        story += kit.overflow_notes()
    name = data.person.name.strip()
    decor = PageDecor(
        running_title=f"{TITLE}  ·  {kit.markup(_short(data.concern.title))}",
        footer_name=kit.markup(_short(name, 45)),
        footer_note=f"Prepared by the patient, {fmt_date(data.generated_on)}",
    )
    pdf = build_pdf(
        story,
        pagesize=pagesize,
        decor=decor,
        styles=kit.s,
        title=TITLE,
        author=name if data.name_in_metadata else "",
    )
    return RenderResult(pdf, kit.markup.missing)


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _intro(data: ComparisonData, kit: Kit) -> list[Flowable]:
    c = data.concern
    out: list[Flowable] = [kit.fixed(TITLE.upper(), "kicker"), kit.p(c.title, "title")]
    who = kit.markup(data.person.name) if data.person.name.strip() else ""
    count = len(data.visits)
    line = f"{count} visit{'s' if count != 1 else ''} side by side"
    out.append(kit.fixed("  ·  ".join(x for x in (who, line) if x), "subtitle"))
    if c.original_diagnosis.strip():
        by = ", ".join(x for x in (kit.markup(c.diagnosed_by), fmt_date(c.diagnosed_on)) if x)
        text = f"<b>Original diagnosis:</b>  {kit.markup(c.original_diagnosis)}"
        out.append(kit.fixed(text + (f"  ({by})" if by else ""), "body"))
    if data.disagree:
        banner = Table(
            [
                [
                    kit.fixed(
                        "These opinions disagree. A third opinion may help settle the question.",
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
    label_w = 38 * mm
    col_w = (width - label_w) / max(2, columns)
    rows: list[list[object]] = []
    style: list[tuple[object, ...]] = []

    def header_cell(v: VisitColumn) -> list[Flowable]:
        cell = [kit.cell(v.doctor, "cell_bold", label="Doctor")]
        if v.doctor_detail:
            cell.append(kit.cell(v.doctor_detail, "muted", label=f"About {excerpt(v.doctor, 40)}"))
        cell.append(kit.fixed(f"{fmt_date(v.on)}  ·  {kit.markup(v.kind)}", "muted"))
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
            kit.cell(label, "cell_bold", label="Question")
            if label_is_typed
            else kit.fixed(label, "cell_bold")
        )
        rows.append([head, *values])

    section("What they said")
    diagnoses: list[object] = []
    for i, v in enumerate(visits, start=1):
        cell: list[Flowable] = []
        if v.diagnosis_differs:
            cell.append(kit.fixed(DIFFERS, "warn"))
            style.append(("BACKGROUND", (i, len(rows)), (i, len(rows)), WARN_TINT))
        cell.append(kit.cell(v.diagnosis or "—", label=f"Diagnosis, {excerpt(v.doctor, 40)}"))
        diagnoses.append(cell)
    field("Diagnosis", diagnoses)
    for label, attr in (
        ("Agreement", "agreement"),
        ("Treatment", "treatment"),
        ("Tests suggested", "tests"),
        ("Rationale", "rationale"),
        ("What they would do in my place", "in_my_place"),
        ("Notes", "notes"),
    ):
        field(
            label,
            [
                kit.cell(getattr(v, attr) or "—", label=f"{label}, {excerpt(v.doctor, 40)}")
                for v in visits
            ],
        )

    if data.questions:
        section("Answers to my questions")
        for q_index, question in enumerate(data.questions):
            answers: list[object] = []
            for v in visits:
                text = v.answers[q_index] if q_index < len(v.answers) else ""
                answers.append(
                    kit.cell(text, label=f"Answer, {excerpt(v.doctor, 40)}")
                    if text.strip()
                    else kit.fixed("not asked", "muted")
                )
            field(question, answers, label_is_typed=True)

    section("How the visit felt")
    labels = [f.label for v in visits for f in v.feelings]
    for label in dict.fromkeys(labels):
        cells: list[object] = []
        for v in visits:
            score = next((f for f in v.feelings if f.label == label), None)
            cells.append(kit.fixed(_dots(score.score if score else None, data.feeling_max), "cell"))
        field(label, cells)
    field("Trust", [kit.fixed(_dots(v.trust, data.trust_max), "cell") for v in visits])
    field(
        "Reflection",
        [
            kit.cell(v.reflection or "—", label=f"Reflection, {excerpt(v.doctor, 40)}")
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
