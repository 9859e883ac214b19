"""The tutor tabs' services: one note in full, a pathway's hours per service, deleting hours."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from models.enums import Counterpart, DeliveryMode, MeetingMode, PathwayStatus, Role, ServiceType
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.rows import Actor
from models.validation import ParticipantInput
from storage.engine import Database
from storage.services.admin import ProgrammeInput, UserInput, create_programme, create_user
from storage.services.intake import (
    ConsentInput,
    PathwayInput,
    change_tutor,
    open_pathway,
    record_consent,
    set_pathway_status,
)
from storage.services.participants import create_participant
from storage.services.tutoring import (
    DeliveryInput,
    NoteInput,
    add_note,
    delete_delivery,
    edit_note,
    list_deliveries,
    list_notes,
    note_details,
    pathway_hours,
    record_delivery,
    tutoring_context,
)
from tests.conftest import make_cf

CF = make_cf("Rossi", "Mario", "M", date(1980, 1, 1))
TUTOR = Actor("g.verdi", Role.TUTOR)
OTHER = Actor("l.neri", Role.TUTOR)
OPERATOR = Actor("l.bianchi", Role.OPERATOR)
COORDINATOR = Actor("c.bianchi", Role.COORDINATOR)


@pytest.fixture
def pathway_id(db: Database, admin: Actor) -> int:
    create_participant(db, admin, ParticipantInput("Rossi", "Mario", codice_fiscale=CF))
    for username, role in (
        ("g.verdi", "tutor"),
        ("l.neri", "tutor"),
        ("l.bianchi", "operator"),
        ("c.bianchi", "coordinator"),
    ):
        create_user(db, admin, UserInput(username, username.title(), role))
    create_programme(
        db,
        admin,
        ProgrammeInput(
            "GOL",
            "Garanzia occupabilità",
            "Regione",
            "01/01/2026",
            "31/12/2027",
            caps=[("coaching", 3), ("orientation", 6), ("training", 10)],
        ),
    )
    record_consent(db, admin, CF, ConsentInput(date(2026, 2, 1)))
    return open_pathway(
        db,
        admin,
        PathwayInput(
            CF, "GOL", "g.verdi", date(2026, 2, 2), plan=[("coaching", 3), ("orientation", 4)]
        ),
    ).id


def note(**changes: object) -> NoteInput:
    data = NoteInput(CF, "10/03/2026", "company", "company_visit", "Visita in azienda.\nBene.")
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_pathway_hours_per_service_against_plan_and_cap(db: Database, pathway_id: int) -> None:
    """Planned, delivered, cap and remaining per service, and the totals, hand-checked."""
    record_delivery(
        db, TUTOR, DeliveryInput(pathway_id, "coaching", "03/03/2026", time(9), time(11))
    )
    record_delivery(
        db,
        COORDINATOR,
        DeliveryInput(pathway_id, "coaching", "04/03/2026", minutes=90, override_reason="Crisi"),
    )
    record_delivery(db, TUTOR, DeliveryInput(pathway_id, "orientation", "05/03/2026", minutes=100))
    record_delivery(db, TUTOR, DeliveryInput(pathway_id, "counselling", "06/03/2026", minutes=45))
    hours = pathway_hours(db, TUTOR, pathway_id)
    assert (hours.programme_code, hours.status) == ("GOL", PathwayStatus.OPEN)
    table = [
        (
            line.service_type,
            line.planned_hours,
            line.delivered_minutes,
            line.delivered_hours,
            line.cap_hours,
            line.remaining_hours,
        )
        for line in hours.lines
    ]
    assert table == [
        # 100 minutes = 1.67 hours; 6 - 1.67 = 4.33 left under the cap
        (ServiceType.ORIENTATION, Decimal(4), 100, Decimal("1.67"), Decimal(6), Decimal("4.33")),
        # capped but neither planned nor delivered
        (ServiceType.TRAINING, Decimal(0), 0, Decimal("0.00"), Decimal(10), Decimal("10.00")),
        # 120 + 90 = 210 minutes = 3.5 hours: half an hour past the cap (the override)
        (ServiceType.COACHING, Decimal(3), 210, Decimal("3.50"), Decimal(3), Decimal("-0.50")),
        # no plan, no cap
        (ServiceType.COUNSELLING, Decimal(0), 45, Decimal("0.75"), None, None),
    ]
    assert hours.planned_total == Decimal(7)
    assert hours.delivered_minutes == 355 and hours.delivered_total == Decimal("5.92")
    assert hours.cap_total == Decimal(19)
    assert hours.remaining_total == Decimal("13.83")  # 4.33 + 10 - 0.50
    with pytest.raises(ValidationError) as info:
        pathway_hours(db, COORDINATOR, 999)
    assert info.value.field == "pathway"
    # To anyone else a missing pathway is refused like someone else's: ids cannot be probed.
    with pytest.raises(PermissionDenied):
        pathway_hours(db, TUTOR, 999)
    with pytest.raises(PermissionDenied):
        pathway_hours(db, OTHER, pathway_id)


def test_deliveries_of_one_pathway_with_the_details_the_tab_shows(
    db: Database, admin: Actor, pathway_id: int
) -> None:
    """list_deliveries(pathway_id=…) keeps one pathway and says mode, times, place, note."""
    create_programme(
        db, admin, ProgrammeInput("DUL", "Dote Unica", "Regione", "01/01/2026", "31/12/2027")
    )
    other = open_pathway(db, admin, PathwayInput(CF, "DUL", "g.verdi", date(2026, 2, 3))).id
    record_delivery(db, TUTOR, DeliveryInput(other, "reception", "03/03/2026", minutes=30))
    record_delivery(
        db,
        TUTOR,
        DeliveryInput(
            pathway_id,
            "orientation",
            "04/03/2026",
            time(14),
            time(16),
            mode=DeliveryMode.GROUP,
            operator="l.neri",
            place="Sala corsi",
        ),
    )
    note_id = add_note(
        db,
        TUTOR,
        note(start=time(9), end=time(10, 30), pathway_id=pathway_id, counts_as="coaching"),
    )
    rows = list_deliveries(db, TUTOR, pathway_id=pathway_id)
    assert [(r.day, r.service_type, r.minutes) for r in rows] == [
        (date(2026, 3, 10), ServiceType.COACHING, 90),
        (date(2026, 3, 4), ServiceType.ORIENTATION, 120),
    ]
    meeting, group = rows
    assert meeting.note_id == note_id and meeting.operator == "g.verdi"
    assert (group.mode, group.start, group.end) == (DeliveryMode.GROUP, time(14), time(16))
    assert (group.operator, group.operator_name, group.place) == ("l.neri", "L.Neri", "Sala corsi")
    assert group.recorded_by == "g.verdi" and group.note_id is None
    # The old call still lists every pathway of everyone.
    assert len(list_deliveries(db, TUTOR)) == 3


def test_note_details_with_versions_and_the_confidential_rule(
    db: Database, admin: Actor, pathway_id: int
) -> None:
    """Everything of a note and its previous texts; a confidential one is refused to others."""
    note_id = add_note(
        db,
        TUTOR,
        note(
            start=time(9),
            end=time(10, 30),
            place="Officine Po, Cremona",
            next_steps="Richiamare il referente",
            next_step_due="20/03/2026",
            confidential=True,
            pathway_id=pathway_id,
            counts_as="coaching",
        ),
    )
    edit_note(
        db,
        COORDINATOR,
        note_id,
        note(
            text="Visita in azienda: postazione adatta.",
            start=time(9),
            end=time(10, 30),
            next_steps="Inviare il progetto",
            next_step_due="20/03/2026",
            confidential=True,
        ),
    )
    details = note_details(db, TUTOR, note_id)
    assert (details.day, details.start, details.end) == (date(2026, 3, 10), time(9), time(10, 30))
    assert (details.counterpart, details.mode) == (Counterpart.COMPANY, MeetingMode.COMPANY_VISIT)
    assert details.place is None  # the edit did not repeat it
    assert details.text == "Visita in azienda: postazione adatta."
    assert (details.next_steps, details.next_step_due) == ("Inviare il progetto", date(2026, 3, 20))
    assert details.confidential and details.author == "g.verdi" and details.author_name == "G.Verdi"
    assert details.updated_by == "c.bianchi"
    assert (details.programme_code, details.counts_as, details.delivery_minutes) == (
        "GOL",
        ServiceType.COACHING,
        90,
    )
    assert [(v.edited_by, v.text, v.next_steps) for v in details.versions] == [
        ("c.bianchi", "Visita in azienda.\nBene.", "Richiamare il referente")
    ]
    assert note_details(db, COORDINATOR, note_id).id == note_id
    with pytest.raises(PermissionDenied) as info:
        note_details(db, OTHER, note_id)
    assert "non è tra quelle che gli sono assegnate" in str(info.value)
    with pytest.raises(PermissionDenied):
        note_details(db, OPERATOR, note_id)
    # The person passes to Neri: the confidential note stays its author's and coordinators'.
    change_tutor(db, admin, pathway_id, "l.neri", date(2026, 3, 11))
    with pytest.raises(PermissionDenied) as info:
        note_details(db, OTHER, note_id)
    assert "riservata" in str(info.value)
    # A note that is not confidential is read by the person's tutor; never by an operator.
    open_id = add_note(db, OTHER, note())
    assert note_details(db, OTHER, open_id).versions == ()
    with pytest.raises(PermissionDenied):
        note_details(db, OPERATOR, open_id)
    with pytest.raises(ValidationError) as missing:
        note_details(db, TUTOR, 999)
    assert missing.value.field == "note"


def test_a_meeting_past_the_cap_needs_a_coordinators_reason(db: Database, pathway_id: int) -> None:
    """add_note with counts_as obeys the cap; a coordinator's override_reason is kept."""
    record_delivery(db, TUTOR, DeliveryInput(pathway_id, "coaching", "03/03/2026", minutes=150))
    meeting = note(start=time(9), end=time(10), pathway_id=pathway_id, counts_as="coaching")
    with pytest.raises(ConflictError) as info:
        add_note(db, TUTOR, meeting)
    assert "Coaching: con queste ore il percorso supera di 30 minuti il massimo" in str(info.value)
    meeting.override_reason = "Inserimento delicato"
    with pytest.raises(PermissionDenied):
        add_note(db, TUTOR, meeting)
    assert list_notes(db, TUTOR) == []
    add_note(db, COORDINATOR, meeting)
    (row,) = [r for r in list_deliveries(db, TUTOR) if r.note_id is not None]
    assert row.cap_override_reason == "Inserimento delicato" and row.minutes == 60


def test_deleting_hours_recorded_by_mistake(db: Database, admin: Actor, pathway_id: int) -> None:
    """Their author or a coordinator deletes them, audited; the meeting note stays."""
    mine = record_delivery(
        db, TUTOR, DeliveryInput(pathway_id, "orientation", "03/03/2026", minutes=60)
    )
    with pytest.raises(PermissionDenied):
        delete_delivery(db, OTHER, mine.id)
    with pytest.raises(PermissionDenied):
        delete_delivery(db, OPERATOR, mine.id)
    delete_delivery(db, TUTOR, mine.id)
    assert list_deliveries(db, TUTOR) == []
    assert db.read(
        "SELECT username, action, entity, summary FROM audit_events WHERE action = 'delete'"
    ) == [("g.verdi", "delete", "service_delivery", "orientation 60 min del 2026-03-03")]
    with pytest.raises(ValidationError) as gone:
        delete_delivery(db, TUTOR, mine.id)
    assert gone.value.field == "delivery"

    note_id = add_note(
        db, TUTOR, note(start=time(9), end=time(10), pathway_id=pathway_id, counts_as="coaching")
    )
    (counted,) = list_deliveries(db, TUTOR)
    delete_delivery(db, COORDINATOR, counted.id)
    assert note_details(db, TUTOR, note_id).delivery_id is None

    locked = record_delivery(
        db, TUTOR, DeliveryInput(pathway_id, "orientation", "04/03/2026", minutes=60)
    )
    with db.transaction() as session:
        from models.entities import ServiceDelivery

        delivery = session.get(ServiceDelivery, locked.id)
        assert delivery is not None
        delivery.locked = True
    with pytest.raises(ConflictError) as signed:
        delete_delivery(db, COORDINATOR, locked.id)
    assert "registro già firmato" in str(signed.value)

    late = record_delivery(
        db, TUTOR, DeliveryInput(pathway_id, "orientation", "05/03/2026", minutes=60)
    )
    set_pathway_status(
        db, admin, pathway_id, PathwayStatus.CLOSED_NEGATIVE, reason="Ritiro", end_date=date.today()
    )
    with pytest.raises(ValidationError) as closed:
        delete_delivery(db, TUTOR, late.id)
    assert closed.value.field == "pathway"
    delete_delivery(db, COORDINATOR, late.id)
    assert [r.id for r in list_deliveries(db, TUTOR)] == [locked.id]


def test_tutoring_context_lists_the_pathways_with_their_plan(
    db: Database, admin: Actor, pathway_id: int
) -> None:
    """The tabs' view of a participant: internal code, name, pathways newest first."""
    person_id = int(db.read("SELECT id FROM participants")[0][0])
    context = tutoring_context(db, TUTOR, person_id)
    assert context.participant_name == "Rossi Mario"
    assert context.participant_code.startswith("P-")
    (pathway,) = context.pathways
    assert (pathway.id, pathway.programme_code, pathway.tutor) == (pathway_id, "GOL", "G.Verdi")
    assert pathway.planned == (ServiceType.COACHING, ServiceType.ORIENTATION)
    assert context.open_pathways == (pathway,)
    set_pathway_status(
        db, admin, pathway_id, PathwayStatus.WITHDRAWN, reason="Ritiro", end_date=date.today()
    )
    assert tutoring_context(db, TUTOR, person_id).open_pathways == ()
    with pytest.raises(ValidationError):
        tutoring_context(db, TUTOR, 999)
