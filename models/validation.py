"""Pure validation of what people type: each failure is a ValidationError naming the field.

Messages are Italian, addressed to the person at the desk.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from itertools import pairwise
from typing import Any

from models.codice_fiscale import check_consistency, decode
from models.enums import (
    ISCED_BAND,
    Benefit,
    EducationLevel,
    EmploymentCondition,
    L68Category,
    Referrer,
    Role,
    Sex,
    TargetGroup,
)
from models.errors import ValidationError
from models.text import search_key

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,31}$")
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


def _refuse_controls(cleaned: str, field_name: str, label: str) -> None:
    """Control and invisible formatting characters (NUL, ESC, bidi overrides, zero-width
    spaces) have no place in a name or a line of text: they hide or reorder what is shown."""
    for ch in cleaned:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co"):
            raise ValidationError(
                field_name,
                f"contiene un carattere di controllo non ammesso (U+{ord(ch):04X}).",
                label=label,
            )


def required(value: str | None, field_name: str, label: str, max_len: int = 200) -> str:
    cleaned = " ".join((value or "").split())
    if not cleaned:
        raise ValidationError(field_name, "è obbligatorio.", label=label)
    _refuse_controls(cleaned, field_name, label)
    if len(cleaned) > max_len:
        raise ValidationError(
            field_name, f"è troppo lungo (massimo {max_len} caratteri).", label=label
        )
    return cleaned


def optional(value: str | None, field_name: str, label: str, max_len: int = 300) -> str | None:
    cleaned = " ".join((value or "").split())
    if not cleaned:
        return None
    _refuse_controls(cleaned, field_name, label)
    if len(cleaned) > max_len:
        raise ValidationError(
            field_name, f"è troppo lungo (massimo {max_len} caratteri).", label=label
        )
    return cleaned


def free_text(value: str | None, field_name: str, label: str, max_len: int = 20_000) -> str | None:
    """Several lines of text (a note, an intake account): new lines and tabs are kept, other
    control characters refused, length capped; None when empty."""
    cleaned = "\n".join(line.rstrip() for line in (value or "").replace("\r\n", "\n").split("\n"))
    cleaned = cleaned.strip()
    if not cleaned:
        return None
    _refuse_controls(cleaned.replace("\n", " ").replace("\t", " "), field_name, label)
    if len(cleaned) > max_len:
        raise ValidationError(
            field_name,
            f"è troppo lungo (massimo {max_len:,} caratteri).".replace(",", "."),
            label=label,
        )
    return cleaned


def parse_date(value: str | date | None, field_name: str, label: str) -> date | None:
    """Accepts dd/mm/yyyy (as people type) or ISO yyyy-mm-dd (as files store)."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValidationError(
        field_name, f"«{text}» non è una data valida (usate gg/mm/aaaa).", label=label
    )


def parse_datetime(value: str | datetime | None, field_name: str, label: str) -> datetime:
    """A date and time: ISO (2026-11-24T09:30 or "2026-11-24 09:30") or "24/11/2026 09:30"."""
    if isinstance(value, datetime):
        return value
    text = (value or "").strip()
    if not text:
        raise ValidationError(field_name, "indicate data e ora.", label=label)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        parsed = None
        for fmt in ("%d/%m/%Y %H:%M", "%d/%m/%Y %H.%M", "%d/%m/%Y, %H:%M"):
            try:
                parsed = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        raise ValidationError(
            field_name,
            f"«{text}» non è una data e ora valida (usate aaaa-mm-ggThh:mm o gg/mm/aaaa hh:mm).",
            label=label,
        )
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone().replace(tzinfo=None)
    if len(text) <= 10 and parsed.hour == 0 and parsed.minute == 0 and "T" not in text:
        raise ValidationError(field_name, f"«{text}»: manca l'ora.", label=label)
    return parsed.replace(second=0, microsecond=0)


def integer(value: str | int | None, field_name: str, label: str) -> int:
    """A whole number typed by a person or given on the command line."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value or "").strip()
    try:
        return int(text)
    except ValueError:
        raise ValidationError(
            field_name, f"«{text}» non è un numero intero.", label=label
        ) from None


def required_day(value: str | date | None, field_name: str, label: str) -> date:
    """A date that must be there: «indicate il giorno.» when empty."""
    day = parse_date(value, field_name, label)
    if day is None:
        raise ValidationError(field_name, "indicate il giorno.", label=label)
    return day


def required_time(value: str | time | None, field_name: str, label: str) -> time:
    """A time of day that must be there: «indicate l'ora.» when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(field_name, "indicate l'ora.", label=label)
    return clock_time(value, field_name, label)


def clock_time(value: str | time, field_name: str, label: str) -> time:
    """A time of day typed as HH:MM (or H.MM)."""
    if isinstance(value, time):
        return value
    text = (value or "").strip().replace(".", ":")
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except (ValueError, AttributeError):
        raise ValidationError(
            field_name, f"«{value}» non è un orario (HH:MM).", label=label
        ) from None


def weekly_intervals(
    items: Sequence[tuple[int, str | time, str | time]], field_name: str, label: str
) -> list[tuple[int, time, time]]:
    """Weekly hours as (weekday 0-6, start, end): ordered, within a day, never overlapping."""
    days = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
    out: list[tuple[int, time, time]] = []
    for weekday, start, end in items:
        if not isinstance(weekday, int) or not 0 <= weekday <= 6:
            raise ValidationError(field_name, "giorno della settimana non valido.", label=label)
        t0, t1 = clock_time(start, field_name, label), clock_time(end, field_name, label)
        if t1 <= t0:
            raise ValidationError(
                field_name,
                f"di {days[weekday]} la fine ({t1:%H:%M}) deve seguire l'inizio ({t0:%H:%M}).",
                label=label,
            )
        out.append((weekday, t0, t1))
    out.sort()
    for (d0, a0, b0), (d1, a1, b1) in pairwise(out):
        if d0 == d1 and a1 < b0:
            raise ValidationError(
                field_name,
                f"di {days[d0]} gli orari {a0:%H:%M}–{b0:%H:%M} e {a1:%H:%M}–{b1:%H:%M} "
                "si sovrappongono.",
                label=label,
            )
    return out


def code(value: str | None, field_name: str, label: str) -> str:
    cleaned = (value or "").strip().upper()
    if not _CODE.match(cleaned):
        raise ValidationError(
            field_name,
            "usate da 2 a 32 lettere maiuscole, cifre, trattini o trattini bassi.",
            label=label,
        )
    return cleaned


def username(value: str | None) -> str:
    cleaned = (value or "").strip().lower()
    if not _USERNAME.match(cleaned):
        raise ValidationError(
            "username",
            "usate da 2 a 64 lettere minuscole, cifre, punti o trattini, senza spazi.",
            label="Nome utente",
        )
    return cleaned


def email(value: str | None, field_name: str = "email") -> str | None:
    cleaned = (value or "").strip()
    if not cleaned:
        return None
    if not _EMAIL.match(cleaned) or len(cleaned) > 200:
        raise ValidationError(field_name, f"«{cleaned}» non è un indirizzo valido.", label="Email")
    return cleaned.lower()


def phone(value: str | None, field_name: str = "phone") -> str | None:
    """An Italian or international number, stored in E.164 (+39...)."""
    import phonenumbers

    cleaned = (value or "").strip()
    if not cleaned:
        return None
    try:
        number = phonenumbers.parse(cleaned, "IT")
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(
            field_name, f"«{cleaned}» non è un numero di telefono.", label="Telefono"
        ) from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(
            field_name, f"«{cleaned}» non è un numero di telefono valido.", label="Telefono"
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(stored: str | None) -> str:
    """A stored E.164 number as people read it: "+39 333 832 1673"; Italian numbers without +39."""
    if not stored:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(stored, "IT")
    except phonenumbers.NumberParseException:
        return stored
    if number.country_code == 39:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def postcode(value: str | None) -> str | None:
    cleaned = (value or "").strip()
    if not cleaned:
        return None
    if not (len(cleaned) == 5 and cleaned.isdigit()):
        raise ValidationError("postcode", "il CAP ha 5 cifre.", label="CAP")
    return cleaned


def role(value: str | Role) -> Role:
    try:
        return Role(value)
    except ValueError as exc:
        names = ", ".join(r.value for r in Role)
        raise ValidationError(
            "role", f"«{value}» non è un ruolo ({names}).", label="Ruolo"
        ) from exc


def percent(value: int | str | None, field_name: str, label: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise ValidationError(field_name, "deve essere un numero intero.", label=label) from exc
    if not 0 <= number <= 100:
        raise ValidationError(field_name, "deve essere tra 0 e 100.", label=label)
    return number


@dataclass
class ParticipantInput:
    """What the intake form or an import row gives for a new participant."""

    last_name: str
    first_name: str
    codice_fiscale: str | None = None
    sex: str | None = None
    birth_date: str | date | None = None
    birth_place: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    postcode: str | None = None
    municipality: str | None = None
    citizenship: str | None = None
    education_level: str | None = None
    invalidity_percent: int | str | None = None
    l68_category: str | None = None
    target_groups: list[str] = field(default_factory=list)
    desk_code: str | None = None
    # The rest of the form (shared/DOMAIN.md); all optional.
    domicile: str | None = None
    residence_permit_expiry: str | date | None = None
    employment_condition: str | None = None
    did_date: str | date | None = None
    benefit: str | None = None
    referrer: str | None = None
    l68_registered: bool = False
    l68_date: str | date | None = None
    l68_cpi: str | None = None
    accessibility_needs: str | None = None
    driving_licence: bool = False
    own_transport: bool = False
    availability_notes: str | None = None


@dataclass
class CleanParticipant:
    """A validated participant, ready to store, with the warnings to show."""

    values: dict[str, object]
    target_groups: list[TargetGroup]
    desk_code: str | None
    warnings: list[str]


def _choice(enum_cls: type[StrEnum], value: str | None, field_name: str, label: str) -> Any:
    if not value:
        return None
    try:
        return enum_cls(value)
    except ValueError:
        raise ValidationError(field_name, f"«{value}» non è tra le scelte.", label=label) from None


def _more_fields(data: ParticipantInput, today: date) -> dict[str, object]:
    """The form's fields beyond identity and contacts, validated."""
    did = parse_date(data.did_date, "did_date", "Data della DID")
    if did is not None and did > today:
        raise ValidationError("did_date", "è nel futuro.", label="Data della DID")
    l68_date = parse_date(data.l68_date, "l68_date", "Iscrizione L. 68/99")
    if l68_date is not None and l68_date > today:
        raise ValidationError("l68_date", "è nel futuro.", label="Iscrizione L. 68/99")
    return {
        "domicile": optional(data.domicile, "domicile", "Domicilio"),
        "residence_permit_expiry": parse_date(
            data.residence_permit_expiry, "residence_permit_expiry", "Scadenza del permesso"
        ),
        "employment_condition": _choice(
            EmploymentCondition, data.employment_condition, "employment_condition", "Condizione"
        ),
        "did_date": did,
        "months_unemployed": ((today - did).days // 30) if did else None,
        "benefit": _choice(Benefit, data.benefit, "benefit", "Sostegno al reddito"),
        "referrer": _choice(Referrer, data.referrer, "referrer", "Servizio inviante"),
        "l68_date": l68_date,
        "l68_cpi": optional(data.l68_cpi, "l68_cpi", "Centro per l'impiego", 100),
        "accessibility_needs": optional(
            data.accessibility_needs, "accessibility_needs", "Accessibilità", 2000
        ),
        "driving_licence": bool(data.driving_licence),
        "own_transport": bool(data.own_transport),
        "availability_notes": optional(
            data.availability_notes, "availability_notes", "Disponibilità", 2000
        ),
    }


def clean_participant(data: ParticipantInput, *, today: date | None = None) -> CleanParticipant:
    """Validate and normalise a participant; contradictions with the codice fiscale are errors."""
    last = required(data.last_name, "last_name", "Cognome", 100)
    first = required(data.first_name, "first_name", "Nome", 100)
    sex: Sex | None = None
    if data.sex:
        try:
            sex = Sex(data.sex.strip().upper())
        except ValueError as exc:
            raise ValidationError("sex", "indicate M o F.", label="Sesso") from exc
    birth = parse_date(data.birth_date, "birth_date", "Data di nascita")
    today = today or date.today()
    if birth is not None and birth > today:
        raise ValidationError("birth_date", "è nel futuro.", label="Data di nascita")
    warnings: list[str] = []
    cf = None
    birth_place = optional(data.birth_place, "birth_place", "Comune di nascita", 100)
    place_code = None
    if data.codice_fiscale and data.codice_fiscale.strip():
        decoded = decode(data.codice_fiscale, today=today)
        warnings = check_consistency(
            decoded, birth_date=birth, sex=sex, last_name=last, first_name=first
        )
        cf = decoded.code
        birth = birth or decoded.birth_date
        sex = sex or decoded.sex
        place_code = decoded.birth_place_code
        birth_place = birth_place or decoded.birth_place
    education = None
    if data.education_level:
        try:
            education = EducationLevel(data.education_level)
        except ValueError as exc:
            raise ValidationError(
                "education_level", "livello non riconosciuto.", label="Titolo di studio"
            ) from exc
    category = None
    if data.l68_category:
        try:
            category = L68Category(data.l68_category)
        except ValueError as exc:
            raise ValidationError(
                "l68_category", "categoria non riconosciuta.", label="Categoria L. 68/99"
            ) from exc
    groups: list[TargetGroup] = []
    for g in data.target_groups:
        try:
            groups.append(TargetGroup(g))
        except ValueError as exc:
            raise ValidationError(
                "target_groups", f"«{g}» non è un gruppo target.", label="Gruppi target"
            ) from exc
    values: dict[str, object] = {
        "last_name": last,
        "first_name": first,
        "codice_fiscale": cf,
        "sex": sex,
        "birth_date": birth,
        "birth_place": birth_place,
        "birth_place_code": place_code,
        "phone": phone(data.phone),
        "email": email(data.email),
        "address": optional(data.address, "address", "Indirizzo"),
        "postcode": postcode(data.postcode),
        "municipality": optional(data.municipality, "municipality", "Comune di residenza", 100),
        "citizenship": optional(data.citizenship, "citizenship", "Cittadinanza", 60),
        "education_level": education,
        "isced_band": ISCED_BAND[education] if education else None,
        "invalidity_percent": percent(
            data.invalidity_percent, "invalidity_percent", "Percentuale di invalidità"
        ),
        "l68_category": category,
        "l68_registered": bool(data.l68_registered) or category is not None,
        "search_key": search_key(last, first),
        **_more_fields(data, today),
    }
    return CleanParticipant(values, groups, data.desk_code, warnings)
