"""Companies: VAT and tax code, Law 68/99 figures, archive and delete, contacts, conventions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from models.entities import Internship, JobApplication
from models.enums import ApplicationChannel, CompanyContactKind, InternshipType, Role
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.rows import Actor
from models.validation import ParticipantInput
from storage.engine import Database
from storage.services.admin import UserInput, create_user
from storage.services.companies import (
    CompanyContactInput,
    CompanyInput,
    ConventionInput,
    add_contact,
    add_convention,
    archive_company,
    ateco_code,
    company_details,
    company_problems,
    company_tax_code,
    contact_counts,
    create_company,
    delete_company,
    list_companies,
    list_contacts,
    list_conventions,
    restore_company,
    update_company,
    update_convention,
    vat_number,
)
from storage.services.participants import create_participant
from tests.conftest import make_cf

VALID_VAT = "00743110157"
WRONG_CHECK = "00743110158"
TUTOR = Actor("g.verdi", Role.TUTOR)
OPERATOR = Actor("l.bianchi", Role.OPERATOR)


def audit_count(db: Database, entity: str) -> int:
    return int(db.read("SELECT count(*) FROM audit_events WHERE entity = :e", {"e": entity})[0][0])


def companies(db: Database) -> int:
    return int(db.read("SELECT count(*) FROM companies")[0][0])


@pytest.fixture
def users(db: Database, admin: Actor) -> None:
    create_user(db, admin, UserInput("g.verdi", "Giovanna Verdi", "tutor"))
    create_user(db, admin, UserInput("l.bianchi", "Luca Bianchi", "operator"))


# --------------------------------------------------------------------------- field checks


def test_a_real_vat_number_passes_and_a_wrong_check_digit_is_named() -> None:
    """00743110157 is valid (also written IT 00743110157); changing its last digit is not."""
    assert vat_number(VALID_VAT) == VALID_VAT
    assert vat_number(" IT 007-4311-0157 ") == VALID_VAT
    assert vat_number("") is None
    with pytest.raises(ValidationError) as info:
        vat_number(WRONG_CHECK)
    assert info.value.field == "vat_number"
    assert info.value.label == "Partita IVA"
    assert str(info.value) == (
        "Partita IVA: «00743110158» non è valida: la cifra di controllo non torna "
        "(controllate di averla copiata bene)."
    )
    with pytest.raises(ValidationError, match="ha 11 cifre, non 10"):
        vat_number("0074311015")
    with pytest.raises(ValidationError, match="ha solo cifre"):
        vat_number("0074311015A")


def test_tax_code_is_eleven_digits_or_a_personal_code() -> None:
    """A company's codice fiscale is its 11-digit number; a sole trader's is the owner's."""
    person = make_cf("Rossi", "Mario", "M", date(1980, 3, 14))
    assert company_tax_code(VALID_VAT) == VALID_VAT
    assert company_tax_code(person.lower()) == person
    with pytest.raises(ValidationError) as info:
        company_tax_code(WRONG_CHECK)
    assert info.value.field == "tax_code"
    assert "Codice fiscale: «00743110158» non è valido: la cifra di controllo" in str(info.value)
    wrong_letter = person[:-1] + ("A" if person[-1] != "A" else "B")
    with pytest.raises(ValidationError, match="il carattere di controllo non torna"):
        company_tax_code(wrong_letter)
    with pytest.raises(ValidationError, match="11 cifre"):
        company_tax_code("12345")


def test_ateco_codes_are_dotted_pairs() -> None:
    """88.10.00 and its shorter levels pass; digits without dots get them; words do not."""
    assert ateco_code("88.10.00") == "88.10.00"
    assert ateco_code("881000") == "88.10.00"
    assert ateco_code("88.1") == "88.1"
    assert ateco_code("88") == "88"
    for bad in ("8", "88.100", "88-10-00", "ab.10"):
        with pytest.raises(ValidationError, match="non è un codice ATECO"):
            ateco_code(bad)


def test_the_form_gets_every_problem_at_once() -> None:
    """Name, VAT, phone and a negative headcount are reported together, by field."""
    problems = company_problems(
        CompanyInput(" ", vat_number=WRONG_CHECK, phone="12", headcount="-3")
    )
    assert [p.field for p in problems] == ["name", "vat_number", "phone", "headcount"]
    assert str(problems[3]) == "Dipendenti computabili: non può essere negativo."


# --------------------------------------------------------------------------- companies


def test_create_and_update_a_company(db: Database) -> None:
    """Fields are normalised (phone in E.164, VAT without prefix) and every change is audited."""
    created = create_company(
        db,
        TUTOR,
        CompanyInput(
            "Falegnameria Bassi srl",
            vat_number="IT00743110157",
            ateco_code="16.23.10",
            municipality="Cremona",
            phone="0372 123456",
            email="Info@Bassi.IT",
            size="small",
            headcount="40",
            disabled_employed="1",
        ),
    )
    assert created.vat_number == VALID_VAT
    assert created.phone == "+390372123456"
    assert created.email == "info@bassi.it"
    assert created.l68.reserved_quota == 2 and created.l68.uncovered == 1
    updated = update_company(
        db, TUTOR, created.id, CompanyInput("Falegnameria Bassi srl", headcount=40)
    )
    assert updated.vat_number is None and updated.disabled_employed == 0
    assert updated.l68.uncovered == 2
    summary = db.read(
        "SELECT summary FROM audit_events WHERE entity = 'company' AND action = 'update'"
    )[0][0]
    assert summary == "vat_number, ateco_code, municipality, phone, email, size, disabled_employed"
    assert audit_count(db, "company") == 2


def test_bad_input_writes_nothing(db: Database) -> None:
    """A wrong check digit is refused and no company is stored."""
    with pytest.raises(ValidationError, match="cifra di controllo"):
        create_company(db, TUTOR, CompanyInput("Bassi", vat_number=WRONG_CHECK))
    assert companies(db) == 0
    assert audit_count(db, "company") == 0


def test_a_vat_number_belongs_to_one_company(db: Database) -> None:
    """The second company with the same VAT number is a conflict naming the first."""
    first = create_company(db, TUTOR, CompanyInput("Bassi srl", vat_number=VALID_VAT))
    with pytest.raises(ConflictError) as info:
        create_company(db, TUTOR, CompanyInput("Bassi di nuovo", vat_number=VALID_VAT))
    assert "La partita IVA 00743110157 è già di «Bassi srl»" in str(info.value)
    other = create_company(db, TUTOR, CompanyInput("Altra"))
    with pytest.raises(ConflictError, match="«Bassi srl»"):
        update_company(db, TUTOR, other.id, CompanyInput("Altra", vat_number=VALID_VAT))
    # Saving the first one again with its own number is no conflict.
    update_company(db, TUTOR, first.id, CompanyInput("Bassi srl", vat_number=VALID_VAT))
    assert companies(db) == 2


@pytest.mark.parametrize(
    ("headcount", "quota", "art18"),
    [(14, 0, 0), (15, 1, 0), (35, 1, 0), (36, 2, 0), (50, 2, 0), (51, 3, 1), (100, 7, 1)],
)
def test_law_68_figures_at_the_boundaries(
    db: Database, headcount: int, quota: int, art18: int
) -> None:
    """15-35 -> 1 post, 36-50 -> 2, over 50 -> 7% (51 -> 3, 100 -> 7) plus 1% for art. 18."""
    company = create_company(
        db, TUTOR, CompanyInput("Bassi", headcount=headcount, disabled_employed=1)
    )
    figures = company_details(db, TUTOR, company.id).l68
    assert figures.reserved_quota == quota
    assert figures.art18_quota == art18
    assert figures.obliged is (quota > 0)
    assert figures.uncovered == max(0, quota - 1)


def test_only_conventions_in_force_today_cover_posts(db: Database) -> None:
    """100 employees: 7 reserved, 2 disabled employed, 3 posts by a current art. 14 convention
    -> 2 uncovered; an expired and a future convention do not count."""
    today = date.today()
    company = create_company(db, TUTOR, CompanyInput("Bassi", headcount=100, disabled_employed=2))
    add_convention(
        db,
        TUTOR,
        ConventionInput(
            company.id,
            "art14",
            today - timedelta(days=30),
            today + timedelta(days=700),
            3,
            cooperative="Coop. Il Sentiero",
        ),
    )
    add_convention(
        db,
        TUTOR,
        ConventionInput(company.id, "art11", date(2019, 1, 1), date(2020, 12, 31), 4),
    )
    add_convention(
        db,
        TUTOR,
        ConventionInput(
            company.id, "art12", today + timedelta(days=10), today + timedelta(days=500), 5
        ),
    )
    details = company_details(db, TUTOR, company.id)
    assert details.l68.convention_posts == 3
    assert details.l68.uncovered == 2
    assert details.conventions == 3
    assert list_companies(db, TUTOR)[0].open_positions_l68 == 2
    active = [row.active for row in list_conventions(db, TUTOR, company.id)]
    assert active == [False, True, False]  # newest start first


def test_unknown_headcount_has_no_quota(db: Database) -> None:
    """Without the computable headcount there is no figure to show (not zero)."""
    company = create_company(db, TUTOR, CompanyInput("Bassi"))
    figures = company_details(db, TUTOR, company.id).l68
    assert figures.reserved_quota is None and figures.uncovered is None and not figures.obliged
    assert list_companies(db, TUTOR)[0].open_positions_l68 is None


# --------------------------------------------------------------------------- archive and delete


def add_internship(db: Database, admin: Actor, company_id: int) -> int:
    """An internship of a new participant at the company; returns the participant's id."""
    cf = make_cf("Rossi", "Mario", "M", date(1980, 3, 14))
    person = create_participant(db, admin, ParticipantInput("Rossi", "Mario", codice_fiscale=cf))
    with db.transaction() as session:
        session.add(
            Internship(
                participant_id=person.row.id,
                company_id=company_id,
                type=InternshipType.INCLUSION,
                start_date=date(2026, 3, 1),
                end_date=date(2026, 8, 31),
                hours_per_week=20,
            )
        )
    return person.row.id


def test_a_company_with_internships_is_archived_not_deleted(db: Database, admin: Actor) -> None:
    """Delete is refused with a message that offers archiving; archive hides it, restore too."""
    company = create_company(db, TUTOR, CompanyInput("Bassi"))
    add_internship(db, admin, company.id)
    for check_only in (True, False):
        with pytest.raises(ConflictError) as info:
            delete_company(db, TUTOR, company.id, check_only=check_only)
        assert str(info.value) == (
            "«Bassi» non si può eliminare: ha 1 tirocinio. "
            "Potete archiviarla: esce dagli elenchi e conserva la sua storia."
        )
    assert companies(db) == 1
    archived = archive_company(db, TUTOR, company.id)
    assert archived.archived and archived.internships == 1
    assert list_companies(db, TUTOR) == []
    rows = list_companies(db, TUTOR, include_archived=True)
    assert [(r.name, r.archived, r.internships) for r in rows] == [("Bassi", True, 1)]
    restore_company(db, TUTOR, company.id)
    assert [r.name for r in list_companies(db, TUTOR)] == ["Bassi"]
    summaries = [
        r[0]
        for r in db.read("SELECT summary FROM audit_events WHERE entity = 'company' ORDER BY id")
    ]
    assert summaries == ["", "archived", "restored"]


def test_delete_lists_everything_the_company_has(db: Database, admin: Actor) -> None:
    """Applications, contacts and conventions are history too; the message names them all."""
    company = create_company(db, TUTOR, CompanyInput("Bassi"))
    person_id = add_internship(db, admin, company.id)
    with db.transaction() as session:
        for role in ("Magazziniere", "Addetto pulizie"):
            session.add(
                JobApplication(
                    participant_id=person_id,
                    company_id=company.id,
                    company_name="Bassi",
                    role=role,
                    channel=ApplicationChannel.SPONTANEOUS,
                )
            )
    add_contact(db, TUTOR, CompanyContactInput(company.id, date(2026, 3, 2), "call"))
    with pytest.raises(ConflictError) as info:
        delete_company(db, TUTOR, company.id)
    assert "ha 1 tirocinio, 2 candidature e 1 contatto registrato." in str(info.value)


def test_a_company_without_history_can_be_deleted(db: Database) -> None:
    """Deleting is allowed for a company with nothing linked, and audited; check_only deletes
    nothing."""
    company = create_company(db, TUTOR, CompanyInput("Creata per sbaglio"))
    delete_company(db, TUTOR, company.id, check_only=True)
    assert companies(db) == 1
    delete_company(db, TUTOR, company.id)
    assert companies(db) == 0
    assert db.read("SELECT action FROM audit_events WHERE entity = 'company' ORDER BY id") == [
        ("create",),
        ("delete",),
    ]


# --------------------------------------------------------------------------- contacts


def test_contacts_are_signed_by_who_records_them(db: Database, users: None) -> None:
    """The log keeps the acting user; newest first; a future date is refused."""
    company = create_company(db, TUTOR, CompanyInput("Bassi"))
    add_contact(db, TUTOR, CompanyContactInput(company.id, "02/03/2026", "call", " Primo "))
    add_contact(db, TUTOR, CompanyContactInput(company.id, date(2026, 3, 9), "consultancy_rules"))
    rows = list_contacts(db, TUTOR, company.id)
    assert [(r.date, r.kind, r.note, r.username, r.user_full_name) for r in rows] == [
        (date(2026, 3, 9), CompanyContactKind.CONSULTANCY_RULES, None, "g.verdi", "Giovanna Verdi"),
        (date(2026, 3, 2), CompanyContactKind.CALL, "Primo", "g.verdi", "Giovanna Verdi"),
    ]
    with pytest.raises(ValidationError, match="Data: è nel futuro"):
        add_contact(
            db,
            TUTOR,
            CompanyContactInput(company.id, date.today() + timedelta(days=1), "visit"),
        )
    assert company_details(db, TUTOR, company.id).contacts == 2
    assert audit_count(db, "company_contact") == 2


def test_contact_counts_over_a_period(db: Database) -> None:
    """March 2026: A (call, consultancy on rules, consultancy on tools), B (visit), C (consultancy
    on processes, archived since) -> 3 companies contacted, 3 consultancies; contacts on 28/02
    and 01/04 are outside."""
    a = create_company(db, TUTOR, CompanyInput("A"))
    b = create_company(db, TUTOR, CompanyInput("B"))
    c = create_company(db, TUTOR, CompanyInput("C"))
    d = create_company(db, TUTOR, CompanyInput("D"))
    for company, day, kind in (
        (a, date(2026, 3, 1), "call"),
        (a, date(2026, 3, 15), "consultancy_rules"),
        (a, date(2026, 3, 31), "consultancy_tools"),
        (b, date(2026, 3, 10), "visit"),
        (c, date(2026, 3, 20), "consultancy_processes"),
        (d, date(2026, 2, 28), "consultancy_rules"),
        (d, date(2026, 4, 1), "meeting"),
    ):
        add_contact(db, TUTOR, CompanyContactInput(company.id, day, kind))
    archive_company(db, TUTOR, c.id)
    counts = contact_counts(db, TUTOR, date(2026, 3, 1), date(2026, 3, 31))
    assert counts == (3, 3)
    assert counts.companies_contacted == 3 and counts.consultancies == 3
    assert contact_counts(db, TUTOR, date(2026, 2, 1), date(2026, 4, 30)) == (4, 4)
    assert contact_counts(db, TUTOR, date(2026, 4, 2), date(2026, 4, 30)) == (0, 0)


def test_no_contact_on_an_archived_company(db: Database) -> None:
    """An archived company must be restored before logging a contact with it."""
    company = create_company(db, TUTOR, CompanyInput("Bassi"))
    archive_company(db, TUTOR, company.id)
    with pytest.raises(ConflictError, match="«Bassi» è archiviata: ripristinatela"):
        add_contact(db, TUTOR, CompanyContactInput(company.id, date(2026, 3, 2), "call"))


# --------------------------------------------------------------------------- conventions


def test_a_convention_lasts_one_to_five_years(db: Database) -> None:
    """From 01/01/2026: to 31/12/2026 and to 01/01/2031 pass; 30/12/2026 and 02/01/2031 do not,
    and the message names «Fine» and the limit date."""
    company = create_company(db, TUTOR, CompanyInput("Bassi"))

    def convention(end: date) -> ConventionInput:
        return ConventionInput(company.id, "art11", date(2026, 1, 1), end, 1)

    add_convention(db, TUTOR, convention(date(2026, 12, 31)))
    add_convention(db, TUTOR, convention(date(2031, 1, 1)))
    with pytest.raises(ValidationError) as short:
        add_convention(db, TUTOR, convention(date(2026, 12, 30)))
    assert short.value.field == "end_date"
    assert str(short.value) == (
        "Fine: una convenzione dura almeno un anno: con inizio il 01/01/2026 "
        "la fine è dal 31/12/2026 in poi."
    )
    with pytest.raises(ValidationError) as long:
        add_convention(db, TUTOR, convention(date(2031, 1, 2)))
    assert str(long.value) == (
        "Fine: una convenzione dura al massimo 5 anni: con inizio il 01/01/2026 "
        "la fine è entro il 01/01/2031."
    )
    with pytest.raises(ValidationError, match="Fine: la fine deve seguire l'inizio"):
        add_convention(db, TUTOR, convention(date(2025, 6, 1)))
    assert len(list_conventions(db, TUTOR, company.id)) == 2


def test_art14_needs_its_cooperative_and_someone_placed(db: Database) -> None:
    """Art. 14 without a cooperative, or with no people placed, is refused; update keeps rules."""
    company = create_company(db, TUTOR, CompanyInput("Bassi"))
    with pytest.raises(ValidationError) as info:
        add_convention(
            db, TUTOR, ConventionInput(company.id, "art14", "01/02/2026", "31/01/2028", 2)
        )
    assert info.value.field == "cooperative"
    with pytest.raises(ValidationError, match="Persone inserite: indicate quante"):
        add_convention(
            db,
            TUTOR,
            ConventionInput(company.id, "art14", "01/02/2026", "31/01/2028", 0, cooperative="X"),
        )
    row = add_convention(
        db,
        TUTOR,
        ConventionInput(company.id, "art14", "01/02/2026", "31/01/2028", 2, cooperative="Coop"),
    )
    changed = update_convention(
        db,
        TUTOR,
        row.id,
        ConventionInput(company.id, "art14", "01/02/2026", "31/01/2029", 3, cooperative="Coop"),
    )
    assert (changed.end_date, changed.posts_covered) == (date(2029, 1, 31), 3)
    with pytest.raises(ValidationError, match="al massimo 5 anni"):
        update_convention(
            db,
            TUTOR,
            row.id,
            ConventionInput(company.id, "art14", "01/02/2026", "01/02/2032", 3, cooperative="C"),
        )
    assert db.read("SELECT summary FROM audit_events WHERE entity = 'convention'") == [
        ("art14 2 posts",),
        (f"convention {row.id}: end_date, posts_covered",),
    ]


# --------------------------------------------------------------------------- roles


def test_operators_neither_read_nor_change_companies(db: Database) -> None:
    """Companies are for tutors and staff: an operator may not list, open, create, change,
    archive or log them."""
    company = create_company(db, TUTOR, CompanyInput("Bassi"))
    assert company_details(db, TUTOR, company.id).name == "Bassi"
    for action in (
        lambda: company_details(db, OPERATOR, company.id),
        lambda: list_companies(db, OPERATOR),
        lambda: list_contacts(db, OPERATOR, company.id),
        lambda: list_conventions(db, OPERATOR, company.id),
        lambda: contact_counts(db, OPERATOR, date(2026, 3, 1), date(2026, 3, 31)),
        lambda: create_company(db, OPERATOR, CompanyInput("Altra")),
        lambda: update_company(db, OPERATOR, company.id, CompanyInput("Bassi 2")),
        lambda: archive_company(db, OPERATOR, company.id),
        lambda: delete_company(db, OPERATOR, company.id),
        lambda: add_contact(
            db, OPERATOR, CompanyContactInput(company.id, date(2026, 3, 2), "call")
        ),
        lambda: add_convention(
            db, OPERATOR, ConventionInput(company.id, "art11", "01/01/2026", "31/12/2026")
        ),
    ):
        with pytest.raises(PermissionDenied, match=r"l\.bianchi \(operatore\) non può"):
            action()
    assert companies(db) == 1
    assert audit_count(db, "company") == 1
