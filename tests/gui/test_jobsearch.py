"""The «Ricerca lavoro» tab and the tutor's applications list: a tutor logs three applications
and moves one to «Colloquio», records a session with one application, all by keyboard; the
tutor's list keeps to their own participants and opens a person with Enter."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.applications_view import TutorApplicationsView
from gui.context import AppContext
from gui.format import fmt_date
from gui.jobsearch_tab import (
    ApplicationDialog,
    CardList,
    JobSearchDialog,
    JobSearchTab,
    MoveDialog,
)
from models.enums import ApplicationStatus
from models.rows import Actor
from storage.services.admin import ProgrammeInput, create_programme
from storage.services.companies import CompanyInput, create_company
from storage.services.intake import PathwayInput, open_pathway
from storage.services.jobsearch import (
    ApplicationInput,
    JobSearchInput,
    add_application,
    record_job_search,
)
from tests.gui.keyboard import activate, press, type_keys

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = date.today()


def actor(seeded: Any, username: str) -> Actor:
    user = seeded.users[username]
    return Actor(user.username, user.role, user.id, user.full_name)


@pytest.fixture
def pathways(seeded: Any) -> None:
    """Rossi and Ferrari followed by g.verdi, Bianchi by c.neri, in a programme capping active
    job search at 2 hours."""
    create_programme(
        seeded.db,
        seeded.admin,
        ProgrammeInput(
            "GOL",
            "Garanzia occupabilità",
            "Regione",
            TODAY - timedelta(days=400),
            TODAY + timedelta(days=400),
            caps=[("active_job_search", 2)],
        ),
    )
    for last, tutor in (("Rossi", "g.verdi"), ("Ferrari", "g.verdi"), ("Bianchi", "c.neri")):
        open_pathway(
            seeded.db,
            seeded.admin,
            PathwayInput(
                seeded.participants[last].internal_code,
                "GOL",
                tutor,
                TODAY - timedelta(days=30),
            ),
        )
    create_company(seeded.db, seeded.admin, CompanyInput("Officine Po Spa"))


def make_tab(qtbot: Any, seeded: Any, who: Actor, last: str = "Rossi") -> JobSearchTab:
    tab = JobSearchTab(AppContext(seeded.db, who), seeded.participants[last].id)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.reload()
    return tab


def wait_dialog(qtbot: Any, tab: Any, cls: type) -> Any:
    qtbot.waitUntil(lambda: isinstance(tab.dialog, cls))
    dialog = tab.dialog
    activate(qtbot, dialog)
    return dialog


def log_application(
    qtbot: Any,
    tab: JobSearchTab,
    opener: tuple[Qt.Key, Qt.KeyboardModifier],
    company: str,
    role: str,
    channel_letter: str,
    follow_up: date | None,
) -> None:
    activate(qtbot, tab)
    press(qtbot, *opener)
    dialog = wait_dialog(qtbot, tab, ApplicationDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.company_combo)
    type_keys(qtbot, company)
    press(qtbot, Qt.Key.Key_M, ALT)
    assert QApplication.focusWidget() is dialog.role_edit
    type_keys(qtbot, role)
    press(qtbot, Qt.Key.Key_C, ALT)
    assert QApplication.focusWidget() is dialog.channel_combo
    type_keys(qtbot, channel_letter)
    assert dialog.applied_edit.text() == fmt_date(TODAY)
    if follow_up is not None:
        press(qtbot, Qt.Key.Key_R, ALT)
        type_keys(qtbot, fmt_date(follow_up))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is None)


def test_a_tutor_logs_three_applications_and_moves_one_to_interview_by_keyboard(
    qtbot: Any, seeded: Any, pathways: None
) -> None:
    """Ctrl+N, Alt+C, Ctrl+N: three cards in «Inviata»; arrows to the second, Ctrl+M, Enter:
    it is in «Colloquio» with its follow-up kept."""
    tab = make_tab(qtbot, seeded, actor(seeded, "g.verdi"))
    assert tab.board_empty.isVisible()
    assert "Nuova candidatura" in tab.board_empty.text()
    assert tab.sessions_holder.is_empty_shown()
    assert not tab.move_button.isEnabled()

    in_three_days = TODAY + timedelta(days=3)
    log_application(qtbot, tab, (Qt.Key.Key_N, CTRL), "Bassi Srl", "Magazziniere", "A", None)
    log_application(
        qtbot, tab, (Qt.Key.Key_C, ALT), "Offi", "Operaio generico", "Ce", in_three_days
    )
    log_application(qtbot, tab, (Qt.Key.Key_N, CTRL), "Coop Sole", "Addetto pulizie", "R", TODAY)
    rows = seeded.db.read(
        "SELECT company_name, company_id IS NOT NULL, role, channel, status, applied_on, "
        "follow_up_on FROM job_applications ORDER BY id"
    )
    assert rows == [
        ("Bassi Srl", 0, "Magazziniere", "agency", "sent", TODAY.isoformat(), None),
        (
            "Officine Po Spa",
            1,
            "Operaio generico",
            "cpi",
            "sent",
            TODAY.isoformat(),
            in_three_days.isoformat(),
        ),
        (
            "Coop Sole",
            0,
            "Addetto pulizie",
            "network",
            "sent",
            TODAY.isoformat(),
            TODAY.isoformat(),
        ),
    ]
    sent = tab.board_view.lists[1]
    assert sent.status == ApplicationStatus.SENT
    # Earliest follow-up first, those without one last.
    assert [sent.item(n).data(Qt.ItemDataRole.UserRole).company_name for n in range(3)] == [
        "Coop Sole",
        "Officine Po Spa",
        "Bassi Srl",
    ]
    assert tab.board_view.headers[1].text() == "Inviata · 3"
    assert not tab.board_empty.isVisible()

    activate(qtbot, tab)
    press(qtbot, Qt.Key.Key_U, ALT)  # «Candidature per stato»: the first column with cards
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sent)
    press(qtbot, Qt.Key.Key_Down)
    assert tab.current_application().company_name == "Officine Po Spa"
    press(qtbot, Qt.Key.Key_M, CTRL)
    dialog = wait_dialog(qtbot, tab, MoveDialog)
    assert dialog.status_combo.currentData() == "interview"  # the next column
    assert dialog.follow_edit.text() == fmt_date(in_three_days)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is None)

    interview = tab.board_view.lists[2]
    assert [interview.item(n).data(Qt.ItemDataRole.UserRole).role for n in range(1)] == [
        "Operaio generico"
    ]
    assert interview.count() == 1 and sent.count() == 2
    assert tab.board_view.headers[2].text() == "Colloquio · 1"
    activate(qtbot, tab)  # the dialog's parent window comes back, the moved card in focus
    qtbot.waitUntil(lambda: QApplication.focusWidget() is interview)
    assert seeded.db.read(
        "SELECT status, follow_up_on FROM job_applications WHERE role = 'Operaio generico'"
    ) == [("interview", in_three_days.isoformat())]
    # Left goes back to the nearest column with cards, keeping the height.
    press(qtbot, Qt.Key.Key_Left)
    assert QApplication.focusWidget() is sent
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)  # nothing further right has cards: it stays
    assert QApplication.focusWidget() is interview


def test_a_session_with_one_application_is_recorded_by_keyboard(
    qtbot: Any, seeded: Any, pathways: None
) -> None:
    """Alt+S, times, two channels, CV, notes, Alt+A for one application, Enter: the session,
    its application in «Inviata», 90 minutes of active job search in the pathway."""
    tab = make_tab(qtbot, seeded, actor(seeded, "g.verdi"))
    activate(qtbot, tab)
    press(qtbot, Qt.Key.Key_S, ALT)
    dialog = wait_dialog(qtbot, tab, JobSearchDialog)
    assert dialog.day_edit.text() == fmt_date(TODAY)
    press(qtbot, Qt.Key.Key_I, ALT)
    type_keys(qtbot, "09:30")
    press(qtbot, Qt.Key.Key_F, ALT)
    type_keys(qtbot, "11:00")
    press(qtbot, Qt.Key.Key_P, ALT)  # Portali di annunci (an animated click)
    qtbot.waitUntil(dialog.channel_checks["portali di annunci"].isChecked)
    press(qtbot, Qt.Key.Key_G, ALT)  # Agenzie per il lavoro
    qtbot.waitUntil(dialog.channel_checks["agenzie per il lavoro"].isChecked)
    press(qtbot, Qt.Key.Key_V, ALT)
    qtbot.waitUntil(dialog.cv_check.isChecked)
    press(qtbot, Qt.Key.Key_N, ALT)
    type_keys(qtbot, "Profilo aggiornato")
    assert dialog.apps_holder.is_empty_shown()

    press(qtbot, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: isinstance(dialog.sub_dialog, ApplicationDialog))
    sub = dialog.sub_dialog
    assert sub is not None
    activate(qtbot, sub)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sub.company_combo)
    type_keys(qtbot, "Esselunga")
    press(qtbot, Qt.Key.Key_M, ALT)
    type_keys(qtbot, "Addetto scaffali")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.sub_dialog is None)
    assert dialog.apps_model.rowCount() == 1
    assert dialog.apps_model.display(dialog.apps_model.rows()[0], 0) == "Esselunga"
    activate(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.add_button)
    press(qtbot, Qt.Key.Key_Return)  # Enter saves the session, not another application
    qtbot.waitUntil(lambda: tab.dialog is None)

    assert seeded.db.read(
        "SELECT id, minutes, channels, cv_updated, notes FROM job_search_sessions"
    ) == [(1, 90, "portali di annunci, agenzie per il lavoro", 1, "Profilo aggiornato")]
    assert seeded.db.read(
        "SELECT company_name, role, status, applied_on, session_id FROM job_applications"
    ) == [("Esselunga", "Addetto scaffali", "sent", TODAY.isoformat(), 1)]
    assert seeded.db.read("SELECT service_type, minutes FROM service_deliveries") == [
        ("active_job_search", 90)
    ]
    (row,) = tab.sessions_model.rows()
    model = tab.sessions_model
    assert [model.display(row, c) for c in range(model.columnCount())][:7] == [
        fmt_date(TODAY),
        model.display(row, model.COL_TIME),
        "Portali di annunci, Agenzie per il lavoro",
        "aggiornato",
        "1",
        "sì",
        "Giovanna Verdi",
    ]
    assert tab.board_view.lists[1].count() == 1
    activate(qtbot, tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.sessions_table)


def test_hours_past_the_cap_keep_the_dialog_open_and_write_nothing(
    qtbot: Any, seeded: Any, pathways: None
) -> None:
    """Three hours against a 2-hour cap: the banner says by how much; nothing is saved."""
    tab = make_tab(qtbot, seeded, actor(seeded, "g.verdi"))
    activate(qtbot, tab)
    press(qtbot, Qt.Key.Key_S, ALT)
    dialog = wait_dialog(qtbot, tab, JobSearchDialog)
    press(qtbot, Qt.Key.Key_I, ALT)
    type_keys(qtbot, "09:00")
    press(qtbot, Qt.Key.Key_F, ALT)
    type_keys(qtbot, "08:00")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.errors["end"].text() == "Fine: la fine deve seguire l'inizio."
    assert QApplication.focusWidget() is dialog.end_edit
    dialog.end_edit.clear()
    type_keys(qtbot, "12:00")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.banner.isVisible()
    assert dialog.banner.text().startswith(
        "Ricerca attiva del lavoro: con queste ore il percorso supera di 1 ora il massimo"
    )
    assert not dialog.reason_edit.isVisibleTo(dialog)  # a tutor cannot pass the cap
    assert seeded.db.read("SELECT count(*) FROM job_search_sessions") == [(0,)]
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.dialog is None)


def test_an_operator_is_refused_the_board(qtbot: Any, seeded: Any, pathways: None) -> None:
    """Operators never see the record (the participant page does not even offer the tab): the
    board stays empty, the refusal is said, and nothing can be changed."""
    from PySide6.QtWidgets import QMessageBox

    rossi = seeded.participants["Rossi"].internal_code
    add_application(
        seeded.db,
        actor(seeded, "g.verdi"),
        ApplicationInput(rossi, "Magazziniere", "job_portal", company_name="Bassi Srl"),
    )
    tab = make_tab(qtbot, seeded, actor(seeded, "l.bianchi"))
    assert sum(column.count() for column in tab.board_view.lists) == 0
    boxes = tab.findChildren(QMessageBox)
    assert boxes and "L'utente l.bianchi (operatore) non può" in boxes[-1].text()
    assert not tab.new_button.isEnabled() and not tab.session_button.isEnabled()
    tab.edit_current()
    assert tab.dialog is None


def test_the_tutor_list_shows_own_participants_and_opens_one_with_enter(
    qtbot: Any, seeded: Any, pathways: None
) -> None:
    """g.verdi sees Rossi's and Ferrari's applications, not Bianchi's; the 7-day filter keeps
    the due ones; Enter emits the person's id."""
    tutor = actor(seeded, "g.verdi")
    code = {last: seeded.participants[last].internal_code for last in ("Rossi", "Ferrari")}

    def add(who: str, company: str, follow: int | None) -> None:
        add_application(
            seeded.db,
            tutor,
            ApplicationInput(
                code.get(who) or seeded.participants[who].internal_code,
                "Magazziniere",
                "job_portal",
                company_name=company,
                applied_on=TODAY - timedelta(days=10),
                status="sent",
                follow_up_on=None if follow is None else TODAY + timedelta(days=follow),
            ),
        )

    add("Rossi", "Late", -2)
    add("Ferrari", "Soon", 5)
    add("Rossi", "Later", 20)
    add_application(  # by Bianchi's tutor: g.verdi may not write in Bianchi's record
        seeded.db,
        actor(seeded, "c.neri"),
        ApplicationInput(
            seeded.participants["Bianchi"].internal_code,
            "Magazziniere",
            "job_portal",
            company_name="Not mine",
            applied_on=TODAY - timedelta(days=10),
            status="sent",
            follow_up_on=TODAY + timedelta(days=1),
        ),
    )
    record_job_search(seeded.db, tutor, JobSearchInput(code["Rossi"], TODAY, minutes=30))

    view = TutorApplicationsView(AppContext(seeded.db, tutor))
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    model = view.model
    assert [r.company_name for r in model.rows()] == ["Late", "Soon", "Later"]
    late = model.rows()[0]
    assert model.display(late, model.COL_FOLLOW_UP) == (
        f"{fmt_date(TODAY - timedelta(days=2))} (scaduto)"
    )
    assert model.display(late, model.COL_PARTICIPANT) == "Rossi Mario"
    assert view.count_label.text() == "3 candidature · 1 richiamo scaduto"

    activate(qtbot, view)
    view.focus_main()
    press(qtbot, Qt.Key.Key_G, ALT)
    qtbot.waitUntil(view.due_check.isChecked)
    assert [r.company_name for r in model.rows()] == ["Late", "Soon"]
    view.focus_main()
    press(qtbot, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.open_participant) as opened:
        press(qtbot, Qt.Key.Key_Return)
    assert opened.args == [seeded.participants["Ferrari"].id]

    # An operator has no caseload (and no Percorsi section): nothing listed.
    other = TutorApplicationsView(AppContext(seeded.db, actor(seeded, "l.bianchi")))
    qtbot.addWidget(other)
    other.refresh()
    assert other.model.rowCount() == 0


def test_cards_are_described_for_screen_readers(qtbot: Any, seeded: Any, pathways: None) -> None:
    """A card's accessible text says company, role, channel, status and the overdue follow-up."""
    rossi = seeded.participants["Rossi"].internal_code
    add_application(
        seeded.db,
        actor(seeded, "g.verdi"),
        ApplicationInput(
            rossi,
            "Magazziniere",
            "agency",
            company_name="Bassi Srl",
            applied_on=TODAY - timedelta(days=9),
            status="sent",
            follow_up_on=TODAY - timedelta(days=1),
        ),
    )
    tab = make_tab(qtbot, seeded, actor(seeded, "g.verdi"))
    cards: CardList = tab.board_view.lists[1]
    text = cards.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert text == (
        f"Bassi Srl, Magazziniere, Agenzia per il lavoro, Inviata, inviata il "
        f"{fmt_date(TODAY - timedelta(days=9))}, Richiamo {fmt_date(TODAY - timedelta(days=1))} "
        "(scaduto)"
    )


def test_enter_edits_a_card_and_delete_removes_it_after_asking(
    qtbot: Any, seeded: Any, pathways: None
) -> None:
    """Enter on a card opens it; a new role is saved; Canc asks and «Elimina» removes it."""
    rossi = seeded.participants["Rossi"].internal_code
    tutor = actor(seeded, "g.verdi")
    add_application(
        seeded.db,
        tutor,
        ApplicationInput(rossi, "Magazziniere", "job_portal", company_name="Bassi Srl"),
    )
    tab = make_tab(qtbot, seeded, tutor)
    activate(qtbot, tab)
    press(qtbot, Qt.Key.Key_U, ALT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.board_view.lists[0])
    press(qtbot, Qt.Key.Key_Return)
    dialog = wait_dialog(qtbot, tab, ApplicationDialog)
    assert dialog.role_edit.text() == "Magazziniere"
    assert dialog.status_combo.currentData() == "to_send"
    press(qtbot, Qt.Key.Key_M, ALT)
    dialog.role_edit.selectAll()
    type_keys(qtbot, "Carrellista")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert seeded.db.read("SELECT role FROM job_applications") == [("Carrellista",)]

    activate(qtbot, tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.board_view.lists[0])
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: tab.confirm is not None)
    box = tab.confirm
    assert box is not None and "Bassi Srl (Carrellista)" in box.text()
    activate(qtbot, box)
    press(qtbot, Qt.Key.Key_E, ALT)
    qtbot.waitUntil(lambda: tab.confirm is None)
    assert seeded.db.read("SELECT count(*) FROM job_applications") == [(0,)]
    assert tab.board_empty.isVisible()


def test_a_coordinator_passes_the_cap_with_a_reason(
    qtbot: Any, seeded: Any, pathways: None
) -> None:
    """The refusal opens the reason field for a coordinator; with it the session is saved."""
    tab = make_tab(qtbot, seeded, actor(seeded, "c.neri"))
    activate(qtbot, tab)
    press(qtbot, Qt.Key.Key_S, ALT)
    dialog = wait_dialog(qtbot, tab, JobSearchDialog)
    press(qtbot, Qt.Key.Key_I, ALT)
    type_keys(qtbot, "09:00")
    press(qtbot, Qt.Key.Key_F, ALT)
    type_keys(qtbot, "12:00")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.reason_edit.isVisibleTo(dialog)
    assert QApplication.focusWidget() is dialog.reason_edit
    assert "Potete registrarle lo stesso" in dialog.banner.text()
    type_keys(qtbot, "Ricerca intensiva prima della fine del percorso")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert seeded.db.read("SELECT minutes, cap_override_reason FROM service_deliveries") == [
        (180, "Ricerca intensiva prima della fine del percorso")
    ]
