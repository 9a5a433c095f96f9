"""Rules for threats passed on or veiled, and fear shown by what one does.

Word families from the misses of blind set 3 and development round 8 (tests/safety_phrases.py):
a threat reported ("hij appte dat hij me gaat laten voelen wat pijn is", "ze zei dat papa
binnenkort een ongeluk krijgt"), a veiled one ("je zult het merken", "anders."), a leak of
intimate images held over the writer, and fear told by its precautions (112 ready, a bag
packed to flee, the bedroom locked, changed locks, a car parked in the street night after
night). Patterns are written in normal spelling and squeezed like the text (see
bot/safety_lexicon.py).
"""

from __future__ import annotations

from bot.safety_lexicon import (
    AGENT,
    AGENT_P,
    END,
    FAMILY,
    FEAR,
    KIDS,
    KILL,
    PARTNER,
    PARTNER_NP,
    PRON,
    REPORT,
    clause,
    sentence,
)

# Who a passed-on threat is aimed at: the writer, the children, a new partner, a family member.
_AIM = (
    rf"(?:me|mij|ons|je|jou|you|us|{KIDS}|hem|haar|hen|die persoon|die gast|iemand|"
    rf"mijn (?:nieuwe )?(?:{PARTNER}|{FAMILY}|familie|ouders)|papa|mama|the kids|my \w+)"
)
_HURT = (
    r"laten voelen|in elkaar (?:slaan|slaat|laten slaan|timmeren|timmert|trappen|slaan)|"
    r"te grazen (?:nemen|neemt)|een lesje (?:leren|leert)|opwacht\w*|op (?:me|mij|ons) af ?"
    r"(?:stuurt|sturen)|(?:iets|wat) (?:aandoet|aan doet|aandoen|aan zal doen)|ooit (?:nog )?"
    r"(?:wel )?(?:krijgt|krijg|pakt|pak)|nog wel (?:krijgt|krijg|pakt|vindt)|(?:een )?ongeluk"
    r"(?:je)? (?:krijgt|zal krijgen|kan krijgen|overkomt)|kapot (?:maakt|maken|zal maken)"
)

_PARTNER_OR_EX = rf"{PRON}|{PARTNER_NP}|hem|haar|him|her|ex|exman|exvrouw|exvriend|exvriendin"

THREAT_REPORTED = (
    # slashed with the writer in it: "ze zei dat ze mijn auto zou slopen en mij erbij"
    r"\b(?:slopen|sloopt|kapotmaken|kapot maken|in brand steken|in brand steekt|in de fik "
    r"(?:steken|steekt)|opblazen|burn \w+ down|burn down|burn the \w+)\b(?: [a-z]+){0,4}? "
    r"(?:met )?(?:mij|me|ons|us) (?:erbij|erin|inside|in it|with it)\b|\bwith (?:me|us|the "
    r"kids) (?:in it|inside)\b",
    # intimate images held over the writer: "hij dreigt dat hij de fotos online zet"
    sentence(
        r"(?:naakt|intieme |sexy |seks|sex)?(?:fotos?|foto s|beelden|videos?|filmpjes?|"
        r"opnames|screenshots|nudes|photos?|pictures?)",
        r"online|verspreid\w*|rondsturen|rondgestuurd|stuurt|sturen|doorsturen|posten|post|"
        r"zetten|zet|delen|deelt|send|share|leak\w*|upload\w*",
        r"dreig\w*|threat\w*|als (?:ik|je|jij)\b|if (?:i|you)\b|anders|tenzij|unless|"
        r"waarschuw\w*|zegt dat|zei dat|says|said",
        r"naakt\w*|intiem\w*|in bed|sex|seks|nudes|baas|werkgever|collega\w*|iedereen|boss|"
        r"everyone|dreig\w*|threat\w*",
        without=r"vakantie\w*|bruiloft|verjaardag|feest|oma|opa|album|holiday|wedding",
    ),
    # veiled: "je zult het merken", "je zou wel zien wat er gebeurt", "als je weet wat goed voor je is"
    sentence(
        rf"{AGENT_P}|{REPORT}|als (?:je|jij|ik)|if (?:you|i)",
        r"wel (?:zou|zal|zult|zul|gaat|ga|zouden|zullen) zien wat er (?:gebeurt|gaat gebeuren|zal "
        rf"gebeuren|van komt)|(?:zul|zal|zult|ga|gaat) (?:je|jij) (?:het|dat) (?:nog )?(?:wel )?"
        rf"(?:merken|voelen|bezuren|berouwen)(?:{END}| als| en)|you(?: wil| will)? see what "
        r"happens|you(?: wil| will) regret",
        without=r"verschil|resultaat|effect|goed doen|wat een verschil|lekker|heerlijk|fijn",
    ),
    sentence(
        r"mond (?:moet |kan |moest |kon |beter )?(?:houden|dicht ?houden|hou|houdt|dicht)|"
        r"keep (?:my|your) mouth shut|zwijgen",
        rf"anders(?:{END}| (?:gebeurt|zal|zul|krijg|ga|is|maak|weet))|or else|otherwise|als "
        r"(?:ik|je) (?:het|iets) (?:vertel|vertelt|zeg|zegt)|tegen de politie|niemand (?:iets )?"
        r"vertellen|if (?:i|you) tell",
    ),
    rf"\b{REPORT}\b.{{0,80}}, anders\s*$",
    # one who cannot have the writer: "als ik jou niet kan hebben, krijgt niemand je"
    r"\bals ik (?:jou|je) niet (?:kan|mag) (?:hebben|krijgen)\b|\b(?:krijgt|mag|kan) niemand "
    r"(?:anders )?(?:je|jou)\b|\b(?:no one|nobody)(?: else)? (?:gets|can have|will have) you\b",
    # a last day announced: "dat ik vandaag mijn laatste dag beleef als ik niet gehoorzaam"
    sentence(
        rf"{REPORT}|{AGENT_P}|als (?:ik|je|jij)|if (?:i|you)",
        r"(?:mijn|je|jouw|your|my) laatste (?:dag|uur|adem|kerst|verjaardag|day|breath|christmas)",
        without=r"werk|vakantie|school|stage|contract|kantoor|baan|job|cursus|proefperiode|"
        r"zwangerschap|verlof|studie|verhuizing|hier|daar|jarig|jarige",
    ),
    # the children taken abroad and never seen again
    sentence(
        r"kinderen|kids|children|dochter|zoon|de kleine",
        r"(?:ik|je|jij|you|i) (?:ze|hen|haar|hem|them|her|him) (?:nooit meer|niet meer|never)"
        r"(?: (?:terug)?zie| (?:terug)?ziet| zal zien| see)|(?:meeneemt|ontvoert|meenemen|take)"
        r"\b(?: [a-z]+){0,3}? (?:naar het buitenland|abroad|out of the country)",
        without=r"vakantie|holiday|oma|opa|school|kamp|logeren",
    ),
    # found after moving: "ik heb een nieuw adres maar hij heeft me toch gevonden"
    sentence(
        r"nieuwe? adres|verhuisd|ondergedoken|opvang|blijfvanmijnlijfhuis|moved|new address|"
        r"shelter",
        r"(?:heeft|had|has) (?:me|mij) (?:toch |alsnog |weer )?gevonden|found me|stond\b"
        r"(?: [a-z]+){0,2}? voor (?:de|mijn) deur|showed up",
        _PARTNER_OR_EX,
        without=r"bloemen|cadeau|verrassing|housewarming|helpen|hielp|flowers|gift",
    ),
    # a grave with one's name, pictures of one's own house
    r"\b(?:graf|grafsteen|kist|doodskist|grave|gravestone|coffin|kogel|bullet|rouwkaart)\w*\b"
    r"(?: [a-z]+){0,5}? (?:mijn naam|my name)\b|\b(?:pictures|photos|photo|picture|videos?) of my "
    r"(?:own )?(?:house|door|front door|car|window|bedroom)\b",
    # property to be blown up or burned: "ze zei dat ze mijn auto gaat laten ontploffen"
    rf"\b{REPORT}\b.{{0,60}}\b(?:mijn|ons|onze|my|our) (?:auto|huis|flat|car|house|home|"
    r"spullen)\b(?: [a-z]+){0,3}? (?:laten ontploffen|opblazen|opblaast|in brand (?:steken|steekt|"
    r"zetten)|in de fik (?:steken|steekt)|blow up|burn down|set on fire)\b",
    sentence(
        rf"{_PARTNER_OR_EX}|showed up|stond",
        r"(?:always|altijd) (?:know|weten|weet|find|vinden|vindt)\b(?: [a-z]+)? (?:where i (?:am|"
        r"live|work)|waar ik (?:ben|woon|werk)|me)\b",
        without=r"locatie|location|delen|share|sharing|app",
    ),
    # "dat is het laatste wat je doet", a lighter or a blade held to one's hair or throat
    r"\bhet laatste wat (?:je|jij) (?:ooit )?(?:doet|zult doen|gaat doen)\b|\bthe last thing you "
    r"(?:ever )?(?:do|will do)\b",
    rf"\b{AGENT}\b(?: [a-z]+){{0,4}}? (?:aansteker|vlam|sigaret|mes|schaar|strijkijzer|lighter|"
    r"knife|scissors)\w*\b(?: [a-z]+){0,2}? (?:bij|tegen|aan|op|to|against|near) (?:mijn|me|my) "
    r"(?:haar|haren|gezicht|keel|hals|arm|nek|hair|face|throat|neck)\b",
    # "make sure you never walk again"
    sentence(
        r"make sure (?:i|you) never|zorg(?:t|en)? (?:er )?(?:voor )?dat (?:je|jij|ik) (?:nooit "
        r"meer|niet meer)",
        r"(?:walk|lopen|zien|see|praten|talk|werken|work)\b(?: again)?",
        without=r"honger|dorst|alleen|verveel\w*|te laat|vergeet|mist|zorgen|pijn hebt|"
        r"hoeft|hoef",
    ),
)
THREAT_REPORTED_SOFT = (  # dropped when the message laughs
    # passed on: "hij appte dat hij me gaat laten voelen wat pijn is", "dat hij die persoon iets aandoet"
    rf"\b{REPORT}\b(?: [a-z,]+){{0,12}}? {_AIM}\b(?: [a-z]+){{0,4}}? (?:{KILL}|{_HURT})\b",
    rf"\b{REPORT}\b(?: [a-z,]+){{0,12}}? (?:{_HURT})\b",
    # an accident promised: "dat er een ongelukje kan gebeuren als ik niet terugkom"
    sentence(
        rf"{REPORT}|{AGENT}",
        r"(?:een )?ongeluk(?:je)? (?:kan |zal |gaat |zou )?(?:krijgt|krijgen|krijg|gebeuren|"
        r"gebeurt|overkomt|overkomen)|(?:krijgt|krijg|zal krijgen|kan krijgen) (?:binnenkort |"
        r"nog )?(?:een )?ongeluk(?:je)?",
        r"als (?:ik|je|jij)|binnenkort|anders|papa|mama|jou|you|if",
        without=r"fiets\w*|auto rijden|verkeer|glad|ijzel|voorzichtig|pas op|oppassen|rijles|"
        r"verzekering|puppy|hond|kat|zindelijk",
    ),
    sentence(
        r"(?:of|anders|als|dan) (?:je|ik|jij) (?:krijgt|krijg|gaat krijgen) (?:er ?)?van langs|"
        r"(?:krijg|krijgt) (?:je|jij|ik) (?:er ?)?van langs",
        rf"{REPORT}|{AGENT_P}",
    ),
    sentence(
        rf"{REPORT}|{AGENT_P}",
        r"(?:i|you) (?:should|better|had better|would better) (?:watch out|be careful|watch "
        r"(?:my|your) back)|watch your back",
    ),
    sentence(
        rf"{REPORT}|{AGENT}",
        r"als (?:je|jij|ik) (?:weet|wist) wat goed (?:is )?voor (?:je|jou|me|mij)|if you know "
        r"what is good for you",
    ),
    r"\bniet (?:zal |zult |zou |gaat |ga |kan )?na ?vertellen\b|\bwill not live to tell\b|\bik "
    rf"(?:krijg|pak|vind) (?:je|jou) (?:nog )?(?:wel|ooit)(?:{END}| een keer)",
    sentence(
        rf"{REPORT}",
        rf"(?:dan|en dan) (?:zie|zal|zul|zult|ga) (?:ik|je|jij) (?:het |dat )?(?:wel|nog wel)"
        rf"(?: zien| merken)?{END}|(?:dat|en dat) (?:ik|je|jij) (?:het )?dan (?:wel|nog wel) "
        rf"(?:zie|ziet|merk|merkt|zal zien|zult zien){END}",
    ),
    sentence(
        r"(?:iets|wat) (?:met|tegen) (?:me|mij|ons) van plan|van plan (?:om )?(?:me|mij) (?:iets "
        r"aan te doen|te pakken|op te wachten)",
        r"waarschuw\w*|warned|bang|pas op|oppassen|uitkijken|angst",
    ),
    r"\bop (?:me|mij|ons|je|jou) af ?(?:stuurt|sturen|stuur|gestuurd|stuurde|te sturen)\b|"
    r"\b(?:afstuurt|afsturen|afgestuurd|afstuurde) op (?:me|mij|ons)\b|\bsend(?:s|ing)? (?:his|"
    r"her) (?:brothers|friends|mates|people|family) (?:after|to get) (?:me|us)\b",
)

THREAT_FEAR = (
    # afraid of what happens: "ik kijk of zijn auto er staat, ik ben bang voor wat er gebeurt"
    sentence(
        rf"{FEAR}\b(?: [a-z]+){{0,3}} (?:voor |van |of )?wat er (?:gebeurt|gaat gebeuren|zal "
        r"gebeuren|kan gebeuren|dan gebeurt)|(?:afraid|scared) (?:of )?what (?:will|might|wil) "
        r"happen",
        rf"{_PARTNER_OR_EX}|zijn|his",
        without=r"economie|wereld|klimaat|oorlog|examen|operatie|ziekenhuis|werk|baan|ontslag|"
        r"reorganisatie|uitslag",
    ),
    # afraid of what he does: "bang voor wat hij 's nachts doet"
    rf"\b{FEAR}\b(?: [a-z]+){{0,3}} (?:voor |van |of )?(?:wat|what) {AGENT}\b(?: [a-z]+){{0,3}}? "
    r"(?:doet|does|aandoet|kan doen|zou kunnen doen|gaat doen|doen zal|doen gaat|doen kan|zal "
    r"doen|zou doen|might do|will do)\b",
    # locked in one's own room out of fear
    sentence(
        _PARTNER_OR_EX,
        r"\w*deur (?:op slot|dicht en op slot|op het nachtslot|op nachtslot)|op (?:het )?nachtslot|"
        r"op slot (?:gedaan|doen|gedraaid|draai)|lock(?:ed|s)? "
        r"(?:the|my) (?:bedroom |bathroom )?door|(?:door|deur) locked",
        rf"{FEAR}|angst|veilig|omdat (?:hij|ze)|voor als (?:hij|ze)|sinds (?:hij|ze)|zodat (?:hij|"
        r"ze) (?:niet|nooit)|terrified|scared|afraid|safe|vertrouw (?:hem|haar) niet|(?:do not|"
        r"dont) trust (?:him|her)",
        without=r"kinderen (?:komen|steeds)|inbrek\w*|storm|privacy|douche|bad|hond|kat|poes|wc|"
        r"toilet|spin\w*|muis|muizen",
    ),
    # cringing at his key or his voice
    sentence(
        r"(?:krimp|kromp|krimpen) (?:ik )?(?:in elkaar|ineen)|verstijf\w*|bevries|bevroor|"
        r"flinch\w*|freeze|froze",
        r"(?:zijn|haar|his|her) (?:sleutel|auto|stem|voetstappen|stappen|key|car|voice|footsteps)|"
        r"(?:als|wanneer|zodra|when) (?:hij|ze|zij|he|she) (?:binnenkomt|thuiskomt|thuis komt|"
        r"walks in|comes home|binnen komt|boos|kwaad|schreeuwt)",
        without=r"onweer|film|serie|spin\w*|tandarts|rekening",
    ),
    # 112 ready, a neighbour asked to call the police
    sentence(
        r"112|911|999|politie|police|alarmnummer|noodnummer|noodknop|noodapp|panic button|sos",
        r"klaar|ingetoetst|ingesteld|paraat|gevraagd|bellen|te bellen|ready|dialled|dialed|set "
        r"up|speed dial",
        r"(?:voor als|als|wanneer|zodra|in case|if|when) (?:hij|ze|zij|he|she|mijn ex|my ex)\b|"
        r"(?:hem|haar) (?:weer )?(?:hoort|ziet|hears|sees)",
        without=r"inbrek\w*|inbraak|oma|opa|valt|vallen|ziek|hartaanval|aanval|epilep\w*|"
        r"diabet\w*|ongeluk|brand|baby|kind|zwanger\w*|bevalling|weeen",
    ),
    # ready to flee from him: "ik slaap met mijn schoenen aan voor als ik snel weg moet voor hem"
    sentence(
        r"snel weg (?:moet|kan|te kunnen|moeten)|(?:moet|kan|te|om te) vluchten|ontsnappen|"
        r"escape|get out (?:fast|quickly)",
        r"(?:voor|van|bij) (?:hem|haar)\b|(?:als|wanneer|zodra|voor als) (?:hij|ze|zij|mijn "
        r"\w+)\b|(?:from|for) (?:him|her)\b",
        without=r"brand\w*|bevalling|vliegtuig|vlucht naar|vliegveld|trein|bus|file|werk|"
        r"vergadering|feest|concert|verjaardag|escape ?room|spel|game",
    ),
    sentence(
        r"(?:tas|koffer|rugzak|vluchttas|noodtas|spullen|papieren|paspoort)\b(?: [a-z]+){0,3}? "
        r"(?:klaar\w*|gepakt|ingepakt|verstopt)|(?:bag|go bag) (?:packed|ready)",
        r"vluchten|vlucht\b(?! naar)|ontsnappen|escape|flee",
        without=r"bevalling|ziekenhuis|vakantie|vliegveld|reis|weekend|verhuiz\w*|brand|evacu\w*|"
        r"overstroming|trein|oorlog|storm",
    ),
    # a car in the street night after night
    clause(
        rf"{PRON}|{PARTNER_NP}|ex|zijn auto|haar auto|his car|her car",
        r"(?:staat|stond|staan|rijdt|reed|parkeert|parkeerde|geparkeerd|wacht|wachtte|parks|"
        r"parking|parked|sits|waits|drives|keeps)",
        r"(?:in|voor|bij|tegenover|langs) (?:mijn|onze|ons|de) (?:straat|huis|deur|werk|flat|"
        r"school|raam|buurt)|across the street|outside my (?:house|work|door|place)|my street",
        r"al (?:twee|drie|vier|vijf|zes|zeven|een paar|[0-9]+) (?:dagen|nachten|avonden|weken)|"
        r"sinds (?:ik|we) (?:het )?(?:uitgemaakt|uit elkaar|gescheiden|weg)|sinds de (?:scheiding|"
        r"breuk)|elke (?:dag|nacht|avond)|iedere (?:dag|nacht|avond)|every (?:day|night)|keeps|"
        r"just watches|en kijkt|staart|watches me",
        without=r"oprit|driveway|parkeerplaats|parkeerplek|halen|ophalen|boodschappen|werkt "
        r"daar|woont daar|buurman",
    ),
    # silent calls from different numbers, a car with binoculars, an alarm button from the police
    sentence(
        r"(?:belt|belde|bellen|calls|called|appt|sms)\w*\b(?: [a-z]+){0,3}? (?:vanaf|van|from|met) "
        r"(?:verschillende|andere|nieuwe|anonieme|onbekende|afgeschermde|private|different|unknown) "
        r"nummers?",
        r"zegt (?:niks|niets)|hangt (?:meteen )?op|adem\w*|nachts|steeds|blijft|elke|says nothing|"
        r"hangs up|breathing|every",
        without=r"kapot|stuk|werk|zaak|verkoper|callcenter|reclame|spam|oma|opa|moeder|vader",
    ),
    sentence(
        _PARTNER_OR_EX,
        r"(?:zit|zat|staat|stond|sits|parked)\b(?: [a-z]+){0,5}? (?:auto|car)",
        r"verrekijker|binoculars|camera|fotografeert|filmt|in de gaten|kijkt naar (?:mijn|ons) "
        r"(?:huis|raam|deur)|watching (?:me|my)",
        without=r"vogel\w*|birds?|wild|natuur",
    ),
    sentence(
        r"alarmknop|noodknop|aware ?alarm|panic button|alarm button|straatverbod|contactverbod|"
        r"beschermingsbevel|restraining order",
        r"vanwege|door|omdat|sinds|because|from|tegen",
        _PARTNER_OR_EX,
        without=r"oma|opa|thuiszorg|vallen|valt",
    ),
    # creepy notes and photos: "ik zie je", a picture of one's own front door at night
    sentence(
        r"anoniem\w*|onbekend nummer|geen afzender|anonymous|unknown number|kaartje\w*|"
        r"briefje\w*|brief|bericht\w*|note|card|letter|bus|brievenbus",
        rf"\bik (?:zie|hou|houd) (?:je|jou)(?: in de gaten)?(?:{END}| overal| altijd| nog steeds)|"
        r"\bi (?:see|am watching) you\b|ik kijk naar je|ik weet wat je doet",
        without=r"straks|morgen|vanavond|zo meteen|gauw|snel|binnenkort|op het feest|daar|"
        r"thuis|lief|liefs|kus|xx|soon|tomorrow|later",
    ),
    r"\b(?:foto|fotos|filmpje|video|picture|photo)\w* van (?:mijn|ons|onze) (?:eigen |nieuwe )?"
    r"(?:huis|voordeur|deur|auto|werk|raam|slaapkamer|flat|woning|brievenbus)\b",
    # tracking: a device under the car, an app on the phone
    sentence(
        r"\w*(?:gps|tracker|zender|airtag)\w*|kastje|tracking device|volgapp",
        r"(?:onder|in|op|aan|under|on) (?:mijn|my) (?:auto|fiets|tas|jas|scooter|car|bike|bag|"
        r"coat|telefoon|phone)",
        rf"ex|exman|exvriend|exvrouw|hij|ze|zij|{PARTNER_NP}|he|she",
        without=r"zaak|werkgever|lease\w*|verzekering|kwijt|zodat ik|voor als ik|vergeet|verlies|"
        r"kwijtraak|sleutels",
    ),
    sentence(
        r"(?:app|programma|software|spyware|stalkerware)\w*\b(?: [a-z]+){0,3}? (?:op|in|on) "
        r"(?:mijn|my) (?:telefoon|gsm|mobiel|laptop|phone|computer)",
        r"(?:kan|kon|can|could) (?:zien|volgen|meelezen|meekijken|lezen|horen|see|track|read)|"
        r"waar ik (?:ben|ga|zit)|where i (?:am|go)|meelezen|meekijken",
        rf"ex|hij|ze|zij|{PARTNER_NP}|he|she|him|her",
        without=r"ouders|kinderen|kind|dochter|zoon|zaak|werk|find my|vriendinnen|samen|"
        r"afgesproken",
    ),
    sentence(
        r"leest (?:mee|alles)|meelezen|meeleest|screenshots|wachtwoord\w*|password",
        r"als waarschuwing|as a warning|waarschuw\w*",
    ),
    # hunted, locks changed, awake with fear
    r"\bvoel (?:me|mij) (?:zo |echt |steeds |constant )?(?:opgejaagd|belaagd|hunted)\b(?! door "
    r"(?!(?:hem|haar|mijn ex|him|her)\b))(?!.*\b(?:werk|deadline\w*|baas|drukte|planning)\b)",
    # turning up inside after being put out: "hij stond ineens in mijn slaapkamer"
    sentence(
        r"(?:stond|staat|was|zat|kwam|dook|duikt)\b(?: [a-z]+){0,4}? (?:in|bij) (?:mijn|ons|onze) "
        r"(?:slaapkamer|huis|kamer|badkamer|woonkamer|appartement|flat|woning)",
        r"(?:huis )?uit (?:heb |had )?gezet|eruit gezet|geen sleutel|contactverbod|straatverbod|"
        r"ingebroken|binnengedrongen|ingeklommen|zonder (?:aan te )?(?:bellen|kloppen)|"
        r"uit elkaar|gescheiden",
        without=r"kinderen (?:brengen|ophalen|op te halen)|spullen (?:ophalen|halen|op te halen)",
    ),
    sentence(
        r"(?:slot|sloten|locks)\b(?: [a-z]+){0,3}? (?:vervangen|veranderd|laten vervangen|changed|"
        r"gewisseld)",
        r"(?:nog )?(?:een )?sleutel (?:heeft|had|has)|binnen (?:kan|komt|kon)|terugkomt|bang|"
        r"angst|veilig|wakker|get in|come back|scared|afraid|ex\b",
        without=r"inbraak|inbrekers|kwijt|verloren|verhuizing|verhuurder|nieuwbouw|kapot",
    ),
    sentence(
        r"op slot|sloten|slot|locked|lock",
        r"(?:stel|voor als|als|in case|what if) (?:dat )?(?:hij|ze|zij|mijn ex|he|she)\b"
        r"(?: [a-z]+){0,2}? (?:terugkomt|terug komt|binnenkomt|opduikt|comes back|shows up)",
        without=r"inbrek\w*|storm|kat|hond",
    ),
    sentence(r"wakker van (?:de )?angst|uit angst|doodsangst|in angst", _PARTNER_OR_EX),
)
