""""Testa anslutningen": one `GET [base]/metadata` with the clinic's certificate, said in Swedish.

The region maps the certificate to a clinic (its common name in the test set-up and, for SITHS
function certificates, the HSA-ID); metadata does not say which, so the name is read from the
certificate file itself and compared with the clinic of the database.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from cryptography import x509
from cryptography.x509.oid import NameOID

from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Text, text_of
from klinik_app.sync.client import RegionClient, RegionRefused, RegionUnreachable, SyncSetupError

log = logging.getLogger("klinik.sync.check")

# OpenSSL's reasons when the other end does not speak TLS at all (e.g. plain HTTP on that port).
NOT_TLS_REASONS = ("WRONG_VERSION_NUMBER", "RECORD_LAYER_FAILURE", "PACKET_LENGTH_TOO_LONG", "HTTP_REQUEST",
                   "UNEXPECTED_EOF", "UNKNOWN_PROTOCOL")


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    ok: bool
    text: str  # Swedish, for the settings dialog (a `Text`: the window shows it translated)


def certificate_name(path: str | None) -> str | None:
    """The subject's common name of a PEM certificate, or None when it cannot be read."""
    if not path:
        return None
    try:
        with open(path, "rb") as f:
            subject = x509.load_pem_x509_certificate(f.read()).subject
    except (OSError, ValueError):
        return None
    names = subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else None


def check(server: str, client_cert: str | None, client_key: str | None, ca: str | None, *,
          clinic_hsa: str | None, transport=None) -> ConnectionCheck:
    """Ask the region for its CapabilityStatement (blocks on the network: run it in the background)."""
    try:
        with RegionClient(server, client_cert=client_cert, client_key=client_key, ca=ca, transport=transport,
                          timeout=15.0) as client:
            capability = client.metadata()
    except SyncSetupError as e:
        return ConnectionCheck(False, text_of(e))
    except RegionRefused as e:
        log.warning("connection test refused: %s", e.reason)
        return ConnectionCheck(False, text_of(e))
    except RegionUnreachable as e:
        log.warning("connection test failed: %s", e.reason)
        if any(reason in e.reason.upper() for reason in NOT_TLS_REASONS):
            return ConnectionCheck(False, Text(QT_TRANSLATE_NOOP(
                "sync", "Servern på adressen svarar inte med krypterad anslutning (TLS). Kontrollera adressen och "
                        "porten; synkroniseringen sker aldrig utan TLS.")))
        return ConnectionCheck(False, Text(QT_TRANSLATE_NOOP(
            "sync", "Regionens listningstjänst gick inte att nå. Kontrollera adressen och nätverket, eller försök "
                    "igen senare.")))
    name = certificate_name(client_cert)
    version = capability.get("fhirVersion")
    if name is None:
        return ConnectionCheck(True, Text(QT_TRANSLATE_NOOP(
            "sync", "Regionen svarade (FHIR {version}). Vilken klinik certifikatet hör till gick inte att läsa ur "
                    "filen."), version=version))
    if clinic_hsa and name != clinic_hsa:
        return ConnectionCheck(False, Text(QT_TRANSLATE_NOOP(
            "sync", "Regionen svarade (FHIR {version}). Certifikatet hör till kliniken {name}, men databasen tillhör "
                    "kliniken {clinic}. Välj klinikens eget certifikat."),
            version=version, name=name, clinic=clinic_hsa))
    return ConnectionCheck(True, Text(QT_TRANSLATE_NOOP(
        "sync", "Regionen svarade (FHIR {version}). Certifikatet hör till kliniken {name}."),
        version=version, name=name))
