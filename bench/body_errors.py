"""Where the body F1 of the publishers tune half is lost, by class of text.

    python bench/records.py OUT.jsonl --sets publishers
    python bench/body_errors.py OUT.jsonl [--show]

The publishers truth body leaves out the headline, the summary/lead (``summary`` in
truth.json) and the subheadings (``subheadings``); the record contract keeps subheadings
in ``articleBody``. Each paragraph of the prediction is classed: a subheading (its words
are one of the truth's subheadings), the summary (over half its word 4-grams in the
truth's summary), body (over half in the truth's body) or other text. A false-positive
shingle (as ``score.py`` counts them) is charged to the class of the paragraphs it spans
(subheading first, then summary, other, body); a false negative is a shingle of the
truth's body inside one of its paragraphs (missed text) or spanning two (a boundary
the prediction breaks, mostly by a subheading between them). The figures are sums of
per-page shares (each page's tp + fp + fn is 1, as the scorer weighs them), and the F1
the tune half would have with each class taken out of the prediction.

Only the tune half is read (issue 9: per-page results of the check half stay unseen);
``--show`` lists, per page, the paragraphs classed as other text (``--show summary``,
``subheading``, ``body``: those of that class; ``--show missed``: the truth's paragraphs
the prediction lacks in good part, with the page's share of missed text).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
DATA = ROOT / "data" / "publishers"
#: Order in which a false positive spanning several classes is charged.
CLASSES = ("subheading", "summary", "other", "body")
#: ``--show missed`` lists a truth paragraph when the prediction lacks over this share of
#: its 4-grams.
MISSED_SHARE = 0.3


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("publishers_score", DATA / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


S = _scorer()


def _grams(text: str) -> set[tuple[str, ...]]:
    words = S.tokens(text)
    return {tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3))}


def _share(text: str, others: Iterable[str]) -> float:
    mine, theirs = _grams(text), set().union(*(_grams(t) for t in others))
    return len(mine & theirs) / len(mine) if mine else 0.0


def paragraph_class(text: str, truth: dict[str, Any]) -> str:
    """The class of one predicted paragraph against the page's truth."""
    words = S.tokens(text)
    subheadings = truth.get("subheadings") or []
    if any(S.tokens(s) == words for s in subheadings):
        return "subheading"
    if _share(text, truth.get("summary") or []) > 0.5:
        return "summary"
    if _share(text, truth.get("body") or []) > 0.5:
        return "body"
    return "other"


def page_errors(
    truth: dict[str, Any], body: str, shown: str = "other"
) -> tuple[Counter[str], list[str]]:
    """Shingle counts of one page by class (``tp``, ``fp:<class>``, ``fn:inside``,
    ``fn:boundary``) and its paragraphs of the class *shown* (one of :data:`CLASSES`),
    or with *shown* ``missed`` the truth's paragraphs a good part of whose 4-grams the
    prediction lacks."""
    counts: Counter[str] = Counter()
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    owner: list[str] = []
    others = []
    for text in paragraphs:
        kind = paragraph_class(text, truth)
        owner += [kind] * len(S.tokens(text))
        if kind == shown:
            others.append(text)
    words = [w for text in paragraphs for w in S.tokens(text)]
    left = Counter(S.shingles(S.tokens("\n\n".join(truth.get("body") or []))))
    shingles = [tuple(words[i : i + 4]) for i in range(len(words) - 3)] or (
        [tuple(words)] if words else []
    )
    for index, gram in enumerate(shingles):
        if left[gram] > 0:
            left[gram] -= 1
            counts["tp"] += 1
        else:
            spanned = set(owner[index : index + 4])
            counts["fp:" + next(c for c in CLASSES if c in spanned)] += 1
    found = Counter(S.shingles(words))
    if shown == "missed":
        held = set(found)
        for text in truth.get("body") or []:
            grams = _grams(text)
            if len(grams - held) > MISSED_SHARE * len(grams):
                others.append(text)
    truth_words: list[str] = []
    where: list[int] = []
    for number, text in enumerate(truth.get("body") or []):
        tokens = S.tokens(text)
        truth_words += tokens
        where += [number] * len(tokens)
    for index in range(max(1, len(truth_words) - 3)):
        gram = tuple(truth_words[index : index + 4])
        if found[gram] > 0:
            found[gram] -= 1
        elif truth_words:
            counts["fn:inside" if len(set(where[index : index + 4])) == 1 else "fn:boundary"] += 1
    return counts, others


def without(truth: dict[str, Any], body: str, classes: set[str]) -> str:
    """*body* without its paragraphs of the given classes."""
    kept = [p for p in body.split("\n\n") if paragraph_class(p, truth) not in classes]
    return "\n\n".join(kept)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", type=Path, help="bench/records.py output")
    parser.add_argument(
        "--show",
        nargs="?",
        const="other",
        choices=(*CLASSES, "missed"),
        help="list per page the paragraphs of a class (default: other text), or the "
        "truth's paragraphs the prediction misses in good part (missed)",
    )
    args = parser.parse_args()
    truth = json.loads((DATA / "truth.json").read_text("utf8"))
    splits = json.loads((ROOT / "data" / "splits.json").read_text("utf8"))
    tune = set(splits["sets"]["publishers"]["tune"])
    bodies: dict[str, str] = {}
    with args.records.open(encoding="utf8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("set") == "publishers" and record.get("id") in tune:
                bodies[record["id"]] = (record.get("article") or {}).get("articleBody") or ""
    shares: defaultdict[str, float] = defaultdict(float)
    pages: Counter[str] = Counter()
    for pid in sorted(tune):
        counts, others = page_errors(truth[pid], bodies.get(pid, ""), args.show or "other")
        total = sum(counts.values()) or 1
        for key, value in counts.items():
            shares[key] += value / total
            pages[key] += 1
        if args.show and others:
            key = "fn:inside" if args.show == "missed" else f"fp:{args.show}"
            print(f"{pid}  {args.show} {counts[key] / total:.3f}")
            for text in others:
                print("    " + text[:150].replace("\n", " "))
    print(f"publishers tune half: {len(tune)} pages, {len(bodies)} with a record")
    print(f"{'class':<16}{'share':>8}{'pages':>7}   (sums of per-page shares)")
    for key in ("tp", *(f"fp:{c}" for c in CLASSES), "fn:inside", "fn:boundary"):
        print(f"{key:<16}{shares[key]:>8.2f}{pages[key]:>7}")
    print()
    print("body F1 with classes taken out of the prediction:")
    for label, classes in (
        ("as predicted", set()),
        ("no subheadings", {"subheading"}),
        ("no summary", {"summary"}),
        ("neither", {"subheading", "summary"}),
        ("no other text", {"other"}),
        ("none of the three", {"subheading", "summary", "other"}),
    ):
        rows = [
            S.score_page(truth[p], {"articleBody": without(truth[p], bodies.get(p, ""), classes)})
            for p in sorted(tune)
        ]
        figures = S.aggregate(rows)
        p, r, f = (figures[k][0] for k in ("body_precision", "body_recall", "body_f1"))
        print(f"  {label:<20} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main()
