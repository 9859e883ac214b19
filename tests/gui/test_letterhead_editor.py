"""The letterhead dialog: Enter saves through `set_letterhead`; problems appear under fields."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from gui.context import AppContext
from gui.letterhead_editor import LetterheadDialog
from gui.workers import SynchronousPool
from models.rows import Actor
from storage.printing.style import Letterhead
from storage.services.admin import get_letterhead, set_letterhead
from tests.gui.keyboard import ALT, activate, press, retype, type_keys


@pytest.fixture
def logo(tmp_path: Path) -> Path:
    path = tmp_path / "logo.png"
    image = QImage(240, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d4ed8"))
    assert image.save(str(path))
    return path


def make(qtbot, db) -> LetterheadDialog:  # type: ignore[no-untyped-def]
    dialog = LetterheadDialog(AppContext(db, Actor.system_admin(), SynchronousPool()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    return dialog


def test_typing_and_enter_saves_the_letterhead(qtbot, empty_db, logo: Path) -> None:
    """Every field typed from the keyboard; Enter saves them, the logo is shown in small."""
    dialog = make(qtbot, empty_db)
    assert dialog.logo_preview.text() == "nessun logo"
    type_keys(qtbot, "Cooperativa Sociale Aurora")
    press(qtbot, Qt.Key.Key_I, ALT)
    type_keys(qtbot, "Via Giuseppe Verdi 12, 26100 Cremona")
    press(qtbot, Qt.Key.Key_D, ALT)
    type_keys(qtbot, "P. IVA 01234567890")
    press(qtbot, Qt.Key.Key_T, ALT)
    type_keys(qtbot, "0372 123456")
    press(qtbot, Qt.Key.Key_E, ALT)
    type_keys(qtbot, "info@aurora.example")
    press(qtbot, Qt.Key.Key_L, ALT)
    type_keys(qtbot, str(logo))
    assert dialog.logo_preview.pixmap() is not None
    assert not dialog.logo_preview.pixmap().isNull()
    assert dialog.logo_preview.pixmap().width() == 104  # 240 × 80 in a 104 × 80 box
    with qtbot.waitSignal(dialog.letterhead_saved) as saved:
        press(qtbot, Qt.Key.Key_Return)
    expected = Letterhead(
        name="Cooperativa Sociale Aurora",
        address="Via Giuseppe Verdi 12, 26100 Cremona",
        details="P. IVA 01234567890",
        phone="0372 123456",
        email="info@aurora.example",
        logo=str(logo.resolve()),
    )
    assert saved.args == [Letterhead(**{**expected.__dict__, "logo": str(logo)})]
    assert get_letterhead(empty_db, Actor.system_admin()) == expected
    assert not dialog.isVisible()


def test_the_dialog_opens_with_what_was_saved(qtbot, empty_db, logo: Path) -> None:
    """The saved letterhead fills the fields; nothing changed means no question on Esc."""
    admin = Actor.system_admin()
    set_letterhead(empty_db, admin, Letterhead(name="Coop Alfa", phone="02 1234", logo=str(logo)))
    dialog = make(qtbot, empty_db)
    assert dialog.name_edit.text() == "Coop Alfa"
    assert dialog.phone_edit.text() == "02 1234"
    assert dialog.logo_edit.text() == str(logo.resolve())
    assert not dialog.has_unsaved_changes()
    with qtbot.waitSignal(dialog.finished):
        press(qtbot, Qt.Key.Key_Escape)


def test_a_bad_logo_is_shown_under_the_field(qtbot, empty_db, tmp_path: Path) -> None:
    """A file that is not an image: the error under «Logo», the cursor there, nothing saved."""
    fake = tmp_path / "logo.png"
    fake.write_text("non sono un'immagine", encoding="utf-8")
    dialog = make(qtbot, empty_db)
    type_keys(qtbot, "Coop Beta")
    press(qtbot, Qt.Key.Key_L, ALT)
    type_keys(qtbot, str(fake))
    assert dialog.logo_preview.text() == "immagine non leggibile"
    with qtbot.assertNotEmitted(dialog.letterhead_saved):
        press(qtbot, Qt.Key.Key_Return)
    error = dialog.errors["logo"]
    assert error.isVisible()
    assert error.text() == f"Logo: «{fake}» non è un'immagine PNG o JPEG leggibile."
    assert dialog.logo_edit.hasFocus()
    assert get_letterhead(empty_db, Actor.system_admin()) == Letterhead()
    assert dialog.isVisible()


def test_a_missing_logo_and_no_name_are_refused_by_the_service(qtbot, empty_db, tmp_path) -> None:
    """A logo path that does not exist is the service's refusal, shown under «Logo»."""
    dialog = make(qtbot, empty_db)
    type_keys(qtbot, "Coop Gamma")
    press(qtbot, Qt.Key.Key_L, ALT)
    missing = tmp_path / "manca.jpg"
    type_keys(qtbot, str(missing))
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.errors["logo"].text() == (
        f"Logo: «{missing}» non è un'immagine PNG o JPEG leggibile."
    )
    # No name: said under «Nome», with the cursor there; the email checked at the same time.
    press(qtbot, Qt.Key.Key_N, ALT)
    retype(qtbot, " ")
    press(qtbot, Qt.Key.Key_E, ALT)
    type_keys(qtbot, "non-una-mail")
    dialog.save()
    assert dialog.errors["name"].text() == "Nome: è obbligatorio."
    assert dialog.errors["email"].text() == "Email: «non-una-mail» non è un indirizzo valido."
    assert dialog.name_edit.hasFocus()
    assert get_letterhead(empty_db, Actor.system_admin()) == Letterhead()


def test_choose_opens_a_file_dialog_on_images(qtbot, empty_db, logo: Path, monkeypatch) -> None:
    """«Scegli…» (Alt+G) opens a file dialog on PNG/JPEG; choosing a file fills the field."""
    from PySide6.QtCore import QObject, Signal

    from gui import files

    class FakeDialog(QObject):
        """Stands for Qt's file dialog, whose real one is not opened in tests."""

        fileSelected = Signal(str)
        finished = Signal(int)

        def __init__(self, title: str) -> None:
            super().__init__()
            self.title = title
            self.filters: list[str] = []
            self.opened = False

        def setAcceptMode(self, _mode: object) -> None:
            pass

        def setFileMode(self, _mode: object) -> None:
            pass

        def setNameFilter(self, text: str) -> None:
            self.filters.append(text)

        def open(self) -> None:
            self.opened = True

    made: list[FakeDialog] = []

    def fake_file_dialog(parent, title, folder, accept, reject):  # type: ignore[no-untyped-def]
        made.append(FakeDialog(title))
        return made[-1]

    monkeypatch.setattr(files, "file_dialog", fake_file_dialog)
    dialog = make(qtbot, empty_db)
    press(qtbot, Qt.Key.Key_G, ALT)
    qtbot.waitUntil(lambda: bool(made))  # a mnemonic clicks the button after a moment
    chooser = made[0]
    assert (chooser.title, chooser.filters, chooser.opened) == (
        "Scegli il logo",
        ["Immagini PNG o JPEG (*.png *.jpg *.jpeg)"],
        True,
    )
    chooser.fileSelected.emit(str(logo))
    chooser.finished.emit(1)
    assert dialog.logo_edit.text() == str(logo)
    assert dialog.logo_dialog is None
    assert not dialog.logo_preview.pixmap().isNull()


def test_administration_shows_and_edits_the_letterhead(qtbot, make_window, seeded) -> None:  # type: ignore[no-untyped-def]
    from gui.letterhead_editor import LetterheadDialog
    from gui.main_window import ADMIN

    window = make_window(seeded.db)
    section = window.show_section(ADMIN)
    section.tabs.setCurrentWidget(section.letterhead_page)
    assert "non è ancora impostata" in section.letterhead_summary.text()
    dialog = section.edit_letterhead()
    assert isinstance(dialog, LetterheadDialog)
    dialog.name_edit.setText("Cooperativa sociale Il Ponte")
    dialog.save()
    qtbot.waitUntil(lambda: section.letterhead_editor is None)
    assert section.letterhead_summary.text().startswith("Cooperativa sociale Il Ponte")


def test_administration_has_the_access_log_for_coordinators(qtbot, make_window, seeded) -> None:  # type: ignore[no-untyped-def]
    from gui.access_log_view import AccessLogView
    from gui.main_window import ADMIN

    window = make_window(seeded.db)
    section = window.show_section(ADMIN)
    titles = [section.tabs.tabText(i).replace("&", "") for i in range(section.tabs.count())]
    assert titles[-2:] == ["Registro accessi", "Riservatezza"]
    assert section.access_log_view is None
    section.tabs.setCurrentWidget(section.access_log_page)
    assert isinstance(section.access_log_view, AccessLogView)
