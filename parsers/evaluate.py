"""Scoring extraction against a gold set (pure: no IO beyond parsing strings).

Gold lines (issue 5): `{"id", "published", "event_date", "dateline_city", "event_type",
"modality", "cpc_people", "foreign_people", "foreign_parties", "countries"}`.
Predictions: `{id: {same keys}}`.

- Scalar fields (`published`, `event_date`, `dateline_city`, `event_type`, `modality`):
  accuracy over the gold releases (a missing prediction counts as wrong; None == None is right).
- A gold line `{"id": ..., "error": "not_a_release"}` (a notice, an about page) is right in every
  field when the page yields no release, and wrong in every scalar field when it yields one.
- Set fields (`cpc_people`, `foreign_people`, `foreign_parties`, `countries`): micro
  precision/recall/F1 over all releases.
- Names match ignoring case, accents and punctuation, and word order (so "Kocsis Máté"
  equals "Máté Kocsis", "K.P. Sharma Oli" equals "KP Sharma Oli").
- Parties match on their significant words: case, accents and punctuation ignored, and
  the words in `PARTY_STOPWORDS` ("the", "of", "and", "party", ...) dropped, so
  "SWAPO Party" = "SWAPO", "Workers' Party" = "Workers Party"; a locator such as
  "of Germany" is a significant word and must match; British and American spellings of a
  word are one word ("Centre" = "Center", "Organisation" = "Organization"), and so are a country's
  name and adjective, in any order ("Cuban Communist Party" = "Communist Party of Cuba").
- Countries match on the ISO code, upper-cased.

A release with several events is predicted by `release_prediction`: the first event's
date, type and modality, and the union of people, parties and countries of all events.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field

from parsers.gazetteer import country_code
from parsers.party_dictionary import row_name

__all__ = ["SCALAR_FIELDS", "SET_FIELDS", "PARTY_STOPWORDS", "load_gold", "release_prediction",
           "score", "Score", "name_key", "party_key", "format_report"]

SCALAR_FIELDS = ("published", "event_date", "dateline_city", "event_type", "modality")
SET_FIELDS = ("cpc_people", "foreign_people", "foreign_parties", "countries")
PARTY_STOPWORDS = frozenset({"the", "of", "and", "for", "in", "party", "de", "del", "la", "le", "les", "el",
                             "du", "des", "y", "e", "da", "do", "dos", "das", "di", "a"})


# apostrophes and the Polynesian glottal stop (ʻokina), written or left out at will: "Faʻatuatua" = "Faatuatua"
_GLOTTAL = str.maketrans("", "", "'\u2019\u2018\u02bb")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = s.translate(_GLOTTAL)
    return "".join(ch if ch.isalnum() else " " for ch in s)


def name_key(name: str) -> str:
    # "K.P." -> "kp": initials glued, then words sorted (surname-first orders match).
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower().replace(".", "").replace("\u02bb", "")
    words = "".join(ch if ch.isalnum() else " " for ch in s).split()
    return " ".join(sorted(words))


# British and American spellings of one word name one party ("Maoist Centre" / "Maoist Center")
_SPELLING = {"centre": "center", "organisation": "organization", "organisations": "organizations",
             "defence": "defense"}


def party_key(name: str) -> str:
    words = [_SPELLING.get(w, w) for w in _fold(name).split() if w not in PARTY_STOPWORDS]
    # "Cuban Communist Party" is the "Communist Party of Cuba": a country's adjective and its name are
    # one word, and then word order does not matter
    coded = [f"@{(country_code(w) or '').lower()}" if country_code(w) else w for w in words]
    return " ".join(sorted(coded) if coded != words else words)


def _key(fieldname: str, value) -> str:
    if value is None:
        return ""
    value = str(value)
    if fieldname in ("cpc_people", "foreign_people"):
        return name_key(value)
    if fieldname == "foreign_parties":
        return party_key(value)
    if fieldname == "countries":
        return value.strip().upper()
    return value.strip()


def load_gold(text: str) -> dict[str, dict]:
    """Gold lines (JSON objects, one a line; blank lines and `#` comments skipped) by id."""
    out: dict[str, dict] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        row = json.loads(line)
        out[str(row["id"])] = row
    return out


def release_prediction(release) -> dict:
    """The prediction for one parsed `Release` (first event's scalars, union of the sets)."""
    ev = release.events
    first = ev[0] if ev else None

    def union(getter):
        seen: list[str] = []
        for e in ev:
            for v in getter(e):
                if v and v not in seen:
                    seen.append(v)
        return seen

    return {
        "published": release.published_date.isoformat(),
        "event_date": first.event_date.isoformat() if first and first.event_date else None,
        "dateline_city": release.dateline_city,
        "event_type": first.event_type if first else None,
        "modality": first.modality if first else None,
        "cpc_people": union(lambda e: [p.name for p in e.participants if p.side == "cpc"]),
        "foreign_people": union(lambda e: [p.name for p in e.participants if p.side != "cpc"]),
        "foreign_parties": union(lambda e: [p.name for p in e.parties]),
        "countries": sorted(union(lambda e: list(e.countries))),
    }


@dataclass
class Score:
    accuracy: dict[str, float] = field(default_factory=dict)
    prf: dict[str, tuple[float, float, float]] = field(default_factory=dict)   # precision, recall, F1
    counts: dict[str, tuple[int, int, int]] = field(default_factory=dict)      # tp, fp, fn
    differences: list[dict] = field(default_factory=list)                      # per release
    n: int = 0

    def to_dict(self) -> dict:
        return {"n": self.n, "accuracy": self.accuracy,
                "prf": {k: {"precision": p, "recall": r, "f1": f} for k, (p, r, f) in self.prf.items()},
                "counts": {k: {"tp": a, "fp": b, "fn": c} for k, (a, b, c) in self.counts.items()},
                "differences": self.differences}


def score(gold: dict[str, dict], predictions: dict[str, dict]) -> Score:
    res = Score(n=len(gold))
    right = {f: 0 for f in SCALAR_FIELDS}
    tally = {f: [0, 0, 0] for f in SET_FIELDS}
    for rid in sorted(gold):
        g = gold[rid]
        p = predictions.get(rid)
        diff: dict = {}
        if "error" in g:
            # a page the coder found no release in ({"error": "not_a_release"}): right when the parser
            # refused it too; a release read from it is wrong in every scalar field, its sets all extra
            if p is None:
                for f in SCALAR_FIELDS:
                    right[f] += 1
                continue
            diff["error"] = {"gold": g["error"], "predicted": "a release"}
        elif p is None:
            diff["missing"] = True
            p = {}
        for f in SCALAR_FIELDS:
            gv, pv = g.get(f), p.get(f)
            if _key(f, gv) == _key(f, pv) and (rid in predictions) and "error" not in g:
                right[f] += 1
            else:
                diff[f] = {"gold": gv, "predicted": pv}
        for f in SET_FIELDS:
            gk = {_key(f, v): v for v in (g.get(f) or [])}
            pk = {_key(f, v): v for v in (p.get(f) or [])}
            tp = gk.keys() & pk.keys()
            fp = pk.keys() - gk.keys()
            fn = gk.keys() - pk.keys()
            if f == "foreign_parties":
                # two names the party dictionary holds for one party are that party ("People's Movement for the
                # Liberation of Angola" = "Popular Movement for the Liberation of Angola")
                for k in sorted(fn):
                    if (row := row_name(gk[k])) and (same := next((q for q in sorted(fp) if row_name(pk[q]) == row), None)):
                        fn, fp, tp = fn - {k}, fp - {same}, tp | {k}
                        pk[k] = pk.pop(same)
            tally[f][0] += len(tp)
            tally[f][1] += len(fp)
            tally[f][2] += len(fn)
            if fp or fn:
                diff[f] = {"missing": [gk[k] for k in gk if k in fn], "extra": [pk[k] for k in pk if k in fp]}
        if diff:
            res.differences.append({"id": rid, **diff})
    n = max(1, len(gold))
    res.accuracy = {f: right[f] / n for f in SCALAR_FIELDS}
    for f, (tp, fp, fn) in tally.items():
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        res.prf[f] = (prec, rec, f1)
        res.counts[f] = (tp, fp, fn)
    return res


def format_report(s: Score, show_differences: bool = True) -> str:
    lines = [f"releases: {s.n}", "", f"{'field':<16} {'accuracy':>8}"]
    for f in SCALAR_FIELDS:
        lines.append(f"{f:<16} {s.accuracy[f]:>8.3f}")
    lines += ["", f"{'field':<16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for f in SET_FIELDS:
        p, r, f1 = s.prf[f]
        tp, fp, fn = s.counts[f]
        lines.append(f"{f:<16} {p:>6.3f} {r:>6.3f} {f1:>6.3f} {tp:>5} {fp:>5} {fn:>5}")
    if show_differences and s.differences:
        lines += ["", f"differences ({len(s.differences)} releases):"]
        for d in s.differences:
            parts = []
            for k, v in d.items():
                if k == "id":
                    continue
                if k == "missing" and v is True:
                    parts.append("no prediction")
                elif "gold" in v:
                    parts.append(f"{k}: {v['gold']!r} -> {v['predicted']!r}")
                else:
                    bits = []
                    if v["missing"]:
                        bits.append("missing " + ", ".join(map(str, v["missing"])))
                    if v["extra"]:
                        bits.append("extra " + ", ".join(map(str, v["extra"])))
                    parts.append(f"{k}: " + "; ".join(bits))
            lines.append(f"  {d['id']}: " + " | ".join(parts))
    return "\n".join(lines)
