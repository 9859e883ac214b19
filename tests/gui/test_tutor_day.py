"""A tutor's work, through the real services, shows up whole on the participant's timeline.

A meeting with a company that counts as hours, three applications, a course edition with a
register taken, an internship closed as converted into a contract: each appears in «Cronologia»
with its own kind, newest first, and a filter keeps only what is asked for.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from gui.context import AppContext
from gui.participant_page import ParticipantPage
from gui.timeline_tab import TimelineModel, TimelineTab
from models.enums import Role
from models.rows import Actor


def test_everything_a_tutor_records_is_on_the_timeline(qtbot: Any, seeded: Any) -> None:
    from storage.services.admin import ProgrammeInput, create_programme
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
    from storage.services.intake import PathwayInput, open_pathway
    from storage.services.jobsearch import ApplicationInput, add_application
    from storage.services.placements import (
        InternshipInput,
        OutcomeInput,
        add_internship,
        close_internship,
    )
    from storage.services.tutoring import NoteInput, add_note

    db, admin = seeded.db, seeded.admin
    person = seeded.participants["Rossi"]
    code = person.internal_code
    tutor = Actor("g.verdi", Role.TUTOR, seeded.users["g.verdi"].id, "Giovanna Verdi")
    begun = date.today() - timedelta(days=120)
    create_programme(db, admin, ProgrammeInput("GOL", "GOL", "Regione", "01/01/2025", "31/12/2027"))
    pathway = open_pathway(db, admin, PathwayInput(code, "GOL", "g.verdi", begun))
    company = create_company(db, tutor, CompanyInput("Falegnameria Bassi", "00743110157"))

    met = begun + timedelta(days=5)
    add_note(
        db,
        tutor,
        NoteInput(
            code,
            met,
            "company",
            "company_visit",
            "Visita in falegnameria",
            start=time(9),
            end=time(10, 30),
            next_steps="Mandare il CV",
            next_step_due=met + timedelta(days=3),
            counts_as="company_scouting",
            pathway_id=pathway.id,
        ),
    )
    for n, (where, role) in enumerate((("Bassi", "Aiuto"), ("Rota", "Magazzino"), ("Po", "Banco"))):
        add_application(
            db,
            tutor,
            ApplicationInput(
                code,
                role,
                "job_portal",
                company_name=where,
                applied_on=met + timedelta(days=n),
                status="sent",
            ),
        )
    create_course(db, tutor, CourseInput("EMP", "Empowerment", "training", 29))
    edition = create_edition(db, tutor, EditionInput("EMP", "EMP-CR", "Cremona", begun))
    enrol(db, tutor, edition.id, code, begun)
    sitting = add_session(
        db,
        tutor,
        SessionInput(
            edition.id,
            begun + timedelta(days=9),
            time(14),
            time(18),
        ),
    )
    record_attendance(db, tutor, sitting.id, [AttendanceEntry(person.id, "present")])
    internship = add_internship(
        db,
        tutor,
        InternshipInput(
            code,
            company.id,
            "extracurricular",
            begun + timedelta(days=20),
            begun + timedelta(days=200),
            20,
        ),
    )
    close_internship(
        db,
        tutor,
        internship.id,
        "converted",
        begun + timedelta(days=100),
        contract=OutcomeInput(code, "fixed_term", begun + timedelta(days=101), months=12),
    )

    page = ParticipantPage(AppContext(db, tutor), person.id)
    qtbot.addWidget(page)
    index = next(i for i in range(page.tabs.count()) if page.tabs.tabText(i) == "Cronologia")
    page.tabs.setCurrentIndex(index)
    tab = page.extra_tab(index)
    assert isinstance(tab, TimelineTab)
    rows = tab.model.rows()
    kinds = [str(r.kind) for r in rows]
    assert set(kinds) >= {
        "appointment",
        "pathway",
        "note",
        "delivery",
        "attendance",
        "application",
        "internship",
        "outcome",
    }
    assert kinds.count("application") == 3
    whats = [tab.model.display(r, TimelineModel.WHAT) for r in rows]
    assert "Esito: Tempo determinato — Falegnameria Bassi" in whats
    assert "Tirocinio extracurricolare presso Falegnameria Bassi" in whats
    assert "Corso «Empowerment», edizione EMP-CR" in whats
    assert "Scouting aziendale (individuale)" in whats  # the meeting's 1.5 hours, once
    assert [r.day for r in rows] == sorted((r.day for r in rows), reverse=True)

    for kind, check in tab.kind_checks.items():
        check.setChecked(kind == "application")
    qtbot.waitUntil(lambda: {str(r.kind) for r in tab.model.rows()} == {"application"})
    assert len(tab.model.rows()) == 3
