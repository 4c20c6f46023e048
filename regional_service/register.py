"""The region's register: population, listings, listing stops and what each clinic sees.

`Region` owns the database and the clock. Every change runs in `Region.write()`: one database
transaction under one process-wide lock, stamped with one strictly increasing instant. The lock
makes the `_history` watermark exact (history.py): a change either committed before a snapshot
or is stamped after it. (Several server processes on one PostgreSQL database would need an
advisory lock instead; the reference service runs as one process.)

Changes a clinic may see are written to `FeedEntry` rows for that clinic when they happen
(regional-listing-api.md "Inbound"): the clinic's EpisodeOfCares and Flags, and the Patients
listed or assigned there, or whose listing there ended in the last 13 months.

The population-register events (R-LI-2, R-LI-4, R-TG-4) are methods here, used by the population
simulator (population.py) and by the tests.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, delete, func, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from klinik_app.domain.dates import add_months, add_years
from klinik_app.domain.ruleset import RuleSet, default_rules_dir, load_rule_sets, rule_set_for
from klinik_app.domain.target_group import membership_window
from regional_service import codes as C
from regional_service.clock import Clock
from regional_service.db import (
    Clinic,
    FeedEntry,
    Listing,
    ListingStop,
    Person,
    RegisterState,
    StoredResource,
    create_schema,
    make_engine,
)
from regional_service.fhir import episode_resource, flag_resource, patient_resource

PLANNED, ACTIVE, FINISHED, CANCELLED, ERROR = "planned", "active", "finished", "cancelled", "entered-in-error"
CURRENT = (PLANNED, ACTIVE)
VISIBLE_MONTHS = 13  # a Patient stays visible this long after the listing at the clinic ended


@dataclass
class Tx:
    """One write transaction: the session, its stamp and the business date."""

    s: Session
    now: datetime
    today: date
    rules: RuleSet
    _clinics: dict[str, Clinic] | None = field(default=None, repr=False)
    # (clinic, person id, Patient version) known to be in that clinic's feed: asked once per transaction
    visible: set[tuple[str, str, int]] = field(default_factory=set, repr=False)

    def clinics(self) -> dict[str, Clinic]:
        if self._clinics is None:
            self._clinics = {c.hsa_id: c for c in self.s.scalars(select(Clinic))}
        return self._clinics


FEED_INSERT = FeedEntry.__table__.insert()
# The statements every transaction asks, built once: building and keying a select anew cost more
# than running it (SQLAlchemy keeps the compiled form of a statement object with it).
PATIENT_IN_FEED = select(FeedEntry.seq).where(
    FeedEntry.clinic_hsa == bindparam("clinic"), FeedEntry.resource_type == "Patient",
    FeedEntry.resource_id == bindparam("person"), FeedEntry.version_id == bindparam("version")).limit(1)
CURRENT_LISTINGS = select(Listing).where(Listing.person_id == bindparam("person"), Listing.status.in_(CURRENT)) \
    .order_by(Listing.period_start)
HELD_LISTINGS = select(Listing).where(Listing.person_id == bindparam("person"),
                                      Listing.status.in_((*CURRENT, FINISHED))).order_by(Listing.period_start)
STOPS = select(ListingStop).where(ListingStop.clinic_hsa == bindparam("clinic"), ListingStop.status != ERROR)
PERSON_BY_IDENTITY = select(Person).where(Person.identity == bindparam("identity"))
STORED = select(StoredResource).where(StoredResource.resource_type == bindparam("type"),
                                      StoredResource.identifier == bindparam("identifier"))


class Region:
    def __init__(
        self,
        engine: Engine,
        clock: Clock | None = None,
        *,
        region_id: str = "vasterbotten",
        rules_dir: Path | str | None = None,
        id_factory: Callable[[], str] | None = None,
    ) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self.clock = clock or Clock()
        self.region_id = region_id
        self.rule_sets = load_rule_sets(rules_dir or default_rules_dir())
        self.new_id: Callable[[], str] = id_factory or (lambda: str(uuid.uuid4()))
        self._lock = threading.RLock()
        self.idempotency_purged_at: datetime | None = None  # app.run_transaction: the last purge of old keys
        # The clinics as read by the last write (detached rows); add_clinic, their only writer, drops them.
        self._clinics: dict[str, Clinic] | None = None
        create_schema(engine)
        with self.sessions() as s:
            last = s.scalar(select(func.max(FeedEntry.last_updated)))
            if last is not None:
                self.clock.observe(last)
            if not self.clock.fixed:
                stored = s.get(RegisterState, "today")
                if stored is not None:
                    self.clock.set_today(date.fromisoformat(stored.value))

    @classmethod
    def open(cls, db: str | Path, clock: Clock | None = None, **kwargs: Any) -> Region:
        return cls(make_engine(db), clock, **kwargs)

    def rules(self, on: date | None = None) -> RuleSet:
        return rule_set_for(self.region_id, on or self.clock.today(), self.rule_sets)

    # --- transactions ---------------------------------------------------------------------------

    @contextmanager
    def write(self, today: date | None = None) -> Iterator[Tx]:
        with self._lock:
            with self.sessions.begin() as s:
                day = today or self.clock.today()
                tx = Tx(s, self.clock.stamp(), day, self.rules(day), self._clinics)
                yield tx
            self._clinics = tx._clinics  # committed: what it read of the clinics is current

    @contextmanager
    def exclusive(self, id_factory: Callable[[], str] | None = None) -> Iterator[None]:
        """Hold the write lock across several transactions, optionally with other server ids
        (the seeded simulator: no request may take its ids in between)."""
        with self._lock:
            saved = self.new_id
            if id_factory is not None:
                self.new_id = id_factory
            try:
                yield
            finally:
                self.new_id = saved

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as s:
            yield s

    @contextmanager
    def snapshot(self) -> Iterator[tuple[datetime, int]]:
        """The instant and the last feed sequence number of a `_history` query (history.py)."""
        with self._lock, self.sessions() as s:
            instant = self.clock.stamp()
            yield instant, s.scalar(select(func.max(FeedEntry.seq))) or 0

    # --- state ----------------------------------------------------------------------------------

    def get_state(self, s: Session, key: str) -> str | None:
        row = s.get(RegisterState, key)
        return None if row is None else row.value

    def set_state(self, s: Session, key: str, value: str) -> None:
        row = s.get(RegisterState, key)
        if row is None:
            s.add(RegisterState(key=key, value=value))
        else:
            row.value = value

    # --- clinics --------------------------------------------------------------------------------

    def add_clinic(self, hsa_id: str, name: str, area_municipalities: list[str] | tuple[str, ...] = ()) -> None:
        with self._lock:  # no other write between this one and dropping the clinics it changed
            with self.write() as tx:
                clinic = tx.s.get(Clinic, hsa_id)
                if clinic is None:
                    tx.s.add(Clinic(hsa_id=hsa_id, name=name, area_municipalities=list(area_municipalities)))
                else:
                    clinic.name = name
                    clinic.area_municipalities = list(area_municipalities)
            self._clinics = None

    def clinic(self, hsa_id: str) -> Clinic | None:
        with self.read() as s:
            return s.get(Clinic, hsa_id)

    def area_clinic(self, tx: Tx, municipality_code: str | None) -> Clinic | None:
        """The Folktandvården clinic with area responsibility for a municipality (R-LI-2)."""
        for hsa_id in sorted(tx.clinics()):
            clinic = tx.clinics()[hsa_id]
            if municipality_code and municipality_code in (clinic.area_municipalities or []):
                return clinic
        return None

    # --- versions and the per-clinic feed -------------------------------------------------------

    def _bump(self, tx: Tx, row: Person | Listing | ListingStop) -> None:
        row.version_id = (row.version_id or 0) + 1
        row.last_updated = tx.now

    def _publish(self, tx: Tx, clinic_hsa: str, resource_type: str, resource_id: str, version_id: int,
                 method: str, content: dict[str, Any] | None, person_id: str | None) -> None:
        # Inserted at once, not added to the session: the unit of work cost a sixth of a registration, and
        # the feed is append-only. Read-your-writes and the savepoint's rollback hold as for any statement.
        tx.s.connection().execute(FEED_INSERT, {
            "clinic_hsa": clinic_hsa, "resource_type": resource_type, "resource_id": resource_id,
            "version_id": version_id, "method": method, "last_updated": tx.now, "person_id": person_id,
            "content": content})

    def visible_clinics(self, tx: Tx, person_id: str) -> set[str]:
        """Clinics where the person is listed or assigned, or was within the last 13 months."""
        since = add_months(tx.today, -VISIBLE_MONTHS)
        rows = tx.s.execute(
            select(Listing.clinic_hsa, Listing.status, Listing.period_end, Listing.last_updated)
            .where(Listing.person_id == person_id, Listing.status != ERROR)
        )
        clinics = set()
        for clinic_hsa, status, end, updated in rows:
            if status in CURRENT:
                clinics.add(clinic_hsa)
            else:
                ended = end if end is not None else updated.date()
                if ended >= since:
                    clinics.add(clinic_hsa)
        return clinics

    def save_person(self, tx: Tx, person: Person, method: str = "PUT") -> None:
        tx.s.add(person)
        self._bump(tx, person)
        tx.s.flush()
        if person.protected:
            return  # R-TG-4: nothing about the person leaves the region again
        content = patient_resource(person, tx.today)
        for clinic_hsa in sorted(self.visible_clinics(tx, person.id)):
            self._publish(tx, clinic_hsa, "Patient", person.id, person.version_id, method, content, person.id)

    def _ensure_patient_visible(self, tx: Tx, person: Person, clinic_hsa: str) -> None:
        """A clinic gets a person's current Patient version when a listing there makes it visible."""
        if person.protected:
            return
        key = (clinic_hsa, person.id, person.version_id)
        if key in tx.visible:
            return
        # On the connection: the feed is written at once (_publish), so nothing pending needs a flush first
        seen = tx.s.connection().scalar(PATIENT_IN_FEED, {"clinic": clinic_hsa, "person": person.id,
                                                           "version": person.version_id})
        if seen is None:
            method = "POST" if person.version_id == 1 else "PUT"
            self._publish(tx, clinic_hsa, "Patient", person.id, person.version_id, method,
                          patient_resource(person, tx.today), person.id)
        tx.visible.add(key)

    def save_listing(self, tx: Tx, listing: Listing, method: str = "PUT") -> dict[str, Any]:
        tx.s.add(listing)
        self._bump(tx, listing)  # written with the next flush, together with its feed entries
        person = tx.s.get(Person, listing.person_id)
        clinic = tx.clinics()[listing.clinic_hsa]
        content = episode_resource(listing, person, clinic)
        if not person.protected:
            if listing.status != ERROR:
                self._ensure_patient_visible(tx, person, listing.clinic_hsa)
            self._publish(tx, listing.clinic_hsa, "EpisodeOfCare", listing.id, listing.version_id, method,
                          content, person.id)
        return content

    def save_stop(self, tx: Tx, stop: ListingStop, method: str = "PUT") -> dict[str, Any]:
        tx.s.add(stop)
        self._bump(tx, stop)
        content = flag_resource(stop)
        self._publish(tx, stop.clinic_hsa, "Flag", stop.id, stop.version_id, method, content, None)
        return content

    # --- listings -------------------------------------------------------------------------------

    def current_listings(self, tx: Tx, person_id: str) -> list[Listing]:
        return list(tx.s.scalars(CURRENT_LISTINGS, {"person": person_id}))

    def in_county(self, tx: Tx, person: Person) -> bool:
        """Folkbokförd in the county: a personnummer and a municipality of the county (R-TG-1, R-TG-2)."""
        return person.id_kind == "personnummer" and tx.rules.target_group.is_county_municipality(person.municipality_code)

    def in_age_group(self, tx: Tx, person: Person, on: date) -> bool:
        start, end = membership_window(person.birth_date, tx.rules.target_group)
        return start <= on <= end

    def assign(self, tx: Tx, person: Person, clinic_hsa: str, start: date) -> Listing:
        """An `icke-val` listing made by the region (R-LI-2)."""
        listing = Listing(id=self.new_id(), identifier=None, person_id=person.id, clinic_hsa=clinic_hsa,
                          listing_type=C.ASSIGNED, status=ACTIVE if start <= tx.today else PLANNED,
                          period_start=start)
        self.save_listing(tx, listing, "POST")
        return listing

    def end_listing(self, tx: Tx, listing: Listing, last_day: date, reason: str, ended_by: str | None = None) -> None:
        """Finish a listing on `last_day` (inclusive). One that would end before it starts never
        started: it is `cancelled` and keeps no end (FHIR per-1: start <= end)."""
        if last_day < listing.period_start:
            listing.status = CANCELLED
            listing.period_end = None
        else:
            listing.status = FINISHED
            listing.period_end = last_day
        listing.end_reason = reason
        listing.ended_by_id = ended_by
        self.save_listing(tx, listing)

    def register_choice(self, tx: Tx, person: Person, clinic_hsa: str, start: date, identifier: str | None,
                        held: list[Listing] | None = None) -> Listing:
        """A `val` listing (R-LI-1, R-LI-3). The patient's other listings end the day before it
        starts: `eget-val` for an assigned listing at the same clinic, `omval` elsewhere.
        `held`: the person's `held_listings` when the caller has them (not asked again)."""
        listing = Listing(id=self.new_id(), identifier=identifier, person_id=person.id, clinic_hsa=clinic_hsa,
                          listing_type=C.CHOICE, status=ACTIVE if start <= tx.today else PLANNED,
                          period_start=start)
        # Added (and inserted, at version 1) by save_listing below, after the listings it ends.
        current = self.current_listings(tx, person.id) if held is None else [
            other for other in held if other.status in CURRENT]
        for other in current:
            same_clinic = other.clinic_hsa == clinic_hsa
            reason = "eget-val" if same_clinic and other.listing_type == C.ASSIGNED else "omval"
            self.end_listing(tx, other, start - timedelta(days=1), reason, ended_by=listing.id)
        self.save_listing(tx, listing, "POST")
        return listing

    def mark_listing_in_error(self, tx: Tx, listing: Listing) -> None:
        """Correction: a listing registered by mistake. The listings it ended are reopened."""
        listing.status = ERROR
        listing.end_reason = "felregistrering"
        self.save_listing(tx, listing)
        ended = tx.s.scalars(select(Listing).where(Listing.ended_by_id == listing.id))
        for other in ended:
            if other.status not in (FINISHED, CANCELLED) or other.end_reason not in ("omval", "eget-val"):
                continue
            other.status = ACTIVE if other.period_start <= tx.today else PLANNED
            other.period_end = None
            other.end_reason = None
            other.ended_by_id = None
            self.save_listing(tx, other)

    def held_listings(self, tx: Tx, person_id: str) -> list[Listing]:
        """The person's listings that hold now or later, or finished, by start: one query serves both
        `choice_listed_here` and the listings a new choice ends (`register_choice`)."""
        return list(tx.s.scalars(HELD_LISTINGS, {"person": person_id}))

    def choice_listed_here(self, tx: Tx, held: list[Listing], clinic_hsa: str) -> bool:
        """`redan-listad-har`: of the person's `held_listings`, a choice listing at this clinic that holds now or will."""
        return any(
            listing.clinic_hsa == clinic_hsa and listing.listing_type == C.CHOICE
            and (listing.status in CURRENT
                 or (listing.status == FINISHED and listing.period_end is not None and listing.period_end >= tx.today))
            for listing in held)

    def active_choice_count(self, tx: Tx, clinic_hsa: str) -> int:
        """R-LI-5 [tolkning]: active `val` listings known to the region (protected identity not counted)."""
        return tx.s.scalar(
            select(func.count(Listing.id)).join(Person, Person.id == Listing.person_id).where(
                Listing.clinic_hsa == clinic_hsa, Listing.listing_type == C.CHOICE,
                Listing.status.in_((PLANNED, ACTIVE, FINISHED)), Listing.period_start <= tx.today,
                or_(Listing.period_end.is_(None), Listing.period_end >= tx.today), Person.protected.is_(False),
            )
        ) or 0

    def stop_covering(self, tx: Tx, clinic_hsa: str, day: date) -> ListingStop | None:
        for stop in tx.s.scalars(STOPS, {"clinic": clinic_hsa}):
            if stop.period_start <= day and (stop.period_end is None or day <= stop.period_end):
                if stop.status == "active" or stop.period_end is not None:
                    return stop
        return None

    # --- the population register's events (R-LI-2, R-LI-4, R-TG-4) -------------------------------

    def add_person(self, tx: Tx, *, identity: str, birth_date: date, given_name: str, family_name: str,
                   gender: str = "unknown", street: str | None = None, postal_code: str | None = None,
                   city: str | None = None, municipality_code: str | None = None, phone: str | None = None,
                   guardians: list[dict[str, Any]] | None = None, protected: bool = False,
                   deceased_on: date | None = None) -> Person:
        kind = "samordningsnummer" if int(identity[6:8]) > 60 else "personnummer"
        person = Person(id=self.new_id(), identity=identity, id_kind=kind, birth_date=birth_date,
                        given_name=given_name, family_name=family_name, gender=gender, street=street,
                        postal_code=postal_code, city=city, municipality_code=municipality_code,
                        municipality_name=self.municipality_name(tx, municipality_code), phone=phone,
                        guardians=guardians or [], protected=protected, deceased_on=deceased_on, version_id=0)
        self.save_person(tx, person, "POST")
        return person

    def municipality_name(self, tx: Tx, code: str | None) -> str | None:
        return tx.rules.target_group.municipality_name(code) if code else None

    def assignable(self, tx: Tx, person: Person, on: date) -> bool:
        return (not person.protected and person.deceased_on is None and self.in_county(tx, person)
                and self.in_age_group(tx, person, on))

    def person_by_identity(self, s: Session, identity: str) -> Person | None:
        return s.scalar(PERSON_BY_IDENTITY, {"identity": identity})

    def move(self, tx: Tx, person: Person, on: date, *, street: str, postal_code: str, city: str,
             municipality_code: str, municipality_name: str | None = None) -> None:
        """A new address from the population register: within, out of or into the county (R-LI-4)."""
        was_in = self.in_county(tx, person)
        person.street, person.postal_code, person.city = street, postal_code, city
        person.municipality_code = municipality_code
        person.municipality_name = municipality_name or self.municipality_name(tx, municipality_code)
        now_in = self.in_county(tx, person)
        self.save_person(tx, person)
        if person.protected:
            return
        current = self.current_listings(tx, person.id)
        if was_in and not now_in:
            for listing in current:
                self.end_listing(tx, listing, on, "utflyttad-lan")
        elif was_in and now_in:
            area = self.area_clinic(tx, municipality_code)
            for listing in current:
                if listing.listing_type != C.ASSIGNED:
                    continue  # a choice stays where it is (R-LI-4)
                if area is not None and area.hsa_id == listing.clinic_hsa:
                    continue
                # [tolkning] the old assignment ends on the move date, the new one starts the day after.
                self.end_listing(tx, listing, on, "omflyttad-icke-val")
                if area is not None and self.assignable(tx, person, on + timedelta(days=1)):
                    self.assign(tx, person, area.hsa_id, on + timedelta(days=1))
        elif now_in and not current and self.assignable(tx, person, on):
            area = self.area_clinic(tx, municipality_code)
            if area is not None:
                self.assign(tx, person, area.hsa_id, on)

    def death(self, tx: Tx, person: Person, on: date) -> None:
        person.deceased_on = on
        self.save_person(tx, person)
        for listing in self.current_listings(tx, person.id):
            self.end_listing(tx, listing, on, "avliden")

    def set_protected(self, tx: Tx, person: Person, on: date) -> None:
        """R-TG-4: the listings end (`skyddad-identitet`, a PUT), then every clinic that saw the
        person gets DELETE entries for the Patient and its EpisodeOfCares. Earlier feed entries
        about the person are purged, so no later `_history` call gives them out."""
        seen = set(tx.s.scalars(select(FeedEntry.clinic_hsa).where(FeedEntry.person_id == person.id).distinct()))
        for listing in self.current_listings(tx, person.id):
            self.end_listing(tx, listing, on, "skyddad-identitet")
        tx.s.flush()
        tx.s.execute(delete(FeedEntry).where(FeedEntry.person_id == person.id, FeedEntry.last_updated < tx.now))
        person.protected = True
        self._bump(tx, person)
        listings = list(tx.s.scalars(select(Listing).where(Listing.person_id == person.id)))
        for listing in listings:
            if listing.clinic_hsa in seen:
                self._bump(tx, listing)
        for clinic_hsa in sorted(seen):
            self._publish(tx, clinic_hsa, "Patient", person.id, person.version_id, "DELETE", None, person.id)
            for listing in listings:
                if listing.clinic_hsa == clinic_hsa:
                    self._publish(tx, clinic_hsa, "EpisodeOfCare", listing.id, listing.version_id, "DELETE", None,
                                  person.id)

    # --- daily processing ------------------------------------------------------------------------

    def daily(self, tx: Tx, day: date) -> dict[str, int]:
        """What the region does each day: the age limit (31 December), new 3-year-olds assigned
        (1 January), planned listings becoming active. Returns counts for the simulator's log."""
        counts = {"aldersgrans": 0, "nya-3-aringar": 0, "aktiverade": 0}
        tg = tx.rules.target_group
        # End of the target-group age: the listing ends on the last day of membership (R-TG-1).
        if tg.end == "year-end":
            ending = day.month == 12 and day.day == 31
            born = (date(day.year - tg.max_age, 1, 1), date(day.year - tg.max_age, 12, 31))
        else:
            ending = True
            b = add_years(day + timedelta(days=1), -(tg.max_age + 1))
            born = (b, b)
        if ending:
            rows = tx.s.scalars(
                select(Listing).join(Person, Person.id == Listing.person_id).where(
                    Listing.status.in_(CURRENT), Person.birth_date.between(*born), Person.protected.is_(False))
            )
            for listing in list(rows):
                person = tx.s.get(Person, listing.person_id)
                if membership_window(person.birth_date, tg)[1] == day:
                    self.end_listing(tx, listing, day, "aldersgrans")
                    counts["aldersgrans"] += 1
        # New 3-year-olds (R-LI-2, R-TG-1 [tolkning]): assigned from the first day of membership.
        if tg.start == "year-of-birthday":
            starting = day.month == 1 and day.day == 1
            born = (date(day.year - tg.min_age, 1, 1), date(day.year - tg.min_age, 12, 31))
        else:
            starting = True
            b = add_years(day, -tg.min_age)
            born = (b, b)
        if starting:
            listed = select(Listing.person_id).where(Listing.status.in_(CURRENT))
            people = tx.s.scalars(select(Person).where(
                Person.birth_date.between(*born), Person.protected.is_(False), Person.deceased_on.is_(None),
                Person.id.not_in(listed)).order_by(Person.identity))
            for person in list(people):
                if not self.assignable(tx, person, day) or membership_window(person.birth_date, tg)[0] != day:
                    continue
                area = self.area_clinic(tx, person.municipality_code)
                if area is not None:
                    self.assign(tx, person, area.hsa_id, day)
                    counts["nya-3-aringar"] += 1
        # Planned listings whose care responsibility starts today (R-LI-3).
        for listing in list(tx.s.scalars(select(Listing).where(Listing.status == PLANNED, Listing.period_start <= day))):
            listing.status = ACTIVE
            self.save_listing(tx, listing)
            counts["aktiverade"] += 1
        return counts

    def catch_up(self) -> int:
        """Run `daily` for every day since the last one processed, up to today. Returns days run."""
        today = self.clock.today()
        with self.read() as s:
            done = self.get_state(s, "processed_through")
        if done is None:
            with self.write() as tx:
                self.set_state(tx.s, "processed_through", (today - timedelta(days=1)).isoformat())
            done = (today - timedelta(days=1)).isoformat()
        day = date.fromisoformat(done) + timedelta(days=1)
        days = 0
        while day <= today:
            with self.write(today=day) as tx:
                self.daily(tx, day)
                self.set_state(tx.s, "processed_through", day.isoformat())
            day += timedelta(days=1)
            days += 1
        return days

    # --- look-ups -------------------------------------------------------------------------------

    def stored(self, s: Session, resource_type: str, identifier: str) -> StoredResource | None:
        return s.scalar(STORED, {"type": resource_type, "identifier": identifier})
