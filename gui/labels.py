"""Italian labels for the domain enumerations, through Qt's translation (context "labels").

The strings are marked with QT_TRANSLATE_NOOP so that lupdate finds them, and translated when
asked for, so that an installed translator (English) takes effect.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.enums import (
    ApplicationChannel,
    ApplicationStatus,
    AppointmentKind,
    AppointmentMode,
    AppointmentStatus,
    AttendanceStatus,
    AuditAction,
    CompanyContactKind,
    CompanySize,
    ConventionKind,
    Counterpart,
    DeliveryMode,
    InternshipOutcome,
    InternshipType,
    MeetingMode,
    OutcomeType,
    PathwayStatus,
    Role,
    ServiceType,
    Sex,
)
from models.rows import OpeningInterval

CONTEXT = "labels"

_ROLES = {
    Role.OPERATOR: QT_TRANSLATE_NOOP("labels", "Operatore"),
    Role.TUTOR: QT_TRANSLATE_NOOP("labels", "Tutor"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("labels", "Coordinatore"),
    Role.ADMIN: QT_TRANSLATE_NOOP("labels", "Amministratore"),
}

_KINDS = {
    AppointmentKind.FIRST_CONTACT: QT_TRANSLATE_NOOP("labels", "Primo contatto"),
    AppointmentKind.INTAKE: QT_TRANSLATE_NOOP("labels", "Colloquio di presa in carico"),
    AppointmentKind.ORIENTATION: QT_TRANSLATE_NOOP("labels", "Orientamento"),
    AppointmentKind.SKILLS_ASSESSMENT: QT_TRANSLATE_NOOP("labels", "Bilancio di competenze"),
    AppointmentKind.JOB_SEARCH: QT_TRANSLATE_NOOP("labels", "Ricerca attiva del lavoro"),
    AppointmentKind.GROUP_WORKSHOP: QT_TRANSLATE_NOOP("labels", "Laboratorio di gruppo"),
    AppointmentKind.INTERNSHIP_TUTORING: QT_TRANSLATE_NOOP("labels", "Tutoraggio tirocinio"),
    AppointmentKind.COMPANY_TUTORING: QT_TRANSLATE_NOOP("labels", "Tutoraggio con l'azienda"),
    AppointmentKind.COMPANY_VISIT: QT_TRANSLATE_NOOP("labels", "Visita in azienda"),
    AppointmentKind.MONITORING: QT_TRANSLATE_NOOP("labels", "Monitoraggio"),
    AppointmentKind.CLOSURE: QT_TRANSLATE_NOOP("labels", "Chiusura"),
}

_MODES = {
    AppointmentMode.IN_PERSON: QT_TRANSLATE_NOOP("labels", "In presenza"),
    AppointmentMode.PHONE: QT_TRANSLATE_NOOP("labels", "Telefono"),
    AppointmentMode.VIDEO: QT_TRANSLATE_NOOP("labels", "Video"),
}

_APPOINTMENT_STATUSES = {
    AppointmentStatus.BOOKED: QT_TRANSLATE_NOOP("labels", "Prenotato"),
    AppointmentStatus.CONFIRMED: QT_TRANSLATE_NOOP("labels", "Confermato"),
    AppointmentStatus.DONE: QT_TRANSLATE_NOOP("labels", "Svolto"),
    AppointmentStatus.NO_SHOW: QT_TRANSLATE_NOOP("labels", "Assente"),
    AppointmentStatus.CANCELLED_PARTICIPANT: QT_TRANSLATE_NOOP(
        "labels", "Annullato dal partecipante"
    ),
    AppointmentStatus.CANCELLED_SERVICE: QT_TRANSLATE_NOOP("labels", "Annullato dal servizio"),
    AppointmentStatus.RESCHEDULED: QT_TRANSLATE_NOOP("labels", "Spostato"),
}

_PATHWAY_STATUSES = {
    PathwayStatus.OPEN: QT_TRANSLATE_NOOP("labels", "Aperto"),
    PathwayStatus.SUSPENDED: QT_TRANSLATE_NOOP("labels", "Sospeso"),
    PathwayStatus.CLOSED_POSITIVE: QT_TRANSLATE_NOOP("labels", "Chiuso con esito positivo"),
    PathwayStatus.CLOSED_NEGATIVE: QT_TRANSLATE_NOOP("labels", "Chiuso con esito negativo"),
    PathwayStatus.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "Ritirato"),
    PathwayStatus.LAPSED: QT_TRANSLATE_NOOP("labels", "Decaduto"),
}

_SEXES = {
    Sex.MALE: QT_TRANSLATE_NOOP("labels", "Maschio"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("labels", "Femmina"),
}

_AUDIT_ACTIONS = {
    AuditAction.CREATE: QT_TRANSLATE_NOOP("labels", "Creazione"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("labels", "Modifica"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("labels", "Eliminazione"),
    AuditAction.VIEW: QT_TRANSLATE_NOOP("labels", "Consultazione"),
    AuditAction.EXPORT: QT_TRANSLATE_NOOP("labels", "Esportazione"),
    AuditAction.LOGIN: QT_TRANSLATE_NOOP("labels", "Accesso"),
    AuditAction.BACKUP: QT_TRANSLATE_NOOP("labels", "Backup"),
    AuditAction.RESTORE: QT_TRANSLATE_NOOP("labels", "Ripristino"),
    AuditAction.IMPORT: QT_TRANSLATE_NOOP("labels", "Importazione"),
}

_WEEKDAYS_SHORT = (
    QT_TRANSLATE_NOOP("labels", "Lun"),
    QT_TRANSLATE_NOOP("labels", "Mar"),
    QT_TRANSLATE_NOOP("labels", "Mer"),
    QT_TRANSLATE_NOOP("labels", "Gio"),
    QT_TRANSLATE_NOOP("labels", "Ven"),
    QT_TRANSLATE_NOOP("labels", "Sab"),
    QT_TRANSLATE_NOOP("labels", "Dom"),
)

_WEEKDAYS_LONG = (
    QT_TRANSLATE_NOOP("labels", "lunedì"),
    QT_TRANSLATE_NOOP("labels", "martedì"),
    QT_TRANSLATE_NOOP("labels", "mercoledì"),
    QT_TRANSLATE_NOOP("labels", "giovedì"),
    QT_TRANSLATE_NOOP("labels", "venerdì"),
    QT_TRANSLATE_NOOP("labels", "sabato"),
    QT_TRANSLATE_NOOP("labels", "domenica"),
)

_COUNTS = {
    "participants": QT_TRANSLATE_NOOP("labels", "Partecipanti"),
    "desks": QT_TRANSLATE_NOOP("labels", "Sportelli"),
    "users": QT_TRANSLATE_NOOP("labels", "Utenti"),
    "appointments": QT_TRANSLATE_NOOP("labels", "Appuntamenti"),
    "pathways": QT_TRANSLATE_NOOP("labels", "Percorsi"),
    "service_deliveries": QT_TRANSLATE_NOOP("labels", "Servizi erogati"),
    "tutoring_notes": QT_TRANSLATE_NOOP("labels", "Note di tutoraggio"),
    "companies": QT_TRANSLATE_NOOP("labels", "Aziende"),
    "audit_events": QT_TRANSLATE_NOOP("labels", "Eventi del registro"),
}

_ENGINES = {
    "sqlite": QT_TRANSLATE_NOOP("labels", "SQLite (file locale)"),
    "postgresql": QT_TRANSLATE_NOOP("labels", "PostgreSQL (server)"),
}


_COUNTERPARTS = {
    Counterpart.PARTICIPANT: QT_TRANSLATE_NOOP("labels", "Partecipante"),
    Counterpart.FAMILY: QT_TRANSLATE_NOOP("labels", "Familiare"),
    Counterpart.COMPANY: QT_TRANSLATE_NOOP("labels", "Azienda ospitante"),
    Counterpart.REFERRER: QT_TRANSLATE_NOOP("labels", "Servizio inviante"),
    Counterpart.PROFESSIONAL: QT_TRANSLATE_NOOP("labels", "Altro professionista"),
    Counterpart.OTHER: QT_TRANSLATE_NOOP("labels", "Altro"),
}

_MEETING_MODES = {
    MeetingMode.IN_PERSON: QT_TRANSLATE_NOOP("labels", "In presenza"),
    MeetingMode.PHONE: QT_TRANSLATE_NOOP("labels", "Telefono"),
    MeetingMode.VIDEO: QT_TRANSLATE_NOOP("labels", "Video"),
    MeetingMode.COMPANY_VISIT: QT_TRANSLATE_NOOP("labels", "Visita in azienda"),
}

_DELIVERY_MODES = {
    DeliveryMode.INDIVIDUAL: QT_TRANSLATE_NOOP("labels", "Individuale"),
    DeliveryMode.GROUP: QT_TRANSLATE_NOOP("labels", "Di gruppo"),
}

_CHANNELS = {
    ApplicationChannel.JOB_PORTAL: QT_TRANSLATE_NOOP("labels", "Portale di annunci"),
    ApplicationChannel.AGENCY: QT_TRANSLATE_NOOP("labels", "Agenzia per il lavoro"),
    ApplicationChannel.SPONTANEOUS: QT_TRANSLATE_NOOP("labels", "Candidatura spontanea"),
    ApplicationChannel.CPI: QT_TRANSLATE_NOOP("labels", "Centro per l'impiego"),
    ApplicationChannel.NETWORK: QT_TRANSLATE_NOOP("labels", "Rete di conoscenze"),
    ApplicationChannel.TUTOR_SCOUTING: QT_TRANSLATE_NOOP("labels", "Scouting del tutor"),
}

_APPLICATION_STATUSES = {
    ApplicationStatus.TO_SEND: QT_TRANSLATE_NOOP("labels", "Da inviare"),
    ApplicationStatus.SENT: QT_TRANSLATE_NOOP("labels", "Inviata"),
    ApplicationStatus.INTERVIEW: QT_TRANSLATE_NOOP("labels", "Colloquio"),
    ApplicationStatus.TEST: QT_TRANSLATE_NOOP("labels", "Prova"),
    ApplicationStatus.REJECTED: QT_TRANSLATE_NOOP("labels", "Respinta"),
    ApplicationStatus.OFFER: QT_TRANSLATE_NOOP("labels", "Offerta"),
    ApplicationStatus.HIRED: QT_TRANSLATE_NOOP("labels", "Assunto"),
    ApplicationStatus.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "Ritirata"),
}

_CONTACT_KINDS = {
    CompanyContactKind.CALL: QT_TRANSLATE_NOOP("labels", "Telefonata"),
    CompanyContactKind.VISIT: QT_TRANSLATE_NOOP("labels", "Visita"),
    CompanyContactKind.MEETING: QT_TRANSLATE_NOOP("labels", "Incontro"),
    CompanyContactKind.CONSULTANCY_RULES: QT_TRANSLATE_NOOP("labels", "Consulenza sulla normativa"),
    CompanyContactKind.CONSULTANCY_PROCESSES: QT_TRANSLATE_NOOP(
        "labels", "Consulenza sui processi"
    ),
    CompanyContactKind.CONSULTANCY_TOOLS: QT_TRANSLATE_NOOP("labels", "Consulenza sugli strumenti"),
    CompanyContactKind.EMAIL: QT_TRANSLATE_NOOP("labels", "Email"),
}

_COMPANY_SIZES = {
    CompanySize.MICRO: QT_TRANSLATE_NOOP("labels", "Micro (meno di 10 addetti)"),
    CompanySize.SMALL: QT_TRANSLATE_NOOP("labels", "Piccola (10-49)"),
    CompanySize.MEDIUM: QT_TRANSLATE_NOOP("labels", "Media (50-249)"),
    CompanySize.LARGE: QT_TRANSLATE_NOOP("labels", "Grande (250 e oltre)"),
}

_INTERNSHIP_TYPES = {
    InternshipType.EXTRACURRICULAR: QT_TRANSLATE_NOOP("labels", "Extracurricolare"),
    InternshipType.INCLUSION: QT_TRANSLATE_NOOP("labels", "Di inclusione"),
}

_INTERNSHIP_OUTCOMES = {
    InternshipOutcome.ONGOING: QT_TRANSLATE_NOOP("labels", "In corso"),
    InternshipOutcome.COMPLETED: QT_TRANSLATE_NOOP("labels", "Concluso"),
    InternshipOutcome.INTERRUPTED: QT_TRANSLATE_NOOP("labels", "Interrotto"),
    InternshipOutcome.CONVERTED: QT_TRANSLATE_NOOP("labels", "Trasformato in contratto"),
}

_CONVENTION_KINDS = {
    ConventionKind.ART14: QT_TRANSLATE_NOOP("labels", "Art. 14 (cooperativa sociale)"),
    ConventionKind.ART11: QT_TRANSLATE_NOOP("labels", "Art. 11"),
    ConventionKind.ART12: QT_TRANSLATE_NOOP("labels", "Art. 12"),
}

_OUTCOME_TYPES = {
    OutcomeType.INTERNSHIP: QT_TRANSLATE_NOOP("labels", "Tirocinio"),
    OutcomeType.FIXED_TERM: QT_TRANSLATE_NOOP("labels", "Tempo determinato"),
    OutcomeType.OPEN_ENDED: QT_TRANSLATE_NOOP("labels", "Tempo indeterminato"),
    OutcomeType.APPRENTICESHIP: QT_TRANSLATE_NOOP("labels", "Apprendistato"),
    OutcomeType.AGENCY: QT_TRANSLATE_NOOP("labels", "Somministrazione"),
    OutcomeType.SELF_EMPLOYMENT: QT_TRANSLATE_NOOP("labels", "Lavoro autonomo"),
    OutcomeType.EDUCATION: QT_TRANSLATE_NOOP("labels", "Rientro in formazione"),
    OutcomeType.NONE: QT_TRANSLATE_NOOP("labels", "Nessuno"),
}

_ATTENDANCE = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("labels", "Presente"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("labels", "Assente"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("labels", "Assente giustificato"),
}

_SERVICES = {
    ServiceType.RECEPTION: QT_TRANSLATE_NOOP("labels", "Accoglienza"),
    ServiceType.SPECIALIST_INTERVIEW: QT_TRANSLATE_NOOP("labels", "Colloquio specialistico"),
    ServiceType.PATHWAY_DEFINITION: QT_TRANSLATE_NOOP("labels", "Definizione del percorso"),
    ServiceType.SKILLS_ASSESSMENT: QT_TRANSLATE_NOOP("labels", "Bilancio di competenze"),
    ServiceType.ORIENTATION: QT_TRANSLATE_NOOP("labels", "Orientamento"),
    ServiceType.TRAINING: QT_TRANSLATE_NOOP("labels", "Formazione"),
    ServiceType.INTERNSHIP_TUTORING: QT_TRANSLATE_NOOP("labels", "Tutoraggio tirocinio"),
    ServiceType.COMPANY_SCOUTING: QT_TRANSLATE_NOOP("labels", "Scouting aziendale"),
    ServiceType.JOB_MATCHING: QT_TRANSLATE_NOOP("labels", "Incrocio domanda/offerta"),
    ServiceType.JOB_ACCOMPANIMENT: QT_TRANSLATE_NOOP("labels", "Accompagnamento al lavoro"),
    ServiceType.COACHING: QT_TRANSLATE_NOOP("labels", "Coaching"),
    ServiceType.COUNSELLING: QT_TRANSLATE_NOOP("labels", "Counselling individuale"),
    ServiceType.ACTIVE_JOB_SEARCH: QT_TRANSLATE_NOOP("labels", "Ricerca attiva del lavoro"),
    ServiceType.SUPPORT_NETWORK: QT_TRANSLATE_NOOP("labels", "Attivazione della rete di sostegno"),
    ServiceType.SKILLS_CERTIFICATION: QT_TRANSLATE_NOOP(
        "labels", "Certificazione delle competenze"
    ),
}


def _t(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def role_label(value: Role) -> str:
    return _t(_ROLES[value])


def appointment_kind_label(value: AppointmentKind) -> str:
    return _t(_KINDS[value])


def appointment_mode_label(value: AppointmentMode) -> str:
    return _t(_MODES[value])


def appointment_status_label(value: AppointmentStatus) -> str:
    return _t(_APPOINTMENT_STATUSES[value])


def pathway_status_label(value: PathwayStatus) -> str:
    return _t(_PATHWAY_STATUSES[value])


def sex_label(value: Sex | None) -> str:
    return _t(_SEXES[value]) if value is not None else ""


def audit_action_label(value: AuditAction) -> str:
    return _t(_AUDIT_ACTIONS[value])


def weekday_short(weekday: int) -> str:
    """Monday is 0, as in Python's date.weekday()."""
    return _t(_WEEKDAYS_SHORT[weekday])


def weekday_long(weekday: int) -> str:
    return _t(_WEEKDAYS_LONG[weekday])


def count_label(key: str) -> str:
    """The Italian name of a table counted by the database information page."""
    return _t(_COUNTS[key]) if key in _COUNTS else key


def engine_label(dialect: str) -> str:
    return _t(_ENGINES[dialect]) if dialect in _ENGINES else dialect


def opening_summary(intervals: Iterable[OpeningInterval]) -> str:
    """Weekly opening hours in a line: "Lun–Mer 09:00–12:30, 14:00–17:00; Ven 09:00–12:30".

    Consecutive days with the same hours are joined into a range.
    """
    by_day: dict[int, list[str]] = {}
    for interval in sorted(intervals, key=lambda i: (i.weekday, i.start)):
        by_day.setdefault(interval.weekday, []).append(f"{interval.start}–{interval.end}")
    runs: list[tuple[int, int, list[str]]] = []
    for day in sorted(by_day):
        hours = by_day[day]
        if runs and runs[-1][1] == day - 1 and runs[-1][2] == hours:
            first, _last, same = runs[-1]
            runs[-1] = (first, day, same)
        else:
            runs.append((day, day, hours))
    parts = []
    for first, last, hours in runs:
        days = weekday_short(first)
        if last != first:
            days += "–" + weekday_short(last)
        parts.append(f"{days} {', '.join(hours)}")
    return "; ".join(parts)


def counterpart_label(value: Counterpart | str) -> str:
    """The label of a Counterpart (or of its stored value)."""
    return _t(_COUNTERPARTS[Counterpart(value)])


def meeting_mode_label(value: MeetingMode | str) -> str:
    """The label of a MeetingMode (or of its stored value)."""
    return _t(_MEETING_MODES[MeetingMode(value)])


def delivery_mode_label(value: DeliveryMode | str) -> str:
    """The label of a DeliveryMode (or of its stored value)."""
    return _t(_DELIVERY_MODES[DeliveryMode(value)])


def application_channel_label(value: ApplicationChannel | str) -> str:
    """The label of a ApplicationChannel (or of its stored value)."""
    return _t(_CHANNELS[ApplicationChannel(value)])


def application_status_label(value: ApplicationStatus | str) -> str:
    """The label of a ApplicationStatus (or of its stored value)."""
    return _t(_APPLICATION_STATUSES[ApplicationStatus(value)])


def contact_kind_label(value: CompanyContactKind | str) -> str:
    """The label of a CompanyContactKind (or of its stored value)."""
    return _t(_CONTACT_KINDS[CompanyContactKind(value)])


def company_size_label(value: CompanySize | str) -> str:
    """The label of a CompanySize (or of its stored value)."""
    return _t(_COMPANY_SIZES[CompanySize(value)])


def internship_type_label(value: InternshipType | str) -> str:
    """The label of a InternshipType (or of its stored value)."""
    return _t(_INTERNSHIP_TYPES[InternshipType(value)])


def internship_outcome_label(value: InternshipOutcome | str) -> str:
    """The label of a InternshipOutcome (or of its stored value)."""
    return _t(_INTERNSHIP_OUTCOMES[InternshipOutcome(value)])


def convention_kind_label(value: ConventionKind | str) -> str:
    """The label of a ConventionKind (or of its stored value)."""
    return _t(_CONVENTION_KINDS[ConventionKind(value)])


def outcome_type_label(value: OutcomeType | str) -> str:
    """The label of a OutcomeType (or of its stored value)."""
    return _t(_OUTCOME_TYPES[OutcomeType(value)])


def attendance_label(value: AttendanceStatus | str) -> str:
    """The label of a AttendanceStatus (or of its stored value)."""
    return _t(_ATTENDANCE[AttendanceStatus(value)])


def service_type_label(value: ServiceType | str) -> str:
    """The label of a ServiceType (or of its stored value)."""
    return _t(_SERVICES[ServiceType(value)])
