"""The write-back adapter: in-place changes reach the table (and so its changelog)."""

from __future__ import annotations

from wirewatch.stream.tables import TableStore


class RecordingTable(dict):
    """Stands in for a Faust table's mapping interface and records every write."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    def __setitem__(self, key, value) -> None:
        self.writes.append(key)
        super().__setitem__(key, value)


def test_in_place_mutation_is_written_back_on_flush():
    table = RecordingTable()
    store = TableStore(table)
    store["k"] = {"ids": ["a"]}
    store["k"]["ids"].append("b")
    store.flush()
    assert table["k"] == {"ids": ["a", "b"]}
    table.writes.clear()
    assert store["k"]["ids"] == ["a", "b"]
    assert store.flush() == 0 and table.writes == []  # reads alone write nothing


def test_missing_and_deleted_keys():
    store = TableStore(RecordingTable())
    assert store.get("nope") is None and "nope" not in store
    store["x"] = 1
    del store["x"]
    assert "x" not in store and len(store) == 0
