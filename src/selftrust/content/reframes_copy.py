"""Every sentence of the kind-voice flows (inner critic, mistakes) and their look back.

Written in our own words. The app asks and reflects back; it never rewrites a thought or says
what is true about the person. Pure module: no I/O, no clock.
"""

from __future__ import annotations

from typing import Final

from selftrust.domain.reframe_trend import MonthTrend

# --- Flow 1: inner critic to kind voice ----------------------------------------------------
REFRAME_TITLE: Final = "From inner critic to kind voice"
REFRAME_INTRO: Final = (
    "A harsh inner voice often grows out of hard times. It was trying to keep you safe. Here "
    "you can look at one thought gently, in four small steps. Only the first step needs an "
    "answer, and you can stop and come back whenever you like."
)
STEP_TITLES: Final = {
    1: "Write the thought",
    2: "Look at the words",
    3: "Three gentle questions",
    4: "Your own kind reply",
}
STEP_OF: Final = "Step {step} of 4"

THOUGHT_LABEL: Final = "The critical thought, in your own words"
THOUGHT_HINT: Final = "Write it the way it sounds in your head. Only you can see it."
FEELING_BEFORE_LEGEND: Final = "How strong is the feeling that comes with it, right now?"
FEELING_AFTER_LEGEND: Final = "How strong is that feeling now?"
FEELING_SCALE_NOTE: Final = (
    "0 means not at all and 10 means as strong as it gets. You can leave this out."
)

READING_INTRO: Final = (
    "Here is your sentence, exactly as you wrote it. The app points at a few words where "
    "thinking traps often hide. It does not judge the thought or change it. You are the one "
    "who knows whether any of this fits."
)
READING_NOTHING: Final = (
    "Nothing in this sentence stood out to the app. That's okay: your own sense of the "
    "thought matters more than any rule."
)
READING_WORDS_LABEL: Final = "The words it noticed:"
ABSOLUTIST_NAME: Final = "All-or-nothing words"
ABSOLUTIST_DESCRIPTION: Final = (
    "Words like “always”, “never” or “nothing” leave no room for the times things went differently."
)
ABSOLUTIST_QUESTION: Final = "Can you think of even one time when this wasn't completely true?"

# Step 3: the three parts of self-compassion, as questions the person answers for themselves.
MINDFULNESS_PROMPT: Final = "What am I feeling right now?"
MINDFULNESS_HINT: Final = (
    "Just name it, without trying to fix it. For example: tired, ashamed, scared or sad."
)
HUMANITY_PROMPT: Final = "Who else might feel this way?"
HUMANITY_HINT: Final = (
    "Lots of people have thoughts like this, especially after hard times. Who comes to mind?"
)
KINDNESS_PROMPT: Final = "What would I say to a friend who thought this about themselves?"
KINDNESS_HINT: Final = "Think of someone you care about. What would you want them to hear?"

REPLY_LABEL: Final = "Your kind reply to the thought"
REPLY_INVITATION: Final = (
    "If it feels okay, write a few words back to the thought, in the voice you would use with "
    "a friend. It doesn't have to sound convincing yet. Your own words are enough."
)

NEXT: Final = "Next"
SKIP: Final = "Skip this step"
LATER: Final = "Save for later"
FINISH: Final = "Finish"
STARTED_NOTE: Final = "Your thought is saved as a draft. You can stop here at any time."
SAVED_FOR_LATER: Final = "Saved for later. You can come back to it whenever you like."
FINISHED: Final = "Thank you for giving yourself this time. Your reframe is saved."
REFRAME_UPDATED: Final = "Your changes are saved."
REFRAME_DELETED: Final = "The reframe is deleted."
DELETE_REFRAME_CONFIRM: Final = "Delete this reframe? It can't be brought back afterwards."
DRAFTS_HEADING: Final = "Carry on where you left off"
STATUS_LABELS: Final = {"draft": "Not finished yet", "done": "Finished"}
NOT_ANSWERED: Final = "Left out"


def feeling_change(before: int | None, after: int | None) -> str | None:
    """Reflect back how the feeling changed in one reframe, without praise or blame."""
    if before is None or after is None:
        return None
    numbers = f"At the start: {before} out of 10. At the end: {after} out of 10."
    if after < before:
        return f"{numbers} The feeling eased a little."
    if after == before:
        return f"{numbers} The feeling stayed about the same, and that's okay. Noticing it counts."
    return (
        f"{numbers} The feeling is stronger right now. That can happen when we look closely at "
        "a painful thought. A grounding exercise might help, if you'd like one."
    )


# --- Flow 2: a mistake, seen as information ------------------------------------------------
MISTAKE_TITLE: Final = "A mistake, seen as information"
MISTAKE_INTRO: Final = (
    "After hard times, mistakes can feel dangerous. Here you can look at one calmly and see "
    "what it can tell you. Only the first question needs an answer."
)
WHAT_HAPPENED_LABEL: Final = "What happened?"
WHAT_HAPPENED_HINT: Final = "Just the facts, as plainly as you can."
EXPECTED_LABEL: Final = "What did I expect would happen?"
INFORMATION_LABEL: Final = "What does this tell me?"
INFORMATION_HINT: Final = (
    "Think of it as information, not a verdict about you. Maybe it shows something you need, "
    "or something that matters to you."
)
NEXT_TIME_LABEL: Final = "What could I try next time?"
NEXT_TIME_HINT: Final = "One small thing is plenty."
KIND_SENTENCE_LABEL: Final = "One kind sentence to myself"
KIND_SENTENCE_HINT: Final = "Something you might say to a good friend in the same spot."
LINKED_CHOICE: Final = "This is about your choice: “{text}”"
LINK_CHOICE_LABEL: Final = "Link it to this choice"
SAVE_MISTAKE: Final = "Save"
MISTAKE_SAVED: Final = "Saved. Looking at a mistake with care is a kind thing to do for yourself."
MISTAKE_UPDATED: Final = "Your changes are saved."
MISTAKE_DELETED: Final = "The entry is deleted."
DELETE_MISTAKE_CONFIRM: Final = "Delete this entry? It can't be brought back afterwards."

# --- In the terminal -------------------------------------------------------------------------
CLI_HOW: Final = (
    "Press Enter to skip any question after the first. Ctrl+C stops at any time; what you "
    "have written by then stays saved as a draft."
)
CLI_CONTINUE: Final = "(Enter to go on) "
CLI_THOUGHT_AGAIN: Final = "Whenever you're ready, write the thought in a few words."
CLI_STOPPED_NOTHING: Final = "Stopped. Nothing was saved. That's okay."
CLI_STOPPED_DRAFT: Final = (
    "Stopped. What you wrote is saved as a draft (reframe {id}). You can carry on in the app "
    "whenever you like."
)
CLI_REFRAME_SAVED: Final = "Saved (reframe {id}). Thank you for giving yourself this time."
CLI_MISTAKE_SAVED: Final = (
    "Saved (entry {id}). Looking at a mistake with care is a kind thing to do."
)
CLI_NO_REFRAMES: Final = "No reframes yet. Whenever you feel ready: selftrust reframe"
CLI_NO_MISTAKES: Final = "Nothing here yet. Whenever you feel ready: selftrust mistake"
CLI_NEEDS_THOUGHT: Final = "Add --thought with the critical thought, or leave out every option."
CLI_NEEDS_WHAT: Final = "Add --what-happened, or leave out the text options to be asked."


# --- History and the gentle look back ------------------------------------------------------
REFLECTIONS_TITLE: Final = "Kind voice"
REFLECTIONS_INTRO: Final = (
    "A place to answer a harsh inner voice with a kinder one, and to see mistakes as "
    "information. Everything here is in your own words."
)
START_REFRAME: Final = "Answer an inner critic"
START_MISTAKE: Final = "Look at a mistake"
START_BREAK: Final = "Take a self-compassion break"
HISTORY_HEADING: Final = "What you've written"
HISTORY_EMPTY: Final = (
    "Nothing here yet. Whenever you feel ready, you could start with one thought."
)
SEARCH_LABEL: Final = "Search your reframes and mistakes"
SEARCH_NOTHING: Final = "Nothing you've written matches “{query}”."
KIND_REFRAME: Final = "Reframe"
KIND_MISTAKE: Final = "Mistake as information"

TREND_HEADING: Final = "A gentle look back"
TREND_INTRO: Final = (
    "How often two kinds of words showed up in the thoughts you wrote, month by month, and "
    "how the feeling changed from the first step to the last. It is a way to notice patterns, "
    "not a grade."
)
TREND_EMPTY: Final = "Once you've written a few reframes, a gentle look back will show up here."
SMALL_NUMBERS_NOTE: Final = "These numbers come from only a few reframes, so they can change a lot."
SMALL_NUMBERS: Final = 5


MONTH_NAMES: Final = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def month_name(month: str) -> str:
    """Turn "2026-03" into "Mar 2026"."""
    year, number = month.split("-")
    return f"{MONTH_NAMES[int(number) - 1]} {year}"


def trend_chart_caption(count: int) -> str:
    """Say how many months the chart and the table show."""
    return (
        "The last month with reframes." if count == 1 else f"The last {count} months with reframes."
    )


def trend_chart_label(labeling_name: str, months: list[MonthTrend]) -> str:
    """One sentence saying what the chart shows, for people who cannot see it."""
    parts = [
        f"{month_name(m.month)}: {round(100 * m.labeling_share)}% and "
        f"{round(100 * m.absolutist_share)}%"
        for m in months
    ]
    return (
        f"Bar chart of the share of reframes with {labeling_name.lower()} and with "
        "all-or-nothing words, by month. " + "; ".join(parts) + "."
    )


CHANGE_COLUMN: Final = "Feeling at the end, on average"


def change_cell(average: float | None, rated: int) -> str:
    """One table cell: how the feeling at the end compared with the start, on average."""
    if average is None:
        return "No numbers for both steps yet"
    entries = f"from {rated} reframe" + ("" if rated == 1 else "s")
    if abs(average) < 0.05:
        return f"About the same ({entries})"
    direction = "lower" if average > 0 else "higher"
    return f"{abs(average):.1f} points {direction} ({entries})"


def drop_sentence(average: float | None, rated: int) -> str:
    """Describe the average change in feeling from step 1 to step 4, gently."""
    if average is None:
        return (
            "When you rate the feeling at the start and at the end of a reframe, you'll see "
            "here how it tends to change."
        )
    entries = "reframe" if rated == 1 else "reframes"
    where = f"Across {rated} {entries} with both numbers, the feeling was on average"
    if abs(average) < 0.05:
        return f"{where} about the same at the end as at the start. Noticing it still counts."
    if average > 0:
        return f"{where} {average:.1f} points lower at the end than at the start."
    return (
        f"{where} {-average:.1f} points stronger at the end. Looking at painful thoughts can "
        "stir things up for a while. That's okay, and a break is always allowed."
    )


# --- A self-compassion break (text now; audio comes with the practices) ---------------------
FERRARI_2019: Final = (
    "Ferrari, M., Hunt, C., Harrysunker, A., Abbott, M. J., Beath, A. P., & Einstein, D. A. "
    "(2019). Self-compassion interventions and psychosocial outcomes: a meta-analysis of RCTs. "
    "Mindfulness, 10(8), 1455–1473."
)
NEFF_2003: Final = (
    "Neff, K. D. (2003). Self-compassion: an alternative conceptualization of a healthy "
    "attitude toward oneself. Self and Identity, 2(2), 85–101."
)
BREAK_PATH: Final = "/practices/self-compassion-break"
BREAK_TITLE: Final = "A self-compassion break"
BREAK_SUMMARY: Final = (
    "A few quiet minutes to meet a hard moment the way you would meet a friend's."
)
BREAK_CONTENT_NOTE: Final = (
    "This practice asks you to turn toward a feeling that hurts. After trauma, kindness toward "
    "yourself can feel strange at first, or even stir up old pain. That is common. You can "
    "stop at any time, choose a smaller worry, or come back another day."
)
BREAK_OPTIONS: Final = (
    "Keep your eyes open if you like. Skip any step, stop whenever you want, or try the "
    "shorter version."
)
BREAK_STEPS: Final = (
    "Think of something that bothers you a little today. Start with something small, not the "
    "hardest thing in your life.",
    "Notice how it feels, without pushing it away. You could say to yourself, in your own "
    "words: “This is a hard moment,” or “This hurts right now.”",
    "Remember that you are not the only one. Many people feel this way. You might say: "
    "“Other people struggle with this too,” or “Feeling this is part of being human.”",
    "If it feels okay, rest a hand somewhere that feels comforting, like your chest or your "
    "arm. If touch doesn't feel good, you can rest your hands in your lap instead.",
    "Offer yourself a few kind words, the kind you would give a good friend. For example: "
    "“I can be gentle with myself right now,” or “I'm doing what I can.” Choose words that "
    "feel true for you.",
    "Take a slow breath and notice how you feel now. Whatever you notice is okay.",
)
BREAK_SHORT_STEPS: Final = (
    "Name the feeling: “This is hard right now.”",
    "Remember: “Other people feel this too.”",
    "Offer yourself one kind sentence.",
)
BREAK_WHY: Final = (
    "Being kind to yourself when things are hard is a skill that grows with practice. A review "
    "of 27 randomised trials found that self-compassion programmes, on average, reduced "
    "self-criticism, rumination, stress, low mood and anxiety compared with people who did not "
    "take part (Ferrari et al., 2019). This short break follows the three parts of "
    "self-compassion described by psychologist Kristin Neff: noticing what you feel, "
    "remembering that others feel it too, and meeting yourself with kindness."
)
BREAK_SOURCES: Final = (FERRARI_2019, NEFF_2003)
BREAK_CLOSING: Final = "Thank you for taking this time. It's okay to stop here: enough is enough."
