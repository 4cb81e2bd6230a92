"""Schema checks for tests: every violation, by jsonschema (a second implementation)."""

from __future__ import annotations

from typing import Any

from jsonschema import Draft7Validator

from newscrawl.pipelines import schema


def record_errors(record: dict[str, Any], kind: str) -> list[str]:
    """All schema violations of one record, as ``path: message`` strings."""
    validator = Draft7Validator(schema(kind))
    errors = sorted(validator.iter_errors(record), key=lambda e: list(e.path))
    return [f"{'/'.join(map(str, e.path)) or '<record>'}: {e.message}" for e in errors]
