"""Frames: openers, propagation, exits, resumption, negatives, the seed and fixtures."""

from __future__ import annotations

import json
import math
import pickle

import pytest
from conftest import FIXTURES, ROOT, read_jsonl

from claimcheck import Analyzer, InputError, Kind, Label
from claimcheck.frames import (
    FrameDetector,
    _content_follows,
    _Gate,
    _leads,
    _prob,
    _quote_balance,
    _State,
    _tense,
    _view,
    describe,
    load_frame_params,
    load_frame_patterns,
    opener_features,
    repeated_lines,
    stay_features,
)

_ANALYZER = Analyzer(model="lexicon")


def _framed(text: str) -> list[int]:
    return [c.index for c in _ANALYZER.analyze(text).claims if c.frame is not None]


def _weighed(text: str) -> list[tuple[int, int]]:
    """``(sentence, opener)`` for each stay decision the decoder makes on ``text`` (default model)."""
    trace: list = []
    FrameDetector().decode(Analyzer(frames=False).analyze(text).claims, trace)
    return [(i, o) for i, o, _ in trace]


# -- openers ------------------------------------------------------------------

OPENERS = [
    ("Imagine a town where nobody owns a car. Buses run every minute. The streets are quiet.", "Imagine"),
    ("Suppose that a ferry leaves the harbour at noon. It carries forty passengers. The sea is calm.",
     "Suppose"),
    ("What if the bridge had never been built? The two villages grew apart. Each kept its own market.",
     "What if"),
    ("It is 2061, and the last petrol station has closed. Drivers queue at charging hubs. Prices fell.",
     "It is 2061"),
    ("In this alternate timeline, the airline never went bankrupt. Its planes still fly to Lisbon. "
     "Passengers praise the service.", "In this alternate timeline"),
    ("As the mayor begins her hypothetical third term, the city looks different. Rents have fallen. "
     "New parks line the river.", "hypothetical third term"),
    ("SCENARIO: Major Flood\nThe river broke its banks at dawn. Rescue teams reached the old town by noon.",
     "SCENARIO"),
    ("Fast forward to 2045. The last glacier in the Alps has melted. Ski resorts have turned to hiking.",
     "Fast forward to 2045"),
    ("What would happen if the internet went dark for a week? Banks closed. Shops took cash only.",
     "What would happen if"),
    # a lead that states its own consequent, then a story told in plain past tense
    ("Had the airline survived the 2008 crisis, it would have opened a base in Lisbon the following year. "
     "Its planes flew to twelve new cities. Passengers praised the service.", "Had the airline survived"),
    ("Picture the scene: it is a winter morning in 2040, and the harbour is silent. Ferries glide in on "
     "batteries. Fishermen sell their catch online.", "Picture"),
    ("LONDON — Had the ferry company survived the 2008 crisis, it would have opened a route to Lisbon. "
     "Its ships sailed twice a week. Passengers praised the crossing.", "Had the ferry company survived"),
]

# A condition with no marker opens a scenario when the next sentences go on under it.
CONDITIONAL = (
    "If the old bridge collapsed in a storm, the village would be cut off for weeks. Food would arrive by "
    "boat. The school would close until spring. In this scenario, the army builds a temporary crossing."
)


def test_a_conditional_that_the_next_sentences_narrate_opens_a_frame():
    doc = _ANALYZER.analyze(CONDITIONAL)
    (frame,) = doc.frames
    assert frame.sentence == 0 and frame.kind is Kind.CONDITIONAL and frame.cue.text == "If"
    assert frame.covers == (1, 2, 3)
    assert all(Kind.CONDITIONAL in c.kinds and c.label is Label.SPECULATION for c in doc.claims[1:])


@pytest.mark.parametrize("text, cue", OPENERS)
def test_openers_open_a_frame_that_covers_the_narration(text, cue):
    doc = _ANALYZER.analyze(text)
    assert len(doc.frames) == 1, [c.text for c in doc.claims]
    frame = doc.frames[0]
    at = text.index(cue)
    assert frame.sentence == 0 and frame.cue.start < at + len(cue) and at < frame.cue.end  # the cue's words
    assert frame.covers == tuple(range(1, len(doc.claims)))
    assert text[frame.cue.start : frame.cue.end] == frame.cue.text


def test_future_dated_frame_is_a_prediction():
    doc = _ANALYZER.analyze(OPENERS[3][0])
    assert doc.frames[0].kind is Kind.PREDICTION
    assert Kind.PREDICTION in doc.claims[1].kinds


# -- negatives: topics, not set-ups ------------------------------------------

NEGATIVES = [
    "The council dismissed the hypothetical question as a distraction. It then approved the budget. "
    "The vote was seven to two.",
    "Alternate history is a genre of fiction in which one event turns out differently. "
    "The genre sells well. Publishers printed more titles last year.",
    "A thought experiment is an imaginary scenario used to test an idea. Philosophers use many of them. "
    "Some are famous.",
    "It is hard to imagine a better result for the club. The team won all its games. Fans celebrated.",
    "The train was supposed to arrive at noon. It arrived at three. Passengers complained.",
    "A new series imagines a world where the empire never fell, the network said. Filming began in March. "
    "The writers consulted historians.",
    '"Had it happened an hour later, it would have been much worse," the chief said. '
    "The fire started at noon. Nobody was hurt.",
    "Officials have run hypothetical exercises for years. The drills involve hundreds of people. "
    "They end on Friday.",
    # a conditional in reported news: a forecast, not a scenario
    "Heavy rain pushed the river higher on Sunday. If the rain continues overnight, the council will close "
    "the bridge, a spokesman said. Residents moved their cars.",
    # a counterfactual aside further down an article is complete in itself
    "A small asteroid passed close to Earth on Sunday. It was about five metres wide. Astronomers spotted it "
    "a day later. If it had entered the atmosphere, it would have exploded high above the ground. "
    "The asteroid came from the direction of the sun.",
    "If so, the plan fails. The council met on Monday. It approved the budget.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_topic_mentions_open_no_frame(text):
    doc = _ANALYZER.analyze(text)
    assert doc.frames == () and all(c.frame is None for c in doc.claims)


def test_plain_news_fixtures_have_no_frames(fixture_texts):
    for name in ("plain_report", "predictions", "frame_neg_council", "frame_neg_genre"):
        assert _ANALYZER.analyze(fixture_texts[name]).frames == (), name


# -- propagation ----------------------------------------------------------------


def test_propagation_keeps_local_view_and_shares_the_frame_object():
    text = OPENERS[0][0]
    plain = Analyzer(model="lexicon", frames=False).analyze(text)
    doc = _ANALYZER.analyze(text)
    frame = doc.frames[0]
    for before, after in zip(plain.claims[1:], doc.claims[1:], strict=True):
        assert after.frame is frame
        assert after.label is Label.SPECULATION and Kind.HYPOTHETICAL in after.kinds
        assert (after.local_label, after.score, after.cues) == (before.local_label, before.score, before.cues)
        assert before.kinds <= after.kinds
    opener = doc.claims[0]
    assert opener.frame is None and opener.label is Label.SPECULATION
    assert frame.cue in opener.cues


def test_opener_without_a_local_cue_gains_the_frame_cue():
    doc = _ANALYZER.analyze(OPENERS[3][0])
    opener = doc.claims[0]
    assert opener.local_label is Label.FACT and opener.label is Label.SPECULATION
    assert doc.frames[0].cue in opener.cues


def test_locally_speculative_sentences_inside_a_frame_carry_the_frame():
    text = "Imagine a city where every car has vanished. The streets are quiet. Shops may open later."
    doc = _ANALYZER.analyze(text)
    last = doc.claims[2]
    assert last.local_label is Label.SPECULATION and last.frame is doc.frames[0]
    assert {Kind.HEDGE, Kind.HYPOTHETICAL} <= last.kinds


def test_json_round_trip_keeps_frames():
    doc = _ANALYZER.analyze(OPENERS[0][0])
    again = type(doc).from_json(doc.to_json())
    assert again.frames == doc.frames and again.claims[1].frame == doc.frames[0]


def test_frames_off_gives_no_frames():
    doc = Analyzer(model="lexicon", frames=False).analyze(OPENERS[0][0])
    assert doc.frames == () and doc.claims[1].label is Label.FACT


# -- exits and resumption ------------------------------------------------------

EXITS = [
    # (text, index of the sentence that leaves the frame)
    ("Imagine that the old mill reopened this spring. Workers returned to the looms. "
     "The mill had been closed since the 1980s. Orders arrived from abroad.", 2),
    ("It is 2041, and the last coal plant has closed. Workers watched the chimney go dark. "
     "Coal is a sedimentary rock formed from ancient plants. The town opened a battery factory.", 2),
    ("Imagine a city where every car has vanished overnight. The streets belong to cyclists. "
     "In reality, the city registered 410,000 cars last year.", 2),
    # the author arguing about the case speaks about the real world
    ("Suppose that a ferry leaves the harbour at noon. It carries forty passengers. "
     "Searle asserts that no ferry could do this. The sea is calm.", 2),
]


@pytest.mark.parametrize("text, exit_at", EXITS)
def test_exit_sentences_stay_outside_the_frame(text, exit_at):
    doc = _ANALYZER.analyze(text)
    assert doc.frames, "no frame opened"
    assert doc.claims[exit_at].frame is None
    assert doc.claims[exit_at].label is doc.claims[exit_at].local_label
    assert doc.claims[1].frame is doc.frames[0]


@pytest.mark.parametrize("text, exit_at", [EXITS[0], EXITS[1], EXITS[3]])
def test_frame_resumes_after_background(text, exit_at):
    doc = _ANALYZER.analyze(text)
    assert doc.claims[exit_at + 1].frame is doc.frames[0]
    assert exit_at not in doc.frames[0].covers


def test_separator_closes_every_frame():
    text = OPENERS[0][0] + "\n***\nThe council met on Monday. It approved the budget."
    doc = _ANALYZER.analyze(text)
    assert doc.claims[-1].frame is None and doc.claims[-2].frame is None


# -- the seed and the fixtures ---------------------------------------------------


def test_seed_labels_and_frames(seed):
    text, gold = seed
    doc = _ANALYZER.analyze(text)
    assert [(c.start, c.end) for c in doc.claims] == [(g["start"], g["end"]) for g in gold]
    assert [c.label.value for c in doc.claims] == [g["label"] for g in gold]
    assert [c.frame is not None for c in doc.claims] == [g["framed"] for g in gold]
    assert doc.claims[1].label is Label.FACT and doc.claims[1].frame is None
    (frame,) = doc.frames
    assert frame.sentence == 0 and frame.kind is Kind.HYPOTHETICAL and "hypothetical" in frame.cue.text


def test_frame_fixtures_match_their_gold():
    gold = read_jsonl(FIXTURES / "frame_gold.jsonl")
    wrong = 0
    total = 0
    for g in gold:
        doc = _ANALYZER.analyze((FIXTURES / f"{g['doc']}.txt").read_text(encoding="utf-8"))
        predicted = {c.index for c in doc.claims if c.frame is not None}
        wrong += len(predicted ^ set(g["framed"]))
        total += len(doc.claims)
        if g["opener"] is not None:
            assert [f.sentence for f in doc.frames] == [g["opener"]], g["doc"]
            assert doc.frames[0].kind.value == g["kind"]
        else:
            assert doc.frames == (), g["doc"]
    # some fixtures hold exits no feature sees (a general rule told in the present tense)
    assert wrong <= 0.07 * total, f"{wrong} of {total} fixture sentences framed wrongly"


def test_hypothetical_premise_fixture(fixture_texts):
    doc = _ANALYZER.analyze(fixture_texts["hypothetical_premise"])
    assert [c.index for c in doc.claims if c.frame] == [1, 2, 3]
    assert doc.claims[4].label is Label.FACT  # "In reality, …"


# -- data files and the detector object -------------------------------------------


def test_bundled_patterns_and_params_load():
    patterns = load_frame_patterns()
    assert any(p.feature.startswith("open_") for p in patterns)
    assert all(p.kind is not None for p in patterns if p.feature.startswith("open_"))
    params = load_frame_params()
    assert 0.0 < params["opener"]["threshold"] < 1.0 and 0.0 < params["stay"]["threshold"] < 1.0


def test_bad_params_and_patterns_are_refused(tmp_path):
    bad = tmp_path / "params.json"
    bad.write_text(json.dumps({"opener": {}}))
    with pytest.raises(InputError, match="opener"):
        FrameDetector(params=bad)
    with pytest.raises(InputError, match="bad frame pattern"):
        load_frame_patterns([{"id": "x", "feature": "open_x", "kind": "nonsense", "pattern": "x"}])
    with pytest.raises(InputError, match="not a file"):
        load_frame_patterns(tmp_path / "missing.jsonl")
    with pytest.raises(InputError, match="same_as"):
        load_frame_patterns([{"id": "x", "feature": "retro", "same_as": "nowhere"}])


def test_a_rule_can_reuse_an_earlier_rule_s_expression_for_another_feature():
    first, second = load_frame_patterns([
        {"id": "a", "feature": "open_x", "kind": "hypothetical", "pattern": "spec piece", "guard": "novel"},
        {"id": "b", "feature": "retro", "trigger": ["spec"], "same_as": "a"},
    ])
    assert second.pattern.pattern == first.pattern.pattern and second.guard is not None
    assert second.feature == "retro" and second.kind is None
    assert second.search("This is a spec piece.", "this is a spec piece.") is not None
    assert second.search("A spec piece of a novel.", "a spec piece of a novel.") is None


def test_rules_can_share_a_piece_through_a_macro():
    (rule,) = load_frame_patterns([
        {"macros": {"SOON": "will|plans?"}},
        {"id": "a", "feature": "open_x", "kind": "prediction", "pattern": "in 2040", "guard": "\\b{SOON}\\b"},
    ])
    assert rule.search("In 2040 the dam failed.", "in 2040 the dam failed.") is not None
    assert rule.search("In 2040 the dam will fail.", "in 2040 the dam will fail.") is None
    with pytest.raises(InputError, match="unknown macro"):
        load_frame_patterns([{"id": "b", "feature": "retro", "pattern": "{LATER}"}])


def test_thresholds_can_be_overridden():
    never = FrameDetector(open_threshold=1.01)
    claims = Analyzer(model="lexicon", frames=False).analyze(OPENERS[0][0]).claims
    assert never.apply(OPENERS[0][0], claims)[1] == ()


def test_detector_pickles():
    detector = pickle.loads(pickle.dumps(FrameDetector(stay_threshold=0.4)))
    assert detector.stay_threshold == 0.4 and detector.patterns_


def test_describe_finds_one_opener_candidate_per_sentence():
    text = "Suppose we imagine a world where it rains."
    claims = Analyzer(model="lexicon", frames=False).analyze(text).claims
    (view,) = describe(claims, load_frame_patterns())
    assert view.opener is not None and view.opener[0] == "open_imperative"


def test_empty_and_frameless_inputs():
    assert _ANALYZER.analyze("").frames == ()
    assert FrameDetector().apply("", ()) == ((), ())


class _Constant:
    """A local model that calls every sentence fact: frames must not depend on the lexicon model."""

    threshold_ = 0.5

    def predict_proba(self, sentences):
        import numpy as np

        return np.tile([0.9, 0.1], (len(sentences), 1))


def test_frames_work_with_any_local_model(seed):
    text, gold = seed
    doc = Analyzer(model=_Constant()).analyze(text)
    (frame,) = doc.frames
    assert frame.sentence == 0 and frame.cue.text.startswith("hypothetical")
    framed = [c.frame is not None for c in doc.claims]
    assert sum(f and g["framed"] for f, g in zip(framed, gold, strict=True)) >= 20
    assert not framed[1]


def test_in_reality_closes_the_frame_for_good():
    text = ("Imagine a city where every car has vanished. The streets belong to cyclists. "
            "In reality, the city registered 410,000 cars last year. Traffic rose again in May.")
    doc = _ANALYZER.analyze(text)
    assert [c.index for c in doc.claims if c.frame] == [1]


def test_a_dateline_starts_a_new_document():
    text = ("Imagine a town where the only employer shuts down. Half the shops close.\n\n"
            "Council Approves Budget\n\nKINGSFORD — The council approved the budget on Monday. "
            "The vote was seven to two.")
    doc = _ANALYZER.analyze(text)
    assert doc.claims[1].frame is not None
    assert [c.frame for c in doc.claims[2:]] == [None, None, None]


def test_a_preface_above_the_headline_frames_the_article_under_its_dateline():
    text = ("Here's an alternate-history news piece set in a world where China invented the press.\n\n"
            "Paris scribes march as Bible contract goes abroad\n\n"
            "PARIS — Several thousand scribes marched on Tuesday. The guild called a strike.")
    doc = _ANALYZER.analyze(text)
    assert [c.frame is not None for c in doc.claims] == [False, True, True, True]


def test_a_preface_above_a_masthead_and_headline_frames_the_article_under_its_dateline():
    text = ("Here's a newspaper article set in an alternate 1936, in a world where Germany won the war:\n\n"
            "BERLINER MORGENPOST — Sunday, 2 August 1936\n\n"
            "Kaiser Opens Rhine Bridge as Europe Marks Twenty Years of Peace\n\n"
            "BERLIN — Before a crowd of 100,000, the Kaiser opened the bridge on Saturday. "
            "The crowd cheered for ten minutes.")
    # the frame opened by the preface is still open at the dateline: its story is weighed there
    assert [(i, o) for i, o in _weighed(text) if i >= 3] == [(3, 0), (4, 0)]


def test_a_label_under_an_announcement_says_again_what_the_text_is_and_opens_nothing():
    text = ("Here's a scenario-style news report for your newsletter."
            " I've labelled it clearly as fiction.\n\n"
            "PREPAREDNESS SCENARIO: THIS EVENT HAS NOT HAPPENED\n\n"
            "Magnitude 7.0 Quake Shakes City; Bridges Closed\n\n"
            "SEATTLE — A magnitude 7.0 earthquake struck beneath the city on Tuesday. "
            "Power failed across the region.")
    # the announcement's frame is still the one weighed under the dateline: the label opened no
    # second frame, which would have been too far above the dateline to head its article
    assert [(i, o) for i, o in _weighed(text) if i >= 3] == [(3, 0), (4, 0), (5, 0)]


def test_a_label_line_starts_the_next_case_instead_of_going_on_with_the_last():
    text = ("Lecture 9: two cases\n\n"
            "Case 1 (Switch).\n\n"
            "A runaway trolley is heading towards five workers. You are standing beside a lever.\n\n"
            "Case 2 (Footbridge).\n\n"
            "This time you are on a footbridge over the track. Next to you stands a very large man.")
    doc = _ANALYZER.analyze(text)
    assert [f.sentence for f in doc.frames] == [1, 4]
    assert doc.claims[4].frame is None and doc.claims[5].frame.sentence == 4


def test_a_text_that_announced_itself_keeps_its_story_on_weaker_evidence():
    text = ("Here's a hypothetical Bloomberg-style article.\n\n"
            "Tesla Files for Bankruptcy as Debt Crunch Ends EV Pioneer's Run\n\n"
            "March 9, 2032 at 6:41 AM EST\n\n"
            "Tesla Inc. filed for Chapter 11 bankruptcy protection in Texas, capping a three-year slide. "
            "The company listed assets of $61 billion and liabilities of $88 billion.\n\n"
            "Let me know if you'd like a follow-up piece.")
    claims = Analyzer(model="lexicon", frames=False).analyze(text).claims
    params = load_frame_params()
    assert params["stay"]["announced_margin"] > 0
    assert FrameDetector(params=params).decode(claims)[0] == [None, 0, 0, 0, 0, None]
    # at the plain stay threshold the timestamp line is left out of the announced article
    plain = {**params, "stay": {**params["stay"], "announced_margin": 0.0}}
    assert FrameDetector(params=plain).decode(claims)[0][2] is None


@pytest.mark.parametrize("margin", [-0.1, 1.0, "0.1", True])
def test_an_announced_margin_out_of_range_is_refused(margin):
    params = load_frame_params()
    bad = {**params, "stay": {**params["stay"], "announced_margin": margin}}
    with pytest.raises(InputError, match="announced_margin"):
        FrameDetector(params=bad)


def test_an_explainer_s_question_title_answered_by_facts_opens_no_frame():
    text = ("What would happen if the Gulf Stream shut down?\n\n"
            "The Gulf Stream is a fast, warm ocean current. It flows out of the Gulf of Mexico and across "
            "the Atlantic. You can think of it as a giant conveyor belt. Warm, salty water travels north "
            "near the surface and gives up its heat to the air. As it cools it sinks in the seas around "
            "Greenland.")
    assert _ANALYZER.analyze(text).frames == ()
    story = text.replace("The Gulf Stream is a fast, warm ocean current.", "The current stopped in 2041.")
    assert [f.sentence for f in _ANALYZER.analyze(story).frames] == [0]


@pytest.mark.parametrize("text, announced", [
    ("Here's a Guardian-style piece set in a world where the printing press was never invented:", True),
    ("Here's a hypothetical Bloomberg-style article.", True),
    ("In a world where the printing press was never invented, scribes copy every book by hand.", False),
])
def test_a_preface_handing_over_the_text_announces_it_whatever_rule_read_its_scenario(text, announced):
    view = FrameDetector()._view_of(text)
    assert view.opener is not None
    assert _State.opened(0, view, text).announced is announced


def test_a_handover_inside_the_frame_carries_it_into_the_article_under_its_dateline():
    text = ("WHAT IF?\n\n"
            "Our Monday column replays a famous night with one thing changed. "
            "This week we go back to Istanbul in May 2005 and let Milan score first after the break. "
            "Here is the match report we would have filed.\n\n"
            "ISTANBUL — AC Milan were crowned champions of Europe for the seventh time on Wednesday. "
            "Paolo Maldini volleyed Milan ahead inside the first minute.")
    # the dateline five lines down starts no new document: the line above it handed the report over
    assert [(i, o) for i, o in _weighed(text) if i >= 4] == [(4, 0), (5, 0)]


def test_a_handover_under_the_opener_carries_the_frame_past_the_headline_into_the_dated_article():
    text = ("Farriers trim and shoe horses' hooves. "
            "The trade has existed in Europe for well over a thousand years. "
            "In most countries today it is a small, licensed trade. "
            "Suppose, though, that the engine had stalled as a curiosity "
            "and the horse had stayed in the cities. "
            "Here is how a local paper in that world might report on one forge.\n\n"
            "KESTERBY FORGE HIRES ITS TWELFTH APPRENTICE\n\n"
            "KESTERBY - Master farrier Tobias Wrenfield shod his four-thousandth cab horse "
            "of the year on Tuesday. "
            "The forge on Mill Lane now runs three fires from dawn until dusk.")
    # the dateline seven lines down starts no new document: the line two above it handed the report over
    assert [(i, o) for i, o in _weighed(text) if i >= 6] == [(6, 3), (7, 3)]


def test_a_work_named_in_an_announced_story_is_what_the_story_is_about():
    text = ("Sure, here's a news report set in 2033, covering a court ruling that hasn't happened yet.\n\n"
            "Court Rules Novel Written With AI Can Be Copyrighted\n\n"
            "OTTAWA, 14 November 2033 — The Supreme Court ruled on Friday that a novel written with "
            "heavy help from an AI system can be copyrighted.")
    claims = Analyzer(model="lexicon", frames=False).analyze(text).claims
    detector = FrameDetector()
    views = [detector._view_of(c.text) for c in claims]
    assert "topic_work" in views[1].hits and "topic" not in views[1].hits
    told = _State.opened(0, views[0], claims[0].text)
    assert told.whole_text
    assert "topic" not in stay_features(claims, views, 1, told)
    # under a case set up further down a text, a novel named is the subject the writer discusses
    case = _State.opened(0, detector._view_of("Imagine a court."), "Imagine a court.")
    assert not case.whole_text and stay_features(claims, views, 1, case)["topic"] == 1.0
    assert detector.decode(claims)[0] == [None, 0, 0]
    # to the opener model a work named is a topic, as before
    heading = "Imagine a novel written by a machine."
    h = Analyzer(model="lexicon", frames=False).analyze(heading).claims
    assert opener_features(h, [detector._view_of(heading)], 0, detector.patterns_)["h_topic"] == 1.0


def test_a_headline_under_an_assistant_s_preface_is_framed_with_the_lead_below_it():
    text = ("Here you go:\n\n"
            "Dry Valley, Empty Silos: The Basin Without Its Dam\n\n"
            "Had the assembly voted down the Ardell Dam in 1962, the lower basin would look very different "
            "today. In this version of events, the river was never held back. By the late 1970s, wheat "
            "growers were relying on rain alone.")
    doc = _ANALYZER.analyze(text)
    assert doc.claims[0].frame is None
    assert doc.claims[1].frame is not None and doc.claims[1].frame.sentence == 2
    # a first line that is no preface is the text's own title, not the story's headline
    titled = _ANALYZER.analyze(text.replace("Here you go:", "Rivers of the Prairie Provinces"))
    assert titled.claims[1].frame is None


_GRAIN = ("Worked example: price floors and a grain cooperative\n\n"
          "Price floors are easier to understand with numbers in front of you. A price floor is a legal "
          "minimum price, and it only matters when it sits above the price the market would settle at on "
          "its own.\n\n"
          "Suppose a regional barley cooperative, Halden Valley Growers, sells malting barley to three "
          "breweries. Without any intervention the market clears at $210 a tonne. The provincial government "
          "then sets a floor of $240 a tonne. That leaves 12,000 tonnes with no buyer at the legal price.\n\n"
          "This gap is what economists call a surplus, and it is the standard result of a binding floor. "
          "Textbooks since at least the 1940s have used farm supports as the classic illustration.\n\n"
          "Back at Halden Valley, the board has two options. It can store the extra grain or sell it abroad "
          "below the floor.")


def _decoded(text: str, detector: FrameDetector | None = None) -> list[int | None]:
    """The opener each sentence of ``text`` inherits from (lexicon local model)."""
    claims = Analyzer(model="lexicon", frames=False).analyze(text).claims
    return (detector or FrameDetector()).decode(claims)[0]


def test_going_back_to_a_place_of_the_story_resumes_its_frame_after_an_aside():
    assert _decoded(_GRAIN) == [None, None, None, None, 3, 3, 3, None, None, 3, 3]
    # the rule alone brings it back: without it the case has faded after the aside
    entries = read_jsonl(ROOT / "claimcheck" / "data" / "frames_patterns.jsonl")
    less = FrameDetector(patterns=[e for e in entries if e.get("id") != "back-in-the-place"])
    assert _decoded(_GRAIN, less)[9:] == [None, None]
    # a place the story never named is somewhere else
    assert _decoded(_GRAIN.replace("Back at Halden Valley", "Back at Riverside"))[9:] == [None, None]


_STAIR = ("Case 4: the stair at Carrick Point\n\n"
          "Occupiers' liability is one of the first topics of the course. "
          "Imagine that an old lighthouse on a windy coast has been turned into a hostel. "
          "The iron stair is kept because guests love it. "
          "At 11 p.m. a guest climbs to the lantern room to watch a storm. "
          "The lights on the stair go out while he is halfway down. "
          "He misses a step and breaks his wrist.\n\n"
          "Section 2 of the Act says a warning only discharges the duty if it was enough to keep the "
          "visitor safe.\n\n"
          "Back at Carrick Point, the manager tells the investigator that the timer was set to four minutes. "
          "She adds that nobody had complained before.")


def test_going_back_to_a_place_only_the_title_named_resumes_the_open_frame():
    assert _decoded(_STAIR) == [None, None, None, 2, 2, 2, 2, None, 2, 2]
    # a title that names no place leaves "Back at Carrick Point" somewhere else
    assert _decoded(_STAIR.replace("the stair at Carrick Point", "a stair"))[8:] == [None, None]


_FEN = ("Suppose winters in the Fens keep warming at the rate they have since the 1980s. "
        "By the winter of 2060, the skating ponds at Bury Fen have not frozen hard enough to race on "
        "for years. "
        "The championships are still held every January, but on a refrigerated rink in a barn. "
        "\"It's the same race, just indoors,\" said organiser Pip Lawrence.\n\n"
        "In the real world, fen skating grew up in the nineteenth century, when farm labourers raced "
        "for money. "
        "Natural-ice races were still held in the cold winters of 1963 and 1997.\n\n"
        "Back in 2060, the barn rink is booked solid from November to March. "
        "Lawrence's grandmother watches from a bench by the door.")


def test_going_back_to_a_year_to_come_resumes_the_frame_set_in_it():
    assert _decoded(_FEN) == [None, 0, 0, 0, None, None, 0, 0]
    # a year of the real past is a flashback, not the story's
    assert _decoded(_FEN.replace("Back in 2060", "Back in 1998"))[6:] == [None, None]
    # nor is another year to come than the one the story is set in
    dated = _FEN.replace("Suppose winters in the Fens keep warming at the rate they have since the 1980s.",
                         "Suppose it is 2050 and winters in the Fens have kept warming.")
    assert _decoded(dated.replace("By the winter of 2060", "By the winter of 2050"))[6:] == [None, None]


_COD = ("It is 2041, and the cod has gone north. "
        "At the fish market, the stalls that once sold cod now display red mullet and squid. "
        "\"People still ask for cod and chips,\" said fishmonger Sam Trewin.\n\n"
        "Studies published in the 2010s already showed that North Sea cod were moving to deeper water.\n\n"
        "In 2041, the town's fish festival has a new star. "
        "Chefs compete each May to cook the best squid dish.")


def test_a_later_lead_naming_the_storys_own_year_to_come_resumes_its_frame():
    assert _decoded(_COD) == [None, 0, 0, None, 0, 0]
    # another year to come opens a frame of its own
    assert _decoded(_COD.replace("In 2041, the town", "In 2055, the town"))[4:] == [None, 4]


_MARKET = ("Pandemic influenza and the fish market: a preparedness note\n\n"
           "The market opens at 3 a.m. six days a week. "
           "Suppose it is week nine of a moderate influenza pandemic. "
           "Sickness absence among porters has reached 30%. "
           "The market company shortens the morning auction by an hour.\n\n"
           "Hardly any of this is far-fetched. "
           "In reality, absence at comparable food markets peaked at around 12% during the 2009 pandemic.\n\n"
           "Back in week nine, a trader tests positive. "
           "The council asks the market company to consider closing for a week.")


def test_going_back_to_a_time_the_story_named_resumes_its_frame():
    # the turn to the real world ends the case for good; the story's own clock takes it back
    assert _decoded(_MARKET) == [None, None, None, 2, 2, None, None, 2, 2]
    # a time the story never named is somewhere else
    assert _decoded(_MARKET.replace("Back in week nine", "Back in week four"))[7:] == [None, None]


_PAULOWNIA = ("Imagine a world where the cricket-bat willow was wiped out by disease in the 1960s. "
              "Every bat in a professional match is now made of paulownia, a fast-growing timber. "
              "The first paulownia bats were light and soft, and the ball died off them.\n\n"
              "In our own world, of course, willow is still grown in plantations across East Anglia.\n\n"
              "Back in the paulownia world, the argument has moved on to weight. "
              "Batters now carry bats of barely two pounds.")


def test_going_back_to_the_storys_world_by_a_word_the_story_used_resumes_its_frame():
    assert _decoded(_PAULOWNIA) == [None, 0, 0, None, 0, 0]
    # a world the story never named is another one
    elsewhere = _PAULOWNIA.replace("Back in the paulownia world", "Back in the business world")
    assert _decoded(elsewhere)[4:] == [None, None]


_WINDSTORM = ("Realistic Disaster Scenario 7: Atlantic Windstorm, Slate-Roofed Housing Stock\n\n"
              "Slate remains the dominant roofing material in older housing across the northern counties. "
              "Historic losses from windstorms have been concentrated in roof damage.\n\n"
              "Suppose a deep Atlantic depression tracks across the north of the country on a Friday night. "
              "Peak gusts of 105 mph are recorded on exposed western coasts. "
              "Ridge tiles and slates are stripped from roughly one in twelve affected properties.")


def test_the_background_between_a_scenario_title_and_the_case_it_sets_up_stays_outside():
    assert _decoded(_WINDSTORM) == [None, None, None, None, 3, 3]
    # a third line of background, and the case told from "In this scenario, …"
    lane = ("Realistic Disaster Scenario 7: Tallow Lane Conflagration\n\n"
            "Tallow Lane in the old town of Merrow has housed wax chandlers since the seventeenth century. "
            "Three firms still trade there, storing paraffin wax and beeswax in timber-framed warehouses. "
            "Our book includes 41 commercial policies within 250 metres of the lane.\n\n"
            "In this scenario, a wick-trimming machine overheats at about 02:00 on a dry night in July. "
            "The fire spreads into the wax store, where molten paraffin runs under the door. "
            "Within forty minutes the warehouses on both sides are alight.")
    assert _decoded(lane) == [None, None, None, None, None, 4, 4]


def test_a_line_handing_over_the_text_under_its_opener_sits_outside_the_story():
    text = ("Imagine a world where every lighthouse is still kept by hand. "
            "Here's a feature from that world.\n\n"
            "The Last Keeper of Selby Point\n\n"
            "Mara Tarrant trims the wick at dusk and logs the wind every three hours. "
            "Her grandfather kept the same light until 1990. "
            "She says she will stay until the lamp is electrified.")
    assert _decoded(text) == [None, None, 0, 0, 0, 0]
    # a line of the story itself right under the opener is inside
    told = text.replace("Here's a feature from that world.", "The keepers are paid by the county.")
    assert _decoded(told) == [None, 0, 0, 0, 0, 0]


def test_a_question_put_to_an_exercises_players_sits_outside_the_case_it_hands_over():
    text = ("Tabletop exercise write-up: Bradleigh Wool Exchange\n\n"
            "The Exchange moved its sale system to a hosted provider in 2023. "
            "What if the catalogue were encrypted by ransomware two days before the spring sale? "
            "That was the question we put to the twelve people around the table. "
            "On the Tuesday morning, the catalogue team finds that the lot descriptions will not open. "
            "A note on the shared drive demands payment in cryptocurrency. "
            "Growers start ringing to ask whether the sale is going ahead.")
    assert _decoded(text) == [None, None, None, None, 2, 2, 2]
    # read as the story's own line without the rule
    entries = read_jsonl(ROOT / "claimcheck" / "data" / "frames_patterns.jsonl")
    less = FrameDetector(patterns=[e for e in entries if e.get("id") != "question-we-put"])
    assert _decoded(text, less)[3] == 2


def test_a_line_sending_the_players_back_into_play_hands_the_story_on_past_the_discussion():
    text = ("Report on Exercise Tidewrack\n\n"
            "In March the continuity group ran a tabletop exercise with the loft's eleven staff. "
            "The exercise scenario: a deep low tracks up the firth on a Tuesday night in late October. "
            "By 02:00 the quay wall is overtopped along its whole length. "
            "The loft's power trips, and the alarm line to the harbourmaster goes dead.\n\n"
            "At this point the group paused to look at the real alarm arrangements. "
            "\"Nobody had checked whether the phone would still work,\" said Morag Lindsay, the manager. "
            "Play then resumed. "
            "The first staff member reaches the loft at 06:40 and finds the doors jammed by debris. "
            "Forty bolts of finished sailcloth are soaked.")
    got = _decoded(text)
    assert got[:5] == [None, None, None, 2, 2]
    assert got[5:] == [None, None, None, 2, 2]  # the line itself is the writer's
    # without the rule the story has faded behind the discussion
    entries = read_jsonl(ROOT / "claimcheck" / "data" / "frames_patterns.jsonl")
    less = FrameDetector(patterns=[e for e in entries if e.get("id") != "play-resumed"])
    assert _decoded(text, less)[8:] == [None, None]


def test_a_line_turning_to_the_working_hands_the_case_on_to_it():
    text = ("Suppose a small bakery sells 400 loaves a day at two pounds each. "
            "Its flour costs 150 pounds a day, and its wages 300 pounds. "
            "The owner, Ada, wonders whether a second oven would pay for itself.\n\n"
            "A rule worth remembering here: fixed costs do not change with output, while variable costs do. "
            "Flour is a variable cost; rent is not.\n\n"
            "Let us do the arithmetic. "
            "Sales rise to 500 loaves, and takings by 200 pounds a day. "
            "Flour rises by 40 pounds, so the extra margin is 160 pounds.")
    assert _decoded(text) == [None, 0, 0, None, None, None, 0, 0]
    # read as an aside that ends the case without the rule
    entries = read_jsonl(ROOT / "claimcheck" / "data" / "frames_patterns.jsonl")
    less = FrameDetector(patterns=[e for e in entries if e.get("id") != "lets-count"])
    assert _decoded(text, less)[6:] == [None, None]


_FOUNDRY = ("Stress Test: A Mangle Maker's Supply Chain\n\n"
            "Last autumn the firm's board asked its insurer to run a supply-chain stress test. "
            "The brief was simple: suppose the only foundry that casts the frames closes without warning. "
            "In the test, the foundry shuts on a Monday in February. "
            "By week four, orders from two hotel chains are delayed.\n\n"
            "Stress tests are not forecasts, the insurer points out in its covering letter.\n\n"
            "In the scenario the firm also loses its roller supplier, because one holding company owns both. "
            "Wages can be met only until June.")


def test_a_sentence_placed_in_the_scenario_again_goes_back_into_the_scenario_the_text_left():
    # "not forecasts" leaves the scenario for good; "In the scenario …" goes back into it, no new one
    assert _decoded(_FOUNDRY) == [None, None, None, 2, 2, None, 2, 2]
    # with nothing of a scenario told before, the same lead opens the text's first frame
    first = _FOUNDRY.split("\n\n")[-1]
    assert _decoded(first) == [None, 0]
    # a scenario's title left by "not a forecast" before anything was told in it: the lead is the set-up
    titled = ("Annual Cyclical Scenario: Narrative of the Adverse Scenario\n\n"
              "The bank's stress test is not a forecast of economic conditions. "
              "It is a coherent set of severe but plausible shocks.\n\n"
              "Over the past year, inflation has fallen back towards target. "
              "Household debt remains below its 2008 peak.\n\n"
              "In the adverse scenario, a sharp tightening of financial conditions triggers a downturn. "
              "Domestic GDP falls by 5 per cent from peak to trough. "
              "Unemployment rises to 8.5 per cent.")
    assert _decoded(titled) == [None] * 6 + [5, 5]


def test_would_in_a_relative_clause_leaves_a_sentence_in_its_main_clauses_tense():
    from claimcheck.frames import _view

    past = _view("The new wall held back a spring tide that would have flooded the quay.", ())
    assert past.tense == "past"
    assert _view("The wall would have held back the tide.", ()).tense == "would"
    # a "would" of the main clause as well: the sentence is in "would"
    both = _view("The tide that would have flooded the quay would have reached the mill.", ())
    assert both.tense == "would"
    # a relative "would" and no other tense: "would" it is
    assert _view("It is a tide that would flood the quay.", ()).tense == "present"
    assert _view("A tide that would flood the quay.", ()).tense == "would"


_UMBRELLA = ("Offer and acceptance\n\nContract law students spend weeks on when a contract is formed. "
             "Let's work through a case. "
             "A department store emails an umbrella maker, Ferrow & Daughters, asking for 400 black "
             "umbrellas. "
             "Ferrow replies that it can do 400 umbrellas at £18, but in navy. "
             "The store's buyer does not answer.")


def _stay_trace(text: str) -> dict[int, dict[str, float]]:
    claims = Analyzer(model="lexicon", frames=False).analyze(text).claims
    trace: list = []
    FrameDetector().decode(claims, trace=trace)
    return {i: features for i, _, features in trace}


def test_one_of_the_cases_own_people_replying_goes_on_with_the_case():
    # "Ferrow replies that …": the case named Ferrow; no writer's argument about it
    assert "exit_argument" not in _stay_trace(_UMBRELLA)[4]
    # someone the case never named replying is a writer answering it
    other = _UMBRELLA.replace("Ferrow replies that it can", "Atiyah replies that a store can")
    assert _stay_trace(other)[4]["exit_argument"] == 1.0


def test_a_past_year_scene_read_out_to_a_role_play_opens_its_frame():
    text = ("Year 9 History: lesson plan\n\n"
            "Start by reminding the class that the 1833 Factory Act covered textile mills. "
            "Hand out the role cards and read the scene aloud. "
            "It is the winter of 1842, at a salt works on the River Weaver in Cheshire. "
            "The pans are kept boiling day and night, and the air in the lofts is thick with steam. "
            "Ten-year-old Martha Bebbington carries lumps of salt from the pans to the drying stoves. "
            "A visiting commissioner arrives with a notebook.")
    assert _decoded(text) == [None, None, None, None, 3, 3, 3]
    # no role-play named just before: a feature's scene of the real past, told as it is
    plain = text.replace("Hand out the role cards and read the scene aloud.",
                         "Hand out the worksheets and read the passage aloud.")
    assert _decoded(plain) == [None] * 7


_GAS_HOLDER = ("What if the guide frame had buckled? A counterfactual for engineering students\n\n"
               "Gas holders are among the stranger structures of the Victorian city. "
               "A telescopic holder rises and falls inside a cast iron guide frame as gas is pumped in.\n\n"
               "In the autumn of 1881 a severe gale crossed the north of England. "
               "The holders at most works came through it undamaged.\n\n"
               "Had the frame of No. 2 holder at the fictional Ashgrove works buckled in that gale, the "
               "bell would have tilted against the eastern columns. "
               "Two of the cast iron standards crack at their base joints. "
               "By the next morning half the town is without light.")


def test_a_title_question_opens_nothing_where_the_text_sets_its_counterfactual_up_further_down():
    # the title and the real history under it
    assert _decoded(_GAS_HOLDER)[:6] == [None] * 6
    # with no set-up of its own below, the title question is the text's opener
    lower = ("Had the frame of No. 2 holder at the fictional Ashgrove works buckled in that gale, "
             "the bell would have tilted against the eastern columns. ")
    assert _decoded(_GAS_HOLDER.replace(lower, ""))[1:] == [0] * 7


_FAULT_TREE = ("What happens when a sluice gate jams?\n\n"
               "A fault-tree primer\n\n"
               "A fault tree is a diagram that traces a failure back to the events that can cause it. "
               "The method grew out of missile safety work in the early 1960s. "
               "Sluice gates suit it well, because their parts are few and their failures are easy to "
               "picture.\n\n"
               "What if the winch on the Holt Fen gate seized during a spring tide? "
               "The keeper, Ada Marsh, hears the motor stall at 04:10. "
               "The gate sticks a third of the way down. "
               "Within an hour the water is over the lower meadows.")


def test_a_title_question_opens_nothing_where_the_text_asks_its_own_case_s_question_further_down():
    # the method and its history under the title are the writer's; the case is the second question's
    assert _decoded(_FAULT_TREE) == [None] * 6 + [5, 5, 5]
    # with no question of its own below, the title's question frames the case told under it
    plain = _FAULT_TREE.replace("What if the winch on the Holt Fen gate seized during a spring tide? ", "")
    assert _decoded(plain)[-3:] == [0, 0, 0]


def test_a_counterfactual_under_a_title_question_leads_its_story_as_one_at_the_top_does():
    from claimcheck.frames import _Views, opener_features

    claims = Analyzer(model="lexicon", frames=False).analyze(_GAS_HOLDER).claims
    detector = FrameDetector()
    views = _Views(claims, detector._view_of)
    assert opener_features(claims, views, 6, detector.patterns_)["narrated"] > 0
    # under a plain title the same sentence further down is a self-contained aside
    title = "What if the guide frame had buckled? A counterfactual for engineering students"
    plain = _GAS_HOLDER.replace(title, "Gas holders in a gale")
    claims = Analyzer(model="lexicon", frames=False).analyze(plain).claims
    views = _Views(claims, detector._view_of)
    assert opener_features(claims, views, 5, detector.patterns_)["narrated"] == 0


_SURGE_SCENARIO = ("Storm scenario S-3: a surge on the Merrow oyster beds\n\n"
                   "Background\n\n"
                   "Merrow Mutual insures 35 oyster farms on the Merrow estuary. "
                   "Its reinsurance attaches at £4 million.\n\n"
                   "Scenario narrative\n\n"
                   "In this scenario, a deep low crosses the estuary on the night of 3 March and meets a "
                   "spring tide. "
                   "The water peaks a metre above the predicted level just after midnight. "
                   "Trestles on the outer beds collapse, and by morning 20 farms report stock lost. "
                   "Claims reach £6 million within a fortnight.")


def test_the_sentence_setting_a_scenario_up_under_its_label_is_the_frame_s_opener():
    # the label names the part; the line under it sets the scenario up, outside the story it opens
    assert _decoded(_SURGE_SCENARIO) == [None] * 6 + [5, 5, 5]
    doc = Analyzer(model="lexicon").analyze(_SURGE_SCENARIO)
    (frame,) = doc.frames
    assert frame.sentence == 5 and doc.claims[6].frame.sentence == 5
    # a label over a plain story line is still the frame's opener
    plain = _SURGE_SCENARIO.replace("In this scenario, a deep low", "A deep low")
    assert _decoded(plain)[5:] == [4, 4, 4, 4]


def test_the_items_of_a_list_under_a_heading_left_outside_stay_outside():
    text = ("Imagine a storm cuts power to the depot on a Friday night. "
            "The backup generator fails to start. Staff move the chilled stock to the vans by hand. "
            "By midnight the vans are full and the drivers wait for orders.\n\n"
            "What we learned:\n\n"
            "- The vans fill up quickly.\n"
            "- The drivers wait too long for orders.\n"
            "- The chilled stock warms up by midnight.\n")
    assert _framed_in(text) == [1, 2, 3]
    # a heading line with no colon ("Lessons") over a numbered list does the same
    numbered = text.replace("What we learned:", "Lessons").replace("- The vans", "1. The vans").replace(
        "- The drivers", "2. The drivers").replace("- The chilled", "3. The chilled")
    assert _framed_in(numbered) == [1, 2, 3]
    # the same lines as sentences of the story, with no heading left outside above them, go on with it
    story = text.replace("What we learned:\n\n- ", "").replace("\n- ", " ")
    assert _framed_in(story) == [1, 2, 3, 4, 5, 6]


def test_a_past_scene_set_under_a_named_puzzle_opens_its_case():
    # "It is 1824, …" after a title and a line that name a puzzle is the puzzle's scene;
    # after a plain history it is not set up as anything
    text = ("The tollkeeper's coins: a small puzzle about chance\n\n"
            "Turnpike trusts built hundreds of toll houses across England. "
            "They make a good setting for a puzzle.\n\n"
            "It is 1824, and Martha Penrose keeps the toll house on the Launceston road. "
            "She has two leather purses on the shelf. "
            "One holds only silver; the other holds one silver coin and one copper.")
    assert _framed_in(text) == [4, 5]
    plain = text.replace("a small puzzle about chance", "a small history").replace(
        "a good setting for a puzzle", "a good subject for a walk")
    assert _framed_in(plain) == []


def test_a_counterfactual_under_its_section_label_is_the_frame_s_opener():
    # "4.2 Counterfactual: …" names the section; the "Had …" line under it sets the case up
    text = ("4.1 The outage\n\n"
            "On 9 February 2023 the feeder tripped for 38 minutes after a cable fault. "
            "Two hearths were at welding heat.\n\n"
            "4.2 Counterfactual: an extended outage\n\n"
            "Had the fault been in the substation transformer, the network operator estimates that "
            "supply would have been lost for nine hours. "
            "The works would have lost every heat in progress. "
            "A contract for chain due that month would have missed its date.")
    assert _decoded(text) == [None] * 5 + [4, 4]
    doc = Analyzer(model="lexicon").analyze(text)
    assert [f.sentence for f in doc.frames] == [4]


def test_a_headline_under_a_preface_of_up_to_twelve_words_is_the_story_s():
    text = ("Here's a feature written in the style of a Sunday magazine piece.\n\n"
            "The Ferrymen of Hallam Water Never Left\n\n"
            "Imagine a world where the bridge over Hallam Water was never built.\n\n"
            "Every morning at six, Jo Marsh pushes the chain ferry off from the north bank. "
            "She carries forty cars an hour at the peak.")
    assert _decoded(text) == [None, 2, None, 2, 2]


_KILN_PROBLEM = ("Contract law problem 2: the cracked kiln\n\n"
                 "The facts.\n\n"
                 "In April, Mina Shah orders a kiln from a potter's supplier, Kell & Sons, for £900. "
                 "The kiln arrives with a hairline crack in its lid. "
                 "Shah uses it twice before she complains.\n\n"
                 "Advise the parties.")


def test_the_facts_of_a_named_law_problem_are_its_case_and_its_title_is_no_headline_of_it():
    # the title names the problem: it is about the text, not inside the case; the task is the student's
    assert _decoded(_KILN_PROBLEM) == [None, None, 1, 1, 1, None]
    # a judgment's real facts sit under the same heading
    real = _KILN_PROBLEM.replace("Contract law problem 2", "Kell & Sons in the county court")
    assert _decoded(real) == [None] * 6


def test_a_preface_s_own_disclaimer_leaves_the_announced_story_whole():
    text = ("Here's a realistic but fictional news report you can use in staff training.\n\n"
            "The depot, the council and everyone quoted are invented.\n\n"
            "Flood forces Marsh Lane bus depot to close\n\n"
            "Floodwater closed the Marsh Lane bus depot on Tuesday morning, stranding forty buses. "
            "Drivers were sent home at seven. "
            "The council said services would resume on Thursday.")
    # the note is outside, and the headline under it is the announced story's as if nothing came between
    assert _decoded(text) == [None, None, 0, 0, 0, 0]


def test_a_numbered_inject_names_the_exercise_whose_clock_moves_on_below_it():
    text = ("Exercise Shear: heat-health injects for shearing gangs\n\n"
            "The health board runs the exercise each spring.\n\n"
            "Inject 1\n\n"
            "The following is a fictional bulletin written for the exercise.\n\n"
            "A shearer collapsed at Hill Farm on Tuesday after a morning in a hot shed. "
            "Farmers in the valley say gangs have stopped work after noon. "
            "The contractors want advice. "
            "The board has not yet replied.\n\n"
            "Inject 2\n\n"
            "It is now Thursday. "
            "The heatwave is in its fifth day. "
            "Two more shearers are treated for heat exhaustion.")
    assert _decoded(text) == [None, None, None, None, 3, 3, 3, 3, None, None, 9, 9]


def test_a_role_play_named_in_the_title_a_few_lines_up_sets_the_scene_read_out_below():
    text = ("Classroom role-play: a lock keeper's cottage in the 1850s\n\n"
            "Canal locks were kept by families who lived beside them. "
            "The keeper collected tolls and recorded every boat that passed. "
            "Many cottages had no running water until the 1950s.\n\n"
            "This activity takes about forty minutes and works best in groups of four.\n\n"
            "It is October 1851, at a lock outside Stoke. "
            "You are the keeper's children, and your father is ill in bed. "
            "A boat arrives at dusk and the boatman refuses to pay the toll.")
    assert _decoded(text) == [None] * 6 + [5, 5]
    # under a plain title the same lead is a feature's scene-setting, which opens nothing
    plain = text.replace("Classroom role-play: a", "A")
    assert _decoded(plain) == [None] * 8


def test_the_facts_under_a_role_play_brief_are_its_case():
    text = ("Commercial law seminar, week 3: role-play brief\n\n"
            "You will work in pairs, one for each side.\n\n"
            "The facts are as follows.\n\n"
            "In June a cider maker agrees to buy a farmer's whole apple crop at a fixed price. "
            "In September a hailstorm strips half the trees. "
            "The farmer sells most of what is left to a rival.")
    assert _decoded(text) == [None, None, None, 2, 2, 2]


def test_a_line_saying_here_is_how_a_case_went_speaks_of_what_comes_after_it():
    text = ("Preparing for measles in the workplace\n\n"
            "Dunstall & Peel, the town's last felt hat factory, employs 230 people on a single site. "
            "Like many older manufacturing buildings, its finishing rooms are poorly ventilated. "
            "Here's how the county's health protection team walked through a possible outbreak in its "
            "preparedness workshop. "
            "A trimmer in her thirties goes home with a fever on a Monday. "
            "By Thursday she has a rash and her GP suspects measles.")
    # the factory's real description above it is not the announced story's
    assert _decoded(text) == [None, None, None, None, 3, 3]


def test_a_year_to_come_told_in_the_past_is_the_imagined_worlds_own_history_after_an_aside():
    text = ("A conjectural obituary, set in the spring of 2081. "
            "Mara Venn, who bred the wheat that fed a continent, has died at 84. "
            "Wheat rusts are fungal diseases that have ruined harvests for centuries. "
            "Her first rust-proof strain was released in 2041. "
            "Output will grow until 2041, the ministry says.")
    claims = Analyzer(model="lexicon", frames=False).analyze(text).claims
    detector = FrameDetector()
    views = [detector._view_of(c.text) for c in claims]
    state = _State.opened(0, views[0], claims[0].text)
    state.update(1, views[1], True)
    state.update(2, views[2], False)
    assert not state.prev_in and state.year == 2081
    assert stay_features(claims, views, 3, state)["year_imagined"] == 1.0
    assert stay_features(claims, views, 4, state)["year_imagined"] == 0.0  # a forecast, not a past


def test_a_lead_told_in_the_past_and_dated_ahead_dates_the_whole_report():
    text = ("Coal's last stand ends in Kota\n\n"
            "On a humid October morning in 2036, engineers at the Kota power station switched off the last "
            "coal unit in the country. Workers watched in silence.")
    claims = Analyzer(model="lexicon", frames=False).analyze(text).claims
    views = [FrameDetector()._view_of(c.text) for c in claims]
    assert _leads(views, 1) and not _leads(views, 2)
    state = _State.opened(1, views[1], claims[1].text, _leads(views, 1))
    assert state.dated and state.whole_text
    assert not _State.opened(1, views[1], claims[1].text).dated  # further down, no lead
    forecast = text.replace("switched off", "will switch off")
    claims = Analyzer(model="lexicon", frames=False).analyze(forecast).claims
    view = FrameDetector()._view_of(claims[1].text)
    assert not _State.opened(1, view, claims[1].text, True).dated  # a forecast's lead dates nothing


_TOWER = ("Failure notes, week 9\n\n"
          "The tower was a steel tank on a concrete shaft, built in 1958. "
          "In the winter of 1987 ice formed in the overflow pipe and the roof plates buckled. "
          "Nobody was injured. "
          "Now the counterfactual. "
          "Had the overflow pipe been routed inside the heated shaft, the night would have passed "
          "without damage. "
          "The ice never forms. "
          "The float valve still sticks, and the tank still fills past its working level. "
          "The repair bill is a few hundred pounds.")


def test_a_counterfactual_the_text_has_just_announced_leads_the_story_told_after_it():
    assert _decoded(_TOWER) == [None] * 6 + [5, 5, 5]
    # further down a text and unannounced, "Had …, … would have …" is complete in itself
    unannounced = _TOWER.replace("Now the counterfactual. ", "")
    assert _decoded(unannounced) == [None] * 8
    # under a title that names a counterfactual, the first such sentence leads the story
    titled = unannounced.replace("Failure notes, week 9", "Failure notes, week 9: a counterfactual")
    assert _decoded(titled) == [None] * 5 + [4, 4, 4]


_BEACON = ("Imagine a coastline where every harbour light is still kept by hand, and where each lamp from "
           "Wrenhaven to the Corran Isles has a family living beside it. On Selby Point, that family is the "
           "Tarrants. Mara Tarrant trims the wick at dusk and logs the wind every three hours.\n\n"
           "In the real world, the last hand-kept harbour lights went electric in the 1960s. Automation was "
           "cheaper, and most pilots now steer by satellite.\n\n"
           "On Selby Point, though, the lamp room still smells of paraffin. Mara's son has started "
           "taking the evening readings.")


def test_going_back_to_a_place_of_the_story_resumes_a_frame_the_real_world_left():
    # "In the real world, …" leaves the reader's imagining for good; naming its place again goes back in
    assert _decoded(_BEACON) == [None, 0, 0, None, None, 0, 0]
    # a place the story never named is somewhere else
    assert _decoded(_BEACON.replace("On Selby Point, though", "On Harwick Bay, though"))[5:] == [None, None]


def test_after_a_frame_left_for_good_only_a_sentence_that_may_go_back_is_described():
    # a long text read on after "In the real world, …" builds no view for a sentence that cannot name
    # a place of the story again ("Back at …", "On …, though, …")
    left = _BEACON.split("\n\nOn Selby Point")[0]  # the story, then "In the real world, …"
    text = left + "\n\n" + " ".join(f"The harbour board met on day {n} and approved it." for n in range(30))
    claims = Analyzer(model="lexicon", frames=False).analyze(text).claims
    detector = FrameDetector()
    assert detector.decode(claims)[0][:5] == [None, 0, 0, None, None]
    assert detector._view_of.cache_info().currsize < 10


_MILL = ("Here's a counterfactual news story about a paper mill.\n\n"
         "Had the Corby paper mill stayed open in 2015, the town's high street would have looked very "
         "different. Its four hundred workers would have kept spending in the shops. The mill ran two shifts "
         "through the downturn. When the council counted empty shops in 2019, there were none.\n\n"
         "In reality, the mill closed in May 2015 after its owner moved production abroad. The council "
         "argued at the time that the site was better suited to housing. Most of the workers have since "
         "found jobs in the warehouses by the motorway.\n\n"
         "Back in the alternative timeline, the mill became a training site for apprentices. Two of them "
         "went on to start a recycling firm.")


def test_the_rest_of_a_paragraph_that_turned_to_the_real_world_stays_outside():
    assigned = _decoded(_MILL)
    assert assigned[3:5] == [0, 0]
    # a paragraph opened by "In reality, …" is real to its end (mid-paragraph, the story may go on: see
    # test_counterfactual_news_goes_on_after_a_turn_to_the_real_world)
    assert assigned[5:8] == [None, None, None]
    assert assigned[8:] == [0, 0]  # "Back in the alternative timeline, …" goes back in
    # going back inside the same paragraph ends the aside there
    joined = _MILL.replace("motorway.\n\nBack in", "motorway. Back in")
    assert _decoded(joined)[5:] == [None, None, None, 0, 0]


def test_a_year_named_as_a_baseline_dates_no_background():
    text = ("It is 2050. Mean high water at Aldwick is 31 centimetres above its 2020 level. "
            "The bridge was last overhauled in 2008.")
    claims = Analyzer(model="lexicon", frames=False).analyze(text).claims
    detector = FrameDetector()
    views = [detector._view_of(c.text) for c in claims]
    state = _State.opened(0, views[0], claims[0].text)
    assert state.year == 2050
    baseline = stay_features(claims, views, 1, state)
    assert "baseline_year" in views[1].hits and not baseline["year_before"] and "year" not in baseline
    assert stay_features(claims, views, 2, state)["year_before"] == 1.0  # a date in the real past


def test_a_lead_dated_ahead_keeps_its_article_on_weaker_evidence_as_an_announced_one_does():
    text = ("The Last of the Ice: Alps Lose Their Final Glacier\n\n"
            "Scientists confirm the remnant of the Great Aletsch has stopped flowing\n\n"
            "By Mirjam Zurbriggen\n\n"
            "BRIG, Switzerland, September 3, 2060 — For the first time since the last Ice Age, the Alps "
            "no longer have a single living glacier.\n\n"
            "Researchers from the Swiss glacier monitoring network announced on Wednesday that the final "
            "patch of the Great Aletsch Glacier did not move at all this summer. Without flow, it no longer "
            "meets the scientific definition of a glacier. What remains has been reclassified as dead ice.")
    claims = Analyzer(model="lexicon", frames=False).analyze(text).claims
    params = load_frame_params()
    state = _State.opened(3, FrameDetector()._view_of(claims[3].text), claims[3].text)
    assert state.dated and state.whole_text
    assert FrameDetector(params=params).decode(claims)[0][4] == 3
    plain = {**params, "stay": {**params["stay"], "announced_margin": 0.0}}
    assert FrameDetector(params=plain).decode(claims)[0][4] is None


def test_a_rule_line_under_a_preface_does_not_end_the_text_it_hands_over():
    text = ("Here's a hypothetical CNN-style report on a magnitude 9.0 earthquake striking Tokyo.\n\n"
            "---\n\n"
            "Magnitude 9.0 earthquake strikes near Tokyo\n\n"
            "Tokyo (CNN) — A magnitude 9.0 earthquake struck off the coast near Tokyo on Wednesday. "
            "At least 1,140 people have been confirmed dead.\n\n"
            "---\n\n"
            "In reality, no such earthquake has happened.")
    # the frame the preface opened is weighed under the rule; the later rule ends it
    weighed = _weighed(text)
    assert {i for i, o in weighed if o == 0} >= {2, 3, 4}
    assert all(i < 5 for i, _ in weighed)

_READ_AS_A_READER = {
    # a disclaimer under a preface, before any of the story, is a note about the preface (its
    # headline after the disclaimer is still missed)
    "disclaimer-under-preface": (
        "Below is a speculative analysis of a hypothetical scenario in which the canal closes. "
        "No such closure has taken place.\n\n"
        "Shipping rates soar as canal stays shut\n\n"
        "LONDON — Freight rates rose for a third week on Wednesday. Insurers withdrew cover for "
        "ships in the region. Ports in the south filled with idle vessels.",
        [0], [False, False, None, True, True, True]),
    # once some of the story is told, the same disclaimer ends it
    "disclaimer-after-story": (
        "Below is a speculative analysis of a hypothetical scenario in which the canal closes.\n\n"
        "Freight rates rose for a third week on Wednesday. Insurers withdrew cover for ships. "
        "No such closure has taken place. Ports in the south are busy this week.",
        [0], [False, True, True, False, False]),
    # a worst case named as the subject says what happens in it
    "worst-case-subject": (
        "Failure of the national grid\n\n"
        "A complete loss of the grid has never happened here.\n\n"
        "The reasonable worst-case scenario is a total shutdown of the grid during winter. "
        "Power is lost everywhere at 17:30 on a weekday in January. "
        "Mobile networks degrade within hours as batteries at masts run down. "
        "Hospitals keep running on standby generators.",
        [2], [False, False, False, True, True, True]),
    # a year after this release's, told from a later one, is the story's own history
    "year-still-to-come": (
        "EDINBURGH, SPRING 2031\n\nIt is a year since the new flag went up over the parliament. "
        "The mood in the capital is watchful. Voters chose to leave the union in the referendum of "
        "2029, and the count took two days. The first year has been kinder than critics warned.",
        [0], [False, True, True, True, True]),
    # a what-if title over a case set up a few lines below leaves the opening to the case
    "what-if-title-over-a-case": (
        "What if the Moon vanished?\n\n"
        "The Moon has circled the Earth for billions of years. One way to see how much it matters "
        "is to imagine it gone. Suppose that tonight the Moon simply disappeared. The first thing "
        "anyone would notice is the darkness. Nights would be far blacker.",
        [3], [False, False, False, False, True, True]),
}


@pytest.mark.parametrize(("text", "openers", "framed"), _READ_AS_A_READER.values(), ids=_READ_AS_A_READER)
def test_documents_are_framed_as_a_reader_frames_them(text, openers, framed):
    # ``framed`` holds None where the test asserts nothing (a headline the detector still misses)
    doc = _ANALYZER.analyze(text)
    assert [f.sentence for f in doc.frames] == openers
    got = [c.frame is not None for c in doc.claims]
    assert [g if f is not None else None for g, f in zip(got, framed, strict=True)] == framed


@pytest.mark.parametrize("text, i, definition", [
    # the cue in the subject: what happens in the scenario, not what a term means
    ("The reasonable worst-case scenario is a total shutdown of the grid. Power is lost at 17:30.", 0, 0.0),
    # the cue in the predicate: a term defined, not a scenario told
    ("A 'dark winter' is a hypothetical scenario in which the grid fails for weeks. The term is used "
     "by planners.", 0, 1.0),
])
def test_a_definition_holds_its_cue_in_the_predicate(text, i, definition):
    claims = Analyzer(model="lexicon", frames=False).analyze(text).claims
    detector = FrameDetector()
    views = [detector._view_of(c.text) for c in claims]
    assert opener_features(claims, views, i, detector.patterns_)["definition"] == definition


# -- rules read alone -------------------------------------------------------------

_RULES = {p.id: p for p in load_frame_patterns()}

RULES = [
    # (rule id, sentence, whether it fires)
    ("conditional-open", "If the dam gave way during the melt, the town would flood.", True),
    ("conditional-open", "Were the bill to pass, taxes would rise.", True),
    ("conditional-open", "If so, the plan fails.", False),
    ("conditional-open", "Should the city build a stadium, or a school?", False),
    ("conditional-open", "The town would flood if the dam gave way.", False),
    ("counterfactual-had", "Had the team beaten Portugal, it would have qualified.", True),
    ("counterfactual-had", "Had you heard of him before?", False),
    ("counterfactual-had", "Had the duke's barges crossed in 1588, the news might have read so.", True),
    ("argues", "Searle asserts that there is no difference.", True),
    ("argues", "Therefore, he argues, it follows.", True),
    ("argues", "Then, reasons Smoluchowski, the velocity is small.", False),
    ("argues", "Newspapers across Europe called the games a thaw.", False),
    ("said-tail", "The bridge will close tonight, a council spokesman said.", True),
    ("back-to-now", "Today, the motorway carries 140,000 vehicles a day.", True),
    ("back-to-now", "The motorway is empty today.", False),
    ("real-thing", "The base last faced a real storm of that strength in 1987.", True),
    ("real-thing", "Real estate prices rose, and a real estate agent sold the house.", False),
    ("other-scenario", "In another scenario, the ash drifts west.", True),
    ("meta-this-is", "This is the most comprehensive analysis ever of the risk.", True),
    ("general-law", "New roads tend to fill up with traffic.", True),
    ("general-law", "Some collisions will tend to slow the particle.", False),
    ("future-year-lead", "In 2040, the city banned private cars.", True),
    ("future-year-lead", "By 2040, the city will ban private cars.", False),
    ("future-year-lead", "In 2019, the city banned private cars.", False),
    ("founded-in", "Congestion charges were first introduced in the city in 2003.", True),
    ("definition", 'Searle calls the first position "strong AI".', True),
    ("definition", "Newspapers across Europe called the games a thaw.", False),
    ("said", "Professor Ana Ruiz, head of the institute told the paper that the risk is low.", True),
    ("exercise-mention", "The team built a scenario with an advanced enemy.", True),
    ("scenario-built", "The brigade constructed a different type of scenario with a mobile enemy.", True),
    ("scenario-built", "Under the scenario, the brigade constructed a bridge.", False),
    ("it-implies", "It implies that no government would ever reform the chamber.", True),
    ("it-implies", "The survey implies nothing about the vote.", False),
    ("we-reason", "But we also have to take into consideration the friction.", True),
    ("we-reason", "Suppose we have a source of electrons.", False),
    ("equation", "Event Day (E) = day the virus arrives in the country.", True),
    ("equation", "The score was 2-1 after extra time.", False),
    ("definition", "A large eruption would classify the caldera as a supervolcano.", True),
    ("definition", "This means that the frame has ended.", True),
    ("definition", "The mayor has ordered an evacuation, that means a million people.", False),
    ("meta-the", "The exercise began on Monday.", True),
    ("meta-the", '"The simulation is that the group has struck three cities at once.', False),
    ("definite-generic", "A thought experiment is an imaginary scenario designed to test a principle.", True),
    ("definite-generic", "A stress test is a hypothetical scenario in which regulators test a bank.", False),
    ("general-law", "Nothing is special here: according to quantum mechanics the state is the same.", True),
    ("other-scenario", "In another scenario, the wind blows west.", True),
    ("conclusion", "Hence, the only force acting on the ball is its weight.", True),
    ("conclusion", "Hence, he left the room.", False),
    ("restate", "In other words, motion and height trade places.", True),
    ("restate", "He said it again in other words.", False),
    ("definition", "In other words, motion and height trade places.", False),
    ("stative", "A record of even lower water exists in the town archive.", True),
    ("stative", "The barges stopped running in August.", False),
    ("stative", '"The desktop belongs to people who make things," she said.', False),
    ("stative", 'She called it "proof that the desktop belongs to people who make things."', False),
    ("quote-open", 'She asked us to imagine that "neural memory surgeons" could copy a mind.', False),
    ("quote-open", 'He told us that "we will not give up this fight" and left.', True),
    ("in-the-game", "In this scenario, the port is closed.", True),
    ("in-the-game", "In this version of history, safety rules change more slowly.", True),
    ("in-the-game", "Towns prepare for the risks highlighted in the scenario.", False),
    ("hypothetical-setting", "In this imagined second term, the president moved quickly.", True),
    ("hypothetical-setting", "During its fictional first season, the club won every match.", True),
    ("hypothetical-setting", "Three years into Anna Berg's hypothetical second term, she is tired.", True),
    ("world-where", "In a speculative future where the canal was never built, the town is poor.", True),
    ("world-where", "We want to live in a future where every child can swim.", False),
    ("hypothetical-setting", "In the imagined question, voters chose the mayor.", False),
    ("hypothetical-setting", "He imagined a second term in office.", False),
    ("future-dateline", "WASHINGTON, Jan. 21, 2031 — The president took the oath.", True),
    ("future-dateline", "SAN JUAN, Puerto Rico, Sept. 9, 2040 -- A storm hit the island.", True),
    ("future-dateline", "WASHINGTON, Jan. 21, 2024 — The president took the oath.", False),
    ("future-dateline", "He said, 2031 — not sooner.", False),
    ("imperative-imagine", "For the sake of argument, suppose the bridge closed tomorrow.", True),
    ("imperative-imagine", "Consider the following scenario: the bridge closes tomorrow.", True),
    ("imperative-imagine", "Let's play out a scenario.", True),
    ("imperative-imagine", "For the sake of argument, the committee voted again.", False),
    ("imperative-imagine", "Imagine the surprise of the residents when the river rose overnight.", False),
    ("imperative-imagine", "Say what you will about the plan, it is cheap.", False),
    ("imperative-imagine", "Assume the worst, the minister told reporters.", False),
    ("years-from-now", "Twenty years from now, the bridge is gone.", True),
    ("years-from-now", "A decade from now, commuters cross by ferry.", True),
    ("years-from-now", "Ten years from now, most cars will be electric.", False),
    ("years-from-now", "Twenty years ago, the bridge was new.", False),
    ("future-day-lead", "On March 3, 2035, the council closed the bridge.", True),
    ("future-day-lead", "One morning in 2038, the river rose over the wall.", True),
    ("future-day-lead", "On March 3, 2015, the council closed the bridge.", False),
    ("future-day-lead", "On March 3, 2035, the council will close the bridge.", False),
    ("this-is-fiction", "This story is a work of fiction.", True),
    ("this-is-fiction", "Editor's note: This story is a work of speculative fiction.", True),
    ("this-is-fiction", "What follows is an imagined account of the city in 2040.", True),
    ("this-is-fiction", "The story below imagines the city without its bridge.", True),
    ("this-is-fiction", "The film imagines the city without its bridge.", False),
    ("this-is-fiction", "This story is based on court records.", False),
    ("genre-label", "Alternate history: the city that never built its bridge.", True),
    ("genre-label", "Thought experiment: the city closes its bridge.", True),
    ("genre-label", "Alternate history is a popular genre.", False),
    ("here-is-how", "Here's how it might have unfolded.", True),
    ("here-is-how", "Here is one possible future.", True),
    ("here-is-how", "Here is how the vote unfolded on Tuesday.", False),
    ("counterfactual-had", "Had the bridge never been built, what would the city look like?", True),
    ("counterfactual-had", "Had you heard of the bridge before?", False),
    ("meta-this-is", "This is Galileo's argument for the relativity of motion.", True),
    ("meta-this-is", "This is his bridge.", False),
    ("meta-the", "The hospital's chief executive said the drill exposed gaps in communication.", True),
    ("such-an-exercise", "The hospital runs such an exercise every two years.", True),
    ("such-an-exercise", "No such plan exists.", False),
    ("in-the-game-lead", "In the war game, the blue team lost two supply ships.", True),
    ("in-the-game-lead", "During the simulation, a train derailed outside the station.", True),
    ("in-the-game-lead", "In the game, the Lakers beat the Celtics 112-104.", False),
    ("in-the-game-lead", "During the exercise, firefighters practised evacuating the tower.", False),
    ("future-date", "The year is 2024, and the city still has no light rail.", False),
    ("meta-the", "The fire service said the drill went well.", True),
    ("meta-the", "Officials said the exercise cost about $1.2 million.", True),
    ("scenario-built", "The city held a similar drill in 2016.", True),
    ("scenario-built", "The county staged its first tabletop exercise in March.", True),
    ("scenario-built", "The soldiers held the bridge until dawn.", False),
    ("have-long-said", "Scientists have warned for decades that the glacier could vanish.", True),
    ("have-long-said", "Historians have long debated whether the war was avoidable.", True),
    ("have-long-said", "The philosopher has argued that fiction trains empathy.", False),
    ("have-long-said", "Residents have lived with the floods for years.", False),
    ("imperative-imagine", "Consider the case of Maria Lopez, a nurse who lost her job in March.", False),
    ("imperative-imagine", "Consider the case of a man who wakes up with no memory.", True),
    ("exit-reality", "In the real referendum, Leave won by 52 percent.", True),
    ("exit-reality", "In the real estate market, prices fell.", False),
    ("exit-reality", "In reality, both airlines had withdrawn the type in 2003.", True),
    ("in-this-telling", "In the version of events told here, the money did not run out.", True),
    ("in-this-telling", "In the version of events written for the exercise, an ice storm had hit.", True),
    ("in-this-telling", "In the version of events the police gave, the man ran.", False),
    ("future-dateline", "MORONG, Bataan, 3 May 2041 — The plant is sending power.", True),
    ("future-dateline", "MORONG, Bataan, 3 May 2021 — The plant is idle.", False),
    ("not-real-note",
     "You can finish it yourself, and the point of telling it is that it hasn't happened.", True),
    ("not-real-note", "The trouble is that it has happened before.", False),
    ("pathway-label", "Narrative 1: Managed adaptation", True),
    ("pathway-label", "Vignette 1: The emptied canal, 2038", True),
    ("pathway-label", "Narrative arcs: how the show was built", False),
    ("scenario-began", "The scenario starts in late January, when a child comes home infectious.", True),
    ("scenario-began", "That path starts in the autumn of 2025 with a slump in property values.", True),
    ("scenario-began", "The path starts at the car park and climbs to the ridge.", False),
    ("purpose-imagine",
     "To see the distinction at work, we will follow Ilse, who runs a small ski area.", True),
    ("fictional-place",
     "The second vignette is a diary kept by an imagined water engineer in Chennai.", True),
    ("fictional-place", "He lashed out over an imagined slight.", False),
    ("hypothetical-term-for",
     "Since she took the oath for a fifth, imagined term as chancellor, the pace has quickened.", True),
    ("hypothetical-term-for", "She asked for a hypothetical figure.", False),
    ("in-this-telling",
     "COLÓN, 16 November 1889 — In the version of events told here, the money did not run out.", True),
    ("call-her", "Let's call her Dani, and let's say she starts work this September.", True),
    ("call-her", "Let's call it what it is.", False),
    ("example-take", "For this example, take a delivery van of mass 2,400 kg travelling at 25 m/s.", True),
    ("example-take", "For example, take the bus.", False),
    ("following-facts", "The following facts are agreed for the purposes of the moot.", True),
    ("following-facts", "The following facts are known about the crash.", False),
    ("future-diary", "We asked her to keep the diary of a hop farmer for the summer of 2058.", True),
    ("future-diary", "She kept a diary in the summer of 2008.", False),
    ("takes-us-to", "The first scenario takes us to the spring of 2031, after a third failed harvest.", True),
    ("takes-us-to", "The tour takes us to the spring of 1968.", False),
    ("year-in-which", "The second scenario describes a 2031 in which the supply scare is over.", True),
    ("year-in-which", "The loan runs to 2031, in which year it is repaid.", False),
    ("closing-note", "No oxygen has been found, and the results described above are invented.", True),
    ("closing-note", "Editor's note: The events in this report are imagined.", True),
    ("closing-note", "This article is an exercise in speculative science writing.", True),
    ("closing-note", "The results described above were confirmed by a second team.", False),
    ("closing-note", "This article has been updated to correct the date of the vote.", False),
    ("not-real-note", "That is not, of course, how the night ended.", True),
    ("not-real-note", "That is how the night ended.", False),
    ("invented-note",
     "Dani is made up, but every number I've just given you comes from our own modelling.", True),
    ("invented-note",
     "The farmer and her neighbours are invented; the weather is drawn from projections.", True),
    ("invented-note", "The telephone was invented in 1876.", False),
    ("invented-note", "The game was invented by a teacher.", False),
    ("equation", "Event Day (E) = day flu arrives", True),
    ("equation",
     "During that time the van keeps its speed, so it covers 25 × 1.2 = 30 m before braking starts.", False),
    ("in-the-game", "On the wet surface in this example, μ is 0.5.", True),
    ("in-the-game",
     "On the second day of the scenario, power came back to the eastern half of the city.", True),
    ("in-the-game", "On the second day of the trial, the judge was taken ill.", False),
    ("past-perfect-main", "By the third night the supply ship had been struck by a cruise missile.", False),
    ("past-perfect-main", "The supply ship had been struck by a missile in 1982.", True),
    ("belongs-to-timeline",
     "This report belongs to a made-up timeline, one in which Rutte led the VVD into the election.", True),
    ("belongs-to-timeline", "This report belongs to a series on housing.", False),
    ("on-the-premise",
     "A text generator produced it on the instruction that Gassée accepted Apple's final offer.", True),
    ("on-the-premise",
     "This is a work of speculative fiction, written on the premise that the government was returned.", True),
    ("on-the-premise", "The loan was made on the assumption that prices would rise.", False),
    ("told-to-carry-on-as-though",
     "A model was given the score and told to carry on as though he had converted a match point.", True),
    ("told-to-carry-on-as-though", "He was told to act as though nothing had happened.", False),
    ("future-day-lead",
     "Shortly after midnight on a Tuesday in July 2043, the thermometer still reads 41C.", True),
    ("future-day-lead", "Shortly after midnight on a Tuesday in July 2013, the thermometer read 41C.", False),
    ("fictional-place",
     "Planners wrote the exercise around a fictional late-season wildfire that starts in dry grass.", True),
    ("runs-the-tape",
     "Lula won in October 2022, but this piece runs the tape the other way: Bolsonaro wins.", True),
    ("runs-the-tape", "The station runs the film every Christmas.", False),
    ("scenario-pictures",
     "Our first scenario, Silver Commons, pictures a country in 2040 where people work longer.", True),
    ("scenario-pictures",
     "A second scenario, Quiet Towns, follows what happens if the country leaves care to the market.", True),
    ("scenario-pictures", "The future follows the past.", False),
    ("imagines-a-year", "Finally, Hard Shoulders imagines a 2040 shaped by a deep fiscal crisis.", True),
    ("imagines-a-year", "She imagines a 2020 recovery.", False),
    ("puzzle-takes", "In its usual modern form, the puzzle takes a wooden ship moored in a harbour.", True),
    ("puzzle-takes", "The puzzle takes hours to solve.", False),
    ("term-in-reality",
     "Macron's third term at the Élysée, something the reform would in reality rule out, has begun.", True),
    ("term-in-reality", "Her third term began in 2019.", False),
    ("described-case", "A hungry donkey stands exactly halfway between two bales of hay.", True),
    ("described-case", "A Roth IRA is funded with money that has been taxed.", False),
    ("described-case", "A dilemma is a choice between two options.", False),
    ("below-pretends",
     "The wait would have ended had one more penalty gone in, and the report below pretends it did.", True),
    ("report-from-the-future",
     "Here's a look ahead: a news report from June 2034, picturing the day a treatment wins approval.", True),
    ("report-from-the-future", "A news report from June 2014 described the flood.", False),
    ("scenario-began",
     "Feynman's version begins with an apparatus small enough to register single molecules.", True),
    ("text-names",
     "Textbooks walk through a session between two bidders, whom this article calls Odile and Pavel.", True),
    ("text-names", "The minister, whom the article calls a reformer, resigned.", True),
    ("case-in", "In the first future, sea level at Saltcote has risen by 35 centimetres since 2020.", True),
    ("case-in", "In the near future, prices will rise.", False),
    ("in-the-game", "Sea level in the second future is the same, but the money never arrives.", True),
    ("made-up-a", "So this week I have made up a couple and walked their finances forward.", True),
    ("made-up-a", "I invented an excuse and left.", False),
    ("according-to-scenario",
     "According to the storyline, a fire had broken out at about 10.40am in the kiln room.", True),
    ("according-to-scenario", "According to the report, a fire had broken out.", False),
    ("future-date",
     "You can't book the trip in this story yet: it is April 2061, and Amal has left the train.", True),
    ("future-date", "The plan was simple: it is 2024 and the rail line is open.", False),
    ("this-is-how", "Here is how I see the afternoon going.", True),
    ("this-is-how", "Here is how I see the problem.", False),
    ("built-around", "The exercise was built around a coach that mounts the kerb shortly after 11pm.", True),
    ("built-around", "The exercise was based on a real flood in 2007.", False),
    ("invented-note",
     "For now, the sleeper Amal rode does not exist, and neither does the floating neighbourhood.", True),
    ("invented-note", "A cure does not exist.", False),
    ("in-this-telling",
     "In our imagined version of the morning, the fire crews arrived six minutes after the call.", True),
    ("genre-label-after", "Microsoft's Yahoo deal, ten years on: an alternate history", True),
    ("genre-label-after", "Microsoft's Yahoo deal, ten years on: a history", False),
    ("closing-note", "This report is counterfactual, written to picture what might have followed.", True),
    ("closing-note",
     "He never reached old age: the painter in these paragraphs belongs to a counterfactual history.", True),
    ("these-paragraphs",
     "He never reached old age: the painter in these paragraphs belongs to a counterfactual history.", True),
    ("closing-note", "This report is based on interviews with 30 growers.", False),
    ("future-day-lead",
     "On a wet morning in March 2045, Rolf Haugen sits in a clinic chair in Bergen.", True),
    ("future-day-lead", "On a wet morning in March 2015, Rolf Haugen sat in a clinic chair.", False),
    ("future-date", "It is a wet Tuesday in November 2040, and Joan Mwangi is making tea.", True),
    ("future-date", "It is a wet Tuesday in November, and the market is quiet.", False),
    ("example-concerns", "Our example concerns Adaeze Nwosu, a market gardener near Ibadan.", True),
    ("example-concerns", "One example concerns the tax on sugar.", False),
    ("let-be", "Let Marlow's share of the seed be a tenth rather than 40 per cent.", True),
    ("let-be", "Let there be light.", False),
    ("let-be", "Let the games begin.", False),
    ("call-her", "To watch this happen, take one basal cell in the skin, and call it cell K.", True),
    ("call-her", "They finished early and call it a day.", False),
    ("case-in",
     "In the first storyline, which the workshops named Common Pipes, the council commits in 2027.", True),
    ("case-in", "In the first half, the team scored twice.", False),
    ("scenario-began", "Their version starts at 11.40 p.m. on a Friday in late July.", True),
    ("example-take",
     "For this exercise, we will change a single fact: the English line holds until dark.", True),
    ("example-take", "For this exercise, we will need pencils.", False),
    ("humour-me", "Humour me for a few paragraphs and put the pen in his hand.", True),
    ("humour-me", "The humour meant little to him.", False),
    ("that-never-was",
     "Our correspondent files from a Quebec that never was: one in which the Yes side won.", True),
    ("that-never-was", "What follows is a speculative account of a presidency that never happened.", True),
    ("that-never-was", "The deal that never was has cost the firm dearly.", False),
    ("version-here",
     "Or so it goes in the version of 7 July 1974 reconstructed here, in which the Dutch hold on.", True),
    ("version-here", "The version of the song released here was shorter.", False),
    ("centres-on-named",
     "Jackson's case centres on a neuroscientist named Mary, who has spent her life in a room.", True),
    ("centres-on-named", "The case centres on a contract signed in 2019.", False),
    ("invented-note", "Joan is an invention, but nothing in her day is.", True),
    ("invented-note",
     "The drug in that scene is, however, what a handful of laboratories are trying to build.", True),
    ("invented-note", "The printing press was an invention of the fifteenth century.", False),
    ("invented-note", "The telephone was invented in 1876.", False),
    ("past-century", "Hobbes discussed the puzzle in the seventeenth century.", True),
    ("past-century", "Mills closed in the mid-19th century.", True),
    ("past-century", "The twenty-first century began with a recession.", False),
    ("game-lead", "In the game, an unnamed adversary attacks tankers on the first day.", True),
    ("game-lead", "During the drill, firefighters practised rescues from the tower.", False),
    ("in-the-game-lead", "More than 300 staff took part in the exercise, officials said.", False),
    ("according-to-records", "The Navy has 15 fleet oilers, according to its website.", True),
    ("according-to-records", "According to the plan, the blue team attacked at dawn.", False),
    ("has-since-year", "The Fed has raised rates eleven times since 2022.", True),
    ("has-since-year", "The town has been rebuilt since 1990.", True),
    ("has-since-year", "Since 2041, the city has rationed water.", False),
    ("has-since-year", "The bridge opened in 2022.", False),
    ("experts-call-this", "Economists call this a virtuous circle.", True),
    ("experts-call-this", "The mayor called it a triumph.", False),
    ("alternate-timeline", "In an alternate 2016, the council rejected the ring road.", True),
    ("in-this-what-if", "In this what-if, the quarrel begins not over dairy but over lumber.", True),
    ("in-this-what-if", "The panel discussed the what-if question at length.", False),
    ("world-where", "Envisioning a future in which the agency has closed, the report counts the cost.", True),
    ("future-date", "It is the summer of 2032.", True),
    ("future-date", "The date is March 3, 2036.", True),
    ("story-set-in", "Our story begins in 2040.", True),
    ("story-set-in", "Our story begins in 1990.", False),
    ("scenario-is", "The premise is simple: the council rejects the ring road.", True),
    ("imperative-imagine", "Consider a hypothetical: the council rejects the ring road.", True),
    ("this-is-fiction", "This speculative piece imagines the city in 2040.", True),
    ("here-is-how", "Here is what 2040 could look like.", True),
    ("here-is-how", "Here is what the report said.", False),
    ("past-perfect-main", "Gore had served as vice president for eight years.", True),
    ("past-perfect-main", "The Senate had voted 67 to 33 to approve the treaty the week before.", False),
    ("past-perfect-main", "Within two years, utilities had cut emissions by 8 percent.", False),
    ("past-perfect-main", "Within forty minutes the fire had crossed the ridge.", False),
    ("past-perfect-main", "Within the city the fire had destroyed 90 homes.", True),
    ("reported-imagine", "Salviati asks his companions to picture two stones released from a tower.", True),
    ("reported-imagine", "In their filing, they asked the court to imagine the city after a ban.", False),
    ("exercise-set-in", "The war game was set in the spring of 2031, in a crisis between two states.", True),
    ("exercise-set-in", "The scenario is set in 2035, after a decade of drought.", True),
    ("exercise-set-in", "The game was set in 1920s Paris and sold well.", False),
    ("exercise-set-in", "The exercise was set up in a hangar at the airport.", False),
    ("advanced-the-scenario", "After a discussion, facilitators advanced the scenario to 19:00.", True),
    ("advanced-the-scenario", "The controllers then moved the clock forward 72 hours.", True),
    ("advanced-the-scenario", "The bank moved the meeting to Monday.", False),
    ("closing-note-self", "Editor's note: this report imagines the opening day as it might have been.", True),
    ("closing-note-self", "The report imagined by the committee was never written.", False),
    ("writer-weighs-it", "I would like to tell you that this is a safe prediction.", True),
    ("writer-weighs-it", "This is not science fiction.", True),
    ("writer-weighs-it", "\"This is not science fiction,\" she said.", False),
    ("writer-weighs-it", "The forecast is for rain on Sunday.", False),
    ("text-pictures", "This piece pictures a France Télécom that began licensing its terminals.", True),
    ("text-pictures", "This article includes pictures of the flood.", False),
    ("closing-note-this-is", "This is a fictional news report: no mantle rock has yet been drilled.", True),
    ("closing-note-this-is", "This is a hypothetical question, the judge said.", False),
    ("recommends", "The department should hold a strategic reserve equal to four weeks of demand.", True),
    ("recommends", "Underwriters should ask operators for voyage plans.", True),
    ("recommends", "This additional force should cause the train to be heavier.", False),
    ("recommends", "The crew should have turned back at the ridge.", False),
    ("recommends", "\"Councils should plan for this,\" she said.", False),
    ("scenario-in", "In Storyline A, named Slow Thaw by the workshop, emissions fall steeply.", True),
    ("scenario-in", "In storyline terms the film is thin.", False),
    ("scenario-is", "Empty Basins, the second storyline, assumes that emissions keep rising.", True),
    ("scenario-pictures", "The contrasting scenario pictures 2045 after two decades of open trade.", True),
    ("scenario-pictures", "The scenario pictures 45 people in a hall.", False),
    ("future-dateline-line", "NAIROBI, 2047", True),
    ("future-dateline-line", "NAIROBI, 2024", False),
    ("future-date-lead", "A 7.9 earthquake struck Wellington at 4.12am on Tuesday 11 June 2058.", True),
    ("future-date-lead", "Talks opened on a deal due to start on 1 January 2031.", False),
    ("future-date-lead", "The store opened on 3 May 2024.", False),
    ("genre-label", "Speculative: Two astronauts step onto the Moon near its south pole", True),
    ("genre-label", "Speculative bubbles burst.", False),
    ("exercise-set-in", "The scenario is set at a bulk chlorine store on an industrial estuary.", True),
    ("exercise-set-in", "The exercise was set at Heathrow.", False),
    ("in-this-telling", "In the version most often sketched, Halifax accepts on 9 May.", True),
    ("exercise-fact", "The exercise was held at the port in May.", True),
    ("exercise-fact", "The gas is held as a pressurised liquid in tanks.", False),
    ("meta-the", "The scenario is set at a bulk chlorine store on an estuary.", False),
    ("meta-the", "The scenario was one of five the agency tested.", True),
    ("past-perfect-main", "In October 2024, the EU had imposed duties on electric cars.", True),
    ("past-perfect-main", "By 2019, the firm had lost half its staff.", True),
    ("past-perfect-main", "The monitor had logged almost no mites since February.", False),
    ("in-the-game", "In this telling, the first machines shipped in 1976.", True),
    ("in-the-game", "In the assumption, vaccine becomes available in the nineteenth week.", True),
    ("in-the-game", "Telling the story took him years.", False),
    ("this-is-fiction", "Editor's note: The following dispatch is imagined.", True),
    ("this-is-fiction", "The following dispatch arrived from Oslo.", False),
    ("this-is-fiction", "_Editor's note: This story is a work of fiction.", True),
    ("future-dateline", "HOLBÆK, Denmark, 12 January 2038 — The town baths reopened on Tuesday.", True),
    ("future-dateline", "SÃO PAULO, 3 May 2040 — Rain fell all day.", True),
    ("future-dateline", "SÃO PAULO, 3 May 2020 — Rain fell all day.", False),
    ("future-dateline-line", "ÅLESUND, 2047", True),
    ("future-dateline-line", "Ålesund, 2047", False),
    ("dateline", "SÃO PAULO — Rain fell all day.", True),
    ("dateline", "Ålesund — the town — is small.", False),
    ("in-this-telling", "In this version of 1992, the leaders put the break-up to a vote.", True),
    ("in-this-telling", "In this version of the 1960s, the canal was finished.", True),
    ("in-this-telling", "In this version of Windows, the start menu is gone.", False),
    ("counterfactual-had",
     "Had the directors of Vienna's General Hospital taken his side in 1849, the papers might have said so.",
     True),
    ("closing-note-this-is", "_Editor's note: This is a piece of alternate history.", True),
    ("closing-note-this-is", "This is a work of fiction.", True),
    ("closing-note-this-is", "This is a piece of history.", False),
    ("closing-note-this-is", "It was a work of fiction, the court found.", False),
    ("definite-generic", "Alternate history is a genre of fiction.", True),
    ("definite-generic", '"That is the kind of change you can only see if you come back," she said.', False),
    ("definite-generic", "It was the sort of day you remember.", False),
    ("genre-label", "[Alternate history, told as a news report: in this version the ship stays up.]", True),
    ("genre-label", "*A counterfactual news report, imagining that planners spared the rivers.*", True),
    ("genre-label", "Alternate history, a genre of fiction, asks what if.", False),
    ("below-pretends", "Many ask what would have followed, and the report below sketches one answer.", True),
    ("below-pretends", "The report below summarises the findings.", False),
    ("not-happened-yet", "This is a race that has not been run yet: the marathon of 27 May 2054.", True),
    ("not-happened-yet", "This is a record that has not been broken yet, and the 2030 target stands.", False),
    ("not-happened-yet", "This is a final that has not been played yet.", False),
    ("scenario-pictures", "Scenario 2 pictures a Europe in which the cycling boom runs out of road.", True),
    ("scenario-pictures", "Scenario B explores what happens if rates rise.", True),
    ("scenario-pictures", "The scenario it pictures a lot is grim.", False),
    ("about-exercise", "The war game ended on Friday.", True),
    ("about-exercise", "Tokyo opens the first Olympic Games in Asia.", False),
    ("exercise-fact", "The organisers said 300 volunteers took part in the drill.", True),
    ("exercise-fact", "The Games opened before a crowd the organisers put at 95,000.", False),
    ("offer-more", "Let me know if you'd like a follow-up piece on the auction.", True),
    ("offer-more", "If you'd like, I can rewrite this for your own town.", True),
    ("offer-more", "Want me to write a companion piece from a Paris paper?", True),
    ("offer-more", "I can expand any of these items into a full story.", True),
    ("offer-more", "If you want to try the trick at home, expect some failures.", False),
    ("offer-more", "If you like, I could show you the harbour.", False),
    ("offer-more", "\"Let me know if you need anything,\" the nurse said.", False),
    ("offer-more", "I could write to her every day.", False),
    ("figures-from-model", "Those figures come from a model, but the weak points are real.", True),
    ("figures-from-model", "The figures came from the ministry on Tuesday.", False),
    ("scenario-had", "The scenario, written by the sheriff's office, had an armed man walk in.", True),
    ("scenario-had", "The exercise scenario involved a magnitude 7 quake under the city.", True),
    ("scenario-had", "The scenario had a 1-in-200 annual probability.", False),
    ("case-opens-on", "This year's adverse scenario begins in the first quarter of 2025 with a shock.", True),
    ("case-opens-on", "The exercise began at 9 a.m. with a briefing.", False),
    ("worst-case-is", "5.3 The reasonable worst case for Brenmouth is a tidal surge in January.", True),
    ("worst-case-is", "5.1 A reasonable worst case is a scenario that is severe but plausible.", False),
    ("worst-case-is", "The reasonable worst case is a planning assumption, not a prediction.", False),
    ("case-label", "Case 1 (Switch).", True),
    ("case-label", "Case 3 (Smith v. Jones).", False),
    ("scenario-in", "In the Delayed Transition storyline, the rest of this decade is one of drift.", True),
    ("in-this-future", "In this future, the cities win.", True),
    ("in-this-future", "In the future, the cities will win.", False),
    ("heres-a-fictional", "Here's a mock front-page story for your history class, written as if:", True),
    ("heres-a-fictional", "Here's a scenario-style news report for your newsletter.", True),
    ("heres-a-fictional", "Here's a mock-up of the new station.", False),
    ("future-dateline", "JEZERO CRATER, Mars — August 9, 2050 — A human being was born on Mars.", True),
    ("future-dateline", "JEZERO CRATER, Mars — August 9, 2021 — The rover drilled a core.", False),
    ("asks-to-imagine", "Nozick asks the reader to suppose that a machine has been built.", True),
    ("asks-to-imagine", "Salviati invites his companion to shut himself up in the cabin.", True),
    ("asks-to-imagine", "The mayor asked residents to conserve water.", False),
    ("let-it-be", "Let the elevator cable on Earth snap, so that the car falls freely.", True),
    ("let-it-be", "Now let each player pick a door.", True),
    ("let-it-be", "Let the games begin.", False),
    ("let-it-be", "\"Let the people decide,\" he said.", False),
    ("story-sets-in", "The best-known paradox sets Achilles in a race against a tortoise.", True),
    ("story-sets-in", "The story sets out the facts in a clear way.", False),
    ("consider-a", "Consider an observer shut inside a windowless elevator car.", True),
    ("consider-a", "Consider a recent report by the bank.", False),
    ("event-is-set-on", "The event is set on a late-October afternoon at the end of a dry season.", True),
    ("event-is-set-on", "The story is set in a small town in Ohio.", False),
    ("script-casts", "The script casts Varnland, an invented state, as a military government.", True),
    ("script-casts", "The director cast Varnland's best actors.", False),
    ("case-opens-on", "The storyline opens in the late 2020s, when trade disputes multiply.", True),
    ("encyclopedic", "The Gulf Stream is a fast, warm ocean current.", True),
    ("encyclopedic", "The flood is a fast, dangerous surprise.", False),
    ("heres-a-fictional", "He never won — he died in 1980 — but here's an imagined article about it:", True),
    ("heres-a-fictional", "He died in 1980, but here's the article he wrote that year.", False),
    ("future-dateline", "EDINBURGH, Sept 19, 2031 (Reuters) - Scotland voted to leave the UK.", True),
    ("future-dateline", "EDINBURGH, Sept 19, 2021 (Reuters) - Scotland voted to stay.", False),
    ("future-dateline", "LAKEPORT, Ore. (Nov. 5, 2031) — Voters made history on Tuesday.", True),
    ("future-dateline", "LAKEPORT, Ore. (Nov. 5, 2021) — Voters made history on Tuesday.", False),
    ("imperative-imagine", "Take a tunnel, pump the air out, and pretend it is frictionless.", True),
    ("imperative-imagine", "He smiled, and say what you like, it worked.", False),
    ("as-imagined-it-might", "You will hear the news, as our curators imagine it might sound in 2100.", True),
    ("as-imagined-it-might", "As you can imagine, it was hard.", False),
    ("scenario-in", "In his scenario, the government of China is converted to functionalism.", True),
    ("case-opens-on", "A scenario of this kind typically begins with a large flare on the Sun.", True),
    ("case-opens-on", "A scenario of this kind is rare.", False),
    ("case-supposes", "The usual illustration supposes a single technological species.", True),
    ("case-supposes", "The scenario assumes two consecutive dry winters across the catchment.", True),
    ("case-supposes", "The drill imagines a magnitude 7.3 earthquake beneath southern Tokyo.", True),
    ("case-supposes", "The bank's model assumes that rates stay high.", False),
    ("in-an-illustration", "In a typical illustration, the cascade begins with a single accident.", True),
    ("in-an-illustration", "For example, prices rose.", False),
    ("story-to-show", "Here's a little story to show how it works.", True),
    ("story-to-show", "Here's a story about my grandmother.", False),
    ("which-we-call", "Take a valve maker in the Midlands, which we'll call Harwell Components.", True),
    ("which-we-call", "It is a hard thing, which we will call a day.", False),
    ("future-dateline", "PORT MERIDIAN, off Viti Levu, Fiji, July 24, 2048 — The flame crossed.", True),
    ("future-date-line", "MARCH 14 2034", True),
    ("future-date-line", "Wednesday, 6 December 2051", True),
    ("future-date-line", "MARCH 14 2024", False),
    ("future-date-line", "The plan runs to March 14 2034.", False),
    ("in-an-illustration", "In the usual version, a scientist removes a person's brain.", True),
    ("in-an-illustration", "In the original version of the bill, taxes rose.", False),
    ("case-supposes", "The incident assumes a 45,000 dwt product tanker discharging at berth.", True),
    ("name-supposed-a", "Molyneux supposed a man who had been born blind.", True),
    ("name-supposed-a", "It was supposed a good idea.", False),
    ("name-supposed-a", "the critic supposed a reader who knew nothing.", False),
    ("supposes-that", "Molyneux supposed a man who had been born blind.", False),
    ("handover", "Here is the match report we would have filed.", True),
    ("handover", "Sure! Here's a Guardian-style piece set in a world without the press:", True),
    ("handover", "He said here is where the bridge will stand.", False),
    ("heres-a-fictional", "Here's a short, entirely invented news story for your class:", True),
    ("heres-a-fictional", "Here's a news-style article on what could happen to rents if tax rose.", True),
    ("heres-a-fictional", "Here is a report about how the vote might play out if turnout collapses.", True),
    ("heres-a-fictional", "Here's an article about what happened to rents after the tax doubled.", False),
    ("heres-a-fictional", "Here's a story about how the town could not agree on a budget.", False),
    ("heres-a-fictional", "Here's a short, sharp report on the mayor's first year.", False),
    ("exercise-fact", "The drill was organised by the county fire service.", True),
    ("exercise-fact", "The exercise was sponsored by the ministry.", True),
    ("exercise-fact", "Blue organised a convoy of grain carriers under its own flag.", False),
    ("exercise-fact", "The mayor sponsored a bill that bans cars on Sundays.", False),
    ("case-opens-on", "The scenario handed to the teams began with a cyberattack on the port.", True),
    ("case-opens-on", "The report handed to the council began with an apology.", False),
    ("scenario-as-follows", "The exercise scenario was as follows.", True),
    ("scenario-as-follows", "The case runs like this:", True),
    ("scenario-as-follows", "The situation is as follows, the minister said, and it is grim.", False),
    ("scenario-as-follows", "The results were as follows.", False),
    ("we-assume-an-event", "For planning purposes, we assume a major flood that closes both bridges.", True),
    ("we-assume-an-event", "We assume a discount rate of 3 percent.", False),
    ("in-an-illustration", "In the usual modern telling, a farmer sells his cow for beans.", True),
    ("in-an-illustration", "In the usual way, the farmer sold his cow.", False),
    ("take-name", "Take two sisters, Ana and Rosa.", True),
    ("take-name", "Take two tablets, morning and evening.", False),
    ("consider-the-following", "Consider the following.", True),
    ("consider-the-following", "Consider the following options for the budget.", False),
    ("real-thing", "In the second quarter, the shock spreads to the real economy.", False),
    ("real-thing", "The real exchange rate fell by a tenth.", False),
    ("real-thing", "The real economy of 1932 was far weaker than this.", False),
    ("pieces-that-follow-imagine", "The vignettes that follow imagine homes in the 2030s.", True),
    ("pieces-that-follow-imagine", "The narrative that follows is told from the vantage point of 2040", True),
    ("pieces-that-follow-imagine", "The stories that follow are true, and the names are real.", False),
    ("pieces-that-follow-imagine", "He praised the reforms that follow the report.", False),
    ("vantage-point-of-year", "The chapter is written from the standpoint of someone living in 2045.", True),
    ("vantage-point-of-year", "Looking back from 2050, the choices of the 2020s seem small.", True),
    ("vantage-point-of-year", "Looking back from 2020, the choices of the 1990s seem small.", False),
    ("vantage-point-of-year", "The plan is seen from the vantage point of investors.", False),
    ("it-is-next-year", "It is March next year, and the launch has failed.", True),
    ("it-is-next-year", "Imagine it is a year from now.", True),
    ("it-is-next-year", "It is next year's budget that worries the treasurer.", False),
    ("it-is-next-year", "It is expected next year, the minister said.", False),
    ("the-following-problem", "The following problem is designed to test Section 4.A.", True),
    ("the-following-problem", "The following hypothetical illustrates the rule.", True),
    ("the-following-problem", "The following problem arose at the plant on Tuesday.", False),
    ("the-following-problem", "Engineers fixed the following problem: a leaking valve.", False),
    ("principle-holds", "The principle holds whenever opportunity costs differ between producers.", True),
    ("principle-holds", "The ceasefire holds, officials said.", False),
    ("learners-often", "Students often find it counterintuitive, because it cuts against intuition.", True),
    ("learners-often", "Students marched on the ministry on Friday.", False),
    ("place-in-this-book", "Problems at the end of this chapter ask you to work out the gains.", True),
    ("place-in-this-book", "Later in this chapter we return to the island.", True),
    ("place-in-this-book", "At the end of the day, the council agreed.", False),
    ("names-the-example", "That is the pitch, and it is a seductive one.", True),
    ("names-the-example", "This is the core of David Ricardo's argument, published in 1817.", True),
    ("names-the-example", "That is the dream of every farmer in the valley.", False),
    ("names-the-example", "This is the core business of the bank.", False),
    ("please-do", "Before Thursday, please write down the reasons you think this happened.", True),
    ("please-do", "\"Please stay calm,\" the mayor said.", False),
    ("for-reference", "For reference, version 1.0 reached 60,000 monthly users.", True),
    ("for-reference", "The files were kept for reference by the clerk.", False),
    ("narrative-below-year", "The narrative below follows Kelmouth through a night in November 2070.", True),
    ("narrative-below-year", "The story below follows the mayor through the 2020 election.", False),
    ("closing-note", "This letter is an imagined one.", True),
    ("closing-note", "This letter is an appeal to the council.", False),
    ("experts-today", "Child development experts today caution that no app replaces recess.", True),
    ("experts-today", "Experts met today in Geneva.", False),
    ("nobody-knows-what-will", "Of course, nobody knows exactly what schools will look like in 2050.", True),
    ("nobody-knows-what-will", "Nobody knows where the money went.", False),
    ("imperative-imagine", "Close your eyes and imagine you are sitting on a beam of light.", True),
    ("imperative-imagine", "MAYA: Right, so imagine you've got a heap of sand on the table.", True),
    ("imperative-imagine", "Close your eyes and rest for a moment.", False),
    ("heres-how-it-might-have", "Here's how a front page might read on the seventh day of an outage:", True),
    ("heres-how-it-might-have", "Here's how the agreement reads in full.", False),
    ("future-dateline-line", "EDINBURGH, SPRING 2031", True),
    ("future-dateline-line", "EDINBURGH, SPRING 2021", False),
    ("scenario-began", "The exercise story began three weeks before the attack.", True),
    ("scenario-began", "The story began three weeks before the election.", False),
    ("scenario-as-follows", "The basic story goes like this.", True),
    ("scenario-as-follows", "The story goes like this: the mayor resigned in 1953.", False),
    ("given-the-scenario", "Participants were given the following scenario in four timed injects.", True),
    ("given-the-scenario", "Participants were given a questionnaire.", False),
    ("modelled-event-is", "For this assessment, the modelled failure is a piping breach.", True),
    ("modelled-event-is", "The modelled failure rate fell last year.", False),
    ("in-the-reference-sequence", "In the reference sequence, Reactor 2 is operating at full power.", True),
    ("in-the-reference-sequence", "In the reference book, the reactor is described.", False),
    ("described-step-by-step", "The worst case is a seven-day heatwave, described here day by day.", True),
    ("described-step-by-step", "Prices rose day by day, traders said.", False),
    ("heres-the-setup", "So here's the setup, and I want you to really put yourselves in it.", True),
    ("heres-the-setup", "Here's the setup for the final on Sunday at Wembley.", False),
    ("names-the-example", "That is the dilemma in its cleanest form, and it is artificial.", True),
    ("real-thing", "Real crashes are rarely so tidy.", True),
    ("closing-note-this-is", "Note: This is a fictional scenario.", True),
    ("closing-note-this-is", "This is a scenario the council has planned for.", False),
    ("assistant-aside", "I can adjust the tone or add a data box if you'd like.", True),
    ("assistant-aside", "I've assumed you mean Ashford in Kent; let me know if it's another one.", True),
    ("assistant-aside", "I can see the sea from here.", False),
    ("such-an-event-unlikely", "The probability of such a failure is very low.", True),
    ("such-an-event-unlikely", "The probability of rain is low on Tuesday.", False),
    ("heres-a-fictional", "The following is a hypothetical news story about a fictional disaster.", True),
    ("heres-a-fictional", "The following is a statement from the ministry.", False),
    ("future-date-line", "March 2034.", True),
    ("future-date-line", "March 2024.", False),
    ("imperative-imagine", "Close your eyes for a moment and picture the street you live on.", True),
    ("names-the-example", "That's the day we're building for.", True),
    ("names-the-example", "That's the team we're working for.", False),
    ("this-report-describes", "This report looks at how London would cope with a rise of 3 m.", True),
    ("this-report-describes", "This box describes one plausible outcome for a city in the 2080s.", True),
    ("this-report-describes", "This report looks at how London was affected by the 1953 flood.", False),
    ("this-report-describes", "This box describes the method used.", False),
    ("a-parable-i-made-up", "Let me tell you a little parable I made up this week.", True),
    ("a-parable-i-made-up", "The minister said the story was made up.", False),
    ("ask-what-would-have", "It is tempting to ask what autumn would have been like had it rained.", True),
    ("ask-what-would-have", "Officials asked what would have happened to the files.", False),
    ("not-yet-in-the-record", "The District has never declared Stage 4.", True),
    ("not-yet-in-the-record", "No cloud outage of this scale has yet occurred.", True),
    ("not-yet-in-the-record", "The highest stage reached to date was Stage 3.", True),
    ("not-yet-in-the-record", "He has never seen the sea.", False),
    ("not-hypothetical", "Laboratory-acquired infections are not hypothetical.", True),
    ("not-hypothetical", "Documented cases have occurred on several continents.", True),
    ("not-hypothetical", "The question is hypothetical, the minister said.", False),
    ("open-your-eyes", "Okay, open your eyes.", True),
    ("open-your-eyes", "Back to reality.", True),
    ("open-your-eyes", "You open your eyes and the room is white.", False),
    ("not-as-far-fetched", "That picture is not as far-fetched as it sounds.", True),
    ("not-as-far-fetched", "The plan is far-fetched, critics said.", False),
    ("speaker-addresses-audience", "Now, brothers and sisters, I am not telling you that work is bad.", True),
    ("speaker-addresses-audience", "Her friends, she said, had left the city.", False),
    ("heres-a-fictional", "Here's an alternate-history version, as it might have appeared in 1970.", True),
    ("heres-a-fictional", "Here's a speculative look at one shift in an ICU.", True),
    ("heres-a-fictional", "Below is a sample scenario you can adapt.", True),
    ("heres-a-fictional", "Here's a closer look at the budget.", False),
    ("exercise-play-began", "Exercise play began at 07:00 on day one with a flood alert.", True),
    ("exercise-play-began", "Play began at 3pm after a rain delay.", False),
    ("consider-a", "Consider a contestant facing three closed doors.", True),
    ("consider-a", "Consider a rise in rates.", False),
    ("invented-note", "The storm, names and details are invented for illustration.", True),
    ("invented-note", "The names were invented by the company for its products.", False),
    ("scenario-is", "The scenario assumed a cyberattack on the grid.", True),
    ("scenario-is", "Auditors found that the game assumed the army had two brigades.", False),
    ("not-yet-in-the-record", "Miami has not taken a direct hit from such a storm in modern times.", True),
    ("offer-more", "I can also write it in a more formal newspaper style.", True),
    ("you-are-handed", "You are handed two sealed envelopes and told that one holds twice the other.", True),
    ("you-are-handed", "If you are handed a form, fill it in.", False),
    ("some-of-this-already", "Some of this is already being piloted today.", True),
    ("some-of-this-already", "Some of the staff are already at home.", False),
    ("column-furniture", "Last week's answer: the ferryman makes seven crossings.", True),
    ("column-furniture", "Thanks to everyone who wrote in.", True),
    ("column-furniture", "Thanks to the rain, the match was cancelled.", False),
    ("following-facts", "For planning purposes, the following sequence is assumed.", True),
    ("following-facts", "The following sequence was filmed on Tuesday.", False),
    ("this-report-describes", "This section describes the planning scenario used to size the plan.", True),
    ("this-report-describes", "This section describes the planning process.", False),
    ("imperative-imagine", "Part A. Imagine you are standing in the middle of a train carriage.", True),
    ("meta-misc", "The trolley problem is a thought experiment in ethics.", True),
    ("meta-misc", "What he does have is a story.", False),
    ("assistant-aside", "Sure!", True),
    ("assistant-aside", "Sure enough, the river rose.", False),
    ("learners-often", "This is the most common point students miss in examinations.", True),
    ("broadcast-dated-ahead", "Good evening, and welcome to the bulletin for 31 December 2100.", True),
    ("broadcast-dated-ahead", "Good evening, and welcome to the bulletin for 31 December 2021.", False),
    ("case-as-usually-taught", "First the case as it is usually taught.", True),
    ("case-as-usually-taught", "The case as it is usually reported in the press is wrong.", False),
    ("wire-credit", "(Reporting by Sarah Lindqvist; Editing by Mark Potter)", True),
    ("wire-credit", "Reporting on the war is dangerous.", False),
    ("exercise-label", "Exercise 4.2: Redraft the statements if the van lasts six years.", True),
    ("exercise-label", "Exercise helps, she said.", False),
    ("not-hypothetical", "This is not pure invention.", True),
    ("for-most-of-history", "For most of history, human population grew slowly.", True),
    ("for-most-of-history", "Most of history is written by the winners.", False),
    ("numbered-heading", "3. Lessons for procedures", True),
    ("numbered-heading", "Q1.", True),
    ("numbered-heading", "3. The city flooded in the night.", False),
    ("built-around", "The drill, called Exercise Fault Line, was built around a 7.2 rupture.", True),
    ("built-around", "The drill, called Exercise Fault Line, was built around a real quake.", False),
    ("exercise-set-in", "The war game was set in the present day.", True),
    ("this-report-describes", "This annex sets out how the network would run on a day of snow.", True),
    ("this-report-describes", "This annex sets out how the network was run last winter.", False),
    ("imperative-imagine", "Problem 1. Suppose n people attend a party.", True),
    ("closing-note-this-is", "Note: This is a fictional script.", True),
    ("assistant-aside", "What a fun counterfactual!", True),
    ("assistant-aside", "As of my knowledge cutoff, the UK has not run a day without gas.", True),
    ("assistant-aside", "What a fun evening it was.", False),
    ("for-the-exercise-we-assumed", "For the purposes of the drill, we assumed that a flood struck.", True),
    ("for-the-exercise-we-assumed", "We assumed that the trains would run.", False),
    ("consider-named-fictional", "Consider Tallis Audio, a fictional maker of wireless earbuds.", True),
    ("consider-named-fictional", "Consider Tallis Audio, a maker of wireless earbuds.", False),
    ("its-time-and-you-are", "It's twenty to six on a Thursday, and you're in the supermarket.", True),
    ("its-time-and-you-are", "It's twenty to six on a Thursday, and the shop is shut.", False),
    ("scholars-agree", "Historians generally agree that printing helped spread the Reformation.", True),
    ("scholars-agree", "Historians met in Leeds on Friday.", False),
    ("not-a-forecast", "The timeline above is not a forecast of any particular day.", True),
    ("sounds-familiar", "If that sounds familiar, you are in good company.", True),
    ("sounds-familiar", "The tune sounds familiar to her.", False),
    ("solution-heading", "Solution.", True),
    ("solution-heading", "The solution was simple.", False),
    ("this-is-the-lemma", "This is the handshake lemma.", True),
    ("this-is-the-lemma", "This is the law firm's office.", False),
    ("written-as-a", "It is written as a timeline so that control staff can see the decisions.", True),
    ("written-as-a", "It is written in pencil.", False),
    ("invented-note", "The event, casualty figures and quotes are invented for training purposes.", True),
    ("offer-more", "I can also prepare a follow-up article covering the second day.", True),
    ("learners-often", "Many of my students find this conclusion comforting for about five minutes.", True),
    ("own-answer-was", "Parfit's own answer was that identity is not what matters.", True),
    ("own-answer-was", "She gave her own answer in court.", False),
    ("exercise-found", "The exercise confirmed that the clearing plan works.", True),
    ("exercise-found", "The exercise began at dawn.", False),
    ("last-real-one", "The county's last real evacuation was during the 2020 Cougar Fire.", True),
    ("last-real-one", "The last evacuation was in 2020.", False),
    ("problem-it-solves", "This is the problem debouncing solves.", True),
    ("problem-it-solves", "This is the problem.", False),
    ("heres-a-fictional", "Below is a speculative, Reuters-style analysis of a hypothetical war.", True),
    ("heres-a-fictional", "Below is a detailed analysis of the real figures.", False),
    ("one-way-it-could-unfold", "What follows is one way the 2030 final could unfold, in a report.", True),
    ("one-way-it-could-unfold", "Here is one way to cook rice.", False),
    ("one-way-it-could-unfold", "This is one way the crisis could end.", False),
    ("we-set-out-scenarios", "To see how the valley might look, we set out two contrasting scenarios.", True),
    ("we-set-out-scenarios", "We set out two reasons for the decision.", False),
    ("we-set-out-scenarios", "This chapter sets out three narrative scenarios for the region.", False),
    ("we-set-out-scenarios", "Analysts outlined three scenarios for oil prices.", False),
    ("event-is-synthetic", "The event is a synthetic storm taken from the model's catalogue.", True),
    ("event-is-synthetic", "The storm was a powerful hurricane that flattened the coast.", False),
    ("narrative-describes-how", "This narrative describes how a new virus could spread in the county.", True),
    ("narrative-describes-how", "This narrative describes how the town recovered after the flood.", False),
    ("has-since-year", "The federal minimum wage has stood at $7.25 an hour since 2009.", True),
    ("has-since-year", "The minimum wage stood at $7.25 an hour.", False),
    ("speculation-not-prediction", "It's satire-adjacent speculation, not a prediction.", True),
    ("speculation-not-prediction", "It's a warning, not a prediction, the minister said.", False),
    ("definition", "In the first, which we call Slow Thaw, the states agree to share the cuts.", False),
    ("definition", "This effect is what we call inflation.", True),
    ("it-is-tempting", "It is tempting to leap from here to steam engines, but the answer is dull.", True),
    ("it-is-tempting", "It is tempting to ask what the autumn would have looked like without it.", False),
    ("exit-reality", "Real pandemics vary widely; in 2009 the fatality ratio was far lower.", True),
    ("exit-reality", "Real Madrid are top of the league.", False),
    ("exit-reality", "Real wages are falling.", False),
    ("past-perfect-main", "Sanders, a senator since 2007, had sought the nomination twice before.", True),
    ("past-perfect-main", "Sanders, a senator from Vermont, said he had sought the nomination.", False),
    ("replies-that", "Searle answers that he could memorise the rules.", True),
    ("argues", "She answers the phone.", False),
    ("reply-says", "The systems reply says that the whole room understands.", True),
    ("reply-says", "The reply came on Tuesday.", False),
    ("argument-heading", "The argument, in premise form:", True),
    ("argument-heading", "Main replies (read the commentaries for next week):", True),
    ("argument-heading", "The analysis: the storm hits at dawn.", False),
    ("notes-heading", "Teaching notes: what students should notice", True),
    ("notes-heading", "Editor's note: The following dispatch is imagined.", False),
    ("findings-label", "Recommended actions: Donors should release funding now.", True),
    ("findings-label", "The findings were published on Monday.", False),
    ("next-update-due", "The next update of this brief is due on 15 April.", True),
    ("next-update-due", "The next train is due at noon.", False),
    ("defined-when", "Famine is declared under the IPC when a fifth of households face gaps.", True),
    ("defined-when", "A major incident is declared when the first crew arrives.", False),
    ("future-games-opened", "The 2040 Olympic Games opened in London on Friday night.", True),
    ("future-games-opened", "The 2024 Olympic Games opened in Paris.", False),
    ("heres-a-fictional", "Here's a realistic-looking fake news story you can use in your class.", True),
    ("meta-the", "By breakfast the story has leaked on social media.", False),
    ("meta-the", "The story has a happy ending.", True),
    ("meta-the", "The exercise was built around a simulated derailment.", False),
    ("not-real-note", "The events above are imagined.", True),
    ("not-real-note", "London was not chosen, and the details above are invented.", True),
    ("not-real-note", "The events were held in Paris.", False),
    ("exit-reality", "There is no real agency spokesperson named Dr. Alan Pierce.", True),
    ("exit-reality", "There is no real chance of a deal.", False),
    ("exit-reality", "The case is not entirely invented.", True),
    ("exercise-fact", "Nobody volunteers.", False),
    ("exercise-fact", "Volunteers played the casualties.", True),
    ("heres-a-fictional", "Sure — here's a thought-experiment business article imagining a breakup;", True),
    ("it-is-the-season-of", "It is the king-tide season of 2100 on Tevaru.", True),
    ("it-is-the-season-of", "It is the rainy season of 2019 all over again.", False),
    ("on-a-morning-in-year", "On a humid October morning in 2036, engineers shut the plant.", True),
    ("on-a-morning-in-year", "On a humid October morning in 2016, engineers shut the plant.", False),
    ("we-modelled-the-scenario", "For this plan we have modelled the following scenario at a tower.", True),
    ("we-modelled-the-scenario", "The team has worked through a scenario in which the ports close.", True),
    ("we-modelled-the-scenario", "We have modelled the flows for ten years.", False),
    ("real-thing", "The message looks like an overdue invoice from a real supplier.", False),
    ("real-thing", "The real supplier was never paid.", True),
    ("generic-modal", "A landlord can't charge a tenant for fair wear and tear.", True),
    ("generic-modal", "The landlord can't find the keys.", False),
    ("not-advice", "This post is general information, not legal advice.", True),
    ("not-advice", "She took the advice of her lawyer.", False),
    ("modelled-case-shows", "The modelled incident exposes three gaps.", True),
    ("modelled-case-shows", "The incident exposes three gaps.", False),
    ("not-as-far-fetched", "None of this is far-fetched.", True),
    ("not-as-far-fetched", "None of this is new.", False),
    ("definite-generic", "Below is a hypothetical story written in the style of a newspaper.", False),
    ("definite-generic", "Alternate history is a genre of fiction.", True),
    ("future-dated-heading", "March 14, 2033 at 6:00 AM EDT", True),
    ("future-dated-heading", "March 14, 2023 at 6:00 AM EDT", False),
    ("future-dateline", "VENICE, November 2050 — The last water bus left the Rialto stop.", True),
    ("future-dateline", "VENICE, November 2020 — The last water bus left the Rialto stop.", False),
    ("simulated-event-involved", "The simulated event involved flight SC417, arriving from Kirkwall.", True),
    ("simulated-event-involved", "The event involved flight SC417, arriving from Kirkwall.", False),
    ("scenario-began", "The scenario examined here starts with a total loss of off-site power.", True),
    ("case-in", "In the design storm, snow begins falling at 4 p.m. on a weekday.", True),
    ("case-in", "In the storm, snow began falling at 4 p.m.", False),
    ("future-date", "It is a Tuesday in late June 2100, and the household wakes.", True),
    ("lets-walk-through-one", "Let's walk through one situation step by step.", True),
    ("lets-walk-through-one", "Let's walk through the results.", False),
    ("field-label", "Level: Year 2 adult nursing.", True),
    ("field-label", "The level of the river rose.", False),
    ("notes-heading", "Debrief questions:", True),
    ("future-date", "It's 7:40 a.m. on a rainy Tuesday in 2040, and Priya Nair is up.", True),
    ("future-date", "It's 7:40 a.m. on a rainy Tuesday in March, and the buses are late.", False),
    ("future-event-done", "Uruguay opened the 2030 World Cup with a 2-1 win over Portugal.", True),
    ("future-event-done", "Brazil are champions after beating Spain 2-1 in a 2034 World Cup final.", True),
    ("future-event-done", "Spain won the 2030 World Cup bid after a long campaign.", False),
    ("future-event-done", "Brazil beat Chile 2-0 in a 2030 World Cup qualifier on Tuesday.", False),
    ("future-event-done", "Uruguay opened the 2014 World Cup with a loss to Costa Rica.", False),
    ("future-event-done", "If they won the 2030 World Cup, the party would last a week.", False),
    ("take-the-following-case", "Take the following case.", True),
    ("take-the-following-case", "Consider the following patient.", True),
    ("take-the-following-case", "Take the following steps to apply.", False),
    ("asked-to-imagine", "Participants were asked to suppose that the network failed at 07:40.", True),
    ("asked-to-imagine", "Students are invited to imagine a town without cars.", True),
    ("asked-to-imagine", "Participants were asked to complete a survey.", False),
    ("asked-to-imagine", "She was not asked to imagine anything.", False),
    ("what-follows-is-the-scenario", "What follows is the scenario as it was delivered to players.", True),
    ("what-follows-is-the-scenario", "What follows is the timeline of the real outage.", False),
    ("might-have-carried", "Had the studio not burned, this is how the papers might have covered it.", True),
    ("might-have-carried", "This is how the papers covered it.", False),
    ("not-hypothetical", "Rising seas are not a prediction but a measured fact.", True),
    ("not-a-forecast", "The Bank's stress test is not a forecast of macroeconomic conditions.", True),
    ("not-hypothetical", "These figures are not a prediction, only a guide.", False),
    ("solution-heading", "Commentary", True),
    ("solution-heading", "Section 4. Findings", True),
    ("solution-heading", "The commentary was brief.", False),
    ("figures-indicative-only", "Loss figures below are gross of reinsurance and are indicative only.", True),
    ("figures-indicative-only", "The figures are indicative of a wider trend.", False),
    ("most-people-say", "Most people who hear this case say they would not push.", True),
    ("most-people-say", "Most people fled the building before the roof fell.", False),
    ("notice-that", "Notice that the shortage is not caused by greed on either side.", True),
    ("notice-that", "The notice that arrived on Monday was short.", False),
    ("the-trick-is", "The trick is to convert percentages into natural frequencies.", True),
    ("the-trick-is", "The key was in the door.", False),
    ("gerund-typically", "Building one typically costs tens of billions of dollars.", True),
    ("gerund-typically", "The plant typically costs less to run at night.", False),
    ("heres-a-future-report", "Here's a live blog from the relay at the 2042 Winter Olympics.", True),
    ("heres-a-future-report", "Here's a live blog from the relay at the 2022 Winter Olympics.", False),
    ("heres-a-text-from-that-world", "No presses — here's the FAQ page of a library in that world.", True),
    ("heres-a-text-from-that-world", "Here's the FAQ page of the city library.", False),
    ("read-the-scenario", "She read the scenario as it was given to the players.", True),
    ("read-the-scenario", "She read the scenario report to the board.", False),
    ("entries-below-are-the-feed", "The entries below are the white-cell feed that players saw.", True),
    ("entries-below-are-the-feed", "The entries below are the minutes of the meeting.", False),
    ("scenario-is", "The severely adverse scenario is built around a slump in commercial property.", True),
    ("scenario-is", "The new stadium is built around a running track.", False),
    ("future-date", "It is a January night in the 2070s, and a deep low is tracking up the channel.", True),
    ("future-date", "It is a January night in the 1970s, and the miners are on strike.", False),
    ("work-through-a-made-up", "For three slides we are going to work through a made-up week.", True),
    ("work-through-a-made-up", "We are going to work through a busy week.", False),
    ("put-yourself", "Put yourselves on a footbridge over the railway line at dusk.", True),
    ("put-yourself", "Put yourself in their shoes for a moment.", False),
    ("heading-fictional-case", "Case for discussion (fictional, for training only)", True),
    ("heading-fictional-case", "Case for discussion (from our ward, March 2024)", False),
    ("i-kept-the-format", "I kept the format close to how real water-company minutes are laid out.", True),
    ("i-kept-the-format", "I kept the receipts in a drawer.", False),
    ("invented-note", "Note: this live blog is fictional, and the athletes named in it are invented.", True),
    ("not-a-forecast", "None of that is a prediction for a particular year.", True),
    ("not-a-forecast", "None of that is a problem for the council.", False),
    ("we-recommended", "We have therefore recommended that the substation be raised.", True),
    ("we-recommended", "The council recommended Mr Hale for the post.", False),
    ("slide-number", "Slide 4.", True),
    ("slide-number", "Slide 4 shows the flooded streets.", False),
    ("written-before-it-happened", "It's written as the 7 a.m. bulletin from a station that doesn't exist "
     "yet, on a morning that hasn't happened yet.", True),
    ("written-before-it-happened", "Sure, here's a news report set in 2033, covering a court ruling that "
     "hasn't happened (yet).", True),
    ("written-before-it-happened", "The report says the merger, which has not happened yet, is still "
     "planned.", False),
    ("calendar-reads-year", "Her calendar reads 2041.", True),
    ("calendar-reads-year", "Her calendar reads 1999.", False),
    ("calendar-reads-year", "The target date is 2035.", False),
    ("let-me-tell-you-about-year", "So let me tell you about my commute on a wet Tuesday in 2040, in the "
     "city we get if the answer is no again.", True),
    ("let-me-tell-you-about-year", "Let me tell you about my commute in 1998.", False),
    ("let-me-tell-you-about-year", "Let me tell you what the plan for 2040 says.", False),
    ("decision-changed-label", "Decision changed: In March 1980 the US Olympic Committee ignores "
     "President Carter and votes to send a team to Moscow.", True),
    ("decision-changed-label", "Point of divergence: the fleet lands in 1588.", True),
    ("decision-changed-label", "What changed: the council now charges for parking.", False),
    ("decision-changed-label", "The decision changed nothing.", False),
    ("event-we-were-asked-to-model", "The event the board asked us to model is a magnitude 7.3 rupture of "
     "the central segment.", True),
    ("event-we-were-asked-to-model", "The scenario we were asked to simulate was a two-week outage.", True),
    ("event-we-were-asked-to-model", "The board asked us to model the event.", False),
    ("event-we-were-asked-to-model", "The event the board asked about was a fire.", False),
    ("sequence-chosen-to-test", "It is a coherent but severe sequence of events, chosen to test whether "
     "banks could keep lending through a downturn.", True),
    ("sequence-chosen-to-test", "It is a series of events designed to test how fit the athletes are.", False),
    ("as-though-the-following", "For this exercise, please fill in the attached template as though the "
     "following has already happened and you are writing on the morning of 8 January.", True),
    ("as-though-the-following", "It was as though nothing had happened.", False),
    ("the-story-starts-year", "This cycle, the story starts on a Monday in late July 2033.", True),
    ("the-story-starts-year", "The story starts in 1995, in a small mill town.", False),
    ("the-story-starts-year", "Our story starts on Monday.", False),
    ("here-is-the-version-i-use", "I find numbers beat words here, so here is the version I use with "
     "first-year students.", True),
    ("here-is-the-version-i-use", "Here is the version the council published.", False),
    ("lets-play-it-out", "MAYA: So let's play it out, starting the morning after a hurricane in a coastal "
     "town we'll call Port Ellery.", True),
    ("lets-play-it-out", "We will see how it plays out.", False),
    ("town-we-will-call", "It starts in a coastal town we'll call Port Ellery.", True),
    ("town-we-will-call", "This is what we'll call inflation.", False),
    ("facts-that-never-happened", "3. The submission is best tested against facts that never "
     "happened.", True),
    ("facts-that-never-happened", "The minister described events that never happened.", False),
    ("that-follows-is-invented", "The handover that follows is invented for practice, though every detail "
     "in it has happened on some ward somewhere.", True),
    ("that-follows-is-invented", "The story that follows is true.", False),
    ("that-follows-is-invented", "The meeting that follows is open to the public.", False),
    ("for-the-lessons-you-are", "For the next two lessons you are Councillor Jo Harte, first elected to "
     "Linden Falls Shire three years ago.", True),
    ("for-the-lessons-you-are", "For this exercise you are a nurse on a busy ward.", True),
    ("for-the-lessons-you-are", "For the next two weeks you are welcome to visit.", False),
    ("definition", "This is what we'll call inflation.", True),
    ("here-is-the-version-i-use", "Here's the version I use with my first-years.", False),
    ("not-a-forecast", "The adverse path is not a forecast.", True),
    ("meta-the", "Please fill in the template as though the following has already happened.", False),
    ("meta-the", "The following is a summary of the findings.", True),
    ("scholars-agree", "Scholars tell us a drachma was roughly a day's wage for a labourer.", True),
    ("scholars-agree", "Scholars told the minister to wait.", False),
    ("notice-that", "Now notice what her evidence cannot settle.", False),
    ("notice-that", "Note the time on the clock.", False),
    ("notes-heading", "Notes for controllers", True),
    ("notes-heading", "Notes for the next meeting", False),
    ("our-model-puts", "Our model puts the gross loss to the syndicate at 412 million.", True),
    ("our-model-puts", "After reinsurance recoveries, we estimate the net loss at 96 million.", True),
    ("our-model-puts", "The model puts on her coat.", False),
    ("our-model-puts", "The port closes for eleven weeks.", False),
    ("controllers-should", "Controllers should not release the passenger manifest to players "
     "before 11:00.", True),
    ("controllers-should", "Players playing the operator's press office are expected to issue a holding "
     "statement within 30 minutes.", True),
    ("controllers-should", "Players left the pitch at half-time.", False),
    ("findings-stood-out", "Three findings stood out.", True),
    ("findings-stood-out", "Three players stood out.", False),
    ("this-is-the-lemma", "This is Bayes' theorem doing exactly what it says: the posterior depends on "
     "the prior.", True),
    ("this-is-the-lemma", "This is the handshake lemma.", True),
    ("this-is-the-lemma", "This is the law firm we hired.", False),
    ("notes-heading", "Points for discussion", True),
    ("notes-heading", "Points for the home side", False),
    ("thats-the-argument", "That is the whole trick.", True),
    ("thats-the-argument", "That is the key point: both buckets halve their excess temperature in the "
     "same time.", False),
    ("thats-the-argument", "TOMAS: That's the economist's whole argument in one line.", True),
    ("thats-the-argument", "That is the point where the river bends.", False),
    ("thats-the-argument", "That is the house she grew up in.", False),
    ("note-on-the-real-history", "A note on the real history: the actual library was not wiped out in one "
     "fire.", True),
    ("note-on-the-real-history", "The real story: what happened in 1911.", True),
    ("note-on-the-real-history", "A note on the history of the library.", False),
    ("author-bio", "The author is a journalist based in Cologne.", True),
    ("author-bio", "Her piece draws on published climate projections for the Rhine basin.", True),
    ("author-bio", "The author of the letter was never found.", False),
    ("about-heading", "About Future News 2035", True),
    ("about-heading", "About the author", True),
    ("about-heading", "About 300 people came.", False),
    ("please-do", "For this exercise, please fill in the attached template as though the following has "
     "already happened.", False),
    ("none-of-this", "None of the events described took place.", True),
    ("none-of-this", "None of the people described were hurt.", False),
    ("scholars-agree", "Historians still argue about how much the early vote changed the country.", False),
    ("scholars-agree", "Most agreed to stay.", False),
    ("notes-heading", "Teacher notes", True),
    ("notes-heading", "Teacher numbers fell.", False),
    ("experts-call-this", "This gap is what economists call a surplus, and it is the standard result of a "
     "binding floor.", True),
    ("experts-call-this", "This is what economists feared.", False),
    ("guidelines-say", "Textbooks since at least the 1940s have used farm supports as the classic "
     "illustration.", True),
    ("guidelines-say", "Textbooks have long taught the case.", True),
    ("guidelines-say", "Textbooks were stacked on the floor.", False),
    ("assistant-aside", "I hope this works for your class!", True),
    ("assistant-aside", "I hope it is helpful for your students.", True),
    ("assistant-aside", "I hope this town survives, she said.", False),
    ("small-what-if", "It is a small what-if, but county cricket is full of them.", True),
    ("small-what-if", "This is only a thought experiment.", True),
    ("small-what-if", "This is a counterfactual in which the dam was never built.", False),
    ("back-in-the-place", "Back at Halden Valley, the board has two options.", True),
    ("back-in-the-place", "MAYA: So back in Port Ellery, the attorney general opens an investigation.", True),
    ("back-in-the-place", "He came back in May.", False),
    ("generic-is-a", "Here is a feature about church music that survived.", False),
    ("heres-a-text-from-that-world", "Here is a feature about church music in that world today.", True),
    ("past-perfect-main", "Until then they had rented it from the brewery.", True),
    ("past-perfect-main", "Until they had rented it, the ground stood empty.", False),
    ("most-known", "Measles spreads through the air and is one of the most contagious diseases "
     "known.", True),
    ("most-known", "The storm is one of the most powerful ever recorded.", False),
    ("past-perfect-main", "An hour later his standing blood pressure had recovered to 124/76.", False),
    ("on-average-each-year", "Amber heat-health alerts are issued on average twice each summer in this "
     "region.", True),
    ("on-average-each-year", "On average, walkers drink two litres by noon.", False),
    ("class-instructions", "Run the meeting in this order: the operator presents first, then the "
     "residents.", True),
    ("class-instructions", "Split the class into four groups.", True),
    ("class-instructions", "Run for the hills, the mayor shouted.", False),
    ("back-in-the-imagined", "Back in imagined Valmora, those worries did not disappear.", True),
    ("back-in-the-imagined", "Back in the real Estonia, voting is online.", False),
    ("kinds-are-thought-to-be", "Interstellar objects are thought to be fragments ejected from other "
     "planetary systems.", True),
    ("kinds-are-thought-to-be", "The survivors are thought to be in the hills.", False),
    ("worth-remembering", "It is worth remembering that the closure decision turned on a single vote.", True),
    ("worth-remembering", "It is worth 40 points.", False),
    ("some-say-others-say", "Some say identity follows continuity of function; others say it follows the "
     "material.", True),
    ("some-say-others-say", "Some stayed home; others went to the square.", False),
    ("not-a-forecast", "The figures above are indicative and are not a forecast of any real event.", True),
    ("not-a-forecast", "The figures above are not final.", False),
    ("under-the-rules", "Under the Elections Act 2009, ballot boxes must be counted at a single central "
     "location.", True),
    ("under-the-rules", "Under the new Elections Act 2031, ballot boxes must be counted twice.", False),
    ("invented-note", "I kept the science as close to current understanding as I could, but the comet, the "
     "telescope and the quotes are invented.", True),
    ("invented-note", "It rained, but the match, the crowd and the players were fine.", False),
    ("you-are-the-role", "You are the electoral commission of the Republic of Velmora, an island "
     "nation.", True),
    ("you-are-the-role", "You are the owner of a small bakery in a market town.", True),
    ("you-are-the-role", "You are the reason we keep going.", False),
    ("task-instructions", "Your task is to allocate the seven seats first by D'Hondt and then by "
     "Sainte-Lague.", True),
    ("task-instructions", "When groups have finished, ask them whether the Harbour Party can govern "
     "alone.", True),
    ("task-instructions", "Then ask whether the choice of method is itself a political decision.", True),
    ("task-instructions", "They asked the mayor to resign.", False),
    ("baseline-year", "Mean high water at Aldwick is 31 centimetres above its 2020 level.", True),
    ("baseline-year", "The bridge was last overhauled in 2008.", False),
    ("we-will-actions", "We will run a beetle-identification evening before the swarm season.", True),
    ("we-will-actions", "We will ask every member to register on the national database.", True),
    ("we-will-actions", "We will not let anyone sit in a cell a day longer.", False),
    ("what-we-will-do-heading", "What the association will do", True),
    ("what-we-will-do-heading", "What the council will do next", True),
    ("what-we-will-do-heading", "What the council will do is unclear.", False),
    ("real-kinds-are", "Real tax offices, of course, are rarely this quick.", True),
    ("real-kinds-are", "Real screening programmes work the same way.", True),
    ("real-kinds-are", "Real wages have fallen for two years.", False),
    ("that-follows-is-invented", "The case below is fictional, but the pattern is one you will see many "
     "times.", True),
    ("that-follows-is-invented", "The table below is accurate.", False),
    ("it-is-the-season-of", "It is the third week of July 2047.", True),
    ("it-is-the-season-of", "It is the third week of July 2024.", False),
    ("inject-line", "Inject 2, 10:00: the IT contractor finds that the nightly backup has also been "
     "encrypted.", True),
    ("inject-line", "Injectable drugs are stored at the hospital.", False),
    ("generic-is-a", "Mr Edwin Pale is a 68-year-old man who has been on haemodialysis for four "
     "years.", False),
    ("controllers-should", "Controllers, you have the first move.", True),
    ("controllers-should", "Controllers, engineers and drivers met at the depot.", False),
    ("worth-remembering", "It's worth saying that none of this proves the closure was wrong.", True),
    ("worth-remembering", "It's worth saying goodbye properly.", False),
    ("ive-kept-it-apart", "I've kept the real background separate where I could.", True),
    ("ive-kept-it-apart", "I've put a short brief at the top so facilitators know what it's for.", True),
    ("ive-kept-it-apart", "I've kept every letter she sent.", False),
    ("back-in-the-place", "On Carrick Head, though, the cottage still smells of paraffin and toast.", True),
    ("back-in-the-place", "On Tuesday, though, the talks resumed.", False),
    ("back-in-the-place", "On the whole, though, it worked.", False),
    ("our-model-puts", "Modelled gross loss: £212m, of which business interruption is £131m.", True),
    ("our-model-puts", "Modelled storms grow stronger each decade.", False),
    ("we-recommended", "We recommend a sub-limit on cable-related business interruption at the next "
     "renewal.", True),
    ("we-recommended", "We recommended him to the board.", False),
    ("real-thing", "Real incidents of this kind are usually decided in the first half hour.", True),
    ("real-thing", "The incidents of this kind are usually decided in the first half hour.", False),
    ("committee-should-note", "The committee should note two sensitivities.", True),
    ("committee-should-note", "The committee noted the storm damage.", False),
    ("these-already-happened", "Several of these failures have already happened on a smaller scale.", True),
    ("these-already-happened", "The failures have happened again.", False),
    ("one-of-the-commonest", "Hyperkalaemia after a long interdialytic gap is one of the commonest "
     "emergencies in a dialysis unit.", True),
    ("one-of-the-commonest", "She is one of the commonest names in the register.", False),
    ("guidelines-recommend", "Guidelines generally recommend an ECG and senior review for any potassium "
     "above 6.5.", True),
    ("guidelines-recommend", "The guidelines were changed after the inquiry.", False),
    ("hypothetical-setting", "Back in our imagined Leeds, the January window is already causing "
     "anxiety.", False),
    ("definition", "O-negative is often called the universal donor type because its red cells lack the "
     "antigens.", True),
    ("definition", "She often calls her mother in the evening.", False),
    ("our-model-puts", "The modelled gross loss is 21.6 million euros, of which 4.1 million is business "
     "interruption.", True),
    ("our-model-puts", "After reinsurance, the net loss to the syndicate is 9.3 million euros.", True),
    ("our-model-puts", "The modelled storm is slower than Ciarán.", False),
    ("solution-heading", "Loss estimate.", True),
    ("solution-heading", "Results", True),
    ("solution-heading", "Loss estimates rose.", False),
    ("assistant-aside", "I had fun with this one!", True),
    ("assistant-aside", "I had fun with the children at the fair.", False),
    ("here-is-the-setup", "Here's the scenario.", True),
    ("here-is-the-setup", "Here's the problem.", False),
    ("here-is-the-setup", "Here's the scenario they rejected.", False),
    ("not-a-forecast", "These figures are illustrative.", True),
    ("not-a-forecast", "These figures are alarming.", False),
    ("vocative-instruction", "Mediators, open by asking each party to describe a normal Tuesday "
     "evening.", True),
    ("vocative-instruction", "Students, teachers and parents marched to the town hall.", False),
    ("before-you-start", "Before you start, remember what mediators are for.", True),
    ("before-you-start", "We'll stop after twenty minutes and swap roles.", True),
    ("before-you-start", "Before you started, the hall was empty.", False),
    ("before-you-start", "We'll stop the bypass, the mayor promised.", False),
    ("back-in-the-scenario", "Back in the scenario, the auction runs a manual sale for the landed "
     "catch.", True),
    ("back-in-the-scenario", "Back in the cooperative's world, the young are leaving anyway.", True),
    ("back-in-the-scenario", "Back in the real world, the co-op sold its last boat in 2019.", False),
    ("back-in-the-scenario", "Back in the office, the auctioneer counted the takings.", False),
    ("scenario-in", "Set-up for the role-play: in this role-play the classroom is the market floor at 6 "
     "a.m. on a Monday.", True),
    ("scenario-in", "Teachers say the role-play helps pupils understand auctions.", False),
    ("clock-scene-you", "It's 2 a.m. at a tram depot in Sheffield and you're the only signaller on "
     "shift.", True),
    ("clock-scene-you", "It is 6.30 on a Monday, and you are the duty manager.", True),
    ("clock-scene-you", "It's 2 a.m. in Kyiv and the sirens have started again.", False),
    ("clock-scene-you", "It was midnight when you called, the officer told her.", False),
    ("described-case", "A made-up case leaves out exactly the mess that makes real preservation "
     "hard.", False),
    ("described-case", "A good thought experiment has one moving part.", False),
    ("act-section-says", "Section 2(4)(a) of the Act says a warning only discharges the duty if it was "
     "enough to keep the visitor safe.", True),
    ("act-section-says", "Section 5 of the new act says landlords must register.", False),
    ("notice-that", "Notice what happened there.", True),
    ("notice-that", "Notice boards went up across the town.", False),
    ("recommends", "Underwriters should note that dust-control standards vary widely between older and "
     "newer plants.", True),
    ("recommends", "If you should note anything odd, call the desk.", False),
    ("assistant-aside", "Hope that fits what you had in mind!", True),
    ("assistant-aside", "Hope faded as the rescue was called off.", False),
    ("solution-heading", "Purpose.", True),
    ("solution-heading", "Background:", True),
    ("solution-heading", "The purpose was clear.", False),
    ("body-agreed-measures", "The committee has agreed several measures.", True),
    ("body-agreed-measures", "The committee agreed to meet again in June.", False),
    ("before-you-start", "Before you reach for the answer, remember that a warning notice is not "
     "automatically enough.", True),
    ("before-you-start", "Before you answer, think about who set the timer.", True),
    ("before-you-start", "Before you reached the door, the alarm went off.", False),
    ("things-we-are-doing", "Three things we're doing as a result:", True),
    ("things-we-are-doing", "Three things the board is changing:", True),
    ("things-we-are-doing", "Three things we're doing wrong, according to the auditors.", False),
    ("announces-the-case", "Now the counterfactual.", True),
    ("announces-the-case", "This review asks what that margin was worth.", True),
    ("announces-the-case", "This annex asks how the same outbreak would have played out under peak "
     "conditions.", True),
    ("announces-the-case", "Now the counterfactual has become a parlour game.", False),
    ("announces-the-case", "The review asked for more staff.", False),
    ("about-this-text", "Counterfactuals like this are useful because they separate the initiating fault "
     "from the conditions.", True),
    ("about-this-text", "Cases like this one are rare, the coroner said.", True),
    ("about-this-text", "Cases like measles rose this spring.", False),
    ("findings-label", "Lesson for the exam: always name both the fault and the condition.", True),
    ("findings-label", "Lessons for next year: book the hall earlier.", True),
    ("findings-label", "Lesson plans for the term were late.", False),
    ("classic-feature", "Stopping shivering is not a sign of recovery.", True),
    ("classic-feature", "A rash is not a reliable sign of meningitis.", True),
    ("classic-feature", "The sign is not there any more.", False),
    ("usually-shows-as", "Mild hypothermia usually shows as strong shivering with a normal level of "
     "consciousness.", True),
    ("usually-shows-as", "Heat stroke typically presents with confusion and hot, dry skin.", True),
    ("usually-shows-as", "Mr Hale usually appears at the counter by nine.", False),
    ("assistant-aside", "I hope this gives you a good sense of the alternate Harwick!", True),
    ("assistant-aside", "I hope this gives way soon, she said of the ice.", False),
    ("findings-label", "Key points from this scenario:", True),
    ("findings-label", "Main takeaways:", True),
    ("findings-label", "Points from the floor were taken after lunch.", False),
    ("in-this-other-place", "But in this other England, the greenkeepers are celebrities.", True),
    ("in-this-other-place", "In this other case, the court disagreed.", False),
    ("counterfactual-had", "Had the engineers at Kellow Moor quarry used the peak strength for the east "
     "face, the numbers would have looked fine.", True),
    ("counterfactual-had", "Had you used it before?", False),
    ("announces-the-case", "Students nod at this and then forget it, so I like to tell them about a quarry "
     "that doesn't exist.", True),
    ("announces-the-case", "The quarry still exists.", False),
    ("kinds-usually-compare", "Long-run elasticities are usually larger than short-run ones, because "
     "people need time to find alternatives.", True),
    ("kinds-usually-compare", "The queues were usually longer than this.", False),
    ("if-doing-this-as", "If you are doing this as homework, compute the long-run elasticity too.", True),
    ("if-doing-this-as", "If you are doing this at home, keep the windows open, the fire service "
     "said.", False),
    ("thats-the-argument", "That asymmetry is the whole point.", True),
    ("thats-the-argument", "That asymmetry is the key point: both sides lose.", False),
    ("still-think-the-case", "I still think the case is worth teaching, if only because it makes students "
     "say what they assume.", True),
    ("still-think-the-case", "I think the case was lost before the trial began, she said.", True),
    ("still-think-the-case", "I think the patrol was right to close the ridge.", False),
    ("stop-here", "Stop here for a moment.", True),
    ("stop-here", "Pause here.", True),
    ("stop-here", "Stop the line now and call the fitter.", False),
    ("classic-feature", "Crystalline silica is the main hazard in glassmaking, particularly in batch "
     "mixing.", True),
    ("classic-feature", "The fire is the main risk for the town tonight.", False),
    ("have-long-said", "Silicosis has been recognised as an occupational disease for well over a "
     "century.", True),
    ("have-long-said", "The road has been closed for two days.", False),
    ("field-label", "Roles: the tour manager, the principal cellist, the promoter and the finance "
     "director.", True),
    ("field-label", "Roles changed in 2019.", False),
    ("briefing-steps", "You have twenty minutes to agree a plan.", True),
    ("briefing-steps", "Afterwards, each group will present its decision and explain what it cost.", True),
    ("briefing-steps", "Remember: there is no right answer, only better and worse reasons.", True),
    ("briefing-steps", "You have two days to leave, the letter said.", False),
    ("briefing-steps", "Remember the flood of 1953?", False),
    ("exercise-clock-lead", "It is 02:50 on a Sunday in early February.", True),
    ("exercise-clock-lead", "It's 6 a.m. on a Monday and the market is already busy.", True),
    ("exercise-clock-lead", "It is 2.5 per cent higher than last year.", False),
    ("counterfactual-title", "Severnmouth Toll Bridge: Counterfactual Surge Loss Scenario", True),
    ("counterfactual-title", "Annual review of the toll bridge", False),
    ("findings-label", "Actions: recruit from the new estate, and get the fuel pump fitted before "
     "Christmas.", True),
    ("findings-label", "Action stations were manned by dawn.", False),
    ("players-paused", "At this point the group paused to talk through the tractor.", True),
    ("players-paused", "At this point the crew were exhausted and the tow parted.", False),
    ("in-todays-prices", "In today's prices, and with today's traffic of roughly 48,000 vehicles a day, "
     "the same event would cost more.", True),
    ("in-todays-prices", "In today's game, the visitors scored first.", False),
    ("place-where-never", "In a Haverdale where the Greyford dam was never built, the village of Lowick is "
     "still standing.", True),
    ("place-where-never", "In a Britain where the railways were never nationalised, fares would be set by "
     "the market.", True),
    ("place-where-never", "In a town where nobody had ever seen snow, the forecast caused panic.", False),
    ("take-the-following", "Students often struggle to see how the duty works in practice, so take the "
     "following hypothetical.", True),
    ("take-the-following", "The club will take the following steps.", False),
    ("findings-label", "What this scenario suggests:", True),
    ("findings-label", "Management actions considered:", True),
    ("findings-label", "What this scenario suggests is worrying.", False),
    ("committee-should-note", "The board notes that the credit union came through the crisis of 2001 "
     "without breaching its cap.", True),
    ("committee-should-note", "The board notes were lost in the flood.", False),
    ("our-model-puts", "On our model, the scenario produces a gross loss of 14.6 million.", True),
    ("our-model-puts", "On our modelling team, two people left.", False),
    ("i-kept-the-format", "I kept Lowick and Greyford fictional, but the drowned valleys are real.", True),
    ("i-kept-the-format", "We kept the animals inside all winter.", False),
    ("under-the-rules", "Under the Occupiers' Liability Act 1957, an occupier owes all lawful visitors the "
     "common duty of care.", True),
    ("under-the-rules", "Under the new act, landlords owe tenants a deposit refund.", False),
    ("stop-here", "Stop the scene here and swap roles.", True),
    ("stop-here", "Stop the scene from being filmed, the director said.", True),
    ("stop-here", "Stop the leak before the tank empties.", False),
    ("recommends", "The observer should watch for three things: whether the coach stops the activity and "
     "how it is explained.", True),
    ("real-kinds-are", "In real training settings, near misses like this are among the most useful things "
     "to write down.", True),
    ("real-kinds-are", "In real terms, wages fell.", False),
    ("exit-reality", "Participants were given the following scenario and asked to respond as they would in "
     "real life.", False),
    ("exit-reality", "In real life, no council would sign that contract.", True),
    ("take-the-following", "Take the following fact pattern.", True),
    ("take-the-following", "Take the following route to the station.", False),
    ("set-up-label", "Set-up for the class: it is July 1961, and the pupils are the crew of Granite Knob "
     "lookout.", True),
    ("set-up-label", "The set-up of the hall was finished by noon.", False),
    ("this-note-models", "This note models a 1-in-200-year tidal surge for capital planning purposes.", True),
    ("this-note-models", "This study models a range of outcomes for the estuary.", False),
    ("reported-imagine", "The council asked us to consider climate scenarios when setting the maintenance "
     "plan.", False),
    ("asks-to-imagine", "The council asked us to consider climate scenarios when setting the maintenance "
     "plan.", False),
    ("exercise-fact", "Shortly afterwards the vessel loading plans, which are held on the same network, "
     "become unreadable.", False),
    ("exercise-fact", "The exercise was held at the fire station on Tuesday.", True),
    ("exercise-fact", "Cascade Shield is held every two years.", True),
    ("here-is-a-hypothetical", "Here is a hypothetical for the tutorial.", True),
    ("here-is-a-hypothetical", "Here's a thought experiment I like.", True),
    ("here-is-a-hypothetical", "Here is the vignette for this week's tutorial.", False),
    ("here-is-a-hypothetical", "Here is the vote count.", False),
    ("were-real", "Weather ships were real: from the late 1940s until the 1980s, nations kept crewed "
     "vessels on station.", True),
    ("were-real", "The danger is real, the mayor said, but manageable.", False),
    ("stop-here", "Stop here and think about what you would do next.", True),
    ("prepared-for", "Prepared for the Property Underwriting Committee", True),
    ("prepared-for", "Prepared for the board of Ferris & Cole Shipbuilders, Port Allan", True),
    ("prepared-for", "Prepared for the worst, residents stockpiled water.", False),
    ("we-recommended", "We recommend bringing the renewal forward into the next control period.", True),
    ("we-recommended", "We recommend it highly.", False),
    ("imperative-imagine", "For planning purposes, suppose that a relief valve on the receiver fails "
     "during the night shift.", True),
    ("imperative-imagine", "For the purposes of this exercise, assume the bridge is closed.", True),
    ("imperative-imagine", "For planning purposes, the council uses the 2019 census.", False),
    ("exit-reality", "In real history, the Kessock strike collapsed after eleven days.", True),
    ("scenario-in", "In the second phase of the scenario, the tide drops but the pond stays full.", True),
    ("not-a-forecast", "The narrative above is illustrative and is not a prediction.", True),
    ("we-regard-it-as", "We do not regard this sequence as likely in any single year.", True),
    ("we-regard-it-as", "We regard this scenario as plausible but severe.", True),
    ("we-regard-it-as", "We regard the harbour as our second home.", False),
    ("stop-here", "Take a moment before reading on.", True),
    ("stop-here", "Take a minute to decide what you would do.", True),
    ("stop-here", "Take a moment to breathe, he tells himself, and then he climbs on.", False),
    ("some-background-first", "Some background first.", True),
    ("some-background-first", "First, a little history.", True),
    ("some-background-first", "Some history was made that night.", False),
    ("works-by", "Tide mills work by trapping the incoming tide behind a dam.", True),
    ("works-by", "A heat pump works by moving heat.", True),
    ("works-by", "The plan works by routing calls to Leeds.", False),
    ("kinds-are-things-which", "Ropewalks are long, narrow buildings in which strands are laid out.", True),
    ("kinds-are-things-which", "Athletes are housed in modular pods that will be dismantled.", False),
    ("assistant-aside", "I went with a warm tone since it's an anniversary piece, but I can make it more "
     "critical if you want.", True),
    ("went-with-a-tone", "I went with a warm tone since it's an anniversary piece.", True),
    ("went-with-a-tone", "I chose the dry style of a wire report.", True),
    ("went-with-a-tone", "I used the back door.", False),
    ("assumed-that", "The plan includes a planning scenario for moorland fire, but it assumes a fire of no "
     "more than five hectares.", False),
    ("assumed-that", "The planners assumed that the river would crest at dawn.", True),
    ("asked-to-work-through", "Our second-year hydraulics group was asked to work through that question "
     "for the old mill.", True),
    ("asked-to-work-through", "The committee was asked to consider the scenario in March.", True),
    ("asked-to-work-through", "She was asked to leave the building.", False),
    ("students-worked-out", "The group estimated the overtopping flow at about 0.4 cubic metres per "
     "second.", True),
    ("students-worked-out", "The crew estimated the fire would reach the road by noon.", False),
    ("the-room-split", "The room split quickly on whether to pull the network cable to the charging "
     "hall.", True),
    ("the-room-split", "The river split into two channels.", False),
    ("the-room-split", "At this point the group split.", True),
    ("caveats-apply", "A few caveats apply.", True),
    ("caveats-apply", "Two caveats.", True),
    ("caveats-apply", "Some warnings were ignored by the crew.", False),
    ("under-the-current-plan", "Under the current plan, the cannery's emergency coordinator has to be "
     "called in from home.", True),
    ("under-the-current-plan", "Under current policy, the realignment site is due to be breached in "
     "2029.", True),
    ("under-the-current-plan", "Under the new plan, crews work twelve-hour shifts.", False),
    ("imperative-imagine", "Back on the sand, suppose a third vendor turns up with a cart of her own.", True),
    ("critics-have-argued", "Critics have pointed out that real sellers choose many features at once, not "
     "a single location.", True),
    ("critics-have-argued", "Philosophers have argued ever since about whether it stayed the same "
     "ship.", True),
    ("critics-have-argued", "Neighbours complained about the smell.", False),
    ("remains-a-common-example", "Still, the beach remains one of the most common first examples in "
     "courses on industrial organisation.", True),
    ("remains-a-common-example", "The harbour remains one of the busiest in Europe.", False),
    ("in-the-game", "In the second phase of the scenario, the tide drops but the pond stays full.", True),
    ("fun-premise", "It's a fun premise to play with, because it shows how much of ordinary life runs on "
     "skills nobody checks.", True),
    ("fun-premise", "It's a fine morning on the quay.", False),
    ("heres-how-it-might-have", "Here is how the local paper might have covered its opening night this "
     "summer.", True),
    ("hypothetical-np", "Closures of this length are no longer hypothetical.", False),
    ("not-hypothetical", "Closures of this length are no longer hypothetical.", True),
    ("kinds-are-thought-to-be", "Wild bumblebees, which are adapted to cooler conditions, are generally "
     "thought to be far more vulnerable.", True),
    ("scenario-in-this-section", "The planning scenario in this section is built around that "
     "question.", True),
    ("scenario-in-this-section", "The scenario in this annex is based on a dam failure.", True),
    ("scenario-in-this-section", "The plan in this section is built around shifts.", False),
    ("lets-count", "Let's count.", True),
    ("lets-count", "Now let's do the arithmetic.", True),
    ("lets-count", "Let's count the votes again, she said, and they did.", False),
    ("intuitions-split", "Most people's intuitions split.", True),
    ("intuitions-split", "Our intuitions pull the other way here.", True),
    ("intuitions-split", "Her intuition was right.", False),
    ("cases-like-this-are", "Groundings like this are rarely caused by one mistake.", True),
    ("cases-like-this-are", "Two-stage testing like this is standard in medical screening.", True),
    ("cases-like-this-are", "A night like this is why she stays.", False),
    ("found-again-and-again", "Investigators in aviation and shipping have found again and again that the "
     "warning signs were visible.", True),
    ("found-again-and-again", "She has tried again and again to reach him.", False),
    ("in-the-room", "Nobody in the room knew who held the administrator password.", True),
    ("in-the-room", "The group's first instinct was to pay.", True),
    ("in-the-room", "The room was cold and the windows were shut.", False),
    ("current-exposure", "Causses Mutual's current aggregate exposure across the cluster is €58 "
     "million.", True),
    ("current-exposure", "The current carried the boat away.", False),
    ("assistant-aside", "I really enjoyed this one — if you'd like, I can write a companion piece.", True),
    ("in-the-game", "In our story, the government does, through an intervention agency.", True),
    ("were-once-common", "Funiculars were once common in British seaside towns.", True),
    ("were-once-common", "She was once a teacher.", False),
    ("it-is-next-years-date", "It is March 2027.", True),
    ("it-is-next-years-date", "It is 2028.", True),
    ("it-is-next-years-date", "It is March 2027, and the vote is close.", False),
    ("it-is-next-years-date", "It is 2027 already in Samoa.", False),
    ("claim-we-are-testing", "That is the claim we are testing here.", True),
    ("claim-we-are-testing", "We are testing the pumps today.", False),
    ("our-modelling-is-coarse", "Our modelling is coarse, and it assumes the culvert is fully "
     "blocked.", True),
    ("our-modelling-is-coarse", "The estimates are rough and will change.", True),
    ("our-modelling-is-coarse", "The bridge is simple and strong.", False),
    ("not-invented-from-nothing", "That sequence is not invented from nothing.", True),
    ("not-invented-from-nothing", "The story is not made up out of thin air.", True),
    ("not-invented-from-nothing", "The sequence was invented in 1921.", False),
    ("question-we-put", "That was the question we put to the twelve people around the table.", True),
    ("question-we-put", "That is the scenario the participants were given.", True),
    ("question-we-put", "That was the question the minister refused to answer.", False),
    ("question-we-put", "This is the problem we face every winter.", False),
    ("written-as-future-item", "The annex below is written as a future news item so that frontline staff "
     "can picture how a heatwave would affect the service.", True),
    ("written-as-future-item", "This section is written as a future news report.", True),
    ("written-as-future-item", "The report was written as a news item in 1998.", False),
    ("real-thing", "She carries the boat down to the stage and announces that the real Heron has come "
     "home.", False),
    ("real-thing", "The real Heron was launched in 1902.", True),
    ("announces-the-case", "Residents still argue about that decision, so it is worth working through what "
     "would have happened.", True),
    ("announces-the-case", "Let's walk through what might have happened.", True),
    ("announces-the-case", "It is worth working through the figures.", False),
    ("start-with-the-issue", "Start with duty.", True),
    ("start-with-the-issue", "Let's begin with the costs.", True),
    ("start-with-the-issue", "Start with duty, then move on to breach and causation.", False),
    ("start-with-the-issue", "The day will start with a parade through the town.", False),
    ("case-law-cited", "Since Donoghue v Stevenson in 1932, a person who makes or repairs goods owes a "
     "duty to those who will use them.", True),
    ("case-law-cited", "Under Hadley v Baxendale, damages are limited to losses the parties could "
     "foresee.", True),
    ("case-law-cited", "The court in Smith v Jones (1998) took a narrower view.", True),
    ("case-law-cited", "Okafor sues Ambler and the case is listed as Okafor v Ambler.", False),
    ("we-regard-it-as", "We consider the likelihood of this event to be low but not negligible, and "
     "recommend quarterly test operation.", True),
    ("we-regard-it-as", "We judge the probability of such a storm to be about one in fifty each year.", True),
    ("we-regard-it-as", "We consider the likelihood of rain tomorrow.", False),
    ("where-people-get-confused", "Here is where people get confused.", True),
    ("where-people-get-confused", "This is where it gets interesting.", True),
    ("where-people-get-confused", "That's where most students go wrong.", True),
    ("where-people-get-confused", "This is where the bus stops.", False),
    ("of-this-age-rely", "Dry docks of this age rely on the caisson seal as the single barrier against the "
     "tide.", True),
    ("of-this-age-rely", "Bridges of this type are rarely inspected from below.", True),
    ("of-this-age-rely", "The dock of this age relies on one seal.", False),
    ("findings-label", "Actions for the mobile library service:", True),
    ("findings-label", "Lessons for the depot team:", True),
    ("findings-label", "Actions for the mobile library service were agreed.", False),
    ("action-item", "- Fit a thermometer in each van and agree a cut-off temperature.", True),
    ("action-item", "- Add the community nursing number to every driver's route sheet.", True),
    ("action-item", "1. Review the call-out sheet monthly.", True),
    ("action-item", "- Staff evacuate the building at 09:10.", False),
    ("action-item", "Fit a thermometer in each van.", False),
    ("most-readers-answer", "Most people first answer that the boat on the water is, because it kept the "
     "name.", True),
    ("most-readers-answer", "Most students conclude that a bolting horse on a road is just the kind of "
     "thing a failed stirrup makes foreseeable.", True),
    ("most-readers-answer", "Most residents agree to the new fence.", False),
    ("write-your-answer", "Write your answer to that part in no more than 900 words.", True),
    ("write-your-answer", "Answer in 300 words.", True),
    ("write-your-answer", "She wrote her answer on the back of a napkin.", False),
    ("counterfactual-had", "Had the Street Noise (Chimes) Bill passed its third reading in July 1998, the "
     "jingle would have vanished.", True),
    ("counterfactual-had", "Had the U.S. Senate voted the other way, the treaty would have lapsed.", True),
    ("counterfactual-had", "He had a (small) dog called Rex.", False),
    ("it-is-next-years-date", "It is autumn 2027.", True),
    ("it-is-next-years-date", "It's winter 2028.", True),
    ("it-is-next-years-date", "It is autumn 2027 in the story, the writer says.", False),
    ("one-of-the-oldest", "Lime burning is one of the oldest industrial processes in the world.", True),
    ("one-of-the-oldest", "Reserve prices are one of the oldest tools in auction design.", True),
    ("one-of-the-oldest", "The Red Lion is one of the oldest pubs in the county.", False),
    ("case-law-cited", "The case is loosely modelled on the reasoning in White and Carter v McGregor, a "
     "1961 House of Lords decision.", True),
    ("findings-label", "Actions agreed: separate the plant network from the office network by "
     "December.", True),
    ("in-discussion", "In discussion, the finance director said she did not know who had authority to talk "
     "to the press.", True),
    ("in-discussion", "During the hot debrief, players agreed the call tree was out of date.", True),
    ("in-discussion", "In discussions with the union, the company offered a 4% rise.", False),
    ("students-should-think", "Students should also think about the duty to mitigate loss.", True),
    ("students-should-think", "Each of you should try to reach a settlement you could defend to a "
     "lawyer.", True),
    ("students-should-think", "Students should pay the fee by Friday.", False),
    ("in-most-runs", "In most runs of this exercise, the pair playing Okafor and Greaves ends up splitting "
     "the difference.", True),
    ("in-most-runs", "In most years of drought, the river runs dry.", False),
    ("catches-students-out", "That last point catches a lot of students out.", True),
    ("catches-students-out", "This step trips many learners up.", True),
    ("catches-students-out", "The fishermen catch a lot of mackerel out there.", False),
    ("check-yourself", "If you want to check yourself, try the same gate with 2.5 m of water behind it "
     "before reading on.", True),
    ("check-yourself", "Test your understanding with the questions below.", True),
    ("check-yourself", "The nurse came to check your blood pressure.", False),
    ("criticised-ever-since", "That decision has been criticised ever since, and later courts have limited "
     "it.", True),
    ("criticised-ever-since", "The ruling has been followed in later cases.", True),
    ("criticised-ever-since", "He has been criticised for his remarks.", False),
    ("back-in-the-place", "Back in 2060, the barn rink is booked solid from November to March.", True),
    ("back-in-the-place", "Back in 1998 the firm had three staff.", False),
    ("scenario-in", "A scenario in which carbon prices rise sharply in 2030 tells us something about "
     "exposure to coal-heavy borrowers.", False),
    ("scenario-in", "A scenario in which carbon prices rise sharply in 2030 would hit coal-heavy borrowers "
     "first.", True),
    ("exercise-fact", "\"It's the same race, just indoors,\" said organiser Pip Lawrence, 34.", False),
    ("exercise-fact", "The exercise was organised by the county council.", True),
    ("not-invented-from-nothing", "The wirework failures are not invented.", True),
    ("not-invented-from-nothing", "These figures are not hypothetical.", True),
    ("not-invented-from-nothing", "The figures are not invented by the board.", True),
    ("not-invented-from-nothing", "The failures are not yet understood.", False),
    ("findings-label", "Our findings are as follows.", True),
    ("findings-label", "The findings were summarised below.", True),
    ("findings-label", "Our findings are clear.", False),
    ("standard-practice-long-before", "This kind of check was standard practice long before "
     "computers.", True),
    ("standard-practice-long-before", "Hand calculation has been standard practice for decades.", True),
    ("standard-practice-long-before", "It is standard practice to wear gloves.", False),
    ("take-moments", "Take moments about the tipping line.", True),
    ("take-moments", "Now resolve the forces along the slope.", True),
    ("take-moments", "Take the bus to the station.", False),
    ("used-the-following-scenario", "To test the plan, the working group used the following scenario.", True),
    ("used-the-following-scenario", "We ran the following tabletop scenario in March.", True),
    ("used-the-following-scenario", "The group used the following data sources.", False),
    ("used-the-following-scenario", "To test this plan, the welfare committee worked through the following "
     "hypothetical outbreak in June.", False),
    ("in-practice", "In practice, most insured showmen carry limits of £5m or £10m for public "
     "liability.", True),
    ("in-practice", "The practice, in short, was closed.", False),
    ("losses-modelled-for", "Losses modelled for this scenario are:", True),
    ("losses-modelled-for", "Insured losses estimated under the scenario were: ", True),
    ("losses-modelled-for", "Losses modelled for this scenario are large.", False),
    ("impossible-to-know", "It's impossible to know which version of Marston Moor would have been "
     "happier.", True),
    ("impossible-to-know", "It is hard to say whether the bridge would have paid for itself.", True),
    ("impossible-to-know", "It is hard to find parking in town.", False),
    ("never-did", "The club never did go to Henley.", True),
    ("never-did", "The bridge never did get built.", True),
    ("never-did", "They never did that before.", False),
    ("part-of-life-since", "Travelling fairs have been part of British life since medieval charter "
     "fairs.", True),
    ("part-of-life-since", "The fair has been part of the town's summer for two centuries.", True),
    ("part-of-life-since", "He has been part of the team since May.", False),
    ("about-exercise", "Frank Hollinshead has sent three birds to the Games.", False),
    ("about-exercise", "The council ran the flood exercise last week.", True),
    ("the-case-label", "The case: It is a hot afternoon in late July at a county sheepdog trial.", True),
    ("the-case-label", "The vignette: you are the duty nurse on a night shift.", True),
    ("the-case-label", "The case: Smith sued Jones in 2019.", False),
    ("the-case-label", "In this case: it is not clear.", False),
    ("walked-through-a-possible", "Here's how the county's health protection team walked through a "
     "possible outbreak in its preparedness workshop.", True),
    ("walked-through-a-possible", "The board worked through a hypothetical cyber attack.", True),
    ("walked-through-a-possible", "She walked through a possible entrance to the cave.", False),
    ("walked-through-a-possible", "The team worked through the possible causes.", False),
    ("walked-through-a-possible", "A crew from Harlow Road station worked through a simulated "
     "warehouse fire.", False),
    ("exercise-fact", "The pontoon piles were designed for a maximum water level 0.9 metres lower than "
     "this, so the pontoons float off.", False),
    ("exercise-fact", "The sea wall was designed to withstand a one-in-200-year surge.", False),
    ("exercise-fact", "The exercise was designed to test the loft's flood plan.", True),
    ("the-case-label", "Case: A 58-year-old itinerant knife grinder presents to the minor injuries unit "
     "late on a Friday.", True),
    ("the-case-label", "Vignette: a two-month-old girl is brought in by her father.", True),
    ("the-case-label", "Case: Smith v Jones [2001] EWCA Civ 12.", False),
    ("the-case-label", "In that case: a 58-year-old man was fined.", False),
    ("setting-is-year", "The setting is 1843.", True),
    ("setting-is-year", "The scene is the spring of 1916.", True),
    ("setting-is-year", "The scene is spring 1916.", True),
    ("setting-is-year", "The setting is 1843 London, where the novel follows a clerk.", False),
    ("remember-one-thing", "If you remember one thing, remember that the cheaper person for a job is the "
     "one who gives up least.", True),
    ("remember-one-thing", "If you take one habit from this, ask for the base rate before you trust any "
     "alarm.", True),
    ("remember-one-thing", "If you take one more step, the ice will break.", False),
    ("this-is-the-named-problem", "This is the base rate problem, which Daniel Kahneman and Amos Tversky "
     "made famous in the 1970s.", True),
    ("this-is-the-named-problem", "That is the free-rider problem.", True),
    ("this-is-the-named-problem", "This is the biggest problem, says Kit.", False),
    ("this-is-the-named-problem", "This is a problem for Maren.", False),
    ("text-calls-itself-imagined", "This mock news report was written for the Midlands Peatland Fire "
     "Preparedness Workshop held in Longford in April.", True),
    ("text-calls-itself-imagined", "The firm ran a mock evacuation this morning.", False),
    ("play-resumed", "Play then resumed.", True),
    ("play-resumed", "After lunch, the exercise resumed.", True),
    ("play-resumed", "Play resumed at 11:15.", True),
    ("play-resumed", "Play resumed after a rain delay and Smith reached his century.", False),
    ("argues", "Ferrow replies that it can do 400 umbrellas at £18.", False),
    ("replies-that", "Ferrow replies that it can do 400 umbrellas at £18.", True),
    ("replies-that", "Searle replies that the room as a whole understands nothing.", True),
    ("replies-that", "The store does not answer.", False),
    ("in-the-game", "In the language of game theory, cutting the price is a dominant strategy.", False),
    ("in-the-game", "In the game, Blue loses two frigates.", True),
    ("timeline-day-lead", "By Tuesday the grinding shop has run through its printed job sheets.", True),
    ("timeline-day-lead", "On day three, the water supply fails.", True),
    ("timeline-day-lead", "By the second morning, two wards are closed.", True),
    ("timeline-day-lead", "On Monday, the minister said the plan was sound.", False),
    ("timeline-day-lead", "On Tuesday the real ministry said the plan was sound.", False),
    ("timeline-day-lead", "By Tuesday, in reality, nothing had moved.", False),
    ("most-readers-answer", "Most of my students say Silas did the right thing, or at least nothing "
     "wrong.", True),
    ("most-readers-answer", "Most students say the boat on the water is the same boat.", True),
    ("most-readers-answer", "Most of the crew say they saw nothing.", False),
    ("change-one-detail", "Then I change one detail.", False),
    ("change-one-detail", "So change one number.", True),
    ("change-one-detail", "The council will change one detail of the plan before the vote.", False),
    ("exercise-clock-lead", "It is the winter of 1842, at a salt works on the River Weaver in "
     "Cheshire.", True),
    ("exercise-clock-lead", "It is 02:50 on a Sunday in early February.", True),
    ("exercise-clock-lead", "It is the winter of discontent all over again.", False),
    ("were-once-common", "Water-powered sawmills were once found on almost every fast stream in the "
     "valley.", True),
    ("were-once-common", "Mountain-top observatories were once staffed around the clock.", True),
    ("were-once-common", "Works teams were once a central part of English football.", True),
    ("were-once-common", "Lark was once fined for short weight.", False),
    ("i-kept-the-format", "I've tried to keep the alternative plausible by tying it to the markets that "
     "actually survived.", True),
    ("i-kept-the-format", "I kept the numbers modest on purpose, since nobody really knows how fast the "
     "first wind farms will be retired.", True),
    ("i-kept-the-format", "I kept the boat in the shed all winter.", False),
    ("since-olden-times", "Salt has been made in Cheshire since Roman times, and every town ending in wich "
     "once marked a brine spring.", True),
    ("since-olden-times", "Since then, times have changed.", False),
    ("since-olden-times", "The station itself has changed little since Victorian times.", False),
    ("read-alongside", "It should be read alongside the review's findings in Part 3.", True),
    ("read-alongside", "The letter should be read aloud at the meeting.", False),
    ("counterfactual-had", "Had the frame of No. 2 holder at the fictional Ashgrove works buckled in that "
     "gale, the story would have looked very different.", True),
    ("counterfactual-had", "Had you heard of the works before the gale?", False),
    ("scenario-runs-as-follows", "Reference scenario C2 runs as follows.", True),
    ("scenario-runs-as-follows", "The exercise scenario was as follows:", True),
    ("scenario-runs-as-follows", "The timetable runs as follows.", False),
    ("exercise-fact", "Retting ponds have been empty since June, and volunteers have been hauling water by "
     "tanker.", False),
    ("exercise-fact", "Volunteers played the injured passengers.", True),
    ("structural", "By Friday he feels almost well.", False),
    ("structural", "By Martin Ochoa and Helen Strand", True),
    ("structural", "By then the river had dropped.", False),
    ("real-kind-were", "Real icehouses were common on English country estates in the eighteenth and "
     "nineteenth centuries.", True),
    ("real-kind-were", "Real-life bottle kilns were fired with coal.", False),
    ("really-did", "The Children's Employment Commission really did send sub-commissioners around Britain "
     "in the early 1840s.", True),
    ("really-did", "Traditional smokehouses really do carry a fire risk.", True),
    ("really-did", "She really did love the mill.", False),
    ("really-did", "\"It really does work,\" said Hewitt.", False),
    ("described-case", "Two drovers leave the same milestone on the Welsh road at dawn, driving cattle "
     "east.", True),
    ("described-case", "An abstract rule is easy to recite and hard to use.", False),
    ("described-case", "A well-built one could keep ice until the following autumn.", False),
    ("described-case", "A pilot scheme run by Clear Sound last year found that one in six had hearing "
     "loss.", False),
    ("described-case", "A hungry donkey stands exactly halfway between two bales of hay.", True),
    ("exercise-clock-lead", "It is 1925, and you sit on the board of the Stromvik Whaling Company.", True),
    ("exercise-clock-lead", "It is 1925 all over again for the club.", False),
    ("narrative-one-of-several", "This narrative is one of three prepared for the bank's internal climate "
     "stress test.", True),
    ("narrative-one-of-several", "This story is one of the oldest in the valley.", False),
    ("at-common-law", "At common law an innkeeper was treated almost as an insurer of the goods of "
     "guests.", True),
    ("at-common-law", "She married him at the common land by the river.", False),
    ("judged-plausible", "Our engineers consider a failure of this kind plausible rather than remote.", True),
    ("judged-plausible", "The Trust's finance committee considers this combination severe but "
     "plausible.", True),
    ("judged-plausible", "Maren considers the offer fair.", False),
    ("hypothetical-setting", "For about six years, our induction course for new transport planners "
     "included a role-play set in a fictional trolleybus depot.", False),
    ("hypothetical-setting", "She wrote a novel set in an imagined Lisbon.", False),
    ("hypothetical-setting", "The exercise was held in a fictional county on the east coast.", True),
    ("notes-heading", "Examiner notes.", True),
    ("notes-heading", "Examiner's notes", True),
    ("notes-heading", "Examiner Jones notes the damage.", False),
    ("candidate-guidance", "A good candidate will ask about occupation early and follow up on the weight "
     "loss.", True),
    ("candidate-guidance", "The better answers spend their time on the tow.", True),
    ("candidate-guidance", "Candidates should not examine the patient.", True),
    ("candidate-guidance", "Candidates often stop at the smoking history.", True),
    ("candidate-guidance", "A good friend will always call.", False),
    ("candidate-guidance", "The candidates met in the town hall on Tuesday.", False),
    ("exercise-clock-lead", "It is Monday 14 July, the second week of the bark harvest.", True),
    ("exercise-clock-lead", "It is a Tuesday in late October at the small fishing harbour of Port "
     "Elvan.", True),
    ("exercise-clock-lead", "It is Monday's result that matters.", False),
    ("exercise-clock-lead", "It is Friday night lights for the town.", False),
    ("real-kind-were", "Real bottle kilns, by the way, were coal-fired and notoriously uneven.", True),
    ("real-kind-were", "But real trams were coal-fired once.", True),
    ("real-kind-were", "Real Madrid fans were coal-fired.", False),
    ("section-allows", "Section 58 allows the harbour master to move a vessel at the owner's expense.", True),
    ("section-allows", "Section 4 lets in water when it rains.", False),
    ("under-the-act", "Under the Harbours, Docks and Piers Clauses Act 1847, a harbour master may give "
     "directions about the mooring of vessels.", True),
    ("under-the-act", "Under the Sale of Goods Act 1979, goods must be of satisfactory quality.", True),
    ("under-the-act", "Under the new act, which takes effect in 2047, boats pay more.", False),
    ("past-perfect-main", "Harbour master Duncan Orr heard her whistle but had nothing to answer it "
     "with.", False),
    ("past-perfect-main", "The mill had long stopped turning.", True),
    ("described-case", "A few lessons the piece is meant to draw out:", False),
    ("described-case", "A fisherman stands on the quay at dawn.", True),
    ("text-above-is-a-scenario", "Note for readers: the article above is a scenario story written for the "
     "Wellsby Climate Adaptation Plan.", True),
    ("text-above-is-a-scenario", "The article above is a summary of the council's minutes.", False),
    ("assistant-aside", "Great prompt — happy to write this one.", True),
    ("assistant-aside", "Great prompt!", True),
    ("assistant-aside", "Happy to write this one.", True),
    ("assistant-aside", "Great prompt from the coach gave the team a lift.", False),
    ("in-this-telling", "In the story's version of 2046, Lacey says she would have stayed open with a "
     "cooler roof.", True),
    ("in-this-telling", "In the story's first version, nobody dies.", False),
    ("offer-more", "Happy to adjust the tone if you want it lighter or more wistful.", True),
    ("offer-more", "Happy to adjust, the keeper waved them through.", True),
    ("not-real-note", "Note: the names, the firm and the figures are invented; only the background about "
     "old wells is real.", True),
    ("not-real-note", "The names, dates and places are all invented.", True),
    ("not-real-note", "The names of the dead were read out.", False),
    ("handover", "Here's how a trade paper might cover the result a decade on.", True),
    ("handover", "Great prompt — here's my attempt.", True),
    ("handover", "Here's how the paper covered the result last year.", False),
    ("definition", "Your pony is called Captain, and he has pulled coal tubs underground for six "
     "years.", False),
    ("definition", "Her dog was named Rex.", False),
    ("definition", "This layer is called the mantle.", True),
    ("exercise-fact", "Players from the territorial emergency office, the two band councils and the haul "
     "contractor joined by radio.", True),
    ("exercise-fact", "Exercise controllers fed in updates every twenty minutes.", True),
    ("exercise-fact", "Players from both sides shook hands after the whistle.", False),
    ("finding-label", "Finding 1: no single agency owned the decision to reopen the road.", True),
    ("finding-label", "Recommendation 2 - replace the battery.", True),
    ("finding-label", "Finding one's feet took a while.", False),
    ("recommendations-are", "The working group's recommendations are short.", True),
    ("recommendations-are", "Our main findings follow.", True),
    ("recommendations-are", "The lessons of the flood cost the town dearly.", False),
    ("recommendation-imperative", "Keep a stock of battery lanterns at the lamp store.", True),
    ("recommendation-imperative", "Agree an out-of-hours contact with the conservation office.", True),
    ("recommendation-imperative", "- Put up a shade sail over the cage queue.", True),
    ("recommendation-imperative", "Test results came back on Friday.", False),
    ("recommendation-imperative", "Keep your seals tight and your oxygen topped up.", False),
    ("recommendation-imperative", "\"Keep the line clear,\" she shouted.", False),
    ("modelled-loss", "Modelled insured loss under CS-7 is £6.8 million, of which roughly a third is "
     "business interruption.", True),
    ("modelled-loss", "The modelled loss breaches the reinsurance attachment by about £3.2 million.", True),
    ("modelled-loss", "The model lost her luggage.", False),
    ("notes-heading", "Guidance for students.", True),
    ("notes-heading", "Hints for candidates:", True),
    ("notes-heading", "Guidance for students was changed last year.", False),
    ("exam-instruction", "Advise the parties.", True),
    ("exam-instruction", "Advise Nandra.", True),
    ("exam-instruction", "Start by deciding what the sign is.", True),
    ("exam-instruction", "Advise the parties of their rights before the hearing begins next week in the "
     "county court.", False),
    ("exam-instruction", "Start-up costs were high.", False),
    ("candidate-guidance", "Answers that simply recite the rules without applying them to Nandra's "
     "position will score poorly.", True),
    ("candidate-guidance", "Students who walk to school will get wet.", False),
    ("facts-heading", "The facts.", True),
    ("facts-heading", "The facts of the problem:", True),
    ("facts-heading", "The facts are not in dispute.", False),
    ("encyclopedic", "Priya Osei is a locksmith in a market town.", False),
    ("encyclopedic", "Mars is the fourth planet from the Sun.", True),
    ("encyclopedic", "The Gulf Stream is a fast, warm ocean current.", True),
    ("past-perfect-main", "His gang had sheared more than 900 ewes since dawn.", False),
    ("exercise-clock-lead", "It is now Thursday.", True),
    ("exercise-clock-lead", "It is now Thursday's vote that matters.", False),
    ("announces-the-case", "The narrative below is the one the board chose.", True),
    ("announces-the-case", "The story below the fold was about the council.", False),
    ("inject-number", "Inject 2", True),
    ("inject-number", "Inject 3: the river rises", True),
    ("inject-number", "Inject 2 went out at noon and the players read it.", False),
    ("invented-note", "Note: Jessie Mair and the coast-wide strike are invented for this piece, although "
     "the 1936 dispute is real.", True),
    ("invented-note", "(The referendum, the guild and everyone quoted are fictional.)", True),
    ("were-real", "Ireland's peat-fired stations were real too, though the last of them closed in the "
     "early 2020s.", True),
    ("were-real", "Their fears were real too.", True),
    ("were-real", "The fears were really too much.", False),
    ("in-year-did", "In 1936 the Yarmouth women did strike briefly, and they won a small rise within "
     "days.", True),
    ("in-year-did", "In 2041 the council did not renew the lease.", False),
    ("rooted-in-real", "Some of this is rooted in real history.", True),
    ("rooted-in-real", "Much of it is based on real events.", True),
    ("rooted-in-real", "Some of this is rooted in clay.", False),
    ("this-is-fiction", "The following case is a teaching composite and does not describe a real "
     "patient.", True),
    ("this-is-fiction", "The following case is a landmark in tort law.", False),
    ("text-below-is-that-item", "The text below is that item.", True),
    ("text-below-is-that-item", "The text below is that of the 1911 Act.", False),
    ("exercise-clock-lead", "It is October 1826, in a townland outside Macroom.", True),
    ("exercise-clock-lead", "It is October 1826 that the records begin.", False),
    ("general-rule-is-that", "The general rule is that the less elastic side of the market bears more of a "
     "tax.", True),
    ("general-rule-is-that", "The general rule was broken twice that night.", False),
    ("facts-heading", "The facts are as follows.", True),
    ("facts-heading", "The facts are as follows: nobody paid.", False),
    ("modelled-event-label", "The modelled event.", True),
    ("modelled-event-label", "The modelled event was smaller than feared.", False),
    ("quoted-example-question", "\"What if the electronic organ had never been invented?\" works better than "
     "a vague question about church music.", True),
    ("quoted-example-question", "\"What if it floods?\" she asked.", False),
    ("generic-is-a", "Hedgerow Spirits is a small distillery in Dorset that makes sloe gin.", False),
    ("generic-is-a", "Coal is a combustible rock formed from ancient plants.", True),
    ("scenario-label", "Planning scenario C2 (reasonable worst case): a spring tide coincides with a "
     "north-westerly gale.", True),
    ("scenario-label", "The planning scenario (see annex) was agreed in May.", False),
    ("heres-a-fictional", "Here's a news article about what would have happened if the 1944 Education Act "
     "had created a national network of narrowboat schools.", True),
    ("heres-a-fictional", "Here's a news article about what happened when the Education Act passed.", False),
    ("past-century", "Most were built in the eighteenth and nineteenth centuries, lined with puddled "
     "clay.", True),
    ("past-century", "Across the nineteenth century the ponds were relined.", True),
    ("past-century", "It is the defining problem of the twenty-first century.", False),
    ("handover", "Here's how a sports desk might cover it.", True),
    ("handover", "Here's how a local newsroom would report it:", True),
    ("handover", "Here's how a desk lamp might look in the room.", False),
    ("players-paused", "At this point we paused.", True),
    ("players-paused", "At this point we paused to check the real contact list.", True),
    ("players-paused", "At this point we ran for the boats.", False),
    ("room-agreed-that", "The team agreed that nobody present knew who held the admin password.", True),
    ("room-agreed-that", "The team notes that the council's 2017 heritage strategy lists the clocks as "
     "priority assets.", True),
    ("room-agreed-that", "Participants agreed that the plan needs a named contact at each packer.", True),
    ("room-agreed-that", "The rescue team agreed to try the north face.", False),
    ("possessive-real-state", "The brewery's real exposure is small: the horses are insured.", True),
    ("possessive-real-state", "The council's real backup arrangements were last tested in 2022.", True),
    ("possessive-real-state", "Sigrid's real worry is the opposite case.", False),
    ("still-today", "A few towns still employ a winder today.", True),
    ("still-today", "Rope ferries were once common, and a handful still operate today.", True),
    ("still-today", "That is true today, not just in the exercise.", True),
    ("still-today", "Today the ferry still runs.", False),
    ("still-today", "She is still at the tower today, waiting for the key.", False),
    ("our-assessment-is", "Our assessment is that the Quayside cannot carry diverted bus traffic on its "
     "present construction.", True),
    ("our-assessment-is", "My view is that they do.", True),
    ("our-assessment-is", "Our view of the harbour is blocked.", False),
    ("by-the-way", "The name, by the way, is misleading.", True),
    ("by-the-way", "Incidentally, the recipe is older than the town.", True),
    ("by-the-way", "He says, by the way of explanation, nothing.", False),
    ("still-think-the-case", "I still think it's the neatest puzzle about measurement I know.", True),
    ("still-think-the-case", "I find this example more useful than the textbook ones about petrol.", True),
    ("still-think-the-case", "I think it's a long walk to the tower.", False),
    ("versions-of-the-case", "Versions of this puzzle turn up in collections going back at least to the "
     "1930s.", True),
    ("versions-of-the-case", "Versions of the boat were built in three yards.", False),
    ("back-in-the-place", "Back on the downs, Oakhurst patches the cracks.", True),
    ("back-in-the-place", "Back at the top station, Varga engages the drive.", True),
    ("back-in-the-place", "Back in the day, ponds were common.", False),
    ("back-in-the-place", "Back in the eighties, the yard closed.", False),
    ("back-in-the-place", "Back in the real world, nothing moved.", False),
    ("in-the-game", "In the story, the firm's director, Rhys Bevan, rings the newsdesk that "
     "afternoon.", True),
    ("in-the-game", "In our story, the government does.", True),
    ("in-the-game", "In the story of the town, the mill came first.", False),
    ("not-a-forecast", "The narrative is one possible future, not a forecast.", True),
    ("not-a-forecast", "It describes a high-warming pathway and is not a forecast.", True),
    ("not-a-forecast", "The bank issued a warning, not a forecast of rates, on Monday.", True),
    ("not-a-forecast", "Rain is not a forecast anyone wanted.", False),
    ("we-recommended", "We suggest that the trust raise its limit.", True),
    ("we-recommended", "We suggest the trust uses it to start a conversation about water storage.", True),
    ("we-recommended", "They suggest the river is rising.", False),
    ("pronoun-start", "This year's pond at Firle was lined by a team of six.", False),
    ("pronoun-start", "This pond was lined by a team of six.", True),
    ("pronoun-start", "That year's harvest failed.", False),
    ("when-play-resumed", "When we resumed, the operations manager runs the acetators by hand and rings "
     "the buyer directly.", True),
    ("when-play-resumed", "When play resumed, the barrier is already failing.", True),
    ("when-play-resumed", "When the rain resumed, the river rose.", False),
    ("scenario-reproduced-below", "The scenario injects are reproduced below as they were read out on the "
     "day.", True),
    ("scenario-reproduced-below", "The exercise scenario is set out below.", True),
    ("scenario-reproduced-below", "The transcript is printed below for visitors who prefer to read.", False),
    ("genre-label", "4.2 Counterfactual: an extended outage", True),
    ("genre-label", "4.2 Results: an extended outage", False),
    ("years-ago-history", "Ferrets themselves were domesticated at least two thousand years ago, mainly to "
     "flush rabbits.", True),
    ("years-ago-history", "Beacons were lit on these hills thousands of years ago.", True),
    ("years-ago-history", "The shed opened its doors a hundred years ago today with a brass band.", False),
    ("long-history-of", "Halifax has a long history of confectionery.", True),
    ("long-history-of", "Refineries have a long history of serious explosions.", True),
    ("long-history-of", "Halifax has a long queue.", False),
    ("same-logic-explains", "The same logic explains why airlines sell late seats cheaply.", True),
    ("same-logic-explains", "That is the whole point of the puzzle: a small sample tells you little.", True),
    ("same-logic-explains", "This is the classic mistake.", True),
    ("same-logic-explains", "This is the standard incidence result: the side that cannot walk away "
     "pays.", True),
    ("same-logic-explains", "The same ferret won again.", False),
    ("same-logic-explains", "This is the classic toffee tin.", False),
    ("thats-the-question", "That's the question every licensee should be asking,\" she said.", True),
    ("thats-the-question", "That is the question we put to the room.", True),
    ("thats-the-question", "That questioning went on all night.", False),
    ("notes-heading", "Questions for the group:", True),
    ("notes-heading", "Points for the class", True),
    ("notes-heading", "Questions for the mayor were ignored.", False),
    ("argues", "She holds out for £8 and turns him away.", False),
    ("argues", "Parfit holds that identity is not what matters.", True),
    ("consider-a", "Consider a coracle built on the Teifi by a maker called Gwilym in 1990.", True),
    ("consider-a", "Consider a shop opened in 1995 on a quiet street.", True),
    ("consider-a", "Consider a recent report built on survey data.", False),
    ("definite-generic", "Imagine you are the practice nurse at a small GP surgery in Wells.", False),
    ("definite-generic", "Group practice is a form of medical practice.", True),
    ("returning-to-the-scenario", "Returning to the scenario, the company restores ordering from a backup "
     "by Saturday evening.", True),
    ("returning-to-the-scenario", "Back to the story, Martha tips the purse out.", True),
    ("returning-to-the-scenario", "Returning to the office, she found the letter.", False),
    ("solution-heading", "Scenario loss estimate.", True),
    ("solution-heading", "Modelled loss estimate", True),
    ("solution-heading", "Scenario loss estimates fell.", False),
    ("was-once-the-centre", "Broseley in Shropshire was once one of the centres of the English clay "
     "tobacco pipe industry.", True),
    ("was-once-the-centre", "Luton was once the centre of the British straw hat trade.", True),
    ("was-once-the-centre", "Luton was once again quiet.", False),
    ("long-history-of", "Ploughing matches have a long history in Britain and Ireland.", True),
    ("one-answer-says", "One common answer appeals to spatio-temporal continuity: Gwilym's boat traces an "
     "unbroken path.", True),
    ("one-answer-says", "Another answer says identity follows the material.", True),
    ("one-answer-says", "One answer came back from the council that week.", False),
    ("heres-a-report-years-from-now", "Here's a realistic report as it might run in a regional paper a few "
     "years from now:", True),
    ("heres-a-report-years-from-now", "Sure! Here is a news story set twenty years from now.", True),
    ("heres-a-report-years-from-now", "Here's a report on what the town looked like ten years ago.", False),
    ("the-one-actually-built", "The swing bridge that was actually built still opens about four times a "
     "week for yachts.", True),
    ("the-one-actually-built", "In the match that was actually played, Müller's goal won the final.", True),
    ("the-one-actually-built", "Every second you wait changes who is actually at risk.", False),
    ("lessons-heading", "What we learned:", True),
    ("lessons-heading", "Learning points:", True),
    ("lessons-heading", "Lessons identified", True),
    ("lessons-heading", "What we learned about the river surprised us.", False),
    ("stop-here", "Pause here and estimate the depth and total body surface area of the burn.", True),
    ("stop-here", "Pause here and list your differential diagnosis before reading on.", True),
    ("stop-here", "The pause here and there was long.", False),
    ("the-case-label", "Case vignette: A 29-year-old glassblower arrives at the minor injuries unit on a "
     "Saturday afternoon.", True),
    ("the-case-label", "Teaching case: it is a wet Monday on the ward.", True),
    ("the-case-label", "Case closed: the court ruled.", False),
    ("same-as-the-case", "This is structurally the same as Philippa Foot's 1967 trolley case, which she "
     "used to discuss double effect.", True),
    ("same-as-the-case", "This is a version of the prisoner's dilemma.", True),
    ("same-as-the-case", "It is the same as last year's boat.", False),
    ("exercise-clock-lead", "It is the Thursday before the Lantern Walk, and 6,000 timed-entry tickets "
     "have been sold.", True),
    ("exercise-clock-lead", "It is the evening of the Jubilee chain.", True),
    ("exercise-clock-lead", "It is the evening of a long day.", False),
    ("asked-to-imagine", "Last spring the guild joined a county workshop in which residents were asked to "
     "imagine the town in 2080.", False),
    ("asked-to-imagine", "For this exercise, volunteers were asked to picture the following.", True),
    ("baseline-year", "Mean sea level at the bay is 0.31 metres higher than in 2020.", True),
    ("baseline-year", "Staff numbers are 15 per cent lower than in 2024.", True),
    ("baseline-year", "He moved there in 2020.", False),
    ("lessons-heading", "Lessons", True),
    ("lessons-heading", "Key lessons", True),
    ("lessons-heading", "Lessons were learned.", False),
    ("assumed-that", "Its scenario planning had assumed a slower, visible failure rather than a sudden "
     "fall.", False),
    ("assumed-that", "The scenario assumed that the river would peak on the Tuesday.", True),
    ("was-once-the-centre", "Penrhyn was once the largest slate quarry in the world.", True),
    ("was-once-the-centre", "Whitby was once one of the busiest whaling ports in the kingdom.", True),
    ("was-once-the-centre", "The shed was once the largest room we had.", False),
    ("some-background-first", "Some background is useful here.", True),
    ("some-background-first", "A little context is in order.", True),
    ("some-background-first", "Some background noise is useful here for the recording.", False),
    ("real-kinds-are", "Real lighthouse authorities did remove and sell many of these lenses in the "
     "1980s.", True),
    ("real-kinds-are", "Real wages did rise last year.", False),
    ("it-is-week-of-an-event", "It is week nine of a moderate influenza pandemic.", True),
    ("it-is-week-of-an-event", "It's day three of a prolonged regional blackout.", True),
    ("it-is-week-of-an-event", "It is day three of the strike, and talks have stalled.", False),
    ("exercise-began-with", "The facilitator opened with a news bulletin.", True),
    ("exercise-began-with", "The facilitators began the session with a mock radio report from the "
     "coast.", True),
    ("exercise-began-with", "The facilitator opened with a welcome and a safety briefing.", False),
    ("most-known", "Heat illness among outdoor staff is well documented.", True),
    ("most-known", "The effect has been extensively studied.", True),
    ("most-known", "The fire's cause is well understood by the crews who fought it, and they say so.", False),
    ("definition", "Economists measure elasticity as the percentage change in quantity divided by the "
     "percentage change in price.", True),
    ("definition", "Engineers define the safety factor as the ratio of failure load to working load.", True),
    ("definition", "The engineers measured the deck as it sagged.", False),
    ("the-trick-is", "The main reason is substitutes.", True),
    ("the-trick-is", "The short answer is yes.", True),
    ("the-trick-is", "The main reason was the fog.", False),
    ("not-as-far-fetched", "Hardly any of this is far-fetched.", True),
    ("not-as-far-fetched", "None of it is unrealistic.", True),
    ("not-as-far-fetched", "Hardly any of this is left.", False),
    ("solution-heading", "What the market should do now:", True),
    ("solution-heading", "What we should do next", True),
    ("solution-heading", "What the market should do now is unclear.", False),
    ("back-in-the-place", "Back in week nine, a trader tests positive.", True),
    ("back-in-the-place", "So back on day 3, the pumps fail.", True),
    ("back-in-the-place", "Back in week nine the team lost.", False),
    ("gerund-typically", "Drowning rarely looks like drowning.", True),
    ("gerund-typically", "Swimming seldom takes more than an hour.", True),
    ("gerund-typically", "The pool rarely looks this busy.", False),
    ("law-allows", "Negligence in English law has three familiar elements: a duty of care, a breach and "
     "damage.", True),
    ("law-allows", "Courts then ask whether the defendant fell below the standard of a reasonably "
     "competent member of his trade.", True),
    ("law-allows", "The court then asks the roofer to explain himself.", False),
    ("law-allows", "She studied in English law school.", False),
    ("we-assume-an-event", "For this note we model a single storm on a July afternoon.", True),
    ("we-assume-an-event", "We model a range of outcomes for the estuary.", False),
    ("most-known", "Norovirus is highly infectious, and a very small number of particles is enough to "
     "cause illness.", True),
    ("most-known", "The new strain is highly infectious.", False),
    ("fun-premise", "Still, it's a nice thought.", True),
    ("fun-premise", "It is a nice day for it.", False),
    ("were-real", "Whether any of this will happen is anyone's guess, but the bee boles are real, and most "
     "are still standing.", True),
    ("were-real", "It sounded like a drill, but the sirens were real.", True),
    ("were-real", "The danger is real, the mayor said.", False),
    ("lessons-heading", "Three points to take from this:", True),
    ("lessons-heading", "A few things to remember", True),
    ("lessons-heading", "Three points to take from this game would send them top.", False),
    ("class-instructions", "Allow about 25 minutes including debrief.", True),
    ("class-instructions", "Allow the river to rise.", False),
    ("measure-is-the", "Price elasticity of demand is the percentage change in quantity divided by the "
     "percentage change in price.", True),
    ("measure-is-the", "Unemployment in Valmora is the highest rate on record.", False),
    ("back-in-the-place", "Back in the paulownia world, the argument has moved on to weight.", True),
    ("back-in-the-place", "Back in the real world, prices rose.", False),
    ("handover", "A news article from that year might read like this:", True),
    ("handover", "Its front page would look something like this:", True),
    ("handover", "The report would look like this if it were printed.", False),
    ("in-this-telling", "Under the same narrative, the harbour authority closes one of the three landing "
     "slips.", True),
    ("in-this-telling", "Under the same roof, three families live.", False),
    ("case-label", "Case vignette.", True),
    ("case-label", "Clinical vignette", True),
    ("case-label", "Case vignettes are useful.", False),
    ("assistant-aside", "Hope you enjoy it!", True),
    ("assistant-aside", "I hope you like this one!", False),
    ("assistant-aside", "Hope you enjoy the festival, the mayor said.", False),
    ("still-think-the-case", "That, in my view, is the single most useful outcome of this exercise.", True),
    ("still-think-the-case", "\"In my view, the gates will hold,\" the keeper said.", False),
    ("was-once-the-centre", "Cheese pressing itself is an old craft: the curd is packed into a mould.", True),
    ("was-once-the-centre", "Thatching is an ancient trade.", True),
    ("was-once-the-centre", "The old craft fair is on Saturday.", False),
    ("definition", "Glass eels are the transparent juvenile stage of the European eel.", True),
    ("definition", "The trial is in its final stage of review.", False),
    ("solution-heading", "Findings and recommendations:", True),
    ("solution-heading", "Key findings and actions", True),
    ("solution-heading", "Findings and recommendations were published in May.", False),
    ("none-of-this", "None of this happened.", True),
    ("none-of-this", "Today the picture looks very different.", True),
    ("exit-reality", "Back in our world, the compromise held.", True),
    ("exit-reality", "The picture was taken in 1962.", False),
    ("not-a-forecast", "Staff stressed that the scenario is not a forecast.", True),
    ("not-a-forecast", "That future is not inevitable, but the trends behind it are real.", True),
    ("not-a-forecast", "Scenario C is not a forecast.", True),
    ("not-a-forecast", "The ministry says the assumption is a tool for planning, not a prediction of the "
     "next one.", True),
    ("not-a-forecast", "The forecast is not good for farmers.", False),
    ("scenario-is", "Scenario B assumes a repeat of the 2022 drought.", True),
    ("scenario-is", "The scenario, set in 2031, assumed that a blockade began in May.", True),
    ("scenario-is", "The low variant described here assumes that fertility stays at 1.3.", True),
    ("scenario-is", "Its central planning assumption describes a virus that spreads easily.", True),
    ("scenario-is", "The variant spread quickly through the city.", False),
    ("said", '"Imagine what 900 jobs mean for this town," said Denise Holt, who chairs the board.', True),
    ("said", '"We will see," said the spokesman.', False),
    ("consider-a", "Consider a village with ten fishing families and a single lake.", True),
    ("consider-a", "Take a family of four, the Okafors, who owe money.", True),
    ("consider-a", "Consider a firm that sells umbrellas.", True),
    ("consider-a", "Consider a recent survey that found most voters undecided.", False),
    ("consider-a", "Consider a bill that was passed in 2019.", False),
    ("consider-a", "Take a look at the numbers.", False),
    ("real-thing", "Fieldwork showed that real communities often avoid the trap.", True),
    ("real-thing", "Wages fell in real terms.", False),
    ("genre-label", "An alternate history", True),
    ("genre-label", "ALTERNATE TIMELINE | Paris marks 230 years of the ten-hour day", True),
    ("genre-label", "An alternate history of the railway was published in May.", False),
    ("letter-from-the-future", "Letter from 2045: the quiet classroom", True),
    ("letter-from-the-future", "Letter from 2015: the year we moved", False),
    ("future-dated-heading", "From the diary of a beekeeper, Saturday 3 April 2049", True),
    ("future-dated-heading", "The council met on Saturday 3 April 2021", False),
    ("case-in", "In the downside case, cocoa reaches $14,000 a tonne.", True),
    ("case-in", "In the high-emissions pathway, AP-3, exports grow quickly.", True),
    ("case-in", "In the worst case, the storm could bring 20 inches of rain.", False),
    ("case-in", "In the case of the bridge, repairs took a year.", False),
    ("worst-case-told", "In the worst case, both cables fail within days of each other in midwinter.", True),
    ("worst-case-told", "In the worst case scenario, the bank loses its licence and savers queue.", True),
    ("worst-case-told", "In the worst case, the storm could bring 20 inches of rain.", False),
    ("genre-label", "An alternate-history report: the court does not end the great voyages.", True),
    ("genre-tag-after", "Outback telescope maps the glow of the universe's first stars (Speculative)", True),
    ("genre-tag-after", "Boat sinks off the cape [Alternate history]", True),
    ("genre-tag-after", "Shares rise on hopes (speculative) of a deal", False),
    ("place-that-never", "This is a dispatch from an Egypt that never built the High Dam.", True),
    ("place-that-never", "Picture a Britain where the railways were never sold.", True),
    ("place-that-never", "We want a Europe that never again goes to war.", False),
    ("place-that-never", "A drama set in a Britain that never joined the war tops the charts.", False),
    ("might-have-carried", "Had the shift refused, the paper might have carried a report like this.", True),
    ("might-have-carried", "Counterfactual: the report a paper might have printed if the lead held.", True),
    ("might-have-carried", "The front page would have read: DEWEY WINS.", True),
    ("might-have-carried", "The paper might have carried the story if it had known.", False),
    ("might-have-carried", "It would have looked different.", False),
    ("scenario-is", "Scenario C starts from a single premise: nobody pays for the defences.", True),
    ("exercise-script-opened", "The exercise script opened at 6.40 a.m. on a weekday in February.", True),
    ("exercise-script-opened", "The exercise scenario began on a Monday in March.", True),
    ("exercise-script-opened", "The exercise began at 9 a.m.", False),
    ("fast-forward-by", "Fast-forward fifteen years and stand at the Corn Exchange stop.", True),
    ("fast-forward-by", "Skip ahead two decades.", True),
    ("fast-forward-by", "Fast forward progress was made on the bill.", False),
    ("not-yet-exist", "That Harwick does not exist yet, and we can still stop it from arriving.", True),
    ("not-yet-exist", "Such a city doesn't exist yet.", True),
    ("not-yet-exist", "The company does not exist.", False),
    ("invented-note", "The telescope here is real, but the detection is invented for this piece.", True),
    ("invented-note", "The engine was invented for the army.", False),
    ("work-describes", "Her new novel imagines a Britain without coal.", True),
    ("future-dateline", "IQALUIT, Nunavut, 24 March 2044 (a speculative report) — Officials said.", True),
    ("future-dateline", "PARIS, 4 May 2021 (AFP) — Officials said.", False),
    ("might-have-carried", "I asked how a paper might have handled the story if the vote had failed.", True),
    ("might-have-carried", "The paper might have handled it better.", False),
    ("another-year", "FROM THE FILES OF ANOTHER 1975", True),
    ("another-year", "Filed from another 1940: the Games open", True),
    ("another-year", "Fears of another 2008", False),
    ("another-year", "Could we see another 2008 this year?", False),
    ("imperative-imagine", "Consider the following facts.", True),
    ("imperative-imagine", "Consider the following: sales fell.", False),
    ("change-one-detail", "Now change one fact and assume that A waits three weeks.", True),
    ("change-one-detail", "They change one thing and move on.", False),
    ("script-opens-at", "The script, written by a consultancy, opens at 9:41 on a Tuesday morning.", True),
    ("script-opens-at", "The script opens in a Paris café in 1942.", False),
    ("script-jumped", "In the final hour the script jumped to the morning of the third day.", True),
    ("script-jumped", "By lunchtime the exercise clock had reached the second day.", True),
    ("script-jumped", "The clock reached the second hour.", False),
    ("begins-from-assumption", "Home Ground begins from one assumption: that student numbers fall.", True),
    ("begins-from-assumption", "The analysis starts from a simple premise that markets clear.", False),
    ("future-day-of-lead", "On the coldest morning of the winter of 2041, her kitchen is warm.", True),
    ("future-day-of-lead", "On the last day of March 2031, the plant will close.", False),
    ("future-day-of-lead", "On the first day of 2021, prices rose.", False),
    ("you-wake-up", "You wake one morning in a hospital bed, back to back with a violinist.", True),
    ("you-wake-up", "You wake up every day at six.", False),
    ("you-wake-up", "When you wake up, drink water.", False),
    ("scenario-placed", "Planners have placed the failure on a weekday in late January.", True),
    ("scenario-placed", "Police placed the suspect in a cell.", False),
    ("walk-through-it", "So let's pick the worst plausible moment and walk through it.", True),
    ("walk-through-it", "Let's walk through the numbers.", False),
    ("not-yet-exist", "That morning is still a long way off, and it may never arrive in that form.", True),
    ("not-yet-exist", "That day may never come.", True),
    ("not-yet-exist", "The deal is still a long way off.", False),
    ("genre-label", "[Alternate-timeline bulletin: in the world of this story, he survived.]", True),
    ("another-year", "A business page from an imagined 1985, one in which the cassette won.", True),
    ("another-year", "An imagined 1985 is not a year.", False),
    ("written-as-though", "Below is a match report written as though the final had gone otherwise.", True),
    ("written-as-though", "He acted as though nothing had happened.", False),
    ("filed-from-a-place-where", "Filed by our correspondent in a France where the referendum passed.", True),
    ("filed-from-a-place-where", "He lives in a France where unemployment is high.", False),
    ("dated-ahead", "This article carries a date of 6 June 2031 and was written well before that day.", True),
    ("dated-ahead", "The reopening it describes has not yet taken place.", True),
    ("dated-ahead", "This article carries a correction.", False),
    ("fast-forward-by", "The eve of the vote is years away, but let us skip ahead to it.", True),
    ("fast-forward-by", "Let's skip the details.", False),
    ("fast-forward-by", "Let's jump to conclusions.", False),
    ("genre-label", "WHAT-IF FILE — Thirty years without a tunnel, and the queue reaches the M20", True),
    ("genre-label", "Court file — judges reject the appeal", False),
    ("participants-were-told", "In the first module, players were told that a strain was spreading.", True),
    ("participants-were-told", "In the first round, voters were told that the count would be slow.", False),
    ("written-as-though", "Sure, here's a news piece pitched as though it ran on 13 April 2029.", True),
    ("written-as-though", "The plan was pitched as though it would pay for itself.", False),
    ("version-in-which", "It is set in a version of November 2021 in which the bid failed.", True),
    ("version-in-which", "The bill passed in a version in which the tax was cut.", False),
    ("the-real-never", "It chose digital, a choice the real company never made, and grew.", True),
    ("the-real-never", "It was a choice the real company made in 1975.", False),
    ("game-world-set-in", "The game's starting situation was set in a winter two years from now.", True),
    ("game-world-set-in", "The game's story is set in medieval Japan.", False),
    ("we-have-invented", "What follows is their answer, told through a family we have invented.", True),
    ("we-have-invented", "A family we have known for years invented a new game.", False),
    ("you-are-narrated", "You are seventy-nine, you live alone on the sixth floor.", True),
    ("you-are-narrated", "\u201cYou are right, you have a point,\u201d she said.", False),
    ("you-are-narrated", "You are what you eat.", False),
    ("future-you-will-be", "Some night, decades from now, you will be the astronomer on shift.", True),
    ("future-you-will-be", "One day you will be able to pay with your face.", False),
    ("worst-case-is", "The committee's worst credible case, which it tested, is a break in the main.", True),
    ("worst-case-is", "The worst case is a flood that could reach the station.", False),
    ("worst-case-is", "Officials said the worst was over.", False),
    ("game-rules", "The game has three rules: a single $20 bill goes to whoever bids highest.", True),
    ("game-rules", "The league has three rules for transfers.", False),
    ("another-year", "Here's a match report from an alternate 1966 in which West Germany won.", True),
    ("heres-a-fictional", "Here's a realistic but fictional news story about a Cascadia quake.", True),
    ("heres-a-fictional", "What follows is an invented case, built so that the agents differ once.", True),
    ("heres-a-fictional", "Here's a story about the future of farming.", False),
    ("heres-a-fictional", "Here is a fictional detective who solves crimes.", False),
    ("future-year-in-lead", "CUPERTINO — Apple on Thursday reported revenue for its 2035 fiscal year.", True),
    ("future-year-in-lead", "LONDON — The city will bid for the Games in 2036.", False),
    ("future-year-in-lead", "PARIS — The ministry published its plan for 2035 on Monday.", False),
    ("participants-were-told", "At the 8 a.m. briefing, players were told that a storm had stalled.", True),
    ("advanced-the-scenario", "Control then jumped game time forward to day 12.", True),
    ("advanced-the-scenario", "The clocks went forward an hour.", False),
    ("placed-players-in", "The read-ahead placed them in the autumn of 2029.", True),
    ("placed-players-in", "Police placed them in a cell.", False),
    ("supposes-that", "The licensee's bounding analysis postulates an ice storm that cuts all lines.", True),
    ("supposes-that", "The study postulated no mechanism.", False),
    ("case-opens-on", "The case opens on a Tuesday in late January, as heavy snow spreads.", True),
    ("case-opens-on", "The court case opens on Monday.", False),
    ("we-follow-invented", "We will follow one made-up institution through seven days in October.", True),
    ("we-follow-invented", "We will follow the invented rules of the game.", False),
    ("we-follow-invented", "We follow the news closely.", False),
    ("future-day-and", "A Saturday in late June, 2070, and the river is running high.", True),
    ("future-day-and", "A Saturday in late June, 2030, and the vote will be close.", False),
    ("heres-a-fictional", "Here's a fictional BBC Sport-style match report imagining the final:", True),
    ("heres-how-it-might-have", "Here's how the front page might have read if war had come:", True),
    ("heres-how-it-might-have", "Here's how the vote might have gone.", False),
    ("i-have-used-invented", "I've used a made-up market town, Ashcombe, for the story.", True),
    ("i-have-used-invented", "We have imagined a present day in which the line escaped closure.", True),
    ("i-have-used-invented", "We have used a new method.", False),
    ("future-date-event", "The glaciologist died on 11 September 2075 at his home in Puerto Natales.", True),
    ("future-date-event", "He is expected to retire in 2031.", False),
    ("future-date-event", "She died on 11 September 2015.", False),
    ("scenario-heading", "Scenario background: In early March, authorities report a cluster of cases.", True),
    ("scenario-heading", "The scenario background was criticised.", False),
    ("exercise-began-with", "The game opened in 2028 with coast guard ships blockading the shoal.", True),
    ("definite-generic", "(This is a hypothetical news story describing a fictional event.)", False),
    ("definite-generic", "This is a story of survival.", False),
    ("definite-generic", "This is a term used by economists.", True),
    ("scenario-in", "In the team's scenario, a dome of high pressure settles over France.", True),
    ("lets-follow", "So let's spend a July day in 2060 with Amara Osei, who farms lentils.", True),
    ("lets-follow", "Let's spend a moment on the numbers.", False),
    ("heres-a-future-report", "Here's a sports article from the 2050 World Cup final, robots and all:", True),
    ("heres-a-future-report", "Here's a report about the 2026 budget.", False),
    ("future-period-figures", "It leads, by figures for the second half of 2033 published on Tuesday.", True),
    ("future-period-figures", "Figures for 2035 are expected to show a rise.", False),
    ("heres-a-future-report", "Here's a short story set in the year 2100 on a high-emissions pathway.", True),
    ("supposes-that", "In the thought experiment, Searle imagines himself locked in a room.", True),
    ("supposes-that", "She imagines herself as a future leader.", False),
    ("heres-a-fictional", "Here's a news article imagining the landing on 1969's social media:", True),
    ("heres-a-fictional", "Here's a news article on the landing.", False),
    ("i-have-used-invented", "So I've imagined his last play getting a quiet premiere at home.", True),
    ("i-have-used-invented", "I've imagined the worst.", False),
    ("masthead-future-date", "Lincoln High School Student Newspaper | Portland, Oregon | March 2040", True),
    ("masthead-future-date", "Lincoln High School Student Newspaper | Portland, Oregon | March 2024", False),
    ("masthead-future-date", "The plan runs until March 2040.", False),
    ("work-describes", "This story imagines the first crewed landing on Mars, placed in April 2041.", False),
    ("invented-note", "He said it was old, but the method was invented by Gauss.", False),
    ("measure-is-the", "A marginal rate is the rate charged on the next dollar you earn.", True),
    ("measure-is-the", "The absolute risk reduction is the difference between the two risks.", True),
    ("measure-is-the", "The mayor is the person who signs the order.", False),
    ("the-more-the-more", "The rarer a condition is, the more false positives outnumber true ones.", True),
    ("the-more-the-more", "The more we waited, the angrier we became.", True),
    ("the-more-the-more", "The mayor said the more pressing issue was housing.", False),
    ("it-describes", "It describes one possible future for air travel in Norway.", True),
    ("it-describes", "It describes the route the buses take.", False),
    ("meta-the", "The institute's report recommends that governments act.", True),
    ("meta-the", "A full report will be presented to the board in June.", True),
    ("meta-the", "The chart below shows the flows between the two ports.", True),
    ("meta-the", "At home, the picture is no calmer.", False),
    ("definition", 'The minister called the measures "disproportionate and coordinated," and left.', False),
    ("exercise-fact", "The volunteers arrived with injuries painted on by make-up artists.", True),
    ("has-since-year", "Since 2018 the regulator has required card firms to step in.", True),
    ("work-describes", "Meridian Line, the new game from a Lyon studio, is set in an alternate 1950s.", True),
    ("imagine-that", "The companies asked the court to imagine the city after a ban.", False),
    ("imagine-that", "Nozick asked readers to imagine a machine that gives them any experience.", True),
    ("definition", 'Chief executive Marguerite Olsen called the result "a vindication".', False),
    ("definition", 'She called the milestone "proof that the desktop belongs to people."', False),
    ("definition", 'Physicists called this effect "tunnelling".', True),
    ("definition", 'Engineers call the pattern "lock-in," after the way the deck moves.', True),
    ("in-this-telling", "In this hypothetical, the club moves first.", True),
    ("in-this-telling", "In this version of events, the fund has agreed to stretch repayments.", True),
    ("in-this-telling", "But in this alternate timeline, the treaty was never signed.", True),
    ("in-this-telling", "The minister declined to answer questions on this hypothetical.", False),
    ("in-this-telling", "In this hypothetical scenario the firm would fail.", False),
    ("meta-the", "The exercise was built around a scenario in which an earthquake strikes.", False),
    ("meta-the", "The exercise was held over two days.", True),
    ("consider-a", "Consider a couple, Priya and Tom, who married in 2019.", True),
    ("consider-a", "Consider a couple of recent cases.", False),
    ("pathway-label", "Pathway A: Coordinated transition", True),
    ("pathway-label", "Variant B \u2014 a fragmented world", True),
    ("pathway-label", "Option A: keep the bridge open", False),
    ("under-the-rules", "Under UEFA's sustainability rules, clubs may spend no more than 70%.", True),
    ("under-the-rules", "Under the statutes of the Foundation, only the peace prize can go to groups.", True),
    ("under-the-rules", "Under the EU treaties, the president is appointed by the Council.", True),
    ("under-the-rules", "Under the rule, travellers may still fly to their connections.", False),
    ("under-the-rules", "Under the new rules, clubs may spend no more than 70%.", False),
    ("under-the-rules", "Under UEFA's rules, the club would have to sell two players.", False),
    ("law-allows", "Illinois law does not currently allow its cities to file for bankruptcy.", True),
    ("law-allows", "The state constitution limits governors to two terms.", True),
    ("law-allows", "The new law bars flights shorter than four hours.", False),
    ("section-reference", "The measures were tested against both pathways, as described in Section 5.", True),
    ("section-reference", "The figures are set out in Table 3.2.", True),
    ("section-reference", "She lives in section five of the camp.", False),
    ("counts-as", "A measure counts as robust when it meets its objective under both.", True),
    ("counts-as", "The goal counts as his tenth of the season.", False),
    ("future-dateline", "MUNICH, MARCH 3, 2031 \u2014 The two makers merged on Monday.", True),
    ("future-dateline", "MUNICH, MARCH 3, 2021 \u2014 The two makers merged on Monday.", False),
    ("genre-label", "Imagined: The morning satellite navigation went dark", True),
    ("genre-label", "Imagined futures are the theme of this year's festival.", False),
    ("history-begins", "Had the vote gone the other way, that is where this alternate history begins.", True),
    ("not-real-note", "It did not happen, of course, but the island still talks about it.", True),
    ("not-real-note", "The outage described here is fictional; the dependence it describes is not.", True),
    ("not-real-note", "For now, the announcement exists only in this thought experiment.", True),
    ("not-real-note", "No council has gone this far, and the chamber remains a thought experiment.", True),
    ("not-real-note", "The attack did not happen until dawn.", False),
    ("not-real-note", "None of the events below have happened.", False),
    ("about-this-text", "None of the events below have happened.", True),
    ("about-this-text", "Speculative pieces like this one are a way of asking what a museum owes.", True),
    ("this-time", "This time, the regulator cleared the merger.", True),
    ("this-time", "Prices fell at this time last year.", False),
    ("current-things", "Current vaccines target the head of the protein.", True),
    ("current-things", "Every superconductor in practical use today has to be cooled.", True),
    ("current-things", "Current plans call for a second line.", False),
    ("future-dateline", "MARCH 3, 2031 \u2014 The council voted 61 to 28 on Tuesday.", True),
    ("take-name", "Take Maria, who is 30, earns $58,000 a year.", True),
    ("take-name", "Now consider Luis, who has the same income.", True),
    ("take-name", "Take Manchester, which has five stations.", False),
    ("meta-this", "This example ignores state taxes and the saver's credit.", True),
    ("only-if", "The court can hear a contentious case only if both states accept it.", True),
    ("only-if", "A licence of this kind lets a maker ship Google's apps only if it passes tests.", True),
    ("only-if", "The court would hear the case only if both states agreed.", False),
    ("not-real-note", "No such loan has been agreed, and the painting stays in Paris.", True),
    ("not-real-note", "Whether the merger would really have saved the firm is impossible to know.", True),
    ("about-this-text", "Exercises such as this one are meant less as prediction than as a test.", True),
    ("generic-is-a", "A subglacial lake is a body of liquid water trapped under an ice sheet.", True),
    ("generic-is-a", "A penalty shoot-out is used when a knockout match is still level.", True),
    ("generic-is-a", "A new stadium is planned for the east bank.", False),
    ("desk-imagines", "Our futures desk imagines the day a streaming service stopped paying.", True),
    ("desk-imagines", "The minister imagines a day when every town has a station.", False),
    ("series-exploring", "This article is part of a series exploring a scenario in which it passed.", True),
    ("desk-imagines", "The report imagines a city without cars.", False),
    ("this-is-how", "This is how one of their milestones might be reported.", True),
    ("this-is-how", "This is how the council reported the figures.", False),
    ("scenario-began", "The scenario began on a Monday morning in late November.", True),
    ("meta-the", "The scenario began on a Monday morning in late November.", False),
    ("scenario-is", "Our reasonable worst case assumes that two dry winters follow one another.", True),
    ("consider-a", "Consider a contract under which a bakery agrees to buy a new oven.", True),
    ("consider-a", "Consider a stirred tank that initially holds 500 litres of pure water.", True),
    ("genre-label", "[Speculative fiction: this report imagines how the landing might be covered.]", True),
    ("not-a-forecast", "The institute's director said neither scenario was a forecast.", True),
    ("past-perfect-main", "Jamming incidents had also become far more frequent after 2022.", True),
    ("current-things", "Existing policies stay in place, but no new ones are added.", False),
    # held-out styles: teaching cases, exercise reports, planning pathways, machine-written news
    ("consider-a", "Take instead a stiff rod that joins the two ships.", True),
    ("consider-a", "Compare a 31-year-old woman who attends the same clinic with a cough.", True),
    ("consider-a", "Compare a recent survey of nurses with the official figures.", False),
    ("take-name", "Take now her younger colleague Jun Takeda, who is 24, and pays less tax.", True),
    ("take-name", "Take her word for it.", False),
    ("imperative-imagine", "Let the reader picture a small fuel terminal on a river estuary.", True),
    ("imperative-imagine", "Let the reader decide.", False),
    ("clinical-vignette", "A 54-year-old man presents to the emergency department with chest pain.", True),
    ("clinical-vignette", "A six-year-old girl is brought in by her mother after a fall.", True),
    ("clinical-vignette", "A 54-year-old man was taken to hospital after the crash.", False),
    ("change-one-detail", "Now change one detail: the letter is lost in the post.", True),
    ("change-one-detail", "Change the password every month.", False),
    ("run-again", "Run the same night again, but this time with the alarm broken.", True),
    ("run-again", "Run the tap until the water is cold.", False),
    ("here-is-the-setup", "Here is the set-up: Renata is 35 and works as a pharmacist.", True),
    ("here-is-the-setup", "Here is the setting of the film, a small town in Ohio.", False),
    ("story-goes", "The story goes like this.", True),
    ("story-goes", "The story goes that he never returned.", False),
    ("starts-from-premise", "Fast Grid starts from the premise that governments agree on a plan.", True),
    ("starts-from-premise", "The bill's premise is that rents are too high.", False),
    ("exercise-began-with", "The exercise began with a fire in the engine room of a container ship.", True),
    ("exercise-began-with", "The exercise began with a briefing by the harbour master.", False),
    ("exercise-began-with", "The drill began at ten o'clock.", False),
    ("case-in", "Under the severe path, which the bank added this year, unemployment doubles.", True),
    ("case-in", "Under the flight path, residents complain about the noise.", False),
    ("scenario-heading", "Scenario as briefed to participants", True),
    ("scenario-heading", "Exercise scenario overview", True),
    ("scenario-heading", "Scenario planning is a discipline with a long history.", False),
    ("case-label", "Problem 3.4", True),
    ("case-label", "Example B", True),
    ("case-label", "Worked example 7.2: lost profits and remoteness of damage", False),
    ("case-label", "The problem is 3.4 metres long.", False),
    ("pathway-label", "Pathway one: Fast Grid", True),
    ("imagining-headline", "Imagining Anies Baswedan's second term in Jakarta", True),
    ("imagining-headline", "Imagining the future of work", False),
    ("imagining-headline", "Imagining how cities adapt to heat", False),
    ("future-dated-heading", "Thursday, 16 November 2045, 6:10 a.m.", True),
    ("future-dated-heading", "Thursday, 16 November 2025, 6:10 a.m.", False),
    ("future-season-lead", "The curing season of 2036 has begun in Sambava, and the beans are drying.", True),
    ("future-season-lead", "The census of 2031 is scheduled to begin in March.", False),
    ("written-as-might-have", "The report below is written as a music journalist might have filed it.", True),
    ("written-as-might-have", "The report was written by a music journalist.", False),
    ("in-the-form-given", "In the form Bell gave it, two small spaceships drift at rest in space.", True),
    ("in-the-form-given", "In its original form, the law applied only to men.", False),
    ("scenario-began", "Feynman's version begins with an apparatus in a dark room.", True),
    ("closing-note-self", "Editor's note: This release is a spec piece, as it might read.", True),
    ("closing-note-self", "This release was updated on Tuesday to correct a figure.", False),
    ("text-calls-itself-imagined", "This week's interview is a thought-experiment edition.", True),
    ("text-calls-itself-imagined", "This review of a novel that imagines a Nazi victory is short.", False),
    ("scenario-label", "Scenario planning", False),
    ("scenario-label", "Scenario B", True),
    ("exercise-practice", "Vardonian forces were played by the 1st Battalion.", True),
    ("exercise-practice", "Soldiers also practiced passing radio traffic across national systems.", True),
    ("exercise-practice", "The band rehearsed for three weeks in a London studio.", False),
    ("in-the-game", "By the tenth day of the scenario, the enemy had pushed to the river.", True),
    ("consider-a", "Consider two identical spaceships, A and B, at rest in empty space.", True),
    ("lets-follow", "Let's follow a single parcel of air as the wind pushes it uphill.", True),
    ("lets-follow", "Let's follow the money.", False),
    ("classic-feature", "Pleuritic pain is in fact a classic feature of peripheral emboli.", True),
    ("classic-feature", "A common trap with presentations like this is anchoring on the first idea.", True),
    ("classic-feature", "The classic car was sold for a record price.", False),
    ("guidelines-say", "When embolism is likely, guidelines recommend going straight to a scan.", True),
    ("guidelines-say", "The guidelines were published in 2019.", False),
    ("occurs-when", "Pulmonary embolism occurs when a clot lodges in an artery of the lung.", True),
    ("occurs-when", "The crash occurred when the driver fell asleep.", False),
    ("scenario-runs-as-follows", "The scenario for the day was as follows.", True),
    ("scenario-runs-as-follows", "The scenario for this session runs as follows:", True),
    ("scenario-runs-as-follows", "The schedule for the day was as follows.", False),
    ("scenario-began", "The game opens in a winter when coke and smithing coal become almost impossible to "
                       "buy.", True),
    ("scenario-began", "This year's exercise begins on a morning when the river is already high.", True),
    ("scenario-began", "The game opens in a new stadium next week.", False),
    ("scenario-began", "The game began in a year when attendance was falling.", False),
    ("given-the-scenario", "Participants worked through a flood scenario set on a wet night in late "
                           "October.", True),
    ("given-the-scenario", "The teams played through a scenario in which the port closed for a week.", True),
    ("given-the-scenario", "Participants worked through a flood scenario and then discussed the "
                           "plan.", False),
    ("not-a-forecast", "Stress tests are not forecasts, the insurer points out in its covering "
                       "letter.", True),
    ("not-a-forecast", "Simulations are not predictions.", True),
    ("not-a-forecast", "Stress tests are not cheap.", False),
    ("back-in-the-place", "Returning to 2040: head of sales Cora Lindqvist retires that year.", True),
    ("back-in-the-place", "Returning to 2040, the board meets again.", True),
    ("back-in-the-place", "Returning to 2040 levels will take a decade.", False),
    ("a-word-on", "A word on method.", True),
    ("a-word-on", "Before we go further, a word on the law.", True),
    ("a-word-on", "A quick word on the tool.", True),
    ("a-word-on", "(A side note: real leather bellows still need regular oiling, or the hide cracks.)", True),
    ("a-word-on", "A word on the street was that the mill would close.", False),
    ("a-word-on", "She had a word on the phone with her brother.", False),
    ("some-background-first", "Some background: a mangle is a pair of rollers turned by a hand crank.", True),
    ("some-background-first", "Some history: the mill opened in 1802.", True),
    ("some-background-first", "Some background music played.", False),
    ("for-readers-unfamiliar", "For readers unfamiliar with the product: treacle is the syrup left over "
                               "when sugar is refined.", True),
    ("for-readers-unfamiliar", "For those who are new to the sport, a scrum restarts play.", True),
    ("for-readers-unfamiliar", "For readers, the new library is a welcome change.", False),
    ("generic-is-a", "A semaphore signal is a pivoting arm on a post.", True),
    ("generic-is-a", "A bellows is a bag of leather between two boards.", True),
    ("generic-is-a", "A new signal box is a step on a long road to recovery for the line.", False),
    ("kinds-are-things-which", "Turnips are root vegetables of the cabbage family.", True),
    ("kinds-are-things-which", "Linoleum itself is made from solidified linseed oil, pine resin and ground "
                               "cork.", True),
    ("kinds-are-things-which", "Turnips are the pride of the village this year.", False),
    ("kinds-are-things-which", "Lunch is made from leftovers.", False),
    ("most-known", "Spontaneous combustion of oily material is a well-documented hazard.", True),
    ("most-known", "Spontaneous combustion of oily material is a hazard the crew noticed.", False),
    ("assistant-aside", "Hope you enjoyed this little alternate-history piece.", True),
    ("assistant-aside", "I hope you enjoy this short story.", True),
    ("assistant-aside", "Hope you enjoyed the festival, the mayor told visitors.", False),
    ("fun-premise", "It's a romantic picture, and probably an unlikely one, but the lever frame has a "
                    "certain charm.", True),
    ("fun-premise", "It's a rosy vision.", True),
    ("fun-premise", "It's a romantic place for a wedding.", False),
    ("i-kept-the-format", "I set this one forty years out so that the climate background could plausibly "
                          "have changed.", True),
    ("i-kept-the-format", "We set the table before the guests arrived, as the format required.", False),
    ("lets-count", "Let us do the arithmetic.", True),
    ("lets-count", "Let us go home.", False),
    ("lets-count", "Let's count instead.", True),
    ("lets-count", "Let's count sheep instead.", False),
    ("exercise-label", "Exercise: repeat the calculation with cane prices ten per cent higher.", True),
    ("exercise-label", "Your turn: calculate the margin at a lower price.", True),
    ("exercise-label", "Exercise: Harbour Gate 24", False),
    ("class-instructions", "Instructors may adjust the details to suit their group.", True),
    ("class-instructions", "Work through the reasoning yourself before reading the model answer.", True),
    ("class-instructions", "Pay attention to the apportionment of fault.", True),
    ("class-instructions", "Teachers may strike next week.", False),
    ("class-instructions", "The staff work through the night.", False),
    ("you-are-the-role", "It is 1871 and you are the new teacher at an abacus school in the market town of "
                         "Kessing.", True),
    ("you-are-the-role", "It's the winter of 1890, and you're the foreman of a linoleum works.", True),
    ("you-are-the-role", "It is 1871 and you are the reason for this.", False),
    ("worth-remembering", "A rule worth remembering here: fixed costs do not change with output, while "
                          "variable costs do.", True),
    ("worth-remembering", "One point worth noting is that the law changed in 1932.", True),
    ("worth-remembering", "A house worth remembering stood on the hill.", False),
    ("still-think-the-case", "My own verdict, after running it with three classes: the pupils who defend "
                             "Lotte argue better.", True),
    ("still-think-the-case", "My verdict: the plan works.", True),
    ("still-think-the-case", "My verdict was overturned on appeal.", False),
    ("judged-plausible", "We think this future is plausible but by no means likely.", True),
    ("judged-plausible", "We think the plan is ready for the council.", False),
    ("this-is-the-lemma", "This is exactly Bayes' theorem, just done with counts rather than "
                          "probabilities.", True),
    ("this-is-the-lemma", "This is exactly the plan the mayor wanted.", False),
    ("scenario-heading", "Exercise brief: a disgruntled former contractor enters the site at night using "
                         "an old badge.", True),
    ("scenario-heading", "Exercise briefing: the river rises overnight.", True),
    ("scenario-heading", "Exercise brief", False),
    ("scenario-pictures", "The council's projection narrative describes the site in 2060 under a "
                          "high-emissions pathway.", True),
    ("scenario-pictures", "The scenario describes the risks in 2024 terms.", False),
    ("some-background-first", "Some background for readers: hosiery is the trade name for knitted "
                              "legwear.", True),
    ("assistant-aside", "I hope this captures the tone you were after!", True),
    ("assistant-aside", "Hope this matches what you had in mind!", True),
    ("was-once-the-centre", "Salt pans are an ancient technology.", True),
    ("was-once-the-centre", "The plant is an old technology site.", False),
    ("the-end", "End of story.", True),
    ("the-end", "The End.", True),
    ("the-end", "— END —", True),
    ("the-end", "End of story, the minister said.", False),
    ("generic-is-a", "A sawpit is a trench dug deep enough for one man to stand beneath a log.", True),
    ("generic-is-a", "A piece rate is simply a wage fixed per unit of output instead of per hour.", True),
    ("generic-is-a", "A new bridge is a road built by the army.", True),
    ("generic-is-a", "A man is a suspect, police said.", False),
    ("call-her", "A salt maker, call her Ines Varro, works a single pan at Marsh End on a sunny "
                 "coast.", True),
    ("call-her", "Two sawyers, call them Abel Crane and his nephew Tom, work a pit behind the yard.", True),
    ("call-her", "Critics, call them Luddites if you like, want the mill closed.", False),
    ("call-her", "The board, call it what you will, has failed.", False),
    ("back-to-the-case-line", "Back to our pair.", True),
    ("back-to-the-case-line", "Back to Varnley.", True),
    ("back-to-the-case-line", "Returning to the case.", True),
    ("back-to-the-case-line", "Back to school for the twins next week.", False),
    ("back-to-the-case-line", "Back to our pair, who are still arguing.", False),
    ("in-this-telling", "Within the counterfactual, the tollhouse is enlarged with a second storey in "
                        "1886.", True),
    ("in-this-telling", "Within the hour, the tollhouse was closed.", False),
    ("we-regard-it-as", "The forum does not claim that this sequence is likely.", True),
    ("we-regard-it-as", "The forum does not claim that this road is safe.", False),
    ("a-word-on", "A note for the class: the Factory Acts of this period strictly limited the hours of "
                  "women.", True),
    ("a-word-on", "A note for the teacher was left on the desk.", False),
    ("class-instructions", "Note the timing.", True),
    ("class-instructions", "Notice how quickly the money runs out.", True),
    ("class-instructions", "Note the timing of the attack, the general told reporters as the shelling went "
                           "on.", False),
    ("you-are-the-role", "It is 1911, and you are the under-manager of a hosiery mill at Ketley "
                         "Bridge.", True),
    ("you-are-the-role", "You are the co-owner of a small bakery in a market town.", True),
    ("you-are-the-role", "It is 1832 and you are Thomas Keel, the kiln master at Harrow Point on a "
                         "northern coast.", True),
    ("you-are-the-role", "You are Jane Doe, the owner of a small bakery in a market town.", True),
    ("you-are-the-role", "You are Jane, the reason we keep going.", False),
    ("you-are-the-role", "You are the kiln master at Harrow Point.", True),
    ("you-are-the-role", "You are the signalman at Pelling Junction.", True),
    ("you-are-the-role", "It is 1840, and you are the wheelwright of a small village.", True),
    ("you-are-the-role", "You are the man for the job, the coach told him.", False),
    ("which-we-call", "Take the case of an apprentice we will call Edwin Marsh, bound in 1801 to a sextant "
                      "maker.", True),
    ("which-we-call", "A young clerk we'll call Anna starts work on Monday.", True),
    ("which-we-call", "A clerk we called on Monday was out.", False),
    ("scenario-is", "The agency's test assumes a river level thirty centimetres above the record set in "
                    "2007.", True),
    ("scenario-is", "The test is that a member acts in good faith.", False),
    ("recommendations-adopted", "The committee accepted the report's three recommendations at its June "
                                "meeting.", True),
    ("recommendations-adopted", "The forum will publish its recommendations in the spring.", True),
    ("recommendations-adopted", "The mayor read the recommendations aloud.", False),
    ("figures-based-on", "The council's figures are based on the regional climate centre's central warming "
                         "pathway.", True),
    ("figures-based-on", "His fears are based on rumour.", False),
    ("readers-can-find", "Readers can find the full projection, with its assumptions, on the council's "
                         "website.", True),
    ("readers-can-find", "Readers who want the real history should consult the accident reports.", True),
    ("readers-can-find", "Readers of the Gazette were shocked.", False),
    ("actual-may-differ", "Actual temperatures may be higher or lower.", True),
    ("actual-may-differ", "The actual losses could prove far larger.", True),
    ("actual-may-differ", "Actual sales rose by a third.", False),
    ("the-end", "(End of fictional article.)", True),
    ("the-end", "End of the imagined dispatch.", True),
    ("generic-is-a", "A pole lathe is driven by a springy pole and a foot treadle.", True),
    ("generic-is-a", "A barometer measures air pressure.", True),
    ("generic-is-a", "A gross is twelve dozen, or 144 items.", True),
    ("generic-is-a", "A furlong is 220 yards.", True),
    ("generic-is-a", "A lorry is driven by the new owner.", False),
    ("generic-is-a", "A man is fifty feet from the door.", False),
    ("scenario-as-follows", "Its central scenario, which they called \"Steady Growth,\" runs like "
                            "this.", True),
    ("scenario-as-follows", "The scenario, written by the planners, runs as follows:", True),
    ("scenario-is", "The scenario was simple: a blight halts all shipments.", True),
    ("scenario-is", "The scenario set for the morning was simple: a fungal blight halts all "
                    "shipments.", True),
    ("scenario-is", "The scenario set for the morning was discussed at length.", False),
    ("measure-is-the", "A dioptre is the reciprocal of the focal length in metres.", True),
    ("generic-is-a", "A bell is traditionally cast from bell metal, an alloy of roughly four parts copper "
                     "to one part tin.", True),
    ("generic-is-a", "A new bell is cast from the old one's metal.", False),
    ("means-doing", "Costing means adding up every expense that goes into one unit of product.", True),
    ("means-doing", "Winning means everything to her.", False),
    ("fun-premise", "Honestly, I find the idea charming, even if it seems unlikely.", True),
    ("fun-premise", "I find the idea of a tax rise appalling, the mayor said.", False),
    ("assistant-aside", "I hope you enjoyed this glimpse of a greener future!", True),
    ("assistant-aside", "Hope you enjoyed your visit to the museum, the guide said to each of the "
                        "pupils.", False),
    ("gets-interesting", "Here the facts get interesting.", True),
    ("gets-interesting", "This is where it gets tricky.", True),
    ("gets-interesting", "The facts are interesting.", False),
    ("law-allows", "Courts rarely excuse a seller who stays silent about a problem he already knows "
                   "about.", True),
    ("case-supposes", "The council's paper supposes that a winter storm destroys the stacks on the "
                      "quay.", True),
    ("case-supposes", "The paper assumes that interest rates rise twice next year.", False),
    ("scenario-as-follows", "The narrative it produced runs as follows.", True),
    ("scenario-as-follows", "The narrative runs as follows.", False),
    ("scenario-as-follows", "The scenario they chose goes like this.", True),
    ("what-happens-when-a", "The diocese held a war game on one question: what happens to its glass if a "
                            "severe gale strikes while the windows are under scaffolding?", True),
    ("what-happens-when-a", "What happens to the money if the deal collapses?", False),
    ("scenario-is", "The scenario it set was this: after three days of rain, the river breaks its banks at "
                    "two in the morning.", True),
    ("scenario-is", "The scenario they used was criticised by the auditors.", False),
    ("scenario-built", "The workshop ran a supply stress-test last winter.", True),
    ("scenario-built", "The safety committee ran a tabletop exercise in March.", True),
    ("scenario-built", "The talk centred on the three officials who ran the game.", False),
    ("findings-drawn", "The committee drew three findings from the session:", True),
    ("findings-drawn", "The safety team identified several lessons.", True),
    ("findings-drawn", "The committee drew up a plan for the river.", False),
    ("meta-the", "\"We spend the whole spring recalibrating,\" the paper has the workshop foreman, Ivo "
                 "Thrale, saying.", False),
    ("case-opens-on", "The planning paper begins in 2027, when the quarry closes without warning after a "
                      "landslip.", True),
    ("case-opens-on", "The paper begins with a review of earlier studies.", False),
    ("scenario-time", "By the end of the scenario year, sales are down by a quarter.", True),
    ("scenario-time", "Boats without pots sit idle in the paper's February.", True),
    ("scenario-time", "By the end of the year, the paper had closed.", False),
    ("kinds-are-made-by", "Hourglasses are calibrated by trial: the maker fills the bulb and times the "
                          "run.", True),
    ("kinds-are-made-by", "Bells are usually cast in moulds of loam.", True),
    ("kinds-are-made-by", "The bells are cast in a week.", False),
    ("scenario-began", "The scenario ends in September 2027 with the firm buying a sieving machine.", True),
    ("meta-the", "The owners say the exercise changed their buying.", True),
    ("meta-the", "The owners say the exercise taught them to keep two suppliers.", True),
    ("such-exercises-are-meant", "The office says such tests are meant to help small firms plan, not to "
                                 "predict events.", True),
    ("such-exercises-are-meant", "These drills are designed to find gaps.", True),
    ("such-exercises-are-meant", "The tests were meant to start in May.", False),
    ("copies-available", "Copies of the full report are available from the Marlow Fen office on "
                         "request.", True),
    ("copies-available", "The full report is available online.", True),
    ("copies-available", "Copies are scarce.", False),
    ("generic-is-a", "An inkwell is simply a small container that holds ink for a dip pen.", True),
    ("described-case", "An inkwell is simply a small container that holds ink for a dip pen.", False),
    ("kinds-are-made-by", "Hourglasses measure time by letting a fixed amount of sand run through a narrow "
                          "neck.", True),
    ("kinds-are-made-by", "Stained glass is coloured by adding metallic oxides to molten glass.", True),
    ("kinds-are-made-by", "The glass is coloured by adding oxides.", False),
    ("the-end", "That's the story!", True),
    ("the-end", "That's all for now.", True),
    ("the-end", "That's the story the police told.", False),
    ("anyones-guess", "Whether any of this will come to pass is anyone's guess.", True),
    ("anyones-guess", "Nobody can say.", True),
    ("anyones-guess", "Nobody can say when the ferry will return.", False),
    ("what-would-it-look-like", "What would a small comb maker's year look like?", True),
    ("what-would-it-look-like", "What would it look like if the river rose?", False),
    ("case-label", "Case.", True),
    ("case-label", "The facts:", False),
    ("case-label", "Case closed.", False),
    ("give-students-a-case", "I teach a conservation course, and every year I give my students the same "
                             "scenario.", True),
    ("give-students-a-case", "I gave my class a problem about fractions, and they solved it.", False),
    ("notice-that", "Remember that fixed costs do not change with output, while variable costs rise with "
                    "every pan.", True),
    ("point-of-the-exercise", "Here is the point of the exercise.", True),
    ("point-of-the-exercise", "Here is the point of no return.", False),
    ("only-as-good-as", "A timing device is only as good as its calibration, and calibration means "
                        "comparison against a standard.", True),
    ("only-as-good-as", "She is only as tall as her brother.", False),
    ("described-case", "A timing device is only as good as its calibration.", False),
    ("ask-yourself", "Ask yourself who should bear the loss if the Gannet runs aground.", True),
    ("students-often", "Students often stop here and say there is no contract.", True),
    ("students-often", "Students marched on the capital.", False),
    ("i-think-that-is", "I think that is too quick.", True),
    ("i-think-that-is", "I think it is time to go.", False),
    ("task-item", "(a) Work out the cost of one dozen sticks at the old and new vermilion prices.", True),
    ("task-item", "(b) Say whether the red lead swap is worth it if customers pay a penny less for duller "
                  "wax.", True),
    ("task-item", "(a) The firm says the price is fair.", False),
    ("scenario-as-follows", "In March the firm joined the district council's annual flood exercise, and "
                            "the scenario it was given ran as follows.", True),
    ("scenario-as-follows", "The scenario they were given went like this.", True),
    ("in-the-game", "In that projection, the price of genetic cock hackle has tripled.", True),
    ("you-are-the-role", "It Is 1415, and You Are a Bowyer in Chester", True),
    ("you-are-the-role", "You are Will Hatton, a bowyer with a workshop on Bridge Street.", True),
    ("you-are-the-role", "You are a tanner in Leeds in 1820, and the price of bark has doubled.", True),
    ("you-are-the-role", "You are a winner in my book.", False),
    ("wrote-it-as-a-story", "The insurer's loss adjusters wrote it as a short story.", True),
    ("wrote-it-as-a-story", "She wrote it as a short story, then turned it into a film.", False),
    ("one-of-them-is-set-in", "The borough council's climate plan includes short narratives for local "
                              "firms, and one of them is set in the summer of 2035.", True),
    ("one-of-them-is-set-in", "The council published three scenarios, and one of them is set in "
                              "1990.", False),
    ("looks-ahead-and-describes", "The firm's 2024 planning document looks ahead to 2031 and describes a "
                                  "feather shortage in detail.", True),
    ("looks-ahead-and-describes", "The report looks ahead to 2031 and warns of shortages.", False),
    ("same-in-our-world", "That part, at least, is the same in our world.", True),
    ("same-in-our-world", "Nothing is the same in our village.", False),
    ("has-been-true-for", "That has been true for roughly three centuries.", True),
    ("has-been-true-for", "That has been true of him.", False),
    ("kinds-for-centuries", "Fly tiers have used the same basic knots for centuries.", True),
    ("kinds-for-centuries", "The tiers have used the same knots for centuries.", False),
    ("names-are-invented", "Note: Glenardie, the Macarra workshop and everyone named here are "
                           "invented.", True),
    ("names-are-invented", "A note on the setting: Westbridge, the foundry and its staff are "
                           "fictional.", True),
    ("names-are-invented", "Note: the figures are provisional.", False),
    ("why-tell-it-this-way", "Why tell it this way?", True),
    ("why-tell-it-this-way", "Why tell the police?", False),
    ("generic-is-a", "A fishing fly is a hook dressed with feathers, fur and thread to look like an insect "
                     "or small fish.", True),
    ("story-goes-on-line", "The document goes on.", True),
    ("story-goes-on-line", "The story then follows the claim.", True),
    ("story-goes-on-line", "The story goes on to win a prize.", False),
    ("in-the-game", "In Albani's world, the local conservatory opened a chair in 1961.", True),
    ("in-the-game", "In the world of finance, rates rose.", False),
    ("this-is-a-classroom-activity", "This is a classroom role-play for Year 8, and it takes about forty "
                                     "minutes.", True),
    ("this-is-a-classroom-activity", "This is the kind of role-play we use in our local history "
                                     "classes.", True),
    ("this-is-a-classroom-activity", "This is a lesson.", False),
    ("some-context-helps", "Some real context helps.", True),
    ("some-context-helps", "Some background first:", True),
    ("some-context-helps", "Some history was made today.", False),
    ("professions-tend-to", "Philosophers of property like to test their theories on simple cases, and "
                            "craft objects make good examples.", True),
    ("professions-tend-to", "Conservators today usually try to keep as much original gilding as "
                            "possible.", True),
    ("professions-tend-to", "Lawyers for the firm said the claim was false.", False),
    ("a-lawyer-would-add", "A lawyer would add that the deposit was paid under a contract, and contract "
                           "law has its own answer.", True),
    ("a-lawyer-would-add", "A lawyer would represent him at trial.", False),
    ("next-week-line", "Next week: finders, keepers and lost property.", True),
    ("next-week-line", "Next week the firm will open.", False),
    ("the-lesson-for-students", "The lesson for students is simple: patience is part of the method.", True),
    ("the-guidance-is-to", "The modern guidance is to consolidate loose gesso rather than strip it.", True),
    ("the-guidance-is-to", "The advice is to stay indoors.", False),
    ("course-title", "Contract Law Tutorial: The Late Chanter", True),
    ("course-title", "Contract Law Seminar, Week 4: Offer and Acceptance", True),
    ("course-title", "The tutorial ended at noon.", False),
    ("course-title", "The hypothetical for Thursday's seminar: a farmer sells a cow.", False),
    ("kinds-are-made-by", "Highland bagpipes traditionally have three drones, two tenor and one bass.", True),
    ("kinds-are-made-by", "A longbow was usually made from a single stave of yew.", True),
    ("kinds-are-made-by", "Reeds were usually made of steel and set in blocks with beeswax.", True),
    ("kinds-are-made-by", "The reeds were usually made of steel.", False),
    ("handover", "Here is how a local paper in that world might report on one forge.", True),
    ("looks-ahead-and-describes", "Tessera's narrative looks ahead to the studio as it stands in "
                                  "2040.", True),
    ("case-label", "Exercise narrative", True),
    ("case-label", "Exercise narrative was praised.", False),
    ("scenario-time", "In the third round things get worse.", True),
    ("scenario-time", "He lost in the third round of the open.", False),
    ("oldest-crafts", "Mosaic is one of the oldest decorative arts.", True),
    ("oldest-crafts", "Smith is one of the oldest players in the league.", False),
    ("how-it-works-heading", "How a music box works:", True),
    ("how-it-works-heading", "How the firm works out its prices is a secret.", False),
    ("teachers-may", "Teachers may adapt it freely.", True),
    ("teachers-may", "Teachers should discuss working conditions afterwards.", True),
    ("teachers-may", "Teachers may strike next week, the union said.", False),
    ("are-those-that", "Fixed costs are those that do not change with output, such as rent.", True),
    ("are-those-that", "The winners are those that trained hardest.", False),
    ("this-is-a-classroom-activity", "This role-play is meant for Year 8 history classes.", True),
    ("task-instructions", "Write a short answer of no more than 200 words.", True),
    ("task-instructions", "Write a letter, he said.", False),
    ("kinds-are-made-by", "Felt was made by matting animal fur, often rabbit, with heat, moisture and "
                          "pressure.", True),
    ("kinds-are-things-which", "Mosaics are pictures made from small pieces called tesserae, cut from "
                               "stone, glass or ceramic.", True),
    ("kinds-are-things-which", "The mosaics are pictures made from glass.", False),
    ("scenario-put", "The scenario put the River Aird over its banks on a Thursday night in November.", True),
    ("scenario-put", "The drill sent a fake storm across the county.", True),
    ("scenario-put", "They put the scenario on the agenda.", False),
    ("chose-the-harshest-case", "Finance director Priya Holloway chose the harshest case the team could "
                                "agree on: the firm's only paraffin supplier stops deliveries.", True),
    ("chose-the-harshest-case", "They chose the worst case.", False),
    ("game-cast-them-as", "This year the game cast them as the board of a fictional lantern maker in the "
                          "year 1905.", True),
    ("game-cast-them-as", "The director cast them as the leads.", False),
    ("your-name-is", "Your name is Thomas Hebbert, and your father built wheels in the same workshop "
                     "before you.", True),
    ("your-name-is", "Your name is on the list.", False),
    ("returning-to-the-scenario", "Returning to the test, the cash position is the surprise.", True),
    ("in-the-game", "In that projection the coach parties have stopped coming.", True),
    ("in-the-game", "In the test, stocks of paraffin wax last just 19 days.", True),
    ("in-the-game", "The cooling in the projection hall failed.", False),
    ("quick-definition", "A quick definition before we go on.", True),
    ("quick-definition", "A quick note arrived from the bank.", False),
    ("kinds-are-things-which", "Fixed costs are costs that do not change with the level of output in the "
                               "short run.", True),
    ("kinds-are-things-which", "The costs are costs that we bear.", False),
    ("task-instructions", "Work out the contribution per box on the special order before you read on.", True),
    ("for-the-seminar", "For the seminar, consider what duty Pell owed to his customers.", True),
    ("for-the-seminar", "For the class, it was a long day.", True),
    ("for-the-seminar", "For the seminar room, the college bought new chairs.", False),
    ("from-the-notes", "From the notes of a public health lecture.", True),
    ("from-the-notes", "From the notes she left, the police traced him.", False),
    ("worth-remembering", "It is worth pausing on how unlikely this is.", True),
    ("anyones-guess", "Whether anything like this will actually happen is anyone's guess.", True),
    ("names-are-invented", "Written as fiction; all names are invented.", True),
    ("background-for-teachers", "Background for teachers: mechanised spinning had already displaced most "
                                "domestic spinning.", True),
    ("background-for-teachers", "Background checks for teachers are strict.", False),
    ("kinds-are-made-by", "Crayons are mostly paraffin wax with pigment; the wax gives them their "
                          "glide.", True),
    ("kinds-are-made-by", "The crayons are mostly paraffin wax with pigment.", False),
    ("meta-the", "The war-game runs again in October; places are free but must be booked.", True),
]


def test_a_dateline_in_a_later_year_frames_the_story_as_predicted():
    text = ("BRUSSELS, May 4, 2034 — The European Union admitted its thirtieth member on Thursday. "
            "Leaders signed the treaty in a short ceremony. Markets rose on the news.")
    _assert_framed(text, [1, 2], Kind.PREDICTION, "May 4, 2034")
    assert not _ANALYZER.analyze(text.replace("2034", "2024")).frames


def _framed_in(text: str) -> list[int]:
    """The sentences of ``text`` that carry a frame."""
    return [c.index for c in _ANALYZER.analyze(text).claims if c.frame]


def _assert_framed(text: str, framed: list[int], kind: Kind, cue: str) -> None:
    """The text's first frame has this kind and a cue starting with ``cue``, and covers ``framed``."""
    doc = _ANALYZER.analyze(text)
    assert [c.index for c in doc.claims if c.frame] == framed
    assert doc.frames[0].kind is kind and doc.frames[0].cue.text.startswith(cue)


def test_an_imagined_term_frames_what_follows_like_a_hypothetical_one():
    text = ("In this imagined second term, the governor moved quickly to cut taxes. "
            "Her cabinet approved the plan within a week. Teachers protested outside the capitol.")
    _assert_framed(text, [1, 2], Kind.HYPOTHETICAL, "imagined")


def test_a_text_that_calls_itself_imagined_frames_what_follows():
    text = ("What follows is an imagined account of the city in 2040.\n\n"
            "The mayor signed the order on a Monday morning. Buses ran free for the first month. "
            "Ridership doubled by the end of the year.")
    _assert_framed(text, [1, 2, 3], Kind.HYPOTHETICAL, "What follows is an imagined")
    # the same account reported about someone else's book frames nothing
    review = _ANALYZER.analyze(text.replace("What follows is an imagined account",
                                            "The novel is set in an imagined version"))
    assert not review.frames


def test_a_future_told_from_years_ahead_frames_what_follows_as_predicted():
    text = ("Twenty years from now, the ring road is gone. Buses run every three minutes. "
            "Children cycle to school along the old carriageway.")
    _assert_framed(text, [1, 2], Kind.PREDICTION, "Twenty years from now")
    assert not _ANALYZER.analyze(text.replace("the ring road is gone", "the ring road will be gone")).frames


def test_the_exercise_as_a_kind_of_thing_leaves_its_story():
    text = ("More than 300 staff took part in a drill at the hospital on Saturday.\n\n"
            "In the exercise scenario, a train derailed outside the station, injuring 120 passengers. "
            "Ambulances brought the first patients within 20 minutes. "
            "Surgeons opened four extra theatres.\n\n"
            "The chief executive said the drill exposed gaps in communication. "
            "The hospital runs such an exercise every two years.")
    doc = _ANALYZER.analyze(text)
    assert [c.index for c in doc.claims if c.frame] == [2, 3]


def test_the_scenario_s_own_year_named_again_brings_the_story_back():
    text = ("The year is 2041. The river no longer reaches the sea. "
            "Cities ration water to four hours a day.\n\n"
            "Scientists say the river lost a fifth of its flow between 2000 and 2021.\n\n"
            "Back in 2041, the government declares a permanent emergency.")
    doc = _ANALYZER.analyze(text)
    assert [c.index for c in doc.claims if c.frame] == [1, 2, 4]
    other_year = _ANALYZER.analyze(text.replace("Back in 2041", "Back in 2019"))
    assert [c.index for c in other_year.claims if c.frame] == [1, 2]


def test_a_lead_inside_the_game_opens_its_story_and_the_real_record_leaves_it():
    text = ("Wargame Shows Gaps in Pacific Logistics\n\n"
            "A two-day tabletop exercise held at the war college last month tested how the fleet "
            "would resupply ships in a long conflict.\n\n"
            "In the war game, the blue team lost two supply ships in the first week. "
            "Fuel ran short at the forward bases by day ten.\n\n"
            "Participants said the results showed the need for more tankers. "
            "The Navy has 15 fleet oilers, according to its website.")
    doc = _ANALYZER.analyze(text)
    assert [c.index for c in doc.claims if c.frame] == [3]
    assert doc.frames[0].sentence == 2 and doc.frames[0].cue.text == "In the war game"


def test_a_worst_case_stated_in_a_news_report_opens_no_frame():
    text = ("Central Bank Warns of Downturn\n\n"
            "The central bank said on Monday that growth could slow sharply next year. "
            "In a worst-case scenario, unemployment would rise to 9 percent. "
            "The bank left its key rate at 4.5 percent. Its governor said the outlook was uncertain.")
    assert not _ANALYZER.analyze(text).frames
    storm = ("Forecasters said the storm would make landfall on Thursday. In the worst case, it could "
             "bring 20 inches of rain to the coast. The governor declared a state of emergency on Tuesday.")
    assert not _ANALYZER.analyze(storm).frames


def test_a_question_inside_a_report_leaves_its_headline_and_its_present_to_the_report():
    text = ("Markets Rally as Fed Holds Rates\n\n"
            "Stocks rose on Wednesday after the Federal Reserve left interest rates unchanged.\n\n"
            "What if the Fed had raised rates? Analysts said markets would probably have fallen. "
            "The Fed has raised rates eleven times since 2022.\n\nThe S&P 500 closed up 1.2 percent.")
    doc = _ANALYZER.analyze(text)
    assert doc.claims[0].frame is None
    assert [c.index for c in doc.claims if c.frame] == [3]  # the report's present leaves the question
    no_lead = _ANALYZER.analyze(text.replace(
        "Stocks rose on Wednesday after the Federal Reserve left interest rates unchanged.\n\n", ""))
    assert no_lead.claims[0].frame is not None  # right before the opener, the headline is its story's


def test_past_perfect_on_the_story_s_own_clock_stays_in_the_story():
    text = ("In an alternate timeline where the senator won the 1968 election, the country left the war.\n\n"
            "The president signed the order on a cold morning in 1969. "
            "Congress had voted to cut the war budget the week before.\n\n"
            "The senator had served two terms as governor before entering the Senate.\n\n"
            "Students returned to campus. Within two years, the draft had ended.")
    framed = {c.index for c in _ANALYZER.analyze(text).claims if c.frame}
    # "the week before" and "Within two years" date the past perfect on the story's clock;
    # the senator's career is real background
    assert {1, 2, 5} <= framed and 3 not in framed


def test_a_year_before_the_scenario_s_own_is_background():
    text = ("Had the ferry company survived in 2008, it would have opened a route to Lisbon. "
            "Its ships sailed twice a week. The company was set up in 1990 by two brothers. "
            "Passengers praised the crossing.")
    doc = _ANALYZER.analyze(text)
    assert [c.index for c in doc.claims if c.frame] == [1, 3]


def test_a_past_year_in_an_undated_future_frame_is_background():
    text = ("Twenty years from now, the ring road is gone. Buses run every three minutes. "
            "In 2004 the council first proposed closing it. Children cycle to school along it.")
    doc = _ANALYZER.analyze(text)
    assert doc.claims[1].frame is not None and doc.claims[2].frame is None


@pytest.mark.parametrize("rule, sentence, fires", RULES)
def test_rules_fire_on_what_they_describe(rule, sentence, fires):
    assert (_RULES[rule].search(sentence, sentence.lower()) is not None) is fires


def test_decode_traces_every_stay_decision():
    claims = Analyzer(model="lexicon", frames=False).analyze(OPENERS[0][0]).claims
    trace: list = []
    assigned, openers = FrameDetector().decode(claims, trace)
    assert list(openers) == [0] and assigned == [None, 0, 0]
    assert [(i, o) for i, o, _ in trace] == [(1, 0), (2, 0)]
    assert all(f["prev_in"] == 1.0 for _, _, f in trace)


def test_a_conditional_without_a_hypothetical_sequel_is_passed_over_cheaply():
    detector = FrameDetector()
    text = "If the dam gives way, the valley floods. The council met on Monday. Prices rose in May."
    claims = Analyzer(model="lexicon", frames=False).analyze(text).claims
    assert detector._opener_of(claims[0].text) is not None  # a candidate opener
    assert detector.apply(text, claims)[1] == ()
    assert detector._view_of.cache_info().misses == 0  # no sentence view was built


# -- definitions, quotations, other scenarios, headers, pronouns ---------------------

def test_a_scenario_defined_by_what_would_happen_in_it_opens_a_frame():
    text = ('A "long blackout" is a hypothetical scenario in which the regional grid fails for a month in '
            "midwinter. Trams would stop within minutes, and tunnels would flood once the pumps fell silent. "
            "Supermarkets would run out of fresh food by the third day. "
            "The grid was built in the 1960s and last failed in 1998.")
    doc = _ANALYZER.analyze(text)
    (frame,) = doc.frames
    assert frame.sentence == 0 and frame.covers == (1, 2)


def test_a_defined_term_followed_by_facts_opens_nothing():
    text = ("A stress test is a hypothetical scenario in which regulators ask how a bank would cope with a "
            "crisis. The central bank published the results of this year's tests on Tuesday. "
            "All nine lenders passed. Shares rose by 2 percent.")
    assert _ANALYZER.analyze(text).frames == ()


def test_the_content_of_a_scenario_is_no_consequent():
    text = ("A long blackout is a hypothetical scenario in which the trams would stop. "
            "Tunnels would flood. Shops would close.")
    doc = Analyzer(model="lexicon", frames=False).analyze(text)
    detector = FrameDetector()
    views = describe(doc.claims, detector.patterns_)
    assert opener_features(doc.claims, views, 0, detector.patterns_)["consequent"] == 0.0


@pytest.mark.parametrize("text, end, content", [
    ("a scenario in which, after the war, the sun would", 10, True),
    ("a hypothetical Scenario describing how a quake would", 34, True),
    ("Had it rained, the match would have been called off", 13, False),
    ("In this scenario, the exception would be the north", 16, False),
])
def test_content_clauses_after_a_scenario_noun(text, end, content):
    assert _content_follows(text, end) is content


def test_an_opener_in_a_quotation_frames_what_its_speaker_goes_on_to_tell():
    text = ('Firefighters practised a tunnel rescue on Sunday. "The scenario is that a lorry has caught fire '
            "halfway through the tunnel. Smoke will fill the eastern tube within minutes, and forty drivers "
            'will be trapped behind it," said chief officer Lena Brandt. The tunnel opened in 1994.')
    doc = _ANALYZER.analyze(text)
    (frame,) = doc.frames
    assert frame.sentence == 1 and frame.covers[0] == 2


def test_another_scenario_leaves_the_first_one():
    text = ("Imagine that the dam gave way in the spring. The valley floods within hours. "
            "Farms along the river are under water by nightfall. "
            "In another scenario, the water spills over the top more slowly. "
            "The roads stay open for a day.")
    doc = _ANALYZER.analyze(text)
    assert doc.frames[0].covers == (1, 2)
    assert doc.claims[3].frame is None and doc.claims[4].frame is not doc.frames[0]


def test_a_repeated_header_line_is_transparent():
    text = ("SCENARIO: Major Flood\nDay 1 Update\nThe river broke its banks at dawn. "
            "Rescue teams reached the old town by noon.\nDay 1 Update\nWater reached the station by evening.")
    doc = _ANALYZER.analyze(text)
    assert [c.index for c in doc.claims if c.frame] == [2, 3, 5]
    assert repeated_lines(doc.claims) == frozenset({"Day 1 Update"})


def test_a_pronoun_right_after_background_stays_in_the_background():
    text = ("In 2040, the city banned private cars from the centre. The old car parks became housing. "
            "Congestion charges were first introduced in the city in 2003. "
            "They cut traffic in the centre by about a fifth. Delivery firms switched to cargo bikes.")
    doc = _ANALYZER.analyze(text)
    assert [c.index for c in doc.claims if c.frame] == [1, 4]


@pytest.mark.parametrize("words, tense", [
    ("the team arrived in boston", "past"),
    ("the ships sailed twice a week", "past"),
    ("tidal energy is produced by turbines", "present"),
    ("the ministry has changed its plan", "perfect"),
    ("at least 38 people have died", "perfect"),
    ("the bridge has been shut since monday", "perfect"),
    ("the city has two bridges", "present"),
    ("the ministry has changed its plan and is hiring", "present"),
    ("the town would flood", "would"),
    ("buses run every minute", ""),
    ("we need more speed", ""),
])
def test_tense_is_read_from_auxiliaries_and_past_forms(words, tense):
    assert _tense(frozenset(words.split())) == tense


@pytest.mark.parametrize("text, balance", [
    ('"The scenario is that a tanker has run aground.', 1),
    ('Oil will reach the beaches," she said.', -1),
    ('He said "no" twice.', 0),
    ("“Our boats will close the harbour.", 1),
    ("The harbour closed.”", -1),
    ('They said: "We start at dawn.', 1),
])
def test_quote_balance(text, balance):
    assert _quote_balance(text) == balance


# -- cheap scans decide as the plain rule searches do -------------------------------

# Sentences where a trigger literal sits inside a word, after punctuation or across words.
TRICKY = [
    "…imagine a city without cars.",
    "(Imagine a city without cars.)",
    "“Suppose the dam breaks,” she said.",
    "The 2035-era plan is a scenario in which nobody drives.",
    "Tomato imagine: a tomato is a fruit.",
    "In 2040, it is a world where what if questions abound; we'll call it the future.",
    "If if if, what if?",
    "He said it’s 2050 — welcome to the future, as things stand.",
    "Picture this: the war game is set in 2031 and the hypothetical scenario is what matters.",
    "",
]


def _sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    analyzer = Analyzer(model="lexicon", frames=False)
    return TRICKY + [c.text for t in texts for c in analyzer.analyze(t).claims]


def _plain_opener(text: str, patterns) -> tuple | None:
    for p in patterns:
        if p.kind is not None:
            span = p.search(text, text.lower())
            if span is not None:
                return p.feature, p.kind, span[0], span[1]
    return None


def test_literals_anywhere_are_what_each_trigger_finds():
    patterns = load_frame_patterns()
    gate = _Gate(patterns, openers=True)
    rules = [p for p in patterns if p.kind is not None and p.trigger is not None]
    for text in _sentences():
        lowered = text.lower()
        found = gate.substrings(lowered)
        for p in rules:
            assert found.isdisjoint(p.literals) == (p.trigger.search(lowered) is None), (p.id, text)


def test_described_openers_and_opener_counts_match_plain_searches():
    patterns = FrameDetector().patterns_
    texts = [t for t in _sentences() if t]
    views = describe(Analyzer(model="lexicon", frames=False).classify(texts), patterns)
    assert [_view(t, patterns) for t in texts[:40]] == views[:40]  # gates of its own, same view
    for text, view in zip(texts, views, strict=True):
        assert view.opener == _plain_opener(text, patterns), text
        fired = {p.feature for p in patterns if p.kind is not None and p.search(text, text.lower())}
        assert view.n_open == (len(fired) if view.opener is not None else 0), text


def test_the_detector_s_views_count_openers_as_plain_searches_do():
    detector = FrameDetector()
    patterns = detector.patterns_
    for text in _sentences():
        view = detector._view_of(text)
        fired = {p.feature for p in patterns if p.kind is not None and p.search(text, text.lower())}
        assert view.n_open == (len(fired) if view.opener is not None else 0), text
        if view.opener is not None:
            assert view.opener[0] in fired


def test_rule_indexes_are_built_once_per_rule_set():
    patterns = FrameDetector().patterns_
    assert _Gate(patterns, openers=False).index is _Gate(tuple(patterns), openers=False).index
    subset = tuple(p for p in patterns if p.feature != "exit_meta")
    assert _Gate(subset, openers=False).rules == tuple(p for p in subset if p.kind is None)


def test_scores_sum_the_products_in_order():
    coef = {"a": 0.1, "b": -2.5, "c": 1e-9}
    features = {"c": 3.0, "a": 0.7, "zz": 4.0, "b": 0.25}
    z = sum(coef.get(k, 0.0) * x for k, x in features.items())
    assert _prob(coef, features) == 1.0 / (1.0 + math.exp(-z))


# -- the writer's exposition, restatements and speakers after a scenario --------------

_RIVER = ("A report describes a scenario in which the river dries up by 2070. In this scenario, barges "
          "would stop running in August. Factories along the banks would lose their cooling water. ")


def _stay_features(text: str) -> dict[int, dict[str, float]]:
    claims = Analyzer(model="lexicon", frames=False).analyze(text).claims
    trace: list = []
    FrameDetector().decode(claims, trace)
    return {i: f for i, _, f in trace}


@pytest.mark.parametrize("text, covers", [
    # a general statement in the present after a scenario told in "would"
    (_RIVER + "A record of even lower water exists in the town archive, from 1921.", (1, 2)),
    # a newcomer commenting on a "would" scenario is a real commentator
    (_RIVER + 'Professor Ana Ruiz told the Coast Weekly: "In the worst case, the port would close, but '
     'that is unlikely."', (1, 2)),
    # a worked example goes on with its own conclusion and its restatement
    ("Imagine a ball rolling around the inside of a smooth bowl. The ball climbs the wall, slows down "
     "and rolls back. Hence, the only energy it has at the top is stored in its height. In other words, "
     "motion and height trade places on every swing.", (1, 2, 3)),
    # a character of a plain-tense story, quoted, is still inside
    ("In a world where the canal was finished in 1890, the valley grew rich. Barges carried coal to the "
     'coast every day. "We have never seen so much trade," the harbour master Tom Reyes told the town '
     "council.", (1, 2)),
    # the reporting verb is the set-up, and a quoted term is no quotation
    ('In her lecture, Mira Olsen asked us to imagine that "neural memory surgeons" could copy a mind into '
     "a machine. The copy would remember every birthday of the original. It would wake up believing that "
     "it was the original.", (1, 2)),
])
def test_what_follows_a_scenario(text, covers):
    (frame,) = _ANALYZER.analyze(text).frames
    assert frame.sentence == 0 and frame.covers == covers


def test_a_newcomer_quoted_is_a_commentator_beside_a_would_scenario_and_a_character_in_a_story():
    commentator = _stay_features(_RIVER + 'Professor Ana Ruiz told the Coast Weekly: "The port would '
                                          'close, but that is unlikely."')[3]
    assert commentator["speaker_new"] == 1.0 and "story_quote" not in commentator
    character = _stay_features("In a world where the canal was finished in 1890, the valley grew rich. "
                               "Barges carried coal to the coast every day. \"We have never seen so much "
                               "trade,\" the harbour master Tom Reyes told the town council.")[2]
    assert character["story_quote"] == 1.0 and "speaker_new" not in character
    assert character["tense_shift"] == 0.0  # the quotation is in its speaker's tense


def test_the_perfect_goes_with_a_past_narration_and_sets_no_mode_of_its_own():
    # news tells its events in the perfect and in the past alike: "have died", then "spent"
    f = _stay_features("Three years into Anna Berg's hypothetical second term, the airport has closed. "
                       "Flights have moved to the coast. Residents spent the night at the terminal. "
                       "The mayor is proud of the plan.")
    assert f[2]["tense_shift"] == 0.0  # past after two perfects
    assert f[3]["tense_shift"] == 1.0  # the present after a past narration still shifts


def test_a_story_quote_after_an_aside_counts_as_the_article_s_story_only_where_it_is_the_setting():
    story = _stay_features("Three years into Anna Berg's hypothetical second term, the mayor has closed "
                           "the airport. Flights moved to the coast. The city had opened it in 1961. "
                           '"We waited for this," said Ana Ribeiro, a nurse.')[3]
    assert story["article_quote"] == 1.0 and story["story_quote"] == 0.0  # after the aside
    case = _stay_features("Consider this scenario. A student comes to class and the teacher blinks. "
                          "The teacher had trained for years. \"I saw it,\" said Ana Ribeiro.")[3]
    assert "article_quote" not in case or case["article_quote"] == 0.0
    would = _stay_features(_RIVER + 'Professor Ana Ruiz told the Coast Weekly: "The port would '
                                    'close, but that is unlikely."')[3]
    assert "article_quote" not in would


def test_would_settled_needs_a_would_narration_up_to_the_sentence():
    f = _stay_features(_RIVER + "Ships are diverted to the railway.")[3]
    assert f["would_settled"] == 1.0
    # "In this scenario, …" in the present takes the narration over: what follows may go on in it
    f = _stay_features(_RIVER + "In this scenario, the port is closed. Ships are diverted to the railway.")[4]
    assert "would_settled" not in f


def test_a_year_between_now_and_a_future_scenario_s_own_is_its_history():
    text = ("It is the summer of 2040, and the harbour floods twice a day. Residents travel by water taxi. "
            "Insurers stopped covering the old town in 2035. The sea wall was finished in 2021.")
    features = _stay_features(text)
    assert features[2]["year_before"] == 0.0  # 2035 has not happened: the imagined world's past
    assert features[3]["year_before"] == 1.0  # 2021 has: real background


@pytest.mark.parametrize("text", [
    # a future story keeps its own history and leaves for the real record
    "It is the spring of 2042, and the valley's last glacier is gone. Farmers pump water from "
    "deep wells. The dam was abandoned in 2036. Tourists no longer come.\n\n"
    "Scientists have warned for decades that the glacier could vanish. It lost a third of its "
    "ice between 1980 and 2015, according to a university survey.",
    # a character's judgement in a quotation is no definition: the story goes on
    "Imagine a world in which the railways were never nationalised.\n\n"
    "LONDON — The Great Western Railway reported record profits on Tuesday. Its chairman, Arthur "
    "Penrose, called the result \"proof that private capital runs trains better than any ministry.\" "
    "He said the company would order forty new locomotives next year.",
])
def test_the_story_covers_its_next_three_sentences(text):
    assert _framed_in(text) == [1, 2, 3]


@pytest.mark.parametrize(("text", "year"), [
    # a past century counts as its middle year
    ("Hobbes discussed it in the seventeenth century.", 1650),
    ("In the early 20th century and in 1850.", 1950),
    ("The twenty-first century began.", 0),
    # two centuries named together: the later one
    ("Most were built in the eighteenth and nineteenth centuries.", 1850),
    ("Mills stood there from the 16th to the 18th century.", 1750),
    # a decade after "a" or "an" is a kind of thing, not a date
    ("The fare would make a 2020s commuter weep.", 0),
    ("An 1890s mill stands by the river.", 0),
    ("In the 1990s the town grew.", 1990),
    ("A 2019 report found the same.", 2019),
])
def test_the_year_a_sentence_is_dated_in(text, year):
    from claimcheck.frames import _year_of

    assert _year_of(text, text.lower()) == year


_CANAL = ("PANAMA CITY — On the morning of August 15, 1914, ships still sailed around Cape Horn. "
          "Freight rates between New York and San Francisco stayed high. Coffee growers shipped by rail.")


@pytest.mark.parametrize("header, cue", [
    ("Alternate History: The Day the Canal Was Never Built", "Alternate History"),
    ("What If the Canal Had Never Been Built?", "What If"),  # a title question
    ("Editor's note: The following dispatch is imagined.", "imagined"),  # a note above the dateline
])
def test_a_frame_opened_in_the_header_goes_on_into_the_article_its_dateline_starts(header, cue):
    _assert_framed(header + "\n\n" + _CANAL, [1, 2, 3], Kind.HYPOTHETICAL, cue)
    # a frame opened before a plain headline still ends at its dateline: test_a_dateline_starts_a_new_document


def test_a_lead_in_the_game_opens_only_after_a_war_game_is_named():
    report = ("A war game held at the staff college last month tested the fleet's supply lines. "
              "In the game, an adversary sinks four tankers on the first day. "
              "Carriers run short of fuel within a week.")
    _assert_framed(report, [2], Kind.HYPOTHETICAL, "In the game")
    sports = ("The Lakers beat the Celtics on Sunday night. In the game, LeBron James scored 31 points. "
              "The Celtics lost their third straight game.")
    assert _ANALYZER.analyze(sports).frames == ()


def test_a_remark_quoted_whole_in_a_report_sets_nothing_up():
    text = ("The river crested two feet below the top of the levee early Tuesday. "
            '"Imagine if the levee had failed," the mayor told reporters. '
            "Crews worked through the night to pile sandbags. About 3,000 residents were evacuated.")
    assert _ANALYZER.analyze(text).frames == ()
    # the same set-up as the writer's own words frames what follows
    told = ("Imagine if the levee had failed. Water poured into the lower town. "
            "Crews worked through the night to pile sandbags. About 3,000 residents fled.")
    assert _ANALYZER.analyze(told).frames != ()


def test_a_figure_from_the_real_record_leaves_a_story_told_in_plain_tense():
    text = ("A war game held at the staff college last month tested the fleet's supply lines. "
            "In the game, an adversary sinks four tankers on the first day. "
            "Carriers run short of fuel within a week.\n\n"
            "The Navy has 15 fleet oilers, according to its website.")
    assert _framed_in(text) == [2]


def test_a_later_year_dates_a_plain_tense_story():
    text = ("In a world where the canal was finished in 1890, the valley grew rich. Barges carried coal to "
            "the coast every day. By 1900, the town had three banks. The mill was founded in 1850.")
    features = _stay_features(text)
    assert features[2]["year_after"] == 1.0 and features[2]["year_before"] == 0.0
    assert features[3]["year_after"] == 0.0 and features[3]["year_before"] == 1.0


def test_the_reporting_verb_of_a_reported_supposition_is_no_attribution():
    text = ('Mira Olsen asked us to imagine that "neural memory surgeons" could copy a mind. The copy would '
            "remember everything. It would wake up.")
    claims = Analyzer(model="lexicon", frames=False).analyze(text).claims
    patterns = load_frame_patterns()
    views = describe(claims, patterns)
    f = opener_features(claims, views, 0, patterns)
    assert f["open_reported"] == 1.0
    assert "h_exit_attribution" not in f and "h_exit_quote" not in f


def test_a_scenario_told_in_a_quotation_ends_with_it():
    text = ('Firefighters practised a tunnel rescue on Sunday. "The scenario is that a lorry has caught fire '
            "halfway through the tunnel. Smoke will fill the eastern tube within minutes, and forty drivers "
            'will be trapped behind it," said chief officer Lena Brandt. That will happen later in the day.')
    features = _stay_features(text)
    assert features[2]["quote_over"] == 0.0 and features[2]["quote_goes_on"] == 1.0
    assert features[3]["quote_over"] == 1.0 and features[3]["quote_goes_on"] == 0.0


def test_the_article_probe_names_every_article_and_only_sentences_it_has():
    import sys

    sys.path.insert(0, str(FIXTURES.parent / "benchmarks"))
    from probe_articles import FOLDER, INSIDE, framed

    assert sorted(INSIDE) == sorted(p.stem for p in FOLDER.glob("*.txt"))
    for name, inside in INSIDE.items():
        doc = _ANALYZER.analyze((FOLDER / f"{name}.txt").read_text(encoding="utf-8"))
        assert inside <= set(range(len(doc.claims))), name
        assert framed(doc) <= set(range(len(doc.claims)))


# -- headers, notes and remarks ---------------------------------------------------


def test_none_of_this_happened_closes_the_frame_for_good():
    text = ("Had the company launched its computer in 1975, it would have ruled the office. "
            "In this telling, the first machines shipped in 1976. Law firms bought them first.\n\n"
            "None of this happened. The company released a successor in 1981, and it sold poorly. "
            "Universities used the prototypes for years.")
    assert _framed_in(text) == [1, 2]


def test_a_scenario_quoted_whole_in_a_remark_ends_with_the_quotation():
    text = ('"Imagine a delivery van that charges in the time it takes the driver to eat lunch," chief '
            "executive Priya Raman told reporters. The company makes cells for delivery vans. "
            "Ohio offered the company tax credits worth 43 million dollars.")
    claims = Analyzer(model="lexicon", frames=False).analyze(text).claims
    detector = FrameDetector(params={
        "opener": {"coef": {"bias": 5.0}, "threshold": 0.5},  # whatever opens, the decoder's memory decides
        "stay": {"coef": {"bias": 1.0, "quote_over": -3.0}, "threshold": 0.5},
    })
    trace: list = []
    assigned, openers = detector.decode(claims, trace)
    assert list(openers) == [0]
    assert trace[0][2]["quote_over"] == 1.0 and assigned[1:] == [None, None]


def test_a_set_up_verb_before_the_opener_is_no_consequent():
    text = ("The scenario, set in 2031, assumed that the fictional state of Kestria declared a blockade. "
            "On the first day, patrol boats laid mines across the strait.")
    claims = _ANALYZER.analyze(text).claims
    views = describe(claims, load_frame_patterns())
    assert opener_features(claims, views, 0, load_frame_patterns())["consequent"] == 0.0
    # right after it, too
    after = ("The scenario supposes that the glassblower retires next spring and that no one can replace "
             "him. Production stops within a fortnight. The laboratories cannot replace broken instruments.")
    claims = Analyzer(model="lexicon", frames=False).analyze(after).claims
    views = describe(claims, load_frame_patterns())
    assert [q.text for q in claims[0].cues][:1] == ["supposes"] and views[0].opener is not None
    assert opener_features(claims, views, 0, load_frame_patterns())["consequent"] == 0.0
    assert _decoded(after) == [None, 0, 0]


def test_what_a_text_announcing_itself_says_after_the_announcement_is_no_consequent():
    text = ("The annex below is written as a future news item so that frontline staff can picture how a "
            "heatwave would affect the service. "
            "Library van pulled from rounds as temperatures hit 38C.")
    claims = _ANALYZER.analyze(text).claims
    views = describe(claims, load_frame_patterns())
    assert views[0].opener is not None and views[0].opener[0] == "open_announced"
    assert any(c.kind.value == "hypothetical" for c in claims[0].cues)  # "would affect" is a cue
    assert opener_features(claims, views, 0, load_frame_patterns())["consequent"] == 0.0


def test_the_held_out_articles_line_up_with_the_splitter():
    import sys

    sys.path.insert(0, str(FIXTURES.parent / "benchmarks"))
    from probe_articles import EVAL, labelled

    gold = labelled()
    assert len(gold) == len(list(EVAL.glob("*.txt")))
    for name, rows in gold.items():
        doc = _ANALYZER.analyze((EVAL / f"{name}.txt").read_text(encoding="utf-8"))
        assert sorted(rows) == [c.index for c in doc.claims], name


def test_thresholds_weigh_the_shared_documents_and_the_own_articles_alike():
    import sys

    sys.path.insert(0, str(FIXTURES.parent / "training"))
    from train_frames import objective

    def scores(shared_recall: float, own_recall: float, own_wrong: int) -> dict:
        return {"frame_recall": 0.0, "framed": 1100, "false_frames": 0, "label_accuracy": 0.9,
                "shared_only": {"frame_recall": shared_recall, "false_frames": 2, "framed": 100},
                "own_articles": {"frame_recall": own_recall, "false_frames": own_wrong, "framed": 1000}}

    base = objective(scores(0.9, 0.5, 10))
    assert objective(scores(1.0, 0.5, 10)) > base
    # ten more shared sentences found are worth a hundred more of the own articles ...
    assert objective(scores(1.0, 0.5, 10)) - base == pytest.approx(objective(scores(0.9, 0.6, 10)) - base)
    # ... and a wrong frame costs 1.5 found sentences of the same part
    assert objective(scores(0.9, 0.5, 25)) == pytest.approx(objective(scores(0.9, 0.4775, 10)))
    # without the parts, the whole counts
    assert objective({"frame_recall": 0.5, "framed": 10, "false_frames": 1, "label_accuracy": 0.0}) == (
        pytest.approx(0.5 - 0.15))


def test_thresholds_are_chosen_in_the_middle_of_a_plateau_not_on_a_spike_beside_it():
    import sys

    sys.path.insert(0, str(FIXTURES.parent / "training"))
    from train_frames import choose_thresholds

    def cell(recall: float) -> dict:
        return {"frame_recall": recall, "framed": 100, "false_frames": 0, "label_accuracy": 0.0}

    opens, stays = (0.4, 0.5, 0.6, 0.7, 0.8), (0.5, 0.55, 0.6, 0.65, 0.7)
    cv = {(o, s): cell(0.5) for o in opens for s in stays}
    for o in (0.5, 0.6, 0.7):
        for s in (0.55, 0.6, 0.65):
            cv[(o, s)] = cell(0.78)
    cv[(0.6, 0.6)] = cell(0.80)
    cv[(0.8, 0.5)] = cell(0.85)
    # (0.8, 0.5) scores best alone, but its neighbours are poor; (0.6, 0.6) is the plateau's middle
    assert max(cv, key=lambda k: cv[k]["frame_recall"]) == (0.8, 0.5)
    assert choose_thresholds(cv) == (0.6, 0.6)
    # the best point beside a drop keeps its place against a poorer neighbour further from the drop
    rows = {0.4: (0.660, 0.704, 0.718, 0.737, 0.674, 0.634), 0.5: (0.693, 0.737, 0.751, 0.770, 0.707, 0.662),
            0.6: (0.705, 0.745, 0.754, 0.773, 0.704, 0.651), 0.7: (0.682, 0.723, 0.732, 0.751, 0.682, 0.629)}
    edge = {(o, s): cell(r) for o, row in rows.items()
            for s, r in zip((0.45, 0.5, 0.55, 0.6, 0.65, 0.7), row, strict=True)}
    assert choose_thresholds(edge) == (0.6, 0.6)
    # a flat table goes to the thresholds nearest 0.5
    flat = {k: cell(0.5) for k in cv}
    assert choose_thresholds(flat) == (0.5, 0.5)


def test_the_trainer_reads_articles_labelled_sentence_by_sentence(tmp_path):
    import sys

    sys.path.insert(0, str(FIXTURES.parent / "training"))
    from train_frames import fixture_docs, sentence_gold_docs

    docs = sentence_gold_docs(FIXTURES / "frames")
    assert docs and all(d["own"] and d["articles"] for d in docs)
    gold = {(r["doc"], r["index"]): r["text"] for r in read_jsonl(FIXTURES / "frames" / "gold.jsonl")}
    for d in docs:
        for row in d["rows"]:
            assert d["text"][row["start"] : row["end"]] == gold[d["doc"], row["sentence"]]
    assert {d["doc"] for d in docs} <= {d["doc"] for d in fixture_docs()}
    (tmp_path / "a.txt").write_text("One sentence here. Another one.", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(
        json.dumps({"doc": "a", "index": 0, "text": "Not in the file.", "framed": False}) + "\n",
        encoding="utf-8")
    with pytest.raises(SystemExit, match="not found"):
        sentence_gold_docs(tmp_path)


def test_the_trainer_builds_examples_from_every_fitted_article():
    import sys

    sys.path.insert(0, str(FIXTURES.parent / "training"))
    from train_frames import examples, fixture_docs, local_claims

    docs = fixture_docs()
    local_claims(docs, "lexicon")
    # the examples walk the decoder's own states, datelines of new articles included
    patterns = FrameDetector().patterns_
    assert any("new_document" in v.hits for d in docs for v in describe(d["claims"], patterns))
    xo, yo, xs, ys = examples(docs, patterns)
    assert len(xo) == len(yo) > 0 and len(xs) == len(ys) > 0 and 0 < sum(ys) < len(ys)


def test_a_scenario_opened_in_the_first_lines_is_the_article_s_setting_and_a_case_is_told_apart():
    setting = _stay_features("Three years into Anna Berg's hypothetical second term, the mayor has closed "
                             "the airport. The city had opened it in 1961. Flights moved to the coast.")
    assert setting[1]["article"] == 1.0 and setting[2]["article_after_out"] == 1.0
    assert "article_case" not in setting[1]
    case = _stay_features("Consider this scenario. A student comes to class and the teacher blinks. "
                          "Blinking keeps the eyes clear.")
    assert case[1]["article"] == 1.0 and case[1]["article_case"] == 1.0
    later = _stay_features("The council met on Monday. It approved the budget. The mayor spoke. "
                           "In her hypothetical second term, she has closed the airport. Flights moved.")
    assert all("article" not in f for f in later.values())
    drill = _stay_features("The exercise was built around a scenario in which a storm floods the port. "
                           "Waves reach the quay. Staff worked from a hall.")
    assert all("article" not in f for f in drill.values())


def test_a_lead_in_the_account_the_text_tells_goes_back_into_it_after_a_real_aside():
    doc = Analyzer(model="lexicon").analyze(
        "In his hypothetical second term, the president has spent two years cutting tariffs. "
        "Exporters have cheered every cut. "
        "In reality, he lost the election in 2019. "
        "In this version of events, the fund has agreed to stretch repayments over a decade. "
        "The finance minister called the deal a turning point."
    )
    framed = {i for f in doc.frames for i in (f.sentence, *f.covers)}
    assert 2 not in framed and {0, 1, 3, 4} <= framed
    assert [f.sentence for f in doc.frames] == [0]  # the account goes on; no second frame
    assert doc.claims[3].frame is not None and doc.claims[3].frame.sentence == 0
    assert doc.claims[3].frame.cue.text == "hypothetical second term"
    alone = _ANALYZER.analyze("In this version of events, the fund has agreed to stretch repayments. "
                              "The finance minister called the deal a turning point.")
    assert [f.sentence for f in alone.frames] == [0]  # with no frame before it, the lead opens one


@pytest.mark.parametrize("closing, framed", [
    ("For now, the eurozone waits for a successor.", True),
    ("Today, the bank is led by the same president as in 2019.", False),
])
def test_for_now_closes_a_story_told_as_news_and_today_returns_to_the_present(closing, framed):
    doc = _ANALYZER.analyze(
        "In this hypothetical, the central bank's president has resigned midterm. "
        "The euro fell sharply on Friday morning. Ministers called for a swift appointment. " + closing
    )
    assert (doc.claims[-1].frame is not None) is framed


def test_she_after_an_aside_that_named_nobody_new_is_the_story_s_person_again():
    def pronoun_after_out(text: str) -> float:
        features = _stay_features(text)
        return features[max(features)]["pronoun_after_out"]

    story = ("Picture Ada Obi, 34, in the year 2050. She lives on the 41st floor of a tower in Eko Atlantic. "
             "Eko Atlantic was built on sand dredged from the ocean floor in 2009. "
             "Her commute takes 35 minutes.")
    assert pronoun_after_out(story) == 0.0
    other = story.replace("Eko Atlantic was built on sand dredged from the ocean floor in 2009.",
                          "Mayor Grace Bello had opened the first line in 2023.")
    assert pronoun_after_out(other) == 1.0
    things = ("In 2040, the city banned private cars. The old car parks became housing. "
              "Congestion charges were first introduced in the city in 2003. They cut traffic by a fifth.")
    assert pronoun_after_out(things) == 1.0


def test_an_author_s_argument_is_an_aside_not_a_fading_frame():
    features = _stay_features("Suppose that a ferry leaves the harbour at noon. It carries forty passengers. "
                              "Searle asserts that no ferry could do this. The sea is calm.")
    assert features[3]["gap"] == 0.0 and features[3]["gap_aside"] > 0.0


def test_counterfactual_news_goes_on_after_a_turn_to_the_real_world():
    story = ("What if the city had kept its trams? "
             "The Number 9 tram still runs from the harbour to the university every six minutes. "
             "Its drivers carried 40,000 passengers a day last year, a record. "
             "Shopkeepers on the route say the trams bring them most of their trade. "
             "In reality, the council tore up the last tracks in 1961 and replaced them with buses. "
             "The tram depot is being extended to take twelve more cars. "
             "The first of them arrives from the works next spring.")
    doc = _ANALYZER.analyze(story)
    framed = {i for f in doc.frames for i in (f.sentence, *f.covers)}
    assert 4 not in framed and {1, 2, 3, 5, 6} <= framed
    # A case set up further down an explainer is left for good.
    case = ("Trams need steel rails laid in the street. Councils weigh their cost against buses. "
            "Imagine a city that kept its trams. Its drivers carry 40,000 passengers a day. "
            "Shopkeepers on the route say the trams bring them trade. "
            "In reality, most cities tore up their tracks in the 1950s. "
            "Buses replaced them on the same routes. Fares rose in most cities.")
    doc = _ANALYZER.analyze(case)
    assert doc.frames and all(c.frame is None for c in doc.claims[5:])


def test_a_turn_to_the_real_world_right_after_a_premise_ends_it():
    doc = _ANALYZER.analyze(
        "Review: a drama asks what if the strike had gone on. "
        "Its premise is simple: the General Strike of 1926 does not collapse after nine days. "
        "In reality, the unions called off the strike on 12 May 1926. "
        "The first episode follows a tram conductor through the week of the vote. "
        "The actress is superb in the part, and the writing is sharp."
    )
    assert all(c.frame is None for c in doc.claims[2:])


_TOLD_STRAIGHT = (
    "Telescope finds oxygen around a nearby rocky planet\n\n"
    "Astronomers have detected oxygen in the atmosphere of a rocky planet 40 light years away. "
    "The team observed 31 transits of the planet across its star. "
    "\"We looked for every way to make this signal go away,\" said the lead author, Lucía Ferreyra. "
    "Other astronomers were more cautious. "
    "Several said that flares from the star could have spoiled the measurements. "
    "Ferreyra's team celebrated with a cake iced with the star's seven planets. "
    "This article is an exercise in speculative science writing: the researchers and results "
    "described above are invented. "
    "Real observations have found no clear sign of an atmosphere so far."
)


def _framing_back() -> Analyzer:
    analyzer = Analyzer(model="lexicon")
    analyzer.frame_detector_ = FrameDetector(frame_back=True)
    return analyzer


def test_an_account_told_as_real_stays_unframed_below_no_marker_even_with_a_closing_note():
    # only narration that follows a marker is framed: a note at the end frames nothing back,
    # and opens no frame over the real coda after it
    doc = _ANALYZER.analyze(_TOLD_STRAIGHT)
    assert doc.frames == () and all(c.frame is None for c in doc.claims)


def test_frame_back_is_a_plain_bool_kept_through_pickling():
    with pytest.raises(TypeError, match="frame_back"):
        FrameDetector(frame_back="yes")  # type: ignore[arg-type]
    restored = pickle.loads(pickle.dumps(FrameDetector(frame_back=True)))
    assert restored.frame_back is True


def test_a_closing_note_frames_the_account_above_it_when_asked():
    doc = _framing_back().analyze(_TOLD_STRAIGHT)
    note = len(doc.claims) - 2
    assert [f.sentence for f in doc.frames] == [note]
    assert set(doc.frames[0].covers) == set(range(note))
    assert doc.claims[-1].frame is None  # the account is over after the note
    assert all(c.label is Label.SPECULATION for c in doc.claims[:note])


def test_a_closing_note_confirms_a_frame_set_up_in_the_first_lines():
    doc = _ANALYZER.analyze(
        "Council approves fare-free trams\n\n"
        "MARCH 3, 2041 — The city council voted 61 to 28 on Tuesday to make travel on its trams free. "
        "The decision came after a six-hour debate. "
        "Council leader Priya Sandhu called the vote \"the most important thing this chamber has done\". "
        "Ridership has already passed 90,000 a day, far ahead of forecasts. "
        "Businesses in the city centre are split. "
        "The chamber of commerce says the levy could push smaller firms to move. "
        "A previous tram plan was cancelled by the government in 2005. "
        "The mayor is expected to decide next month whether to extend free travel. "
        "This article is a speculative piece: the events in this report are imagined."
    )
    framed = {i for f in doc.frames for i in (f.sentence, *f.covers)}
    assert set(range(0, 7)) | {8} <= framed
    assert 7 not in framed  # a year before the story's dates real background


def test_the_closing_note_itself_stays_outside_the_frame_it_confirms():
    doc = _ANALYZER.analyze(
        "A letter from 2050: the trams run free\n\n"
        "Dear reader, I am writing to you from a warm June evening in 2050. "
        "The trams run every four minutes now, and they are free. "
        "My granddaughter has never owned a car. "
        "The old ring road is a park, and on Sundays the children cycle where the lorries used to queue. "
        "None of it came easily. "
        "This letter is an imagined one."
    )
    assert all(c.frame is not None for c in doc.claims[1:-1])  # the story above the note is framed
    assert doc.claims[-1].frame is None  # the note speaks about the text, from outside its story


def test_a_closing_note_opens_no_frame_over_the_real_world_after_it():
    doc = _ANALYZER.analyze(
        "Ash column rises over Yellowstone\n\n"
        "WEST YELLOWSTONE, Mont., Aug. 9, 2031 — A massive eruption tore through the caldera early "
        "Saturday, forcing the evacuation of hundreds of thousands of people. "
        "Ash fell as far away as Denver by nightfall. "
        "Interstate 90 was closed in both directions. "
        "Hospitals in Bozeman reported hundreds of patients with breathing problems. "
        "Airlines cancelled more than 4,000 flights.\n\n"
        "---\n\n"
        "Note: This is a fictional scenario. "
        "The USGS says there is no evidence that a large eruption at Yellowstone is imminent."
    )
    assert doc.claims[3].frame is not None  # the story is framed
    assert [f.sentence for f in doc.frames] == [1]
    assert doc.claims[-1].frame is None  # the real world after the note is in no frame


def test_a_report_announcing_what_it_will_look_at_frames_nothing_above_it():
    doc = _ANALYZER.analyze(
        "How Hull Would Cope with a Two-Metre Rise in Sea Level\n\n"
        "Summary\n\n"
        "A two-metre rise is beyond most projections for this century, but it is not impossible. "
        "This report looks at how Hull would be affected and what it would take to protect the city.\n\n"
        "With the sea two metres higher, the Humber would overtop its banks on most spring tides. "
        "The old town would flood twice a month. "
        "Ferries to Rotterdam would sail from a new terminal on higher ground."
    )
    assert [f.sentence for f in doc.frames] == [3]
    assert all(doc.claims[i].frame is None for i in range(3))  # the report speaks of what follows


def test_here_is_the_setup_hands_over_what_follows_and_frames_nothing_above_it():
    doc = _ANALYZER.analyze(
        "Pre-mortem: the Larch 3.0 launch\n\n"
        "Team, ahead of Monday's review I'd like us to run a pre-mortem on the launch. "
        "Here is the setup.\n\n"
        "It is June next year, Larch 3.0 has been out for nine months, and the launch has failed. "
        "Sign-ups peaked in the first month and have fallen ever since. "
        "The two pilot customers both left without signing contracts."
    )
    assert doc.claims[4].frame is not None  # the imagined failure is framed
    assert doc.claims[0].frame is None and doc.claims[1].frame is None  # the memo's own lines are not


def test_a_closing_note_below_a_dated_lead_leaves_earlier_years_outside():
    doc = _framing_back().analyze(
        "Architect stands beside the Queen as the opera house opens\n\n"
        "SYDNEY, 20 October 1973 — The architect stood on the steps as the Queen opened the hall. "
        "A crowd of close to a million lined the foreshore. "
        "He bowed slightly when he was presented to her. "
        "The competition for the design had been won in 1957 by a young Dane. "
        "The government first approved the site in 1954, after a campaign by the conductor. "
        "Riggers who had worked on the roof cheered from the forecourt. "
        "The first full production opens next week. "
        "Editor's note: this report imagines the opening day as it might have been covered had the "
        "architect stayed."
    )
    note = len(doc.claims) - 1
    assert [f.sentence for f in doc.frames] == [note]
    covers = set(doc.frames[0].covers)
    assert {0, 1, 2, 3, 6, 7} <= covers
    assert 5 not in covers  # dated before the lead's year: real background
    assert 4 not in covers  # past perfect


def test_a_note_in_the_first_half_or_about_another_thing_frames_nothing_back():
    early = ("This article is an exercise in speculative science writing. "
             "Ferreyra's team celebrated with a cake. Other astronomers were more cautious. "
             "Several said that flares could have spoiled the measurements. "
             "The team will observe again in May.")
    doc = _ANALYZER.analyze(early)
    assert all(c.frame is None or c.frame.sentence == 0 for c in doc.claims)
    real = ("The council voted on Tuesday to make travel on its trams free. "
            "The decision came after a six-hour debate. Businesses in the city centre are split. "
            "This article has been updated to correct the date of the vote.")
    assert _ANALYZER.analyze(real).frames == ()


def test_a_note_that_the_story_s_people_are_invented_ends_it_once_told_and_not_before():
    told = _ANALYZER.analyze(
        "It is a wet Tuesday in November 2040, and Joan, who is 86, is making tea in her kitchen. "
        "The sensor under her doormat has already told her daughter that she is up. "
        "A carer arrives at ten and stays for forty minutes. "
        "Joan is an invention, but nothing in her day is. "
        "Every piece of it already exists somewhere in the country. "
        "Falls are the most common way in which a longer life goes wrong. "
        "Much of the housing stock was built for young families."
    )
    assert [f.sentence for f in told.frames] == [0]
    assert {1, 2} <= set(told.frames[0].covers) and all(c.frame is None for c in told.claims[3:])
    note = _ANALYZER.analyze(
        "For this instalment we asked a novelist to keep the diary of a hop farmer for the summer of 2058. "
        "The farmer and her neighbours are invented; the weather she describes is drawn from projections. "
        "Picked the first of the hops today, three weeks early. "
        "Thirty-four degrees by two o'clock. "
        "The pickers knocked off at eleven and came back at six."
    )
    assert {2, 3, 4} <= {i for f in note.frames for i in f.covers}


def test_a_case_described_with_no_set_up_verb_opens_only_after_a_named_puzzle():
    told = ("Buridan's ass is a paradox about free will named after the philosopher Jean Buridan. "
            "It is usually told as a fable. "
            "A hungry donkey stands exactly halfway between two bales of hay. "
            "The bales are the same size and smell equally sweet. "
            "Having no reason to prefer one, the donkey starves where it stands.")
    doc = _ANALYZER.analyze(told)
    assert [f.sentence for f in doc.frames] == [2] and set(doc.frames[0].covers) == {3, 4}
    news = ("Firefighters were called to a farm near Ely on Tuesday. "
            "A hungry donkey stands in the yard next to two bales of hay. "
            "The owner said the animals were unharmed.")
    assert _ANALYZER.analyze(news).frames == ()


def test_a_dateline_naming_its_imagined_world_below_real_background_sets_the_whole_report():
    text = ("Danish fleet sails for the Baltic as the king rejects the treaty\n\n"
            "In the summer of 1864 the Danish envoys were in London, hoping for a conference. "
            "Prussia had already occupied most of Schleswig by the spring.\n\n"
            "COPENHAGEN, 3 August 1864 (in this imagined timeline, the king refused to sign the "
            "preliminary peace) — Twelve ships of the line left the harbour at dawn. "
            "The crews had been paid a month in advance, but few of them expected to see Kiel. "
            "The squadron was commanded by Admiral Steen Bille. "
            "Crowds lined the quays to watch them go. "
            "The king watched from the palace balcony.")
    doc = _ANALYZER.analyze(text)
    assert [f.sentence for f in doc.frames] == [3]
    # the report goes on after a sentence in the past perfect; the real background above stays out
    assert {5, 6, 7} <= set(doc.frames[0].covers)
    assert {1, 2}.isdisjoint(doc.frames[0].covers)


def test_a_named_scenario_picturing_its_world_opens_like_one_that_assumes_it():
    text = ("Strategic outlook to 2032 — Scenario 2: Stalled Streets\n\n"
            "This section belongs to the set of four scenarios the board adopted in March. "
            "The scenarios are built on the two uncertainties the workshops ranked highest. "
            "Each is told as a story of the market in 2032.\n\n"
            "Scenario 2 pictures a Europe in which the cycling boom of the 2020s runs out of road. "
            "By 2032 several large cities have paused their cycle-lane programmes. "
            "Sales of cargo bikes flatten, and two of our dealers close.")
    doc = _ANALYZER.analyze(text)
    assert [f.sentence for f in doc.frames] == [4]


def test_the_text_itself_imagining_is_no_work_of_fiction_named_as_a_topic():
    text = ("Four astronauts walk on Mars\n\n"
            "This story imagines the first crewed landing on Mars, placed in April 2041. "
            "Four astronauts stepped onto the surface of Mars on Tuesday. "
            "Their lander touched down at 14:07 GMT on a broad northern plain.")
    assert [f.sentence for f in _ANALYZER.analyze(text).frames] == [1]
    review = text.replace("This story imagines", "Her new novel imagines")
    assert _ANALYZER.analyze(review).frames == ()


def test_a_scene_said_to_be_a_long_way_off_is_left_for_good():
    text = ("The cheese that never met a cow\n\n"
            "You wake up on a wet Tuesday in 2040 and pour yourself a glass of milk that no cow made. "
            "It tastes like the milk you drank as a child. "
            "That morning is still a long way off, and it may never arrive in quite that form. "
            "But the technology behind it is already here. "
            "Several firms make the protein in steel tanks.")
    doc = _ANALYZER.analyze(text)
    assert [f.sentence for f in doc.frames] == [1]
    assert 2 in doc.frames[0].covers and not {3, 4, 5} & set(doc.frames[0].covers)


def test_a_text_announcing_itself_under_its_lead_frames_the_lines_above_too():
    story = ("Rutte's fifth cabinet survives asylum vote by two seats\n\n"
             "THE HAGUE — Prime Minister Mark Rutte's coalition scraped through a motion of no confidence "
             "late on Thursday, 76 votes to 74. "
             "This report belongs to a made-up timeline, one in which Rutte never left politics. "
             "Opposition leaders accused him of governing by exhaustion. "
             "The new asylum law takes effect in January.")
    doc = _ANALYZER.analyze(story)
    assert [f.sentence for f in doc.frames] == [2]
    assert {0, 1, 3, 4} <= set(doc.frames[0].covers)
    note = "This report belongs to a made-up timeline, one in which Rutte never left politics."
    forward = story.replace(note, "What follows is an imagined account of a fifth Rutte cabinet.")
    # "What follows is …" speaks of what comes after it
    assert all(c.frame is None for c in _ANALYZER.analyze(forward).claims[:2])

