"""Word lists, idioms and context filters for the safety net's detector (bot/safety.py).

The lexicons come per semantic field — death and self-harm, blows and grabs, threats and
fear, control and coercion — with inflections, common misspellings and English equivalents,
plus the people who can be agents or victims. The idiom filter blanks out everyday figures of
speech; the context filters (media, sport, accidents, laughter) decide when a rule mode is
skipped. Everything is written in normal spelling: :func:`rx` squeezes doubled letters like
the detector squeezes the text, so write whole words ("overleef|overleven", never
"overle(?:ef|ven)"). The rules that combine these fields live in bot/safety_patterns.py.
"""

from __future__ import annotations

import re

_REPEAT = re.compile(r"([a-z])\1+")


def squeeze(text: str) -> str:
    """Spell text the skeleton way: ``y`` as ``ij``, no doubled letters."""
    return _REPEAT.sub(r"\1", text.replace("y", "ij"))


def rx(*alternatives: str) -> re.Pattern[str]:
    """Compile alternatives written in normal spelling, squeezed like the text."""
    source = "|".join(f"(?:{a})" for a in alternatives)
    return re.compile(
        re.sub(r"\\.|[a-z]+", lambda m: m[0] if m[0][0] == "\\" else squeeze(m[0]), source)
    )


def w(spec: str) -> str:
    """A group of the space-separated words in ``spec`` (``_`` stands for a space)."""
    return "(?:" + "|".join(item.replace("_", " ") for item in spec.split()) + ")"


NEG = w("niet nooit geen not never no")


def gap(n: int, stop: str = NEG) -> str:
    """Up to ``n`` words (not crossing a comma), none of them in ``stop``."""
    return rf"(?: (?!(?:{stop})\b)[a-z0-9]+){{0,{n}}}"


def clause(*needed: str, without: str | None = None) -> str:
    """Every one of ``needed`` inside one clause (commas end a clause), none of ``without``."""
    head = r"(?:^|, )" + "".join(rf"(?=[^,]*?\b(?:{n})\b)" for n in needed)
    return head + (rf"(?![^,]*?\b(?:{without})\b)" if without else "")


def sentence(*needed: str, without: str | None = None) -> str:
    """Every one of ``needed`` in the sentence, none of ``without``."""
    head = "^" + "".join(rf"(?=.*?\b(?:{n})\b)" for n in needed)
    return head + (rf"(?!.*?\b(?:{without})\b)" if without else "")


# Dutch puts the subject after the verb when a sentence opens with something else ("vanavond
# ga ik", "soms wil ik"): the skeleton is turned back to "ik ga".
INVERTED = rx(
    r"\b(ga|gaan|wil|wou|wilde|ben|was|word|werd|heb|had|kan|kon|zal|zou|moet|mag|mocht|durf|voel|"
    r"denk|dacht|zie|sta|stond|zit|zat|lig|lag|krijg|kreeg|hoop|wens|doe|deed|leef|besta|snij|"
    r"kras|brand|snijd) (ik)\b"
)

# --- people ---------------------------------------------------------------------------------------

PRON = w("hij ze zij ie he she they")
PARTNER = w(
    "man vrouw vriend vriendin partner ex exman exvrouw exvriend exvriendin echtgenoot "
    "echtgenote verloofde lief vent wijf vriendje vriendinnetje husband wife boyfriend "
    "girlfriend bf gf fiance"
)
FAMILY = w(
    "vader moeder stiefvader stiefmoeder pa ma papa mama broer zus zoon dochter schoonvader "
    "schoonmoeder oom dad father mom mum mother brother sister stepdad"
)
POSS = w("mijn me onze my our")
PARTNER_NP = rf"{POSS} {PARTNER}"
PERSON_NP = rf"{POSS} (?:{PARTNER}|{FAMILY})"
AGENT = rf"(?:{PRON}|{PERSON_NP})"  # someone who can hurt the writer
AGENT_P = rf"(?:{PRON}|{PARTNER_NP}|je|jij|you)"  # the partner, also quoted as "je"
STOP = rf"{NEG}|{PRON}|we|wij|jij|je|jullie|you|dat"  # a gap may not change the subject
KIDS = (
    rf"(?:de kinderen|de kids|{POSS} (?:kind|kinderen|kids|zoon|dochter|baby|moeder|mama|zus|"
    r"broer|children|son|daughter))"
)
FOLLOW = (  # "haar"/"her" as an object, not as "her hair"/"haar reactie"
    r"(?=\s*(?:,|$)| (?:als|wanneer|en|maar|want|omdat|sinds|soms|echt|zo|heel|erg|nu|ook|altijd|"
    r"vaak|toen|dus|nog|wel|hoor|weer|tot|met|geworden|tegenwoordig|zodra|when|and|but)\b)"
)
ME = w("me mij ons us")
VICTIM = rf"(?:{ME}|{KIDS}|hem|him|(?:haar|her){FOLLOW})"
SELF = w("mezelf mijzelf me_zelf mzelf myself zichzelf hemzelf haarzelf himself herself")
END = r"(?=\s*(?:,|$))"
BODY = w(
    "hoofd gezicht kop buik rug been benen arm armen bovenarm borst borsten zij ribben rib nek "
    "keel hals strot pols polsen dij dijen lip lippen mond neus oog ogen kaak wang tanden hand "
    "handen schouder schouders keel gezicht onderbuik head face stomach back chest neck throat "
    "arm arms leg legs ribs jaw nose eye mouth"
)
BODY_HURT = w(
    "hoofd gezicht kop buik rug been benen borst ribben nek keel hals strot mond neus oog ogen "
    "kaak head face stomach back chest neck throat ribs jaw nose eye"
)
ADV = (
    r"(?: (?:ook|weer|soms|vaak|altijd|nog|gewoon|echt|steeds|regelmatig|dan|toen|al|alle|"
    r"constant|opnieuw|zomaar|keihard|hard|gisteren|vandaag|vannacht|vanavond|gisteravond|"
    r"vanochtend|wel eens|weleens|af en toe|elke dag|iedere dag|zo|even|expres|also|again|"
    r"sometimes|often|always|really|just)){0,3}"
)
# A separable particle after the object changes the verb: "sla hem op", "duwt me weg".
PARTICLE = (
    r"(?! (?:over|aan|af|toe|dicht|weg|eruit|buiten|door|wakker|binnen|er|me|up|away)\b| op(?: in|"
    r" als| onder|\s*$))"
)
HABIT = (  # turning up once is a visit; turning up again and again is stalking
    r"al een uur|al uren|elke|iedere|elk|steeds|weer|telkens|constant|blijft|altijd|al weken|"
    r"every|keeps|again|ongevraagd|onaangekondigd|s nachts|midden in de nacht|stiekem|dagelijks|"
    r"de hele"
)

# --- death and self-harm --------------------------------------------------------------------------

WISH = w(
    "wil wou wilde willen zou zouden wens wenste hoop hoopte verlang verlangde verlangen zin "
    "liever liefst denk dacht denken gedacht nadenk nagedacht gedachte gedachten fantaseer "
    "fantaseerde fantaseren fantasie droom droomde dromen plan plannen gepland overweeg overwoog "
    "overwogen verlangen stel_me_voor want wanna wish hope think thinking thought plan planning "
    "dream fantasize gevoel alsof geprobeerd probeer probeerde poging tried try"
)
DEATH = (
    r"(?:do[dt](?! van\b)|dood ?gaan|doodga|sterven|sterf|overlijden|dead|niet (?:meer|"
    r"langer) (?:leven|bestaan|wakker|opstaan|opstaat)|(?:nooit|never) meer (?:wakker|opstaan|"
    r"leven)|nooit geboren|not (?:to )?wake up|er (?:beter |liever )?niet (?:meer |"
    r"langer )?(?:kan |wil |zou |te )?(?:zijn|wezen|ben|was)|mijn (?:eigen )?(?:dood|begrafenis|"
    r"uitvaart|graf|einde)|(?:een )?eind\w* (?:te )?(?:maken )?aan (?:mijn|het|"
    r"me) (?:eigen )?leven|(?:er|hier)(?: [a-z]+){0,2}? niet (?:meer|langer)(?: hier)? (?:zijn|"
    r"wezen|ben|was)|er (?:beter|liever) niet(?: [a-z]+){0,3}? (?:zijn|wezen|geweest|bestaan)|"
    r"niet (?:meer|langer) (?:hoef |wil |kan )?(?:te )?(?:leven|bestaan)\b(?! (?:zonder|met|"
    r"naast|als|in|zo)\b)|niet (?:meer|langer)(?: hier)?(?: zijn)? op (?:de|deze) (?:wereld|"
    r"aarde)|(?:not|never|just not) (?:waking|wake) up|van het leven (?:te )?beroven|"
    r"nergens meer (?:zijn|wezen|bij horen)|(?:er|het|alles) (?:zelf )?(?:een )?eind\w* aan|"
    rf"er (?:gewoon |echt )?uit{END}|verdwijnen(?:{END}| voorgoed| voor altijd| en nooit|"
    r" zonder (?:dat )?(?:iemand|iets|een spoor)| en niemand)|uit het leven|van (?:de|"
    r"deze) (?:wereld|aarde)|er (?:zelf |gewoon )?uit (?:te )?stappen|eruit stappen|(?:nooit|"
    r"niet) meer (?:uit bed |eruit |er uit |uit )?(?:komen|opstaan)|niet meer oud (?:worden|"
    r"word)|(?:end|ending) (?:it|my life|it all)|(?:kill|killing) myself|be gone|er (?:gewoon |"
    r"zelf |maar )?(?:een )?punt achter|(?:voor altijd|voorgoed|eeuwig) (?:gaan |ga |te )?slapen)"
)
SELF_HARM = w(
    "snij snijd snijdt sneed snijden gesneden kras krast kraste krassen gekrast brand brandde "
    "branden verbrand verbranden bezeer bezeren verwond verwonden beschadig beschadigen sla "
    "slaan sloeg pijn_doen pijn_te_doen pijn_gedaan pijn_doe pijn_deed uithongeren ophangen "
    "op_te_hangen doden vermoorden verdrinken cut cutting hurt hurting harm harming burn burning "
    "starve opengehaald openhalen opengekrabd opengekrast gekerfd kerf kerven geslagen gestompt "
    "geknepen gebeten gekrabd"
)
DEATH_CUE = (  # about the writer: "dood" after "is"/"ga" is about someone else or a figure of speech
    r"(?<!is )(?<!zijn )(?<!was )(?<!ga )(?<!ging )(?<!gaat )do[dt]|doodgaan|dood gaan|sterven|"
    r"sterf|leven|leef|bestaan|besta|ademen|adem|einde|eind|ermee (?:stoppen|ophouden|kappen)|"
    r"stop ik ermee|ophoudt|is het klaar|het is klaar|verdwijnen|verdwijn|voorgoed|voor altijd|"
    r"begrafenis|uitvaart|afscheid|graf|wakker|dying|end it|ending it|disappear|gone"
)
HOPELESS = (
    r"niet meer|niet langer|nooit meer|geen (?:zin|reden|uitweg|hoop|toekomst|kracht|puf)|zinloos|"
    r"hopeloos|uitzichtloos|waarvoor|waarom (?:ik )?nog|verdien (?:het )?niet|tot last|een last|"
    r"beter af|beter (?:is|zou zijn|was) als|makkelijker (?:is|zou zijn) als|voor als|nodig heb|"
    r"getwijfeld|twijfel|geen kant meer op|einde raad|opgeven|opgegeven|kan niet meer|klaar mee|"
    r"met alles|genoeg van|op is|no point|no reason|hopeless|anymore|feel like|can not do this"
)
MEANS = (
    r"pillen|slaappillen|medicijnen|tabletten|paracetamol|mesje|scheermesje|scheermes|touw|strop|"
    r"brug|spoor|rails|trein|perron|dak|flat|balkon|tegen een boom|uitlaatgassen|overdosis|"
    r"springen|ophangen|snijden|gif|afgrond|diepte|pills|razor|rope|bridge|train|roof"
)
PILLS = w("pillen tabletten medicijnen slaappillen paracetamol pijnstillers oxazepam pills")
SPRING = w("spring springen sprong te_springen afspringen af_te_springen jump jumping")
HEIGHT = w("dak brug flat balkon spoor trein metro raam flatgebouw toren roof bridge balcony train")

# --- blows and grabs ------------------------------------------------------------------------------

HIT_S = w(
    "slaat slaad slaadt slaan sloeg sloegen slog schopt schopte schopten trapt trapte trapten "
    "stompt stompte mept mepte beukt beukte ramt ramde wurgt wurgde wurgden mishandelt "
    "mishandelde tuigt hits hit beats beat punches punched kicks kicked slaps slapped chokes "
    "choked strangles strangled attacks attacked"
)
HIT_W = w(
    "duwt duwde duwden knijpt kneep bijt beet krabt krabde spuugt spuugde slingert slingerde "
    "sleurt sleurde smijt smeet rammelt rammelde schudt schudde pushes pushed shoves shoved "
    "grabs grabbed bites throws threw klopt klopte"
)
HIT_FIN = rf"(?:{HIT_S}|{HIT_W})"  # any finite form of a blow
HIT_PART = w(
    "geslagen neergeslagen doodgeslagen geschopt getrapt gestompt geduwd gemept gebeukt geramd "
    "gewurgd mishandeld afgeranseld afgetuigd toegetakeld neergestoken gesmeten geslingerd "
    "gesleurd gesleept geklopt"
)
HIT_PART_W = w(  # an animal, a ball or the writer can do these too: someone must be named
    "gegooid geknepen gebeten gekrabd bespuugd gespuugd gegrepen verwond bezeerd geschud "
    "gesneden gestoken vastgepakt"
)
HIT_STRONG = rf"(?:{HIT_S}|{HIT_PART}|beaten)"
HIT_NOUN = w(
    "klap klappen mep meppen dreun dreunen stomp stompen trap trappen schop schoppen vuistslag "
    "vuistslagen kopstoot oplawaai pak_slaag knietje klets lel hengst slagen opdoffer optater "
    "pak_rammel rammel vuist elleboog beuk duw black_eye beating punch"
)
INJURY = (
    r"blauwe plek\w*|blauw oog|blauwe ogen|bloedneus|bloedlip|dikke lip|hersenschudding|"
    r"gekneusd\w*|bont en blauw|bruises?|black eye|bloody nose|bloedde|bleeding|bled|"
    r"gebroken (?!hart)[a-z]+|(?:arm|neus|rib|ribben|kaak|pols|vinger|tand) (?:gebroken|gekneusd)"
)
GRAB = w(
    "greep grijpt pakt pakte pakken gegrepen gepakt houdt hield drukt drukte kneep knijpt "
    "grabbed grabs held"
)
THROW = w("gooit gooide gegooid smijt smeet gesmeten werpt wierp throws threw thrown")
PUSH = w(
    "gooit gooide smijt smeet gegooid gesmeten duwde duwt geduwd houdt hield drukt drukte "
    "gedrukt werkte gewerkt sleurde gesleurd slingerde geslingerd sloeg geslagen threw pushed "
    "pinned held shoved"
)

# --- threats and fear -----------------------------------------------------------------------------

FEAR = w(
    "bang angst angstig doodsbang banger bangig bevreesd schrik panisch doodsbenauwd benauwd "
    "als_de_dood afraid scared terrified frightened"
)
FEAR_SIGN = w(  # the body's or the household's fear, for co-occurrence with a partner
    "trillen tril trilde trilt beef beefde verstop verstopte verstoppen verschuil schuil "
    "schuilen paniek paniekaanval hartkloppingen doodsangst over_mijn_schouder schrik_me_kapot "
    "schrik_me_dood schrik_me_rot schrok_me_kapot schrok_me_dood opgejaagd hide hiding shaking "
    "trembling panic"
)
KILL = (
    r"(?:vermoorden|vermoordt|vermoord|afmaken|afmaakt|af maken|af te maken|doden|doodt|doodmaken|"
    r"dood maken|dood te maken|kapotmaken|kapot maken|kapot te maken|kapot maakt|kapotmaakt|"
    r"af maakt|iets aandoen|iets aan doen|iets aandoet|iets aan te doen|wat aandoen|wat aandoet|"
    r"aandoen|aandoet|aan doen|iets aan zal doen|pijn doen|pijn te doen|pakken|te pakken nemen|"
    r"slaan|te slaan|wurgen|neersteken|neerschieten|doodschieten|laten boeten|(?:kapot|af|"
    r"dood) (?:gaat|zal|zou|gaan) maken|(?:iets|wat)(?: ergs)? aan (?:gaat |zal |zou )?doen|kill|"
    r"murder|hurt)"
)
WEAPON = w(
    "mes messen pistool vuurwapen geweer wapen wapens hamer knuppel honkbalknuppel gun knife weapon"
)
SAY = w(
    "zei zegt zeggen gezegd schreeuwde schreeuwt riep roept dreigde dreigt appte appt sms "
    "beloofde belooft beloofd schreef schrijft said says yelled texted told tells"
)
LEAVE = (
    r"(?:verlaten|weg te gaan|weggaan|wegga|scheiden|een scheiding|scheiding|echtscheiding|"
    r"vertrekken|uit te maken|het uit te maken|uitmaken|het uitmaken|op te stappen|opstappen|"
    r"break up|leave|divorce|quit|resign|relatietherapie|therapie|een boete|boete|een klacht|"
    r"klacht|ontslag|rechtszaak|advocaat|te verhuizen|verhuizen|een rechtszaak|opzeggen|opzegging|"
    r"het abonnement)"
)
HARM_V = (
    r"(?:iets |wat |me |mij |ons )*(?:aandoet|aan doet|aandoen|aan doen|aan zal doen|"
    r"aan gaat doen|pijn doet|pijn doen|slaat|slaan|vermoordt|vermoord|vermoorden|doden|vindt|"
    r"vinden|komt halen|opzoekt|opwacht|afmaakt|hurts|will hurt|kills|will kill|finds|terugkomt|"
    r"terug komt|langskomt|thuiskomt|opduikt|doorslaat|ontploft|ontplofte|comes back|iets doet|"
    r"wat doet|meeneemt|afpakt|(?:iets|wat) (?:ergs|raars|geks|stoms) (?:doet|gaat doen|zal doen))"
)
TRIGGER = (
    r"(?:thuiskomt|thuis komt|thuis is|er is|binnenkomt|drinkt|gedronken|dronken|boos|kwaad|"
    r"woedend|agressief|driftig|razend|ontploft|in de buurt|home|drinks|drunk|angry|mad)"
)

# --- control and coercion -------------------------------------------------------------------------

SEX = (
    r"seks|sex|seksueel|seksuele|vrijen|neuken|naar bed|intiem|intiems|aanraken|aangeraakt|"
    r"aanzitten|betast|betasten|pijpen|in bed|(?:raakt|raakte|zit|zat|zitten) (?:me|mij|aan me|"
    r"aan mij) aan|aan (?:me|mij) (?:zitten|zit|zat)|touch\w*"
)
COERCE = (
    r"dwing\w*|dwong|gedwongen|tegen (?:mijn|haar) (?:wil|zin)|zonder (?:mijn |haar )?toestemming|"
    r"(?:nee|stop) (?:zeg|zei|zeggen|gezegd|roep|riep)\w*|onder druk|pressure\w*|force[ds]?|"
    r"against my will|without (?:my )?consent|i (?:say|said) no|terwijl ik sliep|als ik slaap|"
    r"toen ik sliep|terwijl ik slaap|(?:als|terwijl|wanneer|ook als|ook al|"
    r"zelfs als) ik (?:het )?niet wil|ik wil (?:het )?niet(?= en| maar|\s*(?:,|$))|geen nee|"
    r"(?:die|dat|wat) ik niet wil|ik (?:dat|het) niet wil|toch door|gaat (?:gewoon )?door|"
    r"durf geen nee|eist|eiste|eisen|weiger\w*|verplicht\w*|(?:boos|kwaad|woedend|sikkeneurig|"
    r"chagrijnig) (?:als|wanneer) ik (?:geen zin|nee|niet wil)|toegeef|toe geef|ja zeg|aandringen|"
    r"aandringt|blijft zeuren|zeuren tot|zeurt tot"
)
CONTROL_THING = w(
    "werken werk baan studeren studie vrienden vriendinnen friends familie family ouders moeder "
    "vader zus broer collega collegas buiten naar_buiten de_deur_uit deur_uit weg niemand "
    "nergens heen naartoe geld pinpas bankpas rekening bankrekening telefoon rijbewijs sporten "
    "afspreken zien spreken bellen appen contact sleutels huis leave see work go_out go"
)
TRIVIAL = w(  # "ik mag van haar geen chips meer": a house rule, not control
    "chips snoep snoepen koffie suiker eten taart koek koekje bier wijn alcohol roken "
    "afstandsbediening tv muziek game gamen playstation netflix sokken schoenen film"
)
SNOOP = w(
    "controleert checkt leest doorzoekt bekijkt monitort snuffelt gaat_door checks reads "
    "monitors tracks goes_through looks_through"
)
PHONE = w(
    "telefoon mobiel gsm berichten whatsapp whatsappjes appjes apps app mail email mails sms "
    "smsjes sociale_media instagram facebook locatie bankrekening rekening uitgaven bonnetjes "
    "gesprekken wachtwoorden phone messages texts location bank_account email emails spending"
)
MONEY = w(
    "geld loon salaris uitkering pinpas bankpas spaargeld zakgeld bankrekening money paycheck"
)
INSULT = w(
    "hoer slet del teef kutwijf trut waardeloos waardeloze niks_waard niets_waard mislukkeling "
    "nietsnut dom domme lelijk lelijke dik dikke vet vette idioot debiel sukkel loser "
    "nergens_voor_deug nergens_goed_voor worthless whore slut bitch stupid ugly useless"
)

# --- figures of speech and contexts ---------------------------------------------------------------

# Blanked out before any rule runs: "ik lach me dood", "dat slaat nergens op", "ik kan hem wel
# wurgen" (annoyance), "hij sloeg de deur dicht", "hij dreigt met scheiden", negated harm words.
IDIOMS = rx(
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
    r"alarm|een flater|de spijker|toe|dicht|neer|de handen|zijn ogen|haar ogen|de krant)",
    r"\b(?:deur|deuren|kastdeur|autodeur|voordeur)(?: [a-z]+){0,3}? (?:dicht\w*|sla|slaat|sloeg|"
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
    r"in een (?:hoek|rol)|richting|away|to|into|harder|het zwembad in)\b",
    r"\b(?:beat|beats) (?:me|him|her) (?:to|at)\b|\bhits? (?:me|him|her) up\b|\bit hit me\b|"
    r"\bdying (?:to|for)\b|\bto die for\b|\bkilling it\b|\bkill(?:ing)? (?:time|for)\b|\b(?:is|"
    r"are|was|were) killing me\b|(?<!he )(?<!she )(?<!they )\bwill kill me\b|\bkiller\b|"
    r"\bkilled me\b(?= lol|$)",
    r"\b(?:voel|voelt|voelde|voelen)(?: [a-z]+)? (?:me|mij|zich|je) (?:aangevallen|gedwongen)\b",
    rf"\b(?:{HIT_FIN}|{HIT_PART}|{HIT_PART_W}) (?:me|mij|hem|haar) (?:per ?ongeluk|by accident|"
    r"accidentally)\b",
    r"\b(?:dreig|dreigt|dreigde|dreigen|gedreigd|threaten\w*)(?: (?:me|mij|ermee|er mee|steeds|"
    r"altijd|vaak|weer|constant|telkens|ook|al|om|to|with|hij|ze|zij))* (?:te |met |me |"
    rf"mij )*{LEAVE}\b",
    r"\bbedreigde (?:dier|plant|soort|diersoort)\w*|\b(?:zich|je) bedreigd|\bbedreigd(?: voelt|"
    r" voelde| voel)? door (?:zijn|haar|een|de|die|het|jouw|je) \w+|"
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
    r"gekieteld)\b"
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
ACCIDENT = rx(
    r"\bper ?ongeluk|\baccident\w*|\b(?:bij|tijdens) het [a-z]+|\baan (?:een|het|de|mijn) (?:mes|"
    r"papier|blaadje|glas|scherp\w*|tafel|kast)|\bwhile (?:cooking|shaving)"
)
GLUED = rx(
    r"^(?:ikwil(?:gewoon|echt)?(?:dood|sterven|nietmeerleven|ernietmeerzijn)|killmyself|"
    r"iwanttodie)$"
)

# --- chat spelling and pets --------------------------------------------------------------------

CHAT_SPELLING = {  # read by bot/safety.py's normaliser (typo -> word)
    "leve": "leven", "sterve": "sterven", "geslage": "geslagen", "gesnede": "gesneden",
    "gestoke": "gestoken", "gewurgt": "gewurgd", "geduwt": "geduwd", "dreigd": "dreigt",
    "heef": "heeft", "controleerd": "controleert", "berichte": "berichten", "vr": "voor",
    "ni": "niet", "nix": "niks",
}  # fmt: skip
PET = w("kat poes hond hondje katje konijn huisdier huisdieren cat dog pet")
