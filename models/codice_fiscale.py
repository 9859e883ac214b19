"""Codice fiscale rules: validation, decoding and consistency with what was typed.

The arithmetic (check letter, homocode digits, dates) comes from python-stdnum; the Belfiore
table of municipalities and foreign states, and the three-letter name encodings, from
python-codicefiscale. This module only turns their answers into our typed errors and warnings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from codicefiscale import codicefiscale as _cf
from stdnum import exceptions as _stdnum_errors
from stdnum.it import codicefiscale as _std_cf

from models.enums import Sex
from models.errors import ValidationError

FIELD = "codice_fiscale"
LABEL = "Codice fiscale"

_SHAPE_16 = re.compile(
    r"^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$"
)


@dataclass(frozen=True)
class DecodedCodiceFiscale:
    """What a codice fiscale says about its holder."""

    code: str
    temporary: bool
    birth_date: date | None = None
    sex: Sex | None = None
    birth_place_code: str | None = None
    birth_place: str | None = None
    birth_province: str | None = None


def normalize(value: str) -> str:
    """Upper case without spaces: the form in which codes are stored and compared."""
    return re.sub(r"\s+", "", value).upper()


def decode(value: str, *, today: date | None = None) -> DecodedCodiceFiscale:
    """Validate a codice fiscale (16 characters, or a temporary 11-digit code) and decode it.

    Raises ValidationError naming the field, with the reason in Italian.
    """
    code = normalize(value)
    if not code:
        raise ValidationError(FIELD, "è obbligatorio.", label=LABEL)
    if len(code) == 11:
        if not code.isdigit():
            raise ValidationError(
                FIELD, "il codice provvisorio di 11 caratteri deve avere solo cifre.", label=LABEL
            )
        if not _std_cf.is_valid(code):
            raise ValidationError(
                FIELD, "il codice provvisorio ha la cifra di controllo errata.", label=LABEL
            )
        return DecodedCodiceFiscale(code=code, temporary=True)
    if len(code) != 16:
        raise ValidationError(
            FIELD,
            f"deve avere 16 caratteri (o 11 cifre se provvisorio), non {len(code)}.",
            label=LABEL,
        )
    if not _SHAPE_16.match(code):
        raise ValidationError(
            FIELD, "la forma non è valida (lettere e cifre fuori posto).", label=LABEL
        )
    try:
        expected = _std_cf.calc_check_digit(code[:15])
    except _stdnum_errors.ValidationError as exc:  # pragma: no cover - shape checked above
        raise ValidationError(FIELD, "la forma non è valida.", label=LABEL) from exc
    if expected != code[15]:
        raise ValidationError(
            FIELD,
            f"il carattere di controllo è errato (atteso «{expected}», trovato «{code[15]}»).",
            label=LABEL,
        )
    today = today or date.today()
    try:
        birth = _std_cf.get_birth_date(code, minyear=today.year - 99)
    except _stdnum_errors.ValidationError as exc:
        raise ValidationError(
            FIELD, "la data di nascita contenuta non esiste.", label=LABEL
        ) from exc
    if birth > today:
        birth = birth.replace(year=birth.year - 100)
    sex = Sex.FEMALE if _std_cf.get_gender(code) == "F" else Sex.MALE
    place_code = _place_code(code)
    place = _birth_place(place_code, birth)
    if place is None:
        raise ValidationError(
            FIELD, f"il codice del luogo di nascita «{place_code}» non esiste.", label=LABEL
        )
    return DecodedCodiceFiscale(
        code=code,
        temporary=False,
        birth_date=birth,
        sex=sex,
        birth_place_code=place_code,
        birth_place=place[0],
        birth_province=place[1],
    )


_HOMOCODE_DIGITS = str.maketrans("LMNPQRSTUV", "0123456789")


def _place_code(code: str) -> str:
    return code[11] + code[12:15].translate(_HOMOCODE_DIGITS)


@lru_cache(maxsize=1)
def _places_by_code() -> dict[str, list[dict[str, object]]]:
    """The Belfiore table, indexed once per process (the library rebuilds it on every call)."""
    codes: dict[str, list[dict[str, object]]] = _cf.get_indexed_data()["codes"]  # type: ignore[attr-defined]
    return codes


@lru_cache(maxsize=4096)
def _birth_place(place_code: str, birth: date) -> tuple[str, str | None] | None:
    """Name and province of the municipality or state with that Belfiore code at that date."""
    entries = _places_by_code().get(place_code)
    if not entries:
        return None
    when = birth.isoformat()
    chosen = entries[-1]
    for entry in entries:
        created = str(entry.get("date_created") or "")[:10]
        deleted = str(entry.get("date_deleted") or "")[:10]
        if (not created or created <= when) and (not deleted or when <= deleted):
            chosen = entry
            break
    province = chosen.get("province") or None
    return str(chosen["name"]), (str(province) if province else None)


def check_consistency(
    decoded: DecodedCodiceFiscale,
    *,
    birth_date: date | None,
    sex: Sex | None,
    last_name: str | None,
    first_name: str | None,
) -> list[str]:
    """Compare the code with what was typed.

    A birth date or sex that contradicts the code raises ValidationError on that field; a name
    whose letters do not match is only a warning (returned, in Italian), since transliterations
    and double surnames make honest mismatches common.
    """
    if decoded.temporary:
        return []
    if (
        birth_date is not None
        and decoded.birth_date is not None
        and birth_date != decoded.birth_date
    ):
        raise ValidationError(
            "birth_date",
            f"non corrisponde al codice fiscale, che indica il "
            f"{decoded.birth_date.strftime('%d/%m/%Y')}.",
            label="Data di nascita",
        )
    if sex is not None and decoded.sex is not None and sex != decoded.sex:
        raise ValidationError(
            "sex",
            f"non corrisponde al codice fiscale, che indica «{decoded.sex.value}».",
            label="Sesso",
        )
    warnings: list[str] = []
    if last_name and _cf.encode_lastname(last_name) != decoded.code[0:3]:
        warnings.append("Il cognome non corrisponde alle lettere del codice fiscale.")
    if first_name and _cf.encode_firstname(first_name) != decoded.code[3:6]:
        warnings.append("Il nome non corrisponde alle lettere del codice fiscale.")
    return warnings


def compose(last_name: str, first_name: str, sex: Sex, birth_date: date, place_code: str) -> str:
    """Compute the codice fiscale of a person (used by demo data and tests)."""
    from datetime import datetime

    stem = (
        _cf.encode_lastname(last_name)
        + _cf.encode_firstname(first_name)
        + _cf.encode_birthdate(
            datetime(birth_date.year, birth_date.month, birth_date.day), sex.value
        )
        + place_code
    )
    return stem + str(_std_cf.calc_check_digit(stem))
