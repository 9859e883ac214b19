"""Printed agenda and reminder card: what the PDFs say, what they must never say, and how a busy
day spreads over pages.

The text is read back with `pdftotext` (poppler-utils); the checks that need it are skipped, with
the reason, where it is missing. The file signature and the page count are read from the PDF
itself and always checked.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from models.entities import Appointment
from models.enums import AppointmentKind, AppointmentMode, AppointmentStatus
from models.errors import ValidationError
from models.rows import Actor
from storage.demo import load_demo
from storage.engine import Database
from storage.printing import (
    agenda_document,
    italian_date,
    italian_datetime,
    reminder_card,
    render_agenda_pdf,
    render_reminder_card,
)
from storage.printing.agenda_pdf import (
    KIND_LABELS,
    STATUS_LABELS,
    assign_rooms,
    italian_duration,
    pdf_text,
    what_to_bring,
)
from storage.services.agenda import list_appointments

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 23)  # a Monday: the demo's appointments from here on are booked
EMPTY_DAY = date(2026, 11, 29)  # a Sunday: desks are closed, the demo books nothing
CROWDED_DAY = date(2026, 11, 22)  # another Sunday, filled by hand
CF_PATTERN = re.compile(
    r"\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\b"
)


@pytest.fixture
def demo(db: Database, admin: Actor) -> Database:
    load_demo(db, admin, participants=200, seed=2, today=TODAY)
    return db


# --------------------------------------------------------------------------- helpers


def page_count(path: Path) -> int:
    """Pages of a PDF, counted from its page objects (no PDF library involved)."""
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", path.read_bytes()))


def pdf_pages(path: Path, *, layout: bool = False) -> list[str]:
    """The text of each page, whitespace folded; skips the test when poppler is missing.

    With `layout` the text keeps the physical lines (a table row reads left to right); without
    it, each cell's text stays together (a wrapped name is not interleaved with its neighbours).
    """
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF text cannot be checked")
    options = ["-layout"] if layout else []
    out = subprocess.run(
        [tool, *options, "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [fold(page) for page in pages]


def fold(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def busiest_day(db: Database) -> tuple[str, date]:
    """The desk and day with the most appointments among those with a cancellation."""
    rows = db.read(
        """
        SELECT d.code, date(a.start) AS day, COUNT(*) AS n
        FROM appointments a JOIN desks d ON d.id = a.desk_id
        GROUP BY d.code, date(a.start)
        HAVING SUM(CASE WHEN a.status LIKE 'cancelled%' THEN 1 ELSE 0 END) > 0
        ORDER BY n DESC, d.code, day
        LIMIT 1
        """
    )
    code, day, _count = rows[0]
    return str(code), date.fromisoformat(str(day)[:10])


def codici_fiscali(db: Database) -> list[str]:
    return [str(r[0]) for r in db.read("SELECT codice_fiscale FROM participants") if r[0]]


def crowd(db: Database, desk_code: str, day: date, count: int) -> None:
    """Insert `count` appointments on one day directly: more than the booking rules allow, to
    test the layout, with every status, mode and kind, and a few notes."""
    desk_id = db.read("SELECT id FROM desks WHERE code = :c", {"c": desk_code})[0][0]
    operators = [r[0] for r in db.read("SELECT id FROM users ORDER BY id LIMIT 5")]
    people = [
        r[0] for r in db.read("SELECT id FROM participants ORDER BY id LIMIT :n", {"n": count})
    ]
    statuses, modes, kinds = list(AppointmentStatus), list(AppointmentMode), list(AppointmentKind)
    with db.transaction() as session:
        for index, person in enumerate(people):
            status = statuses[index % len(statuses)]
            session.add(
                Appointment(
                    desk_id=desk_id,
                    operator_id=operators[index % len(operators)],
                    participant_id=person,
                    kind=kinds[index % len(kinds)],
                    mode=modes[index % len(modes)],
                    status=status,
                    start=datetime.combine(day, time(8, 0)) + timedelta(minutes=10 * index),
                    minutes=45,
                    note="Portare l'attestato <HACCP> & il CV" if index % 7 == 0 else None,
                    cancel_reason="Malattia" if status.value.startswith("cancelled") else None,
                    created_by="test",
                    updated_by="test",
                )
            )


# --------------------------------------------------------------------------- pure helpers


def embedded_fonts_only(pdf: Path) -> bool:
    """Every font of the PDF is embedded DejaVu (pdffonts); True when pdffonts is missing."""
    if shutil.which("pdffonts") is None:
        return True
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    return bool(rows) and all("DejaVuSans" in r[0] and r[-5] == "yes" for r in rows)


def test_italian_dates_come_from_the_table_not_the_locale() -> None:
    """Dates and times are written in Italian words."""
    assert italian_date(date(2026, 11, 23)) == "lunedì 23 novembre 2026"
    assert italian_datetime(datetime(2026, 11, 24, 10, 30)) == (
        "martedì 24 novembre 2026 alle ore 10:30"
    )
    assert italian_date(date(2027, 1, 3)) == "domenica 3 gennaio 2027"
    assert [italian_duration(m) for m in (30, 60, 90, 120)] == [
        "30 minuti",
        "1 ora",
        "1 ora e 30 minuti",
        "2 ore",
    ]


def test_rooms_are_assigned_greedily_by_start() -> None:
    """The first free room by start; remote or cancelled slots get none; overflow is flagged."""

    def at(hour: int, minute: int) -> datetime:
        return datetime(2026, 11, 23, hour, minute)

    slots = [
        (at(9, 0), at(10, 0)),
        (at(9, 0), at(10, 0)),
        None,
        (at(9, 30), at(10, 30)),
        (at(10, 0), at(11, 0)),
        (at(10, 0), at(11, 0)),
    ]
    assert assign_rooms(slots, 2) == [1, 2, None, None, 1, 2]
    assert assign_rooms(slots, 3) == [1, 2, None, 3, 1, 2]


def test_text_outside_winansi_loses_only_its_accent() -> None:
    """Foreign names print legibly with the standard fonts; Italian text is untouched."""
    assert pdf_text("Ștefan Łukasz Dvořák") == "Ștefan Łukasz Dvořák"  # DejaVu has them
    assert pdf_text("a\x07b中") == "ab?"  # control characters dropped, no glyph: "?"
    assert pdf_text("perché l’attività – più") == "perché l’attività – più"


def test_what_to_bring_depends_on_the_kind() -> None:
    """Identity documents always; the DID for intake; the CV for job search."""
    for kind in AppointmentKind:
        assert what_to_bring(kind)[0] == "Documento d’identità valido"
    assert any(
        "Dichiarazione di immediata disponibilità" in t
        for t in what_to_bring(AppointmentKind.INTAKE)
    )
    assert any("Curriculum" in t for t in what_to_bring(AppointmentKind.JOB_SEARCH))


def test_importing_the_module_does_not_load_reportlab() -> None:
    """Start-up speed: ReportLab is loaded only when a document is drawn."""
    code = "import sys, storage.printing; sys.exit('reportlab' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


# --------------------------------------------------------------------------- the agenda


def test_agenda_document_lists_the_day_in_order_with_rooms(demo: Database, admin: Actor) -> None:
    """Every appointment of the desk and day, by time; rooms only where someone comes in."""
    code, day = busiest_day(demo)
    doc = agenda_document(demo, admin, code.lower(), day)
    expected = list_appointments(demo, admin, start=day, end=day, desk_code=code)
    assert [e.appointment_id for e in doc.entries] == [a.id for a in expected]
    assert [e.start for e in doc.entries] == sorted(e.start for e in doc.entries)
    assert any(e.withdrawn for e in doc.entries)
    for entry in doc.entries:
        if entry.room is not None:
            assert entry.mode is AppointmentMode.IN_PERSON and not entry.withdrawn
            assert 1 <= entry.room <= doc.rooms
    assert doc.desk_code == code and doc.printed_by == "admin"


def test_agenda_pdf_names_desk_date_and_every_participant(
    demo: Database, admin: Actor, tmp_path: Path
) -> None:
    """One page with the desk, the Italian date and each person (name and code), never a CF."""
    code, day = busiest_day(demo)
    doc = agenda_document(demo, admin, code, day)
    out = render_agenda_pdf(doc, tmp_path / "agenda" / "oggi.pdf")
    assert out == tmp_path / "agenda" / "oggi.pdf"
    assert out.read_bytes().startswith(b"%PDF-")
    assert page_count(out) == 1
    assert not list(out.parent.glob("*.part"))
    assert embedded_fonts_only(out)

    (text,) = pdf_pages(out)
    assert doc.desk_name in text
    assert italian_date(day) in text
    for title in ("Ora", "Partecipante", "Tipo", "Modalità", "Operatore", "Stanza", "Stato"):
        assert title in text
    for entry in doc.entries:
        assert entry.participant_name in text
        assert entry.participant_code in text
        assert entry.time_label in text  # the en dash survives the font encoding
        assert STATUS_LABELS[entry.status] in text
    assert "Pagina 1 di 1" in text
    assert "Stampato il" in text and "da admin" in text
    assert not CF_PATTERN.search(text)
    assert not [cf for cf in codici_fiscali(demo) if cf in text]


def test_unknown_desk_is_refused(demo: Database, admin: Actor) -> None:
    """An unknown or empty desk code is a ValidationError on «desk»."""
    for code in ("XYZ", " "):
        with pytest.raises(ValidationError) as caught:
            agenda_document(demo, admin, code, TODAY)
        assert caught.value.field == "desk"
        assert caught.value.label == "Sportello"


def test_empty_day_prints_the_empty_state(demo: Database, admin: Actor, tmp_path: Path) -> None:
    """A day without appointments still prints one page that says so."""
    code, _day = busiest_day(demo)
    doc = agenda_document(demo, admin, code, EMPTY_DAY)
    assert doc.entries == ()
    out = render_agenda_pdf(doc, tmp_path / "vuota.pdf")
    assert out.read_bytes().startswith(b"%PDF-")
    assert page_count(out) == 1
    (text,) = pdf_pages(out)
    assert "Nessun appuntamento per questo giorno." in text
    assert "domenica 29 novembre 2026" in text
    assert doc.desk_name in text


def test_crowded_day_spans_pages_with_the_header_repeated(
    demo: Database, admin: Actor, tmp_path: Path
) -> None:
    """Sixty appointments take several pages; each repeats desk, date and the table header."""
    code, _day = busiest_day(demo)
    crowd(demo, code, CROWDED_DAY, 60)
    doc = agenda_document(demo, admin, code, CROWDED_DAY)
    assert len(doc.entries) == 60
    # No room holds two in-person appointments at the same time.
    for a in doc.entries:
        for b in doc.entries:
            if a is not b and a.room is not None and a.room == b.room:
                assert a.end <= b.start or b.end <= a.start
    out = render_agenda_pdf(doc, tmp_path / "piena.pdf")
    pages = page_count(out)
    assert pages >= 3

    texts = pdf_pages(out)
    lines = pdf_pages(out, layout=True)
    assert len(texts) == len(lines) == pages
    for number, (text, line) in enumerate(zip(texts, lines, strict=True), start=1):
        assert doc.desk_name in text
        assert "domenica 22 novembre 2026" in text
        assert "Ora Partecipante Tipo Modalità Operatore Stanza Stato Note" in line
        assert f"Pagina {number} di {pages}" in text
    everything = " ".join(texts)
    for entry in doc.entries:
        assert entry.participant_name in everything
    assert "Portare l'attestato <HACCP> & il CV" in everything  # markup characters escaped
    assert "Motivo: Malattia" in everything
    assert not [cf for cf in codici_fiscali(demo) if cf in everything]


# --------------------------------------------------------------------------- the reminder card


def _booked(db: Database, mode: AppointmentMode) -> int:
    """The first booked appointment in this mode (the demo books from TODAY on)."""
    rows = db.read(
        "SELECT id FROM appointments WHERE status = 'booked' AND mode = :m ORDER BY start, id",
        {"m": mode.value},
    )
    assert rows, f"the demo has no booked {mode.value} appointment"
    return int(rows[0][0])


def test_reminder_card_says_when_where_and_what_to_bring(
    demo: Database, admin: Actor, tmp_path: Path
) -> None:
    """One A5 page: date and time in words, desk, phone, operator, kind, documents, no CF."""
    appointment_id = _booked(demo, AppointmentMode.IN_PERSON)
    card = reminder_card(demo, admin, appointment_id)
    row = list_appointments(demo, admin, start=card.start.date(), end=card.start.date())
    (appointment,) = [a for a in row if a.id == appointment_id]
    assert card.operator_name == appointment.operator_name
    out = render_reminder_card(card, tmp_path / "promemoria.pdf")
    assert out.read_bytes().startswith(b"%PDF-")
    assert page_count(out) == 1
    assert embedded_fonts_only(out)

    (text,) = pdf_pages(out)
    assert "Promemoria appuntamento" in text
    assert italian_datetime(card.start) in text
    assert card.desk_name in text
    assert card.desk_place and card.desk_place in text
    assert card.phone_label and card.phone_label in text
    assert f"Se non potete venire, avvisate lo sportello al numero {card.phone_label}." in text
    assert card.operator_name in text
    assert KIND_LABELS[card.kind] in text
    assert "Documento d’identità valido" in text  # the typographic apostrophe survives
    for thing in card.what_to_bring:
        assert thing in text
    assert not CF_PATTERN.search(text)
    assert appointment.participant_cf and appointment.participant_cf not in text


def test_reminder_card_for_a_phone_call(demo: Database, admin: Actor, tmp_path: Path) -> None:
    """A phone appointment says who calls and how to warn the desk, not where to go."""
    card = reminder_card(demo, admin, _booked(demo, AppointmentMode.PHONE))
    (text,) = pdf_pages(render_reminder_card(card, tmp_path / "telefono.pdf"))
    assert "Vi chiamerà l’operatore" in text
    assert "Cosa tenere a portata di mano" in text
    assert "Se a quell’ora non potete rispondere" in text


def test_reminder_card_refuses_unknown_and_cancelled(demo: Database, admin: Actor) -> None:
    """No card for an appointment that does not exist or will not take place."""
    with pytest.raises(ValidationError) as caught:
        reminder_card(demo, admin, 999_999)
    assert caught.value.field == "appointment"
    cancelled = demo.read(
        "SELECT id FROM appointments WHERE status LIKE 'cancelled%' ORDER BY id LIMIT 1"
    )[0][0]
    with pytest.raises(ValidationError) as caught:
        reminder_card(demo, admin, int(cancelled))
    assert caught.value.field == "appointment"
    assert "annullato" in caught.value.reason
