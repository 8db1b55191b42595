from claimkit.extractor import Extractor


def test_name_variants_are_one_entity(extractor: Extractor) -> None:
    doc = extractor.extract(
        "Russia's President Vladimir Putin met reporters. Putin said the talks went well. "
        "Vladimir Putin left on Monday."
    )
    putins = [e for e in doc.entities if e.name == "Vladimir Putin"]
    assert len(putins) == 1
    assert len(putins[0].mentions) == 3
    assert (putins[0].role, putins[0].affiliation) == ("President", "Russia")


def test_pronoun_resolves_to_previous_person(extractor: Extractor) -> None:
    text = "Angela Merkel arrived in Paris on Monday.\n\nShe said the talks would be difficult."
    (c,) = extractor.extract(text).claims
    assert c.speaker is not None
    assert (
        c.speaker.name,
        c.speaker.type,
        c.speaker.mention.text if c.speaker.mention else None,
    ) == ("Angela Merkel", "person", "She")


def test_they_resolves_to_coordinated_persons(extractor: Extractor) -> None:
    text = "Putin and Trump met in Danang.\n\nThey agreed that the war must end."
    (c,) = extractor.extract(text).claims
    assert c.speaker is not None
    assert (c.speaker.name, c.speaker.type, c.speaker.role) == ("Putin and Trump", "group", None)


def test_group_noun_resolves_by_role(extractor: Extractor) -> None:
    text = (
        "Russian President Vladimir Putin and U.S. President Donald Trump met briefly. "
        "Foreign Minister Sergey Lavrov and Secretary of State Rex Tillerson met too.\n\n"
        "The presidents said the war must end."
    )
    claim = next(c for c in extractor.extract(text).claims if c.cue and c.cue.text == "said")
    assert claim.speaker is not None and claim.speaker.name == "Donald Trump and Vladimir Putin"


def test_anonymous_source(extractor: Extractor) -> None:
    text = "The plan was dropped, a senior official, who spoke on condition of anonymity, said."
    (c,) = extractor.extract(text).claims
    assert c.speaker is not None and c.speaker.type == "anonymous"
