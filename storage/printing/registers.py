"""Monthly timesheets and course attendance registers as PDF documents, ready to sign.

The data comes from storage/services/registers.py; this module only draws it, with the shared
look (storage/printing/style.py: A4, DejaVu Sans embedded, letterhead, «pagina X di Y»).

- Timesheet: one page (or more) per programme and service of the month, each standing on its own
  when filed with that service's claim: the participant, programme, service and month; a row per
  delivery with date, start–end, hours, service, place and operator; the total; a declaration and
  signature lines for the participant and for every operator who delivered those hours. With more
  than one service a last page sums the month up.
- Attendance register: one page (or more) per course session: course, edition, day, times,
  place and operator; a row per enrolled person with presence, hours and a signature box; the
  operator's signature. Only names and internal codes are printed: everyone present signs the same
  sheet and sees the others' rows, so no codice fiscale. The edition's register prints every
  session of the calendar in date order, one after the other (a session still to come prints
  blank, to be filled in class).

Every print of a signed register is a reprint: `export_*` count it and log it in one transaction
with writing the file (storage.services.registers.count_prints), and the document says «Ristampa
n. K» under its title and in the footer. The file is written next to the target and renamed only
once the count is committed: a failed print leaves neither a file nor a counted reprint.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import Any

from models.enums import AttendanceStatus
from models.labels import ATTENDANCE_LABELS, DELIVERY_MODE_LABELS, MONTHS, SERVICE_LABELS, WEEKDAYS
from models.rows import Actor
from storage.engine import Database
from storage.printing.style import (
    MM,
    PageFrame,
    check_output,
    content_width,
    data_table,
    letterhead_block,
    para,
    render_pdf,
    save_pdf,
    signature_block,
    styles,
)
from storage.services.registers import (
    RegisterDocument,
    SignatureInfo,
    TimesheetDocument,
    TimesheetSection,
    count_prints,
    edition_register_documents,
    hours_text,
    session_register_document,
    timesheet_document,
    with_reprint,
)

TIMESHEET_HEADER = ("Data", "Orario", "Ore", "Servizio", "Luogo", "Operatore")
TIMESHEET_WIDTHS_MM = (24, 27, 15, 36, 32, 36)
REGISTER_HEADER = ("N.", "Partecipante", "Codice", "Presenza", "Ore", "Firma")
REGISTER_WIDTHS_MM = (9, 50, 27, 31, 12, 41)
DECLARATION = (
    "Il partecipante e l'operatore dichiarano che le attività elencate si sono svolte nei giorni "
    "e negli orari indicati."
)


def _long_date(day: date) -> str:
    """«martedì 3 marzo 2026»."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _times(start: time | None, end: time | None) -> str:
    if start is None or end is None:
        return "—"
    return f"{start:%H:%M}–{end:%H:%M}"


def _hours_words(minutes: int) -> str:
    """Exact, in words: «1 ora», «6 ore e 8 minuti», «45 minuti»."""
    hours, rest = divmod(max(0, int(minutes)), 60)
    parts = []
    if hours:
        parts.append("1 ora" if hours == 1 else f"{hours} ore")
    if rest or not hours:
        parts.append("1 minuto" if rest == 1 else f"{rest} minuti")
    return " e ".join(parts)


def _bold_right() -> Any:
    from reportlab.lib.enums import TA_RIGHT

    return replace_style(styles()["cell_bold"], alignment=TA_RIGHT)


def _facts(rows: Sequence[tuple[str, str]]) -> Any:
    """A two-column block of «label: value» lines under the title."""
    from reportlab.platypus import Table, TableStyle

    from storage.printing.style import FONT

    st = styles()
    width = content_width()
    table = Table(
        [[para(label, st["muted"]), para(value, st["body"])] for label, value in rows],
        colWidths=[32 * MM, width - 32 * MM],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _banner(kind: str, signed: SignatureInfo | None, reprint: int | None) -> list[Any]:
    """Under the title of a signed register: when it was signed, and the reprint number."""
    from reportlab.platypus import Spacer

    if signed is None:
        return []
    st = styles()
    said = f"{kind} firmato il {signed.signed_on:%d/%m/%Y} (segnato da {signed.signed_by_name})"
    if reprint:
        text = f"Ristampa n. {reprint} del {said}: riproduce il documento firmato."
        return [para(text, st["cell_bold"]), Spacer(1, 2 * MM)]
    return [para(said[0].upper() + said[1:] + ".", st["cell_bold"]), Spacer(1, 2 * MM)]


def _signers(names: Sequence[str], width: float) -> list[Any]:
    """Signature lines, at most three side by side."""
    blocks = []
    for n in range(0, len(names), 3):
        chunk = list(names[n : n + 3])
        blocks.append(
            signature_block(
                chunk, width * len(chunk) / 3 if len(names) > 3 else width, place_date=n == 0
            )
        )
    return blocks


# --------------------------------------------------------------------------- timesheet


def _section_story(
    doc: TimesheetDocument, section: TimesheetSection, reprint: int | None
) -> list[Any]:
    from reportlab.platypus import Spacer

    st = styles()
    width = content_width()
    parts: list[Any] = letterhead_block(doc.letterhead, width)
    parts.append(para(f"Foglio ore mensile – {doc.month_label}", st["title"]))
    parts += _banner("foglio ore", doc.signed, reprint)
    parts.append(
        _facts(
            [
                ("Partecipante", doc.name),
                ("Codice fiscale", doc.codice_fiscale or "—"),
                ("Codice interno", doc.participant_code),
                (
                    "Programma",
                    f"{section.programme_code} – {section.programme_name} ({section.funder})",
                ),
                ("Servizio", section.service_label),
                ("Mese", doc.month_label),
            ]
        )
    )
    parts.append(Spacer(1, 5 * MM))
    rows: list[list[Any]] = [
        [
            f"{line.day:%d/%m/%Y}",
            _times(line.start, line.end),
            line.hours,
            f"{SERVICE_LABELS[line.service_type]}\n{DELIVERY_MODE_LABELS[line.mode].lower()}",
            line.place or "—",
            line.operator_name or line.operator or "—",
        ]
        for line in section.lines
    ]
    count = len(section.lines)
    rows.append(
        [
            para("Totale", st["cell_bold"]),
            para(f"{count} {'incontro' if count == 1 else 'incontri'}", st["cell_bold"]),
            para(hours_text(section.minutes), _bold_right()),
            para(_hours_words(section.minutes), st["cell_bold"]),
            "",
            "",
        ]
    )
    parts.append(
        data_table(rows, [w * MM for w in TIMESHEET_WIDTHS_MM], header=TIMESHEET_HEADER, right=[2])
    )
    parts.append(Spacer(1, 4 * MM))
    parts.append(para(DECLARATION, st["small"]))
    operators = [f"Firma dell'operatore\n{name}" for name in section.operators] or [
        "Firma dell'operatore"
    ]
    parts += _signers([f"Firma del partecipante\n{doc.name}", *operators], width)
    return parts


def _summary_story(doc: TimesheetDocument) -> list[Any]:
    from reportlab.platypus import Spacer

    st = styles()
    width = content_width()
    parts: list[Any] = [para(f"Riepilogo di {doc.month_label}", st["h1"])]
    parts.append(para(f"{doc.name} · {doc.participant_code}", st["muted"]))
    parts.append(Spacer(1, 3 * MM))
    rows: list[list[Any]] = [
        [
            f"{s.programme_code} – {s.programme_name}",
            s.service_label,
            str(len(s.lines)),
            hours_text(s.minutes),
        ]
        for s in doc.sections
    ]
    rows.append(
        [
            para("Totale del mese", st["cell_bold"]),
            "",
            para(str(doc.deliveries), _bold_right()),
            para(hours_text(doc.minutes), _bold_right()),
        ]
    )
    parts.append(
        data_table(
            rows,
            [width - 110 * MM, 60 * MM, 22 * MM, 28 * MM],
            header=["Programma", "Servizio", "Incontri", "Ore"],
            right=[2, 3],
        )
    )
    parts.append(Spacer(1, 3 * MM))
    parts.append(para(f"Totale del mese: {_hours_words(doc.minutes)}.", st["body"]))
    return parts


def timesheet_story(doc: TimesheetDocument, reprint: int | None = None) -> list[Any]:
    """The timesheet's flowables (one standalone part per programme and service)."""
    from reportlab.platypus import PageBreak, Spacer

    st = styles()
    if not doc.sections:
        width = content_width()
        parts: list[Any] = letterhead_block(doc.letterhead, width)
        parts.append(para(f"Foglio ore mensile – {doc.month_label}", st["title"]))
        parts.append(
            _facts(
                [
                    ("Partecipante", doc.name),
                    ("Codice fiscale", doc.codice_fiscale or "—"),
                    ("Codice interno", doc.participant_code),
                    ("Servizio", doc.scope_label),
                    ("Mese", doc.month_label),
                ]
            )
        )
        parts.append(Spacer(1, 5 * MM))
        parts.append(
            para(
                f"Nessuna ora di servizio registrata in {doc.month_label} "
                f"({doc.scope_label}): non c'è nulla da firmare.",
                st["note"],
            )
        )
        return parts
    parts = []
    for n, section in enumerate(doc.sections):
        if n:
            parts.append(PageBreak())
        parts += _section_story(doc, section, reprint)
    if len(doc.sections) > 1:
        parts.append(PageBreak())
        parts += _summary_story(doc)
    return parts


def _timesheet_frame(doc: TimesheetDocument, reprint: int | None) -> PageFrame:
    author = doc.letterhead.name or "Sportello"
    return PageFrame(
        title="Foglio ore",
        subject=f"Foglio ore mensile {doc.month:%Y-%m} ({doc.scope_label})",
        author=author,
        header_left=doc.participant_code,
        reprint=reprint,
        letterhead_name=doc.letterhead.name,
    )


def render_timesheet(doc: TimesheetDocument, out: Path | str, *, reprint: int | None = None) -> int:
    """Draw a timesheet to `out` (checked first, written atomically); return the pages. Counts
    nothing: use `export_timesheet` to print (a signed timesheet's print is a counted reprint)."""
    return save_pdf(out, lambda: timesheet_story(doc, reprint), _timesheet_frame(doc, reprint))


# --------------------------------------------------------------------------- attendance register


def _status_text(status: AttendanceStatus | None) -> str:
    return ATTENDANCE_LABELS[status] if status is not None else ""


def register_story(doc: RegisterDocument, reprint: int | None = None) -> list[Any]:
    """One session's register: facts, one row per enrolled person with a signature box, the
    operator's signature."""
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, TableStyle

    from storage.printing.style import MUTED

    st = styles()
    width = content_width()
    parts: list[Any] = letterhead_block(doc.letterhead, width)
    parts.append(para("Registro presenze", st["title"]))
    parts.append(
        para(
            f"{doc.course_title} ({doc.course_code}) – edizione {doc.edition_code}, {doc.town}",
            st["subtitle"],
        )
    )
    parts += _banner("registro", doc.signed, reprint)
    parts.append(
        _facts(
            [
                ("Giorno", _long_date(doc.day)),
                ("Orario", f"{_times(doc.start, doc.end)} ({_hours_words(doc.minutes)})"),
                ("Luogo", doc.place or "—"),
                ("Operatore", doc.operator_name or doc.operator or "—"),
                ("Servizio", f"{SERVICE_LABELS[doc.service_type]} · di gruppo"),
            ]
        )
    )
    parts.append(Spacer(1, 5 * MM))
    absent_style = replace_style(st["cell"], textColor=colors.HexColor(MUTED))
    rows: list[list[Any]] = []
    for n, line in enumerate(doc.lines, start=1):
        away = line.status is not None and line.status is not AttendanceStatus.PRESENT
        rows.append(
            [
                str(n),
                line.name,
                line.participant_code,
                _status_text(line.status),
                hours_text(line.minutes_attended) if line.minutes_attended else "",
                para("assente", absent_style) if away else "",
            ]
        )
    if not rows:
        parts.append(para("Nessuna persona iscritta a questa data.", st["note"]))
    else:
        table = data_table(
            rows, [w * MM for w in REGISTER_WIDTHS_MM], header=REGISTER_HEADER, right=[0, 4]
        )
        # Room to sign in: taller rows, and the signature box ruled on its left.
        table.setStyle(
            TableStyle(
                [
                    ("TOPPADDING", (0, 1), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 8),
                    ("LINEBEFORE", (5, 0), (5, -1), 0.3, colors.HexColor("#9AA1AB")),
                ]
            )
        )
        parts.append(table)
    parts.append(Spacer(1, 3 * MM))
    if doc.taken:
        parts.append(
            para(
                f"Presenti: {doc.present} su {len(doc.lines)} · ore frequentate in tutto: "
                f"{hours_text(doc.attended_minutes)}",
                st["body"],
            )
        )
    operator = doc.operator_name or doc.operator
    signer = f"Firma dell'operatore\n{operator}" if operator else "Firma dell'operatore"
    block = signature_block([signer], width / 2, place_date=False)
    for flowable in getattr(block, "_content", ()):  # the lines on the right, under the table
        flowable.hAlign = "RIGHT"
    parts.append(block)
    return parts


def replace_style(style: Any, **changes: Any) -> Any:
    """A copy of a paragraph style with some attributes changed."""
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}-x", parent=style, **changes)


def _registers_story(docs: Sequence[RegisterDocument], reprints: dict[int, int]) -> list[Any]:
    from reportlab.platypus import PageBreak

    parts: list[Any] = []
    for n, doc in enumerate(docs):
        if n:
            parts.append(PageBreak())
        number = reprints.get(doc.signed.register_id) if doc.signed else None
        parts += register_story(doc, number)
    return parts


def _register_frame(docs: Sequence[RegisterDocument], reprint: int | None) -> PageFrame:
    first = docs[0]
    author = first.letterhead.name or "Sportello"
    if len(docs) == 1:
        subject = f"Registro presenze {first.edition_code} del {first.day:%d/%m/%Y}"
    else:
        subject = f"Registro presenze dell'edizione {first.edition_code} ({len(docs)} incontri)"
    return PageFrame(
        title="Registro presenze",
        subject=subject,
        author=author,
        header_left=first.edition_code,
        reprint=reprint,
        letterhead_name=first.letterhead.name,
    )


def render_session_registers(
    docs: Sequence[RegisterDocument], out: Path | str, *, reprints: dict[int, int] | None = None
) -> int:
    """Draw one or more session registers to `out` (checked first, written atomically); return
    the pages. Counts nothing: use `export_session_register` / `export_edition_register`."""
    numbers = reprints or {}
    single = numbers.get(docs[0].signed.register_id) if len(docs) == 1 and docs[0].signed else None
    return save_pdf(out, lambda: _registers_story(docs, numbers), _register_frame(docs, single))


# --------------------------------------------------------------------------- exports


def _write_temp(path: Path, data: bytes) -> Path:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def _print(
    db: Database,
    actor: Actor,
    path: Path,
    documents: Sequence[TimesheetDocument | RegisterDocument],
    draw: Any,
    *,
    entity: str,
    entity_uuid: str | None,
    summary: str,
) -> int:
    """Count and log the print, draw it into a temporary file, and rename it once committed."""
    written: list[Path] = []

    def produce(numbers: dict[int, int]) -> tuple[int, int]:
        data, pages = draw(numbers)
        written.append(_write_temp(path, data))
        return pages, pages

    try:
        pages: int = count_prints(
            db,
            actor,
            documents,
            entity=entity,
            entity_uuid=entity_uuid,
            summary=summary,
            produce=produce,
        )
        os.replace(written[0], path)
    finally:
        for temporary in written:
            temporary.unlink(missing_ok=True)
    return pages


def export_timesheet(
    db: Database,
    actor: Actor,
    participant: str | int,
    month: str | date,
    out: Path | str,
    *,
    service: str | None = None,
) -> int:
    """Print a participant's monthly timesheet (all services, or one) to `out`; return the pages.

    The output is checked first, then the month, the service and the participant
    (ValidationError, nothing written). When the timesheet is signed this print is a reprint:
    counted, numbered on the document («Ristampa n. K») and logged.
    """
    path = check_output(out)
    doc = timesheet_document(db, actor, participant, month, service=service)

    def draw(numbers: dict[int, int]) -> tuple[bytes, int]:
        signed = with_reprint(doc.signed, numbers)
        reprint = signed.reprints if signed is not None else None
        shown = replace(doc, signed=signed)
        return render_pdf(lambda: timesheet_story(shown, reprint), _timesheet_frame(doc, reprint))

    return _print(
        db,
        actor,
        path,
        [doc],
        draw,
        entity="timesheet",
        entity_uuid=doc.participant_uuid,
        summary=(
            f"timesheet {doc.month:%Y-%m} "
            f"{doc.service_type.value if doc.service_type else 'all'} deliveries={doc.deliveries}"
        ),
    )


def _export_registers(
    db: Database, actor: Actor, docs: Sequence[RegisterDocument], path: Path, summary: str
) -> int:
    def draw(numbers: dict[int, int]) -> tuple[bytes, int]:
        shown = [replace(d, signed=with_reprint(d.signed, numbers)) for d in docs]
        single = (
            numbers.get(docs[0].signed.register_id) if len(docs) == 1 and docs[0].signed else None
        )
        return render_pdf(lambda: _registers_story(shown, numbers), _register_frame(docs, single))

    return _print(
        db,
        actor,
        path,
        docs,
        draw,
        entity="attendance_register",
        entity_uuid=docs[0].edition_uuid,
        summary=summary,
    )


def export_session_register(db: Database, actor: Actor, session_id: int, out: Path | str) -> int:
    """Print a course session's attendance register to `out`; return the pages. A signed
    register's print is a counted, numbered and logged reprint."""
    path = check_output(out)
    doc = session_register_document(db, actor, session_id)
    return _export_registers(
        db,
        actor,
        [doc],
        path,
        f"attendance register {doc.edition_code} session {doc.session_id}",
    )


def export_edition_register(db: Database, actor: Actor, edition: int | str, out: Path | str) -> int:
    """Print the attendance registers of every session of an edition (id or code), one after the
    other in date order, each starting on a new page; return the pages. Every signed session in
    it counts a reprint, numbered on its own page and logged."""
    path = check_output(out)
    docs = edition_register_documents(db, actor, edition)
    return _export_registers(
        db,
        actor,
        docs,
        path,
        f"attendance registers {docs[0].edition_code} sessions={len(docs)}",
    )
