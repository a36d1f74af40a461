"""Rating scales: their items, answer labels, bands and sources.

The wording of SOWS, PHQ-9 and GAD-7 items follows the published instruments;
the self-reflection questions are this app's own paraphrase of the DSM-5
substance-use criteria (a count for reflection, never a diagnosis).
"""

from __future__ import annotations

from recovery_journal.domain.record import record


@record
class Scale:
    """A rating scale or questionnaire: its items, answers, score bands and source."""

    key: str
    title: str
    stem: str
    items: tuple[str, ...]
    answer_labels: tuple[str, ...]
    bands: tuple[tuple[int, str], ...]  # (lowest total of the band, label)
    source: str

    @property
    def max_total(self) -> int:
        return len(self.items) * (len(self.answer_labels) - 1)

    def band(self, total: int) -> str:
        """The label of the band ``total`` falls in."""
        label = self.bands[0][1]
        for low, name in self.bands:
            if total >= low:
                label = name
        return label


SOWS_ITEMS = (
    "I feel anxious",
    "I feel like yawning",
    "I am perspiring",
    "My eyes are tearing",
    "My nose is running",
    "I have goosebumps",
    "I am shaking",
    "I have hot flushes",
    "I have cold flushes",
    "My bones and muscles ache",
    "I feel restless",
    "I feel nauseous",
    "I feel like vomiting",
    "My muscles twitch",
    "I have stomach cramps",
    "I feel like using now (adapted)",
)

SOWS = Scale(
    key="sows",
    title="Subjective Opiate Withdrawal Scale (SOWS)",
    stem="How do you feel right now?",
    items=SOWS_ITEMS,
    answer_labels=("not at all", "a little", "moderately", "quite a bit", "extremely"),
    bands=((0, "total"),),
    source=(
        "Handelsman L, Cochrane KJ, Aronson MJ, Ness R, Rubinstein KJ, Kanof PD. "
        "Two new rating scales for opiate withdrawal. Am J Drug Alcohol Abuse. "
        "1987;13(3):293-308. Item 16 is adapted to the substance "
        "(the original asks about using an opioid)."
    ),
)

_PHQ_GAD_ANSWERS = ("not at all", "several days", "more than half the days", "nearly every day")
_PHQ_GAD_STEM = "Over the last 2 weeks, how often have you been bothered by the following problems?"

PHQ9 = Scale(
    key="phq9",
    title="Patient Health Questionnaire (PHQ-9)",
    stem=_PHQ_GAD_STEM,
    items=(
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself, or that you are a failure or have let yourself "
        "or your family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Moving or speaking so slowly that other people could have noticed; or the opposite, "
        "being so fidgety or restless that you have been moving around a lot more than usual",
        "Thoughts that you would be better off dead, or of hurting yourself in some way",
    ),
    answer_labels=_PHQ_GAD_ANSWERS,
    bands=(
        (0, "minimal"),
        (5, "mild"),
        (10, "moderate"),
        (15, "moderately severe"),
        (20, "severe"),
    ),
    source=(
        "Kroenke K, Spitzer RL, Williams JB. The PHQ-9: validity of a brief depression "
        "severity measure. J Gen Intern Med. 2001;16(9):606-613. Developed by Drs. Robert L. "
        "Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant "
        "from Pfizer Inc. No permission required to reproduce, translate, display or distribute."
    ),
)

GAD7 = Scale(
    key="gad7",
    title="Generalized Anxiety Disorder scale (GAD-7)",
    stem=_PHQ_GAD_STEM,
    items=(
        "Feeling nervous, anxious, or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid, as if something awful might happen",
    ),
    answer_labels=_PHQ_GAD_ANSWERS,
    bands=((0, "minimal"), (5, "mild"), (10, "moderate"), (15, "severe")),
    source=(
        "Spitzer RL, Kroenke K, Williams JB, Löwe B. A brief measure for assessing generalized "
        "anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097. Developed by "
        "Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an "
        "educational grant from Pfizer Inc. No permission required to reproduce, translate, "
        "display or distribute."
    ),
)

QUESTIONNAIRES = {"phq9": PHQ9, "gad7": GAD7}

SLEEP_DIARY_SOURCE = (
    "Carney CE, Buysse DJ, Ancoli-Israel S, et al. The Consensus Sleep Diary: standardizing "
    "prospective sleep self-monitoring. Sleep. 2012;35(2):287-302."
)

SELF_REFLECTION_QUESTIONS = (
    "In the past year, have you often taken more, or for longer, than you meant to?",
    "Have you wanted to cut down, or tried to and not managed it?",
    "Has a lot of your time gone into getting it, taking it, or getting over its effects?",
    "Have you had strong urges or cravings for it?",
    "Has it got in the way of work, study or things you need to do at home?",
    "Have you kept using it even though it caused or worsened trouble with people close to you?",
    "Have you given up or cut back on things you cared about because of it?",
    "Have you used it in situations where that could put you in physical danger?",
    "Have you kept using it while knowing it was causing or worsening a health problem?",
    "Have you needed more to feel the same, or felt less from the same amount?",
    "Have you felt withdrawal when you cut down, or taken it to keep withdrawal away?",
)
SELF_REFLECTION_NOTE = (
    "These questions are this app's own wording of the DSM-5 substance-use criteria. "
    "The count is for your own reflection; it is not a diagnosis."
)
