"""The FastAPI application: `create_app(db_url, ...)`.

Routes under the base path (default `/fhir`, so the base URL is `https://host:port/fhir`):
    GET  [base]/metadata        CapabilityStatement (fhirVersion 4.0.1)
    POST [base]                 transaction Bundle (transaction.py), Idempotency-Key required
    GET  [base]/_history        history Bundle of what the clinic may see (history.py)
    GET  [base]/EpisodeOfCare   emergency look-up (R-EM-1)

Every request is authenticated by its TLS client certificate: `ClientCertificateAuth` reads the
ASGI TLS extension (tls.py puts it there for uvicorn), takes the certificate's CN as the clinic's
HSA-ID and answers 401 with an OperationOutcome when there is no certificate or no such clinic.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from sqlalchemy import bindparam, delete, select
from starlette.exceptions import HTTPException as StarletteHTTPException

from regional_service import codes as C
from regional_service.clock import Clock
from regional_service.db import IdempotencyRecord
from regional_service.fhir import FhirError, invalid, issue, operation_outcome
from regional_service.history import capability_statement, emergency_lookup, history
from regional_service.register import Region
from regional_service.transaction import Entry, process, validate_bundle

log = logging.getLogger("regional_service")
UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
JSON_TYPES = ("application/fhir+json", "application/json")
PURGE_EVERY = timedelta(minutes=1)  # expired Idempotency-Keys go at most this late, not one query per POST


def fhir_response(status: int, payload: dict[str, Any] | bytes, headers: dict[str, str] | None = None) -> Response:
    body = payload if isinstance(payload, bytes) else json.dumps(payload, ensure_ascii=False).encode()
    return Response(content=body, status_code=status, media_type=C.FHIR_JSON, headers=headers)


def error_response(error: FhirError) -> Response:
    return fhir_response(error.status, error.outcome(), error.headers)


def certificate_cn(scope: dict[str, Any]) -> str | None:
    tls = (scope.get("extensions") or {}).get("tls") or {}
    name = tls.get("client_cert_name")
    return _common_name(name) if name else None


@functools.lru_cache(maxsize=256)  # a handful of clinics, whose certificates every request names again
def _common_name(name: str) -> str | None:
    try:
        attributes = x509.Name.from_rfc4514_string(name).get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    except ValueError:
        return None
    return str(attributes[0].value) if attributes else None


class ClientCertificateAuth:
    """ASGI middleware: the TLS client certificate's CN must be a known clinic (else 401)."""

    def __init__(self, app: Any, region: Region, service: Any) -> None:
        self.app, self.region, self.service = app, region, service
        # Clinics are added (add-clinic) but never removed: one found once needs no database read again.
        self.known: set[str] = set()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        unavailable = self.service.state.unavailable
        if unavailable is not None:
            status, seconds = unavailable
            text = "Listningstjänsten har underhåll. Försök igen senare." if status == 503 else \
                "Listningstjänsten är överbelastad. Försök igen senare."
            response = fhir_response(status, operation_outcome([issue("transient", text, diagnostics="unavailable")]),
                                     {"Retry-After": str(seconds)})
            await response(scope, receive, send)
            return
        cn = certificate_cn(scope)
        if cn is not None and cn not in self.known:
            clinic = await run_in_threadpool(self.region.clinic, cn)
            if clinic is not None:
                self.known.add(clinic.hsa_id)
        if cn is None or cn not in self.known:
            if cn is None:
                text = "Klientcertifikat saknas. Kliniken måste ansluta med sitt funktionscertifikat."
                diagnostics = "no client certificate"
            else:
                text = f"Certifikatet för {cn} hör inte till någon känd klinik i listningssystemet."
                diagnostics = f"unknown clinic {cn}"
            response = fhir_response(401, operation_outcome([issue("login", text, diagnostics=diagnostics)]),
                                     {"WWW-Authenticate": 'Mutual realm="regional-listing"'})
            await response(scope, receive, send)
            return
        scope.setdefault("state", {})["clinic_hsa"] = cn
        await self.app(scope, receive, send)


def _check_accept(request: Request) -> None:
    accept = request.headers.get("accept")
    if accept and not any(t in accept for t in (*JSON_TYPES, "*/*", "application/*")):
        raise FhirError(406, [issue("not-supported", "Tjänsten svarar bara med application/fhir+json.",
                                    diagnostics=f"Accept {accept}")])


def create_app(
    db_url: str | Path | None = None,
    *,
    region: Region | None = None,
    clock: Clock | None = None,
    base_path: str = "/fhir",
    idempotency_hours: float = 48,
    rules_dir: str | Path | None = None,
    region_id: str = "vasterbotten",
) -> FastAPI:
    """The regional service on its own database (`db_url`: a SQLAlchemy URL or a SQLite file path)."""
    if region is None:
        if db_url is None:
            raise ValueError("create_app needs db_url or region")
        region = Region.open(db_url, clock, region_id=region_id, rules_dir=rules_dir)
    app = FastAPI(title="Regional listing service", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.region = region
    app.state.unavailable = None  # (503 or 429, Retry-After seconds): maintenance for client tests
    retention = timedelta(hours=max(idempotency_hours, 24))  # the contract: at least 24 hours
    app.add_middleware(ClientCertificateAuth, region=region, service=app)
    base = base_path.rstrip("/")

    def base_url(request: Request) -> str:
        return f"{request.url.scheme}://{request.url.netloc}{base}"

    @app.exception_handler(FhirError)
    async def _fhir_error(_request: Request, error: FhirError) -> Response:
        return error_response(error)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, error: StarletteHTTPException) -> Response:
        code = {404: "not-found", 405: "not-supported"}.get(error.status_code, "processing")
        text = {404: "Det finns ingen sådan resurs eller åtgärd i listningstjänsten.",
                405: "Metoden stöds inte här."}.get(error.status_code, str(error.detail))
        return fhir_response(error.status_code, operation_outcome([issue(code, text, diagnostics=str(error.detail))]))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, error: RequestValidationError) -> Response:
        return error_response(invalid("Ogiltig begäran.", diagnostics=str(error.errors())[:500]))

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, error: Exception) -> Response:
        log.exception("unexpected error")
        return fhir_response(500, operation_outcome([issue("exception", "Internt fel i listningstjänsten. Försök igen.",
                                                           diagnostics=type(error).__name__)]))

    @app.get(f"{base}/metadata")
    def metadata(request: Request) -> Response:
        _check_accept(request)
        return fhir_response(200, capability_statement(base_url(request), region.clock.today()))

    @app.get(f"{base}/_history")
    def system_history(request: Request) -> Response:
        _check_accept(request)
        params = dict(request.query_params)
        return fhir_response(200, history(region, request.state.clinic_hsa, params, base_url(request)))

    @app.get(f"{base}/EpisodeOfCare")
    def search_episodes(request: Request) -> Response:
        _check_accept(request)
        return fhir_response(200, emergency_lookup(region, dict(request.query_params), base_url(request)))

    async def transaction(request: Request) -> Response:
        _check_accept(request)
        content_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        if content_type not in JSON_TYPES:
            raise FhirError(415, [issue("not-supported", "Content-Type ska vara application/fhir+json.",
                                        diagnostics=f"Content-Type {content_type!r}")])
        key = (request.headers.get("idempotency-key") or "").strip()
        if not UUID_RE.match(key):
            raise invalid("Varje POST ska ha rubriken Idempotency-Key med ett uuid (utkorgspostens id).",
                          code="required", diagnostics="Idempotency-Key missing or not a uuid")
        raw = await request.body()
        status, headers, body = await run_in_threadpool(
            run_transaction, region, request.state.clinic_hsa, key.lower(), raw, request.headers.get("prefer"), retention)
        return fhir_response(status, body, headers)

    # A plain Starlette route: the transaction reads its request itself, so FastAPI's parameter handling
    # would only add to every POST's cost (the error handlers above apply all the same).
    app.router.add_route(base or "/", transaction, methods=["POST"], include_in_schema=False)
    if base:
        app.router.add_route(f"{base}/", transaction, methods=["POST"], include_in_schema=False)
    return app


IDEMPOTENCY = IdempotencyRecord.__table__
STORED_ANSWER = select(IDEMPOTENCY.c.request_hash, IDEMPOTENCY.c.status_code, IDEMPOTENCY.c.headers,
                       IDEMPOTENCY.c.body).where(IDEMPOTENCY.c.clinic_hsa == bindparam("clinic"),
                                                 IDEMPOTENCY.c.key == bindparam("key"))  # built once


def run_transaction(region: Region, clinic_hsa: str, key: str, raw: bytes, prefer: str | None,
                    retention: timedelta) -> tuple[int, dict[str, str], bytes]:
    """One POST: replay the stored answer for a known Idempotency-Key, else process and store it.

    The key, the changes and the stored answer commit together, so a retry after a lost answer
    gets the same answer and creates nothing twice. Refusals (4xx) are stored too: the same item
    would be refused again. 5xx answers are not stored (the retry should run again).
    """
    digest = hashlib.sha256(raw).hexdigest()
    # Parsing and FHIR validation use no database: done before the write lock, so concurrent requests
    # validate while another one commits. A refusal found here is answered only if the key is new.
    try:
        body = _parsed(raw)
        entries: list[Entry] | FhirError = validate_bundle(body)
    except FhirError as error:
        body, entries = None, error
    # A refusal rolls the whole transaction back and is stored by a second one, under the same hold of
    # the write lock (no savepoint around every transaction for the rare refusal).
    with region.exclusive():
        try:
            with region.write() as tx:
                stored = tx.s.connection().execute(STORED_ANSWER, {"clinic": clinic_hsa, "key": key}).first()
                if stored is not None:
                    if stored.request_hash != digest:
                        log.warning("Idempotency-Key %s reused with a different body; answering the stored response",
                                    key)
                    return stored.status_code, {**stored.headers, "Idempotency-Replayed": "true"}, stored.body.encode()
                if isinstance(entries, FhirError):
                    raise entries
                payload = process(region, tx, clinic_hsa, body, prefer, entries)
                return _answered(region, tx, clinic_hsa, key, digest, retention, 200, {}, payload)
        except FhirError as error:
            with region.write() as tx:
                return _answered(region, tx, clinic_hsa, key, digest, retention, error.status, dict(error.headers),
                                 error.outcome())


def _answered(region: Region, tx: Any, clinic_hsa: str, key: str, digest: str, retention: timedelta, status: int,
              headers: dict[str, str], payload: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
    """Store the answer under its Idempotency-Key, in the transaction of what it answers; return it."""
    data = json.dumps(payload, ensure_ascii=False).encode()
    if region.idempotency_purged_at is None or tx.now - region.idempotency_purged_at >= PURGE_EVERY:
        tx.s.execute(delete(IdempotencyRecord).where(IdempotencyRecord.created_at < tx.now - retention))
        region.idempotency_purged_at = tx.now
    tx.s.connection().execute(IDEMPOTENCY.insert(), {  # a plain insert: cheaper than the unit of work
        "clinic_hsa": clinic_hsa, "key": key, "created_at": tx.now, "request_hash": digest,
        "status_code": status, "headers": headers, "body": data.decode()})
    return status, headers, data


def _parsed(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        raise invalid("Begäran är inte giltig JSON.", diagnostics="body is not JSON") from None


__all__ = ["create_app", "run_transaction"]
