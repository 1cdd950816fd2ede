"""Untrusted article text escaped for HTML, Markdown, LaTeX and matplotlib: shown literally, never run."""
import html as html_lib
import re

from hypothesis import given, settings, strategies as st

from analysis import escape

HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(1)> [a](javascript:alert(1)) ![i](http://x/y.png) $x^2$'
LATEX_SPECIALS = "\\ { } $ & # ^ _ % ~"
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("<>&\"'$\\[]()!*_`#\n\t "), max_size=80)


def test_html_escapes_tags_quotes_and_ampersands():
    assert escape.html('<script>alert("x")</script>') == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
    assert escape.html("<img src=x onerror='alert(1)'>") == "&lt;img src=x onerror=&#x27;alert(1)&#x27;&gt;"
    assert escape.html("Tom & Jerry &amp; co") == "Tom &amp; Jerry &amp;amp; co"
    assert escape.html("[a](javascript:alert(1)) $x$") == "[a](javascript:alert(1)) $x$"  # not special in HTML
    assert escape.html(42) == "42"


@settings(deadline=None)
@given(TEXT)
def test_html_round_trips_and_leaves_no_markup(text):
    out = escape.html(text)
    assert html_lib.unescape(out) == text
    assert not set(out) & set("<>\"'")


def test_markdown_escapes_links_images_emphasis_math_and_html():
    assert escape.markdown("[a](javascript:alert(1))") == r"\[a\]\(javascript\:alert\(1\)\)"
    assert escape.markdown("![i](http://x/y.png)") == r"\!\[i\]\(http\://x/y\.png\)"
    assert escape.markdown("$x^2$ *b* _i_ `c`") == r"\$x^2\$ \*b\* \_i\_ \`c\`"
    assert escape.markdown("<script>") == r"\<script\>"
    assert escape.markdown("Title\n===\n    code") == r"Title \=\=\= code"  # one line: no heading, no code block
    assert escape.markdown("mail a@b.org, see www.x.org") == r"mail a\@b\.org, see www\.x\.org"


def _render_markdown(source: str) -> str:
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    return markdown2html_mistune(source)


def test_markdown_renders_as_the_literal_text_in_nbconvert():
    out = _render_markdown(escape.markdown(HOSTILE))
    assert out == "<p>" + escape.html(HOSTILE).replace("&#x27;", "'").replace("&quot;", '"') + "</p>\n"
    assert "<a" not in out and "<img" not in out and "<script" not in out


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_markdown_shows_any_text_literally(text):
    out = _render_markdown(escape.markdown(text))
    expected = re.sub(r"\s+", " ", text).strip(" ")
    if not expected:
        assert out.strip() == ""
        return
    assert out.startswith("<p>") and out.endswith("</p>\n")
    inner = out[3:-5]
    assert "<" not in inner  # no element at all: no link, image, emphasis, code or raw HTML
    assert html_lib.unescape(inner) == expected


def test_latex_escapes_every_special_character():
    assert escape.latex(LATEX_SPECIALS) == (
        r"\textbackslash{} \{ \} \$ \& \# \textasciicircum{} \_ \% \textasciitilde{}")
    assert escape.latex(r"\input{/etc/passwd}") == r"\textbackslash{}input\{/etc/passwd\}"
    assert escape.latex("50% of $5 & more") == r"50\% of \$5 \& more"
    assert escape.latex("深圳 Ärzte") == "深圳 Ärzte"


@settings(deadline=None)
@given(TEXT)
def test_latex_leaves_no_command_group_or_math_open(text):
    out = escape.latex(text)
    # remove what escaping produces; nothing special may be left
    rest = re.sub(r"\\(?:textbackslash|textasciicircum|textasciitilde)\{\}|\\[{}$&#_%]", "", out)
    assert not set(rest) & set("\\{}$&#^_%~")


def test_mpl_escapes_dollar_signs():
    assert escape.mpl("$5 and $x^2$") == r"\$5 and \$x^2\$"
    assert escape.mpl("no dollars") == "no dollars"


@settings(deadline=None)
@given(TEXT)
def test_mpl_text_is_never_parsed_as_math_and_shows_the_original(text):
    from matplotlib.text import Text

    shown, is_math = Text()._preprocess_math(escape.mpl(text))
    assert is_math is False
    assert shown == text


def test_mpl_hostile_label_draws_without_error():
    import matplotlib

    matplotlib.use("agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    label = r"$\frac{$ unbalanced \alpha_{ $x^2$"
    ax.barh([escape.mpl(label)], [1])
    fig.canvas.draw()  # unescaped, mathtext would raise a parse error here
    assert [t.get_text() for t in ax.get_yticklabels()] == [escape.mpl(label)]
    plt.close(fig)
