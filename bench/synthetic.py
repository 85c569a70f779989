"""Synthetic press releases in the site's style, as rendered text and as HTML pages.

All wording here is our own, assembled from small phrase pools so that releases
differ enough not to collapse as near-duplicates. Deterministic for a given seed.
Other benchmarks reuse `releases()` and `write_corpus()`.
"""
from __future__ import annotations

import html
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

CPC = [("Liu Jianchao", "Minister"), ("Song Tao", "Minister"), ("Qian Hongshan", "Vice-minister"),
       ("Guo Yezhou", "Vice-minister"), ("Chen Zhou", "Vice-minister"), ("Sun Haiyan", "Vice-minister"),
       ("Li Mingxiang", "Assistant Minister"), ("Shen Beili", "Vice-minister")]
PARTIES = [("Social Democratic Party of Germany", "SPD", "Germany", "Berlin"),
           ("United Russia Party", None, "Russia", "Moscow"),
           ("Communist Party of Vietnam", "CPV", "Viet Nam", "Hanoi"),
           ("African National Congress", "ANC", "South Africa", "Pretoria"),
           ("Lao People's Revolutionary Party", "LPRP", "Laos", "Vientiane"),
           ("Workers' Party of Korea", "WPK", "the DPRK", "Pyongyang"),
           ("Liberal Democratic Party", "LDP", "Japan", "Tokyo"),
           ("Serbian Progressive Party", "SNS", "Serbia", "Belgrade"),
           ("Nur Otan Party", None, "Kazakhstan", "Astana"),
           ("Sri Lanka Podujana Peramuna", "SLPP", "Sri Lanka", "Colombo"),
           ("Labour Party", None, "the United Kingdom", "London"),
           ("Chama Cha Mapinduzi", "CCM", "Tanzania", "Dodoma"),
           ("Cambodian People's Party", "CPP", "Cambodia", "Phnom Penh"),
           ("Institutional Revolutionary Party", "PRI", "Mexico", "Mexico City"),
           ("Socialist Party", "PS", "Chile", "Santiago")]
GIVEN = ["Anna", "Marek", "Thabo", "Nguyen", "Kenji", "Olga", "Pedro", "Amina", "Lars", "Ivan",
         "Sofia", "Rahul", "Kwame", "Elena", "Tomas", "Aiko", "Samir", "Lucia", "Dmitri", "Grace"]
FAMILY = ["Keller", "Novak", "Mokoena", "Van Thanh", "Sato", "Petrova", "Alvarez", "Diallo",
          "Berg", "Sokolov", "Rossi", "Mehta", "Mensah", "Popescu", "Horvat", "Tanaka", "Haddad",
          "Moreno", "Volkov", "Okafor"]
FOREIGN_TITLES = ["General Secretary", "Chairman", "Vice Chairman", "Deputy Secretary-General",
                  "Head of the International Department", "Member of the Presidium"]
TOPICS = ["green development", "poverty reduction", "party building", "the digital economy",
          "youth exchanges", "the Global Development Initiative", "rural revitalization",
          "people-to-people exchanges", "regional connectivity", "public health cooperation",
          "governance experience", "the Belt and Road cooperation", "climate response"]
CPC_LINES = [
    "{s} said that the CPC values its friendly ties with the {p} and is ready to deepen exchanges on {t}.",
    "{s} noted that both sides should keep close high-level contacts and share experience in {t}.",
    "{s} briefed the guests on the outcomes of recent plenary sessions and China's plans for {t}.",
    "{s} expressed the hope that the two Parties would build new platforms for dialogue on {t}.",
    "According to {s}, practical cooperation in {t} has brought real benefits to both peoples.",
    "{s} welcomed the delegation and stressed that mutual respect is the basis of inter-party ties.",
    "{s} said the two sides could learn from each other's practice in {t} and modernization.",
]
FOREIGN_LINES = [
    "{f} said that the {p} admires China's achievements in {t} and hopes to learn from them.",
    "{f} noted that the {p} firmly adheres to the one-China principle.",
    "{f} thanked the CPC for its support and said the {p} will strengthen contacts at all levels.",
    "{f} spoke highly of the friendship between the two countries and proposed joint work on {t}.",
    "{f} said exchanges with the CPC had helped the {p} to improve its own work in {t}.",
    "{f} expressed readiness to send more young cadres to China for study on {t}.",
]
CLOSERS = ["{o}, {ot} of the IDCPC, attended the meeting.", "{o}, {ot} of the IDCPC, was present.",
           "Officials of the embassy attended the talks.", ""]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@dataclass(frozen=True)
class SyntheticRelease:
    doc_id: int
    published: date
    title: str
    paragraphs: tuple[str, ...]

    @property
    def stem(self) -> str:  # the site's article file name: t + date + _ + doc id
        return f"t{self.published:%Y%m%d}_{self.doc_id}"

    def text(self) -> str:
        body = "\n\n".join(self.paragraphs)
        return f"{self.title}\n ( {self.published:%Y.%m.%d} )\n\n{body}\n"

    def html(self) -> str:
        paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in self.paragraphs)
        nav = "".join(f'<li><a href="/english/{s}/index.html">{s.title()}</a></li>'
                      for s in ("news", "events", "delegations", "archives", "contact"))
        return (
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(self.title)} - International Department</title></head><body>"
            f'<div class="header"><ul class="nav">{nav}</ul></div>'
            f'<div class="main"><h1 class="title">{html.escape(self.title)}</h1>'
            f'<div class="date">( {self.published:%Y.%m.%d} )</div>'
            f'<div class="TRS_Editor">{paras}</div></div>'
            '<div class="footer"><p>Copyright International Department. All rights reserved.</p>'
            '<a href="/english/sitemap.html">Sitemap</a></div></body></html>\n'
        )


def _release(rng: random.Random, i: int, start: date) -> SyntheticRelease:
    published = start + timedelta(days=i // 3)
    name, rank = rng.choice(CPC)
    other, other_rank = rng.choice([c for c in CPC if c[0] != name])
    party, acr, country, capital = rng.choice(PARTIES)
    foreign = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    ftitle = rng.choice(FOREIGN_TITLES)
    short = acr or party
    party_full = f"{party} ({acr})" if acr else party
    idcpc = f"{rank} of the International Department of the CPC Central Committee (IDCPC)"
    s, f = name.split()[0], foreign.split()[-1]
    kind = rng.choice(["meet", "meet", "visit", "video", "message"])
    day = published - timedelta(days=rng.choice([0, 0, 0, 1]))
    when = f"{MONTHS[day.month - 1]} {ordinal(day.day)}"
    if kind == "meet":
        title = f"{name} Meets with {short} Delegation"
        lead = (f"Beijing, {when}\u2014{name}, {idcpc}, met here today with a delegation of the "
                f"{party_full} led by {foreign}, {ftitle} of the {short}.")
    elif kind == "visit":
        title = f"CPC Delegation Visits {country.replace('the ', '')}"
        lead = (f"{capital}, {when}\u2014A CPC delegation led by {name}, {idcpc}, held talks here "
                f"today with {foreign}, {ftitle} of the {party_full}.")
    elif kind == "video":
        title = f"{name} Holds Video Call with {short} Leader"
        lead = (f"On {when}, {name}, {idcpc}, held a video call with {foreign}, "
                f"{ftitle} of the {party_full}.")
    else:
        title = f"{name} Sends Congratulatory Message to {short}"
        lead = (f"On {when}, {name}, {idcpc}, sent a congratulatory message to {foreign}, "
                f"{ftitle} of the {party_full}, on the anniversary of the party's founding.")
    lines = [lead]
    for _ in range(rng.randint(2, 4)):
        lines.append(" ".join(
            rng.choice(pool).format(s=s, f=f, p=short, t=rng.choice(TOPICS))
            for pool in (CPC_LINES, CPC_LINES, FOREIGN_LINES)))
    closer = rng.choice(CLOSERS).format(o=other, ot=other_rank)
    if closer and kind in ("meet", "visit"):
        lines.append(closer)
    return SyntheticRelease(doc_id=100000 + i, published=published, title=title,
                            paragraphs=tuple(lines))


def releases(n: int, seed: int = 0, start: date = date(2012, 1, 1),
             first: int = 0) -> list[SyntheticRelease]:
    """n releases numbered from `first` (doc ids 100000 + i): disjoint ranges never collide."""
    rng = random.Random(seed)
    return [_release(rng, i, start) for i in range(first, first + n)]


def write_corpus(out_dir: Path, n: int, seed: int = 0, html_every: int = 2,
                 first: int = 0) -> list[Path]:
    """Write n releases under out_dir, every `html_every`-th one as an HTML page."""
    out_dir = Path(out_dir)
    paths = []
    for i, r in enumerate(releases(n, seed, first=first)):
        folder = out_dir / f"{r.published:%Y%m}"
        folder.mkdir(parents=True, exist_ok=True)
        if html_every and i % html_every == 0:
            p = folder / f"{r.stem}.html"
            p.write_text(r.html(), encoding="utf-8")
        else:
            p = folder / f"{r.stem}.txt"
            p.write_text(r.text(), encoding="utf-8")
        paths.append(p)
    return paths
