"""The appointment packet: the sections PRODUCT.md lists, each optional, from ``PacketData``.

Long module: one method per packet section over the shared stylesheet kit; the blocks they are
built of are already apart (``report/blocks.py``, ``report/chart.py``).
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from secondopinion.i18n import N_, words
from secondopinion.report.bidi_paragraph import paragraph
from secondopinion.report.blocks import Kit, RuledLines, excerpt
from secondopinion.report.chart import daily_series, severity_chart
from secondopinion.report.data import PacketData, PacketOptions, RenderResult, Section
from secondopinion.report.fonts import REGULAR
from secondopinion.report.styles import SERIES, WARN, make_styles
from secondopinion.report.templates import MARGIN_X, finish_pdf, one_line, page_size
from secondopinion.report.text import TextMarkup

SO_FAR_ON_PAGE_ONE = 4  # opinions listed in the page-one box; the rest are in History
ANSWER_LINES = 4
TITLE = N_("Appointment packet")


def render_packet(data: PacketData, options: PacketOptions | None = None) -> RenderResult:
    """The packet as PDF bytes, plus any text no font on this computer could draw."""
    options = options or PacketOptions()
    kit = Kit(make_styles(), TextMarkup(), words(options.lang))
    t = kit.t
    pagesize = page_size(options.paper)
    width = pagesize[0] - 2 * MARGIN_X
    builder = _Packet(data, options, kit, width)
    story = builder.story()
    return finish_pdf(
        story,
        kit,
        pagesize=pagesize,
        running_title=f"{t._(TITLE)}  ·  {kit.markup(one_line(data.concern.title, 70))}",
        footer_note=t._("Prepared by the patient, {date}", date=kit.date(data.generated_on)),
        title=t._(TITLE),
        signed_by=data.person.name.strip(),
        name_in_metadata=options.name_in_metadata,
    )


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


class _Packet:
    def __init__(self, data: PacketData, options: PacketOptions, kit: Kit, width: float) -> None:
        self.d = data
        self.o = options
        self.k = kit
        self.t = kit.t
        self.w = width

    def story(self) -> list[Flowable]:
        parts: list[Flowable] = []
        chosen = self.o.sections
        parts += self.cover() if Section.COVER in chosen else self.masthead()
        makers = {
            Section.REASONS: self.reasons,
            Section.HEALTH: self.health,
            Section.RESULTS: self.results,
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
        kicker = self.t._(TITLE).upper()
        if self.d.person.name.strip():
            kicker += f"  ·  {k.markup(self.d.person.name)}"
        return [k.fixed(kicker, "kicker"), k.p(self.d.concern.title, "subtitle")]

    def cover(self) -> list[Flowable]:
        k, d, t = self.k, self.d, self.t
        title = t._(TITLE)
        out: list[Flowable] = [k.fixed(title.upper(), "kicker")]
        out.append(
            k.p(d.person.name, "title") if d.person.name.strip() else k.fixed(title, "title")
        )
        out.append(k.p(d.concern.title, "subtitle"))
        rows: list[tuple[str, Flowable]] = [(t._("Patient"), k.fixed(self._who(), "box_text"))]
        if d.appointment is not None:
            rows.append((t._("Appointment"), k.fixed(self._appointment(), "box_text")))
        if d.concern.to_clarify.strip():
            question = t._("The question")
            rows.append((question, k.cell(d.concern.to_clarify, "box_text", label=question)))
        rows.append((t._("Original diagnosis"), k.fixed(self._original(), "box_text")))
        if d.concern.proposed_treatment.strip():
            proposed = t._("Proposed treatment")
            rows.append(
                (proposed, k.cell(d.concern.proposed_treatment, "box_text", label=proposed))
            )
        if Section.HISTORY in self.o.sections:
            rows.append((t._("Opinions so far"), k.fixed(self._so_far(), "box_text")))
        if Section.HEALTH in self.o.sections:
            rows.append((t._("Allergies"), k.fixed(self._allergies_line(), "box_text")))
            rows.append((t._("Current medications"), k.fixed(self._current_meds(), "box_text")))
        out.append(k.box(rows, self.w))
        return [*out, *k.overflow_notes()]

    def _who(self) -> str:
        m, person, t = self.k.markup, self.d.person, self.t
        parts = [f"<b>{m(person.name)}</b>"] if person.name.strip() else [t._("Name not given")]
        if person.date_of_birth is not None:
            age = _age(person.date_of_birth, self.d.generated_on)
            born = self.k.date(person.date_of_birth)
            parts.append(
                t.ngettext("born {date} (age {n})", "born {date} (age {n})", age, date=born)
            )
        return ", ".join(parts)

    def _appointment(self) -> str:
        k, a, t = self.k, self.d.appointment, self.t
        assert a is not None
        labelled = (
            (t._("Doctor"), a.doctor),
            (t._("Specialty"), a.specialty),
            (t._("Institution"), a.institution),
        )
        who = ", ".join(k.cell_markup(x, label=label) for label, x in labelled if x.strip())
        when = f"<b>{k.date(a.on)}</b>" if a.on else ""
        return "  ·  ".join(x for x in (when, who) if x) or t._("Not yet booked")

    def _original(self) -> str:
        k, c, t = self.k, self.d.concern, self.t
        text = (
            "<b>" + k.cell_markup(c.original_diagnosis, label=t._("Original diagnosis")) + "</b>"
            if c.original_diagnosis.strip()
            else t._("Not given")
        )
        by = ", ".join(
            x
            for x in (
                k.cell_markup(c.diagnosed_by, label=t._("Diagnosed by")),
                k.date(c.diagnosed_on),
            )
            if x
        )
        return f"{text}<br/>{by}" if by else text

    def _so_far(self) -> str:
        m, opinions, t = self.k.markup, self.d.opinions, self.t
        if not opinions:
            return t._("No other opinion yet: this is the first.")
        latest = opinions[-SO_FAR_ON_PAGE_ONE:]
        lines = []
        for o in latest:
            said = (
                m(excerpt(o.diagnosis, 160))
                if o.diagnosis.strip()
                else t._("no diagnosis recorded")
            )
            agreement = f" — <i>{m(o.agreement)}</i>" if o.agreement else ""
            lines.append(
                f"<b>{self.k.date(o.on)}</b>  {m(excerpt(o.doctor, 80))} ({m(o.kind)}): "
                f"{said}{agreement}"
            )
        hidden = len(opinions) - len(latest)
        if hidden:
            more = t.ngettext(
                "…and {n} earlier (see History)", "…and {n} earlier (see History)", hidden
            )
            lines.append(f"<i>{more}</i>")
        return "<br/>".join(lines)

    def _allergies_line(self) -> str:
        m = self.k.markup
        if not self.d.allergies:
            return self.t._("None recorded")
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
            return self.t._("None recorded")
        return "; ".join(
            m(excerpt(" ".join(p for p in (x.name, x.dose) if p.strip()), 100)) for x in current
        )

    # --- sections ---------------------------------------------------------------------------

    def reasons(self) -> list[Flowable]:
        k, t = self.k, self.t
        out = k.heading(t._("Why I am seeking another opinion"))
        if not self.d.signs:
            return [*out, k.none_recorded(t._("No reason ticked."))]
        for sign in self.d.signs:
            out.append(paragraph(f"<b>{k.markup(sign.text)}</b>", k.s.sign, bullet="✓"))
            if sign.note.strip():
                out.append(k.p(sign.note, "sign_note"))
        return out

    def health(self) -> list[Flowable]:
        k, d, w, t = self.k, self.d, self.w, self.t
        out = k.heading(t._("Health summary"))
        out += k.sub(t._("Medications"))
        if d.medications:
            rows = [
                [m.name, m.dose, m.how_taken, m.since, m.until or t._("current"), m.reason]
                for m in d.medications
            ]
            out += k.table(
                [
                    t._("Medication"),
                    t._("Dose"),
                    t._("How taken"),
                    t._("Since"),
                    t._("Until"),
                    t._("Why"),
                ],
                rows,
                _split(w, [0.22, 0.11, 0.24, 0.1, 0.1, 0.23]),
            )
        else:
            out.append(k.none_recorded())
        out += k.sub(t._("Allergies"))
        if d.allergies:
            rows = [[a.substance, a.reaction, a.severity] for a in d.allergies]
            out += k.table(
                [t._("Substance"), t._("Reaction"), t._("Severity")],
                rows,
                _split(w, [0.35, 0.45, 0.2]),
            )
        else:
            out.append(k.none_recorded(t._("No known allergies recorded.")))
        out += k.sub(t._("Other conditions"))
        if d.conditions:
            rows = [[c.name, c.since, c.notes] for c in d.conditions]
            out += k.table(
                [t._("Condition"), t._("Since"), t._("Notes")], rows, _split(w, [0.35, 0.15, 0.5])
            )
        else:
            out.append(k.none_recorded())
        out += k.sub(t._("Procedures and surgeries"))
        if d.procedures:
            rows = [[p.what, p.when, p.where, p.notes] for p in d.procedures]
            out += k.table(
                [t._("Procedure"), t._("When"), t._("Where"), t._("Notes")],
                rows,
                _split(w, [0.3, 0.13, 0.27, 0.3]),
            )
        else:
            out.append(k.none_recorded())
        return out

    def results(self) -> list[Flowable]:
        k, d, w, t = self.k, self.d, self.w, self.t
        out = k.heading(t._("Recent results"))
        if not d.results:
            out.append(k.none_recorded())
            return out
        out.append(k.p(t._("Abnormal results first, then the latest result of each test.")))
        rows = [
            [
                r.test,
                r.value,
                r.unit,
                r.reference_range,
                r.flag,
                k.date(r.taken_on),
            ]
            for r in d.results
        ]
        out += k.table(
            [
                t._("Test"),
                t._("Value"),
                t._("Unit"),
                t._("Reference range"),
                t._("Flag"),
                t._("Date"),
            ],
            rows,
            _split(w, [0.3, 0.1, 0.12, 0.17, 0.14, 0.17]),
        )
        return out

    def history(self) -> list[Flowable]:
        k, c, t = self.k, self.d.concern, self.t
        out = k.heading(t._("History of diagnoses and opinions"))
        original = [k.labelled(t._("Diagnosis:"), c.original_diagnosis or t._("not given"))]
        if c.diagnosed_by.strip() or c.diagnosed_on:
            by = ", ".join(x for x in (c.diagnosed_by, k.date(c.diagnosed_on)) if x.strip())
            original.append(k.labelled(t._("Made by:"), by))
        if c.proposed_treatment.strip():
            original.append(k.labelled(t._("Proposed treatment:"), c.proposed_treatment))
        out += [*k.sub(t._("Original diagnosis")), *original]
        out += k.sub(t._("Opinions and visits"))
        if not self.d.opinions:
            return [*out, k.none_recorded(t._("No visits recorded yet."))]
        rows = []
        for o in self.d.opinions:
            when: list[Flowable] = [
                k.fixed(f"<b>{k.date(o.on)}</b>", "cell"),
                k.cell(o.doctor, label=t._("Doctor")),
                k.p(o.kind, "muted"),
            ]
            said: list[Flowable] = []
            for label, text in (
                (t._("Diagnosis:"), o.diagnosis),
                (t._("Agreement:"), o.agreement),
                (t._("Treatment:"), o.treatment),
                (t._("Tests:"), o.tests),
                (t._("Rationale:"), o.rationale),
                (t._("In my place:"), o.in_my_place),
                (t._("Notes:"), o.notes),
            ):
                if text.strip():
                    said.append(k.labelled(label, text))
            rows.append([when, said or k.none_recorded(t._("Nothing recorded."))])
        out += k.table(
            [t._("Date and doctor"), t._("What they said")], rows, _split(self.w, [0.27, 0.73])
        )
        return out

    def symptoms(self) -> list[Flowable]:
        k, d, t = self.k, self.d, self.t
        out = k.heading(t._("Symptoms"))
        if not d.symptoms:
            return [*out, k.none_recorded(t._("No symptoms logged."))]
        series, left_out = daily_series(d.symptoms)
        chart = severity_chart(series, d.treatment_changes, self.w, t)
        legend = [[_swatch(i), k.p(s.symptom, "small")] for i, s in enumerate(series)]
        block: list[Flowable] = [
            k.fixed(t._("Severity over time (daily average, 0 = none, 10 = worst)"), "muted"),
            k.gap(4),
            chart,
        ]
        items: list[list[object]] = [*legend]
        for number, change in enumerate(d.treatment_changes, start=1):
            items.append(
                [
                    k.fixed(f"<b>{number}</b>", "small"),
                    k.fixed(
                        f"{k.date(change.on)}: "
                        + k.cell_markup(change.description, label=t._("Treatment change")),
                        "small",
                    ),
                ]
            )
        if left_out:
            not_drawn = t.ngettext(
                "{n} less-recorded symptom not drawn",
                "{n} less-recorded symptoms not drawn",
                left_out,
            )
            items.append(["", k.fixed(not_drawn, "muted")])
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
        out += k.sub(t._("Recent entries"))
        if len(d.symptoms) > len(recent):
            # TRANSLATORS: {n} is the total number of entries; {shown} how many are listed
            latest = t.ngettext(
                "The {shown} most recent of {n} entries, newest first.",
                "The {shown} most recent of {n} entries, newest first.",
                len(d.symptoms),
                shown=len(recent),
            )
            out.append(k.fixed(latest, "muted"))
            out.append(k.gap(3))
        rows = [
            [k.datetime(e.recorded_at), e.symptom, k.fixed(str(e.severity), "number"), e.notes]
            for e in recent
        ]
        out += k.table(
            [t._("When"), t._("Symptom"), t._("Severity"), t._("Notes")],
            rows,
            _split(self.w, [0.2, 0.23, 0.13, 0.44]),  # room for "Intensidad",
        )
        return out

    def records(self) -> list[Flowable]:
        k, t = self.k, self.t
        out = k.heading(t._("Records enclosed"))
        if not self.d.records:
            return [*out, k.none_recorded(t._("No records gathered yet."))]
        out.append(k.fixed(t._("☑ enclosed or already sent to you   ☐ still to come"), "muted"))
        out.append(k.gap(3))
        rows = []
        for r in self.d.records:
            detail = [k.cell(r.notes, label=t._("Notes"))] if r.notes.strip() else []
            if r.files:
                files = t._("Files: {names}", names=", ".join(r.files))
                detail.append(k.cell(files, "muted", label=t._("Files")))
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
            ["", t._("Record"), t._("From"), t._("Status"), t._("Format"), t._("Notes")],
            rows,
            _split(self.w, [0.05, 0.2, 0.24, 0.12, 0.12, 0.27]),
        )
        return out

    def questions(self) -> list[Flowable]:
        k, t = self.k, self.t
        out = k.heading(t._("Questions for this appointment"))
        if not self.d.questions:
            return [*out, k.none_recorded(t._("No questions chosen for this visit."))]
        for number, question in enumerate(self.d.questions, start=1):
            text = k.fixed(f"<b>{number}.</b>  <b>{k.markup(question)}</b>", "body")
            out.append(KeepTogether([text, RuledLines(ANSWER_LINES), k.gap(6)]))
        return out

    def notes(self) -> list[Flowable]:
        k, t = self.k, self.t
        out = k.heading(t._("Notes"))
        if self.d.notes.strip():
            out.append(k.p(self.d.notes))
        out += k.sub(t._("Notes from the appointment"))
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
