"""Companies: the record, its Law 68/99 obligation, the log of contacts and the conventions.

A company is a host of internships, an employer, or a company the service advises on Law 68/99.
Its VAT number (partita IVA) and tax code are checked with `python-stdnum`; a VAT number belongs
to one company only. The Law 68/99 block is computed with `models/l68.py` from the computable
headcount, the workers with disabilities already employed and the posts covered by the
conventions in force today (art. 11/12 and art. 14).

A company with a history (internships, conventions, outcomes, applications or logged contacts)
is never deleted: it is archived, which takes it out of the lists and keeps everything linked
to it. Only a company with no history at all can be deleted.

Contacts (calls, visits, meetings, consultancies) feed the funders' indicators "companies
contacted" and "consultancies given" (`contact_counts`).

Companies, contacts and conventions are for tutors, coordinators and administrators, reading
included (issue 8): operators work the agenda and never see them. Nothing here is about one
participant (an internship or outcome at a company is reached through storage/services/placements,
which applies the caseload), so there is no caseload check: a company is shared by every tutor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import func, select

from models.entities import (
    Company,
    CompanyContact,
    Convention,
    Internship,
    JobApplication,
    Outcome,
    User,
)
from models.enums import AuditAction, CompanyContactKind, CompanySize, ConventionKind, Role
from models.errors import ConflictError, ValidationError
from models.l68 import art18_quota, reserved_quota, uncovered_posts
from models.rows import Actor, CompanyRow
from models.validation import email, optional, parse_date, phone, required
from storage import audit
from storage.engine import Database
from storage.services.common import author_fields, require

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

WRITERS = frozenset({Role.TUTOR, Role.COORDINATOR, Role.ADMIN})

CONSULTANCY_KINDS = frozenset(
    {
        CompanyContactKind.CONSULTANCY_RULES,
        CompanyContactKind.CONSULTANCY_PROCESSES,
        CompanyContactKind.CONSULTANCY_TOOLS,
    }
)

MAX_HEADCOUNT = 1_000_000
CONVENTION_MIN_YEARS = 1
CONVENTION_MAX_YEARS = 5

# ATECO: division (2 digits), then group, class, category, subcategory: 88, 88.1, 88.10,
# 88.10.0, 88.10.00.
_ATECO = re.compile(r"^\d{2}(?:\.\d{1,2}|\.\d{2}\.\d{1,2})?$")


# --------------------------------------------------------------------------- field checks


def _eleven_digits(text: str, number: str, field_name: str, label: str) -> str:
    """The checks of stdnum.it.iva on an 11-digit number, with a message that says which failed."""
    from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidLength
    from stdnum.exceptions import ValidationError as StdnumError
    from stdnum.it import iva

    try:
        return str(iva.validate(number))
    except InvalidLength:
        raise ValidationError(
            field_name, f"«{text}» non è valida: ha 11 cifre, non {len(number)}.", label=label
        ) from None
    except InvalidChecksum:
        raise ValidationError(
            field_name,
            f"«{text}» non è valida: la cifra di controllo non torna "
            "(controllate di averla copiata bene).",
            label=label,
        ) from None
    except InvalidComponent:
        raise ValidationError(
            field_name,
            f"«{text}» non è valida: le cifre 8-10 non sono il codice di un ufficio.",
            label=label,
        ) from None
    except StdnumError:  # the first seven digits are all zero
        raise ValidationError(field_name, f"«{text}» non è valida.", label=label) from None


def vat_number(value: str | None, field_name: str = "vat_number") -> str | None:
    """A partita IVA: 11 digits, a valid office code and the check digit (stdnum.it.iva).

    An "IT" prefix, spaces and dashes are accepted and dropped.
    """
    from stdnum.it import iva

    label = "Partita IVA"
    text = (value or "").strip()
    if not text:
        return None
    number = iva.compact(text)
    if not number.isdigit():
        raise ValidationError(
            field_name, f"«{text}» non è valida: ha solo cifre (11).", label=label
        )
    return _eleven_digits(text, number, field_name, label)


def company_tax_code(value: str | None, field_name: str = "tax_code") -> str | None:
    """A company's codice fiscale (stdnum.it.codicefiscale): 11 digits with the same rules as a
    VAT number, or, for a sole trader, the owner's 16-character personal code."""
    from stdnum.exceptions import InvalidChecksum
    from stdnum.exceptions import ValidationError as StdnumError
    from stdnum.it import codicefiscale

    label = "Codice fiscale"
    text = (value or "").strip()
    if not text:
        return None
    number = codicefiscale.compact(text)
    if number.isdigit() and len(number) == 11:
        try:
            return _eleven_digits(text, number, field_name, label)
        except ValidationError as exc:
            # "non è valida" is about a partita IVA; a codice fiscale is masculine.
            raise ValidationError(
                field_name, exc.reason.replace("non è valida", "non è valido"), label=label
            ) from None
    if len(number) != 16 or number.isdigit():
        raise ValidationError(
            field_name,
            f"«{text}» non è valido: quello di una società ha 11 cifre, "
            "quello di una ditta individuale (la persona) 16 caratteri.",
            label=label,
        )
    try:
        return str(codicefiscale.validate(number))
    except InvalidChecksum:
        raise ValidationError(
            field_name,
            f"«{text}» non è valido: il carattere di controllo non torna.",
            label=label,
        ) from None
    except StdnumError:
        raise ValidationError(
            field_name,
            f"«{text}» non è valido: lettere e cifre non sono al loro posto.",
            label=label,
        ) from None


def ateco_code(value: str | None, field_name: str = "ateco_code") -> str | None:
    """An ATECO activity code, from the division to the subcategory: 88, 88.1, 88.10, 88.10.00.

    Digits typed without dots (881000) get their dots.
    """
    label = "Codice ATECO"
    text = (value or "").strip()
    if not text:
        return None
    cleaned = text.replace(" ", "")
    if cleaned.isdigit() and len(cleaned) in (4, 6):
        cleaned = ".".join(cleaned[i : i + 2] for i in range(0, len(cleaned), 2))
    if not _ATECO.match(cleaned):
        raise ValidationError(
            field_name,
            f"«{text}» non è un codice ATECO: da 2 a 6 cifre a coppie separate da punti, "
            "come 88.10.00.",
            label=label,
        )
    return cleaned


def people_count(
    value: int | str | None, field_name: str, label: str, *, default: int | None
) -> int | None:
    """A number of people typed in a form: whole, not negative; empty gives `default`."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    if isinstance(value, bool):
        raise ValidationError(field_name, "deve essere un numero intero.", label=label)
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        raise ValidationError(
            field_name, f"«{value}» non è un numero intero.", label=label
        ) from None
    if number < 0:
        raise ValidationError(field_name, "non può essere negativo.", label=label)
    if number > MAX_HEADCOUNT:
        raise ValidationError(field_name, "è troppo grande.", label=label)
    return number


def _size(value: CompanySize | str | None) -> CompanySize | None:
    if value is None or value == "":
        return None
    try:
        return CompanySize(value)
    except ValueError:
        raise ValidationError(
            "size", f"«{value}» non è tra le scelte.", label="Dimensione"
        ) from None


# --------------------------------------------------------------------------- rows


@dataclass
class CompanyInput:
    """What the company form (or a script) gives; everything but the name may be left empty."""

    name: str
    vat_number: str | None = None
    tax_code: str | None = None
    ateco_code: str | None = None
    address: str | None = None
    municipality: str | None = None
    phone: str | None = None
    email: str | None = None
    contact_person: str | None = None
    size: CompanySize | str | None = None
    # Computable headcount for Law 68/99 (art. 4); empty when unknown.
    headcount: int | str | None = None
    disabled_employed: int | str | None = 0
    notes: str | None = None


@dataclass(frozen=True)
class L68Figures:
    """A company's Law 68/99 position (art. 3): what it must reserve and what is still open.

    `obliged` is False under 15 computable employees or when the headcount is unknown (then the
    figures are None). `uncovered` = reserved quota − workers with disabilities employed − posts
    covered by conventions in force, never below zero; the art. 18 quota is counted apart.
    """

    headcount: int | None
    obliged: bool
    reserved_quota: int | None
    art18_quota: int | None
    convention_posts: int
    disabled_employed: int
    uncovered: int | None


def l68_figures(headcount: int | None, disabled_employed: int, convention_posts: int) -> L68Figures:
    """The Law 68/99 block from the three numbers (pure: the form calls it as people type)."""
    if headcount is None:
        return L68Figures(None, False, None, None, convention_posts, disabled_employed, None)
    return L68Figures(
        headcount=headcount,
        obliged=reserved_quota(headcount) > 0,
        reserved_quota=reserved_quota(headcount),
        art18_quota=art18_quota(headcount),
        convention_posts=convention_posts,
        disabled_employed=disabled_employed,
        uncovered=uncovered_posts(headcount, disabled_employed, convention_posts),
    )


@dataclass(frozen=True)
class CompanyDetails:
    """Everything about one company, for its dialog and the command line."""

    id: int
    uuid: str
    name: str
    vat_number: str | None
    tax_code: str | None
    ateco_code: str | None
    address: str | None
    municipality: str | None
    phone: str | None
    email: str | None
    contact_person: str | None
    size: CompanySize | None
    headcount: int | None
    disabled_employed: int
    notes: str | None
    archived: bool
    l68: L68Figures
    internships: int
    applications: int
    contacts: int
    conventions: int
    outcomes: int
    created_at: datetime
    updated_at: datetime
    updated_by: str | None

    @property
    def has_history(self) -> bool:
        """Anything linked to it: then it can be archived, never deleted."""
        return bool(
            self.internships + self.applications + self.contacts + self.conventions + self.outcomes
        )


@dataclass
class CompanyContactInput:
    company_id: int
    date: date | str
    kind: CompanyContactKind | str
    note: str | None = None


@dataclass(frozen=True)
class ContactRow:
    id: int
    company_id: int
    company_name: str
    date: date
    kind: CompanyContactKind
    note: str | None
    username: str | None  # who recorded it (None: the administrator without a user record)
    user_full_name: str | None


class ContactCounts(NamedTuple):
    """The funder's company indicators over a period (see `contact_counts`)."""

    companies_contacted: int
    consultancies: int


@dataclass
class ConventionInput:
    company_id: int
    kind: ConventionKind | str
    start_date: date | str | None
    end_date: date | str | None
    posts_covered: int | str = 1
    cooperative: str | None = None  # required for art. 14
    notes: str | None = None


@dataclass(frozen=True)
class ConventionRow:
    id: int
    company_id: int
    company_name: str
    kind: ConventionKind
    cooperative: str | None
    start_date: date
    end_date: date | None
    posts_covered: int
    notes: str | None
    active: bool  # in force today: its posts count against the company's quota


# --------------------------------------------------------------------------- companies


def _company_checks(data: CompanyInput) -> dict[str, Callable[[], Any]]:
    """One check per field, each raising the ValidationError the form shows under that field."""
    return {
        "name": lambda: required(data.name, "name", "Ragione sociale", 200),
        "vat_number": lambda: vat_number(data.vat_number),
        "tax_code": lambda: company_tax_code(data.tax_code),
        "ateco_code": lambda: ateco_code(data.ateco_code),
        "address": lambda: optional(data.address, "address", "Indirizzo", 300),
        "municipality": lambda: optional(data.municipality, "municipality", "Comune", 100),
        "phone": lambda: phone(data.phone),
        "email": lambda: email(data.email),
        "contact_person": lambda: optional(data.contact_person, "contact_person", "Referente", 200),
        "size": lambda: _size(data.size),
        "headcount": lambda: people_count(
            data.headcount, "headcount", "Dipendenti computabili", default=None
        ),
        "disabled_employed": lambda: people_count(
            data.disabled_employed, "disabled_employed", "Lavoratori disabili assunti", default=0
        ),
        "notes": lambda: (data.notes or "").strip() or None,
    }


def company_problems(data: CompanyInput) -> list[ValidationError]:
    """Every problem of the form at once (the services raise only the first)."""
    problems = []
    for check in _company_checks(data).values():
        try:
            check()
        except ValidationError as exc:
            problems.append(exc)
    return problems


def _clean_company(data: CompanyInput) -> dict[str, Any]:
    return {name: check() for name, check in _company_checks(data).items()}


def _check_vat_free(session: Session, vat: str | None, company_id: int | None) -> None:
    if vat is None:
        return
    other = session.execute(
        select(Company.id, Company.name, Company.archived).where(Company.vat_number == vat)
    ).first()
    if other is not None and other.id != company_id:
        archived = " (archiviata)" if other.archived else ""
        raise ConflictError(
            f"La partita IVA {vat} è già di «{other.name}»{archived}: "
            "aprite quella azienda invece di crearne un'altra."
        )


def _company(session: Session, company_id: int) -> Company:
    company = session.get(Company, company_id)
    if company is None:
        raise ValidationError("company", "l'azienda non esiste.", label="Azienda")
    return company


def create_company(db: Database, actor: Actor, data: CompanyInput) -> CompanyDetails:
    """Register a company; a VAT number already held by another company is a conflict."""
    require(actor, WRITERS, "registrare aziende")
    values = _clean_company(data)
    with db.transaction() as session:
        _check_vat_free(session, values["vat_number"], None)
        company = Company(**values, **author_fields(actor))
        session.add(company)
        session.flush()
        audit.record(session, actor, AuditAction.CREATE, "company", company.uuid, "")
        return _details(session, company)


def update_company(
    db: Database, actor: Actor, company_id: int, data: CompanyInput
) -> CompanyDetails:
    """Change a company's record; the audit trail names the fields that changed."""
    require(actor, WRITERS, "modificare le aziende")
    values = _clean_company(data)
    with db.transaction() as session:
        company = _company(session, company_id)
        _check_vat_free(session, values["vat_number"], company.id)
        changed = [name for name, value in values.items() if getattr(company, name) != value]
        for name in changed:
            setattr(company, name, values[name])
        if changed:
            company.updated_by = actor.username
            session.flush()
            audit.record(
                session, actor, AuditAction.UPDATE, "company", company.uuid, ", ".join(changed)
            )
        return _details(session, company)


def _set_archived(db: Database, actor: Actor, company_id: int, archived: bool) -> CompanyDetails:
    require(actor, WRITERS, "archiviare o ripristinare le aziende")
    with db.transaction() as session:
        company = _company(session, company_id)
        if company.archived != archived:
            company.archived = archived
            company.updated_by = actor.username
            session.flush()
            audit.record(
                session,
                actor,
                AuditAction.UPDATE,
                "company",
                company.uuid,
                "archived" if archived else "restored",
            )
        return _details(session, company)


def archive_company(db: Database, actor: Actor, company_id: int) -> CompanyDetails:
    """Take a company out of the lists, keeping it and its history (internships, contacts...)."""
    return _set_archived(db, actor, company_id, True)


def restore_company(db: Database, actor: Actor, company_id: int) -> CompanyDetails:
    """Bring an archived company back into the lists."""
    return _set_archived(db, actor, company_id, False)


def _history(session: Session, company_id: int) -> dict[str, int]:
    def n(model: Any) -> int:
        return int(
            session.scalar(
                select(func.count()).select_from(model).where(model.company_id == company_id)
            )
            or 0
        )

    return {
        "internships": n(Internship),
        "applications": n(JobApplication),
        "contacts": n(CompanyContact),
        "conventions": n(Convention),
        "outcomes": n(Outcome),
    }


_HISTORY_WORDS = (
    ("internships", "tirocinio", "tirocini"),
    ("conventions", "convenzione", "convenzioni"),
    ("outcomes", "esito", "esiti"),
    ("applications", "candidatura", "candidature"),
    ("contacts", "contatto registrato", "contatti registrati"),
)


def delete_company(
    db: Database, actor: Actor, company_id: int, *, check_only: bool = False
) -> None:
    """Delete a company that has no history at all; otherwise a ConflictError says what it has
    and that it can be archived. `check_only` asks the question without deleting (the GUI asks
    before it offers to confirm)."""
    require(actor, WRITERS, "eliminare aziende")
    with db.transaction(write=not check_only) as session:
        company = _company(session, company_id)
        history = _history(session, company.id)
        held = [
            f"{history[key]} {one if history[key] == 1 else many}"
            for key, one, many in _HISTORY_WORDS
            if history[key]
        ]
        if held:
            listed = held[0] if len(held) == 1 else ", ".join(held[:-1]) + " e " + held[-1]
            raise ConflictError(
                f"«{company.name}» non si può eliminare: ha {listed}. "
                "Potete archiviarla: esce dagli elenchi e conserva la sua storia."
            )
        if check_only:
            return
        audit.record(session, actor, AuditAction.DELETE, "company", company.uuid, "")
        session.delete(company)


def _today() -> date:
    return date.today()


def _active_convention(today: date) -> Any:
    """The SQL condition of a convention in force on `today` (its posts cover the quota)."""
    return (Convention.start_date <= today) & (
        Convention.end_date.is_(None) | (Convention.end_date >= today)
    )


def _details(session: Session, company: Company) -> CompanyDetails:
    today = _today()
    posts = session.scalar(
        select(func.coalesce(func.sum(Convention.posts_covered), 0)).where(
            Convention.company_id == company.id, _active_convention(today)
        )
    )
    history = _history(session, company.id)
    return CompanyDetails(
        id=company.id,
        uuid=company.uuid,
        name=company.name,
        vat_number=company.vat_number,
        tax_code=company.tax_code,
        ateco_code=company.ateco_code,
        address=company.address,
        municipality=company.municipality,
        phone=company.phone,
        email=company.email,
        contact_person=company.contact_person,
        size=company.size,
        headcount=company.headcount,
        disabled_employed=company.disabled_employed or 0,
        notes=company.notes,
        archived=bool(company.archived),
        l68=l68_figures(company.headcount, company.disabled_employed or 0, int(posts or 0)),
        created_at=company.created_at,
        updated_at=company.updated_at,
        updated_by=company.updated_by,
        **history,
    )


def company_details(db: Database, actor: Actor, company_id: int) -> CompanyDetails:
    """One company with its Law 68/99 block and how many records are linked to it."""
    require(actor, WRITERS, "consultare le aziende")
    with db.transaction(write=False) as session:
        return _details(session, _company(session, company_id))


def list_companies(
    db: Database,
    actor: Actor,
    *,
    text: str = "",
    limit: int = 500,
    offset: int = 0,
    include_archived: bool = False,
) -> list[CompanyRow]:
    """Companies by name (archived ones only when asked), with internships hosted and the
    Law 68/99 posts still uncovered today."""
    require(actor, WRITERS, "consultare le aziende")
    internships = (
        select(Internship.company_id, func.count().label("n"))
        .group_by(Internship.company_id)
        .subquery()
    )
    conventions = (
        select(Convention.company_id, func.sum(Convention.posts_covered).label("posts"))
        .where(_active_convention(_today()))
        .group_by(Convention.company_id)
        .subquery()
    )
    stmt = (
        select(Company, internships.c.n, conventions.c.posts)
        .outerjoin(internships, internships.c.company_id == Company.id)
        .outerjoin(conventions, conventions.c.company_id == Company.id)
        .order_by(Company.name, Company.id)
        .limit(limit)
        .offset(offset)
    )
    if text.strip():
        stmt = stmt.where(Company.name.ilike(f"%{text.strip()}%"))
    if not include_archived:
        stmt = stmt.where(Company.archived.is_(False))
    with db.transaction(write=False) as session:
        return [
            CompanyRow(
                id=c.id,
                name=c.name,
                vat_number=c.vat_number,
                ateco_code=c.ateco_code,
                municipality=c.municipality,
                headcount=c.headcount,
                internships=int(n or 0),
                open_positions_l68=(
                    uncovered_posts(c.headcount, c.disabled_employed, int(posts or 0))
                    if c.headcount is not None
                    else None
                ),
                archived=bool(c.archived),
            )
            for c, n, posts in session.execute(stmt)
        ]


# --------------------------------------------------------------------------- contacts


def _open_company(session: Session, company_id: int, what: str) -> Company:
    company = _company(session, company_id)
    if company.archived:
        raise ConflictError(f"«{company.name}» è archiviata: ripristinatela prima di {what}.")
    return company


def add_contact(db: Database, actor: Actor, data: CompanyContactInput) -> ContactRow:
    """Log a contact with a company (call, visit, meeting, consultancy), signed by the actor."""
    require(actor, WRITERS, "registrare contatti con le aziende")
    day = parse_date(data.date, "date", "Data")
    if day is None:
        raise ValidationError("date", "indicate il giorno del contatto.", label="Data")
    if day > _today():
        raise ValidationError(
            "date", "è nel futuro: si registrano i contatti avvenuti.", label="Data"
        )
    try:
        kind = CompanyContactKind(data.kind)
    except ValueError:
        raise ValidationError("kind", "scegliete il tipo di contatto.", label="Tipo") from None
    note = (data.note or "").strip() or None
    with db.transaction() as session:
        company = _open_company(session, data.company_id, "registrare un contatto")
        user = session.execute(
            select(User.id, User.full_name).where(User.username == actor.username)
        ).first()
        contact = CompanyContact(
            company_id=company.id,
            user_id=user.id if user else None,
            date=day,
            kind=kind,
            note=note,
            **author_fields(actor),
        )
        session.add(contact)
        session.flush()
        audit.record(
            session, actor, AuditAction.CREATE, "company_contact", company.uuid, kind.value
        )
        return ContactRow(
            contact.id,
            company.id,
            company.name,
            day,
            kind,
            note,
            actor.username,
            user.full_name if user else None,
        )


def list_contacts(
    db: Database, actor: Actor, company_id: int, *, limit: int = 1_000
) -> list[ContactRow]:
    """A company's contacts, newest first."""
    require(actor, WRITERS, "consultare i contatti con le aziende")
    stmt = (
        select(CompanyContact, Company.name, User.username, User.full_name)
        .join(Company, Company.id == CompanyContact.company_id)
        .outerjoin(User, User.id == CompanyContact.user_id)
        .where(CompanyContact.company_id == company_id)
        .order_by(CompanyContact.date.desc(), CompanyContact.id.desc())
        .limit(limit)
    )
    with db.transaction(write=False) as session:
        return [
            ContactRow(
                c.id,
                c.company_id,
                name,
                c.date,
                c.kind,
                c.note,
                username or c.created_by,
                full_name,
            )
            for c, name, username, full_name in session.execute(stmt)
        ]


def contact_counts(db: Database, actor: Actor, start: date, end: date) -> ContactCounts:
    """The funder's company indicators from `start` to `end`, both days included.

    - companies_contacted: distinct companies with at least one logged contact of any kind
      (call, visit, meeting, email, consultancy) dated in the period; archived companies count,
      as their contacts happened.
    - consultancies: the number of contacts (not companies) in the period whose kind is a
      consultancy: on the rules, on processes or on tools. Two consultancies to the same
      company count two.
    """
    require(actor, WRITERS, "consultare gli indicatori sulle aziende")
    if end < start:
        raise ValidationError("end", "la fine del periodo è prima dell'inizio.", label="Al")
    in_period = (CompanyContact.date >= start) & (CompanyContact.date <= end)
    with db.transaction(write=False) as session:
        companies = session.scalar(
            select(func.count(func.distinct(CompanyContact.company_id))).where(in_period)
        )
        consultancies = session.scalar(
            select(func.count()).where(in_period, CompanyContact.kind.in_(CONSULTANCY_KINDS))
        )
    return ContactCounts(int(companies or 0), int(consultancies or 0))


# --------------------------------------------------------------------------- conventions


def _anniversary(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _convention_values(data: ConventionInput) -> dict[str, Any]:
    """Validate a convention: art. 14 names its cooperative; it lasts 1 to 5 years.

    The end may be written either way people write a period: a convention from 01/01/2026 lasts
    one year to 31/12/2026 or to 01/01/2027, and five years to 31/12/2030 or to 01/01/2031.
    """
    try:
        kind = ConventionKind(data.kind)
    except ValueError:
        raise ValidationError("kind", "scegliete il tipo di convenzione.", label="Tipo") from None
    cooperative = optional(data.cooperative, "cooperative", "Cooperativa", 200)
    if kind is ConventionKind.ART14 and cooperative is None:
        raise ValidationError(
            "cooperative",
            "una convenzione art. 14 si fa con una cooperativa sociale: indicatela.",
            label="Cooperativa",
        )
    start = parse_date(data.start_date, "start_date", "Inizio")
    if start is None:
        raise ValidationError("start_date", "indicate l'inizio.", label="Inizio")
    end = parse_date(data.end_date, "end_date", "Fine")
    if end is None:
        raise ValidationError("end_date", "indicate la fine (da 1 a 5 anni).", label="Fine")
    if end <= start:
        raise ValidationError("end_date", "la fine deve seguire l'inizio.", label="Fine")
    shortest = _anniversary(start, CONVENTION_MIN_YEARS) - timedelta(days=1)
    longest = _anniversary(start, CONVENTION_MAX_YEARS)
    if end < shortest:
        raise ValidationError(
            "end_date",
            f"una convenzione dura almeno un anno: con inizio il {start:%d/%m/%Y} "
            f"la fine è dal {shortest:%d/%m/%Y} in poi.",
            label="Fine",
        )
    if end > longest:
        raise ValidationError(
            "end_date",
            f"una convenzione dura al massimo 5 anni: con inizio il {start:%d/%m/%Y} "
            f"la fine è entro il {longest:%d/%m/%Y}.",
            label="Fine",
        )
    posts = people_count(data.posts_covered, "posts_covered", "Persone inserite", default=None)
    if posts is None or posts < 1:
        raise ValidationError(
            "posts_covered",
            "indicate quante persone inserisce (almeno una).",
            label="Persone inserite",
        )
    return {
        "kind": kind,
        "cooperative": cooperative,
        "start_date": start,
        "end_date": end,
        "posts_covered": posts,
        "notes": (data.notes or "").strip() or None,
    }


def _convention_row(convention: Convention, company_name: str, today: date) -> ConventionRow:
    return ConventionRow(
        convention.id,
        convention.company_id,
        company_name,
        convention.kind,
        convention.cooperative,
        convention.start_date,
        convention.end_date,
        convention.posts_covered,
        convention.notes,
        convention.start_date <= today
        and (convention.end_date is None or convention.end_date >= today),
    )


def add_convention(db: Database, actor: Actor, data: ConventionInput) -> ConventionRow:
    """Record a Law 68/99 convention (art. 11, 12 or 14) of a company."""
    require(actor, WRITERS, "registrare convenzioni")
    values = _convention_values(data)
    with db.transaction() as session:
        company = _open_company(session, data.company_id, "registrare una convenzione")
        convention = Convention(company_id=company.id, **values, **author_fields(actor))
        session.add(convention)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "convention",
            company.uuid,
            f"{values['kind'].value} {values['posts_covered']} posts",
        )
        return _convention_row(convention, company.name, _today())


def update_convention(
    db: Database, actor: Actor, convention_id: int, data: ConventionInput
) -> ConventionRow:
    """Change a convention; it stays with its company (`data.company_id` is not used)."""
    require(actor, WRITERS, "modificare convenzioni")
    values = _convention_values(data)
    with db.transaction() as session:
        convention = session.get(Convention, convention_id)
        if convention is None:
            raise ValidationError("convention", "la convenzione non esiste.", label="Convenzione")
        company = _company(session, convention.company_id)
        changed = [name for name, value in values.items() if getattr(convention, name) != value]
        for name in changed:
            setattr(convention, name, values[name])
        if changed:
            convention.updated_by = actor.username
            session.flush()
            audit.record(
                session,
                actor,
                AuditAction.UPDATE,
                "convention",
                company.uuid,
                f"convention {convention.id}: " + ", ".join(changed),
            )
        return _convention_row(convention, company.name, _today())


def list_conventions(
    db: Database, actor: Actor, company_id: int | None = None, *, limit: int = 1_000
) -> list[ConventionRow]:
    """Conventions, newest start first; of one company when `company_id` is given."""
    require(actor, WRITERS, "consultare le convenzioni")
    stmt = (
        select(Convention, Company.name)
        .join(Company, Company.id == Convention.company_id)
        .order_by(Convention.start_date.desc(), Convention.id.desc())
        .limit(limit)
    )
    if company_id is not None:
        stmt = stmt.where(Convention.company_id == company_id)
    today = _today()
    with db.transaction(write=False) as session:
        return [_convention_row(c, name, today) for c, name in session.execute(stmt)]
