"""The PDF preview: page counter and navigation by keyboard, zoom, printing, «Salva come…»."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.pdf_preview import PdfPreviewDialog, show_pdf, unavailable_box
from storage.printing.style import PageFrame, para, save_pdf, styles
from tests.gui.keyboard import CTRL, activate, press


@pytest.fixture
def sample_pdf(tmp_path: Path) -> Path:
    """A three-page PDF in the documents' shared style."""
    out = tmp_path / "prova.pdf"

    def story() -> list[object]:
        body = styles()["body"]
        return [para(f"Riga {n}: perché la città è più vicina", body) for n in range(150)]

    pages = save_pdf(out, story, PageFrame("Prova", "Documento di prova", "Cooperativa"))
    assert pages == 3
    return out


def make(qtbot, path: Path) -> PdfPreviewDialog:  # type: ignore[no-untyped-def]
    dialog = PdfPreviewDialog(path, "Documento di prova")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    return dialog


def test_preview_shows_the_page_counter_and_pages_by_keyboard(qtbot, sample_pdf: Path) -> None:
    """«pagina 1 di 3» at first; PgDn, End, PgUp and Home move through the pages."""
    dialog = make(qtbot, sample_pdf)
    assert dialog.page_count() == 3
    assert dialog.page_text() == "pagina 1 di 3"
    assert not dialog.previous_button.isEnabled()
    dialog.view.setFocus()
    press(qtbot, Qt.Key.Key_PageDown)
    assert dialog.page_text() == "pagina 2 di 3"
    press(qtbot, Qt.Key.Key_End)
    assert dialog.page_text() == "pagina 3 di 3"
    assert not dialog.next_button.isEnabled()
    press(qtbot, Qt.Key.Key_PageUp)
    assert dialog.page_text() == "pagina 2 di 3"
    press(qtbot, Qt.Key.Key_Home)
    assert dialog.page_text() == "pagina 1 di 3"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page_text() == "pagina 2 di 3"


def test_zoom_by_keyboard_and_fit_width(qtbot, sample_pdf: Path) -> None:
    """Ctrl+plus enlarges, Ctrl+minus reduces, Ctrl+0 fits the width again."""
    dialog = make(qtbot, sample_pdf)
    fitted = dialog._fitted_factor()
    assert dialog.zoom_percent() == round(fitted * 100)
    dialog.view.setFocus()
    press(qtbot, Qt.Key.Key_Plus, CTRL)
    assert dialog.view.zoomFactor() == pytest.approx(fitted * 1.25)
    assert dialog.zoom_label.text() == f"{round(fitted * 125)}%"
    press(qtbot, Qt.Key.Key_Minus, CTRL)
    press(qtbot, Qt.Key.Key_Minus, CTRL)
    assert dialog.view.zoomFactor() == pytest.approx(fitted / 1.25)
    press(qtbot, Qt.Key.Key_0, CTRL)
    assert dialog.zoom_percent() == round(fitted * 100)
    assert dialog.zoom_label.text() == f"{round(fitted * 100)}%"


def test_escape_closes(qtbot, sample_pdf: Path) -> None:
    """Esc closes the preview."""
    dialog = make(qtbot, sample_pdf)
    with qtbot.waitSignal(dialog.finished):
        press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_print_draws_every_page_on_the_printer(qtbot, sample_pdf: Path, tmp_path: Path) -> None:
    """Printing to a PDF printer gives a document with the same three pages."""
    from PySide6.QtPrintSupport import QPrinter

    dialog = make(qtbot, sample_pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "stampato.pdf"))
    with qtbot.waitSignal(dialog.printed):
        assert dialog.print_to(printer) == 3
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) non installato: pagine stampate non contate")
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "stampato.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert "Pages:           3" in info


def test_print_a_page_range(qtbot, sample_pdf: Path, tmp_path: Path) -> None:
    """A range chosen in the print dialog prints those pages only."""
    from PySide6.QtPrintSupport import QPrinter

    dialog = make(qtbot, sample_pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "pagine.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert dialog.print_to(printer) == 2


def test_save_as_copies_the_file(qtbot, sample_pdf: Path, tmp_path: Path, monkeypatch) -> None:
    """«Salva come…» copies the PDF where chosen, says so and emits `saved`."""
    from gui import files

    target = tmp_path / "copie" / "mio-documento"
    target.parent.mkdir()
    asked = []

    def fake_ask(parent, title, proposed, name_filter, on_chosen):  # type: ignore[no-untyped-def]
        asked.append((title, proposed, name_filter))
        on_chosen(target)

    monkeypatch.setattr(files, "ask_save_path", fake_ask)
    dialog = make(qtbot, sample_pdf)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    copy = target.with_name("mio-documento.pdf")
    assert asked == [("Salva Documento di prova in PDF", "prova.pdf", "Documenti PDF (*.pdf)")]
    assert saved.args == [str(copy)]
    assert copy.read_bytes() == sample_pdf.read_bytes()
    assert [p.name for p in copy.parent.iterdir()] == ["mio-documento.pdf"]
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.text() == f"Il documento è salvato in {copy}."
    box.close()


def test_save_into_a_missing_folder_says_why(qtbot, sample_pdf: Path, tmp_path: Path) -> None:
    """A folder that does not exist: a warning, no `saved`, nothing written."""
    dialog = make(qtbot, sample_pdf)
    with qtbot.assertNotEmitted(dialog.saved):
        assert not dialog.copy_to(tmp_path / "non-esiste" / "x.pdf")
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "PDF non salvato"
    box.close()
    assert not (tmp_path / "non-esiste").exists()


def test_without_qtpdf_the_message_offers_to_open(qtbot, sample_pdf: Path, monkeypatch) -> None:
    """Without QtPdf: «Anteprima non disponibile: il PDF è stato salvato in …» and «Apri»."""
    from PySide6.QtGui import QDesktopServices

    import gui.pdf_preview as preview

    opened = []
    monkeypatch.setattr(preview, "QPdfDocument", None)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    box = show_pdf(sample_pdf, "Documento di prova")
    assert isinstance(box, QMessageBox)
    qtbot.addWidget(box)
    assert box.text() == f"Anteprima non disponibile: il PDF è stato salvato in {sample_pdf}."
    open_button = next(b for b in box.buttons() if b.text() == "&Apri")
    open_button.click()
    assert [u.toLocalFile() for u in opened] == [str(sample_pdf)]


def test_fallback_box_is_closed_by_escape(qtbot, sample_pdf: Path) -> None:
    """The fallback message closes with Esc, opening nothing."""
    box = unavailable_box(sample_pdf, "Documento di prova")
    qtbot.addWidget(box)
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, Qt.Key.Key_Escape)


def test_the_preview_needs_no_file_once_open(qtbot, sample_pdf: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The drawn document is held in memory: the temporary file can go at once (no personal
    data left in a temporary folder), and «Salva come…» still writes the same bytes."""
    original = sample_pdf.read_bytes()
    dialog = make(qtbot, sample_pdf)
    pages = dialog.page_count()
    sample_pdf.unlink()
    assert pages > 0 and dialog.page_count() == pages
    target = tmp_path / "copia.pdf"
    assert dialog.copy_to(target)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    box.close()
    assert target.read_bytes() == original
