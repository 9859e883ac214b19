"""Importing past service hours (with course attendance) and outcomes from real-looking files."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from models.entities import Course, CourseEdition, Enrollment, Participant
from models.enums import Role, ServiceType
from models.errors import ValidationError
from models.rows import Actor
from models.validation import ParticipantInput
from storage.engine import Database
from storage.services.activity_import import import_deliveries, import_outcomes
from storage.services.intake import ConsentInput, PathwayInput, open_pathway, record_consent
from storage.services.participants import create_participant
from tests.conftest import make_cf
from tests.unit.test_tutoring import CF, TUTOR
from tests.unit.test_tutoring import pathway_id as pathway_id  # the fixture

CF2 = make_cf("Bassi", "Lucia", "F", date(1990, 5, 5))
# Imports are staff work (issue 8); the tutor of the pathways is g.verdi.
IMPORTER = Actor("c.bianchi", Role.COORDINATOR)
TOMORROW = (date.today() + timedelta(days=1)).strftime("%d/%m/%Y")


@pytest.fixture
def world(db: Database, admin: Actor, pathway_id: int) -> Database:
    create_participant(db, admin, ParticipantInput("Bassi", "Lucia", codice_fiscale=CF2))
    record_consent(db, admin, CF2, ConsentInput(date(2026, 2, 1)))
    open_pathway(db, admin, PathwayInput(CF2, "GOL", "g.verdi", date(2026, 2, 2)))
    with db.transaction() as s:
        course = Course(code="EMP", title="Empowerment", service_type=ServiceType.TRAINING,
                        total_hours=Decimal(29))  # fmt: skip
        s.add(course)
        s.flush()
        edition = CourseEdition(course_id=course.id, code="EMP-CR", town="Cremona",
                                start_date=date(2026, 3, 1))  # fmt: skip
        s.add(edition)
        s.flush()
        mario = s.query(Participant).filter_by(codice_fiscale=CF).one()
        s.add(
            Enrollment(edition_id=edition.id, participant_id=mario.id, enrolled_on=date(2026, 3, 1))
        )
    return db


DELIVERIES = f"""codice_fiscale;data;inizio;fine;minuti;servizio;operatore;luogo;edizione;presenza
{CF};03/03/2026;9:00;10:30;;Counselling individuale;g.verdi;Cremona;;
{CF.lower()};2026-03-04;;;60;orientation;;;;
{CF};05/03/2026;11:00;10:00;;Orientamento;;;;
{CF};06/03/2026;;;800;Orientamento;;;;
RSSMRA00A01D150X;07/03/2026;;;60;Orientamento;;;;
{CF};07/03/2026;;;60;Pulizie;;;;
{CF};01/01/2020;;;60;Orientamento;;;;
{CF};10/03/2026;9:00;13:00;;Formazione;;Aula 2;emp-cr;presente
{CF};11/03/2026;9.00;13.00;;Formazione;;;EMP-CR;assente
{CF2};10/03/2026;9:00;13:00;;Formazione;;;EMP-CR;presente
{CF};12/03/2026;;;200;coaching;;;;
{CF};27/02/2026;9:00;13:00;;Formazione;;;EMP-CR;presente
{CF};{TOMORROW};;;30;Orientamento;;;;
;;;;;;;;;
"""


def counts(db: Database) -> tuple[int, int, int]:
    return (
        int(db.read("SELECT coalesce(sum(minutes), 0) FROM service_deliveries")[0][0]),
        int(db.read("SELECT count(*) FROM attendances")[0][0]),
        int(db.read("SELECT count(*) FROM edition_sessions")[0][0]),
    )


def test_deliveries_rows_rejected_with_line_field_reason_and_no_duplicates(
    world: Database, tmp_path: Path
) -> None:
    path = tmp_path / "ore.csv"
    path.write_text(DELIVERIES, encoding="utf-8-sig")
    report = import_deliveries(world, IMPORTER, path)
    assert (report.rows, report.imported, report.existing) == (13, 4, 0)
    problems = {(p.line, p.field) for p in report.problems}
    assert problems == {
        (4, "end"),
        (5, "minutes"),
        (6, "codice_fiscale"),
        (7, "service_type"),
        (8, "date"),
        (11, "edition"),
        (12, "row"),
        (13, "date"),  # before the enrolment
        (14, "date"),  # tomorrow
    }
    reasons = {p.line: p.reason for p in report.problems}
    assert "non è iscritto all'edizione EMP-CR" in reasons[11]
    assert "supera di 20 minuti" in reasons[12]
    assert "nessun percorso" in reasons[8]
    assert "prima dell'iscrizione all'edizione EMP-CR (01/03/2026)" in reasons[13]
    # 90 + 60 + 240 (present at the course) minutes; two attendances; two sessions created.
    assert counts(world) == (390, 2, 2)
    group = world.read(
        "SELECT mode, edition_session_id IS NOT NULL, place FROM service_deliveries "
        "WHERE service_type = 'training'"
    )
    assert [tuple(r) for r in group] == [("group", 1, "Aula 2")]

    again = import_deliveries(world, IMPORTER, path)
    assert (again.imported, again.existing, len(again.problems)) == (0, 4, 9)
    assert counts(world) == (390, 2, 2)


def test_hours_within_a_pathway_closed_since_are_imported(
    world: Database, admin: Actor, pathway_id: int, tmp_path: Path
) -> None:
    from models.enums import PathwayStatus
    from storage.services.intake import set_pathway_status

    set_pathway_status(
        world, admin, pathway_id, PathwayStatus.CLOSED_NEGATIVE, reason="Trasferito",
        end_date=date(2026, 3, 20),
    )  # fmt: skip
    path = tmp_path / "ore.csv"
    path.write_text(
        "cf,date,minutes,service\n"
        f"{CF},2026-03-19,60,orientation\n"
        f"{CF},2026-03-21,60,orientation\n",
        encoding="utf-8",
    )
    report = import_deliveries(world, IMPORTER, path)
    assert report.imported == 1
    assert [(p.line, p.field) for p in report.problems] == [(3, "date")]


def test_outcomes_from_xlsx_with_english_headers(world: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Tax code", "Contract type", "Employer", "Start date", "Months"])
    sheet.append([CF, "Tempo determinato", "Falegnameria Bassi", date(2026, 10, 1), 6])
    sheet.append([CF, "TI", "Panificio Rota", "01/11/2026", None])
    sheet.append([CF, "fixed_term", "Rota", "2026-10-05", None])
    sheet.append([CF, "open_ended", "Rota", "2026-10-05", 12])
    sheet.append([CF, "cavallo", "Rota", "2026-10-05", None])
    sheet.append([CF2, "Rientro in formazione", None, "2026-09-01", None])
    sheet.append([CF2, "Tempo determinato", None, "2026-09-01", 3])
    path = tmp_path / "esiti.xlsx"
    book.save(path)

    report = import_outcomes(world, IMPORTER, path)
    assert (report.rows, report.imported, report.existing) == (7, 3, 0)
    assert {(p.line, p.field) for p in report.problems} == {
        (4, "months"),
        (5, "months"),
        (6, "type"),
        (8, "employer"),
    }
    rows = world.read("SELECT type, employer, months, pathway_id IS NOT NULL FROM outcomes")
    assert sorted(tuple(r) for r in rows) == [
        ("education", None, None, 1),
        ("fixed_term", "Falegnameria Bassi", 6, 1),
        ("open_ended", "Panificio Rota", None, 1),
    ]
    again = import_outcomes(world, IMPORTER, path)
    assert (again.imported, again.existing) == (0, 3)


def test_a_file_without_the_needed_columns_is_refused(world: Database, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("nome;cognome\nMario;Rossi\n", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        import_deliveries(world, IMPORTER, path)
    assert "Codice fiscale" in info.value.reason and "Data" in info.value.reason
    assert counts(world) == (0, 0, 0)


def test_operators_and_tutors_cannot_import(world: Database, tmp_path: Path) -> None:
    """Imports are for coordinators and administrators: a tutor is refused too, even for the
    people they follow."""
    from models.errors import PermissionDenied

    path = tmp_path / "x.csv"
    path.write_text(DELIVERIES, encoding="utf-8")
    with pytest.raises(PermissionDenied):
        import_deliveries(world, Actor("o.sala", Role.OPERATOR), path)
    with pytest.raises(
        PermissionDenied, match=r"^L'utente g.verdi \(tutor\) non può importare ore di servizio\.$"
    ):
        import_deliveries(world, TUTOR, path)
    with pytest.raises(PermissionDenied, match=r"non può importare esiti"):
        import_outcomes(world, TUTOR, path)
