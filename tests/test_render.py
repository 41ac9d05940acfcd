from __future__ import annotations

import importlib.util
import re
from dataclasses import replace

import pytest
from conftest import FIXTURES, ROOT

from claimcheck import Analyzer, Cue, Document, Frame, Kind, Label
from claimcheck import _templates as T
from claimcheck.render import render_html, sentence_background, to_displacy

LEXICON = Analyzer(model="lexicon", frames=False)


def _tool():
    spec = importlib.util.spec_from_file_location("screenshot_tool", ROOT / "tools" / "screenshot.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


def framed(text: str, opener: int, covers: tuple[int, ...], kind: Kind = Kind.HYPOTHETICAL) -> Document:
    return TOOL.with_frame(LEXICON.analyze(text), opener, covers, kind)


PREMISE = (FIXTURES / "hypothetical_premise.txt").read_text(encoding="utf-8")

DOCS = {
    "plain": LEXICON.analyze((FIXTURES / "plain_report.txt").read_text(encoding="utf-8")),
    "framed": framed(PREMISE, 0, (1, 2, 3)),
    "gap": framed(PREMISE, 0, (1, 3)),
    "nasty": LEXICON.analyze('<script>alert("x")</script> may & "will" <b>run</b>.\n\nIt\'s </div> done.'),
    "empty": LEXICON.analyze(""),
}


def _overlapping() -> Document:
    """Two frames whose sentence ranges overlap, so they need two gutter lanes."""
    text = "Imagine a flood. Suppose the dam fails. Water rises. Roads close. Schools shut."
    doc = framed(text, 0, (2, 3))
    second = doc.claims[1]
    frame = Frame(Kind.HYPOTHETICAL, second.cues[0], 1, (3, 4))
    claims = list(doc.claims)
    claims[4] = replace(claims[4], label=Label.SPECULATION, frame=frame)
    return replace(doc, claims=tuple(claims), frames=(*doc.frames, frame))


DOCS["overlap"] = _overlapping()


@pytest.mark.parametrize("name", sorted(DOCS))
def test_every_sentence_cue_and_frame_is_on_the_page(name):
    doc = DOCS[name]
    seen = TOOL.inventory(render_html(doc))
    assert seen.sentences == {("doc-0", c.index): c.text for c in doc.claims}
    cues = {(c.start, c.end, c.kind.value) for claim in doc.claims for c in claim.cues}
    cues |= {(f.cue.start, f.cue.end, f.kind.value) for f in doc.frames}
    assert {(s, e, k) for _, s, e, k in seen.cues} == cues
    assert {(k, s, cov, cue) for _, k, s, cov, cue in seen.frames} == {
        (f.kind.value, f.sentence, f.covers, f.cue.text) for f in doc.frames
    }


def test_frames_only_claims_refer_to_are_drawn():
    doc = replace(DOCS["framed"], frames=())
    (frame,) = TOOL.inventory(render_html(doc)).frames
    assert frame[2:4] == (0, (1, 2, 3))


@pytest.mark.parametrize(("name", "lanes"), [("plain", 0), ("framed", 1), ("gap", 1), ("overlap", 2)])
def test_overlapping_frames_get_their_own_lane(name, lanes):
    page = render_html(DOCS[name])
    columns = re.search(r'grid-template-columns:([^"]*)"', page).group(1)
    assert columns.split().count(T.FRAME_WIDTH) == lanes


def test_frame_bracket_spans_from_opener_to_last_covered_sentence():
    page = render_html(DOCS["gap"])
    assert re.search(r'class="cc-frame[^>]*grid-row:1 / 5"', page)
    ticks = re.findall(r'class="cc-tick[^>]*data-sentence="(\d+)"', page)
    assert ticks == ["1", "3"]


def test_text_is_escaped_and_the_page_is_standalone():
    page = render_html(DOCS["nasty"], title='<i>"title"</i>')
    assert "<script" not in page and "<b>" not in page and "</div> done" not in page
    assert "&lt;script&gt;" in page and "&lt;i&gt;&quot;title&quot;&lt;/i&gt;" in page
    assert not re.search(r"(src|href)\s*=|@import|url\(|<link|https?://", page)
    assert "default-src 'none'" in page


@pytest.mark.parametrize("name", sorted(DOCS))
def test_sentences_carry_label_score_and_hover_details(name):
    page = render_html(DOCS[name])
    rows = re.findall(r'<div class="cc-s ([^"]*)"[^>]*data-score="([\d.]+)"[^>]*title="([^"]*)"', page)
    assert len(rows) == len(DOCS[name].claims)
    for (classes, score, tip), claim in zip(rows, DOCS[name].claims, strict=True):
        assert ("cc-spec" in classes) == claim.is_speculation
        assert abs(float(score) - claim.score) < 1e-4
        assert f"sentence {claim.index}: {claim.label.value}" in tip


def test_many_documents_make_one_page_with_unique_ids():
    page = render_html([DOCS["plain"], DOCS["framed"]], title="two")
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids)) and page.count("<article") == 2
    assert "<h2>Document 1</h2>" in page and "<h2>Document 2</h2>" in page


def test_legend_names_every_kind_and_label():
    page = render_html(DOCS["plain"])
    legend = page[page.index('class="cc-legend"') : page.index("</section>")]
    for word in ["fact", "speculation", "frame", *(k.value for k in Kind)]:
        assert word in legend


def test_render_html_refuses_other_types():
    with pytest.raises(TypeError):
        render_html("text")  # type: ignore[arg-type]


# -- colours: WCAG contrast -------------------------------------------------


def _luminance(rgb) -> float:
    def channel(c: float) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return tuple(int(h[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


def contrast(a, b) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("label", list(Label))
@pytest.mark.parametrize("score", [0.0, 0.25, 0.5, 0.75, 1.0])
def test_text_on_sentence_shading_meets_aaa(label, score):
    assert contrast(_rgb(T.TEXT), sentence_background(label, score)) >= 7.0


@pytest.mark.parametrize("kind", sorted(T.KINDS))
def test_cue_colours_are_legible(kind):
    bg, line, _, _ = T.KINDS[kind]
    assert contrast(_rgb(T.TEXT), _rgb(bg)) >= 7.0
    assert contrast(_rgb(line), _rgb(T.PAGE)) >= 4.5  # frame labels and cue letters are drawn in it
    assert contrast(_rgb(line), _rgb(bg)) >= 4.5


@pytest.mark.parametrize("badge", sorted(T.BADGES))
def test_badges_meet_aa(badge):
    bg, fg = T.BADGES[badge]
    assert contrast(_rgb(fg), _rgb(bg)) >= 4.5


def test_speculation_shading_deepens_with_score():
    shades = [sum(sentence_background(Label.SPECULATION, s / 4)) for s in range(5)]
    assert shades == sorted(shades, reverse=True) and len(set(shades)) == 5


def test_contrast_helper_knows_black_on_white():
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)


# -- displaCy -------------------------------------------------------------


def test_displacy_spans_cover_sentences_cues_and_frames():
    doc = DOCS["framed"]
    data = to_displacy(doc)
    assert set(data) == {"text", "spans", "tokens"} and data["text"] == doc.text
    tokens = data["tokens"]
    for span in data["spans"]:
        assert 0 <= span["start_token"] < span["end_token"] <= len(tokens)
        covered = doc.text[span["start"] : span["end"]]
        assert "".join(tokens[span["start_token"] : span["end_token"]]) == re.sub(r"\s", "", covered)
    labels = [s["label"] for s in data["spans"]]
    assert labels.count("fact") + labels.count("speculation") == len(doc.claims)
    assert labels.count("hypothetical frame") == 1
    frame_span = next(s for s in data["spans"] if s["label"] == "hypothetical frame")
    assert (frame_span["start"], frame_span["end"]) == (doc.frames[0].cue.start, doc.claims[3].end)


@pytest.mark.parametrize(
    ("options", "labels"),
    [
        ({}, ["speculation", "hedge"]),
        ({"sentences": False}, ["hedge"]),
        ({"cues": False}, ["speculation"]),
    ],
)
def test_displacy_options(options, labels):
    claim = LEXICON.analyze("Rates may rise.").claims[0]
    claim = replace(claim, label=Label.SPECULATION, cues=(Cue("may", 6, 9, Kind.HEDGE),))
    data = to_displacy(Document("Rates may rise.", (claim,)), **options)
    assert [s["label"] for s in data["spans"]] == labels


def test_displacy_title_and_empty_document():
    assert to_displacy(LEXICON.analyze(""), title="t") == {
        "text": "",
        "spans": [],
        "tokens": [],
        "title": "t",
    }


def test_cue_kinds_are_the_documents_kinds():
    assert set(T.KINDS) == {k.value for k in Kind}


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        # nested: the inner cue is a mark inside the outer one
        ([(0, 16, "prediction"), (5, 11, "hedge")], "<P>will <H>likely</> test</> it."),
        # crossing: the second is closed at the first's end and reopened
        ([(0, 11, "prediction"), (5, 16, "hedge")], "<P>will <H>likely</></><H> test</> it."),
        # the same span with two kinds gives two marks
        ([(5, 11, "prediction"), (5, 11, "hedge")], "will <P><H>likely</></> test it."),
        ([], "will likely test it."),
    ],
)
def test_overlapping_cues_are_nested(spans, expected):
    text = "will likely test it."
    cues = tuple(Cue(text[s:e], s, e, Kind(k)) for s, e, k in spans)
    claim = LEXICON.analyze(text).claims[0]
    doc = Document(text, (replace(claim, cues=cues),))
    page = render_html(doc)
    body = page.split('<span class="cc-text">', 1)[1].split("</span></div>", 1)[0]
    short = re.sub(r'<mark class="cc-cue cc-k-(\w)[^>]*>', lambda m: f"<{m.group(1).upper()}>", body)
    assert short.replace("</mark>", "</>") == expected
    seen = TOOL.inventory(page)
    assert {(s, e, k) for _, s, e, k in seen.cues} == set(spans)
    assert seen.sentences[("doc-0", 0)] == text


def test_displacy_data_renders_in_spacy():
    displacy = pytest.importorskip("spacy.displacy")
    from claimcheck.render import DISPLACY_OPTIONS

    data = to_displacy(DOCS["framed"])
    markup = displacy.render(data, style="span", manual=True, page=True, options=DISPLACY_OPTIONS)
    assert "hypothetical frame" in markup and "Imagine" in markup
    assert DISPLACY_OPTIONS["colors"]["speculation"] in markup


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("It cost $410,000.", ["It", "cost", "$", "410,000", "."]),
        ("Rates rose 2.5% at 10:30.", ["Rates", "rose", "2.5", "%", "at", "10:30", "."]),
        ("It's a well-known U.S. firm.", ["It's", "a", "well-known", "U.S", ".", "firm", "."]),
    ],
)
def test_displacy_tokens(text, tokens):
    assert to_displacy(Document(text))["tokens"] == tokens
