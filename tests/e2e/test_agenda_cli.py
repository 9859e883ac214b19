"""The agenda from the command line: slots, book, appointment lifecycle, calendar export."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.test_cli import run


@pytest.fixture(scope="module")
def agenda_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("agenda") / "agenda.db"
    result = run(path, "demo", "--participants", "200", "--seed", "11")
    assert result.returncode == 0, result.stderr
    return path


# Slots from tomorrow on: a slot found "now" can slip into the past before it is booked.
TOMORROW = (date.today() + timedelta(days=1)).isoformat()


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def a_participant(db: Path, n: int = 0) -> str:
    return rows(run(db, "list", "participants").stdout)[n]["codice_fiscale"]


def test_slots_then_book_then_clash(agenda_db: Path) -> None:
    desk = rows(run(agenda_db, "list", "desks").stdout)[1]["code"]
    result = run(
        agenda_db, "slots", "--from", TOMORROW, "--desk", desk, "--minutes", "45", "--count", "3"
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split("\n")[:3]
    assert len(lines) == 3
    first, operator = lines[0].split()
    assert datetime.fromisoformat(first) >= datetime.now() - timedelta(minutes=1)
    args = ["--operator", operator, "--desk", desk, "--start", first, "--minutes", "45"]
    booked = run(agenda_db, "book", "--participant", a_participant(agenda_db), *args)
    assert booked.returncode == 0, booked.stderr
    assert "Prenotato l'appuntamento n." in booked.stdout
    clash = run(agenda_db, "book", "--participant", a_participant(agenda_db, 1), *args)
    assert clash.returncode == 3
    assert operator.split(".")[-1].lower() in clash.stderr.lower() or "ha già" in clash.stderr
    listed = rows(run(agenda_db, "list", "appointments", "--operator", operator).stdout)
    assert any(r["start"] == first and r["minutes"] == "45" for r in listed)
    # With --operator the slots are printed bare, one ISO start a line.
    bare = run(
        agenda_db,
        "slots",
        "--from",
        TOMORROW,
        "--desk",
        desk,
        "--operator",
        operator,
        "--minutes",
        "30",
    )
    assert bare.returncode == 0 and bare.stdout.split("\n")[0].count(" ") == 0
    assert first not in bare.stdout.split("\n")


@pytest.mark.parametrize(
    ("extra", "code", "field"),
    [
        (["--minutes", "0"], 2, "Durata"),
        (["--minutes", "-30"], 2, "Durata"),
        (["--minutes", "dieci"], 2, "Durata"),
        (["--start", "31/02/2026 10:00"], 2, "Inizio"),
        (["--desk", "NOPE"], 2, "Sportello"),
        (["--operator", "nessuno"], 2, "Operatore"),
        (["--start", "2026-11-29T10:00"], 3, "domenica"),  # a Sunday
    ],
)
def test_book_bad_input_names_the_field_and_writes_nothing(
    agenda_db: Path, extra: list[str], code: int, field: str
) -> None:
    desk = rows(run(agenda_db, "list", "desks").stdout)[1]["code"]
    operator = rows(run(agenda_db, "list", "users").stdout)[0]["username"]
    before = run(agenda_db, "list", "appointments").stdout
    base = {
        "--operator": operator,
        "--desk": desk,
        "--start": "2026-11-30T10:00",
        "--minutes": "60",
    }
    for key, value in zip(extra[::2], extra[1::2], strict=True):
        base[key] = value
    args = [item for pair in base.items() for item in pair]
    result = run(agenda_db, "book", "--participant", a_participant(agenda_db), *args)
    assert result.returncode == code, result.stdout + result.stderr
    assert field in result.stderr
    assert run(agenda_db, "list", "appointments").stdout == before


def test_lifecycle_from_the_command_line(agenda_db: Path) -> None:
    desk = rows(run(agenda_db, "list", "desks").stdout)[2]["code"]
    slots = run(
        agenda_db, "slots", "--from", TOMORROW, "--desk", desk, "--minutes", "30", "--count", "2"
    )
    (start, operator), (later, later_operator) = (s.split() for s in slots.stdout.split("\n")[:2])
    booked = run(
        agenda_db,
        "book",
        "--participant",
        a_participant(agenda_db, 3),
        "--operator",
        operator,
        "--desk",
        desk,
        "--start",
        start,
        "--minutes",
        "30",
        "--kind",
        "orientation",
    )
    assert booked.returncode == 0, booked.stderr
    number = booked.stdout.split("n. ")[1].split(":")[0]
    assert run(agenda_db, "appointment", "confirm", number).returncode == 0
    no_reason = run(agenda_db, "appointment", "cancel", number)
    assert no_reason.returncode == 2 and "Motivo" in no_reason.stderr
    moved = run(agenda_db, "appointment", "move", number, "--start", "2026-11-23T08:00")
    assert moved.returncode in (2, 3)
    cancelled = run(agenda_db, "appointment", "cancel", number, "--reason", "Malattia")
    assert cancelled.returncode == 0, cancelled.stderr
    again = run(agenda_db, "appointment", "confirm", number)
    assert again.returncode == 3
    bad_kind = run(
        agenda_db,
        "book",
        "--participant",
        a_participant(agenda_db, 3),
        "--operator",
        later_operator,
        "--desk",
        desk,
        "--start",
        later,
        "--minutes",
        "30",
        "--kind",
        "party",
    )
    assert bad_kind.returncode == 2 and "Tipo" in bad_kind.stderr


def test_export_ics_is_valid_stable_and_leaves_out_cancelled(
    agenda_db: Path, tmp_path: Path
) -> None:
    from icalendar import Calendar

    users = rows(run(agenda_db, "list", "users").stdout)
    since = (date.today() - timedelta(days=30)).isoformat()
    # An operator whose month has cancelled or missed appointments (demo data varies by day).
    for user in users:
        if user["role"] not in ("operator", "tutor"):
            continue
        operator = user["username"]
        listed = rows(
            run(agenda_db, "list", "appointments", "--operator", operator, "--from", since).stdout
        )
        active = [r for r in listed if r["status"] in ("booked", "confirmed", "done")]
        if len(active) < len(listed):
            break
    assert 0 < len(active) < len(listed)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    for out in (first, second):
        result = run(agenda_db, "export", "ics", "--operator", operator, "--out", str(out))
        assert result.returncode == 0, result.stderr
    calendar = Calendar.from_ical(first.read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == len(active)
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Rome"
    uids = [str(e["UID"]) for e in events]
    assert uids == [str(e["UID"]) for e in Calendar.from_ical(second.read_bytes()).walk("VEVENT")]
    text = first.read_text(encoding="utf-8")
    for person in rows(run(agenda_db, "list", "participants").stdout)[:50]:
        assert person["codice_fiscale"] not in text
        assert f"{person['last_name']} {person['first_name']}" not in text
    unknown = run(
        agenda_db, "export", "ics", "--operator", "nessuno", "--out", str(tmp_path / "x.ics")
    )
    assert unknown.returncode == 2 and not (tmp_path / "x.ics").exists()


def test_export_agenda_and_reminder_card(agenda_db: Path, tmp_path: Path) -> None:
    desk = rows(run(agenda_db, "list", "desks").stdout)[1]["code"]
    slot = run(
        agenda_db, "slots", "--from", TOMORROW, "--desk", desk, "--minutes", "60", "--count", "1"
    ).stdout
    start, operator = slot.split()
    booked = run(
        agenda_db,
        "book",
        "--participant",
        a_participant(agenda_db, 5),
        "--operator",
        operator,
        "--desk",
        desk,
        "--start",
        start,
        "--minutes",
        "60",
    )
    assert booked.returncode == 0, booked.stderr
    number = booked.stdout.split("n. ")[1].split(":")[0]
    agenda = tmp_path / "agenda.pdf"
    day = start[:10]
    result = run(agenda_db, "export", "agenda", "--desk", desk, "--date", day, "--out", str(agenda))
    assert result.returncode == 0, result.stderr
    assert agenda.read_bytes().startswith(b"%PDF")
    card = tmp_path / "card.pdf"
    result = run(agenda_db, "export", "card", "--appointment", number, "--out", str(card))
    assert result.returncode == 0, result.stderr
    assert card.read_bytes().startswith(b"%PDF")
    bad = run(
        agenda_db,
        "export",
        "agenda",
        "--desk",
        "NOPE",
        "--date",
        day,
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert bad.returncode == 2 and "Sportello" in bad.stderr and not (tmp_path / "x.pdf").exists()
    missing = run(
        agenda_db, "export", "card", "--appointment", "999999", "--out", str(tmp_path / "y.pdf")
    )
    assert missing.returncode == 2 and not (tmp_path / "y.pdf").exists()
