"""2,000 hostile pages mutated from the fixtures (fixed seed): no traceback, no hang.

Every document goes through ``newscrawl extract``'s page function (profile chosen,
generic forced, Dawn forced), ``newscrawl split``'s, and the crawl's pipelines over the
records. A refusal the project declares (PageError: not HTML, no story …) is an answer;
any other exception is a failure. Two worker processes share the corpus; a document over
:data:`~tests.fuzz_corpus.DOC_CPU_LIMIT` CPU seconds fails as a hang, and a worker that
stops answering (a hang in C code, which no signal interrupts) fails the test when its
chunk's wall-clock allowance runs out, instead of freezing CI.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from .fuzz_corpus import MUTATIONS, Outcome, document, run_chunk, seeds

SEED = 20250520
DOCUMENTS = 2000
CHUNK = 40
#: Wall-clock seconds a chunk may take on a loaded 2-core machine before it is a hang.
CHUNK_WALL_LIMIT = 600


def test_the_corpus_is_deterministic_and_covers_every_mutation() -> None:
    pages = seeds()
    assert len(pages) >= 30
    first = [document(SEED, i, pages) for i in range(60)]
    again = [document(SEED, i, pages) for i in range(60)]
    assert first == again
    used = {name for i in range(DOCUMENTS) for name in document(SEED, i, pages)[2].split("+")}
    assert used == set(MUTATIONS)


def test_no_traceback_and_no_hang_on_the_fuzz_corpus(tmp_path: Path) -> None:
    chunks = [list(range(i, min(i + CHUNK, DOCUMENTS))) for i in range(0, DOCUMENTS, CHUNK)]
    ctx = multiprocessing.get_context("spawn")
    outcomes: list[Outcome] = []
    with ctx.Pool(2) as pool:
        pending = [
            pool.apply_async(run_chunk, (SEED, chunk, str(tmp_path / f"w{n}")))
            for n, chunk in enumerate(chunks)
        ]
        n = 0
        try:
            for n, result in enumerate(pending):  # noqa: B007 - named in the failure
                outcomes.append(result.get(timeout=CHUNK_WALL_LIMIT))
        except multiprocessing.TimeoutError:
            pool.terminate()
            raise AssertionError(
                f"hang: chunk {n} (documents {chunks[n][0]}-{chunks[n][-1]}, seed {SEED}) "
                f"gave no answer in {CHUNK_WALL_LIMIT} s"
            ) from None
    failures = [f for o in outcomes for f in o.failures]
    assert not failures, f"{len(failures)} failures:\n" + "\n".join(failures[:40])
    assert sum(o.documents for o in outcomes) == DOCUMENTS
    calls = {e: sum(o.calls.get(e, 0) for o in outcomes) for e in outcomes[0].calls}
    assert calls == dict.fromkeys(
        ("extract-auto", "extract-generic", "extract-dawn", "split"), DOCUMENTS
    )
    # Not every page is refused: most mutations leave a story to extract.
    assert sum(o.refused for o in outcomes) < 0.75 * 4 * DOCUMENTS
