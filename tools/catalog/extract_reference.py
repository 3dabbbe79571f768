"""Extract the catalog's reference data: action areas, events, countries and participation.

Writes resources/catalog/action_areas.json, events.json, countries.json and participation.json
(format: resources/catalog/README.md). The data are curated here by hand from the source text
and the seed inventory; every line number, verbatim phrase, title, annex and participation row
is checked against the source before anything is written, so a drifted source or a wrong line
number fails loudly (AssertionError) instead of writing different data.

The ISO 3166-1 table below was generated once, offline, from pycountry 26.2.16 (alpha-2, `name`,
then `common_name` / `official_name` where they differ). pycountry is not a dependency: the
table is part of this script. Aliases for the spellings the source uses are added on top.

Usage: python tools/catalog/extract_reference.py
"""

from __future__ import annotations

import datetime
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import CATALOG_DIR, clean, source_lines, strip_bullet, write_json  # noqa: E402

SRC = source_lines()


def L(n: int) -> str:
    """Cleaned text of source line n (1-based): no footnote markers, emphasis, bullets, TABs."""
    return clean(strip_bullet(SRC[n - 1]))


# ---------------------------------------------------------------------------
# Countries

# alpha-2|ISO 3166-1 short name|further names (pycountry 26.2.16, all 249 entries)
ISO_3166 = """
AD|Andorra|Principality of Andorra
AE|United Arab Emirates
AF|Afghanistan|Islamic Republic of Afghanistan
AG|Antigua and Barbuda
AI|Anguilla
AL|Albania|Republic of Albania
AM|Armenia|Republic of Armenia
AO|Angola|Republic of Angola
AQ|Antarctica
AR|Argentina|Argentine Republic
AS|American Samoa
AT|Austria|Republic of Austria
AU|Australia
AW|Aruba
AX|Åland Islands
AZ|Azerbaijan|Republic of Azerbaijan
BA|Bosnia and Herzegovina|Republic of Bosnia and Herzegovina
BB|Barbados
BD|Bangladesh|People's Republic of Bangladesh
BE|Belgium|Kingdom of Belgium
BF|Burkina Faso
BG|Bulgaria|Republic of Bulgaria
BH|Bahrain|Kingdom of Bahrain
BI|Burundi|Republic of Burundi
BJ|Benin|Republic of Benin
BL|Saint Barthélemy
BM|Bermuda
BN|Brunei Darussalam
BO|Bolivia, Plurinational State of|Bolivia|Plurinational State of Bolivia
BQ|Bonaire, Sint Eustatius and Saba
BR|Brazil|Federative Republic of Brazil
BS|Bahamas|Commonwealth of the Bahamas
BT|Bhutan|Kingdom of Bhutan
BV|Bouvet Island
BW|Botswana|Republic of Botswana
BY|Belarus|Republic of Belarus
BZ|Belize
CA|Canada
CC|Cocos (Keeling) Islands
CD|Congo, The Democratic Republic of the
CF|Central African Republic
CG|Congo|Republic of the Congo
CH|Switzerland|Swiss Confederation
CI|Côte d'Ivoire|Republic of Côte d'Ivoire
CK|Cook Islands
CL|Chile|Republic of Chile
CM|Cameroon|Republic of Cameroon
CN|China|People's Republic of China
CO|Colombia|Republic of Colombia
CR|Costa Rica|Republic of Costa Rica
CU|Cuba|Republic of Cuba
CV|Cabo Verde|Republic of Cabo Verde
CW|Curaçao
CX|Christmas Island
CY|Cyprus|Republic of Cyprus
CZ|Czechia|Czech Republic
DE|Germany|Federal Republic of Germany
DJ|Djibouti|Republic of Djibouti
DK|Denmark|Kingdom of Denmark
DM|Dominica|Commonwealth of Dominica
DO|Dominican Republic
DZ|Algeria|People's Democratic Republic of Algeria
EC|Ecuador|Republic of Ecuador
EE|Estonia|Republic of Estonia
EG|Egypt|Arab Republic of Egypt
EH|Western Sahara
ER|Eritrea|the State of Eritrea
ES|Spain|Kingdom of Spain
ET|Ethiopia|Federal Democratic Republic of Ethiopia
FI|Finland|Republic of Finland
FJ|Fiji|Republic of Fiji
FK|Falkland Islands (Malvinas)
FM|Micronesia, Federated States of|Federated States of Micronesia
FO|Faroe Islands
FR|France|French Republic
GA|Gabon|Gabonese Republic
GB|United Kingdom|United Kingdom of Great Britain and Northern Ireland
GD|Grenada
GE|Georgia
GF|French Guiana
GG|Guernsey
GH|Ghana|Republic of Ghana
GI|Gibraltar
GL|Greenland
GM|Gambia|Republic of the Gambia
GN|Guinea|Republic of Guinea
GP|Guadeloupe
GQ|Equatorial Guinea|Republic of Equatorial Guinea
GR|Greece|Hellenic Republic
GS|South Georgia and the South Sandwich Islands
GT|Guatemala|Republic of Guatemala
GU|Guam
GW|Guinea-Bissau|Republic of Guinea-Bissau
GY|Guyana|Republic of Guyana
HK|Hong Kong|Hong Kong Special Administrative Region of China
HM|Heard Island and McDonald Islands
HN|Honduras|Republic of Honduras
HR|Croatia|Republic of Croatia
HT|Haiti|Republic of Haiti
HU|Hungary
ID|Indonesia|Republic of Indonesia
IE|Ireland
IL|Israel|State of Israel
IM|Isle of Man
IN|India|Republic of India
IO|British Indian Ocean Territory
IQ|Iraq|Republic of Iraq
IR|Iran, Islamic Republic of|Iran|Islamic Republic of Iran
IS|Iceland|Republic of Iceland
IT|Italy|Italian Republic
JE|Jersey
JM|Jamaica
JO|Jordan|Hashemite Kingdom of Jordan
JP|Japan
KE|Kenya|Republic of Kenya
KG|Kyrgyzstan|Kyrgyz Republic
KH|Cambodia|Kingdom of Cambodia
KI|Kiribati|Republic of Kiribati
KM|Comoros|Union of the Comoros
KN|Saint Kitts and Nevis
KP|Korea, Democratic People's Republic of|North Korea|Democratic People's Republic of Korea
KR|Korea, Republic of|South Korea
KW|Kuwait|State of Kuwait
KY|Cayman Islands
KZ|Kazakhstan|Republic of Kazakhstan
LA|Lao People's Democratic Republic|Laos
LB|Lebanon|Lebanese Republic
LC|Saint Lucia
LI|Liechtenstein|Principality of Liechtenstein
LK|Sri Lanka|Democratic Socialist Republic of Sri Lanka
LR|Liberia|Republic of Liberia
LS|Lesotho|Kingdom of Lesotho
LT|Lithuania|Republic of Lithuania
LU|Luxembourg|Grand Duchy of Luxembourg
LV|Latvia|Republic of Latvia
LY|Libya
MA|Morocco|Kingdom of Morocco
MC|Monaco|Principality of Monaco
MD|Moldova, Republic of|Moldova|Republic of Moldova
ME|Montenegro
MF|Saint Martin (French part)
MG|Madagascar|Republic of Madagascar
MH|Marshall Islands|Republic of the Marshall Islands
MK|North Macedonia|Republic of North Macedonia
ML|Mali|Republic of Mali
MM|Myanmar|Republic of Myanmar
MN|Mongolia
MO|Macao|Macao Special Administrative Region of China
MP|Northern Mariana Islands|Commonwealth of the Northern Mariana Islands
MQ|Martinique
MR|Mauritania|Islamic Republic of Mauritania
MS|Montserrat
MT|Malta|Republic of Malta
MU|Mauritius|Republic of Mauritius
MV|Maldives|Republic of Maldives
MW|Malawi|Republic of Malawi
MX|Mexico|United Mexican States
MY|Malaysia
MZ|Mozambique|Republic of Mozambique
NA|Namibia|Republic of Namibia
NC|New Caledonia
NE|Niger|Republic of the Niger
NF|Norfolk Island
NG|Nigeria|Federal Republic of Nigeria
NI|Nicaragua|Republic of Nicaragua
NL|Netherlands|Kingdom of the Netherlands
NO|Norway|Kingdom of Norway
NP|Nepal|Federal Democratic Republic of Nepal
NR|Nauru|Republic of Nauru
NU|Niue
NZ|New Zealand
OM|Oman|Sultanate of Oman
PA|Panama|Republic of Panama
PE|Peru|Republic of Peru
PF|French Polynesia
PG|Papua New Guinea|Independent State of Papua New Guinea
PH|Philippines|Republic of the Philippines
PK|Pakistan|Islamic Republic of Pakistan
PL|Poland|Republic of Poland
PM|Saint Pierre and Miquelon
PN|Pitcairn
PR|Puerto Rico
PS|Palestine, State of|the State of Palestine
PT|Portugal|Portuguese Republic
PW|Palau|Republic of Palau
PY|Paraguay|Republic of Paraguay
QA|Qatar|State of Qatar
RE|Réunion
RO|Romania
RS|Serbia|Republic of Serbia
RU|Russian Federation
RW|Rwanda|Rwandese Republic
SA|Saudi Arabia|Kingdom of Saudi Arabia
SB|Solomon Islands
SC|Seychelles|Republic of Seychelles
SD|Sudan|Republic of the Sudan
SE|Sweden|Kingdom of Sweden
SG|Singapore|Republic of Singapore
SH|Saint Helena, Ascension and Tristan da Cunha
SI|Slovenia|Republic of Slovenia
SJ|Svalbard and Jan Mayen
SK|Slovakia|Slovak Republic
SL|Sierra Leone|Republic of Sierra Leone
SM|San Marino|Republic of San Marino
SN|Senegal|Republic of Senegal
SO|Somalia|Federal Republic of Somalia
SR|Suriname|Republic of Suriname
SS|South Sudan|Republic of South Sudan
ST|Sao Tome and Principe|Democratic Republic of Sao Tome and Principe
SV|El Salvador|Republic of El Salvador
SX|Sint Maarten (Dutch part)
SY|Syrian Arab Republic|Syria
SZ|Eswatini|Kingdom of Eswatini
TC|Turks and Caicos Islands
TD|Chad|Republic of Chad
TF|French Southern Territories
TG|Togo|Togolese Republic
TH|Thailand|Kingdom of Thailand
TJ|Tajikistan|Republic of Tajikistan
TK|Tokelau
TL|Timor-Leste|Democratic Republic of Timor-Leste
TM|Turkmenistan
TN|Tunisia|Republic of Tunisia
TO|Tonga|Kingdom of Tonga
TR|Türkiye|Republic of Türkiye
TT|Trinidad and Tobago|Republic of Trinidad and Tobago
TV|Tuvalu
TW|Taiwan, Province of China|Taiwan
TZ|Tanzania, United Republic of|Tanzania|United Republic of Tanzania
UA|Ukraine
UG|Uganda|Republic of Uganda
UM|United States Minor Outlying Islands
US|United States|United States of America
UY|Uruguay|Eastern Republic of Uruguay
UZ|Uzbekistan|Republic of Uzbekistan
VA|Holy See (Vatican City State)
VC|Saint Vincent and the Grenadines
VE|Venezuela, Bolivarian Republic of|Venezuela|Bolivarian Republic of Venezuela
VG|Virgin Islands, British|British Virgin Islands
VI|Virgin Islands, U.S.|Virgin Islands of the United States
VN|Viet Nam|Vietnam|Socialist Republic of Viet Nam
VU|Vanuatu|Republic of Vanuatu
WF|Wallis and Futuna
WS|Samoa|Independent State of Samoa
YE|Yemen|Republic of Yemen
YT|Mayotte
ZA|South Africa|Republic of South Africa
ZM|Zambia|Republic of Zambia
ZW|Zimbabwe|Republic of Zimbabwe
"""

# Spellings and short forms the source uses (or that headquarters commonly write) that the
# ISO table does not carry. "DRC" is deliberately absent: in the Sana'a texts it is the
# Danish Refugee Council.
SOURCE_ALIASES: dict[str, list[str]] = {
    "BO": ["Bolivia"],
    "CD": ["Democratic Republic of the Congo", "Democratic Republic of Congo"],
    "CG": ["Republic of the Congo"],
    "CI": ["Cote d'Ivoire", "Ivory Coast"],
    "CN": ["People's Republic of China"],
    "CV": ["Cape Verde"],
    "CZ": ["Czech Republic"],
    "GB": ["UK", "Great Britain", "Britain"],
    "GM": ["The Gambia", "the Gambia"],
    "IR": ["Iran"],
    "KG": ["Kyrgistan"],
    "KR": ["Republic of Korea"],
    "KZ": ["Republic of Kazakhstan"],
    "LA": ["Laos"],
    "LY": ["Libyan Arab Jamahiriya"],
    "MD": ["Moldova"],
    "MK": ["Macedonia", "former Yugoslav Republic of Macedonia"],
    "MM": ["Burma"],
    "MV": ["the Maldives"],
    "MX": ["México"],
    "NL": ["the Netherlands"],
    "PH": ["the Philippines"],
    "PS": ["Palestine", "Occupied Palestinian Territory"],
    "RU": ["Russia", "the Russian Federation"],
    "SY": ["Syria"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "TR": ["Turkey"],
    "TZ": ["Tanzania", "United Republic of Tanzania"],
    "US": ["USA", "US", "U.S.", "United States of America", "the United States"],
    "VA": ["Holy See", "Vatican"],
    "VE": ["Venezuela"],
    "VN": ["Vietnam"],
    "BN": ["Brunei"],
    "FM": ["Micronesia"],
}

# Places inside a country that the source names as if they were parties; never countries.
PLACES = [{"name": "Somaliland", "country": "SO"}, {"name": "Puntland", "country": "SO"}]


def parse_iso() -> list[dict]:
    countries = []
    for row in ISO_3166.strip().splitlines():
        iso2, name, *further = row.split("|")
        aliases: list[str] = []
        for a in further + SOURCE_ALIASES.get(iso2, []):
            if a != name and a not in aliases:
                aliases.append(a)
        countries.append({"iso2": iso2, "name": name, "aliases": aliases})
    return countries


COUNTRIES = parse_iso()
BY_ISO = {c["iso2"]: c for c in COUNTRIES}
NAME_TO_ISO: dict[str, str] = {}
for _c in COUNTRIES:
    for _n in [_c["name"], *_c["aliases"]]:
        assert NAME_TO_ISO.setdefault(_n, _c["iso2"]) == _c["iso2"], f"name {_n} is ambiguous"
PLACE_TO_ISO = {p["name"]: p["country"] for p in PLACES}
# Longest names first, so that "Guinea-Bissau" wins over "Guinea" and "Democratic Republic of
# Congo" over "Congo"; case-sensitive so that "US" never matches "us".
_ALL_NAMES = sorted([*NAME_TO_ISO, *PLACE_TO_ISO], key=len, reverse=True)
NAME_RE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, _ALL_NAMES)) + r")(?![\w-])")


def named_in(text: str) -> list[tuple[str, str | None, re.Match]]:
    """(iso2, place or None, match) for every country or place named in a text."""
    found = []
    for m in NAME_RE.finditer(text):
        name = m.group(1)
        if name in PLACE_TO_ISO:
            found.append((PLACE_TO_ISO[name], name, m))
        else:
            found.append((NAME_TO_ISO[name], None, m))
    return found


# ---------------------------------------------------------------------------
# Action areas: the ten areas of the 10-Point Plan in the inventory's numbering (§6). Chapter
# numbers only where the text states them (Almaty CN L2507-2516). Evidence: lines where the
# text names the area or chapter, or uses its name verbatim; variants: the other headings the
# text uses for the area (verbatim; checked to occur in the source).

ACTION_AREAS = [
    (1, "Cooperation among key partners", None,
     [(1579, "5. Cooperation among key partners"),
      (1353, "5) Cooperation among key partners"),
      (1643, "Strengthening cooperation among key partners")],
     ["Working together and seeking support", "Working Together", "Improved cooperation",
      "Strengthening cooperation among key partners", "Cooperation and Coordination",
      "Enhancing cooperation and coordination among States, and with other actors, in "
      "responding to mixed migratory flows",
      "Developing practical cooperation among partners", "Reinforcing partnerships",
      "Regional Cooperation and Coordination"]),
    (2, "Data collection and analysis", None,
     [(1124, "Data collection and analysis"),
      (2165, "(5) Data Collection and Analysis"),
      (2323, "V. Data collection and analysis"),
      (2407, "Data collection and analysis")],
     ["identifying and filling gaps in data collection and analysis",
      "Data collection and information gaps", "Data collection and information-sharing"]),
    (3, "Protection-sensitive entry systems", "III",
     [(2507, "chapter III: protection-sensitive entry systems"),
      (1290, "Protection-sensitive entry systems")],
     ["The establishment of protection sensitive entry systems",
      "Controlling borders while ensuring protection",
      "Enhancing Border Management while Ensuring Protection",
      "Ensuring protection while controlling entry to territory",
      "Managing borders and addressing security concerns while ensuring protection",
      "Managing borders while ensuring refugee protection",
      "Managing borders, ensuring national security while ensuring protection"]),
    (4, "Reception arrangements", "IV",
     [(2507, "chapter IV: reception arrangements"),
      (162, "Reception arrangements at points of departure and arrival"),
      (2291, "Reception arrangements")],
     ["Reception arrangements at points of departure and arrival",
      "Reception arrangements, detention and the necessity of alternatives to detention",
      "Reception arrangements, profiling and referral mechanism",
      "Life essentials for new arrivals"]),
    (5, "Mechanisms for profiling and referral", "V",
     [(2507, "chapter V: mechanisms for profiling and referral"),
      (1410, "2. Profiling and referral mechanisms"),
      (2288, "Profiling and referral mechanisms"),
      (2545, "Profiling and referral mechanisms")],
     ["Profiling and referral mechanisms",
      "Mechanisms for profiling, including identification of asylum-seekers and refugees",
      "Mechanism for identification and referral", "Determining Profiles and Needs",
      "Identification, registration, documentation, profiling and referral"]),
    (6, "Differentiated processes and procedures", None,
     [(1431, "3. Differentiated processes and procedures for refugees and for migrants with "
             "specific protection needs"),
      (1648, "Differentiated processes and procedures – Addressing the needs of trafficking "
             "victims"),
      (1831, "establishing differentiated processes and procedures"),
      (3133, "Differentiated processes and procedures")],
     ["Differentiated processes and procedures for refugees and for migrants with specific "
      "protection needs",
      "establishing differentiated processes and procedures and defining roles and "
      "responsibilities",
      "Different people, different needs: determining profiles and responsibilities",
      "Different people different needs: determining profiles and responsibilities"]),
    (7, "Solutions for refugees", "VII",
     [(2508, "chapter VII: solutions for"),
      (2514, "refugees"),
      (179, "Durable solutions for refugees")],
     ["Durable solutions for refugees",
      "Ensuring asylum and protection for refugees, including durable solutions",
      "Durable Solutions for Refugees and Migrants",
      "Secondary movements and durable solutions for refugees",
      "Developing Realistic Solutions and Stabilizing Populations",
      "Burden Sharing and Resettlement"]),
    (8, "Addressing secondary movements", "VIII",
     [(2514, "chapter VIII: addressing secondary movements"),
      (826, "addressing secondary movements of asylum seekers and refugees")],
     ["Harmonised and addresses secondary movements", "Addressing Irregular Onward Movements"]),
    (9, "Return arrangements for non-refugees and alternative migration options", "IX",
     [(2516, "chapter IX: alternative migration options"),
      (1167, "Return arrangements and alternative migration options for non-refugees"),
      (1771, "The return of non-refugees and alternative migration options")],
     ["Return arrangements and alternative migration options for non-refugees",
      "The establishment of legal migration alternatives", "Legal migration options",
      "Return migration for non-refugees", "Providing legal migration options",
      "Return of non-refugees",
      "Enhancing legal migration: alternatives to dangerous irregular migration?",
      "Enhancing legal migration: alternatives to irregular migration",
      "Return of persons not in need of international protection",
      "Developing legal migration opportunities and gender-sensitive migration policies",
      "Facilitating Sustainable Return"]),
    (10, "Information strategy", "X",
     [(2514, "chapter X: information strategies"),
      (177, "Information strategies in countries of origin and transit"),
      (711, "Developing information strategies to discourage irregular movements and combat "
            "xenophobia")],
     ["Information strategies in countries of origin and transit",
      "Developing information strategies to discourage irregular movements and combat "
      "xenophobia",
      "Developing information and awareness-raising strategies",
      "Communication and outreach", "Sharing information and improving understanding",
      "Providing and Sharing Information"]),
]


def build_action_areas() -> dict:
    areas = []
    for number, name, chapter, evidence, variants in ACTION_AREAS:
        areas.append({
            "number": number, "name": name, "chapter": chapter,
            "evidence": [{"line": n, "text": t} for n, t in evidence],
            "variants": variants,
        })
    return {"action_areas": areas}


# ---------------------------------------------------------------------------
# Regions and events (inventory §1). A region's description is built around a verbatim phrase
# that must occur on the given line.

REGIONS = [
    ("GOA", "Gulf of Aden",
     "Mixed movements across the Gulf of Aden: “People have been moving between the Horn of "
     "Africa and the Arabian Peninsula throughout history” (Yemen, the Horn of Africa and the "
     "Arabian Gulf States).",
     88, "People have been moving between the Horn of Africa and the Arabian Peninsula"),
    ("WAF", "West Africa",
     "West Africa, the ECOWAS region: “the citizens of the 15 ECOWAS countries” and "
     "movements within the region and onward to North Africa and Europe.",
     653, "the citizens of the 15 ECOWAS countries"),
    ("AME", "The Americas",
     "The Americas (“the hemisphere”): States of North America, Latin America and the "
     "Caribbean.",
     1265, "North America, Latin America and the Caribbean"),
    ("EHSA", "East and Horn of Africa, Great Lakes and Southern Africa",
     "The term “region” in this report refers to the East, Horn, Great Lakes and Southern "
     "Africa sub-regions of Africa.",
     1883, "The term “region” in this report refers to the East, Horn, Great Lakes and Southern "
           "Africa sub-regions of Africa."),
    ("CAS", "Central Asia",
     "Central Asia and the wider region: the five Central Asian Republics; “Wider region refers "
     "to the Central Asian States and neighboring countries that participated in the "
     "conference.”",
     2624, "Wider region refers to the Central Asian States and neighboring countries that "
           "participated in the conference."),
    ("APAC", "Asia-Pacific",
     "The Asia-Pacific region of the Bali Process: “Population movements in the Asia-Pacific "
     "region are complex and multi-layered with people coming into, as well as moving within, "
     "the region”.",
     3053, "Population movements in the Asia-Pacific region are complex and multi-layered"),
]

DOC_KINDS = {"CN": "concept_note", "SR": "summary_report", "AP": "action_plan",
             "DECL": "declaration", "COHOST": "cohosts_summary", "DP": "discussion_paper",
             "SEL": "selected"}

# code, TOC title lines, short name, kind, city, country, start, end, region, organizers,
# URL line, event lines, documents (DOC, TOC line of the title, date, lines, annexes)
EVENTS = [
    ("SAN", [24], "Sana'a 2008", "conference", "Sana'a", "YE", "2008-05-19", "2008-05-20",
     "GOA", "UNHCR in cooperation with the Mixed Migration Task Force Somalia", 30, (77, 629),
     [("CN", 26, None, (82, 186), []),
      ("SR", 27, None, (190, 437),
       [("Annex I: Conference Recommendations", (439, 552),
         "repeats the 48 recommendations; linked, not counted")]),
      ("SEL", 28, None, (554, 629), [])]),
    ("DKR", [32], "Dakar 2008", "conference", "Dakar", "SN", "2008-11-13", "2008-11-14",
     "WAF", "UNHCR, IOM and ECOWAS, in cooperation with OHCHR", 38, (631, 1174),
     [("CN", 34, "2008-09-25", (636, 739), []),
      ("SR", 35, "2009-03-05", (741, 1112), []),
      ("SEL", 36, None, (1114, 1174), [])]),
    ("SJO", [40], "San José 2009", "conference", "San José", "CR", "2009-11-19", "2009-11-20",
     "AME", "UNHCR, IOM and the Organization of American States (OAS), in cooperation with "
     "OHCHR, under the auspices of the Government of Costa Rica", 46, (1176, 1689),
     [("CN", 42, "2009-10-13", (1185, 1296), []),
      ("SR", 43, None, (1300, 1635), []),
      ("SEL", 44, None, (1637, 1689), [])]),
    ("DES", [48], "Dar es Salaam 2010", "conference", "Dar es Salaam", "TZ", "2010-09-06",
     "2010-09-07", "EHSA",
     "the Government of the United Republic of Tanzania, with the support of UNHCR and IOM",
     55, (1691, 2443),
     [("CN", 50, None, (1701, 1793), []),
      ("SR", 51, None, (1797, 2151), []),
      ("AP", 52, None, (2153, 2389), []),
      ("SEL", 53, None, (2391, 2443), [])]),
    ("ALA", [57, 58], "Almaty 2011", "conference", "Almaty", "KZ", "2011-03-15", "2011-03-16",
     "CAS", "UNHCR and IOM, in cooperation with the OSCE and UNRCCA, under the auspices of the "
     "Government of the Republic of Kazakhstan", 65, (2445, 2852),
     [("CN", 60, None, (2450, 2555), []),
      ("SR", 61, None, (2561, 2789), []),
      ("DECL", 62, "2011-03-16", (2791, 2808), []),
      ("SEL", 63, None, (2810, 2852), [])]),
    ("MNL", [67, 68], "Manila 2010", "workshop", "Manila", "PH", "2010-11-22", "2010-11-23",
     "APAC", "the Philippines and UNHCR (co-hosts), under the Bali Process Ad Hoc Group", 75,
     (2854, 3434),
     [("CN", 70, None, (2859, 2916),
       [("Suggested Draft Agenda", (2920, 2975),
         "part of the Concept Note package; no recommendations")]),
      ("COHOST", 71, None, (2979, 3038), []),
      ("DP", 72, None, (3042, 3387),
       [("ANNEX 1: Regional Cooperative Arrangements for Specific Groups of Refugees, "
         "Asylum-Seekers and Migrants in an Irregular Situation", (3205, 3278),
         "two scenarios; part of the Discussion Paper"),
        ("ANNEX 2: Regional Support Functions", (3279, 3387),
         "three Regional Support Functions; part of the Discussion Paper")]),
      ("SEL", 73, None, (3388, 3434), [])]),
]

# Verbatim phrases that prove a line range: (line, phrase) at the first line of each
# document and annex; the last line must not be blank.
DOC_ANCHORS = {
    "SAN-CN": (82, "Refugee Protection and International Migration in the Gulf of Aden"),
    "SAN-SR": (190, "UNHCR"),
    "SAN-SEL": (554, "GULF OF ADEN"),
    "DKR-CN": (636, "25 September 2008"),
    "DKR-SR": (741, "Regional Conference on Refugee Protection and International Migration"),
    "DKR-SEL": (1114, "WEST AFRICA"),
    "SJO-CN": (1185, "13 October 2009"),
    "SJO-SR": (1300, "Regional Conference on Refugee Protection and International"),
    "SJO-SEL": (1637, "THE AMERICAS"),
    "DES-CN": (1701, "CONCEPT NOTE"),
    "DES-SR": (1797, "Great Lakes Region to Southern Africa"),
    "DES-AP": (2153, "Great Lakes Region to Southern Africa"),
    "DES-SEL": (2391, "MIXED MOVEMENTS AND IRREGULAR MIGRATION"),
    "ALA-CN": (2450, "in Central Asia Almaty, Kazakhstan"),
    "ALA-SR": (2561, "in Central Asia"),
    "ALA-DECL": (2791, "Original version"),
    "ALA-SEL": (2810, "REGIONAL CONFERENCE ON REFUGEE PROTECTION AND"),
    "MNL-CN": (2859, "Regional Cooperation on Refugees and Irregular Movements"),
    "MNL-COHOST": (2979, "UNHCR"),
    "MNL-DP": (3042, "UNHCR"),
    "MNL-SEL": (3388, "WORKSHOP ON REGIONAL COOPERATION"),
}
# (document, first line of the annex) -> (line, verbatim phrase) inside the annex.
ANNEX_ANCHORS = {
    ("SAN-SR", 439): (439, "Annex I: Conference Recommendations"),
    ("MNL-CN", 2920): (2926, "Suggested Draft Agenda"),
    ("MNL-DP", 3205): (3205, "ANNEX 1"),
    ("MNL-DP", 3279): (3279, "ANNEX 2"),
}
# Further heading lines inside documents that the inventory names (checked verbatim).
DOC_HEADINGS = [(197, "Summary Report"), (1306, "Summary Report"), (1801, "Summary Report"),
                (2157, "Action Plan"), (2566, "Summary Report"), (2793, "Almaty Declaration"),
                (2992, "Co-Hosts' Summary"), (3049, "UNHCR Discussion Paper"),
                (3207, "Regional Cooperative Arrangements for Specific Groups of Refugees, "
                       "Asylum-Seekers and Migrants in an Irregular Situation"),
                (3281, "Regional Support Functions"),
                (437, "UNHCR, July 2008"), (1112, "UNHCR/ECOWAS/IOM/OHCHR, 5 March 2009"),
                (2555, "December 2010"),
                (2795, "Adopted by Participating States at the Regional Conference on Refugee "
                       "Protection and International Migration held in Almaty, Kazakhstan, 16 "
                       "March 2011")]


def build_events() -> dict:
    regions = [{"code": c, "name": n, "description": d} for c, n, d, _, _ in REGIONS]
    events = []
    for order, (code, toc, short, kind, city, country, start, end, region, organizers,
                url_line, lines, docs) in enumerate(EVENTS, 1):
        documents = []
        for doc, title_line, date, dlines, annexes in docs:
            documents.append({
                "code": f"{code}-{doc}", "kind": DOC_KINDS[doc],
                "title": L(title_line), "date": date, "lines": list(dlines),
                "annexes": [{"title": t, "lines": list(al), "note": note}
                            for t, al, note in annexes],
            })
        events.append({
            "code": code, "order": order, "title": " ".join(L(n) for n in toc),
            "short_name": short, "kind": kind, "city": city, "country": country,
            "start_date": start, "end_date": end, "region": region, "organizers": organizers,
            "url": SRC[url_line - 1].strip().strip("<>"), "lines": list(lines),
            "documents": documents,
        })
    return {"regions": regions, "events": events}


# ---------------------------------------------------------------------------
# Participation. Listed rows: (role, line, verbatim evidence, [(iso2, place, regional)]).
# A group phrase stands for countries the text does not list one by one.

ECOWAS_2008 = ["BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "NE", "NG", "SN",
               "SL", "TG"]
GROUP_PHRASES = {"the fifteen ECOWAS Member States": ECOWAS_2008,
                 "ECOWAS's fifteen member states": ECOWAS_2008}

LISTED = {
    "SAN": [
        ("participant", 199, "The meeting brought together representatives of Yemen",
         [("YE", None, True)]),
        ("participant", 199,
         "the Horn of Africa region (Djibouti, Ethiopia, Puntland and Somaliland)",
         [("DJ", None, True), ("ET", None, True), ("SO", "Puntland", True),
          ("SO", "Somaliland", True)]),
        ("participant", 199,
         "the Arabian Gulf (Bahrain, Oman, Qatar, Saudi Arabia and United Arab Emirates)",
         [("BH", None, True), ("OM", None, True), ("QA", None, True), ("SA", None, True),
          ("AE", None, True)]),
        ("participant", 199, "donors (EC, France, Germany, Italy, Netherlands, Spain, Japan, US)",
         [("FR", None, False), ("DE", None, False), ("IT", None, False), ("NL", None, False),
          ("ES", None, False), ("JP", None, False), ("US", None, False)]),
        ("invited", 124,
         "Senior level government representatives from Djibouti, Ethiopia, Somalia (including "
         "Somaliland and Puntland), Yemen, Saudi Arabia and other Gulf States",
         [("DJ", None, True), ("ET", None, True), ("SO", None, True),
          ("SO", "Somaliland", True), ("SO", "Puntland", True), ("YE", None, True),
          ("SA", None, True)]),
    ],
    "DKR": [
        ("participant", 765, "over 200 representatives of the fifteen ECOWAS Member States",
         [(c, None, True) for c in ECOWAS_2008]),
        ("invited", 679,
         "Senior level government representatives from ECOWAS's fifteen member states",
         [(c, None, True) for c in ECOWAS_2008]),
        ("invited", 681,
         "Representatives of the European Union and the United States as the principal funder "
         "of the project", [("US", None, False)]),
    ],
    "SJO": [],
    "DES": [
        ("participant", 1807,
         "government officials from Burundi, the Democratic Republic of the Congo, Ethiopia, "
         "Kenya, Malawi, Mozambique, Rwanda, Somalia, South Africa, Tanzania, Uganda, Zambia "
         "and Zimbabwe",
         [(c, None, True) for c in ["BI", "CD", "ET", "KE", "MW", "MZ", "RW", "SO", "ZA",
                                    "TZ", "UG", "ZM", "ZW"]]),
        ("invited", 1789,
         "Senior level government representatives from Burundi, the Democratic Republic of "
         "Congo, Ethiopia, Kenya, Malawi, Mozambique, Rwanda, Somalia, South Africa, Tanzania, "
         "Uganda, Zambia and Zimbabwe",
         [(c, None, True) for c in ["BI", "CD", "ET", "KE", "MW", "MZ", "RW", "SO", "ZA",
                                    "TZ", "UG", "ZM", "ZW"]]),
    ],
    # Almaty: the neighbouring countries that attended belong to the "wider region" (fn 9,
    # L2624: "the Central Asian States and neighboring countries that participated"), so they
    # are regional; China was invited but did not attend, so it is outside that definition.
    "ALA": [
        ("participant", 2578,
         "senior level government officials from Afghanistan, Azerbaijan, Iran, Kazakhstan, "
         "Kyrgyzstan, the Russian Federation, Tajikistan, Turkmenistan and Turkey",
         [(c, None, True) for c in ["AF", "AZ", "IR", "KZ", "KG", "RU", "TJ", "TM", "TR"]]),
        ("invited", 2529,
         "Representatives of the five Central Asian Republics of Kazakhstan, Kyrgistan, "
         "Tajikistan, Turkmenistan and Uzbekistan as well as Afghanistan, Azerbaijan, People's "
         "Republic of China, Iran, the Russian Federation, and Turkey",
         [(c, None, True) for c in ["KZ", "KG", "TJ", "TM", "UZ", "AF", "AZ"]]
         + [("CN", None, False)] + [(c, None, True) for c in ["IR", "RU", "TR"]]),
    ],
    "MNL": [
        ("participant", 2995,
         "representing the governments of Afghanistan, Australia, Bangladesh, Indonesia, "
         "Malaysia, the Maldives, Myanmar, New Zealand, Sri Lanka, Thailand and the Philippines",
         [(c, None, True) for c in ["AF", "AU", "BD", "ID", "MY", "MV", "MM", "NZ", "LK",
                                    "TH", "PH"]]),
        ("observer", 2995,
         "Canada, the European Union and the United States of America attended the workshop as "
         "observers", [("CA", None, False), ("US", None, False)]),
    ],
}

# Countries only named in an event's texts: iso2 -> (regional, evidence override or None).
# Lines are every line of the event where the country is named; the evidence is taken from
# the first Summary/Selected line (else the first line) unless overridden.
MENTIONED = {
    "SAN": {"KE": (True, None)},     # in the follow-up "Monthly Regional Teleconferences"
    "DKR": {"AO": (False, None), "DZ": (False, None), "GA": (False, None),
            "MA": (False, None)},
    "SJO": {c: (True, None) for c in ["AR", "BO", "BR", "CA", "CL", "DO", "GT", "HN", "MX",
                                      "NI", "PA", "PY", "SV", "US", "UY", "VE"]}
    | {"CR": (True, "under the auspices of the Government of Costa Rica")},
    "DES": {"ER": (True, None), "AU": (False, None)},
    "ALA": {"UA": (False, None),
            "US": (False, "funded by the European Union and the United States Department of "
                          "State, Bureau for Population, Refugees and Migration")},
    "MNL": {},
}

# Countries named in an event's texts that get no row, with the reason. Every country the
# matcher finds in an event's lines must have a row or be listed here.
NOT_RECORDED = {
    "DKR": {"LY": "venue of the EU-Africa Ministerial Conference (footnote L663)",
            "YE": "venue of the Sana'a conference (footnote L753)"},
    "DES": {"CR": "venue of an earlier conference (L1737, L1811)",
            "SN": "venue of an earlier conference (L1737, L1811)",
            "YE": "venue of an earlier conference and MMTF route (L1737, L1775, L1811)",
            "CH": "venue of 10-Point-Plan expert roundtables (footnote L1771)",
            "TN": "venue of a 10-Point-Plan expert roundtable (footnote L1771)"},
    "ALA": {"CR": "venue of an earlier conference (footnotes L2482, L2588)",
            "SN": "venue of an earlier conference (footnotes L2482, L2588)",
            "TZ": "venue of an earlier conference (footnotes L2482, L2588)",
            "YE": "venue of an earlier conference (footnotes L2482, L2588)"},
    "MNL": {"CR": "venue of an earlier conference (footnote L3114)",
            "SN": "venue of an earlier conference (footnote L3114)",
            "TZ": "venue of an earlier conference (footnote L3114)",
            "YE": "venue of an earlier conference (footnote L3114)"},
}

ROLE_ORDER = {"participant": 0, "invited": 1, "observer": 2, "mentioned": 3}


def snippet(text: str, start: int, end: int, limit: int = 240) -> str:
    """The sentence of text around [start, end), or a word window of it; verbatim."""
    bounds = [0] + [m.end() for m in re.finditer(r"(?<=[.!?])\s+", text)] + [len(text) + 1]
    s = max(b for b in bounds if b <= start)
    e = min(b for b in bounds if b > start) - 1
    sentence = text[s:e].strip()
    if len(sentence) <= limit:
        return sentence
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    i = next(k for k, (a, b) in enumerate(words) if b > start)
    j = next(k for k, (a, b) in enumerate(words) if b >= end)
    lo, hi = max(0, i - 15), min(len(words) - 1, j + 15)
    return text[words[lo][0]:words[hi][1]]


def event_lines(code: str) -> range:
    first, last = next(e[11] for e in EVENTS if e[0] == code)
    return range(first, last + 1)


def report_lines(code: str) -> set[int]:
    """Lines of the event's Summary/Selected/Co-Hosts' documents (preferred for evidence)."""
    docs = next(e[12] for e in EVENTS if e[0] == code)
    out: set[int] = set()
    for doc, _, _, (a, b), _ in docs:
        if doc in ("SR", "SEL", "COHOST"):
            out.update(range(a, b + 1))
    return out


def named_lines(code: str) -> dict[tuple[str, str | None], list[int]]:
    found: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for n in event_lines(code):
        for iso2, place, _ in named_in(L(n)):
            if n not in found[(iso2, place)]:
                found[(iso2, place)].append(n)
    return found


def build_participation() -> dict:
    rows = []
    for code, *_ in EVENTS:
        for role, n, evidence, members in LISTED[code]:
            for iso2, place, regional in members:
                rows.append({"event": code, "country": iso2, "place": place, "role": role,
                             "regional": regional, "lines": [n], "evidence": evidence})
        found = named_lines(code)
        preferred = report_lines(code)
        for iso2, (regional, override) in MENTIONED[code].items():
            lines = found[(iso2, None)]
            assert lines, f"{code}: {iso2} is not named in the event's lines"
            if override:
                ev_line = next(n for n in lines if override in L(n))
                evidence = override
            else:
                ev_line = next((n for n in lines if n in preferred), lines[0])
                m = next(m for c, p, m in named_in(L(ev_line)) if c == iso2 and p is None)
                evidence = snippet(L(ev_line), m.start(), m.end())
            rows.append({"event": code, "country": iso2, "place": None, "role": "mentioned",
                         "regional": regional, "lines": lines, "evidence": evidence})
    order = {e[0]: i for i, e in enumerate(EVENTS)}
    rows.sort(key=lambda r: (order[r["event"]], ROLE_ORDER[r["role"]]))
    return {"participation": rows}


# ---------------------------------------------------------------------------
# Self-checks


def check_action_areas(data: dict) -> None:
    areas = data["action_areas"]
    assert [a["number"] for a in areas] == list(range(1, 11))
    squashed = re.sub(r"\s+", " ", "\n".join(L(n) for n in range(1, len(SRC) + 1))).lower()
    for a in areas:
        assert a["chapter"] in (None, "III", "IV", "V", "VII", "VIII", "IX", "X")
        if a["chapter"]:
            assert any(f"chapter {a['chapter']}:" in e["text"] for e in a["evidence"]), a
        for e in a["evidence"]:
            assert e["text"] in L(e["line"]), f"area {a['number']}: {e} not on its line"
        for v in a["variants"]:
            assert v.lower() in squashed, f"area {a['number']}: variant {v!r} not in source"
    # The three areas whose numbers are not printed still occur verbatim (case aside).
    for number in (1, 2, 6):
        assert areas[number - 1]["name"].lower() in squashed


def check_events(data: dict) -> None:
    regions = {r["code"] for r in data["regions"]}
    for code, _, _, n, phrase in REGIONS:
        assert phrase in L(n), f"region {code}: {phrase!r} not on L{n}"
    toc = {L(n) for n in range(24, 76)}
    events = data["events"]
    assert [e["code"] for e in events] == ["SAN", "DKR", "SJO", "DES", "ALA", "MNL"]
    assert len(regions) == len(events) and {e["region"] for e in events} == regions
    prev_last = 0
    for e in events:
        first, last = e["lines"]
        assert first > prev_last, e["code"]
        assert L(first).startswith(("REGIONAL CONFERENCE", "WORKSHOP")), e["code"]
        prev_last = last
        assert e["city"].upper() in e["title"].upper().replace("’", "'")
        assert BY_ISO[e["country"]]["name"].split(",")[0].upper() in e["title"].upper()
        assert datetime.date.fromisoformat(e["start_date"]) <= \
            datetime.date.fromisoformat(e["end_date"])
        assert e["url"].startswith("http") and f"<{e['url']}>" in toc
        doc_prev = first
        for d in e["documents"]:
            code = d["code"]
            ev, doc = code.split("-")
            assert ev == e["code"] and doc in DOC_KINDS and d["kind"] == DOC_KINDS[doc]
            assert d["title"] in toc and d["title"].startswith(("Concept", "Summary", "Selected",
                                                                "Action", "Almaty", "Co-Hosts",
                                                                "UNHCR Discussion"))
            if d["date"]:
                datetime.date.fromisoformat(d["date"])
            a, b = d["lines"]
            assert doc_prev <= a <= b <= last, f"{code}: {d['lines']} outside {e['lines']}"
            doc_prev = b
            n, phrase = DOC_ANCHORS[code]
            assert n == a and phrase in L(a), f"{code}: first line {a} lacks {phrase!r}"
            # The inventory ends MNL-DP on the blank line after its last bullet (L3387).
            assert L(b) or L(b - 1), f"{code}: last lines {b - 1}-{b} are blank"
            for x in d["annexes"]:
                xa, xb = x["lines"]
                n, phrase = ANNEX_ANCHORS[(code, xa)]
                assert xa <= n <= xb and phrase in L(n), f"{code}: annex {x['title']}"
                assert L(xa) and (L(xb) or L(xb - 1)) and a < xa <= xb <= last, code
                doc_prev = max(doc_prev, xb)
    for n, phrase in DOC_HEADINGS:
        assert phrase in L(n), f"L{n} lacks {phrase!r}"


def check_countries(data: dict) -> None:
    countries = data["countries"]
    codes = [c["iso2"] for c in countries]
    assert len(codes) == len(set(codes)) == 249 and codes == sorted(codes)
    assert all(re.fullmatch("[A-Z]{2}", c) for c in codes)
    assert not {p["name"] for p in data["places"]} & set(NAME_TO_ISO)
    must = {"YE": ["Yemen"], "KG": ["Kyrgistan"], "CI": ["Cote d'Ivoire", "Ivory Coast"],
            "TZ": ["Tanzania", "United Republic of Tanzania"], "MV": ["the Maldives"],
            "CD": ["Democratic Republic of the Congo"],
            "US": ["USA", "United States of America"]}
    for iso2, names in must.items():
        c = BY_ISO[iso2]
        assert all(n in [c["name"], *c["aliases"]] for n in names), iso2


def check_participation(data: dict, events: dict) -> None:
    rows = data["participation"]
    keys = [(r["event"], r["country"], r["place"], r["role"]) for r in rows]
    assert len(keys) == len(set(keys)), "duplicate participation row"
    ranges = {e["code"]: range(e["lines"][0], e["lines"][1] + 1) for e in events["events"]}
    region_of = {e["code"]: e["region"] for e in events["events"]}
    regional: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        where = f"{r['event']} {r['country']} {r['place']} {r['role']}"
        assert r["country"] in BY_ISO and r["role"] in ROLE_ORDER, where
        assert r["place"] is None or PLACE_TO_ISO[r["place"]] == r["country"], where
        assert r["lines"] and all(n in ranges[r["event"]] for n in r["lines"]), where
        texts = [L(n) for n in r["lines"]]
        assert any(r["evidence"] in t for t in texts), f"{where}: evidence not on its lines"
        # The country (or its place) is named on one of its lines, or a group phrase is.
        named = {(c, p) for t in texts for c, p, _ in named_in(t)}
        group = [g for g, members in GROUP_PHRASES.items()
                 if r["country"] in members and g in r["evidence"]]
        if r["place"]:
            assert (r["country"], r["place"]) in named and r["place"] in r["evidence"], where
        elif group:
            assert any(g in t for g in group for t in texts), where
        else:
            assert (r["country"], None) in named, f"{where}: not named on {r['lines']}"
            ev_named = {c for c, p, _ in named_in(r["evidence"]) if p is None}
            assert r["country"] in ev_named, f"{where}: not named in the evidence"
        if r["regional"]:
            regional[region_of[r["event"]]].add(r["country"])
    for code in ranges:
        assert len(regional[region_of[code]]) >= 3, f"{code}: fewer than 3 regional countries"
    # Completeness: every country the text names within an event has a row or a reason.
    covered = {(r["event"], r["country"]) for r in rows}
    for code in ranges:
        for (iso2, _place) in named_lines(code):
            assert (code, iso2) in covered or iso2 in NOT_RECORDED.get(code, {}), \
                f"{code}: {iso2} is named but has no row and no reason"
        for iso2 in NOT_RECORDED.get(code, {}):
            assert (code, iso2) not in covered and (iso2, None) in named_lines(code), iso2
    # Dakar: the fifteen ECOWAS states of 2008 are each named somewhere in the Dakar texts.
    dkr = {c for c, p in named_lines("DKR") if p is None}
    assert set(ECOWAS_2008) <= dkr, set(ECOWAS_2008) - dkr
    # Somaliland and Puntland appear only as places of Somalia.
    assert all(r["country"] == "SO" for r in rows if r["place"])
    # A country has one regional value per event.
    per: dict[tuple[str, str], set[bool]] = defaultdict(set)
    for r in rows:
        per[(r["event"], r["country"])].add(r["regional"])
    assert all(len(v) == 1 for v in per.values()), [k for k, v in per.items() if len(v) > 1]


def summary(events: dict, countries: dict, participation: dict) -> None:
    rows = participation["participation"]
    print(f"countries: {len(countries['countries'])}, places: {len(countries['places'])}")
    for e in events["events"]:
        roles = Counter(r["role"] for r in rows if r["event"] == e["code"])
        docs = ", ".join(f"{d['code']} {d['lines'][0]}-{d['lines'][1]}" for d in e["documents"])
        print(f"{e['code']}: {sum(roles.values())} rows "
              + " ".join(f"{k} {roles[k]}" for k in ROLE_ORDER if roles[k]) + f" | {docs}")
    region_of = {e["code"]: e["region"] for e in events["events"]}
    for reg in events["regions"]:
        members = sorted({r["country"] for r in rows
                          if r["regional"] and region_of[r["event"]] == reg["code"]})
        print(f"{reg['code']}: {len(members)} regional: {' '.join(members)}")


def main() -> int:
    action_areas = build_action_areas()
    events = build_events()
    countries = {"countries": COUNTRIES, "places": PLACES}
    participation = build_participation()
    check_action_areas(action_areas)
    check_events(events)
    check_countries(countries)
    check_participation(participation, events)
    write_json(CATALOG_DIR / "action_areas.json", action_areas)
    write_json(CATALOG_DIR / "events.json", events)
    write_json(CATALOG_DIR / "countries.json", countries)
    write_json(CATALOG_DIR / "participation.json", participation)
    summary(events, countries, participation)
    return 0


if __name__ == "__main__":
    sys.exit(main())
