"""Italian names of the domain's codes for messages and documents made outside the GUI.

The GUI has its own copies in gui/labels.py, marked for Qt's translation; these are for the
storage services' messages, PDFs and exports, which are Italian.
"""

from __future__ import annotations

from models.enums import (
    ApplicationChannel,
    ApplicationStatus,
    AppointmentKind,
    AppointmentMode,
    AppointmentStatus,
    AttendanceStatus,
    Benefit,
    CompanyContactKind,
    CompanySize,
    ConsentSigner,
    ConventionKind,
    Counterpart,
    DeliveryMode,
    EducationLevel,
    EmploymentCondition,
    InternshipOutcome,
    InternshipType,
    IscedBand,
    L68Category,
    MeetingMode,
    OutcomeType,
    PathwayStatus,
    Referrer,
    ServiceType,
    Sex,
    TargetGroup,
)

KIND_LABELS: dict[AppointmentKind, str] = {
    AppointmentKind.FIRST_CONTACT: "Primo contatto",
    AppointmentKind.INTAKE: "Colloquio di presa in carico",
    AppointmentKind.ORIENTATION: "Orientamento",
    AppointmentKind.SKILLS_ASSESSMENT: "Bilancio di competenze",
    AppointmentKind.JOB_SEARCH: "Ricerca attiva del lavoro",
    AppointmentKind.GROUP_WORKSHOP: "Laboratorio di gruppo",
    AppointmentKind.INTERNSHIP_TUTORING: "Tutoraggio tirocinio",
    AppointmentKind.COMPANY_TUTORING: "Tutoraggio con l’azienda",
    AppointmentKind.COMPANY_VISIT: "Visita in azienda",
    AppointmentKind.MONITORING: "Monitoraggio",
    AppointmentKind.CLOSURE: "Chiusura del percorso",
}
MODE_LABELS: dict[AppointmentMode, str] = {
    AppointmentMode.IN_PERSON: "In presenza",
    AppointmentMode.PHONE: "Telefono",
    AppointmentMode.VIDEO: "Video",
}
STATUS_LABELS: dict[AppointmentStatus, str] = {
    AppointmentStatus.BOOKED: "Prenotato",
    AppointmentStatus.CONFIRMED: "Confermato",
    AppointmentStatus.DONE: "Svolto",
    AppointmentStatus.NO_SHOW: "Assente",
    AppointmentStatus.CANCELLED_PARTICIPANT: "Annullato dal partecipante",
    AppointmentStatus.CANCELLED_SERVICE: "Annullato dal servizio",
    AppointmentStatus.RESCHEDULED: "Spostato",
}
# In the middle of a sentence: «assente», «annullato dal servizio».
APPOINTMENT_STATUS: dict[AppointmentStatus, str] = {k: v.lower() for k, v in STATUS_LABELS.items()}

SERVICE_LABELS: dict[ServiceType, str] = {
    ServiceType.RECEPTION: "Accoglienza",
    ServiceType.SPECIALIST_INTERVIEW: "Colloquio specialistico",
    ServiceType.PATHWAY_DEFINITION: "Definizione del percorso",
    ServiceType.SKILLS_ASSESSMENT: "Bilancio di competenze",
    ServiceType.ORIENTATION: "Orientamento",
    ServiceType.TRAINING: "Formazione",
    ServiceType.INTERNSHIP_TUTORING: "Tutoraggio tirocinio",
    ServiceType.COMPANY_SCOUTING: "Scouting aziendale",
    ServiceType.JOB_MATCHING: "Incrocio domanda/offerta",
    ServiceType.JOB_ACCOMPANIMENT: "Accompagnamento al lavoro",
    ServiceType.COACHING: "Coaching",
    ServiceType.COUNSELLING: "Counselling individuale",
    ServiceType.ACTIVE_JOB_SEARCH: "Ricerca attiva del lavoro",
    ServiceType.SUPPORT_NETWORK: "Attivazione della rete di sostegno",
    ServiceType.SKILLS_CERTIFICATION: "Certificazione delle competenze",
}
COUNTERPART_LABELS: dict[Counterpart, str] = {
    Counterpart.PARTICIPANT: "Partecipante",
    Counterpart.FAMILY: "Familiare",
    Counterpart.COMPANY: "Azienda ospitante",
    Counterpart.REFERRER: "Servizio inviante",
    Counterpart.PROFESSIONAL: "Altro professionista",
    Counterpart.OTHER: "Altro",
}
MEETING_MODE_LABELS: dict[MeetingMode, str] = {
    MeetingMode.IN_PERSON: "In presenza",
    MeetingMode.PHONE: "Telefono",
    MeetingMode.VIDEO: "Video",
    MeetingMode.COMPANY_VISIT: "Visita in azienda",
}
DELIVERY_MODE_LABELS: dict[DeliveryMode, str] = {
    DeliveryMode.INDIVIDUAL: "Individuale",
    DeliveryMode.GROUP: "Di gruppo",
}
CHANNEL_LABELS: dict[ApplicationChannel, str] = {
    ApplicationChannel.JOB_PORTAL: "Portale di annunci",
    ApplicationChannel.AGENCY: "Agenzia per il lavoro",
    ApplicationChannel.SPONTANEOUS: "Candidatura spontanea",
    ApplicationChannel.CPI: "Centro per l'impiego",
    ApplicationChannel.NETWORK: "Rete di conoscenze",
    ApplicationChannel.TUTOR_SCOUTING: "Scouting del tutor",
}
APPLICATION_STATUS_LABELS: dict[ApplicationStatus, str] = {
    ApplicationStatus.TO_SEND: "Da inviare",
    ApplicationStatus.SENT: "Inviata",
    ApplicationStatus.INTERVIEW: "Colloquio",
    ApplicationStatus.TEST: "Prova",
    ApplicationStatus.REJECTED: "Respinta",
    ApplicationStatus.OFFER: "Offerta",
    ApplicationStatus.HIRED: "Assunto",
    ApplicationStatus.WITHDRAWN: "Ritirata",
}
CONTACT_KIND_LABELS: dict[CompanyContactKind, str] = {
    CompanyContactKind.CALL: "Telefonata",
    CompanyContactKind.VISIT: "Visita",
    CompanyContactKind.MEETING: "Incontro",
    CompanyContactKind.CONSULTANCY_RULES: "Consulenza sulla normativa",
    CompanyContactKind.CONSULTANCY_PROCESSES: "Consulenza sui processi",
    CompanyContactKind.CONSULTANCY_TOOLS: "Consulenza sugli strumenti",
    CompanyContactKind.EMAIL: "Email",
}
COMPANY_SIZE_LABELS: dict[CompanySize, str] = {
    CompanySize.MICRO: "Micro (meno di 10 addetti)",
    CompanySize.SMALL: "Piccola (10-49)",
    CompanySize.MEDIUM: "Media (50-249)",
    CompanySize.LARGE: "Grande (250 e oltre)",
}
INTERNSHIP_TYPE_LABELS: dict[InternshipType, str] = {
    InternshipType.EXTRACURRICULAR: "Extracurricolare",
    InternshipType.INCLUSION: "Di inclusione",
}
INTERNSHIP_OUTCOME_LABELS: dict[InternshipOutcome, str] = {
    InternshipOutcome.ONGOING: "In corso",
    InternshipOutcome.COMPLETED: "Concluso",
    InternshipOutcome.INTERRUPTED: "Interrotto",
    InternshipOutcome.CONVERTED: "Trasformato in contratto",
}
CONVENTION_KIND_LABELS: dict[ConventionKind, str] = {
    ConventionKind.ART14: "Art. 14 (cooperativa sociale)",
    ConventionKind.ART11: "Art. 11",
    ConventionKind.ART12: "Art. 12",
}
OUTCOME_TYPE_LABELS: dict[OutcomeType, str] = {
    OutcomeType.INTERNSHIP: "Tirocinio",
    OutcomeType.FIXED_TERM: "Tempo determinato",
    OutcomeType.OPEN_ENDED: "Tempo indeterminato",
    OutcomeType.APPRENTICESHIP: "Apprendistato",
    OutcomeType.AGENCY: "Somministrazione",
    OutcomeType.SELF_EMPLOYMENT: "Lavoro autonomo",
    OutcomeType.EDUCATION: "Rientro in formazione",
    OutcomeType.NONE: "Nessuno",
}
ATTENDANCE_LABELS: dict[AttendanceStatus, str] = {
    AttendanceStatus.PRESENT: "Presente",
    AttendanceStatus.ABSENT: "Assente",
    AttendanceStatus.EXCUSED: "Assente giustificato",
}

# The participant's fields, for documents and messages.

SEX_LABELS = {Sex.MALE: "Maschio", Sex.FEMALE: "Femmina"}
EDUCATION_LABELS = {
    EducationLevel.NONE: "Nessun titolo",
    EducationLevel.PRIMARY: "Licenza elementare",
    EducationLevel.LOWER_SECONDARY: "Licenza media",
    EducationLevel.VOCATIONAL: "Qualifica professionale",
    EducationLevel.UPPER_SECONDARY: "Diploma",
    EducationLevel.POST_SECONDARY: "Post-diploma (IFTS/ITS)",
    EducationLevel.BACHELOR: "Laurea triennale",
    EducationLevel.MASTER: "Laurea magistrale",
    EducationLevel.DOCTORATE: "Dottorato",
}
ISCED_LABELS = {
    IscedBand.ISCED_0_2: "ISCED 0–2",
    IscedBand.ISCED_3_4: "ISCED 3–4",
    IscedBand.ISCED_5_8: "ISCED 5–8",
}
EMPLOYMENT_LABELS = {
    EmploymentCondition.EMPLOYED: "Occupato/a",
    EmploymentCondition.UNEMPLOYED: "Disoccupato/a",
    EmploymentCondition.INACTIVE: "Inattivo/a",
    EmploymentCondition.STUDENT: "Studente/studentessa",
    EmploymentCondition.SHORT_TIME: "In cassa integrazione",
}
BENEFIT_LABELS = {
    Benefit.NONE: "Nessuno",
    Benefit.NASPI: "NASpI",
    Benefit.DISCOLL: "DIS-COLL",
    Benefit.OTHER: "Altro",
}
REFERRER_LABELS = {
    Referrer.CPI: "Centro per l’impiego",
    Referrer.TARGETED_PLACEMENT: "Collocamento mirato",
    Referrer.SOCIAL_SERVICES: "Servizi sociali / Ambito",
    Referrer.CPS: "CPS",
    Referrer.UONPIA: "UONPIA",
    Referrer.SERD: "SerD",
    Referrer.UEPE: "UEPE",
    Referrer.INFORMAGIOVANI: "Informagiovani",
    Referrer.SELF: "Accesso spontaneo",
    Referrer.OTHER: "Altro servizio",
}
TARGET_GROUP_LABELS = {
    TargetGroup.DISABILITY: "Disabilità (L. 68/99)",
    TargetGroup.AUTISM: "Spettro autistico",
    TargetGroup.VULNERABLE_FAMILY: "Famiglia vulnerabile",
    TargetGroup.YOUNG: "Giovane 19–39 anni",
    TargetGroup.THIRD_COUNTRY: "Cittadino/a di paese terzo",
    TargetGroup.HOMELESS: "Senza dimora",
    TargetGroup.OTHER: "Altro",
}
L68_CATEGORY_LABELS = {
    L68Category.CIVIL_INVALID: "Invalido civile (> 45%)",
    L68Category.WORK_INVALID: "Invalido del lavoro (> 33%)",
    L68Category.BLIND: "Non vedente",
    L68Category.DEAF: "Sordo",
    L68Category.WAR_SERVICE_INVALID: "Invalido di guerra o per servizio",
    L68Category.ART18: "Categoria protetta (art. 18)",
}
SIGNER_LABELS = {
    ConsentSigner.PERSON: "la persona interessata",
    ConsentSigner.GUARDIAN: "il tutore",
    ConsentSigner.SUPPORT_ADMINISTRATOR: "l’amministratore di sostegno",
}
PATHWAY_STATUS_LABELS = {
    PathwayStatus.OPEN: "Aperto",
    PathwayStatus.SUSPENDED: "Sospeso",
    PathwayStatus.CLOSED_POSITIVE: "Chiuso con esito positivo",
    PathwayStatus.CLOSED_NEGATIVE: "Chiuso con esito negativo",
    PathwayStatus.WITHDRAWN: "Ritirato",
    PathwayStatus.LAPSED: "Decaduto",
}

# Day and month names for documents (not from the system locale, which may not be Italian).
WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MONTHS = (
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
)
