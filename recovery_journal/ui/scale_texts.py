"""The rating scales' wording, listed for the translation catalogue.

The wording itself lives in ``domain/scales.py`` (English, as published), which lupdate
cannot read through; every text is repeated here once, marked with ``QT_TR_NOOP``, so the
catalogue has it and :func:`recovery_journal.ui.scale_forms.scale_text` finds its
translation. ``tests/test_translations_catalog.py`` fails when the two lists differ.

Nothing imports this module at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP

SCALE_TEXTS = (
    # Subjective Opiate Withdrawal Scale (SOWS)
    QT_TR_NOOP("Subjective Opiate Withdrawal Scale (SOWS)"),
    QT_TR_NOOP("How do you feel right now?"),
    QT_TR_NOOP("I feel anxious"),
    QT_TR_NOOP("I feel like yawning"),
    QT_TR_NOOP("I am perspiring"),
    QT_TR_NOOP("My eyes are tearing"),
    QT_TR_NOOP("My nose is running"),
    QT_TR_NOOP("I have goosebumps"),
    QT_TR_NOOP("I am shaking"),
    QT_TR_NOOP("I have hot flushes"),
    QT_TR_NOOP("I have cold flushes"),
    QT_TR_NOOP("My bones and muscles ache"),
    QT_TR_NOOP("I feel restless"),
    QT_TR_NOOP("I feel nauseous"),
    QT_TR_NOOP("I feel like vomiting"),
    QT_TR_NOOP("My muscles twitch"),
    QT_TR_NOOP("I have stomach cramps"),
    QT_TR_NOOP("I feel like using now (adapted)"),
    QT_TR_NOOP("not at all"),
    QT_TR_NOOP("a little"),
    QT_TR_NOOP("moderately"),
    QT_TR_NOOP("quite a bit"),
    QT_TR_NOOP("extremely"),
    QT_TR_NOOP("total"),
    QT_TR_NOOP(
        "Handelsman L, Cochrane KJ, Aronson MJ, Ness R, Rubinstein KJ, Kanof PD. Two new rating "
        "scales for opiate withdrawal. Am J Drug Alcohol Abuse. 1987;13(3):293-308. Item 16 is "
        "adapted to the substance (the original asks about using an opioid)."
    ),
    # Patient Health Questionnaire (PHQ-9)
    QT_TR_NOOP("Patient Health Questionnaire (PHQ-9)"),
    QT_TR_NOOP(
        "Over the last 2 weeks, how often have you been bothered by the following problems?"
    ),
    QT_TR_NOOP("Little interest or pleasure in doing things"),
    QT_TR_NOOP("Feeling down, depressed, or hopeless"),
    QT_TR_NOOP("Trouble falling or staying asleep, or sleeping too much"),
    QT_TR_NOOP("Feeling tired or having little energy"),
    QT_TR_NOOP("Poor appetite or overeating"),
    QT_TR_NOOP(
        "Feeling bad about yourself, or that you are a failure or have let yourself or your family "
        "down"
    ),
    QT_TR_NOOP(
        "Trouble concentrating on things, such as reading the newspaper or watching television"
    ),
    QT_TR_NOOP(
        "Moving or speaking so slowly that other people could have noticed; or the opposite, being "
        "so fidgety or restless that you have been moving around a lot more than usual"
    ),
    QT_TR_NOOP("Thoughts that you would be better off dead, or of hurting yourself in some way"),
    QT_TR_NOOP("several days"),
    QT_TR_NOOP("more than half the days"),
    QT_TR_NOOP("nearly every day"),
    QT_TR_NOOP("minimal"),
    QT_TR_NOOP("mild"),
    QT_TR_NOOP("moderate"),
    QT_TR_NOOP("moderately severe"),
    QT_TR_NOOP("severe"),
    QT_TR_NOOP(
        "Kroenke K, Spitzer RL, Williams JB. The PHQ-9: validity of a brief depression severity "
        "measure. J Gen Intern Med. 2001;16(9):606-613. Developed by Drs. Robert L. Spitzer, Janet "
        "B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No "
        "permission required to reproduce, translate, display or distribute."
    ),
    # Generalized Anxiety Disorder scale (GAD-7)
    QT_TR_NOOP("Generalized Anxiety Disorder scale (GAD-7)"),
    QT_TR_NOOP("Feeling nervous, anxious, or on edge"),
    QT_TR_NOOP("Not being able to stop or control worrying"),
    QT_TR_NOOP("Worrying too much about different things"),
    QT_TR_NOOP("Trouble relaxing"),
    QT_TR_NOOP("Being so restless that it is hard to sit still"),
    QT_TR_NOOP("Becoming easily annoyed or irritable"),
    QT_TR_NOOP("Feeling afraid, as if something awful might happen"),
    QT_TR_NOOP(
        "Spitzer RL, Kroenke K, Williams JB, Löwe B. A brief measure for assessing generalized "
        "anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097. Developed by Drs. "
        "Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational "
        "grant from Pfizer Inc. No permission required to reproduce, translate, display or "
        "distribute."
    ),
    # Sleep diary
    QT_TR_NOOP(
        "Carney CE, Buysse DJ, Ancoli-Israel S, et al. The Consensus Sleep Diary: standardizing "
        "prospective sleep self-monitoring. Sleep. 2012;35(2):287-302."
    ),
    # Self-reflection
    QT_TR_NOOP("In the past year, have you often taken more, or for longer, than you meant to?"),
    QT_TR_NOOP("Have you wanted to cut down, or tried to and not managed it?"),
    QT_TR_NOOP(
        "Has a lot of your time gone into getting it, taking it, or getting over its effects?"
    ),
    QT_TR_NOOP("Have you had strong urges or cravings for it?"),
    QT_TR_NOOP("Has it got in the way of work, study or things you need to do at home?"),
    QT_TR_NOOP(
        "Have you kept using it even though it caused or worsened trouble with people close to you?"
    ),
    QT_TR_NOOP("Have you given up or cut back on things you cared about because of it?"),
    QT_TR_NOOP("Have you used it in situations where that could put you in physical danger?"),
    QT_TR_NOOP(
        "Have you kept using it while knowing it was causing or worsening a health problem?"
    ),
    QT_TR_NOOP("Have you needed more to feel the same, or felt less from the same amount?"),
    QT_TR_NOOP("Have you felt withdrawal when you cut down, or taken it to keep withdrawal away?"),
    QT_TR_NOOP(
        "These questions are this app's own wording of the DSM-5 substance-use criteria. The count "
        "is for your own reflection; it is not a diagnosis."
    ),
)
