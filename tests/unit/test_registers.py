"""Monthly timesheets and course attendance registers: documents, signing, unlocking, reprints."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, time
from pathlib import Path

import pytest

from models.enums import AttendanceStatus, Role, ServiceType
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.rows import Actor
from models.validation import ParticipantInput
from storage.engine import Database
from storage.printing.registers import (
    export_edition_register,
    export_session_register,
    export_timesheet,
)
from storage.services.admin import ProgrammeInput, UserInput, create_programme, create_user
from storage.services.courses import (
    AttendanceEntry,
    CourseInput,
    EditionInput,
    SessionInput,
    add_session,
    create_course,
    create_edition,
    enrol,
    record_attendance,
)
from storage.services.intake import ConsentInput, PathwayInput, open_pathway, record_consent
from storage.services.participants import create_participant
from storage.services.registers import (
    list_registers,
    parse_month,
    session_register_document,
    sign_session_register,
    sign_timesheet,
    timesheet_document,
    unlock_register,
)
from storage.services.tutoring import (
    DeliveryInput,
    NoteInput,
    add_note,
    delete_delivery,
    edit_note,
    record_delivery,
)
from tests.conftest import make_cf

CF = make_cf("Rossi", "Mario", "M", date(1980, 1, 1))
CF2 = make_cf("Bianchi", "Anna", "F", date(1990, 5, 5))
TUTOR = Actor("g.verdi", Role.TUTOR)
COORDINATOR = Actor("c.bianchi", Role.COORDINATOR)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed",
)


@pytest.fixture
def pathway_id(db: Database, admin: Actor) -> int:
    """Mario Rossi's GOL pathway with March 2026 hours: coaching 03/03 09:00–11:00 and 17/03
    14:00–14:45 (by g.verdi), orientation 10/03 10:00–11:30 (by c.bianchi); coaching on 27/02
    and 01/04, outside March."""
    create_participant(db, admin, ParticipantInput("Rossi", "Mario", codice_fiscale=CF))
    create_user(db, admin, UserInput("g.verdi", "Giovanna Verdi", "tutor"))
    create_user(db, admin, UserInput("c.bianchi", "Carla Bianchi", "coordinator"))
    create_programme(
        db, admin, ProgrammeInput("GOL", "Garanzia occupabilità", "Regione", "01/01/2026", None)
    )
    record_consent(db, admin, CF, ConsentInput(date(2026, 1, 10)))
    pathway = open_pathway(db, admin, PathwayInput(CF, "GOL", "g.verdi", date(2026, 2, 2))).id
    for day, start, end, service, who in (
        ("27/02/2026", time(9), time(10), "coaching", TUTOR),
        ("03/03/2026", time(9), time(11), "coaching", TUTOR),
        ("10/03/2026", time(10), time(11, 30), "orientation", COORDINATOR),
        ("17/03/2026", time(14), time(14, 45), "coaching", TUTOR),
        ("01/04/2026", time(9), time(10), "coaching", TUTOR),
    ):
        record_delivery(
            db, who, DeliveryInput(pathway, service, day, start, end, place="Ufficio 2")
        )
    return pathway


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def fonts(path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    return [line.split()[0] for line in out.splitlines()[2:] if line.strip()]


def delivery_ids(db: Database, day: str) -> list[int]:
    return [
        int(r[0]) for r in db.read("SELECT id FROM service_deliveries WHERE date = :d", {"d": day})
    ]


def locked(db: Database) -> dict[str, bool]:
    return {
        str(day): bool(flag)
        for day, flag in db.read("SELECT date, locked FROM service_deliveries ORDER BY date")
    }


def exports(db: Database) -> list[str]:
    return [
        str(r[0])
        for r in db.read("SELECT summary FROM audit_events WHERE action = 'export' ORDER BY id")
    ]


# --------------------------------------------------------------------------- months


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03", date(2026, 3, 1)),
        ("03/2026", date(2026, 3, 1)),
        (date(2026, 3, 17), date(2026, 3, 1)),
    ],
)
def test_months_parse(value: str | date, expected: date) -> None:
    """«YYYY-MM», «MM/YYYY» and any date of the month name the month's first day."""
    assert parse_month(value) == expected


@pytest.mark.parametrize("value", ["2026-13", "2026-00", "marzo 2026", "2026-3", "", "1999-12"])
def test_bad_months_are_refused(value: str) -> None:
    """A month that does not parse is a ValidationError on field «month»."""
    with pytest.raises(ValidationError) as info:
        parse_month(value)
    assert info.value.field == "month" and "2026-03" in info.value.reason


# --------------------------------------------------------------------------- timesheets


def test_timesheet_document_holds_the_month(db: Database, pathway_id: int) -> None:
    """One section per service with the month's deliveries in date order, and the totals."""
    doc = timesheet_document(db, TUTOR, CF, "2026-03")
    assert doc.name == "Rossi Mario" and doc.month == date(2026, 3, 1) and doc.signed is None
    assert [s.service_type for s in doc.sections] == [ServiceType.ORIENTATION, ServiceType.COACHING]
    coaching = doc.sections[1]
    assert [(ln.day, ln.start, ln.end, ln.minutes) for ln in coaching.lines] == [
        (date(2026, 3, 3), time(9), time(11), 120),
        (date(2026, 3, 17), time(14), time(14, 45), 45),
    ]
    assert coaching.minutes == 165 and coaching.operators == ("Giovanna Verdi",)
    assert coaching.lines[0].place == "Ufficio 2" and coaching.lines[1].hours == "0,75"
    assert doc.sections[0].operators == ("Carla Bianchi",)
    assert doc.minutes == 255 and doc.deliveries == 3
    only = timesheet_document(db, TUTOR, CF, "2026-03", service="orientation")
    assert [s.service_type for s in only.sections] == [ServiceType.ORIENTATION]
    assert only.minutes == 90


@needs_poppler
def test_timesheet_pdf_holds_hours_totals_and_signature_lines(
    db: Database, pathway_id: int, tmp_path: Path
) -> None:
    """The printed timesheet: deliveries, hours, totals, signature lines; DejaVu fonts only."""
    out = tmp_path / "foglio.pdf"
    pages = export_timesheet(db, TUTOR, CF, "2026-03", out)
    assert pages == 3  # orientation, coaching, and the month's summary
    text = pdf_text(out)
    for expected in (
        "Foglio ore mensile – marzo 2026",
        "Rossi Mario",
        CF,
        "GOL – Garanzia occupabilità (Regione)",
        "03/03/2026",
        "09:00–11:00",
        "17/03/2026",
        "14:00–14:45",
        "10/03/2026",
        "10:00–11:30",
        "Ufficio 2",
        "Giovanna Verdi",
        "Carla Bianchi",
        "2 incontri",
        "2 ore e 45 minuti",  # coaching: 120 + 45 minutes
        "1 ora e 30 minuti",  # orientation
        "Firma del partecipante",
        "Firma dell'operatore",
        "Luogo e data",
        "Riepilogo di marzo 2026",
        "Totale del mese: 4 ore e 15 minuti.",
        "pagina 3 di 3",
    ):
        assert expected in text, expected
    assert "27/02/2026" not in text and "01/04/2026" not in text
    assert "Ristampa" not in text and "RISTAMPA" not in text
    assert fonts(out) and all("DejaVuSans" in name for name in fonts(out))
    assert exports(db) == ["timesheet 2026-03 all deliveries=3 pdf pages=3"]


@needs_poppler
def test_one_service_timesheet_is_one_page(db: Database, pathway_id: int, tmp_path: Path) -> None:
    """A one-service timesheet has no summary page; its total is in hours and in words."""
    out = tmp_path / "coaching.pdf"
    assert export_timesheet(db, TUTOR, CF, "2026-03", out, service="coaching") == 1
    text = pdf_text(out)
    assert "2,75" in text and "2 ore e 45 minuti" in text and "Orientamento" not in text


@needs_poppler
def test_an_empty_month_prints_and_says_so(db: Database, pathway_id: int, tmp_path: Path) -> None:
    """A month without hours still prints: one page that says there is nothing to sign."""
    out = tmp_path / "maggio.pdf"
    assert export_timesheet(db, TUTOR, CF, "2026-05", out) == 1
    text = pdf_text(out)
    assert "Nessuna ora di servizio registrata in maggio 2026 (tutti i servizi)" in text
    assert "Firma del partecipante" not in text


def test_bad_month_unknown_person_and_folder_write_nothing(
    db: Database, pathway_id: int, tmp_path: Path
) -> None:
    """A month that does not parse, an unknown participant or a missing folder: ValidationError
    naming the field, no file, no audit event."""
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "x.pdf"
    for args, field in (
        ((CF, "2026-13", out), "month"),
        (("RSSMRA80A01D150X", "2026-03", out), "participant"),
        ((CF, "2026-03", folder / "missing" / "x.pdf"), "out"),
    ):
        with pytest.raises(ValidationError) as info:
            export_timesheet(db, TUTOR, *args)
        assert info.value.field == field
    with pytest.raises(ValidationError) as info:
        export_timesheet(db, TUTOR, CF, "2026-03", out, service="nuoto")
    assert info.value.field == "service"
    assert list(folder.iterdir()) == [] and exports(db) == []


def test_an_operator_cannot_print_timesheets(db: Database, pathway_id: int, tmp_path: Path) -> None:
    """Timesheets are printed by tutors, coordinators and administrators."""
    with pytest.raises(PermissionDenied):
        export_timesheet(db, Actor("l.rossi", Role.OPERATOR), CF, "2026-03", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


# --------------------------------------------------------------------------- signing


def test_signing_locks_the_deliveries(db: Database, pathway_id: int) -> None:
    """A signed timesheet locks its month's deliveries: deleting one or moving a meeting that
    counts as hours is refused; other months stay free."""
    note = add_note(
        db,
        TUTOR,
        NoteInput(
            CF,
            "24/03/2026",
            "participant",
            "in_person",
            "Colloquio",
            time(9),
            time(10),
            pathway_id=pathway_id,
            counts_as="coaching",
        ),
    )
    row = sign_timesheet(db, TUTOR, CF, "2026-03")
    assert row.kind == "timesheet" and row.deliveries == 4 and row.signed_by == "g.verdi"
    assert row.month == date(2026, 3, 1) and row.service_type is None and row.active
    assert locked(db) == {
        "2026-02-27": False,
        "2026-03-03": True,
        "2026-03-10": True,
        "2026-03-17": True,
        "2026-03-24": True,
        "2026-04-01": False,
    }
    with pytest.raises(ConflictError, match="registro già firmato"):
        delete_delivery(db, TUTOR, delivery_ids(db, "2026-03-03")[0])
    with pytest.raises(ConflictError, match="registro firmato"):
        edit_note(
            db,
            TUTOR,
            note,
            NoteInput(
                CF,
                "24/03/2026",
                "participant",
                "in_person",
                "Colloquio",
                time(9),
                time(11),
                pathway_id=pathway_id,
                counts_as="coaching",
            ),
        )
    delete_delivery(db, TUTOR, delivery_ids(db, "2026-04-01")[0])  # April is not signed
    assert timesheet_document(db, TUTOR, CF, "2026-03").signed is not None


def test_nothing_to_sign_and_already_signed_are_conflicts(db: Database, pathway_id: int) -> None:
    """An empty month and a timesheet signed twice are refused; so is an all-services timesheet
    holding hours already in a signed one-service timesheet."""
    with pytest.raises(ConflictError, match="nulla da firmare"):
        sign_timesheet(db, TUTOR, CF, "2026-05")
    sign_timesheet(db, TUTOR, CF, "2026-03", "coaching")
    with pytest.raises(ConflictError, match="già firmato"):
        sign_timesheet(db, TUTOR, CF, "2026-03", "coaching")
    with pytest.raises(ConflictError, match="già nel foglio ore firmato"):
        sign_timesheet(db, TUTOR, CF, "2026-03")
    assert sign_timesheet(db, TUTOR, CF, "2026-03", "orientation").deliveries == 1
    rows = list_registers(db, TUTOR, kind="timesheet", month="2026-03", active_only=True)
    assert [r.title for r in rows] == [
        "Foglio ore di marzo 2026 (Orientamento) – Rossi Mario",
        "Foglio ore di marzo 2026 (Coaching) – Rossi Mario",
    ]
    assert list_registers(db, TUTOR, kind="attendance") == []
    with pytest.raises(ValidationError):
        list_registers(db, TUTOR, kind="dossier")
    with pytest.raises(ValidationError) as info:
        sign_timesheet(db, TUTOR, CF, "2026-13")
    assert info.value.field == "month"
    with pytest.raises(ValidationError) as info:
        sign_timesheet(db, TUTOR, CF, "2026-02", signed_on="01/01/2030")
    assert info.value.field == "signed_on"


def test_only_a_coordinator_unlocks_and_the_reason_is_kept(db: Database, pathway_id: int) -> None:
    """A tutor cannot unlock; a coordinator must say why; the reason stays on the register,
    the deliveries can change again, and signing again makes a new register."""
    row = sign_timesheet(db, TUTOR, CF, "2026-03")
    with pytest.raises(PermissionDenied):
        unlock_register(db, TUTOR, row.id, "Errore nell'orario del 3 marzo")
    with pytest.raises(ValidationError) as info:
        unlock_register(db, COORDINATOR, row.id, "  ")
    assert info.value.field == "reason"
    assert locked(db)["2026-03-03"] is True
    unlocked = unlock_register(db, COORDINATOR, row.id, "Errore nell'orario del 3 marzo")
    assert unlocked.unlock_reason == "Errore nell'orario del 3 marzo"
    assert unlocked.unlocked_by == "c.bianchi" and not unlocked.active
    assert not any(locked(db).values())
    with pytest.raises(ConflictError, match="già stato sbloccato"):
        unlock_register(db, COORDINATOR, row.id, "Di nuovo, per sbaglio")
    delete_delivery(db, TUTOR, delivery_ids(db, "2026-03-17")[0])
    again = sign_timesheet(db, TUTOR, CF, "2026-03")
    assert again.id != row.id and again.deliveries == 2
    second = unlock_register(db, COORDINATOR, again.id, "Manca il colloquio del 24 marzo")
    history = list_registers(db, COORDINATOR, participant=CF)
    assert [(r.id, r.unlock_reason) for r in history] == [
        (second.id, "Manca il colloquio del 24 marzo"),
        (row.id, "Errore nell'orario del 3 marzo"),
    ]
    audit = [
        str(r[0])
        for r in db.read(
            "SELECT summary FROM audit_events WHERE entity = 'signed_register' ORDER BY id"
        )
    ]
    assert audit[1].startswith(f"unlock timesheet register {row.id}: released=3")
    assert all("orario" not in line for line in audit)  # the reason is on the register only


@needs_poppler
def test_every_print_after_signing_is_a_numbered_logged_reprint(
    db: Database, pathway_id: int, tmp_path: Path
) -> None:
    """First print after signing: «ristampa n. 1»; the next: n. 2; both in the audit trail."""
    export_timesheet(db, TUTOR, CF, "2026-03", tmp_path / "prima.pdf", service="coaching")
    row = sign_timesheet(db, TUTOR, CF, "2026-03", "coaching")
    export_timesheet(db, TUTOR, CF, "2026-03", tmp_path / "r1.pdf", service="coaching")
    export_timesheet(db, COORDINATOR, CF, "2026-03", tmp_path / "r2.pdf", service="coaching")
    first, second = pdf_text(tmp_path / "r1.pdf"), pdf_text(tmp_path / "r2.pdf")
    assert "Ristampa n. 1 del foglio ore firmato il" in first and "RISTAMPA N. 1" in first
    assert "Ristampa n. 2" in second and "RISTAMPA N. 2" in second and "n. 1" not in second
    assert "segnato da Giovanna Verdi" in second
    assert "Ristampa" not in pdf_text(tmp_path / "prima.pdf")
    assert list_registers(db, TUTOR, participant=CF)[0].reprints == 2
    assert exports(db)[1:] == [
        f"reprint n. 1 of signed register {row.id} (timesheet 2026-03 coaching deliveries=2)",
        "timesheet 2026-03 coaching deliveries=2 pdf pages=1 reprints=1",
        f"reprint n. 2 of signed register {row.id} (timesheet 2026-03 coaching deliveries=2)",
        "timesheet 2026-03 coaching deliveries=2 pdf pages=1 reprints=2",
    ]
    assert db.read("SELECT username FROM audit_events WHERE summary LIKE 'reprint n. 2%'") == [
        ("c.bianchi",)
    ]


def test_a_signed_timesheet_shows_what_was_signed(db: Database, pathway_id: int) -> None:
    """Hours of the month recorded after the signing are not on the signed timesheet: they are
    counted apart (`later`) until a coordinator unlocks it and it is signed again."""
    sign_timesheet(db, TUTOR, CF, "2026-03", "coaching")
    record_delivery(
        db, TUTOR, DeliveryInput(pathway_id, "coaching", "31/03/2026", time(9), time(10))
    )
    doc = timesheet_document(db, TUTOR, CF, "2026-03", service="coaching")
    assert [ln.day.day for ln in doc.sections[0].lines] == [3, 17] and doc.later == 1
    assert doc.signed is not None and doc.signed.reprints == 0


def test_a_failed_print_counts_no_reprint(db: Database, pathway_id: int, tmp_path: Path) -> None:
    """A print refused for its output counts nothing and writes nothing."""
    sign_timesheet(db, TUTOR, CF, "2026-03")
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValidationError):
        export_timesheet(db, TUTOR, CF, "2026-03", folder / "x.txt")
    assert list_registers(db, TUTOR)[0].reprints == 0 and list(folder.iterdir()) == []


# --------------------------------------------------------------------------- course registers


@pytest.fixture
def course(db: Database, admin: Actor, pathway_id: int) -> dict[str, int]:
    """A training course edition with two sessions (09/03 taken: Rossi present for 3 of 4 hours,
    Bianchi absent; 16/03 not taken), two people enrolled."""
    create_participant(db, admin, ParticipantInput("Bianchi", "Anna", codice_fiscale=CF2))
    record_consent(db, admin, CF2, ConsentInput(date(2026, 1, 10)))
    open_pathway(db, admin, PathwayInput(CF2, "GOL", "g.verdi", date(2026, 2, 2)))
    create_course(db, TUTOR, CourseInput("EMP", "Empowerment", "training", 29))
    edition = create_edition(
        db, TUTOR, EditionInput("EMP", "EMP-CR-1", "Cremona", "01/03/2026", "30/04/2026")
    )
    first = add_session(
        db,
        TUTOR,
        SessionInput(edition.id, "09/03/2026", "09:00", "13:00", "Aula 1", "g.verdi"),
    )
    second = add_session(
        db, TUTOR, SessionInput(edition.id, "16/03/2026", "09:00", "13:00", "Aula 1", "g.verdi")
    )
    people = {}
    for cf in (CF, CF2):
        people[cf] = enrol(db, TUTOR, edition.id, cf, "01/03/2026").participant_id
    record_attendance(
        db,
        TUTOR,
        first.id,
        [
            AttendanceEntry(people[CF], AttendanceStatus.PRESENT, 180),
            AttendanceEntry(people[CF2], AttendanceStatus.ABSENT),
        ],
    )
    return {"edition": edition.id, "first": first.id, "second": second.id, "rossi": people[CF]}


def test_register_document(db: Database, course: dict[str, int]) -> None:
    """The session, its course and edition, and everyone enrolled with status and minutes."""
    doc = session_register_document(db, TUTOR, course["first"])
    assert (doc.course_title, doc.edition_code, doc.town, doc.day) == (
        "Empowerment",
        "EMP-CR-1",
        "Cremona",
        date(2026, 3, 9),
    )
    assert (doc.operator_name, doc.place, doc.minutes) == ("Giovanna Verdi", "Aula 1", 240)
    assert [(ln.name, ln.status, ln.minutes_attended) for ln in doc.lines] == [
        ("Bianchi Anna", AttendanceStatus.ABSENT, 0),
        ("Rossi Mario", AttendanceStatus.PRESENT, 180),
    ]
    assert doc.present == 1 and doc.attended_minutes == 180 and doc.signed is None


def test_signing_a_session_register_locks_its_group_hours(
    db: Database, course: dict[str, int]
) -> None:
    """A signed session register locks the hours it gave: the register cannot take them back;
    a register not taken yet has nothing to sign."""
    with pytest.raises(ConflictError, match="non è ancora compilato"):
        sign_session_register(db, TUTOR, course["second"])
    row = sign_session_register(db, TUTOR, course["first"])
    assert row.kind == "attendance" and row.deliveries == 1 and row.edition_code == "EMP-CR-1"
    assert row.session_day == date(2026, 3, 9)
    assert locked(db)["2026-03-09"] is True
    with pytest.raises(ConflictError, match="già firmato"):
        sign_session_register(db, TUTOR, course["first"])
    with pytest.raises(ConflictError, match="registro già firmato"):
        record_attendance(
            db, TUTOR, course["first"], [AttendanceEntry(course["rossi"], "present", 120)]
        )
    # Not even a change that gives or takes no hours (present -> excused is refused too).
    with pytest.raises(ConflictError, match="registro già firmato"):
        record_attendance(db, TUTOR, course["first"], [AttendanceEntry(course["rossi"], "excused")])
    with pytest.raises(ValidationError) as info:
        sign_session_register(db, TUTOR, 999)
    assert info.value.field == "session"


def test_unlocking_keeps_hours_another_signed_register_covers(
    db: Database, course: dict[str, int]
) -> None:
    """A course session's hours are in its register and in the person's timesheet: unlocking
    one leaves them locked until the other is unlocked too."""
    session_register = sign_session_register(db, TUTOR, course["first"])
    timesheet = sign_timesheet(db, TUTOR, CF, "2026-03", "training")
    assert timesheet.deliveries == 1
    unlock_register(db, COORDINATOR, session_register.id, "Presenza da correggere")
    assert locked(db)["2026-03-09"] is True
    unlock_register(db, COORDINATOR, timesheet.id, "Presenza da correggere")
    assert locked(db)["2026-03-09"] is False


@needs_poppler
def test_register_pdf_and_its_reprints(
    db: Database, course: dict[str, int], tmp_path: Path
) -> None:
    """The printed register: one row per person with presence and a signature column, the
    operator's signature, no codice fiscale; after signing, numbered and logged reprints."""
    out = tmp_path / "registro.pdf"
    assert export_session_register(db, TUTOR, course["first"], out) == 1
    text = pdf_text(out)
    for expected in (
        "Registro presenze",
        "Empowerment (EMP) – edizione EMP-CR-1, Cremona",
        "lunedì 9 marzo 2026",
        "09:00–13:00 (4 ore)",
        "Aula 1",
        "Firma",
        "Bianchi Anna",
        "Assente",
        "Rossi Mario",
        "Presente",
        "Presenti: 1 su 2 · ore frequentate in tutto: 3",
        "Firma dell'operatore",
        "Giovanna Verdi",
    ):
        assert expected in text, expected
    assert CF not in text and CF2 not in text and "Ristampa" not in text
    assert all("DejaVuSans" in name for name in fonts(out))
    row = sign_session_register(db, TUTOR, course["first"])
    export_session_register(db, TUTOR, course["first"], tmp_path / "r1.pdf")
    assert "Ristampa n. 1 del registro firmato il" in pdf_text(tmp_path / "r1.pdf")
    assert "RISTAMPA N. 1" in pdf_text(tmp_path / "r1.pdf")
    # The edition's register: both sessions, one page each; the signed one is reprint n. 2.
    edition = tmp_path / "edizione.pdf"
    assert export_edition_register(db, TUTOR, "EMP-CR-1", edition) == 2
    both = pdf_text(edition)
    assert "lunedì 9 marzo 2026" in both and "lunedì 16 marzo 2026" in both
    assert "Ristampa n. 2 del registro" in both and "RISTAMPA" not in both
    assert "pagina 2 di 2" in both
    assert exports(db)[-2:] == [
        f"reprint n. 2 of signed register {row.id} (attendance registers EMP-CR-1 sessions=2)",
        "attendance registers EMP-CR-1 sessions=2 pdf pages=2 reprints=2",
    ]
    assert list_registers(db, TUTOR, edition="EMP-CR-1")[0].reprints == 2


def test_edition_register_refuses_unknown_or_empty_editions(
    db: Database, course: dict[str, int], tmp_path: Path
) -> None:
    """An unknown edition, or one without sessions, is a ValidationError; no file."""
    create_edition(db, TUTOR, EditionInput("EMP", "EMP-CR-2", "Crema", "01/05/2026"))
    folder = tmp_path / "out"
    folder.mkdir()
    for edition in ("NOPE", "EMP-CR-2", 999):
        with pytest.raises(ValidationError) as info:
            export_edition_register(db, TUTOR, edition, folder / "e.pdf")
        assert info.value.field == "edition"
    assert list(folder.iterdir()) == []
