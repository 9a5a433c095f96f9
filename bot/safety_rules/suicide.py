"""Rules for suicidal wording and self-harm (the writer, or a partner's own words).

Patterns are written in normal spelling and squeezed like the text (see bot/safety_lexicon.py).
"""

from __future__ import annotations

from bot.safety_lexicon import (
    AGENT,
    DEATH,
    DEATH_CUE,
    END,
    HEIGHT,
    HOPELESS,
    MEANS,
    PERSON_NP,
    PILLS,
    PRON,
    SELF,
    SELF_HARM,
    SPRING,
    STOP,
    WISH,
    clause,
    gap,
    sentence,
)

SUICIDE_BARE = (
    r"\b[sz]elf? ?mo+r[dt]\w*|\bzel ?mo+r[dt]\w*|\bsu[ie]?[cs]{1,2}id\w*|\bsuizid\w*|"
    r"\bzelf ?doding|\bzelf ?(?:beschadig|verwond)\w*|\bautomutil\w*|\bself ?(?:harm|injur)\w*|"
    r"\bunalive|\bdoods(?:gedachte|wens|verlangen)\w*|\blevensmoe\w*|\boverdos\w*|"
    r"\bafscheidsbrie\w*|\bgoodbye (?:letters?|notes?|messages?|video)\b|\bsuicide note\b"
)
SUICIDE = (
    # the writer wishing, planning or dreaming of being dead: "ik wil dood", "wou dat ik dood was"
    rf"\b(?:ik|i)\b{gap(5, STOP)} {WISH}\b{gap(6, STOP)} {DEATH}",
    sentence(
        r"(?:ik|i)",
        r"(?:geen (?:zin|reden|puf|kracht|zin meer|reden meer)|niet (?:meer|langer)|"
        r"zinloos)\b(?: [a-z,]+){0,8}? (?:in |om )?(?:het )?(?:te )?(?:leven|bestaan)",
        without="samen|met jou|zonder jou|langs elkaar|samenleven|zo (?:veel|druk)|in de stad",
    ),
    rf"\b{WISH} (?:ik|i)\b{gap(5, STOP)} {DEATH}",
    rf"\b(?:ik|i)\b{gap(3, STOP)} er (?:[a-z]+ )?(?:(?:beter|liever) niet (?:kan |zou |"
    r"had )?(?:zijn|wezen|geweest)|niet (?:meer|langer) (?:wil|wou|zou willen) (?:zijn|wezen))\b|"
    r"\bof ik (?:nog|wel)(?: langer| verder)? (?:wil|kan) (?:leven|bestaan|doorgaan)\b|"
    r"\bwil (?:mijn|dit) leven niet (?:meer|langer)\b|\b(?:niet (?:meer|langer)|"
    r"nooit meer) (?:wil|wilt|willen) (?:leven|bestaan)\b|\bnut (?:van|in) (?:het |"
    r"mijn )?leven niet\b",
    r"\b(?:stel|stelde|voorstellen|imagine|fantaseer\w*|droom\w*|denk|dacht)\b.{0,40}\b(?:als|dat|"
    r"if) (?:ik|i) (?:dood|do[dt]|dead|er niet meer) (?:ben|was|zou zijn|am|were)\b|"
    r"\b(?:dood ?(?:zijn|gaan)|sterven|er niet meer zijn) (?:lijkt|klinkt) (?:me|"
    r"mij)(?: [a-z]+)? (?:rustig|fijn|beter|prettig|heerlijk|een oplossing|een uitweg|"
    r"aantrekkelijk|verleidelijk|de enige)\b",
    sentence(
        r"(?:als|wanneer|zodra|voor als|if) (?:ik|i)\b(?: [a-z]+){0,3}? (?:er(?: [a-z]+)? niet|"
        r"dood|weg|do[dt]|dead|gone|doodga|dood ga|niet meer wakker|sterf|overlijd|verdwijn|"
        r"disappeared|disappear|died|verdween|stierf)\b",
        r"iedereen|niemand|iemand|beter|gelukkiger|opgelucht|makkelijker|missen|merken|opgelost|"
        r"voorbij|rust|brief|briefje|afscheid|testament|niet erg|vrede|prima|care|miss|notice|"
        r"better|happier|everyone|nobody|noone",
    ),
    sentence(
        r"hoe (?:ik|je) het (?:zou|ga|kan|moet|wil|het beste)(?: [a-z]+)? doen|opgezocht hoe|"
        r"gegoogeld",
        r"pillen|touw|trein|brug|springen|ophangen|mes|snijden|overdosis|pijnloos|dodelijk|"
        r"sterven|dood",
    ),
    sentence(
        rf"{PILLS} (?:genomen|geslikt|ingenomen|taken|took|swallowed)|(?:genomen|geslikt|"
        r"ingenomen|took|swallowed) (?:pillen|pills)",
        r"te ?veel|overdosis|allemaal|handvol|hele (?:strip|doos|pot)|too many|all of them|"
        r"ziekenhuis|ambulance|leegpompen|eerste hulp|spoedeisende|hospital",
    ),
    rf"\b{WISH}(?: [a-z]+){{0,2}}? (?:dat|that) (?:ik|i)\b{gap(4, STOP)} {DEATH}",
    rf"\b(?:ik|i)\b{gap(3, STOP)} (?:do[dt]|sterven|dood ?gaan|er niet meer zijn) {WISH}\b",
    rf"\b(?:ik|i)\b{gap(3, STOP)} (?:ga|gaan|going to|gonna)\b{gap(3, STOP)} (?:(?:er|het|"
    r"alles) (?:een )?eind\w* aan|(?:een )?eind\w* aan (?:mijn|het) leven|(?:het|alles|"
    r"mijn leven) beeindigen|end it|end my life|kill myself)",
    rf"\b{AGENT}{gap(2, STOP)} (?:wil|wou|wilde|wants|wanted) (?:dood|sterven|niet meer leven|"
    rf"er niet meer zijn|die)\b|\b{AGENT}\b{gap(3)} er (?:zelf )?(?:een )?(?:eind\w*|punt) (?:aan|"
    r"achter) (?:maakt|maken|zal maken|gaat maken|zet|zetten)\b(?=.*\b(?:als ik|if i|wegga|"
    r"vertrek|verlaat))",
    rf"\b(?:ik|i)\b{gap(4, STOP)} er (?:gewoon |zelf |maar |nu )*(?:een )?(?:eind\w*|punt) (?:aan|"
    r"achter)(?: (?:maak|zet|maken|zetten))?(?:\s*$| maken\s*$| zetten\s*$)",
    sentence(
        r"(?:ik|i|me|mij|mijn|mezelf|my|myself)",
        DEATH_CUE,
        HOPELESS,
        without=r"samen|met jou|zonder jou|met je|van je|langs elkaar|in de stad|nieuw leven|leven (?:met|"
        r"in|als) (?:een|kleine|de|het)|(?:mijn|zijn|haar|onze|de) (?:vader|moeder|opa|oma|hond|"
        r"kat|tante|oom|vriend|broer|zus)\b(?: [a-z]+){0,3}? (?:is|was)|roken|drinken|snoepen|"
        r"ruzie\w*|gezeur|geruzie|discussie|werk|baan",
    ),
    sentence(
        r"(?:ik|i|me|mij|mijn|mezelf|my|myself)",
        MEANS,
        rf"{HOPELESS}|{DEATH_CUE}",
        without=r"uitzicht|mooi|prachtig|genieten|foto|trampoline|zwembad|boten|gemist|vertraging|te laat|"
        r"wasgoed|buiten (?:zal |te )?hangen|planten|bloemen|barbecue|bbq|zonnetje|"
        r"apotheek|voorgeschreven|vitamine\w*|dokter|huisarts|keuken|koken|tuin|repareren|lekkage",
    ),
    rf"(?:^|, )(?:en |maar |want |dus )?{WISH}\b{gap(6, STOP)} {DEATH}",
    sentence(
        r"(?:ik|i)",
        r"voorgoed|voor altijd|definitief|for good|forever",
        r"stopt|stoppen|ophoudt|ophouden|weg|rust|slapen|verdwijn\w*|eruit|tussenuit|ertussenuit|"
        r"uit|end|stop|sleep",
        without="bij (?:jou|je|hem|haar)|samen|met (?:jou|je)|van je|hou|houden|blijven|roken|drinken|"
        "snoepen|weg uit|naar|verhuizen",
    ),
    sentence(
        r"(?:ik|i)",
        rf"(?:doos|doosje|strip|potje|pot|hele|al mijn|handvol) {PILLS}|"
        rf"{PILLS}\b(?: [a-z]+){{0,2}}? (?:drank|alcohol|wijn|drink|erbij)|(?:drank|alcohol|wijn|"
        r"drink)\b(?: [a-z]+){0,4}? " + PILLS,
        without=r"apotheek|gekocht|vitamine\w*|voorgeschreven|vergeten|pillendoos|hoofdpijn|"
        r"migraine|menstruatie|ongesteld|kramp\w*|rugpijn|kiespijn|koorts|griep|headache",
    ),
    r"\b(?:op|aan|langs|bij) het spoor (?:gestaan|gelegen|liggen|lig|gaan liggen|gezeten|gelopen|"
    r"staan|sta|stond|zat)\b|\bop de rails\b|\bafscheids(?:bericht|mail|video|appje|briefje)\w*",
    r"\b(?:liever|beter|liefst) (?:do[dt]|dead)\b|\b(?:was ik|ik was) maar (?:do[dt]|"
    r"nooit geboren)|\b(?:had ik|ik had) maar nooit (?:bestaan|geleefd)|\bnooit geboren (?:was|"
    r"te zijn)|\bmijn eigen (?:begrafenis|uitvaart)",
    # hopelessness
    r"\bzie (?:het|alles|het leven|mijn leven)(?: (?:echt|gewoon|allemaal|helemaal|totaal|even|"
    r"soms|zo|nu))* niet (?:meer|langer) zitten\b(?! (?:met|om|in|tussen|voor|zitten met))",
    r"\bzie (?:echt |gewoon )?geen (?:uitweg|uitkomst)\b(?! uit (?:deze|die|de|dit|het|onze) )|"
    rf"\bzie (?:echt |gewoon )?geen (?:toekomst|licht|reden)(?: meer)?(?:{END}| voor (?:mezelf|"
    rf"mij)\b)|\bgeen hoop meer{END}|\b(?:ik heb|heb ik) (?:echt |gewoon )?geen (?:toekomst|"
    rf"hoop)(?: meer)?{END}|\bzie (?:er|het) (?:echt |gewoon )?geen gat (?:meer )?in\b(?! (?:met|"
    r"voor))",
    r"\b(?:het leven|mijn leven|alles|niks|niets|life)(?: heeft| heft| is| has)(?: (?:nog|echt|"
    r"allemaal|helemaal|gewoon|voor mij))* (?:geen |nog |no )?(?:zin|zinloos|waardeloos|"
    r"uitzichtloos|een hel|hel|voorbij|over|op|meaning|point)\b",
    r"\bwat heeft (?:het leven|mijn leven|leven|het allemaal)(?: nog)? voor zin|"
    r"\bheeft allemaal geen zin meer|\b(?:geen|weinig)(?: enkele)? (?:zin|reden|puf|kracht|"
    r"nut)(?: meer)?(?: [a-z]+){0,2}? (?:in|om|to|van) (?:het leven|te leven|verder te leven|"
    r"mijn leven|live|leven)\b",
    r"\bgeen (?:zin|reden|kracht|energie|puf|moed|hoop)(?: meer)? (?:om|to) (?:door te gaan|"
    rf"verder te gaan|hier te zijn|go on|keep going)(?:{END}| en\b)",
    r"\b(?:wil|want)(?: (?:gewoon|echt|alleen|eigenlijk))* (?:dat )?(?:het|alles|it|it all|"
    rf"everything)(?: allemaal)? (?:ophoudt|stopt|voorbij is|to end|to stop){END}",
    r"\b(?:ik wil|wil ik|i want)(?: (?:echt|gewoon|het|ook|"
    rf"eigenlijk))* niet meer(?: verder)?{END}|\b(?:het leven|leven) (?:hoeft|"
    r"mag)(?: voor mij)? niet meer\b|\bhet hoeft(?: [a-z]+){0,4}? niet zo nodig meer\b|"
    r"\bzie mezelf niet (?:meer )?oud (?:worden|word)\b|\bhet leven niet meer (?:hoeft|hoef)\b|"
    rf"\bhet hoeft (?:voor mij|wat mij betreft)?(?: (?:allemaal|echt|gewoon))* niet meer{END}|"
    r"\bwat mij betreft hoeft het niet meer",
    r"\b(?:kan|wil)(?: (?:zo|echt|gewoon|het))* niet (?:meer |langer )?verder (?:leven|bestaan)\b|"
    r"\bwaarom\b(?: [a-z]+){0,4}? (?:doorgaan met (?:het |mijn )?leven|verder leven|nog leven|"
    r"nog leef|leef ik|ik leef|ik besta|ik nog leef|hier nog ben|er nog ben|ik hier (?:nog )?ben|"
    r"ik er (?:nog )?ben|besta ik|ik nog doorga|ik doorga|ik nog door ga|ik nog verder (?:ga|"
    r"zou gaan)|(?:(?:zou|moet) ik|ik (?:zou|moet)) (?:nog )?(?:verder gaan|doorgaan|door gaan|"
    r"verder))\b|\bwhy am i (?:still )?alive\b",
    r"\b(?:klaar|genoeg|moe) (?:met|van) (?:het leven|leven|mijn leven)\b(?! (?:in|op|als|met|"
    r"hier|daar|samen|zo|van)\b)|\bhet leven (?:zat|moe)\b|\b(?:stoppen|stop|"
    r"ophouden) met (?:het |mijn )?(?:leven|bestaan)\b|\bpunt achter mijn leven|"
    r"\bmijn leven (?:beeindig\w*|te beeindigen|stoppen|afsluiten)",
    r"\b(?:alles|het allemaal|everything) (?:te )?(?:beeindigen|opgeven)\b|\bend(?:ing)? it all\b|"
    r"\b(?:kill|killing|end|ending|take|taking) (?:mij|mij own) (?:life|own life)\b",
    # a burden, not missed
    r"\bbeter af zonder (?:mij|me|zon \w+|iemand als ik|een \w+ als ik)\b|\b(?:beter|makkelijker|"
    r"gelukkiger|rustiger|fijner)(?: [a-z]+){0,4}? zonder (?:mij|me)\b(?! (?:in(?! de buurt)|op|bij|erbij))|"
    r"\bniemand (?:me|mij|het) (?:zal|zou) (?:missen|merken)\b|\bniemand (?:zal|zou|gaat|"
    rf"die) (?:me|mij|het) (?:missen|mist|merken)(?! (?:op|bij|tijdens|at|on|in) (?:dat|die|het|de|"
    rf"the|a|een|zon)\b)|\bniemand mist (?:me|mij){END}|\b(?:een|"
    r"alleen maar een|alleen maar|tot) last (?:voor|zijn|ben|ben ik|ik ben)\b|"
    r"\bben (?:alleen maar |enkel )?(?:tot )?last\b|\bvoel(?:de)? (?:me|mij) (?:een|"
    r"alleen maar een|zon|zo een) last\b|\b(?:no one|noone|nobody) (?:would|will|is going to|"
    r"gonna) miss me|\bi am a burden|\bbetter off (?:dead|without me)",
    r"\b(?:beter|opgelucht|rustiger|makkelijker)\b(?: [a-z]+){0,4}? (?:als|wanneer|dat|if) (?:ik|"
    r"i) (?:dood|do[dt]|dead|verdwijn|weg ben|er niet meer ben|er niet ben|disappear|was gone|"
    r"am gone) ?(?:ben|was|zou zijn|ga|am|were)?\b",
    # self-harm without an accident to explain it
    rf"\b(?:(?:ik|i)\b{gap(4, STOP)} (?:me|mij)|mezelf|zichzelf|hemzelf|"
    r"haarzelf) (?:van het leven|van kant|om het leven|(?:iets|wat) aan ?(?:doe|doen|doet|"
    r"te doen)|ophang|op te hangen|ophangen)\b|\bzich (?:van kant|om het leven|(?:iets|"
    r"wat) aan ?(?:te )?doen|iets aandoen|wat aandoen|ophangen|op te hangen)\b|\b(?:kill|killing|"
    r"hang|hurt|cut|off) (?:myself|himself|herself)",
    # means and goodbyes
    rf"\b{PILLS}\b(?: [a-z]+){{0,2}}? (?:gespaard|opgespaard|verzameld|gehamsterd|geteld|sparen|"
    r"spaar|verzamel|tel|tellen|klaar\w*|verstopt)\b|\b(?:al|alle|hele|handvol|te veel|teveel|"
    r"doos|strip|pot|potje|hoeveel|"
    rf"welke)(?: [a-z]+){{0,2}}? {PILLS}(?: [a-z]+){{0,2}}? (?:tegelijk|innemen|slikken|"
    r"in te nemen|te slikken|genomen|geslikt|ingenomen|dodelijk|nodig|genoeg|take|took|"
    r"swallow\w*)\b|\b(?:collecting|saving|stockpiling|hoarding) (?:pills|meds)",
    rf"{sentence(SPRING, HEIGHT, without='op de (?:trein|metro)|trampoline')}",
    sentence(r"(?:ik|i) geef (?:het|alles) op", r"moe|vecht\w*|strijd|leven|alles|niet meer"),
    sentence(
        r"rustig|fijn|heerlijk|prettig|een opluchting|verleidelijk|aantrekkelijk|een uitweg|de oplossing",
        r"dood te (?:zijn|gaan)|te sterven|er niet meer te zijn|niet meer (?:te leven|"
        r"wakker te worden)|nooit meer wakker",
    ),
    rf"\b(?:{PRON}|{PERSON_NP})\b(?: [a-z]+){{0,2}}? (?:er|het|"
    r"alles) (?:zelf )?(?:een )?eind\w* aan (?:wil|wou|wilde|wilt|gaat|zal|gaan) maken\b",
    sentence(
        r"afscheid (?:genomen|nemen|neem)|(?:laatste|last) (?:keer|knuffel|kus|time)",
        r"weten (?:het )?(?:van )?(?:niks|niets)|weet niemand|niemand weet|zonder dat|stiekem|"
        r"voor altijd|voorgoed|laatste keer|for good|forever",
    ),
    sentence(r"motor", r"garage|uitlaat\w*|slang", without=r"reparat\w*|monteur|garagebedrijf|apk"),
    sentence(
        r"touw\b(?: [a-z]+){0,4}? (?:klaar\w*|gekocht|balk|haak|ophangen|op te hangen|gehangen|"
        r"opgehangen|zolder)",
        without=r"schommel\w*|tent|boot|klimrek|waslijn|hangmat|touwtrekken|zeil\w*|camping|"
        r"speeltuin|boomhut|tuin|kinderen|kids|verhuizing|aanhanger",
    ),
    sentence(
        r"klaar (?:mee|met)", r"alles en iedereen|het leven|mijn leven|alles , ik (?:ga|stop)"
    ),
    r"\bik (?:snij|snijd|kras|krab|brand)(?: (?:weer|nog|soms|vaak|stiekem|opnieuw|elke dag|"
    rf"al (?:weken|maanden|jaren)))+(?:{END}| en\b)|\bik ben weer (?:gaan |"
    r"begonnen met )?(?:snijden|krassen)\b|\b(?:me|mij|"
    r"mezelf)(?: gewoon)? (?:laten )?vallen(?:\s*$| van (?:het|de|een) (?:dak|brug|balkon|flat))",
    sentence(
        r"spullen(?: [a-z]+){0,2}? (?:verdeeld|weggegeven|weg gegeven|geregeld|uitgezocht)|testament",
        r"brief|briefje|brieven|klaargelegd|afscheid|voor als ik",
    ),
    r"\b(?:ik|i) (?:ben|zal|ga) er\b(?: [a-z]+){0,3}? (?:niet (?:lang )?meer|"
    r"niet meer lang)(?: zijn)?(?=\s*(?:,|$))(?<!morgen niet meer)",
    sentence(
        r"(?:alles|het allemaal) (?:geregeld|geregel|klaar)",
        r"brief|briefje|afscheid|testament|spullen",
    ),
    sentence(
        r"(?:ik|i)",
        r"(?:op|aan|van) (?:het|de|een) (?:dak|brug|perron|spoor|flat|balkon|rand)",
        r"(?:een|1) stap|naar beneden|de diepte|springen|spring|laten vallen|eraf",
        without="uitzicht|mooi|prachtig|genieten|foto|trampoline|zwembad",
    ),
    r"\b(?:voor|onder) (?:de|een) (?:trein|metro|tram|vrachtwagen|auto|bus) (?:te )?(?:springen|"
    r"spring|sprong|gaan liggen|lopen|stappen|gooien|werpen)\b|\b(?:laten |"
    r"mezelf laten )?overrijden\b|\bpolsen (?:door|doorsnijden|doorgesneden|doorsnijd)|\b(?:rand|"
    r"reling|rail|edge) van (?:het|de|een|the|a) (?:balkon|dak|brug|flat|perron|balcony|roof|"
    r"bridge)\b",
    r"\btestament\b(?=.*\b(?:spullen|afscheid|brief|verdeeld))|"
    r"\bafscheid (?:nemen|genomen|neem|genomen)\b(?: [a-z,]+){0,5}? (?:voor altijd|voorgoed|"
    r"van iedereen|van het leven|van deze wereld)|\bal mijn spullen weg ?(?:gegeven|geven|doen)\b",
    r"\b(?:weg|gone|tussenuit|ertussenuit|eruit|uit|rust|slapen|stoppen)(?: ,)? (?:voorgoed|"
    r"voor altijd|forever|for good)\b|\b(?:disappear|vanish) (?:forever|for good)\b|"
    rf"\bwant to disappear{END}|\b(?:denk|dacht|denken|think)\b(?: [a-z]+){{0,3}} (?:aan|over|"
    r"about) (?:de dood|dood ?gaan|sterven|er niet meer|dying|death)\b(?! van)",
    r"\b(?:wish i could|i just want to|i want to|i wanna)(?: just| really| simply)? die\b|"
    r"\bfeel like (?:dying|ending it|killing myself|disappearing|giving up)\b|\b(?:want|wanna|"
    r"wanted|wish|going|gonna|plan|planning) (?:to )?(?:die|be dead|not be alive|not exist|end it|"
    r"end my life|kill myself)\b(?! with)|\b(?:do not|no longer) want to (?:live|be alive|exist|"
    r"be here anymore)\b(?! (?:in|with|together|there|near|at|on))|\bwish i (?:was|were|"
    r"had never been) (?:dead|born)|\bno (?:reason|point) (?:to live|in living)|"
    r"\btired of (?:living|life)|\bdone with life|\bsee (?:the |any )?point (?:in|of) (?:living|"
    r"life|going on)\b",
)
SELF_INJURY = (  # ignored when an accident explains it: "mezelf gesneden bij het koken"
    rf"\b{SELF}(?: (?:weer|opnieuw|vaak|soms|gisteren|vannacht|expres|stiekem|al|echt|gewoon|ook|"
    rf"nog))*(?: te)? {SELF_HARM}\b|\b{SELF_HARM}(?: (?:in|op))? {SELF}",
    rf"\b(?:doe|doet|deed|deden) {SELF}{gap(4)} pijn\b|\b(?:mijn|me) (?:arm|armen|pols|polsen|"
    r"benen|been|huid|dijen|buik|handen)\b(?: [a-z]+){0,2}? (?:opengekrast|opengekrabd|"
    r"opengehaald|opengesneden|gesneden|gekrast|gebrand|verbrand|kapotgekrast|kapot gekrast)\b",
    sentence(
        r"(?:ik|i)",
        r"met (?:een|mijn) (?:mes|mesje|scheermesje|touw|pillen)",
        r"zat|zit|gezeten|lag|lig|gelegen|stond|sta|gestaan",
        without="keuken|koken|brood|groente|taart|uien|vlees",
    ),
    r"\bik (?:heb|had|snij|snijd|kras|brand)(?: (?:gisteren|weer|vandaag|vannacht|opnieuw|al|nog|"
    rf"ook|vaak|soms|stiekem))* (?:gesneden|gekrast|snijden|krassen|gebrand){END}|\b(?:snij|snijd|"
    r"snijdt|sneed|kras|krast|kraste|gesneden|gekrast|brand|gebrand|krab|krabt|krabde|gekrabd|"
    r"bijt|beet)(?: (?:me|mij))?(?: (?:in|op))? (?:mijn|me) (?:arm|armen|pols|polsen|benen|been|"
    r"bovenbenen|dijen|huid|buik)\b|\b(?:in|op) (?:mijn|me) (?:arm|armen|pols|polsen|benen|"
    r"bovenbenen|dijen) (?:gesneden|gekrast|gebrand)\b|\b(?:mijn|me) (?:arm|armen|pols|polsen|"
    r"benen|huid|dijen)\b(?: [a-z]+){0,2}? (?:open|kapot|bloedt|bloeden|tot bloedens)\b",
)

SUICIDE_MORE = (
    # "ik wil me zelf van kant maken": the idiom for killing oneself
    rf"\b(?:{SELF}|me|mij|ik|i)\b(?: [a-z]+){{0,3}}? van kant (?:te )?(?:maken|maak)\b",
    # farewell hints: a last message, "geen zorgen meer om mij", "als ik er niet meer ben"
    r"\b(?:dit is|this is) (?:mijn|het|my) laatste (?:bericht|berichtje|message|brief)\b(?! (?:van|"
    r"voor|over|hierover|vandaag|vanavond|in|op|hier|aan|for|of|today|tonight)\b)|"
    r"\b(?:hoeven|hoeft|hoef|hoef je|need|have to)(?: [a-z]+){0,3}? geen zorgen meer (?:om|over) "
    r"(?:mij|me)\b|\bnever (?:have to )?worry about me again\b|\bals ik er (?:straks |"
    r"binnenkort )?niet meer ben\b(?! (?:op|om|in|bij|na|voor)\b)|\bwhen i am gone\b",
    # imagining not being there: "wat als ik er gewoon niet meer zou zijn"
    r"\b(?:wat als|what if|stel dat|zou het) ik(?: [a-z]+){0,3}? niet meer (?:zou )?(?:zijn|"
    r"ben|was|besta|bestond|leefde|leef)\b(?! (?:op|om|in|bij|na|voor)\b)",
    # hoping for a fatal accident, or courting one
    clause(
        r"ik|i",
        r"hoop|hoopte|hope|wens|wou|zou willen|wish",
        r"ongeluk krijg|ongeluk zou krijgen|verongeluk|aangereden|aanrijding|misgaat|mis gaat|"
        r"niet overleef|nooit meer thuiskom|accident|get hit",
        without=r"niet misgaat|geen ongeluk|niet mis gaat|niemand|niet aangereden|bang",
    ),
    # a plan and the means decided
    sentence(
        rf"(?:ik|i) (?:heb|have) (?:een|a) plan{END}",
        r"(?:hoe|wanneer|waar|how|when) ik (?:het )?(?:ga|zal|wil|wil) doen|how i will do it",
    ),
    # the partner's suicidal words: "hij zei dat hij er niet meer wil zijn"
    rf"\b(?:{AGENT}|hij|ze|zij)\b(?: [a-z]+){{0,4}}? (?:hij|ze|zij) (?:er )?niet (?:meer|langer) "
    rf"(?:wil|wou|wilde) (?:zijn|leven|bestaan){END}|"
    r"\b(?:hij|ze|zij) (?:wil|wou|wilde) (?:dood|"
    r"sterven)\b",
)
SELF_INJURY_MORE = (  # ignored when an accident explains it
    rf"\b(?:{SELF}|me|mij)\b{gap(3)} (?:gesneden|gekrast|gebrand|verbrand|opengekrast)\b(?! (?:aan|"
    r"bij|tijdens|in de zon|door de zon|op de|in de keuken|met de strijk|at|on|while)\b)",
    r"\b(?:kras|krast|snij|snijd|brand|krab)\b(?: (?:weer|opnieuw|vaak|soms|nog|steeds|"
    r"stiekem|elke dag))+ (?:in|op) (?:mijn|me) (?:arm|armen|pols|polsen|benen|been|dijen|huid|"
    r"buik)\b|\b(?:brand|snij|snijd|kras) (?:ik )?(?:mezelf|mijzelf)\b",
    r"\b(?:i|ik)\b(?: [a-z]+){0,3}? (?:started|been|am|keep|kept|begun|begonnen met) (?:cutting|"
    rf"burning|scratching|hurting myself|harming myself|snijden|krassen)(?: again| weer)?{END}",
    sentence(
        r"krassen|sneden|snijwonden|brandwonden|littekens|wondjes",
        r"doe ik zelf|ik doe zelf|zelf gedaan|ik zelf|ik heb zelf|zelf gemaakt|zelf toegebracht|zelf aangedaan|heb ik zelf|did (?:it|them) myself",
    ),
)

# --- wider word families, found by grouping the misses of a blind set --------------------------

SUICIDE_WIDE = (
    # an attempt told without the word "zelfmoord": "vorige week heb ik een poging gedaan"
    sentence(
        r"(?:een|mijn|nog een|tweede|derde|eerste|laatste) poging (?:gedaan|ondernomen|gewaagd)|"
        r"(?:na|sinds|voor) mijn (?:eerste |tweede |laatste |vorige )?poging(?! (?:om|tot|voor|bij|"
        r"met|op|van)\b)|poging overleefd|(?:mijn|een) (?:eerste |tweede |derde |laatste |vorige )?"
        r"poging(?: [a-z]+){0,2}? (?:mislukt|overleefd|gefaald|failed)|(?:i|ik) (?:attempted|tried) (?:again|before|last)",
        r"niemand|stiekem|ziekenhuis|eerste hulp|\bseh\b|overleefd|mislukt|maag|pillen|vorige|"
        r"gisteren|gisteravond|afgelopen|weer|opnieuw|nog een|leven|nobody|no one|hospital",
        without=r"om|tot|samen|we|wij|met (?:hem|haar|jou)|rijbewijs|examen|record|deeg|taart|"
        r"recept|gesprek|sollicit\w*|stoppen met|roken",
    ),
    # saying goodbye and being almost ready: "afscheid genomen, het is bijna zover"
    sentence(
        r"afscheid (?:genomen|nemen|neem)|spullen(?: [a-z]+){0,2}? (?:verdeeld|weggegeven)|"
        r"brief (?:geschreven|klaargelegd|klaar)|alles (?:geregeld|op orde)",
        r"(?:bijna|nu) (?:klaar|zover|tijd)|het is (?:zover|tijd|klaar)|ik ben (?:er )?klaar voor|"
        r"ik ben er bijna|niemand (?:weet|merkt)|voor altijd|voorgoed",
        without=r"collega\w*|vakantie|verhuiz\w*|verhuisd|baan|werk|school|oma|opa|huis|"
        r"uitvaart van|begrafenis van|vriendin die|vriend die",
    ),
)
SELF_INJURY_WIDE = (  # ignored when an accident explains it
    # marks made on one's own body, also as nouns: "ik zet krassen op mijn benen"
    sentence(
        r"ik|i|mezelf|mijzelf",
        r"(?:zet|zette|maak|maakte|gezet|gemaakt|kerf|kerfde|gekerfd|trek|trok)(?: [a-z]+){0,2}? "
        r"(?:krassen|sneetjes|sneden|snijwonden|wondjes|kerven|brandwonden|lijnen)(?: [a-z]+){0,2}? "
        r"(?:in|op) (?:mijn|me) (?:arm|armen|pols|polsen|benen|been|bovenbenen|dijen|huid|buik|"
        r"heupen|enkels)",
        without=r"kat|poes|hond|kitten|braam\w*|doorn\w*|struik\w*|tuin\w*|snoei\w*|gevallen|fiets",
    ),
    # self-harm marks kept hidden: "lange mouwen zodat niemand de sneetjes ziet"
    sentence(
        r"krassen|sneetjes|sneden|snijwonden|wondjes|brandwonden|littekens|cuts|scars",
        r"lange mouwen|zodat (?:niemand|hij|ze|zij|mijn \w+)(?: het| ze| die)? (?:niet )?(?:ziet|"
        r"zien|merkt|weet)|niemand (?:mag|mag het|het) (?:zien|weten|merken)|verberg\w*|verstop\w*|"
        r"wegwerken|sleeves|hide|hiding",
        without=r"kat|poes|hond|kitten|braam\w*|doorn\w*|operatie|keizersnede|bevalling|acne|"
        r"puist\w*|waterpokken|ongeluk|tattoo\w*|tatoeage\w*",
    ),
)
