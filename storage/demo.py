"""Realistic, fictional demo data for training, screenshots and load tests.

Everything is generated from one seed (and the day it is loaded on, since appointments sit around
"today"): the same seed on the same day gives the same people, codes and dates. Names and streets
come from Faker's it_IT locale; every codice fiscale is computed, so it is valid and consistent
with the person's name, sex, birth date and place. Desks are real Lombard municipalities; people,
companies and notes are invented (company VAT numbers pass the check digit but are made up).

The whole load is one write transaction: a crash or a cancellation leaves the database as it was.
Rows go in with bulk Core inserts and explicit primary keys, a chunk of participants at a time,
so memory stays flat at 100,000 participants.
"""

from __future__ import annotations

import random
import time as clock
import uuid as uuidlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select

from models import entities as e
from models.base import Base, utcnow
from models.codice_fiscale import compose
from models.enums import (
    ISCED_BAND,
    ApplicationChannel,
    ApplicationStatus,
    AppointmentKind,
    AppointmentMode,
    AppointmentStatus,
    AttendanceStatus,
    AuditAction,
    Benefit,
    CompanyContactKind,
    ConsentSigner,
    ConventionKind,
    Counterpart,
    DeliveryMode,
    EducationLevel,
    EmploymentCondition,
    InternshipOutcome,
    InternshipType,
    L68Category,
    MeetingMode,
    OutcomeType,
    PathwayStatus,
    Referrer,
    Role,
    ServiceType,
    Sex,
    TargetGroup,
)
from models.errors import ConflictError, ValidationError
from models.rows import Actor
from models.text import search_key
from storage import audit
from storage.engine import Database, sync_id_sequences
from storage.services.common import STAFF, require
from storage.services.jobsearch import JOB_SEARCH_CHANNELS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MAX_PARTICIPANTS = 200_000
CHUNK = 1_000
DEMO_EMAIL_DOMAIN = "esempio.it"
# Every demo user signs in with this password (the README and the first-run page say so). Demo
# data is fictional and public: one hash, computed once per load, serves all demo users.
DEMO_PASSWORD = "sportello-demo"
# Invented social cooperatives (type B) for the art. 14 conventions of the demo data.
DEMO_COOPERATIVES = (
    "Cooperativa sociale Il Ponte",
    "Cooperativa sociale La Zolla",
    "Cooperativa sociale Filo di Seta",
    "Cooperativa sociale Il Girasole",
)

Progress = Callable[[int, int], "bool | None"]


class DemoCancelled(Exception):
    """The person cancelled the load: the transaction was rolled back, nothing was written."""


@dataclass
class DemoReport:
    counts: dict[str, int]
    seconds: float
    seed: int = 1


# --------------------------------------------------------------------------- fixed reference data


@dataclass(frozen=True)
class Town:
    name: str
    province: str
    belfiore: str
    postcode: str
    code: str


# Real Lombard municipalities that host the demo desks, with their Belfiore code and postcode.
TOWNS: tuple[Town, ...] = (
    Town("Casalmaggiore", "CR", "B898", "26041", "CSM"),
    Town("Cremona", "CR", "D150", "26100", "CRE"),
    Town("Crema", "CR", "D142", "26013", "CRM"),
    Town("Lodi", "LO", "E648", "26900", "LOD"),
    Town("Soresina", "CR", "I849", "26015", "SOR"),
    Town("Codogno", "LO", "C816", "26845", "COD"),
    Town("Castelleone", "CR", "C153", "26012", "CSL"),
    Town("Viadana", "MN", "L826", "46019", "VIA"),
    Town("Soncino", "CR", "I827", "26029", "SON"),
    Town("Bagnolo Cremasco", "CR", "A570", "26010", "BAG"),
    Town("Suzzara", "MN", "L020", "46029", "SUZ"),
    Town("Mantova", "MN", "E897", "46100", "MAN"),
    Town("Pavia", "PV", "G388", "27100", "PAV"),
    Town("Brescia", "BS", "B157", "25121", "BRE"),
    Town("Bergamo", "BG", "A794", "24121", "BER"),
    Town("Milano", "MI", "F205", "20121", "MIL"),
)
# Telephone area codes by province (the first digits of a fixed line, with the 0).
AREA_CODES = {
    "CR": "0372",
    "LO": "0371",
    "MN": "0376",
    "PV": "0382",
    "BS": "030",
    "BG": "035",
    "MI": "02",
}
# How many desks the demo opens at most on real towns (the rest are birth places only).
REAL_DESKS = 8
PATRON_DAYS = {"Cremona": ("11-13", "Sant'Omobono"), "Lodi": ("01-19", "San Bassiano")}

# Foreign birth states: Belfiore code, citizenship, first names (M, F), surnames.
FOREIGN: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "Z330",
        "Marocchina",
        ("Mohamed", "Youssef", "Ahmed", "Rachid", "Hamza"),
        ("Fatima", "Khadija", "Amina", "Salma", "Naima"),
        ("El Amrani", "Benali", "Bouzid", "Haddad", "El Idrissi", "Tahiri"),
    ),
    (
        "Z129",
        "Rumena",
        ("Andrei", "Ionut", "Mihai", "Florin", "Gabriel"),
        ("Ioana", "Elena", "Mihaela", "Andreea", "Cristina"),
        ("Popescu", "Ionescu", "Dumitru", "Stan", "Munteanu", "Constantin"),
    ),
    (
        "Z100",
        "Albanese",
        ("Arben", "Ermal", "Gentian", "Ilir", "Kledi"),
        ("Elira", "Anila", "Blerina", "Valbona", "Ornela"),
        ("Hoxha", "Kola", "Dervishi", "Shehu", "Leka", "Gjoni"),
    ),
    (
        "Z343",
        "Senegalese",
        ("Mamadou", "Ousmane", "Cheikh", "Ibrahima", "Moussa"),
        ("Awa", "Fatou", "Aminata", "Mariama", "Khady"),
        ("Diop", "Ndiaye", "Fall", "Sow", "Gueye", "Sarr"),
    ),
    (
        "Z138",
        "Ucraina",
        ("Andriy", "Oleksandr", "Taras", "Dmytro", "Mykola"),
        ("Olena", "Oksana", "Iryna", "Natalia", "Kateryna"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko"),
    ),
    (
        "Z222",
        "Indiana",
        ("Harpreet", "Gurpreet", "Rajesh", "Amandeep", "Sandeep"),
        ("Manpreet", "Priya", "Simran", "Kiran", "Jaspreet"),
        ("Singh", "Kaur", "Kumar", "Sharma", "Gill", "Sandhu"),
    ),
)

ATECO = (
    ("10.51", "Industria lattiero-casearia"),
    ("25.62", "Lavorazioni meccaniche"),
    ("47.11", "Supermercato"),
    ("56.10", "Ristorazione"),
    ("81.21", "Pulizie"),
    ("81.30", "Cura del verde"),
    ("52.10", "Logistica e magazzino"),
    ("87.30", "Residenza per anziani"),
    ("38.11", "Raccolta rifiuti"),
    ("01.13", "Azienda agricola"),
    ("82.19", "Servizi di ufficio"),
    ("96.01", "Lavanderia industriale"),
)
ROLES_OFFERED = (
    "Addetto/a al magazzino",
    "Addetto/a alle pulizie",
    "Aiuto cuoco/a",
    "Addetto/a allo scaffale",
    "Operatore/trice del verde",
    "Impiegato/a d'ordine",
    "Addetto/a al confezionamento",
    "Ausiliario/a socio-assistenziale",
    "Operaio/a generico/a",
    "Cameriere/a di sala",
)

NOTE_TEXTS: dict[Counterpart, tuple[str, ...]] = {
    Counterpart.PARTICIPANT: (
        "Colloquio di aggiornamento: ripresi gli obiettivi del piano e le candidature inviate.",
        "Ricostruito il curriculum con la persona; individuate tre mansioni di interesse.",
        "Verifica dell'andamento del tirocinio: la persona riferisce un buon inserimento.",
        "Preparazione al colloquio di lavoro con simulazione delle domande più frequenti.",
        "Colloquio di orientamento: esplorati interessi, vincoli di orario e spostamenti.",
    ),
    Counterpart.FAMILY: (
        "Incontro con la famiglia per condividere il progetto e gli orari del tirocinio.",
        "Telefonata con un familiare per organizzare gli spostamenti verso l'azienda.",
    ),
    Counterpart.COMPANY: (
        "Visita in azienda con il tutor aziendale: mansioni chiare, inserimento regolare.",
        "Confronto con il referente aziendale sull'adattamento della postazione di lavoro.",
    ),
    Counterpart.REFERRER: (
        "Aggiornamento con il servizio inviante sull'andamento del percorso.",
        "Incontro di rete con il servizio inviante per ridefinire gli obiettivi.",
    ),
    Counterpart.PROFESSIONAL: (
        "Confronto con l'educatore di riferimento sulle strategie di affiancamento.",
    ),
    Counterpart.OTHER: ("Contatto con il centro per l'impiego per la verifica della DID.",),
}
NEXT_STEPS = (
    "Inviare due candidature entro la prossima settimana.",
    "Fissare la visita in azienda con il tutor aziendale.",
    "Aggiornare il curriculum e caricarlo sul portale regionale.",
    "Sentire il servizio inviante per la verifica intermedia.",
    "Preparare la documentazione per l'avvio del tirocinio.",
)
ACCESSIBILITY = (
    "Preferisce appuntamenti al mattino e un ambiente tranquillo.",
    "Serve un accesso senza barriere architettoniche.",
    "Comunicazioni scritte in linguaggio semplice, con promemoria il giorno prima.",
    "Accompagnata da un familiare ai primi incontri.",
)


@dataclass(frozen=True)
class ProgrammeSpec:
    code: str
    name: str
    funder: str
    notice: str
    start: int  # days before today
    months: int
    groups: tuple[TargetGroup, ...]
    caps: dict[ServiceType, int]
    rate: int


# A programme that ended long ago: its people are past retention (5 years from the end of
# 2018), so that `retention --dry-run` and «Anonimizza ora…» have someone to show on demo data.
HISTORIC = ProgrammeSpec(
    "DUL-2017",
    "Dote Unica Lavoro 2017 (chiuso)",
    "Regione Lombardia – FSE 2014-2020 (dimostrativo)",
    "DUL-2017/01",
    0,
    24,
    (TargetGroup.OTHER,),
    {ServiceType.ORIENTATION: 8, ServiceType.ACTIVE_JOB_SEARCH: 20},
    30,
)
HISTORIC_START = date(2017, 1, 1)
HISTORIC_EVERY = 60  # one person in sixty comes from it


PROGRAMMES: tuple[ProgrammeSpec, ...] = (
    ProgrammeSpec(
        "DOTE-DIS-2025",
        "Dote lavoro disabilità – Piano provinciale 2025",
        "Provincia – Fondo regionale disabili (dimostrativo)",
        "PPD-2025/01",
        720,
        36,
        (TargetGroup.DISABILITY,),
        {
            ServiceType.RECEPTION: 2,
            ServiceType.SPECIALIST_INTERVIEW: 4,
            ServiceType.PATHWAY_DEFINITION: 4,
            ServiceType.SKILLS_ASSESSMENT: 8,
            ServiceType.INTERNSHIP_TUTORING: 30,
            ServiceType.COMPANY_SCOUTING: 10,
            ServiceType.JOB_ACCOMPANIMENT: 20,
            ServiceType.ACTIVE_JOB_SEARCH: 16,
        },
        38,
    ),
    ProgrammeSpec(
        "GOL-2025",
        "GOL – Garanzia di occupabilità dei lavoratori",
        "Regione Lombardia – PNRR (dimostrativo)",
        "GOL-LOM-2025",
        540,
        24,
        (TargetGroup.YOUNG, TargetGroup.THIRD_COUNTRY, TargetGroup.OTHER),
        {
            ServiceType.RECEPTION: 2,
            ServiceType.ORIENTATION: 6,
            ServiceType.SKILLS_ASSESSMENT: 6,
            ServiceType.ACTIVE_JOB_SEARCH: 20,
            ServiceType.JOB_MATCHING: 8,
            ServiceType.TRAINING: 40,
        },
        35,
    ),
    ProgrammeSpec(
        "AUT-2026",
        "Percorsi di inclusione lavorativa nello spettro autistico",
        "Fondazione comunitaria (dimostrativo)",
        "AUT-2026/03",
        330,
        18,
        (TargetGroup.AUTISM,),
        {
            ServiceType.SPECIALIST_INTERVIEW: 6,
            ServiceType.COACHING: 24,
            ServiceType.TRAINING: 29,
            ServiceType.INTERNSHIP_TUTORING: 40,
            ServiceType.SUPPORT_NETWORK: 10,
        },
        40,
    ),
    ProgrammeSpec(
        "FAM-2025",
        "Inclusione attiva delle famiglie vulnerabili",
        "Ambito territoriale – Fondo povertà (dimostrativo)",
        "FP-2025/07",
        600,
        30,
        (TargetGroup.VULNERABLE_FAMILY, TargetGroup.HOMELESS),
        {
            ServiceType.RECEPTION: 2,
            ServiceType.COUNSELLING: 10,
            ServiceType.ORIENTATION: 6,
            ServiceType.ACTIVE_JOB_SEARCH: 16,
            ServiceType.SUPPORT_NETWORK: 12,
        },
        33,
    ),
)

KIND_BY_SERVICE: dict[ServiceType, AppointmentKind] = {
    ServiceType.RECEPTION: AppointmentKind.FIRST_CONTACT,
    ServiceType.SPECIALIST_INTERVIEW: AppointmentKind.INTAKE,
    ServiceType.PATHWAY_DEFINITION: AppointmentKind.INTAKE,
    ServiceType.SKILLS_ASSESSMENT: AppointmentKind.SKILLS_ASSESSMENT,
    ServiceType.ORIENTATION: AppointmentKind.ORIENTATION,
    ServiceType.ACTIVE_JOB_SEARCH: AppointmentKind.JOB_SEARCH,
    ServiceType.JOB_MATCHING: AppointmentKind.JOB_SEARCH,
    ServiceType.INTERNSHIP_TUTORING: AppointmentKind.INTERNSHIP_TUTORING,
    ServiceType.COACHING: AppointmentKind.MONITORING,
    ServiceType.COUNSELLING: AppointmentKind.MONITORING,
}


# --------------------------------------------------------------------------- the generator


@dataclass
class _Desk:
    id: int
    town: Town
    weekdays: tuple[int, ...]
    rooms: int
    staff: list[int] = field(default_factory=list)
    tutors: list[int] = field(default_factory=list)  # the staff who follow pathways
    open_days: list[date] = field(default_factory=list)


@dataclass
class _Ids:
    """Next primary key per table: the load assigns keys itself so rows can refer to each other."""

    next: dict[str, int] = field(default_factory=dict)

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value


class _Generator:
    def __init__(self, session: Session, actor: Actor, seed: int, today: date) -> None:
        from faker import Faker

        self.session = session
        self.actor = actor
        self.today = today
        self.rng = random.Random(seed)
        self.uuid_rng = random.Random(seed * 7919 + 17)
        self.now = utcnow()
        self.counts: dict[str, int] = defaultdict(int)
        self.ids = _Ids()
        for table in Base.metadata.sorted_tables:
            if "id" in table.c:
                top = session.execute(select(func.max(table.c.id))).scalar()
                self.ids.next[table.name] = int(top or 0) + 1
        fake = Faker("it_IT")
        fake.seed_instance(seed)
        self.male = sorted({fake.first_name_male() for _ in range(400)})
        self.female = sorted({fake.first_name_female() for _ in range(400)})
        self.surnames = sorted({fake.last_name() for _ in range(1200)})
        usual = ("Via ", "Viale ", "Piazza ", "Corso ", "Vicolo ", "Largo ")
        streets = {fake.street_name() for _ in range(1500)}
        self.streets = sorted(s for s in streets if s.startswith(usual)) or sorted(streets)
        self.fake = fake
        self.used_cf: set[str] = set()
        self.used_codes: set[str] = set()
        self.used_vat: set[str] = set()
        # (operator id, start) and (desk id, start) -> taken, for overlap-free appointments.
        self.operator_slots: set[tuple[int, datetime]] = set()
        self.room_use: dict[tuple[int, datetime], int] = defaultdict(int)
        self.buffer: dict[str, list[dict[str, Any]]] = defaultdict(list)
        # Participants with an open pathway, by desk: the course editions enrol them.
        self.open_by_desk: dict[int, list[int]] = defaultdict(list)
        # Open pathways by participant: (pathway id, its start, training minutes left under the
        # programme's cap or None when uncapped), for the group courses' hours.
        self.course_room: dict[int, tuple[int, date, int | None]] = {}

    # ------------------------------------------------------------------ helpers

    def uuid(self) -> str:
        return str(uuidlib.UUID(int=self.uuid_rng.getrandbits(128), version=4))

    def tracked(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid(),
            "created_at": self.now,
            "updated_at": self.now,
            "created_by": self.actor.username,
            "updated_by": self.actor.username,
        }

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.buffer[table].append(row)

    def flush(self) -> None:
        """Insert the buffered rows in foreign-key order and empty the buffers."""
        for table in Base.metadata.sorted_tables:
            rows = self.buffer.pop(table.name, None)
            if rows:
                self.session.execute(insert(table), rows)
                self.counts[table.name] += len(rows)
        assert not self.buffer, f"unknown tables: {sorted(self.buffer)}"

    def day_between(self, start: date, end: date) -> date:
        span = (end - start).days
        return start + timedelta(days=self.rng.randint(0, max(span, 0)))

    def full_name(self) -> str:
        return f"{self.rng.choice(self.female + self.male)} {self.rng.choice(self.surnames)}"

    def landline(self, town: Town) -> str:
        """A fixed-line number with the town's real area code (valid for phonenumbers)."""
        return f"+39{AREA_CODES.get(town.province, '0372')}{self.rng.randint(200_000, 999_999)}"

    def phone(self) -> str:
        prefix = self.rng.choice(("320", "328", "329", "333", "338", "340", "347", "349", "351"))
        return f"+39{prefix}{self.rng.randint(1_000_000, 9_999_999)}"

    # ------------------------------------------------------------------ organisation

    def build_organisation(self, participants: int) -> None:
        rng = self.rng
        desk_count = min(len(TOWNS), max(3, REAL_DESKS if participants >= 100 else 3))
        # Beyond the real towns, big loads add numbered desks in the same towns.
        extra = max(0, participants // 1_500 - desk_count)
        self.desks: list[_Desk] = []
        for index in range(desk_count + extra):
            town = TOWNS[index % desk_count]
            number = index // desk_count
            desk_id = self.ids.take("desks")
            big = index < 3 or number > 0
            weekdays = (0, 1, 2, 3, 4) if big else tuple(sorted(rng.sample(range(5), 2)))
            rooms = rng.randint(2, 4) if big else 1
            code = town.code + (f"-{number + 1}" if number else "")
            patron = PATRON_DAYS.get(town.name)
            name = f"Sportello lavoro di {town.name}" + (f" – sede {number + 1}" if number else "")
            self.add(
                "desks",
                {
                    **self.tracked(),
                    "id": desk_id,
                    "code": code,
                    "name": name,
                    "municipality": town.name,
                    "province": town.province,
                    "address": f"{rng.choice(self.streets)} {rng.randint(1, 60)}",
                    "phone": self.landline(town),
                    "rooms": rooms,
                    "patron_day": patron[0] if patron else None,
                    "patron_name": patron[1] if patron else None,
                    "active": True,
                },
            )
            desk = _Desk(desk_id, town, weekdays, rooms)
            self.desks.append(desk)
            for weekday in weekdays:
                self.add(
                    "opening_hours",
                    {
                        "id": self.ids.take("opening_hours"),
                        "desk_id": desk_id,
                        "weekday": weekday,
                        "start_time": time(9, 0),
                        "end_time": time(13, 0),
                    },
                )
                if big and weekday in (1, 3):
                    self.add(
                        "opening_hours",
                        {
                            "id": self.ids.take("opening_hours"),
                            "desk_id": desk_id,
                            "weekday": weekday,
                            "start_time": time(14, 0),
                            "end_time": time(17, 0),
                        },
                    )
        # Summer closure for every desk, two weeks around Ferragosto.
        for desk in self.desks:
            for year in (self.today.year - 1, self.today.year):
                self.add(
                    "desk_closures",
                    {
                        "id": self.ids.take("desk_closures"),
                        "desk_id": desk.id,
                        "start_date": date(year, 8, 8),
                        "end_date": date(year, 8, 23),
                        "reason": "Chiusura estiva",
                    },
                )
        self._open_days()
        self._users(participants)
        self._programmes()
        self._companies(participants)

    def _open_days(self) -> None:
        import holidays

        years = range(self.today.year - 3, self.today.year + 2)
        for desk in self.desks:
            closed = holidays.Italy(  # type: ignore[attr-defined]
                subdiv=desk.town.province, years=years
            )
            first = self.today - timedelta(days=150)
            day = first
            while day <= self.today + timedelta(days=35):
                summer = date(day.year, 8, 8) <= day <= date(day.year, 8, 23)
                patron = PATRON_DAYS.get(desk.town.name)
                is_patron = patron is not None and day.strftime("%m-%d") == patron[0]
                usual = day.weekday() in desk.weekdays
                if usual and day not in closed and not summer and not is_patron:
                    desk.open_days.append(day)
                day += timedelta(days=1)
        self.holidays = holidays.Italy(  # type: ignore[attr-defined]
            years=years
        )

    def _users(self, participants: int) -> None:
        from storage.services.auth import hash_password

        rng = self.rng
        taken: set[str] = set()
        password_hash = hash_password(DEMO_PASSWORD)

        def user(role: Role, desk: _Desk | None) -> int:
            female = rng.random() < 0.7
            first = rng.choice(self.female if female else self.male)
            last = rng.choice(self.surnames)
            base = search_key(first[0], "").strip() + "." + search_key(last, "").strip()
            base = "".join(ch for ch in base if ch.isalnum() or ch == ".")
            username, n = base, 1
            while username in taken:
                n += 1
                username = f"{base}{n}"
            taken.add(username)
            user_id = self.ids.take("users")
            self.add(
                "users",
                {
                    **self.tracked(),
                    "id": user_id,
                    "username": username,
                    "full_name": f"{first} {last}",
                    "role": role,
                    "email": f"{username}@{DEMO_EMAIL_DOMAIN}",
                    "password_hash": password_hash,
                    "active": True,
                    "failed_logins": 0,
                    "must_change_password": False,
                },
            )
            if desk is not None:
                desk.staff.append(user_id)
                for row in self.buffer["opening_hours"]:
                    if row["desk_id"] == desk.id:
                        self.add(
                            "operator_availability",
                            {
                                "id": self.ids.take("operator_availability"),
                                "user_id": user_id,
                                "desk_id": desk.id,
                                "weekday": row["weekday"],
                                "start_time": row["start_time"],
                                "end_time": row["end_time"],
                            },
                        )
            return user_id

        self.admin_id = user(Role.ADMIN, None)
        self.coordinators = [
            user(Role.COORDINATOR, None) for _ in range(max(1, len(self.desks) // 4))
        ]
        # About one operator or tutor per 150 people followed, at least two per desk.
        per_desk = max(2, participants // (150 * len(self.desks)) + 1)
        self.tutors: list[int] = []
        for desk in self.desks:
            for index in range(per_desk):
                role = Role.OPERATOR if index % 2 == 0 else Role.TUTOR
                user_id = user(role, desk)
                if role is Role.TUTOR:
                    self.tutors.append(user_id)
                    desk.tutors.append(user_id)
        self.disabled_user = user(Role.OPERATOR, None)
        for row in self.buffer["users"]:
            if row["id"] == self.disabled_user:
                row["active"] = False

    def _programmes(self) -> None:
        self.programmes: list[tuple[int, ProgrammeSpec, date, date]] = []
        self.historic: tuple[int, ProgrammeSpec, date, date] | None = None
        for spec in (*PROGRAMMES, HISTORIC):
            programme_id = self.ids.take("programmes")
            if spec is HISTORIC:
                start = HISTORIC_START
            else:
                start = self.today - timedelta(days=spec.start)
                start = start.replace(day=1)
            end = _add_months(start, spec.months) - timedelta(days=1)
            self.add(
                "programmes",
                {
                    **self.tracked(),
                    "id": programme_id,
                    "code": spec.code,
                    "name": spec.name,
                    "funder": spec.funder,
                    "notice_code": spec.notice,
                    "start_date": start,
                    "end_date": end,
                    "budget_hours": None,
                    "budget_euros": None,
                    "retention_years": 10 if TargetGroup.DISABILITY in spec.groups else 5,
                },
            )
            for service, hours in spec.caps.items():
                self.add(
                    "service_caps",
                    {
                        "id": self.ids.take("service_caps"),
                        "programme_id": programme_id,
                        "service_type": service,
                        "max_hours": Decimal(hours),
                    },
                )
            if spec is HISTORIC:
                self.historic = (programme_id, spec, start, end)
            else:
                self.programmes.append((programme_id, spec, start, end))

    def _companies(self, participants: int) -> None:
        from stdnum import luhn

        rng = self.rng
        self.companies: list[tuple[int, str]] = []
        for _ in range(max(25, participants // 15)):
            company_id = self.ids.take("companies")
            town = rng.choice(TOWNS[:REAL_DESKS])
            office = {"CR": "019", "LO": "098", "MN": "020"}.get(town.province, "019")
            vat = ""
            while not vat or vat in self.used_vat:
                stem = f"{rng.randint(0, 9_999_999):07d}{office}"
                vat = stem + luhn.calc_check_digit(stem)
            self.used_vat.add(vat)
            ateco, sector = rng.choice(ATECO)
            name = self.fake.company()
            headcount = rng.choice((8, 12, 18, 25, 40, 60, 120, 250))
            self.add(
                "companies",
                {
                    **self.tracked(),
                    "id": company_id,
                    "name": name,
                    "vat_number": vat,
                    "tax_code": vat,
                    "ateco_code": ateco,
                    "address": f"{rng.choice(self.streets)} {rng.randint(1, 200)}",
                    "municipality": town.name,
                    "phone": self.landline(town),
                    "email": f"info{company_id}@{DEMO_EMAIL_DOMAIN}",
                    "contact_person": f"{rng.choice(self.female + self.male)} "
                    f"{rng.choice(self.surnames)}",
                    "headcount": headcount,
                    "size": (
                        "micro"
                        if headcount < 10
                        else "small"
                        if headcount < 50
                        else "medium"
                        if headcount < 250
                        else "large"
                    ),
                    "disabled_employed": rng.randint(0, max(0, headcount // 15)),
                    "notes": sector,
                },
            )
            self.companies.append((company_id, name))
            for _ in range(rng.randint(0, 4)):
                self.add(
                    "company_contacts",
                    {
                        **self.tracked(),
                        "id": self.ids.take("company_contacts"),
                        "company_id": company_id,
                        "user_id": rng.choice(self.tutors),
                        "date": self.day_between(self.today - timedelta(days=500), self.today),
                        "kind": rng.choice(list(CompanyContactKind)),
                        "note": None,
                    },
                )
            if headcount >= 15 and rng.random() < 0.12:
                start = self.day_between(self.today - timedelta(days=900), self.today)
                kind = rng.choice(list(ConventionKind))
                self.add(
                    "conventions",
                    {
                        **self.tracked(),
                        "id": self.ids.take("conventions"),
                        "company_id": company_id,
                        "kind": kind,
                        "cooperative": (
                            DEMO_COOPERATIVES[company_id % len(DEMO_COOPERATIVES)]
                            if kind is ConventionKind.ART14
                            else None
                        ),
                        "start_date": start,
                        "end_date": _add_months(start, 36),
                        "posts_covered": rng.randint(1, 3),
                        "notes": None,
                    },
                )

    # ------------------------------------------------------------------ people

    def person(self, index: int) -> None:
        rng = self.rng
        desk = self.desks[rng.randrange(len(self.desks))]
        programme_id, spec, p_start, p_end = self.programmes[rng.randrange(len(self.programmes))]
        historic = index % HISTORIC_EVERY == HISTORIC_EVERY - 1 and self.historic is not None
        if historic and self.historic is not None:
            programme_id, spec, p_start, p_end = self.historic
        groups = {rng.choice(spec.groups)}
        if TargetGroup.AUTISM in groups:
            groups.add(TargetGroup.DISABILITY)
        foreign = rng.random() < 0.16 or TargetGroup.THIRD_COUNTRY in groups
        if foreign:
            groups.add(TargetGroup.THIRD_COUNTRY)
        young = TargetGroup.YOUNG in groups or TargetGroup.AUTISM in groups
        age = rng.randint(18, 29) if young else rng.randint(20, 63)
        sex = Sex.FEMALE if rng.random() < 0.45 else Sex.MALE
        while True:
            if foreign:
                place, citizenship, males, females, surnames = rng.choice(FOREIGN)
                first = rng.choice(females if sex is Sex.FEMALE else males)
                last = rng.choice(surnames)
                birth_place = None
            else:
                town = rng.choice(TOWNS)
                place, citizenship = town.belfiore, "Italiana"
                first = rng.choice(self.female if sex is Sex.FEMALE else self.male)
                last = rng.choice(self.surnames)
                birth_place = town.name
            birth = self.today.replace(year=self.today.year - age, month=1, day=1) + timedelta(
                days=rng.randint(0, 364)
            )
            cf = compose(last, first, sex, birth, place)
            if cf not in self.used_cf:
                break
        self.used_cf.add(cf)
        uuid = self.uuid()
        code = "P-" + uuid.replace("-", "")[:8].upper()
        while code in self.used_codes:
            uuid = self.uuid()
            code = "P-" + uuid.replace("-", "")[:8].upper()
        self.used_codes.add(code)
        participant_id = self.ids.take("participants")
        disability = TargetGroup.DISABILITY in groups
        education = rng.choices(list(EducationLevel), weights=(2, 4, 30, 18, 28, 6, 8, 3, 1), k=1)[
            0
        ]
        condition = rng.choices(
            (
                EmploymentCondition.UNEMPLOYED,
                EmploymentCondition.INACTIVE,
                EmploymentCondition.STUDENT,
            ),
            weights=(80, 15, 5),
            k=1,
        )[0]
        # First contact: inside the programme, not in the future.
        first_contact = self.day_between(p_start, min(self.today, p_end))
        unemployed = condition is EmploymentCondition.UNEMPLOYED
        did = first_contact - timedelta(days=rng.randint(10, 700)) if unemployed else None
        municipality = desk.town if rng.random() < 0.7 else rng.choice(TOWNS[:REAL_DESKS])
        row = {
            **self.tracked(),
            "uuid": uuid,
            "id": participant_id,
            "internal_code": code,
            "codice_fiscale": cf,
            "last_name": last,
            "first_name": first,
            "sex": sex,
            "birth_date": birth,
            "birth_place": birth_place or dict((f[0], f[1]) for f in FOREIGN)[place],
            "birth_place_code": place,
            "citizenship": citizenship,
            "residence_permit_expiry": (
                self.today + timedelta(days=rng.randint(-30, 700))
                if foreign and citizenship != "Rumena"
                else None
            ),
            "phone": self.phone() if rng.random() < 0.93 else None,
            "email": (
                f"{search_key(first, '').strip()}.{search_key(last, '').strip()}"
                f"{rng.randint(1, 99)}@{DEMO_EMAIL_DOMAIN}".replace(" ", "")
                if rng.random() < 0.6
                else None
            ),
            "address": f"{rng.choice(self.streets)} {rng.randint(1, 120)}",
            "postcode": municipality.postcode,
            "municipality": municipality.name,
            "domicile": None,
            "education_level": education,
            "isced_band": ISCED_BAND[education],
            "employment_condition": condition,
            "did_date": did,
            "months_unemployed": (first_contact - did).days // 30 if did else None,
            "benefit": rng.choice((Benefit.NONE, Benefit.NONE, Benefit.NASPI))
            if unemployed
            else Benefit.NONE,
            "referrer": (
                Referrer.TARGETED_PLACEMENT
                if disability
                else rng.choice(
                    (Referrer.CPI, Referrer.SOCIAL_SERVICES, Referrer.INFORMAGIOVANI, Referrer.SELF)
                )
            ),
            "l68_registered": disability,
            "l68_date": did if disability else None,
            "l68_cpi": f"Collocamento mirato di {desk.town.name}" if disability else None,
            "invalidity_percent": rng.choice((46, 50, 60, 67, 75, 80, 100)) if disability else None,
            "l68_category": (
                rng.choice((L68Category.CIVIL_INVALID, L68Category.CIVIL_INVALID, L68Category.DEAF))
                if disability
                else None
            ),
            "accessibility_needs": rng.choice(ACCESSIBILITY)
            if disability and rng.random() < 0.5
            else None,
            "driving_licence": rng.random() < 0.45,
            "own_transport": rng.random() < 0.35,
            "availability_notes": rng.choice(("Solo mattino", "Part-time", None, None)),
            "desk_id": desk.id,
            "restricted": False,
            "anonymised_at": None,
            "search_key": search_key(last, first),
        }
        self.add("participants", row)
        for group in sorted(groups):
            self.add(
                "participant_target_groups", {"participant_id": participant_id, "group": group}
            )
        signer = ConsentSigner.PERSON
        if TargetGroup.AUTISM in groups and rng.random() < 0.3:
            signer = ConsentSigner.GUARDIAN
        elif disability and rng.random() < 0.08:
            signer = ConsentSigner.SUPPORT_ADMINISTRATOR
        self.add(
            "consents",
            {
                **self.tracked(),
                "id": self.ids.take("consents"),
                "participant_id": participant_id,
                "notice_version": "2025.1",
                "signed_on": first_contact,
                "art9_consent": disability,
                "contact_consent": rng.random() < 0.9,
                "share_referrer": rng.random() < 0.8,
                "share_companies": rng.random() < 0.7,
                "signer": signer,
                "signer_name": (
                    f"{rng.choice(self.female + self.male)} {last}"
                    if signer is not ConsentSigner.PERSON
                    else None
                ),
                "withdrawn_on": None,
            },
        )
        if historic:
            self.historic_pathway(participant_id, desk, programme_id, spec, first_contact, p_end)
        else:
            self.pathway(participant_id, desk, programme_id, spec, first_contact, p_end, index)

    def historic_pathway(
        self,
        participant_id: int,
        desk: _Desk,
        programme_id: int,
        spec: ProgrammeSpec,
        start: date,
        programme_end: date,
    ) -> None:
        """A pathway of the old programme, closed in its time: a few hours and notes, nothing
        after its end, so the person is past retention today."""
        rng = self.rng
        pathway_id = self.ids.take("pathways")
        tutor = rng.choice(desk.tutors)
        end = min(programme_end, start + timedelta(days=rng.randint(90, 240)))
        status = rng.choice((PathwayStatus.CLOSED_POSITIVE, PathwayStatus.CLOSED_NEGATIVE))
        self.add(
            "pathways",
            {
                **self.tracked(),
                "id": pathway_id,
                "participant_id": participant_id,
                "programme_id": programme_id,
                "case_manager_id": rng.choice(self.coordinators),
                "tutor_id": tutor,
                "start_date": start,
                "planned_end": end,
                "end_date": end,
                "budget_hours": None,
                "budget_euros": None,
                "status": status,
                "closure_reason": "Chiusura del programma",
            },
        )
        self.add(
            "tutor_assignments",
            {
                "id": self.ids.take("tutor_assignments"),
                "pathway_id": pathway_id,
                "tutor_id": tutor,
                "from_date": start,
                "assigned_by": self.actor.username,
            },
        )
        for service, cap in spec.caps.items():
            self.add(
                "planned_services",
                {
                    **self.tracked(),
                    "id": self.ids.take("planned_services"),
                    "pathway_id": pathway_id,
                    "service_type": service,
                    "planned_hours": Decimal(cap),
                    "hourly_rate": Decimal(spec.rate),
                },
            )
            for _ in range(rng.randint(1, 3)):
                day = self.day_between(start, end)
                while day.weekday() >= 5:
                    day -= timedelta(days=1)
                day = max(day, start)
                begin = time(rng.choice((9, 10, 14)), 0)
                self.add(
                    "service_deliveries",
                    {
                        **self.tracked(),
                        "id": self.ids.take("service_deliveries"),
                        "pathway_id": pathway_id,
                        "service_type": service,
                        "mode": DeliveryMode.INDIVIDUAL,
                        "date": day,
                        "start_time": begin,
                        "end_time": (datetime.combine(day, begin) + timedelta(hours=1)).time(),
                        "minutes": 60,
                        "operator_id": tutor,
                        "place": desk.town.name,
                        "note": None,
                        "edition_session_id": None,
                        "cap_override_reason": None,
                        "locked": False,
                    },
                )
        self.tutoring(participant_id, pathway_id, tutor, start, end, status)

    def pathway(
        self,
        participant_id: int,
        desk: _Desk,
        programme_id: int,
        spec: ProgrammeSpec,
        start: date,
        programme_end: date,
        index: int,
    ) -> None:
        rng = self.rng
        if rng.random() < 0.06:
            return  # a first contact that never became a pathway
        pathway_id = self.ids.take("pathways")
        # Pathways are followed by tutors (operators book; they never see the record).
        tutor = rng.choice(desk.tutors)
        planned_end = min(programme_end, start + timedelta(days=rng.choice((180, 270, 365))))
        age_days = (self.today - start).days
        roll = rng.random()
        if age_days < 120 or roll < 0.55:
            status = PathwayStatus.OPEN
        elif roll < 0.6:
            status = PathwayStatus.SUSPENDED
        elif roll < 0.78:
            status = PathwayStatus.CLOSED_POSITIVE
        elif roll < 0.88:
            status = PathwayStatus.CLOSED_NEGATIVE
        elif roll < 0.95:
            status = PathwayStatus.WITHDRAWN
        else:
            status = PathwayStatus.LAPSED
        closed = status not in (PathwayStatus.OPEN, PathwayStatus.SUSPENDED)
        end = self.day_between(start + timedelta(days=60), self.today) if closed else None
        reasons = {
            PathwayStatus.CLOSED_POSITIVE: "Obiettivi raggiunti",
            PathwayStatus.CLOSED_NEGATIVE: "Obiettivi non raggiunti",
            PathwayStatus.WITHDRAWN: "Rinuncia della persona",
            PathwayStatus.LAPSED: "Decaduto per assenze ripetute",
        }
        self.add(
            "pathways",
            {
                **self.tracked(),
                "id": pathway_id,
                "participant_id": participant_id,
                "programme_id": programme_id,
                "case_manager_id": rng.choice(self.coordinators),
                "tutor_id": tutor,
                "start_date": start,
                "planned_end": max(planned_end, start),
                "end_date": end,
                "budget_hours": None,
                "budget_euros": None,
                "status": status,
                "closure_reason": reasons.get(status),
            },
        )
        self.add(
            "tutor_assignments",
            {
                "id": self.ids.take("tutor_assignments"),
                "pathway_id": pathway_id,
                "tutor_id": tutor,
                "from_date": start,
                "assigned_by": self.actor.username,
            },
        )
        last_day = end or self.today
        services = [s for s in spec.caps if rng.random() < 0.7] or [next(iter(spec.caps))]
        delivered_any: list[tuple[ServiceType, date, int]] = []
        planned_hours: dict[ServiceType, int] = {}
        for service in services:
            cap = spec.caps[service]
            planned = rng.randint(max(1, cap // 2), cap)
            planned_hours[service] = planned
            self.add(
                "planned_services",
                {
                    **self.tracked(),
                    "id": self.ids.take("planned_services"),
                    "pathway_id": pathway_id,
                    "service_type": service,
                    "planned_hours": Decimal(planned),
                    "hourly_rate": Decimal(spec.rate),
                },
            )
            progress = min(1.0, max(0.0, (last_day - start).days / 240))
            remaining = int(planned * 60 * progress * rng.uniform(0.4, 0.9))
            while remaining >= 60:
                minutes = min(remaining, rng.choice((60, 90, 120, 120, 180)))
                remaining -= minutes
                day = self.day_between(start, last_day)
                while day.weekday() >= 5 or day in self.holidays:
                    day -= timedelta(days=1)
                day = max(day, start)
                begin = time(rng.choice((9, 10, 11, 14, 15)), 0)
                end_dt = datetime.combine(day, begin) + timedelta(minutes=minutes)
                self.add(
                    "service_deliveries",
                    {
                        **self.tracked(),
                        "id": self.ids.take("service_deliveries"),
                        "pathway_id": pathway_id,
                        "service_type": service,
                        "mode": DeliveryMode.INDIVIDUAL,
                        "date": day,
                        "start_time": begin,
                        "end_time": end_dt.time(),
                        "minutes": minutes,
                        "operator_id": tutor,
                        "place": desk.town.name,
                        "note": None,
                        "edition_session_id": None,
                        "cap_override_reason": None,
                        # Locked only by a signed register (none in the demo data).
                        "locked": False,
                    },
                )
                delivered_any.append((service, day, minutes))
        self.tutoring(participant_id, pathway_id, tutor, start, last_day, status)
        self.appointments(participant_id, desk, tutor, services, start, status)
        if ServiceType.ACTIVE_JOB_SEARCH in services or ServiceType.JOB_MATCHING in services:
            self.job_search(participant_id, pathway_id, tutor, start, last_day)
        internship = None
        if (
            ServiceType.INTERNSHIP_TUTORING in services
            and (self.today - start).days > 60
            and rng.random() < 0.6
        ):
            internship = self.internship(participant_id, pathway_id, tutor, start, last_day, spec)
        if status is PathwayStatus.CLOSED_POSITIVE and end is not None:
            company_id, company_name = internship or rng.choice(self.companies)
            kind = rng.choice(
                (
                    OutcomeType.FIXED_TERM,
                    OutcomeType.FIXED_TERM,
                    OutcomeType.OPEN_ENDED,
                    OutcomeType.APPRENTICESHIP,
                    OutcomeType.AGENCY,
                    OutcomeType.INTERNSHIP,
                    OutcomeType.SELF_EMPLOYMENT,
                )
            )
            # The first job comes days or weeks after the end of the pathway (never later
            # than today): the days to the first job are derived from these dates.
            begins = min(self.today, end + timedelta(days=rng.choice((0, 5, 12, 20, 35, 60))))
            own_business = kind is OutcomeType.SELF_EMPLOYMENT
            self.add(
                "outcomes",
                {
                    **self.tracked(),
                    "id": self.ids.take("outcomes"),
                    "participant_id": participant_id,
                    "pathway_id": pathway_id,
                    "type": kind,
                    "employer": None if own_business else company_name,
                    "company_id": None if own_business else company_id,
                    "occupation": rng.choice(ROLES_OFFERED),
                    "hours_per_week": rng.choice((20, 24, 30, 36, 40)),
                    "start_date": begins,
                    "months": (
                        rng.choice((3, 6, 12))
                        if kind in (OutcomeType.FIXED_TERM, OutcomeType.AGENCY)
                        else None
                    ),
                },
            )
        elif status is PathwayStatus.CLOSED_NEGATIVE and end is not None:
            self.add(
                "outcomes",
                {
                    **self.tracked(),
                    "id": self.ids.take("outcomes"),
                    "participant_id": participant_id,
                    "pathway_id": pathway_id,
                    "type": OutcomeType.NONE,
                    "employer": None,
                    "company_id": None,
                    "occupation": None,
                    "hours_per_week": None,
                    "start_date": end,
                    "months": None,
                },
            )
        if status is PathwayStatus.OPEN:
            self.open_by_desk[desk.id].append(participant_id)
            # Course hours stay within the plan (when training is planned) and the cap.
            limit = planned_hours.get(ServiceType.TRAINING, spec.caps.get(ServiceType.TRAINING))
            used = sum(m for s, _d, m in delivered_any if s is ServiceType.TRAINING)
            room = None if limit is None else int(limit) * 60 - used
            self.course_room[participant_id] = (pathway_id, start, room)

    def tutoring(
        self,
        participant_id: int,
        pathway_id: int,
        tutor: int,
        start: date,
        last_day: date,
        status: PathwayStatus,
    ) -> None:
        rng = self.rng
        for _ in range(rng.randint(1, 5)):
            counterpart = rng.choices(list(NOTE_TEXTS), weights=(60, 12, 14, 8, 4, 2), k=1)[0]
            day = self.day_between(start, last_day)
            begin = time(rng.choice((9, 10, 11, 14, 15, 16)), rng.choice((0, 30)))
            due = None
            steps = None
            if status is PathwayStatus.OPEN and rng.random() < 0.4:
                steps = rng.choice(NEXT_STEPS)
                due = day + timedelta(days=rng.randint(7, 30))
            self.add(
                "tutoring_notes",
                {
                    **self.tracked(),
                    "id": self.ids.take("tutoring_notes"),
                    "participant_id": participant_id,
                    "pathway_id": pathway_id,
                    "author_id": tutor,
                    "date": day,
                    "start_time": begin,
                    "end_time": (datetime.combine(day, begin) + timedelta(minutes=45)).time(),
                    "counterpart": counterpart,
                    "mode": (
                        MeetingMode.COMPANY_VISIT
                        if counterpart is Counterpart.COMPANY
                        else rng.choice((MeetingMode.IN_PERSON, MeetingMode.PHONE))
                    ),
                    "place": None,
                    "text": rng.choice(NOTE_TEXTS[counterpart]),
                    "next_steps": steps,
                    "next_step_due": due,
                    "confidential": rng.random() < 0.05,
                    "delivery_id": None,
                },
            )

    def appointments(
        self,
        participant_id: int,
        desk: _Desk,
        tutor: int,
        services: list[ServiceType],
        start: date,
        status: PathwayStatus,
    ) -> None:
        rng = self.rng
        days = [d for d in desk.open_days if d >= start]
        if status not in (PathwayStatus.OPEN, PathwayStatus.SUSPENDED):
            days = [d for d in days if d < self.today]
        if not days:
            return
        # One-hour meetings on a half-hour grid, ending by closing time (13:00, 17:00).
        morning = [time(h, m) for h in (9, 10, 11) for m in (0, 30)] + [time(12, 0)]
        afternoon = [time(h, m) for h in (14, 15) for m in (0, 30)] + [time(16, 0)]
        previous: int | None = None
        for _ in range(rng.randint(1, 4)):
            for _attempt in range(6):
                day = rng.choice(days)
                long_day = len(desk.weekdays) == 5 and day.weekday() in (1, 3)
                begin = datetime.combine(
                    day, rng.choice(morning + afternoon if long_day else morning)
                )
                operator = tutor if rng.random() < 0.7 else rng.choice(desk.staff)
                if (operator, begin) in self.operator_slots:
                    continue
                if self.room_use[(desk.id, begin)] >= desk.rooms:
                    continue
                break
            else:
                continue
            self.operator_slots.add((operator, begin))
            self.room_use[(desk.id, begin)] += 1
            # Half-hour grid, one hour meetings: the next half-hour slot is busy too.
            self.operator_slots.add((operator, begin + timedelta(minutes=30)))
            self.operator_slots.add((operator, begin - timedelta(minutes=30)))
            if begin.date() < self.today:
                state = rng.choices(
                    (
                        AppointmentStatus.DONE,
                        AppointmentStatus.NO_SHOW,
                        AppointmentStatus.CANCELLED_PARTICIPANT,
                        AppointmentStatus.CANCELLED_SERVICE,
                    ),
                    weights=(80, 9, 8, 3),
                    k=1,
                )[0]
            else:
                state = rng.choice((AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED))
            service = rng.choice(services)
            appointment_id = self.ids.take("appointments")
            self.add(
                "appointments",
                {
                    **self.tracked(),
                    "id": appointment_id,
                    "desk_id": desk.id,
                    "operator_id": operator,
                    "participant_id": participant_id,
                    "kind": KIND_BY_SERVICE.get(service, AppointmentKind.MONITORING),
                    "mode": AppointmentMode.IN_PERSON
                    if rng.random() < 0.85
                    else AppointmentMode.PHONE,
                    "status": state,
                    "start": begin,
                    "minutes": 60,
                    "note": None,
                    "cancel_reason": (
                        "Impegno di lavoro"
                        if state is AppointmentStatus.CANCELLED_PARTICIPANT
                        else "Operatore in malattia"
                        if state is AppointmentStatus.CANCELLED_SERVICE
                        else None
                    ),
                    "rescheduled_from_id": previous
                    if previous is not None and rng.random() < 0.1
                    else None,
                    "series_uuid": None,
                },
            )
            previous = appointment_id if state is AppointmentStatus.CANCELLED_PARTICIPANT else None

    def job_search(
        self, participant_id: int, pathway_id: int, tutor: int, start: date, last_day: date
    ) -> None:
        rng = self.rng
        for _ in range(rng.randint(1, 4)):
            session_id = self.ids.take("job_search_sessions")
            day = self.day_between(start, last_day)
            self.add(
                "job_search_sessions",
                {
                    **self.tracked(),
                    "id": session_id,
                    "participant_id": participant_id,
                    "pathway_id": pathway_id,
                    "operator_id": tutor,
                    "date": day,
                    "minutes": rng.choice((60, 90, 120)),
                    # Two channels of the screens' vocabulary, varied without using the generator.
                    "channels": ", ".join(
                        JOB_SEARCH_CHANNELS[i]
                        for i in sorted({session_id % 8, (session_id + 3) % 8})
                    ),
                    "cv_updated": rng.random() < 0.4,
                    "notes": None,
                },
            )
            for _ in range(rng.randint(0, 3)):
                company_id, company_name = rng.choice(self.companies)
                status = rng.choices(
                    list(ApplicationStatus), weights=(5, 40, 15, 5, 25, 4, 4, 2), k=1
                )[0]
                self.add(
                    "job_applications",
                    {
                        **self.tracked(),
                        "id": self.ids.take("job_applications"),
                        "participant_id": participant_id,
                        "company_id": company_id,
                        "company_name": company_name,
                        "role": rng.choice(ROLES_OFFERED),
                        "channel": rng.choice(list(ApplicationChannel)),
                        "applied_on": None if status is ApplicationStatus.TO_SEND else day,
                        "status": status,
                        "follow_up_on": day + timedelta(days=14)
                        if status is ApplicationStatus.SENT
                        else None,
                        "session_id": session_id,
                    },
                )

    def internship(
        self,
        participant_id: int,
        pathway_id: int,
        tutor: int,
        start: date,
        last_day: date,
        spec: ProgrammeSpec,
    ) -> tuple[int, str]:
        rng = self.rng
        company_id, company_name = rng.choice(self.companies)
        begin = self.day_between(
            start + timedelta(days=30), max(start + timedelta(days=30), last_day)
        )
        end = _add_months(begin, rng.choice((3, 6))) - timedelta(days=1)
        if end < self.today:
            outcome = rng.choices(
                (
                    InternshipOutcome.COMPLETED,
                    InternshipOutcome.INTERRUPTED,
                    InternshipOutcome.CONVERTED,
                ),
                weights=(60, 15, 25),
                k=1,
            )[0]
        else:
            outcome = InternshipOutcome.ONGOING
        inclusion = TargetGroup.DISABILITY in spec.groups or TargetGroup.AUTISM in spec.groups
        self.add(
            "internships",
            {
                **self.tracked(),
                "id": self.ids.take("internships"),
                "participant_id": participant_id,
                "pathway_id": pathway_id,
                "company_id": company_id,
                "type": InternshipType.INCLUSION if inclusion else InternshipType.EXTRACURRICULAR,
                "promoter": "Cooperativa sociale promotrice (dimostrativa)",
                "site": company_name,
                "start_date": begin,
                "end_date": end,
                "extended_to": None,
                "hours_per_week": rng.choice((15, 20, 25, 30)),
                "company_tutor": self.full_name(),
                "promoter_tutor_id": tutor,
                "monthly_stipend": Decimal(rng.choice((350, 400, 500, 600))),
                "stipend_payer": spec.funder,
                "inail_policy": f"INAIL-{rng.randint(100000, 999999)}",
                "liability_policy": f"RCT-{rng.randint(100000, 999999)}",
                "communication_date": begin - timedelta(days=1),
                "outcome": outcome,
                "interruption_reason": "Motivi di salute"
                if outcome is InternshipOutcome.INTERRUPTED
                else None,
            },
        )
        return company_id, company_name

    # ------------------------------------------------------------------ courses

    def courses(self) -> None:
        rng = self.rng
        # (code, title, hours of the course, class sessions, minutes each): the 29-hour course
        # is 28 hours in class (7 afternoons of 4 hours) and one hour of individual counselling.
        specs = (
            # (..., weekday offset from Monday, start): Wednesday afternoons, Thursday mornings.
            ("LAB-AUT", "Laboratorio di autonomia e competenze trasversali", Decimal(29), 7, 240,
             2, time(14, 0)),
            ("RAL-GRP", "Ricerca attiva del lavoro in gruppo", Decimal(12), 4, 180, 3, time(9, 0)),
        )  # fmt: skip
        for code, title, hours, sessions, minutes, weekday, begin in specs:
            course_id = self.ids.take("courses")
            self.add(
                "courses",
                {
                    **self.tracked(),
                    "id": course_id,
                    "code": code,
                    "title": title,
                    "service_type": ServiceType.TRAINING,
                    "total_hours": hours,
                },
            )
            for desk in self.desks[:3]:
                first = self.today - timedelta(days=rng.randint(20, 60))
                first -= timedelta(days=first.weekday())  # a Monday
                # People whose open pathway had begun by the first day can be enrolled.
                people = [
                    p
                    for p in self.open_by_desk.get(desk.id, [])
                    if p in self.course_room and self.course_room[p][1] <= first
                ]
                if len(people) < 4:
                    continue
                edition_id = self.ids.take("course_editions")
                enrolled = rng.sample(people, min(len(people), rng.randint(6, 12)))
                self.add(
                    "course_editions",
                    {
                        **self.tracked(),
                        "id": edition_id,
                        "course_id": course_id,
                        "code": f"{code}-{desk.town.code}-{first.year}",
                        "town": desk.town.name,
                        "start_date": first,
                        "end_date": first + timedelta(days=7 * (sessions - 1) + weekday),
                    },
                )
                for person in enrolled:
                    self.add(
                        "enrollments",
                        {"edition_id": edition_id, "participant_id": person, "enrolled_on": first},
                    )
                for week in range(sessions):
                    day = first + timedelta(days=7 * week + weekday)
                    session_id = self.ids.take("edition_sessions")
                    end = (datetime.combine(day, begin) + timedelta(minutes=minutes)).time()
                    self.add(
                        "edition_sessions",
                        {
                            **self.tracked(),
                            "id": session_id,
                            "edition_id": edition_id,
                            "date": day,
                            "start_time": begin,
                            "end_time": end,
                            "place": f"Sala riunioni, sportello di {desk.town.name}",
                            "operator_id": desk.staff[0],
                        },
                    )
                    if day >= self.today:
                        continue
                    for person in enrolled:
                        present = rng.random() < 0.85
                        self.add(
                            "attendances",
                            {
                                "session_id": session_id,
                                "participant_id": person,
                                "status": AttendanceStatus.PRESENT
                                if present
                                else rng.choice(
                                    (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)
                                ),
                                "minutes_attended": minutes if present else 0,
                            },
                        )
                        pathway_id, _start, left = self.course_room[person]
                        if present and (left is None or left >= minutes):
                            # The hours attended go to the pathway, as the register does.
                            self.add(
                                "service_deliveries",
                                {
                                    **self.tracked(),
                                    "id": self.ids.take("service_deliveries"),
                                    "pathway_id": pathway_id,
                                    "service_type": ServiceType.TRAINING,
                                    "mode": DeliveryMode.GROUP,
                                    "date": day,
                                    "start_time": begin,
                                    "end_time": end,
                                    "minutes": minutes,
                                    "operator_id": desk.staff[0],
                                    "place": f"Sala riunioni, sportello di {desk.town.name}",
                                    "note": None,
                                    "edition_session_id": session_id,
                                    "cap_override_reason": None,
                                    "locked": False,
                                },
                            )
                            if left is not None:
                                self.course_room[person] = (pathway_id, _start, left - minutes)


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, 28))


# --------------------------------------------------------------------------- the service


def has_data(session: Session) -> bool:
    """True when the database already holds desks, users or participants."""
    for table in (e.Desk, e.User, e.Participant):
        if session.execute(select(table.id).limit(1)).first() is not None:
            return True
    return False


def load_demo(
    db: Database,
    actor: Actor,
    *,
    participants: int = 300,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoReport:
    """Fill an empty database with a realistic, fictional cooperative in one transaction.

    `progress(done, total)` is called after every chunk of participants; when it returns False
    the load stops with DemoCancelled and the database is left as it was.
    """
    require(actor, STAFF, "caricare dati dimostrativi")
    if isinstance(participants, bool) or not 1 <= participants <= MAX_PARTICIPANTS:
        raise ValidationError(
            "participants",
            f"deve essere un numero intero tra 1 e {MAX_PARTICIPANTS:,}.".replace(",", "."),
            label="Numero di partecipanti",
        )
    started = clock.perf_counter()
    today = today or date.today()
    with db.transaction() as session:
        if has_data(session):
            raise ConflictError(
                "Il database contiene già dati: i dati dimostrativi si caricano solo in un "
                "database vuoto. Usate un altro file con --db."
            )
        gen = _Generator(session, actor, seed, today)
        gen.build_organisation(participants)
        gen.flush()
        done = 0
        while done < participants:
            batch = min(CHUNK, participants - done)
            for index in range(done, done + batch):
                gen.person(index)
            gen.flush()
            done += batch
            if progress is not None and progress(done, participants) is False:
                raise DemoCancelled()
        gen.courses()
        gen.flush()
        # Explicit ids do not move PostgreSQL's sequences: the next booking must not collide.
        sync_id_sequences(session, [t.name for t in Base.metadata.sorted_tables if "id" in t.c])
        counts = {name: gen.counts[name] for name in _REPORTED if gen.counts.get(name)}
        audit.record(
            session,
            actor,
            AuditAction.IMPORT,
            "demo",
            None,
            f"Dati dimostrativi (seme {seed}): "
            + ", ".join(f"{name} {count}" for name, count in counts.items()),
        )
    return DemoReport(counts=counts, seconds=clock.perf_counter() - started, seed=seed)


_REPORTED: tuple[str, ...] = (
    "participants",
    "desks",
    "users",
    "programmes",
    "pathways",
    "appointments",
    "service_deliveries",
    "tutoring_notes",
    "job_search_sessions",
    "job_applications",
    "companies",
    "internships",
    "conventions",
    "outcomes",
    "course_editions",
    "attendances",
)

# Italian names of the counted tables, for the command line and the GUI.
LABELS: dict[str, str] = {
    "participants": "partecipanti",
    "desks": "sportelli",
    "users": "utenti",
    "programmes": "programmi",
    "pathways": "percorsi",
    "appointments": "appuntamenti",
    "service_deliveries": "ore di servizio erogate",
    "tutoring_notes": "note di tutoraggio",
    "job_search_sessions": "sessioni di ricerca lavoro",
    "job_applications": "candidature",
    "companies": "aziende",
    "internships": "tirocini",
    "conventions": "convenzioni",
    "outcomes": "esiti",
    "course_editions": "edizioni di corsi",
    "attendances": "presenze",
}
