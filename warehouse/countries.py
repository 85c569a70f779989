"""The `countries` reference table: ISO 3166-1 from pycountry plus a world region.

pycountry has no regions, so the UN geoscheme continents are kept here as code lists.
"""
from __future__ import annotations

import pyarrow as pa

_REGIONS = {
    "Africa": (
        "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY "
        "MG MW ML MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW IO TF"
    ),
    "Americas": (
        "AI AG AR AW BS BB BZ BM BO BQ BV BR CA KY CL CO CR CU CW DM DO EC SV FK GF GL GD GP GT GY "
        "HT HN JM MQ MX MS NI PA PY PE PR BL KN LC MF PM VC SX GS SR TT TC US UM UY VE VG VI"
    ),
    "Asia": (
        "AF AM AZ BH BD BT BN KH CN CY GE HK IN ID IR IQ IL JP JO KZ KP KR KW KG LA LB MO MY MV MN "
        "MM NP OM PK PS PH QA SA SG LK SY TW TJ TH TL TR TM AE UZ VN YE"
    ),
    "Europe": (
        "AX AL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG VA HU IS IE IM IT JE LV LI LT LU "
        "MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB"
    ),
    "Oceania": "AS AU CX CC CK FJ PF GU HM KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV VU WF",
    "Antarctica": "AQ",
}
REGION_OF = {code: region for region, codes in _REGIONS.items() for code in codes.split()}


def country_rows() -> pa.Table:
    """One row per ISO 3166-1 country: iso2, iso3, common name, region."""
    import pycountry

    rows = [
        {"iso2": c.alpha_2, "iso3": c.alpha_3,
         "name": getattr(c, "common_name", None) or c.name,
         "region": REGION_OF.get(c.alpha_2)}
        for c in pycountry.countries
    ]
    return pa.Table.from_pylist(rows)


def fill_countries(con) -> None:
    """Insert any country missing from the table (idempotent; a pycountry upgrade adds rows)."""
    table = country_rows()
    con.register("_countries_in", table)
    try:
        con.execute(
            "INSERT INTO countries SELECT iso2, iso3, name, region FROM _countries_in "
            "WHERE iso2 NOT IN (SELECT iso2 FROM countries)"
        )
    finally:
        con.unregister("_countries_in")
