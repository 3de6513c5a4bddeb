"""The appointment packet: the sections PRODUCT.md lists, each optional, from ``PacketData``.

Long module: one method per packet section over the shared stylesheet kit; the blocks they are
built of are already apart (``report/blocks.py``, ``report/chart.py``).
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from secondopinion.report.bidi_paragraph import paragraph
from secondopinion.report.blocks import Kit, RuledLines, excerpt, fmt_date, fmt_datetime
from secondopinion.report.chart import daily_series, severity_chart
from secondopinion.report.data import PacketData, PacketOptions, RenderResult, Section
from secondopinion.report.fonts import REGULAR
from secondopinion.report.styles import SERIES, WARN, make_styles
from secondopinion.report.templates import MARGIN_X, PageDecor, build_pdf, page_size
from secondopinion.report.text import TextMarkup

SO_FAR_ON_PAGE_ONE = 4  # opinions listed in the page-one box; the rest are in History
ANSWER_LINES = 4
TITLE = "Appointment packet"


def render_packet(data: PacketData, options: PacketOptions | None = None) -> RenderResult:
    """The packet as PDF bytes, plus any text no font on this computer could draw."""
    options = options or PacketOptions()
    kit = Kit(make_styles(), TextMarkup())
    pagesize = page_size(options.paper)
    width = pagesize[0] - 2 * MARGIN_X
    builder = _Packet(data, options, kit, width)
    story = builder.story()
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
        author=name if options.name_in_metadata else "",
    )
    return RenderResult(pdf, kit.markup.missing)


def _short(text: str, limit: int = 70) -> str:
    """Running heads and footers hold one line; the full text prints on page one."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


class _Packet:
    def __init__(self, data: PacketData, options: PacketOptions, kit: Kit, width: float) -> None:
        self.d = data
        self.o = options
        self.k = kit
        self.w = width

    def story(self) -> list[Flowable]:
        parts: list[Flowable] = []
        chosen = self.o.sections
        parts += self.cover() if Section.COVER in chosen else self.masthead()
        makers = {
            Section.REASONS: self.reasons,
            Section.HEALTH: self.health,
            Section.HISTORY: self.history,
            Section.SYMPTOMS: self.symptoms,
            Section.RECORDS: self.records,
            Section.QUESTIONS: self.questions,
            Section.NOTES: self.notes,
        }
        for section, make in makers.items():
            if section in chosen:
                parts += make()
        return parts

    # --- page one -------------------------------------------------------------------------

    def masthead(self) -> list[Flowable]:
        k = self.k
        kicker = TITLE.upper()
        if self.d.person.name.strip():
            kicker += f"  ·  {k.markup(self.d.person.name)}"
        return [k.fixed(kicker, "kicker"), k.p(self.d.concern.title, "subtitle")]

    def cover(self) -> list[Flowable]:
        k, d = self.k, self.d
        out: list[Flowable] = [k.fixed(TITLE.upper(), "kicker")]
        out.append(
            k.p(d.person.name, "title") if d.person.name.strip() else k.fixed(TITLE, "title")
        )
        out.append(k.p(d.concern.title, "subtitle"))
        rows: list[tuple[str, Flowable]] = [("Patient", k.fixed(self._who(), "box_text"))]
        if d.appointment is not None:
            rows.append(("Appointment", k.fixed(self._appointment(), "box_text")))
        if d.concern.to_clarify.strip():
            rows.append(
                ("The question", k.cell(d.concern.to_clarify, "box_text", label="The question"))
            )
        rows.append(("Original diagnosis", k.fixed(self._original(), "box_text")))
        if d.concern.proposed_treatment.strip():
            rows.append(
                (
                    "Proposed treatment",
                    k.cell(d.concern.proposed_treatment, "box_text", label="Proposed treatment"),
                )
            )
        if Section.HISTORY in self.o.sections:
            rows.append(("Opinions so far", k.fixed(self._so_far(), "box_text")))
        if Section.HEALTH in self.o.sections:
            rows.append(("Allergies", k.fixed(self._allergies_line(), "box_text")))
            rows.append(("Current medications", k.fixed(self._current_meds(), "box_text")))
        out.append(k.box(rows, self.w))
        return [*out, *k.overflow_notes()]

    def _who(self) -> str:
        m, person = self.k.markup, self.d.person
        parts = [f"<b>{m(person.name)}</b>"] if person.name.strip() else ["Name not given"]
        if person.date_of_birth is not None:
            age = _age(person.date_of_birth, self.d.generated_on)
            parts.append(f"born {fmt_date(person.date_of_birth)} (age {age})")
        return ", ".join(parts)

    def _appointment(self) -> str:
        k, a = self.k, self.d.appointment
        assert a is not None
        labelled = (
            ("Doctor", a.doctor),
            ("Specialty", a.specialty),
            ("Institution", a.institution),
        )
        who = ", ".join(k.cell_markup(x, label=label) for label, x in labelled if x.strip())
        when = f"<b>{fmt_date(a.on)}</b>" if a.on else ""
        return "  ·  ".join(x for x in (when, who) if x) or "Not yet booked"

    def _original(self) -> str:
        k, c = self.k, self.d.concern
        text = (
            f"<b>{k.cell_markup(c.original_diagnosis, label='Original diagnosis')}</b>"
            if c.original_diagnosis.strip()
            else "Not given"
        )
        by = ", ".join(
            x
            for x in (k.cell_markup(c.diagnosed_by, label="Diagnosed by"), fmt_date(c.diagnosed_on))
            if x
        )
        return f"{text}<br/>{by}" if by else text

    def _so_far(self) -> str:
        m, opinions = self.k.markup, self.d.opinions
        if not opinions:
            return "No other opinion yet: this is the first."
        latest = opinions[-SO_FAR_ON_PAGE_ONE:]
        lines = []
        for o in latest:
            said = m(excerpt(o.diagnosis, 160)) if o.diagnosis.strip() else "no diagnosis recorded"
            agreement = f" — <i>{m(o.agreement)}</i>" if o.agreement else ""
            lines.append(
                f"<b>{fmt_date(o.on)}</b>  {m(excerpt(o.doctor, 80))} ({m(o.kind)}): "
                f"{said}{agreement}"
            )
        hidden = len(opinions) - len(latest)
        if hidden:
            lines.append(f"<i>…and {hidden} earlier (see History)</i>")
        return "<br/>".join(lines)

    def _allergies_line(self) -> str:
        m = self.k.markup
        if not self.d.allergies:
            return "None recorded"
        found = []
        for a in self.d.allergies:
            detail = ", ".join(m(excerpt(x, 80)) for x in (a.reaction, a.severity) if x.strip())
            found.append(
                f"<b>{m(excerpt(a.substance, 80))}</b>" + (f" ({detail})" if detail else "")
            )
        return "; ".join(found)

    def _current_meds(self) -> str:
        m = self.k.markup
        current = [x for x in self.d.medications if not x.until.strip()]
        if not current:
            return "None recorded"
        return "; ".join(
            m(excerpt(" ".join(p for p in (x.name, x.dose) if p.strip()), 100)) for x in current
        )

    # --- sections ---------------------------------------------------------------------------

    def reasons(self) -> list[Flowable]:
        k = self.k
        out = k.heading("Why I am seeking another opinion")
        if not self.d.signs:
            return [*out, k.none_recorded("No reason ticked.")]
        for sign in self.d.signs:
            out.append(paragraph(f"<b>{k.markup(sign.text)}</b>", k.s.sign, bullet="✓"))
            if sign.note.strip():
                out.append(k.p(sign.note, "sign_note"))
        return out

    def health(self) -> list[Flowable]:
        k, d, w = self.k, self.d, self.w
        out = k.heading("Health summary")
        out += k.sub("Medications")
        if d.medications:
            rows = [
                [m.name, m.dose, m.how_taken, m.since, m.until or "current", m.reason]
                for m in d.medications
            ]
            out += k.table(
                ["Medication", "Dose", "How taken", "Since", "Until", "Why"],
                rows,
                _split(w, [0.22, 0.11, 0.24, 0.1, 0.1, 0.23]),
            )
        else:
            out.append(k.none_recorded())
        out += k.sub("Allergies")
        if d.allergies:
            rows = [[a.substance, a.reaction, a.severity] for a in d.allergies]
            out += k.table(
                ["Substance", "Reaction", "Severity"], rows, _split(w, [0.35, 0.45, 0.2])
            )
        else:
            out.append(k.none_recorded("No known allergies recorded."))
        out += k.sub("Other conditions")
        if d.conditions:
            rows = [[c.name, c.since, c.notes] for c in d.conditions]
            out += k.table(["Condition", "Since", "Notes"], rows, _split(w, [0.35, 0.15, 0.5]))
        else:
            out.append(k.none_recorded())
        out += k.sub("Procedures and surgeries")
        if d.procedures:
            rows = [[p.what, p.when, p.where, p.notes] for p in d.procedures]
            out += k.table(
                ["Procedure", "When", "Where", "Notes"], rows, _split(w, [0.3, 0.13, 0.27, 0.3])
            )
        else:
            out.append(k.none_recorded())
        return out

    def history(self) -> list[Flowable]:
        k, c = self.k, self.d.concern
        out = k.heading("History of diagnoses and opinions")
        original = [k.labelled("Diagnosis:", c.original_diagnosis or "not given")]
        if c.diagnosed_by.strip() or c.diagnosed_on:
            by = ", ".join(x for x in (c.diagnosed_by, fmt_date(c.diagnosed_on)) if x.strip())
            original.append(k.labelled("Made by:", by))
        if c.proposed_treatment.strip():
            original.append(k.labelled("Proposed treatment:", c.proposed_treatment))
        out += [*k.sub("Original diagnosis"), *original]
        out += k.sub("Opinions and visits")
        if not self.d.opinions:
            return [*out, k.none_recorded("No visits recorded yet.")]
        rows = []
        for o in self.d.opinions:
            when: list[Flowable] = [
                k.fixed(f"<b>{fmt_date(o.on)}</b>", "cell"),
                k.cell(o.doctor, label="Doctor"),
                k.p(o.kind, "muted"),
            ]
            said: list[Flowable] = []
            for label, text in (
                ("Diagnosis:", o.diagnosis),
                ("Agreement:", o.agreement),
                ("Treatment:", o.treatment),
                ("Tests:", o.tests),
                ("Rationale:", o.rationale),
                ("In my place:", o.in_my_place),
                ("Notes:", o.notes),
            ):
                if text.strip():
                    said.append(k.labelled(label, text))
            rows.append([when, said or k.none_recorded("Nothing recorded.")])
        out += k.table(["Date and doctor", "What they said"], rows, _split(self.w, [0.27, 0.73]))
        return out

    def symptoms(self) -> list[Flowable]:
        k, d = self.k, self.d
        out = k.heading("Symptoms")
        if not d.symptoms:
            return [*out, k.none_recorded("No symptoms logged.")]
        series, left_out = daily_series(d.symptoms)
        chart = severity_chart(series, d.treatment_changes, self.w)
        legend = [[_swatch(i), k.p(s.symptom, "small")] for i, s in enumerate(series)]
        block: list[Flowable] = [
            k.fixed("Severity over time (daily average, 0 = none, 10 = worst)", "muted"),
            k.gap(4),
            chart,
        ]
        items: list[list[object]] = [*legend]
        for number, change in enumerate(d.treatment_changes, start=1):
            items.append(
                [
                    k.fixed(f"<b>{number}</b>", "small"),
                    k.fixed(
                        f"{fmt_date(change.on)}: "
                        f"{k.cell_markup(change.description, label='Treatment change')}",
                        "small",
                    ),
                ]
            )
        if left_out:
            items.append(["", k.fixed(f"{left_out} less-recorded symptoms not drawn", "muted")])
        key = Table(items, colWidths=[7 * mm, self.w - 7 * mm], hAlign="LEFT", splitInRow=1)
        key_style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
        for row in range(len(legend), len(legend) + len(d.treatment_changes)):
            key_style.append(("TEXTCOLOR", (0, row), (0, row), WARN))
        key.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *key_style]))
        out.append(KeepTogether([*block, k.gap(6), key]))
        out += k.overflow_notes()
        recent = list(reversed(d.symptoms[-self.o.recent_symptoms :]))
        out += k.sub("Recent entries")
        if len(d.symptoms) > len(recent):
            out.append(
                k.fixed(
                    f"The {len(recent)} most recent of {len(d.symptoms):,} entries, newest first.",
                    "muted",
                )
            )
            out.append(k.gap(3))
        rows = [
            [fmt_datetime(e.recorded_at), e.symptom, k.fixed(str(e.severity), "number"), e.notes]
            for e in recent
        ]
        out += k.table(
            ["When", "Symptom", "Severity", "Notes"], rows, _split(self.w, [0.2, 0.24, 0.1, 0.46])
        )
        return out

    def records(self) -> list[Flowable]:
        k = self.k
        out = k.heading("Records enclosed")
        if not self.d.records:
            return [*out, k.none_recorded("No records gathered yet.")]
        out.append(k.fixed("☑ enclosed or already sent to you   ☐ still to come", "muted"))
        out.append(k.gap(3))
        rows = []
        for r in self.d.records:
            detail = [k.cell(r.notes, label="Notes")] if r.notes.strip() else []
            if r.files:
                detail.append(k.cell("Files: " + ", ".join(r.files), "muted", label="Files"))
            rows.append(
                [
                    k.fixed("☑" if r.in_hand else "☐", "cell_bold"),
                    r.kind,
                    r.source,
                    r.status,
                    r.format,
                    detail or "",
                ]
            )
        out += k.table(
            ["", "Record", "From", "Status", "Format", "Notes"],
            rows,
            _split(self.w, [0.05, 0.2, 0.24, 0.12, 0.12, 0.27]),
        )
        return out

    def questions(self) -> list[Flowable]:
        k = self.k
        out = k.heading("Questions for this appointment")
        if not self.d.questions:
            return [*out, k.none_recorded("No questions chosen for this visit.")]
        for number, question in enumerate(self.d.questions, start=1):
            text = k.fixed(f"<b>{number}.</b>  <b>{k.markup(question)}</b>", "body")
            out.append(KeepTogether([text, RuledLines(ANSWER_LINES), k.gap(6)]))
        return out

    def notes(self) -> list[Flowable]:
        k = self.k
        out = k.heading("Notes")
        if self.d.notes.strip():
            out.append(k.p(self.d.notes))
        out += k.sub("Notes from the appointment")
        out.append(RuledLines(8))
        return out


def _split(width: float, fractions: list[float]) -> list[float]:
    return [width * f for f in fractions]


def _swatch(index: int) -> Table:
    cell = Table([[""]], colWidths=[4 * mm], rowHeights=[2.2 * mm])
    cell.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BACKGROUND", (0, 0), (-1, -1), SERIES[index % len(SERIES)]),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return cell
