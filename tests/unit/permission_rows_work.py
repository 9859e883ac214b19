"""Permission rows: agenda and booking, desks, admin, companies, courses, job search, placements,
access log, retention, indicators, imports.

Part of the one table in tests/unit/permission_table.py (see there for `Case`). Each call does
its setup as `w.admin` (the file holder) and then calls the function once as `a`, with valid
arguments for the participant `which`, so that the role check and the caseload check are reached.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from models.enums import ApplicationStatus, AppointmentStatus, AuditAction
from models.rows import Actor
from tests.conftest import make_cf
from tests.unit.permission_world import (
    ADMINS,
    ALL,
    STAFF,
    TUTORS_UP,
    Case,
    Which,
    World,
    next_monday,
)

if TYPE_CHECKING:
    from pathlib import Path

    from storage.services.booking import BookingInput
    from storage.services.jobsearch import ApplicationInput
    from storage.services.placements import InternshipInput, OutcomeInput

# --------------------------------------------------------------------------- shared setup


def _at(weeks: int, hour: int) -> datetime:
    """A start at the desks' opening hours, `weeks` after next Monday (the world's appointment
    is next Monday at 9:00)."""
    return datetime.combine(next_monday() + timedelta(weeks=weeks), time(hour))


def _booking(w: World, which: Which, start: datetime) -> BookingInput:
    from storage.services.booking import BookingInput

    return BookingInput(w.cf(which), "op.sportello", "CR01", start, 30)


def _company(w: World) -> int:
    from storage.services.companies import CompanyInput, create_company

    return create_company(w.db, w.admin, CompanyInput("Officine Po Srl")).id


def _convention(w: World) -> int:
    from storage.services.companies import ConventionInput, add_convention

    company = _company(w)
    return add_convention(
        w.db, w.admin, ConventionInput(company, "art11", "01/01/2026", "31/12/2026")
    ).id


def _edition(w: World) -> int:
    from storage.services.courses import CourseInput, EditionInput, create_course, create_edition

    create_course(w.db, w.admin, CourseInput("EMP", "Empowerment", "training", 29))
    return create_edition(
        w.db, w.admin, EditionInput("EMP", "EMP-CR-1", "Cremona", "01/02/2026", "31/12/2026")
    ).id


def _sitting(w: World, edition: int | None = None) -> int:
    from storage.services.courses import SessionInput, add_session

    edition = edition if edition is not None else _edition(w)
    return add_session(w.db, w.admin, SessionInput(edition, "02/03/2026", "09:00", "13:00")).id


def _enrolled(w: World, which: Which) -> tuple[int, int]:
    """An edition with one session held, the participant enrolled: (edition, session)."""
    from storage.services.courses import enrol

    edition = _edition(w)
    sitting = _sitting(w, edition)
    enrol(w.db, w.admin, edition, w.cf(which), "15/02/2026")
    return edition, sitting


def _application(w: World, which: Which) -> ApplicationInput:
    from storage.services.jobsearch import ApplicationInput

    return ApplicationInput(
        w.cf(which),
        "Magazziniere",
        "job_portal",
        company_name="Bassi Srl",
        applied_on=date(2026, 3, 2),
        status=ApplicationStatus.SENT,
    )


def _application_id(w: World, which: Which) -> int:
    from storage.services.jobsearch import add_application

    return add_application(w.db, w.admin, _application(w, which))


def _internship(w: World, which: Which, company: int) -> InternshipInput:
    from storage.services.placements import InternshipInput

    return InternshipInput(w.cf(which), company, "extracurricular", "02/03/2026", "31/08/2026", 30)


def _internship_id(w: World, which: Which) -> int:
    from storage.services.placements import add_internship

    return add_internship(w.db, w.admin, _internship(w, which, _company(w))).id


def _outcome(w: World, which: Which) -> OutcomeInput:
    from storage.services.placements import OutcomeInput

    return OutcomeInput(w.cf(which), "open_ended", "01/10/2026", employer="Bar Centrale")


def _outcome_id(w: World, which: Which) -> int:
    from storage.services.placements import add_outcome

    return add_outcome(w.db, w.admin, _outcome(w, which)).id


def _csv(w: World, name: str, text: str) -> Path:
    path = w.out(name)
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- agenda, booking


def agenda_get_appointment(w: World, a: Actor, which: Which) -> object:
    from storage.services.agenda import get_appointment

    return get_appointment(w.db, a, w.ids["appointment:own"])


def agenda_list_appointments(w: World, a: Actor, which: Which) -> object:
    from storage.services.agenda import list_appointments

    return list_appointments(w.db, a, participant_id=w.participant(which))


def agenda_month_counts(w: World, a: Actor, which: Which) -> object:
    from storage.services.agenda import month_counts

    monday = next_monday()
    return month_counts(w.db, a, monday.year, monday.month)


def agenda_series_of(w: World, a: Actor, which: Which) -> object:
    from storage.services.agenda import series_of

    return series_of(w.db, a, w.ids["appointment:own"])


def booking_book_appointment(w: World, a: Actor, which: Which) -> object:
    from storage.services.booking import book_appointment

    return book_appointment(w.db, a, _booking(w, which, _at(1, 10)))


def booking_book_series(w: World, a: Actor, which: Which) -> object:
    from storage.services.booking import book_series

    data = _booking(w, which, _at(2, 11))
    return book_series(w.db, a, data, frequency="weekly", times=2)


def booking_cancel_following(w: World, a: Actor, which: Which) -> object:
    from storage.services.booking import book_series, cancel_following

    series = book_series(
        w.db,
        w.admin,
        _booking(w, which, _at(2, 11)),
        frequency="weekly",
        times=2,
    )
    return cancel_following(
        w.db, a, series.booked[0].id, AppointmentStatus.CANCELLED_SERVICE, reason="Sportello chiuso"
    )


def booking_find_slots(w: World, a: Actor, which: Which) -> object:
    from storage.services.booking import find_slots

    return find_slots(
        w.db,
        a,
        desk="CR01",
        operator="op.sportello",
        minutes=30,
        after=_at(0, 0),
        participant=w.cf(which),
    )


def booking_reschedule(w: World, a: Actor, which: Which) -> object:
    from storage.services.booking import reschedule

    return reschedule(w.db, a, w.ids["appointment:own"], _at(1, 12))


def booking_set_status(w: World, a: Actor, which: Which) -> object:
    from storage.services.booking import set_status

    return set_status(w.db, a, w.ids["appointment:own"], AppointmentStatus.CONFIRMED)


# --------------------------------------------------------------------------- desks


def desks_add_closure(w: World, a: Actor, which: Which) -> object:
    from storage.services.desks import add_closure

    return add_closure(w.db, a, "CM01", date(2026, 12, 24), date(2026, 12, 31), "Ferie")


def desks_desk_details(w: World, a: Actor, which: Which) -> object:
    from storage.services.desks import desk_details

    return desk_details(w.db, a, "CR01")


def desks_remove_closure(w: World, a: Actor, which: Which) -> object:
    from storage.services.desks import add_closure, remove_closure

    closure = add_closure(w.db, w.admin, "CM01", date(2026, 12, 24), date(2026, 12, 31), "Ferie")
    remove_closure(w.db, a, closure.id)
    return None


def desks_set_availability(w: World, a: Actor, which: Which) -> object:
    from storage.services.desks import set_availability

    return set_availability(w.db, a, "op.sportello", "CM01", [(1, "14:00", "17:00")])


def desks_staff_by_desk(w: World, a: Actor, which: Which) -> object:
    from storage.services.desks import staff_by_desk

    return staff_by_desk(w.db, a)


def desks_update_desk(w: World, a: Actor, which: Which) -> object:
    from storage.services.desks import DeskUpdate, update_desk

    return update_desk(
        w.db, a, "CM01", DeskUpdate("Sportello Crema", "Crema", opening=[(0, "09:00", "13:00")])
    )


# --------------------------------------------------------------------------- admin


def admin_create_desk(w: World, a: Actor, which: Which) -> object:
    from storage.services.admin import DeskInput, create_desk

    return create_desk(
        w.db, a, DeskInput("CS01", "Sportello Casalmaggiore", "Casalmaggiore", "CR", None, 1, [])
    )


def admin_create_programme(w: World, a: Actor, which: Which) -> object:
    from storage.services.admin import ProgrammeInput, create_programme

    return create_programme(
        w.db, a, ProgrammeInput("DOTE", "Dote Unica", "Regione", "01/01/2026", None, caps=[])
    )


def admin_create_user(w: World, a: Actor, which: Which) -> object:
    from storage.services.admin import UserInput, create_user

    return create_user(w.db, a, UserInput("nuovo.tutor", "Nuovo Tutor", "tutor"))


def admin_database_info(w: World, a: Actor, which: Which) -> object:
    from storage.services.admin import database_info

    return database_info(w.db, a)


def admin_get_letterhead(w: World, a: Actor, which: Which) -> object:
    from storage.services.admin import get_letterhead

    return get_letterhead(w.db, a)


def admin_get_settings(w: World, a: Actor, which: Which) -> object:
    from storage.services.admin import get_settings

    return get_settings(w.db, a)


def admin_list_desks(w: World, a: Actor, which: Which) -> object:
    from storage.services.admin import list_desks

    return list_desks(w.db, a)


def admin_list_programmes(w: World, a: Actor, which: Which) -> object:
    from storage.services.admin import list_programmes

    return list_programmes(w.db, a)


def admin_list_users(w: World, a: Actor, which: Which) -> object:
    from storage.services.admin import list_users

    return list_users(w.db, a)


def admin_log_event(w: World, a: Actor, which: Which) -> object:
    from storage.services.admin import log_event

    log_event(w.db, a, AuditAction.EXPORT, "agenda", "agenda del giorno")
    return None


def admin_recent_audit(w: World, a: Actor, which: Which) -> object:
    from storage.services.admin import recent_audit

    return recent_audit(w.db, a)


def admin_set_letterhead(w: World, a: Actor, which: Which) -> object:
    from storage.printing.style import Letterhead
    from storage.services.admin import set_letterhead

    set_letterhead(w.db, a, Letterhead(name="Cooperativa Il Ponte"))
    return None


def admin_set_setting(w: World, a: Actor, which: Which) -> object:
    from storage.services.admin import set_setting

    set_setting(w.db, a, "reminder.days", "2")
    return None


def admin_update_programme(w: World, a: Actor, which: Which) -> object:
    from storage.services.admin import ProgrammeInput, update_programme

    return update_programme(
        w.db,
        a,
        ProgrammeInput(
            "GOL",
            "Garanzia Occupabilità",
            "Regione Lombardia",
            "01/01/2025",
            "31/12/2028",
            caps=[("coaching", 40), ("orientation", 20), ("active_job_search", 40)],
        ),
    )


# --------------------------------------------------------------------------- companies


def companies_add_contact(w: World, a: Actor, which: Which) -> object:
    from storage.services.companies import CompanyContactInput, add_contact

    return add_contact(w.db, a, CompanyContactInput(_company(w), date(2026, 3, 2), "call"))


def companies_add_convention(w: World, a: Actor, which: Which) -> object:
    from storage.services.companies import ConventionInput, add_convention

    return add_convention(
        w.db, a, ConventionInput(_company(w), "art11", "01/01/2026", "31/12/2026")
    )


def companies_archive_company(w: World, a: Actor, which: Which) -> object:
    from storage.services.companies import archive_company

    return archive_company(w.db, a, _company(w))


def companies_company_details(w: World, a: Actor, which: Which) -> object:
    from storage.services.companies import company_details

    return company_details(w.db, a, _company(w))


def companies_contact_counts(w: World, a: Actor, which: Which) -> object:
    from storage.services.companies import contact_counts

    return contact_counts(w.db, a, date(2026, 1, 1), date(2026, 12, 31))


def companies_create_company(w: World, a: Actor, which: Which) -> object:
    from storage.services.companies import CompanyInput, create_company

    return create_company(w.db, a, CompanyInput("Bassi Srl"))


def companies_delete_company(w: World, a: Actor, which: Which) -> object:
    from storage.services.companies import delete_company

    delete_company(w.db, a, _company(w))
    return None


def companies_list_companies(w: World, a: Actor, which: Which) -> object:
    from storage.services.companies import list_companies

    return list_companies(w.db, a)


def companies_list_contacts(w: World, a: Actor, which: Which) -> object:
    from storage.services.companies import list_contacts

    return list_contacts(w.db, a, _company(w))


def companies_list_conventions(w: World, a: Actor, which: Which) -> object:
    from storage.services.companies import list_conventions

    return list_conventions(w.db, a)


def companies_restore_company(w: World, a: Actor, which: Which) -> object:
    from storage.services.companies import archive_company, restore_company

    company = _company(w)
    archive_company(w.db, w.admin, company)
    return restore_company(w.db, a, company)


def companies_update_company(w: World, a: Actor, which: Which) -> object:
    from storage.services.companies import CompanyInput, update_company

    return update_company(w.db, a, _company(w), CompanyInput("Officine Po Spa"))


def companies_update_convention(w: World, a: Actor, which: Which) -> object:
    from storage.services.companies import ConventionInput, list_conventions, update_convention

    convention = _convention(w)
    company = list_conventions(w.db, w.admin)[0].company_id
    return update_convention(
        w.db, a, convention, ConventionInput(company, "art11", "01/01/2026", "31/12/2027")
    )


# --------------------------------------------------------------------------- courses


def courses_add_session(w: World, a: Actor, which: Which) -> object:
    from storage.services.courses import SessionInput, add_session

    return add_session(w.db, a, SessionInput(_edition(w), "09/03/2026", "09:00", "13:00"))


def courses_add_weekly_sessions(w: World, a: Actor, which: Which) -> object:
    from storage.services.courses import add_weekly_sessions

    return add_weekly_sessions(w.db, a, _edition(w), "09/03/2026", 2, "09:00", "13:00")


def courses_attendance_register(w: World, a: Actor, which: Which) -> object:
    from storage.services.courses import attendance_register

    _edition_id, sitting = _enrolled(w, which)
    return attendance_register(w.db, a, sitting)


def courses_attendance_shares(w: World, a: Actor, which: Which) -> object:
    from storage.services.courses import attendance_shares

    edition, _sitting_id = _enrolled(w, which)
    return attendance_shares(w.db, a, edition)


def courses_create_course(w: World, a: Actor, which: Which) -> object:
    from storage.services.courses import CourseInput, create_course

    return create_course(w.db, a, CourseInput("CV", "Scrivere il CV", "orientation", 4))


def courses_create_edition(w: World, a: Actor, which: Which) -> object:
    from storage.services.courses import CourseInput, EditionInput, create_course, create_edition

    create_course(w.db, w.admin, CourseInput("CV", "Scrivere il CV", "orientation", 4))
    return create_edition(w.db, a, EditionInput("CV", "CV-CR-1", "Cremona", "01/03/2026"))


def courses_delete_session(w: World, a: Actor, which: Which) -> object:
    from storage.services.courses import delete_session

    delete_session(w.db, a, _sitting(w))
    return None


def courses_enrol(w: World, a: Actor, which: Which) -> object:
    from storage.services.courses import enrol

    return enrol(w.db, a, _edition(w), w.cf(which), "15/02/2026")


def courses_list_courses(w: World, a: Actor, which: Which) -> object:
    from storage.services.courses import list_courses

    return list_courses(w.db, a)


def courses_list_editions(w: World, a: Actor, which: Which) -> object:
    from storage.services.courses import list_editions

    return list_editions(w.db, a)


def courses_list_enrolments(w: World, a: Actor, which: Which) -> object:
    from storage.services.courses import list_enrolments

    edition, _sitting_id = _enrolled(w, which)
    return list_enrolments(w.db, a, edition)


def courses_list_sessions(w: World, a: Actor, which: Which) -> object:
    from storage.services.courses import list_sessions

    return list_sessions(w.db, a, _edition(w))


def courses_participant_courses(w: World, a: Actor, which: Which) -> object:
    from storage.services.courses import participant_courses

    _enrolled(w, which)
    return participant_courses(w.db, a, w.participant(which))


def courses_record_attendance(w: World, a: Actor, which: Which) -> object:
    from storage.services.courses import AttendanceEntry, record_attendance

    _edition_id, sitting = _enrolled(w, which)
    return record_attendance(w.db, a, sitting, [AttendanceEntry(w.participant(which), "present")])


def courses_update_session(w: World, a: Actor, which: Which) -> object:
    from storage.services.courses import SessionInput, update_session

    edition = _edition(w)
    sitting = _sitting(w, edition)
    return update_session(
        w.db, a, sitting, SessionInput(edition, "02/03/2026", "09:00", "12:00", place="Aula 2")
    )


def courses_withdraw(w: World, a: Actor, which: Which) -> object:
    from storage.services.courses import enrol, withdraw

    edition = _edition(w)
    enrol(w.db, w.admin, edition, w.cf(which), "15/02/2026")
    withdraw(w.db, a, edition, w.cf(which))
    return None


# --------------------------------------------------------------------------- job search


def jobsearch_add_application(w: World, a: Actor, which: Which) -> object:
    from storage.services.jobsearch import add_application

    return add_application(w.db, a, _application(w, which))


def jobsearch_application_board(w: World, a: Actor, which: Which) -> object:
    from storage.services.jobsearch import application_board

    _application_id(w, which)
    return application_board(w.db, a, w.participant(which))


def jobsearch_check_transition(w: World, a: Actor, which: Which) -> object:
    from storage.services.jobsearch import check_transition

    # A closed application moves again only as a correction by staff.
    check_transition(ApplicationStatus.HIRED, ApplicationStatus.REJECTED, a)
    return None


def jobsearch_delete_application(w: World, a: Actor, which: Which) -> object:
    from storage.services.jobsearch import delete_application

    delete_application(w.db, a, _application_id(w, which))
    return None


def jobsearch_list_applications(w: World, a: Actor, which: Which) -> object:
    from storage.services.jobsearch import list_applications

    _application_id(w, which)
    return list_applications(w.db, a, w.cf(which))


def jobsearch_list_job_search_sessions(w: World, a: Actor, which: Which) -> object:
    from storage.services.jobsearch import list_job_search_sessions

    return list_job_search_sessions(w.db, a, w.cf(which))


def jobsearch_record_job_search(w: World, a: Actor, which: Which) -> object:
    from storage.services.jobsearch import JobSearchInput, record_job_search

    return record_job_search(
        w.db,
        a,
        JobSearchInput(w.cf(which), date(2026, 3, 2), minutes=60, channels=["portali di annunci"]),
    )


def jobsearch_set_application_status(w: World, a: Actor, which: Which) -> object:
    from storage.services.jobsearch import set_application_status

    return set_application_status(w.db, a, _application_id(w, which), ApplicationStatus.INTERVIEW)


def jobsearch_tutor_applications(w: World, a: Actor, which: Which) -> object:
    from storage.services.jobsearch import tutor_applications

    _application_id(w, which)
    return tutor_applications(w.db, a, "tutor.uno")


def jobsearch_update_application(w: World, a: Actor, which: Which) -> object:
    from storage.services.jobsearch import update_application

    return update_application(
        w.db,
        a,
        _application_id(w, which),
        _application(w, which),
    )


# --------------------------------------------------------------------------- placements


def placements_add_internship(w: World, a: Actor, which: Which) -> object:
    from storage.services.placements import add_internship

    return add_internship(w.db, a, _internship(w, which, _company(w)))


def placements_add_outcome(w: World, a: Actor, which: Which) -> object:
    from storage.services.placements import add_outcome

    return add_outcome(w.db, a, _outcome(w, which))


def placements_close_internship(w: World, a: Actor, which: Which) -> object:
    from storage.services.placements import close_internship

    return close_internship(w.db, a, _internship_id(w, which), "completed", "31/08/2026")


def placements_delete_outcome(w: World, a: Actor, which: Which) -> object:
    from storage.services.placements import delete_outcome

    delete_outcome(w.db, a, _outcome_id(w, which))
    return None


def placements_extend_internship(w: World, a: Actor, which: Which) -> object:
    from storage.services.placements import extend_internship

    return extend_internship(w.db, a, _internship_id(w, which), "30/11/2026")


def placements_list_internships(w: World, a: Actor, which: Which) -> object:
    from storage.services.placements import list_internships

    _internship_id(w, which)
    return list_internships(w.db, a, participant=w.cf(which))


def placements_list_outcomes(w: World, a: Actor, which: Which) -> object:
    from storage.services.placements import list_outcomes

    _outcome_id(w, which)
    return list_outcomes(w.db, a, participant=w.participant(which))


def placements_pathways_of(w: World, a: Actor, which: Which) -> object:
    from storage.services.placements import pathways_of

    return pathways_of(w.db, a, w.cf(which))


def placements_update_internship(w: World, a: Actor, which: Which) -> object:
    from dataclasses import replace

    from storage.services.placements import InternshipInput, add_internship, update_internship

    data = _internship(w, which, _company(w))
    assert isinstance(data, InternshipInput)
    internship = add_internship(w.db, w.admin, data).id
    return update_internship(w.db, a, internship, replace(data, hours_per_week=20))


def placements_update_outcome(w: World, a: Actor, which: Which) -> object:
    from storage.services.placements import update_outcome

    return update_outcome(w.db, a, _outcome_id(w, which), _outcome(w, which))


# --------------------------------------------------------------------------- access log


def access_log_access_log_entities(w: World, a: Actor, which: Which) -> object:
    from storage.services.access_log import access_log_entities

    return access_log_entities(w.db, a)


def access_log_count_access_log(w: World, a: Actor, which: Which) -> object:
    from storage.services.access_log import count_access_log

    return count_access_log(w.db, a, entity="participant")


def access_log_export_access_log_csv(w: World, a: Actor, which: Which) -> object:
    from storage.services.access_log import export_access_log_csv

    return export_access_log_csv(w.db, a, out=w.out("registro-accessi.csv"))


def access_log_get_audit_retention(w: World, a: Actor, which: Which) -> object:
    from storage.services.access_log import get_audit_retention

    return get_audit_retention(w.db, a)


def access_log_search_access_log(w: World, a: Actor, which: Which) -> object:
    from storage.services.access_log import search_access_log

    return search_access_log(w.db, a, user="amm")


def access_log_set_audit_retention(w: World, a: Actor, which: Which) -> object:
    from storage.services.access_log import set_audit_retention

    return set_audit_retention(w.db, a, 12)


# --------------------------------------------------------------------------- retention


def retention_apply_retention(w: World, a: Actor, which: Which) -> object:
    from storage.services.retention import apply_retention

    return apply_retention(w.db, a, backup_dir=w.out("backups"))


def retention_release_participant(w: World, a: Actor, which: Which) -> object:
    from storage.services.retention import release_participant, restrict_participant

    restrict_participant(w.db, w.admin, w.cf(which), "Richiesta via PEC del 20/11")
    return release_participant(w.db, a, w.cf(which), "Richiesta ritirata")


def retention_restrict_participant(w: World, a: Actor, which: Which) -> object:
    from storage.services.retention import restrict_participant

    return restrict_participant(w.db, a, w.cf(which), "Richiesta via PEC del 20/11")


def retention_restricted_participants(w: World, a: Actor, which: Which) -> object:
    from storage.services.retention import restricted_participants

    return restricted_participants(w.db, a)


def retention_retention_candidates(w: World, a: Actor, which: Which) -> object:
    from storage.services.retention import retention_candidates

    return retention_candidates(w.db, a)


# --------------------------------------------------------------------------- reports, imports


def indicators_compute_indicators(w: World, a: Actor, which: Which) -> object:
    from storage.services.indicators import compute_indicators

    return compute_indicators(w.db, a, start="01/01/2026", end="31/12/2026", programme="GOL")


def indicators_write_indicators(w: World, a: Actor, which: Which) -> object:
    from storage.services.indicators import write_indicators

    return write_indicators(
        w.db,
        a,
        start="01/01/2026",
        end="31/12/2026",
        programme=None,
        fmt="json",
        out=w.out("indicatori.json"),
    )


PARTICIPANTS_CSV = (
    "codice_fiscale;cognome;nome;data_nascita\n"
    f"{make_cf('Bianchi', 'Luca', 'M', date(1985, 3, 3))};Bianchi;Luca;03/03/1985\n"
)


def importing_preview_import(w: World, a: Actor, which: Which) -> object:
    from storage.services.importing import preview_import

    return preview_import(w.db, a, _csv(w, "persone.csv", PARTICIPANTS_CSV))


def importing_import_participants(w: World, a: Actor, which: Which) -> object:
    from storage.services.importing import import_participants

    path = _csv(w, "persone.csv", PARTICIPANTS_CSV)
    return import_participants(w.db, a, path)


def activity_import_import_deliveries(w: World, a: Actor, which: Which) -> object:
    from storage.services.activity_import import import_deliveries

    text = f"codice_fiscale;data;minuti;servizio\n{w.cf(which)};02/03/2026;60;Orientamento\n"
    return import_deliveries(w.db, a, _csv(w, "ore.csv", text))


def activity_import_import_outcomes(w: World, a: Actor, which: Which) -> object:
    from storage.services.activity_import import import_outcomes

    text = (
        "codice_fiscale;tipo di contratto;data inizio;datore di lavoro\n"
        f"{w.cf(which)};tempo indeterminato;01/10/2026;Bar Centrale\n"
    )
    return import_outcomes(w.db, a, _csv(w, "esiti.csv", text))


# --------------------------------------------------------------------------- the rows

S = "storage.services"

ROWS: dict[str, Case] = {
    # Agenda and booking: every role, no caseload (booking needs the exact codice fiscale).
    f"{S}.agenda.get_appointment": Case(ALL, agenda_get_appointment),
    f"{S}.agenda.list_appointments": Case(ALL, agenda_list_appointments),
    f"{S}.agenda.month_counts": Case(ALL, agenda_month_counts),
    f"{S}.agenda.series_of": Case(ALL, agenda_series_of),
    f"{S}.booking.book_appointment": Case(ALL, booking_book_appointment),
    f"{S}.booking.book_series": Case(ALL, booking_book_series),
    f"{S}.booking.cancel_following": Case(ALL, booking_cancel_following),
    f"{S}.booking.find_slots": Case(ALL, booking_find_slots),
    f"{S}.booking.reschedule": Case(ALL, booking_reschedule),
    f"{S}.booking.set_status": Case(ALL, booking_set_status),
    # Desks: everyone reads them (booking needs them); staff change them.
    f"{S}.desks.add_closure": Case(STAFF, desks_add_closure),
    f"{S}.desks.desk_details": Case(ALL, desks_desk_details),
    f"{S}.desks.remove_closure": Case(STAFF, desks_remove_closure),
    f"{S}.desks.set_availability": Case(STAFF, desks_set_availability),
    f"{S}.desks.staff_by_desk": Case(ALL, desks_staff_by_desk),
    f"{S}.desks.update_desk": Case(STAFF, desks_update_desk),
    # Administration: desks, programmes, users and settings are staff work; reading the lists
    # the forms need (desks, programmes, settings, letterhead) is everyone's.
    f"{S}.admin.create_desk": Case(STAFF, admin_create_desk),
    f"{S}.admin.create_programme": Case(STAFF, admin_create_programme),
    f"{S}.admin.create_user": Case(STAFF, admin_create_user),
    f"{S}.admin.database_info": Case(ALL, admin_database_info),
    f"{S}.admin.get_letterhead": Case(ALL, admin_get_letterhead),
    f"{S}.admin.get_settings": Case(ALL, admin_get_settings),
    f"{S}.admin.list_desks": Case(ALL, admin_list_desks),
    f"{S}.admin.list_programmes": Case(ALL, admin_list_programmes),
    # Coordinators and administrators manage users; every role lists them (the agenda and the
    # booking dialog pick an operator), without emails and sign-in state below staff.
    f"{S}.admin.list_users": Case(ALL, admin_list_users),
    f"{S}.admin.log_event": Case(ALL, admin_log_event),
    f"{S}.admin.recent_audit": Case(STAFF, admin_recent_audit),
    f"{S}.admin.set_letterhead": Case(STAFF, admin_set_letterhead),
    f"{S}.admin.set_setting": Case(STAFF, admin_set_setting),
    f"{S}.admin.update_programme": Case(STAFF, admin_update_programme),
    # Companies and conventions: tutors and staff, reading included.
    f"{S}.companies.add_contact": Case(TUTORS_UP, companies_add_contact),
    f"{S}.companies.add_convention": Case(TUTORS_UP, companies_add_convention),
    f"{S}.companies.archive_company": Case(TUTORS_UP, companies_archive_company),
    f"{S}.companies.company_details": Case(TUTORS_UP, companies_company_details),
    f"{S}.companies.contact_counts": Case(TUTORS_UP, companies_contact_counts),
    f"{S}.companies.create_company": Case(TUTORS_UP, companies_create_company),
    f"{S}.companies.delete_company": Case(TUTORS_UP, companies_delete_company),
    f"{S}.companies.list_companies": Case(TUTORS_UP, companies_list_companies),
    f"{S}.companies.list_contacts": Case(TUTORS_UP, companies_list_contacts),
    f"{S}.companies.list_conventions": Case(TUTORS_UP, companies_list_conventions),
    f"{S}.companies.restore_company": Case(TUTORS_UP, companies_restore_company),
    f"{S}.companies.update_company": Case(TUTORS_UP, companies_update_company),
    f"{S}.companies.update_convention": Case(TUTORS_UP, companies_update_convention),
    # Courses: the catalogue for everyone; managing, rosters and registers for tutors and staff
    # (whole roster); a person's enrolment and courses within the caseload.
    f"{S}.courses.add_session": Case(TUTORS_UP, courses_add_session),
    f"{S}.courses.add_weekly_sessions": Case(TUTORS_UP, courses_add_weekly_sessions),
    f"{S}.courses.attendance_register": Case(TUTORS_UP, courses_attendance_register),
    f"{S}.courses.attendance_shares": Case(TUTORS_UP, courses_attendance_shares),
    f"{S}.courses.create_course": Case(TUTORS_UP, courses_create_course),
    f"{S}.courses.create_edition": Case(TUTORS_UP, courses_create_edition),
    f"{S}.courses.delete_session": Case(TUTORS_UP, courses_delete_session),
    f"{S}.courses.enrol": Case(TUTORS_UP, courses_enrol, caseload=True),
    f"{S}.courses.list_courses": Case(ALL, courses_list_courses),
    f"{S}.courses.list_editions": Case(ALL, courses_list_editions),
    f"{S}.courses.list_enrolments": Case(TUTORS_UP, courses_list_enrolments),
    f"{S}.courses.list_sessions": Case(ALL, courses_list_sessions),
    f"{S}.courses.participant_courses": Case(TUTORS_UP, courses_participant_courses, caseload=True),
    f"{S}.courses.record_attendance": Case(TUTORS_UP, courses_record_attendance),
    f"{S}.courses.update_session": Case(TUTORS_UP, courses_update_session),
    f"{S}.courses.withdraw": Case(TUTORS_UP, courses_withdraw, caseload=True),
    # Job search: the record; tutors within the caseload and staff.
    f"{S}.jobsearch.add_application": Case(TUTORS_UP, jobsearch_add_application, caseload=True),
    f"{S}.jobsearch.application_board": Case(TUTORS_UP, jobsearch_application_board, caseload=True),
    f"{S}.jobsearch.check_transition": Case(STAFF, jobsearch_check_transition),
    f"{S}.jobsearch.delete_application": Case(
        TUTORS_UP, jobsearch_delete_application, caseload=True
    ),
    f"{S}.jobsearch.list_applications": Case(TUTORS_UP, jobsearch_list_applications, caseload=True),
    f"{S}.jobsearch.list_job_search_sessions": Case(
        TUTORS_UP, jobsearch_list_job_search_sessions, caseload=True
    ),
    f"{S}.jobsearch.record_job_search": Case(TUTORS_UP, jobsearch_record_job_search, caseload=True),
    f"{S}.jobsearch.set_application_status": Case(
        TUTORS_UP, jobsearch_set_application_status, caseload=True
    ),
    f"{S}.jobsearch.tutor_applications": Case(TUTORS_UP, jobsearch_tutor_applications),
    f"{S}.jobsearch.update_application": Case(
        TUTORS_UP, jobsearch_update_application, caseload=True
    ),
    # Internships and outcomes: the record; tutors within the caseload and staff.
    f"{S}.placements.add_internship": Case(TUTORS_UP, placements_add_internship, caseload=True),
    f"{S}.placements.add_outcome": Case(TUTORS_UP, placements_add_outcome, caseload=True),
    f"{S}.placements.close_internship": Case(TUTORS_UP, placements_close_internship, caseload=True),
    f"{S}.placements.delete_outcome": Case(TUTORS_UP, placements_delete_outcome, caseload=True),
    f"{S}.placements.extend_internship": Case(
        TUTORS_UP, placements_extend_internship, caseload=True
    ),
    f"{S}.placements.list_internships": Case(TUTORS_UP, placements_list_internships, caseload=True),
    f"{S}.placements.list_outcomes": Case(TUTORS_UP, placements_list_outcomes, caseload=True),
    f"{S}.placements.pathways_of": Case(TUTORS_UP, placements_pathways_of, caseload=True),
    f"{S}.placements.update_internship": Case(
        TUTORS_UP, placements_update_internship, caseload=True
    ),
    f"{S}.placements.update_outcome": Case(TUTORS_UP, placements_update_outcome, caseload=True),
    # Access log: coordinators and administrators.
    f"{S}.access_log.access_log_entities": Case(STAFF, access_log_access_log_entities),
    f"{S}.access_log.count_access_log": Case(STAFF, access_log_count_access_log),
    f"{S}.access_log.export_access_log_csv": Case(STAFF, access_log_export_access_log_csv),
    f"{S}.access_log.get_audit_retention": Case(STAFF, access_log_get_audit_retention),
    f"{S}.access_log.search_access_log": Case(STAFF, access_log_search_access_log),
    f"{S}.access_log.set_audit_retention": Case(STAFF, access_log_set_audit_retention),
    # Retention: applying it is the administrators'; restriction is the coordinators' too.
    f"{S}.retention.apply_retention": Case(ADMINS, retention_apply_retention),
    f"{S}.retention.release_participant": Case(STAFF, retention_release_participant),
    f"{S}.retention.restrict_participant": Case(STAFF, retention_restrict_participant),
    f"{S}.retention.restricted_participants": Case(STAFF, retention_restricted_participants),
    f"{S}.retention.retention_candidates": Case(ADMINS, retention_retention_candidates),
    # Reports and imports: staff.
    f"{S}.indicators.compute_indicators": Case(STAFF, indicators_compute_indicators),
    f"{S}.indicators.write_indicators": Case(STAFF, indicators_write_indicators),
    f"{S}.importing.import_participants": Case(STAFF, importing_import_participants),
    f"{S}.importing.preview_import": Case(STAFF, importing_preview_import),
    f"{S}.activity_import.import_deliveries": Case(STAFF, activity_import_import_deliveries),
    f"{S}.activity_import.import_outcomes": Case(STAFF, activity_import_import_outcomes),
}
