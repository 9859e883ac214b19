"""The participant dossier (fascicolo del percorso individuale), full or redacted, as a PDF.

Two steps, as for the agenda: `dossier_document` gathers plain data (testable without drawing),
`render_dossier` draws it with the shared style (storage/printing/style.py). `export_dossier`
does both for the command line and the GUI, and records one audit EXPORT event.

Who may print it, and what each version holds (decisions where the issue was silent):

- tutors, coordinators and administrators; an operator may not (the dossier holds tutoring
  notes). A tutor only for a participant of their caseload (the current tutor of one of their
  pathways, or their own intake without a pathway: storage/services/access.py); after a change
  of tutor the former tutor no longer prints it.
- Confidential notes appear only in the FULL version printed by a coordinator or an
  administrator, marked «riservata». Never in a tutor's export (not even the tutor's own
  confidential notes: the dossier leaves the desk), never in a redacted one.
- The consents that count are those of the latest signed privacy notice not withdrawn.
  Contacts (phone, e-mail, address) need its «contatti» consent in either version; the redacted
  version, which goes to a host company or another service, also needs a consent to
  communicate (to the referring service or to companies).
- The redacted version leaves out: the Law 68/99 block and the accessibility needs, confidential
  notes, the intake interview's text (it records barriers and support needs), contacts not
  consented and, without the art. 9 consent, the target groups and the referring service that
  reveal health or disability (disability, autism spectrum; collocamento mirato, CPS, UONPIA,
  SerD). A UEPE referral (a judicial measure, art. 10 GDPR) is never in it. Its cover says so.
- A participant whose record is restricted (erasure requested during the retention period,
  art. 18 GDPR) gets only the full version, printed by a coordinator or an administrator (to
  keep on file or defend a claim); no redacted copy leaves the cooperative.
- Header and footer carry the internal code only: never the name or the codice fiscale; the
  PDF's metadata neither. The redacted version keeps the non-confidential notes, the pathways'
  closure reasons and the internships' interruption reasons (the issue lists what to leave out).

Speed (tests/perf/bench_dossier.py: 300 notes, 100 appointments, 2 pathways, 28 pages, about
0.27 s): `save_pdf` lays the story out twice for «pagina X di Y», so the table of contents is
filled from the first layout (`_contents`) instead of ReportLab's multi-pass one, which would
double that again; notes are one-font paragraphs; table text that fits its cell on one line is
drawn as a plain string (`_table`), the rest wraps as usual.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from models.enums import (
    AuditAction,
    EmploymentCondition,
    PathwayStatus,
    Referrer,
    Role,
    TargetGroup,
)
from models.errors import PermissionDenied, ValidationError
from models.labels import (
    APPLICATION_STATUS_LABELS,
    APPOINTMENT_STATUS,
    CHANNEL_LABELS,
    COUNTERPART_LABELS,
    EDUCATION_LABELS,
    EMPLOYMENT_LABELS,
    INTERNSHIP_OUTCOME_LABELS,
    INTERNSHIP_TYPE_LABELS,
    KIND_LABELS,
    L68_CATEGORY_LABELS,
    MEETING_MODE_LABELS,
    OUTCOME_TYPE_LABELS,
    PATHWAY_STATUS_LABELS,
    REFERRER_LABELS,
    SERVICE_LABELS,
    SEX_LABELS,
    TARGET_GROUP_LABELS,
)
from models.rows import Actor
from models.text import number_it
from storage.engine import Database
from storage.printing.style import Letterhead
from storage.services.common import require

PRINTERS = frozenset({Role.TUTOR, Role.COORDINATOR, Role.ADMIN})
CONFIDENTIAL_READERS = frozenset({Role.COORDINATOR, Role.ADMIN})
TITLE = "Fascicolo del percorso individuale"
NO_PATHWAY = "Nessun percorso aperto finora."
BLANK = "……………………"  # a name to write by hand on the signature block

# Italian names of the codes (models/labels.py), by the names this module has always used.
SEX_NAMES = SEX_LABELS
PATHWAY_STATUS_NAMES = PATHWAY_STATUS_LABELS
REFERRER_NAMES = REFERRER_LABELS
GROUP_NAMES = TARGET_GROUP_LABELS
CATEGORY_NAMES = L68_CATEGORY_LABELS
EDUCATION_NAMES = EDUCATION_LABELS
CONDITION_NAMES = EMPLOYMENT_LABELS
# What reveals health or disability (art. 9 GDPR): only with that consent in a redacted copy.
HEALTH_GROUPS = frozenset({TargetGroup.DISABILITY, TargetGroup.AUTISM})
HEALTH_REFERRERS = frozenset(
    {Referrer.TARGETED_PLACEMENT, Referrer.CPS, Referrer.UONPIA, Referrer.SERD}
)
JUDICIAL_REFERRERS = frozenset({Referrer.UEPE})  # art. 10 GDPR: never in a redacted copy


# --------------------------------------------------------------------------- plain data


@dataclass(frozen=True)
class TutorSpell:
    """Who followed a pathway from which date."""

    name: str
    from_date: date


@dataclass(frozen=True)
class HoursLine:
    """One service of a pathway: planned, delivered and the programme's cap (hours)."""

    service: str
    planned: str  # «6», «7,5», «—»
    delivered: str
    cap: str
    over_cap: bool  # delivered past the cap (a coordinator's override)


@dataclass(frozen=True)
class DossierPathway:
    id: int
    programme_code: str
    programme_name: str
    funder: str
    start_date: date
    planned_end: date | None
    end_date: date | None
    status: PathwayStatus
    closure_reason: str | None
    tutors: tuple[TutorSpell, ...]
    hours: tuple[HoursLine, ...]
    planned_total: str
    delivered_total: str
    intake: str | None  # the intake interview as written (full version only)

    @property
    def status_name(self) -> str:
        return PATHWAY_STATUS_NAMES[self.status]


@dataclass(frozen=True)
class DossierAppointment:
    start: datetime
    minutes: int
    kind: str
    desk: str
    operator: str
    status: str


@dataclass(frozen=True)
class DossierNote:
    day: date
    counterpart: str
    mode: str
    author: str
    text: str
    next_steps: str | None
    next_step_due: date | None
    confidential: bool
    programme_code: str | None


@dataclass(frozen=True)
class DossierCourse:
    title: str
    edition_code: str
    town: str
    start_date: date
    end_date: date | None
    attended_minutes: int
    scheduled_minutes: int
    share: float | None
    passes_75: bool


@dataclass(frozen=True)
class DossierApplication:
    applied_on: date | None
    company: str
    role: str
    channel: str
    status: str


@dataclass(frozen=True)
class DossierInternship:
    company: str
    type: str
    site: str | None
    start_date: date
    end_date: date  # the effective end (extension included)
    extended: bool
    hours_per_week: int
    company_tutor: str | None
    promoter_tutor: str | None
    outcome: str
    interruption_reason: str | None


@dataclass(frozen=True)
class DossierOutcome:
    type: str
    employer: str | None
    occupation: str | None
    start_date: date
    months: int | None
    hours_per_week: int | None
    days_to_first_job: int | None
    is_first_job: bool
    pathway_id: int | None = None


@dataclass(frozen=True)
class DossierDocument:
    """Everything one dossier prints, already filtered for its version and its reader."""

    letterhead: Letterhead
    participant_uuid: str  # for the audit trail only: never printed
    internal_code: str
    name: str
    redacted: bool
    printed_on: date
    printed_by: str
    identity: tuple[tuple[str, str], ...]
    contacts: tuple[tuple[str, str], ...]
    contacts_note: str | None  # why contacts are missing, when they are
    situation: tuple[tuple[str, str], ...]  # referrer, target groups, education, employment
    l68: tuple[tuple[str, str], ...] | None  # None: left out (redacted version)
    consents: str
    left_out: tuple[str, ...]  # what the redacted version does not hold, for its cover
    pathways: tuple[DossierPathway, ...]
    appointments: tuple[DossierAppointment, ...]
    notes: tuple[DossierNote, ...]
    notes_rule: str  # which notes are in, said under the notes
    courses: tuple[DossierCourse, ...]
    applications: tuple[DossierApplication, ...]
    internships: tuple[DossierInternship, ...]
    outcomes: tuple[DossierOutcome, ...]
    tutor_name: str | None  # the current (or last) tutor, for the signature block
    signers: tuple[str, ...] = field(default=())

    @property
    def version(self) -> str:
        return "versione ridotta" if self.redacted else "versione completa"

    @property
    def estimated_pages(self) -> int:
        """A rough page count before drawing: a table of contents pays off from about five."""
        lines = (
            len(self.appointments)
            + len(self.applications)
            + 2 * (len(self.internships) + len(self.outcomes) + len(self.courses))
            + sum(3 + len(p.tutors) + len(p.hours) for p in self.pathways)
        )
        return 1 + lines // 38 + len(self.notes) // 9 + 1


# --------------------------------------------------------------------------- gathering


def _d(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "—"


def _hours(value: object | None) -> str:
    return "—" if value is None else number_it(value)


def dossier_document(
    db: Database,
    actor: Actor,
    participant: str | int,
    *,
    redacted: bool = False,
    today: date | None = None,
) -> DossierDocument:
    """Gather one participant's dossier (codice fiscale, internal code or id), filtered for the
    version and the reader (see the module's docstring). ValidationError (field «participant»)
    for an unknown person, PermissionDenied for an operator or a tutor who does not follow them.
    """
    from sqlalchemy import select

    from models.entities import (
        Consent,
        FundingProgramme,
        Participant,
        Pathway,
        ServiceDelivery,
        TutorAssignment,
        TutoringNote,
        User,
    )
    from storage.services.access import require_participant
    from storage.services.admin import get_letterhead
    from storage.services.agenda import list_appointments
    from storage.services.courses import participant_courses
    from storage.services.intake import INTAKE_MARK
    from storage.services.jobsearch import list_applications
    from storage.services.lookup import participant_by_code
    from storage.services.placements import list_internships, list_outcomes
    from storage.services.tutoring import pathway_hours

    require(actor, PRINTERS, "stampare il fascicolo di un partecipante")
    day = today or date.today()
    full_reader = actor.role in CONFIDENTIAL_READERS and not redacted
    with db.transaction(write=False) as session:
        if isinstance(participant, int):
            person = session.get(Participant, participant)
            if person is None:
                raise ValidationError(
                    "participant", f"la persona n. {participant} non esiste.", label="Partecipante"
                )
        else:
            person = participant_by_code(session, participant)
        # The caseload rule (storage/services/access.py): the current tutor, or staff.
        require_participant(session, actor, person.id, "stampare il fascicolo di questa persona")
        if person.restricted and (redacted or actor.role not in CONFIDENTIAL_READERS):
            raise PermissionDenied(
                "La persona ha chiesto la cancellazione dei dati: il trattamento è limitato e "
                "il fascicolo lo stampa solo un coordinatore, in versione completa, agli atti."
            )
        consent = session.scalar(
            select(Consent)
            .where(Consent.participant_id == person.id, Consent.withdrawn_on.is_(None))
            .order_by(Consent.signed_on.desc(), Consent.id.desc())
            .limit(1)
        )
        art9 = bool(consent and consent.art9_consent)
        contact_ok = bool(consent and consent.contact_consent)
        share_ok = bool(consent and (consent.share_referrer or consent.share_companies))
        left_out: list[str] = []
        if redacted:
            left_out += [
                "i dati del collocamento mirato (L. 68/99) e le esigenze di accessibilità",
                "le note riservate",
                "il testo del colloquio di presa in carico",
            ]

        identity = (
            ("Codice fiscale", person.codice_fiscale or "—"),
            ("Nato/a il", _d(person.birth_date)),
            ("Luogo di nascita", person.birth_place or "—"),
            ("Sesso", SEX_NAMES.get(person.sex, "—") if person.sex else "—"),
            ("Cittadinanza", person.citizenship or "—"),
        )
        contacts: tuple[tuple[str, str], ...] = ()
        contacts_note: str | None = None
        if not contact_ok:
            contacts_note = "Contatti non riportati: manca il consenso ai contatti."
        elif redacted and not share_ok:
            contacts_note = (
                "Contatti non riportati: manca il consenso alla comunicazione a enti o aziende."
            )
        else:
            from models.validation import display_phone

            place = " ".join(p for p in (person.postcode, person.municipality) if p)
            address = ", ".join(p for p in (person.address, place) if p)
            contacts = (
                ("Telefono", display_phone(person.phone) if person.phone else "—"),
                ("E-mail", person.email or "—"),
                ("Indirizzo", address or "—"),
            )
        if redacted and contacts_note:
            left_out.append("i contatti, non coperti dal consenso")

        groups = sorted(g.group for g in person.target_groups)
        if redacted and not art9 and any(g in HEALTH_GROUPS for g in groups):
            groups = [g for g in groups if g not in HEALTH_GROUPS]
            left_out.append(
                "i gruppi target che rivelano dati sulla salute (manca il consenso art. 9)"
            )
        referrer = REFERRER_NAMES[person.referrer] if person.referrer else "—"
        if redacted and person.referrer in JUDICIAL_REFERRERS:
            referrer = "non riportato"
            left_out.append("l'ente inviante (dato giudiziario)")
        elif redacted and not art9 and person.referrer in HEALTH_REFERRERS:
            referrer = "non riportato"
            left_out.append(
                "l'ente inviante, che rivela dati sulla salute (manca il consenso art. 9)"
            )
        situation = [
            ("Ente inviante", referrer),
            ("Gruppi target", ", ".join(GROUP_NAMES[g] for g in groups) or "—"),
            (
                "Titolo di studio",
                EDUCATION_NAMES[person.education_level] if person.education_level else "—",
            ),
        ]
        condition = (
            CONDITION_NAMES[person.employment_condition] if person.employment_condition else "—"
        )
        if person.employment_condition is EmploymentCondition.UNEMPLOYED:
            if person.did_date:
                condition += f" (DID del {_d(person.did_date)})"
            if person.months_unemployed is not None:
                condition += f", da {person.months_unemployed} mesi"
        situation.append(("Condizione occupazionale", condition))

        l68: tuple[tuple[str, str], ...] | None = None
        if not redacted:
            rows = [("Iscritto/a al collocamento mirato", "sì" if person.l68_registered else "no")]
            if person.l68_registered or person.l68_date or person.l68_cpi:
                rows += [
                    ("Data di iscrizione", _d(person.l68_date)),
                    ("Centro per l'impiego", person.l68_cpi or "—"),
                ]
            if person.invalidity_percent is not None:
                rows.append(("Percentuale di invalidità", f"{person.invalidity_percent}%"))
            if person.l68_category is not None:
                rows.append(("Categoria", CATEGORY_NAMES[person.l68_category]))
            if person.accessibility_needs:
                rows.append(("Esigenze di accessibilità", person.accessibility_needs))
            l68 = tuple(rows)

        if consent is None:
            consents = "Nessuna informativa privacy firmata e valida."
        else:
            yes = {True: "sì", False: "no"}
            consents = (
                f"Informativa {consent.notice_version} firmata il {_d(consent.signed_on)}. "
                f"Consensi: dati art. 9 {yes[bool(consent.art9_consent)]}, contatti "
                f"{yes[bool(consent.contact_consent)]}, comunicazione all'ente inviante "
                f"{yes[bool(consent.share_referrer)]}, alle aziende "
                f"{yes[bool(consent.share_companies)]}."
            )

        heads = session.execute(
            select(Pathway, FundingProgramme.code, FundingProgramme.name, FundingProgramme.funder)
            .join(FundingProgramme, FundingProgramme.id == Pathway.programme_id)
            .where(Pathway.participant_id == person.id)
            .order_by(Pathway.start_date, Pathway.id)
        ).all()
        spells: dict[int, list[TutorSpell]] = {}
        for pathway_id, name, since in session.execute(
            select(TutorAssignment.pathway_id, User.full_name, TutorAssignment.from_date)
            .join(User, User.id == TutorAssignment.tutor_id)
            .join(Pathway, Pathway.id == TutorAssignment.pathway_id)
            .where(Pathway.participant_id == person.id)
            .order_by(TutorAssignment.from_date, TutorAssignment.id)
        ):
            spells.setdefault(pathway_id, []).append(TutorSpell(name, since))
        intakes: dict[int, str] = {}
        if not redacted:
            for pathway_id, text in session.execute(
                select(ServiceDelivery.pathway_id, ServiceDelivery.note)
                .join(Pathway, Pathway.id == ServiceDelivery.pathway_id)
                .where(
                    Pathway.participant_id == person.id,
                    ServiceDelivery.note.contains(INTAKE_MARK),
                )
                .order_by(ServiceDelivery.date, ServiceDelivery.id)
            ):
                intakes.setdefault(pathway_id, text)
        current_tutor = session.scalar(
            select(User.full_name)
            .join(Pathway, Pathway.tutor_id == User.id)
            .where(Pathway.participant_id == person.id)
            .order_by(Pathway.start_date.desc(), Pathway.id.desc())
            .limit(1)
        )

        notes_query = (
            select(TutoringNote, User.full_name, FundingProgramme.code)
            .join(User, User.id == TutoringNote.author_id)
            .outerjoin(Pathway, Pathway.id == TutoringNote.pathway_id)
            .outerjoin(FundingProgramme, FundingProgramme.id == Pathway.programme_id)
            .where(TutoringNote.participant_id == person.id)
            .order_by(TutoringNote.date, TutoringNote.start_time, TutoringNote.id)
        )
        if not full_reader:
            notes_query = notes_query.where(TutoringNote.confidential.is_(False))
        notes = tuple(
            DossierNote(
                n.date,
                COUNTERPART_LABELS[n.counterpart],
                MEETING_MODE_LABELS[n.mode],
                author,
                n.text,
                n.next_steps,
                n.next_step_due,
                bool(n.confidential),
                programme,
            )
            for n, author, programme in session.execute(notes_query)
        )
        person_id, code, uuid = person.id, person.internal_code, person.uuid
        name = f"{person.last_name} {person.first_name}"

    pathways = []
    for pathway, code_p, name_p, funder in heads:
        hours = pathway_hours(db, actor, pathway.id)
        pathways.append(
            DossierPathway(
                id=pathway.id,
                programme_code=code_p,
                programme_name=name_p,
                funder=funder,
                start_date=pathway.start_date,
                planned_end=pathway.planned_end,
                end_date=pathway.end_date,
                status=pathway.status,
                closure_reason=pathway.closure_reason,
                tutors=tuple(spells.get(pathway.id, ())),
                hours=tuple(
                    HoursLine(
                        SERVICE_LABELS[line.service_type],
                        _hours(line.planned_hours) if line.planned_hours else "—",
                        _hours(line.delivered_hours),
                        _hours(line.cap_hours),
                        line.remaining_hours is not None and line.remaining_hours < 0,
                    )
                    for line in hours.lines
                ),
                planned_total=_hours(hours.planned_total),
                delivered_total=_hours(hours.delivered_total),
                intake=intakes.get(pathway.id),
            )
        )
    appointments = tuple(
        DossierAppointment(
            a.start,
            a.minutes,
            KIND_LABELS[a.kind],
            a.desk_name,
            a.operator_name,
            APPOINTMENT_STATUS[a.status],
        )
        for a in list_appointments(db, actor, participant_id=person_id)
    )
    courses = tuple(
        DossierCourse(
            c.course_title,
            c.edition_code,
            c.town,
            c.start_date,
            c.end_date,
            c.attended_minutes,
            c.scheduled_minutes,
            c.share,
            c.passes_75,
        )
        for c in reversed(participant_courses(db, actor, person_id, today=day))
    )
    applications = tuple(
        DossierApplication(
            a.applied_on,
            a.company_name,
            a.role,
            CHANNEL_LABELS[a.channel],
            APPLICATION_STATUS_LABELS[a.status],
        )
        for a in sorted(
            list_applications(db, actor, code),
            key=lambda a: (a.applied_on or date.max, a.id),
        )
    )
    internships = tuple(
        DossierInternship(
            i.company_name,
            INTERNSHIP_TYPE_LABELS[i.type],
            i.site,
            i.start_date,
            i.effective_end,
            i.extended_to is not None,
            i.hours_per_week,
            i.company_tutor,
            i.promoter_tutor,
            INTERNSHIP_OUTCOME_LABELS[i.outcome],
            i.interruption_reason,
        )
        for i in reversed(list_internships(db, actor, participant=person_id))
    )
    outcomes = tuple(
        DossierOutcome(
            OUTCOME_TYPE_LABELS[o.type],
            o.employer,
            o.occupation,
            o.start_date,
            o.months,
            o.hours_per_week,
            o.days_to_first_job,
            o.is_first_job,
            o.pathway_id,
        )
        for o in reversed(list_outcomes(db, actor, participant=person_id))
    )
    if full_reader:
        notes_rule = "Le note riservate sono segnate «riservata»."
    elif redacted:
        notes_rule = "Versione ridotta: le note riservate non sono riportate."
    else:
        notes_rule = (
            "Le note riservate non sono riportate: compaiono solo nel fascicolo completo "
            "stampato da un coordinatore."
        )
    return DossierDocument(
        letterhead=get_letterhead(db, actor),
        participant_uuid=uuid,
        internal_code=code,
        name=name,
        redacted=redacted,
        printed_on=day,
        printed_by=actor.full_name or actor.username,
        identity=identity,
        contacts=contacts,
        contacts_note=contacts_note,
        situation=tuple(situation),
        l68=l68,
        consents=consents,
        left_out=tuple(left_out),
        pathways=tuple(pathways),
        appointments=appointments,
        notes=notes,
        notes_rule=notes_rule,
        courses=courses,
        applications=applications,
        internships=internships,
        outcomes=outcomes,
        tutor_name=current_tutor,
        signers=(
            f"Il/la partecipante\n{name}",
            f"Il/la tutor\n{current_tutor or BLANK}",
            "Il/la coordinatore/trice\n"
            + ((actor.full_name or BLANK) if actor.role is Role.COORDINATOR else BLANK),
        ),
    )


# --------------------------------------------------------------------------- drawing


def _pairs(rows: Sequence[tuple[str, str]], width: float) -> Any:
    """A two-column label/value table."""
    from storage.printing.style import data_table, para, styles

    st = styles()
    return data_table(
        [[para(label, st["cell_bold"]), value] for label, value in rows],
        [width * 0.34, width * 0.66],
    )


def _box(lines: Sequence[str], width: float) -> Any:
    """The redacted version's notice: a framed, shaded box on the cover."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    from storage.printing.style import ACCENT, FONT, para, styles

    st = styles()
    cells = [[para(lines[0], st["cell_bold"])]] + [[para(line, st["cell"])] for line in lines[1:]]
    box = Table(cells, colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor(ACCENT)),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF6E0")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        )
    )
    return box


SECTIONS = (
    "Percorsi",
    "Appuntamenti",
    "Note di tutoraggio",
    "Corsi di gruppo",
    "Candidature",
    "Tirocini",
    "Esiti",
    "Firme",
)


def _marker(pages: dict[str, int], key: str) -> Any:
    """A flowable of no size that notes the page it lands on (for the table of contents)."""
    from reportlab.platypus import Flowable

    class Marker(Flowable):  # type: ignore[misc]
        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            pages[key] = self.canv.getPageNumber()

    return Marker()


def _contents(pages: dict[str, int], width: float) -> Any:
    """The table of contents, filled from the pages the first layout found.

    `save_pdf` lays the story out twice (to print «pagina X di Y»); the contents take the same
    room in both (a page of their own, one line per section, «00» until the pages are known), so
    the second layout puts every section where the first found it. This costs no extra layout,
    where ReportLab's multi-pass contents would double the work of a long dossier."""
    from storage.printing.style import data_table, para, styles

    st = styles()
    return data_table(
        [
            [para(title, st["body"]), para(str(pages.get(title, "00")), st["cell_right"])]
            for title in SECTIONS
        ],
        [width * 0.85, width * 0.15],
        header=["Sezione", "Pagina"],
    )


def _note(n: DossierNote, styles_: dict[str, Any]) -> list[Any]:
    """One note: a bold head, the text, the next steps in italics. Plain paragraphs of one font
    each lay out much faster than one paragraph with mixed fonts or a group kept together; a
    conditional page break keeps the head from being left alone at the foot of a page."""
    from reportlab.platypus import CondPageBreak

    from storage.printing.style import MM, para

    where = f" · {n.programme_code}" if n.programme_code else ""
    head = f"{_d(n.day)} · {n.counterpart} · {n.mode} · {n.author}{where}"
    if n.confidential:
        head += " · «riservata»"
    parts = [CondPageBreak(12 * MM), para(head, styles_["head"])]
    if n.next_steps:
        due = f" (entro il {_d(n.next_step_due)})" if n.next_step_due else ""
        parts += [
            para(n.text, styles_["text"]),
            para(f"Prossimi passi{due}: {n.next_steps}", styles_["next"]),
        ]
    else:
        parts.append(para(n.text, styles_["last"]))
    return parts


class _Plain:
    """A table cell drawn as a plain string (ReportLab draws any non-flowable with `str`):
    a tenth of a paragraph's cost, for the text that fits its column on one line."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text


def _table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header: Sequence[str],
    right: Sequence[int] = (),
) -> Any:
    """`style.data_table`, with the text that fits its cell on one line drawn as a plain string
    in the cells' font and size (long tables lay out three times faster); longer text still
    wraps as a paragraph."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import TableStyle

    from storage.printing.style import FONT, data_table, styles

    cell = styles()["cell"]
    room = [w - 12 - 1 for w in widths]  # ReportLab's default 6-point side paddings
    plain_rows = [
        [
            _Plain(v)
            if isinstance(v, str)
            and "\n" not in v
            and stringWidth(v, FONT, cell.fontSize) <= room[i]
            else v
            for i, v in enumerate(row)
        ]
        for row in rows
    ]
    table = data_table(plain_rows, widths, header=header, right=right)
    commands: list[tuple[Any, ...]] = [
        ("FONTSIZE", (0, 1), (-1, -1), cell.fontSize),
        ("LEADING", (0, 1), (-1, -1), cell.leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), cell.textColor),
    ]
    commands += [("ALIGN", (c, 1), (c, -1), "RIGHT") for c in right]
    table.setStyle(TableStyle(commands))
    return table


def _story(doc: DossierDocument, pages: dict[str, int] | None) -> list[Any]:
    """The flowables of the dossier; with `pages`, a table of contents after the cover."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

    from storage.printing.style import (
        FONT_ITALIC,
        MM,
        content_width,
        letterhead_block,
        para,
        signature_block,
        styles,
    )

    st = styles()
    width = content_width()
    found: dict[str, int] = pages if pages is not None else {}

    def section(title: str) -> list[Any]:
        return [para(title, st["h1"]), _marker(found, title)]

    story: list[Any] = letterhead_block(doc.letterhead, width)
    story += [
        para(TITLE, st["title"]),
        para(
            f"{doc.name} · codice {doc.internal_code} · {doc.version} · "
            f"stampato il {_d(doc.printed_on)}",
            st["subtitle"],
        ),
    ]
    if doc.redacted:
        story += [
            _box(
                [
                    "VERSIONE RIDOTTA per un'azienda ospitante o un altro servizio",
                    "Questo fascicolo non contiene:",
                    *(f"• {item}" for item in doc.left_out),
                    "Il fascicolo completo resta agli atti della cooperativa.",
                ],
                width,
            ),
            Spacer(1, 4 * MM),
        ]
    story += [para("Dati anagrafici", st["h2"]), _pairs(doc.identity, width)]
    story.append(para("Contatti", st["h2"]))
    if doc.contacts:
        story.append(_pairs(doc.contacts, width))
    if doc.contacts_note:
        story.append(para(doc.contacts_note, st["muted"]))
    story += [para("Presa in carico", st["h2"]), _pairs(doc.situation, width)]
    if doc.l68 is not None:
        story += [
            KeepTogether(
                [para("Collocamento mirato (L. 68/99)", st["h2"]), _pairs(doc.l68, width)]
            ),
            para("Si registrano percentuale e categoria, mai una diagnosi.", st["muted"]),
        ]
    story += [para("Privacy e consensi", st["h2"]), para(doc.consents, st["body"])]
    story.append(PageBreak())  # the cover stands alone; the sections start on a new page
    if pages is not None:
        story += [para("Indice", st["title"]), _contents(pages, width), PageBreak()]

    # Pathways.
    story += section("Percorsi")
    if not doc.pathways:
        story.append(para(NO_PATHWAY, st["body"]))
    for p in doc.pathways:
        head = f"{p.programme_code} – {p.programme_name}"
        facts = [
            ("Ente finanziatore", p.funder),
            ("Stato", p.status_name),
            ("Inizio", _d(p.start_date)),
            ("Fine prevista", _d(p.planned_end)),
        ]
        if p.end_date:
            facts.append(("Chiuso il", _d(p.end_date)))
        if p.closure_reason:
            facts.append(("Motivo della chiusura", p.closure_reason))
        results = [o for o in doc.outcomes if o.pathway_id == p.id]
        if results:
            facts.append(("Esito", "; ".join(f"{o.type} dal {_d(o.start_date)}" for o in results)))
        tutors = "; ".join(f"{t.name} dal {_d(t.from_date)}" for t in p.tutors) or "—"
        facts.append(("Tutor", tutors))
        block: list[Any] = [para(head, st["h2"]), _pairs(facts, width), Spacer(1, 2 * MM)]
        if p.hours:
            rows: list[list[Any]] = [
                [h.service, h.planned, h.delivered + (" *" if h.over_cap else ""), h.cap]
                for h in p.hours
            ]
            rows.append(
                [
                    para("Totale", st["cell_bold"]),
                    para(p.planned_total, st["cell_right"]),
                    para(p.delivered_total, st["cell_right"]),
                    "",
                ]
            )
            block.append(
                _table(
                    rows,
                    [width * 0.52, width * 0.16, width * 0.16, width * 0.16],
                    header=["Servizio", "Ore previste", "Ore svolte", "Massimo"],
                    right=(1, 2, 3),
                )
            )
            if any(h.over_cap for h in p.hours):
                block.append(
                    para(
                        "* oltre il massimo del programma, con il motivo del coordinatore.",
                        st["muted"],
                    )
                )
        else:
            block.append(para("Nessun servizio previsto o svolto.", st["muted"]))
        story.append(KeepTogether(block))
        if p.intake:
            story += [
                para("Colloquio di presa in carico", st["h2"]),
                para(p.intake, st["note"]),
            ]

    story.append(CondPageBreak(40 * MM))
    story += section("Appuntamenti")
    if doc.appointments:
        story.append(
            _table(
                [
                    [
                        f"{a.start:%d/%m/%Y %H:%M}",
                        a.kind,
                        a.desk,
                        a.operator,
                        a.status,
                    ]
                    for a in doc.appointments
                ],
                [width * 0.2, width * 0.26, width * 0.21, width * 0.18, width * 0.15],
                header=["Data e ora", "Tipo", "Sportello", "Operatore", "Stato"],
            )
        )
    else:
        story.append(para("Nessun appuntamento.", st["body"]))

    story.append(CondPageBreak(40 * MM))
    story += section("Note di tutoraggio")
    story.append(para(doc.notes_rule, st["muted"]))
    if not doc.notes:
        story.append(para("Nessuna nota.", st["body"]))
    note_styles = {
        "head": st["cell_bold"],
        "text": st["cell"],
        "last": ParagraphStyle("dossier_note", parent=st["cell"], spaceAfter=7),
        "next": ParagraphStyle(
            "dossier_next", parent=st["cell"], fontName=FONT_ITALIC, spaceAfter=7
        ),
    }
    for n in doc.notes:
        story += _note(n, note_styles)

    story.append(CondPageBreak(40 * MM))
    story += section("Corsi di gruppo")
    if doc.courses:
        story.append(
            _table(
                [
                    [
                        f"{c.title} ({c.edition_code})",
                        c.town,
                        f"{_d(c.start_date)} – {_d(c.end_date)}",
                        f"{number_it(round(c.attended_minutes / 60, 1))} / "
                        f"{number_it(round(c.scheduled_minutes / 60, 1))}",
                        "—" if c.share is None else f"{number_it(round(c.share * 100))}%",
                        "sì" if c.passes_75 else "no",
                    ]
                    for c in doc.courses
                ],
                [
                    width * 0.30,
                    width * 0.14,
                    width * 0.22,
                    width * 0.13,
                    width * 0.10,
                    width * 0.11,
                ],
                header=["Corso", "Sede", "Date", "Ore freq. / previste", "Quota", "Oltre 75%"],
                right=(3, 4),
            )
        )
        story.append(
            para(
                "Quota di presenza: ore frequentate sulle ore degli incontri già svolti dalla "
                "data di iscrizione; supera il 75% chi ne frequenta almeno tre quarti.",
                st["muted"],
            )
        )
    else:
        story.append(para("Nessun corso di gruppo.", st["body"]))

    story.append(CondPageBreak(40 * MM))
    story += section("Candidature")
    if doc.applications:
        story.append(
            _table(
                [
                    [_d(a.applied_on), a.company, a.role, a.channel, a.status]
                    for a in doc.applications
                ],
                [width * 0.14, width * 0.26, width * 0.24, width * 0.2, width * 0.16],
                header=["Inviata il", "Azienda", "Ruolo", "Canale", "Stato"],
            )
        )
    else:
        story.append(para("Nessuna candidatura.", st["body"]))

    story.append(CondPageBreak(40 * MM))
    story += section("Tirocini")
    if doc.internships:
        rows = []
        for i in doc.internships:
            outcome = i.outcome + (f": {i.interruption_reason}" if i.interruption_reason else "")
            tutors = " / ".join(t for t in (i.company_tutor, i.promoter_tutor) if t) or "—"
            period = f"{_d(i.start_date)} – {_d(i.end_date)}" + (
                " (prorogato)" if i.extended else ""
            )
            rows.append(
                [
                    i.company + (f"\n{i.site}" if i.site and i.site != i.company else ""),
                    i.type,
                    period,
                    str(i.hours_per_week),
                    tutors,
                    outcome,
                ]
            )
        story.append(
            _table(
                rows,
                [
                    width * 0.22,
                    width * 0.13,
                    width * 0.2,
                    width * 0.08,
                    width * 0.19,
                    width * 0.18,
                ],
                header=[
                    "Azienda",
                    "Tipo",
                    "Periodo",
                    "Ore sett.",
                    "Tutor aziendale / promotore",
                    "Esito",
                ],
                right=(3,),
            )
        )
    else:
        story.append(para("Nessun tirocinio.", st["body"]))

    story.append(CondPageBreak(40 * MM))
    story += section("Esiti")
    if doc.outcomes:
        rows = []
        for o in doc.outcomes:
            detail = ", ".join(
                t
                for t in (
                    o.occupation,
                    f"{o.months} mesi" if o.months else None,
                    f"{o.hours_per_week} ore/sett." if o.hours_per_week else None,
                )
                if t
            )
            if o.days_to_first_job is None:
                days = "—"
            else:
                days = f"{o.days_to_first_job}" + (" (primo lavoro)" if o.is_first_job else "")
            rows.append([o.type, o.employer or "—", detail or "—", _d(o.start_date), days])
        story.append(
            _table(
                rows,
                [width * 0.18, width * 0.24, width * 0.24, width * 0.15, width * 0.19],
                header=[
                    "Esito",
                    "Datore di lavoro",
                    "Dettagli",
                    "Inizio",
                    "Giorni al primo lavoro",
                ],
                right=(4,),
            )
        )
        story.append(
            para(
                "Giorni al primo lavoro: dalla fine del percorso all'inizio del primo lavoro "
                "(0 se iniziato prima della fine; vuoto finché il percorso è aperto).",
                st["muted"],
            )
        )
    else:
        story.append(para("Nessun esito registrato.", st["body"]))

    story.append(CondPageBreak(60 * MM))
    story += section("Firme")
    story.append(
        para(
            f"Fascicolo ({doc.version}) stampato il {_d(doc.printed_on)} da {doc.printed_by}.",
            st["body"],
        )
    )
    story.append(signature_block(list(doc.signers), width))
    return story


def render_dossier(doc: DossierDocument, out: Path | str) -> int:
    """Draw the dossier into `out` (checked first, written atomically); return its pages.

    A table of contents is added when the dossier runs long (about five pages or more)."""
    from storage.printing.style import PageFrame, save_pdf

    pages: dict[str, int] | None = {} if doc.estimated_pages >= 5 else None
    title = "Fascicolo ridotto" if doc.redacted else "Fascicolo"
    frame = PageFrame(
        title=title,
        subject=f"{TITLE} {doc.internal_code} ({doc.version})",
        author=doc.letterhead.name or "Sportello",
        header_left=doc.internal_code,
        printed_on=doc.printed_on,
        letterhead_name=doc.letterhead.name,
    )
    return save_pdf(out, lambda: _story(doc, pages), frame)


def export_dossier(
    db: Database,
    actor: Actor,
    participant: str | int,
    out: Path | str,
    *,
    redacted: bool = False,
    today: date | None = None,
) -> int:
    """Check the output, gather, draw, and record one audit EXPORT event; return the pages.

    The audit summary holds only the kind of document («dossier» or «dossier redatto»)."""
    from storage import audit
    from storage.printing.style import check_output

    path = check_output(out)
    doc = dossier_document(db, actor, participant, redacted=redacted, today=today)
    pages = render_dossier(doc, path)
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            AuditAction.EXPORT,
            "participant",
            doc.participant_uuid,
            "dossier redatto" if redacted else "dossier",
        )
    return pages
