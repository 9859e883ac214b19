"""Validation of typed input (models/validation.py) and the Law 68/99 quota (models/l68.py)."""

from __future__ import annotations

from datetime import date

import pytest

from models.enums import IscedBand, Sex
from models.errors import ValidationError
from models.l68 import reserved_quota, uncovered_posts
from models.text import fold, search_key
from models.validation import ParticipantInput, clean_participant, display_phone, parse_date, phone


def test_phone_is_stored_in_e164() -> None:
    """An Italian landline or mobile number becomes +39…."""
    assert phone("0372 123456") == "+390372123456"
    assert phone("333 123 4567") == "+393331234567"


def test_bad_phone_names_the_field() -> None:
    """A number that cannot be a phone is refused on the phone field."""
    with pytest.raises(ValidationError) as err:
        phone("12")
    assert err.value.field == "phone" and "Telefono" in str(err.value)


def test_dates_accept_italian_and_iso() -> None:
    """dd/mm/yyyy as typed and ISO as stored both parse; nonsense is refused."""
    assert parse_date("03/04/1980", "d", "Data") == date(1980, 4, 3)
    assert parse_date("1980-04-03", "d", "Data") == date(1980, 4, 3)
    with pytest.raises(ValidationError, match="non è una data valida"):
        parse_date("31/02/1980", "d", "Data")


def test_participant_is_filled_from_the_code() -> None:
    """Typing only the code fills birth date, sex and birthplace."""
    clean = clean_participant(ParticipantInput("Rossi", "Mario", "rssmra80d03d150w"))
    assert clean.values["birth_date"] == date(1980, 4, 3)
    assert clean.values["sex"] == Sex.MALE
    assert clean.values["birth_place"] == "Cremona"
    assert clean.values["search_key"] == "rossi mario"


def test_participant_missing_name_is_refused() -> None:
    """The surname is required and the error says so."""
    with pytest.raises(ValidationError) as err:
        clean_participant(ParticipantInput("  ", "Mario"))
    assert err.value.field == "last_name" and "Cognome" in str(err.value)


def test_participant_future_birth_date_is_refused() -> None:
    """Nobody is born tomorrow."""
    with pytest.raises(ValidationError, match="futuro"):
        clean_participant(ParticipantInput("Rossi", "Mario", birth_date="01/01/2999"))


def test_education_gives_isced_band() -> None:
    """The education level determines the ISCED band funders report by."""
    clean = clean_participant(ParticipantInput("Rossi", "Mario", education_level="bachelor"))
    assert clean.values["isced_band"] == IscedBand.ISCED_5_8


def test_invalidity_percentage_range() -> None:
    """Invalidity is a percentage between 0 and 100."""
    with pytest.raises(ValidationError, match="tra 0 e 100"):
        clean_participant(ParticipantInput("Rossi", "Mario", invalidity_percent=120))


def test_fold_removes_accents() -> None:
    """Search keys ignore accents and case."""
    assert fold("Nicolò  D’Àrco") == "nicolo d'arco"
    assert search_key("Citì", "José") == "citi jose"


@pytest.mark.parametrize(
    ("headcount", "quota"), [(10, 0), (15, 1), (35, 1), (36, 2), (50, 2), (51, 3), (200, 14)]
)
def test_l68_reserved_quota(headcount: int, quota: int) -> None:
    """Art. 3: 15-35 → 1, 36-50 → 2, over 50 → 7%."""
    assert reserved_quota(headcount) == quota


def test_l68_uncovered_posts_never_negative() -> None:
    """Uncovered posts subtract those employed and covered by conventions, down to zero."""
    assert uncovered_posts(200, 10, 2) == 2
    assert uncovered_posts(200, 20, 0) == 0


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("+393338321673", "333 832 1673"),
        ("+390372407111", "0372 407111"),
        ("+33612345678", "+33 6 12 34 56 78"),
        (None, ""),
        ("", ""),
    ],
)
def test_display_phone_groups_digits_as_people_read_them(stored: str | None, shown: str) -> None:
    assert display_phone(stored) == shown


def test_required_day_and_time_name_the_field() -> None:
    from datetime import date as day
    from datetime import time as clock

    from models.validation import required_day, required_time

    assert required_day("03/03/2026", "day", "Data") == day(2026, 3, 3)
    assert required_time("9.30", "start", "Inizio") == clock(9, 30)
    for check, text, reason in (
        (required_day, " ", "indicate il giorno."),
        (required_time, "", "indicate l'ora."),
        (required_time, "nove", "«nove» non è un orario (HH:MM)."),
    ):
        with pytest.raises(ValidationError) as info:
            check(text, "x", "Campo")
        assert info.value.field == "x" and info.value.reason == reason
