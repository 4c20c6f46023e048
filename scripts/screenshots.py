"""The README's screenshots: the main views of a demo clinic, written to docs/screenshots/*.png.

Run it through `bash scripts/screenshots` (which starts Xvfb, or falls back to Qt's offscreen platform).
Everything is pinned so a second run changes little: the demo county (3,000 patients, seed 1), the
day treated as today, the service clock, the window size and the logged-in demo user.
SHOTS is the one list of views: tests/test_screenshots.py reads it to check the README's gallery.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
TODAY = date(2026, 11, 25)  # a Wednesday: the week in the appointment book has past and coming times
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=timezone.utc)
SIZE = (1280, 800)
PATIENTS, SEED = 3000, 1
MAX_BYTES = 250_000


@dataclass(frozen=True)
class Shot:
    file: str  # under docs/screenshots/
    caption: str  # the README's alt text and caption


SHOTS = (
    Shot("patienter.png", "Patienter (Ctrl+1): the register, searched as you type"),
    Shot("patientkort.png", "The patient card: target group, guardians, listing, revision, times"),
    Shot("listning.png", "Listning (Ctrl+2): the listings and the listed patients per month"),
    Shot("kallelser.png", "Kallelser (Ctrl+3): revisions due, with the rule behind each"),
    Shot("tidbok.png", "Tidbok (Ctrl+5): one caregiver's week"),
    Shot("att-gora.png", "Att göra (Ctrl+6): tasks and the re-offer list"),
    Shot("uppfoljning.png", "Uppföljning (Ctrl+8): the indicators for the orderer"),
    Shot("planering.png", "Planering (Ctrl+9): revisions falling due against the caregivers' time"),
    Shot("avvikelser.png", "Avvikelser (Ctrl+4): the deviation register and a case"),
    Shot("kallelsebrev.png", "A summons letter (PDF) for a window envelope"),
)

ADMIN_HSA_ID, ADMIN_NAME = "SE2321000222-A0001", "Anna Lind"


def main() -> int:
    os.environ.setdefault("KLINIK_SERIAL_TASKS", "1")  # background work inline: each page is loaded when grabbed
    os.environ["TZ"] = "Europe/Stockholm"  # a clinic's clock wherever the pictures are made
    time.tzset()
    work = Path(tempfile.mkdtemp(prefix="klinik-screenshots-"))
    os.environ["KLINIK_DATA_DIR"] = str(work / "data")  # no settings or logs of the real user are touched
    os.environ["KLINIK_LOG_DIR"] = str(work / "logs")
    try:
        OUT.mkdir(parents=True, exist_ok=True)
        ctx = demo_clinic(work / "demo.sqlite")
        raw = work / "raw"
        raw.mkdir()
        grab_views(ctx, raw)
        letter_page(ctx, work, raw / "kallelsebrev.png")
        ctx.close()
        for shot in SHOTS:
            if not (raw / shot.file).exists():
                print(f"warning: {shot.file} not made; the old picture stays", file=sys.stderr)
                continue
            shrink(raw / shot.file, OUT / shot.file)
            print(f"{shot.file}: {(OUT / shot.file).stat().st_size // 1000} kB", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def demo_clinic(path: Path):
    """A demo clinic as `klinik demo --patients 3000 --seed 1` makes it, and a user in every role."""
    from klinik_app.domain.deviations import INCOMING, ORGANISATIONAL, OWN, Report
    from klinik_app.domain.permissions import STAFF_ROLES
    from klinik_app.services import clinic, deviations, demo
    from klinik_app.services.accounts import create_administrator
    from klinik_app.services.context import Actor, ServiceContext

    ctx = ServiceContext.open(str(path), actor=Actor.os_account(), today=TODAY)
    ctx.now = lambda: NOW  # the service clock: stamps and "today" agree on every run
    clinic.init_clinic(ctx, demo.DEMO_CLINIC_HSA_ID, demo.DEMO_CLINIC_NAME)
    demo.create_demo_data(ctx, PATIENTS, SEED)
    create_administrator(ctx, ADMIN_HSA_ID, ADMIN_NAME, "demo lösenord för bilder", "tandlakare")
    ctx.actor = Actor(user_id=ADMIN_HSA_ID, roles=frozenset(STAFF_ROLES), name=ADMIN_NAME)
    # The demo county has no deviations: a few reports, so the register is not empty.
    for days, what, place, category, other in (
        (2, "Kallelse skickades till fel adress efter flytt", "Receptionen", OWN, ""),
        (9, "Remissvar saknas efter sex veckor", "Behandlingsrum 2", INCOMING, "Käkkirurgen, Norrlands universitetssjukhus"),
        (16, "Ingen tandhygienist på plats, tider fick bokas om", "Kliniken", ORGANISATIONAL, ""),
    ):
        receipt = deviations.report_deviation(ctx, Report(what=what, occurred_on=TODAY - timedelta(days=days),
                                                          place=place, category=category, other_party=other))
        if days > 5:
            deviations.start_investigation(ctx, receipt.id, ADMIN_NAME)
    return ctx


def grab_views(ctx, out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from klinik_app.services import appointments
    from klinik_app.services.patients import patient_page
    from klinik_app.ui.app import application, create_main_window
    from klinik_app.ui.appointment_book import WEEK
    from klinik_app.ui.i18n import DEFAULT, install_translators

    app, _ = application([])
    install_translators(app, DEFAULT)  # Swedish, with Swedish dates and Qt's own texts
    app.setCursorFlashTime(0)  # a text cursor that does not blink looks the same in every run
    window = create_main_window(ctx)
    window.show()
    window.activateWindow()

    def grab(name: str) -> None:
        window.resize(*SIZE)  # each page at the asked size, or the narrowest the window allows
        window.statusBar().clearMessage()  # the previous page's 20-second message would cover the count
        for _ in range(5):
            app.processEvents()
        if window.width() > SIZE[0] or window.height() > SIZE[1]:
            print(f"note: {name}: the window needs {window.width()}x{window.height()}", file=sys.stderr)
        if not window.grab().save(str(out / name)):
            raise RuntimeError(f"could not write {name}")

    grab("patienter.png")
    window.open_patient(card_patient(patient_page(ctx, 0, 500)))
    grab("patientkort.png")
    window.show_listing_page()
    grab("listning.png")
    window.show_recall_page()
    grab("kallelser.png")
    for view, name in ((window.todo_view, "att-gora.png"), (window.dashboard_view, "uppfoljning.png"),
                       (window.planning_view, "planering.png"), (window.deviations_view, "avvikelser.png")):
        window.tabs.setCurrentWidget(view)
        grab(name)
    # The week view shows one caregiver: the one with the most times this week (read before switching).
    book = window.appointment_book
    window.tabs.setCurrentWidget(book)
    busiest = busiest_caregiver(appointments.book_view(ctx, TODAY - timedelta(days=TODAY.weekday()), 7))
    book.set_view(WEEK)
    book.caregiver_box.setCurrentIndex(book.caregiver_box.findData(busiest))
    grab("tidbok.png")
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def busiest_caregiver(rows) -> str:
    """The caregiver with the most times in the week: one column per day instead of a scrolled grid."""
    counts = Counter(r.caregiver_hsa_id for r in rows if r.caregiver_hsa_id)
    return max(sorted(counts), key=counts.__getitem__)


def card_patient(rows) -> int:
    """A school child who is listed here, with no protected identity: the card shows most sections."""
    return next(r.id for r in rows if not r.protected and r.listing and 7 <= r.age <= 12)


def letter_page(ctx, work: Path, png: Path) -> None:
    """Page 1 of the summons letters for next month's recall list, at 100 dpi."""
    from klinik_app.services.summons import summons_for_period

    first = (TODAY.replace(day=1) + timedelta(days=32)).replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    pdf = work / "kallelser.pdf"
    summons_for_period(ctx, first, last, pdf)
    if not shutil.which("pdftoppm"):
        print("warning: pdftoppm (poppler-utils) is missing: no picture of the letter", file=sys.stderr)
        return
    subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "100", "-png", "-singlefile", str(pdf),
                    str(png.with_suffix(""))], check=True)


def shrink(source: Path, target: Path) -> None:
    """A palette PNG (pngquant, else Pillow), then optipng when present: a few tens of kB each."""
    target.unlink(missing_ok=True)
    if shutil.which("pngquant"):  # exits without a file when it cannot keep the quality: Pillow then
        subprocess.run(["pngquant", "--force", "--skip-if-larger", "--speed", "1", "--quality", "70-95",
                        "--output", str(target), str(source)], check=False)
    if not target.exists():
        from PIL import Image

        with Image.open(source) as image:
            image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE) \
                .save(target, optimize=True)
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o2", "-strip", "all", str(target)], check=True)
    if target.stat().st_size > MAX_BYTES:
        print(f"warning: {target.name} is {target.stat().st_size // 1000} kB (over {MAX_BYTES // 1000} kB)",
              file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
