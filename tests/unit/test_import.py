"""Participant import from CSV and XLSX: headers, row-level rejections, idempotence, faults."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import models.importing as importing
from models.errors import ValidationError
from models.rows import Actor
from storage.engine import Database
from storage.services.importing import ImportCancelled, import_participants, preview_import
from tests.conftest import make_cf

TODAY = date(2026, 11, 23)
ROSSI = make_cf("Rossi", "Mario", "M", date(1980, 1, 1))
VERDI = make_cf("Verdi", "Anna", "F", date(1992, 5, 17), "E648")
NICOLO = make_cf("Citì", "Nicolò", "M", date(2001, 11, 23))


def count(db: Database) -> int:
    return int(db.read("SELECT count(*) FROM participants")[0][0])


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_semicolon_csv_with_bom_and_italian_headers(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    text = (
        "\ufeffCodice Fiscale;COGNOME;Nome;Data_Nascita;Sesso;Telefono;CAP;Comune residenza\n"
        f"{ROSSI};Rossi;Mario;01/01/1980;M;333 123 4567;26100;Cremona\n"
        f"{VERDI.lower()};Verdi;Anna;1992-05-17;F;;;Lodi\n"
        f"{NICOLO};Citì;Nicolò;;;;;\n"
    )
    report = import_participants(db, admin, write(tmp_path / "a.csv", text), today=TODAY)
    assert (report.rows, report.imported, report.existing, report.problems) == (3, 3, 0, [])
    rows = db.read(
        "SELECT codice_fiscale, phone, postcode, municipality, search_key, birth_place"
        " FROM participants ORDER BY last_name"
    )
    assert rows[0] == (NICOLO, None, None, None, "citi nicolo", "Cremona")
    assert rows[1] == (ROSSI, "+393331234567", "26100", "Cremona", "rossi mario", "Cremona")
    assert rows[2][0] == VERDI and rows[2][5] == "Lodi"
    events = db.read("SELECT action, summary FROM audit_events ORDER BY id DESC LIMIT 1")
    assert events[0][0] == "import" and "imported=3" in events[0][1]


def test_comma_csv_with_english_headers_and_cp1252(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    text = f"last_name,first_name,tax code,birth date\nCitì,Nicolò,{NICOLO},23/11/2001\n"
    report = import_participants(db, admin, write(tmp_path / "b.csv", text, "cp1252"), today=TODAY)
    assert report.imported == 1
    assert db.read("SELECT last_name, first_name FROM participants") == [("Citì", "Nicolò")]


def test_xlsx_with_dates_as_cells(db: Database, admin: Actor, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["cf", "cognome", "nome", "data di nascita", "telefono"])
    sheet.append([ROSSI, "Rossi", "Mario", date(1980, 1, 1), 3331234567])
    sheet.append([None, None, None, None, None])  # an empty row is skipped
    sheet.append([VERDI, "Verdi", "Anna", date(1992, 5, 18), None])  # contradicts the code
    path = tmp_path / "c.xlsx"
    book.save(path)
    report = import_participants(db, admin, path, today=TODAY)
    assert report.imported == 1
    assert [(p.line, p.field) for p in report.problems] == [(4, "birth_date")]
    assert "17/05/1992" in report.problems[0].reason


def test_rejections_name_line_field_and_reason(db: Database, admin: Actor, tmp_path: Path) -> None:
    wrong_check = ROSSI[:-1] + ("A" if ROSSI[-1] != "A" else "B")
    text = (
        "codice_fiscale;cognome;nome;sesso;email;telefono\n"
        f"{wrong_check};Rossi;Mario;;;\n"
        f"{VERDI};Verdi;Anna;M;;\n"
        f"{ROSSI};;Mario;;;\n"
        f"{ROSSI};Rossi;Mario;;non-una-mail;\n"
        f"{ROSSI};Rossi;Mario;;;12\n"
        f";Neri;Luca;;;\n"
        f"{NICOLO};Bianchi;Nicolò;;;\n"  # surname does not match: a warning, imported
        f"{NICOLO};Citì;Nicolò;;;\n"
    )
    report = import_participants(db, admin, write(tmp_path / "d.csv", text), today=TODAY)
    got = [(p.line, p.field) for p in report.problems]
    assert got == [
        (2, "codice_fiscale"),
        (3, "sex"),
        (4, "last_name"),
        (5, "email"),
        (6, "phone"),
        (7, "codice_fiscale"),
        (9, "codice_fiscale"),
    ]
    assert "riga 8" in report.problems[-1].reason
    assert report.imported == 1 and count(db) == 1


def test_reimporting_the_same_file_creates_no_duplicates(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    path = write(tmp_path / "e.csv", f"cf;cognome;nome\n{ROSSI};Rossi;Mario\n{VERDI};Verdi;Anna\n")
    first = import_participants(db, admin, path, today=TODAY)
    preview = preview_import(db, admin, path, today=TODAY)
    second = import_participants(db, admin, path, today=TODAY)
    assert (first.imported, first.existing) == (2, 0)
    assert (preview.valid, preview.existing) == (0, 2)
    assert (second.imported, second.existing) == (0, 2)
    assert count(db) == 2


@pytest.mark.parametrize(
    ("name", "content", "field", "words"),
    [
        ("f.pdf", b"%PDF-1.4", "file", "non riconosciuto"),
        ("f.csv", b"", "file", "vuoto"),
        ("f.csv", b"\n\n", "file", "intestazione"),
        ("f.csv", b"alfa;beta;gamma\n1;2;3\n", "header", "Codice fiscale, Cognome, Nome"),
        ("f.xlsx", b"this is not a zip", "file", "Excel"),
        ("f.csv", b"\x00\x01\x02\x03", "file", "CSV"),
    ],
)
def test_bad_files_give_a_clear_message_and_write_nothing(
    db: Database, admin: Actor, tmp_path: Path, name: str, content: bytes, field: str, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError) as info:
        import_participants(db, admin, path, today=TODAY)
    assert info.value.field == field
    assert words in str(info.value)
    assert count(db) == 0


def test_a_huge_file_is_refused(
    db: Database, admin: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "MAX_ROWS", 3)
    lines = "".join(f"{ROSSI};Rossi;Mario\n" for _ in range(5))
    with pytest.raises(ValidationError, match="troppe"):
        import_participants(db, admin, write(tmp_path / "g.csv", "cf;cognome;nome\n" + lines))
    assert count(db) == 0


def test_a_cancelled_import_writes_nothing(db: Database, admin: Actor, tmp_path: Path) -> None:
    from faker import Faker

    from models.codice_fiscale import compose
    from models.enums import Sex

    fake = Faker("it_IT")
    fake.seed_instance(3)
    lines, seen = [], set()
    while len(lines) < 1200:
        last, first = fake.last_name(), fake.first_name_female()
        born = fake.date_of_birth(minimum_age=18, maximum_age=60)
        cf = compose(last, first, Sex.FEMALE, born, "D150")
        if cf not in seen:
            seen.add(cf)
            lines.append(f"{cf};{last};{first}\n")
    path = write(tmp_path / "h.csv", "cf;cognome;nome\n" + "".join(lines))
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 2  # cancel at the second chunk

    with pytest.raises(ImportCancelled):
        import_participants(db, admin, path, progress=progress, today=TODAY)
    assert calls == [(500, 1200), (1000, 1200)]
    assert count(db) == 0
    assert db.read("SELECT count(*) FROM audit_events")[0][0] == 0


def test_an_explicit_column_mapping_for_unknown_headers(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    path = write(tmp_path / "i.csv", f"Identificativo;Famiglia;Persona\n{ROSSI};Rossi;Mario\n")
    with pytest.raises(ValidationError):
        preview_import(db, admin, path, today=TODAY)
    mapping = {0: "codice_fiscale", 1: "last_name", 2: "first_name"}
    preview = preview_import(db, admin, path, mapping=mapping, today=TODAY)
    assert preview.valid == 1 and preview.sample == [
        {"codice_fiscale": ROSSI, "last_name": "Rossi", "first_name": "Mario"}
    ]
    assert import_participants(db, admin, path, mapping=mapping, today=TODAY).imported == 1
