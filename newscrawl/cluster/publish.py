"""The commit side of a distributed run: the shared store as the commit's participant, and
the run's commit record built from what the workers handed in (each file checked against
the size and SHA-256 its worker reported)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newscrawl.durable import digest


class ClusterError(Exception):
    """The run cannot go on; ``str()`` is the one line to show."""


class StoreParticipant:
    """The shared store as the commit's participant (promote/discard by run id)."""

    def __init__(self, store: Any) -> None:
        self.store = store

    def prepare(self) -> None:
        """Every claim was written as it was made."""

    def promote(self, run_id: str) -> None:
        self.store.promote(run_id)

    def discard(self, run_id: str) -> None:
        self.store.discard(run_id)

    def pending_runs(self) -> set[str]:
        return set(self.store.pending_runs())


Statuses = dict[str, tuple[str, dict[str, Any] | None]]


def handed_in(folder: Path, statuses: Statuses) -> tuple[list[dict[str, Any]], list[Any]]:
    """The files and records of every done worker, each file checked in *folder* (the
    run's staging folder). Raises ClusterError for a file that is not what was handed in,
    or when no worker handed anything in."""
    files: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    for name, (status, record) in sorted(statuses.items()):
        if status != "done" or record is None:
            continue
        records.append(record)
        for entry in record["files"]:
            _, size, sha = digest(folder / entry["staged"])
            if (sha, size) != (entry["sha256"], entry["bytes"]):
                raise ClusterError(
                    f"newscrawl cluster: {entry['staged']} of worker {name} "
                    "is not the file it handed in"
                )
            files.append(entry)
    if not records:
        raise ClusterError("newscrawl cluster: no worker handed any file in")
    return files, records


def run_record(
    site: str, run: str, files: list[dict[str, Any]], records: list[dict[str, Any]]
) -> dict[str, Any]:
    """The run's ``COMMIT.json``: every file of every done worker, counts by kind."""
    return {
        "runId": f"{site}:{run}",
        "site": site,
        "run": run,
        "files": files,
        "workers": sorted(r.get("worker", "") for r in records),
        "counts": _counts(files),
    }


def _counts(files: list[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for entry in files:
        kind = Path(entry["final"]).name.split("-", 1)[0]
        counts[kind] = counts.get(kind, 0) + int(entry["records"] or 0)
    return counts
