"""Mutual TLS for uvicorn: the peer certificate reaches the app as the ASGI TLS extension.

uvicorn verifies a client certificate when asked (`ssl_cert_reqs=ssl.CERT_OPTIONAL` with the
clinics' CA: no certificate is allowed through the handshake, a certificate from another CA, or an
expired one, is refused with a TLS alert), but it does not hand the certificate to the application.
`ClientCertProtocol` closes that gap with nothing but public, stable pieces:

- asyncio gives every protocol its transport in `connection_made(transport)`, and an SSL
  transport answers `get_extra_info("ssl_object")` with the `ssl.SSLObject`, whose
  `getpeercert(binary_form=True)` is the verified peer certificate (or None);
- uvicorn's HTTP protocols (httptools, and h11 as the fallback) make one instance per connection and
  call `self.app` for each request.

So the subclass reads the certificate once per connection and wraps `self.app` in a small ASGI
callable that puts it into `scope["extensions"]["tls"]` as the ASGI TLS extension defines it
(`client_cert_chain` as PEM, `client_cert_name` as an RFC 4514 string). The app reads only that
extension (app.ClientCertificateAuth), so any ASGI server that implements the extension works too.
tests/regional/test_transport.py proves the chain end to end on a real server.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
import time
from pathlib import Path
from typing import Any

import uvicorn
from cryptography import x509
from uvicorn.protocols.http.h11_impl import H11Protocol

try:  # the C parser, lighter than h11 per request
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as _HttpProtocol
except ImportError:  # httptools not installed: the pure-Python parser
    _HttpProtocol = H11Protocol


def tls_extension(transport: asyncio.BaseTransport) -> dict[str, Any] | None:
    ssl_object = transport.get_extra_info("ssl_object")
    if ssl_object is None:
        return None
    der = ssl_object.getpeercert(binary_form=True)
    info: dict[str, Any] = {
        "server_cert": None,
        "client_cert_chain": [],
        "client_cert_name": None,
        "client_cert_error": None,
        "tls_version": None,
        "cipher_suite": None,
    }
    cipher = ssl_object.cipher()
    if cipher:
        info["cipher_name"] = cipher[0]
    version = ssl_object.version()
    info["tls_version_name"] = version
    if der:
        cert = x509.load_der_x509_certificate(der)
        info["client_cert_chain"] = [ssl.DER_cert_to_PEM_cert(der)]
        info["client_cert_name"] = cert.subject.rfc4514_string()
    return info


class ClientCertProtocol(_HttpProtocol):  # type: ignore[misc, valid-type]
    """uvicorn's HTTP protocol, plus the ASGI TLS extension with the client certificate."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        tls = tls_extension(transport)
        if tls is None:
            return
        app = self.app

        async def app_with_tls(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] in ("http", "websocket"):
                scope = {**scope, "extensions": {**(scope.get("extensions") or {}), "tls": tls}}
            await app(scope, receive, send)

        self.app = app_with_tls


def send_tls_alerts_on_failed_handshake() -> bool:
    """Make asyncio send the TLS alert when a handshake fails (a refused client certificate).

    asyncio's SSLProtocol (CPython 3.11-3.13) closes the connection on a failed handshake without
    writing what OpenSSL put in the outgoing buffer, so the client never sees `unknown_ca` or
    `certificate_expired`, only a dropped connection, which the contract's client must treat as
    transient. Flushing the buffer first delivers the alert (regional-listing-api.md: a client that
    gets a TLS alert about its certificate treats it like 401). The patch is narrow (one private
    method, only its SSLError branch), idempotent, and skipped if asyncio's internals differ;
    test_transport.py checks that the alert arrives.
    """
    from asyncio import sslproto

    cls = sslproto.SSLProtocol
    original = getattr(cls, "_do_handshake", None)
    if original is None or not hasattr(cls, "_process_outgoing") or getattr(original, "_sends_alerts", False):
        return getattr(original, "_sends_alerts", False)

    again = getattr(sslproto, "SSLAgainErrors", (ssl.SSLWantReadError, ssl.SSLSyscallError))

    def _do_handshake(self: Any) -> None:  # the original, plus one flush before giving up
        try:
            self._sslobj.do_handshake()
        except again:
            self._process_outgoing()
        except ssl.SSLError as exc:
            try:
                self._process_outgoing()  # the alert OpenSSL wrote for the refused certificate
            except Exception:  # noqa: BLE001 - the connection is being closed anyway
                pass
            self._on_handshake_complete(exc)
        else:
            self._on_handshake_complete(None)

    _do_handshake._sends_alerts = True  # type: ignore[attr-defined]
    cls._do_handshake = _do_handshake  # type: ignore[method-assign]
    return True


def make_config(app: Any, *, host: str, port: int, cert: Path | str, key: Path | str, ca: Path | str,
                log_level: str = "info") -> uvicorn.Config:
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        http=ClientCertProtocol,
        ws="none",
        lifespan="off",
        ssl_certfile=str(cert),
        ssl_keyfile=str(key),
        ssl_ca_certs=str(ca),
        ssl_cert_reqs=ssl.CERT_OPTIONAL,  # ask for a certificate, never fail the handshake for its absence
        log_level=log_level,
        access_log=log_level == "debug",
        timeout_keep_alive=30,
    )
    send_tls_alerts_on_failed_handshake()
    config.load()
    config.ssl.minimum_version = ssl.TLSVersion.TLSv1_2  # the contract: TLS 1.2+
    return config


def serve(app: Any, **kwargs: Any) -> None:
    """Run until interrupted (the `serve` command)."""
    uvicorn.Server(make_config(app, **kwargs)).run()


class ServerThread:
    """A real HTTPS server on 127.0.0.1 in a thread (tests, demos): a free port, started and stopped."""

    def __init__(self, app: Any, *, cert: Path | str, key: Path | str, ca: Path | str, host: str = "127.0.0.1") -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, 0))
        self.host, self.port = host, self.sock.getsockname()[1]
        self.server = uvicorn.Server(make_config(app, host=host, port=self.port, cert=cert, key=key, ca=ca,
                                                 log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True,
                                       name="regional-service")

    @property
    def url(self) -> str:
        return f"https://{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the regional service did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
