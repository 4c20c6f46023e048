"""The `klinik` command (interchange.md): Swedish help and messages, documented exit codes."""

from __future__ import annotations

import argparse
import gettext
import json
import logging
import sys
from pathlib import Path

from klinik_app import __version__
from klinik_app.logs import file_logging
from klinik_app.options import add_global_options, database_of, parse_date

log = logging.getLogger("klinik.cli")

# Exit codes, the same for every command (interchange.md).
OK, FILE_OR_DB, IMPORT_INVALID, IMPORT_PARTIAL = 0, 1, 2, 3
SYNC_ATTENTION, SYNC_UNREACHABLE, SYNC_REFUSED, AUDIT_ALTERED, USAGE = 4, 5, 6, 7, 64

COMMANDS = ("init", "demo", "import", "recall-list", "letters", "report", "audit", "sync", "sync-status",
            "backup", "restore", "fee-schedule", "record-copy", "archive")

# argparse's own texts, in Swedish (it looks them up through gettext).
_SV = {
    "usage: ": "användning: ",
    "options": "flaggor",
    "positional arguments": "argument",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "the following arguments are required: %s": "dessa argument krävs: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "ett värde krävs",
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydig flagga: %(option)s kan vara %(matches)s",
    "show program's version number and exit": "visa versionen och avsluta",
}


def _sv(message: str) -> str:
    return _SV.get(message, gettext.gettext(message))


argparse._ = _sv  # argparse has no other hook for its own messages


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # wrong use: exit 64, never argparse's 2 (2 is "import invalid")
        self.print_usage(sys.stderr)
        self.exit(USAGE, f"{self.prog}: fel: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="klinik", description="Klinik – patientregister för Hälsoval tandvård. Utan kommando startar fönstret.",
                epilog="Fönstret: klinik [--db …] [--today …] [--lang sv|en|pseudo] (språket den här gången)\n"
                       "Kontroll av en installation: klinik --smoke-test",
                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"klinik {__version__}")
    add_global_options(p)
    sub = p.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=_Parser)

    init = sub.add_parser("init", help="skapa eller uppdatera databasen och ange kliniken")
    init.add_argument("--clinic-hsa-id", required=True, metavar="HSA-ID", help="klinikens HSA-ID")
    init.add_argument("--clinic-name", required=True, metavar="NAMN", help="klinikens namn")
    init.add_argument("--rules", default="vasterbotten", metavar="REGELVERK", help="regionens regelverk (standard: vasterbotten)")
    init.add_argument("--admin-hsa-id", metavar="HSA-ID", help="den första administratörens HSA-ID")
    init.add_argument("--admin-name", metavar="NAMN", help="den första administratörens namn")
    init.add_argument("--admin-password-file", type=Path, metavar="FIL", help="fil med administratörens lösenord")

    demo = sub.add_parser("demo", help="fyll en ny databas med demodata")
    demo.add_argument("--patients", type=int, required=True, metavar="N", help="antal patienter")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="slumpfrö (samma frö ger samma data)")
    demo.add_argument("--no-exams", action="store_true",
                      help="bara patientregistret, utan fem års undersökningshistorik")

    imp = sub.add_parser("import", help="importera en CSV-fil från ett tidigare system")
    imp.add_argument("kind", choices=["patients", "exams", "appointments"], metavar="patients|exams|appointments",
                     help="vad filen innehåller: patienter, undersökningar eller tider")
    imp.add_argument("file", type=Path, metavar="FIL", help="CSV-filen")
    imp.add_argument("--partial", action="store_true", help="importera de giltiga raderna även om andra är fel")
    imp.add_argument("--report", type=Path, metavar="FIL.json", help="skriv en rapport (JSON) över resultatet")
    imp.add_argument("--as-new", action="store_true", help="raderna är nya händelser som ska skickas till regionen")

    recall = sub.add_parser("recall-list", help="patienter som ska kallas till revision under en period",
                            description="Kallelselistan: listade patienter vars revision infaller under perioden "
                                        "(regler R-RV-1–R-RV-6). JSON och CSV skrivs till standard ut.")
    recall.add_argument("--from", dest="first", type=parse_date, required=True, metavar="ÅÅÅÅ-MM-DD",
                        help="periodens första dag")
    recall.add_argument("--to", dest="last", type=parse_date, required=True, metavar="ÅÅÅÅ-MM-DD",
                        help="periodens sista dag")
    recall.add_argument("--include-overdue", action="store_true",
                        help="ta också med patienter vars revision skulle ha gjorts före perioden")
    recall.add_argument("--apply-overrides", action="store_true",
                        help="välj på personalens ändrade datum och utelämna pausade kallelser")
    recall.add_argument("--format", default="table", choices=["table", "csv", "json"],
                        help="utdata: table (tabell, standard), csv eller json")

    sync = sub.add_parser("sync", help="synkronisera med regionens listningstjänst",
                          description="En synkronisering: skickar utkorgens ändringar till regionen och hämtar sedan "
                                      "regionens ändringar. Inställningarna ger standardvärdena. Slutstatus 0: allt "
                                      "skickat och hämtat; 4: ändringar behöver åtgärd eller konflikter finns; 5: "
                                      "regionen gick inte att nå (inget går förlorat); 6: regionen nekade kliniken.")
    sync.add_argument("--server", metavar="URL", help="listningstjänstens adress, https://...")
    sync.add_argument("--client-cert", metavar="PEM", help="klinikens certifikat (PEM)")
    sync.add_argument("--client-key", metavar="PEM", help="nyckeln till klinikens certifikat (PEM)")
    sync.add_argument("--ca", metavar="PEM", help="CA-certifikatet som regionens servercertifikat är utfärdat av")
    sync_status = sub.add_parser("sync-status", help="synkroniseringens läge: senaste synkronisering och kön")
    sync_status.add_argument("--format", default="table", choices=["table", "json"],
                             help="utdata: table (standard) eller json")

    letters = sub.add_parser("letters", help="brev")
    letter_kinds = letters.add_subparsers(dest="letters", metavar="BREV", parser_class=_Parser, required=True)
    summons = letter_kinds.add_parser(
        "recall", help="kallelser till revision för kallelselistan som en PDF",
        description="Kallelsebrev för patienter vars revision infaller under perioden (personalens ändrade datum "
                    "och pauser tillämpade): ett brev per hushåll, till vårdnadshavarna för barn under 18. "
                    "Patienter med skyddad identitet eller utan adress får inget tryckt brev och listas för "
                    "manuell hantering. Varje skickad kallelse registreras på patientens kallelse.")
    summons.add_argument("--from", dest="first", type=parse_date, required=True, metavar="ÅÅÅÅ-MM-DD",
                         help="periodens första dag")
    summons.add_argument("--to", dest="last", type=parse_date, required=True, metavar="ÅÅÅÅ-MM-DD",
                         help="periodens sista dag")
    summons.add_argument("--out", type=Path, required=True, metavar="FIL.pdf", help="PDF-filen som skrivs")

    report = sub.add_parser("report", help="rapporter")
    kinds = report.add_subparsers(dest="report", metavar="RAPPORT", parser_class=_Parser, required=True)
    listed = kinds.add_parser("listed-per-month", help="listade patienter per månadsskifte (R-LI-8) som CSV")
    listed.add_argument("--from", dest="first", type=_month, required=True, metavar="ÅÅÅÅ-MM", help="första månaden")
    listed.add_argument("--to", dest="last", type=_month, required=True, metavar="ÅÅÅÅ-MM", help="sista månaden")
    listed.add_argument("--by", default="all", choices=["all", "type", "dentist", "municipality"],
                        help="gruppering (standard: all)")
    listed.add_argument("--out", type=Path, required=True, metavar="FIL.csv", help="CSV-filen som skrivs")
    _add_indicators_report(kinds)  # issue 9
    _add_record_copy(sub)  # issue 13
    _add_archive(sub)  # issue 13: clinic archive

    audit = sub.add_parser("audit", help="åtkomstloggen: kontroll, loggutdrag och lagringstid (R-SE-2)")
    audits = audit.add_subparsers(dest="audit", metavar="ÅTGÄRD", parser_class=_Parser, required=True)
    verify = audits.add_parser(
        "verify", help="kontrollera att åtkomstloggen inte har ändrats",
        description="Går igenom hela åtkomstloggens kedja och visar var en post har ändrats, tagits bort, lagts "
                    "in eller flyttats, och om poster har tagits bort i slutet (mot loggens sigill). Skriver ut "
                    "sigillet: anteckna det utanför databasen och jämför senare med --expect. Avslutar med kod 7 "
                    "om loggen har ändrats.")
    verify.add_argument("--expect", metavar="SIGILL",
                        help="ett tidigare antecknat sigill (hela eller minst 16 tecken) som ska finnas kvar i kedjan")
    extract = audits.add_parser(
        "extract", help="loggutdrag för en patient som PDF (vem har läst min journal)",
        description="Ett brev till patienten med varje registrerad åtkomst till patientens uppgifter under "
                    "perioden: när, vem, roll, dator, vårdenhet och vad. Utlämnandet loggas.")
    extract.add_argument("--patient", required=True, metavar="PERSONNUMMER", help="patientens personnummer")
    extract.add_argument("--out", type=Path, required=True, metavar="FIL.pdf", help="PDF-filen som skrivs")
    extract.add_argument("--from", dest="first", type=parse_date, metavar="ÅÅÅÅ-MM-DD",
                         help="periodens första dag (standard: loggens början)")
    extract.add_argument("--to", dest="last", type=parse_date, metavar="ÅÅÅÅ-MM-DD",
                         help="periodens sista dag (standard: idag)")
    retention = audits.add_parser(
        "retention", help="visa eller ändra hur länge åtkomstloggen sparas",
        description="Åtkomstloggen sparas i minst 5 år (HSLF-FS 2016:40); standard är 10 år. Programmet tar "
                    "aldrig bort poster ur loggen.")
    retention.add_argument("--years", type=int, metavar="ÅR", help="ny lagringstid i år (minst 5)")

    backup = sub.add_parser(
        "backup", help="säkerhetskopiera databasen nu, eller lista säkerhetskopiorna",
        description="Gör en kontrollerad kopia av SQLite-databasen i säkerhetskopiemappen (inställningen "
                    "backup.folder, standard backups/ bredvid databasen); gamla kopior rensas enligt "
                    "backup.keep_days och backup.keep_count. PostgreSQL säkerhetskopieras av servern.")
    backup_what = backup.add_mutually_exclusive_group()
    backup_what.add_argument("--out", type=Path, metavar="FIL",
                             help="skriv kopian till den här filen (eller, om det är en mapp, i den mappen)")
    backup_what.add_argument("--list", action="store_true", help="lista säkerhetskopiorna och om de är hela")
    restore = sub.add_parser(
        "restore", help="återställ databasen från en säkerhetskopia",
        description="Ersätter databasen med en kontrollerad säkerhetskopia. Den nuvarande databasen sparas "
                    "först som en kopia (fore-aterstallning). Allt som sparats efter att kopian gjordes går förlorat.")
    restore.add_argument("file", type=Path, metavar="FIL", help="säkerhetskopian")
    restore.add_argument("--yes", action="store_true", help="fråga inte först")
    fees = sub.add_parser(
        "fee-schedule", help="regionens tandvårdstaxa och Folktandvårdens prislista",
        description="En behandling prissätts från den taxa som gällde behandlingsdagen. Filformatet (TOML eller "
                    "CSV) beskrivs i docs/fee-schedules.md.")
    fee_actions = fees.add_subparsers(dest="fees", required=True, metavar="{load,list}")
    fee_load = fee_actions.add_parser("load", help="läs in en ny version från en fil")
    fee_load.add_argument("file", type=Path, metavar="FIL", help="taxan eller prislistan (.toml eller .csv)")
    fee_actions.add_parser("list", help="lista de inlästa versionerna och när de gäller")
    return p


def _month(text: str):
    from datetime import date

    try:
        year, month = (int(x) for x in text.split("-"))
        return date(year, month, 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' är ingen månad; skriv ÅÅÅÅ-MM, t.ex. 2026-10.") from None


def wants_window(argv: list[str]) -> bool:
    """No command among the arguments: the user wants the window."""
    return not any(a in COMMANDS for a in argv) and not any(a in ("-h", "--help", "--version") for a in argv)


def _summary(text: str) -> None:
    print(text, file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # --help, --version and wrong use: argparse exits; callers get the code
        return exit_.code if isinstance(exit_.code, int) else USAGE
    if args.command is None:
        build_parser().print_help(sys.stderr)
        return USAGE
    with file_logging():
        return _guarded(args)


def _guarded(args) -> int:
    try:
        return _run(args)
    except KeyboardInterrupt:
        _summary("Avbrutet. Ingenting som inte redan var sparat har ändrats.")
        return FILE_OR_DB
    except Exception as exc:  # every failure: a Swedish sentence, never a traceback
        from klinik_app.services.errors import user_message

        log.exception("command %s failed", args.command)
        message, code = user_message(exc)
        _summary(message)
        return code


def _context(args, *, require_user: bool = False):
    from klinik_app.services.context import Actor, ServiceContext
    from klinik_app.services.errors import UsageError

    if require_user and not args.user:
        raise UsageError("Kommandot gör ändringar som skickas till regionen och kräver --user HSA-ID.")
    ctx = ServiceContext.open(database_of(args), actor=Actor.os_account(), today=args.today)
    if args.user:
        from klinik_app.services.accounts import staff_actor

        try:
            ctx.actor = staff_actor(ctx, args.user)
        except Exception:
            ctx.close()
            raise
    return ctx


def _run(args) -> int:
    return {"init": _init, "demo": _demo, "import": _import, "recall-list": _recall_list,
            "letters": _letters, "report": _report, "audit": _audit, "sync": _sync,
            "sync-status": _sync_status, "backup": _backup, "restore": _restore,
            "fee-schedule": _fee_schedule, "record-copy": _record_copy,
            "archive": _archive}[args.command](args)


def _init(args) -> int:
    from klinik_app.services import accounts, clinic

    ctx = _context(args)
    try:
        info = clinic.init_clinic(ctx, args.clinic_hsa_id, args.clinic_name, args.rules)
        extra = ""
        if args.admin_hsa_id or args.admin_name or args.admin_password_file:
            from klinik_app.services.errors import UsageError

            if not (args.admin_hsa_id and args.admin_name and args.admin_password_file):
                raise UsageError("--admin-hsa-id, --admin-name och --admin-password-file anges tillsammans.")
            password = args.admin_password_file.read_text(encoding="utf-8").rstrip("\r\n")
            accounts.create_administrator(ctx, args.admin_hsa_id, args.admin_name, password)
            extra = f", administratör {args.admin_hsa_id} skapad"
    finally:
        ctx.close()
    _summary(f"Databasen är klar för {info.name} ({info.hsa_id}), regelverk {info.rule_set_id}{extra}.")
    return OK


def _demo(args) -> int:
    from klinik_app.services import clinic, demo

    ctx = _context(args)
    try:
        if clinic.get_clinic(ctx) is None:
            clinic.init_clinic(ctx, demo.DEMO_CLINIC_HSA_ID, demo.DEMO_CLINIC_NAME)
        summary = demo.create_demo_data(ctx, args.patients, args.seed, with_exams=not args.no_exams)
    finally:
        ctx.close()
    _summary(
        f"Demodata skapad: {summary.patients} patienter, {summary.guardians} vårdnadshavare, "
        f"{summary.staff} personal, {summary.examinations} undersökningar, {summary.appointments} tider i tidboken "
        f"(frö {args.seed}). "
        "Databasen är märkt som demo."
    )
    return OK


def _import(args) -> int:
    from klinik_app.services import appointment_import, exam_import, patient_import

    run = {"exams": exam_import.import_exams, "appointments": appointment_import.import_appointments,
           "patients": patient_import.import_patients}[args.kind]
    try:
        ctx = _context(args, require_user=args.as_new)
        try:
            result = run(ctx, args.file, partial=args.partial, as_new=args.as_new)
        finally:
            ctx.close()
    except Exception:
        # The report is written whatever the outcome (interchange.md): here nothing was imported.
        if args.report:
            _write_report(args.report, {"imported": 0, "rejected": []})
        raise
    if args.report and not _write_report(args.report, result.report()):
        return FILE_OR_DB
    _summary(result.summary())
    return result.exit_code


def _recall_list(args) -> int:
    from klinik_app.services import recall_list

    ctx = _context(args)
    try:
        result = recall_list.recall_list(ctx, args.first, args.last, include_overdue=args.include_overdue,
                                         apply_overrides=args.apply_overrides)
    finally:
        ctx.close()
    output = {"json": lambda: result.as_json() + "\n", "csv": result.as_csv, "table": result.as_table}[args.format]()
    try:
        sys.stdout.write(output)
        sys.stdout.flush()
    except OSError as exc:  # a closed pipe or a full disk
        _summary(f"Listan kunde inte skrivas till standard ut: {exc.strerror or exc}.")
        return FILE_OR_DB
    _summary(result.summary())
    return OK


def _letters(args) -> int:
    from klinik_app.services import summons

    ctx = _context(args)
    try:
        result = summons.summons_for_period(ctx, args.first, args.last, args.out)
    finally:
        ctx.close()
    if result.rendered is not None:
        _summary(f"{result.summary()} Skrivna till {args.out}.")
    else:
        _summary(f"{result.summary()} Ingen fil skrevs.")
    # Names only (never identity numbers): the staff reach these patients by hand.
    for item in result.manual:
        _summary(f"  Kalla manuellt: {item.name} ({item.why})")
    return OK


def _add_indicators_report(kinds) -> None:
    ind = kinds.add_parser("indicators", help="uppföljningsrapporten till beställaren (R-RP-1) som PDF eller CSV",
                           description="Indikatorerna för perioden med definitioner, mål, status, månadsdiagram "
                                       "och handlingsplaner, mot målen i beställarens avtal för det år perioden "
                                       "slutar.")
    period = ind.add_mutually_exclusive_group(required=True)
    period.add_argument("--year", type=int, metavar="ÅÅÅÅ", help="ett helt år")
    period.add_argument("--from", dest="first", type=parse_date, metavar="ÅÅÅÅ-MM-DD", help="periodens första dag")
    ind.add_argument("--to", dest="last", type=parse_date, metavar="ÅÅÅÅ-MM-DD", help="periodens sista dag (med --from)")
    ind.add_argument("--orderer", type=int, metavar="ID", help="beställarens id (standard: den första beställaren)")
    ind.add_argument("--format", default="pdf", choices=["pdf", "csv"], help="pdf (standard) eller csv")
    ind.add_argument("--out", type=Path, required=True, metavar="FIL", help="filen som skrivs")


def _report_indicators(args) -> int:
    from klinik_app.services import indicator_report
    from klinik_app.services.errors import UsageError

    if args.year is not None:
        if args.last is not None:
            raise UsageError("Ange antingen --year eller --from och --to, inte båda.")
        first, last = indicator_report.year_period(args.year)
    elif args.last is None:
        raise UsageError("--from kräver --to: ange periodens sista dag.")
    else:
        first, last = args.first, args.last
    ctx = _context(args)
    try:
        written = indicator_report.write_report(ctx, first, last, args.out, orderer_id=args.orderer, fmt=args.format)
    finally:
        ctx.close()
    _summary(written.summary())
    return OK


def _report(args) -> int:
    if args.report == "indicators":
        return _report_indicators(args)
    from klinik_app.services import snapshots

    ctx = _context(args)
    try:
        taken = snapshots.take_month_snapshots(ctx)  # the months completed since the last run first
        export = snapshots.export_month_counts_csv(ctx, args.out, args.first, args.last, args.by)
    finally:
        ctx.close()
    left_out = f"; {export.preliminary_left_out} månad(er) är inte avslutade och togs inte med" if export.preliminary_left_out else ""
    _summary(f"{export.rows} rader för {export.months} månader skrivna till {args.out} "
             f"({taken} nya månadsbilder tagna){left_out}.")
    return OK


def _audit(args) -> int:
    from klinik_app.services import audit

    ctx = _context(args)
    try:
        if args.audit == "verify":
            result = audit.verify(ctx, expect=args.expect)
        elif args.audit == "extract":
            patient_id = audit.find_patient(ctx, args.patient)
            extracted = audit.patient_extract_pdf(ctx, patient_id, args.out, args.first, args.last)
        else:
            if args.years is not None:
                audit.set_retention_years(ctx, args.years)
            info = audit.retention_info(ctx)
    finally:
        ctx.close()
    if args.audit == "extract":
        _summary(audit.extract_summary(extracted, args.out, args.first, args.last))
        return OK
    if args.audit == "retention":
        oldest = f"; den äldsta posten är från {info.oldest:%Y-%m-%d}" if info.oldest else ""
        changed = "nu " if args.years is not None else ""
        _summary(f"Åtkomstloggen sparas {changed}i minst {info.years} år ({info.entries} poster{oldest}). "
                 "Programmet tar aldrig bort poster ur loggen.")
        return OK
    try:  # what was found, one line each (entry ids and times, never identity numbers)
        for finding in result.findings:
            sys.stdout.write(finding.message + "\n")
        if result.more_anomalies:
            sys.stdout.write(f"… och {result.more_anomalies} ställen till där kedjan bryts.\n")
        sys.stdout.flush()
    except OSError as exc:
        _summary(f"Listan kunde inte skrivas till standard ut: {exc.strerror or exc}.")
    _summary(result.summary())
    return OK if result.ok else AUDIT_ALTERED


def _fee_schedule(args) -> int:
    from klinik_app.domain.fee_schedule import KINDS
    from klinik_app.services import treatments

    ctx = _context(args)
    try:
        if args.fees == "load":
            info = treatments.load_fee_schedule(ctx, args.file)
            _summary(f"{KINDS[info.kind]} {info.version} inläst: {info.items} koder, gäller från "
                     f"{info.valid_from:%Y-%m-%d}{f' till {info.valid_to:%Y-%m-%d}' if info.valid_to else ''}.")
            return OK
        schedules = treatments.list_schedules(ctx)
    finally:
        ctx.close()
    for info in schedules:
        until = f"{info.valid_to:%Y-%m-%d}" if info.valid_to else "tills vidare"
        sys.stdout.write(f"{KINDS[info.kind]}\t{info.version}\t{info.valid_from:%Y-%m-%d}\t{until}\t{info.items} koder\n")
    _summary(f"{len(schedules)} inlästa versioner.")
    return OK


def _sync(args) -> int:
    from klinik_app.services import sync

    ctx = _context(args)
    try:
        settings = sync.sync_settings(ctx, server=args.server, client_cert=args.client_cert,
                                      client_key=args.client_key, ca=args.ca)
        result = sync.run_cycle(ctx, settings)
    except sync.SyncSetupError as exc:
        _summary(exc.message)
        return USAGE if exc.usage else FILE_OR_DB
    finally:
        ctx.close()
    _summary(result.summary)
    for line in result.problems:  # names only, never identity numbers
        _summary(f"  {line}")
    return result.exit_code


def _sync_status(args) -> int:
    from klinik_app.services import sync

    ctx = _context(args)
    try:
        status = sync.sync_status(ctx)
    finally:
        ctx.close()
    if args.format == "json":
        output = json.dumps(status.as_json(), ensure_ascii=False) + "\n"
    else:
        output = (f"Senaste synkronisering: {status.last_sync or 'aldrig'}\nVäntar: {status.waiting}\n"
                  f"Behöver åtgärd: {status.attention}\nKonflikter: {status.conflicts}\n")
    try:
        sys.stdout.write(output)
        sys.stdout.flush()
    except OSError as exc:
        _summary(f"Läget kunde inte skrivas till standard ut: {exc.strerror or exc}.")
        return FILE_OR_DB
    waiting_since = f"; nästa försök tidigast {status.next_attempt}" if status.next_attempt else ""
    _summary(f"{status.waiting} väntar, {status.attention} behöver åtgärd, {status.conflicts} konflikter{waiting_since}.")
    return OK


def _backup(args) -> int:
    from klinik_app.services import backup
    from klinik_app.services.errors import UsageError

    if backup.sqlite_file(database_of(args)) is None:
        raise UsageError(backup.POSTGRES_MESSAGE)
    ctx = _context(args)
    try:
        if not args.list:
            out = args.out
            path = (backup.make_backup(ctx, "manuell", folder=out) if out is not None and out.is_dir()
                    else backup.make_backup(ctx, "manuell", file=out))
            _summary(f"Säkerhetskopian är gjord och kontrollerad: {path}")
            return OK
        found = backup.list_backups(ctx)
        folder = backup.backup_folder(backup.database_file(ctx))
    finally:
        ctx.close()
    try:
        for b in found:
            state = "hel" if b.ok else b.problem
            sys.stdout.write(f"{b.made_at:%Y-%m-%d %H:%M:%S}\t{b.label_text}\t{_size(b.size)}\t{state}\t{b.path}\n")
        sys.stdout.flush()
    except OSError as exc:
        _summary(f"Listan kunde inte skrivas till standard ut: {exc.strerror or exc}.")
        return FILE_OR_DB
    bad = sum(not b.ok for b in found)
    _summary(f"{len(found)} {'säkerhetskopia' if len(found) == 1 else 'säkerhetskopior'} i {folder}"
             + (f"; {bad} av dem kan inte återställas." if bad else "."))
    return OK


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def _restore(args) -> int:
    from klinik_app.services import backup
    from klinik_app.services.errors import UsageError

    db = backup.sqlite_file(database_of(args))
    if db is None:
        raise UsageError(backup.POSTGRES_MESSAGE)
    problem = backup.check_backup(args.file)
    if problem:
        raise backup.BackupRefused(f"Säkerhetskopian {args.file} kan inte återställas: {problem} Databasen är oförändrad.")
    if not args.yes:
        if not sys.stdin.isatty():  # interchange.md: questions only on a terminal
            raise UsageError("klinik restore ersätter hela databasen och frågar först, men standard in är ingen "
                             "terminal. Ange --yes för att återställa utan fråga.")
        sys.stderr.write(f"Databasen {db} ersätts med {args.file}; allt som sparats efter att kopian gjordes går "
                         "förlorat.\nSkriv ÅTERSTÄLL för att fortsätta: ")
        sys.stderr.flush()
        if input().strip() != "ÅTERSTÄLL":
            _summary("Avbrutet. Databasen är oförändrad.")
            return FILE_OR_DB
    before = backup.restore_backup(db, args.file)
    kept = f" Den ersatta databasen sparades som {before}." if before else ""
    _summary(f"Databasen är återställd från {args.file}.{kept}")
    return OK


def _write_report(path: Path, report: dict) -> bool:
    try:
        path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        _summary(f"Rapporten {path} kunde inte skrivas: {exc.strerror}.")
        return False
    return True


if __name__ == "__main__":
    raise SystemExit(main())


def _add_record_copy(sub) -> None:
    copy = sub.add_parser(
        "record-copy", help="kopia av en patients journal som PDF och FHIR (R-SE-4)",
        description="Allt Klinik har om patienten som en läsbar PDF och som ett FHIR R4-paket (collection). "
                    "En kopia till en annan vårdgivare kräver patientens eller vårdnadshavarens samtycke; "
                    "patientens egen begäran (--own-request) kräver inget. Kopian är kostnadsfri. "
                    "Utlämnandet registreras och loggas.")
    copy.add_argument("--patient", required=True, metavar="PERSONNUMMER", help="patientens personnummer")
    copy.add_argument("--to", metavar="NAMN", help="mottagande vårdgivare (klinikens namn)")
    copy.add_argument("--to-hsa-id", metavar="HSA-ID", help="mottagarens HSA-id")
    copy.add_argument("--own-request", action="store_true", help="patientens egen begäran: kopian till patienten")
    copy.add_argument("--consent-by", metavar="patient|NAMN",
                      help="vem som gav samtycket: patient, eller vårdnadshavarens namn")
    copy.add_argument("--consent-how", choices=("pa-plats", "telefon", "brev", "e-tjanst"), help="hur samtycket gavs")
    copy.add_argument("--consent-date", type=parse_date, metavar="ÅÅÅÅ-MM-DD", help="när samtycket gavs (standard: idag)")
    copy.add_argument("--reason", metavar="TEXT", help="skäl (krävs för en patient med skyddad identitet; loggas)")
    copy.add_argument("--out-pdf", type=Path, metavar="FIL.pdf", help="PDF-filen som skrivs")
    copy.add_argument("--out-json", type=Path, metavar="FIL.json", help="FHIR-paketet (JSON) som skrivs")


def _record_copy(args) -> int:
    from klinik_app.domain import record_copy as rules
    from klinik_app.services import record_copy
    from klinik_app.services.errors import UsageError

    if args.own_request == bool(args.to):
        raise UsageError("Ange antingen --to NAMN (en annan vårdgivare) eller --own-request (patientens egen kopia).")
    ctx = _context(args)
    try:
        consent = None
        if args.consent_by or args.consent_how:
            if not (args.consent_by and args.consent_how):
                raise UsageError("--consent-by och --consent-how anges tillsammans.")
            by_patient = args.consent_by.strip().lower() == "patient"
            consent = rules.Consent(rules.CONSENT_PATIENT if by_patient else rules.CONSENT_GUARDIAN,
                                    None if by_patient else args.consent_by, args.consent_date or ctx.today,
                                    args.consent_how)
        request = (rules.CopyRequest(rules.PATIENT, rules.OWN_COPY, reason=args.reason) if args.own_request else
                   rules.CopyRequest(rules.PROVIDER, args.to, args.to_hsa_id, consent, args.reason))
        result = record_copy.make_copy(ctx, record_copy.find_patient(ctx, args.patient), request, args.out_pdf,
                                       args.out_json)
    finally:
        ctx.close()
    _summary(result.summary([p for p in (args.out_pdf, args.out_json) if p is not None]))
    return OK


# --- issue 13: the clinic archive -------------------------------------------------------------------
def _add_archive(sub) -> None:
    archive = sub.add_parser(
        "archive", help="klinikarkiv: hela databasen i öppna format (export och import)",
        description="Exporterar hela databasen till en mapp (tabellerna som NDJSON, patienter, undersökningar och "
                    "tider som CSV enligt interchange.md, journalerna som FHIR R4, en manifestfil med antal och "
                    "kontrollsummor), eller läser in ett sådant arkiv i en ny, tom databas.")
    actions = archive.add_subparsers(dest="archive", metavar="ÅTGÄRD", parser_class=_Parser, required=True)
    export = actions.add_parser("export", help="skriv klinikarkivet till en ny, tom mapp (kräver --user)")
    export.add_argument("--out", type=Path, required=True, metavar="MAPP", help="mappen som skapas")
    export.add_argument("--utan-fhir", dest="fhir", action="store_false",
                        help="utan journalerna som FHIR (går mycket fortare; tabellerna och CSV-filerna skrivs ändå)")
    export.add_argument("--workers", type=int, metavar="N",
                        help="antal processer som skriver arkivet (standard: en per processorkärna för en stor "
                             "klinik; 0: allt i kommandots egen process)")
    load = actions.add_parser("import", help="läs in ett klinikarkiv i databasen som anges med --db (ny eller tom)")
    load.add_argument("folder", type=Path, metavar="MAPP", help="klinikarkivets mapp")


def _archive_progress(done: int, total: int) -> None:
    print(f"\r{done}/{total} rader", end="", file=sys.stderr, flush=True)


def _export_progress(done: int, total: int) -> None:  # weighted by work (archive_jobs), not rows
    print(f"\r{done * 100 // max(total, 1)} %", end="", file=sys.stderr, flush=True)


def _archive(args) -> int:
    from klinik_app.services import archive_export, archive_import

    if args.archive == "export":
        if not args.user:
            from klinik_app.services.errors import UsageError

            raise UsageError("Klinikarkivet innehåller alla journaler: ange --user med HSA-id för en administratör "
                             "eller verksamhetschefen.")
        ctx = _context(args)
        try:
            result = archive_export.export_archive(ctx, args.out, _export_progress, fhir=args.fhir,
                                                   workers=args.workers)
        finally:
            ctx.close()
    else:
        result = archive_import.import_archive(database_of(args), args.folder, _archive_progress)
    print(file=sys.stderr)
    _summary(result.summary())
    return OK
