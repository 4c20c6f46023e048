"""Listing stop (R-LI-5): Flag create and lift, and its effect on new choices."""

from __future__ import annotations

from datetime import date

from regional_service import codes as C

from . import bundles as B
from .conftest import STOPPER, TODAY, felkod, latest


def test_listing_stop_lifecycle(connect, region, person):
    stopper = connect(STOPPER)
    # Fewer than 30 active choice listings: refused.
    bundle, _ = B.listing_stop(STOPPER)
    response = stopper.post(bundle)
    assert response.status_code == 422 and felkod(response) == C.LISTNINGSSTOPP
    assert "30" in response.json()["issue"][0]["details"]["text"]

    # 29 active and one protected (not counted): still refused.
    people = [person(date(2010, 1, 1) + (date(2010, 1, 2) - date(2010, 1, 1)) * i) for i in range(30)]
    with region.write() as tx:
        for p in people:
            region.register_choice(tx, tx.s.merge(p), STOPPER, date(2026, 11, 1), None)
    with region.write() as tx:
        region.set_protected(tx, tx.s.merge(people[0]), TODAY)
    response = stopper.post(B.listing_stop(STOPPER)[0])
    assert response.status_code == 422 and felkod(response) == C.LISTNINGSSTOPP

    with region.write() as tx:
        region.register_choice(tx, tx.s.merge(person()), STOPPER, date(2026, 11, 1), None)
    bundle, flag_id = B.listing_stop(STOPPER, start=date(2026, 12, 1))
    response = stopper.post(bundle)
    assert response.status_code == 200, response.text
    flag = response.json()["entry"][0]["resource"]
    assert flag["status"] == "active" and flag["period"] == {"start": "2026-12-01"}
    assert flag["subject"]["identifier"]["value"] == STOPPER

    # The Flag arrives in _history with its server id and status.
    flags = [e for e in latest(stopper.history()).values() if e["request"]["url"].startswith("Flag/")]
    assert [f["resource"]["id"] for f in flags] == [flag["id"]]

    # A second stop while one is in force: conflict.
    assert stopper.post(B.listing_stop(STOPPER)[0]).status_code == 409

    # A choice whose consent falls in the stop is refused; one given before it is accepted.
    child = person()
    g = child.guardians[0]["identity"]
    with region.write(today=date(2026, 12, 5)) as tx:
        from regional_service.fhir import FhirError
        from regional_service.transaction import process

        try:
            with tx.s.begin_nested():
                process(region, tx, STOPPER, B.registration(child.identity, STOPPER, guardian=g,
                                                            consented="2026-12-02T10:00:00Z")[0], None)
            code = None
        except FhirError as error:
            code = error.issues[0]["details"]["coding"][0]["code"]
    assert code == C.LISTNINGSSTOPP
    assert stopper.post(B.registration(child.identity, STOPPER, guardian=g)[0]).status_code == 200

    # Lifting: conditional update to inactive with period.end.
    lift = B.stored_to_update(flag, status="inactive", period={"start": "2026-12-01", "end": "2027-01-31"})
    response = stopper.post(B.transaction([B.put(lift, version=1)], STOPPER))
    assert response.status_code == 200, response.text
    lifted = response.json()["entry"][0]["resource"]
    assert lifted["status"] == "inactive" and lifted["period"]["end"] == "2027-01-31"
    assert lifted["meta"]["versionId"] == "2"
    newest = latest(stopper.history())[f"Flag/{flag['id']}"]["resource"]
    assert newest["status"] == "inactive"
