"""Permission rows: participants, intake, pathways, tutoring, timeline, search, registers, home,
and the printing of people's documents (dossier, forms, registers, right of access, agenda PDFs)
and the calendar export.

Part of the one table in tests/unit/permission_table.py (see there for `Case`). Each call does
its setup as `w.admin` (the file holder; a registered staff user where the service wants one)
and then calls the function once as `a`, with valid arguments for the participant `which`, so
that the role check and the caseload check are reached.

The rule (storage/services/access.py, issue #8): the registry for everyone, filtered; identity
and contacts of a person in scope for everyone (operators: their desks' people); the record
(notes, hours, plan, intake, timeline, documents) for tutors within their caseload and staff.
"""

from __future__ import annotations

from datetime import date, datetime, time

from models.enums import PathwayStatus, Role
from models.rows import Actor
from tests.conftest import make_cf
from tests.unit.permission_world import (
    ALL,
    STAFF,
    TUTORS_UP,
    Case,
    Which,
    World,
    next_monday,
)

S = "storage.services"
P = "storage.printing"
MONTH = "2026-02"  # after the world's pathways opened (20/01/2026), before today

# --------------------------------------------------------------------------- shared setup


def _staff(w: World) -> Actor:
    """A registered administrator, for the setup services that want a user (notes)."""
    return w.actor(Role.ADMIN)


def _sql(w: World, statement: str, who: Actor, row_id: int) -> None:
    from sqlalchemy import text

    with w.db.transaction() as session:
        session.execute(text(statement), {"u": who.username, "i": row_id})


def _delivery(w: World, which: Which, *, by: Actor | None = None) -> int:
    """Two hours of coaching in February for `which`, recorded by the file holder, and made
    `by`'s own (who recorded them) when given."""
    from storage.services.tutoring import DeliveryInput, record_delivery

    row = record_delivery(
        w.db, w.admin, DeliveryInput(w.pathway(which), "coaching", date(2026, 2, 10), minutes=120)
    )
    if by is not None:
        _sql(w, "UPDATE service_deliveries SET created_by = :u WHERE id = :i", by, row.id)
    return row.id


def _note(w: World, which: Which, *, author: Actor | None = None) -> int:
    """A note about `which` by a staff user, then made `author`'s (who may edit it)."""
    from storage.services.tutoring import NoteInput, add_note

    note_id = add_note(
        w.db,
        _staff(w),
        NoteInput(w.cf(which), date(2026, 2, 11), "participant", "in_person", "Colloquio."),
    )
    if author is not None:
        _sql(
            w,
            "UPDATE tutoring_notes SET author_id = "
            "(SELECT id FROM users WHERE username = :u) WHERE id = :i",
            author,
            note_id,
        )
    return note_id


def _identity(w: World, which: Which) -> object:
    from models.validation import ParticipantInput

    last, first = ("Rossi", "Mario") if which == "own" else ("Verdi", "Anna")
    return ParticipantInput(
        last,
        first,
        codice_fiscale=w.cf(which),
        municipality="Cremona",
        phone="0372 999888",
        email=f"{first.lower()}.{last.lower()}@example.it",
    )


def _query(text: str = "") -> object:
    from models.rows import ParticipantQuery

    return ParticipantQuery(text=text)


def _signed_timesheet(w: World, which: Which) -> int:
    from storage.services.registers import sign_timesheet

    _delivery(w, which)
    return sign_timesheet(w.db, w.admin, w.cf(which), MONTH, signed_on="28/02/2026").id


def _sitting(w: World) -> tuple[int, int]:
    """A course edition with one session held and `own` enrolled and present: (edition,
    session)."""
    from models.enums import AttendanceStatus
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

    create_course(w.db, w.admin, CourseInput("EMP", "Empowerment", "training", 29))
    edition = create_edition(
        w.db, w.admin, EditionInput("EMP", "EMP-CR-1", "Cremona", "01/02/2026", "31/12/2026")
    ).id
    sitting = add_session(w.db, w.admin, SessionInput(edition, "02/03/2026", "09:00", "13:00")).id
    enrol(w.db, w.admin, edition, w.cf("own"), "15/02/2026")
    record_attendance(
        w.db,
        w.admin,
        sitting,
        [AttendanceEntry(w.participant("own"), AttendanceStatus.PRESENT)],
    )
    return edition, sitting


# --------------------------------------------------------------------------- participants


def participants_count_participants(w: World, a: Actor, which: Which) -> object:
    from storage.services.participants import count_participants

    return count_participants(w.db, a, _query())  # type: ignore[arg-type]


def participants_create_participant(w: World, a: Actor, which: Which) -> object:
    from models.validation import ParticipantInput
    from storage.services.participants import create_participant

    cf = make_cf("Bassi", "Lucia", "F", date(1995, 5, 5))
    return create_participant(w.db, a, ParticipantInput("Bassi", "Lucia", codice_fiscale=cf))


def participants_list_participants(w: World, a: Actor, which: Which) -> object:
    from storage.services.participants import list_participants

    return list_participants(w.db, a, _query())  # type: ignore[arg-type]


def participants_participant_details(w: World, a: Actor, which: Which) -> object:
    from storage.services.participants import participant_details

    return participant_details(w.db, a, w.participant(which))


def participants_participant_ids(w: World, a: Actor, which: Which) -> object:
    from storage.services.participants import participant_ids

    return participant_ids(w.db, a, _query())  # type: ignore[arg-type]


def participants_participant_rows(w: World, a: Actor, which: Which) -> object:
    from storage.services.participants import participant_rows

    return participant_rows(w.db, a, [w.participant(which)])


def participants_possible_duplicates(w: World, a: Actor, which: Which) -> object:
    from storage.services.participants import possible_duplicates

    return possible_duplicates(w.db, a, "Rossi", "Mario", date(1980, 3, 14))


def participants_update_participant(w: World, a: Actor, which: Which) -> object:
    from storage.services.participants import update_participant

    return update_participant(
        w.db,
        a,
        w.participant(which),
        _identity(w, which),  # type: ignore[arg-type]
    )


# --------------------------------------------------------------------------- intake


def intake_change_tutor(w: World, a: Actor, which: Which) -> object:
    from storage.services.intake import change_tutor

    return change_tutor(w.db, a, w.pathway(which), "tutor.due", date.today())


def intake_consents_of(w: World, a: Actor, which: Which) -> object:
    from storage.services.intake import consents_of

    return consents_of(w.db, a, w.cf(which))


def intake_open_pathway(w: World, a: Actor, which: Which) -> object:
    from storage.services.intake import PathwayInput, open_pathway

    return open_pathway(w.db, a, PathwayInput(w.cf(which), "GOL", "tutor.uno", date(2026, 2, 1)))


def intake_record_consent(w: World, a: Actor, which: Which) -> object:
    from storage.services.intake import ConsentInput, record_consent

    return record_consent(w.db, a, w.cf(which), ConsentInput(date(2026, 2, 1)))


def intake_record_intake(w: World, a: Actor, which: Which) -> object:
    from storage.services.intake import IntakeInput, record_intake

    return record_intake(
        w.db, a, w.pathway(which), IntakeInput(date(2026, 2, 2), 60, assessment="Motivato")
    )


def intake_set_pathway_status(w: World, a: Actor, which: Which) -> object:
    from storage.services.intake import set_pathway_status

    return set_pathway_status(w.db, a, w.pathway(which), PathwayStatus.SUSPENDED, reason="Malattia")


def intake_withdraw_consent(w: World, a: Actor, which: Which) -> object:
    from storage.services.intake import consents_of, withdraw_consent

    consent = consents_of(w.db, w.admin, w.cf(which))[0].id
    return withdraw_consent(w.db, a, consent, date(2026, 3, 1))


# --------------------------------------------------------------------------- pathways


def pathways_list_pathways(w: World, a: Actor, which: Which) -> object:
    from storage.services.pathways import list_pathways

    return list_pathways(w.db, a)


def pathways_participants_for_month(w: World, a: Actor, which: Which) -> object:
    from storage.services.pathways import participants_for_month

    return participants_for_month(w.db, a, date(2026, 2, 1))


# --------------------------------------------------------------------------- tutoring


def tutoring_add_note(w: World, a: Actor, which: Which) -> object:
    from storage.services.tutoring import NoteInput, add_note

    return add_note(
        w.db,
        a,
        NoteInput(w.cf(which), date(2026, 2, 11), "participant", "in_person", "Colloquio."),
    )


def tutoring_delete_delivery(w: World, a: Actor, which: Which) -> object:
    from storage.services.tutoring import delete_delivery

    return delete_delivery(w.db, a, _delivery(w, which, by=a))


def tutoring_edit_note(w: World, a: Actor, which: Which) -> object:
    from storage.services.tutoring import NoteInput, edit_note

    note_id = _note(w, which, author=a if a.role != Role.OPERATOR else None)
    return edit_note(
        w.db,
        a,
        note_id,
        NoteInput(w.cf(which), date(2026, 2, 11), "participant", "in_person", "Colloquio lungo."),
    )


def tutoring_list_deliveries(w: World, a: Actor, which: Which) -> object:
    from storage.services.tutoring import list_deliveries

    return list_deliveries(w.db, a, participant=w.cf(which))


def tutoring_list_notes(w: World, a: Actor, which: Which) -> object:
    from storage.services.tutoring import list_notes

    return list_notes(w.db, a, participant=w.cf(which))


def tutoring_my_next_steps(w: World, a: Actor, which: Which) -> object:
    from storage.services.tutoring import my_next_steps

    return my_next_steps(w.db, a)


def tutoring_note_details(w: World, a: Actor, which: Which) -> object:
    from storage.services.tutoring import note_details

    return note_details(w.db, a, _note(w, which))


def tutoring_pathway_hours(w: World, a: Actor, which: Which) -> object:
    from storage.services.tutoring import pathway_hours

    return pathway_hours(w.db, a, w.pathway(which))


def tutoring_record_delivery(w: World, a: Actor, which: Which) -> object:
    from storage.services.tutoring import DeliveryInput, record_delivery

    return record_delivery(
        w.db, a, DeliveryInput(w.pathway(which), "coaching", date(2026, 2, 12), minutes=60)
    )


def tutoring_tutoring_context(w: World, a: Actor, which: Which) -> object:
    from storage.services.tutoring import tutoring_context

    return tutoring_context(w.db, a, w.participant(which))


# --------------------------------------------------------------------------- timeline, search


def timeline_timeline(w: World, a: Actor, which: Which) -> object:
    from storage.services.timeline import timeline

    return timeline(w.db, a, w.cf(which))


def search_search_notes(w: World, a: Actor, which: Which) -> object:
    from storage.services.search import search_notes

    _note(w, which)
    return search_notes(w.db, a, "colloquio", participant=w.cf(which))


# --------------------------------------------------------------------------- registers


def registers_count_prints(w: World, a: Actor, which: Which) -> object:
    from storage.services.registers import count_prints, timesheet_document

    _delivery(w, which)
    doc = timesheet_document(w.db, w.admin, w.cf(which), MONTH)
    return count_prints(
        w.db,
        a,
        [doc],
        entity="timesheet",
        entity_uuid=doc.participant_uuid,
        summary="timesheet",
        produce=lambda numbers: (None, 1),
    )


def registers_edition_register_documents(w: World, a: Actor, which: Which) -> object:
    from storage.services.registers import edition_register_documents

    edition, _ = _sitting(w)
    return edition_register_documents(w.db, a, edition)


def registers_list_registers(w: World, a: Actor, which: Which) -> object:
    from storage.services.registers import list_registers

    _signed_timesheet(w, which)
    return list_registers(w.db, a, participant=w.cf(which))


def registers_session_register_document(w: World, a: Actor, which: Which) -> object:
    from storage.services.registers import session_register_document

    _, sitting = _sitting(w)
    return session_register_document(w.db, a, sitting)


def registers_sign_session_register(w: World, a: Actor, which: Which) -> object:
    from storage.services.registers import sign_session_register

    _, sitting = _sitting(w)
    return sign_session_register(w.db, a, sitting, signed_on="02/03/2026")


def registers_sign_timesheet(w: World, a: Actor, which: Which) -> object:
    from storage.services.registers import sign_timesheet

    _delivery(w, which)
    return sign_timesheet(w.db, a, w.cf(which), MONTH, signed_on="28/02/2026")


def registers_timesheet_document(w: World, a: Actor, which: Which) -> object:
    from storage.services.registers import timesheet_document

    _delivery(w, which)
    return timesheet_document(w.db, a, w.cf(which), MONTH)


def registers_unlock_register(w: World, a: Actor, which: Which) -> object:
    from storage.services.registers import unlock_register

    return unlock_register(w.db, a, _signed_timesheet(w, which), "Ore registrate per errore")


# --------------------------------------------------------------------------- home


def home_home_summary(w: World, a: Actor, which: Which) -> object:
    from storage.services.home import home_summary

    return home_summary(w.db, a)


def home_my_next_steps(w: World, a: Actor, which: Which) -> object:
    from storage.services.home import my_next_steps

    return my_next_steps(w.db, a)


# --------------------------------------------------------------------------- printing


def dossier_dossier_document(w: World, a: Actor, which: Which) -> object:
    from storage.printing.dossier import dossier_document

    return dossier_document(w.db, a, w.cf(which))


def dossier_export_dossier(w: World, a: Actor, which: Which) -> object:
    from storage.printing.dossier import export_dossier

    return export_dossier(w.db, a, w.cf(which), w.out("fascicolo.pdf"))


def forms_export_intake_sheet(w: World, a: Actor, which: Which) -> object:
    from storage.printing.forms import export_intake_sheet

    return export_intake_sheet(w.db, a, w.cf(which), w.out("scheda.pdf"))


def forms_export_plan(w: World, a: Actor, which: Which) -> object:
    from storage.printing.forms import export_plan

    return export_plan(w.db, a, w.cf(which), w.out("piano.pdf"))


def forms_export_privacy_notice(w: World, a: Actor, which: Which) -> object:
    from storage.printing.forms import export_privacy_notice

    return export_privacy_notice(w.db, a, w.cf(which), w.out("informativa.pdf"))


def forms_intake_sheet_document(w: World, a: Actor, which: Which) -> object:
    from storage.printing.forms import intake_sheet_document

    return intake_sheet_document(w.db, a, w.cf(which))


def forms_plan_document(w: World, a: Actor, which: Which) -> object:
    from storage.printing.forms import plan_document

    return plan_document(w.db, a, w.cf(which))


def forms_privacy_notice_document(w: World, a: Actor, which: Which) -> object:
    from storage.printing.forms import privacy_notice_document

    return privacy_notice_document(w.db, a, w.cf(which))


def print_registers_export_edition_register(w: World, a: Actor, which: Which) -> object:
    from storage.printing.registers import export_edition_register

    edition, _ = _sitting(w)
    return export_edition_register(w.db, a, edition, w.out("registri.pdf"))


def print_registers_export_session_register(w: World, a: Actor, which: Which) -> object:
    from storage.printing.registers import export_session_register

    _, sitting = _sitting(w)
    return export_session_register(w.db, a, sitting, w.out("registro.pdf"))


def print_registers_export_timesheet(w: World, a: Actor, which: Which) -> object:
    from storage.printing.registers import export_timesheet

    _delivery(w, which)
    return export_timesheet(w.db, a, w.cf(which), MONTH, w.out("foglio.pdf"))


def subject_export_subject(w: World, a: Actor, which: Which) -> object:
    from storage.printing.subject import export_subject

    folder = w.out("accesso")
    folder.mkdir(exist_ok=True)
    return export_subject(w.db, a, w.cf(which), folder)


def subject_subject_document(w: World, a: Actor, which: Which) -> object:
    from storage.printing.subject import subject_document

    return subject_document(w.db, a, w.cf(which))


def agenda_pdf_agenda_document(w: World, a: Actor, which: Which) -> object:
    from storage.printing.agenda_pdf import agenda_document

    return agenda_document(w.db, a, "CR01", next_monday())


def agenda_pdf_reminder_card(w: World, a: Actor, which: Which) -> object:
    from storage.printing.agenda_pdf import reminder_card

    return reminder_card(w.db, a, w.ids["appointment:own"])


def ics_export_ics(w: World, a: Actor, which: Which) -> object:
    from storage.exports.ics import export_ics

    return export_ics(
        w.db, a, "op.sportello", w.out("agenda.ics"), now=datetime.combine(date.today(), time(8))
    )


# --------------------------------------------------------------------------- the rows

ROWS: dict[str, Case] = {
    # Registry: everyone, filtered in SQL (tests/unit/test_caseload.py checks whom each sees);
    # one person's card and identity within scope, operators included (their desks' people).
    f"{S}.participants.count_participants": Case(ALL, participants_count_participants),
    f"{S}.participants.create_participant": Case(ALL, participants_create_participant),
    f"{S}.participants.list_participants": Case(ALL, participants_list_participants),
    f"{S}.participants.participant_ids": Case(ALL, participants_participant_ids),
    f"{S}.participants.participant_rows": Case(ALL, participants_participant_rows),
    f"{S}.participants.possible_duplicates": Case(ALL, participants_possible_duplicates),
    f"{S}.participants.participant_details": Case(ALL, participants_participant_details, True),
    f"{S}.participants.update_participant": Case(ALL, participants_update_participant, True),
    # Consents: operators collect the signature at registration (identity level).
    f"{S}.intake.consents_of": Case(ALL, intake_consents_of, True),
    f"{S}.intake.record_consent": Case(ALL, intake_record_consent, True),
    f"{S}.intake.withdraw_consent": Case(ALL, intake_withdraw_consent, True),
    # Pathways: opened, handed over and closed by staff; the intake by the person's tutor.
    f"{S}.intake.open_pathway": Case(STAFF, intake_open_pathway),
    f"{S}.intake.change_tutor": Case(STAFF, intake_change_tutor),
    f"{S}.intake.set_pathway_status": Case(STAFF, intake_set_pathway_status),
    f"{S}.intake.record_intake": Case(TUTORS_UP, intake_record_intake, True),
    f"{S}.pathways.list_pathways": Case(TUTORS_UP, pathways_list_pathways),
    f"{S}.pathways.participants_for_month": Case(TUTORS_UP, pathways_participants_for_month),
    # The record: tutors within their caseload, and staff; operators never.
    f"{S}.tutoring.add_note": Case(TUTORS_UP, tutoring_add_note, True),
    f"{S}.tutoring.edit_note": Case(TUTORS_UP, tutoring_edit_note, True),
    f"{S}.tutoring.note_details": Case(TUTORS_UP, tutoring_note_details, True),
    f"{S}.tutoring.list_notes": Case(TUTORS_UP, tutoring_list_notes, True),
    f"{S}.tutoring.my_next_steps": Case(TUTORS_UP, tutoring_my_next_steps),
    f"{S}.tutoring.record_delivery": Case(TUTORS_UP, tutoring_record_delivery, True),
    f"{S}.tutoring.delete_delivery": Case(TUTORS_UP, tutoring_delete_delivery, True),
    f"{S}.tutoring.list_deliveries": Case(TUTORS_UP, tutoring_list_deliveries, True),
    f"{S}.tutoring.pathway_hours": Case(TUTORS_UP, tutoring_pathway_hours, True),
    f"{S}.tutoring.tutoring_context": Case(TUTORS_UP, tutoring_tutoring_context, True),
    f"{S}.timeline.timeline": Case(TUTORS_UP, timeline_timeline, True),
    f"{S}.search.search_notes": Case(TUTORS_UP, search_search_notes, True),
    # Registers: a person's timesheet within the caseload; a course's registers for the tutors
    # running courses (the roster, as courses.attendance_register); unlocking for staff.
    f"{S}.registers.timesheet_document": Case(TUTORS_UP, registers_timesheet_document, True),
    f"{S}.registers.sign_timesheet": Case(TUTORS_UP, registers_sign_timesheet, True),
    f"{S}.registers.list_registers": Case(TUTORS_UP, registers_list_registers, True),
    f"{S}.registers.count_prints": Case(TUTORS_UP, registers_count_prints, True),
    f"{S}.registers.session_register_document": Case(
        TUTORS_UP, registers_session_register_document
    ),
    f"{S}.registers.edition_register_documents": Case(
        TUTORS_UP, registers_edition_register_documents
    ),
    f"{S}.registers.sign_session_register": Case(TUTORS_UP, registers_sign_session_register),
    f"{S}.registers.unlock_register": Case(STAFF, registers_unlock_register),
    # Home: everyone; the next steps are the actor's own notes about their caseload.
    f"{S}.home.home_summary": Case(ALL, home_home_summary),
    f"{S}.home.my_next_steps": Case(ALL, home_my_next_steps),
    # Documents of the record.
    f"{P}.dossier.dossier_document": Case(TUTORS_UP, dossier_dossier_document, True),
    f"{P}.dossier.export_dossier": Case(TUTORS_UP, dossier_export_dossier, True),
    f"{P}.forms.intake_sheet_document": Case(TUTORS_UP, forms_intake_sheet_document, True),
    f"{P}.forms.export_intake_sheet": Case(TUTORS_UP, forms_export_intake_sheet, True),
    f"{P}.forms.plan_document": Case(TUTORS_UP, forms_plan_document, True),
    f"{P}.forms.export_plan": Case(TUTORS_UP, forms_export_plan, True),
    f"{P}.registers.export_timesheet": Case(TUTORS_UP, print_registers_export_timesheet, True),
    f"{P}.registers.export_session_register": Case(
        TUTORS_UP, print_registers_export_session_register
    ),
    f"{P}.registers.export_edition_register": Case(
        TUTORS_UP, print_registers_export_edition_register
    ),
    # The privacy notice is printed at registration: identity level, operators too.
    f"{P}.forms.privacy_notice_document": Case(ALL, forms_privacy_notice_document, True),
    f"{P}.forms.export_privacy_notice": Case(ALL, forms_export_privacy_notice, True),
    # Right of access: coordinators and administrators (everyone in scope).
    f"{P}.subject.subject_document": Case(STAFF, subject_subject_document),
    f"{P}.subject.export_subject": Case(STAFF, subject_export_subject),
    # Agenda documents and the calendar: every role, no caseload (booking needs the code).
    f"{P}.agenda_pdf.agenda_document": Case(ALL, agenda_pdf_agenda_document),
    f"{P}.agenda_pdf.reminder_card": Case(ALL, agenda_pdf_reminder_card),
    "storage.exports.ics.export_ics": Case(ALL, ics_export_ics),
}
