"""Planned visits as an iCalendar file (RFC 5545) the person imports into their own calendar.

What goes in, and why:
- every visit dated today or later, across all concerns; a cancelled one is exported with
  ``STATUS:CANCELLED`` so that importing the file again takes it off the calendar;
- start and end in the person's time zone (``TZID`` with its ``VTIMEZONE``), so the event stays at
  9:30 on the wall clock across a daylight-saving change; a visit without a time is an all-day
  event;
- ``UID`` is the visit's ``calendar_uid`` (random, kept for life): importing a newer export updates
  the event instead of adding a second one;
- the description lists the questions marked to bring, and a reminder fires the day before.
Nothing of this file leaves the machine unless the person sends it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import col

from secondopinion import __version__
from secondopinion.i18n import words
from secondopinion.services.files import write_private_atomic
from secondopinion.services.local_time import local_zone
from secondopinion.services.questions import to_bring
from secondopinion.services.report_words import standard_question_text
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Concern, Doctor, Visit

DEFAULT_LENGTH = timedelta(hours=1)
REMINDER_BEFORE = timedelta(days=1)
PRODID = f"-//Second Opinion//Second Opinion {__version__}//EN"


@dataclass(frozen=True)
class PlannedVisit:
    """One planned visit as a calendar needs it: plain data, no rows."""

    uid: str
    concern: str
    day: date
    at: time | None
    length: timedelta
    place: str
    doctor: str
    specialty: str
    institution: str
    questions: tuple[str, ...]
    cancelled: bool

    @property
    def title(self) -> str:
        w = words()
        who = self.doctor or w._("the doctor")
        return w._("Visit with {who}: {concern}", who=who, concern=self.concern)


def planned_visits(journal: Journal, today: date) -> list[PlannedVisit]:
    """Every visit dated ``today`` or later, soonest first, cancelled ones included."""
    visits = commands.rows(
        journal,
        Visit,
        col(Visit.visit_on) >= today,
        order_by=(col(Visit.visit_on), col(Visit.visit_time), col(Visit.id)),
    )
    if not visits:
        return []
    concerns = {c.id: c for c in commands.rows(journal, Concern)}
    doctor_ids = {v.doctor_id for v in visits if v.doctor_id is not None}
    doctors = {d.id: d for d in commands.rows(journal, Doctor, col(Doctor.id).in_(doctor_ids))}
    questions: dict[int, tuple[str, ...]] = {}
    out = []
    for v in visits:
        if v.concern_id not in questions:
            questions[v.concern_id] = tuple(
                standard_question_text(q.standard_key, q.text)
                for q in to_bring(journal, v.concern_id)
            )
        doctor = doctors.get(v.doctor_id) if v.doctor_id is not None else None
        out.append(
            PlannedVisit(
                uid=v.calendar_uid,
                concern=concerns[v.concern_id].title,
                day=v.visit_on,
                at=v.visit_time,
                length=timedelta(minutes=v.duration_minutes)
                if v.duration_minutes
                else DEFAULT_LENGTH,
                place=v.place,
                doctor=doctor.name if doctor else "",
                specialty=doctor.specialty if doctor else "",
                institution=doctor.institution if doctor else "",
                questions=questions[v.concern_id],
                cancelled=v.cancelled,
            )
        )
    return out


def _description(visit: PlannedVisit) -> str:
    w = words()
    lines = [w._("About: {concern}", concern=visit.concern)]
    who = ", ".join(p for p in (visit.doctor, visit.specialty, visit.institution) if p)
    if who:
        lines.append(w._("With: {who}", who=who))
    if visit.questions:
        lines.append("")
        lines.append(w._("Questions to bring:"))
        lines.extend(f"- {q}" for q in visit.questions)
    lines.append("")
    lines.append(w._("Bring the appointment packet (Second Opinion: File > Export)."))
    return "\n".join(lines)


def calendar_bytes(visits: Sequence[PlannedVisit], zone: ZoneInfo, stamp: datetime) -> bytes:
    """The iCalendar document for ``visits``; ``stamp`` (UTC) is when it was made (DTSTAMP)."""
    from icalendar import Alarm, Calendar, Event  # only when a calendar is written

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    w = words()
    cal.add("x-wr-calname", w._("Second Opinion visits"))
    for visit in visits:
        event = Event()
        event.add("uid", f"{visit.uid}@secondopinion.invalid")
        event.add("dtstamp", stamp)
        event.add("summary", visit.title)
        if visit.at is None:
            event.add("dtstart", visit.day)
            event.add("dtend", visit.day + timedelta(days=1))
        else:
            start = datetime.combine(visit.day, visit.at, tzinfo=zone)
            event.add("dtstart", start)
            event.add("dtend", start + visit.length)
        if visit.place:
            event.add("location", visit.place)
        event.add("description", _description(visit))
        event.add("status", "CANCELLED" if visit.cancelled else "CONFIRMED")
        event.add("transp", "OPAQUE")
        if not visit.cancelled:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", w._("Tomorrow: {title}", title=visit.title))
            alarm.add("trigger", -REMINDER_BEFORE)
            event.add_component(alarm)
        cal.add_component(event)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())


def export_ics(
    journal: Journal,
    out: Path,
    *,
    now: datetime | None = None,
    zone: ZoneInfo | None = None,
) -> int:
    """Write the planned visits to ``out`` (owner-only, atomically); returns how many."""
    zone = zone or local_zone()
    moment = now or datetime.now(zone)
    visits = planned_visits(journal, moment.date())
    stamp = moment.astimezone(ZoneInfo("UTC")).replace(microsecond=0)
    write_private_atomic(Path(out), calendar_bytes(visits, zone, stamp))
    return len(visits)
