"""Enumerations of the domain (shared/DOMAIN.md), stored by their English code values.

Italian labels for people live in gui/labels.py so that they go through Qt's translation.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OPERATOR = "operator"
    TUTOR = "tutor"
    COORDINATOR = "coordinator"
    ADMIN = "admin"


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


class Referrer(StrEnum):
    CPI = "cpi"
    TARGETED_PLACEMENT = "targeted_placement"
    SOCIAL_SERVICES = "social_services"
    CPS = "cps"
    UONPIA = "uonpia"
    SERD = "serd"
    UEPE = "uepe"
    INFORMAGIOVANI = "informagiovani"
    SELF = "self"
    OTHER = "other"


class TargetGroup(StrEnum):
    DISABILITY = "disability"
    AUTISM = "autism"
    VULNERABLE_FAMILY = "vulnerable_family"
    YOUNG = "young"
    THIRD_COUNTRY = "third_country"
    HOMELESS = "homeless"
    OTHER = "other"


class L68Category(StrEnum):
    CIVIL_INVALID = "civil_invalid"
    WORK_INVALID = "work_invalid"
    BLIND = "blind"
    DEAF = "deaf"
    WAR_SERVICE_INVALID = "war_service_invalid"
    ART18 = "art18"


class EmploymentCondition(StrEnum):
    EMPLOYED = "employed"
    UNEMPLOYED = "unemployed"
    INACTIVE = "inactive"
    STUDENT = "student"
    SHORT_TIME = "short_time"


class Benefit(StrEnum):
    NONE = "none"
    NASPI = "naspi"
    DISCOLL = "dis_coll"
    OTHER = "other"


class EducationLevel(StrEnum):
    NONE = "none"
    PRIMARY = "primary"
    LOWER_SECONDARY = "lower_secondary"
    VOCATIONAL = "vocational"
    UPPER_SECONDARY = "upper_secondary"
    POST_SECONDARY = "post_secondary"
    BACHELOR = "bachelor"
    MASTER = "master"
    DOCTORATE = "doctorate"


class IscedBand(StrEnum):
    ISCED_0_2 = "0-2"
    ISCED_3_4 = "3-4"
    ISCED_5_8 = "5-8"


ISCED_BAND: dict[EducationLevel, IscedBand] = {
    EducationLevel.NONE: IscedBand.ISCED_0_2,
    EducationLevel.PRIMARY: IscedBand.ISCED_0_2,
    EducationLevel.LOWER_SECONDARY: IscedBand.ISCED_0_2,
    EducationLevel.VOCATIONAL: IscedBand.ISCED_3_4,
    EducationLevel.UPPER_SECONDARY: IscedBand.ISCED_3_4,
    EducationLevel.POST_SECONDARY: IscedBand.ISCED_3_4,
    EducationLevel.BACHELOR: IscedBand.ISCED_5_8,
    EducationLevel.MASTER: IscedBand.ISCED_5_8,
    EducationLevel.DOCTORATE: IscedBand.ISCED_5_8,
}


class ConsentSigner(StrEnum):
    PERSON = "person"
    GUARDIAN = "guardian"
    SUPPORT_ADMINISTRATOR = "support_administrator"


class AppointmentKind(StrEnum):
    FIRST_CONTACT = "first_contact"
    INTAKE = "intake"
    ORIENTATION = "orientation"
    SKILLS_ASSESSMENT = "skills_assessment"
    JOB_SEARCH = "job_search"
    GROUP_WORKSHOP = "group_workshop"
    INTERNSHIP_TUTORING = "internship_tutoring"
    COMPANY_TUTORING = "company_tutoring"
    COMPANY_VISIT = "company_visit"
    MONITORING = "monitoring"
    CLOSURE = "closure"


class AppointmentMode(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    CONFIRMED = "confirmed"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED_PARTICIPANT = "cancelled_participant"
    CANCELLED_SERVICE = "cancelled_service"
    RESCHEDULED = "rescheduled"


# Statuses that hold the slot: only these take part in overlap checks.
ACTIVE_APPOINTMENT_STATUSES = frozenset(
    {AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED, AppointmentStatus.DONE}
)


class ServiceType(StrEnum):
    RECEPTION = "reception"
    SPECIALIST_INTERVIEW = "specialist_interview"
    PATHWAY_DEFINITION = "pathway_definition"
    SKILLS_ASSESSMENT = "skills_assessment"
    ORIENTATION = "orientation"
    TRAINING = "training"
    INTERNSHIP_TUTORING = "internship_tutoring"
    COMPANY_SCOUTING = "company_scouting"
    JOB_MATCHING = "job_matching"
    JOB_ACCOMPANIMENT = "job_accompaniment"
    COACHING = "coaching"
    COUNSELLING = "counselling"
    ACTIVE_JOB_SEARCH = "active_job_search"
    SUPPORT_NETWORK = "support_network"
    SKILLS_CERTIFICATION = "skills_certification"


class DeliveryMode(StrEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"


class PathwayStatus(StrEnum):
    OPEN = "open"
    SUSPENDED = "suspended"
    CLOSED_POSITIVE = "closed_positive"
    CLOSED_NEGATIVE = "closed_negative"
    WITHDRAWN = "withdrawn"
    LAPSED = "lapsed"


class Counterpart(StrEnum):
    PARTICIPANT = "participant"
    FAMILY = "family"
    COMPANY = "company"
    REFERRER = "referrer"
    PROFESSIONAL = "professional"
    OTHER = "other"


class MeetingMode(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    COMPANY_VISIT = "company_visit"


class ApplicationChannel(StrEnum):
    JOB_PORTAL = "job_portal"
    AGENCY = "agency"
    SPONTANEOUS = "spontaneous"
    CPI = "cpi"
    NETWORK = "network"
    TUTOR_SCOUTING = "tutor_scouting"


class ApplicationStatus(StrEnum):
    TO_SEND = "to_send"
    SENT = "sent"
    INTERVIEW = "interview"
    TEST = "test"
    REJECTED = "rejected"
    OFFER = "offer"
    HIRED = "hired"
    WITHDRAWN = "withdrawn"


class CompanyContactKind(StrEnum):
    CALL = "call"
    VISIT = "visit"
    MEETING = "meeting"
    CONSULTANCY_RULES = "consultancy_rules"
    CONSULTANCY_PROCESSES = "consultancy_processes"
    CONSULTANCY_TOOLS = "consultancy_tools"
    EMAIL = "email"


class CompanySize(StrEnum):
    """EU size classes by employees: micro < 10, small < 50, medium < 250, large."""

    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class InternshipType(StrEnum):
    EXTRACURRICULAR = "extracurricular"
    INCLUSION = "inclusion"


class InternshipOutcome(StrEnum):
    ONGOING = "ongoing"
    COMPLETED = "completed"
    INTERRUPTED = "interrupted"
    CONVERTED = "converted"


class ConventionKind(StrEnum):
    ART14 = "art14"
    ART11 = "art11"
    ART12 = "art12"


class OutcomeType(StrEnum):
    INTERNSHIP = "internship"
    FIXED_TERM = "fixed_term"
    OPEN_ENDED = "open_ended"
    APPRENTICESHIP = "apprenticeship"
    AGENCY = "agency"
    SELF_EMPLOYMENT = "self_employment"
    EDUCATION = "education"
    NONE = "none"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    VIEW = "view"
    EXPORT = "export"
    LOGIN = "login"
    BACKUP = "backup"
    RESTORE = "restore"
    IMPORT = "import"
