"""The cue lexicon and matcher: kinds, guards, the file format, user lexicons."""

from __future__ import annotations

import json
import pickle
import re
from importlib import resources

import pytest
from conftest import read_jsonl, shared_path
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import Analyzer, Kind, Label
from claimcheck import cues as cues_mod
from claimcheck.cues import CueMatcher, default_matcher, load_lexicon
from claimcheck.errors import InputError

H, P, Y, C = Kind.HEDGE, Kind.PREDICTION, Kind.HYPOTHETICAL, Kind.CONDITIONAL


def cues(sentence: str) -> list[tuple[str, Kind]]:
    return [(c.text, c.kind) for c in default_matcher().match(sentence)]


def kinds(sentence: str) -> set[Kind]:
    return {c.kind for c in default_matcher().match(sentence)}


# -- every kind, with the cue span it should report ---------------------------

KIND_CASES = [
    # prediction
    ("The summit will open on Monday.", [("will open", P)]),
    ("They'll announce the result tomorrow.", [("'ll announce", P)]),
    ("The plant won't close this year.", [("won't close", P)]),
    ("The bridge is set to reopen in June.", [("is set to", P)]),
    ("Talks are due to resume next week.", [("are due to", P), ("next week", P)]),
    ("The minister is to visit Paris.", [("is to visit", P)]),
    ("The firm plans to build a plant.", [("plans to build", P)]),
    ("She vowed to appeal the ruling.", [("vowed to appeal", P)]),
    ("Analysts expect that rates will rise.", [("expect", P), ("will rise", P)]),
    ("Sales are expected to fall.", [("are expected to", P)]),
    ("Firm to build plant in Ohio", [("to build", P)]),
    ("NASA to Launch Probe to Study Moon Water", [("to Launch", P)]),
    ("Rocket poised for maiden launch", [("poised for", P)]),
    ("The festival runs through March 11.", [("runs through March 11", P)]),
    ("Prices are going to climb.", [("are going to climb", P)]),
    ("The government said the plant would open in May.", [("would open", P)]),
    ("The company has pledged $5 million in aid.", [("pledged $", P)]),
    ("A vote is planned in the coming weeks.", [("is planned", P), ("in the coming weeks", P)]),
    ("The agency has plans to send a probe.", [("has plans to", P)]),
    ("Hopes rise for a peace deal", [("Hopes rise", P)]),
    ("Price indexing is inevitable.", [("is inevitable", P)]),
    ("The agency predicts a busy storm season.", [("predicts", P)]),
    ("NASA prepares for first flight", [("prepares for", P)]),
    ("Shuttle flights to resume soon", [("to resume soon", P)]),
    ("The new law takes effect on January 1.", [("takes effect on January 1", P)]),
    ("Voters head to the polls on Sunday.", [("head to the polls on Sunday", P)]),
    # hypothetical
    ("In his hypothetical second term, he met the envoy.", [("hypothetical second term", Y)]),
    ("Imagine a city without cars.", [("Imagine", Y)]),
    ("The plan would cut taxes for most families.", [("would cut", Y)]),
    ("It would have been better to wait.", [("would have been", Y)]),
    ("In this scenario, sea levels rise by a metre.", [("In this scenario", Y)]),
    ("We'd expect a recount in that case.", [("'d expect", Y)]),
    ("He acts as if nothing happened.", [("as if", Y)]),
    ("If the dam was to fail, the valley would flood.", [("If", C), ("was to fail", Y), ("would flood", Y)]),
    ("The bridge could, in principle, carry trains.", [("could, in principle", Y)]),
    ("Otherwise it would have collapsed.", [("Otherwise", C), ("would have collapsed", Y)]),
    # hedge
    ("Rates may rise.", [("may rise", H)]),
    ("Rates could rise.", [("could rise", H)]),
    ("The fire might have started in the kitchen.", [("might have started", H)]),
    ("The suspect reportedly fled abroad.", [("reportedly", H)]),
    ("The alleged bribe was paid in cash.", [("alleged", H)]),
    ("The rebels seem divided.", [("seem", H)]),
    ("The drug appears to work.", [("appears", H)]),
    ("I think the deal is dead.", [("I think", H)]),
    ("She believed that the tapes were fake.", [("believed", H)]),
    ("The data suggest a link.", [("suggest", H)]),
    ("The ship is believed to have sunk.", [("is believed to", H)]),
    ("It is thought that the fire began upstairs.", [("It is thought", H)]),
    (
        "It is reasonable to assume that prices will rise.",
        [("It is reasonable to assume", H), ("will rise", P)],
    ),
    ("It is unclear who fired first.", [("It is unclear", H)]),
    ("Police have not ruled out the possibility of arson.", [("ruled out the possibility", H)]),
    ("What happens next is anyone's guess.", [("anyone's guess", H)]),
    ("Researchers hypothesize that the gene is silenced.", [("hypothesize", H)]),
    ("Police could not confirm whether anyone was hurt.", [("could not confirm", H), ("whether", H)]),
    ("Who will pay for it?", [("will pay", P), ("?", H)]),
    ("The repairs should be finished by Friday.", [("should be finished", H), ("should be finished", P)]),
    ("The crash must have been caused by ice.", [("must have been", H)]),
    ("The team is unlikely to win.", [("unlikely", H)]),
    # conditional
    ("If you ignore it, it sulks.", [("If", C)]),
    ("Were he to resign, the party would split.", [("Were he to", Y), ("would split", Y)]),
    ("Unless talks resume, the strike goes on.", [("Unless", C)]),
    ("Should talks fail, workers will strike.", [("Should talks fail", C), ("will strike", P)]),
    (
        "Had it happened an hour later, the toll would have been higher.",
        [("Had it happened", C), ("would have been", Y)],
    ),
]


@pytest.mark.parametrize("sentence, expected", KIND_CASES, ids=[c[0][:40] for c in KIND_CASES])
def test_cue_spans_and_kinds(sentence, expected):
    assert cues(sentence) == expected


# -- guards: non-speculative uses give no cue -----------------------------------

NO_CUE = [
    # may / will / could as words that are not modals
    "The talks ended on May 5.",
    "In May, the council met twice.",
    "May was the wettest month on record.",
    "She signed her will in 2010.",
    "It was the will of the people.",
    "Will Smith attended the premiere.",
    "He has no will for teamwork.",
    # past ability, inability, purpose, restrictive relatives
    "He could swim as a child.",
    "Police could not find the weapon.",
    "I couldn't imagine a better result.",
    "They moved closer so they could see the stage.",
    "The room where attendees could wear wigs was popular.",
    "Those who may not speak English were given forms.",
    "They built a rocket that could reduce travel times.",
    # permission, obligation, deontic modals
    "Volunteers may download the software from the website.",
    "Anyone who insults a judge may be fined.",
    "Visitors must show a ticket.",
    "People should avoid contact with sick animals.",
    "Firms have to file their accounts by March.",
    # would: volition, desire, habit
    "The spokesman would not comment on the case.",
    "She would like to visit Rome.",
    "Every summer he would sail to the island.",
    "He would often walk to work.",
    # settled expectations and NP-internal uses
    "Profits were higher than expected.",
    "Sales beat expectations.",
    "The team had expected a larger crowd.",
    "The bomb was set to explode at noon on Monday.",
    "The delay was due to a technical fault.",
    "Officials studied the likely cause of the crash.",
    "The asteroid was roughly 16 feet wide.",
    "An estimated 35,000 people attended.",
    "The post was written by an unknown author.",
    # attribution and reporting verbs
    "Officials say the bridge is safe.",
    "According to the report, exports rose.",
    "The lawsuit alleged that the firm hid losses.",
    "Observers have alleged some fraud.",
    # if in indirect questions and idioms, plain 'if' idiom
    "Most if not all of the deaths occurred in transit.",
    # desire verbs stay fact
    "He wants to buy the club.",
    # questions inside titles and other lookalikes
    "Suggestions included a new name.",
    "The jury suggested the death penalty.",
    "He appeared in court on Tuesday.",
    "The first hints of strain appeared early.",
    "Thought experiments have limits.",
    "It was possible to change the orbit.",
    "They built it as quickly as possible.",
    "The two were expected to stay for a week.",
    "Lycos' approach is to make spam more costly.",
    "How to protect yourself",
    "It was hard to tell the twins apart.",
    "The damage was apparent from the air.",
    "The phone will play high-definition video.",
    "It will play DVDs and CDs.",
    "A device that will be compatible with older models is on sale.",
    "Strap-on boosters may be added to increase lift.",
    "Fakes are made to make it appear that people said things.",
    "She appeared seven times for the club.",
    "They never gave up hope in hard times.",
    "NASA described a railway system it plans to build on the moon.",
    "The probe gave engineers the data to envision new craft.",
    "Turnout was higher than expected.",
    "New Zealand begins process to consider a new flag",
    "Leader calls for army to join the revolution",
    "Tribute to victims of the flood",
    "Delegation to China returns home",
]


@pytest.mark.parametrize("sentence", NO_CUE)
def test_guards_drop_non_speculative_uses(sentence):
    assert cues(sentence) == []


GUARDED_KIND = [
    # 'if' introducing an indirect question is an open question, not a condition
    ("She asked if the vote was valid.", {H}),
    ("It is not yet known if the models are wrong.", {H}),
    ("Officials would not say if the report was accurate.", {H}),
    ("He said if confirmed, the find would change the field.", {C, Y}),
    ("Voters should already be registered.", {H}),
    # a reported future is a prediction, a proposal a hypothetical
    ("He said the tanker contract would be revived.", {P}),
    ("The army stated it would attack the speakers and would respond within hours.", {P}),
    ("An official said he would not be freed, and a win by him would signify defeat.", {P, Y}),
    ("The reform would cut benefits by a fifth.", {Y}),
    # a reported threat with a condition stays a prediction
    ("The army warned it would respond if the broadcasts continue.", {P, C}),
    ("She said it would be a tragedy if the plan failed.", {Y, C}),
    # an epistemic 'should' is a hedge about the future; a deontic one is nothing
    ("Other languages should appear later.", {H, P}),
    # 'while ... may' still hedges
    ("While the policy may help, it has critics.", {H}),
]


@pytest.mark.parametrize("sentence, expected", GUARDED_KIND, ids=[c[0][:40] for c in GUARDED_KIND])
def test_kinds_where_readings_compete(sentence, expected):
    assert kinds(sentence) == expected


# -- domain rules: silent for the matcher, features for trained models ----------

DOMAIN_CASES = [
    ("These results indicate that the factor binds DNA.", [("indicate-that", "indicate that")]),
    ("Deletion of the site reduced activity, indicating a role for it.", [("indicate-that", "indicating")]),
    ("Two potential binding sites were found.", [("possible-np", "potential")]),
    ("The gene has one or two introns.", [("alternative", "or")]),
    ("The factor can bind either site.", [("can-modal", "can"), ("alternative", "either")]),
    ("You should see this film.", [("deontic", "should")]),
    ("Its function remains to be determined.", [("open-question", "remains to be determined")]),
]


@pytest.mark.parametrize("sentence, silent", DOMAIN_CASES, ids=[c[0][:40] for c in DOMAIN_CASES])
def test_domain_rules_are_silent_matches_and_no_cues(sentence, silent):
    matcher = default_matcher()
    domain_ids = {r.id for r in matcher.rules_ if r.domains}
    found = [(r.id, sentence[s:e]) for r, s, e in matcher.silent_hits(sentence) if r.id in domain_ids]
    assert sorted(found) == sorted(silent)
    assert not {r.id for r, _, _ in matcher.rule_hits(sentence)} & domain_ids
    assert cues(sentence) == []


def test_a_domains_field_must_list_names():
    with pytest.raises(InputError, match="domains"):
        CueMatcher([{"id": "a", "kind": "hedge", "pattern": "x", "domains": "biomed"}])


# -- the lexicon file -----------------------------------------------------------


def _bundled_entries() -> list[dict]:
    raw = resources.files("claimcheck.data").joinpath("cues.jsonl").read_text("utf-8")
    return [json.loads(line) for line in raw.splitlines() if line.strip() and not line.startswith("//")]


def test_bundled_lexicon_is_valid():
    entries = _bundled_entries()
    rules = [e for e in entries if "macros" not in e]
    ids = [e["id"] for e in rules]
    assert len(ids) == len(set(ids)), "rule ids must be unique"
    for e in rules:
        assert e.get("note"), f"rule {e['id']} needs a note saying what it catches"
        for g in e.get("guards", ()):
            assert g.get("note"), f"a guard of {e['id']} needs a note saying why"
        for word in e.get("triggers", ()):
            assert re.fullmatch(r"[a-z0-9]+", word), f"{e['id']}: trigger {word!r}"
    compiled = load_lexicon()
    assert [r.id for r in compiled] == ids
    assert all(r.kinds for r in compiled)


def test_every_kind_has_rules():
    assert {k for r in default_matcher().rules_ for k in r.kinds} == set(Kind)


def test_every_rule_is_exercised_by_the_cases():
    # a rule that no sentence above reaches is untested
    texts = [s for s, _ in KIND_CASES] + [s for s, _ in GUARDED_KIND] + [s for s, _ in DOMAIN_CASES]
    fired = set()
    matcher = default_matcher()
    for text in texts:
        lowered = text.lower()
        fired |= {r.id for r in matcher.rules_ if r.find(text, lowered)}
    missing = {r.id for r in matcher.rules_} - fired
    assert not missing, f"untested rules: {sorted(missing)}"


def _trigger_gaps(sentences: list[str]) -> dict[str, list[str]]:
    """Matches a rule would make if its trigger words did not keep it from running."""
    gaps: dict[str, list[str]] = {}
    for rule in default_matcher().rules_:
        for text in sentences:
            words = set(re.findall(r"[a-z0-9]+", text.lower()))
            if rule.triggers and not rule.triggers & words:
                gaps.setdefault(rule.id, []).extend(text[s:e] for s, e in rule.find(text))
    return {k: v for k, v in gaps.items() if v}


def test_trigger_words_cover_the_patterns():
    assert _trigger_gaps([s for s, _ in KIND_CASES] + NO_CUE + [s for s, _ in GUARDED_KIND]) == {}


def test_trigger_words_cover_the_patterns_on_news():
    rows = read_jsonl(shared_path("data", "news_wikinews", "train.jsonl"))
    assert _trigger_gaps([r["text"] for r in rows]) == {}


def _scans(sentence: str, folded: str | None) -> list[tuple[str, int, int]]:
    return [(r.id, s, e) for r in default_matcher().rules_ for s, e in r._scan(sentence, folded)]


FOLD_CASES = [s for s, _ in KIND_CASES] + NO_CUE + [s for s, _ in GUARDED_KIND]


@pytest.mark.parametrize("variant", [str, str.upper, str.title, str.swapcase])
def test_lower_cased_matching_equals_case_insensitive_matching(variant):
    # every rule and guard, on the lower-cased text with lower-cased patterns,
    # finds exactly what the case-insensitive patterns find in the original
    for sentence in FOLD_CASES:
        text = variant(sentence)
        assert cues_mod._folds_safely(text), text
        assert _scans(text, text.lower()) == _scans(text, None), text


def test_lower_cased_matching_equals_case_insensitive_matching_on_shared_data():
    rows = [
        r["text"]
        for name in ("news_wikinews", "sfu_review_spec", "pei_jurgens_certainty")
        for r in read_jsonl(shared_path("data", name, "dev.jsonl"))
    ]
    safe = [t for t in rows if cues_mod._folds_safely(t)]
    assert len(safe) > 0.9 * len(rows)
    for text in safe:
        assert _scans(text, text.lower()) == _scans(text, None), text


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("It may rain.", True),
        ("“It may rain,” she said — maybe… €5", True),
        ("İstanbul may host it.", False),  # lower-casing adds a character
        ("Café owners may close.", False),  # a cased letter outside ASCII
        ("The µ-meter may fail.", False),  # the micro sign folds with Greek mu
    ],
)
def test_which_sentences_fold_safely(text, safe):
    assert cues_mod._folds_safely(text) is safe


@pytest.mark.parametrize(
    ("source", "lowered"),
    [
        (r"\bMay\b", r"\bmay\b"),
        (r"\S\W\B\D(?P<Cue>X)(?P=Cue)", r"\S\W\B\D(?P<Cue>x)(?P=Cue)"),
        (r"[A-Z](?<!Dr)(?=Mr)(?:Ms)", r"[a-z](?<!dr)(?=mr)(?:ms)"),
        (r"\x41", None),
        (r"\N{LATIN CAPITAL LETTER A}", None),
        (r"(?-i:May)", None),
    ],
)
def test_pattern_sources_lower_case_safely(source, lowered):
    assert cues_mod._lower_source(source) == lowered


def test_a_case_sensitive_guard_keeps_reading_the_original_text():
    # "May" the month is guarded case-sensitively; "may" the verb is a cue
    text = "It may rain in May."
    assert [c.start for c in default_matcher().match(text)] == [text.index("may")]


def test_no_catastrophic_backtracking():
    matcher = CueMatcher()
    nasty = [
        "would " * 400,
        "may " + "very " * 500 + "x",
        "said " + "a, b, " * 300 + "would",
        "Firm " * 200 + "to",
        "if " * 500,
        ", " * 1000 + "will",
    ]
    for text in nasty:
        matcher.match(text)  # a timeout of the test run would show the problem


def test_cue_offsets_point_into_text():
    text = "Intro. Prices may rise if rates fall. Done."
    start = text.index("Prices")
    end = text.index(" Done")
    found = CueMatcher().match(text, start, end)
    assert [(c.text, c.kind) for c in found] == [("may rise", H), ("if", C)]
    assert all(text[c.start : c.end] == c.text for c in found)


def test_matcher_pickles():
    matcher = pickle.loads(pickle.dumps(CueMatcher()))
    assert cues("Rates may rise.") == [(c.text, c.kind) for c in matcher.match("Rates may rise.")]


# -- user lexicons --------------------------------------------------------------


def test_user_lexicon_file(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text(
        "// a tiny lexicon\n"
        + json.dumps({"macros": {"SOON": "soon|shortly"}})
        + "\n"
        + json.dumps(
            {
                "id": "rumour",
                "kinds": ["hedge"],
                "triggers": ["rumour", "rumours"],
                "pattern": r"\brumou?rs?\b",
                "guards": [{"before": r"\bno\s+$", "note": "'no rumours' denies"}],
                "note": "rumours",
            }
        )
        + "\n"
        + json.dumps({"id": "soon", "kind": "prediction", "pattern": r"\b(?:{SOON})\b", "note": "soon"})
        + "\n",
        encoding="utf-8",
    )
    analyzer = Analyzer(model="lexicon", cues=path)
    claims = analyzer.classify(
        ["Rumours swirled.", "There were no rumours.", "It ends shortly.", "It may rain."]
    )
    assert [c.label for c in claims] == [Label.SPECULATION, Label.FACT, Label.SPECULATION, Label.FACT]
    assert claims[0].kinds == {H} and claims[2].kinds == {P}


def test_user_lexicon_from_dicts_with_two_kinds_and_overrides():
    rules = [
        {
            "id": "likely",
            "kinds": ["hedge", "prediction"],
            "pattern": r"\blikely\s+to\b",
            "note": "x",
            "overrides": ["general"],
        },
        {"id": "general", "kind": "hedge", "pattern": r"\blikely\b", "note": "y"},
    ]
    found = CueMatcher(rules).match("He is likely to win.")
    assert [(c.text, c.kind) for c in found] == [("likely to", H), ("likely to", P)]


def test_a_required_guard_keeps_only_matches_in_its_context():
    rules = [
        {
            "id": "reported",
            "kind": "prediction",
            "pattern": r"\bwould\s+\w+",
            "guards": [{"before": r"\bsaid\b[^.]{0,40}$", "require": True, "note": "needs 'said'"}],
            "note": "x",
        }
    ]
    matcher = CueMatcher(rules)
    assert [c.text for c in matcher.match("She said it would open soon.")] == ["would open"]
    assert matcher.match("It would open soon.") == []


@pytest.mark.parametrize(
    "rules, message",
    [
        ([{"id": "a", "kind": "hedge", "pattern": "(", "note": ""}], "bad regular expression"),
        ([{"id": "a", "kind": "guess", "pattern": "x"}], "kinds"),
        ([{"kind": "hedge", "pattern": "x"}], "'id'"),
        ([{"id": "a", "kind": "hedge", "pattern": "{NOPE}"}], "unknown macro"),
        (
            [{"id": "a", "kind": "hedge", "pattern": "x"}, {"id": "a", "kind": "hedge", "pattern": "y"}],
            "twice",
        ),
        ([{"id": "a", "kind": "hedge", "pattern": "x", "triggers": ["two words"]}], "trigger"),
        ([{"id": "a", "kind": "hedge", "pattern": "x", "guards": [{"note": "empty"}]}], "guard"),
        ([{"id": "a", "kind": "hedge", "pattern": "x", "overrides": ["b"]}], "overrides unknown"),
    ],
)
def test_bad_lexicons_are_refused_clearly(rules, message):
    with pytest.raises(InputError, match=message):
        CueMatcher(rules)


def test_missing_lexicon_file_is_refused(tmp_path):
    with pytest.raises(InputError, match="not a file"):
        CueMatcher(tmp_path / "absent.jsonl")


def test_bad_json_line_names_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "kind": "hedge", "pattern": "x"}\n{oops\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:2"):
        CueMatcher(path)


# -- the seed article -------------------------------------------------------------


def test_seed_local_labels_from_the_lexicon_alone(seed):
    text, gold = seed
    analyzer = Analyzer(model="lexicon", frames=False)
    claims = analyzer.classify([g["text"] for g in gold])
    assert [c.local_label.value for c in claims] == [g["local_label"] for g in gold]
    gold_cues = [(g["start"] + 0, s, e) for g in gold for s, e, *_ in g["cues"]]
    found = [
        (g["start"] + q.start, g["start"] + q.end) for g, c in zip(gold, claims, strict=True) for q in c.cues
    ]
    hit = sum(any(s < fe and fs < e for fs, fe in found) for _, s, e in gold_cues)
    assert hit / len(gold_cues) >= 0.95


def test_news_dev_is_not_worse_than_a_plain_word_list():
    rows = read_jsonl(shared_path("data", "news_wikinews", "dev.jsonl"))
    claims = Analyzer(model="lexicon", frames=False).classify([r["text"] for r in rows])
    gold = [r["local_label"] == "speculation" for r in rows]
    pred = [c.local_label is Label.SPECULATION for c in claims]
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    f1 = 2 * tp / (sum(gold) + sum(pred))
    assert f1 >= 0.9, f"speculation F1 on news dev fell to {f1:.3f}"


# -- matches a guard dropped -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "guarded", "kept"),
    [
        ("Volunteers may download the form.", [("may-might", "may download")], []),
        ("Prices may rise next year.", [], [("may-might", "may rise")]),
        ("Sales rose in May.", [("may-might", "May")], []),
        ("The weather was fine.", [], []),
    ],
)
def test_silent_hits_are_the_matches_a_guard_dropped(sentence, guarded, kept):
    m = CueMatcher()
    assert [(r.id, sentence[s:e]) for r, s, e in m.silent_hits(sentence)] == guarded
    assert [(r.id, sentence[s:e]) for r, s, e in m.rule_hits(sentence) if r.id == "may-might"] == kept


# -- the word prefilter: a rule is skipped only where it cannot match --------


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\bwhether\b", [{"whether"}]),
        (r"\b(?:if|unless|as\s+long\s+as|only\s+if)\b", [{"as", "long"}, {"if"}, {"unless"}]),
        (r"\b(?:may|might|mightn(?=['’]t))\b(?:\s+not)?", [{"may"}, {"might"}, {"mightn"}]),
        (r"\b(?:can(?:not|['’]t)?|ca\s*n['’]t)\b", [{"ca", "n", "t"}, {"can"}, {"cannot"}]),
        (r"\b(?P<cue>would)\s+\w+", [{"would"}]),
        # "\s*" may be empty: "were itto" is a match, with no word "to"
        (r"\bwere\s+(?:it|he)?\s*to\b", [{"were", "to"}, {"were", "itto"}, {"were", "heto"}]),
        (r"x\s+will", None),  # "x" may end a longer word, "will" start one
        (r"\bis[^a-z]to\b", None),  # the class matches digits: "is5to" is one word
        (r"\bis[^a-z0-9]to\b", [{"is", "to"}]),
        (r"\b\w+ly\b", None),
        (r"\bsoon", None),
        (r"(?i)\bmay\b", None),  # only case-sensitive patterns: the prefilter reads lower-cased words
    ],
)
def test_needed_words_of_a_pattern(pattern, needs):
    got = cues_mod._needed_words(re.compile(pattern))
    assert (None if got is None else sorted(map(sorted, got))) == (
        None if needs is None else sorted(map(sorted, needs))
    )


_PREFILTER_TEXTS = [
    "It may rain.",
    "It MAY rain, if at all.",
    "Were it to rain, we would stay home.",
    "The cannot-miss sale; they ca n't come.",
    "is5to and is-to and is to",
    "Only if the firm agrees, as long as it lasts.",
    "whether_or not, whether.",
    "The summit, maybe, will open on Monday?",
    "",
]


@pytest.mark.parametrize("text", _PREFILTER_TEXTS)
@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:if|unless|as\s+long\s+as|only\s+if)\b",
        r"\b(?:may|might|mightn(?=['’]t))\b(?:\s+not)?",
        r"\b(?:can(?:not|['’]t)?|ca\s*n['’]t)\b",
        r"\bwere\s+(?:it|he)?\s*to\b",
        r"\bis[^a-z0-9]to\b",
        r"\bwhether\b",
    ],
)
def test_a_pattern_matches_only_where_its_needed_words_are(text, pattern):
    compiled = re.compile(pattern)
    words = set(cues_mod._TOKEN.findall(text.lower()))
    needs = cues_mod._needed_words(compiled)
    assert needs is not None
    if compiled.search(text.lower()) is not None:
        assert any(need <= words for need in needs)


NEEDED_CLAUSES = [
    # (pattern, the clauses: a match holds a word of each)
    (r"\bis\s+to\b", [{"is"}, {"to"}]),
    # too many readings to follow whole, but each choice between separators is read
    (
        r"\b(?:in\s+)?(?:a|an|the)\s+(?:(?:big|small|new|old|other)\s+)?(?:world|future)\s+(?:where|in\s+which)\b",
        [{"a", "an", "in", "the"}, {"future", "world"}, {"where", "which"}],  # "in which" holds "which"
    ),
    (r"(?i)\bWorld\s+(?:where|WHICH)\b", [{"world"}, {"where", "which"}]),  # read lower-cased
    (r"\b(?:A|An)\s+[A-Z][a-z]+\s+that\s+never\b", [{"a", "an"}, {"that"}, {"never"}]),
    (r"\blet['’]s\s+say\b", [{"let"}, {"s"}, {"say"}]),  # a curly apostrophe splits words as "'" does
    (r"(?i)\bſay\b", []),  # a letter beyond ASCII may match an ASCII one ignoring case: not read
    (r"(?:x|y)z", []),  # no word stands between separators
    (r"\b(?:ha)+\b", []),  # "haha": a repeated body runs into itself
    (r"\b(?:\s+to\s+)+\b", [{"to"}]),  # separators end each repetition
    (r"\bsoon", []),  # the word may go on
    (r"(?i)[^A-Z0-9]never[^A-Z0-9]", [{"never"}]),  # ignoring case, the class excludes lower case too
    (r"[^A-Z0-9]never[^A-Z0-9]", []),  # matching case, a lower-case letter may stand beside it
]


@pytest.mark.parametrize(("pattern", "clauses"), NEEDED_CLAUSES)
def test_needed_clauses_of_a_pattern(pattern, clauses):
    got = cues_mod._needed_clauses(re.compile(pattern))
    assert sorted(map(sorted, got)) == sorted(map(sorted, clauses))


@given(st.text(alphabet=st.sampled_from("aeinorstwhdfuvlAWINT .,'-"), max_size=60))
@pytest.mark.parametrize("pattern", [p for p, clauses in NEEDED_CLAUSES if clauses])
def test_a_match_holds_a_word_of_each_needed_clause(pattern, text):
    compiled = re.compile(pattern)
    words = set(cues_mod._TOKEN.findall(text.lower()))
    if compiled.search(text) is not None:
        for clause in cues_mod._needed_clauses(compiled):
            assert clause & words, (clause, text)


def _without_prefilter(lexicon=None) -> CueMatcher:
    matcher = CueMatcher(lexicon)
    for rule in matcher.rules_:
        object.__setattr__(rule, "_needs", None)
        for guard in rule.guards:
            object.__setattr__(guard, "_needs", (None, None, None, None))
    return matcher


def _all_hits(matcher: CueMatcher, text: str) -> tuple:
    ids = lambda hits: [(r.id, s, e) for r, s, e in hits]  # noqa: E731
    return ids(matcher.rule_hits(text)), ids(matcher.silent_hits(text))


@pytest.mark.parametrize("variant", [str, str.upper, str.title])
def test_the_prefilter_finds_what_a_full_scan_finds(variant):
    fast, full = CueMatcher(), _without_prefilter()
    assert any(rule._needs for rule in fast.rules_)
    for sentence in FOLD_CASES + _PREFILTER_TEXTS:
        text = variant(sentence)
        assert _all_hits(fast, text) == _all_hits(full, text), text


def test_the_prefilter_finds_what_a_full_scan_finds_on_shared_data():
    rows = [
        r["text"]
        for name in ("news_wikinews", "sfu_review_spec", "bioscope_abstracts", "pei_jurgens_certainty")
        for r in read_jsonl(shared_path("data", name, "dev.jsonl"))
    ]
    fast, full = CueMatcher(), _without_prefilter()
    for text in rows:
        assert _all_hits(fast, text) == _all_hits(full, text), text


@pytest.mark.parametrize(
    ("guard", "text", "holds"),
    [
        # every part must hold, whichever is checked first
        ({"text": "^May$", "before": r"\S\s*$"}, "In May it rained.", True),
        ({"text": "^May$", "before": r"^\s*$"}, "In May it rained.", False),
        ({"text": "^may$", "after": r"^\s+rain"}, "In May it rained.", False),
        ({"text": "^may$", "after": r"^\s+it", "sentence": "rained"}, "In May it rained.", True),
        ({"text": "^may$", "after": r"^\s+it", "sentence": "snowed"}, "In May it rained.", False),
    ],
)
def test_a_guard_holds_when_all_its_parts_do(guard, text, holds):
    rule = {"id": "m", "kind": "hedge", "pattern": r"\bmay\b", "guards": [guard]}
    assert bool(CueMatcher([rule]).silent_hits(text)) is holds


_CUT = {"id": "nt", "kind": "hedge", "pattern": r"n't\b", "guards": [{"before": r"\bwo$", "note": "won't"}]}
_WORDS = {"id": "if", "kind": "conditional", "pattern": r"\bif\b", "guards": [{"before": r"\bas\s+$"}]}


@pytest.mark.parametrize(
    ("rule", "text", "silent"),
    [
        # the window before "n't" ends inside "won": its "wo" is no word of the sentence
        (_CUT, "I won't go.", [("nt", 4, 7)]),
        (_CUT, "I can't go.", []),
        (_WORDS, "It looks as if it will.", [("if", 12, 14)]),
        (_WORDS, "It looks like if it will.", []),
        ({**_WORDS, "guards": [{"sentence": r"\bas\b"}]}, "As if.", [("if", 3, 5)]),
        ({**_WORDS, "guards": [{"sentence": r"\bas\b"}]}, "Like if.", []),
    ],
)
def test_guards_skip_searches_only_where_they_must_fail(rule, text, silent):
    for matcher in (CueMatcher([rule]), _without_prefilter([rule])):
        assert [(r.id, s, e) for r, s, e in matcher.silent_hits(text)] == silent


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80) | st.text(max_size=80))
def test_the_byte_split_finds_the_token_regexs_words(text):
    lowered = text.lower()
    words = [w.decode() for w in lowered.encode("ascii", "replace").translate(cues_mod._BLANK).split()]
    assert words == cues_mod._TOKEN.findall(lowered)


@pytest.mark.parametrize(
    "text",
    ["xmay may_ 9may _may may", "é may ªmay", "mightn't ma y", "Were it to", "if, as long as"],
)
def test_a_leading_boundary_moved_behind_the_first_letter_matches_the_same(text):
    for source in (r"\bmay", r"\b(?:may|might)\b", r"\b(?:if|as\s+long\s+as)\b", r"\bwere\s+it"):
        for flags in (0, re.ASCII):
            plain = re.compile(source, flags)
            moved, _ = cues_mod._leading((plain, True))
            assert moved is not plain  # rewritten
            lowered = text.lower()
            assert [m.span() for m in moved.finditer(lowered)] == [m.span() for m in plain.finditer(lowered)]
            for lo in range(len(lowered)):
                found, expected = moved.search(lowered, lo), plain.search(lowered, lo)
                assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("source", [r"may", r"\b\w+ly", r"\b(?:may|'s)", r"(?i)\bmay", r"\b(?P<cue>may)"])
def test_a_pattern_the_boundary_rewrite_does_not_fit_is_kept(source):
    pattern = re.compile(source)
    assert cues_mod._leading((pattern, True))[0] is pattern
