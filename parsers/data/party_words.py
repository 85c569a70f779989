"""Word lists for the party-like pattern in parsers.parties."""

# A capitalised word that makes a name party-like.
KEYWORDS = frozenset({
    "Party", "Parti", "Partido", "Partei", "Pati", "Front", "Movement", "Congress", "Union",
    "League", "Alliance", "Rally", "Organisation", "Organization", "Coalition", "Convention",
    "Bloc", "Confederation",
})

# Words that end a name when walking back from the keyword (titles, sentence words).
STOP = frozenset("""
The THE A An Both This That These Those Our Its Their His Her Each Every Any Mr Mr. Ms Mrs Dr Dr.
H.E. Chairman Chairwoman Chairperson Chair Co-Chair Co-chair President Vice Vice-President
Vice-president Vice-Chairman Vice-chairman Vice-minister Vice-Minister Secretary
Secretary-General General Deputy Leader Head Member Members Minister Ambassador Prime Senior
Former Delegation Delegations Representative Representatives Spokesperson Spokesman Director
Director-General Honorary Acting Executive Standing Political Bureau Committee Speaker Mayor
Governor Premier Chief Sister When While Meanwhile As In On At During Since After Before Under
With From To By Of For And But He She They We It Comrade Samdech Daw Excellency Minister-Counselor
Meets Met Holds Held Sends Receives Attends Visits Calls Delegates Senator Deputies Another Other Several Many Some
January February March April May June July August September October November December
First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth
Eleventh Twelfth Thirteenth Fourteenth Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth
Twentieth Monday Tuesday Wednesday Thursday Friday Saturday Sunday Xinhua IDCPC CPC Chinese China
Two Three Four Five Six Seven Eight Nine Ten Twelve Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety Hundreds Dozens
""".split())

# Words of which a purely descriptive party name is made ("Communist Party of Chile"):
# an "of <Country>" after such a name is part of the name; after a distinctive name
# ("Jubilee Party of Kenya") it is a locator the writer added.
GENERIC = frozenset("""
Communist Socialist Social Democratic Democrat Democracy People's Peoples Popular Labour Labor
Workers' Workers Worker's Liberal National Party Union Front Movement Congress League Alliance
Rally Revolutionary Progressive Progress Republican Conservative Green Greens United New Unity
Solidarity Justice Development Freedom Independence Christian Patriotic Left Renewal Reform
Socialism Liberation Civic Citizens' Citizens Agrarian Peasant Farmers' Radical Unified Marxist
Marxist-Leninist Leninist Organisation Organization Coalition Convention of for and the
Constitutional Federal Federation Free Forward Action Centre Center Moderate Nationalist Islamic
Reconstruction Construction Salvation Prosperity Equality Welfare Peace Future Bloc
""".split())

# Connectors allowed inside a name after its keyword ("Party of the European Left").
# The party words that open a party's name in other languages ("Parti Amanah Negara", "Partido dos
# Trabalhadores"); parsers.party_own_language adds those of more languages.
FOREIGN_PARTY_WORDS = frozenset(("Parti", "Partido", "Partito", "Partai", "Partij", "Partei", "Pertubuhan", "Mouvement",
                                 "Movimento", "Movimiento", "Frente", "Rassemblement"))
TAIL_CONNECTORS = frozenset({"of", "for", "de", "del", "do", "dos", "da", "das", "des", "du", "pour"})
ARTICLES = frozenset({"the", "la", "le", "les", "los", "las", "l'"})

# The last words of an accord's name: "the Comprehensive Peace Agreement (CPA)" is no party, whatever party its
# initials spell (parsers.party_bodies, parsers.parties).
ACCORD_WORDS = ("Agreement", "Accord", "Accords", "Treaty", "Protocol", "Declaration", "Corridor", "Initiative")

# Names that look party-like but are not parties.
EXCLUDE = frozenset({
    "European Union", "African Union", "Soviet Union", "Non-Aligned Movement",
    "Communist Youth League", "Youth League", "Women's Union", "Women's League", "Inter-Parliamentary Union", "Arab League",
    "Eurasian Economic Union", "Customs Union", "Trade Union", "National Congress",
    "Party Congress", "National Party Congress", "National People's Congress",
    "Communist Party", "Ruling Party", "Political Party", "Opposition Party", "Governing Party",
    "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization",
    "World Health Organization", "World Trade Organization", "North Atlantic Treaty Organization",
    "Organisation of Islamic Cooperation", "Organization of Islamic Cooperation",
    "Union of South American Nations", "Collective Security Treaty Organization",
    "United Front", "International Union", "Party", "Congress", "Union", "Front", "Leading Party",
})
EXCLUDE_WORDS = frozenset({"CPC", "China", "Chinese", "Sino", "Beijing", "IDCPC", "Cooperation",
                           "Nations", "Treaty", "Parliamentary", "School", "Committee", "Youth",
                           "Women's", "Trade", "Unions"})

# Region words: a name made only of these and GENERIC words, with no country, is not a party.
REGIONAL = frozenset("""
African Asian European American Latin Arab Pacific Caribbean Central Southern Northern Eastern
Western South North East West World International Foreign Global Regional Political Parties
Leaders Major Ruling Governing Opposition Sister Friendly Mainstream
""".split())
