"""The funder indicators report: every figure on a hand-built data set, counted by hand here.

The data set (period 01/01/2026–30/06/2026) has five people in the population (P1, P2, P3, P4,
P7), one whose pathway ended before the period (P5) and one whose pathway starts after it (P6);
outcomes of several types, course attendance at 80%, 70% and exactly 75%, counselling
deliveries individual and in a group, company contacts, internships activated, concluded,
interrupted and converted, conventions in and out of the period.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from models.entities import (
    Attendance,
    AuditEvent,
    Company,
    CompanyContact,
    Convention,
    Course,
    CourseEdition,
    EditionSession,
    Enrollment,
    FundingProgramme,
    Internship,
    Outcome,
    Participant,
    ParticipantTargetGroup,
    Pathway,
    PlannedService,
    ServiceCap,
    ServiceDelivery,
)
from models.enums import (
    AttendanceStatus,
    AuditAction,
    CompanyContactKind,
    ConventionKind,
    DeliveryMode,
    EducationLevel,
    EmploymentCondition,
    InternshipOutcome,
    InternshipType,
    IscedBand,
    OutcomeType,
    PathwayStatus,
    Referrer,
    Role,
    ServiceType,
    Sex,
    TargetGroup,
)
from models.errors import PermissionDenied, ValidationError
from models.rows import Actor
from storage.engine import Database
from storage.services.indicators import (
    DEFINITIONS,
    compute_indicators,
    indicators_json,
    write_indicators,
)

START, END, TODAY = date(2026, 1, 1), date(2026, 6, 30), date(2026, 11, 23)
COORDINATOR = Actor("c.bianchi", Role.COORDINATOR)
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def _person(code: str, sex: Sex, born: date, **extra: Any) -> Participant:
    return Participant(
        internal_code=code, last_name="Prova", first_name=code, sex=sex, birth_date=born, **extra
    )


@pytest.fixture
def data(db: Database) -> Database:
    """The hand-built data set (see the module docstring); ids are fixed for readability."""
    with db.transaction() as s:
        pa = FundingProgramme(
            id=1, code="PA", name="Programma A", funder="Regione", start_date=date(2025, 1, 1)
        )
        pb = FundingProgramme(
            id=2, code="PB", name="Programma B", funder="Comune", start_date=date(2025, 1, 1)
        )
        s.add_all([pa, pb])
        s.flush()
        s.add_all(
            [
                ServiceCap(programme_id=1, service_type=ServiceType.COUNSELLING, max_hours=10),
                ServiceCap(programme_id=1, service_type=ServiceType.COACHING, max_hours=5),
            ]
        )
        people = [
            _person(
                "P1",
                Sex.FEMALE,
                date(1990, 3, 1),
                education_level=EducationLevel.UPPER_SECONDARY,
                employment_condition=EmploymentCondition.UNEMPLOYED,
                months_unemployed=14,
                referrer=Referrer.CPI,
                citizenship="Italiana",
                l68_registered=True,
            ),
            _person(
                "P2",
                Sex.MALE,
                date(2002, 6, 15),
                isced_band=IscedBand.ISCED_0_2,
                employment_condition=EmploymentCondition.UNEMPLOYED,
                did_date=date(2025, 5, 1),
                referrer=Referrer.TARGETED_PLACEMENT,
                citizenship="Marocchina",
            ),
            _person(
                "P3",
                Sex.FEMALE,
                date(1968, 1, 1),
                education_level=EducationLevel.BACHELOR,
                employment_condition=EmploymentCondition.INACTIVE,
                months_unemployed=30,  # inactive now: not long-term unemployed
                referrer=Referrer.SOCIAL_SERVICES,
                citizenship="Rumena",
            ),
            _person(
                "P4",
                Sex.MALE,
                date(2008, 5, 1),
                employment_condition=EmploymentCondition.STUDENT,
            ),
            _person("P5", Sex.MALE, date(1980, 1, 1), citizenship="Marocchina"),
            _person("P6", Sex.FEMALE, date(1980, 1, 1)),
            _person(
                "P7",
                Sex.FEMALE,
                date(1995, 1, 1),
                isced_band=IscedBand.ISCED_3_4,
                employment_condition=EmploymentCondition.EMPLOYED,
                referrer=Referrer.SELF,
                citizenship="  italiana ",
                l68_registered=True,
            ),
        ]
        for n, person in enumerate(people, start=1):
            person.id = 7 if person.internal_code == "P7" else n
        s.add_all(people)
        s.flush()
        s.add_all(
            ParticipantTargetGroup(participant_id=pid, group=group)
            for pid, group in (
                (1, TargetGroup.DISABILITY),
                (1, TargetGroup.YOUNG),
                (2, TargetGroup.THIRD_COUNTRY),
                (4, TargetGroup.HOMELESS),
                (5, TargetGroup.DISABILITY),
                (7, TargetGroup.OTHER),
            )
        )

        def pathway(
            pid: int, pwid: int, programme: int, begin: date, end: date | None, st: PathwayStatus
        ) -> Pathway:
            return Pathway(
                id=pwid,
                participant_id=pid,
                programme_id=programme,
                start_date=begin,
                end_date=end,
                status=st,
            )

        s.add_all(
            [
                pathway(
                    1, 1, 1, date(2025, 10, 1), date(2026, 3, 31), PathwayStatus.CLOSED_POSITIVE
                ),
                pathway(2, 2, 1, date(2026, 2, 1), None, PathwayStatus.OPEN),
                pathway(3, 3, 1, date(2025, 6, 1), date(2026, 1, 1), PathwayStatus.CLOSED_NEGATIVE),
                pathway(4, 4, 1, date(2026, 6, 30), None, PathwayStatus.OPEN),
                pathway(
                    5, 5, 1, date(2025, 1, 1), date(2025, 12, 15), PathwayStatus.CLOSED_POSITIVE
                ),
                pathway(6, 6, 1, date(2026, 7, 10), None, PathwayStatus.OPEN),
                pathway(
                    7, 7, 2, date(2026, 1, 15), date(2026, 5, 31), PathwayStatus.CLOSED_POSITIVE
                ),
                pathway(1, 8, 2, date(2026, 4, 1), None, PathwayStatus.OPEN),
            ]
        )
        s.flush()
        s.add_all(
            [
                PlannedService(pathway_id=1, service_type=ServiceType.COUNSELLING, planned_hours=8),
                PlannedService(pathway_id=1, service_type=ServiceType.COACHING, planned_hours=4),
                PlannedService(pathway_id=2, service_type=ServiceType.COUNSELLING, planned_hours=6),
                PlannedService(pathway_id=5, service_type=ServiceType.COUNSELLING, planned_hours=9),
            ]
        )

        def delivery(
            pwid: int, kind: ServiceType, day: date, minutes: int, mode: DeliveryMode
        ) -> ServiceDelivery:
            return ServiceDelivery(
                pathway_id=pwid, service_type=kind, date=day, minutes=minutes, mode=mode
            )

        one, group = DeliveryMode.INDIVIDUAL, DeliveryMode.GROUP
        counselling, coaching = ServiceType.COUNSELLING, ServiceType.COACHING
        s.add_all(
            [
                delivery(1, counselling, date(2026, 1, 10), 60, one),
                delivery(1, counselling, date(2026, 2, 10), 90, one),
                delivery(1, counselling, date(2026, 2, 11), 120, group),
                delivery(1, coaching, date(2025, 12, 1), 60, one),  # before the period
                delivery(1, coaching, date(2026, 3, 1), 30, one),
                delivery(2, counselling, date(2026, 6, 30), 45, one),
                delivery(5, counselling, date(2025, 12, 1), 60, one),  # not in the population
                delivery(7, counselling, date(2026, 2, 2), 60, one),
                delivery(3, counselling, date(2026, 7, 1), 60, one),  # after the period
            ]
        )
        # Course: five sessions, 480 minutes; P1 attends 80%, P2 70%, P3 exactly 75% of
        # the 240 minutes held after enrolling; P5 is not in the population; edition 2 is
        # outside the period.
        s.add(
            Course(
                id=1,
                code="C1",
                title="Corso",
                service_type=ServiceType.TRAINING,
                total_hours=Decimal(8),
            )
        )
        s.flush()
        s.add_all(
            [
                CourseEdition(
                    id=1,
                    course_id=1,
                    code="E1",
                    town="Cremona",
                    start_date=date(2026, 3, 1),
                    end_date=date(2026, 4, 30),
                ),
                CourseEdition(
                    id=2, course_id=1, code="E2", town="Lodi", start_date=date(2026, 9, 1)
                ),
            ]
        )
        s.flush()
        sessions = [
            (1, date(2026, 3, 2), 11),
            (2, date(2026, 3, 9), 11),
            (3, date(2026, 3, 16), 10),
            (4, date(2026, 3, 23), 11),
            (5, date(2026, 3, 30), 10),
        ]
        s.add_all(
            EditionSession(id=i, edition_id=1, date=d, start_time=time(9), end_time=time(h))
            for i, d, h in sessions
        )
        s.add(
            EditionSession(
                id=6, edition_id=2, date=date(2026, 9, 7), start_time=time(9), end_time=time(11)
            )
        )
        s.add_all(
            [
                Enrollment(edition_id=1, participant_id=1, enrolled_on=date(2026, 2, 20)),
                Enrollment(edition_id=1, participant_id=2, enrolled_on=date(2026, 2, 20)),
                Enrollment(edition_id=1, participant_id=3, enrolled_on=date(2026, 3, 10)),
                Enrollment(edition_id=1, participant_id=5, enrolled_on=date(2026, 2, 20)),
                Enrollment(edition_id=2, participant_id=4, enrolled_on=date(2026, 8, 1)),
            ]
        )
        s.flush()
        present = AttendanceStatus.PRESENT
        marks = {
            1: {1: 120, 2: 120, 3: 60, 4: 84, 5: 0},
            2: {1: 120, 2: 120, 3: 60, 4: 36},
            3: {3: 60, 4: 120},
            5: {1: 120, 2: 120, 3: 60, 4: 120, 5: 60},
        }
        s.add_all(
            Attendance(
                session_id=sid,
                participant_id=pid,
                status=present if minutes else AttendanceStatus.ABSENT,
                minutes_attended=minutes,
            )
            for pid, by_session in marks.items()
            for sid, minutes in by_session.items()
        )

        def outcome(pid: int, pwid: int | None, kind: OutcomeType, day: date) -> Outcome:
            return Outcome(participant_id=pid, pathway_id=pwid, type=kind, start_date=day)

        s.add_all(
            [
                outcome(1, 1, OutcomeType.INTERNSHIP, date(2026, 2, 1)),
                outcome(1, 1, OutcomeType.FIXED_TERM, date(2026, 4, 10)),
                outcome(3, None, OutcomeType.OPEN_ENDED, date(2026, 1, 21)),
                outcome(3, 3, OutcomeType.NONE, date(2026, 1, 1)),
                outcome(7, 7, OutcomeType.APPRENTICESHIP, date(2026, 6, 30)),
                outcome(2, 2, OutcomeType.SELF_EMPLOYMENT, date(2026, 6, 1)),
                outcome(2, 2, OutcomeType.FIXED_TERM, date(2026, 7, 15)),  # after the period
                outcome(5, 5, OutcomeType.FIXED_TERM, date(2026, 1, 10)),  # not in population
                outcome(4, None, OutcomeType.EDUCATION, date(2026, 6, 30)),
                outcome(1, 8, OutcomeType.AGENCY, date(2026, 5, 1)),  # programme B's pathway
            ]
        )
        companies = [Company(id=n, name=f"Azienda {n}") for n in (1, 2, 3)]
        s.add_all(companies)
        s.flush()
        s.add_all(
            CompanyContact(company_id=c, date=d, kind=k)
            for c, d, k in (
                (1, date(2026, 1, 5), CompanyContactKind.CALL),
                (1, date(2026, 2, 1), CompanyContactKind.CONSULTANCY_RULES),
                (1, date(2026, 2, 15), CompanyContactKind.CONSULTANCY_TOOLS),
                (2, date(2025, 12, 20), CompanyContactKind.VISIT),
                (2, date(2026, 6, 30), CompanyContactKind.EMAIL),
                (3, date(2026, 7, 1), CompanyContactKind.CONSULTANCY_PROCESSES),
            )
        )
        s.add_all(
            [
                Convention(
                    company_id=1,
                    kind=ConventionKind.ART14,
                    cooperative="Coop",
                    start_date=date(2026, 3, 1),
                ),
                Convention(company_id=2, kind=ConventionKind.ART11, start_date=date(2025, 6, 1)),
            ]
        )

        def internship(
            pid: int,
            pwid: int | None,
            begin: date,
            end: date,
            result: InternshipOutcome,
            extended: date | None = None,
        ) -> Internship:
            return Internship(
                participant_id=pid,
                pathway_id=pwid,
                company_id=1,
                type=InternshipType.INCLUSION,
                start_date=begin,
                end_date=end,
                extended_to=extended,
                hours_per_week=20,
                outcome=result,
            )

        s.add_all(
            [
                internship(1, 1, date(2026, 1, 15), date(2026, 3, 15), InternshipOutcome.CONVERTED),
                internship(
                    2,
                    2,
                    date(2025, 11, 1),
                    date(2026, 1, 31),
                    InternshipOutcome.COMPLETED,
                    date(2026, 2, 28),
                ),
                internship(
                    7, 7, date(2026, 2, 1), date(2026, 4, 30), InternshipOutcome.INTERRUPTED
                ),
                internship(5, 5, date(2026, 1, 5), date(2026, 3, 5), InternshipOutcome.COMPLETED),
                internship(3, None, date(2026, 6, 1), date(2026, 12, 1), InternshipOutcome.ONGOING),
            ]
        )
    return db


def report(db: Database, programme: str | None = None) -> dict[str, Any]:
    ind = compute_indicators(
        db, COORDINATOR, start=START, end=END, programme=programme, today=TODAY
    )
    return indicators_json(ind)


def test_all_programmes_equal_the_figures_counted_by_hand(data: Database) -> None:
    """Every figure over all programmes equals what the data set gives when counted by hand."""
    got = report(data)
    assert got["period"] == {"from": "2026-01-01", "to": "2026-06-30"}
    assert got["programme"] is None
    assert got["participants"] == 5  # P1 P2 P3 P4 P7
    assert got["pathways"] == 6  # 1 2 3 4 7 8
    assert got["participants_by_sex"] == {"F": 3, "M": 2}
    assert got["participants_by_target_group"] == {
        "disability": 1,
        "autism": 0,
        "vulnerable_family": 0,
        "young": 1,
        "third_country": 1,
        "homeless": 1,
        "other": 1,
        "none": 1,
    }
    # Ages on 01/01/2026: P1 35, P2 23, P3 58 (born 01/01), P4 17, P7 31.
    assert got["participants_by_age_band"] == {"under_30": 2, "30_54": 2, "over_54": 1}
    assert got["participants_by_education_band"] == {
        "0-2": 1,
        "3-4": 2,
        "5-8": 1,
        "not_recorded": 1,
    }
    assert got["participants_by_employment_condition"] == {
        "employed": 1,
        "unemployed": 2,
        "inactive": 1,
        "student": 1,
        "short_time": 0,
    }
    assert got["participants_by_referrer"]["cpi"] == 1
    assert got["participants_by_referrer"]["targeted_placement"] == 1
    assert got["participants_by_referrer"]["social_services"] == 1
    assert got["participants_by_referrer"]["self"] == 1
    assert got["participants_by_referrer"]["not_recorded"] == 1
    # Course: P1 384/480 passes, P2 336/480 does not, P3 180/240 passes exactly at 75%.
    assert got["attended_over_75"] == {"participants": 2, "enrolled": 3, "percent": 66.7}
    assert got["attended_over_75_percent"] == 66.7
    # Counselling: individual deliveries in the period: pathway 1 twice, 2 once, 7 once.
    assert got["counselling_sessions"] == 4
    assert got["hours_by_service"] == {
        "coaching": {"delivered": 0.5, "planned": 4.0, "cap": 20.0},
        "counselling": {"delivered": 6.25, "planned": 14.0, "cap": 40.0},
    }
    assert got["work_experiences"] == {
        "internship": 1,
        "fixed_term": 1,
        "open_ended": 1,
        "apprenticeship": 1,
        "agency": 1,
        "self_employment": 1,
    }
    assert got["work_experiences_percent"] == {
        "internship": 20.0,
        "fixed_term": 20.0,
        "open_ended": 20.0,
        "apprenticeship": 20.0,
        "agency": 20.0,
        "self_employment": 20.0,
    }
    assert got["work_experiences_total"] == 6
    assert got["people_with_work_experience"] == 4  # P1 P2 P3 P7
    assert got["people_hired"] == 3  # P1 P3 P7 (P2 is self-employed)
    assert got["other_outcomes"] == {"education": 1, "none": 1}
    # Pathways ended in the period: 1 (first job 01/02, before its end: 0), 3 (20), 7 (30).
    assert got["pathways_ended"] == 3
    assert got["days_to_first_work"] == {"min": 0, "median": 20.0, "max": 30, "pathways": 3}
    assert got["companies_contacted"] == 2
    assert got["consultancies"] == 2
    assert got["internships_activated"] == 3
    assert got["internships_concluded"] == 1
    assert got["internships_interrupted"] == 1
    assert got["internships_converted"] == 1
    assert got["conventions_started"] == 1
    assert got["conventions_by_kind"] == {"art14": 1, "art11": 0, "art12": 0}
    assert got["esf_indicators"] == {
        "EECO01": 5,
        "EECO02": 2,
        "EECO03": 2,  # P1 14 months; P2 under 25, DID 01/05/2025 (over six months)
        "EECO04": 2,
        "EECO05": 1,
        "EECO06": 1,
        "EECO07": 1,
        "EECO08": 1,
        "EECO09": 1,
        "EECO10": 2,
        "EECO11": 1,
        "EECO12": 2,  # P1 and P7 (Law 68/99)
        "EECO13": 1,  # P2; P3 is Romanian (EU), P7 «  italiana »
        "EECO16": 1,
        "EECR02": 0,
        "EECR04": 2,  # P1 (0 days) and P3 (20); P7 started after 30 days
    }
    assert set(got["definitions"]) == set(DEFINITIONS)
    json.dumps(got)  # plain JSON values only


def test_one_programme_keeps_to_its_pathways(data: Database) -> None:
    """With a programme, only its pathways make the population and their records count."""
    got = report(data, "pa")
    assert got["programme"] == "PA" and got["programme_name"] == "Programma A"
    assert got["participants"] == 4 and got["pathways"] == 4
    assert got["counselling_sessions"] == 3
    assert got["hours_by_service"]["counselling"] == {
        "delivered": 5.25,
        "planned": 14.0,
        "cap": 40.0,
    }
    assert got["work_experiences"] == {
        "internship": 1,
        "fixed_term": 1,
        "open_ended": 1,
        "apprenticeship": 0,
        "agency": 0,
        "self_employment": 1,
    }
    assert got["work_experiences_percent"]["fixed_term"] == 25.0
    assert got["work_experiences_total"] == 4
    assert got["people_hired"] == 2
    assert got["days_to_first_work"] == {"min": 0, "median": 10.0, "max": 20, "pathways": 2}
    assert got["internships_activated"] == 2  # P1's, and P3's without a pathway
    assert got["internships_interrupted"] == 0 and got["internships_converted"] == 1
    # Companies and conventions are the cooperative's: the same for every programme.
    assert got["companies_contacted"] == 2 and got["conventions_started"] == 1


@pytest.mark.parametrize(
    ("start", "end", "programme", "field"),
    [
        (END, START, None, "to"),
        ("31/02/2026", END, None, "from"),
        (START, None, None, "to"),
        (START, END, "NOPE", "programme"),
    ],
)
def test_bad_period_or_programme_is_refused(
    data: Database, start: Any, end: Any, programme: str | None, field: str
) -> None:
    """A period that ends before it starts, a bad date or an unknown programme name the field."""
    with pytest.raises(ValidationError) as info:
        compute_indicators(data, COORDINATOR, start=start, end=end, programme=programme)
    assert info.value.field == field


def test_a_tutor_and_an_operator_are_refused(data: Database, tmp_path: Path) -> None:
    """Only coordinators and administrators produce the report; nothing is written otherwise."""
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    for role in (Role.TUTOR, Role.OPERATOR):
        with pytest.raises(PermissionDenied):
            compute_indicators(data, Actor("x.y", role), start=START, end=END)
        with pytest.raises(PermissionDenied):
            write_indicators(
                data,
                Actor("x.y", role),
                start=START,
                end=END,
                programme=None,
                fmt="json",
                out=tmp_path / "r.json",
            )
    assert list(tmp_path.iterdir()) == []


def test_empty_period_gives_zeros_not_errors(db: Database) -> None:
    """No data at all: every count is zero and the days are empty, no division by zero."""
    got = report(db)
    assert got["participants"] == 0 and got["attended_over_75_percent"] == 0.0
    assert got["days_to_first_work"] == {"min": None, "median": None, "max": None, "pathways": 0}
    assert got["work_experiences_percent"]["fixed_term"] == 0.0


def test_json_file_is_written_and_the_export_audited(data: Database, tmp_path: Path) -> None:
    """write_indicators writes the same JSON and records an EXPORT event without personal data."""
    out = write_indicators(
        data,
        COORDINATOR,
        start=START,
        end=END,
        programme="PA",
        fmt="json",
        out=tmp_path / "r.json",
        today=TODAY,
    )
    assert json.loads(out.read_text(encoding="utf-8")) == report(data, "PA")
    with data.transaction(write=False) as s:
        events = [e for e in s.query(AuditEvent) if e.action is AuditAction.EXPORT]
    assert len(events) == 1 and events[0].entity == "indicators"
    assert "PA" in events[0].summary and "Prova" not in events[0].summary


@pytest.mark.parametrize(
    ("name", "fmt", "field"),
    [
        ("missing/r.json", "json", "out"),
        ("r.pdf", "xlsx", "out"),
        ("r.csv", "csv", "format"),
    ],
)
def test_bad_outputs_are_refused_before_any_work(
    data: Database, tmp_path: Path, name: str, fmt: str, field: str
) -> None:
    """A missing folder, a suffix that is not the format's or an unknown format: nothing written."""
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ValidationError) as info:
        write_indicators(
            data, COORDINATOR, start=START, end=END, programme=None, fmt=fmt, out=tmp_path / name
        )
    assert info.value.field == field
    assert list(tmp_path.iterdir()) == []


def test_xlsx_has_a_sheet_per_table_and_definitions(data: Database, tmp_path: Path) -> None:
    """The workbook holds the tables, bold headers and the «Definizioni» sheet."""
    from openpyxl import load_workbook

    out = write_indicators(
        data, COORDINATOR, start=START, end=END, programme=None, fmt="xlsx", out=tmp_path / "r.xlsx"
    )
    book = load_workbook(out)
    assert book.sheetnames == [
        "Rapporto",
        "Sintesi",
        "Sesso",
        "Gruppi target",
        "Età",
        "Istruzione",
        "Condizione",
        "Invianti",
        "Ore",
        "Esiti",
        "Aziende e tirocini",
        "FSE+",
        "Definizioni",
    ]
    sex = book["Sesso"]
    assert [c.value for c in sex[1]] == ["Voce", "Partecipanti", "%"]
    assert sex["A1"].font.bold
    assert [c.value for c in sex[2]] == ["Femmine", 3, 0.6]
    assert sex["C2"].number_format == "0.0%"
    esiti = book["Esiti"]
    assert [c.value for c in esiti[3]] == ["Tempo determinato", 1, 1, 0.2]
    hours = book["Ore"]
    assert [c.value for c in hours[3]] == ["Counselling individuale", 6.25, 14.0, 40.0]
    assert hours["B3"].number_format == "#,##0.00"
    assert book["FSE+"]["A2"].value == "EECO01" and book["FSE+"]["C2"].value == 5
    notes = book["Definizioni"]
    assert notes["A1"].value == "Indicatore" and notes["A1"].font.bold
    texts = [row[1].value for row in notes.iter_rows(min_row=2)]
    assert len(texts) == len(DEFINITIONS) and DEFINITIONS["counselling_sessions"] in texts
    assert book["Sintesi"].column_dimensions["A"].width > 20


@needs_poppler
def test_pdf_has_the_tables_charts_and_definitions_in_dejavu(
    data: Database, tmp_path: Path
) -> None:
    """The PDF holds the cover, the figures, the definitions appendix; fonts are DejaVu only."""
    out = write_indicators(
        data,
        COORDINATOR,
        start=START,
        end=END,
        programme="PA",
        fmt="pdf",
        out=tmp_path / "r.pdf",
        today=TODAY,
    )
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Rapporto sugli indicatori" in flat
    assert "PA – Programma A" in flat and "dal 01/01/2026 al 30/06/2026" in flat
    assert "Indicatori comuni FSE+" in flat and "EECO13" in flat
    assert "Esperienze di lavoro per tipo di contratto" in flat
    assert "Femmine: 2 (50,0%)" in flat  # the pie's legend: P1 and P3 in programme A
    appendix = flat.split("Definizioni Popolazione")[-1]
    for definition in DEFINITIONS.values():
        assert " ".join(definition.split())[:60] in appendix
    pages = int(
        next(
            line.split()[-1]
            for line in subprocess.run(
                ["pdfinfo", str(out)], capture_output=True, text=True
            ).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    assert f"pagina {pages} di {pages}" in flat
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    listed = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert listed and all("DejaVuSans" in row[0] and row[-5] == "yes" for row in listed), fonts
