"""Internships within the law, their closing and conversion, outcomes and days to the first job."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from models.entities import Company, Participant, ParticipantTargetGroup
from models.enums import (
    InternshipOutcome,
    InternshipType,
    OutcomeType,
    PathwayStatus,
    Role,
    TargetGroup,
)
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.rows import Actor
from models.validation import ParticipantInput
from storage.engine import Database
from storage.services.admin import ProgrammeInput, UserInput, create_programme, create_user
from storage.services.intake import (
    ConsentInput,
    PathwayInput,
    open_pathway,
    record_consent,
    set_pathway_status,
)
from storage.services.participants import create_participant
from storage.services.placements import (
    InternshipInput,
    OutcomeInput,
    add_internship,
    add_months,
    add_outcome,
    check_internship_period,
    close_internship,
    days_to_first_job,
    delete_outcome,
    extend_internship,
    latest_end,
    list_internships,
    list_outcomes,
    max_internship_months,
    pathways_of,
    update_internship,
    update_outcome,
)
from tests.conftest import make_cf

CF = make_cf("Rossi", "Mario", "M", date(1980, 1, 1))
CF2 = make_cf("Bianchi", "Anna", "F", date(1990, 5, 6))
TUTOR = Actor("g.verdi", Role.TUTOR)
OPERATOR = Actor("l.bianchi", Role.OPERATOR)
EXTRA = InternshipType.EXTRACURRICULAR


@pytest.fixture
def world(db: Database, admin: Actor) -> dict[str, int]:
    """Two people, a tutor, a programme, a pathway each (opened 01/03/2025), two companies."""
    for cf, last, first in ((CF, "Rossi", "Mario"), (CF2, "Bianchi", "Anna")):
        create_participant(db, admin, ParticipantInput(last, first, codice_fiscale=cf))
        record_consent(db, admin, cf, ConsentInput(date(2025, 2, 1)))
    tutor = create_user(db, admin, UserInput("g.verdi", "Giovanna Verdi", "tutor"))
    create_user(db, admin, UserInput("l.bianchi", "Luca Bianchi", "operator"))
    create_programme(db, admin, ProgrammeInput("GOL", "GOL", "Regione", "01/01/2025", "31/12/2027"))
    pathway = open_pathway(db, admin, PathwayInput(CF, "GOL", "g.verdi", date(2025, 3, 1))).id
    other = open_pathway(db, admin, PathwayInput(CF2, "GOL", "g.verdi", date(2025, 3, 1))).id
    with db.transaction() as session:
        acme = Company(name="Acme Srl", created_by="admin", updated_by="admin")
        old = Company(name="Vecchia Spa", archived=True, created_by="admin", updated_by="admin")
        session.add_all([acme, old])
        session.flush()
        ids = {"acme": acme.id, "old": old.id}
    return {**ids, "pathway": pathway, "other": other, "tutor": tutor.id}


def internship(world: dict[str, int], **change: object) -> InternshipInput:
    data = InternshipInput(
        participant=CF,
        company_id=world["acme"],
        type="extracurricular",
        start_date="01/03/2025",
        end_date="31/08/2025",
        hours_per_week=30,
        promoter="Cooperativa Il Ponte",
        site="Cremona, via Dante 3",
        company_tutor="Paolo Conti",
        promoter_tutor_id=world["tutor"],
        monthly_stipend="500,00",
        stipend_payer="Azienda ospitante",
        inail_policy="INAIL-123",
        liability_policy="RC-456",
        communication_date="25/02/2025",
    )
    return replace(data, **change)  # type: ignore[arg-type]


def count(db: Database, table: str) -> int:
    return int(db.read(f"SELECT count(*) FROM {table}")[0][0])


def audited(db: Database, entity: str) -> int:
    return int(db.read("SELECT count(*) FROM audit_events WHERE entity = :e", {"e": entity})[0][0])


# --------------------------------------------------------------------------- the legal rule


def test_months_are_counted_to_the_day_before() -> None:
    """12 months from 01/03 end on the last day of February, leap years included."""
    assert latest_end(date(2025, 3, 1), 12) == date(2026, 2, 28)
    assert latest_end(date(2027, 3, 1), 12) == date(2028, 2, 29)
    assert latest_end(date(2025, 1, 15), 24) == date(2027, 1, 14)
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)


def test_maximum_by_type_and_disability() -> None:
    """Extracurricular 12 months (24 with a disability); inclusion 24."""
    assert max_internship_months(EXTRA, disabled=False) == 12
    assert max_internship_months(EXTRA, disabled=True) == 24
    assert max_internship_months(InternshipType.INCLUSION, disabled=False) == 24
    assert max_internship_months(InternshipType.INCLUSION, disabled=True) == 24


def test_period_rule_names_the_field_and_the_maximum() -> None:
    """Fine for the planned end, Proroga for the extension, with the last possible day."""
    start = date(2025, 3, 1)
    check_internship_period(EXTRA, start, date(2026, 2, 28), disabled=False)
    with pytest.raises(ValidationError) as info:
        check_internship_period(EXTRA, start, date(2026, 3, 1), disabled=False)
    assert info.value.field == "end_date"
    assert str(info.value) == (
        "Fine: un tirocinio extracurricolare dura al massimo 12 mesi, proroghe comprese: "
        "l'ultimo giorno possibile è il 28/02/2026."
    )
    with pytest.raises(ValidationError) as info:
        check_internship_period(EXTRA, start, date(2025, 2, 28), disabled=False)
    assert str(info.value) == "Fine: è prima dell'inizio."
    with pytest.raises(ValidationError) as info:
        check_internship_period(
            EXTRA, start, date(2025, 12, 31), disabled=False, extended_to=date(2026, 3, 1)
        )
    assert info.value.field == "extended_to" and info.value.label == "Proroga"
    assert "12 mesi" in str(info.value) and "28/02/2026" in str(info.value)
    check_internship_period(EXTRA, start, date(2027, 2, 28), disabled=True)
    with pytest.raises(ValidationError) as info:
        check_internship_period(EXTRA, start, date(2027, 3, 1), disabled=True)
    assert "24 mesi per una persona con disabilità" in str(info.value)
    assert "28/02/2027" in str(info.value)
    with pytest.raises(ValidationError) as info:
        check_internship_period(InternshipType.INCLUSION, start, date(2027, 3, 1), disabled=False)
    assert str(info.value) == (
        "Fine: un tirocinio di inclusione dura al massimo 24 mesi, proroghe comprese: "
        "l'ultimo giorno possibile è il 28/02/2027."
    )


def test_days_to_first_job_rule() -> None:
    """Earliest job counts; before the end is 0; open pathway or no job is None."""
    end = date(2025, 6, 30)
    assert days_to_first_job(end, [date(2025, 9, 1), date(2025, 7, 20)]) == 20
    assert days_to_first_job(end, [date(2025, 6, 15)]) == 0
    assert days_to_first_job(None, [date(2025, 7, 20)]) is None
    assert days_to_first_job(end, []) is None
    assert days_to_first_job(end, [date(2025, 1, 1)], pathway_start=date(2025, 3, 1)) is None


# --------------------------------------------------------------------------- internships


def test_add_internship_with_every_field(db: Database, world: dict[str, int]) -> None:
    """The row says who, where, the dates, the tutors, the stipend; the pathway is the open one."""
    row = add_internship(db, TUTOR, internship(world))
    assert row.participant_name == "Rossi Mario" and row.company_name == "Acme Srl"
    assert row.pathway_id == world["pathway"]
    assert row.type is EXTRA and row.outcome is InternshipOutcome.ONGOING
    assert (row.start_date, row.end_date, row.effective_end) == (
        date(2025, 3, 1),
        date(2025, 8, 31),
        date(2025, 8, 31),
    )
    assert row.monthly_stipend == Decimal("500.00") and row.promoter_tutor == "Giovanna Verdi"
    assert row.communication_date == date(2025, 2, 25) and row.hours_per_week == 30
    assert audited(db, "internship") == 1
    assert [r.id for r in list_internships(db, TUTOR, participant=CF)] == [row.id]
    assert list_internships(db, TUTOR, participant=CF2) == []


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"end_date": "28/02/2025"}, "end_date", "Fine: è prima dell'inizio."),
        (
            {"end_date": "01/03/2026"},
            "end_date",
            "Fine: un tirocinio extracurricolare dura al massimo 12 mesi, proroghe comprese: "
            "l'ultimo giorno possibile è il 28/02/2026.",
        ),
        (
            {"type": "inclusion", "end_date": "01/03/2027"},
            "end_date",
            "Fine: un tirocinio di inclusione dura al massimo 24 mesi, proroghe comprese: "
            "l'ultimo giorno possibile è il 28/02/2027.",
        ),
        (
            {"monthly_stipend": "-100"},
            "monthly_stipend",
            "Indennità mensile: non può essere negativa.",
        ),
        (
            {"monthly_stipend": Decimal("-0.01")},
            "monthly_stipend",
            "Indennità mensile: non può essere negativa.",
        ),
        ({"hours_per_week": 41}, "hours_per_week", "Ore settimanali: tra 1 e 40 ore."),
        ({"hours_per_week": 0}, "hours_per_week", "Ore settimanali: tra 1 e 40 ore."),
        (
            {"communication_date": "02/03/2025"},
            "communication_date",
            "Comunicazione obbligatoria: va fatta entro l'inizio del tirocinio (01/03/2025).",
        ),
        ({"company_id": None}, "company_id", "Azienda ospitante: scegliete l'azienda."),
        ({"type": "summer"}, "type", "Tipo: «summer» non è un tipo di tirocinio."),
        ({"start_date": "31/02/2025"}, "start_date", None),
        ({"participant": "NESSUNO"}, "participant", None),
        ({"promoter_tutor_id": 999}, "promoter_tutor_id", None),
    ],
)
def test_bad_internships_name_the_field_and_write_nothing(
    db: Database, world: dict[str, int], change: dict[str, object], field: str, message: str | None
) -> None:
    """Each bad input of the issue: a message naming the field, nothing written."""
    before = count(db, "audit_events")
    with pytest.raises(ValidationError) as info:
        add_internship(db, TUTOR, internship(world, **change))
    assert info.value.field == field
    if message is not None:
        assert str(info.value) == message
    assert count(db, "internships") == 0 and count(db, "audit_events") == before


def test_archived_company_hosts_no_new_internship(db: Database, world: dict[str, int]) -> None:
    """An archived company is refused by name."""
    with pytest.raises(ValidationError) as info:
        add_internship(db, TUTOR, internship(world, company_id=world["old"]))
    assert str(info.value) == (
        "Azienda ospitante: «Vecchia Spa» è archiviata: non ospita nuovi tirocini."
    )
    assert count(db, "internships") == 0


@pytest.mark.parametrize("how", ["l68", "target_group"])
def test_a_disabled_participant_may_stay_24_months(
    db: Database, world: dict[str, int], how: str
) -> None:
    """Law 68/99 registration or the disability target group lifts the limit to 24 months."""
    long = internship(world, end_date="28/02/2027")
    with pytest.raises(ValidationError):
        add_internship(db, TUTOR, long)
    with db.transaction() as session:
        person = session.query(Participant).filter_by(codice_fiscale=CF).one()
        if how == "l68":
            person.l68_registered = True
        else:
            session.add(
                ParticipantTargetGroup(participant_id=person.id, group=TargetGroup.DISABILITY)
            )
    row = add_internship(db, TUTOR, long)
    assert row.end_date == date(2027, 2, 28)
    with pytest.raises(ValidationError) as info:
        extend_internship(db, TUTOR, row.id, "01/03/2027")
    assert str(info.value) == (
        "Proroga: un tirocinio extracurricolare dura al massimo 24 mesi per una persona con "
        "disabilità, proroghe comprese: l'ultimo giorno possibile è il 28/02/2027."
    )


def test_extension_counts_in_the_total(db: Database, world: dict[str, int]) -> None:
    """An extension within 12 months is kept; one past it is refused naming «Proroga»."""
    row = add_internship(db, TUTOR, internship(world))
    with pytest.raises(ValidationError) as info:
        extend_internship(db, TUTOR, row.id, "01/03/2026")
    assert info.value.field == "extended_to"
    assert "al massimo 12 mesi" in str(info.value) and "28/02/2026" in str(info.value)
    with pytest.raises(ValidationError) as info:
        extend_internship(db, TUTOR, row.id, "31/08/2025")
    assert str(info.value) == "Proroga: deve essere dopo la fine attuale (31/08/2025)."
    extended = extend_internship(db, TUTOR, row.id, "28/02/2026")
    assert extended.end_date == date(2025, 8, 31)
    assert extended.extended_to == extended.effective_end == date(2026, 2, 28)
    assert audited(db, "internship") == 2


def test_update_keeps_the_extension_and_the_law(db: Database, world: dict[str, int]) -> None:
    """A correction is checked like a new internship, with the extension already granted."""
    row = add_internship(db, TUTOR, internship(world))
    extend_internship(db, TUTOR, row.id, "31/12/2025")
    changed = update_internship(db, TUTOR, row.id, internship(world, hours_per_week=20, site=""))
    assert changed.hours_per_week == 20 and changed.site is None
    assert changed.extended_to == date(2025, 12, 31)
    with pytest.raises(ValidationError) as info:
        update_internship(
            db, TUTOR, row.id, internship(world, start_date="01/12/2024", communication_date=None)
        )
    assert info.value.field == "extended_to" and "30/11/2025" in str(info.value)
    with pytest.raises(ValidationError) as info:
        update_internship(db, TUTOR, row.id, internship(world, participant=CF2))
    assert info.value.field == "participant"
    assert list_internships(db, TUTOR)[0].hours_per_week == 20


def test_interrupted_needs_a_reason_and_ends_there(db: Database, world: dict[str, int]) -> None:
    """Interrupting asks why; the closing date becomes the end; a second closing is refused."""
    row = add_internship(db, TUTOR, internship(world))
    with pytest.raises(ValidationError) as info:
        close_internship(db, TUTOR, row.id, "interrupted", "15/05/2025")
    assert info.value.field == "reason"
    with pytest.raises(ValidationError) as info:
        close_internship(db, TUTOR, row.id, "completed", "01/09/2025")
    assert str(info.value) == (
        "Data di chiusura: è dopo la fine del tirocinio (31/08/2025): prima registrate la proroga."
    )
    with pytest.raises(ValidationError) as info:
        close_internship(db, TUTOR, row.id, "completed", "28/02/2025")
    assert info.value.field == "on_date"
    closed = close_internship(
        db, TUTOR, row.id, InternshipOutcome.INTERRUPTED, "15/05/2025", reason="Trasferimento"
    )
    assert closed.outcome is InternshipOutcome.INTERRUPTED
    assert closed.interruption_reason == "Trasferimento"
    assert closed.effective_end == closed.end_date == date(2025, 5, 15)
    with pytest.raises(ConflictError):
        close_internship(db, TUTOR, row.id, "completed", "15/05/2025")
    with pytest.raises(ConflictError):
        extend_internship(db, TUTOR, row.id, "30/09/2025")
    assert [r.id for r in list_internships(db, TUTOR, status="interrupted")] == [row.id]
    assert list_internships(db, TUTOR, status="ongoing") == []


def test_completed_during_the_extension(db: Database, world: dict[str, int]) -> None:
    """Completing during an extension keeps the planned end and shortens the extension."""
    row = add_internship(db, TUTOR, internship(world))
    extend_internship(db, TUTOR, row.id, "31/12/2025")
    closed = close_internship(db, TUTOR, row.id, "completed", "30/11/2025", reason="ignored")
    assert (closed.end_date, closed.extended_to) == (date(2025, 8, 31), date(2025, 11, 30))
    assert closed.interruption_reason is None


def test_converted_records_the_contract_in_the_same_transaction(
    db: Database, world: dict[str, int]
) -> None:
    """The contract's employer is the host company; a bad contract leaves the internship open."""
    row = add_internship(db, TUTOR, internship(world))
    contract = OutcomeInput(CF, "fixed_term", "01/09/2025", occupation="Magazziniere")
    with pytest.raises(ValidationError) as info:
        close_internship(db, TUTOR, row.id, "converted", "31/08/2025", contract=contract)
    assert str(info.value) == "Durata in mesi: indicate la durata del contratto in mesi."
    assert list_internships(db, TUTOR)[0].outcome is InternshipOutcome.ONGOING
    assert count(db, "outcomes") == 0
    with pytest.raises(ValidationError) as info:
        close_internship(
            db, TUTOR, row.id, "converted", "31/08/2025", contract=replace(contract, type="none")
        )
    assert info.value.field == "type"
    with pytest.raises(ValidationError) as info:
        close_internship(
            db,
            TUTOR,
            row.id,
            "converted",
            "31/08/2025",
            contract=replace(contract, months=12, start_date="30/08/2025"),
        )
    assert info.value.field == "start_date"
    closed = close_internship(
        db, TUTOR, row.id, "converted", "31/08/2025", contract=replace(contract, months=12)
    )
    assert closed.outcome is InternshipOutcome.CONVERTED
    [outcome] = list_outcomes(db, TUTOR, participant=CF)
    assert outcome.type is OutcomeType.FIXED_TERM and outcome.months == 12
    assert outcome.employer == "Acme Srl" and outcome.company_id == world["acme"]
    assert outcome.pathway_id == world["pathway"] and outcome.occupation == "Magazziniere"
    assert outcome.days_to_first_job is None  # the pathway is still open
    assert audited(db, "outcome") == 1


# --------------------------------------------------------------------------- outcomes


def outcome(**change: object) -> OutcomeInput:
    data = OutcomeInput(CF, "fixed_term", "01/07/2025", employer="Bar Centrale", months=6)
    return replace(data, **change)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"months": None}, "months", "Durata in mesi: indicate la durata del contratto in mesi."),
        (
            {"type": "agency", "months": ""},
            "months",
            "Durata in mesi: indicate la durata del contratto in mesi.",
        ),
        (
            {"type": "open_ended", "months": 12},
            "months",
            "Durata in mesi: un contratto a tempo indeterminato non ha durata.",
        ),
        ({"months": 0}, "months", "Durata in mesi: deve essere di almeno un mese."),
        ({"months": -3}, "months", "Durata in mesi: deve essere di almeno un mese."),
        ({"hours_per_week": 61}, "hours_per_week", "Ore settimanali: tra 1 e 60 ore."),
        ({"employer": " "}, "employer", "Datore di lavoro: indicate il datore di lavoro."),
        ({"start_date": None}, "start_date", "Inizio: indicate la data."),
        ({"type": "lottery"}, "type", "Tipo di esito: «lottery» non è un esito."),
    ],
)
def test_bad_outcomes_name_the_field(
    db: Database, world: dict[str, int], change: dict[str, object], field: str, message: str
) -> None:
    """Months required for fixed-term and agency, empty for open-ended; hours 1..60."""
    with pytest.raises(ValidationError) as info:
        add_outcome(db, TUTOR, outcome(**change))
    assert (info.value.field, str(info.value)) == (field, message)
    assert count(db, "outcomes") == 0


def test_days_to_first_job_on_hand_checked_dates(
    db: Database, admin: Actor, world: dict[str, int]
) -> None:
    """Pathway ended 30/06/2025: education on 05/07 ignored, fixed-term on 20/07 -> 20 days."""
    open_row = add_outcome(db, TUTOR, outcome(start_date="01/06/2025"))
    assert open_row.days_to_first_job is None  # the pathway is still open
    delete_outcome(db, TUTOR, open_row.id)
    set_pathway_status(
        db,
        admin,
        world["pathway"],
        PathwayStatus.CLOSED_NEGATIVE,
        reason="Fine del programma",
        end_date=date(2025, 6, 30),
    )  # records «nessun esito» on 30/06, which is not a job
    school = add_outcome(
        db, TUTOR, OutcomeInput(CF, "education", "05/07/2025", pathway_id=world["pathway"])
    )
    assert school.days_to_first_job is None
    job = add_outcome(db, TUTOR, outcome(start_date="20/07/2025"))  # no pathway: the closed one
    later = add_outcome(
        db,
        TUTOR,
        OutcomeInput(CF, "open_ended", "01/09/2025", company_id=world["acme"], hours_per_week=38),
    )
    rows = {r.id: r for r in list_outcomes(db, TUTOR, participant=CF)}
    assert len(rows) == 4
    assert {r.days_to_first_job for r in rows.values()} == {20}
    assert [r.id for r in rows.values() if r.is_first_job] == [job.id]
    assert rows[later.id].employer == "Acme Srl" and rows[later.id].months is None
    assert rows[job.id].pathway_id is None and rows[school.id].pathway_id == world["pathway"]
    # An earlier job, moved to before the end of the pathway, counts as 0.
    update_outcome(db, TUTOR, job.id, outcome(start_date="15/06/2025"))
    assert {r.days_to_first_job for r in list_outcomes(db, TUTOR, participant=CF)} == {0}
    # An outcome without a pathway, older than every pathway, measures nothing.
    old = add_outcome(db, TUTOR, OutcomeInput(CF, "education", "01/09/2024"))
    assert old.pathway_id is None and old.days_to_first_job is None
    delete_outcome(db, TUTOR, old.id)
    # The other person's pathway is open: None.
    other = add_outcome(db, TUTOR, outcome(participant=CF2, start_date="10/10/2025"))
    assert other.pathway_id == world["other"] and other.days_to_first_job is None
    assert audited(db, "outcome") == 9  # 6 created, 2 deleted, 1 updated


def test_update_and_delete_outcome(db: Database, world: dict[str, int]) -> None:
    """A correction stays with its person; deletion is logged."""
    row = add_outcome(db, TUTOR, outcome())
    changed = update_outcome(db, TUTOR, row.id, outcome(type="open_ended", months=None))
    assert changed.type is OutcomeType.OPEN_ENDED and changed.months is None
    with pytest.raises(ValidationError) as info:
        update_outcome(db, TUTOR, row.id, outcome(participant=CF2))
    assert info.value.field == "participant"
    delete_outcome(db, TUTOR, row.id)
    assert list_outcomes(db, TUTOR) == []
    assert db.read("SELECT action FROM audit_events WHERE entity = 'outcome'")[-1][0] == "delete"


def test_an_operator_neither_reads_nor_records(db: Database, world: dict[str, int]) -> None:
    """Internships and outcomes are the record: operators get PermissionDenied for every change
    and every read."""
    row = add_internship(db, TUTOR, internship(world))
    result = add_outcome(db, TUTOR, outcome())
    for attempt in (
        lambda: add_internship(db, OPERATOR, internship(world)),
        lambda: update_internship(db, OPERATOR, row.id, internship(world)),
        lambda: extend_internship(db, OPERATOR, row.id, "30/09/2025"),
        lambda: close_internship(db, OPERATOR, row.id, "completed", "31/08/2025"),
        lambda: add_outcome(db, OPERATOR, outcome()),
        lambda: update_outcome(db, OPERATOR, result.id, outcome()),
        lambda: delete_outcome(db, OPERATOR, result.id),
        lambda: list_internships(db, OPERATOR, company_id=world["acme"]),
        lambda: list_outcomes(db, OPERATOR, participant=CF),
        lambda: pathways_of(db, OPERATOR, CF),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    assert count(db, "internships") == 1 and count(db, "outcomes") == 1
    assert len(list_internships(db, TUTOR, company_id=world["acme"])) == 1
    assert list_internships(db, TUTOR, company_id=world["old"]) == []
    assert [p.programme_code for p in pathways_of(db, TUTOR, CF)] == ["GOL"]


def test_a_tutor_reaches_only_their_caseload(
    db: Database, world: dict[str, int], admin: Actor
) -> None:
    """When Bianchi's pathway moves to another tutor, g.verdi is refused Bianchi's internships
    and outcomes (by code, by id, through the internship's or outcome's id) and no longer sees
    them in the lists; the coordinator still does."""
    from storage.services.intake import change_tutor

    row = add_internship(db, TUTOR, internship(world, participant=CF2))
    result = add_outcome(db, TUTOR, outcome(participant=CF2))
    create_user(db, admin, UserInput("l.neri", "Luca Neri", "tutor"))
    change_tutor(db, admin, world["other"], "l.neri", date(2025, 4, 1))
    refused = (
        r"^L'utente g.verdi \(tutor\) non può {what}: la persona non è tra quelle che gli sono "
        r"assegnate\.$"
    )
    for what, attempt in (
        (
            "registrare tirocini",
            lambda: add_internship(db, TUTOR, internship(world, participant=CF2)),
        ),
        ("modificare tirocini", lambda: update_internship(db, TUTOR, row.id, internship(world))),
        ("prorogare tirocini", lambda: extend_internship(db, TUTOR, row.id, "30/09/2025")),
        (
            "chiudere tirocini",
            lambda: close_internship(db, TUTOR, row.id, "completed", "31/08/2025"),
        ),
        ("registrare esiti", lambda: add_outcome(db, TUTOR, outcome(participant=CF2))),
        ("modificare esiti", lambda: update_outcome(db, TUTOR, result.id, outcome())),
        ("eliminare esiti", lambda: delete_outcome(db, TUTOR, result.id)),
        ("consultare i tirocini", lambda: list_internships(db, TUTOR, participant=CF2)),
        ("consultare gli esiti", lambda: list_outcomes(db, TUTOR, participant=CF2)),
        ("consultare i percorsi", lambda: pathways_of(db, TUTOR, CF2)),
    ):
        with pytest.raises(PermissionDenied, match=refused.format(what=what)):
            attempt()
    assert list_internships(db, TUTOR) == [] and list_outcomes(db, TUTOR) == []
    assert [r.id for r in list_internships(db, admin)] == [row.id]
    assert [r.id for r in list_outcomes(db, admin)] == [result.id]
