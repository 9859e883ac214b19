"""The participant's timeline: every kind of record, newest first, filters, confidentiality."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from models.entities import (
    Appointment,
    Attendance,
    Company,
    Course,
    CourseEdition,
    Desk,
    EditionSession,
    Enrollment,
    Internship,
    JobApplication,
    JobSearchSession,
    Outcome,
    Participant,
    ServiceDelivery,
    User,
)
from models.enums import (
    AppointmentKind,
    AppointmentStatus,
    AttendanceStatus,
    ServiceType,
)
from models.errors import PermissionDenied
from models.rows import Actor
from storage.engine import Database
from storage.services.intake import change_tutor
from storage.services.timeline import ItemKind, timeline
from storage.services.tutoring import DeliveryInput, NoteInput, add_note, record_delivery
from tests.unit.test_tutoring import CF, COORDINATOR, OTHER, TUTOR
from tests.unit.test_tutoring import pathway_id as pathway_id  # the fixture


@pytest.fixture
def history(db: Database, pathway_id: int) -> dict[str, int]:
    ids = {"pathway": pathway_id}
    record_delivery(db, TUTOR, DeliveryInput(pathway_id, "orientation", "03/03/2026", minutes=60))
    ids["note"] = add_note(
        db, TUTOR, NoteInput(CF, "04/03/2026", "company", "company_visit", "Visita\nseconda riga")
    )
    ids["secret"] = add_note(
        db, TUTOR, NoteInput(CF, "05/03/2026", "family", "phone", "Riservata", confidential=True)
    )
    with db.transaction() as s:
        person = s.query(Participant).one()
        tutor = s.query(User).filter_by(username="g.verdi").one()
        desk = Desk(code="CR01", name="Sportello di Cremona", municipality="Cremona")
        company = Company(name="Falegnameria Bassi")
        course = Course(code="EMP", title="Empowerment", service_type=ServiceType.TRAINING,
                        total_hours=Decimal(29))  # fmt: skip
        s.add_all([desk, company, course])
        s.flush()
        edition = CourseEdition(course_id=course.id, code="EMP-CR", town="Cremona",
                                start_date=date(2026, 3, 1))  # fmt: skip
        s.add(edition)
        s.flush()
        sitting = EditionSession(edition_id=edition.id, date=date(2026, 3, 6),
                                 start_time=time(9), end_time=time(13))  # fmt: skip
        s.add_all([sitting, Enrollment(edition_id=edition.id, participant_id=person.id,
                                       enrolled_on=date(2026, 3, 1))])  # fmt: skip
        s.flush()
        s.add(Attendance(session_id=sitting.id, participant_id=person.id,
                         status=AttendanceStatus.PRESENT, minutes_attended=240))  # fmt: skip
        # The session's hours on the pathway: shown once, as the attendance row.
        s.add(ServiceDelivery(pathway_id=pathway_id, service_type=ServiceType.TRAINING,
                              mode="group", date=date(2026, 3, 6), minutes=240,
                              edition_session_id=sitting.id))  # fmt: skip
        s.add(Appointment(desk_id=desk.id, operator_id=tutor.id, participant_id=person.id,
                          kind=AppointmentKind.MONITORING, status=AppointmentStatus.DONE,
                          start=datetime(2026, 3, 2, 10), minutes=30))  # fmt: skip
        s.add(JobSearchSession(participant_id=person.id, date=date(2026, 3, 7), minutes=90,
                               channels="portali di annunci", cv_updated=True))  # fmt: skip
        s.add(JobApplication(participant_id=person.id, company_name="Bassi", role="Aiuto",
                             channel="spontaneous", applied_on=date(2026, 3, 8)))  # fmt: skip
        s.add(Internship(participant_id=person.id, company_id=company.id, type="inclusion",
                         start_date=date(2026, 3, 9), end_date=date(2026, 9, 8),
                         hours_per_week=20))  # fmt: skip
        s.add(Outcome(participant_id=person.id, type="open_ended", company_id=company.id,
                      occupation="Falegname", start_date=date(2026, 9, 9)))  # fmt: skip
    return ids


def test_everything_newest_first(db: Database, history: dict[str, int]) -> None:
    items = timeline(db, COORDINATOR, CF)
    assert [(i.day.isoformat(), i.kind) for i in items] == [
        ("2026-09-09", ItemKind.OUTCOME),
        ("2026-03-09", ItemKind.INTERNSHIP),
        ("2026-03-08", ItemKind.APPLICATION),
        ("2026-03-07", ItemKind.JOB_SEARCH),
        ("2026-03-06", ItemKind.ATTENDANCE),
        ("2026-03-05", ItemKind.NOTE),
        ("2026-03-04", ItemKind.NOTE),
        ("2026-03-03", ItemKind.DELIVERY),
        ("2026-03-02", ItemKind.APPOINTMENT),
        ("2026-02-02", ItemKind.PATHWAY),  # opened
    ]
    note = next(i for i in items if i.ref_id == history["note"] and i.kind == ItemKind.NOTE)
    assert note.text == "Visita" and note.code == "company" and note.status == "company_visit"
    outcome = items[0]
    assert outcome.text == "Falegnameria Bassi — Falegname" and outcome.code == "open_ended"
    attendance = items[4]
    assert attendance.minutes == 240 and attendance.text == "Empowerment"


def test_filters_by_kind_and_period(db: Database, history: dict[str, int]) -> None:
    only_notes = timeline(db, COORDINATOR, CF, kinds=["note"])
    assert {i.kind for i in only_notes} == {ItemKind.NOTE} and len(only_notes) == 2
    march = timeline(db, COORDINATOR, CF, start=date(2026, 3, 4), end=date(2026, 3, 7))
    assert [i.day.day for i in march] == [7, 6, 5, 4]


def test_confidential_notes_only_for_author_and_coordinators(
    db: Database, admin: Actor, history: dict[str, int], pathway_id: int
) -> None:
    def notes(actor: Actor) -> set[int]:
        return {i.ref_id for i in timeline(db, actor, CF, kinds=[ItemKind.NOTE])}

    assert notes(TUTOR) == {history["note"], history["secret"]}
    assert notes(COORDINATOR) == {history["note"], history["secret"]}
    # Another tutor: not their person, refused (and nothing logged as viewed).
    with pytest.raises(PermissionDenied):
        notes(OTHER)
    # Once the person is theirs: the notes, not the former tutor's confidential one.
    change_tutor(db, admin, pathway_id, "l.neri", date(2026, 4, 1))
    assert notes(OTHER) == {history["note"]}
    with pytest.raises(PermissionDenied):
        notes(TUTOR)


def test_opening_the_timeline_is_logged(db: Database, history: dict[str, int]) -> None:
    before = db.read("SELECT count(*) FROM audit_events WHERE action = 'view'")[0][0]
    timeline(db, TUTOR, CF)
    after = db.read("SELECT count(*) FROM audit_events WHERE action = 'view'")[0][0]
    assert after == before + 1
    with pytest.raises(PermissionDenied):
        timeline(db, OTHER, CF)
    assert db.read("SELECT count(*) FROM audit_events WHERE action = 'view'")[0][0] == after
