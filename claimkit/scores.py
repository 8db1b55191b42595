"""The counts an evaluation adds up over articles, and the figures made from them."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Scores"]


@dataclass
class Scores:
    """Counts, added up over articles; the ratios are properties."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    matched_precision: int = 0
    exact: int = 0
    speaker_right: int = 0
    kind_right: int = 0
    cue_right: int = 0
    cue_total: int = 0
    when_right: int = 0
    when_total: int = 0
    source_right: int = 0
    source_total: int = 0
    times_right: int = 0
    times_total: int = 0
    name_right: int = 0
    type_right: int = 0
    type_total: int = 0
    source_given: int = 0
    source_given_right: int = 0
    when_given: int = 0
    when_given_right: int = 0
    dates_right: int = 0
    dates_total: int = 0
    articles: int = 0
    failures: list[str] = field(default_factory=list)
    #: evidence (the rule that made a claim) -> [claims predicted, claims that match gold]
    by_rule: dict[str, list[int]] = field(default_factory=dict)
    #: the same per tenth of ``confidence`` ("0.7-0.8"): a reliability curve
    by_confidence: dict[str, list[int]] = field(default_factory=dict)

    def add(self, other: Scores) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
        self.failures.extend(other.failures)
        for mine, theirs in (
            (self.by_rule, other.by_rule),
            (self.by_confidence, other.by_confidence),
        ):
            for key, (n, hit) in theirs.items():
                counts = mine.setdefault(key, [0, 0])
                counts[0] += n
                counts[1] += hit

    def rules(self) -> list[tuple[str, int, int, float]]:
        """(rule, predicted, matched, precision) per rule, most predictions first."""
        rows = [(r, n, hit, hit / n if n else 0.0) for r, (n, hit) in self.by_rule.items()]
        return sorted(rows, key=lambda row: (-row[1], row[0]))

    def reliability(self) -> list[tuple[str, int, int, float]]:
        """(confidence bin, predicted, matched, precision), lowest bin first: a calibrated
        confidence has each bin's precision inside the bin."""
        rows = [(b, n, hit, hit / n if n else 0.0) for b, (n, hit) in self.by_confidence.items()]
        return sorted(rows)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    @staticmethod
    def _share(a: int, b: int) -> float | None:
        """An accuracy, or None when nothing was there to judge (not a 0.0 that reads as
        a failure)."""
        return a / b if b else None

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def table(self) -> dict[str, float | int | None]:
        """All figures, rounded to three places."""
        p = self._ratio(self.matched_precision, self.predicted)
        r = self._ratio(self.matched, self.gold)
        pe = self._ratio(self.exact, self.predicted)
        re_ = self._ratio(self.exact, self.gold)
        pa = self._ratio(self.speaker_right, self.predicted)
        ra = self._ratio(self.speaker_right, self.gold)
        pn = self._ratio(self.name_right, self.predicted)
        rn = self._ratio(self.name_right, self.gold)
        figures: dict[str, float | int | None] = {
            "articles": self.articles,
            "gold": self.gold,
            "predicted": self.predicted,
            "content_P": p,
            "content_R": r,
            "content_F1": self._f1(p, r),
            "exact_F1": self._f1(pe, re_),
            "attributed_P": pa,
            "attributed_R": ra,
            "attributed_F1": self._f1(pa, ra),
            "named_F1": self._f1(pn, rn),
            "speaker_acc": self._share(self.speaker_right, self.matched),
            "name_acc": self._share(self.name_right, self.matched),
            "type_acc": self._share(self.type_right, self.type_total),
            "kind_acc": self._share(self.kind_right, self.matched),
            "cue_acc": self._share(self.cue_right, self.cue_total),
            "when_acc": self._share(self.when_right, self.when_total),
            "when_n": self.when_total,
            "when_prec": self._share(self.when_given_right, self.when_given),
            "when_given": self.when_given,
            "source_acc": self._share(self.source_right, self.source_total),
            "source_n": self.source_total,
            "source_prec": self._share(self.source_given_right, self.source_given),
            "time_value_acc": self._share(self.times_right, self.times_total),
            "times_n": self.times_total,
            "date_acc": self._share(self.dates_right, self.dates_total),
            "dates_n": self.dates_total,
        }
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in figures.items()}
