"""The funder indicators report (issue 7, point 5): figures, their definitions, JSON and XLSX.

One population for every figure about people: the participants with a pathway (of the programme,
when one is named) ACTIVE in the period, i.e. started on or before its last day and not ended
before its first day (`start_date <= end AND (end_date IS NULL OR end_date >= start)`). Those
pathways are «the population's pathways». Figures about companies and conventions are the
cooperative's, not a programme's: they are counted over the period for everyone.

Every figure has its definition in Italian beside the code that counts it (`DEFINITIONS`): the
report prints them in its appendix «Definizioni», so that each number can be recounted by hand
from the records. The counting is done in SQL (grouped queries over the population), so the
report stays within two seconds on 100,000 participants.

`compute_indicators` gathers the figures (plain data, no drawing); `indicators_json` is the JSON
form; `indicator_tables` is the same figures as titled tables, shared by the XLSX and PDF
renderers; `write_indicators` checks the output, renders, writes atomically and logs the export.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, exists, func, or_, select

from models.entities import (
    Attendance,
    CompanyContact,
    Convention,
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
    ISCED_BAND,
    AuditAction,
    ConventionKind,
    DeliveryMode,
    EducationLevel,
    EmploymentCondition,
    InternshipOutcome,
    IscedBand,
    OutcomeType,
    Referrer,
    ServiceType,
    Sex,
    TargetGroup,
)
from models.errors import ValidationError
from models.labels import CONVENTION_KIND_LABELS, OUTCOME_TYPE_LABELS, SERVICE_LABELS
from models.rows import Actor
from models.validation import parse_date
from storage import audit
from storage.engine import Database
from storage.services.common import STAFF, require
from storage.services.companies import CONSULTANCY_KINDS
from storage.services.courses import SHARE_RULE, passes_75
from storage.services.placements import CONTRACTS, NOT_WORK, OPEN_STATES

if TYPE_CHECKING:
    from sqlalchemy.orm import Session
    from sqlalchemy.sql.elements import ColumnElement

FORMATS = ("json", "xlsx", "pdf")
NOT_RECORDED = "not_recorded"
NOT_RECORDED_LABEL = "Non indicato"
EMPLOYED_WITHIN_DAYS = 28  # ESF+: the situation within four weeks of leaving

# Work outcomes in report order («rientro in formazione» and «nessuno» are not work).
WORK_TYPES: tuple[OutcomeType, ...] = tuple(t for t in OutcomeType if t not in NOT_WORK)

SEX_LABELS = {Sex.FEMALE: "Femmine", Sex.MALE: "Maschi"}
GROUP_LABELS = {
    TargetGroup.DISABILITY: "Disabilità (L. 68/99)",
    TargetGroup.AUTISM: "Spettro autistico",
    TargetGroup.VULNERABLE_FAMILY: "Famiglia vulnerabile",
    TargetGroup.YOUNG: "Giovani 19–39 anni",
    TargetGroup.THIRD_COUNTRY: "Cittadini di paesi terzi",
    TargetGroup.HOMELESS: "Senza dimora",
    TargetGroup.OTHER: "Altro",
}
NO_GROUP = "none"
# The finer age classes counted in SQL, and the report's bands they fall in.
AGE_BAND_OF = {
    "none": NOT_RECORDED,
    "u18": "under_30",
    "18_24": "under_30",
    "25_29": "under_30",
    "30_54": "30_54",
    "55": "over_54",
}
AGE_BANDS = (
    ("under_30", "Meno di 30 anni"),
    ("30_54", "Da 30 a 54 anni"),
    ("over_54", "55 anni e oltre"),
)
ISCED_LABELS = {
    IscedBand.ISCED_0_2: "ISCED 0–2 (fino alla licenza media)",
    IscedBand.ISCED_3_4: "ISCED 3–4 (diploma, qualifica, post-diploma)",
    IscedBand.ISCED_5_8: "ISCED 5–8 (laurea e oltre)",
}
CONDITION_LABELS = {
    EmploymentCondition.EMPLOYED: "Occupati",
    EmploymentCondition.UNEMPLOYED: "Disoccupati",
    EmploymentCondition.INACTIVE: "Inattivi",
    EmploymentCondition.STUDENT: "Studenti",
    EmploymentCondition.SHORT_TIME: "In cassa integrazione",
}
REFERRER_LABELS = {
    Referrer.CPI: "Centro per l'impiego",
    Referrer.TARGETED_PLACEMENT: "Collocamento mirato",
    Referrer.SOCIAL_SERVICES: "Servizi sociali / Ambito",
    Referrer.CPS: "CPS",
    Referrer.UONPIA: "UONPIA",
    Referrer.SERD: "SerD",
    Referrer.UEPE: "UEPE",
    Referrer.INFORMAGIOVANI: "Informagiovani",
    Referrer.SELF: "Accesso spontaneo",
    Referrer.OTHER: "Altro",
}

# Citizenships of the European Union as people write them (adjective or country), lower case:
# anything else that is recorded is a third country (stateless people included).
EU_CITIZENSHIPS = frozenset(
    (
        "italiana",
        "italiano",
        "italia",
        "austriaca",
        "austriaco",
        "austria",
        "belga",
        "belgio",
        "bulgara",
        "bulgaro",
        "bulgaria",
        "ceca",
        "ceco",
        "cechia",
        "cipriota",
        "cipro",
        "croata",
        "croato",
        "croazia",
        "danese",
        "danimarca",
        "estone",
        "estonia",
        "finlandese",
        "finlandia",
        "francese",
        "francia",
        "tedesca",
        "tedesco",
        "germania",
        "greca",
        "greco",
        "grecia",
        "irlandese",
        "irlanda",
        "lettone",
        "lettonia",
        "lituana",
        "lituano",
        "lituania",
        "lussemburghese",
        "lussemburgo",
        "maltese",
        "malta",
        "olandese",
        "olanda",
        "polacca",
        "polacco",
        "polonia",
        "portoghese",
        "portogallo",
        "rumena",
        "rumeno",
        "romena",
        "romeno",
        "romania",
        "slovacca",
        "slovacco",
        "slovacchia",
        "slovena",
        "sloveno",
        "slovenia",
        "spagnola",
        "spagnolo",
        "spagna",
        "svedese",
        "svezia",
        "ungherese",
        "ungheria",
        "repubblica ceca",
        "paesi bassi",
        "neerlandese",
    )
)

# ------------------------------------------------------------------------ the definitions

DEFINITIONS: dict[str, str] = {
    "population": (
        "Popolazione del rapporto: le persone con almeno un percorso (del programma indicato, "
        "o di qualsiasi programma) attivo nel periodo, cioè iniziato entro l'ultimo giorno del "
        "periodo e non concluso prima del primo (data di fine vuota o successiva all'inizio del "
        "periodo). Ogni cifra sulle persone si riferisce a questa popolazione; le percentuali "
        "sono calcolate sul numero dei partecipanti, arrotondate a un decimale."
    ),
    "participants": "Partecipanti: numero di persone distinte della popolazione.",
    "pathways": "Percorsi: numero dei percorsi della popolazione attivi nel periodo.",
    "participants_by_sex": (
        "Partecipanti per sesso, come registrato in anagrafica; «Non indicato» se manca."
    ),
    "participants_by_target_group": (
        "Partecipanti per gruppo target registrato in anagrafica: una persona può appartenere a "
        "più gruppi e viene contata in ciascuno, quindi la somma può superare il totale; "
        "«Nessun gruppo» conta chi non ne ha alcuno."
    ),
    "participants_by_age_band": (
        "Partecipanti per fascia d'età (meno di 30, da 30 a 54, 55 e oltre), con l'età in anni "
        "compiuti al primo giorno del periodo; «Non indicato» se manca la data di nascita."
    ),
    "participants_by_education_band": (
        "Partecipanti per fascia ISCED del titolo di studio: la fascia registrata in anagrafica "
        "o, se manca, quella del titolo (licenza media e inferiori 0–2; qualifica, diploma e "
        "post-diploma 3–4; lauree e dottorato 5–8)."
    ),
    "participants_by_employment_condition": (
        "Partecipanti per condizione occupazionale registrata in anagrafica (alla presa in carico)."
    ),
    "participants_by_referrer": "Partecipanti per servizio inviante registrato in anagrafica.",
    "attended_over_75_percent": (
        "Frequenza oltre il 75%: tra i partecipanti iscritti a edizioni di corsi che si "
        "svolgono nel periodo (inizio entro la fine del periodo, fine assente o dopo il suo "
        "inizio) e con almeno un incontro in programma, quota di chi frequenta almeno tre quarti. "
        + SHARE_RULE
        + " Gli incontri considerati sono quelli svolti fino all'ultimo giorno del periodo "
        "(o fino ad oggi, se prima); per chi è iscritto a più edizioni si sommano minuti "
        "frequentati e minuti previsti di tutte."
    ),
    "counselling_sessions": (
        "Sessioni di counselling: numero delle erogazioni individuali del servizio «Counselling "
        "individuale» registrate nei percorsi della popolazione con data nel periodo (una "
        "erogazione = una sessione, qualunque sia la durata)."
    ),
    "hours_by_service": (
        "Ore per servizio: ore erogate = somma dei minuti delle erogazioni (individuali e di "
        "gruppo) dei percorsi della popolazione con data nel periodo, divisa per 60; ore "
        "pianificate = somma delle ore del piano individuale (PIP/PAI) di quei percorsi, per "
        "l'intero percorso; massimale = somma, sugli stessi percorsi, del massimale orario per "
        "partecipante che il programma del percorso fissa per quel servizio (vuoto se nessun "
        "programma lo fissa)."
    ),
    "work_experiences": (
        "Esperienze di lavoro dopo il percorso: esiti di tipo lavorativo (tirocinio, tempo "
        "determinato, tempo indeterminato, apprendistato, somministrazione, lavoro autonomo; "
        "non il rientro in formazione né «nessuno») con data di inizio nel periodo, di "
        "partecipanti della popolazione, collegati a un percorso della popolazione oppure a "
        "nessun percorso ma iniziati dopo l'inizio di uno di essi. Numero = esiti; "
        "percentuale = persone con almeno un esito di quel tipo ÷ partecipanti."
    ),
    "work_experiences_total": (
        "Totale delle esperienze di lavoro: numero degli esiti lavorativi contati sopra; "
        "persone con un'esperienza di lavoro: persone distinte tra questi."
    ),
    "people_hired": (
        "Persone assunte: persone distinte con almeno uno degli esiti contati sopra che sia un "
        "contratto di lavoro dipendente (tempo determinato, tempo indeterminato, apprendistato, "
        "somministrazione)."
    ),
    "other_outcomes": (
        "Altri esiti: esiti «rientro in formazione» e «nessuno» contati con la stessa regola "
        "delle esperienze di lavoro."
    ),
    "days_to_first_work": (
        "Giorni dalla fine del percorso al primo lavoro: per ogni percorso della popolazione "
        "chiuso con data di fine nel periodo che ha almeno un esito lavorativo (collegato al "
        "percorso, oppure a nessun percorso e iniziato dopo l'inizio del percorso), i giorni "
        "dalla fine del percorso all'inizio del primo di quegli esiti; un lavoro iniziato prima "
        "della fine conta 0. Si riportano minimo, mediana e massimo e il numero dei percorsi."
    ),
    "leavers": (
        "Percorsi conclusi: percorsi della popolazione chiusi (non aperti né sospesi) con data "
        "di fine nel periodo."
    ),
    "companies_contacted": (
        "Aziende contattate: aziende distinte con almeno un contatto registrato (telefonata, "
        "visita, incontro, email, consulenza) con data nel periodo; riguarda tutta la "
        "cooperativa, non un singolo programma."
    ),
    "consultancies": (
        "Consulenze alle aziende: numero dei contatti di tipo consulenza (sulla normativa, sui "
        "processi, sugli strumenti) con data nel periodo; due consulenze alla stessa azienda "
        "contano due. Riguarda tutta la cooperativa."
    ),
    "internships_activated": (
        "Tirocini attivati: tirocini dei partecipanti della popolazione (collegati a un percorso "
        "della popolazione o a nessun percorso) con data di inizio nel periodo."
    ),
    "internships_concluded": (
        "Tirocini conclusi: gli stessi tirocini chiusi come «concluso» con fine effettiva (la "
        "proroga se c'è, altrimenti la fine) nel periodo."
    ),
    "internships_interrupted": (
        "Tirocini interrotti: chiusi come «interrotto» con fine effettiva nel periodo."
    ),
    "internships_converted": (
        "Tirocini trasformati in contratto: chiusi come «trasformato in contratto» con fine "
        "effettiva nel periodo."
    ),
    "conventions_started": (
        "Convenzioni avviate: convenzioni L. 68/99 (art. 14, art. 11, art. 12) con data di "
        "inizio nel periodo; riguarda tutta la cooperativa."
    ),
    "esf_indicators": (
        "Indicatori comuni FSE+ (Reg. UE 2021/1057, allegato I), contati sulla popolazione del "
        "rapporto (non solo sui nuovi ingressi), con l'età al primo giorno del periodo e la "
        "condizione registrata alla presa in carico. Disoccupati di lunga durata: da almeno 12 "
        "mesi (6 sotto i 25 anni), secondo i mesi registrati o, se mancano, la data della DID. "
        "Inattivi: inattivi e studenti. Occupati: occupati e in cassa integrazione. Con "
        "disabilità: iscritti L. 68/99 o nel gruppo «Disabilità». Cittadini di paesi terzi: "
        "cittadinanza registrata e non di uno Stato dell'Unione (chi non l'ha registrata non è "
        "contato). Situazione all'uscita (entro 28 giorni dalla fine del percorso): persone con "
        "un percorso concluso nel periodo e un esito lavorativo, o di rientro in formazione, "
        "iniziato tra l'inizio del percorso e 28 giorni dopo la sua fine."
    ),
}


# ------------------------------------------------------------------------ the figures


@dataclass(frozen=True)
class Breakdown:
    """One line of a breakdown of the participants: code, Italian label, number, percent."""

    key: str
    label: str
    count: int
    percent: float


@dataclass(frozen=True)
class ServiceHoursLine:
    """Hours of one service: delivered in the period, planned and capped for the pathways."""

    service: ServiceType
    label: str
    delivered_hours: Decimal
    planned_hours: Decimal
    cap_hours: Decimal | None


@dataclass(frozen=True)
class OutcomeLine:
    """Outcomes of one type: how many, how many people, percent of the participants."""

    type: OutcomeType
    label: str
    count: int
    people: int
    percent: float


@dataclass(frozen=True)
class DaysToWork:
    """Days from the end of a pathway to the first job: over `pathways` pathways."""

    pathways: int
    minimum: int | None
    median: float | None
    maximum: int | None


@dataclass(frozen=True)
class EsfIndicator:
    """An ESF+ common indicator: its code (when certain), its name, its value (people)."""

    code: str
    name: str
    value: int


@dataclass(frozen=True)
class Indicators:
    """Every figure of the report for one period and programme (or all programmes)."""

    start: date
    end: date
    programme_code: str | None
    programme_name: str | None
    generated_on: date
    participants: int
    pathways: int
    by_sex: tuple[Breakdown, ...]
    by_target_group: tuple[Breakdown, ...]
    by_age_band: tuple[Breakdown, ...]
    by_education_band: tuple[Breakdown, ...]
    by_employment_condition: tuple[Breakdown, ...]
    by_referrer: tuple[Breakdown, ...]
    course_participants: int
    attended_over_75: int
    counselling_sessions: int
    hours: tuple[ServiceHoursLine, ...]
    work_experiences: tuple[OutcomeLine, ...]
    other_outcomes: tuple[OutcomeLine, ...]
    work_experiences_total: int
    people_with_work: int
    people_hired: int
    leavers: int
    days_to_first_work: DaysToWork
    companies_contacted: int
    consultancies: int
    internships_activated: int
    internships_concluded: int
    internships_interrupted: int
    internships_converted: int
    conventions_started: int
    conventions_by_kind: tuple[tuple[ConventionKind, int], ...]
    esf: tuple[EsfIndicator, ...]
    definitions: dict[str, str] = field(default_factory=lambda: dict(DEFINITIONS))

    @property
    def attended_over_75_percent(self) -> float:
        return percent(self.attended_over_75, self.course_participants)

    @property
    def programme_label(self) -> str:
        if self.programme_code is None:
            return "Tutti i programmi"
        return f"{self.programme_code} – {self.programme_name}"

    @property
    def period_label(self) -> str:
        return f"dal {self.start:%d/%m/%Y} al {self.end:%d/%m/%Y}"


def percent(part: int, whole: int) -> float:
    """Part of whole in percent, one decimal; 0 when there is no whole."""
    return round(100 * part / whole, 1) if whole else 0.0


def _years_before(day: date, years: int) -> date:
    """The same day `years` years earlier (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _months_before(day: date, months: int) -> date:
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _breakdown(
    counts: Counter[str], order: Iterable[tuple[str, str]], whole: int, *, always: bool = True
) -> tuple[Breakdown, ...]:
    """Lines in the given order, then «not recorded» when someone has no value."""
    lines = [
        Breakdown(key, label, counts.get(key, 0), percent(counts.get(key, 0), whole))
        for key, label in order
        if always or counts.get(key, 0)
    ]
    missing = counts.get(NOT_RECORDED, 0)
    if missing:
        lines.append(Breakdown(NOT_RECORDED, NOT_RECORDED_LABEL, missing, percent(missing, whole)))
    return tuple(lines)


def _check_period(start: date | str | None, end: date | str | None) -> tuple[date, date]:
    first = parse_date(start, "from", "Dal")
    last = parse_date(end, "to", "Al")
    if first is None:
        raise ValidationError("from", "indicate il primo giorno del periodo.", label="Dal")
    if last is None:
        raise ValidationError("to", "indicate l'ultimo giorno del periodo.", label="Al")
    if last < first:
        raise ValidationError(
            "to",
            f"il periodo finisce ({last:%d/%m/%Y}) prima di cominciare ({first:%d/%m/%Y}).",
            label="Al",
        )
    return first, last


def _programme(session: Session, code: str | None) -> FundingProgramme | None:
    if code is None or not code.strip():
        return None
    wanted = code.strip()
    found = session.scalar(select(FundingProgramme).where(FundingProgramme.code == wanted))
    if found is None:
        found = session.scalar(
            select(FundingProgramme).where(func.upper(FundingProgramme.code) == wanted.upper())
        )
    if found is None:
        raise ValidationError(
            "programme", f"il programma «{wanted}» non esiste.", label="Programma"
        )
    return found


def compute_indicators(
    db: Database,
    actor: Actor,
    *,
    start: date | str,
    end: date | str,
    programme: str | None = None,
    today: date | None = None,
) -> Indicators:
    """The funder's figures for a period (both days included) and a programme code (or all).

    Coordinators and administrators only. Bad input: ValidationError on «from»/«to» (a missing
    or unreadable date, a period that ends before it starts) or «programme» (unknown code).
    Definitions of every figure: `DEFINITIONS`.
    """
    require(actor, STAFF, "produrre il rapporto sugli indicatori")
    first, last = _check_period(start, end)
    today = today or date.today()
    with db.transaction(write=False) as session:
        chosen = _programme(session, programme)
        return _compute(session, first, last, chosen, today)


def _compute(
    session: Session, start: date, end: date, chosen: FundingProgramme | None, today: date
) -> Indicators:
    # ---- the population, defined once
    active = [Pathway.start_date <= end, or_(Pathway.end_date.is_(None), Pathway.end_date >= start)]
    if chosen is not None:
        active.append(Pathway.programme_id == chosen.id)
    pop = (
        select(
            Pathway.id.label("id"),
            Pathway.participant_id.label("pid"),
            Pathway.programme_id.label("programme_id"),
            Pathway.start_date.label("start_date"),
            Pathway.end_date.label("end_date"),
            Pathway.status.label("status"),
        )
        .where(*active)
        .subquery("pop")
    )
    pathway_ids = select(pop.c.id)
    people = select(pop.c.pid)

    participants, pathways = session.execute(
        select(func.count(func.distinct(pop.c.pid)), func.count())
    ).one()
    participants, pathways = int(participants), int(pathways)

    # ---- who they are: one grouped scan of the participants
    d18, d25, d30, d55 = (_years_before(start, n) for n in (18, 25, 30, 55))
    age = case(
        (Participant.birth_date.is_(None), "none"),
        (Participant.birth_date > d18, "u18"),
        (Participant.birth_date > d25, "18_24"),
        (Participant.birth_date > d30, "25_29"),
        (Participant.birth_date > d55, "30_54"),
        else_="55",
    ).label("age")
    trimmed = func.lower(func.trim(Participant.citizenship))
    citizenship = case(
        (Participant.citizenship.is_(None), "none"),
        (trimmed == "", "none"),
        (trimmed.in_(sorted(EU_CITIZENSHIPS)), "eu"),
        else_="third",
    ).label("citizenship")
    disabled = case(
        (Participant.l68_registered.is_(True), 1),
        (
            exists().where(
                ParticipantTargetGroup.participant_id == Participant.id,
                ParticipantTargetGroup.group == TargetGroup.DISABILITY,
            ),
            1,
        ),
        else_=0,
    ).label("disabled")

    def unemployed_since(months: int) -> ColumnElement[bool]:
        return or_(
            Participant.months_unemployed >= months,
            and_(
                Participant.months_unemployed.is_(None),
                Participant.did_date <= _months_before(start, months),
            ),
        )

    long_term = case(
        (
            or_(
                Participant.employment_condition.is_(None),
                Participant.employment_condition != EmploymentCondition.UNEMPLOYED,
            ),
            0,
        ),
        (and_(Participant.birth_date > d25, unemployed_since(6)), 1),
        (unemployed_since(12), 1),
        else_=0,
    ).label("long_term")
    grouped = case(
        (exists().where(ParticipantTargetGroup.participant_id == Participant.id), 1), else_=0
    ).label("grouped")
    columns = (
        grouped,
        Participant.sex,
        age,
        Participant.isced_band,
        Participant.education_level,
        Participant.employment_condition,
        Participant.referrer,
        citizenship,
        disabled,
        long_term,
    )
    profile = session.execute(
        select(*columns, func.count()).where(Participant.id.in_(people)).group_by(*columns)
    ).all()
    sexes: Counter[str] = Counter()
    ages: Counter[str] = Counter()
    bands: Counter[str] = Counter()
    conditions: Counter[str] = Counter()
    referrers: Counter[str] = Counter()
    esf_age: Counter[str] = Counter()
    third_country = disabled_people = long_term_people = ungrouped = 0
    for has_group, sex, band, isced, level, condition, referrer, citizen, dis, ltu, n in profile:
        n = int(n)
        ungrouped += 0 if has_group else n
        sexes[sex.value if sex else NOT_RECORDED] += n
        ages[AGE_BAND_OF[band]] += n
        esf_age[band] += n
        isced_band = isced or (ISCED_BAND[EducationLevel(level)] if level else None)
        bands[isced_band.value if isced_band else NOT_RECORDED] += n
        conditions[condition.value if condition else NOT_RECORDED] += n
        referrers[referrer.value if referrer else NOT_RECORDED] += n
        third_country += n if citizen == "third" else 0
        disabled_people += n * int(dis)
        long_term_people += n * int(ltu)

    groups: Counter[str] = Counter(
        {
            g.value: int(n)
            for g, n in session.execute(
                select(
                    ParticipantTargetGroup.group,
                    func.count(func.distinct(ParticipantTargetGroup.participant_id)),
                )
                .where(ParticipantTargetGroup.participant_id.in_(people))
                .group_by(ParticipantTargetGroup.group)
            )
        }
    )
    groups[NO_GROUP] = ungrouped
    by_group = tuple(
        Breakdown(key, label, groups.get(key, 0), percent(groups.get(key, 0), participants))
        for key, label in [(g.value, GROUP_LABELS[g]) for g in TargetGroup]
        + [(NO_GROUP, "Nessun gruppo")]
    )

    # ---- course attendance (the courses' 75% rule)
    cutoff = min(end, today)
    overlapping = and_(
        CourseEdition.start_date <= end,
        or_(CourseEdition.end_date.is_(None), CourseEdition.end_date >= start),
    )
    sittings: dict[int, list[tuple[date, int]]] = {}
    for edition_id, day, begin, finish in session.execute(
        select(
            EditionSession.edition_id,
            EditionSession.date,
            EditionSession.start_time,
            EditionSession.end_time,
        )
        .join(CourseEdition, CourseEdition.id == EditionSession.edition_id)
        .where(overlapping, EditionSession.date <= cutoff)
    ):
        sittings.setdefault(edition_id, []).append((day, _length(begin, finish)))
    attended: dict[tuple[int, int], int] = {
        (pid, edition): int(minutes or 0)
        for pid, edition, minutes in session.execute(
            select(
                Enrollment.participant_id,
                Enrollment.edition_id,
                func.sum(Attendance.minutes_attended),
            )
            .join(
                EditionSession,
                and_(
                    EditionSession.edition_id == Enrollment.edition_id,
                    EditionSession.date >= Enrollment.enrolled_on,
                    EditionSession.date <= cutoff,
                ),
            )
            .join(
                Attendance,
                and_(
                    Attendance.session_id == EditionSession.id,
                    Attendance.participant_id == Enrollment.participant_id,
                ),
            )
            .join(CourseEdition, CourseEdition.id == Enrollment.edition_id)
            .where(overlapping, Enrollment.participant_id.in_(people))
            .group_by(Enrollment.participant_id, Enrollment.edition_id)
        )
    }
    totals: dict[int, list[int]] = {}
    for pid, edition, enrolled_on in session.execute(
        select(Enrollment.participant_id, Enrollment.edition_id, Enrollment.enrolled_on)
        .join(CourseEdition, CourseEdition.id == Enrollment.edition_id)
        .where(overlapping, Enrollment.participant_id.in_(people))
    ):
        scheduled = sum(m for day, m in sittings.get(edition, []) if day >= enrolled_on)
        done = attended.get((pid, edition), 0)
        both = totals.setdefault(pid, [0, 0])
        both[0] += done
        both[1] += scheduled
    course_people = sum(1 for _done, scheduled in totals.values() if scheduled > 0)
    over_75 = sum(1 for done, scheduled in totals.values() if passes_75(done, scheduled))

    # ---- services: counselling sessions, hours against plan and caps
    in_period = and_(ServiceDelivery.date >= start, ServiceDelivery.date <= end)
    delivered: Counter[ServiceType] = Counter()
    counselling = 0
    # One pass over the deliveries: minutes per service, and the counselling sessions.
    for kind, mode, minutes, n in session.execute(
        select(
            ServiceDelivery.service_type,
            ServiceDelivery.mode,
            func.sum(ServiceDelivery.minutes),
            func.count(),
        )
        .join(pop, pop.c.id == ServiceDelivery.pathway_id)
        .where(in_period)
        .group_by(ServiceDelivery.service_type, ServiceDelivery.mode)
    ):
        delivered[kind] += int(minutes or 0)
        if kind is ServiceType.COUNSELLING and mode is DeliveryMode.INDIVIDUAL:
            counselling += int(n)
    planned = {
        kind: Decimal(str(hours or 0))
        for kind, hours in session.execute(
            select(PlannedService.service_type, func.sum(PlannedService.planned_hours))
            .where(PlannedService.pathway_id.in_(pathway_ids))
            .group_by(PlannedService.service_type)
        )
    }
    # A cap is per participant: the programme's cap times its pathways in the population.
    per_programme = {
        programme_id: int(n)
        for programme_id, n in session.execute(
            select(pop.c.programme_id, func.count()).group_by(pop.c.programme_id)
        )
    }
    caps: dict[ServiceType, Decimal] = {}
    for programme_id, kind, most in session.execute(
        select(ServiceCap.programme_id, ServiceCap.service_type, ServiceCap.max_hours).where(
            ServiceCap.programme_id.in_(list(per_programme))
        )
    ):
        caps[kind] = caps.get(kind, Decimal(0)) + Decimal(str(most)) * per_programme[programme_id]
    cent = Decimal("0.01")
    hours = tuple(
        ServiceHoursLine(
            kind,
            SERVICE_LABELS[kind],
            (Decimal(delivered.get(kind, 0)) / 60).quantize(cent),
            planned.get(kind, Decimal(0)).quantize(cent),
            caps[kind].quantize(cent) if kind in caps else None,
        )
        for kind in ServiceType
        if kind in delivered or kind in planned or kind in caps
    )

    # ---- outcomes of the population's pathways
    attributed = and_(
        Outcome.participant_id.in_(people),
        Outcome.start_date >= start,
        Outcome.start_date <= end,
        or_(
            Outcome.pathway_id.in_(pathway_ids),
            and_(
                Outcome.pathway_id.is_(None),
                exists().where(
                    pop.c.pid == Outcome.participant_id, pop.c.start_date <= Outcome.start_date
                ),
            ),
        ),
    )
    # One row per person and outcome type: the numbers, the people, the hired, in one pass.
    by_type: dict[OutcomeType, tuple[int, int]] = {}
    workers: set[int] = set()
    hired_people: set[int] = set()
    for pid, kind, n in session.execute(
        select(Outcome.participant_id, Outcome.type, func.count())
        .where(attributed)
        .group_by(Outcome.participant_id, Outcome.type)
    ):
        count, who = by_type.get(kind, (0, 0))
        by_type[kind] = (count + int(n), who + 1)
        if kind not in NOT_WORK:
            workers.add(pid)
        if kind in CONTRACTS:
            hired_people.add(pid)

    def outcome_line(kind: OutcomeType) -> OutcomeLine:
        n, who = by_type.get(kind, (0, 0))
        return OutcomeLine(kind, OUTCOME_TYPE_LABELS[kind], n, who, percent(who, participants))

    work_total = sum(by_type.get(k, (0, 0))[0] for k in WORK_TYPES)
    people_with_work, hired = len(workers), len(hired_people)

    # ---- leavers: days to the first job, and the situation on leaving (ESF+)
    left = and_(
        pop.c.end_date.is_not(None),
        pop.c.end_date >= start,
        pop.c.end_date <= end,
        pop.c.status.not_in(tuple(OPEN_STATES)),
    )
    leavers = int(session.scalar(select(func.count()).where(left)) or 0)

    def first_after_leaving(kinds: ColumnElement[bool]) -> list[tuple[int, date, date]]:
        rows = session.execute(
            select(pop.c.pid, pop.c.end_date, func.min(Outcome.start_date))
            .join(
                Outcome,
                and_(
                    Outcome.participant_id == pop.c.pid,
                    kinds,
                    or_(
                        Outcome.pathway_id == pop.c.id,
                        and_(Outcome.pathway_id.is_(None), Outcome.start_date >= pop.c.start_date),
                    ),
                ),
            )
            .where(left)
            .group_by(pop.c.id, pop.c.pid, pop.c.end_date)
        ).all()
        return [(int(pid), _as_date(ended), _as_date(first)) for pid, ended, first in rows]

    jobs = first_after_leaving(Outcome.type.not_in(tuple(NOT_WORK)))
    days = sorted(max(0, (first - ended).days) for _pid, ended, first in jobs)
    days_to_work = DaysToWork(
        len(days),
        days[0] if days else None,
        float(statistics.median(days)) if days else None,
        days[-1] if days else None,
    )
    employed_on_leaving = len(
        {pid for pid, ended, first in jobs if (first - ended).days <= EMPLOYED_WITHIN_DAYS}
    )
    studying_on_leaving = len(
        {
            pid
            for pid, ended, first in first_after_leaving(Outcome.type == OutcomeType.EDUCATION)
            if (first - ended).days <= EMPLOYED_WITHIN_DAYS
        }
    )

    # ---- companies, internships, conventions
    contacts = and_(CompanyContact.date >= start, CompanyContact.date <= end)
    companies = int(
        session.scalar(select(func.count(func.distinct(CompanyContact.company_id))).where(contacts))
        or 0
    )
    consultancies = int(
        session.scalar(
            select(func.count()).where(contacts, CompanyContact.kind.in_(tuple(CONSULTANCY_KINDS)))
        )
        or 0
    )
    theirs = and_(
        Internship.participant_id.in_(people),
        or_(Internship.pathway_id.in_(pathway_ids), Internship.pathway_id.is_(None)),
    )
    effective_end = func.coalesce(Internship.extended_to, Internship.end_date)
    started_in = and_(Internship.start_date >= start, Internship.start_date <= end)
    ended_in = and_(effective_end >= start, effective_end <= end)
    activated = 0
    closed: dict[InternshipOutcome, int] = {}
    for kind, began, finished in session.execute(
        select(
            Internship.outcome,
            func.sum(case((started_in, 1), else_=0)),
            func.sum(case((ended_in, 1), else_=0)),
        )
        .where(theirs, or_(started_in, ended_in))
        .group_by(Internship.outcome)
    ):
        activated += int(began or 0)
        closed[kind] = int(finished or 0)
    conventions = {
        kind: int(n)
        for kind, n in session.execute(
            select(Convention.kind, func.count())
            .where(Convention.start_date >= start, Convention.start_date <= end)
            .group_by(Convention.kind)
        )
    }

    # ---- ESF+ common indicators
    isced = {band: bands.get(band.value, 0) for band in IscedBand}
    esf = (
        EsfIndicator("EECO01", "Numero totale dei partecipanti", participants),
        EsfIndicator(
            "EECO02",
            "Disoccupati, compresi i disoccupati di lunga durata",
            conditions.get(EmploymentCondition.UNEMPLOYED.value, 0),
        ),
        EsfIndicator("EECO03", "Disoccupati di lunga durata", long_term_people),
        EsfIndicator(
            "EECO04",
            "Inattivi",
            conditions.get(EmploymentCondition.INACTIVE.value, 0)
            + conditions.get(EmploymentCondition.STUDENT.value, 0),
        ),
        EsfIndicator(
            "EECO05",
            "Occupati, compresi i lavoratori autonomi",
            conditions.get(EmploymentCondition.EMPLOYED.value, 0)
            + conditions.get(EmploymentCondition.SHORT_TIME.value, 0),
        ),
        EsfIndicator("EECO06", "Minori di 18 anni", esf_age.get("u18", 0)),
        EsfIndicator(
            "EECO07",
            "Giovani di età compresa tra 18 e 29 anni",
            esf_age.get("18_24", 0) + esf_age.get("25_29", 0),
        ),
        EsfIndicator("EECO08", "Partecipanti di 55 anni e oltre", esf_age.get("55", 0)),
        EsfIndicator("EECO09", "Con istruzione ISCED 0–2", isced[IscedBand.ISCED_0_2]),
        EsfIndicator("EECO10", "Con istruzione ISCED 3–4", isced[IscedBand.ISCED_3_4]),
        EsfIndicator("EECO11", "Con istruzione ISCED 5–8", isced[IscedBand.ISCED_5_8]),
        EsfIndicator("EECO12", "Partecipanti con disabilità", disabled_people),
        EsfIndicator("EECO13", "Cittadini di paesi terzi", third_country),
        EsfIndicator(
            "EECO16",
            "Senza dimora o colpiti da esclusione abitativa",
            groups.get(TargetGroup.HOMELESS.value, 0),
        ),
        EsfIndicator(
            "EECR02", "In istruzione o formazione all'uscita (entro 28 giorni)", studying_on_leaving
        ),
        EsfIndicator(
            "EECR04",
            "Occupati, compresi gli autonomi, all'uscita (entro 28 giorni)",
            employed_on_leaving,
        ),
    )
    return Indicators(
        start=start,
        end=end,
        programme_code=chosen.code if chosen else None,
        programme_name=chosen.name if chosen else None,
        generated_on=today,
        participants=participants,
        pathways=pathways,
        by_sex=_breakdown(
            sexes, [(s.value, SEX_LABELS[s]) for s in (Sex.FEMALE, Sex.MALE)], participants
        ),
        by_target_group=by_group,
        by_age_band=_breakdown(ages, AGE_BANDS, participants),
        by_education_band=_breakdown(
            bands, [(b.value, ISCED_LABELS[b]) for b in IscedBand], participants
        ),
        by_employment_condition=_breakdown(
            conditions, [(c.value, CONDITION_LABELS[c]) for c in EmploymentCondition], participants
        ),
        by_referrer=_breakdown(
            referrers, [(r.value, REFERRER_LABELS[r]) for r in Referrer], participants
        ),
        course_participants=course_people,
        attended_over_75=over_75,
        counselling_sessions=counselling,
        hours=hours,
        work_experiences=tuple(outcome_line(k) for k in WORK_TYPES),
        other_outcomes=tuple(outcome_line(k) for k in OutcomeType if k in NOT_WORK),
        work_experiences_total=work_total,
        people_with_work=people_with_work,
        people_hired=hired,
        leavers=leavers,
        days_to_first_work=days_to_work,
        companies_contacted=companies,
        consultancies=consultancies,
        internships_activated=activated,
        internships_concluded=closed.get(InternshipOutcome.COMPLETED, 0),
        internships_interrupted=closed.get(InternshipOutcome.INTERRUPTED, 0),
        internships_converted=closed.get(InternshipOutcome.CONVERTED, 0),
        conventions_started=sum(conventions.values()),
        conventions_by_kind=tuple((k, conventions.get(k, 0)) for k in ConventionKind),
        esf=esf,
    )


def _as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _length(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


# ------------------------------------------------------------------------ JSON


def _hours_value(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def indicators_json(ind: Indicators) -> dict[str, Any]:
    """The report as plain JSON values; keys are stable (issue 7), labels are Italian."""

    def counts(lines: Sequence[Breakdown]) -> dict[str, int]:
        return {line.key: line.count for line in lines}

    return {
        "period": {"from": ind.start.isoformat(), "to": ind.end.isoformat()},
        "programme": ind.programme_code,
        "programme_name": ind.programme_name,
        "generated_on": ind.generated_on.isoformat(),
        "participants": ind.participants,
        "pathways": ind.pathways,
        "participants_by_sex": counts(ind.by_sex),
        "participants_by_target_group": counts(ind.by_target_group),
        "participants_by_age_band": counts(ind.by_age_band),
        "participants_by_education_band": counts(ind.by_education_band),
        "participants_by_employment_condition": counts(ind.by_employment_condition),
        "participants_by_referrer": counts(ind.by_referrer),
        "attended_over_75_percent": ind.attended_over_75_percent,
        "attended_over_75": {
            "participants": ind.attended_over_75,
            "enrolled": ind.course_participants,
            "percent": ind.attended_over_75_percent,
        },
        "counselling_sessions": ind.counselling_sessions,
        "hours_by_service": {
            line.service.value: {
                "delivered": float(line.delivered_hours),
                "planned": float(line.planned_hours),
                "cap": _hours_value(line.cap_hours),
            }
            for line in ind.hours
        },
        "work_experiences": {line.type.value: line.count for line in ind.work_experiences},
        "work_experiences_people": {line.type.value: line.people for line in ind.work_experiences},
        "work_experiences_percent": {
            line.type.value: line.percent for line in ind.work_experiences
        },
        "work_experiences_total": ind.work_experiences_total,
        "people_with_work_experience": ind.people_with_work,
        "people_hired": ind.people_hired,
        "other_outcomes": {line.type.value: line.count for line in ind.other_outcomes},
        "pathways_ended": ind.leavers,
        "days_to_first_work": {
            "min": ind.days_to_first_work.minimum,
            "median": ind.days_to_first_work.median,
            "max": ind.days_to_first_work.maximum,
            "pathways": ind.days_to_first_work.pathways,
        },
        "companies_contacted": ind.companies_contacted,
        "consultancies": ind.consultancies,
        "internships_activated": ind.internships_activated,
        "internships_concluded": ind.internships_concluded,
        "internships_interrupted": ind.internships_interrupted,
        "internships_converted": ind.internships_converted,
        "conventions_started": ind.conventions_started,
        "conventions_by_kind": {k.value: n for k, n in ind.conventions_by_kind},
        "esf_indicators": {e.code: e.value for e in ind.esf},
        "definitions": dict(ind.definitions),
    }


# ------------------------------------------------------------------------ tables (XLSX, PDF)


@dataclass(frozen=True)
class Table:
    """One table of the report: a title, a header, rows, and the definitions it rests on."""

    key: str  # short name: the XLSX sheet
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    definitions: tuple[str, ...]  # keys of DEFINITIONS
    right: tuple[int, ...] = ()  # columns of numbers


class Pct(float):
    """A percentage cell (60.0 means 60%): «60,0%» in the PDF, a percent cell in the XLSX."""


def cell_text(value: object) -> str:
    """How the PDF shows a table cell: 12.345 · 12.434,83 · 60,0% · — for nothing."""
    if value is None:
        return "—"
    if isinstance(value, Pct):
        return _pct(value)
    if isinstance(value, bool):
        return "sì" if value else "no"
    if isinstance(value, int):
        return _thousands(value)
    if isinstance(value, Decimal | float):
        return _num(value)
    return str(value)


def _pct(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + "%"


def _thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _num(value: Decimal | float | None) -> str:
    if value is None:
        return "—"
    text = f"{float(value):,.2f}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def _people_table(key: str, title: str, lines: Sequence[Breakdown], definition: str) -> Table:
    return Table(
        key,
        title,
        ("Voce", "Partecipanti", "%"),
        tuple((line.label, line.count, Pct(line.percent)) for line in lines),
        (definition,),
        (1, 2),
    )


def indicator_tables(ind: Indicators) -> list[Table]:
    """The report's tables in order (the XLSX sheets, the PDF sections)."""
    days = ind.days_to_first_work
    summary = (
        ("Partecipanti", ind.participants),
        ("Percorsi attivi nel periodo", ind.pathways),
        (
            "Frequenza dei corsi oltre il 75%",
            f"{ind.attended_over_75} su {ind.course_participants} "
            f"({_pct(ind.attended_over_75_percent)})",
        ),
        ("Sessioni di counselling individuale", ind.counselling_sessions),
        ("Esperienze di lavoro (totale)", ind.work_experiences_total),
        ("Persone con un'esperienza di lavoro", ind.people_with_work),
        ("Persone assunte", ind.people_hired),
        ("Percorsi conclusi nel periodo", ind.leavers),
        (
            "Giorni dalla fine del percorso al primo lavoro",
            "—"
            if days.pathways == 0
            else f"mediana {_num(days.median).removesuffix(',00')}, da {days.minimum} a "
            f"{days.maximum} ({_thousands(days.pathways)} percorsi)",
        ),
        ("Aziende contattate", ind.companies_contacted),
        ("Consulenze alle aziende", ind.consultancies),
        ("Tirocini attivati", ind.internships_activated),
        ("Tirocini conclusi", ind.internships_concluded),
        ("Tirocini interrotti", ind.internships_interrupted),
        ("Tirocini trasformati in contratto", ind.internships_converted),
        ("Convenzioni avviate", ind.conventions_started),
    )
    return [
        Table(
            "Sintesi",
            "Sintesi",
            ("Indicatore", "Valore"),
            tuple((label, value) for label, value in summary),
            (
                "population",
                "participants",
                "pathways",
                "attended_over_75_percent",
                "counselling_sessions",
                "work_experiences_total",
                "people_hired",
                "leavers",
                "days_to_first_work",
                "companies_contacted",
                "consultancies",
                "internships_activated",
                "internships_concluded",
                "internships_interrupted",
                "internships_converted",
                "conventions_started",
            ),
            (1,),
        ),
        _people_table("Sesso", "Partecipanti per sesso", ind.by_sex, "participants_by_sex"),
        _people_table(
            "Gruppi target",
            "Partecipanti per gruppo target",
            ind.by_target_group,
            "participants_by_target_group",
        ),
        _people_table(
            "Età", "Partecipanti per fascia d'età", ind.by_age_band, "participants_by_age_band"
        ),
        _people_table(
            "Istruzione",
            "Partecipanti per titolo di studio (fascia ISCED)",
            ind.by_education_band,
            "participants_by_education_band",
        ),
        _people_table(
            "Condizione",
            "Partecipanti per condizione occupazionale",
            ind.by_employment_condition,
            "participants_by_employment_condition",
        ),
        _people_table(
            "Invianti",
            "Partecipanti per servizio inviante",
            ind.by_referrer,
            "participants_by_referrer",
        ),
        Table(
            "Ore",
            "Ore per servizio: erogate, pianificate, massimali",
            ("Servizio", "Ore erogate nel periodo", "Ore pianificate", "Massimale"),
            tuple(
                (
                    line.label,
                    line.delivered_hours,
                    line.planned_hours,
                    line.cap_hours,
                )
                for line in ind.hours
            ),
            ("hours_by_service",),
            (1, 2, 3),
        ),
        Table(
            "Esiti",
            "Esperienze di lavoro per tipo di contratto",
            ("Tipo", "Esiti", "Persone", "% dei partecipanti"),
            (
                *((ln.label, ln.count, ln.people, Pct(ln.percent)) for ln in ind.work_experiences),
                (
                    "Totale esperienze di lavoro",
                    ind.work_experiences_total,
                    ind.people_with_work,
                    Pct(percent(ind.people_with_work, ind.participants)),
                ),
                *((ln.label, ln.count, ln.people, Pct(ln.percent)) for ln in ind.other_outcomes),
            ),
            ("work_experiences", "work_experiences_total", "other_outcomes"),
            (1, 2, 3),
        ),
        Table(
            "Aziende e tirocini",
            "Aziende, tirocini e convenzioni",
            ("Indicatore", "Numero"),
            (
                ("Aziende contattate", ind.companies_contacted),
                ("Consulenze alle aziende", ind.consultancies),
                ("Tirocini attivati", ind.internships_activated),
                ("Tirocini conclusi", ind.internships_concluded),
                ("Tirocini interrotti", ind.internships_interrupted),
                ("Tirocini trasformati in contratto", ind.internships_converted),
                *(
                    (f"Convenzioni avviate: {CONVENTION_KIND_LABELS[k]}", n)
                    for k, n in ind.conventions_by_kind
                ),
            ),
            (
                "companies_contacted",
                "consultancies",
                "internships_activated",
                "internships_concluded",
                "internships_interrupted",
                "internships_converted",
                "conventions_started",
            ),
            (1,),
        ),
        Table(
            "FSE+",
            "Indicatori comuni FSE+",
            ("Codice", "Indicatore", "Partecipanti"),
            tuple((e.code, e.name, e.value) for e in ind.esf),
            ("esf_indicators",),
            (2,),
        ),
    ]


DEFINITION_TITLES: dict[str, str] = {
    "population": "Popolazione",
    "participants": "Partecipanti",
    "pathways": "Percorsi",
    "participants_by_sex": "Per sesso",
    "participants_by_target_group": "Per gruppo target",
    "participants_by_age_band": "Per fascia d'età",
    "participants_by_education_band": "Per titolo di studio",
    "participants_by_employment_condition": "Per condizione occupazionale",
    "participants_by_referrer": "Per servizio inviante",
    "attended_over_75_percent": "Frequenza oltre il 75%",
    "counselling_sessions": "Sessioni di counselling",
    "hours_by_service": "Ore per servizio",
    "work_experiences": "Esperienze di lavoro",
    "work_experiences_total": "Totale esperienze di lavoro",
    "people_hired": "Persone assunte",
    "other_outcomes": "Altri esiti",
    "days_to_first_work": "Giorni al primo lavoro",
    "leavers": "Percorsi conclusi",
    "companies_contacted": "Aziende contattate",
    "consultancies": "Consulenze",
    "internships_activated": "Tirocini attivati",
    "internships_concluded": "Tirocini conclusi",
    "internships_interrupted": "Tirocini interrotti",
    "internships_converted": "Tirocini trasformati",
    "conventions_started": "Convenzioni avviate",
    "esf_indicators": "Indicatori FSE+",
}


# ------------------------------------------------------------------------ XLSX


def _xlsx_value(value: object) -> object:
    if isinstance(value, Pct):
        return round(float(value) / 100, 4)
    if isinstance(value, Decimal):
        return float(value)
    return value


def indicators_xlsx(ind: Indicators) -> bytes:
    """The report as a workbook: a cover sheet, one sheet per table, and «Definizioni»."""
    from io import BytesIO

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E8ECF1")
    book = Workbook()
    cover = book.active
    cover.title = "Rapporto"
    cover.append(["Rapporto sugli indicatori"])
    cover["A1"].font = Font(bold=True, size=14)
    for label, value in (
        ("Programma", ind.programme_label),
        ("Periodo", ind.period_label),
        ("Prodotto il", ind.generated_on.strftime("%d/%m/%Y")),
    ):
        cover.append([label, value])
        cover.cell(cover.max_row, 1).font = bold
    cover.column_dimensions["A"].width = 16
    cover.column_dimensions["B"].width = 60
    for table in indicator_tables(ind):
        sheet = book.create_sheet(table.key[:31])
        sheet.append(list(table.header))
        for cell in sheet[1]:
            cell.font = bold
            cell.fill = fill
        for row in table.rows:
            sheet.append([_xlsx_value(v) for v in row])
            for n, item in enumerate(row, start=1):
                if isinstance(item, Pct):
                    sheet.cell(sheet.max_row, n).number_format = "0.0%"
                elif isinstance(item, Decimal):
                    sheet.cell(sheet.max_row, n).number_format = "#,##0.00"
        sheet.freeze_panes = "A2"
        for n, title in enumerate(table.header, start=1):
            longest = max([len(str(title))] + [len(cell_text(row[n - 1])) for row in table.rows])
            letter = sheet.cell(1, n).column_letter
            sheet.column_dimensions[letter].width = min(70, max(10, longest + 2))
    notes = book.create_sheet("Definizioni")
    notes.append(["Indicatore", "Definizione"])
    for cell in notes[1]:
        cell.font = bold
        cell.fill = fill
    for key, text in ind.definitions.items():
        notes.append([DEFINITION_TITLES.get(key, key), text])
        notes.cell(notes.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top")
        notes.cell(notes.max_row, 1).alignment = Alignment(vertical="top")
    notes.column_dimensions["A"].width = 30
    notes.column_dimensions["B"].width = 110
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# ------------------------------------------------------------------------ writing


def write_indicators(
    db: Database,
    actor: Actor,
    *,
    start: date | str,
    end: date | str,
    programme: str | None,
    fmt: str,
    out: Path | str,
    today: date | None = None,
) -> Path:
    """Compute the report and write it as JSON, XLSX or PDF to `out`; return the path.

    The output is checked first (its folder exists and can be written, its suffix matches the
    format: ValidationError «out»), an unknown format is refused («format»), the file is written
    atomically and the export is recorded in the audit trail (no personal data in it).
    """
    from storage.printing.style import check_output, write_atomically

    require(actor, STAFF, "produrre il rapporto sugli indicatori")
    kind = (fmt or "").strip().lower()
    if kind not in FORMATS:
        raise ValidationError(
            "format", f"«{fmt}» non è un formato: usate json, xlsx o pdf.", label="Formato"
        )
    path = check_output(out, f".{kind}")
    ind = compute_indicators(db, actor, start=start, end=end, programme=programme, today=today)
    if kind == "json":
        data = (json.dumps(indicators_json(ind), ensure_ascii=False, indent=2) + "\n").encode()
    elif kind == "xlsx":
        data = indicators_xlsx(ind)
    else:
        from storage.printing.indicators_pdf import indicators_pdf_bytes
        from storage.services.admin import get_letterhead

        data = indicators_pdf_bytes(ind, get_letterhead(db, actor))
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            AuditAction.EXPORT,
            "indicators",
            None,
            f"indicators {kind} programme {ind.programme_code or 'all'} "
            f"{ind.start.isoformat()}..{ind.end.isoformat()} participants {ind.participants}",
        )
        write_atomically(path, data)
    return path
