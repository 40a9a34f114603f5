"""Thinking traps said in everyday words, the policy choices behind the newer rules, and the
engine's shortcuts (scans and `needs`) that must never change what is found."""

import re

import pytest

from selftrust.language import traps
from selftrust.language.absolutist import find_absolutist_words, letter_words
from selftrust.language.trap_rules import RULES
from selftrust.language.trap_rules.keywords import after_keyword, opening_words
from selftrust.language.traps import Trap, trap_ids

# One line per phrasing class: the trap said without its textbook keyword, and beside it a
# line that shares the words but holds no trap.
PHRASINGS = [
    (Trap.ALL_OR_NOTHING, "Ate one biscuit so the diet's blown, might as well finish the packet.",
     "It's raining, might as well stay in and read."),
    (Trap.ALL_OR_NOTHING, "if it's not perfect it's rubbish",
     "If it's not perfect, that's fine, it's a first go."),
    (Trap.ALL_OR_NOTHING, "One wobble and I'm right back at square one.",
     "We went back to square one on the puzzle and it was more fun the second time."),
    (Trap.ALL_OR_NOTHING, "Either I get this job or I'm a complete failure.",
     "Either I'll walk or I'll take the bus, both are fine."),
    (Trap.OVERGENERALIZING, "Why does everything I touch go wrong?",
     "Everything I planted this spring came up."),
    (Trap.OVERGENERALIZING, "Reckon I'll stuff up the tryouts, I always do.",
     "I love Sundays, I always have."),
    (Trap.OVERGENERALIZING, "Every man I've dated has cheated, they're all the same.",
     "The puppies are lovely, they're all the same colour."),
    (Trap.LABELING, "Och, I'm an eejit, so I am.", "He's a proper gent, my dad."),
    (Trap.LABELING, "Cried over a parking ticket, what a drama queen I am.",
     "The cat is a total drama queen about her food."),
    (Trap.FORTUNE_TELLING, "Bet the landlord turns us down for the flat.",
     "I bet the kids will love the new park."),
    (Trap.FORTUNE_TELLING, "I'll probs relapse before Christmas.",
     "I used to relapse every few months, now it's been a year."),
    (Trap.MIND_READING, "The group chat went silent, they all think I'm cringe now.",
     "She told me she thinks I'm overdoing it, so I'm resting."),
    (Trap.MIND_READING, "they were laughing, prob at me",
     "They were laughing, probably at the dog."),
    (Trap.MIND_READING, "They only invited me out of pity.", "It's a pity the café closed early."),
    (Trap.EMOTIONAL_REASONING, "I'm feeling so tense, surely something bad will happen today.",
     "I'm feeling tense, surely a walk will help."),
    (Trap.SHOULD_STATEMENTS, "a grown woman ought to manage this",
     "I ought to ring the GP about my knee."),
    (Trap.SHOULD_STATEMENTS, "I've got to be stronger than this.",
     "I've got to be up early for the train."),
    (Trap.SHOULD_STATEMENTS, "Y'all, I should've had my life figured out by 25.",
     "We should have dinner on Friday."),
    (Trap.PERSONALIZING, "The whole family's stressed out and it's my doing.",
     "The garden was all my doing and I'm proud of it."),
    (Trap.PERSONALIZING, "If I hadn't moved away, Nan wouldn't have got sick.",
     "If I'd left earlier, I wouldn't have missed the train."),
    (Trap.DISQUALIFYING_POSITIVE, "It was a fluke.", "Good luck in the exam tomorrow!"),
    (Trap.DISQUALIFYING_POSITIVE, "they had to say that", "We had to say goodbye at the station."),
    (Trap.DISQUALIFYING_POSITIVE, "They thanked me but they thank everyone.",
     "They thank everyone at the end of the show."),
    (Trap.CATASTROPHIZING, "If I mess up this email I'll lose my job and then the flat.",
     "If I lose my job I'll retrain, and then see."),
    (Trap.CATASTROPHIZING, "He's late, he's probably been in a crash.",
     "He's late, probably traffic."),
    (Trap.COMPARING, "my sister's got her life together and look at me",
     "Mum's got the dinner sorted and look at me, I made the pudding!"),
    (Trap.COMPARING, "He learned the song in a day; it took me a month.",
     "It took me a month to knit this scarf and I love it."),
    (Trap.COMPARING, "my whole year group has their permit already except me",
     "Everyone went swimming except me, I chose to read."),
    (Trap.COMPARING, "my mates all earn double what I do",
     "My brother earns double what I do, good for him."),
    (Trap.BLAMING, "he put me in a foul mood, so the shouting's on him",
     "The sunshine put me in a great mood today."),
    (Trap.BLAMING, "I'm in a bad mood all day because my sister texted me.",
     "I'm grumpy because I slept badly, so I'm having a nap."),
    (Trap.BLAMING, "I overspent because the shops make it impossible not to.",
     "The ramp makes it easy for me to get in the shop."),
    (Trap.BLAMING, "I can't be happy while I live in this town.",
     "I can't be happy with this draft yet, so I'll edit it."),
]  # fmt: skip


@pytest.mark.parametrize(("trap", "positive", "near_miss"), PHRASINGS)
def test_it_finds_the_trap_in_everyday_words_and_not_in_the_near_miss(
    trap: Trap, positive: str, near_miss: str
) -> None:
    assert trap in trap_ids(positive), positive
    assert trap not in trap_ids(near_miss), near_miss


def test_it_reads_curly_apostrophes_in_the_newer_rules() -> None:
    assert Trap.SHOULD_STATEMENTS in trap_ids("I’ve got to be stronger than this.")
    assert Trap.COMPARING in trap_ids("My sister’s got her life together and look at me")


# --- policy -----------------------------------------------------------------------------------


def test_it_stays_quiet_on_blame_when_the_person_was_lied_to_or_cheated_on() -> None:
    assert Trap.BLAMING not in trap_ids(
        "It's my ex's fault I can't trust anyone, he cheated on me."
    )
    assert Trap.BLAMING not in trap_ids("My ex lied to me for years; that's on him.")


def test_it_calls_an_own_outburst_put_on_others_blaming_even_with_not_my_fault() -> None:
    # The one place where "not my fault" does not keep blaming quiet: the person names their
    # own outburst at someone and hands it to what the other did (docs/thinking-traps.md).
    text = "I snapped at the kids because they wound me up, it's not my fault."
    assert Trap.BLAMING in trap_ids(text)
    # Harm done to the person still keeps it quiet.
    assert Trap.BLAMING not in trap_ids("I snapped because he hit me, it's not my fault.")


def test_it_treats_a_promise_to_yourself_as_a_choice_not_a_forecast() -> None:
    assert trap_ids("I'll never work weekends again, that's my new rule.") == ()
    assert Trap.FORTUNE_TELLING in trap_ids("I'll never get better.")


def test_it_lets_someone_own_a_small_slip_with_a_plan() -> None:
    assert (
        trap_ids("It's my fault the cake burned, I forgot the timer, I'll set one next time.") == ()
    )
    assert Trap.PERSONALIZING in trap_ids("It's all my fault the dinner was ruined.")


# --- the engine's shortcuts -------------------------------------------------------------------


def test_it_reads_what_has_to_follow_a_keyword() -> None:
    pattern = r"\b(?:should(?:n't)?|ought)\s+x"
    assert after_keyword(pattern, "should") == r"(?:(?:n't)?\s+x)"
    assert after_keyword(pattern, "ought") == r"(?:\s+x)"
    assert after_keyword(r"\b(?:(?:makes|made)\s+me|ruin)\s+x", "made") == r"(?:\s+me\s+x)"
    # An optional last letter, or an opening it cannot read, leaves the scan to the gate.
    assert after_keyword(r"\b(?:leaves?\s+me|left)", "leave") is None
    assert after_keyword(r"\bi'?m\s+x", "im") is None


def test_every_scan_lets_through_everything_its_rules_can_match() -> None:
    # A scan is only a quick first look: any place a rule matches has to be a place it stops.
    for rule in RULES:
        for word in opening_words(rule.pattern):
            rest = after_keyword(rule.pattern, word)
            if rest is None:
                continue
            scan = re.compile(f"{re.escape(word)}(?![a-z])(?={rest})")
            for text in (*rule.examples, *rule.near_misses):
                low = traps._normalise(text)
                for m in re.finditer(rf"\b{re.escape(word)}\b", low):
                    if re.compile(rule.pattern).match(low, m.start()):
                        assert scan.match(low, m.start()), (rule.id, word, text)


def test_every_needs_word_list_holds_for_the_rules_own_examples() -> None:
    for rule in RULES:
        if rule.needs is None:
            continue
        needed = set(rule.needs.split())
        for example in rule.examples:
            assert needed & set(re.findall(r"[a-z]+", example.lower())), (rule.id, example)


def test_it_lists_the_words_once_for_both_traps_and_absolutist_words() -> None:
    text = "I always mess up and I'm a failure."
    assert traps.find_traps(text)
    low = text.lower()
    assert letter_words(text, low) is letter_words(text, low)  # reused, not listed again
    assert [m.word for m in find_absolutist_words(text)] == ["always"]
    other = "Nothing else."
    assert [m.word for m in find_absolutist_words(other)] == ["Nothing"]
