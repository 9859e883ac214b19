"""The desk's daily agenda and the participant's reminder card, as printed PDF documents.

`agenda_document` and `reminder_card` gather plain data through portable SQL (`Database.read`),
`render_agenda_pdf` and `render_reminder_card` draw it with ReportLab, imported only when a
document is drawn so that start-up stays fast.

Participants' data is special-category data (art. 9 GDPR): the agenda carries what the desk needs
to receive people (name and internal code), never the codice fiscale, contact details or anything
about health; the card names only the person it is handed to.

Text is drawn with the documents' shared font (DejaVu Sans, embedded: storage/printing/style.py),
which covers Italian and the other European alphabets; a character outside it is printed without
its accent rather than as a blank box. Day and month names
come from a small table, not from the system locale, which may not be Italian.

Auditing the export is the caller's job (`log_event(..., AuditAction.EXPORT, ...)`), as for the
other exports: these functions only read.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from models.enums import AppointmentKind, AppointmentMode, AppointmentStatus
from models.errors import ValidationError
from models.labels import KIND_LABELS, MODE_LABELS, MONTHS, STATUS_LABELS, WEEKDAYS
from models.rows import Actor
from models.validation import display_phone
from storage.engine import Database, as_datetime
from storage.printing.style import FONT, FONT_BOLD, FONT_ITALIC, register_fonts
from storage.services.common import EVERYONE, require

# --------------------------------------------------------------------------- Italian words


# Appointments that no longer take place: greyed on the agenda, no room, no reminder card.
WITHDRAWN_STATUSES = frozenset(
    {
        AppointmentStatus.CANCELLED_PARTICIPANT,
        AppointmentStatus.CANCELLED_SERVICE,
        AppointmentStatus.RESCHEDULED,
    }
)
CARD_STATUSES = frozenset({AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED})

# What to bring, by kind: the same two documents first, then what that meeting works on.
_ALWAYS_BRING = (
    "Documento d’identità valido",
    "Tessera sanitaria (codice fiscale)",
)
_BRING_BY_KIND: dict[AppointmentKind, tuple[str, ...]] = {
    AppointmentKind.FIRST_CONTACT: (
        "Curriculum vitae, se c’è",
        "Lettera del servizio che vi ha mandati (Centro per l’impiego, servizi sociali), se c’è",
    ),
    AppointmentKind.INTAKE: (
        "DID – Dichiarazione di immediata disponibilità, se già fatta",
        "Patto di servizio del Centro per l’impiego, se c’è",
        "Curriculum vitae e titoli di studio",
        "Permesso di soggiorno (cittadini non UE)",
        "Iscrizione al collocamento mirato (L. 68/99), se c’è",
    ),
    AppointmentKind.ORIENTATION: (
        "Curriculum vitae, se c’è",
        "Titoli di studio e attestati dei corsi",
    ),
    AppointmentKind.SKILLS_ASSESSMENT: (
        "Curriculum vitae",
        "Titoli di studio, attestati e certificati dei corsi",
        "Contratti o referenze dei lavori precedenti, se ci sono",
    ),
    AppointmentKind.JOB_SEARCH: (
        "Curriculum vitae aggiornato (anche su chiavetta USB)",
        "Annunci di lavoro che vi interessano",
        "Elenco delle candidature già inviate",
        "Password della vostra e-mail e dei siti di lavoro",
    ),
    AppointmentKind.GROUP_WORKSHOP: (
        "Curriculum vitae, se c’è",
        "Penna e quaderno per gli appunti",
    ),
    AppointmentKind.INTERNSHIP_TUTORING: (
        "Registro presenze del tirocinio",
        "Progetto formativo del tirocinio",
    ),
    AppointmentKind.COMPANY_TUTORING: (
        "Registro presenze del tirocinio",
        "Progetto formativo del tirocinio",
    ),
    AppointmentKind.COMPANY_VISIT: ("Curriculum vitae aggiornato",),
    AppointmentKind.MONITORING: (
        "Documenti nuovi: contratti, buste paga, lettere ricevute",
        "Curriculum vitae aggiornato",
    ),
    AppointmentKind.CLOSURE: (
        "Contratto di lavoro o attestato di fine tirocinio, se ci sono",
        "Registro presenze, se siete in tirocinio",
    ),
}


def what_to_bring(kind: AppointmentKind) -> tuple[str, ...]:
    """The documents a participant should bring to an appointment of this kind."""
    return _ALWAYS_BRING + _BRING_BY_KIND.get(kind, ())


def italian_date(day: date) -> str:
    """«lunedì 23 novembre 2026»."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def italian_datetime(moment: datetime) -> str:
    """«martedì 24 novembre 2026 alle ore 10:30»."""
    return f"{italian_date(moment.date())} alle ore {moment:%H:%M}"


def italian_duration(minutes: int) -> str:
    """«30 minuti», «1 ora», «1 ora e 30 minuti», «2 ore»."""
    hours, rest = divmod(max(0, int(minutes)), 60)
    parts = []
    if hours:
        parts.append("1 ora" if hours == 1 else f"{hours} ore")
    if rest or not hours:
        parts.append("1 minuto" if rest == 1 else f"{rest} minuti")
    return " e ".join(parts)


def _place(address: str | None, municipality: str | None, province: str | None) -> str:
    town = (municipality or "").strip()
    if town and province:
        town = f"{town} ({province})"
    return ", ".join(part for part in ((address or "").strip(), town) if part)


# --------------------------------------------------------------------------- the agenda


@dataclass(frozen=True)
class AgendaEntry:
    """One appointment as a line of the printed agenda."""

    appointment_id: int
    start: datetime
    end: datetime
    participant_name: str  # «Rossi Mario», surname first as on a register
    participant_code: str  # internal, pseudonymous code (P-…)
    kind: AppointmentKind
    mode: AppointmentMode
    operator_name: str
    status: AppointmentStatus
    room: int | None  # 1..N for an in-person appointment that takes place; see assign_rooms
    note: str | None  # the desk's note, the cancellation reason, where a moved one went

    @property
    def withdrawn(self) -> bool:
        """Cancelled or moved: printed greyed, holds no room."""
        return self.status in WITHDRAWN_STATUSES

    @property
    def time_label(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, str(self.kind))

    @property
    def mode_label(self) -> str:
        return MODE_LABELS.get(self.mode, str(self.mode))

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, str(self.status))

    @property
    def room_label(self) -> str:
        if self.room is not None:
            return f"Stanza {self.room}"
        if self.mode is AppointmentMode.IN_PERSON and not self.withdrawn:
            return "da assegnare"
        return "–"


@dataclass(frozen=True)
class AgendaDocument:
    """Everything the printed agenda of one desk and one day shows."""

    desk_code: str
    desk_name: str
    municipality: str
    province: str | None
    address: str | None
    phone: str | None  # as stored (E.164)
    rooms: int
    day: date
    entries: tuple[AgendaEntry, ...]
    printed_by: str
    printed_at: datetime

    @property
    def date_label(self) -> str:
        return italian_date(self.day)

    @property
    def place_label(self) -> str:
        return _place(self.address, self.municipality, self.province)

    @property
    def phone_label(self) -> str:
        return display_phone(self.phone)


def assign_rooms(slots: Sequence[tuple[datetime, datetime] | None], rooms: int) -> list[int | None]:
    """Give each (start, end) slot, taken in order, the lowest-numbered room free at its start.

    `None` slots (not in person, or not taking place) get no room; a slot for which every room
    is busy gets `None` too ("da assegnare"), which the booking rules normally prevent. The
    slots must be sorted by start for the greedy choice to need no more rooms than the busiest
    moment of the day.
    """
    free_at: list[datetime | None] = [None] * max(1, int(rooms))
    assigned: list[int | None] = []
    for slot in slots:
        if slot is None:
            assigned.append(None)
            continue
        start, end = slot
        for index, busy_until in enumerate(free_at):
            if busy_until is None or busy_until <= start:
                free_at[index] = end
                assigned.append(index + 1)
                break
        else:
            assigned.append(None)
    return assigned


_DESK_SQL = """
SELECT id, code, name, municipality, province, address, phone, rooms
FROM desks WHERE code = :code
"""

_AGENDA_SQL = """
SELECT a.id, a.start, a.minutes, a.kind, a.mode, a.status, a.note, a.cancel_reason,
       p.last_name, p.first_name, p.internal_code, u.full_name,
       (SELECT MIN(n.start) FROM appointments n WHERE n.rescheduled_from_id = a.id)
FROM appointments a
JOIN participants p ON p.id = a.participant_id
JOIN users u ON u.id = a.operator_id
WHERE a.desk_id = :desk AND a.start >= :first AND a.start < :last
ORDER BY a.start, u.full_name, a.id
"""


def _desk_row(db: Database, desk_code: str) -> tuple[Any, ...]:
    wanted = (desk_code or "").strip().upper()
    if not wanted:
        raise ValidationError("desk", "indicate lo sportello.", label="Sportello")
    rows = db.read(_DESK_SQL, {"code": wanted})
    if not rows:
        raise ValidationError("desk", f"lo sportello «{wanted}» non esiste.", label="Sportello")
    return rows[0]


def _short_moment(moment: datetime) -> str:
    return f"{WEEKDAYS[moment.weekday()]} {moment:%d/%m/%Y} ore {moment:%H:%M}"


def agenda_document(db: Database, actor: Actor, desk_code: str, day: date) -> AgendaDocument:
    """The desk's appointments of one day, every status, ordered by time, ready to print.

    The schema has no room column: rooms are assigned here, greedily by start time (the
    appointment starting first takes «Stanza 1», the next one the lowest-numbered room free at
    its start, up to the desk's number of rooms). Only in-person appointments that still take
    place get a room; phone and video calls, cancelled and moved appointments do not. The
    numbering is a suggestion for the day's sheet, not a record.
    """
    require(actor, EVERYONE, "stampare l'agenda")
    if isinstance(day, datetime):
        day = day.date()
    if not isinstance(day, date):
        raise ValidationError("day", "data non valida.", label="Giorno")
    desk_id, code, name, municipality, province, address, phone, rooms = _desk_row(db, desk_code)
    first = datetime.combine(day, time.min)
    rows = db.read(
        _AGENDA_SQL, {"desk": int(desk_id), "first": first, "last": first + timedelta(days=1)}
    )
    listed = []
    for (
        appointment_id,
        start,
        minutes,
        kind,
        mode,
        status,
        note,
        reason,
        last_name,
        first_name,
        internal_code,
        operator_name,
        moved_to,
    ) in rows:
        begin = as_datetime(start)
        the_status = AppointmentStatus(status)
        notes = [str(note).strip()] if note and str(note).strip() else []
        if reason and the_status in WITHDRAWN_STATUSES:
            notes.append(f"Motivo: {str(reason).strip()}")
        if moved_to is not None:
            notes.append(f"Nuovo appuntamento: {_short_moment(as_datetime(moved_to))}")
        listed.append(
            AgendaEntry(
                appointment_id=int(appointment_id),
                start=begin,
                end=begin + timedelta(minutes=int(minutes)),
                participant_name=f"{last_name} {first_name}",
                participant_code=str(internal_code),
                kind=AppointmentKind(kind),
                mode=AppointmentMode(mode),
                operator_name=str(operator_name),
                status=the_status,
                room=None,
                note="\n".join(notes) or None,
            )
        )
    desk_rooms = int(rooms or 1)
    slots = [
        (e.start, e.end) if e.mode is AppointmentMode.IN_PERSON and not e.withdrawn else None
        for e in listed
    ]
    entries = tuple(
        replace(entry, room=room)
        for entry, room in zip(listed, assign_rooms(slots, desk_rooms), strict=True)
    )
    return AgendaDocument(
        desk_code=str(code),
        desk_name=str(name),
        municipality=str(municipality),
        province=province,
        address=address,
        phone=phone,
        rooms=desk_rooms,
        day=day,
        entries=entries,
        printed_by=actor.username,
        printed_at=datetime.now().replace(microsecond=0),
    )


# --------------------------------------------------------------------------- the reminder card


@dataclass(frozen=True)
class ReminderCard:
    """What the reminder card handed to the participant says."""

    appointment_id: int
    participant_name: str  # «Mario Rossi», as people are addressed
    start: datetime
    minutes: int
    kind: AppointmentKind
    mode: AppointmentMode
    desk_name: str
    desk_place: str  # address, municipality (province)
    desk_phone: str | None  # as stored (E.164)
    operator_name: str
    what_to_bring: tuple[str, ...]
    printed_by: str
    printed_at: datetime

    @property
    def when_label(self) -> str:
        return italian_datetime(self.start)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, str(self.kind))

    @property
    def phone_label(self) -> str:
        return display_phone(self.desk_phone)

    @property
    def cancel_label(self) -> str:
        if self.mode is AppointmentMode.PHONE:
            cannot = "Se a quell’ora non potete rispondere"
        elif self.mode is AppointmentMode.VIDEO:
            cannot = "Se a quell’ora non potete collegarvi"
        else:
            cannot = "Se non potete venire"
        if self.desk_phone:
            return f"{cannot}, avvisate lo sportello al numero {self.phone_label}."
        return f"{cannot}, avvisate lo sportello appena possibile."


_CARD_SQL = """
SELECT a.id, a.start, a.minutes, a.kind, a.mode, a.status,
       p.first_name, p.last_name, u.full_name,
       d.name, d.address, d.municipality, d.province, d.phone
FROM appointments a
JOIN participants p ON p.id = a.participant_id
JOIN users u ON u.id = a.operator_id
JOIN desks d ON d.id = a.desk_id
WHERE a.id = :id
"""


def reminder_card(db: Database, actor: Actor, appointment_id: int) -> ReminderCard:
    """The reminder card of a booked or confirmed appointment.

    A card for an appointment that was cancelled, moved, already held or missed would send the
    person to the wrong place or time: it is refused with a ValidationError on "appointment".
    """
    require(actor, EVERYONE, "stampare promemoria")
    if isinstance(appointment_id, bool) or not isinstance(appointment_id, int):
        raise ValidationError("appointment", "numero non valido.", label="Appuntamento")
    rows = db.read(_CARD_SQL, {"id": appointment_id})
    if not rows:
        raise ValidationError(
            "appointment", f"l'appuntamento n. {appointment_id} non esiste.", label="Appuntamento"
        )
    (
        the_id,
        start,
        minutes,
        kind,
        mode,
        status,
        first_name,
        last_name,
        operator_name,
        desk_name,
        address,
        municipality,
        province,
        phone,
    ) = rows[0]
    the_status = AppointmentStatus(status)
    if the_status not in CARD_STATUSES:
        raise ValidationError(
            "appointment",
            f"l'appuntamento n. {appointment_id} è «{STATUS_LABELS[the_status].lower()}»: "
            "il promemoria si stampa solo per appuntamenti prenotati o confermati.",
            label="Appuntamento",
        )
    the_kind = AppointmentKind(kind)
    return ReminderCard(
        appointment_id=int(the_id),
        participant_name=f"{first_name} {last_name}",
        start=as_datetime(start),
        minutes=int(minutes),
        kind=the_kind,
        mode=AppointmentMode(mode),
        desk_name=str(desk_name),
        desk_place=_place(address, municipality, province),
        desk_phone=phone,
        operator_name=str(operator_name),
        what_to_bring=what_to_bring(the_kind),
        printed_by=actor.username,
        printed_at=datetime.now().replace(microsecond=0),
    )


# --------------------------------------------------------------------------- drawing helpers


# Letters outside WinAnsi that Unicode does not decompose into a base letter and an accent.
_PLAIN_LETTERS = str.maketrans(
    {"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i"}
)


def pdf_text(text: str) -> str:
    """Text the documents' font (DejaVu Sans, embedded) can draw: its characters kept, others
    without accents ("?" when nothing is left), control characters dropped."""
    glyphs = _font_glyphs()
    out = []
    for char in text:
        if ord(char) in glyphs:
            out.append(char)
            continue
        if unicodedata.category(char).startswith("C"):
            continue
        base = "".join(
            c
            for c in unicodedata.normalize("NFKD", char.translate(_PLAIN_LETTERS))
            if not unicodedata.combining(c) and ord(c) in glyphs
        )
        out.append(base or "?")
    return "".join(out)


def _font_glyphs() -> set[int] | dict[int, int]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    face = pdfmetrics.getFont(FONT).face
    return face.charToGlyph  # type: ignore[no-any-return]


def _markup(text: str) -> str:
    """Plain text as Paragraph markup: safe characters, escaped <, > and &, line breaks kept."""
    return "<br/>".join(escape(pdf_text(line)) for line in text.splitlines() or [""])


def _write(out: Path, data: bytes) -> Path:
    """Write next to the target and rename, so a failed print never leaves half a file."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".part")
    partial.write_bytes(data)
    partial.replace(out)
    return out


def _build(
    make_story: Callable[[], list[Any]],
    decorate: Callable[[Any, Any, int], None] | None,
    **template: Any,
) -> tuple[bytes, int]:
    """Lay out the story on a SimpleDocTemplate; return the PDF and its number of pages.

    `decorate(canvas, doc, total_pages)` draws the running header and footer of every page;
    the total is known only after a first layout, so documents with "Pagina X di Y" are laid
    out twice (a fraction of a second for a day's agenda).
    """
    from io import BytesIO

    from reportlab.platypus import SimpleDocTemplate

    def lay_out(total: int) -> tuple[bytes, int]:
        buffer = BytesIO()
        pages = [0]

        def on_page(canvas: Any, doc: Any) -> None:
            pages[0] = canvas.getPageNumber()
            if decorate is not None:
                canvas.saveState()
                decorate(canvas, doc, total)
                canvas.restoreState()

        register_fonts()
        doc = SimpleDocTemplate(buffer, initialFontName=FONT, **template)
        doc.build(make_story(), onFirstPage=on_page, onLaterPages=on_page)
        return buffer.getvalue(), pages[0]

    data, pages = lay_out(0)
    if decorate is not None:
        data, pages = lay_out(pages)
    return data, pages


# --------------------------------------------------------------------------- agenda layout

_MM = 72 / 25.4
_GREY_TEXT = "#7A7A7A"
_RULE = "#9A9A9A"


def _agenda_summary(doc: AgendaDocument) -> str:
    """«5 appuntamenti: 3 in presenza, 1 al telefono, 1 annullato o spostato. Stanze: 2.»"""
    total = len(doc.entries)
    parts = []
    for mode, words in (
        (AppointmentMode.IN_PERSON, "in presenza"),
        (AppointmentMode.PHONE, "al telefono"),
        (AppointmentMode.VIDEO, "in video"),
    ):
        count = sum(1 for e in doc.entries if e.mode is mode and not e.withdrawn)
        if count:
            parts.append(f"{count} {words}")
    withdrawn = sum(1 for e in doc.entries if e.withdrawn)
    if withdrawn == 1:
        parts.append("1 annullato o spostato")
    elif withdrawn:
        parts.append(f"{withdrawn} annullati o spostati")
    head = "1 appuntamento" if total == 1 else f"{total} appuntamenti"
    return f"{head}: {', '.join(parts)}. Stanze dello sportello: {doc.rooms}."


def render_agenda_pdf(doc: AgendaDocument, out: Path) -> Path:
    """Write the day's agenda of one desk to `out` (landscape A4) and return the path.

    Every page repeats the desk, the date and the table's header row; the footer says who
    printed it and when, and «Pagina X di Y». Cancelled and moved appointments are greyed.
    """
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import LongTable, Paragraph, Spacer, TableStyle

    page_width, page_height = landscape(A4)
    margin = 12 * _MM
    header_height = 16 * _MM
    footer_height = 8 * _MM
    usable = page_width - 2 * margin

    base = ParagraphStyle("cell", fontName=FONT, fontSize=9.5, leading=11.5, alignment=TA_LEFT)
    bold = ParagraphStyle("cell-bold", parent=base, fontName=FONT_BOLD)
    small = ParagraphStyle("cell-small", parent=base, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=9.5)
    grey = ParagraphStyle("cell-grey", parent=base, textColor=colors.HexColor(_GREY_TEXT))
    grey_small = ParagraphStyle("cell-grey-small", parent=small, textColor=grey.textColor)
    grey_italic = ParagraphStyle("cell-grey-italic", parent=grey, fontName=FONT_ITALIC)
    summary_style = ParagraphStyle("summary", parent=base, fontSize=10, leading=13)
    empty_style = ParagraphStyle("empty", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18)

    columns = [
        ("Ora", 26 * _MM),
        ("Partecipante", 50 * _MM),
        ("Tipo", 47 * _MM),
        ("Modalità", 21 * _MM),
        ("Operatore", 37 * _MM),
        ("Stanza", 22 * _MM),
        ("Stato", 30 * _MM),
    ]
    widths = [w for _, w in columns]
    widths.append(usable - sum(widths))
    titles = [title for title, _ in columns] + ["Note"]

    def row_cells(entry: AgendaEntry) -> list[Any]:
        gone = entry.withdrawn
        text = grey if gone else base
        note = grey_small if gone else small
        who = f"{_markup(entry.participant_name)}<br/>"
        who += f'<font size="8.5">{_markup(entry.participant_code)}</font>'
        return [
            Paragraph(_markup(entry.time_label), grey if gone else bold),
            Paragraph(who, text),
            Paragraph(_markup(entry.kind_label), text),
            Paragraph(_markup(entry.mode_label), text),
            Paragraph(_markup(entry.operator_name), text),
            Paragraph(_markup(entry.room_label), text),
            Paragraph(_markup(entry.status_label), grey_italic if gone else text),
            Paragraph(_markup(entry.note or ""), note),
        ]

    def make_story() -> list[Any]:
        story: list[Any] = []
        if not doc.entries:
            story.append(Spacer(1, 6 * _MM))
            story.append(Paragraph("Nessun appuntamento per questo giorno.", empty_style))
            return story
        story.append(Paragraph(_markup(_agenda_summary(doc)), summary_style))
        story.append(Spacer(1, 3 * _MM))
        data = [[Paragraph(title, head) for title in titles]]
        data.extend(row_cells(entry) for entry in doc.entries)
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E4E4")),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#B5B5B5")),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4F4F4")]),
        ]
        style.insert(0, ("FONTNAME", (0, 0), (-1, -1), FONT))
        table = LongTable(data, colWidths=widths, repeatRows=1, style=TableStyle(style))
        story.append(table)
        return story

    def fit(text: str, font: str, size: float, room: float) -> tuple[str, float]:
        """Shrink a heading down to 10 pt to fit `room`, then cut it with an ellipsis."""
        while size > 10 and stringWidth(text, font, size) > room:
            size -= 0.5
        while len(text) > 1 and stringWidth(text, font, size) > room:
            text = text[:-2].rstrip() + "…"
        return text, size

    def decorate(canvas: Any, _doc: Any, total: int) -> None:
        top = page_height - margin
        left, right = margin, page_width - margin
        date_text = pdf_text(doc.date_label)
        date_size = 15.0
        date_width = stringWidth(date_text, FONT_BOLD, date_size)
        name, name_size = fit(
            pdf_text(doc.desk_name), FONT_BOLD, 15, usable - date_width - 12 * _MM
        )
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT_BOLD, name_size)
        canvas.drawString(left, top - 13, name)
        canvas.setFont(FONT_BOLD, date_size)
        canvas.drawRightString(right, top - 13, date_text)
        details = doc.place_label
        if doc.phone_label:
            details += (" – " if details else "") + f"Tel. {doc.phone_label}"
        details, details_size = fit(pdf_text(details), FONT, 9.5, usable * 0.7)
        canvas.setFont(FONT, details_size)
        canvas.drawString(left, top - 28, details)
        canvas.setFont(FONT, 9.5)
        canvas.drawRightString(right, top - 28, pdf_text(f"Agenda dello sportello {doc.desk_code}"))
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(1)
        canvas.line(left, top - 36, right, top - 36)
        # Footer: who printed it, a reminder that the sheet holds personal data, the page.
        bottom = margin - 2
        canvas.setStrokeColor(colors.HexColor(_RULE))
        canvas.setLineWidth(0.5)
        canvas.line(left, bottom + 11, right, bottom + 11)
        canvas.setFont(FONT, 8.5)
        printed = f"Stampato il {doc.printed_at:%d/%m/%Y} alle {doc.printed_at:%H:%M} da "
        canvas.drawString(left, bottom, pdf_text(printed + doc.printed_by))
        canvas.drawCentredString(
            page_width / 2,
            bottom,
            "Documento riservato: contiene dati personali. Non lasciatelo incustodito.",
        )
        page = canvas.getPageNumber()
        canvas.drawRightString(right, bottom, f"Pagina {page} di {max(total, page)}")

    data, _pages = _build(
        make_story,
        decorate,
        pagesize=(page_width, page_height),
        # The frame adds 6 pt of padding on each side: the margins leave room for it.
        leftMargin=margin - 6,
        rightMargin=margin - 6,
        topMargin=margin + header_height - 6,
        bottomMargin=margin + footer_height - 6,
        title=pdf_text(f"Agenda – {doc.desk_name} – {doc.day:%d/%m/%Y}"),
        author=pdf_text(doc.printed_by),
        subject="Agenda giornaliera dello sportello",
        creator="Sportello",
    )
    return _write(out, data)


# --------------------------------------------------------------------------- card layout

# Body sizes tried from the largest down until the card fits on one page.
_CARD_SIZES = (15.0, 14.0, 13.0, 12.0)


def render_reminder_card(card: ReminderCard, out: Path) -> Path:
    """Write the participant's reminder card to `out` (one A5 page, large type) and return it.

    Many participants have a disability or read with difficulty: the text is large, black on
    white, left-aligned, in short lines, with the date and time in words in a box. The largest
    body size from 15 pt down to 12 pt that keeps the card on one page is used.
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    margin = 12 * _MM
    usable = A5[0] - 2 * margin

    def make_story(size: float) -> list[Any]:
        body = ParagraphStyle(
            "body", fontName=FONT, fontSize=size, leading=size * 1.3, spaceBefore=size * 0.4
        )
        label = ParagraphStyle(
            "label", parent=body, fontName=FONT_BOLD, spaceBefore=size * 0.9, spaceAfter=2
        )
        title = ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=size + 8,
            leading=(size + 8) * 1.2,
            spaceBefore=0,
        )
        when = ParagraphStyle(
            "when",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=size + 3,
            leading=(size + 3) * 1.3,
            spaceBefore=0,
        )
        item = ParagraphStyle(
            "item",
            parent=body,
            leftIndent=size * 1.1,
            bulletIndent=0,
            bulletFontName=FONT,
            bulletFontSize=size,
            spaceBefore=size * 0.2,
        )
        small = ParagraphStyle(
            "small", parent=body, fontSize=10, leading=12, textColor=colors.HexColor("#333333")
        )
        desk = ParagraphStyle(
            "desk", parent=body, fontSize=size - 2, leading=(size - 2) * 1.3, spaceBefore=0
        )

        story: list[Any] = [
            Paragraph(_markup(card.desk_name), desk),
            Paragraph("Promemoria appuntamento", title),
            Paragraph(f"Per: <b>{_markup(card.participant_name)}</b>", body),
            Spacer(1, size * 0.6),
        ]
        in_box = [
            # Date and time on lines of their own, never broken in the middle of the time.
            [Paragraph(_markup(italian_date(card.start.date())), when)],
            [Paragraph(_markup(f"alle ore {card.start:%H:%M}"), when)],
            [Paragraph(_markup(f"Durata: circa {italian_duration(card.minutes)}"), body)],
        ]
        story.append(
            Table(
                in_box,
                colWidths=[usable],
                style=TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, -1), FONT),
                        ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F0F0F0")),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, 0), 7),
                        ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
                    ]
                ),
            )
        )
        if card.mode is AppointmentMode.IN_PERSON:
            where = f"<b>Dove:</b> {_markup(card.desk_name)}"
            if card.desk_place:
                where += "<br/>" + _markup(card.desk_place)
        elif card.mode is AppointmentMode.PHONE:
            where = "<b>Come:</b> al telefono. Vi chiamerà l’operatore al vostro numero."
        else:
            where = (
                "<b>Come:</b> in videochiamata. Lo sportello vi manderà il collegamento "
                "prima dell’appuntamento."
            )
        story.append(Spacer(1, size * 0.3))
        story.append(Paragraph(where, body))
        story.append(Paragraph(f"<b>Con:</b> {_markup(card.operator_name)}", body))
        story.append(Paragraph(f"<b>Tipo:</b> {_markup(card.kind_label)}", body))

        bring = (
            "Cosa portare"
            if card.mode is AppointmentMode.IN_PERSON
            else "Cosa tenere a portata di mano"
        )
        items = [Paragraph(bring, label)]
        items.extend(
            Paragraph(_markup(thing), item, bulletText="•") for thing in card.what_to_bring
        )
        story.append(KeepTogether(items))

        cancel = _markup(card.cancel_label)
        if card.desk_phone:
            # The number in bold and on one line: it is what the person will dial.
            number = _markup(card.phone_label)
            cancel = cancel.replace(number, "<b>" + number.replace(" ", "&nbsp;") + "</b>")
        story.append(Spacer(1, size * 0.9))
        story.append(
            Table(
                [[Paragraph(cancel, body)]],
                colWidths=[usable],
                style=TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, -1), FONT),
                        ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), size * 0.4),
                    ]
                ),
            )
        )
        story.append(
            Paragraph(
                _markup(
                    f"Appuntamento n. {card.appointment_id} – stampato il "
                    f"{card.printed_at:%d/%m/%Y}"
                ),
                small,
            )
        )
        return story

    # The frame adds 6 pt of padding on each side: the margins leave room for it.
    template = {
        "pagesize": A5,
        "leftMargin": margin - 6,
        "rightMargin": margin - 6,
        "topMargin": margin - 6,
        "bottomMargin": margin - 6,
        "title": "Promemoria appuntamento",
        "author": pdf_text(card.desk_name),
        "subject": pdf_text(f"Appuntamento del {card.start:%d/%m/%Y} alle {card.start:%H:%M}"),
        "creator": "Sportello",
    }
    data = b""
    for size in _CARD_SIZES:
        data, pages = _build(partial(make_story, size), None, **template)
        if pages == 1:
            break
    return _write(out, data)
