"""From a parsed Release to the rows of the event tables, and the stable ids they carry."""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import asdict

from parsers.model import Release


def release_id_for(first_key: str) -> str:
    """`r` + 16 hex digits of sha256 of the first identity key the release was seen under."""
    return "r" + hashlib.sha256(first_key.encode("utf-8")).hexdigest()[:16]


def party_id(name: str) -> str:
    """Slug of the normalized full name: accents folded, lowercase, runs of other chars -> '-'."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return slug or "party-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]


def parse_sha256(release: Release) -> str:
    """Fingerprint of everything the parser extracted beyond the text itself."""
    payload = {"dateline_city": release.dateline_city, "title": release.title,
               "events": [asdict(e) for e in release.events]}
    if release.warnings:  # only when present, so clean releases keep the fingerprints they had
        payload["warnings"] = list(release.warnings)
    blob = json.dumps(payload, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def child_rows(release_id: str, release: Release) -> dict[str, list[dict]]:
    """Rows of events, participants, parties, event_parties, event_countries for one release."""
    out: dict[str, list[dict]] = {"events": [], "participants": [], "parties": [],
                                  "event_parties": [], "event_countries": []}
    for event in release.events:
        eid = f"{release_id}-{event.seq}"
        out["events"].append({
            "event_id": eid, "release_id": release_id, "event_date": event.event_date,
            "event_type": event.event_type, "modality": event.modality,
            "location_city": event.location_city, "location_country": event.location_country,
            "seq": event.seq,
        })
        seen_people = set()
        for i, p in enumerate(event.participants):
            if (p.name, p.side) in seen_people:
                continue
            seen_people.add((p.name, p.side))
            out["participants"].append({
                "event_id": eid, "name": p.name, "title": p.title, "party": p.party,
                "country_code": p.country_code, "side": p.side, "seq": i,
            })
        seen_parties = set()
        for party in event.parties:
            pid = party_id(party.name)
            if pid in seen_parties:
                continue
            seen_parties.add(pid)
            out["parties"].append({"party_id": pid, "name": party.name, "acronym": party.acronym,
                                   "country_code": party.country_code})
            out["event_parties"].append({"event_id": eid, "party_id": pid})
        for code in sorted(set(event.countries)):
            out["event_countries"].append({"event_id": eid, "country_code": code})
    return out
