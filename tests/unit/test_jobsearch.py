"""Job-search sessions and applications: bad input, the session's single transaction under the
cap, the board's moves and columns, and the tutor's list (issue 6, points 3 and 4)."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from models.enums import ApplicationChannel, ApplicationStatus, Role
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.rows import Actor
from models.validation import ParticipantInput
from storage.engine import Database
from storage.services.admin import ProgrammeInput, UserInput, create_programme, create_user
from storage.services.companies import CompanyInput, create_company
from storage.services.intake import ConsentInput, PathwayInput, open_pathway, record_consent
from storage.services.jobsearch import (
    BOARD_ORDER,
    ApplicationInput,
    JobSearchInput,
    add_application,
    application_board,
    clean_channels,
    delete_application,
    list_applications,
    list_job_search_sessions,
    record_job_search,
    set_application_status,
    tutor_applications,
    update_application,
)
from storage.services.participants import create_participant
from tests.conftest import make_cf, stored

CF = make_cf("Rossi", "Mario", "M", date(1980, 1, 1))
CF2 = make_cf("Bianchi", "Anna", "F", date(1990, 5, 5))
CF3 = make_cf("Verdi", "Luca", "M", date(1985, 3, 3))
TUTOR = Actor("g.verdi", Role.TUTOR)
OTHER = Actor("l.neri", Role.TUTOR)
COORDINATOR = Actor("c.bianchi", Role.COORDINATOR)
OPERATOR = Actor("o.rossi", Role.OPERATOR)
TODAY = date.today()
START = TODAY - timedelta(days=60)


@pytest.fixture
def people(db: Database, admin: Actor) -> None:
    """Rossi and Bianchi followed by g.verdi, Verdi by l.neri, all in GOL since START; GOL caps
    active job search at 2 hours."""
    for last, first, cf in (
        ("Rossi", "Mario", CF),
        ("Bianchi", "Anna", CF2),
        ("Verdi", "Luca", CF3),
    ):
        create_participant(db, admin, ParticipantInput(last, first, codice_fiscale=cf))
        record_consent(db, admin, cf, ConsentInput(START))
    for username, role in (
        ("g.verdi", "tutor"),
        ("l.neri", "tutor"),
        ("c.bianchi", "coordinator"),
        ("o.rossi", "operator"),
    ):
        create_user(db, admin, UserInput(username, username.title(), role))
    create_programme(
        db,
        admin,
        ProgrammeInput(
            "GOL",
            "GOL",
            "Regione",
            START - timedelta(days=30),
            TODAY + timedelta(days=400),
            caps=[("active_job_search", 2)],
        ),
    )
    open_pathway(db, admin, PathwayInput(CF, "GOL", "g.verdi", START))
    open_pathway(db, admin, PathwayInput(CF2, "GOL", "g.verdi", START))
    open_pathway(db, admin, PathwayInput(CF3, "GOL", "l.neri", START))


def count(db: Database, table: str) -> int:
    return int(db.read(f"SELECT count(*) FROM {table}")[0][0])


def app(
    role: str = "Magazziniere",
    company: str | None = "Bassi Srl",
    status: ApplicationStatus = ApplicationStatus.SENT,
    applied_on: date | None = TODAY - timedelta(days=3),
    follow_up_on: date | None = None,
    participant: str = CF,
    channel: ApplicationChannel = ApplicationChannel.JOB_PORTAL,
) -> ApplicationInput:
    return ApplicationInput(
        participant,
        role,
        channel,
        company_name=company,
        applied_on=applied_on,
        status=status,
        follow_up_on=follow_up_on,
    )


# --------------------------------------------------------------------------- bad input


def test_a_session_ending_before_it_starts_is_refused(db: Database, people: None) -> None:
    """End 9:00 after a 10:00 start: «Fine» named, nothing written."""
    data = JobSearchInput(CF, TODAY, start=time(10, 0), end=time(9, 0))
    with pytest.raises(ValidationError) as caught:
        record_job_search(db, TUTOR, data)
    assert (caught.value.field, str(caught.value)) == (
        "end",
        "Fine: la fine deve seguire l'inizio.",
    )
    assert count(db, "job_search_sessions") == 0


def test_a_session_longer_than_twelve_hours_is_refused(db: Database, people: None) -> None:
    """721 minutes is not a session."""
    with pytest.raises(ValidationError) as caught:
        record_job_search(db, TUTOR, JobSearchInput(CF, TODAY, minutes=721))
    assert str(caught.value) == "Durata: più di 12 ore non è un incontro."
    assert count(db, "job_search_sessions") == 0


def test_a_session_in_the_future_and_an_unknown_channel_are_refused(
    db: Database, people: None
) -> None:
    """Tomorrow's session and the channel «televisione» name their fields."""
    with pytest.raises(ValidationError) as caught:
        record_job_search(db, TUTOR, JobSearchInput(CF, TODAY + timedelta(days=1), minutes=60))
    assert caught.value.field == "day"
    with pytest.raises(ValidationError) as caught:
        record_job_search(
            db, TUTOR, JobSearchInput(CF, TODAY, minutes=60, channels=["televisione"])
        )
    assert caught.value.field == "channels"
    assert str(caught.value).startswith("Canali: «televisione» non è un canale previsto (")
    assert count(db, "job_search_sessions") == 0


def test_channels_are_kept_in_vocabulary_order_without_repeats() -> None:
    """Case, spaces and repeats do not matter; the stored order is the vocabulary's."""
    assert clean_channels(["Passaparola", " portali  di annunci", "passaparola"]) == (
        "portali di annunci",
        "passaparola",
    )
    assert clean_channels("centro per l’impiego, social network") == (
        "centro per l'impiego",
        "social network",
    )


def test_a_follow_up_before_the_application_was_sent_is_refused(db: Database, people: None) -> None:
    """Follow-up on the 1st for an application sent on the 5th: «Da richiamare il» named."""
    sent = TODAY - timedelta(days=5)
    with pytest.raises(ValidationError) as caught:
        add_application(db, TUTOR, app(applied_on=sent, follow_up_on=sent - timedelta(days=4)))
    assert caught.value.field == "follow_up_on"
    assert str(caught.value) == f"Da richiamare il: è prima dell'invio ({sent:%d/%m/%Y})."
    assert count(db, "job_applications") == 0


def test_an_application_needs_a_role_and_a_company(db: Database, people: None) -> None:
    """No role: «Mansione» is required; no company id nor name: «Azienda» asked for."""
    with pytest.raises(ValidationError) as caught:
        add_application(db, TUTOR, app(role="  "))
    assert str(caught.value) == "Mansione: è obbligatorio."
    with pytest.raises(ValidationError) as caught:
        add_application(db, TUTOR, app(company=None))
    assert caught.value.field == "company_name"
    assert str(caught.value) == (
        "Azienda: indicate l'azienda (sceglietela dall'elenco o scrivetene il nome)."
    )
    assert count(db, "job_applications") == 0


def test_a_sent_application_cannot_be_dated_in_the_future(db: Database, people: None) -> None:
    """«Inviata» next week is refused; «Da inviare» next week is a plan and is kept."""
    next_week = TODAY + timedelta(days=7)
    with pytest.raises(ValidationError) as caught:
        add_application(db, TUTOR, app(applied_on=next_week))
    assert str(caught.value) == "Inviata il: è nel futuro, ma la candidatura risulta «Inviata»."
    planned = add_application(
        db, TUTOR, app(status=ApplicationStatus.TO_SEND, applied_on=next_week)
    )
    assert stored(db.read(f"SELECT applied_on FROM job_applications WHERE id = {planned}")) == [
        (next_week.isoformat(),)
    ]


def test_a_company_of_the_register_gives_its_name(db: Database, people: None, admin: Actor) -> None:
    """company_id: the name is copied from the register."""
    company = create_company(db, admin, CompanyInput("Officine Po Spa"))
    data = app(company=None)
    data.company_id = company.id
    application_id = add_application(db, TUTOR, data)
    (row,) = list_applications(db, TUTOR, CF)
    assert (row.id, row.company_id, row.company_name) == (
        application_id,
        company.id,
        "Officine Po Spa",
    )
    data.company_id = 9999
    with pytest.raises(ValidationError, match=r"Azienda: l'azienda non esiste\."):
        add_application(db, TUTOR, data)


def test_an_operator_may_neither_read_nor_record(db: Database, people: None) -> None:
    """Applications and sessions are the record: operators are refused on writes and reads."""
    with pytest.raises(PermissionDenied):
        add_application(db, OPERATOR, app())
    with pytest.raises(PermissionDenied):
        record_job_search(db, OPERATOR, JobSearchInput(CF, TODAY, minutes=30))
    with pytest.raises(
        PermissionDenied,
        match=r"^L'utente o.rossi \(operatore\) non può consultare le candidature\.$",
    ):
        list_applications(db, OPERATOR)
    with pytest.raises(PermissionDenied):
        list_job_search_sessions(db, OPERATOR)


def test_a_tutor_reaches_only_their_caseload(db: Database, people: None) -> None:
    """l.neri follows Verdi only: Rossi's applications and sessions are refused to them, by code,
    by id and through the application's id; their lists hold only Verdi's."""
    mine = add_application(db, TUTOR, app())
    record_job_search(db, TUTOR, JobSearchInput(CF, TODAY, minutes=30))
    theirs = add_application(db, OTHER, app(participant=CF3))
    refused = (
        r"^L'utente l.neri \(tutor\) non può {what}: la persona non è tra quelle che gli sono "
        r"assegnate\.$"
    )
    with pytest.raises(PermissionDenied, match=refused.format(what="registrare candidature")):
        add_application(db, OTHER, app())
    with pytest.raises(PermissionDenied, match=refused.format(what="modificare candidature")):
        update_application(db, OTHER, mine, app())
    with pytest.raises(PermissionDenied):
        set_application_status(db, OTHER, mine, ApplicationStatus.INTERVIEW)
    with pytest.raises(PermissionDenied, match=refused.format(what="eliminare candidature")):
        delete_application(db, OTHER, mine)
    with pytest.raises(PermissionDenied):
        record_job_search(db, OTHER, JobSearchInput(CF, TODAY, minutes=30))
    with pytest.raises(PermissionDenied):
        list_applications(db, OTHER, CF)
    with pytest.raises(PermissionDenied):
        list_job_search_sessions(db, OTHER, CF)
    board = application_board(db, TUTOR, CF)
    with pytest.raises(PermissionDenied):
        application_board(db, OTHER, board.participant_id)
    assert [r.id for r in list_applications(db, OTHER)] == [theirs]
    assert list_job_search_sessions(db, OTHER) == []
    assert [r.id for r in tutor_applications(db, OTHER, "g.verdi")] == []
    assert {r.id for r in list_applications(db, COORDINATOR)} == {mine, theirs}


# --------------------------------------------------------------------------- sessions


def test_a_session_with_applications_is_saved_together_and_counts_as_hours(
    db: Database, people: None
) -> None:
    """90 minutes, two channels, CV updated, two applications: one session, two linked
    applications dated the session's day, 90 minutes of active job search in the pathway."""
    day = TODAY - timedelta(days=2)
    session_id = record_job_search(
        db,
        TUTOR,
        JobSearchInput(
            CF,
            day,
            start=time(9, 30),
            end=time(11, 0),
            channels=["agenzie per il lavoro", "Portali di annunci"],
            cv_updated=True,
            notes="Aggiornato il profilo",
            applications=[
                app("Magazziniere", "Bassi Srl", applied_on=None, participant=""),
                app(
                    "Addetto pulizie",
                    "Coop Sole",
                    status=ApplicationStatus.TO_SEND,
                    applied_on=None,
                    participant="",
                ),
            ],
        ),
    )
    assert db.read(
        "SELECT minutes, channels, cv_updated, notes, pathway_id IS NOT NULL "
        "FROM job_search_sessions"
    ) == [(90, "portali di annunci, agenzie per il lavoro", 1, "Aggiornato il profilo", 1)]
    assert stored(
        db.read("SELECT role, status, applied_on, session_id FROM job_applications ORDER BY id")
    ) == [
        ("Magazziniere", "sent", day.isoformat(), session_id),
        ("Addetto pulizie", "to_send", None, session_id),
    ]
    assert stored(
        db.read("SELECT service_type, minutes, date, start_time FROM service_deliveries")
    ) == [("active_job_search", 90, day.isoformat(), "09:30:00.000000")]
    (row,) = list_job_search_sessions(db, TUTOR, CF)
    assert (row.id, row.minutes, row.channels, row.cv_updated, row.operator, row.applications) == (
        session_id,
        90,
        ("portali di annunci", "agenzie per il lavoro"),
        True,
        "g.verdi",
        2,
    )
    entities = db.read(
        "SELECT entity, count(*) FROM audit_events WHERE username = 'g.verdi' GROUP BY entity "
        "ORDER BY entity"
    )
    assert entities == [("job_application", 2), ("job_search_session", 1), ("service_delivery", 1)]


def test_hours_past_the_cap_refuse_the_whole_session(db: Database, people: None) -> None:
    """Cap 2 h, 90 min done: another hour is 30 minutes too many; nothing of it is written."""
    record_job_search(db, TUTOR, JobSearchInput(CF, TODAY, minutes=90))
    before = [
        count(db, t)
        for t in ("job_search_sessions", "job_applications", "service_deliveries", "audit_events")
    ]
    data = JobSearchInput(CF, TODAY, minutes=60, applications=[app(participant="")])
    with pytest.raises(ConflictError) as caught:
        record_job_search(db, TUTOR, data)
    # How the cap itself is written (2 or 2.00 ore) is the tutoring service's business.
    message = str(caught.value)
    assert message.startswith(
        "Ricerca attiva del lavoro: con queste ore il percorso supera di 30 minuti il massimo "
        "del programma (2"
    )
    assert message.endswith("Un coordinatore può registrarle lo stesso indicando il motivo.")
    after = [
        count(db, t)
        for t in ("job_search_sessions", "job_applications", "service_deliveries", "audit_events")
    ]
    assert after == before == [1, 0, 1, before[3]]
    # A coordinator with a reason passes the cap; the reason is kept on the hours.
    data.override_reason = "Colloqui ravvicinati"
    record_job_search(db, COORDINATOR, data)
    assert db.read("SELECT sum(minutes) FROM service_deliveries") == [(150,)]
    assert count(db, "job_applications") == 1


def test_a_bad_application_refuses_the_session(db: Database, people: None) -> None:
    """The second application has no role: the message names it, nothing is written."""
    data = JobSearchInput(
        CF, TODAY, minutes=60, applications=[app(participant=""), app(role="", participant="")]
    )
    with pytest.raises(ValidationError) as caught:
        record_job_search(db, TUTOR, data)
    assert str(caught.value) == "Mansione: candidatura 2: è obbligatorio."
    assert [
        count(db, t) for t in ("job_search_sessions", "job_applications", "service_deliveries")
    ] == [0, 0, 0]


def test_without_an_open_pathway_the_session_counts_no_hours(
    db: Database, people: None, admin: Actor
) -> None:
    """A session before the pathway's start is kept without hours; so is one of a person the
    tutor registered and who has no pathway yet (their own intake is in their caseload)."""
    create_participant(
        db,
        TUTOR,
        ParticipantInput(
            "Neri", "Carla", codice_fiscale=make_cf("Neri", "Carla", "F", date(1970, 2, 2))
        ),
    )
    cf = make_cf("Neri", "Carla", "F", date(1970, 2, 2))
    record_job_search(db, TUTOR, JobSearchInput(cf, TODAY, minutes=45))
    record_job_search(db, TUTOR, JobSearchInput(CF, START - timedelta(days=1), minutes=45))
    assert db.read("SELECT pathway_id FROM job_search_sessions") == [(None,), (None,)]
    assert count(db, "service_deliveries") == 0


# --------------------------------------------------------------------------- moves


def test_moves_follow_the_board_rules(db: Database, people: None) -> None:
    """to send → interview dates it today; back to «to send» refused; to send → rejected
    refused; hired is final for a tutor, a coordinator corrects it."""
    first = add_application(db, TUTOR, app(status=ApplicationStatus.TO_SEND, applied_on=None))
    row = set_application_status(
        db, TUTOR, first, ApplicationStatus.INTERVIEW, TODAY + timedelta(days=3)
    )
    assert (row.status, row.applied_on, row.follow_up_on) == (
        ApplicationStatus.INTERVIEW,
        TODAY,
        TODAY + timedelta(days=3),
    )
    with pytest.raises(ValidationError) as caught:
        set_application_status(db, TUTOR, first, ApplicationStatus.TO_SEND)
    assert str(caught.value) == "Stato: una candidatura già inviata non torna «Da inviare»."
    # Interview and test come in any order; the follow-up is kept when none is given.
    row = set_application_status(db, TUTOR, first, ApplicationStatus.TEST)
    assert row.follow_up_on == TODAY + timedelta(days=3)
    row = set_application_status(db, TUTOR, first, ApplicationStatus.INTERVIEW)
    assert row.status == ApplicationStatus.INTERVIEW

    second = add_application(db, TUTOR, app(status=ApplicationStatus.TO_SEND, applied_on=None))
    with pytest.raises(ValidationError) as caught:
        set_application_status(db, TUTOR, second, ApplicationStatus.REJECTED)
    assert "segnatela prima come inviata" in str(caught.value)
    assert set_application_status(db, TUTOR, second, ApplicationStatus.WITHDRAWN).applied_on is None

    row = set_application_status(db, TUTOR, first, ApplicationStatus.HIRED)
    assert (row.status, row.follow_up_on, row.overdue) == (ApplicationStatus.HIRED, None, False)
    with pytest.raises(PermissionDenied) as denied:
        set_application_status(db, TUTOR, first, ApplicationStatus.OFFER)
    assert str(denied.value) == (
        "La candidatura è chiusa (Assunto): solo un coordinatore può correggerne lo stato."
    )
    assert set_application_status(db, COORDINATOR, first, ApplicationStatus.OFFER).status == (
        ApplicationStatus.OFFER
    )
    summaries = [
        s
        for (s,) in db.read(
            "SELECT summary FROM audit_events WHERE entity = 'job_application' "
            "AND action = 'update' ORDER BY id"
        )
    ]
    assert summaries[-1] == "correzione: hired -> offer"
    assert summaries[0] == "to_send -> interview"


def test_an_edit_keeps_the_rules_and_names_the_changed_fields(db: Database, people: None) -> None:
    """update_application: new role and follow-up are audited by field name; a closed
    application's status is still the coordinator's to change."""
    application_id = add_application(db, TUTOR, app())
    data = app(role="Carrellista", follow_up_on=TODAY + timedelta(days=2))
    row = update_application(db, TUTOR, application_id, data)
    assert (row.role, row.follow_up_on) == ("Carrellista", TODAY + timedelta(days=2))
    assert db.read(
        "SELECT summary FROM audit_events WHERE action = 'update' AND entity = 'job_application'"
    ) == [("campi: role, follow_up_on",)]
    with pytest.raises(ValidationError, match="Partecipante: la candidatura è di un'altra persona"):
        update_application(db, TUTOR, application_id, app(participant=CF2))
    set_application_status(db, TUTOR, application_id, ApplicationStatus.REJECTED)
    with pytest.raises(PermissionDenied):
        update_application(db, TUTOR, application_id, app(status=ApplicationStatus.SENT))


def test_delete_is_for_tutors_and_is_audited(db: Database, people: None) -> None:
    """An operator may not; a tutor deletes; the trail keeps status and channel, no names."""
    application_id = add_application(db, TUTOR, app())
    with pytest.raises(PermissionDenied):
        delete_application(db, OPERATOR, application_id)
    delete_application(db, TUTOR, application_id)
    assert count(db, "job_applications") == 0
    assert db.read(
        "SELECT summary FROM audit_events WHERE action = 'delete' AND entity = 'job_application'"
    ) == [("sent via job_portal",)]
    with pytest.raises(ValidationError, match="la candidatura non esiste più"):
        delete_application(db, TUTOR, application_id)


# --------------------------------------------------------------------------- board and lists


def test_the_board_groups_by_status_in_board_order(db: Database, people: None) -> None:
    """Eight columns in order, every application in its status, earliest follow-up first."""
    ids = {}
    for name, status, follow in (
        ("A", ApplicationStatus.SENT, TODAY + timedelta(days=9)),
        ("B", ApplicationStatus.INTERVIEW, None),
        ("C", ApplicationStatus.SENT, TODAY + timedelta(days=2)),
        ("D", ApplicationStatus.REJECTED, None),
        ("E", ApplicationStatus.TO_SEND, None),
    ):
        applied = None if status == ApplicationStatus.TO_SEND else TODAY - timedelta(days=1)
        ids[name] = add_application(
            db, TUTOR, app(company=name, status=status, applied_on=applied, follow_up_on=follow)
        )
    add_application(db, TUTOR, app(company="Z", participant=CF2))
    board = application_board(db, TUTOR, CF)
    assert (
        tuple(c.status for c in board.columns)
        == BOARD_ORDER
        == (
            ApplicationStatus.TO_SEND,
            ApplicationStatus.SENT,
            ApplicationStatus.INTERVIEW,
            ApplicationStatus.TEST,
            ApplicationStatus.OFFER,
            ApplicationStatus.HIRED,
            ApplicationStatus.REJECTED,
            ApplicationStatus.WITHDRAWN,
        )
    )
    assert [[a.company_name for a in c.applications] for c in board.columns] == [
        ["E"],
        ["C", "A"],
        ["B"],
        [],
        [],
        [],
        ["D"],
        [],
    ]
    assert board.total == 5
    assert application_board(db, TUTOR, board.participant_id).total == 5


def test_the_tutor_list_holds_only_the_tutors_participants(db: Database, people: None) -> None:
    """g.verdi sees Rossi's and Bianchi's, not Verdi's (l.neri's); due_only keeps active
    follow-ups within 7 days, overdue ones flagged."""
    late = add_application(
        db,
        TUTOR,
        app(
            company="Late",
            applied_on=TODAY - timedelta(days=20),
            follow_up_on=TODAY - timedelta(days=1),
        ),
    )
    soon = add_application(
        db, TUTOR, app(company="Soon", participant=CF2, follow_up_on=TODAY + timedelta(days=7))
    )
    add_application(db, TUTOR, app(company="Far", follow_up_on=TODAY + timedelta(days=8)))
    add_application(db, TUTOR, app(company="None"))
    add_application(db, OTHER, app(company="Other tutor", participant=CF3, follow_up_on=TODAY))
    rows = tutor_applications(db, TUTOR)
    assert [r.company_name for r in rows] == ["Late", "Soon", "Far", "None"]
    assert [r.overdue for r in rows] == [True, False, False, False]
    assert rows[1].participant_name == "Bianchi Anna"
    due = tutor_applications(db, TUTOR, due_only=True)
    assert [r.id for r in due] == [late, soon]
    assert [r.company_name for r in tutor_applications(db, COORDINATOR, "l.neri")] == [
        "Other tutor"
    ]
    assert tutor_applications(db, COORDINATOR) == []  # the coordinator follows nobody
    with pytest.raises(ValidationError, match=r"Tutor: l'utente «nessuno» non esiste\."):
        tutor_applications(db, COORDINATOR, "nessuno")
    # A final application is never due.
    set_application_status(db, TUTOR, late, ApplicationStatus.REJECTED)
    assert [r.id for r in tutor_applications(db, TUTOR, due_only=True)] == [soon]
