"""The main window: sections, navigation, shortcuts, status bar, settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.main_window import ADMIN, AGENDA, PARTICIPANTS, SECTION_CLASSES, MainWindow


def test_six_sections_listed_in_italian(window: MainWindow) -> None:
    """The navigation lists the six sections with their Italian names."""
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [
        "Agenda",
        "Partecipanti",
        "Percorsi",
        "Aziende",
        "Documenti",
        "Amministrazione",
    ]
    assert window.windowTitle() == "Sportello"


def test_only_home_is_built_at_start(window: MainWindow) -> None:
    """Start-up builds the Agenda only; the other sections wait until they are shown."""
    assert window.built_section(AGENDA) is not None
    assert all(window.built_section(i) is None for i in range(1, len(SECTION_CLASSES)))


def test_ctrl_number_switches_sections(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+1…Ctrl+6 show the six sections in order."""
    window.activateWindow()
    qtbot.waitActive(window)
    for index in (5, 4, 3, 2, 1, 0):
        qtbot.keyClick(
            window, getattr(Qt.Key, f"Key_{index + 1}"), Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_index() == index
        assert window.nav.currentRow() == index
        assert window.built_section(index) is not None


def test_navigation_list_with_arrow_keys(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Arrow keys in the section list change the section shown."""
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_index() == PARTICIPANTS
    qtbot.keyClick(window.nav, Qt.Key.Key_End)
    assert window.current_index() == ADMIN


def test_ctrl_f_focuses_participant_search(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+F opens Partecipanti with the keyboard in the search box."""
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    section = window.built_section(PARTICIPANTS)
    assert window.current_index() == PARTICIPANTS
    assert QApplication.focusWidget() is section.search  # type: ignore[union-attr]


def test_status_bar_shows_database_and_user(window: MainWindow, seeded) -> None:  # type: ignore[no-untyped-def]
    """The status bar names the database file and the acting user with the role in Italian."""
    assert seeded.db.target.display in window.database_label.text()
    assert window.user_label.text() == "Utente: Amministratore (Amministratore)"


def test_status_bar_shows_named_user(make_window, seeded) -> None:  # type: ignore[no-untyped-def]
    """An operator acting with --as appears by full name and Italian role."""
    from storage.services.common import resolve_actor

    window = make_window(seeded.db, resolve_actor(seeded.db, "l.bianchi"))
    assert window.user_label.text() == "Utente: Luca Bianchi (Operatore)"


def test_refresh_reloads_current_section(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """F5 reloads the section shown."""
    window.activateWindow()
    qtbot.waitActive(window)
    calls = []
    agenda = window.built_section(AGENDA)
    agenda.refresh = lambda: calls.append(1)  # type: ignore[method-assign, union-attr]
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert calls == [1]


def test_geometry_saved_and_restored(make_window, seeded, isolated_qsettings) -> None:  # type: ignore[no-untyped-def]
    """Closing the window saves its size in the (temporary) settings; the next window uses it."""
    first = make_window(seeded.db)
    first.resize(720, 540)
    first.close()
    assert list(isolated_qsettings.rglob("*.ini"))
    second = make_window(seeded.db)
    assert (second.width(), second.height()) == (720, 540)


def test_about_box(window: MainWindow) -> None:
    """Aiuto > Informazioni names the program and the database."""
    from PySide6.QtWidgets import QMessageBox

    window.about_action.trigger()
    boxes = window.findChildren(QMessageBox)
    assert boxes and "Sportello" in boxes[-1].text()
    assert window.ctx.db.target.display in boxes[-1].text()
    boxes[-1].close()
