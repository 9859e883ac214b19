"""Reading participant spreadsheets: CSV (`,` or `;`, UTF-8 with or without BOM) and XLSX.

Pure reading and checking, no database: headers are recognised in Italian or English with case,
spaces, underscores and dots alike (shared/DESIGN.md), each row becomes a ParticipantInput, and
every problem is reported as a RowProblem with its line, field and reason in Italian. The storage
service decides what is new, what exists already, and writes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from models.errors import ValidationError
from models.validation import CleanParticipant, ParticipantInput

MAX_ROWS = 200_000
MAX_BYTES = 200 * 1024 * 1024

# Field -> accepted header names (already normalised: lower case, no spaces, "_", "-" or ".").
ALIASES: dict[str, tuple[str, ...]] = {
    "codice_fiscale": ("codicefiscale", "cf", "taxcode", "fiscalcode"),
    "last_name": ("cognome", "lastname", "surname", "familyname"),
    "first_name": ("nome", "firstname", "name", "givenname"),
    "birth_date": ("datanascita", "datadinascita", "birthdate", "dateofbirth"),
    "sex": ("sesso", "sex", "genere", "gender"),
    "birth_place": ("comunenascita", "luogonascita", "luogodinascita", "birthplace"),
    "phone": ("telefono", "cellulare", "phone", "mobile", "tel"),
    "email": ("email", "mail", "posta", "postaelettronica"),
    "address": ("indirizzo", "address", "via"),
    "postcode": ("cap", "postcode", "zip", "zipcode"),
    "municipality": ("comuneresidenza", "comune", "residenza", "municipality", "city", "town"),
}
REQUIRED = ("codice_fiscale", "last_name", "first_name")
LABELS = {
    "codice_fiscale": "Codice fiscale",
    "last_name": "Cognome",
    "first_name": "Nome",
    "birth_date": "Data di nascita",
    "sex": "Sesso",
    "birth_place": "Comune di nascita",
    "phone": "Telefono",
    "email": "Email",
    "address": "Indirizzo",
    "postcode": "CAP",
    "municipality": "Comune di residenza",
}


def normalise_header(text: str) -> str:
    return "".join(ch for ch in str(text).strip().lower() if ch.isalnum())


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field, for the headers that are recognised."""
    lookup = {alias: name for name, aliases in ALIASES.items() for alias in aliases}
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = lookup.get(normalise_header(header))
        if name is not None and name not in mapping.values():
            mapping[index] = name
    return mapping


@dataclass(frozen=True)
class RowProblem:
    line: int  # 1 is the header row, as a spreadsheet numbers it
    field: str
    label: str
    reason: str


@dataclass
class Table:
    """A file's header and its rows, with the line number of each row."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]
    kind: str  # "csv" or "xlsx"
    delimiter: str | None = None


@dataclass
class ParsedRows:
    valid: list[tuple[int, CleanParticipant]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_table(path: Path) -> Table:
    """Read a .csv or .xlsx file; refuse unknown formats, empty or huge files, with a message."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError("file", f"il file {path} non esiste.", label="File")
    size = path.stat().st_size
    if size == 0:
        raise ValidationError("file", "il file è vuoto.", label="File")
    if size > MAX_BYTES:
        raise ValidationError(
            "file",
            f"il file è troppo grande ({size // (1024 * 1024)} MB, al massimo "
            f"{MAX_BYTES // (1024 * 1024)} MB): dividetelo in più file.",
            label="File",
        )
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        table = _read_csv(path)
    elif suffix in (".xlsx", ".xlsm"):
        table = _read_xlsx(path)
    else:
        raise ValidationError(
            "file",
            f"formato «{suffix or 'senza estensione'}» non riconosciuto: usate .csv o .xlsx "
            "(dal foglio di calcolo: «Salva con nome»).",
            label="File",
        )
    if not any(h.strip() for h in table.headers):
        raise ValidationError("file", "la prima riga è vuota: serve l'intestazione.", label="File")
    if len(table.rows) > MAX_ROWS:
        raise ValidationError(
            "file",
            f"{len(table.rows)} righe sono troppe (al massimo {MAX_ROWS}): dividete il file.",
            label="File",
        )
    return table


def _read_csv(path: Path) -> Table:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")  # old Excel exports on Windows
        except UnicodeDecodeError:
            raise ValidationError(
                "file", "il testo non è in UTF-8: salvatelo come «CSV UTF-8».", label="File"
            ) from None
    if "\x00" in text:
        raise ValidationError("file", "non è un file di testo CSV.", label="File")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = list(reader)
    if not rows:
        raise ValidationError("file", "il file è vuoto.", label="File")
    headers = [h.strip() for h in rows[0]]
    body = [
        (reader_line, [c.strip() for c in row])
        for reader_line, row in enumerate(rows[1:], start=2)
        if any(c.strip() for c in row)
    ]
    return Table(headers, body, "csv", delimiter)


def _read_xlsx(path: Path) -> Table:
    from zipfile import BadZipFile

    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, OSError, KeyError, ValueError):
        raise ValidationError(
            "file", "non è un file Excel valido (.xlsx) o è danneggiato.", label="File"
        ) from None
    try:
        sheet = book.worksheets[0]
        iterator = sheet.iter_rows(values_only=True)
        first = next(iterator, None)
        if first is None:
            raise ValidationError("file", "il foglio è vuoto.", label="File")
        headers = [_cell(h) for h in first]
        body: list[tuple[int, list[str]]] = []
        for line, values in enumerate(iterator, start=2):
            cells = [_cell(v) for v in values]
            if any(cells):
                body.append((line, cells))
            if len(body) > MAX_ROWS:
                break
        return Table(headers, body, "xlsx")
    finally:
        book.close()


def check_mapping(mapping: Mapping[int, str]) -> None:
    """The columns that must be there; a file without them has no recognisable header."""
    missing = [LABELS[f] for f in REQUIRED if f not in mapping.values()]
    if missing:
        raise ValidationError(
            "header",
            "intestazione non riconosciuta: mancano le colonne "
            + ", ".join(missing)
            + " (per esempio «codice_fiscale;cognome;nome»).",
            label="Intestazione",
        )


def parse_rows(table: Table, mapping: Mapping[int, str], *, today: date) -> ParsedRows:
    """Each row as a validated ParticipantInput, or the problem that rejects it."""
    from models.validation import clean_participant

    check_mapping(mapping)
    out = ParsedRows()
    seen: dict[str, int] = {}
    for line, cells in table.rows:
        values = {name: cells[i] if i < len(cells) else "" for i, name in mapping.items()}
        cf = "".join(values.get("codice_fiscale", "").split()).upper()
        if not cf:
            out.problems.append(
                RowProblem(
                    line,
                    "codice_fiscale",
                    LABELS["codice_fiscale"],
                    "manca: serve per riconoscere la persona ed evitare doppioni.",
                )
            )
            continue
        if cf in seen:
            out.problems.append(
                RowProblem(
                    line,
                    "codice_fiscale",
                    LABELS["codice_fiscale"],
                    f"ripetuto: compare già alla riga {seen[cf]}.",
                )
            )
            continue
        data = ParticipantInput(
            last_name=values.get("last_name", ""),
            first_name=values.get("first_name", ""),
            codice_fiscale=cf,
            sex=values.get("sex") or None,
            birth_date=values.get("birth_date") or None,
            birth_place=values.get("birth_place") or None,
            phone=values.get("phone") or None,
            email=values.get("email") or None,
            address=values.get("address") or None,
            postcode=values.get("postcode") or None,
            municipality=values.get("municipality") or None,
        )
        try:
            clean = clean_participant(data, today=today)
        except ValidationError as exc:
            out.problems.append(RowProblem(line, exc.field, exc.label, exc.reason))
            continue
        seen[cf] = line
        out.valid.append((line, clean))
    return out


def iter_problem_csv(problems: list[RowProblem]) -> Iterator[str]:
    """The rejected rows as CSV lines (riga;campo;motivo), for the person to fix the file."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(["riga", "campo", "motivo"])
    for p in problems:
        writer.writerow([p.line, p.label, p.reason])
    yield from buffer.getvalue().splitlines(keepends=True)
