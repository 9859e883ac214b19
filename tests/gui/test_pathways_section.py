"""The Percorsi section: the list of pathways, and the group courses in a tab of their own."""

from __future__ import annotations

from typing import Any

from gui.main_window import PATHWAYS


def test_courses_tab_is_built_when_first_shown(make_window: Any, seeded: Any) -> None:
    window = make_window(seeded.db)
    section = window.show_section(PATHWAYS)
    assert section.courses_view is None  # not built at start-up
    titles = [section.tabs.tabText(i) for i in range(section.tabs.count())]
    assert titles == ["Elenco dei percorsi", "Corsi di gruppo", "Candidature da seguire"]
    section.tabs.setCurrentIndex(1)
    from gui.courses_view import CoursesView

    assert isinstance(section.courses_view, CoursesView)
    assert section.courses_view.isVisibleTo(window)
    section.tabs.setCurrentIndex(0)
    section.focus_main()
    assert section.courses_view is not None  # kept, not rebuilt


def test_applications_tab_opens_the_participant(qtbot: Any, make_window: Any, seeded: Any) -> None:
    from datetime import date

    from gui.applications_view import TutorApplicationsView
    from gui.participant_page import ParticipantPage
    from models.enums import Role
    from models.rows import Actor
    from storage.services.admin import ProgrammeInput, create_programme
    from storage.services.intake import PathwayInput, open_pathway
    from storage.services.jobsearch import ApplicationInput, add_application

    rossi = seeded.participants["Rossi"]
    create_programme(
        seeded.db, seeded.admin, ProgrammeInput("GOL", "GOL", "Regione", "01/01/2026", "31/12/2027")
    )
    open_pathway(
        seeded.db,
        seeded.admin,
        PathwayInput(rossi.internal_code, "GOL", "g.verdi", date(2026, 2, 2)),
    )
    tutor = Actor("g.verdi", Role.TUTOR, seeded.users["g.verdi"].id, "Giovanna Verdi")
    add_application(
        seeded.db,
        tutor,
        ApplicationInput(
            rossi.internal_code,
            "Magazziniere",
            "job_portal",
            company_name="Logistica Po",
            applied_on=date.today(),
            status="sent",
            follow_up_on=date.today(),
        ),
    )
    window = make_window(seeded.db, tutor)
    section = window.show_section(PATHWAYS)
    section.tabs.setCurrentIndex(2)
    view = section.applications_view
    assert isinstance(view, TutorApplicationsView)
    qtbot.waitUntil(lambda: view.isVisible())
    view.open_participant.emit(rossi.id)
    page = window.section(1)._dialogs[-1]
    assert isinstance(page, ParticipantPage) and page.participant_id == rossi.id
    page.reject()
