"""Right of access (art. 15 GDPR): everything held about one person, as PDF and JSON in a folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import inspect

from models.enums import AppointmentStatus, AttendanceStatus, Role
from models.errors import PermissionDenied, ValidationError
from models.rows import Actor
from models.validation import ParticipantInput
from storage.engine import Database
from storage.printing.style import Letterhead
from storage.printing.subject import (
    CATEGORIES,
    export_subject,
    folder_name,
    subject_document,
    subject_json,
)
from storage.services.admin import (
    DeskInput,
    ProgrammeInput,
    UserInput,
    create_desk,
    create_programme,
    create_user,
    set_letterhead,
)
from storage.services.booking import BookingInput, book_appointment, set_status
from storage.services.companies import CompanyInput, create_company
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
from storage.services.intake import (
    ConsentInput,
    PathwayInput,
    change_tutor,
    open_pathway,
    record_consent,
    withdraw_consent,
)
from storage.services.jobsearch import ApplicationInput, JobSearchInput, record_job_search
from storage.services.participants import create_participant
from storage.services.placements import (
    InternshipInput,
    OutcomeInput,
    add_internship,
    add_outcome,
)
from storage.services.registers import sign_timesheet
from storage.services.tutoring import DeliveryInput, NoteInput, add_note, edit_note, record_delivery
from tests.conftest import make_cf

CF = make_cf("Rossi", "Mario", "M", date(1980, 1, 1))
CF2 = make_cf("Bianchi", "Anna", "F", date(1990, 5, 5))
TUTOR = Actor("g.verdi", Role.TUTOR)
OPERATOR = Actor("l.bianchi", Role.OPERATOR)
COORDINATOR = Actor("c.bianchi", Role.COORDINATOR, None, "Carla Bianchi")
SECRET = "Riservato: la famiglia attraversa una separazione difficile."
OLD_SECRET = "Prima stesura: situazione familiare da approfondire."
TODAY = date(2026, 11, 23)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed",
)


@dataclass
class World:
    db: Database
    uuid: str
    code: str


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    """Mario Rossi with one (or more) of everything, built with the services; Anna Bianchi
    beside him with records of her own that must not leak into his answer."""
    set_letterhead(
        db,
        admin,
        Letterhead("Cooperativa Il Ponte", "Via Dante 3, Cremona", "P. IVA 01234567890"),
    )
    week = [(d, "09:00", "13:00") for d in range(5)]
    create_desk(db, admin, DeskInput("CRE", "Sportello Cremona", "Cremona", "CR", None, 2, week))
    for username, name, role in (
        ("g.verdi", "Giovanna Verdi", "tutor"),
        ("l.neri", "Luca Neri", "tutor"),
        ("l.bianchi", "Lia Bianchi", "operator"),
        ("c.bianchi", "Carla Bianchi", "coordinator"),
    ):
        create_user(db, admin, UserInput(username, name, role))
    create_programme(
        db,
        admin,
        ProgrammeInput("GOL", "Garanzia occupabilità", "Regione", "01/01/2026", "31/12/2027"),
    )
    create_participant(db, admin, ParticipantInput("Rossi", "Mario", codice_fiscale=CF))
    create_participant(db, admin, ParticipantInput("Bianchi", "Anna", codice_fiscale=CF2))
    # Two consents: the first withdrawn.
    first = record_consent(db, admin, CF, ConsentInput(date(2026, 2, 1)))
    withdraw_consent(db, admin, first.id, date(2026, 2, 10))
    record_consent(
        db, admin, CF, ConsentInput(date(2026, 2, 11), share_companies=True, contact_consent=True)
    )
    record_consent(db, admin, CF2, ConsentInput(date(2026, 2, 1)))
    pathway = open_pathway(
        db, admin, PathwayInput(CF, "GOL", "g.verdi", date(2026, 2, 12), plan=[("coaching", 10)])
    ).id
    open_pathway(db, admin, PathwayInput(CF2, "GOL", "g.verdi", date(2026, 2, 12)))
    record_delivery(
        db,
        TUTOR,
        DeliveryInput(pathway, "coaching", "03/03/2026", time(9), time(11), place="Ufficio 2"),
    )
    # Appointments: one recorded as done, one booked then cancelled.
    now = datetime(2026, 3, 4, 8, 0)
    book_appointment(
        db,
        admin,
        BookingInput(CF, "l.bianchi", "CRE", datetime(2026, 3, 3, 9, 0), 60),
        now=now,
    )
    later = book_appointment(
        db,
        admin,
        BookingInput(CF, "l.bianchi", "CRE", datetime(2026, 3, 9, 10, 0), 30),
        now=now,
    )
    set_status(
        db,
        admin,
        later.row.id,
        AppointmentStatus.CANCELLED_PARTICIPANT,
        reason="Malattia",
    )
    # Notes: an ordinary one and a confidential one edited once (an earlier version).
    add_note(
        db,
        TUTOR,
        NoteInput(CF, "05/03/2026", "participant", "in_person", "Colloquio: CV da rifare."),
    )
    secret = add_note(
        db,
        TUTOR,
        NoteInput(CF, "06/03/2026", "family", "phone", OLD_SECRET, confidential=True),
    )
    edit_note(
        db,
        TUTOR,
        secret,
        NoteInput(CF, "06/03/2026", "family", "phone", SECRET, confidential=True),
    )
    add_note(db, TUTOR, NoteInput(CF2, "06/03/2026", "family", "phone", "Nota di Anna."))
    # A course with one session and its attendance.
    create_course(db, COORDINATOR, CourseInput("LAB", "Laboratorio", "orientation", 8))
    edition = create_edition(
        db, COORDINATOR, EditionInput("LAB", "LAB-1", "Cremona", "01/03/2026")
    ).id
    enrol(db, COORDINATOR, edition, CF, "01/03/2026")
    sitting = add_session(
        db, COORDINATOR, SessionInput(edition, "10/03/2026", time(14), time(16), "Aula 1")
    ).id
    person_id = int(
        db.read("SELECT id FROM participants WHERE codice_fiscale = :c", {"c": CF})[0][0]
    )
    record_attendance(
        db, COORDINATOR, sitting, [AttendanceEntry(person_id, AttendanceStatus.PRESENT)]
    )
    # Job search with one application in it.
    record_job_search(
        db,
        TUTOR,
        JobSearchInput(
            CF,
            "12/03/2026",
            minutes=60,
            channels=["portali di annunci"],
            applications=[
                ApplicationInput("", "Magazziniere", "job_portal", company_name="Bassi Srl")
            ],
        ),
    )
    company = create_company(db, admin, CompanyInput("Acme Srl")).id
    add_internship(
        db,
        COORDINATOR,
        InternshipInput(CF, company, "extracurricular", "01/04/2026", "30/09/2026", 30),
    )
    add_outcome(
        db,
        COORDINATOR,
        OutcomeInput(CF, "fixed_term", "01/10/2026", company_id=company, months=12),
    )
    sign_timesheet(db, TUTOR, CF, "2026-03", signed_on="31/03/2026")
    # Then the pathway passes to Neri (after Verdi's work: a change of tutor moves access).
    change_tutor(db, COORDINATOR, pathway, "l.neri", date(2026, 3, 1))
    uuid, code = db.read(
        "SELECT uuid, internal_code FROM participants WHERE codice_fiscale = :c", {"c": CF}
    )[0]
    return World(db, str(uuid), str(code))


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def fonts(path: Path) -> list[str]:
    """The fonts pdffonts lists, each only if embedded."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    return [row[0] if row[-5] == "yes" else f"{row[0]} (not embedded)" for row in rows]


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "uscita"
    folder.mkdir()
    return folder


def exports(db: Database) -> list[tuple[str, str, str, str]]:
    return [
        (str(a), str(b), str(c), str(d))
        for a, b, c, d in db.read(
            "SELECT username, entity, entity_uuid, summary FROM audit_events "
            "WHERE action = 'export' ORDER BY id"
        )
    ]


def test_the_document_holds_every_category_with_its_records(world: World) -> None:
    """One participant, all consents, the pathway with tutor history and plan, the hours, the
    appointments of every status, both notes (the confidential one with its earlier version),
    the course with its attendance, the job search, the application, the internship, the
    outcome, the signed timesheet, and the access log; nothing of the other person."""
    doc = subject_document(world.db, COORDINATOR, CF, today=TODAY)
    assert doc.counts == {
        "participant": 1,
        "consents": 2,
        "pathways": 1,
        "service_deliveries": 3,  # coaching, the course session, the job search
        "appointments": 2,
        "tutoring_notes": 2,
        "course_enrolments": 1,
        "job_search_sessions": 1,
        "job_applications": 1,
        "internships": 1,
        "outcomes": 1,
        "signed_registers": 1,
        "access_log": 22,
    }
    assert [c["withdrawn_on"] for c in doc.consents] == [date(2026, 2, 10), None]
    pathway = doc.pathways[0]
    assert [t["tutor"] for t in pathway["tutor_history"]] == ["g.verdi", "l.neri"]
    assert pathway["tutor"] == "l.neri" and pathway["programme"]["code"] == "GOL"
    assert [str(s["service_type"]) for s in pathway["planned_services"]] == ["coaching"]
    assert {a["status"] for a in doc.appointments} == {
        AppointmentStatus.DONE,
        AppointmentStatus.CANCELLED_PARTICIPANT,
    }
    secret = [n for n in doc.tutoring_notes if n["confidential"]]
    assert [n["text"] for n in secret] == [SECRET]
    assert [v["text"] for v in secret[0]["earlier_versions"]] == [OLD_SECRET]
    assert secret[0]["earlier_versions"][0]["edited_by"] == "g.verdi"
    assert "Nota di Anna." not in [n["text"] for n in doc.tutoring_notes]
    course = doc.course_enrolments[0]
    assert (course["edition_code"], course["attended_minutes"]) == ("LAB-1", 120)
    assert [m["status"] for m in course["attendance"]] == [AttendanceStatus.PRESENT]
    assert doc.internships[0]["company_name"] == "Acme Srl"
    assert doc.outcomes[0]["company_name"] == "Acme Srl" and doc.outcomes[0]["months"] == 12
    assert doc.signed_registers[0]["kind"] == "timesheet"
    # Every column of the participants table is there.
    columns = {c["name"] for c in inspect(world.db.engine).get_columns("participants")}
    assert columns <= set(doc.participant)
    assert doc.participant["codice_fiscale"] == CF
    # The access log: the person's and their records' events, and no one else's.
    assert [(str(e["action"]), e["entity"]) for e in doc.access_log] == [
        ("create", "participant"),
        ("create", "consent"),
        ("update", "consent"),
        ("create", "consent"),
        ("create", "pathway"),
        ("create", "service_delivery"),
        ("create", "appointment"),
        ("create", "appointment"),
        ("update", "appointment"),
        ("create", "tutoring_note"),
        ("create", "tutoring_note"),
        ("update", "tutoring_note"),
        ("create", "enrollment"),
        ("create", "service_delivery"),  # the course session's hours
        ("update", "attendance_register"),
        ("create", "service_delivery"),  # the job search's hours
        ("create", "job_search_session"),
        ("create", "job_application"),
        ("create", "internship"),
        ("create", "outcome"),
        ("create", "signed_register"),
        ("update", "pathway"),  # the change of tutor, last
    ]
    assert [e["username"] for e in doc.access_log][-2:] == ["g.verdi", "c.bianchi"]
    anna = world.db.read("SELECT uuid FROM participants WHERE codice_fiscale = :c", {"c": CF2})
    assert anna[0][0] not in {e["entity_uuid"] for e in doc.access_log}


def test_the_json_has_every_category_the_counts_and_the_confidential_note(
    world: World, out_dir: Path
) -> None:
    """dati.json: generated_on, the controller from the letterhead, one key per category with
    the right number of records, enums as codes, ISO dates, the confidential note's text."""
    folder = export_subject(world.db, COORDINATOR, CF, out_dir, today=TODAY)
    data = json.loads((folder / "dati.json").read_text(encoding="utf-8"))
    assert data["generated_on"] == "2026-11-23"
    assert data["controller"]["name"] == "Cooperativa Il Ponte"
    assert data["controller"]["address"] == "Via Dante 3, Cremona"
    for key, _title in CATEGORIES:
        assert key in data
    assert data["counts"]["tutoring_notes"] == len(data["tutoring_notes"]) == 2
    assert len(data["consents"]) == 2 and len(data["appointments"]) == 2
    assert len(data["job_applications"]) == 1 and len(data["signed_registers"]) == 1
    assert data["participant"]["codice_fiscale"] == CF
    assert data["participant"]["internal_code"] == world.code
    notes = {n["text"]: n for n in data["tutoring_notes"]}
    assert notes[SECRET]["confidential"] is True
    assert notes[SECRET]["counterpart"] == "family"
    assert notes[SECRET]["date"] == "2026-03-06"
    assert notes[SECRET]["earlier_versions"][0]["text"] == OLD_SECRET
    assert data["consents"][0]["withdrawn_on"] == "2026-02-10"
    assert data["internships"][0]["start_date"] == "2026-04-01"
    assert {a["status"] for a in data["appointments"]} == {"done", "cancelled_participant"}


@needs_poppler
def test_the_export_writes_one_folder_with_pdf_and_json_and_an_audit_event(
    world: World, out_dir: Path
) -> None:
    """accesso-<code>-<date> holds dati.pdf and dati.json and nothing else; the PDF has the
    name, the codice fiscale, the confidential note and the access log, in DejaVu only; the
    audit EXPORT event names no personal data."""
    folder = export_subject(world.db, COORDINATOR, CF, out_dir, today=TODAY)
    assert folder == out_dir / f"accesso-{world.code}-2026-11-23"
    assert sorted(p.name for p in out_dir.iterdir()) == [folder.name]
    assert sorted(p.name for p in folder.iterdir()) == ["dati.json", "dati.pdf"]
    text = pdf_text(folder / "dati.pdf")
    flat = " ".join(text.split())
    for expected in (
        "Accesso ai propri dati personali",
        "Rossi Mario",
        CF,
        "art. 15",
        "Cooperativa Il Ponte",
        SECRET,
        OLD_SECRET,
        "«riservata»",
        "Registro degli accessi",
        "Informativa e consensi",
        "Corsi di gruppo e presenze",
        "Acme Srl",
        "Bassi Srl",
        "Foglio ore di marzo 2026",
        "Annullato dal partecipante: Malattia",
        "Giovanna Verdi dal 12/02/2026; Luca Neri dal 01/03/2026",
        "Ufficio 2",  # the coaching delivery's place
        "Aula 1",  # the course session
        "Magazziniere",
        "Tempo determinato",
        "Sportello Cremona",
    ):
        assert " ".join(expected.split()) in flat, expected
    assert "Nota di Anna." not in text and CF2 not in text
    listed = fonts(folder / "dati.pdf")
    assert listed and all("DejaVuSans" in name for name in listed), listed
    assert exports(world.db) == [("c.bianchi", "participant", world.uuid, "subject access")]


def test_a_second_export_the_same_day_gets_a_numbered_folder(world: World, out_dir: Path) -> None:
    """An existing folder of the same name is never touched: the new one takes «-2»."""
    first = export_subject(world.db, COORDINATOR, CF, out_dir, today=TODAY)
    (first / "dati.json").write_text("{}", encoding="utf-8")
    second = export_subject(world.db, COORDINATOR, world.code, out_dir, today=TODAY)
    assert second.name == f"accesso-{world.code}-2026-11-23-2"
    assert (first / "dati.json").read_text(encoding="utf-8") == "{}"
    assert len(exports(world.db)) == 2


@pytest.mark.parametrize("actor", [TUTOR, OPERATOR])
def test_only_coordinators_and_administrators_may_answer(
    world: World, out_dir: Path, actor: Actor
) -> None:
    """A tutor (even the person's own) or an operator is refused; nothing is written."""
    with pytest.raises(PermissionDenied):
        export_subject(world.db, actor, CF, out_dir, today=TODAY)
    with pytest.raises(PermissionDenied):
        subject_document(world.db, actor, CF)
    assert list(out_dir.iterdir()) == [] and exports(world.db) == []


@pytest.mark.parametrize("who", ["RSSMRA80A01D150X", "P-00000000", "", 99_999])
def test_an_unknown_person_is_refused_and_nothing_is_written(
    world: World, out_dir: Path, who: str | int
) -> None:
    """ValidationError on «participant»; no folder, no temporary folder, no audit event."""
    with pytest.raises(ValidationError) as info:
        export_subject(world.db, COORDINATOR, who, out_dir, today=TODAY)
    assert info.value.field == "participant"
    assert list(out_dir.iterdir()) == [] and exports(world.db) == []


def test_a_missing_folder_is_refused(world: World, tmp_path: Path) -> None:
    """ValidationError on «out» for a folder that does not exist, a file, a «../..» path that
    leads nowhere, or nothing at all; nothing is written anywhere."""
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    for bad in (tmp_path / "manca", a_file, tmp_path / "manca" / ".." / ".." / "etc", ""):
        with pytest.raises(ValidationError) as info:
            export_subject(world.db, COORDINATOR, CF, bad, today=TODAY)
        assert info.value.field == "out", bad
        assert info.value.label == "Cartella di uscita"
    assert list(tmp_path.rglob("*accesso*")) == []
    assert exports(world.db) == []


def test_a_read_only_folder_is_refused(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ValidationError on «out» for a folder that cannot be written; nothing is written. (The
    check asks `os.access`, made to say no here: root may write into a read-only folder.)"""
    locked = tmp_path / "sola-lettura"
    locked.mkdir()
    real = os.access
    monkeypatch.setattr(
        os, "access", lambda path, mode, **kw: Path(path) != locked and real(path, mode, **kw)
    )
    with pytest.raises(ValidationError) as info:
        export_subject(world.db, COORDINATOR, CF, locked, today=TODAY)
    assert info.value.field == "out" and "non si può scrivere" in str(info.value)
    assert list(locked.iterdir()) == [] and exports(world.db) == []


def test_a_relative_path_with_dots_is_just_a_folder(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«../../x» names an existing folder like any other; the new folder's name comes from the
    internal code and the date only."""
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    (tmp_path / "x").mkdir()
    monkeypatch.chdir(deep)
    folder = export_subject(world.db, COORDINATOR, CF, "../../x", today=TODAY)
    assert folder.resolve() == (tmp_path / "x" / f"accesso-{world.code}-2026-11-23").resolve()
    assert folder_name("P-12/../../etc", TODAY) == "accesso-P-12_______etc-2026-11-23"


def test_a_failure_while_writing_leaves_nothing(
    world: World, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If drawing fails, the temporary folder is removed and no audit event is written."""
    import storage.printing.subject as subject

    def broken(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("disco pieno")

    monkeypatch.setattr(subject, "render_subject", broken)
    with pytest.raises(RuntimeError):
        export_subject(world.db, COORDINATOR, CF, out_dir, today=TODAY)
    assert list(out_dir.iterdir()) == [] and exports(world.db) == []


@needs_poppler
def test_control_characters_and_very_long_text_print(world: World, out_dir: Path) -> None:
    """A name with control characters and markup, 10,000 characters of notes and a note with
    markup: the PDF is made (long text follows its table), DejaVu only, text escaped."""
    from models.entities import JobSearchSession, Participant

    long_text = "disponibile " * 900  # 10,800 characters
    with world.db.transaction() as session:
        person = session.query(Participant).filter_by(codice_fiscale=CF).one()
        person.first_name = "Ma\x07rio<b>&amp;\x1b"
        person.availability_notes = long_text
        session.query(JobSearchSession).one().notes = long_text
    folder = export_subject(world.db, COORDINATOR, CF, out_dir, today=TODAY)
    text = pdf_text(folder / "dati.pdf")
    flat = " ".join(text.split())
    assert "rio<b>&amp;" in flat
    assert "(testo lungo: segue sotto la tabella)" in flat
    assert "testo n. 1, sotto la tabella" in flat and "Testo n. 1 (Note)" in flat
    assert flat.count("disponibile disponibile") > 800
    assert all("DejaVuSans" in name for name in fonts(folder / "dati.pdf"))
    data = json.loads((folder / "dati.json").read_text(encoding="utf-8"))
    assert data["participant"]["first_name"] == "Ma\x07rio<b>&amp;\x1b"


def test_a_restricted_person_still_gets_the_answer(world: World, out_dir: Path) -> None:
    """An erasure request restricts the record, not the right of access: the export works,
    says so in the participant record, and the restriction is in the access log."""
    from storage.services.retention import restrict_participant

    restrict_participant(world.db, COORDINATOR, CF, "Richiesta di cancellazione del 20/11/2026")
    folder = export_subject(world.db, COORDINATOR, CF, out_dir, today=TODAY)
    data = json.loads((folder / "dati.json").read_text(encoding="utf-8"))
    assert data["participant"]["restricted"] is True
    assert data["access_log"][-1]["summary"].startswith("limitazione; motivo:")
    flat = " ".join(pdf_text(folder / "dati.pdf").split()) if shutil.which("pdftotext") else ""
    assert not flat or "Trattamento limitato (richiesta di cancellazione) sì" in flat


def test_json_is_plain(world: World) -> None:
    """subject_json serialises without a custom encoder (enums, dates, decimals converted)."""
    data = subject_json(subject_document(world.db, COORDINATOR, CF, today=TODAY))
    json.dumps(data)
    assert data["pathways"][0]["planned_services"][0]["planned_hours"] == 10
