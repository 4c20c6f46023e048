"""`klinik sync` and `klinik sync-status` as interchange.md documents them: exit codes 0, 4, 5, 6 (64, 1)."""

from __future__ import annotations

import json

from sqlalchemy import select

from klinik_app.cli import main
from klinik_app.db.models import Patient
from klinik_app.services.listing import list_patient
from klinik_app.services.settings import SYNC_CA, SYNC_CLIENT_CERT, SYNC_CLIENT_KEY, SYNC_SERVER_URL, set_setting
from tests.conftest import TODAY


def run(db_path, *args) -> int:
    return main(["--db", str(db_path), "--today", TODAY.isoformat(), *args])


def options(settings, **override) -> list[str]:
    values = {"--server": settings.server, "--client-cert": settings.client_cert, "--client-key": settings.client_key,
              "--ca": settings.ca, **override}
    return [x for k, v in values.items() if v is not None for x in (k, v)]


def status(db_path, capsys) -> dict:
    capsys.readouterr()
    assert run(db_path, "sync-status", "--format", "json") == 0
    out = capsys.readouterr()
    return json.loads(out.out)


def test_sync_and_sync_status_exit_codes_and_json(ctx, db_path, twin, settings, certs, unavailable, capsys):
    assert status(db_path, capsys) == {"last_sync": None, "waiting": 0, "attention": 0, "conflicts": 0}
    unknown, _ = twin(in_region=False)
    known, _ = twin()
    list_patient(ctx, known, giver="vardnadshavare1", consent_date=TODAY, method="pa-plats")
    list_patient(ctx, unknown, giver="vardnadshavare1", consent_date=TODAY, method="pa-plats")
    with ctx.sessions() as s:
        pnr = s.scalars(select(Patient.personnummer)).all()

    # 6: a certificate from another CA (TLS alert unknown_ca); the queue is kept.
    foreign = options(settings, **{"--client-cert": str(certs.foreign.cert), "--client-key": str(certs.foreign.key)})
    assert run(db_path, "sync", *foreign) == 6
    err = capsys.readouterr().err
    assert "certifikat" in err and "Traceback" not in err
    assert status(db_path, capsys)["waiting"] == 2

    # 5: maintenance; nothing lost.
    unavailable((503, 1))
    assert run(db_path, "sync", *options(settings)) == 5
    assert "Inget har gått förlorat" in capsys.readouterr().err
    assert status(db_path, capsys) == {"last_sync": None, "waiting": 2, "attention": 0, "conflicts": 0}
    unavailable(None)

    # 4: one listing sent, the other refused (unknown person), with its Swedish meaning by name.
    assert run(db_path, "sync", *options(settings)) == 4
    err = capsys.readouterr().err
    assert "Synkroniserat med regionen: 1 ändring skickade" in err
    assert "Behöver åtgärd: listning för Alva Berg: Patienten finns inte i befolkningsregistret" in err
    assert not any(number in err for number in pnr)  # never an identity number
    now = status(db_path, capsys)
    assert now["waiting"] == 0 and now["attention"] == 1 and now["conflicts"] == 0 and now["last_sync"].endswith("Z")

    # The settings give the defaults; still 4 while the refused item waits for the user.
    set_setting(ctx, SYNC_SERVER_URL, settings.server)
    set_setting(ctx, SYNC_CLIENT_CERT, settings.client_cert)
    set_setting(ctx, SYNC_CLIENT_KEY, settings.client_key)
    set_setting(ctx, SYNC_CA, settings.ca)
    assert run(db_path, "sync") == 4
    capsys.readouterr()
    assert run(db_path, "sync-status") == 0
    assert "Behöver åtgärd: 1" in capsys.readouterr().out


def test_sync_without_a_server_or_over_plain_http_is_wrong_use(ctx, db_path, settings, capsys):
    assert run(db_path, "sync") == 64
    assert "--server" in capsys.readouterr().err
    assert run(db_path, "sync", "--server", "http://127.0.0.1:1/fhir") == 64
    assert "https://" in capsys.readouterr().err
    assert run(db_path, "sync", *options(settings, **{"--client-key": None})) == 64


def test_a_missing_certificate_file_exits_1(ctx, db_path, settings, tmp_path, capsys):
    assert run(db_path, "sync", *options(settings, **{"--client-cert": str(tmp_path / "saknas.pem")})) == 1
    err = capsys.readouterr().err
    assert "finns inte" in err and "Traceback" not in err


def test_an_unreachable_region_exits_5(ctx, db_path, settings, capsys):
    assert run(db_path, "sync", *options(settings, **{"--server": "https://127.0.0.1:9/fhir"})) == 5
    assert "gick inte att nå" in capsys.readouterr().err
