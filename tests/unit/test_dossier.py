"""The participant dossier: what the full, redacted and tutor's versions hold, read back from the
real PDF with pdftotext; refusals; page numbers; fonts; the table of contents."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from models.enums import Role
from models.errors import PermissionDenied, ValidationError
from models.rows import Actor
from models.validation import ParticipantInput
from storage.engine import Database
from storage.printing.dossier import NO_PATHWAY, dossier_document, export_dossier
from storage.services.admin import ProgrammeInput, UserInput, create_programme, create_user
from storage.services.intake import (
    ConsentInput,
    IntakeInput,
    PathwayInput,
    change_tutor,
    open_pathway,
    record_consent,
    record_intake,
)
from storage.services.participants import create_participant, update_participant
from storage.services.tutoring import DeliveryInput, NoteInput, add_note, record_delivery
from tests.conftest import make_cf

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

CF = make_cf("Rossi", "Mario", "M", date(1980, 1, 1))
ALONE = make_cf("Bianchi", "Anna", "F", date(1990, 5, 5))
TUTOR = Actor("g.verdi", Role.TUTOR, full_name="Giulia Verdi")
NEW_TUTOR = Actor("l.neri", Role.TUTOR, full_name="Luca Neri")
STRANGER = Actor("s.gialli", Role.TUTOR, full_name="Sara Gialli")
COORDINATOR = Actor("c.bianchi", Role.COORDINATOR, full_name="Carla Bianchi")
OPERATOR = Actor("o.rosa", Role.OPERATOR, full_name="Olga Rosa")
START = date(2026, 2, 2)

# What only the full version may hold.
CONFIDENTIAL = ("Segreto del coordinatore", "Riservata del tutor", "Riservata di Neri")
L68 = ("Collocamento mirato (L. 68/99)", "67%", "Invalido civile (> 45%)", "CPI di Cremona")
CONTACTS = ("333 123 4567", "mario.rossi@example.org", "Via Verdi 3, 26100 Cremona")
INTAKE = ("Colloquio di presa in carico", "Ostacoli e bisogni di supporto:", "Ansia nei colloqui")


@pytest.fixture
def world(db: Database, admin: Actor) -> int:
    """Mario Rossi: registered under L. 68/99, disability and young target groups, a consent
    to contacts but not to art. 9 data nor to sharing; one pathway (tutor changed), hours and
    notes, two of them confidential. Anna Bianchi: no pathway. Returns the pathway's id."""
    for who in (TUTOR, NEW_TUTOR, STRANGER, COORDINATOR, OPERATOR):
        create_user(db, admin, UserInput(who.username, who.full_name, who.role.value))
    create_programme(
        db,
        admin,
        ProgrammeInput("GOL", "Garanzia occupabilità", "Regione", "01/01/2026", "31/12/2027",
                       caps=[("coaching", 3)]),
    )  # fmt: skip
    person = create_participant(
        db,
        admin,
        ParticipantInput(
            "Rossi",
            "Mario",
            codice_fiscale=CF,
            phone="3331234567",
            email="mario.rossi@example.org",
            address="Via Verdi 3",
            postcode="26100",
            municipality="Cremona",
            citizenship="Italiana",
        ),
    ).row
    create_participant(db, admin, ParticipantInput("Bianchi", "Anna", codice_fiscale=ALONE))
    record_consent(db, admin, CF, ConsentInput(date(2026, 1, 20), contact_consent=True))
    update_participant(
        db,
        admin,
        person.id,
        ParticipantInput(
            "Rossi",
            "Mario",
            codice_fiscale=CF,
            phone="3331234567",
            email="mario.rossi@example.org",
            address="Via Verdi 3",
            postcode="26100",
            municipality="Cremona",
            citizenship="Italiana",
            referrer="targeted_placement",
            target_groups=["disability", "young"],
            l68_registered=True,
            l68_date=date(2025, 3, 1),
            l68_cpi="CPI di Cremona",
            invalidity_percent=67,
            l68_category="civil_invalid",
            accessibility_needs="Postazione senza barriere",
        ),
    )
    pathway = open_pathway(
        db, admin, PathwayInput(CF, "GOL", TUTOR.username, START, plan=[("coaching", 3)])
    ).id
    record_intake(
        db,
        TUTOR,
        pathway,
        IntakeInput(date(2026, 2, 3), 60, barriers="Ansia nei colloqui", assessment="Motivato"),
    )
    record_delivery(db, TUTOR, DeliveryInput(pathway, "coaching", date(2026, 2, 10), minutes=90))

    def note(who: Actor, text: str, *, confidential: bool = False) -> None:
        add_note(
            db,
            who,
            NoteInput(CF, date(2026, 2, 12), "participant", "in_person", text,
                      confidential=confidential, pathway_id=pathway),
        )  # fmt: skip

    note(TUTOR, "Colloquio sul curriculum")
    note(TUTOR, "Riservata del tutor", confidential=True)
    # The pathway passes to Neri: Verdi's notes stay, and Verdi no longer sees the person.
    change_tutor(db, admin, pathway, NEW_TUTOR.username, date(2026, 3, 2))
    note(NEW_TUTOR, "Nota di Neri")
    note(NEW_TUTOR, "Riservata di Neri", confidential=True)
    note(COORDINATOR, "Segreto del coordinatore", confidential=True)
    return pathway


def pdf_text(path: Path, *pages: int) -> str:
    args = ["pdftotext", "-layout"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True).stdout


def flat(text: str) -> str:
    """The text with line breaks and runs of spaces as single spaces (table cells wrap)."""
    return " ".join(text.split())


def exports(db: Database) -> list[tuple[str, str]]:
    return [
        (str(r[0]), str(r[1]))
        for r in db.read(
            "SELECT username, summary FROM audit_events WHERE action = 'export' ORDER BY id"
        )
    ]


@needs_poppler
def test_the_coordinators_full_version_holds_everything(
    db: Database, world: int, tmp_path: Path
) -> None:
    """Full, by a coordinator: confidential notes marked «riservata», the L. 68/99 block, the
    consented contacts, the tutor history, the plan against the hours, page X of Y."""
    out = tmp_path / "full.pdf"
    pages = export_dossier(db, COORDINATOR, CF, out)
    text = flat(pdf_text(out))
    for needle in CONFIDENTIAL + L68 + CONTACTS + INTAKE:
        assert needle in text, needle
    assert text.count("· «riservata»") == 3
    assert "Postazione senza barriere" in text and "Disabilità (L. 68/99)" in text
    assert "Fascicolo del percorso individuale" in text and "versione completa" in text
    assert "Giulia Verdi dal 02/02/2026; Luca Neri dal 02/03/2026" in text
    assert "Coaching 3 1,5 3" in text  # planned, delivered, cap
    assert "Colloquio specialistico — 1 4" not in text and "Colloquio specialistico — 1 —" in text
    assert "Colloquio sul curriculum" in text and "Nota di Neri" in text
    assert f"pagina 1 di {pages}" in text and f"pagina {pages} di {pages}" in text
    assert exports(db) == [("c.bianchi", "dossier")]


@needs_poppler
def test_the_header_and_footer_carry_the_internal_code_only(
    db: Database, world: int, tmp_path: Path
) -> None:
    """Every page: internal code, date and «pagina X di Y» — never the name or codice fiscale;
    the PDF's metadata neither."""
    out = tmp_path / "full.pdf"
    pages = export_dossier(db, COORDINATOR, CF, out, today=date(2026, 11, 23))
    code = dossier_document(db, COORDINATOR, CF).internal_code
    for page in range(1, pages + 1):
        lines = [line for line in pdf_text(out, page).splitlines() if line.strip()]
        header, footer = lines[0], lines[-1]
        assert f"Fascicolo · {code}" in header and "23/11/2026" in header
        assert f"pagina {page} di {pages}" in footer and code in footer
        for secret in ("Rossi", "Mario", CF):
            assert secret not in header and secret not in footer
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "Rossi" not in info and CF not in info and code in info


@needs_poppler
def test_the_redacted_version_leaves_out_what_consents_do_not_cover(
    db: Database, world: int, tmp_path: Path
) -> None:
    """Redacted: no confidential note, no L. 68/99 block, no contacts (no consent to share
    them), no health-revealing group or referrer (no art. 9 consent); its cover says so."""
    out = tmp_path / "redacted.pdf"
    export_dossier(db, COORDINATOR, CF, out, redacted=True)
    text = flat(pdf_text(out))
    for needle in CONFIDENTIAL + L68 + CONTACTS + INTAKE[1:]:
        assert needle not in text, needle
    for needle in ("«riservata»", "Postazione senza barriere", "Disabilità", "3331234567"):
        assert needle not in text, needle
    cover = flat(pdf_text(out, 1))
    assert "VERSIONE RIDOTTA per un'azienda ospitante o un altro servizio" in cover
    assert "i dati del collocamento mirato (L. 68/99)" in cover and "le note riservate" in cover
    assert "i contatti, non coperti dal consenso" in cover
    assert "i gruppi target che rivelano dati sulla salute" in cover
    assert "Giovane 19–39 anni" in cover and "Ente inviante non riportato" in cover
    assert "Colloquio sul curriculum" in text and "Nota di Neri" in text
    assert "Fascicolo ridotto" in text
    assert exports(db) == [("c.bianchi", "dossier redatto")]


def test_consents_to_share_and_art9_bring_contacts_and_groups_back(
    db: Database, admin: Actor, world: int
) -> None:
    """With a newer consent to art. 9 data and to companies, the redacted version keeps the
    contacts and the disability group — still without the L. 68/99 block."""
    record_consent(
        db,
        admin,
        CF,
        ConsentInput(
            date(2026, 3, 1), art9_consent=True, contact_consent=True, share_companies=True
        ),
    )
    doc = dossier_document(db, COORDINATOR, CF, redacted=True)
    assert ("Telefono", "333 123 4567") in doc.contacts and doc.contacts_note is None
    assert dict(doc.situation)["Gruppi target"] == "Disabilità (L. 68/99), Giovane 19–39 anni"
    assert dict(doc.situation)["Ente inviante"] == "Collocamento mirato"
    assert doc.l68 is None and not any(n.confidential for n in doc.notes)


@needs_poppler
@pytest.mark.parametrize("tutor", [NEW_TUTOR], ids=["current"])
def test_a_tutors_export_holds_no_confidential_note(
    db: Database, world: int, tmp_path: Path, tutor: Actor
) -> None:
    """The current tutor's dossier holds no confidential note, not even their own, and says why;
    the other notes (the former tutor's too) are there."""
    out = tmp_path / "tutor.pdf"
    export_dossier(db, tutor, CF, out)
    text = flat(pdf_text(out))
    for needle in (*CONFIDENTIAL, "«riservata»"):
        assert needle not in text, needle
    assert "Colloquio sul curriculum" in text and "Nota di Neri" in text
    assert "Le note riservate non sono riportate" in text
    notes = dossier_document(db, tutor, CF).notes
    assert [n.text for n in notes] == ["Colloquio sul curriculum", "Nota di Neri"]


@pytest.mark.parametrize(
    "who", [STRANGER, TUTOR, OPERATOR], ids=["other tutor", "former tutor", "operator"]
)
def test_who_does_not_follow_the_person_cannot_print(
    db: Database, world: int, tmp_path: Path, who: Actor
) -> None:
    """An operator, a tutor who never followed the person, or the former tutor (a change of
    tutor moves access): refused, nothing written."""
    out = tmp_path / "no.pdf"
    with pytest.raises(PermissionDenied):
        export_dossier(db, who, CF, out)
    assert not out.exists() and exports(db) == []


@needs_poppler
def test_a_person_without_a_pathway_still_gets_a_dossier(
    db: Database, world: int, tmp_path: Path
) -> None:
    """No pathway: the dossier says so; no consent: no contacts, and the cover says why."""
    out = tmp_path / "alone.pdf"
    pages = export_dossier(db, COORDINATOR, ALONE, out)
    text = flat(pdf_text(out))
    assert NO_PATHWAY in text and "Nessuna nota." in text and "Nessun appuntamento." in text
    assert "Contatti non riportati: manca il consenso ai contatti." in text
    assert "Nessuna informativa privacy firmata e valida." in text
    assert f"pagina 1 di {pages}" in text and "…………………… Carla Bianchi" in text


@needs_poppler
def test_fonts_are_dejavu_and_embedded(db: Database, world: int, tmp_path: Path) -> None:
    """pdffonts lists DejaVu only, every one embedded (no Helvetica)."""
    out = tmp_path / "fonts.pdf"
    export_dossier(db, COORDINATOR, CF, out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    listed = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert listed and all("DejaVuSans" in row[0] and row[-5] == "yes" for row in listed), fonts
    assert "Helvetica" not in fonts


def test_an_unknown_codice_fiscale_is_refused_and_nothing_written(
    db: Database, world: int, tmp_path: Path
) -> None:
    """Unknown person: ValidationError on «participant», no file, no audit event."""
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValidationError) as info:
        export_dossier(
            db, COORDINATOR, make_cf("Neri", "Ugo", "M", date(1970, 2, 2)), folder / "x.pdf"
        )
    assert info.value.field == "participant"
    assert list(folder.iterdir()) == [] and exports(db) == []


def test_a_missing_output_folder_is_refused_before_any_work(
    db: Database, world: int, tmp_path: Path
) -> None:
    """The output is checked first: even with an unknown person the error names «out»."""
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValidationError) as info:
        export_dossier(db, COORDINATOR, "NOBODY", folder / "missing" / "x.pdf")
    assert info.value.field == "out" and "non esiste" in info.value.reason
    with pytest.raises(ValidationError) as info:
        export_dossier(db, COORDINATOR, CF, folder / "x.txt")
    assert info.value.field == "out"
    assert list(folder.iterdir()) == [] and exports(db) == []


@needs_poppler
def test_a_long_dossier_has_contents_with_the_right_pages(
    db: Database, world: int, tmp_path: Path
) -> None:
    """Past about five pages a table of contents follows the cover, and each section it lists
    starts on the page it says."""
    for n in range(70):
        add_note(
            db,
            NEW_TUTOR,
            NoteInput(CF, START + timedelta(days=n), "company", "phone",
                      f"Incontro numero {n}: " + "aggiornamento sul tirocinio, " * 8),
        )  # fmt: skip
    out = tmp_path / "long.pdf"
    pages = export_dossier(db, COORDINATOR, CF, out)
    assert pages >= 5
    contents = pdf_text(out, 2)
    assert "Indice" in contents
    listed = dict(re.findall(r"^\s*([A-Z][a-z ]+?)\s{2,}(\d+)\s*$", contents, re.MULTILINE))
    assert set(listed) >= {"Percorsi", "Appuntamenti", "Note di tutoraggio", "Esiti", "Firme"}
    for title, page in listed.items():
        assert title in pdf_text(out, int(page)).split("pagina")[0], title
    assert int(listed["Note di tutoraggio"]) < int(listed["Firme"]) <= pages


def test_a_restricted_record_gets_only_the_coordinators_full_version(
    db: Database, world: int, tmp_path: Path
) -> None:
    """Erasure requested (record restricted): no redacted copy, no tutor's copy; a coordinator
    may still print the full version to keep on file."""
    with db.transaction() as session:
        session.execute(
            text("UPDATE participants SET restricted = :yes WHERE codice_fiscale = :cf"),
            {"cf": CF, "yes": True},
        )
    for who, redacted in ((COORDINATOR, True), (NEW_TUTOR, False)):
        with pytest.raises(PermissionDenied):
            export_dossier(db, who, CF, tmp_path / "r.pdf", redacted=redacted)
    assert not (tmp_path / "r.pdf").exists()
    assert export_dossier(db, COORDINATOR, CF, tmp_path / "r.pdf") >= 1
