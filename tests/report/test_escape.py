"""Untrusted article text escaped for HTML, Markdown, LaTeX and matplotlib: shown literally, never run."""

import html as html_lib

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.report import escape

HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(1)> [a](javascript:alert(1)) ![i](http://x/y.png) $x^2$"
LATEX_SPECIALS = "\\ { } $ & # ^ _ % ~"
TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("<>&\"'$\\[]()!*_`#\n\t "), max_size=80
)


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
