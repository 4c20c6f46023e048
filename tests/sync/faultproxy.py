"""A TCP fault proxy between the sync client and the reference service, for tests/sync/test_faults.py.

It forwards the bytes of each connection untouched, so mutual TLS stays end to end (the server
still sees the clinic's certificate), and at chosen requests it drops or stalls the connection:
before the request reaches the server, or after the server answered (it committed) but before the
answer reaches the client. It can also refuse every connection (the network is off).

To tell requests apart without decrypting anything it reads only the clear-text TLS record headers
(type, version, length). Under TLS 1.2 the handshake travels in records of other types than
application data (23), so the client's first application record after an answer (or on a new
connection) starts a request, and the server's first application record starts its answer. The
client must therefore speak TLS 1.2 through the proxy (`tls12_transport`); TLS 1.3 hides the
handshake inside application-data records.

The proxy runs its own asyncio loop in a daemon thread; `plan(n)` is called there for request n
(counted from 1 across connections: the client sends one request at a time) and returns an action.
"""

from __future__ import annotations

import asyncio
import ssl
import threading
from collections import Counter
from collections.abc import Callable

import httpx2

PASS, DROP_BEFORE, STALL_BEFORE, DROP_AFTER, STALL_AFTER = "pass", "drop-before", "stall-before", "drop-after", "stall-after"
APPLICATION_DATA = 23
HEADER = 5


class FaultProxy:
    def __init__(self, upstream: tuple[str, int], plan: Callable[[int], str] | None = None,
                 on_answer: Callable[[int], None] | None = None) -> None:
        self.upstream = upstream  # may be changed while running (a restarted server on a new port)
        self.plan = plan or (lambda n: PASS)
        self.on_answer = on_answer  # called with n when the server's answer to request n starts
        self.refusing = False  # True: every connection is closed at once (the network is off)
        self.requests = 0
        self.actions: Counter[str] = Counter()
        self._writers: set[asyncio.StreamWriter] = set()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="fault-proxy")
        self.port = 0

    # --- lifecycle -------------------------------------------------------------------------------
    def __enter__(self) -> FaultProxy:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the fault proxy did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def url(self, path: str = "/fhir") -> str:
        return f"https://127.0.0.1:{self.port}{path}"

    def cut_all(self) -> None:
        """Break every open connection (both sides), as a crash of the far end would."""
        self._loop.call_soon_threadsafe(lambda: [w.transport.abort() for w in list(self._writers)])

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        self._loop.run_until_complete(asyncio.sleep(0))
        self._loop.close()

    # --- one connection --------------------------------------------------------------------------
    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        if self.refusing:
            client_w.transport.abort()
            return
        try:
            server_r, server_w = await asyncio.open_connection(*self.upstream)
        except OSError:  # nothing listening upstream: the client sees its connection closed
            client_w.transport.abort()
            return
        state = _Connection(client_w, server_w)
        self._writers |= {client_w, server_w}
        try:
            await asyncio.gather(self._from_client(client_r, state), self._from_server(server_r, state))
        finally:
            state.abort()
            self._writers -= {client_w, server_w}

    async def _from_client(self, reader: asyncio.StreamReader, c: _Connection) -> None:
        async for record_type, record in _records(reader):
            if record_type == APPLICATION_DATA and c.between_requests:
                self.requests += 1
                c.request, c.answering, c.action = self.requests, False, self.plan(self.requests)
                self.actions[c.action] += 1
                if c.action == DROP_BEFORE:
                    break
            if c.action == STALL_BEFORE:
                continue  # swallowed: the server never sees the request, the client times out
            await c.send(c.server, record)
        c.abort()

    async def _from_server(self, reader: asyncio.StreamReader, c: _Connection) -> None:
        async for record_type, record in _records(reader):
            if record_type == APPLICATION_DATA and c.request and not c.answering:
                c.answering = True
                if self.on_answer is not None:
                    self.on_answer(c.request)
                if c.action == DROP_AFTER:
                    break
            if c.action == STALL_AFTER:
                continue  # the server committed and answered; the answer never arrives
            await c.send(c.client, record)
        c.abort()


class _Connection:
    def __init__(self, client: asyncio.StreamWriter, server: asyncio.StreamWriter) -> None:
        self.client, self.server = client, server
        self.request = 0  # the number of the request under way here (0: none yet)
        self.action = PASS
        self.answering = False  # the server's answer to that request has started

    @property
    def between_requests(self) -> bool:
        return self.request == 0 or self.answering

    @staticmethod
    async def send(writer: asyncio.StreamWriter, data: bytes) -> None:
        writer.write(data)
        await writer.drain()

    def abort(self) -> None:
        self.client.transport.abort()
        self.server.transport.abort()


async def _records(reader: asyncio.StreamReader):
    """TLS records as (type, header + body) until the connection ends."""
    try:
        while True:
            header = await reader.readexactly(HEADER)
            body = await reader.readexactly(int.from_bytes(header[3:5], "big"))
            yield header[0], header + body
    except (asyncio.IncompleteReadError, ConnectionError):
        return


class ShortTimeouts(httpx2.BaseTransport):
    """The real HTTPS transport with short timeouts, so a stalled request costs the test little."""

    def __init__(self, inner: httpx2.BaseTransport, seconds: float) -> None:
        self.inner, self.seconds = inner, seconds

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.extensions["timeout"] = {"connect": self.seconds, "read": self.seconds, "write": self.seconds,
                                         "pool": self.seconds}
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def tls12_transport(context: ssl.SSLContext, timeout: float = 1.0) -> httpx2.BaseTransport:
    """A client transport the proxy can follow: TLS 1.2 with the clinic's certificate, short timeouts."""
    context.maximum_version = ssl.TLSVersion.TLSv1_2
    return ShortTimeouts(httpx2.HTTPTransport(verify=context), timeout)
