"""The Documents section: produce a document by keyboard (preview, print, save), batches of
registered kinds, problems under their fields, and the export history."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.main_window import DOCUMENTS
from gui.sections import documents
from gui.sections.documents import (
    FIELD_MONTH,
    FIELD_PARTICIPANT,
    BatchSpec,
    DocumentKind,
    DocumentsSection,
    register_kind,
)
from models.enums import AuditAction, Role
from models.errors import ValidationError
from models.rows import Actor
from storage.printing.style import PageFrame, para, save_pdf, styles
from storage.services.admin import recent_audit
from tests.gui.keyboard import ALT, activate, press, type_keys


def preview_text(preview: object) -> str:
    """The text of what a preview shows: it holds the PDF in memory (its file is gone)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) non installato: testo del PDF non controllato")
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"],
        input=preview.data,  # type: ignore[attr-defined]
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) non installato: testo del PDF non controllato")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def exports(db: object) -> list[tuple[str, str]]:
    rows = recent_audit(db, Actor.system_admin(), actions={AuditAction.EXPORT})  # type: ignore[arg-type]
    return [(r.entity, r.summary) for r in rows]


def open_section(window) -> DocumentsSection:  # type: ignore[no-untyped-def]
    window.show_section(DOCUMENTS)
    section = window.stack.currentWidget()
    assert isinstance(section, DocumentsSection)
    return section


@pytest.fixture
def kinds(monkeypatch):  # type: ignore[no-untyped-def]
    """The registry as built in, restored after the test."""
    documents.document_kinds()
    monkeypatch.setattr(documents, "_KINDS", dict(documents._KINDS))


def test_agenda_preview_by_keyboard(qtbot, window, seeded, kinds) -> None:
    """Alt+O, Down, Enter: the desk's agenda of today in the preview, «pagina 1 di 1»."""
    section = open_section(window)
    activate(qtbot, window)
    assert section.kind_combo.currentText() == "Agenda del giorno"
    visible = [k for k, row in section.rows.items() if section.grid.isRowVisible(row)]
    assert visible == ["desk", "day"]
    assert not section.batch_button.isVisibleTo(section)
    assert [section.desk_combo.itemText(i) for i in range(section.desk_combo.count())] == [
        "Sportello Crema (CM01)",
        "Sportello Lavoro Cremona (CR01)",
    ]
    section.focus_main()
    press(qtbot, Qt.Key.Key_O, ALT)
    assert section.desk_combo.hasFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert section.desk_combo.currentData() == "CR01"
    press(qtbot, Qt.Key.Key_Return)
    preview = section.preview
    assert preview is not None and preview.isVisible()
    assert preview.windowTitle() == "Agenda del giorno"
    assert preview.page_text() == "pagina 1 di 1"
    assert preview.path.name == f"agenda-CR01-{date.today().isoformat()}.pdf"
    folder = preview.path.parent
    assert not folder.exists()  # removed as soon as the preview held the bytes
    text = preview_text(preview)
    assert "Rossi Mario" in text
    assert "Ferrari Nicolò" in text
    assert exports(seeded.db) == []  # looked at, not yet printed or saved
    activate(qtbot, preview)
    with qtbot.waitSignal(preview.finished):
        press(qtbot, Qt.Key.Key_Escape)
    assert not folder.exists()
    assert section.preview is None


def test_printing_from_the_preview_is_recorded(qtbot, window, seeded, kinds, tmp_path) -> None:
    """Printed from the preview: one export in the history, with desk, day and «via=print»."""
    from PySide6.QtPrintSupport import QPrinter

    section = open_section(window)
    section.desk_combo.setCurrentIndex(section.desk_combo.findData("CR01"))
    qtbot.mouseClick(section.preview_button, Qt.MouseButton.LeftButton)
    preview = section.preview
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "stampa.pdf"))
    assert preview.print_to(printer) == 1
    today = date.today().isoformat()
    assert exports(seeded.db) == [("agenda", f"desk=CR01 day={today} via=print")]
    assert section.model.rowCount() == 1
    assert section.model.index(0, section.model.COL_ENTITY).data() == "Agenda del giorno"
    assert section.model.index(0, section.model.COL_SUMMARY).data() == (
        f"desk=CR01 day={today} via=print"
    )
    assert section.count_label.text() == "1 documento esportato"
    preview.reject()


def test_save_writes_the_pdf_and_records_it(qtbot, window, seeded, kinds, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """«Salva…» asks where (a proposed name), writes there, records it, offers to open it."""
    from gui import files

    chosen = tmp_path / "agenda-di-oggi.pdf"
    asked = []

    def fake_ask(parent, title, proposed, name_filter, on_chosen):  # type: ignore[no-untyped-def]
        asked.append((title, proposed))
        on_chosen(chosen)

    monkeypatch.setattr(files, "ask_save_path", fake_ask)
    section = open_section(window)
    section.desk_combo.setCurrentIndex(section.desk_combo.findData("CR01"))
    section.day_edit.setDate(date.today())
    activate(qtbot, window)
    section.focus_main()
    press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: bool(asked))
    today = date.today().isoformat()
    assert asked == [("Salva Agenda del giorno in PDF", f"agenda-CR01-{today}.pdf")]
    assert "Rossi Mario" in pdf_text(chosen)
    assert exports(seeded.db) == [("agenda", f"desk=CR01 day={today} via=save")]
    assert section.status_label.text() == f"Agenda del giorno salvato in {chosen}."
    notice = section.notice
    assert isinstance(notice, QMessageBox)
    assert notice.informativeText() == str(chosen)
    notice.close()


def _fake_pdf(out: Path, text: str) -> int:
    return save_pdf(out, lambda: [para(text, styles()["body"])], PageFrame("Prova", "Prova", "X"))


def _fake_kind(calls: list[dict[str, object]]) -> DocumentKind:
    def render(db, actor, params, out):  # type: ignore[no-untyped-def]
        calls.append(dict(params))
        if params[FIELD_PARTICIPANT] == "SCONOSCIUTO":
            raise ValidationError(
                FIELD_PARTICIPANT, "nessun partecipante con questo codice.", label="Partecipante"
            )
        return _fake_pdf(out, f"Scheda di {params[FIELD_PARTICIPANT]}")

    return DocumentKind(
        id="scheda",
        label="Scheda di prova",
        fields=(FIELD_PARTICIPANT, FIELD_MONTH),
        render=render,
        file_name=lambda p: f"scheda-{p[FIELD_PARTICIPANT]}-{p[FIELD_MONTH]:%Y-%m}.pdf",
        audit_summary=lambda p: f"participant={p[FIELD_PARTICIPANT]} month={p[FIELD_MONTH]:%Y-%m}",
        hint="Una scheda per partecipante e mese.",
        batch=BatchSpec(
            label="T&utte le schede del mese…",
            items=lambda db, actor, p: [
                {FIELD_PARTICIPANT: code} for code in ("P-1", "P-2", "P-3")
            ],
            folder_name=lambda p: f"schede-{p[FIELD_MONTH]:%Y-%m}",
            fields=(FIELD_MONTH,),
            audit_summary=lambda p, n: f"batch month={p[FIELD_MONTH]:%Y-%m} files={n}",
        ),
    )


def test_registered_kind_shows_its_fields_and_errors_under_them(qtbot, window, seeded, kinds):  # type: ignore[no-untyped-def]
    """A registered kind: its fields only; empty or refused values are said under the field."""
    calls: list[dict[str, object]] = []
    register_kind(_fake_kind(calls))
    section = DocumentsSection(window.ctx)
    qtbot.addWidget(section)
    section.show()
    activate(qtbot, section)
    offered = [section.kind_combo.itemText(i) for i in range(section.kind_combo.count())]
    assert offered == [
        "Agenda del giorno",
        "Fascicolo del percorso",
        "Foglio ore mensile",
        "Registro presenze del corso",
        "Piano individuale (PIP/PAI)",
        "Scheda di presa in carico",
        "Informativa privacy e consensi",
        "Indicatori per il finanziatore",
        "Scheda di prova",
    ]
    section.focus_main()
    press(qtbot, Qt.Key.Key_End)
    assert section.kind_combo.currentData() == "scheda"
    visible = [k for k, row in section.rows.items() if section.grid.isRowVisible(row)]
    assert visible == ["participant", "month"]
    assert section.kind_hint.text() == "Una scheda per partecipante e mese."
    assert section.batch_button.isVisibleTo(section)
    assert section.batch_button.text() == "T&utte le schede del mese…"
    press(qtbot, Qt.Key.Key_Return)
    assert calls == []
    assert section.errors["participant"].text() == "Partecipante: è obbligatorio."
    assert section.participant_edit.hasFocus()
    type_keys(qtbot, "SCONOSCIUTO")
    press(qtbot, Qt.Key.Key_Return)
    assert section.errors["participant"].text() == (
        "Partecipante: nessun partecipante con questo codice."
    )
    assert section.errors["participant"].isVisibleTo(section)
    assert section.preview is None
    assert section.status_label.text() == "Documento non preparato."


def test_batch_of_a_registered_kind_writes_every_file(
    qtbot, window, seeded, kinds, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    """The batch button: a folder asked for, one file per item in it, one export recorded."""
    calls: list[dict[str, object]] = []
    register_kind(_fake_kind(calls))
    monkeypatch.setattr(
        documents, "ask_folder", lambda parent, title, chosen: chosen(str(tmp_path))
    )
    section = DocumentsSection(window.ctx)
    qtbot.addWidget(section)
    section.show()
    section.select_kind("scheda")
    section.month_edit.setDate(date(2026, 10, 9))
    activate(qtbot, section)
    section.focus_main()
    press(qtbot, Qt.Key.Key_U, ALT)
    folder = tmp_path / "schede-2026-10"
    qtbot.waitUntil(folder.exists)
    assert sorted(p.name for p in folder.iterdir()) == [
        "scheda-P-1-2026-10.pdf",
        "scheda-P-2-2026-10.pdf",
        "scheda-P-3-2026-10.pdf",
    ]
    assert [c[FIELD_PARTICIPANT] for c in calls] == ["P-1", "P-2", "P-3"]
    assert all(c[FIELD_MONTH] == date(2026, 10, 1) for c in calls)
    assert "Scheda di P-2" in pdf_text(folder / "scheda-P-2-2026-10.pdf")
    assert exports(seeded.db) == [("scheda", "batch month=2026-10 files=3")]
    assert section.status_label.text() == f"3 documenti salvati in {folder}."
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.text() == f"3 documenti salvati in {folder}."
    box.close()


def test_an_operator_makes_the_agenda_but_does_not_see_the_history(
    qtbot, make_window, seeded, kinds
):  # type: ignore[no-untyped-def]
    """An operator: the agenda is offered; the history says who may read it."""
    operator = Actor("l.bianchi", Role.OPERATOR, seeded.users["l.bianchi"].id, "Luca Bianchi")
    window = make_window(seeded.db, operator)
    section = open_section(window)
    assert section.kind_combo.itemText(0) == "Agenda del giorno"
    assert section.view.is_empty_shown()
    assert section.view.empty.text().startswith(
        "Lo storico dei documenti è visibile a coordinatori e amministratori."
    )
    qtbot.mouseClick(section.preview_button, Qt.MouseButton.LeftButton)
    assert section.preview is not None
    assert section.preview.page_text() == "pagina 1 di 1"
    section.preview.reject()


def test_empty_history_explains_what_will_appear(qtbot, window, kinds) -> None:
    """No export yet: the empty state says how to produce a document."""
    section = open_section(window)
    assert section.view.is_empty_shown()
    assert section.view.empty.text().startswith("Nessun documento è stato ancora esportato.")
    assert "«Anteprima» (Invio)" in section.view.empty.text()


def test_programme_and_period_fields(qtbot, window, seeded, kinds) -> None:  # type: ignore[no-untyped-def]
    """«Tutti i programmi» only for a kind that takes it; a period ending before it starts."""
    from gui.sections.documents import FIELD_DATE_FROM, FIELD_DATE_TO, FIELD_PROGRAMME
    from storage.services.admin import ProgrammeInput, create_programme

    create_programme(
        seeded.db,
        seeded.admin,
        ProgrammeInput("GOL-2026", "GOL Lombardia", "Regione", "2026-01-01"),
    )
    calls: list[dict[str, object]] = []

    def render(db, actor, params, out):  # type: ignore[no-untyped-def]
        calls.append(dict(params))
        return _fake_pdf(out, "Rapporto")

    for kind_id, optional in (("rapporto", (FIELD_PROGRAMME,)), ("elenco", ())):
        register_kind(
            DocumentKind(
                id=kind_id,
                label=kind_id.capitalize(),
                fields=(FIELD_PROGRAMME, FIELD_DATE_FROM, FIELD_DATE_TO),
                render=render,
                file_name=lambda p: "rapporto.pdf",
                audit_summary=lambda p: f"programme={p[FIELD_PROGRAMME] or 'all'}",
                optional=optional,
            )
        )
    section = DocumentsSection(window.ctx)
    qtbot.addWidget(section)
    section.show()
    section.select_kind("rapporto")
    combo = section.programme_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Tutti i programmi",
        "GOL Lombardia (GOL-2026)",
    ]
    section.from_edit.setDate(date(2026, 6, 30))
    section.to_edit.setDate(date(2026, 1, 1))
    section.preview_document()
    assert calls == []
    assert section.errors["date_to"].text() == "Al: il periodo finisce prima di cominciare."
    section.to_edit.setDate(date(2026, 12, 31))
    section.preview_document()
    assert calls == [
        {"programme": None, "date_from": date(2026, 6, 30), "date_to": date(2026, 12, 31)}
    ]
    section.preview.reject()
    section.select_kind("elenco")
    assert [combo.itemText(i) for i in range(combo.count())] == ["GOL Lombardia (GOL-2026)"]
    assert combo.currentData() == "GOL-2026"


def test_dossier_preview_and_a_monthly_batch(qtbot, window, seeded, kinds, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A participant's dossier in the preview; then every dossier of the month in one folder."""
    from storage.services.admin import ProgrammeInput, create_programme
    from storage.services.intake import PathwayInput, open_pathway

    create_programme(
        seeded.db, seeded.admin, ProgrammeInput("GOL", "GOL", "Regione", "01/01/2025", "31/12/2027")
    )
    for last in ("Rossi", "Ferrari"):
        open_pathway(
            seeded.db,
            seeded.admin,
            PathwayInput(
                seeded.participants[last].internal_code, "GOL", "g.verdi", date(2026, 2, 2)
            ),
        )
    section = open_section(window)
    section.kind_combo.setCurrentIndex(section.kind_combo.findData("dossier"))
    visible = [k for k, row in section.rows.items() if section.grid.isRowVisible(row)]
    assert set(visible) == {"participant", "redacted", "programme", "month"}  # with the batch's
    code = seeded.participants["Rossi"].internal_code
    section.participant_edit.setText(code)
    qtbot.mouseClick(section.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.preview is not None)
    preview = section.preview
    assert preview.page_text().startswith("pagina 1 di ")
    text = preview_text(preview)
    assert "Fascicolo" in text and code in text and "Rossi" in text
    preview.reject()

    values = {"programme": "GOL", "month": date(2026, 3, 1)}
    kind = documents._KINDS["dossier"]
    assert kind.batch is not None
    items = list(kind.batch.items(seeded.db, seeded.admin, values))
    assert {i["participant"] for i in items} == {code, seeded.participants["Ferrari"].internal_code}
    batch = section.start_batch(kind, values, items, tmp_path)
    qtbot.waitUntil(lambda: (tmp_path / "fascicoli-GOL-2026-03").is_dir(), timeout=20000)
    made = sorted(p.name for p in (tmp_path / "fascicoli-GOL-2026-03").iterdir())
    assert len(made) == 2 and all(name.startswith("fascicolo-P-") for name in made)
    assert ("dossier", "dossier batch month=2026-03 files=2") in exports(seeded.db)
    assert batch is not None


def test_sign_a_timesheet_then_a_coordinator_unlocks_it(qtbot, make_window, seeded, kinds) -> None:  # type: ignore[no-untyped-def]
    """Segna come firmato locks the month's hours; a tutor cannot unlock; a coordinator can,
    with a reason that stays in the register's history."""
    from storage.services.admin import ProgrammeInput, create_programme
    from storage.services.intake import PathwayInput, open_pathway
    from storage.services.tutoring import DeliveryInput, record_delivery

    db = seeded.db
    create_programme(
        db, seeded.admin, ProgrammeInput("GOL", "GOL", "Regione", "01/01/2025", "31/12/2027")
    )
    code = seeded.participants["Rossi"].internal_code
    pathway = open_pathway(db, seeded.admin, PathwayInput(code, "GOL", "g.verdi", date(2026, 2, 2)))
    record_delivery(
        db, seeded.admin, DeliveryInput(pathway.id, "orientation", "10/03/2026", minutes=90)
    )

    def locked() -> list[int]:
        return [int(r[0]) for r in db.read("SELECT locked FROM service_deliveries")]

    tutor = Actor("g.verdi", Role.TUTOR, seeded.users["g.verdi"].id, "Giovanna Verdi")
    window = make_window(db, tutor)
    section = open_section(window)
    section.kind_combo.setCurrentIndex(section.kind_combo.findData("timesheet"))
    assert section.sign_button.isVisibleTo(section) and not section.unlock_button.isEnabled()
    section.participant_edit.setText(code)
    section.month_edit.setDate(section.month_edit.date().fromString("2026-03-01", "yyyy-MM-dd"))
    qtbot.mouseClick(section.sign_button, Qt.MouseButton.LeftButton)
    assert section.status_label.text() == "Foglio ore firmato: 1 registrazione di ore ora bloccata."
    assert locked() == [1]
    qtbot.mouseClick(section.sign_button, Qt.MouseButton.LeftButton)  # twice: refused, said
    boxes = [b for b in section.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and "già firmato" in boxes[0].text()
    boxes[0].accept()

    coordinator = Actor("c.neri", Role.COORDINATOR, seeded.users["c.neri"].id, "Carla Neri")
    other = open_section(make_window(db, coordinator))
    other.kind_combo.setCurrentIndex(other.kind_combo.findData("timesheet"))
    other.participant_edit.setText(code)
    other.month_edit.setDate(other.month_edit.date().fromString("2026-03-01", "yyyy-MM-dd"))
    dialog = other.unlock_document()
    assert dialog is not None
    dialog.setTextValue("Ora di fine sbagliata")
    dialog.accept()
    assert locked() == [0]
    reasons = db.read("SELECT unlock_reason FROM signed_registers")
    assert [r[0] for r in reasons] == ["Ora di fine sbagliata"]
