from hypothesis import given
from hypothesis import strategies as st

from claimkit.components.quotes import find_quotes


def inner(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_straight_curly_single_and_ptb_marks() -> None:
    assert inner('He said "yes" today.') == ["yes"]
    assert inner("He said “yes” today.") == ["yes"]
    assert inner("He said ‘yes’ today.") == ["yes"]
    assert inner("He said 'yes' today.") == ["yes"]
    assert inner("``It was a bomb,'' said an official.") == ["It was a bomb,"]


def test_two_apostrophes_open_and_close_as_the_new_york_times_writes_them() -> None:
    text = "''Tell that to the janitor,'' Mr. Biden said. ''Tell that to your mothers.''"
    assert inner(text) == ["Tell that to the janitor,", "Tell that to your mothers."]


def test_apostrophes_are_not_quote_marks() -> None:
    assert inner("Syria’s sovereignty and Russia's army don't count.") == []
    assert inner("“Syria’s sovereignty,” he said.") == ["Syria’s sovereignty,"]


def test_marks_pair_by_type() -> None:
    text = "“He called it ‘a farce’ and left,” she said."
    assert inner(text) == ["He called it ‘a farce’ and left,", "a farce"]
    nested = [q.depth for q in find_quotes(text)]
    assert nested == [0, 1]


def test_closing_mark_typed_to_open_a_quote() -> None:
    text = "Intro.\n\n”Mr. Trump embodies racism.” ― Sonya Herridge\n“He lied.”― Pamela Padilla"
    assert inner(text) == ["Mr. Trump embodies racism.", "He lied."]
    # a closing mark after a space that ends a word is still a closing mark
    assert inner("He said “ yes ” and left.") == [" yes "]


def test_odd_and_stray_marks_never_raise() -> None:
    assert inner('He said "yes. Then "no" she said') == ["no"]
    assert inner('"""') == []
    assert inner("”closing first“") == []


def test_quote_over_several_paragraphs() -> None:
    text = '"First paragraph of the quote.\n\n"Second paragraph," he said.'
    (q,) = find_quotes(text)
    assert [text[a:b] for a, b in q.segments] == [
        "First paragraph of the quote.",
        "Second paragraph,",
    ]


def test_unclosed_quote_does_not_swallow_next_paragraph() -> None:
    text = '"Unclosed quote here.\n\nA new paragraph with "a quote" inside.'
    assert inner(text) == ["a quote"]


@given(st.text(alphabet=st.sampled_from(list("ab .,\n\"'“”‘’`«»")), max_size=200))
def test_any_mix_of_marks_gives_valid_spans(text: str) -> None:
    for q in find_quotes(text):
        assert 0 <= q.start < q.end <= len(text)
        for a, b in q.segments:
            assert q.start <= a <= b <= q.end


def test_component_works_alone_in_a_blank_pipeline() -> None:
    import spacy

    import claimkit.components  # noqa: F401  (registers the factories)

    nlp = spacy.blank("en")
    nlp.add_pipe("claimkit_quotes")
    doc = nlp('He said "yes" and left.')
    assert [doc.text[q.start : q.end] for q in doc._.ck_quotes] == ["yes"]
    assert "claimkit_quotes" in nlp.pipe_names


def test_many_marks_cost_grows_linearly() -> None:
    import time

    def cost(n: int) -> float:  # the best of three runs, to damp a noisy machine
        text = 'a "b" c ' * n + '"' * n
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            find_quotes(text)
            runs.append(time.perf_counter() - start)
        return min(runs)

    cost(100)  # warm up
    small, large = cost(2_500), cost(10_000)
    # 4x the marks; linear is 4x the time, quadratic 16x: the bound leaves room for noise
    assert large / small < 10
