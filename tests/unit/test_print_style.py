"""The shared look of documents: embedded fonts, accents and €, page X of Y, metadata, saving."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from models.errors import ValidationError
from storage.printing.style import (
    Letterhead,
    PageFrame,
    check_output,
    content_width,
    data_table,
    letterhead_block,
    para,
    save_pdf,
    signature_block,
    styles,
    toc_flowable,
)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def story() -> list[object]:
    st = styles()
    width = content_width()
    parts: list[object] = letterhead_block(
        Letterhead("Cooperativa Il Ponte", "Via Dante 1, Cremona", "P. IVA 00743110157"), width
    )
    parts += [para("Fascicolo di Nicolò Àlvarez", st["title"]), toc_flowable()]
    for n in range(1, 4):
        parts.append(para(f"Sezione {n}: perché l’indennità è di 500 €", st["h1"]))
        rows = [[f"riga {i}", "è già così", f"{i},50 €"] for i in range(60)]
        parts.append(data_table(rows, [60, 200, 80], header=["Voce", "Note", "Importo"]))
    parts.append(signature_block(["Il partecipante", "L’operatore"], width))
    return parts


@needs_poppler
def test_a_document_has_the_shared_look(tmp_path: Path) -> None:
    out = tmp_path / "doc.pdf"
    frame = PageFrame("Fascicolo", "Percorso individuale", "Cooperativa Il Ponte", "P-12AB34CD")
    pages = save_pdf(out, story, frame, toc=True)
    assert pages >= 4
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Nicolò Àlvarez" in text and "perché l’indennità è di 500 €" in text
    assert f"pagina 1 di {pages}" in text and f"pagina {pages} di {pages}" in text
    assert "Fascicolo · P-12AB34CD" in text
    assert "Sezione 3" in text.split("Sezione 1")[0] or text.count("Sezione 3") >= 2  # the TOC
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "Title:           Fascicolo" in info and "Author:          Cooperativa Il Ponte" in info
    assert "Subject:         Percorso individuale" in info and "A4" in info
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    listed = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert listed and all("DejaVuSans" in row[0] and row[-5] == "yes" for row in listed), fonts
    assert not list(tmp_path.glob(".*part"))


def test_reprint_in_the_footer(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    out = tmp_path / "r.pdf"
    frame = PageFrame("Registro", "Registro presenze", "Coop", reprint=2)
    save_pdf(out, lambda: [para("x", styles()["body"])], frame)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "RISTAMPA N. 2" in text


@pytest.mark.parametrize(
    ("name", "reason"),
    [("missing/x.pdf", "non esiste"), (".", "è una cartella"), ("x.txt", "deve finire con .pdf")],
)
def test_bad_outputs_are_refused_before_any_work(tmp_path: Path, name: str, reason: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_output(tmp_path / name)
    assert info.value.field == "out" and reason in info.value.reason
