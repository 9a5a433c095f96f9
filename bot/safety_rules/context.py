"""Figures of speech and contexts for the safety net's detector (bot/safety.py).

The idiom filter blanks out everyday figures of speech before any rule runs ("ik lach me
dood", "dat slaat nergens op"); the context filters (media, sport, accidents, laughter) decide
when a rule mode is skipped. Written in normal spelling, squeezed like the text.
"""

from __future__ import annotations

from bot.safety_lexicon import (
    END,
    FAMILY,
    FEAR,
    HIT_FIN,
    HIT_PART,
    HIT_PART_W,
    LEAVE,
    NEG,
    PARTNER,
    rx,
)

# Blanked out before any rule runs: "ik lach me dood", "dat slaat nergens op", "ik kan hem wel
# wurgen" (annoyance), "hij sloeg de deur dicht", "hij dreigt met scheiden", negated harm words.
IDIOMS = rx(
    # a baby or a pet lashing out: "de baby sloeg me met zijn knuistje"
    r"\b(?:baby|babys|peuter|dreumes|kleuter|kleintje|zoontje|dochtertje|kat|poes|katje|kitten|"
    r"hond|hondje|puppy|pup|paard|konijn|cavia|papegaai|toddler)\b(?: (?!(?:hij|ze|zij|hem|haar|"
    r"ie|dat|he|she|man|vrouw|vriend|vriendin|partner|ex|vader|moeder)\b)[a-z]+){0,5}? (?:sloeg|slaat|schopt|schopte|trapt|trapte|beet|bijt|"
    r"krabt|krabde|duwde|duwt|kneep|knijpt|mepte|mept|stompte|trok|trekt|geslagen|geschopt|"
    r"getrapt|gekrabd|gebeten|geknepen|hit|kicked|bit|scratched|slapped|pulled)\b(?! (?:hij|ze|zij|"
    r"mijn|he|she|ie)\b)(?: (?:me|mij|mijn|haar|hem|zijn) [a-z]+(?: open| kapot)?)?",
    # pursued by jokes, thoughts or songs: "hij achtervolgt me met zijn woordgrappen"
    r"\b(?:achtervolgt|achtervolgde|achtervolgen|bestookt|bestookte) (?:me|mij|ons)(?: (?:al|de|"
    r"hele|weken|dagen|steeds|altijd|constant))* met (?!(?:[a-z]+ ){0,2}(?:auto|fiets|"
    r"scooter|wagen|motor|busje|brommer|car|mes|wapen|berichten|telefoontjes|appjes)\b)"
    r"(?:[a-z]+ ){0,2}[a-z]+\b|\b(?:gedachte|gedachten|liedje|deuntje|verleden|"
    r"herinnering\w*|beeld|beelden|fout|pech|droom|nachtmerrie|geur|gevoel|vraag) (?:[a-z]+ )?"
    r"(?:achtervolgt|achtervolgde|achtervolgen|blijft (?:me |mij )?achtervolgen)\b|\b(?:dat|dit|"
    r"het) (?:achtervolgt|achtervolgde) (?:me|mij)\b",
    # playful "threats" about a pet, a series or cake: "ze dreigt al weken dat ze een hond wil"
    r"\b(?:dreig\w*|threaten\w*)(?: (?!(?:me|mij|ons|je|jou|maar|want|kinderen|kids|you|us)\b)"
    r"[a-z]+){0,8}? (?:hond|hondje|puppy|kat|katje|kitten|huisdier|aflevering|afleveringen|serie|"
    r"film|finale|cake|dessert|chocolate|cookies|episode|series|spoilers?|haircut|tattoo|"
    r"taart|chocola\w*|koek\w*|pizza|snoep\w*|ijs|spoiler\w*|tattoo|tatoeage|baard|snor|kapsel|"
    r"kerstboom|karaoke|liedje|verven|blonderen|knippen|kopen|bestellen|boeken|motor|camper|"
    r"piercing)\b(?!.*\b(?:iets aan|aan te doen|aandoen|pijn|dood|vermoord\w*|"
    r"weg te doen|wegdoen|verdrink\w*|vergiftig\w*|schop\w*|sla|slaan|kapot|gooien|inslapen|"
    r"afpakken|af te pakken|mee te nemen|meenemen|verspreid\w*|online|fotos?)\b)",
    r"\b(?:dood|doodgaan|sterf|sterft|sterven|stierf|die|dying|died|dead)(?: gaan| gegaan| ga|"
    r" bijna)? (?:van|of|from) (?:de |het |the |pure )?(?:lachen|lach|honger|dorst|verveling|kou|"
    r"hitte|warmte|zenuwen|schaamte|stress|slaap|ellende|nieuwsgierigheid|spanning|jaloezie|"
    r"heimwee|plezier|wachten|laughter|laughing|boredom|embarrassment|hunger|thirst|cold|heat|"
    r"curiosity|shame)\b",
    r"\b(?:lach|lacht|lachte|lachen|verveel|verveelt|verveelde|vervelen|"
    r"schrik(?!\w* me \w+ (?:als|wanneer|zodra|elke))|schrok|schrikt|werk|werkt|werkte|werken|"
    r"schaam|schaamt|schaamde|zoek|zocht|erger|ergert|ergerde|geergerd|eet|at|betaal|betaalde|"
    r"loop|liep|zuip|drink|dronk|wacht|wachtte|pieker|zweet|zeur|zeurt|sport|geschaamd|gelachen|"
    r"verveeld|geschrokken) (?:me|mij|mezelf|je|jezelf|zich|zichzelf|ons|hem|"
    r"haar)(?: [a-z]+)?? (?:dood|rot|een ongeluk|te pletter|kapot|het schompes|suf|lam|scheel|gek|"
    r"een breuk|bult|krom|blauw|wezenloos|een hoedje|gelachen|geschaamd|geergerd|doodgelachen)\b",
    r"\b(?:dood ?gaan|sterven|die|to die|ga er niet dood|gaat er niet dood) (?:voor|for|aan)\b",
    r"\bdood (?:moe|op|ziek|serieus|gewoon|stil|simpel|normaal|saai|eng|leuk|lief|jammer|zonde|"
    r"nerveus|zenuwachtig|ongerust|benieuwd|ongelukkig|verlegen|tevreden|tired)\b|"
    r"\bgaat dood\b(?= (?:ik|,))|\b(?:telefoon|batterij|accu|plant|plantje|vis|"
    r"goudvis)\w* (?:gaat|is|ging) dood",
    r"\b(?:ik |i )?(?:kan|kon|zou|could)(?: [a-z]+){0,2}? (?:hem|haar|je|jou|ze|die|you|him|"
    r"her)(?: (?:soms|echt|nu|gewoon|toch|zo|wel|just|really))* (?:wel )?(?:vermoorden|wurgen|"
    r"schieten|doodschieten|doodslaan|villen|slaan|killen|ombrengen|afmaken|"
    r"achter het behang plakken|een klap geven|iets aandoen|wat aandoen|kapotmaken|opvreten|"
    r"zoenen|kill|strangle|murder)\b",
    r"^(?:ik|i) (?:wurg|vermoord|schiet|kil|murder) (?:je|jou|you)\b|\bik (?:ga|zal) (?:je|"
    r"jou) (?:vermoorden|wurgen|afmaken)\b(?= (?:als|met|,))",
    r"\bzelf ?mo+r[dt] ?(?:aanslag|actie|missie|terrorist|commando)\w*|\b(?:politieke|sociale|"
    r"commerciele|financiele) zelfmoord|suicide (?:squad|mission|run|bomb\w*|doors?)",
    rf"\b{NEG}(?: (?:echt|meer|zo|langer|more|longer))? (?:su[ie]?[cs]{{1,2}}id\w*|"
    r"zelf ?mo+r[dt]\w*|depressief en suicidaal)",
    r"\b(?:zelf ?mo+r[dt]|su[ie]?[cs]{1,2}ide) ?(?:lijn|preventie|hulplijn|prevention|hotline)\w*|"
    r"\bzelf ?mo+r[dt] (?:voorkomen|tegengaan|preventie)",
    rf"\b{NEG}(?: (?:meer|echt|zo|langer|more|longer|zo heel))? {FEAR}\b",
    rf"\b{NEG} (?:meer |nog |echt |langer |ooit |zo )*(?:{HIT_PART}|{HIT_FIN}|aangeraakt|bedreigd|"
    r"gedreigd|verkracht|misbruikt|mishandeld|pijn gedaan|agressief|gewelddadig|handtastelijk|"
    r"violent|aggressive)\b",
    r"\b(?:sla|slaat|sloeg|slaan|geslagen)(?: [a-z]+){0,2}? (?:nergens|ergens) op\b|"
    r"waar slaat (?:dat|het|dit) op|\b(?:slaat|sloeg|slaan|sla) (?:terug )?op (?:mij|jou|hem|haar|"
    r"ons|dat|het|dit|wat|tilt|hol|de vlucht)\b|\b(?:sla|slaat|sloeg|slaan|"
    r"overgeslagen)(?: [a-z]+){0,4}? over\b(?! (?:mijn|me|haar|zijn|de|het|hele)\b)",
    r"\b(?:sla|slaat|sloeg|slaan|geslagen)(?: [a-z]+){0,2}? om de oren met\b|\b(?:klok|bel|"
    r"bliksem|onweer|hart) (?:slaat|sloeg)|\bsloeg (?:me|mij|ons) om het hart|"
    r"\bom het hart geslagen|\bslag om de arm|\baan de slag|met (?:stomheid|verbazing|"
    r"blindheid) geslagen|\bals een geslagen hond|\b(?:sloeg|sloegen|slaat|slaan) (?:aan het|"
    r"alarm|een flater|de spijker|toe|dicht|neer|de handen|zijn ogen|haar ogen|de krant)\b",
    r"(?<!tegen de )(?<!tegen een )(?<!door de )(?<!tussen de )(?<!against the )\b(?:deur|deuren|"
    r"kastdeur|autodeur|voordeur)(?: [a-z]+){0,3}? (?:dicht\w*|sla|slaat|sloeg|"
    r"slaan|smijt|smeet|gesmeten|geslagen)\b|\b(?:sla|slaat|sloeg|smijt|"
    r"smeet)(?: [a-z]+){0,4}? (?:deur|deuren) (?:[a-z]+ )?dicht|\bsmeet met de deur",
    r"\b(?:sloeg|sla|slaat|slaan|geslagen|slaps?) (?:zijn |haar |mijn |je |de )?(?:beide )?(?:arm|"
    r"armen|handen) (?:om|rond|over)\b",
    r"\bschop (?:onder|in) (?:de|mijn|je|zijn|haar|me) (?:kont|reet|hol|billen)|tegen (?:de|"
    r"het) (?:schenen|zere been)|\b(?:een )?trap(?:je)? na\b|\bduwtje|\bduw in de rug|"
    r"\bklap op de vuurpijl|\b(?:speels|speelse|plagerig|plagerige|zacht|zachte|zachtjes|lief|"
    r"liefdevol\w*)(?: [a-z]+)? (?:duw|duwtje|tik|tikje|klap|klapje|mep|meppertje|stomp|stompje|"
    r"por)\b|\b(?:klap|klopje|tik|tikje|schouderklopje|klap) op (?:mijn|de|me|zijn|haar|"
    r"je) (?:schouder|rug|kont)|\btik op de vingers|"
    r"\bduw(?:tje)?(?: [a-z]+){0,2}? (?:in de (?:goede )?(?:rug|richting)|richting)\b|"
    r"\bin (?:mijn|zijn|haar) (?:handjes|handen) knijpen|\b(?:klap|klappen) (?:van de molen|"
    r"voor zijn ego|voor ons)|\b(?:was|is) een harde klap\b|\b(?:een )?(?:kus|kusje|zoen|zoentje|"
    r"knuffel)(?: [a-z]+){0,2}? op (?:mijn|me|haar|zijn|je) [a-z]+|\b(?:sla|slaat|sloeg|slaan|"
    r"geslagen) (?:een |zijn |haar )?(?:mooie |goede |grote )?slag\b|\b(?:slaat|sloeg|sla|"
    rf"slaan) (?:altijd |steeds |soms |helemaal |snel |vaak )*door(?: met| in|{END})",
    r"\b(?:duwt|duwde|duwen|duw|geduwd|pushe[sd]?|push) (?:me|mij|hem|haar|him|"
    r"her)(?: (?!hardhandig|hard|ruw|keihard)[a-z]+){0,2}? (?:weg|opzij|van zich af|"
    r"in een (?:hoek|rol)|richting|away|to|into(?! (?:the|a) (?:wall|door|floor|ground|table|"
    r"counter|cupboard|stairs|mirror|window|car|fridge)\b)|harder|het zwembad in)\b",
    r"\b(?:beat|beats) (?:me|him|her) (?:to|at)\b|\bhits? (?:me|him|her) up\b|\bit hit me\b|"
    r"\bdying (?:to|for)\b|\bto die for\b|\bkilling it\b|\bkill(?:ing)? (?:time|for)\b|\b(?:is|"
    r"are|was|were) killing me\b|(?<!he )(?<!she )(?<!they )\bwill kill me\b|\bkiller\b|"
    r"\bkilled me\b(?= lol|$)|\bkick(?:ed|s)? (?:me|him|her) out\b|\bhits? (?:the|it) (?:jackpot|"
    r"road|gym|spot|sack|books|shops|hay|ground running|nail on the head)\b|\bhit it off\b",
    r"\b(?:voel|voelt|voelde|voelen)(?: [a-z]+)? (?:me|mij|zich|je) (?:aangevallen|gedwongen)\b",
    rf"\b(?:{HIT_FIN}|{HIT_PART}|{HIT_PART_W}) (?:me|mij|hem|haar) (?:per ?ongeluk|by accident|"
    r"accidentally)\b",
    r"\b(?:dreig|dreigt|dreigde|dreigen|gedreigd|threaten\w*)(?: (?:me|mij|ermee|er mee|steeds|"
    r"altijd|vaak|weer|constant|telkens|ook|al|om|to|with|hij|ze|zij))* (?:te |met |me |"
    rf"mij )*{LEAVE}\b",
    r"\bbedreigde (?:dier|plant|soort|diersoort)\w*|\b(?:zich|je) bedreigd|\bbedreigd(?: voelt|"
    rf" voelde| voel)? door (?:zijn|haar|een|de|die|het|jouw|je) (?!(?:{PARTNER}|{FAMILY}|"
    r"vriendje|ex|buurman|buurvrouw|collega|man|vent|jongen)\b)\w+|"
    r"\bbedreigd(?: voel)? door mijn (?:collega\w*|baas|werk)\b",
    r"\bmisbruik (?:maken |maakt |maakte |gemaakt )?van (?:de |het |mijn |zijn |haar |onze |"
    r"je )?(?:situatie|vertrouwen|goedheid|gastvrijheid|positie|macht|alcohol|drank|drugs|"
    r"middelen|medicijnen|gelegenheid|regeling|systeem|gegevens)\b|\bmisbruikt (?:mijn|zijn|haar|"
    r"ons|je) (?:vertrouwen|goedheid|gastvrijheid)\b|\b(?:alcohol|drug|substance|drugs) abuse\b",
    r"\b(?:even|een weekje|een paar dagen) (?:verdwijnen|weg)\b|\bverdwijnen (?:naar|op|in|onder)\b",
    r"\b(?:sla|slaat|sloeg|slaan) (?:me|mezelf|zich|ons|je) (?:er ?)?(?:wel )?(?:door(?:heen)?|"
    r"voor (?:mijn|de|me) (?:kop|hoofd))\b|\b(?:sla|sloeg|slaan|schop|schoppen) (?:mezelf|"
    r"me)(?: wel)? (?:voor (?:mijn|de|me|m n) (?:kop|hoofd|harses)|dat\b)|"
    r"\bkan mezelf wel (?:schoppen|slaan)",
    r"\bhet dreigt\b|\bdreig\w*(?: [a-z]+){0,4}? te (?:missen|laat|ziek|kwijt|verliezen|mislukken|"
    r"kopen|bestellen|verven|boeken|adopteren|knippen|scheren|zingen|bakken|verkopen|"
    r"vallen|stranden|vergeten|verslapen|worden|lopen|breken|regenen|sneeuwen|komen|raken|"
    r"ontsporen|escaleren)\b|\bdreig\w* (?:mis|uit de hand|fout)\b|"
    r"\bdreig\w*(?: [a-z]+){0,4}? (?:op te zeggen|ontslag te nemen|te stoppen|te verhuizen|"
    r"weg te gaan|te vertrekken|te scheiden)\b",
)
# "emotionele mishandeling", "verbaal geweld": abuse, not physical violence.
ABUSE_QUALIFIED = rx(
    r"\b(?:emotione\w*|psychisch\w*|geestelijk\w*|verbaal|verbale|financie\w*|seksue\w*|sexual|"
    r"emotional|emotionally|psychological|verbal|verbally|financial|sexually) (?:mishandel\w*|"
    r"misbruik\w*|gechanteerd|chantage|chanteert|geweld|abuse\w*|violence|abusive|assault\w*|"
    r"mishandeld)"
)
# In a sentence about a sport or a pillow fight, hitting and kicking words are ignored.
SPORT_CONTEXT = rx(
    r"\b(?:tennis|padel|squash|golf|badminton|pingpong|tafeltennis|honkbal|hockey|voetbal|"
    r"voetballen|bal|balletje|racket|potje|wedstrijd|competitie|boksen|kickboksen|judo|karate|"
    r"sparren|toernooi|match|(?:een|het|de|met) kussens?|kussens|stoeien|ravotten|kussengevecht|"
    r"sneeuwbal|sneeuwballen|kietelen|gekieteld|trampoline|dansvloer|pillow|snowball|waterpistool|"
    r"schuimrubber|ballon|balloon|boksles|sportschool)\b|\b\w*(?:tennis|padel|squash|golf|"
    r"badminton|pingpong|honkbal|hockey|voetbal|boks|judo|karate|schaak|toernooi|wedstrijd|"
    r"competitie)"
)
SPORT_VERBS = rx(
    r"\b(?:sla|slaat|slaan|sloeg|sloegen|geslagen|verslagen|schop\w*|geschopt|trap\w*|getrapt|"
    r"beat\w*|hits?|kick\w*|punch\w*|gooi\w*|gegooid|throw\w*|threw|duw\w*|geduwd|trok|trekt|"
    r"gekieteld|klap|klappen|meppen|vuistslagen)\b"
)
# Bare words ("geweld", "zelfmoord") are ignored in a sentence about media, study or work.
MEDIA_CONTEXT = rx(
    r"\b(?:film|films|serie|series|boek|boeken|roman|docu|documentaire|podcast|nieuws|journaal|"
    r"artikel|krant|thriller|detective|netflix|aflevering|televisie|tv|youtube|game|games|les|"
    r"college|cursus|training|workshop|lezing|onderzoek|scriptie|presentatie|movie|show|book|news|"
    r"article|episode|liedje|song|spel|opleiding|studie|stage|jeugdzorg|hulpverlening|"
    r"hulpverlener|clienten|patienten)\b|\b(?:werk|werkt|werkte) (?:bij|in|als) (?:de |het |"
    r"een )?(?:jeugdzorg|zorg|politie|opvang|ggz|hulpverlening|veilig thuis|ziekenhuis|gevangenis|"
    r"justitie|reclassering|agent|hulpverlener|verpleegkundige|psycholoog|therapeut)"
)
LAUGHTER = rx(r"\b(?:ha(?:ha)+|hihi|lol|xd|grapje|haha)\b")
ACCIDENT = rx(  # a pet's scratch or bite counts as an accident: "de kat heeft mijn arm gekrast"
    r"\b(?:kat|poes|kitten|hond|puppy|cavia|konijn|cat|dog)\b(?=.*\b(?:gekrast|gekrabd|gebeten|"
    r"krabde|beet|krabt|bijt|scratched|bit)\b)|\bper ?ongeluk|\baccident\w*|\b(?:bij|tijdens) het [a-z]+|\baan (?:een|het|de|mijn) (?:mes|"
    r"papier|blaadje|glas|scherp\w*|tafel|kast)|\bwhile (?:cooking|shaving)"
)
GLUED = rx(
    r"^(?:ikwil(?:gewoon|echt)?(?:dood|sterven|nietmeerleven|ernietmeerzijn)|killmyself|"
    r"iwanttodie)$"
)
