"""Who may do what (R-SE-1..3): one table of role x action, shared by the services and the docs.

The services call `services.permissions.require(ctx, ACTION)`; `docs/permissions.md` is generated
from this table (`python -m klinik_app.domain.permissions`) and a test keeps the two equal.
"""

from __future__ import annotations

from dataclasses import dataclass

from klinik_app.domain.examination import DENTIST, HYGIENIST, NURSE

RECEPTION = "reception"
DEVIATION_HANDLER = "avvikelsehandlaggare"
HEAD_OF_CLINIC = "verksamhetschef"
ADMINISTRATOR = "administrator"
# Not staff roles: a `klinik` command run without --user, and Klinik itself (the region's changes).
# The command line trusts the operating-system account with what interchange.md lets it do without
# --user: whoever runs it can already open the database file (or holds the server's credentials).
OS_ACCOUNT = "os-konto"
SYSTEM = "system"

STAFF_ROLES = {
    RECEPTION: "Reception",
    DENTIST: "Tandläkare",
    HYGIENIST: "Tandhygienist",
    NURSE: "Tandsköterska",
    DEVIATION_HANDLER: "Avvikelsehandläggare",
    HEAD_OF_CLINIC: "Verksamhetschef",
    ADMINISTRATOR: "Administratör",
}
ROLE_LABELS = {**STAFF_ROLES, OS_ACCOUNT: "Operativsystemets konto (kommandoraden utan --user)",
               SYSTEM: "Klinik självt (regionens ändringar)"}
# The professions an examination form offers (a staff member's `role` column).
PROFESSIONS = (DENTIST, HYGIENIST, NURSE, RECEPTION)

CARE = frozenset({DENTIST, HYGIENIST, NURSE})
FRONT_DESK = CARE | {RECEPTION}


@dataclass(frozen=True)
class Action:
    id: str
    text: str  # Swedish, completes "Du har inte behörighet att ..."
    roles: frozenset[str]
    why: str = ""


def _action(id: str, text: str, roles, why: str = "") -> Action:
    return Action(id, text, frozenset(roles), why)


PATIENT_READ = _action(
    "patient.read", "läsa patientuppgifter (registret, patientkortet, listor)",
    set(STAFF_ROLES) | {OS_ACCOUNT, SYSTEM},
    "Alla i personalen behöver uppgifterna i sitt arbete; varje läsning loggas och granskas (R-SE-2). "
    "Skyddade personuppgifter visas bara med skäl.")
PATIENT_REGISTER = _action(
    "patient.register", "lista patienter och ändra listningar",
    FRONT_DESK | {HEAD_OF_CLINIC, SYSTEM}, "Regionens ändringar tillämpas av Klinik självt.")
PATIENT_IMPORT = _action(
    "patient.import", "importera patienter och undersökningar från ett tidigare system",
    {HEAD_OF_CLINIC, ADMINISTRATOR, OS_ACCOUNT}, "En engångsflytt av hela kliniken, från kommandoraden.")
EXAM_REVISION = _action(
    "exam.revision", "registrera en revision", {DENTIST, HYGIENIST},
    "R-RV-5: en revision görs av tandläkare eller tandhygienist.")
EXAM_HEALTH_CHECK = _action(
    "exam.health-check", "registrera en tandhälsokontroll", CARE,
    "R-RV-5: tandsköterskans tandhälsokontroll.")
RECALL_MANAGE = _action(
    "recall.manage", "ändra kallelser och skriva ut kallelsebrev", FRONT_DESK | {OS_ACCOUNT},
    "Kallelsebreven kan skrivas ut från kommandoraden (`klinik letters recall`).")
PROTECTED_REVEAL = _action(
    "protected.reveal", "visa skyddade personuppgifter", {DENTIST, HYGIENIST, HEAD_OF_CLINIC},
    "R-TG-4: bara den som behöver; skälet skrivs i åtkomstloggen.")
LISTING_STOP = _action(
    "listing-stop.manage", "besluta om listningsstopp", {HEAD_OF_CLINIC})
REPORT_READ = _action(
    "report.read", "ta fram rapporter (listade per månad)", set(STAFF_ROLES) | {OS_ACCOUNT},
    "Antal, inga enskilda patienter.")
INVOICE_READ = _action(
    "invoice.read", "ta fram fakturaunderlag", {RECEPTION, HEAD_OF_CLINIC},
    "R-TG-4: underlaget för patienter med skyddad identitet namnger dem.")
AUDIT_READ = _action(
    "audit.read", "läsa åtkomstloggen", {HEAD_OF_CLINIC, ADMINISTRATOR},
    "R-SE-2: loggkontrollen görs av verksamhetschefen; administratören hjälper till.")
AUDIT_VERIFY = _action(
    "audit.verify", "kontrollera att åtkomstloggen är oförändrad", {HEAD_OF_CLINIC, ADMINISTRATOR, OS_ACCOUNT},
    "Kontrollen visar inga patientuppgifter.")
AUDIT_SIGN_OFF = _action(
    "audit.sign-off", "signera månadens loggkontroll", {HEAD_OF_CLINIC})
AUDIT_RETENTION = _action(
    "audit.retention", "ändra åtkomstloggens lagringstid", {HEAD_OF_CLINIC, ADMINISTRATOR})
STAFF_MANAGE = _action(
    "staff.manage", "hantera personalkonton och roller", {ADMINISTRATOR})
SETTINGS_MANAGE = _action(
    "settings.manage", "ändra klinikens inställningar", {HEAD_OF_CLINIC, ADMINISTRATOR})
SYNC_RUN = _action(
    "sync.run", "synkronisera med regionen", FRONT_DESK | {HEAD_OF_CLINIC, ADMINISTRATOR, OS_ACCOUNT, SYSTEM},
    "Synkroniseringen kan schemaläggas med `klinik sync` utan --user.")
SYNC_RESOLVE = _action(
    "sync.resolve", "skicka om eller dra tillbaka ändringar som regionen inte tog emot",
    FRONT_DESK | {HEAD_OF_CLINIC, ADMINISTRATOR})
BACKUP_RUN = _action(
    "backup.run", "säkerhetskopiera databasen", FRONT_DESK | {HEAD_OF_CLINIC, ADMINISTRATOR, OS_ACCOUNT, SYSTEM},
    "Klinik gör själv en kopia varje dag och vid avslut.")
BACKUP_RESTORE = _action(
    "backup.restore", "återställa databasen från en säkerhetskopia", {ADMINISTRATOR})
DEVIATION_REPORT = _action(
    "deviation.report", "rapportera avvikelser och läsa avvikelseregistret", set(STAFF_ROLES),
    "R-DV-1, R-DV-5: alla i personalen rapporterar, och ärendena används för lärande. Registret visar "
    "ingen patient.")
DEVIATION_HANDLE = _action(
    "deviation.handle", "utreda och avsluta avvikelser", {DEVIATION_HANDLER, HEAD_OF_CLINIC},
    "R-DV-5: avvikelsehandläggaren driver ärendet; verksamhetschefen ansvarar för avvikelsehanteringen "
    "och kan ta över ett ärende.")
DEVIATION_PATIENT_LINK = _action(
    "deviation.patient-link", "se och koppla patienten till en avvikelse", {DEVIATION_HANDLER},
    "R-DV-1: den som rapporterar ska inte behöva exponera patienten; bara utredaren behöver se vem det "
    "gäller. Varje läsning loggas.")

APPOINTMENT_READ = _action(
    "appointment.read", "se tidboken, åtgärdslistor och uteblivandestatistik", set(STAFF_ROLES) | {OS_ACCOUNT},
    "Tidboken styr hela dagen; varje öppnad patient loggas (R-SE-2).")
APPOINTMENT_BOOK = _action(
    "appointment.book", "boka, flytta och avboka tider och markera utfallet", FRONT_DESK,
    "R-AB-1, R-AB-3: den som bokar skriver vem som godkände tiden och hur.")
APPOINTMENT_IMPORT = _action(
    "appointment.import", "importera tider från ett tidigare system", {HEAD_OF_CLINIC, ADMINISTRATOR, OS_ACCOUNT},
    "En engångsflytt av hela kliniken, från kommandoraden.")
ABSENCE_LETTER = _action(
    "absence.letter", "skriva ut och markera brev om upprepade uteblivanden", FRONT_DESK,
    "R-AB-4: familjen informeras skriftligt.")
CHILD_AT_RISK_DECIDE = _action(
    "child-at-risk.decide", "besluta om orosanmälan efter upprepade uteblivanden", {DENTIST},
    "R-AB-5: en tandläkare bedömer och dokumenterar beslutet.")
TREATMENT_RECORD = _action(
    "treatment.record", "registrera utförda behandlingar och akutbesök", FRONT_DESK,
    "R-TG-4, R-EM-1: underlaget för fakturor; priset kommer från taxan.")
FEE_SCHEDULE_LOAD = _action(
    "fee-schedule.load", "läsa in taxor och prislistor", {HEAD_OF_CLINIC, ADMINISTRATOR, OS_ACCOUNT},
    "Regionens taxa och Folktandvårdens prislista byts när regionen ger ut nya.")

FOLLOW_UP_MANAGE = _action(
    "follow-up.manage", "lägga in beställare, avtal, målvärden och handlingsplaner", {HEAD_OF_CLINIC},
    "R-RP-2: målen hör till en beställare och ett år; verksamhetschefen svarar för uppföljningen.")

PLANNING_READ = _action(
    "planning.read", "se revisionsprognosen och mottagningens kapacitet", {DENTIST, HYGIENIST, HEAD_OF_CLINIC, RECEPTION},
    "Antal per vecka och månad, inga enskilda patienter; patienterna bakom en siffra loggas (R-SE-2).")
PLANNING_MANAGE = _action(
    "planning.manage", "lägga in arbetstider, frånvaro och extra dagar för revisioner", {DENTIST, HEAD_OF_CLINIC},
    "Tandläkaren planerar revisionerna; verksamhetschefen ansvarar för bemanningen.")

RECORD_COPY = _action(
    "record.copy", "lämna ut en kopia av patientens journal (till annan vårdgivare eller till patienten)",
    {RECEPTION, DENTIST, HYGIENIST, HEAD_OF_CLINIC},
    "R-SE-4: receptionen tar emot förfrågan och samtycket, behandlarna och verksamhetschefen likaså; "
    "tandsköterskan hänvisar. Varje utlämnande registreras med mottagare och samtycke och loggas.")

REFERRAL_WRITE = _action(
    "referral.write", "skriva, skicka, avsluta och återkalla remisser till specialisttandvård", {DENTIST, HYGIENIST},
    "R-RV-9: behandlaren bedömer behovet och skriver remissen (tandhygienisten t.ex. till parodontologi).")
REFERRAL_ANSWER = _action(
    "referral.answer", "registrera svar på en remiss", FRONT_DESK,
    "Svaret kommer ofta med posten; receptionen registrerar det så att remissen inte står kvar som obesvarad.")

# Issue 13: the clinic archive and the retention review (R-SE-3, R-SE-4).
ARCHIVE_EXPORT = _action(
    "archive.export", "exportera hela klinikens databas som klinikarkiv", {ADMINISTRATOR, HEAD_OF_CLINIC},
    "Arkivet innehåller alla patienters journaler: bara den som ansvarar för systemet eller verksamheten.")
ARCHIVE_IMPORT = _action(
    "archive.import", "läsa in ett klinikarkiv i en ny, tom databas", {ADMINISTRATOR, HEAD_OF_CLINIC},
    "Görs vid byte av dator eller system; bara i en tom databas.")
RETENTION_REVIEW = _action(
    "retention.review", "gallra journaler som passerat lagringstiden och ändra lagringstiden", {HEAD_OF_CLINIC},
    "R-SE-3: verksamhetschefen går igenom listan och bekräftar; ingenting tas bort automatiskt.")

ACTIONS: tuple[Action, ...] = tuple(v for v in list(globals().values()) if isinstance(v, Action))
BY_ID = {a.id: a for a in ACTIONS}
ALL_ROLES = tuple(ROLE_LABELS)


def allowed(roles, action: Action) -> bool:
    return not action.roles.isdisjoint(roles)


def roles_text(action: Action) -> str:
    return ", ".join(ROLE_LABELS[r].split(" (")[0].lower() for r in ALL_ROLES if r in action.roles)


def markdown() -> str:
    """The table as docs/permissions.md shows it."""
    columns = [r for r in ALL_ROLES]
    head = "| Åtgärd | " + " | ".join(ROLE_LABELS[r].split(" (")[0] for r in columns) + " | Varför |"
    lines = [
        "# Behörigheter",
        "",
        "Genererad från `klinik_app/domain/permissions.py` (`python -m klinik_app.domain.permissions`);",
        "tjänsterna kontrollerar samma tabell och ett test håller filen lika med koden.",
        "",
        head,
        "|" + "---|" * (len(columns) + 2),
    ]
    for a in ACTIONS:
        marks = " | ".join("x" if r in a.roles else "" for r in columns)
        lines.append(f"| {a.text} (`{a.id}`) | {marks} | {a.why} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown(), end="")
