"""`GET [base]/_history`: every row of the contract's event table as the clinic receives it, and
paging with the snapshot watermark ("Inbound")."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from fhir.resources.R4B.bundle import Bundle

from regional_service import codes as C
from regional_service.app import create_app
from regional_service.clock import Clock
from regional_service.db import Person
from regional_service.register import Region
from regional_service.tls import ServerThread

from . import bundles as B
from .conftest import CLINIC, CLINICS, HISTORY, OTHER, TODAY, Client, latest, make_pnr


class World:
    """A region of its own (the daily processing touches everyone), served on its own port."""

    def __init__(self, region: Region, server: ServerThread, certs) -> None:
        self.region, self.server, self.certs = region, server, certs
        self.clients: list[Client] = []

    def client(self, hsa_id: str) -> Client:
        client = Client(f"{self.server.url}/fhir", self.certs.context(self.certs.client(hsa_id)))
        self.clients.append(client)
        return client

    def person(self, birth: date = date(2016, 5, 10), kommun: str = "2480", *, assign: str | None = None,
               assigned_from: date | None = None, today: date = TODAY, guardians: int = 1):
        with self.region.write(today=today) as tx:
            g = [{"identity": make_pnr(date(1984, 4, 4)), "given_name": "Erik", "family_name": "Nordin",
                  "phone": "070-7654321", "street": "Skolgatan 2", "postal_code": "903 30", "city": "Umeå"}
                 for _ in range(guardians)]
            p = self.region.add_person(tx, identity=make_pnr(birth), birth_date=birth, given_name="Olle",
                                       family_name="Nordin", gender="male", street="Skolgatan 2",
                                       postal_code="903 30", city="Umeå", municipality_code=kommun, guardians=g)
            if assign:
                self.region.assign(tx, p, assign, assigned_from or date(birth.year + 3, 1, 1))
            return p

    def event(self, method: str, person_id: str, *args, today: date = TODAY, **kwargs) -> None:
        with self.region.write(today=today) as tx:
            getattr(self.region, method)(tx, tx.s.get(Person, person_id), *args, **kwargs)

    def daily(self, day: date) -> None:
        with self.region.write(today=day) as tx:
            self.region.daily(tx, day)


@pytest.fixture(scope="module")
def world(region_db, certs):
    region = Region.open(region_db("world"), Clock(TODAY))
    for hsa_id, (name, areas) in CLINICS.items():
        region.add_clinic(hsa_id, name, areas)
    with ServerThread(create_app(region=region), cert=certs.server.cert, key=certs.server.key,
                      ca=certs.ca.cert) as server:
        w = World(region, server, certs)
        yield w
        for client in w.clients:
            client.close()


@pytest.fixture(scope="module")
def here(world) -> Client:
    return world.client(CLINIC)


@pytest.fixture(scope="module")
def there(world) -> Client:
    return world.client(OTHER)


def changes(client: Client, since: str, person) -> dict[str, list[dict]]:
    """This call's entries about one person, by resource type, oldest version first."""
    out: dict[str, list[dict]] = {}
    for page in client.history(since=since):
        Bundle.model_validate(page)
        for entry in page["entry"]:
            r = entry.get("resource") or {}
            mine = (r.get("resourceType") == "Patient" and r["id"] == person.id) or (
                r.get("resourceType") == "EpisodeOfCare" and r["patient"]["identifier"]["value"] == person.identity)
            if mine:
                out.setdefault(entry["request"]["url"].split("/")[0], []).append(entry)
    for items in out.values():
        items.sort(key=lambda e: int(e["response"]["etag"].split('"')[1]))
    return out


def mark(client: Client) -> str:
    """The watermark: meta.lastUpdated of a `_history` call's first page."""
    return client.history()[0]["meta"]["lastUpdated"]


def ending(entry: dict) -> tuple[str, str | None, str | None]:
    r = entry["resource"]
    reason = r["extension"][0]["valueCoding"]["code"] if r.get("extension") else None
    return r["status"], r["period"].get("end"), reason


# --- the event table ----------------------------------------------------------------------------------


def test_a_new_3_year_old_assigned_here(world, here):
    p = world.person(date(2024, 6, 1))
    since = mark(here)
    world.daily(date(2027, 1, 1))
    got = changes(here, since, p)
    patient, = got["Patient"]
    assert patient["request"]["method"] == "POST" and patient["response"]["status"] == "201 Created"
    assert patient["resource"]["contact"][0]["relationship"][0]["coding"][0]["code"] == "GUARD"
    assert patient["resource"]["contact"][0]["extension"][0]["url"] == C.EXT_KONTAKTPERSON_PNR
    episode, = got["EpisodeOfCare"]
    r = episode["resource"]
    assert r["type"][0]["coding"][0]["code"] == "icke-val"
    assert r["status"] == "active" and r["period"] == {"start": "2027-01-01"}


def test_a_person_moving_into_the_county_assigned_here(world, here):
    p = world.person(date(2012, 2, 2), kommun="0180")
    since = mark(here)
    world.event("move", p.id, date(2026, 11, 20), street="Storgatan 9", postal_code="903 27", city="Umeå",
                municipality_code="2480")
    got = changes(here, since, p)
    assert got["Patient"][0]["resource"]["address"][0]["district"] == "Umeå"
    r = got["EpisodeOfCare"][0]["resource"]
    assert (r["type"][0]["coding"][0]["code"], r["status"], r["period"]) == ("icke-val", "active", {"start": "2026-11-20"})


def test_own_registration_accepted_then_active_from_its_start(world, here):
    p = world.person()
    since = mark(here)
    response = here.post(B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])[0])
    server_id = response.json()["entry"][0]["resource"]["id"]
    got = changes(here, since, p)
    assert got["Patient"][0]["request"]["method"] == "POST"  # the patient is new to this clinic
    first, = got["EpisodeOfCare"]
    assert first["resource"]["id"] == server_id and first["resource"]["status"] == "planned"
    since = mark(here)
    world.daily(date(2026, 12, 1))
    second, = changes(here, since, p)["EpisodeOfCare"]
    assert second["resource"]["status"] == "active" and second["resource"]["meta"]["versionId"] == "2"


def test_the_patient_chose_this_assigned_clinic(world, here):
    p = world.person(assign=CLINIC)
    since = mark(here)
    here.post(B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])[0])
    episodes = changes(here, since, p)["EpisodeOfCare"]
    by_type = {e["resource"]["type"][0]["coding"][0]["code"]: e for e in episodes}
    assert ending(by_type["icke-val"]) == ("finished", "2026-11-30", "eget-val")
    assert by_type["val"]["resource"]["status"] == "planned"


def test_re_choice_to_another_clinic(world, here, there):
    p = world.person(assign=CLINIC)
    since = mark(here)
    there.post(B.registration(p.identity, OTHER, guardian=p.guardians[0]["identity"])[0])
    episode, = changes(here, since, p)["EpisodeOfCare"]
    assert episode["request"]["method"] == "PUT"
    assert ending(episode) == ("finished", "2026-11-30", "omval")


def test_moved_within_the_county(world, here, there):
    assigned = world.person(assign=CLINIC)
    chosen = world.person()
    with world.region.write() as tx:
        world.region.register_choice(tx, tx.s.merge(chosen), CLINIC, date(2026, 1, 1), None)
    since, since_there = mark(here), mark(there)
    for p in (assigned, chosen):
        world.event("move", p.id, date(2026, 11, 21), street="Kanalgatan 1", postal_code="931 30",
                    city="Skellefteå", municipality_code="2482")
    got = changes(here, since, assigned)
    assert got["Patient"][0]["resource"]["address"][0]["city"] == "Skellefteå"
    assert ending(got["EpisodeOfCare"][0]) == ("finished", "2026-11-21", "omflyttad-icke-val")
    # The assignment moves to the new area's clinic [tolkning]: from the day after the move.
    new, = changes(there, since_there, assigned)["EpisodeOfCare"]
    assert new["resource"]["period"] == {"start": "2026-11-22"}
    # A choice stays where it is (R-LI-4): only the Patient changes.
    got = changes(here, since, chosen)
    assert "EpisodeOfCare" not in got and got["Patient"][0]["request"]["method"] == "PUT"


def test_moved_out_of_the_county(world, here):
    p = world.person(assign=CLINIC)
    since = mark(here)
    world.event("move", p.id, date(2026, 11, 15), street="Sveavägen 1", postal_code="113 50", city="Stockholm",
                municipality_code="0180", municipality_name="Stockholm")
    got = changes(here, since, p)
    address = got["Patient"][0]["resource"]["address"][0]
    assert address["district"] == "Stockholm" and address["extension"][0]["valueCoding"]["code"] == "0180"
    assert ending(got["EpisodeOfCare"][0]) == ("finished", "2026-11-15", "utflyttad-lan")


def test_death(world, here):
    p = world.person(assign=CLINIC)
    since = mark(here)
    world.event("death", p.id, date(2026, 11, 10))
    got = changes(here, since, p)
    assert got["Patient"][0]["resource"]["deceasedDateTime"] == "2026-11-10"
    assert ending(got["EpisodeOfCare"][0]) == ("finished", "2026-11-10", "avliden")


def test_end_of_the_target_group_age(world, here):
    p = world.person(date(2003, 7, 7), assign=CLINIC, guardians=0)
    since = mark(here)
    world.daily(date(2026, 12, 30))
    assert "EpisodeOfCare" not in changes(here, since, p)
    world.daily(date(2026, 12, 31))
    assert ending(changes(here, since, p)["EpisodeOfCare"][0]) == ("finished", "2026-12-31", "aldersgrans")


def test_protected_identity_set(world, here):
    p = world.person(assign=CLINIC)
    episode_id = [e for e in latest(here.history()).values()
                  if (e.get("resource") or {}).get("resourceType") == "EpisodeOfCare"
                  and e["resource"]["patient"]["identifier"]["value"] == p.identity][0]["resource"]["id"]
    known = {f"Patient/{p.id}", f"EpisodeOfCare/{episode_id}"}  # the client keeps the server ids it saw
    since = mark(here)
    world.event("set_protected", p.id, TODAY)
    pages = here.history(since=since)
    mine = [e for page in pages for e in page["entry"] if e["request"]["url"] in known]
    methods = sorted((e["request"]["method"], e["request"]["url"].split("/")[0]) for e in mine)
    assert methods == [("DELETE", "EpisodeOfCare"), ("DELETE", "Patient"), ("PUT", "EpisodeOfCare")]
    put = next(e for e in mine if e["request"]["method"] == "PUT")
    assert ending(put) == ("finished", TODAY.isoformat(), "skyddad-identitet")
    deletes = [e for e in mine if e["request"]["method"] == "DELETE"]
    for d in deletes:
        assert "resource" not in d and d["response"]["lastModified"]
    by_url = {e["request"]["url"]: int(e["response"]["etag"].split('"')[1]) for e in deletes}
    assert by_url[f"EpisodeOfCare/{episode_id}"] > int(put["response"]["etag"].split('"')[1])
    # From now on nothing about the person: not in a first sync, not in the full history.
    everything = [e for page in here.history() for e in page["entry"]]
    assert not [e for e in everything if e["request"]["url"] in known]
    with_since = [e for page in here.history(since="2000-01-01T00:00:00Z") for e in page["entry"]]
    assert {e["request"]["method"] for e in with_since if e["request"]["url"] in known} == {"PUT", "DELETE"}
    # A clinic that sends data about the person is refused.
    response = here.post(B.revision(p.identity, CLINIC)[0])
    assert response.status_code == 422


# --- paging and the watermark -------------------------------------------------------------------------


def test_paging_is_complete_and_stable_while_the_region_changes(world):
    hist = world.client(HISTORY)
    people = [world.person(date(2010, 3, 1) + timedelta(days=i), kommun="2404", assign=HISTORY,
                           assigned_from=date(2020, 1, 1)) for i in range(12)]
    expected = {f"Patient/{p.id}" for p in people}
    first = hist.http.get("/_history", params={"_count": 5}).json()
    snapshot = first["meta"]["lastUpdated"]
    assert len(first["entry"]) == 5
    # The region changes between pages: new people, and a move of one already paged.
    late = [world.person(date(2011, 1, 1) + timedelta(days=i), kommun="2404", assign=HISTORY) for i in range(3)]
    world.event("move", people[0].id, TODAY, street="Ny väg 1", postal_code="922 31", city="Vindeln",
                municipality_code="2404")
    pages = [first]
    while (nxt := [link["url"] for link in pages[-1]["link"] if link["relation"] == "next"]):
        page = hist.http.get(nxt[0]).json()
        assert page["meta"]["lastUpdated"] == snapshot  # every page belongs to the same snapshot
        assert len(page["entry"]) <= 5
        pages.append(page)
    urls = [e["request"]["url"] for page in pages for e in page["entry"]]
    assert len(urls) == len(set(urls)) == 24  # 12 Patients + 12 EpisodeOfCares, none twice, none late
    assert {u for u in urls if u.startswith("Patient/")} == expected
    for page in pages:
        Bundle.model_validate(page)
    # The next call from the watermark brings exactly what changed after the snapshot.
    after = [e for page in hist.history(since=snapshot, count=4) for e in page["entry"]]
    assert {e["request"]["url"] for e in after if e["request"]["url"].startswith("Patient/")} == \
        {f"Patient/{p.id}" for p in late} | {f"Patient/{people[0].id}"}
    assert all(e["response"]["lastModified"] >= snapshot for e in after)
    # And once nothing changes, nothing more.
    again = hist.history()[0]["meta"]["lastUpdated"]
    assert hist.history(since=again)[0]["entry"] == []


def test_first_sync_without_since_gives_the_latest_version_of_what_is_visible(world):
    hist = world.client(HISTORY)
    p = world.person(date(2009, 9, 9), kommun="2404", assign=HISTORY, assigned_from=date(2020, 1, 1))
    world.event("move", p.id, TODAY, street="Ny väg 2", postal_code="922 32", city="Vindeln", municipality_code="2404")
    old = world.person(date(2008, 8, 8), kommun="2404", assign=HISTORY, assigned_from=date(2020, 1, 1),
                       today=date(2025, 6, 1))
    world.event("move", old.id, date(2025, 6, 1), street="Sveavägen 2", postal_code="113 51", city="Stockholm",
                municipality_code="0180", municipality_name="Stockholm", today=date(2025, 6, 1))
    entries = [e for page in hist.history(count=7) for e in page["entry"]]
    urls = [e["request"]["url"] for e in entries]
    assert len(urls) == len(set(urls))  # one entry per resource
    mine = [e for e in entries if e["request"]["url"] == f"Patient/{p.id}"]
    assert [e["resource"]["meta"]["versionId"] for e in mine] == ["2"]
    # Listed here until June 2025: more than 13 months ago, so neither the Patient nor the listing.
    assert f"Patient/{old.id}" not in urls
    assert not [e for e in entries if (e.get("resource") or {}).get("resourceType") == "EpisodeOfCare"
                and e["resource"]["patient"]["identifier"]["value"] == old.identity]
    assert not [e for e in entries if e["request"]["method"] == "DELETE"]


@pytest.mark.parametrize(("params", "status"), [({"_since": "yesterday"}, 400), ({"_count": "many"}, 400),
                                                ({"_count": "0"}, 400), ({"_page": "x.y"}, 400)])
def test_bad_history_parameters_are_400(here, params, status):
    assert here.http.get("/_history", params=params).status_code == status
