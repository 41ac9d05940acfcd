"""Views of a :class:`~claimcheck.Document`: a standalone HTML page and displaCy data.

The page needs nothing but a browser: CSS is inline, there is no script and no
external asset (its Content-Security-Policy forbids any). Each sentence is a
row, shaded by label and score, with a badge that states both; cue spans are
marked by kind; each frame is a bracket in a gutter, from the sentence whose cue
opened it down to the last sentence it covers, with a dot at each covered one.
Every piece of document text is HTML-escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from typing import Any

from . import _templates as T
from .document import Claim, Cue, Document, Frame, Label

__all__ = ["render_html", "render_article", "page_start", "page_end", "to_displacy", "DISPLACY_OPTIONS"]


def render_html(doc: Document | Iterable[Document], *, title: str | None = None) -> str:
    """A standalone HTML page showing ``doc`` (or several documents, one after another).

    >>> from claimcheck import Analyzer
    >>> page = render_html(Analyzer(model="lexicon").analyze("It may rain <today>."))
    >>> page.startswith("<!DOCTYPE html>"), "&lt;today&gt;" in page, "<today>" in page
    (True, True, False)
    """
    docs = [doc] if isinstance(doc, Document) else list(doc)
    for d in docs:
        if not isinstance(d, Document):
            raise TypeError(f"render_html() expects a Document, got {type(d).__name__}")
    parts = [page_start(title)]
    for number, d in enumerate(docs):
        heading = f"Document {number + 1}" if len(docs) > 1 else None
        parts.append(render_article(d, title=heading, number=number))
    parts.append(page_end())
    return "".join(parts)


def page_start(title: str | None = None) -> str:
    """The page up to and including the legend; :func:`render_article` parts follow."""
    from . import __version__

    return T.TPL_PAGE_START.format(
        version=_e(__version__), title=_e(title or "claimcheck"), css=T.CSS, legend=_legend()
    )


def page_end() -> str:
    return T.TPL_PAGE_END


def render_article(doc: Document, *, title: str | None = None, number: int = 0) -> str:
    """One document as an ``<article>`` of the page; ``number`` keeps element ids unique."""
    frames = _frames(doc)
    lanes = _lanes(frames)
    n_lanes = max(lanes, default=-1) + 1
    column = n_lanes + 1
    body: list[str] = []
    for i, (frame, covers) in enumerate(frames):
        rows = [frame.sentence, *covers]
        lane = lanes[i] + 1
        body.append(
            T.TPL_FRAME.format(
                number=number,
                frame=i,
                kind=_e(frame.kind.value),
                sentence=frame.sentence,
                covers=" ".join(map(str, covers)),
                cue=_e(frame.cue.text),
                lane=lane,
                first=min(rows) + 1,
                last=max(rows) + 2,
                tip=_e(
                    f"{frame.kind.value} frame opened by “{frame.cue.text}” in sentence {frame.sentence}; "
                    f"covers {_ranges(covers) or 'no other sentence'}"
                ),
                label=_e(f"{frame.kind.value} frame"),
            )
        )
        for index in covers:
            body.append(
                T.TPL_TICK.format(kind=_e(frame.kind.value), frame=i, index=index, lane=lane, row=index + 1)
            )
    opening: dict[int, list[Cue]] = {}
    for frame, _ in frames:
        opening.setdefault(frame.sentence, []).append(frame.cue)
    previous_paragraph = None
    for claim in doc.claims:
        new_paragraph = previous_paragraph is not None and claim.paragraph != previous_paragraph
        previous_paragraph = claim.paragraph
        body.append(_sentence(doc, claim, number, column, new_paragraph, opening))
    n_spec = sum(c.label is Label.SPECULATION for c in doc.claims)
    summary = (
        f"{len(doc.claims)} sentences: {n_spec} speculation, {len(doc.claims) - n_spec} fact; "
        f"{len(frames)} frame{'s' if len(frames) != 1 else ''}"
    )
    columns = " ".join([T.FRAME_WIDTH] * n_lanes + ["minmax(0,1fr)"])
    heading = f"<h2>{_e(title)}</h2>\n" if title else ""
    return T.TPL_ARTICLE.format(
        number=number,
        n=len(doc.claims),
        n_frames=len(frames),
        label=_e(title or "article"),
        heading=heading,
        summary=_e(summary),
        columns=columns,
        body="\n".join(body),
    )


# -- pieces ---------------------------------------------------------------


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _sentence(
    doc: Document, claim: Claim, number: int, column: int, new_paragraph: bool, opening: dict[int, list[Cue]]
) -> str:
    spec = claim.label is Label.SPECULATION
    kinds = sorted(k.value for k in claim.kinds)
    tip = [f"sentence {claim.index}: {claim.label.value} (score {claim.score:.2f})"]
    if kinds:
        tip.append("kinds: " + ", ".join(kinds))
    if claim.local_label is not claim.label:
        tip.append(f"on its own: {claim.local_label.value}")
    if claim.frame is not None:
        tip.append(
            f"in the {claim.frame.kind.value} frame opened by “{claim.frame.cue.text}” "
            f"in sentence {claim.frame.sentence}"
        )
    for w in claim.warnings:
        tip.append(f"warning: {w}")
    framed = claim.frame is not None and claim.frame.sentence != claim.index
    badge = "framed" if framed else ("speculation" if spec else "fact")
    badge_text = f"{'framed' if framed else ('spec' if spec else 'fact')} {claim.score:.2f}"
    extra = (" cc-para" if new_paragraph else "") + (" cc-framed" if framed else "")
    frame_attr = f' data-frame-sentence="{claim.frame.sentence}"' if claim.frame is not None else ""
    return T.TPL_SENTENCE.format(
        label="spec" if spec else "fact",
        label_value=claim.label.value,
        extra=extra,
        number=number,
        index=claim.index,
        score=f"{claim.score:.4f}",
        kinds=" ".join(kinds),
        frame_attr=frame_attr,
        row=claim.index + 1,
        column=column,
        bg=_css_rgb(sentence_background(claim.label, claim.score)),
        tip=_e("\n".join(tip)),
        badge=badge,
        badge_text=_e(badge_text),
        text=_marked_text(claim, opening.get(claim.index, [])),
    )


def _marked_text(claim: Claim, opening: Sequence[Cue]) -> str:
    """The sentence text with its cues (and the cues of frames it opens) wrapped in ``<mark>``.

    Nested cues ("will likely test" around "likely") become nested marks; a cue
    that crosses another's end is closed there and reopened after it.
    """
    lo, hi = claim.start, claim.end
    opens_at = {(c.start, c.end) for c in opening}
    unique = {(c.start, c.end, c.kind): c for c in (*claim.cues, *opening)}
    cues = sorted(
        (c for c in unique.values() if max(c.start, lo) < min(c.end, hi)), key=lambda c: (c.start, -c.end)
    )
    points = sorted({lo, hi, *(max(c.start, lo) for c in cues), *(min(c.end, hi) for c in cues)})

    def open_tag(cue: Cue) -> str:
        opens = (cue.start, cue.end) in opens_at
        tip = f"{cue.kind.value} cue “{cue.text}”" + (" — opens a frame" if opens else "")
        return T.TPL_CUE_OPEN.format(
            kind=_e(cue.kind.value),
            extra=" cc-opens" if opens else "",
            start=cue.start,
            end=cue.end,
            tip=_e(tip),
        )

    out: list[str] = []
    stack: list[Cue] = []
    k = 0
    for a, b in zip(points, points[1:]):  # noqa: B905 - one shorter by design
        if any(c.end <= a for c in stack):
            reopen = []
            while any(c.end <= a for c in stack):
                cue = stack.pop()
                out.append("</mark>")
                if cue.end > a:
                    reopen.append(cue)
            for cue in reversed(reopen):
                out.append(open_tag(cue))
                stack.append(cue)
        while k < len(cues) and max(cues[k].start, lo) <= a:
            out.append(open_tag(cues[k]))
            stack.append(cues[k])
            k += 1
        out.append(_e(claim.text[a - lo : b - lo]))
    out.extend("</mark>" for _ in stack)
    return "".join(out)


def _frames(doc: Document) -> list[tuple[Frame, tuple[int, ...]]]:
    """The document's frames, with those only claims refer to, and what each covers."""
    key = lambda f: (f.sentence, f.cue.start, f.cue.end, f.kind)  # noqa: E731
    found: dict[tuple, tuple[Frame, set[int]]] = {}
    for frame in doc.frames:
        found.setdefault(key(frame), (frame, set()))[1].update(frame.covers)
    for claim in doc.claims:
        if claim.frame is not None:
            entry = found.setdefault(key(claim.frame), (claim.frame, set(claim.frame.covers)))
            if claim.index != claim.frame.sentence:
                entry[1].add(claim.index)
    n = len(doc.claims)
    return [
        (frame, tuple(sorted(i for i in covers if 0 <= i < n and i != frame.sentence)))
        for frame, covers in sorted(found.values(), key=lambda fc: key(fc[0])[:3])
        if 0 <= frame.sentence < max(n, 1)
    ]


def _lanes(frames: Sequence[tuple[Frame, tuple[int, ...]]]) -> list[int]:
    """Give overlapping frames different gutter lanes (greedy interval colouring)."""
    lane_end: list[int] = []
    lanes = []
    for frame, covers in frames:
        first, last = frame.sentence, max([frame.sentence, *covers])
        for lane, end in enumerate(lane_end):
            if end < first:
                lane_end[lane] = last
                lanes.append(lane)
                break
        else:
            lane_end.append(last)
            lanes.append(len(lane_end) - 1)
    return lanes


def _ranges(indices: Sequence[int]) -> str:
    parts: list[list[int]] = []
    run: list[int] = []
    for i in indices:
        if run and i != run[-1] + 1:
            parts.append(run)
            run = []
        run.append(i)
    if run:
        parts.append(run)
    words = [str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in parts]
    return ("sentence " if len(indices) == 1 else "sentences ") + ", ".join(words) if words else ""


def _legend() -> str:
    kinds = "\n".join(T.TPL_LEGEND_KIND.format(kind=k) for k in T.KINDS)
    return T.TPL_LEGEND.format(
        fact_bg=_css_rgb(sentence_background(Label.FACT, 0.0)),
        spec_low=_css_rgb(sentence_background(Label.SPECULATION, 0.5)),
        spec_high=_css_rgb(sentence_background(Label.SPECULATION, 1.0)),
        kinds=kinds,
    )


def sentence_background(label: Label, score: float) -> tuple[int, int, int]:
    """The opaque shading of a sentence: the label's tint, stronger as the label is surer."""
    score = min(1.0, max(0.0, float(score)))
    if label is Label.SPECULATION:
        rgb, (lo, hi), strength = T.SPEC_RGB, T.SPEC_ALPHA, score
    else:
        rgb, (lo, hi), strength = T.FACT_RGB, T.FACT_ALPHA, 1.0 - score
    alpha = lo + (hi - lo) * strength
    return tuple(round(255 * (1 - alpha) + c * alpha) for c in rgb)  # type: ignore[return-value]


def _css_rgb(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


# -- displaCy -------------------------------------------------------------

_TOKEN = re.compile(r"\d+(?:[.,:]\d+)+|\w+(?:['’.-]\w+)*|[^\w\s]")

#: Colours for displaCy: ``displacy.render(data, style="span", manual=True, options=DISPLACY_OPTIONS)``.
DISPLACY_OPTIONS: dict[str, Any] = {
    "colors": {
        "fact": "#cbd5e1",
        "speculation": "#f59e0b",
        "hypothetical": "#a78bfa",
        "prediction": "#60a5fa",
        "hedge": "#facc15",
        "conditional": "#4ade80",
        "hypothetical frame": "#7c3aed",
        "prediction frame": "#2563eb",
        "hedge frame": "#ca8a04",
        "conditional frame": "#16a34a",
    }
}


def to_displacy(
    doc: Document, *, sentences: bool = True, cues: bool = True, frames: bool = True, title: str | None = None
) -> dict[str, Any]:
    """``doc`` in displaCy's manual "span" format, with no spaCy needed to make it.

    Render it with ``spacy.displacy.render(data, style="span", manual=True,
    options=DISPLACY_OPTIONS)``.
    Tokens come from a simple word/punctuation split; ``end_token`` is exclusive,
    as in spaCy. Labels: ``fact``/``speculation`` for sentences, the kind for
    cues, ``<kind> frame`` from an opening cue to the last sentence it covers.

    >>> from claimcheck import Analyzer
    >>> data = to_displacy(Analyzer(model="lexicon").analyze("It rained. Rates may rise."))
    >>> data["tokens"]
    ['It', 'rained', '.', 'Rates', 'may', 'rise', '.']
    >>> [(s["start_token"], s["end_token"], s["label"]) for s in data["spans"]][:2]
    [(0, 3, 'fact'), (3, 7, 'speculation')]
    """
    if not isinstance(doc, Document):
        raise TypeError(f"to_displacy() expects a Document, got {type(doc).__name__}")
    bounds = [(m.start(), m.end()) for m in _TOKEN.finditer(doc.text)]
    starts = [s for s, _ in bounds]
    ends = [e for _, e in bounds]

    def span(start: int, end: int, label: str) -> dict[str, Any] | None:
        import bisect

        first = bisect.bisect_right(ends, start)  # first token ending after start
        last = bisect.bisect_left(starts, end)  # tokens starting before end
        if first >= last:
            return None
        return {
            "start": start,
            "end": end,
            "start_token": first,
            "end_token": last,
            "label": label,
            "kb_id": "",
            "kb_url": "#",
        }

    spans: list[dict[str, Any] | None] = []
    for claim in doc.claims:
        if sentences:
            spans.append(span(claim.start, claim.end, claim.label.value))
        if cues:
            spans.extend(span(c.start, c.end, c.kind.value) for c in claim.cues)
    if frames:
        by_index = {c.index: c for c in doc.claims}
        for frame, covers in _frames(doc):
            last = by_index.get(max([frame.sentence, *covers]))
            if last is not None:
                spans.append(span(frame.cue.start, last.end, f"{frame.kind.value} frame"))
    data: dict[str, Any] = {
        "text": doc.text,
        "spans": [s for s in spans if s is not None],
        "tokens": [doc.text[s:e] for s, e in bounds],
    }
    if title is not None:
        data["title"] = title
    return data
