"""The key-value store that stateful steps are written against.

A Faust table in the stream, a plain dict in ``wirewatch enrich`` and in unit tests. Values
must be JSON-ready (dicts, lists, strings, numbers), since tables serialise them to their
changelog topic.
"""

from __future__ import annotations

from typing import Any, MutableMapping

Store = MutableMapping[str, Any]
