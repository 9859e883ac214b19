"""The group-courses view: enrol, plan the calendar and take the register with the keyboard."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.context import AppContext
from gui.courses_view import CourseDialog, CoursesView, EditionDialog, SessionDialog
from gui.format import fmt_date
from gui.workers import SynchronousPool
from models.enums import Role
from models.rows import Actor
from storage.services.admin import ProgrammeInput, create_programme
from storage.services.courses import SHARE_RULE, CourseInput, EditionInput, create_course
from storage.services.courses import create_edition as make_edition
from storage.services.intake import PathwayInput, open_pathway
from tests.gui.keyboard import activate, press, type_keys

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = date.today()


def replace_text(qtbot: Any, text: str) -> None:
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, text)


def tutor(seeded: Any) -> Actor:
    user = seeded.users["g.verdi"]
    return Actor("g.verdi", Role.TUTOR, user.id, user.full_name)


def make_view(qtbot: Any, db: Any, actor: Actor) -> CoursesView:
    view = CoursesView(AppContext(db, actor, pool=SynchronousPool()))
    qtbot.addWidget(view)
    view.resize(1250, 640)
    view.show()
    qtbot.waitExposed(view)
    activate(qtbot, view)
    return view


@pytest.fixture
def edition(seeded: Any) -> Any:
    """Rossi and Ferrari in a pathway; the 29-hour course with an edition begun 10 weeks ago."""
    db, admin = seeded.db, seeded.admin
    create_programme(
        db,
        admin,
        ProgrammeInput("GOL", "GOL", "Regione", TODAY - timedelta(400), TODAY + timedelta(400)),
    )
    for last in ("Rossi", "Ferrari"):
        person = seeded.participants[last]
        open_pathway(
            db, admin, PathwayInput(person.internal_code, "GOL", "g.verdi", TODAY - timedelta(90))
        )
    create_course(db, admin, CourseInput("EMP", "Empowerment", "training", 29))
    return make_edition(
        db,
        admin,
        EditionInput("EMP", "EMP-CR-1", "Cremona", TODAY - timedelta(70), TODAY + timedelta(30)),
    )


def test_enrol_plan_and_take_the_register_with_the_keyboard(
    qtbot: Any, seeded: Any, edition: Any, tmp_path: Any
) -> None:
    """Enrol Rossi, four weekly sessions, registers by keyboard: 720 of 960 minutes = 75%."""
    view = make_view(qtbot, seeded.db, tutor(seeded))
    view.focus_main()
    assert QApplication.focusWidget() is view.tree
    assert view.title.text() == "EMP-CR-1 — Empowerment"
    assert view.share_view.is_empty_shown()
    assert "«Iscrivi» (Alt+I)" in view.share_view.empty.text()

    # Enrol: type a name, the date, Enter.
    press(qtbot, Qt.Key.Key_I, ALT)
    assert QApplication.focusWidget() is view.search_edit
    type_keys(qtbot, "Rossi")
    assert view.match_combo.currentText().startswith("Rossi Mario (")
    press(qtbot, Qt.Key.Key_D, ALT)
    replace_text(qtbot, fmt_date(TODAY - timedelta(60)))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.share_model.rowCount() == 1)
    assert view.enrolled_status.text().startswith("Rossi Mario iscritto dal")
    assert view.rule_label.text() == SHARE_RULE

    # Four sessions, one a week, from four weeks ago.
    press(qtbot, Qt.Key.Key_A, ALT)
    assert view.tabs.currentIndex() == 1 and view.session_view.is_empty_shown()
    press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: isinstance(view.sub_dialog, SessionDialog))
    dialog = view.sub_dialog
    assert isinstance(dialog, SessionDialog)
    activate(qtbot, dialog)
    press(qtbot, Qt.Key.Key_P, ALT)
    replace_text(qtbot, fmt_date(TODAY - timedelta(28)))
    press(qtbot, Qt.Key.Key_Q, ALT)
    replace_text(qtbot, "4")
    press(qtbot, Qt.Key.Key_L, ALT)
    type_keys(qtbot, "Aula 2")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.sub_dialog is None)
    qtbot.waitUntil(lambda: view.session_model.rowCount() == 4)
    assert [s.day for s in view.session_model.rows()] == [
        TODAY - timedelta(days) for days in (28, 21, 14, 7)
    ]
    assert "4 incontri in calendario, 16 ore su 29 del corso" in view.summary.text()

    # Enter on the first session opens its register.
    activate(qtbot, view)
    view.session_table.setFocus()
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Return)
    assert view.tabs.currentIndex() == 2
    assert QApplication.focusWidget() is view.register_table
    assert view.register_model.rowCount() == 1
    press(qtbot, Qt.Key.Key_Space)  # present, the whole session
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: view.register_status.text().startswith("Registro salvato"))
    assert view.register_status.text() == (
        "Registro salvato: 1 presenti, 0 assenti, 0 giustificati; ore al percorso per 1 persone."
    )

    def next_session() -> None:
        press(qtbot, Qt.Key.Key_C, ALT)
        assert QApplication.focusWidget() is view.session_combo
        press(qtbot, Qt.Key.Key_Down)
        view.register_table.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is view.register_table)

    # Second session: present for 180 minutes (Tab to the minutes, type them).
    next_session()
    press(qtbot, Qt.Key.Key_P)
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "180")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.register_model.minutes == [180])
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: view.register_status.text().startswith("Registro salvato"))
    # Third: present; fourth: Space three times = excused.
    next_session()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: view.register_status.text().startswith("Registro salvato"))
    next_session()
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Space)
    assert view.register_model.data(view.register_model.index(0, 1)) == "Assente giustificato"
    assert view.register_model.minutes == [0]
    press(qtbot, Qt.Key.Key_P)  # no: present for the last hour
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "60")
    press(qtbot, Qt.Key.Key_S, CTRL)  # saves what the minutes editor holds
    qtbot.waitUntil(lambda: view.register_status.text().startswith("Registro salvato"))
    # An unsaved change holds the register on screen once; choosing again leaves it.
    view.register_table.setFocus()
    press(qtbot, Qt.Key.Key_A)
    press(qtbot, Qt.Key.Key_C, ALT)
    fourth = view.session_combo.currentData()
    press(qtbot, Qt.Key.Key_Up)
    assert view.session_combo.currentData() == fourth
    assert view.register_status.text().startswith("Il registro ha modifiche non salvate")
    press(qtbot, Qt.Key.Key_Up)
    assert view.session_combo.currentData() != fourth
    assert view.register_model.minutes == [240] and not view.unsaved
    # Tab walks status and minutes, then leaves the table.
    view.register_table.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert view.register_table.currentIndex().column() == 2
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view.register_table
    view.grab().save(str(tmp_path / "register.png"))

    rows = seeded.db.read("SELECT minutes, mode, place FROM service_deliveries ORDER BY date")
    assert [tuple(r) for r in rows] == [
        (240, "group", "Aula 2"),
        (180, "group", "Aula 2"),
        (240, "group", "Aula 2"),
        (60, "group", "Aula 2"),
    ]

    # The share: exactly 720 of 960 minutes, 75%: it passes.
    press(qtbot, Qt.Key.Key_R, ALT)
    assert view.tabs.currentIndex() == 0
    [share] = view.share_model.rows()
    assert (share.attended_minutes, share.scheduled_minutes) == (720, 960)
    texts = [view.share_model.data(view.share_model.index(0, c)) for c in range(9)]
    assert texts[3:] == ["75,0%", "superato", "12", "16", "4", "4"]


def test_new_course_and_edition_by_keyboard_and_empty_states(qtbot: Any, seeded: Any) -> None:
    """An empty list explains itself; Alt+N and Alt+E create a course and its edition."""
    view = make_view(qtbot, seeded.db, tutor(seeded))
    assert view.tree_stack.currentWidget() is view.tree_empty
    assert "«Nuovo corso» (Alt+N)" in view.tree_empty.text()
    assert not view.new_edition_button.isEnabled()
    view.focus_main()
    assert QApplication.focusWidget() is view.new_course_button

    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: isinstance(view.sub_dialog, CourseDialog))
    dialog = view.sub_dialog
    assert dialog is not None
    activate(qtbot, dialog)
    press(qtbot, Qt.Key.Key_C, ALT)
    type_keys(qtbot, "emp")
    press(qtbot, Qt.Key.Key_T, ALT)
    type_keys(qtbot, "Empowerment")
    press(qtbot, Qt.Key.Key_O, ALT)
    replace_text(qtbot, "0")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.errors["total_hours"].text() == "Ore totali: devono essere più di zero."
    replace_text(qtbot, "29")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.sub_dialog is None)
    assert view.tree.topLevelItem(0).text(0) == "EMP — Empowerment"
    assert "non ha ancora edizioni" in view.no_edition.text()

    activate(qtbot, view)
    press(qtbot, Qt.Key.Key_E, ALT)
    qtbot.waitUntil(lambda: isinstance(view.sub_dialog, EditionDialog))
    dialog = view.sub_dialog
    assert dialog is not None
    activate(qtbot, dialog)
    press(qtbot, Qt.Key.Key_C, ALT)
    type_keys(qtbot, "EMP-LO-1")
    press(qtbot, Qt.Key.Key_M, ALT)
    type_keys(qtbot, "Lodi")
    press(qtbot, Qt.Key.Key_F, ALT)
    type_keys(qtbot, fmt_date(TODAY - timedelta(days=1)))
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.errors["end_date"].text() == "Fine: è prima dell'inizio."
    replace_text(qtbot, fmt_date(TODAY + timedelta(days=40)))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.sub_dialog is None)
    assert view.title.text() == "EMP-LO-1 — Empowerment"
    view.tabs.setCurrentIndex(2)
    assert view.register_stack.currentWidget() is view.register_empty
    assert "scheda «Calendario»" in view.register_empty.text()


def test_an_operator_reads_but_cannot_change(qtbot: Any, seeded: Any, edition: Any) -> None:
    """For an operator every button that changes something is off."""
    user = seeded.users["l.bianchi"]
    view = make_view(qtbot, seeded.db, Actor("l.bianchi", Role.OPERATOR, user.id))
    assert view.title.text() == "EMP-CR-1 — Empowerment"
    for button in (
        view.new_course_button,
        view.new_edition_button,
        view.enrol_button,
        view.new_session_button,
        view.save_register_button,
    ):
        assert not button.isEnabled()
