"""Planned visits as iCalendar: local times across a change of clocks, stable UIDs, reminders."""

from __future__ import annotations

import stat
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from secondopinion.services.calendar_export import export_ics, planned_visits
from secondopinion.services.concerns import create_concern
from secondopinion.services.local_time import local_zone
from secondopinion.store import commands
from secondopinion.store.journal import Journal
from secondopinion.store.tables import Doctor, Visit
from tests.cli_process import run_secondopinion

NEW_YORK = ZoneInfo("America/New_York")
# 2027-03-14 is the day the United States move their clocks forward (02:00 -> 03:00).
BEFORE_DST, AFTER_DST = date(2027, 3, 13), date(2027, 3, 15)
NOW = datetime(2027, 3, 1, 12, 0, tzinfo=NEW_YORK)


@pytest.fixture
def journal(tmp_path: Path):  # type: ignore[no-untyped-def]
    j = Journal.create(tmp_path / "plans.sojournal")
    cid = create_concern(j, "Endometriosis <b>&</b>").id or 0
    doctor = commands.add(
        j, Doctor(name="Dr. Amal Haddad", specialty="Gynaecology", institution="St. Mary's")
    )
    common = {"concern_id": cid, "doctor_id": doctor.id}
    commands.add(j, Visit(visit_on=date(2027, 2, 1), diagnosis="Endometriosis", **common))
    commands.add(
        j,
        Visit(
            visit_on=BEFORE_DST,
            visit_time=time(9, 30),
            place="St. Mary's, clinic 4",
            **common,
        ),
    )
    commands.add(
        j, Visit(visit_on=AFTER_DST, visit_time=time(9, 30), duration_minutes=45, **common)
    )
    commands.add(j, Visit(visit_on=date(2027, 4, 2), **common))  # no time yet: all day
    commands.add(
        j, Visit(visit_on=date(2027, 4, 9), visit_time=time(14, 0), cancelled=True, **common)
    )
    yield j
    j.close()


def _events(path: Path) -> list:  # type: ignore[type-arg]
    cal = Calendar.from_ical(path.read_bytes())
    return list(cal.walk("VEVENT"))


def test_planned_visits_are_the_ones_from_today_on(journal) -> None:  # type: ignore[no-untyped-def]
    visits = planned_visits(journal, NOW.date())
    assert [v.day for v in visits] == [BEFORE_DST, AFTER_DST, date(2027, 4, 2), date(2027, 4, 9)]
    assert visits[0].questions[0] == "Do you agree with the original diagnosis?"


def test_local_times_survive_the_daylight_saving_change(journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "visits.ics"
    assert export_ics(journal, out, now=NOW, zone=NEW_YORK) == 4
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    cal = Calendar.from_ical(out.read_bytes())
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["America/New_York"]
    before, after, all_day, cancelled = _events(out)

    start = before.decoded("dtstart")
    assert (start.hour, start.minute) == (9, 30)
    assert start.utcoffset() == timedelta(hours=-5)
    assert before["dtstart"].params["TZID"] == "America/New_York"
    assert before.decoded("dtend") - start == timedelta(hours=1)
    assert str(before["location"]) == "St. Mary's, clinic 4"

    start = after.decoded("dtstart")
    assert (start.hour, start.minute) == (9, 30)
    assert start.utcoffset() == timedelta(hours=-4)  # same wall clock, one hour less to UTC
    assert after.decoded("dtend") - start == timedelta(minutes=45)

    assert all_day.decoded("dtstart") == date(2027, 4, 2)
    assert all_day.decoded("dtend") == date(2027, 4, 3)

    assert str(cancelled["status"]) == "CANCELLED"
    assert str(before["status"]) == "CONFIRMED"


def test_each_event_has_who_the_questions_and_a_reminder_the_day_before(
    journal, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "visits.ics"
    export_ics(journal, out, now=NOW, zone=NEW_YORK)
    event = _events(out)[0]
    assert "Dr. Amal Haddad" in str(event["summary"])
    assert "Endometriosis <b>&</b>" in str(event["summary"])  # as typed, no markup
    description = str(event["description"])
    assert "Dr. Amal Haddad, Gynaecology, St. Mary's" in description
    assert "- Do you agree with the original diagnosis?" in description
    (alarm,) = event.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == -timedelta(days=1)
    # A cancelled visit carries no reminder.
    assert not _events(out)[3].walk("VALARM")


def test_uids_are_stable_across_exports_and_differ_between_visits(journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export_ics(journal, first, now=NOW, zone=NEW_YORK)
    # A visit moved to another time keeps its UID, so a calendar updates the event.
    moved = commands.rows(journal, Visit)[1]
    commands.update(journal, Visit, moved.id, visit_time=time(11, 0))
    export_ics(journal, second, now=NOW + timedelta(days=1), zone=NEW_YORK)
    uids_a = [str(e["uid"]) for e in _events(first)]
    uids_b = [str(e["uid"]) for e in _events(second)]
    assert uids_a == uids_b
    assert len(set(uids_a)) == 4
    assert _events(second)[0].decoded("dtstart").hour == 11


def test_local_zone_follows_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Madrid")
    assert local_zone() == ZoneInfo("Europe/Madrid")
    monkeypatch.setenv("TZ", "Not/AZone")
    assert isinstance(local_zone(), ZoneInfo)


def test_cli_export_ics(journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "cli.ics"
    ahead = sum(v.visit_on >= date.today() for v in commands.rows(journal, Visit))
    journal.close()  # the command line is another process: one writer at a time
    done = run_secondopinion(
        "export", "ics", "--journal", str(journal.path), "--out", str(out),
        env={"TZ": "America/New_York"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert len(_events(out)) == ahead


def test_calendar_events_in_spanish(journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from secondopinion import i18n

    out = tmp_path / "consultas.ics"
    with i18n.speaking("es"):  # as `secondopinion export ics --lang es` does
        export_ics(journal, out, now=NOW, zone=NEW_YORK)
    event = _events(out)[0]
    assert str(event["summary"]).startswith("Consulta con Dr. Amal Haddad: ")
    description = str(event["description"])
    assert "Preguntas que llevar:" in description and "Questions to bring" not in description
    assert "- ¿Está de acuerdo con el diagnóstico original?" in description
    (alarm,) = event.walk("VALARM")
    assert str(alarm["description"]).startswith("Mañana: Consulta con")
