"""Right of access (art. 15 GDPR): everything the program holds about one person, in one folder.

Two steps, as for the other documents: `subject_document` gathers plain data (testable without
drawing), `render_subject` draws the readable PDF with the shared style, `subject_json` gives
the machine-readable copy; `export_subject` writes both into a new folder
`accesso-<internal code>-<YYYY-MM-DD>` (`dati.pdf`, `dati.json`) and records one audit EXPORT
event.

What is in it (decisions where the issue was silent):

- every column of the person's records, read straight from the tables (not through the list
  services, which choose columns for their screens): the participant record with its target
  groups, all consents (withdrawn ones too), pathways with programme, tutor history and planned
  services, service deliveries (the intake interview is the note of its delivery), appointments
  of every status, tutoring notes INCLUDING the confidential ones and the earlier versions of
  edited notes, course enrolments with attendance and the 75% share, job-search sessions,
  applications, internships, outcomes, the signed registers that cover the person (their
  monthly timesheets; the attendance registers of the sessions held since they enrolled), and
  the access log: the audit events whose record is the person or one of the records above,
  and the saving of the registers of the course editions they are enrolled in (views,
  changes, exports: who, when, what). Events about records deleted since then cannot
  be tied to the person any more and are not listed.
- an access request is answered by the cooperative: coordinators and administrators only (it
  holds confidential notes); a tutor or an operator gets PermissionDenied. A restricted record
  (erasure requested) is exported all the same: restriction does not suspend the right of
  access.
- the JSON holds the same records with the column names of the database, enums as their codes,
  dates and times in ISO 8601, amounts as numbers; `created_at`, `updated_at`, `edited_at`,
  `unlocked_at`, `anonymised_at` and the access log's `at` are UTC (as stored), appointment
  starts and session times local. The PDF prints the access log in local time.
- the folder name is built only from the internal code and the date, never from typed text.
  The folder is written under a hidden temporary name next to it and renamed at the end, so a
  failure leaves nothing; it is created readable by its owner only (it is a whole file on a
  person), and an existing folder of the same name gets a numeric suffix (`-2`, `-3`, …).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from models.enums import (
    ApplicationChannel,
    ApplicationStatus,
    AppointmentKind,
    AppointmentMode,
    AppointmentStatus,
    AttendanceStatus,
    AuditAction,
    Benefit,
    ConsentSigner,
    Counterpart,
    DeliveryMode,
    EducationLevel,
    EmploymentCondition,
    InternshipOutcome,
    InternshipType,
    IscedBand,
    L68Category,
    MeetingMode,
    OutcomeType,
    PathwayStatus,
    Referrer,
    ServiceType,
    Sex,
    TargetGroup,
)
from models.errors import ValidationError
from models.labels import (
    APPLICATION_STATUS_LABELS,
    ATTENDANCE_LABELS,
    BENEFIT_LABELS,
    CHANNEL_LABELS,
    COUNTERPART_LABELS,
    DELIVERY_MODE_LABELS,
    EDUCATION_LABELS,
    EMPLOYMENT_LABELS,
    INTERNSHIP_OUTCOME_LABELS,
    INTERNSHIP_TYPE_LABELS,
    ISCED_LABELS,
    KIND_LABELS,
    L68_CATEGORY_LABELS,
    MEETING_MODE_LABELS,
    MODE_LABELS,
    OUTCOME_TYPE_LABELS,
    PATHWAY_STATUS_LABELS,
    REFERRER_LABELS,
    SERVICE_LABELS,
    SEX_LABELS,
    SIGNER_LABELS,
    STATUS_LABELS,
    TARGET_GROUP_LABELS,
)
from models.rows import Actor
from models.text import number_it
from storage.engine import Database
from storage.printing.style import Letterhead
from storage.services.common import STAFF, require

TITLE = "Accesso ai propri dati personali"
SUBJECT = "Diritto di accesso (art. 15 GDPR)"
AUDIT_SUMMARY = "subject access"
PDF_NAME = "dati.pdf"
JSON_NAME = "dati.json"

# The categories, in the order of the JSON keys and of the PDF's sections.
CATEGORIES: tuple[tuple[str, str], ...] = (
    ("participant", "Dati anagrafici e situazione"),
    ("consents", "Informativa e consensi"),
    ("pathways", "Percorsi"),
    ("service_deliveries", "Servizi ricevuti"),
    ("appointments", "Appuntamenti"),
    ("tutoring_notes", "Note di tutoraggio"),
    ("course_enrolments", "Corsi di gruppo e presenze"),
    ("job_search_sessions", "Incontri di ricerca attiva del lavoro"),
    ("job_applications", "Candidature"),
    ("internships", "Tirocini"),
    ("outcomes", "Esiti"),
    ("signed_registers", "Registri firmati"),
    ("access_log", "Registro degli accessi"),
)
CATEGORY_TITLES = dict(CATEGORIES)

ENUM_LABELS: dict[type[Enum], Mapping[Any, str]] = {
    AppointmentKind: KIND_LABELS,
    AppointmentMode: MODE_LABELS,
    AppointmentStatus: STATUS_LABELS,
    ServiceType: SERVICE_LABELS,
    Counterpart: COUNTERPART_LABELS,
    MeetingMode: MEETING_MODE_LABELS,
    DeliveryMode: DELIVERY_MODE_LABELS,
    ApplicationChannel: CHANNEL_LABELS,
    ApplicationStatus: APPLICATION_STATUS_LABELS,
    InternshipType: INTERNSHIP_TYPE_LABELS,
    InternshipOutcome: INTERNSHIP_OUTCOME_LABELS,
    OutcomeType: OUTCOME_TYPE_LABELS,
    AttendanceStatus: ATTENDANCE_LABELS,
    Sex: SEX_LABELS,
    EducationLevel: EDUCATION_LABELS,
    IscedBand: ISCED_LABELS,
    EmploymentCondition: EMPLOYMENT_LABELS,
    Benefit: BENEFIT_LABELS,
    Referrer: REFERRER_LABELS,
    TargetGroup: TARGET_GROUP_LABELS,
    L68Category: L68_CATEGORY_LABELS,
    ConsentSigner: SIGNER_LABELS,
    PathwayStatus: PATHWAY_STATUS_LABELS,
}
ACTION_LABELS: dict[str, str] = {
    AuditAction.CREATE.value: "Registrazione",
    AuditAction.UPDATE.value: "Modifica",
    AuditAction.DELETE.value: "Cancellazione",
    AuditAction.VIEW.value: "Consultazione",
    AuditAction.EXPORT.value: "Stampa o esportazione",
    AuditAction.LOGIN.value: "Accesso",
    AuditAction.BACKUP.value: "Copia di sicurezza",
    AuditAction.RESTORE.value: "Ripristino",
    AuditAction.IMPORT.value: "Importazione",
}
ENTITY_LABELS: dict[str, str] = {
    "participant": "Anagrafica",
    "consent": "Consenso",
    "pathway": "Percorso",
    "appointment": "Appuntamento",
    "service_delivery": "Servizio",
    "tutoring_note": "Nota di tutoraggio",
    "job_search_session": "Ricerca attiva",
    "job_application": "Candidatura",
    "internship": "Tirocinio",
    "outcome": "Esito",
    "signed_register": "Foglio ore firmato",
    "enrollment": "Iscrizione a un corso",
    "attendance_register": "Registro presenze di un corso",
}
# Every column of the participants table, in Italian; a column added later prints its name.
PARTICIPANT_LABELS: dict[str, str] = {
    "internal_code": "Codice interno",
    "codice_fiscale": "Codice fiscale",
    "last_name": "Cognome",
    "first_name": "Nome",
    "sex": "Sesso",
    "birth_date": "Data di nascita",
    "birth_place": "Luogo di nascita",
    "birth_place_code": "Codice del comune di nascita",
    "citizenship": "Cittadinanza",
    "residence_permit_expiry": "Scadenza del permesso di soggiorno",
    "phone": "Telefono",
    "email": "E-mail",
    "address": "Indirizzo",
    "postcode": "CAP",
    "municipality": "Comune di residenza",
    "domicile": "Domicilio",
    "education_level": "Titolo di studio",
    "isced_band": "Livello di istruzione (ISCED)",
    "employment_condition": "Condizione occupazionale",
    "did_date": "Data della DID",
    "months_unemployed": "Mesi di disoccupazione",
    "benefit": "Sostegno al reddito",
    "referrer": "Servizio inviante",
    "target_groups": "Gruppi target",
    "l68_registered": "Iscritto/a al collocamento mirato (L. 68/99)",
    "l68_date": "Data di iscrizione al collocamento mirato",
    "l68_cpi": "Centro per l'impiego del collocamento mirato",
    "invalidity_percent": "Percentuale di invalidità",
    "l68_category": "Categoria (L. 68/99)",
    "accessibility_needs": "Esigenze di accessibilità",
    "driving_licence": "Patente di guida",
    "own_transport": "Mezzo di trasporto proprio",
    "availability_notes": "Disponibilità",
    "desk_id": "Sportello di riferimento",
    "restricted": "Trattamento limitato (richiesta di cancellazione)",
    "anonymised_at": "Reso anonimo il",
    "search_key": "Chiave di ricerca (cognome e nome senza accenti)",
    "id": "Numero di registrazione",
    "uuid": "Identificativo permanente (UUID)",
    "created_at": "Registrato il (UTC)",
    "created_by": "Registrato da",
    "updated_at": "Ultima modifica (UTC)",
    "updated_by": "Ultima modifica di",
}
DASH = "—"
LONG_TEXT = 1_200  # characters; longer text leaves its table cell and follows the table
FOLLOWS = "(testo lungo: segue sotto la tabella)"


# --------------------------------------------------------------------------- plain data


Record = Mapping[str, Any]


@dataclass(frozen=True)
class SubjectDocument:
    """Everything held about one person, as plain values (dates, enums, Decimals, strings):
    one mapping for the participant record, a tuple of mappings per other category."""

    letterhead: Letterhead
    generated_on: date
    generated_by: str  # the user who answered the request (username)
    generated_by_name: str
    participant_uuid: str
    internal_code: str
    name: str  # «Cognome Nome»
    codice_fiscale: str | None
    participant: Record
    consents: tuple[Record, ...]
    pathways: tuple[Record, ...]
    service_deliveries: tuple[Record, ...]
    appointments: tuple[Record, ...]
    tutoring_notes: tuple[Record, ...]
    course_enrolments: tuple[Record, ...]
    job_search_sessions: tuple[Record, ...]
    job_applications: tuple[Record, ...]
    internships: tuple[Record, ...]
    outcomes: tuple[Record, ...]
    signed_registers: tuple[Record, ...]
    access_log: tuple[Record, ...]
    # The explanation art. 15 asks for, in plain Italian: (key, title, text).
    information: tuple[tuple[str, str, str], ...]

    def category(self, key: str) -> tuple[Record, ...]:
        """The records of one category by its JSON key (the participant as a one-tuple)."""
        if key == "participant":
            return (self.participant,)
        value: tuple[Record, ...] = getattr(self, key)
        return value

    @property
    def counts(self) -> dict[str, int]:
        """How many records each category holds."""
        return {key: len(self.category(key)) for key, _title in CATEGORIES}


def _columns(obj: Any) -> dict[str, Any]:
    """Every mapped column of an ORM object, by column name, as stored."""
    from sqlalchemy import inspect

    mapper = inspect(obj).mapper
    return {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}


def _d(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else DASH


def subject_document(
    db: Database, actor: Actor, participant: str | int, *, today: date | None = None
) -> SubjectDocument:
    """Gather everything held about one person (codice fiscale, internal code or id).

    Coordinators and administrators only (PermissionDenied otherwise); ValidationError (field
    «participant») for an unknown person. Reads in one transaction and writes nothing."""
    from sqlalchemy import or_, select

    from models.entities import (
        Appointment,
        Attendance,
        AuditEvent,
        Company,
        Consent,
        CourseEdition,
        Desk,
        EditionSession,
        Enrollment,
        FundingProgramme,
        Internship,
        JobApplication,
        JobSearchSession,
        Outcome,
        Participant,
        Pathway,
        PlannedService,
        ServiceDelivery,
        TutorAssignment,
        TutoringNote,
        TutoringNoteVersion,
        User,
    )
    from storage.services.admin import get_letterhead
    from storage.services.courses import participant_courses
    from storage.services.lookup import participant_by_code
    from storage.services.registers import list_registers

    require(actor, STAFF, "esportare tutti i dati di una persona (diritto di accesso)")
    day = today or date.today()
    letterhead = get_letterhead(db, actor)
    with db.transaction(write=False) as session:
        if isinstance(participant, int):
            person = session.get(Participant, participant)
            if person is None:
                raise ValidationError(
                    "participant", f"la persona n. {participant} non esiste.", label="Partecipante"
                )
        else:
            person = participant_by_code(session, participant)
        pid = person.id
        users = {
            uid: (str(username), str(full_name))
            for uid, username, full_name in session.execute(
                select(User.id, User.username, User.full_name)
            )
        }
        full_names = {username: full_name for username, full_name in users.values()}

        def user_name(uid: int | None) -> str | None:
            return users[uid][1] if uid in users else None

        def username_of(uid: int | None) -> str | None:
            return users[uid][0] if uid in users else None

        # The participant record: every column, the target groups, the desk by name.
        record = _columns(person)
        record["target_groups"] = sorted(g.group for g in person.target_groups)
        desk = session.get(Desk, person.desk_id) if person.desk_id else None
        record["desk"] = {"code": desk.code, "name": desk.name} if desk else None
        uuids: set[str] = {person.uuid}

        consents = []
        for c in session.scalars(
            select(Consent).where(Consent.participant_id == pid).order_by(Consent.signed_on)
        ):
            consents.append(_columns(c))
            uuids.add(c.uuid)

        pathways = []
        programmes: list[tuple[str, str, str, int]] = []  # code, name, funder, retention years
        for pathway, programme in session.execute(
            select(Pathway, FundingProgramme)
            .join(FundingProgramme, FundingProgramme.id == Pathway.programme_id)
            .where(Pathway.participant_id == pid)
            .order_by(Pathway.start_date, Pathway.id)
        ):
            row = _columns(pathway)
            row["programme"] = {
                "code": programme.code,
                "name": programme.name,
                "funder": programme.funder,
                "notice_code": programme.notice_code,
                "start_date": programme.start_date,
                "end_date": programme.end_date,
                "retention_years": programme.retention_years,
            }
            row["tutor"] = username_of(pathway.tutor_id)
            row["tutor_name"] = user_name(pathway.tutor_id)
            row["case_manager"] = username_of(pathway.case_manager_id)
            row["case_manager_name"] = user_name(pathway.case_manager_id)
            row["tutor_history"] = [
                {
                    "tutor": username_of(a.tutor_id),
                    "tutor_name": user_name(a.tutor_id),
                    "from_date": a.from_date,
                    "assigned_by": a.assigned_by,
                }
                for a in session.scalars(
                    select(TutorAssignment)
                    .where(TutorAssignment.pathway_id == pathway.id)
                    .order_by(TutorAssignment.from_date, TutorAssignment.id)
                )
            ]
            row["planned_services"] = [
                _columns(p)
                for p in session.scalars(
                    select(PlannedService)
                    .where(PlannedService.pathway_id == pathway.id)
                    .order_by(PlannedService.id)
                )
            ]
            pathways.append(row)
            uuids.add(pathway.uuid)
            known = {p[0] for p in programmes}
            if programme.code not in known:
                programmes.append(
                    (programme.code, programme.name, programme.funder, programme.retention_years)
                )
        programme_of = {p["id"]: p["programme"]["code"] for p in pathways}

        deliveries = []
        for delivery in session.scalars(
            select(ServiceDelivery)
            .join(Pathway, Pathway.id == ServiceDelivery.pathway_id)
            .where(Pathway.participant_id == pid)
            .order_by(ServiceDelivery.date, ServiceDelivery.start_time, ServiceDelivery.id)
        ):
            row = _columns(delivery)
            row["programme"] = programme_of.get(delivery.pathway_id)
            row["operator"] = username_of(delivery.operator_id)
            row["operator_name"] = user_name(delivery.operator_id)
            deliveries.append(row)
            uuids.add(delivery.uuid)

        appointments = []
        for appointment, desk_code, desk_name in session.execute(
            select(Appointment, Desk.code, Desk.name)
            .join(Desk, Desk.id == Appointment.desk_id)
            .where(Appointment.participant_id == pid)
            .order_by(Appointment.start, Appointment.id)
        ):
            row = _columns(appointment)
            row["desk"] = desk_code
            row["desk_name"] = desk_name
            row["operator"] = username_of(appointment.operator_id)
            row["operator_name"] = user_name(appointment.operator_id)
            appointments.append(row)
            uuids.add(appointment.uuid)

        notes = []
        for note in session.scalars(
            select(TutoringNote)
            .where(TutoringNote.participant_id == pid)
            .order_by(TutoringNote.date, TutoringNote.start_time, TutoringNote.id)
        ):
            row = _columns(note)
            row["programme"] = programme_of.get(note.pathway_id)
            row["author"] = username_of(note.author_id)
            row["author_name"] = user_name(note.author_id)
            row["earlier_versions"] = [
                {**_columns(v), "edited_by_name": full_names.get(v.edited_by)}
                for v in session.scalars(
                    select(TutoringNoteVersion)
                    .where(TutoringNoteVersion.note_id == note.id)
                    .order_by(TutoringNoteVersion.edited_at, TutoringNoteVersion.id)
                )
            ]
            notes.append(row)
            uuids.add(note.uuid)

        attendance: dict[int, list[dict[str, Any]]] = {}
        for mark, sitting in session.execute(
            select(Attendance, EditionSession)
            .join(EditionSession, EditionSession.id == Attendance.session_id)
            .where(Attendance.participant_id == pid)
            .order_by(EditionSession.date, EditionSession.start_time, EditionSession.id)
        ):
            attendance.setdefault(sitting.edition_id, []).append(
                {
                    "session_id": sitting.id,
                    "session_uuid": sitting.uuid,
                    "date": sitting.date,
                    "start_time": sitting.start_time,
                    "end_time": sitting.end_time,
                    "place": sitting.place,
                    "status": mark.status,
                    "minutes_attended": mark.minutes_attended,
                }
            )
        enrolled_on = {
            edition_id: (since, edition_uuid)
            for edition_id, since, edition_uuid in session.execute(
                select(Enrollment.edition_id, Enrollment.enrolled_on, CourseEdition.uuid)
                .join(CourseEdition, CourseEdition.id == Enrollment.edition_id)
                .where(Enrollment.participant_id == pid)
            )
        }

        sessions = []
        for s in session.scalars(
            select(JobSearchSession)
            .where(JobSearchSession.participant_id == pid)
            .order_by(JobSearchSession.date, JobSearchSession.id)
        ):
            row = _columns(s)
            row["programme"] = programme_of.get(s.pathway_id)
            row["operator"] = username_of(s.operator_id)
            row["operator_name"] = user_name(s.operator_id)
            sessions.append(row)
            uuids.add(s.uuid)

        applications = []
        for application in session.scalars(
            select(JobApplication)
            .where(JobApplication.participant_id == pid)
            .order_by(JobApplication.applied_on, JobApplication.id)
        ):
            applications.append(_columns(application))
            uuids.add(application.uuid)

        internships = []
        host_companies: list[str] = []
        for internship, company_name in session.execute(
            select(Internship, Company.name)
            .join(Company, Company.id == Internship.company_id)
            .where(Internship.participant_id == pid)
            .order_by(Internship.start_date, Internship.id)
        ):
            row = _columns(internship)
            row["company_name"] = company_name
            row["programme"] = programme_of.get(internship.pathway_id)
            row["promoter_tutor"] = username_of(internship.promoter_tutor_id)
            row["promoter_tutor_name"] = user_name(internship.promoter_tutor_id)
            internships.append(row)
            uuids.add(internship.uuid)
            if company_name not in host_companies:
                host_companies.append(company_name)

        outcomes = []
        for outcome, company_name in session.execute(
            select(Outcome, Company.name)
            .outerjoin(Company, Company.id == Outcome.company_id)
            .where(Outcome.participant_id == pid)
            .order_by(Outcome.start_date, Outcome.id)
        ):
            row = _columns(outcome)
            row["company_name"] = company_name
            row["programme"] = programme_of.get(outcome.pathway_id)
            outcomes.append(row)
            uuids.add(outcome.uuid)

        consent_now = session.scalar(
            select(Consent)
            .where(Consent.participant_id == pid, Consent.withdrawn_on.is_(None))
            .order_by(Consent.signed_on.desc(), Consent.id.desc())
            .limit(1)
        )
        share_referrer = bool(consent_now and consent_now.share_referrer)
        share_companies = bool(consent_now and consent_now.share_companies)
        referrer = person.referrer
        code, uuid = person.internal_code, person.uuid
        name = f"{person.last_name} {person.first_name}"
        codice_fiscale = person.codice_fiscale

    # Courses (with the attendance share) and signed registers come from their services.
    enrolments = []
    for course in reversed(participant_courses(db, actor, pid, today=day)):
        row = asdict(course)
        row["edition_uuid"] = enrolled_on.get(course.edition_id, (None, None))[1]
        row["attendance"] = attendance.get(course.edition_id, [])
        enrolments.append(row)
    registers = []
    timesheets = list_registers(db, actor, participant=pid, kind="timesheet", limit=5_000)
    attendance_registers = []
    for edition_id, (since, _edition_uuid) in sorted(enrolled_on.items()):
        attendance_registers += [
            r
            for r in list_registers(db, actor, edition=edition_id, kind="attendance", limit=5_000)
            if r.session_day is None or r.session_day >= since
        ]
    for register in sorted(timesheets + attendance_registers, key=lambda r: (r.signed_on, r.id)):
        row = asdict(register)
        row["title"] = register.title
        registers.append(row)
        if register.kind == "timesheet":
            uuids.add(register.uuid)

    # The access log: events about the person or their records, oldest first.
    log: list[dict[str, Any]] = []

    def entry(event: AuditEvent) -> dict[str, Any]:
        return {
            "id": event.id,
            "at": event.at,
            "username": event.username,
            "user_name": full_names.get(event.username),
            "action": event.action,
            "entity": event.entity,
            "entity_uuid": event.entity_uuid,
            "summary": event.summary,
        }

    with db.transaction(write=False) as session:
        wanted = sorted(uuids)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for event in session.scalars(
                select(AuditEvent).where(or_(AuditEvent.entity_uuid.in_(chunk)))
            ):
                log.append(entry(event))
        # Saving a course session's register changes the person's attendance: its events
        # carry the edition's uuid.
        editions = sorted(str(edition_uuid) for _since, edition_uuid in enrolled_on.values())
        if editions:
            for event in session.scalars(
                select(AuditEvent).where(
                    AuditEvent.entity == "attendance_register",
                    AuditEvent.entity_uuid.in_(editions),
                )
            ):
                log.append(entry(event))
    log.sort(key=lambda e: int(e["id"]))

    information = _information(
        letterhead,
        day,
        name,
        programmes,
        referrer,
        share_referrer,
        share_companies,
        host_companies,
    )
    return SubjectDocument(
        letterhead=letterhead,
        generated_on=day,
        generated_by=actor.username,
        generated_by_name=actor.full_name or full_names.get(actor.username, actor.username),
        participant_uuid=uuid,
        internal_code=code,
        name=name,
        codice_fiscale=codice_fiscale,
        participant=record,
        consents=tuple(consents),
        pathways=tuple(pathways),
        service_deliveries=tuple(deliveries),
        appointments=tuple(appointments),
        tutoring_notes=tuple(notes),
        course_enrolments=tuple(enrolments),
        job_search_sessions=tuple(sessions),
        job_applications=tuple(applications),
        internships=tuple(internships),
        outcomes=tuple(outcomes),
        signed_registers=tuple(registers),
        access_log=tuple(log),
        information=information,
    )


def _information(
    letterhead: Letterhead,
    day: date,
    name: str,
    programmes: Sequence[tuple[str, str, str, int]],
    referrer: Referrer | None,
    share_referrer: bool,
    share_companies: bool,
    host_companies: Sequence[str],
) -> tuple[tuple[str, str, str], ...]:
    """The cover's explanation (art. 15, par. 1 GDPR), in plain Italian."""
    controller = letterhead.name or "la cooperativa che gestisce lo sportello"
    where = f", {letterhead.address}" if letterhead.address else ""
    contacts = " · ".join(p for p in (letterhead.phone, letterhead.email) if p)
    what = (
        f"Avete chiesto di sapere quali dati personali teniamo su di voi ({name}) e di averne "
        "copia: è il diritto di accesso dell'art. 15 del Regolamento (UE) 2016/679 (GDPR). "
        f"Questo documento contiene tutto ciò che il programma dello sportello registra su di voi "
        f"al {_d(day)}, comprese le note riservate dei tutor e il registro di chi ha consultato, "
        f"modificato o stampato i vostri dati. Il file {JSON_NAME}, nella stessa cartella, "
        "contiene gli stessi dati in un formato leggibile da un computer (JSON)."
    )
    who = f"Il titolare del trattamento è {controller}{where}." + (
        f" Contatti: {contacts}." if contacts else ""
    )
    purposes = (
        "Per darvi i servizi al lavoro del vostro percorso (accoglienza, orientamento, bilancio "
        "di competenze, tutoraggio, ricerca attiva del lavoro, tirocini, accompagnamento al "
        "lavoro); per rendicontare all'ente che finanzia il programma le attività, le ore, le "
        "presenze e gli esiti, e per i suoi controlli; per gli obblighi di legge. I dati sulla "
        "salute (collocamento mirato, percentuale e categoria di invalidità, esigenze di "
        "accessibilità) li trattiamo solo se servono al percorso: mai diagnosi."
    )
    categories = (
        "Le sezioni che seguono, una per tipo di dato: anagrafica, contatti e situazione; "
        "informativa e consensi (anche quelli revocati); percorsi, con i tutor e i servizi "
        "previsti; servizi ricevuti con le ore; appuntamenti; note dei colloqui, comprese quelle "
        "riservate e le versioni precedenti delle note corrette; corsi di gruppo e presenze; "
        "ricerca attiva del lavoro e candidature; tirocini; esiti; registri firmati; registro "
        "degli accessi. La tabella qui sotto dice quante registrazioni ha ogni sezione."
    )
    sources = ["da voi, nei colloqui e nei moduli che avete firmato"]
    if referrer is not None and referrer is not Referrer.SELF:
        sources.append(f"dal servizio che vi ha inviati ({REFERRER_LABELS[referrer]})")
    sources.append(
        "dagli operatori, dai tutor e dai docenti della cooperativa, che registrano "
        "appuntamenti, ore, presenze e note"
    )
    sources.append("dalle aziende, per gli esiti delle candidature e dei tirocini")
    source_text = "I dati vengono " + "; ".join(sources) + "."
    recipients = []
    funders = sorted({funder for _code, _name, funder, _years in programmes})
    if funders:
        recipients.append(
            "all'ente che finanzia il vostro percorso ("
            + "; ".join(funders)
            + ") e alle autorità di controllo, per la rendicontazione"
        )
    recipients.append("al Centro per l'impiego e al collocamento mirato quando la legge lo prevede")
    if share_referrer and referrer is not None and referrer is not Referrer.SELF:
        recipients.append(
            f"con il vostro consenso, al servizio che vi ha inviati ({REFERRER_LABELS[referrer]})"
        )
    if share_companies:
        companies = " (" + ", ".join(host_companies) + ")" if host_companies else ""
        recipients.append(
            f"con il vostro consenso, alle aziende per candidature, colloqui e tirocini{companies}"
        )
    recipients.append(
        "ai fornitori che ci aiutano (ad esempio l'assistenza informatica), vincolati da "
        "contratto come responsabili del trattamento"
    )
    recipient_text = (
        "I dati sono comunicati "
        + "; ".join(recipients)
        + ". Non sono diffusi né trasferiti fuori dall'Unione europea; nessuna decisione "
        "automatica viene presa su di voi."
    )
    if programmes:
        parts = [
            f"per il programma {code} (ente finanziatore: {funder}), {years} anni"
            for code, _name, funder, years in programmes
        ]
        retention = (
            "Teniamo i dati per i controlli dell'ente finanziatore: "
            + "; ".join(parts)
            + ", dalla fine dell'anno in cui il programma è chiuso e pagato. Passato questo "
            "tempo i dati sono resi anonimi."
        )
    else:
        retention = (
            "Teniamo i dati per il tempo richiesto dal programma che finanzia il percorso: di "
            "norma 5 anni dalla fine dell'anno in cui il programma è chiuso e pagato. Passato "
            "questo tempo i dati sono resi anonimi."
        )
    rights = (
        "Potete chiedere di correggere i dati inesatti, di cancellarli o di limitarne l'uso, "
        "di opporvi al trattamento e di ricevere i dati in un formato leggibile (artt. 16–22 "
        "GDPR); potete revocare i consensi in ogni momento. Una richiesta di cancellazione "
        "durante il periodo di conservazione limita l'uso dei dati invece di cancellarli, "
        "perché la rendicontazione lo impone. Potete presentare reclamo al Garante per la "
        "protezione dei dati personali (www.garanteprivacy.it)."
    )
    return (
        ("what", "Che cos'è questo documento", what),
        ("controller", "Chi tratta i vostri dati", who),
        ("purposes", "Perché li trattiamo", purposes),
        ("categories", "Quali dati", categories),
        ("sources", "Da dove vengono", source_text),
        ("recipients", "A chi li comunichiamo", recipient_text),
        ("retention", "Per quanto tempo li teniamo", retention),
        ("rights", "I vostri diritti", rights),
    )


# --------------------------------------------------------------------------- JSON


def _plain(value: Any) -> Any:
    """A JSON-ready copy: enums as their codes, dates and times in ISO 8601, amounts as
    numbers, mappings and sequences walked."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [_plain(v) for v in value]
        return sorted(items) if isinstance(value, set | frozenset) else items
    return value


def subject_json(doc: SubjectDocument) -> dict[str, Any]:
    """The machine-readable copy: metadata, the explanation, the counts, one key per category."""
    letterhead = doc.letterhead
    out: dict[str, Any] = {
        "document": f"{TITLE} – {SUBJECT}",
        "generated_on": doc.generated_on.isoformat(),
        "generated_by": doc.generated_by,
        "controller": {
            "name": letterhead.name,
            "address": letterhead.address,
            "details": letterhead.details,
            "phone": letterhead.phone,
            "email": letterhead.email,
        },
        "subject": {
            "internal_code": doc.internal_code,
            "uuid": doc.participant_uuid,
            "codice_fiscale": doc.codice_fiscale,
            "name": doc.name,
        },
        "information": {key: text for key, _title, text in doc.information},
        "time_zones": (
            "created_at, updated_at, edited_at, unlocked_at, anonymised_at and the access "
            "log's at are UTC; appointment starts and session times are local time."
        ),
        "counts": doc.counts,
    }
    for key, _title in CATEGORIES:
        out[key] = _plain(doc.participant if key == "participant" else doc.category(key))
    return out


# --------------------------------------------------------------------------- drawing


def _text(value: Any) -> str:
    """One value as a person reads it."""
    if value is None or value == "":
        return DASH
    if isinstance(value, bool):
        return "sì" if value else "no"
    if isinstance(value, Enum):
        labels = ENUM_LABELS.get(type(value))
        text = labels.get(value) if labels else None
        return text or str(value.value)
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, Decimal | float):
        return number_it(value)
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value) or DASH
    return str(value)


def _hours(minutes: int | None) -> str:
    if not minutes:
        return "0"
    return number_it(round(Decimal(minutes) / 60, 2))


def _local(at: datetime) -> str:
    """A UTC timestamp of the access log in the machine's local time."""
    return at.replace(tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M")


def _interval(row: Record) -> str:
    start, end = row.get("start_time"), row.get("end_time")
    if start and end:
        return f"{start:%H:%M}–{end:%H:%M}"
    return DASH


class _Plain:
    """A table cell drawn as plain text (ReportLab draws any non-flowable with `str`, one line
    per «\\n»): a fraction of a paragraph's cost, for text that fits its column."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text


def _is_long(value: object) -> bool:
    """Text too long for a table cell: a table row cannot break across pages."""
    return isinstance(value, str) and (len(value) > LONG_TEXT or value.count("\n") > 20)


def _pairs(rows: Sequence[tuple[str, str]], width: float) -> list[Any]:
    """A label/value table; a value too long for a cell follows the table as a paragraph."""
    from storage.printing.style import data_table, para, styles

    st = styles()
    long = [(label, value) for label, value in rows if _is_long(value)]
    out: list[Any] = [
        data_table(
            [
                [para(label, st["cell_bold"]), FOLLOWS if _is_long(value) else value]
                for label, value in rows
            ],
            [width * 0.38, width * 0.62],
        )
    ]
    from reportlab.platypus import Spacer

    from storage.printing.style import MM

    for label, value in long:
        out += [Spacer(1, 3 * MM), para(label, st["head"]), para(value, st["cell"])]
    return out


def _story(doc: SubjectDocument) -> list[Any]:
    """The flowables: a cover with the explanation and the counts, then one section per
    category."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

    from storage.printing.style import (
        FONT,
        FONT_ITALIC,
        MM,
        content_width,
        data_table,
        letterhead_block,
        para,
        styles,
    )

    st = styles()
    width = content_width()
    italic = ParagraphStyle("subject_italic", parent=st["cell"], fontName=FONT_ITALIC)
    text_style = ParagraphStyle("subject_text", parent=st["cell"], spaceAfter=2)
    gap = ParagraphStyle("subject_gap", parent=st["cell"], spaceAfter=7)

    story: list[Any] = letterhead_block(doc.letterhead, width)
    story += [
        para(TITLE, st["title"]),
        para(
            f"{doc.name} · codice fiscale {doc.codice_fiscale or DASH} · codice interno "
            f"{doc.internal_code} · {SUBJECT} · prodotto il {_d(doc.generated_on)}",
            st["subtitle"],
        ),
    ]
    for key, title, text in doc.information:
        story += [para(title, st["h2"]), para(text, st["body"])]
        if key == "categories":
            story.append(Spacer(1, 2 * MM))
            story.append(
                data_table(
                    [[title_, str(doc.counts[key_])] for key_, title_ in CATEGORIES],
                    [width * 0.8, width * 0.2],
                    header=["Sezione", "Registrazioni"],
                    right=(1,),
                )
            )
    story.append(Spacer(1, 4 * MM))
    story.append(
        para(
            f"Documento preparato il {_d(doc.generated_on)} da {doc.generated_by_name} "
            "su vostra richiesta. La sua preparazione è annotata nel registro degli accessi.",
            st["muted"],
        )
    )

    def section(key: str) -> list[Any]:
        return [CondPageBreak(40 * MM), para(CATEGORY_TITLES[key], st["h1"])]

    def empty(text: str) -> list[Any]:
        return [para(text, st["body"])]

    # A section made of blocks kept together holds its heading back for its first block, so
    # that a heading is never left alone at the foot of a page.
    held: list[Any] = []

    def open_section(key: str) -> None:
        story.append(CondPageBreak(40 * MM))
        held[:] = [para(CATEGORY_TITLES[key], st["h1"])]

    def keep(block: list[Any]) -> None:
        story.append(KeepTogether(held + block))
        held.clear()

    def nothing(text: str) -> None:
        story.extend(held + empty(text))
        held.clear()

    small = ParagraphStyle("subject_small", parent=st["cell"], fontSize=8, leading=10)

    def table(rows: list[list[Any]], shares: Sequence[float], header: Sequence[str]) -> list[Any]:
        """The shared table at 8 points with narrow side paddings, so that wide tables keep
        their words whole. Text whose lines all fit their column is drawn as plain strings
        (a long access log lays out several times faster); the rest wraps as paragraphs, and
        text too long for a cell follows the table, numbered."""
        from reportlab.pdfbase.pdfmetrics import stringWidth
        from reportlab.platypus import TableStyle

        widths = [width * s for s in shares]

        def cell(value: Any, room: float) -> Any:
            if not isinstance(value, str):
                return value
            if all(stringWidth(line, FONT, 8) <= room for line in value.split("\n")):
                return _Plain(value)
            return para(value, small)

        after: list[Any] = []

        def fit(value: Any, column: int) -> Any:
            if not _is_long(value):
                return cell(value, widths[column] - 7)
            number = len(after) // 3 + 1
            after.extend(
                [
                    Spacer(1, 3 * MM),
                    para(f"Testo n. {number} ({header[column]})", st["head"]),
                    para(value, st["cell"]),
                ]
            )
            return cell(f"testo n. {number}, sotto la tabella", widths[column] - 7)

        cells = [[fit(v, i) for i, v in enumerate(row)] for row in rows]
        grid = data_table(cells, widths, header=header)
        grid.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("FONTSIZE", (0, 1), (-1, -1), 8),
                    ("LEADING", (0, 1), (-1, -1), 10),
                    ("TEXTCOLOR", (0, 1), (-1, -1), small.textColor),
                ]
            )
        )
        return [grid, *after]

    # Participant record.
    story.append(PageBreak())
    story += section("participant")
    person = doc.participant
    pairs: list[tuple[str, str]] = []
    columns = [c for c in PARTICIPANT_LABELS if c in person] + [
        c for c in person if c not in PARTICIPANT_LABELS and c != "desk"
    ]
    for column in columns:
        value = person[column]
        if column == "desk_id":
            desk = person.get("desk")
            text = f"{desk['name']} ({desk['code']})" if desk else DASH
        elif column == "invalidity_percent" and value is not None:
            text = f"{value}%"
        else:
            text = _text(value)
        pairs.append((PARTICIPANT_LABELS.get(column, column), text))
    story += _pairs(pairs, width)

    # Consents.
    story += section("consents")
    if not doc.consents:
        story += empty("Nessuna informativa firmata.")
    rows: list[list[Any]] = []
    for c in doc.consents:
        signer = _text(c.get("signer"))
        if c.get("signer_name"):
            signer += f" ({c['signer_name']})"
        given = "; ".join(
            f"{label}: {_text(bool(c.get(field)))}"
            for field, label in (
                ("art9_consent", "dati art. 9"),
                ("contact_consent", "contatti"),
                ("share_referrer", "all'ente inviante"),
                ("share_companies", "alle aziende"),
            )
        )
        rows.append(
            [
                _d(c.get("signed_on")),
                str(c.get("notice_version") or DASH),
                signer,
                given,
                _d(c.get("withdrawn_on")) if c.get("withdrawn_on") else "non revocato",
            ]
        )
    if rows:
        story.extend(
            table(
                rows,
                (0.14, 0.11, 0.22, 0.38, 0.15),
                ["Firmata il", "Versione", "Firmata da", "Consensi", "Revocata il"],
            )
        )

    # Pathways.
    open_section("pathways")
    if not doc.pathways:
        nothing("Nessun percorso.")
    for p in doc.pathways:
        programme = p["programme"]
        facts = [
            ("Ente finanziatore", str(programme["funder"])),
            ("Stato", _text(p.get("status"))),
            ("Inizio", _d(p.get("start_date"))),
            ("Fine prevista", _d(p.get("planned_end"))),
            ("Chiuso il", _d(p.get("end_date"))),
            ("Motivo della chiusura", _text(p.get("closure_reason"))),
            ("Tutor", _text(p.get("tutor_name"))),
            ("Responsabile del caso", _text(p.get("case_manager_name"))),
            ("Ore a budget", _text(p.get("budget_hours"))),
            ("Budget in euro", _text(p.get("budget_euros"))),
            (
                "Tutor nel tempo",
                "; ".join(
                    f"{t['tutor_name'] or t['tutor']} dal {_d(t['from_date'])}"
                    for t in p["tutor_history"]
                )
                or DASH,
            ),
        ]
        block: list[Any] = [
            para(f"{programme['code']} – {programme['name']}", st["h2"]),
            *_pairs(facts, width),
        ]
        if p["planned_services"]:
            block += [
                Spacer(1, 2 * MM),
                *table(
                    [
                        [
                            _text(s.get("service_type")),
                            _text(s.get("planned_hours")),
                            _text(s.get("hourly_rate")),
                        ]
                        for s in p["planned_services"]
                    ],
                    (0.6, 0.2, 0.2),
                    ["Servizio previsto", "Ore previste", "Costo orario (€)"],
                ),
            ]
        keep(block)

    # Service deliveries.
    story += section("service_deliveries")
    if not doc.service_deliveries:
        story += empty("Nessun servizio registrato.")
    else:
        story.extend(
            table(
                [
                    [
                        _d(r.get("date")) + (f"\n{_interval(r)}" if r.get("start_time") else ""),
                        str(r.get("minutes")),
                        _text(r.get("service_type"))
                        + (" (di gruppo)" if r.get("edition_session_id") else ""),
                        _text(r.get("programme")),
                        _text(r.get("operator_name")),
                        _text(r.get("place")),
                    ]
                    for r in doc.service_deliveries
                ],
                (0.14, 0.07, 0.25, 0.17, 0.17, 0.2),
                ["Data e orario", "Min.", "Servizio", "Programma", "Operatore", "Luogo"],
            )
        )
        written = [
            r for r in doc.service_deliveries if r.get("note") or r.get("cap_override_reason")
        ]
        if written:
            story.append(para("Note dei servizi", st["h2"]))
        for r in written:
            story.append(para(f"{_d(r.get('date'))} · {_text(r.get('service_type'))}", st["head"]))
            if r.get("note"):
                story.append(para(r["note"], text_style))
            if r.get("cap_override_reason"):
                story.append(
                    para(f"Ore oltre il massimo del programma: {r['cap_override_reason']}", italic)
                )
            story.append(Spacer(1, 2 * MM))

    # Appointments.
    story += section("appointments")
    if not doc.appointments:
        story += empty("Nessun appuntamento.")
    else:
        story.extend(
            table(
                [
                    [
                        f"{a['start']:%d/%m/%Y}\n{a['start']:%H:%M}",
                        str(a.get("minutes")),
                        _text(a.get("kind")),
                        _text(a.get("mode")),
                        _text(a.get("desk_name")),
                        _text(a.get("operator_name")),
                        _text(a.get("status"))
                        + (f": {a['cancel_reason']}" if a.get("cancel_reason") else ""),
                    ]
                    for a in doc.appointments
                ],
                (0.13, 0.07, 0.19, 0.12, 0.18, 0.15, 0.16),
                ["Data e ora", "Min.", "Tipo", "Modalità", "Sportello", "Operatore", "Stato"],
            )
        )
        with_note = [a for a in doc.appointments if a.get("note")]
        if with_note:
            story.append(para("Note degli appuntamenti", st["h2"]))
        for a in with_note:
            story += [
                para(f"{_text(a.get('start'))} · {_text(a.get('kind'))}", st["head"]),
                para(a["note"], gap),
            ]

    # Tutoring notes.
    story += section("tutoring_notes")
    story.append(
        para(
            "Tutte le note, comprese quelle riservate (segnate «riservata»), con le versioni "
            "precedenti delle note corrette.",
            st["muted"],
        )
    )
    if not doc.tutoring_notes:
        story += empty("Nessuna nota.")
    for n in doc.tutoring_notes:
        head = " · ".join(
            t
            for t in (
                _d(n.get("date")),
                _interval(n) if n.get("start_time") else "",
                _text(n.get("counterpart")),
                _text(n.get("mode")),
                n.get("place") or "",
                _text(n.get("author_name")),
                n.get("programme") or "",
                "«riservata»" if n.get("confidential") else "",
            )
            if t
        )
        story += [CondPageBreak(14 * MM), para(head, st["cell_bold"])]
        story.append(para(n.get("text") or "", text_style))
        if n.get("next_steps"):
            due = f" (entro il {_d(n['next_step_due'])})" if n.get("next_step_due") else ""
            story.append(para(f"Prossimi passi{due}: {n['next_steps']}", italic))
        for v in n["earlier_versions"]:
            who = v.get("edited_by_name") or v.get("edited_by")
            story.append(
                para(
                    f"Versione precedente, sostituita il {_text(v.get('edited_at'))} (UTC) "
                    f"da {who}:",
                    st["cell_small"],
                )
            )
            story.append(para(v.get("text") or "", italic))
            if v.get("next_steps"):
                story.append(para(f"Prossimi passi: {v['next_steps']}", italic))
        story.append(Spacer(1, 3 * MM))

    # Courses and attendance.
    open_section("course_enrolments")
    if not doc.course_enrolments:
        nothing("Nessuna iscrizione a corsi di gruppo.")
    for c in doc.course_enrolments:
        share = c.get("share")
        facts = [
            ("Edizione", f"{c['edition_code']} · {c['town']}"),
            ("Date dell'edizione", f"{_d(c.get('start_date'))} – {_d(c.get('end_date'))}"),
            ("Iscritto/a il", _d(c.get("enrolled_on"))),
            (
                "Ore frequentate / previste",
                f"{_hours(c.get('attended_minutes'))} / {_hours(c.get('scheduled_minutes'))}",
            ),
            (
                "Quota di presenza",
                DASH
                if share is None
                else f"{number_it(round(share * 100))}%"
                + (" (almeno il 75%)" if c.get("passes_75") else " (meno del 75%)"),
            ),
        ]
        keep([para(f"{c['course_title']} ({c['course_code']})", st["h2"]), *_pairs(facts, width)])
        if c["attendance"]:
            story += [
                Spacer(1, 2 * MM),
                *table(
                    [
                        [
                            _d(m.get("date")),
                            _interval(m),
                            _text(m.get("place")),
                            _text(m.get("status")),
                            str(m.get("minutes_attended")),
                        ]
                        for m in c["attendance"]
                    ],
                    (0.15, 0.15, 0.34, 0.24, 0.12),
                    ["Incontro", "Orario", "Luogo", "Presenza", "Minuti"],
                ),
            ]

    # Job-search sessions.
    story += section("job_search_sessions")
    if not doc.job_search_sessions:
        story += empty("Nessun incontro di ricerca attiva.")
    else:
        story.extend(
            table(
                [
                    [
                        _d(s.get("date")),
                        str(s.get("minutes")),
                        _text(s.get("channels")),
                        _text(bool(s.get("cv_updated"))),
                        _text(s.get("operator_name")),
                        _text(s.get("notes")),
                    ]
                    for s in doc.job_search_sessions
                ],
                (0.14, 0.07, 0.26, 0.08, 0.17, 0.28),
                ["Data", "Min.", "Canali", "CV nuovo", "Operatore", "Note"],
            )
        )

    # Applications.
    story += section("job_applications")
    if not doc.job_applications:
        story += empty("Nessuna candidatura.")
    else:
        story.extend(
            table(
                [
                    [
                        _d(a.get("applied_on")),
                        _text(a.get("company_name")),
                        _text(a.get("role")),
                        _text(a.get("channel")),
                        _text(a.get("status")),
                        _d(a.get("follow_up_on")),
                    ]
                    for a in doc.job_applications
                ],
                (0.14, 0.22, 0.2, 0.17, 0.12, 0.15),
                ["Inviata il", "Azienda", "Ruolo", "Canale", "Stato", "Da richiamare"],
            )
        )

    # Internships.
    open_section("internships")
    if not doc.internships:
        nothing("Nessun tirocinio.")
    for i in doc.internships:
        stipend = _text(i.get("monthly_stipend"))
        facts = [
            ("Tipo", _text(i.get("type"))),
            ("Soggetto promotore", _text(i.get("promoter"))),
            ("Sede", _text(i.get("site"))),
            ("Periodo", f"{_d(i.get('start_date'))} – {_d(i.get('end_date'))}"),
            ("Prorogato fino al", _d(i.get("extended_to"))),
            ("Ore settimanali", _text(i.get("hours_per_week"))),
            ("Tutor aziendale", _text(i.get("company_tutor"))),
            ("Tutor del promotore", _text(i.get("promoter_tutor_name"))),
            ("Indennità mensile", stipend + (" €" if stipend != DASH else "")),
            ("Chi paga l'indennità", _text(i.get("stipend_payer"))),
            ("Polizza INAIL", _text(i.get("inail_policy"))),
            ("Polizza di responsabilità civile", _text(i.get("liability_policy"))),
            ("Comunicazione obbligatoria", _d(i.get("communication_date"))),
            ("Esito", _text(i.get("outcome"))),
            ("Motivo dell'interruzione", _text(i.get("interruption_reason"))),
        ]
        keep([para(_text(i.get("company_name")), st["h2"]), *_pairs(facts, width)])

    # Outcomes.
    story += section("outcomes")
    if not doc.outcomes:
        story += empty("Nessun esito registrato.")
    else:
        story.extend(
            table(
                [
                    [
                        _text(o.get("type")),
                        _text(o.get("employer") or o.get("company_name")),
                        _text(o.get("occupation")),
                        _text(o.get("hours_per_week")),
                        _d(o.get("start_date")),
                        _text(o.get("months")),
                    ]
                    for o in doc.outcomes
                ],
                (0.2, 0.24, 0.2, 0.1, 0.14, 0.12),
                ["Esito", "Datore di lavoro", "Mansione", "Ore sett.", "Inizio", "Mesi"],
            )
        )

    # Signed registers.
    story += section("signed_registers")
    if not doc.signed_registers:
        story += empty("Nessun registro firmato.")
    else:
        rows = []
        for r in doc.signed_registers:
            unlocked = DASH
            if r.get("unlocked_at"):
                unlocked = (
                    f"sbloccato il {_text(r['unlocked_at'])} (UTC) da {r.get('unlocked_by')}: "
                    f"{r.get('unlock_reason')}"
                )
            rows.append(
                [
                    str(r.get("title")),
                    _d(r.get("signed_on")),
                    _text(r.get("signed_by")),
                    str(r.get("deliveries")),
                    str(r.get("reprints")),
                    unlocked,
                ]
            )
        story.extend(
            table(
                rows,
                (0.3, 0.13, 0.13, 0.09, 0.11, 0.24),
                ["Registro", "Firmato il", "Segnato da", "Servizi", "Ristampe", "Sblocco"],
            )
        )

    # Access log.
    story += section("access_log")
    story.append(
        para(
            "Chi ha registrato, consultato, modificato, stampato o esportato i vostri dati, e "
            "quando (ora locale). Il registro non si può modificare: ogni riga è legata alla "
            "precedente.",
            st["muted"],
        )
    )
    if not doc.access_log:
        story += empty("Nessun evento registrato.")
    else:
        story.extend(
            table(
                [
                    [
                        _local(e["at"]).replace(" ", "\n"),
                        e["username"] + (f"\n{e['user_name']}" if e.get("user_name") else ""),
                        ACTION_LABELS.get(_plain(e["action"]), _plain(e["action"])),
                        ENTITY_LABELS.get(e["entity"], e["entity"]),
                        e.get("summary") or DASH,
                    ]
                    for e in doc.access_log
                ],
                (0.13, 0.2, 0.17, 0.18, 0.32),
                ["Data e ora", "Utente", "Azione", "Dato", "Dettaglio registrato"],
            )
        )
    return story


def render_subject(doc: SubjectDocument, out: Path | str) -> int:
    """Draw the readable copy into `out` (checked first, written atomically); return its
    pages. The header carries the internal code only; the name is on the cover."""
    from storage.printing.style import PageFrame, save_pdf

    frame = PageFrame(
        title=TITLE,
        subject=f"{SUBJECT} · {doc.internal_code}",
        author=doc.letterhead.name or "Sportello",
        header_left=doc.internal_code,
        printed_on=doc.generated_on,
        letterhead_name=doc.letterhead.name,
    )
    return save_pdf(out, lambda: _story(doc), frame)


# --------------------------------------------------------------------------- export


def check_folder(out_dir: Path | str) -> Path:
    """The output folder: it must exist and be writable (ValidationError, field «out»)."""
    label = "Cartella di uscita"
    text = str(out_dir).strip() if out_dir is not None else ""
    if not text:
        raise ValidationError("out", "indicate la cartella in cui salvare i dati.", label=label)
    folder = Path(text).expanduser()
    if not folder.is_dir():
        raise ValidationError(
            "out", f"la cartella «{folder}» non esiste (o non è una cartella).", label=label
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ValidationError("out", f"nella cartella «{folder}» non si può scrivere.", label=label)
    return folder


def folder_name(internal_code: str, day: date) -> str:
    """`accesso-<internal code>-<YYYY-MM-DD>`, from the code alone (never from typed text)."""
    safe = re.sub(r"[^A-Za-z0-9-]", "_", internal_code) or "persona"
    return f"accesso-{safe}-{day.isoformat()}"


def _move_into_place(work: Path, folder: Path, base: str) -> Path:
    """Rename the finished temporary folder to `base`, or `base-2`, `base-3`… if taken."""
    for n in range(1, 10_000):
        target = folder / (base if n == 1 else f"{base}-{n}")
        if target.exists() or target.is_symlink():
            continue
        try:
            os.rename(work, target)
        except OSError:
            if target.exists():  # taken in the meantime by someone else
                continue
            raise
        return target
    raise ValidationError(
        "out", f"troppe cartelle «{base}» nella cartella di uscita.", label="Cartella di uscita"
    )


def export_subject(
    db: Database,
    actor: Actor,
    participant: str | int,
    out_dir: Path | str,
    *,
    today: date | None = None,
) -> Path:
    """Write `dati.pdf` and `dati.json` into a new folder inside `out_dir` and return it.

    Coordinators and administrators only. The folder is filled under a temporary name and
    renamed at the end, in the same transaction as the audit EXPORT event («subject access»):
    any failure leaves neither a folder nor an event."""
    from storage import audit
    from storage.printing.style import write_atomically

    require(actor, STAFF, "esportare tutti i dati di una persona (diritto di accesso)")
    folder = check_folder(out_dir)
    doc = subject_document(db, actor, participant, today=today)
    base = folder_name(doc.internal_code, doc.generated_on)
    data = json.dumps(subject_json(doc), ensure_ascii=False, indent=2) + "\n"
    work = Path(tempfile.mkdtemp(dir=folder, prefix=f".{base}.", suffix=".part"))
    target: Path | None = None
    try:
        write_atomically(work / JSON_NAME, data.encode("utf-8"))
        render_subject(doc, work / PDF_NAME)
        with db.transaction() as session:
            audit.record(
                session,
                actor,
                AuditAction.EXPORT,
                "participant",
                doc.participant_uuid,
                AUDIT_SUMMARY,
            )
            target = _move_into_place(work, folder, base)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        if target is not None:
            shutil.rmtree(target, ignore_errors=True)
        raise
    assert target is not None
    return target
