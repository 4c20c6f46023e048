"""A test-only ASGI wrapper around the reference service that serves `_history` chains badly.

Wrapped only by the fixture that needs it (tests/sync/test_faults.py); the service itself is
unchanged. On the first page of a call it reads the whole chain from the real service (small
pages), then serves it with a fault, keeping every page's links:
- "repeat": every other page comes again at the start of the next one (entries arrive twice);
- "swap": pages are swapped in pairs (entries arrive out of order).
The client must apply each event once whatever it is given.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

REPEAT, SWAP = "repeat", "swap"


class HistoryPageFaults:
    def __init__(self, app: Any, fault: str, page_size: int = 5) -> None:
        self.app, self.fault, self.page_size = app, fault, page_size
        self.served: dict[str, bytes] = {}  # `_page` token -> the page to answer with
        self.mutated_pages = 0

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not scope["path"].endswith("/_history"):
            await self.app(scope, receive, send)
            return
        query = dict(parse_qsl(scope["query_string"].decode()))
        if "_page" in query and query["_page"] in self.served:
            await _answer(send, 200, self.served.pop(query["_page"]))
            return
        query["_count"] = str(self.page_size)
        status, body = await self._get(scope, query)
        if status != 200:
            await _answer(send, status, json.dumps(body).encode())
            return
        pages = [body]
        while (nxt := _next(pages[-1])) is not None:
            status, page = await self._get(scope, nxt)
            assert status == 200, page
            pages.append(page)
        self._spoil([p.setdefault("entry", []) for p in pages])
        for page in pages[1:]:
            token = dict(parse_qsl(urlsplit(_self_link(page)).query))["_page"]
            self.served[token] = json.dumps(page).encode()
        await _answer(send, 200, json.dumps(pages[0]).encode())

    def _spoil(self, entries: list[list[dict[str, Any]]]) -> None:
        for i in range(0, len(entries) - 1, 2):
            if self.fault == REPEAT:
                entries[i + 1][:0] = entries[i]
            else:
                entries[i][:], entries[i + 1][:] = list(entries[i + 1]), list(entries[i])
            self.mutated_pages += 1

    async def _get(self, scope: dict[str, Any], query: dict[str, str]) -> tuple[int, dict[str, Any]]:
        """One GET through the real service, with the caller's connection (and so its certificate)."""
        sent: list[dict[str, Any]] = []

        async def no_body() -> dict[str, Any]:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def keep(message: dict[str, Any]) -> None:
            sent.append(message)

        await self.app({**scope, "query_string": urlencode(query).encode()}, no_body, keep)
        status = next(m["status"] for m in sent if m["type"] == "http.response.start")
        return status, json.loads(b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body"))


def _next(page: dict[str, Any]) -> dict[str, str] | None:
    url = next((link["url"] for link in page.get("link", []) if link["relation"] == "next"), None)
    return dict(parse_qsl(urlsplit(url).query)) if url else None


def _self_link(page: dict[str, Any]) -> str:
    return next(link["url"] for link in page["link"] if link["relation"] == "self")


async def _answer(send: Any, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/fhir+json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
