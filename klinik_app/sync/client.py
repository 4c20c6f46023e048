"""The HTTP client of the regional listing service: HTTPS with the clinic's certificate (httpx2).

regional-listing-api.md "Transport and identity" and "Errors": every answer is sorted into what the
sync does with it.
- `RegionRefused`: 401/403, a TLS alert about the clinic's certificate (`bad_certificate`,
  `unknown_ca`, `certificate_expired`, ...), a region certificate that does not verify, or a server
  that does not declare FHIR 4.0.x with the interactions used. Stop, keep the queue (exit 6).
- `RegionUnreachable`: connection errors, timeouts, 429/503 (with `Retry-After`), other 5xx and
  anything unparseable. Nothing is lost; try later (exit 5).
- Every other answer to a transaction (2xx, 400, 404, 409, 412, 422, ...) is returned to push.py.

A request never goes anywhere but the configured https base URL (a `next` link elsewhere is
refused), and never without TLS. Logs name paths and statuses, never bodies.
"""

from __future__ import annotations

import email.utils
import json
import logging
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx2

from klinik_app.domain.messages import QT_TRANSLATE_NOOP, keep_template
from klinik_app.sync import codes as C

log = logging.getLogger("klinik.sync.client")

# OpenSSL's reasons for an alert the server sent about the client's certificate.
CERTIFICATE_ALERTS = ("BAD_CERTIFICATE", "UNKNOWN_CA", "CERTIFICATE_EXPIRED", "CERTIFICATE_REVOKED",
                      "CERTIFICATE_UNKNOWN", "UNSUPPORTED_CERTIFICATE", "CERTIFICATE_REQUIRED", "ACCESS_DENIED")


class SyncSetupError(Exception):
    """The sync is not configured (`usage`: the command lacks an argument) or its files cannot be
    read; `message` is Swedish."""

    context = "sync"

    def __init__(self, message: str, *, usage: bool = False, **params: Any) -> None:
        keep_template(self, message, params, self.context)
        super().__init__(self.message)
        self.usage = usage


class RegionRefused(Exception):
    """The region refused the clinic: certificate, 401/403 or an unsupported server."""

    context = "sync"

    def __init__(self, message: str, reason: str, **params: Any) -> None:
        super().__init__(reason)
        keep_template(self, message, params, self.context)  # Swedish, for the user (a marked template)
        self.reason = reason  # English, for the log


class RegionUnreachable(Exception):
    """The region could not be reached or answered with a transient fault; nothing is lost."""

    context = "sync"

    def __init__(self, message: str, reason: str, retry_after: float | None = None, **params: Any) -> None:
        super().__init__(reason)
        keep_template(self, message, params, self.context)
        self.reason = reason
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    body: dict[str, Any] | None
    replayed: bool = False


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """`Retry-After`: seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def outcome_text(body: dict[str, Any] | None) -> str | None:
    """The first issue's Swedish text of an OperationOutcome."""
    if not isinstance(body, dict) or body.get("resourceType") != "OperationOutcome":
        return None
    for item in body.get("issue") or []:
        text = (item.get("details") or {}).get("text")
        if text:
            return str(text)
    return None


def ssl_context(client_cert: str | Path | None, client_key: str | Path | None, ca: str | Path | None) -> ssl.SSLContext:
    try:
        ctx = ssl.create_default_context(cafile=str(ca) if ca else None)
        if client_cert:
            ctx.load_cert_chain(str(client_cert), str(client_key) if client_key else None)
    except FileNotFoundError as e:
        raise SyncSetupError(QT_TRANSLATE_NOOP("sync", "Certifikatfilen {file} finns inte. Kontrollera inställningarna "
                                                       "för synkronisering (klientcertifikat, nyckel och regionens CA)."),
                             file=e.filename or "") from None
    except (ssl.SSLError, OSError) as e:
        raise SyncSetupError(QT_TRANSLATE_NOOP("sync", "Klientcertifikatet, nyckeln eller regionens CA kunde inte "
                                                       "läsas ({reason}). Kontrollera filerna."),
                             reason=getattr(e, "reason", None) or e) from None
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2  # the contract: TLS 1.2+
    return ctx


def _ssl_cause(exc: BaseException) -> ssl.SSLError | None:
    seen = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLError):
            return current
        current = current.__cause__ or current.__context__
    return None


def classify_transport_error(exc: Exception) -> Exception:
    cause = _ssl_cause(exc)
    if isinstance(cause, ssl.SSLCertVerificationError):
        return RegionRefused(QT_TRANSLATE_NOOP("sync", "Regionens servercertifikat kunde inte verifieras. Kontrollera regionens CA-fil och "
                                                       "adressen till listningstjänsten."), f"server certificate did not verify: {cause.reason}")
    reason = str(getattr(cause, "reason", "") or "") if cause is not None else ""
    if cause is not None and any(alert in reason.upper() for alert in CERTIFICATE_ALERTS):
        return RegionRefused(QT_TRANSLATE_NOOP("sync", "Regionen godtog inte klinikens certifikat (det är okänt, har gått ut eller saknas). "
                                                       "Kontakta regionen eller förnya funktionscertifikatet. Inget har gått förlorat."),
                             f"TLS alert about the client certificate: {reason}")
    kind = "timeout" if isinstance(exc, httpx2.TimeoutException) else type(exc).__name__
    return RegionUnreachable(QT_TRANSLATE_NOOP("sync", "Regionens listningstjänst gick inte att nå. Ändringarna väntar och skickas senare."),
                             f"{kind}: {reason or exc}")


IN_FLIGHT = 6  # transactions on their way at once (push.py), each for a different patient


class RegionClient:
    """The connections to the region for a sync cycle (one per transaction in flight; thread-safe).
    `transport` replaces the network in tests."""

    def __init__(self, base_url: str, *, client_cert: str | Path | None = None, client_key: str | Path | None = None,
                 ca: str | Path | None = None, transport: httpx2.BaseTransport | None = None,
                 timeout: float = 30.0, page_size: int = 500, in_flight: int | None = None) -> None:
        base = (base_url or "").strip().rstrip("/")
        parts = urlsplit(base)
        if parts.scheme != "https" or not parts.netloc:
            raise SyncSetupError(QT_TRANSLATE_NOOP("sync", "Adressen till regionens listningstjänst ska börja med https:// "
                                                           "(synkroniseringen sker aldrig utan TLS)."), usage=True)
        self.base = base
        self.page_size = page_size
        self.in_flight = max(1, in_flight or IN_FLIGHT)
        verify: ssl.SSLContext | bool = True if transport is not None else ssl_context(client_cert, client_key, ca)
        self.http = httpx2.Client(base_url=base, verify=verify, transport=transport, follow_redirects=False,
                                  timeout=httpx2.Timeout(timeout, connect=min(timeout, 10.0)),
                                  limits=httpx2.Limits(max_connections=self.in_flight,
                                                       max_keepalive_connections=self.in_flight),
                                  headers={"Accept": C.FHIR_JSON})

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> RegionClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- one request -----------------------------------------------------------------------------

    def _send(self, method: str, url: str, **kwargs: Any) -> httpx2.Response:
        started = time.monotonic()
        try:
            response = self.http.request(method, url, **kwargs)
        except httpx2.TransportError as e:
            error = classify_transport_error(e)
            log.warning("%s %s failed: %s", method, urlsplit(url).path or url, error)
            raise error from None
        log.info("%s %s -> %s (%.0f ms)", method, urlsplit(str(response.url)).path, response.status_code,
                 (time.monotonic() - started) * 1000)
        if response.status_code in (401, 403):
            text = outcome_text(_json(response)) or QT_TRANSLATE_NOOP("sync", "Regionen nekade kliniken åtkomst.")
            raise RegionRefused(QT_TRANSLATE_NOOP("sync", "Regionen nekade kliniken: {answer} Kontrollera klinikens "
                                                          "certifikat. Ändringarna ligger kvar i kön."),
                                f"HTTP {response.status_code}", answer=text)
        if response.status_code in (429, 503) or response.status_code >= 500:
            wait = retry_after_seconds(response.headers.get("retry-after"))
            text = outcome_text(_json(response))
            if text:
                raise RegionUnreachable(
                    QT_TRANSLATE_NOOP("sync", "{answer} Regionens listningstjänst svarar inte just nu. Ändringarna "
                                              "väntar och skickas senare."), f"HTTP {response.status_code}", wait,
                    answer=text)
            raise RegionUnreachable(
                QT_TRANSLATE_NOOP("sync", "Regionens listningstjänst svarar inte just nu. Ändringarna väntar och "
                                          "skickas senare."), f"HTTP {response.status_code}", wait)
        return response

    # --- the contract's calls ----------------------------------------------------------------------

    def metadata(self) -> dict[str, Any]:
        """`GET [base]/metadata`: refuse a server without FHIR 4.0.x, transactions and system history."""
        response = self._send("GET", "/metadata")
        body = _json(response)
        if response.status_code != 200 or not isinstance(body, dict) or body.get("resourceType") != "CapabilityStatement":
            raise RegionRefused(QT_TRANSLATE_NOOP("sync", "Adressen leder inte till en listningstjänst som klienten kan använda "
                                                          "(inget CapabilityStatement). Kontrollera adressen."),
                                f"metadata answered {response.status_code}")
        version = str(body.get("fhirVersion") or "")
        interactions = {i.get("code") for rest in body.get("rest") or [] for i in rest.get("interaction") or []}
        if not version.startswith(C.FHIR_VERSION_PREFIX) or not {"transaction", "history-system"} <= interactions:
            raise RegionRefused(QT_TRANSLATE_NOOP("sync", "Listningstjänsten stöds inte (FHIR-version {version}; "
                                                          "kräver 4.0.x med transaktioner och _history). Kontakta "
                                                          "regionen."),
                                f"unsupported server: fhirVersion {version!r}, interactions {sorted(map(str, interactions))}",
                                version=version or QT_TRANSLATE_NOOP("sync", "okänd"))
        return body

    def transaction(self, body: bytes, idempotency_key: str) -> Answer:
        """`POST [base]` with a transaction Bundle; the same key on every retry of an item. The answer's
        entries carry ids, versions and outcomes without the stored resources (`return=minimal`): push
        keeps nothing else, so neither side spends time on them."""
        response = self._send("POST", self.base, content=body, headers={
            "Content-Type": C.FHIR_JSON, "Idempotency-Key": idempotency_key, "Prefer": "return=minimal"})
        parsed = _json(response)
        if 200 <= response.status_code < 300 and (not isinstance(parsed, dict)
                                                   or parsed.get("resourceType") != "Bundle"):
            log.error("transaction answered %s without a transaction-response Bundle", response.status_code)
            raise RegionUnreachable(QT_TRANSLATE_NOOP("sync", "Regionens svar gick inte att tolka. Ändringen försöks igen senare."),
                                    "unparseable transaction response")
        return Answer(response.status_code, parsed if isinstance(parsed, dict) else None,
                      response.headers.get("idempotency-replayed") == "true")

    def history(self, since: str | None) -> list[dict[str, Any]]:
        """Every page of one `_history` call (`_since` inclusive), following `next` links on this server only."""
        return list(self.history_pages(since))

    def history_pages(self, since: str | None) -> Iterator[dict[str, Any]]:
        """The pages of one `_history` call as they arrive (`history`, page by page)."""
        params: dict[str, Any] = {"_count": self.page_size}
        if since:
            params["_since"] = since
        first = True
        url, seen = "/_history", set()
        while True:
            response = self._send("GET", url, params=params if first else None)
            body = _json(response)
            if response.status_code != 200 or not isinstance(body, dict) or body.get("type") != "history":
                text = outcome_text(body)
                log.error("_history answered %s (%s)", response.status_code, text or "not a history Bundle")
                raise RegionUnreachable(QT_TRANSLATE_NOOP("sync", "Ändringarna från regionen gick inte att hämta (oväntat svar). "
                                                                  "Försök igen senare."), f"_history answered {response.status_code}")
            yield body
            first = False
            nxt = next((link.get("url") for link in body.get("link") or [] if link.get("relation") == "next"), None)
            if not nxt:
                return
            if not str(nxt).startswith(self.base + "/") or nxt in seen:
                log.error("_history next link outside the base URL or repeated; stopping")
                raise RegionUnreachable(QT_TRANSLATE_NOOP("sync", "Regionens svar gick inte att tolka. Försök igen senare."),
                                        "bad next link in _history")
            seen.add(nxt)
            url = str(nxt)

    def lookup_listing(self, personnummer: str, *, coordination: bool = False) -> list[tuple[str, str]]:
        """Emergency look-up (R-EM-1): (HSA-ID, name) of each clinic responsible for the person today;
        empty when listed nowhere. An answer that is not a searchset is RegionUnreachable."""
        system = C.SAMORDNINGSNUMMER if coordination else C.PERSONNUMMER
        response = self._send("GET", "/EpisodeOfCare",
                              params={"patient:identifier": f"{system}|{personnummer}", "status": "active"})
        body = _json(response)
        try:
            if response.status_code != 200 or body.get("type") != "searchset":
                raise ValueError(f"answered {response.status_code}")
            found = []
            for entry in body.get("entry") or []:
                org = entry["resource"]["managingOrganization"]
                hsa_id = org["identifier"]["value"]
                if org["identifier"].get("system") != C.HSA or not isinstance(hsa_id, str):
                    raise ValueError("managingOrganization without an HSA-ID")
                found.append((hsa_id, str(org.get("display") or hsa_id)))
            return found
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            log.error("emergency look-up: unusable answer (%s)", e)
            raise RegionUnreachable(QT_TRANSLATE_NOOP("sync", "Regionens svar om var patienten är listad gick inte att tolka. "
                                                              "Betalaren försöks igen senare."), f"unusable look-up answer: {e}") from None


def _json(response: httpx2.Response) -> Any:
    try:
        return json.loads(response.content) if response.content else None
    except ValueError:
        return None
