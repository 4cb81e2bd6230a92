"""``newscrawl extract --manifest``: a JSONL file of ``{"path", "url", "fetchedAt"}`` lines.

A bad line (not JSON, not an object, no ``path``, a bad ``url`` or ``fetchedAt``, a page
that is not there) costs that line only: it gets one problem line naming its number and the
good lines are processed as usual. A file that cannot be a manifest at all (missing, a
folder, binary, not one good line) is a :class:`ManifestError`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from newscrawl.offline import Source, parse_time
from newscrawl.sites import check_url

#: Schemes a page's ``url`` may have (``file:`` is the default for a saved page).
URL_SCHEMES = ("http", "https", "file")


class ManifestError(Exception):
    """A file that cannot be read as a manifest; the message says why, in one line."""


@dataclass
class Manifest:
    """The good lines of a manifest as sources, and one problem line per bad line."""

    sources: list[Source] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def read_manifest(path: Path, fetched_at: datetime | None = None) -> Manifest:
    """The manifest at *path*; page paths are relative to its folder, *fetched_at* is the
    fetch time of lines without ``fetchedAt`` (else the page file's mtime)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ManifestError(f"cannot read {path} ({exc.strerror or exc})") from None
    if b"\x00" in data[:8192]:
        raise ManifestError(f"{path} is a binary file, not a JSONL manifest")
    manifest = Manifest()
    for number, raw in enumerate(data.splitlines(), 1):
        try:
            source = _source(path, number, raw, fetched_at)
        except ValueError as exc:
            manifest.problems.append(f"{path}:{number}: {exc}")
            continue
        if source is not None:
            manifest.sources.append(source)
    if manifest.problems and not manifest.sources:
        first = manifest.problems[0].removeprefix(f"{path}:")
        raise ManifestError(f"{path} is not a JSONL manifest: no good line; line {first}")
    return manifest


def _source(manifest: Path, number: int, raw: bytes, fetched_at: datetime | None) -> Source | None:
    """The source on one line, None for a blank line; ``ValueError`` says what is wrong."""
    try:
        line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text (byte {exc.start})") from None
    if not line.strip():
        return None
    try:
        entry = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"bad JSON ({exc.msg}, column {exc.colno})") from None
    if not isinstance(entry, dict):
        raise ValueError(f'a JSON {_kind(entry)}, not a {{"path", "url", "fetchedAt"}} object')
    page = entry.get("path")
    if not isinstance(page, str) or not page.strip():
        raise ValueError('no "path" (the saved page, relative to the manifest)')
    url = entry.get("url")
    if url is not None:
        if not isinstance(url, str):
            raise ValueError(f'"url" is a JSON {_kind(url)}, not a string')
        try:
            check_url(url, URL_SCHEMES)
        except ValueError as exc:
            raise ValueError(f'bad "url" {url!r}: {exc}') from None
    fetched = entry.get("fetchedAt")
    if fetched is not None:
        if not isinstance(fetched, str):
            raise ValueError(f'"fetchedAt" is a JSON {_kind(fetched)}, not a string')
        try:
            fetched_at = parse_time(fetched)
        except ValueError as exc:
            raise ValueError(f'bad "fetchedAt": {exc}') from None
    file = manifest.parent / page
    if not file.exists():
        raise ValueError(f"{file}: no such file")
    if file.is_dir():
        raise ValueError(f"{file}: a folder, not a page")
    return Source(file, url, fetched_at, origin=f"{manifest}:{number}")


def _kind(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")
