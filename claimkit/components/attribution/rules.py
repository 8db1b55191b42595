"""The attribution rules: each has one id, the form it reads and one confidence.

Rules written in code are listed here; rules that are data (the prepositional forms of
``lexicons/cues.json``, "according to X", and any a user adds) come from the active cue
lexicon, under the ids their entries give.

A claim's ``evidence`` is the id of the rule that made it (the cue rule adds the cue's
lemma: ``cue:say``), followed by ``+continued`` when further quoted pieces joined it and
``+parenthetical`` when its content is interrupted by the attribution. ``evaluate
--by-rule`` reports precision per id.

Confidences are calibrated: each is the rule's precision on PolNeAR's training split
(which annotates every attribution), to the nearest 0.05; ``evaluate --reliability``
checks them on other gold. Rules too rare there to measure (the dash, figures) keep a
stated guess.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimkit.lexicons import cues

__all__ = ["RULES", "Rule", "confidence", "rule_of"]


@dataclass(frozen=True)
class Rule:
    """One attribution rule."""

    id: str
    form: str  # the module that holds it
    confidence: float
    example: str


RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        Rule("quote+cue-after", "direct", 0.95, '"We will win," Smith said.'),
        Rule("quote+cue-before", "direct", 0.9, 'Smith said: "We will win."'),
        Rule("quote-fragment+cue-after", "direct", 0.85, '"With an eye to February," he said.'),
        Rule("quote-fragment+cue-before", "direct", 0.85, 'He said: "With hindsight, yes."'),
        Rule("quote+dash", "direct", 0.8, '"We will win." — John Smith'),
        Rule("quote-continuation", "direct", 0.5, "a further quote of the previous speaker"),
        Rule("cue", "reported", 0.85, "Smith said the talks failed."),
        Rule("colon", "colon", 0.75, "Smith: the talks failed (a headline or transcript line)"),
        Rule("unattributed:figure", "unattributed", 0.4, "Sales rose 5% in May."),
    )
}


def _rule(rule_id: str) -> Rule | None:
    if rule_id in RULES:
        return RULES[rule_id]
    form = cues().forms.get(rule_id)
    if form is None:
        return None
    return Rule(rule_id, "prepositional", form.confidence, " ".join(form.words) + " X")


def confidence(rule_id: str) -> float:
    """The confidence of the rule ``rule_id`` (KeyError for an unknown id)."""
    rule = _rule(rule_id)
    if rule is None:
        raise KeyError(rule_id)
    return rule.confidence


def rule_of(evidence: str) -> Rule:
    """The rule that made a claim, from its ``evidence`` ("cue:say+continued" is "cue")."""
    base = evidence.split("+continued")[0].split("+parenthetical")[0]
    rule = _rule(base) or _rule(base.split(":")[0])
    if rule is None:
        raise KeyError(evidence)
    return rule
