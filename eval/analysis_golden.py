"""A golden check for the rules-only analysis: speed work must not change a single result.

Run: python eval/analysis_golden.py --check   (or --write to record a new baseline)

It runs ``analyze(text).to_dict()`` over every line of the crisis and trap sets (never a
holdout), the rules' own examples and near misses, the benchmark corpora and a few hundred odd
inputs (emoji, mixed scripts, stretched letters, curly quotes, NUL, very long texts), and keeps
one line per input in ``analysis_golden.txt``: a short hash of the input and the SHA-256 of the
result. No text is stored. The public detectors are checked alone too (``detect_crisis``,
``find_traps``, ``find_absolutist_words``, called on a fresh text each), and must agree with
``analyze``. An input whose hash is not in the file (a set grew) is reported, not failed.
"""

import argparse
import hashlib
import importlib.util
import json
import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GOLDEN = HERE / "analysis_golden.txt"
# GOLDEN_SRC=DIR runs another copy of the code (e.g. the code before a change, to record).
sys.path.insert(0, os.environ.get("GOLDEN_SRC", str(ROOT / "src")))

from selftrust.language.absolutist import find_absolutist_words  # noqa: E402
from selftrust.language.analysis import analyze  # noqa: E402
from selftrust.language.crisis import detect_crisis  # noqa: E402
from selftrust.language.crisis_rules import RULES as CRISIS_RULES  # noqa: E402
from selftrust.language.trap_rules import RULES as TRAP_RULES  # noqa: E402
from selftrust.language.traps import find_traps  # noqa: E402

_ODD = [
    "",
    " ",
    "\x00",
    "a\x00b kill\x00 myself",
    "I want to k\x00ill myself",
    "²",
    "x² + y² and I always fail",
    "İ always fail. İstanbul is lovely",
    "I ALWAYS FAIL AND I WANT TO DIE",
    "I want to diiiiie",
    "sooooo tired of everything, neverrrr again",
    "I’m such an idiot and I’ll never get it right",
    "“I want to kill myself” she said in the film",
    "I want to kill myself 😭😭😭",
    "😀" * 50,
    "кill myself (Cyrillic k)",
    "Я всегда всё порчу. I always ruin everything.",
    "我总是失败 I always fail 我想死",
    "ﬁnally I ﬁgured it out, ﬀ",
    "k!ll myself tonight",
    "s/h again last night",
    "s*icide feels close",
    "kms lol jk... or not",
    "unalive myself",
    "i wanna d i e",
    "I want to\tdie\r\nreally",
    "I want to die…",
    "I\u00a0want\u00a0to\u00a0die",
    "I\u200bwant to die",
    "I want to die.I always fail.Nobody cares",
    "don't don`t don´t don′t",
    "I — always — fail – everyone – hates me",
    "never.never.never!never?never;never:never",
    "no-one cares, noone cares, no\none cares",
    "ALL all All aLL",
    "\ufeffI want to die",
    "I want to die\ud800",
    "ß ẞ ǅ ǈ Σ ς",
    "Ⅻ ⅻ ① ½",
    "a" * 300,
    "kill " * 400,
    "I always fail. " * 700,
    "myself " * 500 + "kill",
]


def _rows(folder: str) -> Iterator[str]:
    for path in sorted((HERE / folder).glob("*.jsonl")):
        if path.stem == "holdout":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)["text"]


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _variants(rng: random.Random, text: str) -> list[str]:
    """Odd spellings of one line: case, quotes, stretched letters, emoji, scripts, marks."""
    stretched = "".join(c * rng.choice((1, 1, 3, 5)) if c in "aeiouy" else c for c in text)
    curly = text.replace("'", "\u2019").replace('"', "\u201c")
    emoji = " ".join(w + (" 😢" if rng.random() < 0.2 else "") for w in text.split())
    mixed = text.replace("a", "а", 1).replace("o", "ο", 1)  # Cyrillic a, Greek omicron
    marks = text.replace(" ", rng.choice(("  ", "\n", " - ", "...", ", ", "\t", "_")))
    tight = text.replace(". ", ".").replace(", ", ",")
    return [text.upper(), text.title(), stretched, curly, emoji, mixed, marks, tight,
            "İ " + text + " ²", text + "\x00" + text]  # fmt: skip


def inputs() -> list[str]:
    """Every input, deterministic and de-duplicated, in a fixed order."""
    texts = list(_rows("crisis")) + list(_rows("traps"))
    for crisis_rule in CRISIS_RULES:
        texts += [*crisis_rule.examples, *crisis_rule.near_misses]
    for trap_rule in TRAP_RULES:
        texts += [*trap_rule.examples, *trap_rule.near_misses]
    rng = random.Random(5)
    base = sorted(set(texts))
    for text in rng.sample(base, 60):
        texts += _variants(rng, text)
    texts += _ODD
    # Very long texts: many lines in one entry, crisis and calm mixed.
    for n in range(4):
        chunk = rng.sample(base, 120)
        texts.append(" ".join(chunk)[: 10_000 + 3000 * n])
        texts.append("\n".join(chunk)[:10_000])
    crisis, traps = _module("bench_crisis").corpus(), _module("bench_traps").corpus()
    for groups in (crisis, traps):
        for group in groups.values():
            texts += group[::4]  # a sample: the texts repeat the same few sentences
    return list(dict.fromkeys(texts))


def _alone(text: str) -> dict[str, Any]:
    """What the public detectors say each on their own, in the shape of ``to_dict``."""
    crisis, traps = detect_crisis(text), find_traps(text)
    words = find_absolutist_words(text)
    return {
        "crisis": crisis.crisis,
        "kinds": [k.value for k in crisis.kinds],
        "crisis_spans": [(m.kind.value, m.start, m.end, m.rule) for m in crisis.matches],
        "trap_spans": [(m.trap.value, m.start, m.end, m.rule) for m in traps],
        "absolutist_words": [w.word for w in words],
    }


def _agree(result: dict[str, Any], alone: dict[str, Any]) -> bool:
    return (
        result["crisis"] == alone["crisis"]
        and result["crisis_kinds"] == alone["kinds"]
        and [(m["kind"], m["start"], m["end"], m["rule"]) for m in result["crisis_matches"]]
        == [tuple(x) for x in alone["crisis_spans"]]
        and [(m["trap"], m["start"], m["end"], m["rule"]) for m in result["trap_matches"]]
        == [tuple(x) for x in alone["trap_spans"]]
        and result["absolutist_words"] == alone["absolutist_words"]
    )


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def results() -> tuple[list[tuple[str, str]], list[int]]:
    """(input key, result SHA-256) per input, and the inputs where the detectors disagree."""
    texts = inputs()
    out, disagree = [], []
    for number, text in enumerate(texts):
        result = analyze(text).to_dict()
        # A different text in between, so no cache of the last text can carry an answer over.
        analyze(texts[number - 1] + " ")
        alone = _alone(text)
        if not _agree(result, alone):
            disagree.append(number)
        blob = json.dumps(result, sort_keys=True, ensure_ascii=True).encode()
        out.append((_key(text), hashlib.sha256(blob).hexdigest()))
    return out, disagree


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true", help="record the current results")
    mode.add_argument("--check", action="store_true", help="compare with the recorded results")
    args = parser.parse_args()
    found, disagree = results()
    if args.write:
        GOLDEN.write_text("".join(f"{k} {v}\n" for k, v in found), encoding="utf-8")
        print(f"wrote {len(found)} results to {GOLDEN.relative_to(ROOT)}")
        return 0
    recorded = dict(line.split() for line in GOLDEN.read_text(encoding="utf-8").splitlines())
    texts = inputs()
    changed = [n for n, (k, v) in enumerate(found) if k in recorded and recorded[k] != v]
    new = sum(1 for k, _ in found if k not in recorded)
    gone = len(set(recorded) - {k for k, _ in found})
    for n in changed[:10]:
        print(f"changed: input {n}: {texts[n][:80]!r}")
    for n in disagree[:10]:
        print(f"detectors alone disagree with analyze(): input {n}: {texts[n][:80]!r}")
    print(
        f"{len(found)} inputs: {len(found) - new - len(changed)} unchanged, {len(changed)} "
        f"changed, {new} not recorded, {gone} recorded but gone; {len(disagree)} disagreements"
    )
    return 1 if changed or disagree else 0


if __name__ == "__main__":
    raise SystemExit(main())
