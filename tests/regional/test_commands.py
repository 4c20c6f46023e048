"""`python -m regional_service ...`: make-certs, seed, simulate and serve; the simulator is seeded."""

from __future__ import annotations

import os
import socket
import ssl
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import httpx2
from cryptography import x509
from sqlalchemy import select

from regional_service.clock import Clock
from regional_service.db import Listing, Person
from regional_service.population import Simulator, seed_population
from regional_service.register import Region

ROOT = Path(__file__).resolve().parents[2]
HSA = "SE2321000222-E12345"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "regional_service", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_make_certs_seed_serve(tmp_path, region_db):
    out = tmp_path / "certs"
    run("make-certs", "--out", str(out), "--clinic", HSA)
    for name in ("ca.pem", "ca.key", "server.pem", "server.key", f"clinic-{HSA}.pem", f"clinic-{HSA}.key"):
        assert (out / name).is_file()
    client_cert = x509.load_pem_x509_certificate((out / f"clinic-{HSA}.pem").read_bytes())
    assert client_cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value == HSA
    server_cert = x509.load_pem_x509_certificate((out / "server.pem").read_bytes())
    names = server_cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "localhost" in names.get_values_for_type(x509.DNSName)

    db = region_db("cli")  # a path, or postgresql://...: `--db` takes both
    seeded = run("seed", "--db", str(db), "--persons", "60", "--seed", "4", "--today", "2026-11-22")
    assert "personer=60" in seeded.stdout
    simulated = run("simulate", "--db", str(db), "--days", "3", "--seed", "4", "--quiet")
    assert "date 2026-11-25" in simulated.stdout

    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "regional_service", "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port),
         "--cert", str(out / "server.pem"), "--key", str(out / "server.key"), "--ca", str(out / "ca.pem"),
         "--log-level", "warning"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ})
    try:
        ctx = ssl.create_default_context(cafile=str(out / "ca.pem"))
        ctx.load_cert_chain(str(out / f"clinic-{HSA}.pem"), str(out / f"clinic-{HSA}.key"))
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                assert process.poll() is None, process.stdout.read()
                assert time.monotonic() < deadline, "serve did not start"
                time.sleep(0.1)
        with httpx2.Client(verify=ctx, base_url=f"https://127.0.0.1:{port}/fhir") as client:
            assert client.get("/metadata").json()["fhirVersion"] == "4.0.1"
            history = client.get("/_history").json()
            assert history["type"] == "history" and history["entry"]  # the seeded clinic sees its patients
    finally:
        process.terminate()
        process.wait(timeout=20)


def snapshot(region: Region) -> tuple:
    with region.read() as s:
        people = [(p.id, p.identity, p.given_name, p.family_name, p.street, p.municipality_code, p.protected,
                   p.deceased_on) for p in s.scalars(select(Person).order_by(Person.identity))]
        listings = [(x.id, x.person_id, x.clinic_hsa, x.listing_type, x.status, x.period_start, x.period_end,
                     x.end_reason) for x in s.scalars(select(Listing).order_by(Listing.id))]
    return people, listings


def test_seed_and_simulation_are_reproducible(tmp_path):
    results = []
    for run_no in (1, 2):
        region = Region.open(tmp_path / f"r{run_no}.sqlite", Clock())
        seed_population(region, persons=300, seed=11, today=date(2026, 12, 20))
        log = Simulator(region, 11).run(20)
        results.append((log, snapshot(region), region.clock.today()))
    assert results[0] == results[1]
    log, (people, listings), today = results[0]
    assert today == date(2027, 1, 9)
    kinds = {line.split()[1] for line in log}
    assert {"aldersgrans", "nya-3-aringar"} <= kinds  # 31 December and 1 January were passed
    assert any(x[7] == "aldersgrans" and x[6] == date(2026, 12, 31) for x in listings)
    assert any(x[3] == "icke-val" and x[5] == date(2027, 1, 1) for x in listings)


def test_simulation_in_two_runs_equals_one_run(tmp_path):
    a = Region.open(tmp_path / "a.sqlite", Clock())
    seed_population(a, persons=150, seed=5, today=date(2026, 11, 22))
    one = Simulator(a, 5).run(10)
    b = Region.open(tmp_path / "b.sqlite", Clock())
    seed_population(b, persons=150, seed=5, today=date(2026, 11, 22))
    two = Simulator(b, 5).run(4) + Simulator(b, 5).run(6)
    assert one == two and snapshot(a) == snapshot(b)
