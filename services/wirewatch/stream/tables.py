"""A Faust table seen as the plain ``Store`` that the pure stateful classes are written against."""

from __future__ import annotations

from typing import Any, Iterator, MutableMapping

import orjson

_DELETED = object()


class TableStore(MutableMapping[str, Any]):
    """Write-back, write-behind adapter over a Faust table.

    Two reasons not to write through:

    - A value read from a Faust table and changed in place changes only the worker's local copy:
      the changelog never hears of it, and a replacement worker would recover the old value. The
      pure classes may mutate what they read (a dict in ``wirewatch enrich`` allows it), so this
      adapter remembers what it handed out and ``flush()`` writes back every value that changed.
    - Every table write is a changelog message. A batch that updates one key ten times needs
      only the last value in the changelog, so writes wait here until ``flush()``, one per key.

    Reads see the pending writes. Call ``flush()`` once per batch, where the batch's state
    should become durable (before its input offsets can be committed).

    Faust writes a key to the changelog partition of the *current event*, which is what keeps a
    key's state with the worker that owns the key's input partition. A batch spans partitions
    and is flushed after its last event, so the agent sets ``partition`` to the partition of
    each input before handing it to the pure code; every key remembers the partition it was
    touched under, and ``flush()`` writes it there.
    """

    def __init__(self, table: Any, *, write_back: bool = True) -> None:
        """``write_back=False`` for a class that assigns every change (``CopyIndex``,
        ``FigureHistory``): reads then skip the snapshot that detects in-place changes, which
        cost a serialisation of every value read."""
        self.table = table
        self.write_back = write_back
        self.partition: int | None = None
        self._handed_out: dict[str, tuple[Any, bytes]] = {}
        self._pending: dict[str, Any] = {}
        self._partitions: dict[str, int] = {}

    def _touch(self, key: str) -> None:
        if self.partition is not None:
            self._partitions[key] = self.partition

    def __getitem__(self, key: str) -> Any:
        if key in self._pending:
            value = self._pending[key]
            if value is _DELETED:
                raise KeyError(key)
            return value
        if key in self._handed_out:
            return self._handed_out[key][0]
        value = self.table[key]
        if value is None:
            raise KeyError(key)
        if self.write_back:
            self._handed_out[key] = (value, orjson.dumps(value))
            self._touch(key)
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        self._handed_out.pop(key, None)
        self._pending[key] = value
        self._touch(key)

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        self._handed_out.pop(key, None)
        self._pending[key] = _DELETED
        self._touch(key)

    def __contains__(self, key: object) -> bool:
        if key in self._pending:
            return self._pending[key] is not _DELETED
        return key in self._handed_out or (key in self.table and self.table[key] is not None)

    def __iter__(self) -> Iterator[str]:
        keys = [k for k in self.table.keys() if self._pending.get(k) is not _DELETED]
        keys += [k for k, v in self._pending.items() if v is not _DELETED and k not in self.table]
        return iter(keys)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    @property
    def pending(self) -> int:
        """Writes waiting for ``flush()``."""
        return len(self._pending) + len(self._handed_out)

    def flush(self) -> int:
        """Write every pending value, and every value changed in place; return how many."""
        if not self._pending and not self._handed_out:
            return 0
        partition_for_key = getattr(self.table, "partition_for_key", None)
        if partition_for_key is not None and self._partitions:
            known = self._partitions
            self.table.partition_for_key = (
                lambda key: known[key] if key in known else partition_for_key(key))
        try:
            return self._write_all()
        finally:
            if partition_for_key is not None and "partition_for_key" in vars(self.table):
                del self.table.partition_for_key
            self._partitions = {}

    def _write_all(self) -> int:
        written = 0
        for key, (value, snapshot) in self._handed_out.items():
            if key not in self._pending and orjson.dumps(value) != snapshot:
                self.table[key] = value
                written += 1
        for key, value in self._pending.items():
            if value is _DELETED:
                if key in self.table:
                    del self.table[key]
            else:
                self.table[key] = value
            written += 1
        self._handed_out.clear()
        self._pending.clear()
        return written
