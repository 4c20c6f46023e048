"""Transport and identity (regional-listing-api.md "Transport and identity", "Errors")."""

from __future__ import annotations

import ssl

import httpx2
import pytest
from fhir.resources.R4B.capabilitystatement import CapabilityStatement

from regional_service import codes as C
from regional_service.tls import tls_extension

from .conftest import CLINIC, UNKNOWN, Client


def test_metadata_declares_fhir_4_0_1_and_the_interactions(clinic):
    response = clinic.get("/metadata")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(C.FHIR_JSON)
    statement = response.json()
    CapabilityStatement.model_validate(statement)
    assert statement["fhirVersion"] == "4.0.1"
    rest = statement["rest"][0]
    assert {i["code"] for i in rest["interaction"]} == {"transaction", "history-system"}
    episode = next(r for r in rest["resource"] if r["type"] == "EpisodeOfCare")
    assert episode["conditionalCreate"] and episode["conditionalUpdate"]
    assert {p["name"] for p in episode["searchParam"]} == {"patient:identifier", "status"}


@pytest.mark.parametrize("path", ["/metadata", "/_history", "/EpisodeOfCare?patient:identifier=x|y"])
def test_no_client_certificate_is_401_with_operation_outcome(connect, path):
    client = connect(None)  # TLS without a client certificate: the handshake succeeds
    response = client.get(path)
    assert response.status_code == 401
    outcome = response.json()
    assert outcome["resourceType"] == "OperationOutcome"
    assert outcome["issue"][0]["code"] == "login"
    assert "Klientcertifikat saknas" in outcome["issue"][0]["details"]["text"]


def test_post_without_certificate_is_401(connect):
    assert connect(None).post({"resourceType": "Bundle", "type": "transaction"}).status_code == 401


def test_certificate_of_an_unknown_clinic_is_401(connect):
    response = connect(UNKNOWN).get("/metadata")
    assert response.status_code == 401
    assert UNKNOWN in response.json()["issue"][0]["details"]["text"]


@pytest.mark.parametrize("tls", ["1.3", "1.2"])
@pytest.mark.parametrize(("which", "alert"), [("foreign", "unknown ca"), ("expired", "certificate expired")])
def test_certificate_not_from_the_ca_or_expired_gets_its_tls_alert(certs, base, which, alert, tls):
    """The client must see the alert (unknown_ca, certificate_expired), not a dropped connection."""
    files = getattr(certs, which)
    ctx = certs.context((files.cert, files.key))
    if tls == "1.2":
        ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    client = Client(base, ctx)
    try:
        with pytest.raises(httpx2.TransportError) as error:
            client.get("/metadata")
        assert alert in str(error.value).lower()
    finally:
        client.close()


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_tls_1_1_is_refused(certs, base):
    ctx = certs.context(certs.client(CLINIC))
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    client = Client(base, ctx)
    try:
        with pytest.raises(httpx2.TransportError):
            client.get("/metadata")
    finally:
        client.close()


def test_the_peer_certificate_reaches_the_app_as_the_asgi_tls_extension(certs):
    """tls.py's mechanism without a server: an SSL object's peer certificate becomes the extension."""
    from cryptography import x509

    der = x509.load_pem_x509_certificate(certs.client(CLINIC)[0].read_bytes()).public_bytes(
        __import__("cryptography.hazmat.primitives.serialization", fromlist=["Encoding"]).Encoding.DER)

    class FakeSSL:
        def getpeercert(self, binary_form=False):
            return der

        def cipher(self):
            return ("TLS_AES_128_GCM_SHA256", "TLSv1.3", 128)

        def version(self):
            return "TLSv1.3"

    class Transport:
        def get_extra_info(self, name):
            return FakeSSL() if name == "ssl_object" else None

    tls = tls_extension(Transport())
    assert f"CN={CLINIC}" in tls["client_cert_name"]
    assert tls["client_cert_chain"][0].startswith("-----BEGIN CERTIFICATE-----")


def test_wrong_content_type_is_415_and_wrong_accept_is_406(clinic):
    response = clinic.post({"resourceType": "Bundle", "type": "transaction"}, content_type="text/plain")
    assert response.status_code == 415
    assert response.json()["resourceType"] == "OperationOutcome"
    response = clinic.http.get("/metadata", headers={"Accept": "application/xml"})
    assert response.status_code == 406


def test_post_without_idempotency_key_is_400(clinic):
    response = clinic.http.post("", content=b"{}", headers={"Content-Type": C.FHIR_JSON})
    assert response.status_code == 400
    assert "Idempotency-Key" in response.json()["issue"][0]["details"]["text"]


def test_unknown_path_is_404_operation_outcome(clinic):
    response = clinic.get("/Patient/123")
    assert response.status_code == 404
    assert response.json()["issue"][0]["code"] == "not-found"


@pytest.mark.parametrize("status", [503, 429])
def test_maintenance_answers_with_retry_after(app, clinic, status):
    app.state.unavailable = (status, 120)
    try:
        response = clinic.get("/metadata")
    finally:
        app.state.unavailable = None
    assert response.status_code == status
    assert response.headers["retry-after"] == "120"
    assert response.json()["issue"][0]["code"] == "transient"
    assert clinic.get("/metadata").status_code == 200
