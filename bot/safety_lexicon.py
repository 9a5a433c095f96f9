"""Word lists, idioms and context filters for the safety net's detector (bot/safety.py).

The lexicons come per semantic field — death and self-harm, blows and grabs, threats and
fear, control and coercion — with inflections, common misspellings and English equivalents,
plus the people who can be agents or victims. The idiom filter blanks out everyday figures of
speech; the context filters (media, sport, accidents, laughter) decide when a rule mode is
skipped. Everything is written in normal spelling: :func:`rx` squeezes doubled letters like
the detector squeezes the text, so write whole words ("overleef|overleven", never
"overle(?:ef|ven)"). The rules that combine these fields live in bot/safety_rules/.
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

# A separable verb splits around a modal in a subordinate clause ("dat hij me af komt maken",
# "dat ze me iets aan gaat doen"): the skeleton joins it again ("komt afmaken", "gaat aandoen").
SEPARABLE = rx(
    r"\b(af|(?:(?<=\biets )|(?<=\bwat ))(?<!\ber iets )(?<!\ber wat )(?<!\bdaar iets )aan|kapot|dood|"
    r"weg|op) (komt|komen|gaat|gaan|zal|zullen|zou|zouden|wil|wou|wilde|kan|"
    r"kon|moet) (maken|doen|slaan|steken|schieten|pakken|nemen|zoeken|wachten|halen)\b"
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
    "handen schouder schouders keel gezicht onderbuik maag oor oren kin heup heupen head face "
    "stomach back chest neck throat arm arms leg legs ribs jaw nose eye mouth cheek ear"
)
BODY_HURT = w(
    "hoofd gezicht kop buik rug been benen borst ribben nek keel hals strot mond neus oog ogen "
    "kaak head face stomach back chest neck throat ribs jaw nose eye"
)
# The writer's body hurt: "mijn oog is nog helemaal dik", "mijn lip bloedt", "my eye is swollen".
WOUND = (
    r"(?:mijn|me|my) (?:oog|ogen|lip|lippen|wang|neus|kaak|arm|armen|bovenarm|pols|polsen|hals|"
    r"nek|keel|rug|ribben|gezicht|hoofd|wenkbrauw|eye|lip|face|nose|cheek|jaw|arm|neck)\b"
    r"(?: [a-z]+){0,3}? (?:dik|dichtgeslagen|opgezwollen|gezwollen|opgezet|blauw|paars|gescheurd|"
    r"lag open|ligt open|bloedt|bloedde|bloedend|swollen|bleeding|bruised)\b"
)
ADV = (
    r"(?: (?:ook|weer|soms|vaak|altijd|nog|gewoon|echt|steeds|regelmatig|dan|toen|al|alle|"
    r"constant|opnieuw|zomaar|keihard|hard|gisteren|vandaag|vannacht|vanavond|gisteravond|"
    r"vanochtend|wel eens|weleens|af en toe|elke dag|iedere dag|zo|even|expres|also|again|"
    r"sometimes|often|always|really|just|vaker|harder|more)){0,3}"
)
# A separable particle after the object changes the verb: "sla hem op", "duwt me weg".
PARTICLE = (
    r"(?! (?:over|aan|af|toe|dicht|weg|eruit|buiten|door|wakker|binnen|er|me|up|away|dood)\b| op(?: in|"
    r" als| onder|\s*$))"
)
HABIT = (  # turning up once is a visit; turning up again and again is stalking
    r"al een uur|al uren|elke|iedere|elk|steeds|weer|telkens|constant|blijft|altijd|al weken|"
    r"every|keeps|again|ongevraagd|onaangekondigd|s nachts|midden in de nacht|stiekem|dagelijks|"
    r"de hele|al (?:twee|drie|vier|vijf|zes|zeven|een paar|[0-9]+) (?:dagen|nachten|avonden|weken)|"
    r"sinds (?:ik|we) (?:het )?(?:uitgemaakt|uit elkaar|gescheiden|weg)|sinds de (?:scheiding|breuk)"
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
    r"leven)|nooit meer (?:iets |niks )?(?:voelen|voel)(?! (?:voor|bij|van|om)\b)|never feel "
    r"anything again|nooit geboren|not (?:to )?wake up|er (?:beter |liever )?niet (?:meer |"
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
    r"met alles|genoeg van|op is|no point|no reason|hopeless|anymore|feel like|can not do this|"
    r"voor het geval dat(?=\s*(?:,|$))|just in case(?=\s*(?:,|$))"
)
MEANS = (
    r"pillen|slaappillen|medicijnen|tabletten|paracetamol|mesje|scheermesje|scheermes|touw|strop|"
    r"brug|spoor|rails|trein|perron|dak|flat|balkon|tegen een boom|uitlaatgassen|overdosis|"
    r"springen|ophangen|snijden|gif|afgrond|diepte|pills|razor|rope|bridge|train|roof"
)
PILLS = w(
    "pillen tabletten medicijnen slaappillen slaaptabletten paracetamol pijnstillers oxazepam "
    "temazepam lorazepam diazepam xanax ibuprofen antidepressiva insuline lithium tramadol "
    "oxycodon morfine codeine pills meds tablets painkillers"
)
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
    "pak_rammel rammel vuist elleboog beuk duw oorvijg oorveeg kaakslag muilpeer pandoering "
    "rammeling black_eye beating punch stamp draai_om_de_oren draai_rond_mijn_oren "
    "draai_om_mijn_oren draai_rond_de_oren"
)
INJURY = (
    r"blauwe plek\w*|blauw oog|blauwe ogen|bloedneus|bloedlip|dikke lip|hersenschudding|"
    r"gekneusd\w*|bont en blauw|bruises?|black eye|bloody nose|bloedde|bleeding|bled|"
    r"gebroken (?:arm|neus|rib|ribben|kaak|pols|vinger|tand|teen|been|sleutelbeen|oogkas|jukbeen|"
    r"hand|enkel|nose|arm|rib|ribs|jaw|wrist)|(?:arm|neus|rib|ribben|kaak|pols|vinger|tand) "
    r"(?:gebroken|gekneusd)|(?:een |mijn |me )?(?:dikke|gescheurde|kapotte|gezwollen|"
    r"opgezwollen|gespleten|bloedende|dichtgeslagen) (?:lip|oog|wang|neus|kaak|wenkbrauw)|"
    rf"{WOUND}"
)
GRAB = w(
    "greep grijpt pakt pakte pakken gegrepen gepakt houdt hield drukt drukte kneep knijpt "
    "grabbed grabs held"
)
THROW = w(
    "gooit gooide gegooid smijt smeet gesmeten werpt wierp kapotgegooid stukgegooid throws threw "
    "thrown"
)
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
REPORT = w(  # how a threat is passed on: said, texted, written, let know, warned
    "zei zegt zeggen gezegd zeiden schreeuwde schreeuwt riep roept dreigde dreigt gedreigd appte "
    "appt geappt sms smste gesmst schreef schrijft geschreven fluisterde fluistert liet_weten "
    "laat_weten belooft beloofde beloofd waarschuwde waarschuwt gewaarschuwd bericht berichtje "
    "mailde mailt vertelde vertelt verteld zweert zwoer gezworen said says told tells texted texts "
    "wrote writes messaged warned warns threatened threatens swore yelled screamed whispered"
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
    r"seks|sex|seksueel|seksuele|vrijen|neuken|naar bed|intiem|intiems|aanraken|aangeraakt|porno|"
    r"uitkleden|uitkleed|uitgekleed|"
    r"bevredig\w*|"
    r"aanzitten|betast|betasten|pijpen|in bed|(?:raakt|raakte|zit|zat|zitten) (?:me|mij|aan me|"
    r"aan mij) aan|aan (?:me|mij) (?:zitten|zit|zat)|touch\w*"
)
COERCE = (
    r"dwing\w*|dwong|gedwongen|tegen (?:mijn|haar) (?:wil|zin)|zonder (?:mijn |haar )?toestemming|"
    r"(?:nee|stop) (?:zeg|zei|zeggen|gezegd|roep|riep)\w*|onder druk|pressure\w*|force[ds]?|"
    r"against my will|without (?:my )?consent|i (?:say|said) no|terwijl ik sliep|als ik slaap|"
    r"even though i (?:told|said|do not want)|i (?:told|tel) (?:him|her) (?:no|i do not)|"
    r"toen ik sliep|terwijl ik slaap|(?:als|terwijl|wanneer|ook als|ook al|"
    r"zelfs als) ik (?:het )?niet wil|ik wil (?:het )?niet(?= en| maar|\s*(?:,|$))|geen nee|"
    r"(?:die|dat|wat) ik niet wil|ik (?:dat|het) niet wil|toch door|gaat (?:gewoon )?door|"
    r"durf geen nee|durf (?:niet|geen)(?: meer)? nee te zeggen|eist|eiste|eisen|weiger\w*|verplicht\w*|(?:boos|kwaad|woedend|sikkeneurig|"
    r"chagrijnig) (?:als|wanneer) ik (?:geen zin|nee|niet wil)|toegeef|toe geef|ja zeg|aandringen|"
    r"aandringt|blijft zeuren|zeuren tot|zeurt tot"
)
CONTROL_THING = w(
    "werken werk baan studeren studie vrienden vriendinnen friends familie family ouders moeder "
    "vader zus broer pa ma papa mama opa oma schoonfamilie collega collegas buiten naar_buiten de_deur_uit deur_uit weg niemand "
    "nergens heen naartoe geld pinpas bankpas rekening bankrekening telefoon rijbewijs sporten "
    "afspreken zien spreken bellen appen contact sleutels huis supermarkt winkel boodschappen stad "
    "winkelen shoppen leave see work go_out go"
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


# --- chat spelling and pets --------------------------------------------------------------------

CHAT_SPELLING = {  # read by bot/safety.py's normaliser (typo -> word)
    "leve": "leven", "sterve": "sterven", "geslage": "geslagen", "gesnede": "gesneden",
    "gestoke": "gestoken", "gewurgt": "gewurgd", "geduwt": "geduwd", "dreigd": "dreigt",
    "heef": "heeft", "controleerd": "controleert", "berichte": "berichten", "vr": "voor",
    "ni": "niet", "nix": "niks",
    # Flemish: "'k heb gene goesting", "mijne vent", "ge moet da geloven", "hij heeft mij geslaan"
    "gene": "geen", "goesting": "zin", "mijne": "mijn", "zijne": "zijn", "geslaan": "geslagen",
    "gij": "jij", "ge": "je", "da": "dat", "nen": "een", "gestampt": "geschopt", "stampt": "schopt",
    "stampte": "schopte", "kloppen": "slaan",
}  # fmt: skip
PET = w("kat poes hond hondje katje konijn huisdier huisdieren cat dog pet")
