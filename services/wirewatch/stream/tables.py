"""A Faust table seen as the plain ``Store`` that the pure stateful classes are written against."""

from __future__ import annotations

from typing import Any, Iterator, MutableMapping

import orjson


class TableStore(MutableMapping[str, Any]):
    """Write-back adapter over a Faust table.

    A value read from a Faust table and changed in place changes only the worker's local copy:
    the changelog never hears of it, and a replacement worker would recover the old value. The
    pure classes may mutate what they read (a dict in ``wirewatch enrich`` allows it), so this
    adapter remembers what it handed out and ``flush()`` writes back every value that changed.
    Call ``flush()`` once per event, before producing the event's output.
    """

    def __init__(self, table: Any) -> None:
        self.table = table
        self._handed_out: dict[str, tuple[Any, bytes]] = {}

    def __getitem__(self, key: str) -> Any:
        if key in self._handed_out:
            return self._handed_out[key][0]
        value = self.table[key]
        if value is None:
            raise KeyError(key)
        self._handed_out[key] = (value, orjson.dumps(value))
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        self._handed_out.pop(key, None)
        self.table[key] = value

    def __delitem__(self, key: str) -> None:
        self._handed_out.pop(key, None)
        del self.table[key]

    def __contains__(self, key: object) -> bool:
        return key in self._handed_out or (key in self.table and self.table[key] is not None)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self.table.keys()))

    def __len__(self) -> int:
        return len(self.table)

    def flush(self) -> int:
        """Write back values changed in place since they were read; return how many."""
        written = 0
        for key, (value, snapshot) in self._handed_out.items():
            if orjson.dumps(value) != snapshot:
                self.table[key] = value
                written += 1
        self._handed_out.clear()
        return written
