"""The import wizard: a file, its preview and columns, the import, the rejected rows.

The file dialogs are replaced (`gui.import_wizard.ask_open_path`, `gui.files.ask_save_path`):
each answers at once with a path in the test's folder. Background tasks run inline.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QRunnable, Qt

import gui.import_wizard as wizard_module
from gui import files
from gui.format import fmt_int
from gui.import_wizard import FILE_PAGE, PREVIEW_PAGE, RESULT_PAGE, ImportWizard
from gui.main_window import PARTICIPANTS, MainWindow
from gui.sections.participants import ParticipantsSection
from models.codice_fiscale import compose
from models.enums import Sex
from tests.gui.conftest import Seeded
from tests.gui.test_booking import alt_click, focused, press, wait_active

# --------------------------------------------------------------------------- helpers


def cf(last: str, first: str, sex: str, born: date) -> str:
    return compose(last, first, Sex(sex), born, "D150")


def write_csv(path: Path, lines: list[list[str]], delimiter: str = ";") -> Path:
    path.write_text("\n".join(delimiter.join(cells) for cells in lines) + "\n", encoding="utf-8")
    return path


def count(seeded: Seeded, where: str = "1 = 1") -> int:
    conn = sqlite3.connect(str(seeded.db.target.display))  # type: ignore[attr-defined]
    try:
        return int(conn.execute(f"SELECT count(*) FROM participants WHERE {where}").fetchone()[0])
    finally:
        conn.close()


def registry(window: MainWindow) -> ParticipantsSection:
    section = window.show_section(PARTICIPANTS)
    assert isinstance(section, ParticipantsSection)
    return section


@pytest.fixture
def answer_file(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The file the person picks in the open dialog: put it in the list before «Sfoglia…»."""
    chosen: list[Path] = []

    def ask(_parent: Any, _title: str, _filter: str, on_chosen: Any) -> None:
        on_chosen(chosen[-1])

    monkeypatch.setattr(wizard_module, "ask_open_path", ask)
    return chosen


def open_wizard(section: ParticipantsSection, qtbot: Any) -> ImportWizard:
    qtbot.mouseClick(section.import_button, Qt.MouseButton.LeftButton)
    wizard = section._import_wizard
    assert isinstance(wizard, ImportWizard)
    qtbot.waitExposed(wizard)
    assert wizard.current_page() == FILE_PAGE
    return wizard


def pick(wizard: ImportWizard, qtbot: Any, answer_file: list[Path], path: Path) -> None:
    answer_file.append(path)
    qtbot.mouseClick(wizard.browse_button, Qt.MouseButton.LeftButton)


def counts(wizard: ImportWizard) -> tuple[str, ...]:
    cards = (wizard.count_rows, wizard.count_new, wizard.count_existing, wizard.count_rejected)
    return tuple(card.value.text() for card in cards)


PEOPLE = [
    ("Galli", "Chiara", "F", date(1985, 6, 12)),
    ("Moretti", "Paolo", "M", date(1979, 2, 3)),
    ("Fontana", "Irene", "F", date(2000, 10, 30)),
]


def registry_file(tmp_path: Path, seeded: Seeded) -> Path:
    """Three new people, one already registered (Rossi), a wrong code and a missing one; the
    first names are under a header nobody recognises."""
    rossi = seeded.participants["Rossi"].codice_fiscale  # type: ignore[attr-defined]
    wrong = cf("Neri", "Ugo", "M", date(1990, 1, 1))
    wrong = wrong[:-1] + ("A" if wrong[-1] != "A" else "B")
    lines = [["Codice Fiscale", "Cognome", "Nome di battesimo", "Telefono", "Annotazioni"]]
    lines += [[cf(*p), p[0], p[1], "333 123 4567", "nuova"] for p in PEOPLE]
    lines += [
        [rossi, "Rossi", "Mario", "", "già registrato"],
        [wrong, "Neri", "Ugo", "", "codice sbagliato"],
        ["", "Senza", "Codice", "", ""],
    ]
    return write_csv(tmp_path / "iscritti.csv", lines)


# --------------------------------------------------------------------------- the happy path


def test_preview_map_by_hand_import_and_the_registry_shows_them(
    make_window, seeded: Seeded, qtbot, answer_file: list[Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(seeded.db)
    section = registry(window)
    assert section.model.total() == 8
    wizard = open_wizard(section, qtbot)
    pick(wizard, qtbot, answer_file, registry_file(tmp_path, seeded))

    # The first names' column is not recognised: the person is told which field lacks a column.
    assert wizard.current_page() == PREVIEW_PAGE
    assert [c.currentData() for c in wizard.combos] == [
        "codice_fiscale",
        "last_name",
        None,
        "phone",
        None,
    ]
    assert wizard.mapping_error.isVisible()
    assert "Manca la colonna per: Nome." in wizard.mapping_error.text()
    assert counts(wizard) == ("–", "–", "–", "–")
    assert not wizard.next_button.isEnabled()
    assert "iscritti.csv" in wizard.file_summary.text()
    assert "CSV separato da «;»" in wizard.file_summary.text()
    assert wizard.combos[0].currentText() == "Codice fiscale *"

    wizard.choose_field(2, "first_name")
    assert not wizard.mapping_error.isVisible()
    assert counts(wizard) == ("6", "3", "1", "2")
    assert [(p.line, p.field) for p in wizard.problems_model.rows()] == [
        (6, "codice_fiscale"),
        (7, "codice_fiscale"),
    ]
    index = wizard.problems_model.index(1, wizard.problems_model.COL_REASON)
    assert "manca" in index.data()
    assert wizard.next_button.text() == "&Importa 3 persone"
    assert wizard.next_button.isEnabled()

    # A field chosen for two columns is named, and nothing can be imported until one is left.
    wizard.choose_field(4, "last_name")
    assert wizard.combos[1].currentData() == "last_name"
    assert wizard.mapping_error.isVisible()
    assert wizard.mapping_error.text() == (
        "«Cognome» è scelto per più colonne («Cognome», «Annotazioni»): lasciatene una."
    )
    assert counts(wizard) == ("–", "–", "–", "–")
    assert not wizard.next_button.isEnabled()
    wizard.choose_field(4, None)
    assert not wizard.mapping_error.isVisible()
    assert counts(wizard) == ("6", "3", "1", "2")

    wizard.desk_combo.setCurrentIndex(wizard.desk_combo.findData("CR01"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page() == RESULT_PAGE
    assert (
        wizard.result_imported.value.text(),
        wizard.result_existing.value.text(),
        wizard.result_rejected.value.text(),
    ) == ("3", "1", "2")
    assert "Sono state importate 3 persone da iscritti.csv (6 righe)" in wizard.result_text.text()
    assert "Sportello Lavoro Cremona" in wizard.result_text.text()
    assert wizard.save_button.isVisible()
    assert wizard.close_button.text() == "&Chiudi"

    # The registry has reloaded behind the dialog.
    assert section.model.total() == 11
    assert count(seeded) == 11
    qtbot.mouseClick(wizard.close_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    section.search.setText("galli")
    section.run_search()
    row = section.model.row_at(0)
    assert row is not None and (row.last_name, row.first_name) == ("Galli", "Chiara")
    assert row.desk_code == "CR01"
    assert row.phone == "+393331234567"


def test_an_xlsx_file_with_every_column_recognised(
    make_window, seeded: Seeded, qtbot, answer_file: list[Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["cf", "cognome", "nome", "data di nascita", "sesso"])
    for last, first, sex, born in PEOPLE:
        sheet.append([cf(last, first, sex, born), last, first, born, sex])
    path = tmp_path / "persone.xlsx"
    book.save(path)

    section = registry(make_window(seeded.db))
    wizard = open_wizard(section, qtbot)
    pick(wizard, qtbot, answer_file, path)
    assert wizard.current_page() == PREVIEW_PAGE
    assert "foglio Excel" in wizard.file_summary.text()
    assert not wizard.mapping_error.isVisible()
    assert counts(wizard) == ("3", "3", "0", "0")
    assert "Nessuna riga scartata" in wizard.problems_hint.text()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page() == RESULT_PAGE
    assert not wizard.save_button.isVisible()  # nothing was rejected
    assert count(seeded, "last_name = 'Fontana' AND birth_date = '2000-10-30'") == 1
    assert section.model.total() == 11

    # The same file again: everyone is already there, nothing to import.
    qtbot.mouseClick(wizard.close_button, Qt.MouseButton.LeftButton)
    wizard = open_wizard(section, qtbot)
    pick(wizard, qtbot, answer_file, path)
    assert counts(wizard) == ("3", "0", "3", "0")
    assert not wizard.next_button.isEnabled()
    assert wizard.next_button.text() == "Nessuna persona nuova da importare"


def test_the_wizard_with_the_keyboard(
    make_window,
    seeded: Seeded,
    qtbot,
    answer_file: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    """Alt+M opens it, Tab walks the columns, arrows choose a field (previewed where they
    stop), a stray Enter imports nothing, Alt+T goes back to the file."""
    window = make_window(seeded.db)
    wait_active(qtbot, window)
    section = registry(window)
    alt_click(qtbot, Qt.Key.Key_M)
    wizard = section._import_wizard
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    wait_active(qtbot, wizard)
    assert focused() is wizard.browse_button
    pick(wizard, qtbot, answer_file, registry_file(tmp_path, seeded))
    assert wizard.current_page() == PREVIEW_PAGE
    # The keyboard starts on the columns; Tab walks them in order.
    assert focused() is wizard.combos[0]
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is wizard.combos[1]
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is wizard.combos[2]
    import storage.services.importing as importing

    previews: list[object] = []
    original = importing.preview_import
    monkeypatch.setattr(
        importing, "preview_import", lambda *a, **k: previews.append(k) or original(*a, **k)
    )
    target = wizard.combos[2].findData("first_name")
    while wizard.combos[2].currentIndex() != target:
        press(qtbot, Qt.Key.Key_Down)  # passing over «Codice fiscale», «Cognome»: not previewed
    assert not wizard.next_button.isEnabled()  # until the preview, after a pause
    qtbot.waitUntil(lambda: wizard.next_button.isEnabled())
    assert len(previews) == 1
    assert wizard.next_button.text() == "&Importa 3 persone"
    assert counts(wizard) == ("6", "3", "1", "2")
    # A stray Enter (after the file dialog's) does not import.
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.current_page() == PREVIEW_PAGE
    assert count(seeded) == 8
    alt_click(qtbot, Qt.Key.Key_T)  # Indietro
    assert wizard.current_page() == FILE_PAGE
    assert wizard.path_edit.text().endswith("iscritti.csv")
    qtbot.mouseClick(wizard.close_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert count(seeded) == 8


# --------------------------------------------------------------------------- what goes wrong


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("relazione.pdf", b"%PDF-1.4 not a spreadsheet", "Formato «.pdf» non riconosciuto"),
        ("vuoto.csv", b"", "Il file è vuoto."),
        ("rotto.xlsx", b"PK not really a zip", "Non è un file Excel valido"),
    ],
)
def test_a_file_that_cannot_be_read_is_explained_and_nothing_is_written(
    make_window,
    seeded: Seeded,
    qtbot,
    answer_file: list[Path],
    tmp_path: Path,
    name: str,
    content: bytes,
    message: str,
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(content)
    section = registry(make_window(seeded.db))
    wizard = open_wizard(section, qtbot)
    pick(wizard, qtbot, answer_file, path)
    assert wizard.current_page() == FILE_PAGE
    assert wizard.file_error.isVisible()
    text = wizard.file_error.text()
    assert text.startswith("Questo file non si può importare.")
    assert message in text
    assert text.endswith("Non è stato scritto nulla.")
    assert count(seeded) == 8
    # A good file afterwards clears the message.
    pick(wizard, qtbot, answer_file, registry_file(tmp_path, seeded))
    assert wizard.current_page() == PREVIEW_PAGE
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert not wizard.file_error.isVisible()


def test_a_file_typed_by_hand_that_does_not_exist(
    make_window, seeded: Seeded, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    section = registry(make_window(seeded.db))
    wizard = open_wizard(section, qtbot)
    assert not wizard.next_button.isEnabled()
    wizard.path_edit.setText(str(tmp_path / "manca.csv"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page() == FILE_PAGE
    assert "non esiste" in wizard.file_error.text()


def test_a_header_only_file_has_nothing_to_import(
    make_window, seeded: Seeded, qtbot, answer_file: list[Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "intestazione.csv", [["codice_fiscale", "cognome", "nome"]])
    wizard = open_wizard(registry(make_window(seeded.db)), qtbot)
    pick(wizard, qtbot, answer_file, path)
    assert wizard.current_page() == PREVIEW_PAGE
    assert counts(wizard) == ("0", "0", "0", "0")
    assert "solo l'intestazione" in wizard.problems_hint.text()
    assert not wizard.next_button.isEnabled()


class CancellingPool:
    """Runs a task inline after the person has already pressed «Annulla» in its progress."""

    def start(self, runnable: QRunnable) -> None:
        runnable._handle.cancel()  # type: ignore[attr-defined]
        runnable.run()


def test_cancelling_the_import_writes_nothing(
    make_window, seeded: Seeded, qtbot, answer_file: list[Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first_names = ("Alba", "Bruna", "Carla", "Dora", "Elsa", "Flora")
    lines = [["codice_fiscale", "cognome", "nome", "sesso"]]
    for n in range(1200):  # progress is reported every 500 rows: the second report stops it
        first = first_names[n % len(first_names)]
        born = date(1970, 1, 1) + timedelta(days=n)
        lines.append([cf("Lombardi", first, "F", born), "Lombardi", first, "F"])
    path = write_csv(tmp_path / "tanti.csv", lines, delimiter=",")
    section = registry(make_window(seeded.db))
    wizard = open_wizard(section, qtbot)
    pick(wizard, qtbot, answer_file, path)
    assert counts(wizard) == (fmt_int(1200), fmt_int(1200), "0", "0")
    assert wizard.next_button.text() == f"&Importa {fmt_int(1200)} persone"

    wizard.ctx.pool = CancellingPool()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page() == PREVIEW_PAGE
    assert wizard.import_notice.isVisible()
    assert wizard.import_notice.text() == (
        "Importazione annullata: non è stato scritto nulla in anagrafica."
    )
    assert wizard._progress is None and wizard._task is None
    assert wizard.next_button.isEnabled()  # it can be tried again
    assert count(seeded) == 8
    assert section.model.total() == 8


def test_the_rejected_rows_are_saved_to_csv(
    make_window,
    seeded: Seeded,
    qtbot,
    answer_file: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "uscita" / "scartate.csv"
    target.parent.mkdir()
    proposed: list[str] = []

    def ask_save(_parent: Any, _title: str, name: str, _filter: str, on_chosen: Any) -> None:
        proposed.append(name)
        on_chosen(target)

    monkeypatch.setattr(files, "ask_save_path", ask_save)
    wizard = open_wizard(registry(make_window(seeded.db)), qtbot)
    pick(wizard, qtbot, answer_file, registry_file(tmp_path, seeded))
    wizard.choose_field(2, "first_name")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page() == RESULT_PAGE
    qtbot.mouseClick(wizard.save_button, Qt.MouseButton.LeftButton)
    assert proposed == ["iscritti-righe-scartate.csv"]
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "riga;campo;motivo"
    assert [line.split(";")[:2] for line in lines[1:]] == [
        ["6", "Codice fiscale"],
        ["7", "Codice fiscale"],
    ]
    assert wizard.save_status.isVisible()
    assert "Salvate 2 righe scartate in" in wizard.save_status.text()
    assert str(target) in wizard.save_status.text()
