"""Consents and pathways: the notice comes first, one open pathway per programme, caps, tutors."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from models.enums import ConsentSigner, PathwayStatus, Role, ServiceType
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.rows import Actor
from models.validation import ParticipantInput
from storage.engine import Database
from storage.services.admin import ProgrammeInput, UserInput, create_programme, create_user
from storage.services.intake import (
    ConsentInput,
    OutcomeInput,
    PathwayInput,
    change_tutor,
    consents_of,
    open_pathway,
    record_consent,
    set_pathway_status,
    withdraw_consent,
)
from storage.services.participants import create_participant
from tests.conftest import make_cf, stored

CF = make_cf("Rossi", "Mario", "M", date(1980, 1, 1))


@pytest.fixture
def ready(db: Database, admin: Actor) -> Database:
    create_participant(db, admin, ParticipantInput("Rossi", "Mario", codice_fiscale=CF))
    create_user(db, admin, UserInput("g.verdi", "Giovanna Verdi", "tutor"))
    create_user(db, admin, UserInput("l.neri", "Luca Neri", "tutor"))
    create_programme(
        db,
        admin,
        ProgrammeInput(
            "DOTE-26",
            "Dote lavoro disabilità 2026",
            "Provincia di Cremona",
            "01/01/2026",
            "31/12/2027",
            caps=[("skills_assessment", 8), ("internship_tutoring", "30")],
        ),
    )
    return db


def pathway(**changes: object) -> PathwayInput:
    data = PathwayInput(
        CF,
        "dote-26",
        "g.verdi",
        date(2026, 3, 1),
        date(2026, 12, 31),
        plan=[(ServiceType.SKILLS_ASSESSMENT, 8), ("internship_tutoring", "24,5")],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_no_pathway_without_a_signed_notice(ready: Database, admin: Actor) -> None:
    with pytest.raises(ConflictError, match="informativa privacy"):
        open_pathway(ready, admin, pathway())
    consent = record_consent(ready, admin, CF, ConsentInput(date(2026, 2, 20), art9_consent=True))
    opened = open_pathway(ready, admin, pathway())
    assert [(p.service_type, p.planned_hours, p.cap_hours) for p in opened.plan] == [
        (ServiceType.SKILLS_ASSESSMENT, Decimal("8.00"), Decimal("8.00")),
        (ServiceType.INTERNSHIP_TUTORING, Decimal("24.50"), Decimal("30.00")),
    ]
    withdraw_consent(ready, admin, consent.id, date(2026, 6, 1))
    assert consents_of(ready, admin, CF)[0].withdrawn_on == date(2026, 6, 1)
    set_pathway_status(
        ready, admin, opened.id, PathwayStatus.WITHDRAWN, reason="Revoca", end_date=date(2026, 6, 1)
    )
    with pytest.raises(ConflictError, match="revocata"):
        open_pathway(ready, admin, pathway(start=date(2026, 7, 1)))


def test_one_open_pathway_per_programme(ready: Database, admin: Actor) -> None:
    record_consent(ready, admin, CF, ConsentInput(date(2026, 2, 20)))
    first = open_pathway(ready, admin, pathway())
    with pytest.raises(ConflictError, match=f"n. {first.id}"):
        open_pathway(ready, admin, pathway(start=date(2026, 4, 1)))
    set_pathway_status(ready, admin, first.id, PathwayStatus.SUSPENDED, reason="Ricovero")
    second = open_pathway(ready, admin, pathway(start=date(2026, 5, 1)))
    with pytest.raises(ConflictError, match=f"n. {second.id}"):
        set_pathway_status(ready, admin, first.id, PathwayStatus.OPEN)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"plan": [("skills_assessment", 9)]}, "plan"),  # over the cap of 8
        ({"plan": [("nonsense", 2)]}, "plan"),
        ({"plan": [("coaching", "tre")]}, "plan"),
        ({"plan": [("coaching", 2), ("coaching", 3)]}, "plan"),
        ({"start": date(2025, 6, 1)}, "start"),  # before the programme
        ({"planned_end": date(2028, 6, 1)}, "planned_end"),  # after the programme
        ({"planned_end": date(2026, 1, 1)}, "planned_end"),  # before the start
        ({"programme": "NONE"}, "programme"),
        ({"tutor": "nessuno"}, "tutor"),
        ({"participant": "XXXXXX00X00X000X"}, "participant"),
    ],
)
def test_bad_pathway_input_names_the_field_and_writes_nothing(
    ready: Database, admin: Actor, changes: dict[str, object], field: str
) -> None:
    record_consent(ready, admin, CF, ConsentInput(date(2026, 2, 20)))
    with pytest.raises(ValidationError) as info:
        open_pathway(ready, admin, pathway(**changes))
    assert info.value.field == field
    assert ready.read("SELECT count(*) FROM pathways")[0][0] == 0


def test_tutor_changes_are_kept_with_their_date(ready: Database, admin: Actor) -> None:
    record_consent(ready, admin, CF, ConsentInput(date(2026, 2, 20)))
    opened = open_pathway(ready, admin, pathway())
    change_tutor(ready, admin, opened.id, "l.neri", date(2026, 5, 4))
    with pytest.raises(ValidationError):
        change_tutor(ready, admin, opened.id, "g.verdi", date(2026, 4, 1))
    history = stored(
        ready.read(
            "SELECT u.username, t.from_date FROM tutor_assignments t"
            " JOIN users u ON u.id = t.tutor_id ORDER BY t.from_date"
        )
    )
    assert history == [("g.verdi", "2026-03-01"), ("l.neri", "2026-05-04")]
    from storage.services.participants import participant_details

    shown = participant_details(ready, admin, CF).pathways[0].tutor_history
    assert shown == (("Giovanna Verdi", date(2026, 3, 1)), ("Luca Neri", date(2026, 5, 4)))


def test_closing_needs_reason_and_date(ready: Database, admin: Actor) -> None:
    record_consent(ready, admin, CF, ConsentInput(date(2026, 2, 20)))
    opened = open_pathway(ready, admin, pathway())
    with pytest.raises(ValidationError) as info:
        set_pathway_status(ready, admin, opened.id, PathwayStatus.CLOSED_POSITIVE)
    assert info.value.field == "reason"
    with pytest.raises(ValidationError) as info:
        set_pathway_status(ready, admin, opened.id, PathwayStatus.CLOSED_POSITIVE, reason="Assunto")
    assert info.value.field == "end_date"
    closing = {"reason": "Assunto", "end_date": date(2026, 9, 30)}
    with pytest.raises(ValidationError) as info:
        set_pathway_status(ready, admin, opened.id, PathwayStatus.CLOSED_POSITIVE, **closing)
    assert info.value.field == "outcome"
    for bad, field in (
        (OutcomeInput("none"), "outcome"),
        (OutcomeInput("fixed_term"), "employer"),
        (OutcomeInput("fixed_term", employer="Coop", hours_per_week=99), "hours_per_week"),
        (OutcomeInput("party", employer="Coop"), "outcome"),
    ):
        with pytest.raises(ValidationError) as info:
            set_pathway_status(
                ready, admin, opened.id, PathwayStatus.CLOSED_POSITIVE, outcome=bad, **closing
            )
        assert info.value.field == field
    assert ready.read("SELECT count(*) FROM outcomes")[0][0] == 0
    hired = OutcomeInput("fixed_term", employer="Latteria Soresinese", hours_per_week=30, months=6)
    set_pathway_status(
        ready, admin, opened.id, PathwayStatus.CLOSED_POSITIVE, outcome=hired, **closing
    )
    assert stored(ready.read("SELECT type, employer, start_date, months FROM outcomes")) == [
        ("fixed_term", "Latteria Soresinese", "2026-09-30", 6)
    ]
    with pytest.raises(ConflictError):
        set_pathway_status(ready, admin, opened.id, PathwayStatus.SUSPENDED, reason="x")
    # A negative closing records «no outcome» by itself.
    second = open_pathway(ready, admin, pathway(start=date(2026, 10, 1)))
    set_pathway_status(
        ready,
        admin,
        second.id,
        PathwayStatus.CLOSED_NEGATIVE,
        **closing | {"end_date": date(2026, 11, 1)},
    )
    assert ready.read("SELECT type FROM outcomes ORDER BY id")[-1] == ("none",)


def test_consent_signed_by_a_guardian_needs_the_name(ready: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        record_consent(
            ready, admin, CF, ConsentInput(date(2026, 2, 20), signer=ConsentSigner.GUARDIAN)
        )
    assert info.value.field == "signer_name"
    with pytest.raises(ValidationError):
        record_consent(ready, admin, CF, ConsentInput(date(2099, 1, 1)))
    row = record_consent(
        ready,
        admin,
        CF,
        ConsentInput(date(2026, 2, 20), signer=ConsentSigner.GUARDIAN, signer_name="Anna Rossi"),
    )
    assert row.signer_name == "Anna Rossi"


def test_operators_cannot_open_pathways(ready: Database) -> None:
    with pytest.raises(PermissionDenied):
        open_pathway(ready, Actor("g.verdi", Role.TUTOR), pathway())


def test_registry_filters_by_tutor_programme_status_and_group(
    ready: Database, admin: Actor
) -> None:
    from models.rows import ParticipantQuery
    from storage.services.participants import participant_ids

    other = make_cf("Verdi", "Anna", "F", date(1990, 3, 4))
    from storage.services.participants import update_participant

    verdi = create_participant(
        ready, admin, ParticipantInput("Verdi", "Anna", codice_fiscale=other)
    )
    record_consent(ready, admin, other, ConsentInput(date(2026, 2, 20)))
    update_participant(
        ready,
        admin,
        verdi.row.id,
        ParticipantInput("Verdi", "Anna", codice_fiscale=other, target_groups=["autism"]),
    )
    record_consent(ready, admin, CF, ConsentInput(date(2026, 2, 20)))
    opened = open_pathway(ready, admin, pathway())
    everyone = participant_ids(ready, admin, ParticipantQuery())
    assert len(everyone) == 2
    rossi = participant_ids(ready, admin, ParticipantQuery(text="rossi"))
    assert participant_ids(ready, admin, ParticipantQuery(tutor="g.verdi")) == rossi
    assert participant_ids(ready, admin, ParticipantQuery(tutor="l.neri")) == []
    assert participant_ids(ready, admin, ParticipantQuery(programme_code="dote-26")) == rossi
    assert participant_ids(ready, admin, ParticipantQuery(pathway_status="open")) == rossi
    set_pathway_status(ready, admin, opened.id, PathwayStatus.SUSPENDED, reason="Pausa")
    assert participant_ids(ready, admin, ParticipantQuery(pathway_status="open")) == []
    autism = participant_ids(ready, admin, ParticipantQuery(target_group="autism"))
    assert autism == participant_ids(ready, admin, ParticipantQuery(text="verdi"))


def test_participant_page_and_form(ready: Database, admin: Actor) -> None:
    from storage.services.participants import (
        participant_details,
        possible_duplicates,
        update_participant,
    )

    record_consent(ready, admin, CF, ConsentInput(date(2026, 2, 20)))
    opened = open_pathway(ready, admin, pathway())
    details = participant_details(ready, admin, CF)
    assert details.has_consent and details.values["last_name"] == "Rossi"
    assert [(p.programme_code, p.status) for p in details.pathways] == [("DOTE-26", "open")]
    assert [(line.service_type, line.delivered_hours) for line in details.pathways[0].plan] == [
        ("internship_tutoring", Decimal("0.00")),
        ("skills_assessment", Decimal("0.00")),
    ]
    assert details.pathways[0].id == opened.id
    views = ready.read("SELECT action, summary FROM audit_events WHERE action = 'view'")
    assert views == [("view", "scheda")]
    form = ParticipantInput(
        "Rossi",
        "Mario",
        codice_fiscale=CF,
        phone="0372 407111",
        employment_condition="unemployed",
        did_date="01/02/2026",
        referrer="targeted_placement",
        l68_registered=True,
        invalidity_percent="67",
        l68_category="civil_invalid",
        accessibility_needs="Documenti in linguaggio facile da leggere",
        driving_licence=True,
        target_groups=["disability"],
    )
    saved = update_participant(ready, admin, details.id, form)
    assert saved.warnings == []
    again = participant_details(ready, admin, details.id)
    assert again.values["phone"] == "+390372407111"
    assert again.values["invalidity_percent"] == 67 and again.values["l68_registered"] is True
    assert again.target_groups == ("disability",)
    summary = ready.read("SELECT summary FROM audit_events WHERE action = 'update'")[-1][0]
    assert "phone" in summary and "0372" not in summary  # field names, never values
    with pytest.raises(ValidationError) as info:
        update_participant(ready, admin, details.id, replace(form, referrer="nobody"))
    assert info.value.field == "referrer"
    with pytest.raises(ValidationError) as info:
        update_participant(ready, admin, details.id, replace(form, did_date="01/01/2099"))
    assert info.value.field == "did_date"
    other = make_cf("Rossi", "Mario", "M", date(1980, 1, 1), "F205")  # same name and birth date
    created = create_participant(
        ready, admin, ParticipantInput("Rossi", "Mario", codice_fiscale=other)
    )
    twins = possible_duplicates(
        ready, admin, "ROSSI", "mario", date(1980, 1, 1), exclude=details.id
    )
    assert [t.id for t in twins] == [created.row.id]
    with pytest.raises(ConflictError, match="è già di Rossi Mario"):
        update_participant(ready, admin, created.row.id, replace(form, codice_fiscale=CF))


def test_intake_interview_is_the_first_delivery_with_its_hours(
    ready: Database, admin: Actor
) -> None:
    from storage.services.intake import IntakeInput, record_intake
    from storage.services.participants import participant_details

    record_consent(ready, admin, CF, ConsentInput(date(2026, 2, 20)))
    opened = open_pathway(ready, admin, pathway(plan=[("specialist_interview", 2)]))
    interview = IntakeInput(
        date(2026, 3, 2),
        90,
        experiences="Magazziniere per due anni",
        languages="Italiano, arabo",
        assessment="Motivato; serve un contesto tranquillo.",
    )
    with pytest.raises(ValidationError) as info:
        record_intake(ready, admin, opened.id, replace(interview, assessment=" "))
    assert info.value.field == "assessment"
    with pytest.raises(ValidationError) as info:
        record_intake(ready, admin, opened.id, replace(interview, minutes=5))
    assert info.value.field == "minutes"
    with pytest.raises(ValidationError) as info:
        record_intake(ready, admin, opened.id, replace(interview, day=date(2026, 1, 1)))
    assert info.value.field == "day"
    record_intake(ready, admin, opened.id, interview)
    with pytest.raises(ConflictError):
        record_intake(ready, admin, opened.id, interview)
    note = ready.read("SELECT note, minutes, service_type FROM service_deliveries")[0]
    assert note[1:] == (90, "specialist_interview")
    assert note[0].startswith("Esperienze di lavoro e formazione:\nMagazziniere")
    assert "Lingue:\nItaliano, arabo" in note[0] and "Competenze" not in note[0]
    plan = participant_details(ready, admin, CF).pathways[0].plan
    assert [(p.service_type, p.planned_hours, p.delivered_hours) for p in plan] == [
        ("specialist_interview", Decimal("2.00"), Decimal("1.50"))
    ]


def test_update_programme_changes_details_and_caps(ready: Database, admin: Actor) -> None:
    from storage.services.admin import list_programmes, update_programme

    changed = update_programme(
        ready,
        admin,
        ProgrammeInput(
            "dote-26",
            "Dote lavoro 2026",
            "Provincia di Cremona",
            "01/01/2026",
            "31/12/2027",
            budget_euros="2500",
            caps=[("skills_assessment", 10), ("coaching", "12,5")],
        ),
    )
    assert changed.name == "Dote lavoro 2026" and changed.budget_euros == Decimal("2500.00")
    assert dict(list_programmes(ready, admin)[0].caps) == {
        "coaching": Decimal("12.50"),
        "skills_assessment": Decimal("10.00"),
    }
    with pytest.raises(ValidationError) as info:
        update_programme(
            ready, admin, ProgrammeInput("DOTE-26", "x", "y", "01/01/2026", "01/01/2025")
        )
    assert info.value.field == "end_date"


def test_without_a_notice_only_identity_and_contacts(ready: Database, admin: Actor) -> None:
    from storage.services.participants import update_participant

    other = make_cf("Neri", "Sara", "F", date(2000, 7, 8))
    with pytest.raises(ConflictError, match="informativa privacy"):
        create_participant(
            ready,
            admin,
            ParticipantInput("Neri", "Sara", codice_fiscale=other, invalidity_percent=67),
        )
    assert ready.read("SELECT count(*) FROM participants")[0][0] == 1
    neri = create_participant(
        ready, admin, ParticipantInput("Neri", "Sara", codice_fiscale=other, phone="333 1234567")
    )
    full = ParticipantInput("Neri", "Sara", codice_fiscale=other, target_groups=["autism"])
    with pytest.raises(ConflictError, match="informativa privacy"):
        update_participant(ready, admin, neri.row.id, full)
    record_consent(ready, admin, other, ConsentInput(date(2026, 2, 20)))
    update_participant(ready, admin, neri.row.id, full)
