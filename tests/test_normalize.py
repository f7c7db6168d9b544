from hypothesis import given, settings
from hypothesis import strategies as st

from huiwu.normalize import normalize, normalize_surface, to_simplified

_ALPHABET = st.sampled_from(
    list("葉倫與蘇利文在舊金山會晤國務卿布林肯臺灣习近平何立峰，。：（）１２３ＡＢ　")
    + ["\u200b", "\ufeff", "\r", "\n", "**", "![](http://x/y.jpg)", "[链接](http://a)", "# ", "_", "<b>", "</b>", " "]
)
texts = st.lists(_ALPHABET, max_size=60).map("".join)


@given(texts, st.booleans())
@settings(max_examples=300)
def test_offset_map_is_monotone_total_and_points_at_the_source(raw, markdown):
    norm = normalize(raw, markdown=markdown)
    positions = [norm.raw_offset(i) for i in range(len(norm.text))]
    assert positions == sorted(positions)
    assert len(set(positions)) == len(positions)
    for i, char in enumerate(norm.text):
        assert normalize_surface(raw[positions[i]]) in (char, char.strip(), "")
    for start in range(len(norm.text)):
        for end in range(start + 1, min(len(norm.text), start + 4) + 1):
            raw_start, raw_end = norm.raw_span(start, end)
            assert 0 <= raw_start < raw_end <= len(raw)


def test_traditional_full_width_and_invisible_characters_are_normalised_in_place():
    raw = "葉倫\u200b與蘇利文於２０２３年在舊金山會晤"
    norm = normalize(raw)
    assert norm.text == "叶伦与苏利文于2023年在旧金山会晤"
    start = norm.text.index("苏利文")
    raw_start, raw_end = norm.raw_span(start, start + 3)
    assert raw[raw_start:raw_end] == "蘇利文"


def test_markdown_markup_is_dropped_but_spans_still_point_into_the_raw_text():
    raw = "# 标题\n\n**何立峰**访美。![](https://example.org/a.jpg)\n_图注_"
    norm = normalize(raw, markdown=True)
    assert "**" not in norm.text and "example.org" not in norm.text and "#" not in norm.text
    start = norm.text.index("何立峰")
    raw_start, raw_end = norm.raw_span(start, start + 3)
    assert raw[raw_start:raw_end] == "何立峰"


def test_simplified_conversion_keeps_the_length():
    for text in ("乾隆", "著作權", "臺灣", "後來", "發展", "瞭解"):
        assert len(to_simplified(text)) == len(text)
