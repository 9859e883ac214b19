"""Reading spreadsheets of past activity: service hours (with course attendance) and outcomes.

Pure reading, no database: header names in Italian or English (case, spaces, underscores and
dots alike, as for participants), codes or their Italian names in the cells («Tempo
determinato» or `fixed_term`, «Counselling individuale» or `counselling`). The storage service
applies the same rules as the screens, row by row, and writes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from enum import StrEnum
from typing import Any, TypeVar

from models.enums import AttendanceStatus, DeliveryMode, OutcomeType, ServiceType
from models.errors import ValidationError
from models.importing import Table, normalise_header
from models.labels import (
    ATTENDANCE_LABELS,
    DELIVERY_MODE_LABELS,
    OUTCOME_TYPE_LABELS,
    SERVICE_LABELS,
)
from models.text import fold

E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class Column:
    label: str  # Italian, for messages and the README
    aliases: tuple[str, ...]  # normalised header names
    required: bool = False


DELIVERY_COLUMNS: dict[str, Column] = {
    "codice_fiscale": Column(
        "Codice fiscale", ("codicefiscale", "cf", "taxcode", "fiscalcode"), True
    ),
    "date": Column("Data", ("data", "giorno", "date", "day"), True),
    "start": Column("Inizio", ("inizio", "orainizio", "dalle", "start", "starttime", "from")),
    "end": Column("Fine", ("fine", "orafine", "alle", "end", "endtime", "to")),
    "minutes": Column("Minuti", ("minuti", "durata", "durataminuti", "minutes", "duration")),
    "service_type": Column(
        "Servizio", ("servizio", "tiposervizio", "service", "servicetype", "tipo"), True
    ),
    "mode": Column("Modalità", ("modalita", "individualegruppo", "mode", "deliverymode")),
    "operator": Column("Operatore", ("operatore", "username", "operator", "utente")),
    "place": Column("Luogo", ("luogo", "sede", "place", "location")),
    "programme": Column("Programma", ("programma", "programme", "program", "codiceprogramma")),
    "edition": Column(
        "Edizione", ("edizione", "edizionecorso", "codiceedizione", "edition", "courseedition")
    ),
    "attendance": Column(
        "Presenza", ("presenza", "presente", "frequenza", "attendance", "attendancestatus")
    ),
}

OUTCOME_COLUMNS: dict[str, Column] = {
    "codice_fiscale": DELIVERY_COLUMNS["codice_fiscale"],
    "type": Column(
        "Tipo di contratto",
        (
            "tipocontratto",
            "tipodicontratto",
            "contratto",
            "esito",
            "tipoesito",
            "contracttype",
            "contract",
            "outcome",
            "type",
            "tipo",
        ),
        True,
    ),
    "employer": Column(
        "Datore di lavoro", ("datoredilavoro", "datore", "azienda", "employer", "company")
    ),
    "start_date": Column(
        "Data di inizio",
        ("datainizio", "datadiinizio", "inizio", "dal", "startdate", "start"),
        True,
    ),
    "months": Column("Mesi", ("mesi", "duratamesi", "durata", "months", "duration")),
    "occupation": Column("Mansione", ("mansione", "qualifica", "occupation", "role", "job")),
    "hours_per_week": Column(
        "Ore settimanali", ("oresettimanali", "oresett", "hoursperweek", "weeklyhours")
    ),
}


def guess_columns(headers: list[str], columns: Mapping[str, Column]) -> dict[int, str]:
    """Column index -> field for the headers recognised; ValidationError when a required one is
    missing (the message names it and shows a header that works)."""
    lookup = {alias: name for name, column in columns.items() for alias in column.aliases}
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = lookup.get(normalise_header(header))
        if name is not None and name not in mapping.values():
            mapping[index] = name
    missing = [c.label for n, c in columns.items() if c.required and n not in mapping.values()]
    if missing:
        example = ";".join(n for n, c in columns.items() if c.required)
        raise ValidationError(
            "header",
            f"intestazione non riconosciuta: mancano le colonne {', '.join(missing)} "
            f"(per esempio «{example}»).",
            label="Intestazione",
        )
    return mapping


def row_values(table: Table, mapping: Mapping[int, str]) -> list[tuple[int, dict[str, str]]]:
    """Each row as field -> stripped text, with its line number."""
    return [
        (line, {name: (cells[i] if i < len(cells) else "").strip() for i, name in mapping.items()})
        for line, cells in table.rows
    ]


# Extra names people write for the codes, beyond the Italian labels and the codes themselves.
_SYNONYMS: dict[type[StrEnum], dict[str, str]] = {
    OutcomeType: {
        "td": "fixed_term",
        "determinato": "fixed_term",
        "ti": "open_ended",
        "indeterminato": "open_ended",
        "apprendista": "apprenticeship",
        "interinale": "agency",
        "somministrato": "agency",
        "autonomo": "self_employment",
        "partitaiva": "self_employment",
        "formazione": "education",
        "studio": "education",
        "nessuno": "none",
        "nessunesito": "none",
    },
    DeliveryMode: {"individuale": "individual", "gruppo": "group", "digruppo": "group"},
    AttendanceStatus: {
        "si": "present",
        "sì": "present",
        "p": "present",
        "a": "absent",
        "no": "absent",
        "assente": "absent",
        "giustificato": "excused",
        "g": "excused",
    },
    ServiceType: {},
}
_LABELS: dict[type[StrEnum], Mapping[Any, str]] = {
    OutcomeType: OUTCOME_TYPE_LABELS,
    DeliveryMode: DELIVERY_MODE_LABELS,
    AttendanceStatus: ATTENDANCE_LABELS,
    ServiceType: SERVICE_LABELS,
}


def _key(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def parse_code(value: str, enum: type[E], field: str, label: str) -> E:
    """A code from its value, its Italian name or a common synonym (accents and case ignored)."""
    wanted = _key(value)
    names: dict[str, str] = {_key(m.value): m.value for m in enum}
    names.update({_key(text): m.value for m, text in _LABELS[enum].items()})
    names.update({_key(k): v for k, v in _SYNONYMS[enum].items()})
    if wanted in names:
        return enum(names[wanted])
    choices = ", ".join(f"«{text}»" for text in _LABELS[enum].values())
    raise ValidationError(field, f"«{value}» non è tra i valori ammessi ({choices}).", label=label)


def parse_time(value: str, field: str, label: str) -> time | None:
    """9, 9:30, 09.30, 9:30:00 (spreadsheets write seconds) -> a time; empty -> None."""
    text = value.strip().replace(".", ":")
    if not text:
        return None
    parts = text.split(":")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 1:
            numbers.append(0)
        return time(numbers[0], numbers[1], numbers[2] if len(numbers) > 2 else 0)
    except (ValueError, IndexError):
        raise ValidationError(
            field, f"«{value}» non è un orario (per esempio 9:30).", label=label
        ) from None


def parse_whole(value: str, field: str, label: str) -> int | None:
    text = value.strip()
    if not text:
        return None
    try:
        return int(float(text.replace(",", ".")))
    except ValueError:
        raise ValidationError(field, f"«{value}» non è un numero.", label=label) from None
