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


def test_writes_wait_for_flush_and_each_key_is_written_once():
    table = RecordingTable()
    store = TableStore(table)
    for n in range(10):
        store["k"] = {"n": n}
    store["j"] = 1
    assert table.writes == [] and store["k"] == {"n": 9} and "j" in store
    assert sorted(store) == ["j", "k"] and len(store) == 2
    assert store.flush() == 2
    assert sorted(table.writes) == ["j", "k"] and table["k"] == {"n": 9}


def test_pending_delete_hides_the_table_value_until_flush_deletes_it():
    table = RecordingTable()
    store = TableStore(table)
    store["x"] = 1
    store.flush()
    del store["x"]
    assert "x" not in store and store.get("x") is None and list(store) == []
    assert "x" in table
    store.flush()
    assert "x" not in table


class PartitionedTable(RecordingTable):
    """Like a Faust table: a write goes to the changelog partition ``partition_for_key`` says."""

    def __init__(self) -> None:
        super().__init__()
        self.partition_of: dict[str, int] = {}

    def partition_for_key(self, key):
        return 99  # a Faust table would answer with the current event's partition

    def __setitem__(self, key, value) -> None:
        self.partition_of[key] = self.partition_for_key(key)
        super().__setitem__(key, value)


def test_flush_writes_each_key_to_the_partition_it_was_touched_under():
    table = PartitionedTable()
    store = TableStore(table)
    store.partition = 3
    store["a"] = 1
    store.partition = 5
    store["b"] = 2
    store.flush()
    assert table.partition_of == {"a": 3, "b": 5}
    assert table.partition_for_key("a") == 99  # the table's own answer is back after flush


def test_without_write_back_reads_are_not_tracked_and_assignments_still_reach_the_table():
    table = RecordingTable()
    store = TableStore(table, write_back=False)
    store["k"] = {"ids": ["a"]}
    store.flush()
    table.writes.clear()
    store["k"]["ids"].append("b")  # a class that assigns every change never does this
    assert store.flush() == 0 and table.writes == []
    store["k"] = {"ids": ["a", "b", "c"]}
    assert store.flush() == 1 and table["k"] == {"ids": ["a", "b", "c"]}
