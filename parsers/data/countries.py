"""Country tables for parsers.gazetteer: name aliases, adjectives/demonyms, blockers.

ISO short/official/common names come from pycountry; these literals add the forms
that press releases use. Keys are written as they appear in text (matching is
case-sensitive, an all-capitals variant is added automatically).
"""

# Extra country names (kind "name"). A leading "the" is never part of a key.
NAME_ALIASES: dict[str, str] = {
    "Viet Nam": "VN", "Vietnam": "VN", "Việt Nam": "VN", "Laos": "LA", "Lao PDR": "LA",
    "Lao People's Democratic Republic": "LA",
    "DPRK": "KP", "D.P.R.K.": "KP", "North Korea": "KP",
    "Democratic People's Republic of Korea": "KP",
    "ROK": "KR", "R.O.K.": "KR", "South Korea": "KR", "Republic of Korea": "KR",
    "Russia": "RU", "Russian Federation": "RU",
    "Britain": "GB", "Great Britain": "GB", "UK": "GB", "U.K.": "GB", "United Kingdom": "GB",
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "United States": "US",
    "United States of America": "US", "America": "US",
    "Iran": "IR", "Syria": "SY", "Tanzania": "TZ", "Bolivia": "BO", "Venezuela": "VE",
    "Moldova": "MD", "Czech Republic": "CZ", "Czechia": "CZ", "Turkey": "TR", "Türkiye": "TR",
    "Turkiye": "TR", "Cote d'Ivoire": "CI", "Côte d'Ivoire": "CI", "Ivory Coast": "CI",
    "Cabo Verde": "CV", "Cape Verde": "CV", "Eswatini": "SZ", "Swaziland": "SZ",
    "Timor-Leste": "TL", "East Timor": "TL", "Myanmar": "MM", "Burma": "MM",
    "Palestine": "PS", "State of Palestine": "PS", "Micronesia": "FM",
    "Federated States of Micronesia": "FM", "Brunei": "BN", "Brunei Darussalam": "BN",
    "Macedonia": "MK", "North Macedonia": "MK", "Republic of North Macedonia": "MK",
    "Democratic Republic of the Congo": "CD", "Democratic Republic of Congo": "CD",
    "DR Congo": "CD", "D.R. Congo": "CD", "DRC": "CD", "Congo-Kinshasa": "CD",
    "Congo (Kinshasa)": "CD", "Republic of the Congo": "CG", "Republic of Congo": "CG",
    "Congo-Brazzaville": "CG", "Congo (Brazzaville)": "CG", "Congo Brazzaville": "CG",
    "Congo": "CG",
    "Guinea Bissau": "GW", "Sao Tome and Principe": "ST", "São Tomé and Príncipe": "ST",
    "Sao Tome": "ST", "Vatican": "VA", "Vatican City": "VA", "Holy See": "VA",
    "Netherlands": "NL", "Holland": "NL", "Gambia": "GM", "Bahamas": "BS",
    "Philippines": "PH", "Maldives": "MV", "Maldive": "MV", "Comoros": "KM", "Seychelles": "SC",
    "Solomon Islands": "SB", "Marshall Islands": "MH", "UAE": "AE", "U.A.E.": "AE",
    "United Arab Emirates": "AE", "Emirates": "AE", "Saudi Arabia": "SA", "KSA": "SA",
    "Bosnia and Herzegovina": "BA", "Bosnia-Herzegovina": "BA", "Bosnia": "BA",
    "Kyrgyzstan": "KG", "Kyrgyz Republic": "KG", "Slovakia": "SK", "Slovak Republic": "SK",
    "Saint Vincent and the Grenadines": "VC", "St. Vincent and the Grenadines": "VC",
    "Saint Kitts and Nevis": "KN", "St. Kitts and Nevis": "KN", "Saint Lucia": "LC",
    "St. Lucia": "LC", "Antigua and Barbuda": "AG", "Trinidad and Tobago": "TT",
    "Papua New Guinea": "PG", "PNG": "PG", "Kazakstan": "KZ",
    "Belarus": "BY", "Byelorussia": "BY", "Kampuchea": "KH", "Zaire": "CD",
    "Central African Republic": "CF", "CAR": "CF", "New Zealand": "NZ",
    "South Sudan": "SS", "Sudan": "SD", "Libya": "LY", "Vatican City State": "VA",
}

# Adjectives and demonyms (kind "adjective").
ADJECTIVES: dict[str, str] = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "Andorran": "AD", "Angolan": "AO",
    "Antiguan": "AG", "Argentine": "AR", "Argentinian": "AR", "Argentinean": "AR",
    "Armenian": "AM", "Australian": "AU", "Austrian": "AT", "Azerbaijani": "AZ",
    "Azeri": "AZ", "Bahamian": "BS", "Bahraini": "BH", "Bangladeshi": "BD",
    "Barbadian": "BB", "Belarusian": "BY", "Belarussian": "BY", "Belgian": "BE",
    "Belizean": "BZ", "Beninese": "BJ", "Bhutanese": "BT", "Bolivian": "BO",
    "Bosnian": "BA", "Botswanan": "BW", "Motswana": "BW", "Batswana": "BW",
    "Brazilian": "BR", "British": "GB", "Bruneian": "BN", "Bulgarian": "BG",
    "Burkinabe": "BF", "Burkinabé": "BF", "Burundian": "BI", "Cambodian": "KH",
    "Cameroonian": "CM", "Canadian": "CA", "Cape Verdean": "CV", "Cabo Verdean": "CV",
    "Central African": "CF", "Chadian": "TD", "Chilean": "CL", "Chinese": "CN",
    "Colombian": "CO", "Comorian": "KM", "Congolese": "CG", "Costa Rican": "CR",
    "Ivorian": "CI", "Croatian": "HR", "Cuban": "CU", "Cypriot": "CY", "Czech": "CZ",
    "Danish": "DK", "Dane": "DK", "Djiboutian": "DJ", "Dominican": "DO",
    "Dutch": "NL", "Ecuadorian": "EC", "Ecuadorean": "EC", "Egyptian": "EG",
    "Salvadoran": "SV", "Salvadorean": "SV", "Equatorial Guinean": "GQ", "Eritrean": "ER",
    "Estonian": "EE", "Ethiopian": "ET", "Fijian": "FJ", "Finnish": "FI", "Finn": "FI",
    "French": "FR", "Gabonese": "GA", "Gambian": "GM", "Georgian": "GE", "German": "DE",
    "Ghanaian": "GH", "Greek": "GR", "Grenadian": "GD", "Guatemalan": "GT",
    "Guinean": "GN", "Bissau-Guinean": "GW", "Guyanese": "GY", "Haitian": "HT",
    "Honduran": "HN", "Hungarian": "HU", "Icelandic": "IS", "Icelander": "IS",
    "Indian": "IN", "Indonesian": "ID", "Iranian": "IR", "Iraqi": "IQ", "Irish": "IE",
    "Israeli": "IL", "Italian": "IT", "Jamaican": "JM", "Japanese": "JP",
    "Jordanian": "JO", "Kazakh": "KZ", "Kazakhstani": "KZ", "Kenyan": "KE",
    "Kuwaiti": "KW", "Kyrgyz": "KG", "Kirghiz": "KG", "Lao": "LA",
    "Laotian": "LA", "Latvian": "LV", "Lebanese": "LB", "Basotho": "LS", "Mosotho": "LS",
    "Liberian": "LR", "Libyan": "LY", "Liechtensteiner": "LI", "Lithuanian": "LT",
    "Luxembourgish": "LU", "Luxembourger": "LU", "Macedonian": "MK", "Malagasy": "MG",
    "Malawian": "MW", "Malaysian": "MY", "Maldivian": "MV", "Malian": "ML",
    "Maltese": "MT", "Marshallese": "MH", "Mauritanian": "MR", "Mauritian": "MU",
    "Mexican": "MX", "Micronesian": "FM", "Moldovan": "MD", "Monegasque": "MC",
    "Mongolian": "MN", "Montenegrin": "ME", "Moroccan": "MA", "Mozambican": "MZ",
    "Burmese": "MM", "Namibian": "NA", "Nauruan": "NR",
    "Nepali": "NP", "Nepalese": "NP", "New Zealander": "NZ", "Nicaraguan": "NI",
    "Nigerien": "NE", "Nigerian": "NG", "North Korean": "KP", "Norwegian": "NO",
    "Omani": "OM", "Pakistani": "PK", "Palauan": "PW", "Palestinian": "PS",
    "Panamanian": "PA", "Papua New Guinean": "PG", "Paraguayan": "PY", "Peruvian": "PE",
    "Filipino": "PH", "Philippine": "PH", "Polish": "PL", "Pole": "PL",
    "Portuguese": "PT", "Qatari": "QA", "Romanian": "RO", "Russian": "RU",
    "Rwandan": "RW", "Kittitian": "KN", "Saint Lucian": "LC", "Vincentian": "VC",
    "Samoan": "WS", "Sammarinese": "SM", "Santomean": "ST", "Saudi": "SA",
    "Saudi Arabian": "SA", "Senegalese": "SN", "Serbian": "RS", "Serb": "RS",
    "Seychellois": "SC", "Sierra Leonean": "SL", "Singaporean": "SG", "Slovak": "SK",
    "Slovakian": "SK", "Slovenian": "SI", "Slovene": "SI", "Solomon Islander": "SB",
    "Somali": "SO", "Somalian": "SO", "South African": "ZA", "South Korean": "KR",
    "South Sudanese": "SS", "Spanish": "ES", "Spaniard": "ES", "Sri Lankan": "LK",
    "Sudanese": "SD", "Surinamese": "SR", "Swazi": "SZ", "Swedish": "SE", "Swede": "SE",
    "Swiss": "CH", "Syrian": "SY", "Tajik": "TJ", "Tajikistani": "TJ",
    "Tanzanian": "TZ", "Thai": "TH", "Timorese": "TL", "East Timorese": "TL",
    "Togolese": "TG", "Tongan": "TO", "Trinidadian": "TT", "Tobagonian": "TT",
    "Tunisian": "TN", "Turkish": "TR", "Turk": "TR", "Turkmen": "TM", "Tuvaluan": "TV",
    "Ugandan": "UG", "Ukrainian": "UA", "Emirati": "AE", "American": "US",
    "Uruguayan": "UY", "Uzbek": "UZ", "Uzbekistani": "UZ", "Vanuatuan": "VU",
    "Ni-Vanuatu": "VU", "Venezuelan": "VE", "Vietnamese": "VN", "Yemeni": "YE",
    "Zambian": "ZM", "Zimbabwean": "ZW", "Beninois": "BJ",
}

# Forms that contain a country word but do not denote a country: matched so that
# the longest match consumes them, then dropped.
BLOCKERS: tuple[str, ...] = (
    "Latin America", "Latin American", "Latin Americans", "South America", "South American",
    "South Americans", "North America", "North American", "North Americans",
    "Central America", "Central American", "Central Americans", "Indian Ocean",
    "Gulf of Guinea", "Niger Delta", "Niger State", "New Mexico", "New Jersey", "New South Wales", "New England",
    "Port of Spain", "Port-of-Spain",    # (a capital, not Spain)
    "English-language", "English language", "Chinese Taipei", "Taiwan", "Taiwanese",
    "Hong Kong", "Macao", "Macau", "Taiwan, Province of China", "American Samoa",
    "Korean Peninsula", "Korean peninsula", "Chinese Communist Party",
)

# Words that are both a country/adjective form and a (frequent) ordinary word
# or person name: "Georgia", "Jordan", "Chad" are accepted as countries.
# "Korean"/"Korea" alone are resolved by context (see gazetteer._korea_code).
KOREA_FORMS: tuple[str, ...] = ("Korea", "Korean", "Koreans")
