"""Forms to sign: the individual plan, the intake sheet and the privacy notice, as real PDFs."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from models.entities import PlannedService
from models.enums import ConsentSigner, Role, ServiceType
from models.errors import ValidationError
from models.rows import Actor
from models.validation import ParticipantInput
from storage.engine import Database
from storage.printing.forms import (
    BOX_EMPTY,
    BOX_TICKED,
    PRIVACY_NOTICE,
    euro,
    export_intake_sheet,
    export_plan,
    export_privacy_notice,
    plan_document,
    privacy_notice_document,
)
from storage.printing.style import Letterhead
from storage.services.admin import (
    ProgrammeInput,
    UserInput,
    create_programme,
    create_user,
    set_letterhead,
)
from storage.services.intake import (
    NOTICE_VERSION,
    ConsentInput,
    IntakeInput,
    PathwayInput,
    open_pathway,
    record_consent,
    record_intake,
)
from storage.services.participants import create_participant, update_participant
from tests.conftest import make_cf

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed",
)

CF = make_cf("Rossi", "Mario", "M", date(1980, 1, 1))
LONELY = make_cf("Bianchi", "Lucia", "F", date(1990, 5, 5))
TUTOR = Actor("g.verdi", Role.TUTOR, full_name="Giulia Verdi")


@dataclass(frozen=True)
class Person:
    code: str  # internal code
    pathway_id: int


def text_of(pdf: Path) -> str:
    """The PDF's words, with line breaks and runs of spaces made single spaces."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    return " ".join(out.split())


def fonts_of(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def exports(db: Database) -> list[tuple[str, str]]:
    return [
        (str(entity), str(summary))
        for entity, summary in db.read(
            "SELECT entity, summary FROM audit_events WHERE action = 'export' ORDER BY id"
        )
    ]


@pytest.fixture
def person(db: Database, admin: Actor) -> Person:
    set_letterhead(
        db,
        admin,
        Letterhead(
            "Cooperativa Il Ponte",
            "Via Dante 1, 26100 Cremona",
            "P. IVA 00743110157",
            "0372 123456",
            "privacy@ilponte.example",
        ),
    )
    create_user(db, admin, UserInput("g.verdi", "Giulia Verdi", "tutor"))
    create_user(db, admin, UserInput("c.bianchi", "Carla Bianchi", "coordinator"))
    create_programme(
        db,
        admin,
        ProgrammeInput(
            "GOL",
            "Garanzia occupabilità lavoratori",
            "Regione Lombardia",
            "01/01/2026",
            "31/12/2027",
            notice_code="AV-2026/7",
            retention_years=7,
            caps=[("coaching", 10), ("orientation", 8), ("support_network", 12)],
        ),
    )
    created = create_participant(
        db, admin, ParticipantInput("Rossi", "Mario", codice_fiscale=CF, phone="3331234567")
    )
    record_consent(
        db,
        admin,
        CF,
        ConsentInput(
            date(2026, 2, 1),
            art9_consent=True,
            contact_consent=True,
            share_referrer=False,
            share_companies=True,
            signer=ConsentSigner.GUARDIAN,
            signer_name="Anna Rossi",
        ),
    )
    update_participant(
        db,
        admin,
        created.row.id,
        ParticipantInput(
            "Rossi",
            "Mario",
            codice_fiscale=CF,
            phone="3331234567",
            municipality="Cremona",
            education_level="upper_secondary",
            employment_condition="unemployed",
            did_date="10/01/2026",
            benefit="naspi",
            referrer="targeted_placement",
            target_groups=["disability"],
            l68_registered=True,
            l68_date="15/01/2026",
            l68_cpi="Collocamento mirato di Cremona",
            invalidity_percent=67,
            l68_category="civil_invalid",
            accessibility_needs="Postazione al piano terra",
        ),
    )
    pathway = open_pathway(
        db,
        admin,
        PathwayInput(
            CF,
            "GOL",
            "g.verdi",
            date(2026, 2, 2),
            planned_end=date(2026, 12, 31),
            case_manager="c.bianchi",
            plan=[("coaching", "7.5"), ("orientation", 4), ("support_network", 10)],
        ),
    )
    rates = {
        ServiceType.COACHING: Decimal("35.50"),
        ServiceType.ORIENTATION: Decimal("40"),
        ServiceType.SUPPORT_NETWORK: Decimal("120"),
    }
    with db.transaction() as session:
        for kind, rate in rates.items():
            session.execute(
                update(PlannedService)
                .where(PlannedService.pathway_id == pathway.id)
                .where(PlannedService.service_type == kind)
                .values(hourly_rate=rate)
            )
    record_intake(
        db,
        admin,
        pathway.id,
        IntakeInput(
            date(2026, 2, 3),
            60,
            experiences="Magazziniere per due anni",
            barriers="Non guida l'auto",
            expectations="Lavorare in un magazzino vicino a casa",
            assessment="Motivato; serve accompagnamento ai colloqui",
        ),
    )
    return Person(created.row.internal_code, pathway.id)


def test_the_plan_adds_up_hours_and_values(db: Database, person: Person) -> None:
    """The plan's rows and totals: hours × hourly rate, caps beside, hours delivered so far."""
    doc = plan_document(db, TUTOR, CF)
    assert [(r.service_type, r.planned_hours, r.value, r.cap_hours) for r in doc.rows] == [
        (ServiceType.ORIENTATION, Decimal("4"), Decimal("160.00"), Decimal("8")),
        (ServiceType.COACHING, Decimal("7.5"), Decimal("266.25"), Decimal("10")),
        (ServiceType.SUPPORT_NETWORK, Decimal("10"), Decimal("1200.00"), Decimal("12")),
    ]
    # By hand: 4 + 7.5 + 10 hours; 4 × 40 + 7.5 × 35.50 + 10 × 120 euros.
    assert doc.total_hours == Decimal("21.5")
    assert doc.total_value == Decimal("1626.25")
    # The intake interview (1 hour of specialist interview) is outside the plan.
    assert doc.total_delivered == 0 and doc.unplanned_hours == Decimal("1.00")
    assert euro(Decimal("1626.25")) == "1.626,25 €" and euro(None) == "—"


@needs_poppler
def test_plan_pdf_holds_what_is_signed(db: Database, person: Person, tmp_path: Path) -> None:
    """The printed plan: header code, sections, rows, totals with €, caps, signatures."""
    out = tmp_path / "piano.pdf"
    pages = export_plan(db, TUTOR, CF, out)
    text = text_of(out)
    assert pages >= 1 and f"pagina {pages} di {pages}" in text
    assert f"Piano individuale · {person.code}" in text
    for heading in (
        "Piano di intervento personalizzato (PIP/PAI)",
        "Partecipante",
        "Programma e percorso",
        "Obiettivi dal colloquio di presa in carico",
        "Servizi previsti",
        "Firme",
    ):
        assert heading in text, heading
    for value in (
        "Rossi Mario",
        CF,
        "01/01/1980",
        "GOL – Garanzia occupabilità lavoratori",
        "Regione Lombardia",
        "AV-2026/7",
        "dal 02/02/2026 al 31/12/2026",
        "Giulia Verdi",
        "Carla Bianchi",
        "Lavorare in un magazzino vicino a casa",
        "Motivato; serve accompagnamento ai colloqui",
        "Attivazione della rete di sostegno",
        "35,50 €",
        "266,25 €",
        "1.200,00 €",
        "Luogo e data",
        "Il tutore di Rossi Mario",
        "Anna Rossi",
        "Il coordinatore",
        "Ore erogate in servizi fuori dal piano: 1 h.",
    ):
        assert value in text, value
    # The totals, computed by hand in the test above.
    assert "21,5 h" in text and "1.626,25 €" in text
    # The barriers stay on the intake sheet.
    assert "Non guida" not in text
    assert all("DejaVuSans" in row[0] and row[-5] == "yes" for row in fonts_of(out))
    assert exports(db) == [
        ("participant", f"plan pdf pathway={person.pathway_id} lines=3 pages={pages}")
    ]


@needs_poppler
def test_intake_sheet_has_the_law_68_block_without_a_diagnosis(
    db: Database, person: Person, tmp_path: Path
) -> None:
    """The intake sheet: identity, contacts, work, referrer, L. 68/99 percent and category."""
    out = tmp_path / "scheda.pdf"
    pages = export_intake_sheet(db, TUTOR, person.code, out)
    text = text_of(out)
    assert f"Scheda di presa in carico · {person.code}" in text
    for heading in (
        "Dati anagrafici",
        "Contatti e residenza",
        "Istruzione e condizione occupazionale",
        "Invio e gruppi target",
        "Legge 68/99 (collocamento mirato)",
        "Disponibilità e accessibilità",
        "Colloquio di presa in carico",
        "Firme",
    ):
        assert heading in text, heading
    for value in (
        CF,
        "333 123 4567",
        "Diploma (ISCED 3–4)",
        "Disoccupato/a",
        "10/01/2026",
        "NASpI",
        "Collocamento mirato",
        "Disabilità (L. 68/99)",
        "15/01/2026",
        "Collocamento mirato di Cremona",
        "67%",
        "Invalido civile (> 45%)",
        "Postazione al piano terra",
        "Svolto il 03/02/2026, durata 60 minuti",
        "Magazziniere per due anni",
        "Non guida l'auto",
        "Il tutore di Rossi Mario",
        "Giulia Verdi",
    ):
        assert value in text, value
    assert "diagnos" not in text.lower()
    assert all("DejaVuSans" in row[0] and row[-5] == "yes" for row in fonts_of(out))
    assert exports(db) == [("participant", f"intake sheet pdf pages={pages}")]


@needs_poppler
def test_privacy_notice_ticks_the_consents_as_recorded(
    db: Database, person: Person, tmp_path: Path
) -> None:
    """The notice names the controller and retention; the boxes show the recorded consents."""
    out = tmp_path / "privacy.pdf"
    pages = export_privacy_notice(db, TUTOR, CF, out)
    text = text_of(out)
    assert f"Informativa privacy · {person.code}" in text
    assert f"versione {PRIVACY_NOTICE.version}" in text
    for value in (
        "Il titolare del trattamento è Cooperativa Il Ponte, con sede in Via Dante 1",
        "privacy@ilponte.example",
        "per il programma GOL, 7 anni",
        "art. 9, par. 2, lett. a",
        "Garante per la protezione dei dati personali",
        "consensi registrati il 01/02/2026 (informativa versione 2025.1)",
        "Nome e cognome di chi firma, se non è la persona interessata: Anna Rossi",
    ):
        assert value in text, value
    # Art. 9 yes, contacts yes, referrer no, companies yes; then who signs: the guardian.
    t, e = BOX_TICKED, BOX_EMPTY
    assert re.findall("[☐☒]", text) == [t, e, t, e, e, t, t, e, e, t, e]
    assert all("DejaVuSans" in row[0] and row[-5] == "yes" for row in fonts_of(out))
    assert exports(db) == [("participant", f"privacy notice pdf version=2025.1 pages={pages}")]


@needs_poppler
def test_privacy_notice_without_consent_has_empty_boxes(
    db: Database, admin: Actor, person: Person, tmp_path: Path
) -> None:
    """A newcomer's notice: nothing recorded, every box empty, the general retention rule."""
    # Registered by the tutor: their own intake, theirs to print until a pathway is opened.
    create_participant(db, TUTOR, ParticipantInput("Bianchi", "Lucia", codice_fiscale=LONELY))
    doc = privacy_notice_document(db, TUTOR, LONELY)
    assert [item.given for item in doc.items] == [None] * 4 and doc.signer is None
    out = tmp_path / "privacy.pdf"
    export_privacy_notice(db, TUTOR, LONELY, out)
    text = text_of(out)
    assert re.findall("[☐☒]", text) == [BOX_EMPTY] * 11
    assert "Nessun consenso registrato" in text and "di norma 5 anni" in text


def test_notice_version_is_the_one_consents_record() -> None:
    """The printed notice and the version a recorded consent defaults to are the same."""
    assert PRIVACY_NOTICE.version == NOTICE_VERSION


@pytest.mark.parametrize("export", [export_plan, export_intake_sheet, export_privacy_notice])
def test_unknown_participant_writes_nothing(
    db: Database, person: Person, tmp_path: Path, export: object
) -> None:
    """An unknown codice fiscale: ValidationError on «participant», no file, no audit."""
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValidationError) as info:
        export(db, TUTOR, "ZZZZZZ00A00Z000Z", folder / "x.pdf")  # type: ignore[operator]
    assert info.value.field == "participant"
    assert not list(folder.iterdir()) and exports(db) == []


def test_plan_of_someone_without_pathway_is_refused(
    db: Database, admin: Actor, person: Person, tmp_path: Path
) -> None:
    """No pathway, no plan: the message says why; the intake sheet still prints."""
    # Registered by the tutor: their own intake, theirs to print until a pathway is opened.
    create_participant(db, TUTOR, ParticipantInput("Bianchi", "Lucia", codice_fiscale=LONELY))
    out = tmp_path / "piano.pdf"
    with pytest.raises(ValidationError) as info:
        export_plan(db, TUTOR, LONELY, out)
    assert info.value.field == "participant" and "non ha percorsi" in info.value.reason
    assert not out.exists()
    assert export_intake_sheet(db, TUTOR, LONELY, tmp_path / "scheda.pdf") >= 1


def test_plan_of_another_persons_pathway_is_refused(
    db: Database, admin: Actor, person: Person, tmp_path: Path
) -> None:
    """A pathway id that belongs to someone else is refused on «pathway»."""
    # Registered by the tutor: their own intake, theirs to print until a pathway is opened.
    create_participant(db, TUTOR, ParticipantInput("Bianchi", "Lucia", codice_fiscale=LONELY))
    with pytest.raises(ValidationError) as info:
        export_plan(db, TUTOR, LONELY, tmp_path / "p.pdf", pathway_id=person.pathway_id)
    assert info.value.field == "pathway"
    assert export_plan(db, TUTOR, CF, tmp_path / "p.pdf", pathway_id=person.pathway_id) >= 1


def test_bad_output_is_refused_before_any_work(
    db: Database, person: Person, tmp_path: Path
) -> None:
    """A missing folder or a wrong extension: ValidationError on «out», nothing logged."""
    for bad in (tmp_path / "missing" / "p.pdf", tmp_path / "p.txt"):
        with pytest.raises(ValidationError) as info:
            export_plan(db, TUTOR, CF, bad)
        assert info.value.field == "out"
    assert exports(db) == []
