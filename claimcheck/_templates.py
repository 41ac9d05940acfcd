"""Markup, CSS and colours for :mod:`claimcheck.render`.

Colours are chosen for WCAG contrast: body text (``TEXT``) on any sentence
shading or cue background stays at 7:1 or more (AAA), and every badge at 4.5:1
or more; ``tests/test_render.py`` computes the ratios. Colour is never the only
signal: cue kinds also differ in underline style and a letter, labels are
written in each sentence's badge.
"""

from __future__ import annotations

TEXT = "#1a1a1a"
PAGE = "#ffffff"

#: Sentence shading: a tint of this colour over the page; its alpha grows with
#: the score for speculation and with ``1 - score`` for facts.
SPEC_RGB = (245, 158, 11)
FACT_RGB = (100, 116, 139)
SPEC_ALPHA = (0.10, 0.45)  # alpha at score 0 and at score 1
FACT_ALPHA = (0.03, 0.12)  # alpha at score 1 and at score 0

#: Badges: (background, text).
BADGES = {
    "speculation": ("#9a3412", "#ffffff"),
    "fact": ("#e2e8f0", "#1e293b"),
    "framed": ("#5b21b6", "#ffffff"),
}

#: Cue kinds: (background, underline colour, underline style, letter).
KINDS = {
    "hypothetical": ("#ede9fe", "#6d28d9", "solid", "H"),
    "prediction": ("#dbeafe", "#1d4ed8", "double", "P"),
    "hedge": ("#fef9c3", "#854d0e", "dashed", "?"),
    "conditional": ("#dcfce7", "#15803d", "dotted", "if"),
}

#: Frame brackets use the kind's underline colour. Details show as ``title``
#: tooltips on hover and, for keyboard users, as ``data-tip`` boxes on focus.
FRAME_WIDTH = "1.6em"


def _kind_css() -> str:
    rules = []
    for kind, (bg, line, style, letter) in KINDS.items():
        rules.append(
            f".cc-cue.cc-k-{kind}{{background:{bg};border-bottom:3px {style} {line}}}"
            f".cc-cue.cc-k-{kind}::after{{content:'{letter}';color:{line}}}"
            f".cc-frame.cc-k-{kind}{{border-color:{line}}}"
            f".cc-frame.cc-k-{kind} .cc-frame-label{{color:{line}}}"
            f".cc-tick.cc-k-{kind}{{background:{line}}}"
        )
    return "".join(rules)


def _badge_css() -> str:
    return "".join(f".cc-badge-{name}{{background:{bg};color:{fg}}}" for name, (bg, fg) in BADGES.items())


CSS = (
    f"""
:root{{color-scheme:light}}
body{{margin:0;background:{PAGE};color:{TEXT};font:16px/1.55 Georgia,'Times New Roman',serif}}
main{{max-width:62rem;margin:0 auto;padding:1.5rem 1.5rem 3rem}}
h1,h2,.cc-legend,.cc-summary,.cc-badge,.cc-frame-label{{
font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}}
h1{{font-size:1.4rem;margin:0 0 .75rem}}
h2{{font-size:1.1rem;margin:2rem 0 .25rem;overflow-wrap:anywhere}}
.cc-summary{{font-size:.85rem;margin:0 0 .75rem;color:#374151}}
.cc-legend{{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center;font-size:.85rem;
border:1px solid #cbd5e1;border-radius:.4rem;padding:.6rem .8rem;margin:0 0 1rem}}
.cc-legend h2{{font-size:.85rem;margin:0;width:100%}}
.cc-legend .cc-item{{display:inline-flex;align-items:center;gap:.35rem}}
.cc-swatch{{display:inline-block;width:1.6rem;height:1rem;border:1px solid #94a3b8;border-radius:.2rem}}
.cc-grid{{display:grid;column-gap:.25rem;row-gap:.15rem;align-items:stretch}}
.cc-s{{display:flex;gap:.6rem;align-items:baseline;padding:.2rem .45rem;border-radius:.3rem}}
.cc-s.cc-para{{margin-top:.9rem}}
.cc-s:hover,.cc-s:focus{{outline:2px solid #334155;outline-offset:1px}}
.cc-badge{{flex:none;min-width:4.6rem;font-size:.72rem;font-weight:600;padding:.05rem .35rem;
border-radius:.25rem;text-align:center;white-space:nowrap}}
.cc-text{{flex:1;overflow-wrap:anywhere;white-space:pre-wrap}}
.cc-cue{{position:relative;padding:0 .1rem;border-radius:.15rem;color:{TEXT}}}
.cc-cue::after{{font:700 .6rem/1 system-ui,sans-serif;vertical-align:super;margin-left:.1rem}}
.cc-cue.cc-opens{{outline:2px solid currentColor;outline-offset:0}}
.cc-frame{{position:relative;border-left:3px solid;border-top:3px solid;border-bottom:3px solid;
border-radius:.35rem 0 0 .35rem;margin:.35rem 0 .35rem .3rem}}
.cc-frame-label{{position:absolute;left:-.15rem;top:50%;transform:translateY(-50%) rotate(180deg);
writing-mode:vertical-rl;font-size:.68rem;font-weight:700;background:{PAGE};padding:.2rem 0;
white-space:nowrap;max-height:100%;overflow:hidden}}
.cc-tick{{width:.5rem;height:.5rem;border-radius:50%;align-self:center;justify-self:end;margin-right:-.1rem}}
.cc-frame:hover,.cc-frame:focus{{outline:2px dashed #334155}}
[data-tip]:focus::before{{content:attr(data-tip);position:absolute;z-index:10;left:0;bottom:100%;
margin-bottom:.3rem;max-width:28rem;width:max-content;white-space:pre-line;background:#111827;color:#ffffff;
font:400 .78rem/1.35 system-ui,sans-serif;padding:.35rem .5rem;border-radius:.3rem;pointer-events:none}}
.cc-s[data-tip]{{position:relative}}
@media print{{[data-tip]::before{{display:none}}}}
"""
    + _kind_css()
    + _badge_css()
)

TPL_PAGE_START = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="claimcheck {version}">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<main>
<h1>{title}</h1>
{legend}
"""

TPL_PAGE_END = """</main>
</body>
</html>
"""

TPL_ARTICLE = """<article class="cc-doc" id="doc-{number}" data-sentences="{n}" data-frames="{n_frames}" \
aria-label="{label}">
{heading}<p class="cc-summary">{summary}</p>
<div class="cc-grid" style="grid-template-columns:{columns}">
{body}
</div>
</article>
"""

TPL_SENTENCE = (
    '<div class="cc-s cc-{label}{extra}" id="s-{number}-{index}" data-index="{index}" '
    'data-label="{label_value}" data-score="{score}" data-kinds="{kinds}"{frame_attr} tabindex="0" '
    'style="grid-row:{row};grid-column:{column} / -1;background-color:{bg}" title="{tip}" data-tip="{tip}">'
    '<span class="cc-badge cc-badge-{badge}">{badge_text}</span>'
    '<span class="cc-text">{text}</span></div>'
)

TPL_CUE_OPEN = (
    '<mark class="cc-cue cc-k-{kind}{extra}" data-kind="{kind}" data-start="{start}" data-end="{end}" '
    'title="{tip}">'
)

TPL_FRAME = (
    '<div class="cc-frame cc-k-{kind}" id="f-{number}-{frame}" data-frame="{frame}" data-kind="{kind}" '
    'data-sentence="{sentence}" data-covers="{covers}" data-cue="{cue}" tabindex="0" '
    'style="grid-column:{lane};grid-row:{first} / {last}" title="{tip}" data-tip="{tip}">'
    '<span class="cc-frame-label" aria-hidden="true">{label}</span></div>'
)

TPL_TICK = (
    '<span class="cc-tick cc-k-{kind}" data-frame="{frame}" data-sentence="{index}" aria-hidden="true" '
    'style="grid-column:{lane};grid-row:{row}"></span>'
)

TPL_LEGEND = """<section class="cc-legend" aria-label="Legend">
<h2>Legend</h2>
<span class="cc-item"><span class="cc-swatch" style="background:{fact_bg}"></span>fact</span>
<span class="cc-item"><span class="cc-swatch" style="background:{spec_low}"></span>\
speculation, low score</span>
<span class="cc-item"><span class="cc-swatch" style="background:{spec_high}"></span>\
speculation, high score</span>
{kinds}
<span class="cc-item"><span class="cc-badge cc-badge-framed">framed</span>\
speculation inherited from a frame</span>
<span class="cc-item"><span class="cc-swatch" style="border:0;border-left:3px solid #334155;\
border-top:3px solid #334155;border-bottom:3px solid #334155"></span>frame: from its opening cue over the \
sentences it covers</span>
<span class="cc-item">Hover a sentence, cue or frame for details, or Tab to a sentence or frame.</span>
</section>
"""

TPL_LEGEND_KIND = (
    '<span class="cc-item"><mark class="cc-cue cc-k-{kind}" data-legend="1">cue</mark>{kind}</span>'
)
