"""Examinations (R-RV-1, 2, 5, 6, 7, 10): what an entered or imported examination must hold.

Pure: the service layer brings the examination and decides what to do with the result. `errors`
are values that cannot be stored (the row is refused); `flags` are rule breaks that old records and
hurried entries contain: the row is stored and marked with the rule id (interchange.md "exams").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from klinik_app.domain.dates import age_on
from klinik_app.domain.hsa import InvalidHsaId, parse_hsa_id
from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Text
from klinik_app.domain.ruleset import RuleSet

DENTIST, HYGIENIST, NURSE = "tandlakare", "tandhygienist", "tandskoterska"
ROLES = (DENTIST, HYGIENIST, NURSE)
# R-RV-5: a hygienist's revision counts as a revision; a nurse's tandhälsokontroll never does.
REVISION_ROLES = (DENTIST, HYGIENIST)
ROLE_LABELS = {DENTIST: "Tandläkare", HYGIENIST: "Tandhygienist", NURSE: "Tandsköterska"}

TOBACCO_VALUES = ("ingen", "rokning", "snus", "rokning-och-snus")

# interchange.md "exams": the planned interval is 1-72 months; the age cap is a separate flag (R-RV-2).
MIN_INTERVAL_MONTHS, MAX_INTERVAL_MONTHS = 1, 72
RISK_VALUES = (0, 1, 2)  # R-RV-10 [tolkning]: each domain graded 0, 1 or 2

# Error codes shared with the import report (interchange.md "Import rules").
MISSING, INVALID_VALUE, INVALID_DATE = "saknas", "ogiltigt-varde", "ogiltigt-datum"

RISK_FIELDS = ("caries", "periodontal", "general", "technical")
RISK_LABELS = {"caries": "karies", "periodontal": "parodontit", "general": "allmän", "technical": "teknisk"}


@dataclass(frozen=True, slots=True)
class Risks:
    """R-RV-10: risk 0-2 per domain; None when not graded (a tandhälsokontroll)."""

    caries: int | None = None
    periodontal: int | None = None
    general: int | None = None
    technical: int | None = None

    def values(self) -> tuple[int | None, ...]:
        return tuple(getattr(self, name) for name in RISK_FIELDS)


@dataclass(frozen=True, slots=True)
class ExamInput:
    examined_on: date
    role: str  # tandlakare | tandhygienist | tandskoterska
    examiner_hsa_id: str | None = None
    risks: Risks = field(default_factory=Risks)
    planned_interval_months: int | None = None  # as planned by the examiner, before any cap
    deft: int | None = None
    dft: int | None = None
    tobacco: str | None = None  # ingen | rokning | snus | rokning-och-snus
    bite_check: bool | None = None

    @property
    def is_revision(self) -> bool:
        return self.role in REVISION_ROLES


@dataclass(frozen=True, slots=True)
class ExamIssue:
    """One problem with one field; `field` is the ExamInput attribute (risks as `risk_<domain>`)."""

    field: str
    code: str  # an import error code for errors, the rule id for flags
    rule: str | None
    message: str  # Swedish, names the rule id when there is one


@dataclass(frozen=True, slots=True)
class ExamCheck:
    errors: tuple[ExamIssue, ...]
    flags: tuple[ExamIssue, ...]

    @property
    def ok(self) -> bool:
        """True when the examination can be stored (flags or not)."""
        return not self.errors

    @property
    def flag_rules(self) -> str | None:
        """The rule ids broken, space separated, as stored on the examination ("R-RV-2 R-RV-7")."""
        rules = sorted({f.rule for f in self.flags if f.rule}, key=lambda r: int(r.rsplit("-", 1)[1]))
        return " ".join(rules) or None


def overall_risk(risks: Risks) -> int | None:
    """R-RV-10 [tolkning]: the overall risk group is the highest domain; None until all are graded."""
    values = risks.values()
    if any(v is None for v in values):
        return None
    return max(values)


def suggested_interval(risk_group: int, age: int, rules: RuleSet) -> int:
    """R-RV-10: the rule set's default interval for the risk group, never above the age cap (R-RV-2)."""
    return rules.revision.default_interval_months(risk_group, age)


def capped_interval(planned_months: int, age: int, rules: RuleSet) -> int:
    """R-RV-2 [tolkning]: the interval used for the due date and reported to the region."""
    return min(planned_months, rules.revision.general_cap_months(age))


def check_exam(birth_date: date, exam: ExamInput, rules: RuleSet) -> ExamCheck:
    """Validate one examination of a patient born on `birth_date` (ages at the examination date)."""
    errors: list[ExamIssue] = []
    flags: list[ExamIssue] = []

    def error(name: str, code: str, message: str, rule: str | None = None) -> None:
        errors.append(ExamIssue(name, code, rule, message))

    def flag(name: str, rule: str, message: str) -> None:
        flags.append(ExamIssue(name, rule, rule, message))

    if exam.role not in ROLES:
        error("role", INVALID_VALUE, Text(QT_TRANSLATE_NOOP("domain", "Okänd undersökarroll '{role}'. Ange "
                                                                      "tandläkare, tandhygienist eller tandsköterska."),
                                          role=exam.role))
    if exam.examined_on < birth_date:
        error("examined_on", INVALID_DATE,
              Text(QT_TRANSLATE_NOOP("domain", "Undersökningsdatumet {date} ligger före patientens födelse."),
                   date=exam.examined_on.isoformat()))
    if exam.examiner_hsa_id is not None:
        try:
            parse_hsa_id(exam.examiner_hsa_id)
        except InvalidHsaId as e:
            error("examiner_hsa_id", INVALID_VALUE, Text(e.template, **e.params))

    # Risks and interval: required for a revision (R-RV-1, R-RV-10); never out of range for any row.
    for name, value in zip(RISK_FIELDS, exam.risks.values()):
        label = RISK_LABELS[name]
        if value is None:
            if exam.is_revision:
                error(f"risk_{name}", MISSING, Text(QT_TRANSLATE_NOOP(
                    "domain", "Risk för {area} saknas. En revisionsundersökning bedömer risk 0–2 i alla fyra områden "
                              "(R-RV-10)."), area=label), "R-RV-10")
        elif isinstance(value, bool) or value not in RISK_VALUES:
            error(f"risk_{name}", INVALID_VALUE,
                  Text(QT_TRANSLATE_NOOP("domain", "Risk för {area} är {value!r}; tillåtna värden är 0, 1 och 2 "
                                                   "(R-RV-10)."), area=label, value=value), "R-RV-10")

    interval = exam.planned_interval_months
    if interval is None:
        if exam.is_revision:
            error("planned_interval_months", MISSING, Text(QT_TRANSLATE_NOOP(
                "domain", "Revisionsintervall saknas. Det planerade intervallet ska skrivas in vid varje "
                          "revisionsundersökning (R-RV-1).")), "R-RV-1")
    elif isinstance(interval, bool) or not MIN_INTERVAL_MONTHS <= interval <= MAX_INTERVAL_MONTHS:
        error("planned_interval_months", INVALID_VALUE, Text(QT_TRANSLATE_NOOP(
            "domain", "Revisionsintervallet {interval!r} månader ska vara ett heltal {shortest}–{longest} (R-RV-1)."),
            interval=interval, shortest=MIN_INTERVAL_MONTHS, longest=MAX_INTERVAL_MONTHS), "R-RV-1")

    for name, label in (("deft", "deft"), ("dft", "DFT")):
        value = getattr(exam, name)
        if value is not None and (isinstance(value, bool) or value < 0):
            error(name, INVALID_VALUE, Text(QT_TRANSLATE_NOOP("domain", "{index} är {value!r}; ange ett heltal som "
                                                                        "är 0 eller större."), index=label, value=value))
    if exam.tobacco is not None and exam.tobacco not in TOBACCO_VALUES:
        error("tobacco", INVALID_VALUE, Text(QT_TRANSLATE_NOOP("domain", "Okänt värde för tobak '{value}'. Ange "
                                                                         "ingen, rökning, snus eller rökning och snus."),
                                             value=exam.tobacco))

    if errors:
        return ExamCheck(tuple(errors), ())

    rv = rules.revision
    age = age_on(birth_date, exam.examined_on)
    # R-RV-2 [tolkning]: above the cap is stored as planned and flagged; the cap is used and reported.
    if exam.is_revision and interval is not None:
        cap = rv.general_cap_months(age)
        if interval > cap:
            flag("planned_interval_months", "R-RV-2",
                 Text(QT_TRANSLATE_NOOP("domain", "Planerat revisionsintervall {interval} månader är längre än högst "
                                                  "{cap} månader vid {age} års ålder (R-RV-2). {cap} månader används "
                                                  "för kallelse och rapport till regionen."),
                      interval=interval, cap=cap, age=age))
    # R-RV-7 (L268-270) [tolkning]: "every examination", so a tandhälsokontroll too.
    if rv.requires_tobacco_habits(age) and exam.tobacco is None:
        flag("tobacco", "R-RV-7", Text(QT_TRANSLATE_NOOP("domain", "Tobaksvanor är inte dokumenterade. Från {age} års "
                                                                   "ålder dokumenteras de vid varje undersökning "
                                                                   "(R-RV-7)."), age=rv.tobacco_from_age))
    # R-RV-6: the bite check is a dentist's task at every revision of a 6-13 year old.
    if exam.is_revision and rv.requires_bite_check(age):
        ages = dict(youngest=rv.bite_check_min_age, oldest=rv.bite_check_max_age)
        if exam.role == HYGIENIST:
            flag("role", "R-RV-6", Text(QT_TRANSLATE_NOOP("domain", "Patienten är {age} år: revisionen ska för "
                                                                    "{youngest}–{oldest} år göras av tandläkare med "
                                                                    "bettutvecklingskontroll (R-RV-6)."),
                                        age=age, **ages))
        elif exam.bite_check is not True:
            flag("bite_check", "R-RV-6", Text(QT_TRANSLATE_NOOP("domain", "Bettutvecklingskontroll är inte registrerad. "
                                                                          "Tandläkaren gör den vid varje revision för "
                                                                          "{youngest}–{oldest} år (R-RV-6)."), **ages))
    return ExamCheck((), tuple(flags))
