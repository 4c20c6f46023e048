"""Pages of table rows fetched on demand, for the lazy table models (no Qt here).

At most `max_pages` pages are kept, the least recently used dropped, so a region-size table stays
small in memory. A page whose fetch failed is not asked for again until `clear()`: the view is
told once instead of at every repaint.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class PageCache(Generic[T]):
    def __init__(self, page_size: int, max_pages: int) -> None:
        self.page_size, self.max_pages = page_size, max_pages
        self._pages: OrderedDict[int, list[T]] = OrderedDict()
        self._failed: set[int] = set()

    def clear(self) -> None:
        self._pages.clear()
        self._failed.clear()

    def numbers(self) -> list[int]:
        """The page numbers held now, least recently used first."""
        return list(self._pages)

    def items(self) -> Iterator[tuple[int, list[T]]]:
        return iter(self._pages.items())

    def row(self, row: int, fetch: Callable[[int], list[T]], on_error: Callable[[int, Exception], None]) -> T | None:
        """The row, fetching its page with `fetch(page_number)` when it is not held."""
        number, offset = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
        elif number in self._failed:
            return None
        else:
            try:
                page = fetch(number)
            except Exception as exc:  # never raise out of a model's data(): the caller tells the view
                self._failed.add(number)
                on_error(number, exc)
                return None
            self._pages[number] = page
            while len(self._pages) > self.max_pages:
                self._pages.popitem(last=False)
        return page[offset] if offset < len(page) else None
