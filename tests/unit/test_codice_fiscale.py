"""Codice fiscale validation, decoding and consistency (models/codice_fiscale.py)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.codice_fiscale import check_consistency, compose, decode, normalize
from models.enums import Sex
from models.errors import ValidationError


def test_decodes_birth_date_sex_and_place() -> None:
    """A real-shaped code yields its birth date, sex and birthplace."""
    d = decode("RSSMRA80D03D150W")
    assert (d.birth_date, d.sex, d.birth_place, d.birth_province) == (
        date(1980, 4, 3),
        Sex.MALE,
        "Cremona",
        "CR",
    )


def test_women_have_day_plus_forty() -> None:
    """Day + 40 marks a woman."""
    code = compose("Bianchi", "Giulia", Sex.FEMALE, date(1992, 11, 27), "E648")
    d = decode(code)
    assert d.sex == Sex.FEMALE and d.birth_date == date(1992, 11, 27) and d.birth_place == "Lodi"


def test_homocode_variant_is_accepted() -> None:
    """Digits replaced by letters (omocodia) still decode to the same person."""
    d = decode("RSSMRA80D03D15LZ")
    assert d.birth_date == date(1980, 4, 3) and d.birth_place_code == "D150"


def test_foreign_birthplace() -> None:
    """A Z code names a foreign state."""
    d = decode(compose("Haddad", "Samir", Sex.MALE, date(1990, 1, 5), "Z330"))
    assert d.birth_place_code == "Z330" and d.birth_place


def test_temporary_eleven_digit_code() -> None:
    """A temporary numeric code with a valid check digit is accepted, undecoded."""
    d = decode("00743110157")
    assert d.temporary and d.birth_date is None


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("RSSMRA80D03D150X", "controllo"),
        ("RSSMRA80D0", "16 caratteri"),
        ("RSSMRA80Z03D150W", "forma"),
        ("12345678901", "provvisorio"),
        ("", "obbligatorio"),
    ],
)
def test_bad_codes_are_refused_with_italian_reason(code: str, reason: str) -> None:
    """Wrong check letter, length, shape or temporary checksum: a ValidationError on the field."""
    with pytest.raises(ValidationError) as err:
        decode(code)
    assert err.value.field == "codice_fiscale"
    assert reason in str(err.value)


def test_impossible_date_is_refused() -> None:
    """31 February cannot be encoded by a valid code."""
    stem = "RSSMRA80B31D150"
    from stdnum.it import codicefiscale as scf

    with pytest.raises(ValidationError, match="data di nascita"):
        decode(stem + scf.calc_check_digit(stem))


def test_contradicting_birth_date_is_an_error_on_that_field() -> None:
    """A typed birth date that contradicts the code is an error naming the birth date."""
    d = decode("RSSMRA80D03D150W")
    with pytest.raises(ValidationError) as err:
        check_consistency(d, birth_date=date(1980, 4, 4), sex=None, last_name=None, first_name=None)
    assert err.value.field == "birth_date"


def test_contradicting_sex_is_an_error() -> None:
    """A typed sex that contradicts the code is an error naming the sex."""
    d = decode("RSSMRA80D03D150W")
    with pytest.raises(ValidationError) as err:
        check_consistency(d, birth_date=None, sex=Sex.FEMALE, last_name=None, first_name=None)
    assert err.value.field == "sex"


def test_name_mismatch_is_only_a_warning() -> None:
    """Names whose letters do not match give warnings, not errors."""
    d = decode("RSSMRA80D03D150W")
    warnings = check_consistency(
        d, birth_date=date(1980, 4, 3), sex=Sex.MALE, last_name="Verdi", first_name="Mario"
    )
    assert warnings == ["Il cognome non corrisponde alle lettere del codice fiscale."]


def test_normalize_strips_spaces_and_case() -> None:
    """Codes are stored upper case without spaces."""
    assert normalize(" rssmra 80d03 d150w ") == "RSSMRA80D03D150W"


@settings(max_examples=60, deadline=None)
@given(
    born=st.dates(min_value=date(1930, 1, 1), max_value=date(2008, 12, 31)),
    sex=st.sampled_from(list(Sex)),
    place=st.sampled_from(["D150", "D142", "E648", "B898", "F205", "Z129"]),
)
def test_compose_then_decode_round_trips(born: date, sex: Sex, place: str) -> None:
    """Whatever person we encode decodes back to the same date, sex and place."""
    d = decode(compose("Colombo", "Anna", sex, born, place), today=date(2026, 11, 23))
    assert (d.birth_date, d.sex, d.birth_place_code) == (born, sex, place)
