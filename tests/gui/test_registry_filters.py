"""The registry's filters: tutor, programme, pathway status and target group narrow the list."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gui.main_window import PARTICIPANTS, MainWindow
from gui.sections.participants import ParticipantsSection
from tests.gui.conftest import Seeded
from tests.gui.test_booking import alt, alt_click, focused, press, wait_active


@pytest.fixture
def with_pathways(seeded: Seeded) -> Seeded:
    """Rossi in DOTE-26 with g.verdi (open), Bianchi in GOL-26 with c.neri (suspended), and
    Verdi Anna, new, in the target group «autism»."""
    from models.codice_fiscale import compose
    from models.enums import PathwayStatus, Sex
    from models.validation import ParticipantInput
    from storage.services.admin import ProgrammeInput, create_programme
    from storage.services.intake import (
        ConsentInput,
        PathwayInput,
        open_pathway,
        record_consent,
        set_pathway_status,
    )
    from storage.services.participants import create_participant

    db, admin = seeded.db, seeded.admin
    for code, name in (("DOTE-26", "Dote lavoro disabilità"), ("GOL-26", "Programma GOL")):
        create_programme(
            db, admin, ProgrammeInput(code, name, "Regione Lombardia", "01/01/2026", "31/12/2027")
        )
    for last, programme, tutor in (
        ("Rossi", "DOTE-26", "g.verdi"),
        ("Bianchi", "GOL-26", "c.neri"),
    ):
        cf = seeded.participants[last].codice_fiscale  # type: ignore[attr-defined]
        record_consent(db, admin, cf, ConsentInput(date(2026, 2, 20)))
        opened = open_pathway(db, admin, PathwayInput(cf, programme, tutor, date(2026, 3, 1)))
        if last == "Bianchi":
            set_pathway_status(db, admin, opened.id, PathwayStatus.SUSPENDED, reason="Pausa")
    verdi = compose("Verdi", "Anna", Sex.FEMALE, date(1990, 3, 4), "D150")
    from storage.services.participants import update_participant

    created = create_participant(db, admin, ParticipantInput("Verdi", "Anna", codice_fiscale=verdi))
    record_consent(db, admin, verdi, ConsentInput(date(2026, 2, 20)))
    update_participant(
        db,
        admin,
        created.row.id,
        ParticipantInput("Verdi", "Anna", codice_fiscale=verdi, target_groups=["autism"]),
    )
    return seeded


def registry(make_window, db: object) -> ParticipantsSection:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window(db)
    section = window.show_section(PARTICIPANTS)
    assert isinstance(section, ParticipantsSection)
    return section


def names(section: ParticipantsSection) -> list[str]:
    model = section.model
    return [model.row_at(i).last_name for i in range(model.rowCount())]  # type: ignore[union-attr]


def choose(combo, value: str) -> None:  # type: ignore[no-untyped-def]
    combo.ensure_loaded()
    index = combo.findData(value)
    assert index > 0, value
    combo.setCurrentIndex(index)


def test_each_filter_narrows_the_registry(make_window, with_pathways: Seeded) -> None:  # type: ignore[no-untyped-def]
    section = registry(make_window, with_pathways.db)
    assert section.model.total() == 9
    assert section.count_label.text() == "9 partecipanti"
    # Nothing is asked for until a filter is opened.
    for combo in section.filter_combos():
        assert not combo.loaded
        assert combo.count() == 1
    assert section.tutor_combo.currentText() == "Tutti i tutor"
    assert not section.reset_button.isEnabled()

    choose(section.tutor_combo, "g.verdi")
    assert section.tutor_combo.currentText() == "Giovanna Verdi"
    assert names(section) == ["Rossi"]
    assert section.count_label.text() == "1 partecipante trovato"
    assert section.reset_button.isEnabled()
    section.reset_filters()
    assert section.model.total() == 9
    assert not section.reset_button.isEnabled()

    choose(section.programme_combo, "GOL-26")
    assert section.programme_combo.currentText() == "GOL-26 · Programma GOL"
    assert names(section) == ["Bianchi"]
    section.reset_filters()

    status = section.status_combo
    status.ensure_loaded()
    assert [status.itemText(i) for i in range(3)] == ["Tutti gli stati", "Aperto", "Sospeso"]
    choose(status, "open")
    assert names(section) == ["Rossi"]
    choose(status, "suspended")
    assert names(section) == ["Bianchi"]
    section.reset_filters()

    group = section.group_combo
    group.ensure_loaded()
    assert group.itemText(group.findData("autism")) == "Spettro autistico"
    assert group.itemText(group.findData("vulnerable_family")) == "Famiglia fragile"
    choose(group, "autism")
    assert names(section) == ["Verdi"]
    section.reset_filters()
    assert section.model.total() == 9


def test_filters_combine_with_desk_and_text(make_window, with_pathways: Seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    section = registry(make_window, with_pathways.db)
    choose(section.status_combo, "open")
    choose(section.desk_combo, "CM01")  # Rossi is at Crema (the first of every three)
    assert names(section) == ["Rossi"]
    choose(section.desk_combo, "CR01")
    assert names(section) == []
    assert section.view.is_empty_shown()
    assert "Nessun partecipante corrisponde ai filtri scelti." in section.view.empty.text()
    assert "Alt+Z" in section.view.empty.text()
    assert section.count_label.text() == "0 partecipanti trovati"

    section.reset_filters()
    qtbot.keyClicks(section.search, "ross")
    section.run_search()
    assert names(section) == ["Rossi", "Rossini"]
    assert section.count_label.text() == "2 partecipanti trovati"
    choose(section.tutor_combo, "g.verdi")
    assert names(section) == ["Rossi"]
    # «Azzera filtri» keeps what is typed.
    section.reset_filters()
    assert names(section) == ["Rossi", "Rossini"]
    assert section.search.text() == "ross"


def test_filters_are_reached_with_the_keyboard(make_window, with_pathways: Seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Alt+T, arrows: the tutor's people; Alt+Z: everyone again, back in the search box."""
    window: MainWindow = make_window(with_pathways.db)
    wait_active(qtbot, window)
    section = window.show_section(PARTICIPANTS)
    assert isinstance(section, ParticipantsSection)
    buddies = {
        label.text(): label.buddy() for label in section.findChildren(QLabel) if label.buddy()
    }
    assert buddies["&Tutor:"] is section.tutor_combo
    assert buddies["&Programma:"] is section.programme_combo
    assert buddies["Stato del perc&orso:"] is section.status_combo
    assert buddies["&Gruppo target:"] is section.group_combo
    assert buddies["&Sportello:"] is section.desk_combo

    alt(qtbot, Qt.Key.Key_T)
    assert focused() is section.tutor_combo
    assert section.tutor_combo.loaded  # the keyboard arriving loads the choices
    target = section.tutor_combo.findData("g.verdi")
    while section.tutor_combo.currentIndex() != target:
        press(qtbot, Qt.Key.Key_Down)
    assert names(section) == ["Rossi"]
    alt(qtbot, Qt.Key.Key_O)
    assert focused() is section.status_combo
    alt_click(qtbot, Qt.Key.Key_Z)
    assert section.model.total() == 9
    assert section.tutor_combo.currentIndex() == 0
    assert focused() is section.search


def test_refresh_keeps_the_filters_and_sees_new_programmes(
    make_window, with_pathways: Seeded
) -> None:  # type: ignore[no-untyped-def]
    from storage.services.admin import ProgrammeInput, create_programme

    section = registry(make_window, with_pathways.db)
    choose(section.programme_combo, "DOTE-26")
    assert names(section) == ["Rossi"]
    create_programme(
        with_pathways.db,
        with_pathways.admin,  # type: ignore[arg-type]
        ProgrammeInput("NEW-27", "Nuovo", "Comune", "01/01/2027"),
    )
    section.refresh()
    assert section.programme_combo.findData("NEW-27") > 0
    assert section.programme_combo.currentData() == "DOTE-26"
    assert names(section) == ["Rossi"]


def test_filters_keep_their_width_and_show_the_whole_choice(
    make_window, with_pathways: Seeded
) -> None:  # type: ignore[no-untyped-def]
    """Loading or choosing a long programme does not reshape the row; the tooltip says it all."""
    from storage.services.admin import ProgrammeInput, create_programme

    name = "Percorsi di inclusione lavorativa nello spettro autistico e nelle fragilità"
    create_programme(
        with_pathways.db,
        with_pathways.admin,  # type: ignore[arg-type]
        ProgrammeInput("AUT-26", name, "Regione Lombardia", "01/01/2026"),
    )
    section = registry(make_window, with_pathways.db)
    combo = section.programme_combo
    before = combo.sizeHint().width()
    choose(combo, "AUT-26")
    assert combo.sizeHint().width() == before
    assert combo.toolTip() == f"Le persone con un percorso in questo programma\nAUT-26 · {name}"
    combo.widen_popup()  # as showPopup does (a popup on the offscreen platform only warns)
    longest = combo.view().fontMetrics().horizontalAdvance(combo.currentText())
    assert combo.view().minimumWidth() > longest > combo.width()
    section.reset_filters()
    assert combo.toolTip() == "Le persone con un percorso in questo programma"
