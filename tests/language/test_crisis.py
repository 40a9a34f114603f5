"""The crisis-language detector: every rule as data, the context policy, offsets and bad input."""

import importlib
import json
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selftrust.language.crisis import NO_CRISIS, CrisisKind, CrisisResult, detect_crisis, fold_text
from selftrust.language.crisis_rules import RULES, Rule, reading
from selftrust.language.crisis_rules.patterns import WORD, anchor_hits

ROOT = Path(__file__).resolve().parents[2]
SETS = [ROOT / "eval" / "crisis" / f"{name}.jsonl" for name in ("tuning", "dev_a", "dev_b")]
LINES = [
    json.loads(line)["text"]
    for path in SETS
    if path.exists()
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def rules_fired(text: str) -> set[str]:
    return {m.rule for m in detect_crisis(text).matches}


def kinds(text: str) -> set[str]:
    return {k.value for k in detect_crisis(text).kinds}


# --- the rules as data ----------------------------------------------------------------------


def test_it_gives_every_rule_a_unique_id_examples_near_misses_and_a_reason() -> None:
    assert len({r.id for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.examples, rule.id
        assert rule.near_misses, rule.id
        assert rule.reason.endswith("."), rule.id
        assert rule.anchors, rule.id
        assert CrisisKind(rule.kind)


def test_it_writes_anchors_as_plain_lowercase_words() -> None:
    for rule in RULES:
        for anchor in rule.anchors:
            for slot in anchor if isinstance(anchor, tuple) else ((anchor,),):
                for choice in slot:
                    assert choice == choice.lower().strip(), (rule.id, choice)
                    assert not set(choice) & set("()[]{}?+\\|^"), (rule.id, choice)
            if isinstance(anchor, str) and " " not in anchor:
                # The quick look files single words by their first three letters.
                assert len(anchor.rstrip("$")) >= 3 or anchor.endswith("$"), (rule.id, anchor)


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_it_fires_each_rule_on_its_own_examples(rule: Rule) -> None:
    for example in rule.examples:
        assert rule.id in rules_fired(example), example


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_it_stays_calm_on_each_rules_near_misses(rule: Rule) -> None:
    for near_miss in rule.near_misses:
        assert detect_crisis(near_miss) == NO_CRISIS, near_miss


def _sample(node: Any, rng: random.Random) -> str:
    """Write one random string that a parsed regex can match (assertions are ignored)."""
    c = importlib.import_module("re._constants")
    out = []
    for op, av in node:
        if op is c.LITERAL:
            out.append(chr(av))
        elif op is c.IN:
            negated = any(o is c.NEGATE for o, _ in av)
            literals = [chr(a) for o, a in av if o is c.LITERAL]
            out.append(" " if negated or not literals else rng.choice(literals))
        elif op is c.BRANCH:
            # An empty gap before an apostrophe ("she'd") is the only choice that writes
            # nothing; leave it out, or words would run together.
            choices = [b for b in av[1] if not (len(b) == 1 and b[0][0] is c.ASSERT)]
            out.append(_sample(rng.choice(choices or av[1]), rng))
        elif op is c.SUBPATTERN:
            out.append(_sample(av[3], rng))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            count = rng.randint(av[0], min(av[1], av[0] + 2))
            out.append("".join(_sample(av[2], rng) for _ in range(count)))
        elif op in (c.CATEGORY, c.ANY, c.NOT_LITERAL):
            out.append("a" if "WORD" in str(av) and "NOT" not in str(av) else " ")
    return "".join(out)


@pytest.mark.parametrize("index", range(len(RULES)), ids=[r.id for r in RULES])
def test_it_never_hides_a_rule_match_behind_the_anchor_words(index: int) -> None:
    # Anchors are what keep everyday text fast; a match with none of its rule's anchors inside
    # would be silently skipped. Random strings built from each pattern try every way it can
    # match, and each match must hold an anchor word that offers the rule.
    regex = reading._rule(index).regex
    tree = importlib.import_module("re._parser").parse(regex.pattern)
    rng = random.Random(RULES[index].id)  # stable when rules are added or moved
    anchors = reading._anchors()
    for _ in range(300):
        # A gap written before an apostrophe stands for "she'd", as real text has it.
        norm = reading.fold(re.sub(r"[ ,]+'(?=[a-z])", "'", "so " + _sample(tree, rng) + " ok"))
        found = regex.search(norm)
        if found is None:
            continue
        tokens = list(reading._rx(WORD).finditer(norm))
        hits = anchor_hits(anchors, [t.group() for t in tokens], {})
        assert any(
            found.start() <= tokens[at].start() < found.end() and index in rules
            for at, rules in hits
        ), found.group(0)


# --- what it catches and what it leaves alone ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "this deadline is killing me",
        "I'm dying to try it",
        "my phone died",
        "I killed it at the presentation",
        "I could murder a pizza",
        "dead tired",
        "I nearly died laughing",
        "killing time",
        "my chest feels tight",
        "I hate how I handled that",
        "we watched a documentary about suicide prevention",
        "Overdosed on Christmas chocolate, zero regrets",
        "walked across the bridge to the Saturday market",
        "Mum will kill me if I forget her birthday again lol",
    ],
)
def test_it_stays_calm_on_everyday_idioms_body_words_and_topics(text: str) -> None:
    assert detect_crisis(text) == NO_CRISIS


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("he said if I ever leave he'll find me and kill me", "harm_from_others"),
        (
            "he keeps the knife on the table when he's angry and just looks at me",
            "harm_from_others",
        ),
        ("my friend said she wants to end it", "concern_for_other"),
        ("found cuts on my son's arm when he was asleep", "concern_for_other"),
        ("drove to the cliffs after work and sat there for an hour deciding", "suicide"),
        ("I won't be a problem much longer", "suicide"),
        ("tying up loose ends and making sure the cat is looked after", "suicide"),
        ("cut again after the call with dad", "self_harm"),
        ("burned my arm with the lighter again", "self_harm"),
        ("i wanna d!e", "suicide"),
        ("i WANT TO DIEEEE", "suicide"),
        ("ready to ctb. nobody would even notice", "suicide"),
    ],
)
def test_it_notices_direct_indirect_and_story_like_crisis_language(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_it_lets_a_negation_cancel_unless_what_follows_leaves_it_open() -> None:
    assert not detect_crisis("I don't want to die").crisis
    assert not detect_crisis("No thoughts of hurting myself this week.").crisis
    assert not detect_crisis("Didn't feel any pull to self-harm today.").crisis
    assert not detect_crisis("I've never wanted to end my life, but I do want a break").crisis
    assert detect_crisis("I'm not going to kill myself today").crisis
    assert detect_crisis("I won't hurt myself. Not today anyway.").crisis
    assert not detect_crisis("I'm not suicidal, just really sad today.").crisis
    assert detect_crisis("I didn't hurt myself but I wanted to.").crisis
    assert detect_crisis("I don't want to die but I don't want to live either").crisis


def test_it_reads_a_screening_question_answered_no_and_a_rating_of_zero() -> None:
    assert not detect_crisis("she asked if I'd had thoughts of suicide and I said no").crisis
    assert not detect_crisis("sh urges: 0/10").crisis
    assert detect_crisis("sh urges 8/10 today").crisis


def test_it_counts_recent_past_but_not_clearly_settled_past() -> None:
    assert detect_crisis("last night I cut myself").crisis
    assert detect_crisis("I used to self-harm").crisis  # when in doubt, notice
    assert not detect_crisis("ten years ago I self-harmed; today I'm proud of myself").crisis
    assert not detect_crisis("Three years self-harm free today").crisis
    assert detect_crisis("years ago I used to self-harm and the urges are back").crisis
    assert detect_crisis("Three months clean and I relapsed after the argument.").crisis
    assert not detect_crisis("There was a time I wanted to die; therapy helped me through.").crisis


def test_it_decides_whose_crisis_it_is_from_the_nearest_subject() -> None:
    assert kinds("my brother said he wants to die") == {"concern_for_other"}
    assert kinds("I told my brother I want to die") == {"suicide"}
    assert kinds("she wishes I was dead") == {"harm_from_others"}
    assert kinds("my girlfriend and I both cut last night") == {"self_harm", "concern_for_other"}


def test_it_needs_a_sign_nearby_before_a_story_counts() -> None:
    assert not detect_crisis("sat on the pier by the bridge eating chips").crisis
    assert detect_crisis("sat on the bridge for an hour looking down").crisis
    assert not detect_crisis("thanks for everything today, the party was lovely").crisis
    assert detect_crisis("she texted 'thanks for everything' at 3am and won't pick up").crisis


def test_it_leaves_accidents_and_topics_alone() -> None:
    assert not detect_crisis("I cut myself shaving").crisis
    assert detect_crisis("I cut myself on purpose with the kitchen knife").crisis
    assert not detect_crisis("did a first aid course, they taught us to ask about suicide").crisis


def test_it_gives_the_same_answer_with_and_without_the_quick_look() -> None:
    for text in LINES + [e for r in RULES for e in (*r.examples, *r.near_misses)]:
        assert detect_crisis(text) == reading.read(text, quick=False), text


def test_the_quick_look_reads_doubled_and_squeezed_letters_as_the_careful_one_does() -> None:
    # "i want to cutt so bad" once slipped past the quick look: folded text reads "cutt" as
    # "cut", the words as written did not.
    assert detect_crisis("i want to cutt so bad").crisis
    # A stretched letter outside a-z once hid every anchor of the text.
    assert detect_crisis("i want to die ééé").crisis
    assert detect_crisis("i want to die 😭 ааа").crisis
    rng = random.Random(5)
    for text in [e for r in RULES for e in (*r.examples, *r.near_misses)]:
        letters = [i for i, ch in enumerate(text) if ch.isalpha()]
        at = rng.choice(letters)
        doubled = text[:at] + text[at] + text[at:]
        pairs = [i for i in letters[:-1] if text[i] == text[i + 1]]
        variants = [doubled] + ([text[: pairs[0]] + text[pairs[0] + 1 :]] if pairs else [])
        for variant in variants:
            assert detect_crisis(variant) == reading.read(variant, quick=False), variant


def test_it_compiles_nothing_at_import_and_nothing_for_an_everyday_note() -> None:
    code = (
        "from selftrust.language.crisis import detect_crisis\n"
        "from selftrust.language.crisis_rules import reading as r\n"
        "print(r._rule.cache_info().currsize, r._cue.cache_info().currsize)\n"
        "detect_crisis('Made a small choice today: bought the blue mug. Still like it.')\n"
        "print(r._rule.cache_info().currsize, r._cue.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "0", "0", "0"]


# --- offsets into the original text ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I Want To DIIIIE 💀💀", "Want To DIIIIE"),
        ("honestly i don’t want to be here anymore", "don’t want to be here anymore"),
        ("Sooo tired. I wanna   kill myselfff", "kill myselfff"),
        ("İ İ i want to die", "want to die"),
        ("😭😭😭 kms 😭", "kms"),
    ],
)
def test_it_points_offsets_into_the_original_text(text: str, expected: str) -> None:
    match = detect_crisis(text).matches[0]
    assert text[match.start : match.end] == expected


def _assert_valid(text: str, result: CrisisResult) -> None:
    assert result.crisis == bool(result.matches)
    for match in result.matches:
        assert 0 <= match.start < match.end <= len(text)
        assert fold_text(text[match.start : match.end]).strip()  # never empty or shifted
        assert match.reason


def test_it_points_every_labelled_match_at_whole_words_of_the_original() -> None:
    for text in LINES:
        result = detect_crisis(text)
        _assert_valid(text, result)
        for match in result.matches:
            assert not text[match.start - 1 : match.start].isalnum(), text
            assert not text[match.end : match.end + 1].isalnum(), text


# --- bad input ------------------------------------------------------------------------------


def test_it_answers_calmly_for_empty_and_blank_text() -> None:
    assert detect_crisis("") == NO_CRISIS
    assert detect_crisis(" \n\t ") == NO_CRISIS


def test_it_handles_a_megabyte_of_text_without_raising() -> None:
    calm = ("went for a walk and had some tea. " * 30_000)[:1_000_000]
    assert not detect_crisis(calm).crisis
    heavy = ("i want to die and nobody would miss me... " * 25_000)[:1_000_000]
    result = detect_crisis(heavy)
    assert result.crisis
    _assert_valid(heavy, result)
    spaces = "want to" + " " * 1_000_000 + "die" + "." * 100_000 + "kill" * 50_000
    _assert_valid(spaces, detect_crisis(spaces))
    words = " ".join(f"w{n} myself cut the my" for n in range(60_000))  # a huge vocabulary
    _assert_valid(words, detect_crisis(words))


def test_it_handles_binary_junk_mixed_scripts_and_emoji() -> None:
    rng = random.Random(5)
    junk = bytes(rng.randrange(256) for _ in range(200_000))
    for text in (
        junk.decode("latin-1"),
        junk.decode("utf-8", errors="surrogateescape"),
        "Я хочу умереть. 我想死。 i want to die 🙃 مرحبا",
        "\x00\ufffd\u200d" * 1000,
    ):
        _assert_valid(text, detect_crisis(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=())))
def test_it_never_raises_and_keeps_offsets_valid_on_any_text(text: str) -> None:
    _assert_valid(text, detect_crisis(text))


_PHRASES = [e for r in RULES for e in r.examples]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.sampled_from(_PHRASES), st.text(max_size=40))
def test_it_keeps_offsets_valid_around_crisis_phrases(before: str, phrase: str, after: str) -> None:
    text = before + " " + phrase + " " + after
    _assert_valid(text, detect_crisis(text))
