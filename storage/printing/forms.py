"""Forms printed to be signed: the individual plan (PIP/PAI), the intake sheet, the privacy notice.

Each document comes in two steps, as the agenda does: `x_document(db, actor, ...)` gathers plain
data (frozen dataclasses, testable without drawing) in one read transaction, `render_x(doc, out)`
draws it with the shared look (storage/printing/style.py) and returns the number of pages.
`export_x(db, actor, ..., out)` is what the command line and the GUI call: it refuses a bad output
before any work, gathers, lays out, then records the EXPORT audit event and writes the file
atomically in the same transaction, so a logged export is a written file and the other way round.

Privacy (shared/DOMAIN.md): the Law 68/99 block carries the percentage and the category only,
never anything about a condition; audit summaries name kinds and ids, never personal data.

Decisions where the issue was silent:
- the plan and the intake sheet use the open pathway, else the most recent one; the plan of a
  person without a pathway is refused (field «participant»), the intake sheet prints without it;
- the plan prints from the intake interview only the person's expectations (as objectives) and
  the operator's assessment: the barriers and the rest stay on the intake sheet;
- the hours delivered so far are a column of the plan only when some have been delivered;
- the consent boxes come in pairs («Acconsento» / «Non acconsento»), ticked as in the last
  consent not withdrawn; without one both are empty, to be filled in by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.enums import (
    AuditAction,
    Benefit,
    ConsentSigner,
    EducationLevel,
    EmploymentCondition,
    IscedBand,
    L68Category,
    PathwayStatus,
    Referrer,
    Role,
    ServiceType,
    Sex,
    TargetGroup,
)
from models.errors import ValidationError
from models.labels import (
    BENEFIT_LABELS,
    EDUCATION_LABELS,
    EMPLOYMENT_LABELS,
    ISCED_LABELS,
    L68_CATEGORY_LABELS,
    PATHWAY_STATUS_LABELS,
    REFERRER_LABELS,
    SERVICE_LABELS,
    SEX_LABELS,
    SIGNER_LABELS,
    TARGET_GROUP_LABELS,
)
from models.rows import Actor
from models.text import number_it
from models.validation import display_phone
from storage.engine import Database
from storage.printing.style import Letterhead, PageFrame
from storage.services.common import EVERYONE, require

# The plan and the intake sheet are the record: tutors (their caseload) and staff, no operators.
RECORD_PRINTERS = frozenset({Role.TUTOR, Role.COORDINATOR, Role.ADMIN})

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from models.entities import Participant, Pathway

BOX_EMPTY = "☐"  # U+2610, in DejaVu Sans
BOX_TICKED = "☒"  # U+2612
DASH = "—"
CENT = Decimal("0.01")


def euro(value: Decimal | None) -> str:
    """«1.234,50 €» (Italian grouping and decimals); a dash when there is no value."""
    if value is None:
        return DASH
    amount = Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
    text = f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"{text} €"


def hours_text(value: Decimal | None) -> str:
    """«7,5 h»; a dash when there is none."""
    return DASH if value is None else f"{number_it(value)} h"


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _yes_no(value: bool) -> str:
    return "Sì" if value else "No"


# --------------------------------------------------------------------------- the privacy notice


@dataclass(frozen=True)
class NoticeText:
    """The privacy notice, versioned: a Consent records the version its person signed.

    The sections' text holds the placeholders {controller}, {controller_address}, {contacts} and
    {retention}, filled from the letterhead and the person's programmes when printed.
    """

    version: str
    title: str
    intro: str
    sections: tuple[tuple[str, str], ...]


# Change the text => change the version (and storage.services.intake.NOTICE_VERSION with it:
# a test keeps the two equal).
PRIVACY_NOTICE = NoticeText(
    version="2025.1",
    title="Informativa sul trattamento dei dati personali",
    intro=(
        "Ai sensi dell’art. 13 del Regolamento (UE) 2016/679 (GDPR) vi spieghiamo, con parole "
        "semplici, quali dati raccogliamo per i servizi al lavoro, perché, a chi li diamo, per "
        "quanto tempo li teniamo e quali diritti avete."
    ),
    sections=(
        (
            "1. Chi tratta i vostri dati",
            "Il titolare del trattamento è {controller}{controller_address}. "
            "Per qualsiasi domanda sui vostri dati potete rivolgervi a: {contacts}.",
        ),
        (
            "2. Quali dati raccogliamo",
            "Dati anagrafici e contatti (nome, codice fiscale, indirizzo, telefono, e-mail); "
            "studio, esperienze di lavoro e competenze; condizione occupazionale, DID e "
            "sostegni al reddito; il servizio che vi ha inviati; appuntamenti, ore di servizio "
            "ricevute, note dei colloqui, candidature, tirocini ed esiti del percorso.",
        ),
        (
            "3. Perché li usiamo e su quale base",
            "a) Per darvi i servizi al lavoro del vostro percorso: accoglienza, orientamento, "
            "bilancio di competenze, tutoraggio, ricerca attiva del lavoro, tirocini e "
            "accompagnamento al lavoro (art. 6, par. 1, lett. b ed e GDPR: servizio che avete "
            "chiesto, compito di interesse pubblico affidato dall’ente che finanzia il "
            "programma).\n"
            "b) Per rendicontare all’ente finanziatore (Regione, Provincia, Fondo sociale "
            "europeo Plus) le attività svolte, le ore, le presenze e gli esiti, e per i suoi "
            "controlli (art. 6, par. 1, lett. c GDPR: obbligo di legge).\n"
            "c) Per rispettare gli obblighi di legge, anche fiscali e contabili.\n"
            "Senza i dati dei punti a) e b) non possiamo avviare il percorso.",
        ),
        (
            "4. Dati particolari (art. 9 GDPR)",
            "Alcuni dati dicono qualcosa sulla vostra salute: l’iscrizione al collocamento "
            "mirato (L. 68/99), la percentuale e la categoria di invalidità, i bisogni di "
            "accessibilità. Li trattiamo solo se servono al percorso, sulla base degli obblighi "
            "in materia di lavoro e protezione sociale (art. 9, par. 2, lett. b) oppure, quando "
            "questa base manca, del vostro consenso esplicito (art. 9, par. 2, lett. a). Non "
            "registriamo diagnosi né cartelle cliniche: solo la percentuale e la categoria.",
        ),
        (
            "5. Come li proteggiamo",
            "I dati sono trattati da persone autorizzate e formate (operatori, tutor, "
            "coordinatori), ciascuna per ciò che le serve. Sono conservati in archivi cifrati; "
            "ogni accesso e ogni stampa sono registrati. Non prendiamo decisioni automatiche su "
            "di voi.",
        ),
        (
            "6. A chi li comunichiamo",
            "All’ente finanziatore e alle autorità di controllo; al Centro per l’impiego e al "
            "collocamento mirato quando la legge lo prevede; ai fornitori che ci aiutano (ad "
            "esempio per l’assistenza informatica), vincolati da contratto come responsabili "
            "del trattamento. Solo con il vostro consenso: al servizio che vi ha inviati e alle "
            "aziende, per candidature, colloqui e tirocini. I dati non sono diffusi né "
            "trasferiti fuori dall’Unione europea.",
        ),
        (
            "7. Per quanto tempo li teniamo",
            "{retention} Passato questo tempo i dati sono resi anonimi. Una richiesta di "
            "cancellazione in questo periodo limita l’uso dei dati invece di cancellarli, "
            "perché la rendicontazione lo impone.",
        ),
        (
            "8. I vostri diritti",
            "Potete chiedere in ogni momento di vedere i vostri dati e averne copia, di "
            "correggerli, di cancellarli o di limitarne l’uso, di opporvi al trattamento e di "
            "riceverli in un formato leggibile (artt. 15–22 GDPR). Potete revocare i consensi "
            "in qualsiasi momento, senza conseguenze su quanto fatto prima. Basta rivolgersi "
            "allo sportello o scrivere ai contatti del punto 1. Avete anche il diritto di "
            "presentare reclamo al Garante per la protezione dei dati personali "
            "(www.garanteprivacy.it).",
        ),
    ),
)


@dataclass(frozen=True)
class ConsentItem:
    """One consent of the form: its Consent field, its words, and how it is recorded."""

    field: str
    text: str
    given: bool | None  # None: nothing recorded, both boxes empty


CONSENT_TEXTS: tuple[tuple[str, str], ...] = (
    (
        "art9_consent",
        "Consenso esplicito al trattamento dei dati particolari (art. 9, par. 2, lett. a GDPR): "
        "iscrizione al collocamento mirato, percentuale e categoria di invalidità, bisogni di "
        "accessibilità, per organizzare il percorso.",
    ),
    (
        "contact_consent",
        "Essere contattato/a per telefono, e-mail o messaggio per appuntamenti, opportunità di "
        "lavoro e aggiornamenti sul percorso.",
    ),
    (
        "share_referrer",
        "Comunicazione al servizio che mi ha inviato{referrer} di informazioni sull’andamento e "
        "sugli esiti del percorso.",
    ),
    (
        "share_companies",
        "Comunicazione alle aziende del curriculum e dei dati necessari a candidature, colloqui "
        "e tirocini (i dati particolari solo se indispensabili, ad esempio per un’assunzione "
        "nella quota della L. 68/99).",
    ),
)


# --------------------------------------------------------------------------- shared gathering


@dataclass(frozen=True)
class PersonHeading:
    """Who a form is about, as every form prints it."""

    uuid: str
    internal_code: str
    last_name: str
    first_name: str
    codice_fiscale: str | None
    birth_date: date | None

    @property
    def full_name(self) -> str:
        return f"{self.last_name} {self.first_name}"


def _heading(person: Participant) -> PersonHeading:
    return PersonHeading(
        person.uuid,
        person.internal_code,
        person.last_name,
        person.first_name,
        person.codice_fiscale,
        person.birth_date,
    )


def _pick_pathway(session: Session, person: Participant, pathway_id: int | None) -> Pathway | None:
    """The pathway asked for (it must be this person's), else the open one, else the latest."""
    from sqlalchemy import select

    from models.entities import Pathway

    if pathway_id is not None:
        pathway = session.get(Pathway, pathway_id)
        if pathway is None or pathway.participant_id != person.id:
            raise ValidationError(
                "pathway",
                f"il percorso n. {pathway_id} non esiste o non è di {person.internal_code}.",
                label="Percorso",
            )
        return pathway
    pathways = list(
        session.scalars(
            select(Pathway)
            .where(Pathway.participant_id == person.id)
            .order_by(Pathway.start_date.desc(), Pathway.id.desc())
        )
    )
    open_ones = [p for p in pathways if p.status is PathwayStatus.OPEN]
    chosen = open_ones or pathways
    return chosen[0] if chosen else None


def _user_name(session: Session, user_id: int | None) -> str:
    from models.entities import User

    if user_id is None:
        return ""
    user = session.get(User, user_id)
    return user.full_name if user else ""


@dataclass(frozen=True)
class IntakeInterview:
    """The intake interview recorded by storage.services.intake.record_intake."""

    day: date
    minutes: int
    operator: str
    place: str
    sections: tuple[tuple[str, str], ...]  # (heading, text), in the form's order

    def section(self, name: str) -> str:
        from storage.services.intake import INTAKE_SECTIONS

        title = dict(INTAKE_SECTIONS).get(name, name)
        return next((text for heading, text in self.sections if heading == title), "")


def _intake(session: Session, pathway: Pathway | None) -> IntakeInterview | None:
    """The intake interview of a pathway: the specialist interview whose note has the
    headings record_intake writes, split back into its sections."""
    from sqlalchemy import select

    from models.entities import ServiceDelivery
    from storage.services.intake import INTAKE_MARK, INTAKE_SECTIONS

    if pathway is None:
        return None
    delivery = session.scalar(
        select(ServiceDelivery)
        .where(
            ServiceDelivery.pathway_id == pathway.id,
            ServiceDelivery.service_type == ServiceType.SPECIALIST_INTERVIEW,
            ServiceDelivery.note.contains(INTAKE_MARK),
        )
        .order_by(ServiceDelivery.date, ServiceDelivery.id)
    )
    if delivery is None:
        return None
    titles = {f"{title}:": title for _name, title in INTAKE_SECTIONS}
    found: dict[str, list[str]] = {}
    current: str | None = None
    for line in (delivery.note or "").splitlines():
        if line.strip() in titles:
            current = titles[line.strip()]
            found[current] = []
        elif current is not None:
            found[current].append(line)
    sections = tuple(
        (title, "\n".join(found[title]).strip())
        for _name, title in INTAKE_SECTIONS
        if title in found and "\n".join(found[title]).strip()
    )
    return IntakeInterview(
        delivery.date,
        delivery.minutes,
        _user_name(session, delivery.operator_id),
        delivery.place or "",
        sections,
    )


def _current_consent(session: Session, person: Participant) -> Any:
    """The most recent consent not withdrawn, or None."""
    from sqlalchemy import select

    from models.entities import Consent

    return session.scalar(
        select(Consent)
        .where(Consent.participant_id == person.id, Consent.withdrawn_on.is_(None))
        .order_by(Consent.signed_on.desc(), Consent.id.desc())
    )


def _participant_signer(signer: ConsentSigner | None, signer_name: str | None, name: str) -> str:
    """The participant's signature line: the person, or who signs for them per the consent."""
    if signer is None or signer is ConsentSigner.PERSON:
        return f"Il/la partecipante\n{name}"
    who = "Il tutore" if signer is ConsentSigner.GUARDIAN else "L’amministratore di sostegno"
    return f"{who} di {name}\n{signer_name or ''}".rstrip()


# --------------------------------------------------------------------------- 1. individual plan


@dataclass(frozen=True)
class PlanRow:
    """A line of the plan: service, hours, rate and value, the programme's cap, hours so far."""

    service_type: ServiceType
    planned_hours: Decimal
    hourly_rate: Decimal | None
    cap_hours: Decimal | None
    delivered_hours: Decimal

    @property
    def label(self) -> str:
        return SERVICE_LABELS.get(self.service_type, str(self.service_type))

    @property
    def value(self) -> Decimal | None:
        if self.hourly_rate is None:
            return None
        return (self.planned_hours * self.hourly_rate).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class PlanDocument:
    """Everything the individual plan (PIP/PAI) of one pathway prints."""

    letterhead: Letterhead
    person: PersonHeading
    pathway_id: int
    programme_code: str
    programme_name: str
    funder: str
    notice_code: str | None
    status: PathwayStatus
    start: date
    planned_end: date | None
    end_date: date | None
    tutor: str
    case_manager: str
    budget_hours: Decimal | None
    budget_euros: Decimal | None
    intake: IntakeInterview | None
    rows: tuple[PlanRow, ...]
    unplanned_hours: Decimal  # delivered in services outside the plan
    signer: ConsentSigner | None
    signer_name: str | None
    printed_on: date
    printed_by: str

    @property
    def total_hours(self) -> Decimal:
        return sum((r.planned_hours for r in self.rows), Decimal(0))

    @property
    def total_value(self) -> Decimal | None:
        values = [r.value for r in self.rows if r.value is not None]
        return sum(values, Decimal(0)) if values else None

    @property
    def total_delivered(self) -> Decimal:
        return sum((r.delivered_hours for r in self.rows), Decimal(0))

    @property
    def unpriced(self) -> int:
        return sum(1 for r in self.rows if r.hourly_rate is None)

    @property
    def show_delivered(self) -> bool:
        return self.total_delivered > 0 or self.unplanned_hours > 0


def plan_document(
    db: Database, actor: Actor, participant: str, *, pathway_id: int | None = None
) -> PlanDocument:
    """Gather the individual plan of a participant's pathway (default: the open one, else the
    most recent); a person without pathways is refused (field «participant»)."""
    from sqlalchemy import func, select

    from models.entities import FundingProgramme, PlannedService, ServiceCap, ServiceDelivery
    from storage.services.access import require_participant
    from storage.services.admin import get_letterhead
    from storage.services.lookup import participant_by_code

    require(actor, RECORD_PRINTERS, "stampare il piano individuale")
    letterhead = get_letterhead(db, actor)
    with db.transaction(write=False) as session:
        person = participant_by_code(session, participant)
        require_participant(session, actor, person.id, "stampare il piano individuale")
        pathway = _pick_pathway(session, person, pathway_id)
        if pathway is None:
            raise ValidationError(
                "participant",
                f"{person.internal_code} non ha percorsi: il piano individuale si stampa dopo "
                "l’apertura di un percorso con i servizi previsti.",
                label="Partecipante",
            )
        programme = session.get(FundingProgramme, pathway.programme_id)
        assert programme is not None  # a foreign key
        caps = {
            c.service_type: c.max_hours
            for c in session.scalars(
                select(ServiceCap).where(ServiceCap.programme_id == programme.id)
            )
        }
        delivered = {
            kind: Decimal(int(minutes or 0)) / 60
            for kind, minutes in session.execute(
                select(ServiceDelivery.service_type, func.sum(ServiceDelivery.minutes))
                .where(ServiceDelivery.pathway_id == pathway.id)
                .group_by(ServiceDelivery.service_type)
            )
        }
        planned = list(
            session.scalars(
                select(PlannedService)
                .where(PlannedService.pathway_id == pathway.id)
                .order_by(PlannedService.id)
            )
        )
        order = list(ServiceType)
        planned.sort(key=lambda p: order.index(p.service_type))
        rows = tuple(
            PlanRow(
                p.service_type,
                Decimal(p.planned_hours),
                Decimal(p.hourly_rate) if p.hourly_rate is not None else None,
                Decimal(caps[p.service_type]) if p.service_type in caps else None,
                delivered.get(p.service_type, Decimal(0)).quantize(CENT),
            )
            for p in planned
        )
        in_plan = {p.service_type for p in planned}
        unplanned = sum((h for k, h in delivered.items() if k not in in_plan), Decimal(0))
        consent = _current_consent(session, person)
        return PlanDocument(
            letterhead=letterhead,
            person=_heading(person),
            pathway_id=pathway.id,
            programme_code=programme.code,
            programme_name=programme.name,
            funder=programme.funder,
            notice_code=programme.notice_code,
            status=pathway.status,
            start=pathway.start_date,
            planned_end=pathway.planned_end,
            end_date=pathway.end_date,
            tutor=_user_name(session, pathway.tutor_id),
            case_manager=_user_name(session, pathway.case_manager_id),
            budget_hours=pathway.budget_hours,
            budget_euros=pathway.budget_euros,
            intake=_intake(session, pathway),
            rows=rows,
            unplanned_hours=unplanned.quantize(CENT),
            signer=consent.signer if consent is not None else None,
            signer_name=consent.signer_name if consent is not None else None,
            printed_on=date.today(),
            printed_by=actor.full_name or actor.username,
        )


def _fields_table(pairs: Sequence[tuple[str, str]], width: float, label_width: float) -> Any:
    """Label/value rows of a form, the label in bold; empty values print as a dash."""
    from storage.printing.style import data_table, para, styles

    st = styles()
    rows = [[para(label, st["cell_bold"]), value or DASH] for label, value in pairs]
    return data_table(rows, [label_width, width - label_width])


def _person_pairs(person: PersonHeading) -> list[tuple[str, str]]:
    return [
        ("Cognome e nome", person.full_name),
        ("Codice interno", person.internal_code),
        ("Codice fiscale", person.codice_fiscale or ""),
        ("Data di nascita", _day(person.birth_date)),
    ]


def _plan_story(doc: PlanDocument) -> Callable[[], list[Any]]:
    from reportlab.platypus import KeepTogether, Spacer

    from storage.printing.style import (
        MM,
        content_width,
        data_table,
        letterhead_block,
        para,
        styles,
    )

    def story() -> list[Any]:
        st = styles()
        width = content_width()
        label = 48 * MM
        parts: list[Any] = letterhead_block(doc.letterhead, width)
        parts.append(para("Piano di intervento personalizzato (PIP/PAI)", st["title"]))
        parts.append(
            para(
                f"Percorso n. {doc.pathway_id} · programma {doc.programme_code} · "
                f"{PATHWAY_STATUS_LABELS.get(doc.status, str(doc.status)).lower()}",
                st["subtitle"],
            )
        )
        parts.append(para("Partecipante", st["h1"]))
        parts.append(_fields_table(_person_pairs(doc.person), width, label))
        parts.append(para("Programma e percorso", st["h1"]))
        dates = f"dal {_day(doc.start)}"
        if doc.planned_end:
            dates += f" al {_day(doc.planned_end)} (fine prevista)"
        pairs = [
            ("Programma", f"{doc.programme_code} – {doc.programme_name}"),
            ("Ente finanziatore", doc.funder),
            ("Codice avviso", doc.notice_code or ""),
            ("Durata del percorso", dates),
        ]
        if doc.end_date:
            pairs.append(("Chiuso il", _day(doc.end_date)))
        pairs += [("Tutor", doc.tutor), ("Responsabile del caso", doc.case_manager)]
        if doc.budget_hours is not None or doc.budget_euros is not None:
            budget = " · ".join(
                part
                for part in (
                    hours_text(doc.budget_hours) if doc.budget_hours is not None else "",
                    euro(doc.budget_euros) if doc.budget_euros is not None else "",
                )
                if part
            )
            pairs.append(("Budget del percorso", budget))
        parts.append(_fields_table(pairs, width, label))
        if doc.intake is not None:
            parts.append(para("Obiettivi dal colloquio di presa in carico", st["h1"]))
            parts.append(
                para(
                    f"Colloquio del {_day(doc.intake.day)}"
                    + (f" con {doc.intake.operator}" if doc.intake.operator else ""),
                    st["muted"],
                )
            )
            for name, heading in (
                ("expectations", "Aspettative e obiettivi della persona"),
                ("assessment", "Valutazione dell’operatore"),
            ):
                text = doc.intake.section(name)
                if text:
                    parts.append(para(heading, _h2_next(st)))
                    parts.append(para(text, st["note"]))
        # The plan's table holds at most one row per service type: kept on one page.
        services: list[Any] = [para("Servizi previsti", st["h1"])]
        header = ["Servizio", "Ore previste", "Tariffa oraria", "Valore", "Massimo del programma"]
        widths = [58 * MM, 24 * MM, 26 * MM, 28 * MM, 34 * MM]
        if doc.show_delivered:
            header.append("Ore erogate")
            widths = [50 * MM, 21 * MM, 23 * MM, 26 * MM, 27 * MM, 23 * MM]
        rows: list[list[Any]] = []
        for r in doc.rows:
            row: list[Any] = [
                r.label,
                hours_text(r.planned_hours),
                euro(r.hourly_rate),
                euro(r.value),
                hours_text(r.cap_hours),
            ]
            if doc.show_delivered:
                row.append(hours_text(r.delivered_hours))
            rows.append(row)
        total: list[Any] = [
            para("Totale", st["cell_bold"]),
            para(hours_text(doc.total_hours), _bold_right(st)),
            "",
            para(euro(doc.total_value), _bold_right(st)),
            "",
        ]
        if doc.show_delivered:
            total.append(para(hours_text(doc.total_delivered), _bold_right(st)))
        if not rows:
            services.append(
                para("Nessun servizio previsto nel piano di questo percorso.", st["body"])
            )
        else:
            rows.append(total)
            right = range(1, len(header))
            services.append(data_table(rows, widths, header=header, right=right))
            services.append(Spacer(1, 2 * MM))
        notes = []
        if doc.unpriced:
            notes.append(
                f"Per {doc.unpriced} servizi non è indicata la tariffa oraria: il loro valore "
                "non è compreso nel totale."
            )
        if doc.unplanned_hours > 0:
            notes.append(
                f"Ore erogate in servizi fuori dal piano: {hours_text(doc.unplanned_hours)}."
            )
        if doc.show_delivered:
            notes.append(f"Ore erogate aggiornate al {_day(doc.printed_on)}.")
        services += [para(note, st["muted"]) for note in notes]
        parts.append(KeepTogether(services))
        intro = [
            para("Firme", st["h1"]),
            para(
                "Firmando, partecipante e operatori concordano il piano; si può rivedere insieme "
                "durante il percorso.",
                st["body"],
            ),
        ]
        signers = [
            _participant_signer(doc.signer, doc.signer_name, doc.person.full_name),
            f"Il tutor\n{doc.tutor}".rstrip(),
            "Il coordinatore",
        ]
        parts.append(_signatures(intro, signers, width))
        return parts

    return story


def _signatures(intro: Sequence[Any], signers: Sequence[str], width: float) -> Any:
    """The heading and words before the signature lines, kept on one page with them.

    signature_block's own KeepTogether is unpacked (a KeepTogether inside another always
    claims more than a page), and its labels are set at the top of their cells, so that the
    first words under each line are level however many lines a label takes.
    """
    from reportlab.platypus import KeepTogether, Table, TableStyle

    from storage.printing.style import signature_block

    block = signature_block(signers, width)
    content = list(getattr(block, "_content", [block]))
    for flowable in content:
        if isinstance(flowable, Table):
            flowable.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([*intro, *content])


def _h2_next(st: dict[str, Any]) -> Any:
    """A sub-heading that never stays alone at the foot of a page."""
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("h2_next", parent=st["h2"], keepWithNext=1)


def _bold_right(st: dict[str, Any]) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("cell_bold_right", parent=st["cell_bold"], alignment=2)


def _frame(letterhead: Letterhead, title: str, subject: str, code: str, day: date) -> PageFrame:
    """The running header and footer; a long cooperative name is shortened in the header so
    that it does not run into the centred title (the cover prints it whole)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from storage.printing.style import FONT, MM, content_width, register_fonts

    register_fonts()
    name = letterhead.name or "Sportello"
    room = (content_width() - stringWidth(f"{title} · {code}", FONT, 8)) / 2 - 4 * MM
    short = name
    if stringWidth(short, FONT, 8) > room:
        while short and stringWidth(short + "…", FONT, 8) > room:
            short = short[:-1]
        short = short.rstrip(" –-·,") + "…"
    return PageFrame(
        title=title,
        subject=subject,
        author=name,
        header_left=code,
        printed_on=day,
        letterhead_name=short,
    )


def _plan_frame(doc: PlanDocument) -> PageFrame:
    return _frame(
        doc.letterhead,
        "Piano individuale",
        f"Piano di intervento personalizzato · percorso n. {doc.pathway_id} · {doc.programme_code}",
        doc.person.internal_code,
        doc.printed_on,
    )


def render_plan(doc: PlanDocument, out: Path | str) -> int:
    """Draw the plan into a PDF at `out`; return the number of pages."""
    from storage.printing.style import save_pdf

    return save_pdf(out, _plan_story(doc), _plan_frame(doc))


def _export(
    db: Database,
    actor: Actor,
    out: Path | str,
    gather: Callable[[], Any],
    story: Callable[[Any], Callable[[], list[Any]]],
    frame: Callable[[Any], PageFrame],
    summary: Callable[[Any], str],
) -> int:
    """Check the output, gather, lay out; then log and write in one transaction."""
    from storage import audit
    from storage.printing.style import check_output, render_pdf, write_atomically

    path = check_output(out)
    doc = gather()
    data, pages = render_pdf(story(doc), frame(doc))
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            AuditAction.EXPORT,
            "participant",
            doc.person.uuid,
            f"{summary(doc)} pages={pages}",
        )
        write_atomically(path, data)
    return pages


def export_plan(
    db: Database,
    actor: Actor,
    participant: str,
    out: Path | str,
    *,
    pathway_id: int | None = None,
) -> int:
    """Print the individual plan (PIP/PAI) of a participant (codice fiscale or internal code)
    to `out`, logged as an export; return the number of pages."""
    return _export(
        db,
        actor,
        out,
        lambda: plan_document(db, actor, participant, pathway_id=pathway_id),
        _plan_story,
        _plan_frame,
        lambda d: f"plan pdf pathway={d.pathway_id} lines={len(d.rows)}",
    )


# --------------------------------------------------------------------------- 2. intake sheet


@dataclass(frozen=True)
class IntakeSheet:
    """Everything the intake sheet (scheda di presa in carico) prints."""

    letterhead: Letterhead
    person: PersonHeading
    sex: Sex | None
    birth_place: str
    citizenship: str
    residence_permit_expiry: date | None
    phone: str  # as people read it
    email: str
    address: str
    postcode: str
    municipality: str
    domicile: str
    desk: str
    education_level: EducationLevel | None
    isced_band: IscedBand | None
    employment_condition: EmploymentCondition | None
    did_date: date | None
    months_unemployed: int | None
    benefit: Benefit | None
    referrer: Referrer | None
    target_groups: tuple[TargetGroup, ...]
    l68_registered: bool
    l68_date: date | None
    l68_cpi: str
    invalidity_percent: int | None
    l68_category: L68Category | None
    driving_licence: bool
    own_transport: bool
    availability_notes: str
    accessibility_needs: str
    pathway_label: str  # «GOL – … dal 02/02/2026», empty without a pathway
    tutor: str
    intake: IntakeInterview | None
    signer: ConsentSigner | None
    signer_name: str | None
    printed_on: date
    printed_by: str


def intake_sheet_document(db: Database, actor: Actor, participant: str) -> IntakeSheet:
    """Gather the intake sheet of a participant (codice fiscale or internal code)."""
    from sqlalchemy import select

    from models.entities import Desk, FundingProgramme
    from storage.services.access import require_participant
    from storage.services.admin import get_letterhead
    from storage.services.lookup import participant_by_code

    require(actor, RECORD_PRINTERS, "stampare la scheda di presa in carico")
    letterhead = get_letterhead(db, actor)
    with db.transaction(write=False) as session:
        person = participant_by_code(session, participant)
        require_participant(session, actor, person.id, "stampare la scheda di presa in carico")
        pathway = _pick_pathway(session, person, None)
        pathway_label = tutor = ""
        if pathway is not None:
            programme = session.get(FundingProgramme, pathway.programme_id)
            code = f"{programme.code} – {programme.name}" if programme else ""
            pathway_label = f"{code}, dal {_day(pathway.start_date)}" + (
                f" ({PATHWAY_STATUS_LABELS[pathway.status].lower()})"
                if pathway.status is not PathwayStatus.OPEN
                else ""
            )
            tutor = _user_name(session, pathway.tutor_id)
        desk = ""
        if person.desk_id is not None:
            row = session.execute(
                select(Desk.name, Desk.municipality).where(Desk.id == person.desk_id)
            ).first()
            if row is not None:
                desk = str(row[0]) if row[1] in row[0] else f"{row[0]} ({row[1]})"
                if not desk.lower().startswith("sportello"):
                    desk = f"sportello {desk}"
        consent = _current_consent(session, person)
        order = list(TargetGroup)
        return IntakeSheet(
            letterhead=letterhead,
            person=_heading(person),
            sex=person.sex,
            birth_place=person.birth_place or "",
            citizenship=person.citizenship or "",
            residence_permit_expiry=person.residence_permit_expiry,
            phone=display_phone(person.phone),
            email=person.email or "",
            address=person.address or "",
            postcode=person.postcode or "",
            municipality=person.municipality or "",
            domicile=person.domicile or "",
            desk=desk,
            education_level=person.education_level,
            isced_band=person.isced_band,
            employment_condition=person.employment_condition,
            did_date=person.did_date,
            months_unemployed=person.months_unemployed,
            benefit=person.benefit,
            referrer=person.referrer,
            target_groups=tuple(sorted((g.group for g in person.target_groups), key=order.index)),
            l68_registered=bool(person.l68_registered),
            l68_date=person.l68_date,
            l68_cpi=person.l68_cpi or "",
            invalidity_percent=person.invalidity_percent,
            l68_category=person.l68_category,
            driving_licence=bool(person.driving_licence),
            own_transport=bool(person.own_transport),
            availability_notes=person.availability_notes or "",
            accessibility_needs=person.accessibility_needs or "",
            pathway_label=pathway_label,
            tutor=tutor,
            intake=_intake(session, pathway),
            signer=consent.signer if consent is not None else None,
            signer_name=consent.signer_name if consent is not None else None,
            printed_on=date.today(),
            printed_by=actor.full_name or actor.username,
        )


def _label(labels: dict[Any, str], value: Any) -> str:
    return "" if value is None else labels.get(value, str(value))


def _intake_story(doc: IntakeSheet) -> Callable[[], list[Any]]:
    from reportlab.platypus import KeepTogether, Spacer

    from storage.printing.style import (
        MM,
        content_width,
        letterhead_block,
        para,
        styles,
    )

    def story() -> list[Any]:
        st = styles()
        width = content_width()
        label = 52 * MM
        parts: list[Any] = letterhead_block(doc.letterhead, width)
        parts.append(para("Scheda di presa in carico", st["title"]))
        parts.append(
            para(
                f"{doc.person.full_name} · {doc.person.internal_code}"
                + (f" · {doc.desk}" if doc.desk else ""),
                st["subtitle"],
            )
        )

        def section(title: str, pairs: list[tuple[str, str]]) -> None:
            parts.append(KeepTogether([para(title, st["h1"]), _fields_table(pairs, width, label)]))

        birth = _day(doc.person.birth_date)
        if doc.birth_place:
            birth = f"{birth}, {doc.birth_place}" if birth else doc.birth_place
        identity = [
            *_person_pairs(doc.person)[:3],
            ("Sesso", _label(SEX_LABELS, doc.sex)),
            ("Data e luogo di nascita", birth),
            ("Cittadinanza", doc.citizenship),
        ]
        if doc.residence_permit_expiry:
            identity.append(
                ("Permesso di soggiorno valido fino al", _day(doc.residence_permit_expiry))
            )
        section("Dati anagrafici", identity)
        town = " ".join(p for p in (doc.postcode, doc.municipality) if p)
        section(
            "Contatti e residenza",
            [
                ("Telefono", doc.phone),
                ("E-mail", doc.email),
                ("Residenza", ", ".join(p for p in (doc.address, town) if p)),
                ("Domicilio (se diverso)", doc.domicile),
            ],
        )
        education = _label(EDUCATION_LABELS, doc.education_level)
        if doc.isced_band is not None:
            band = ISCED_LABELS.get(doc.isced_band, str(doc.isced_band))
            education = f"{education} ({band})" if education else band
        section(
            "Istruzione e condizione occupazionale",
            [
                ("Titolo di studio", education),
                ("Condizione occupazionale", _label(EMPLOYMENT_LABELS, doc.employment_condition)),
                ("DID (dichiarazione di immediata disponibilità)", _day(doc.did_date)),
                (
                    "Mesi di disoccupazione",
                    "" if doc.months_unemployed is None else str(doc.months_unemployed),
                ),
                ("Sostegno al reddito", _label(BENEFIT_LABELS, doc.benefit)),
            ],
        )
        section(
            "Invio e gruppi target",
            [
                ("Servizio inviante", _label(REFERRER_LABELS, doc.referrer)),
                (
                    "Gruppi target",
                    ", ".join(TARGET_GROUP_LABELS.get(g, str(g)) for g in doc.target_groups),
                ),
                ("Percorso", doc.pathway_label),
                ("Tutor", doc.tutor),
            ],
        )
        l68: list[tuple[str, str]] = [
            ("Iscritto/a al collocamento mirato", _yes_no(doc.l68_registered))
        ]
        if doc.l68_registered or doc.invalidity_percent is not None or doc.l68_category:
            l68 += [
                ("Data di iscrizione", _day(doc.l68_date)),
                ("Centro per l’impiego", doc.l68_cpi),
                (
                    "Percentuale di invalidità",
                    "" if doc.invalidity_percent is None else f"{doc.invalidity_percent}%",
                ),
                ("Categoria", _label(L68_CATEGORY_LABELS, doc.l68_category)),
            ]
        section("Legge 68/99 (collocamento mirato)", l68)
        parts.append(Spacer(1, 2 * MM))
        parts.append(
            para(
                "Si riportano solo la percentuale e la categoria, mai la patologia "
                "(art. 9 GDPR, principio di minimizzazione).",
                st["muted"],
            )
        )
        section(
            "Disponibilità e accessibilità",
            [
                ("Patente di guida", _yes_no(doc.driving_licence)),
                ("Mezzo proprio", _yes_no(doc.own_transport)),
                ("Disponibilità (giorni, orari, spostamenti)", doc.availability_notes),
                ("Bisogni di accessibilità", doc.accessibility_needs),
            ],
        )
        parts.append(para("Colloquio di presa in carico", st["h1"]))
        if doc.intake is None:
            parts.append(
                para("Il colloquio di presa in carico non è ancora registrato.", st["body"])
            )
        else:
            held = f"Svolto il {_day(doc.intake.day)}, durata {doc.intake.minutes} minuti"
            if doc.intake.operator:
                held += f", con {doc.intake.operator}"
            if doc.intake.place:
                held += f", presso {doc.intake.place}"
            parts.append(para(held + ".", st["muted"]))
            for heading, text in doc.intake.sections:
                parts.append(para(heading, _h2_next(st)))
                parts.append(para(text, st["note"]))
        intro = [
            para("Firme", st["h1"]),
            para(
                "Il/la partecipante conferma che i dati riportati sono corretti e completi.",
                st["body"],
            ),
        ]
        signers = [
            _participant_signer(doc.signer, doc.signer_name, doc.person.full_name),
            f"L’operatore\n{doc.printed_by}",
        ]
        parts.append(_signatures(intro, signers, width))
        return parts

    return story


def _intake_frame(doc: IntakeSheet) -> PageFrame:
    return _frame(
        doc.letterhead,
        "Scheda di presa in carico",
        "Scheda di presa in carico",
        doc.person.internal_code,
        doc.printed_on,
    )


def render_intake_sheet(doc: IntakeSheet, out: Path | str) -> int:
    """Draw the intake sheet into a PDF at `out`; return the number of pages."""
    from storage.printing.style import save_pdf

    return save_pdf(out, _intake_story(doc), _intake_frame(doc))


def export_intake_sheet(db: Database, actor: Actor, participant: str, out: Path | str) -> int:
    """Print the intake sheet of a participant to `out`, logged as an export; return pages."""
    return _export(
        db,
        actor,
        out,
        lambda: intake_sheet_document(db, actor, participant),
        _intake_story,
        _intake_frame,
        lambda d: "intake sheet pdf",
    )


# --------------------------------------------------------------------------- 3. privacy notice


@dataclass(frozen=True)
class PrivacyNoticeDocument:
    """The privacy notice filled for one person, with the consents as currently recorded."""

    letterhead: Letterhead
    person: PersonHeading
    notice: NoticeText
    retention: str  # the sentence of section 7
    referrer: Referrer | None
    items: tuple[ConsentItem, ...]
    recorded_on: date | None  # the consent the boxes come from
    recorded_version: str | None
    signer: ConsentSigner | None
    signer_name: str | None
    printed_on: date
    printed_by: str
    withdrawn_on: date | None = None  # the last consent, withdrawn, when none is in force
    programmes: tuple[tuple[str, str, int], ...] = field(default_factory=tuple)

    def section_texts(self) -> list[tuple[str, str]]:
        """The notice's sections with the controller, contacts and retention filled in."""
        lh = self.letterhead
        contacts = ", ".join(
            p for p in (lh.address, f"tel. {lh.phone}" if lh.phone else "", lh.email) if p
        )
        values = {
            "controller": lh.name or "la cooperativa che gestisce lo sportello",
            "controller_address": f", con sede in {lh.address}" if lh.address else "",
            "contacts": contacts or "lo sportello presso cui avete firmato questa informativa",
            "retention": self.retention,
        }
        return [(title, text.format(**values)) for title, text in self.notice.sections]


def _retention_sentence(programmes: Sequence[tuple[str, str, int]]) -> str:
    if not programmes:
        return (
            "Teniamo i dati per il tempo richiesto dal programma che finanzia il vostro "
            "percorso, per i controlli dell’ente finanziatore: di norma 5 anni dalla fine "
            "dell’anno in cui il programma è chiuso e pagato."
        )
    parts = [f"per il programma {code}, {years} anni" for code, _funder, years in programmes]
    return (
        "Teniamo i dati per i controlli dell’ente finanziatore: "
        + "; ".join(parts)
        + ", dalla fine dell’anno in cui il programma è chiuso e pagato."
    )


def privacy_notice_document(db: Database, actor: Actor, participant: str) -> PrivacyNoticeDocument:
    """Gather the privacy notice of a participant, with the consents last recorded."""
    from sqlalchemy import select

    from models.entities import Consent, FundingProgramme, Pathway
    from storage.services.access import Level, require_participant
    from storage.services.admin import get_letterhead
    from storage.services.lookup import participant_by_code

    require(actor, EVERYONE, "stampare l’informativa privacy")
    letterhead = get_letterhead(db, actor)
    with db.transaction(write=False) as session:
        person = participant_by_code(session, participant)
        # Operators collect the signature at registration: identity level is enough.
        require_participant(
            session, actor, person.id, "stampare l’informativa privacy", Level.IDENTITY
        )
        programmes = tuple(
            (str(code), str(funder), int(years))
            for code, funder, years in session.execute(
                select(
                    FundingProgramme.code, FundingProgramme.funder, FundingProgramme.retention_years
                )
                .where(
                    FundingProgramme.id.in_(
                        select(Pathway.programme_id).where(Pathway.participant_id == person.id)
                    )
                )
                .order_by(FundingProgramme.code)
            )
        )
        consent = _current_consent(session, person)
        withdrawn = None
        if consent is None:
            withdrawn = session.scalar(
                select(Consent.withdrawn_on)
                .where(Consent.participant_id == person.id)
                .order_by(Consent.signed_on.desc(), Consent.id.desc())
            )
        referrer = person.referrer
        suffix = f" ({REFERRER_LABELS[referrer]})" if referrer not in (None, Referrer.SELF) else ""
        items = tuple(
            ConsentItem(
                name,
                text.format(referrer=suffix),
                bool(getattr(consent, name)) if consent is not None else None,
            )
            for name, text in CONSENT_TEXTS
        )
        return PrivacyNoticeDocument(
            letterhead=letterhead,
            person=_heading(person),
            notice=PRIVACY_NOTICE,
            retention=_retention_sentence(programmes),
            referrer=referrer,
            items=items,
            recorded_on=consent.signed_on if consent is not None else None,
            recorded_version=consent.notice_version if consent is not None else None,
            signer=consent.signer if consent is not None else None,
            signer_name=consent.signer_name if consent is not None else None,
            printed_on=date.today(),
            printed_by=actor.full_name or actor.username,
            withdrawn_on=withdrawn,
            programmes=programmes,
        )


def _box(ticked: bool) -> str:
    return BOX_TICKED if ticked else BOX_EMPTY


def _privacy_story(doc: PrivacyNoticeDocument) -> Callable[[], list[Any]]:
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    from storage.printing.style import (
        FONT,
        MM,
        content_width,
        letterhead_block,
        para,
        styles,
    )

    def story() -> list[Any]:
        st = styles()
        width = content_width()
        box_style = ParagraphStyle("box", parent=st["body"], leading=16)
        h2 = _h2_next(st)

        def boxes(text: str) -> Any:
            """A line with check boxes drawn a little larger than the words."""
            marked = escape(text)
            for glyph in (BOX_EMPTY, BOX_TICKED):
                marked = marked.replace(glyph, f'<font size="14">{glyph}</font>')
            return Paragraph(marked.replace("\n", "<br/>"), box_style)

        parts: list[Any] = letterhead_block(doc.letterhead, width)
        parts.append(para(doc.notice.title, st["title"]))
        parts.append(
            para(
                f"art. 13 del Regolamento (UE) 2016/679 · versione {doc.notice.version}",
                st["subtitle"],
            )
        )
        parts.append(para(doc.notice.intro, st["body"]))
        for title, text in doc.section_texts():
            parts.append(para(title, h2))
            parts.append(para(text, st["body"]))

        consent_parts: list[Any] = [para("Consensi", st["h1"])]
        who = f"La persona interessata, {doc.person.full_name} (codice {doc.person.internal_code}"
        if doc.person.codice_fiscale:
            who += f", codice fiscale {doc.person.codice_fiscale}"
        consent_parts.append(
            para(
                who + "), o chi la rappresenta, dichiara di aver ricevuto e compreso "
                f"l’informativa (versione {doc.notice.version}) e, per ciascun punto:",
                st["body"],
            )
        )
        if doc.recorded_on is not None:
            state = (
                f"Le caselle riportano i consensi registrati il {_day(doc.recorded_on)} "
                f"(informativa versione {doc.recorded_version})."
            )
            if doc.recorded_version != doc.notice.version:
                state += " L’informativa è cambiata da allora: i consensi vanno confermati."
        elif doc.withdrawn_on is not None:
            state = (
                f"I consensi precedenti sono stati revocati il {_day(doc.withdrawn_on)}: "
                "le caselle sono da compilare."
            )
        else:
            state = "Nessun consenso registrato: le caselle sono da compilare."
        consent_parts.append(para(state, st["muted"]))
        parts += consent_parts
        rows = []
        for n, item in enumerate(doc.items, start=1):
            yes = item.given is True
            no = item.given is False
            rows.append(
                [
                    para(f"{n}.", st["cell_bold"]),
                    para(item.text, st["cell"]),
                    boxes(f"{_box(yes)} Acconsento\n{_box(no)} Non acconsento"),
                ]
            )
        table = Table(rows, colWidths=[8 * MM, width - 8 * MM - 44 * MM, 44 * MM])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, "#9AA1AB"),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        parts.append(table)

        signer_line = "Chi firma:\u00a0\u00a0" + "\u00a0\u00a0\u00a0\u00a0 ".join(
            f"{_box(doc.signer is kind)} {text}" for kind, text in SIGNER_LABELS.items()
        )
        name_line = "Nome e cognome di chi firma, se non è la persona interessata: " + (
            doc.signer_name
            if doc.signer_name and doc.signer is not ConsentSigner.PERSON
            else "______________________________"
        )
        intro = [para("Firma", st["h1"]), boxes(signer_line), para(name_line, st["body"])]
        signers = [
            "Firma della persona interessata\no di chi la rappresenta",
            f"L’operatore che raccoglie il consenso\n{doc.printed_by}",
        ]
        parts.append(_signatures(intro, signers, width))
        return parts

    return story


def _privacy_frame(doc: PrivacyNoticeDocument) -> PageFrame:
    return _frame(
        doc.letterhead,
        "Informativa privacy",
        f"Informativa privacy e consensi · versione {doc.notice.version}",
        doc.person.internal_code,
        doc.printed_on,
    )


def render_privacy_notice(doc: PrivacyNoticeDocument, out: Path | str) -> int:
    """Draw the privacy notice with the consent boxes into a PDF at `out`; return pages."""
    from storage.printing.style import save_pdf

    return save_pdf(out, _privacy_story(doc), _privacy_frame(doc))


def export_privacy_notice(db: Database, actor: Actor, participant: str, out: Path | str) -> int:
    """Print the privacy notice and consents of a participant to `out`, logged; return pages."""
    return _export(
        db,
        actor,
        out,
        lambda: privacy_notice_document(db, actor, participant),
        _privacy_story,
        _privacy_frame,
        lambda d: f"privacy notice pdf version={d.notice.version}",
    )
