"""Rules for the safety net's detector (used by bot/safety.py).

The rules combine a word field of bot/safety_lexicon.py with a person: the writer ("ik",
"me", "mezelf") for suicide and self-harm, a partner or family member ("hij", "ze", "mijn
man") as agent or object for the other kinds. Many rules are co-occurrence rules
(:func:`~bot.safety_lexicon.clause`, :func:`~bot.safety_lexicon.sentence`: all parts somewhere
in the clause or sentence, in any order), so unseen word orders still match; the idiom filter
and the ``without`` lists keep everyday figures of speech quiet. Write in normal spelling:
patterns are squeezed like the text.
"""

from __future__ import annotations

from bot.safety_lexicon import (
    ADV,
    AGENT,
    AGENT_P,
    BODY,
    BODY_HURT,
    COERCE,
    CONTROL_THING,
    DEATH,
    DEATH_CUE,
    END,
    FAMILY,
    FEAR,
    FEAR_SIGN,
    FOLLOW,
    GRAB,
    HABIT,
    HARM_V,
    HEIGHT,
    HIT_NOUN,
    HIT_PART,
    HIT_PART_W,
    HIT_S,
    HIT_STRONG,
    HIT_W,
    HOPELESS,
    INJURY,
    INSULT,
    KIDS,
    KILL,
    ME,
    MEANS,
    MONEY,
    NEG,
    PARTICLE,
    PARTNER,
    PARTNER_NP,
    PERSON_NP,
    PET,
    PHONE,
    PILLS,
    POSS,
    PRON,
    PUSH,
    SAY,
    SELF,
    SELF_HARM,
    SEX,
    SNOOP,
    SPRING,
    STOP,
    THROW,
    TRIGGER,
    TRIVIAL,
    VICTIM,
    WEAPON,
    WISH,
    clause,
    gap,
    sentence,
)

# --- suicide and self-harm ------------------------------------------------------------------------

SUICIDE_BARE = (
    r"\b[sz]elf? ?mo+r[dt]\w*|\bzel ?mo+r[dt]\w*|\bsu[ie]?[cs]{1,2}id\w*|\bsuizid\w*|"
    r"\bzelf ?doding|\bzelf ?(?:beschadig|verwond)\w*|\bautomutil\w*|\bself ?(?:harm|injur)\w*|"
    r"\bunalive|\bdoods(?:gedachte|wens|verlangen)\w*|\blevensmoe\w*|\boverdos\w*|"
    r"\bafscheidsbrie\w*"
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
        without=r"apotheek|gekocht|vitamine\w*|voorgeschreven|vergeten|pillendoos",
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
    r"gelukkiger|rustiger|fijner)(?: [a-z]+){0,4}? zonder (?:mij|me)\b(?! (?:in|op|bij|erbij))|"
    r"\bniemand (?:me|mij|het) (?:zal|zou) (?:missen|merken)\b|\bniemand (?:zal|zou|gaat|"
    rf"die) (?:me|mij|het) (?:missen|mist|merken)|\bniemand mist (?:me|mij){END}|\b(?:een|"
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
        r"klaar (?:mee|met)", r"alles en iedereen|het leven|mijn leven|alles , ik (?:ga|stop)"
    ),
    r"\bik (?:snij|snijd|kras|krab|brand)(?: (?:weer|nog|soms|vaak|stiekem|opnieuw|elke dag|"
    rf"al (?:weken|maanden|jaren)))+(?:{END}| en\b)|\bik ben weer (?:gaan |"
    r"begonnen met )?(?:snijden|krassen)\b|\b(?:me|mij|"
    r"mezelf)(?: gewoon)? (?:laten )?vallen(?:\s*$| van (?:het|de|een) (?:dak|brug|balkon|flat))",
    sentence(
        r"spullen (?:verdeeld|weggegeven|weg gegeven|geregeld|uitgezocht)|testament",
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
    r"\btouw\b(?: [a-z]+){0,4}? (?:klaar\w*|gekocht|balk|haak|ophangen|op te hangen|gehangen|"
    r"opgehangen|zolder)|\btestament\b(?=.*\b(?:spullen|afscheid|brief|verdeeld))|"
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

# --- physical violence ----------------------------------------------------------------------------

VIOLENCE_BARE = (
    r"(?<!met )\bgeweld\b|\bgewelddadig\w*|\bhandtastelijk\w*|\bmishandel\w*|\bviolen(?:ce|t)\b|"
    r"\bwurg(?:t|de|den|en)?\b|\b(?:kinder|partner|relatie|gezins)(?:mishandel\w*|geweld)\b|"
    r"\bdomestic (?:violence|abuse)\b|\b(?:fysiek|lichamelijk) (?:geweld|mishandel\w*|agressief)"
)
HURT_BY = sentence(
    rf"{AGENT}|hem|haar|him|her",
    rf"(?:ik|i|me|mij|mijn|my)\b(?: [a-z]+){{0,5}}? (?:{INJURY})",
    without=r"van (?:het|de|een) (?!hem|haar)|gevallen|gestoten|viel|val|sport|voetbal\w*|fiets\w*|"
    r"training|kast|tafel|stoeien|per ongeluk",
)
VIOLENCE = (
    rf"\b{HIT_S}(?: {AGENT})?{ADV} (?:{ME}|{KIDS})\b(?! {NEG}\b){PARTICLE}",
    rf"(?<!\bik )(?<!\bi )\b{HIT_S}(?: {AGENT})?{ADV} {VICTIM}\b(?! {NEG}\b){PARTICLE}",
    r"\bik (?:sla|schop|trap|duw|stomp) (?:hem|haar)(?: (?:wel eens|weleens|soms|vaak|regelmatig|"
    rf"ook))*(?: (?:als|wanneer|toen)\b|{END})",
    rf"\b{AGENT}{gap(3)} {HIT_W}{ADV} {VICTIM}\b(?! {NEG}\b){PARTICLE}|"
    rf"\b{HIT_W} {AGENT}{ADV} {VICTIM}\b{PARTICLE}",
    rf"\b{AGENT} (?:{ME}|{KIDS}){ADV} {HIT_S}\b|\b{AGENT}\b{ADV} (?:{HIT_S}|"
    rf"schopt)(?: en (?:{HIT_S}|{HIT_W}))?{ADV}(?: (?:als|wanneer|toen|zodra|tot)\b|{END})",
    rf"\b{VICTIM}{gap(6, NEG + '|dat|die|wat|omdat|toen|als')} (?:in elkaar |"
    rf"bont en blauw )?{HIT_PART}\b(?! (?:bij|tijdens) (?:het|de) (?:voetbal|sport|training|"
    rf"spel))|\b{AGENT}\b{gap(3)} {VICTIM}{gap(5)} {HIT_PART_W}\b",
    r"\b(?:ik|we|wij|i)(?: (?:word|wordt|werd|ben|was|werden|zijn|is|get|got|am|been|being|"
    rf"keep getting))\b{gap(4)} (?:in elkaar |bont en blauw )?(?:{HIT_PART}|beaten|punched|choked|"
    r"strangled|slapped|assaulted|attacked|hit)\b(?! (?:bij|tijdens|door de|by the) )",
    r"\bhit by (?:him|her|my)\b|\bbeat(?:s|ing)? (?:me|her|him) up\b|\bin elkaar (?:geslagen|"
    r"getrapt|geschopt|gebeukt|getimmerd|gestompt|gemept|gebokst|gerost|slaan|trappen|slaat|"
    r"sloeg|schopt|schoppen|timmeren|timmert|timmerde)\b|\b(?:krijg|kreeg|kregen|krijgen|"
    r"gekregen)(?: (?:ik|ze|we))?(?: [a-z]+){0,2}? (?:klappen|slaag|rake klappen|een pak slaag|"
    r"een pak rammel)\b|\ber (?:is|wordt|werd|worden|werden)(?: [a-z]+){0,2}? (?:geslagen|"
    r"geschopt|gevochten|mishandeld)\b|\bte pakken gehad\b|\b(?:losgegaan|los gegaan|gaat los|"
    rf"ging los) op (?:me|mij|haar|hem|ons|{KIDS})\b|\b{AGENT}{gap(2)} (?:scratched|scratches|bit|"
    r"bites|slapped|punched|kicked|hit|choked|grabbed|pushed|shoved|burned|burnt|cut) (?:me|"
    rf"my \w+|us|the kids)\b|\b{VICTIM}{gap(3)} onder (?:water|het water)\b|"
    r"\bonder water (?:gehouden|geduwd|gedrukt)\b|\b(?:vallen|vielen|viel|"
    r"valt) (?:er )?(?:[a-z]+ )?(?:klappen|rake klappen|slagen)|\bklappen (?:vallen|vielen|"
    r"gevallen)|\b(?:heet|kokend|hete|kokende) (?:water|koffie|thee|olie|soep)\b(?=.*\b(?:over|"
    r"naar|tegen|op) (?:me|mij|mijn)\b)|\bpak slaag\b|\bop (?:me|mij|haar|hem|ons) in\b",
    clause(
        AGENT,
        rf"{ME}|{KIDS}|{POSS} {BODY_HURT}",
        rf"{HIT_STRONG}|{HIT_PART}|{HIT_NOUN}|duwt|duwde|knijpt|kneep|krabt|krabde|spuugt|spuugde|"
        r"sleurt|sleurde|smijt|smeet|slingert|slingerde|gekrabd|bespuugd|geknepen|gegooid",
        without=rf"{NEG}|kus\w*|knuffel\w*|aai\w*|zacht\w*|lief|grap\w*|speel\w*|spel\w*|kietel\w*|"
        r"per ongeluk|hand|handen",
    ),
    # blows given and received: "hij gaf me een klap", "ik kreeg een trap van hem"
    r"\b(?:geeft|gaf|gaven|geven|geef|give|gave|"
    rf"gives)(?: {AGENT})? {VICTIM}{gap(3)} {HIT_NOUN}\b|\b{VICTIM}{gap(3)} (?:{HIT_NOUN}|"
    rf"{INJURY}){gap(4)} (?:gegeven|verkocht|bezorgd|geslagen)\b|\b(?:kreeg|krijg|krijgt|kregen|"
    rf"gekregen|krijgen|got|get){gap(4)} {HIT_NOUN} (?:van|from) (?:hem|haar|him|her|"
    rf"{PERSON_NP})\b|\b(?:klappen|pak slaag|rammel) (?:krijgen|kreeg|gekregen|krijg|geven|gaf|"
    r"gegeven|uitdelen|uitgedeeld|deelt|deelde)\b|\b(?:een|an) (?:elleboog|elbow|vuist|fist|"
    r"kopstoot)\b(?= (?:in|op|tegen|to)\b)",
    # grabbing, throttling, pinning, throwing
    rf"\b{GRAB}(?: {AGENT})? (?:{VICTIM}|{POSS} {BODY})(?: (?:zo|echt|altijd|vaak|vast))* (?:hard|"
    r"ruw|hardhandig|keihard|pijnlijk)\b|\b(?:me|mij)(?: (?:zo|echt|altijd|vaak))* (?:hard|ruw|"
    r"hardhandig|keihard) (?:vastpakt|vastpakte|vastgrijpt|vastgreep|vastgepakt|beetpakt|knijpt|"
    r"kneep|vast|beet)\b",
    rf"\b{GRAB}(?: {AGENT})?(?: {VICTIM})?(?: (?:hard|keihard|vast))* (?:bij|aan|om|by) (?:{POSS}|"
    r"de|the|haar|her) (?:keel|nek|hals|strot|haar|haren|kraag|throat|neck|hair)\b|\b(?:bij|aan|"
    rf"by) (?:{POSS}|de|the) (?:keel|nek|hals|strot|haar|haren|arm|armen|pols|polsen|kraag|throat|"
    r"neck|hair)(?: [a-z]+){0,4}? (?:gegrepen|gepakt|vastgepakt|vastgegrepen|getrokken|"
    r"gesleurd|gesleept|meegesleurd|grabbed|dragged)\b|\b(?:handen|hand|hands) (?:om|rond|"
    r"around) (?:mijn|me|haar|my|her) (?:keel|nek|hals|throat|neck)|\bkeel dicht\w*|\b(?:kneep|"
    r"knijpt|knepen) (?:mijn|me|haar) keel|\b(?:me|mij) in (?:een|de) wurggreep|\b(?:draait|"
    r"draaide|verdraait|verdraaide|omgedraaid|verdraaid|gedraaid) (?:mijn|me|haar) (?:arm|armen|"
    r"pols|vinger|vingers|nek)\b|\b(?:mijn|me|haar) (?:arm|armen|pols|vinger|vingers|"
    r"nek)(?: [a-z]+){0,2}? (?:omgedraaid|verdraaid|omgedraaid|op mijn rug gedraaid)\b",
    sentence(
        rf"{AGENT}",
        r"me|mij|mijn",
        r"tot (?:ik|het)\b(?: [a-z]+){0,2}? (?:schreeuwde|gilde|bloedde|pijn deed|flauwviel|"
        r"geen lucht|blauw|duizelig|niet meer kon)",
        without=r"lach\w*|kietel\w*|knuffel\w*",
    ),
    rf"\b{PUSH}(?: {AGENT})?(?: {VICTIM})?(?: [a-z]+){{0,3}}? (?:(?:tegen|op|in) (?:de|"
    r"het) (?:muur|grond|kast|deur|vloer|raam|tafel|auto)|op de grond|van de trap|door de kamer|"
    r"door het huis|uit bed|uit de auto|de trap (?:af|op)|against the wall|down the stairs|"
    r"to the (?:floor|ground))\b",
    rf"\b{VICTIM}{gap(4)} (?:tegen|op|van|door|uit) (?:de|het) (?:muur|grond|kast|deur|vloer|trap|"
    r"raam|auto|kamer|huis)(?: [a-z]+)? (?:geduwd|gegooid|gesmeten|gewerkt|gedrukt|gesleurd|"
    r"geslingerd|gesleept|getrokken|geslagen)\b",
    rf"\b{THROW}(?: [a-z]+){{0,4}}? (?:naar|tegen|op|at) (?:me|mij|{POSS} {BODY}|my head|"
    r"my face)\b|\b(?:naar|tegen|op) (?:me|mij)(?: toe| aan)? (?:gegooid|gesmeten|geworpen)\b|"
    r"\b(?:trekt|trok|sleurt|sleurde|getrokken) (?:me |mij )?aan (?:mijn|me|haar) (?:haren|haar|"
    rf"oren|oor)\b|\b{HIT_S} (?:hij|ze|zij){ADV}{END}|\b(?:gooit|gooide|smijt|smeet|throws|"
    r"threw) met (?:spullen|dingen|borden|glazen|stoelen|meubels|servies|things|stuff)",
    r"\b(?:sleurt|sleurde|sleept|sleepte|gesleept|rukt|rukte|gerukt|trekt|trok|getrokken|"
    rf"gesleurd|dragged|pulled)(?: {AGENT})? {VICTIM} (?:aan|bij|door|over|uit|by|"
    r"de trap) (?:mijn|me|haar|zijn|de|het|my|her)? ?(?:haar|haren|arm|armen|hair|kamer|huis|"
    r"grond|bed|auto|op|af)\b",
    sentence(
        AGENT,
        r"met (?:zijn|haar|een) (?:knie|vuist|vuisten|elleboog|voet|riem|schoen|vlakke hand|"
        r"knuppel|stok)",
        rf"(?:me|mij|mijn (?:{BODY_HURT}))",
        without=r"aai\w*|streel\w*|kus\w*|knuffel\w*|zacht\w*|speel\w*|sport\w*",
    ),
    rf"\b{HIT_S}(?: {AGENT})?(?: {VICTIM})?(?: [a-z]+){{0,2}}? (?:tegen|in|op|naar|against|"
    rf"into) (?:{POSS}|haar|her) {BODY}\b|\b{AGENT}\b{gap(2)} (?:{HIT_W}|{PUSH}|"
    rf"{THROW})(?: [a-z]+){{0,3}}? (?:tegen|in|op|naar|over|against|into|on) (?:{POSS}|haar|"
    rf"her) {BODY_HURT}\b|\b{AGENT}\b{gap(3)} (?:{POSS}) {BODY}{gap(4)} {HIT_PART}\b|\b(?:sloeg|"
    r"slaat|beukte|beukt|ramde|ramt|duwde|duwt|gooide|gooit|smeet|smijt|drukte|slammed|smashed|"
    rf"banged|pushed|shoved|threw) (?:{POSS}|haar|her) (?:hoofd|gezicht|kop|head|face) (?:tegen|"
    r"op|in|into|against|on)\b",
    # injuries, being attacked, stabbed, things "getting physical"
    rf"\b(?:{INJURY}){gap(6)} (?:van|door|from|by) (?:hem|haar|him|her|{PERSON_NP})\b|{HURT_BY}|"
    rf"\b(?:ik|i) (?:bloedde|bloed|bled)\b(?=.*\b{AGENT}\b)",
    rf"\b{AGENT} (?:valt|viel|vielen) (?:me|mij) aan(?: (?:met|toen|en)\b|{END})|\b(?:ik|"
    rf"i)\b{gap(2)} (?:ben|werd|word|was|got)\b{gap(3)} (?:aangevallen|attacked)\b|"
    rf"\b{AGENT}\b{gap(3)} (?:me|mij)\b{gap(3)} aangevallen\b(?! op (?:mijn|zijn|haar|"
    r"je) (?:karakter|uiterlijk|werk|gedrag|fouten|woorden)\b| met woorden)",
    rf"\b(?:{AGENT}|het) (?:wordt|werd|word|is|was|worden|gets|got)(?: (?:weer|ook|soms|"
    rf"dan))? (?:fysiek|lichamelijk|physical)(?: (?:en|toen|tegen|tussen|between)\b|{END})|"
    rf"\b{AGENT} (?:is|wordt|werd|was|gets|got)(?: [a-z]+){{0,2}}? (?:gewelddadig|handtastelijk|"
    r"violent)",
    rf"\b{AGENT} (?:doet|deed|heeft|hurts)(?: (?:me|mij))?(?: (?:ook|weer|soms|vaak|echt|gewoon|"
    r"lichamelijk|fysiek))* (?:me |mij )?pijn(?: gedaan)?(?= met (?:zijn|haar) (?:handen|"
    rf"vuisten)| als| wanneer| en|{END})|\b{AGENT} (?:hurts|hurt) (?:me|mij)(?: (?:physically|"
    rf"again|sometimes))?{END}",
    r"\bneergestoken|\bstak (?:me|mij|haar|hem) (?:neer|met)|\bgestoken met (?:een|zijn|"
    rf"haar) mes|\bstabbed (?:me|her|him)|\b{AGENT}\b(?: [a-z]+){{0,3}} (?:mijn|me|my) (?:arm|"
    r"neus|kaak|rib|ribben|pols|vinger|been|tand|tanden|oogkas|nose|jaw|ribs|wrist) (?:gebroken|"
    r"gekneusd|ontwricht|broke|broken)\b|\b(?:gebroken|gekneusd|broken) (?:door|by) (?:hem|haar|"
    r"him|her)\b|\bbroke my (?:arm|nose|jaw|ribs|wrist)\b",
)

# --- threats and fear of a partner ----------------------------------------------------------------

THREAT_BARE = (
    r"\bdreigement\w*|\bdreig(?:bericht|mail|brief|telefoontje|appje|tekst|taal|video)\w*|"
    r"\bdreigende (?:berichten|sms\w*|appjes|taal|brieven|mails|woorden|telefoontjes|voicemails?)|"
    r"\bintimidatie\b|\b(?:zijn|haar) agressie\w*|\bagressie(?:probleem|problemen|aanval\w*|"
    r"buien)|\bgestalkt\b|\bstalker\b|\bwraak\w*|\bbezuren\b|\bik weet waar je woont\b"
)
THREAT = (
    rf"\b{FEAR}{gap(2)} (?:voor|van|of) (?:hem|him|{PERSON_NP}|die man|die vrouw|"
    rf"that man)\b(?! (?:zijn|haar|zn|van)\b)|\b{FEAR}{gap(2)} (?:voor|van|of) (?:haar|"
    rf"her){FOLLOW}",
    rf"\b{FEAR}{gap(2)} (?:voor|van|of) (?:zijn|haar|his|her|{PERSON_NP}s?) (?:woede\w*|agressie|"
    r"drift\w*|buien|uitbarstingen|handen|vuisten|geweld|blik|ogen|stem|gedrag|geschreeuw|"
    r"dreigement\w*|anger|temper|rage|violence|outbursts|eyes|voice)\b",
    rf"\b{FEAR}{gap(4)} (?:als|wanneer|zodra|when|whenever|elke keer als|"
    rf"iedere keer als) {AGENT}{gap(5)} {TRIGGER}\b|\b{FEAR}{gap(2)} (?:dat|"
    rf"that) {AGENT}{gap(4)} {HARM_V}\b",
    rf"\b{FEAR}{gap(2)} (?:voor |van |of )?(?:wat|what) {AGENT}{gap(2)} (?:gaat|zal|kan|will|"
    rf"might|zou|gaan) (?:doen|do)\b|\b{FEAR} (?:voor|om|for) (?:mijn|my) (?:leven|veiligheid|"
    rf"life|safety)\b|\bvrees (?:voor mijn (?:leven|veiligheid)|hem\b|haar{FOLLOW})|\b(?:leef|"
    r"leven) in angst\b|\blive in fear\b|\bfear (?:for )?(?:my|mij) (?:life|safety)\b|"
    rf"\bi fear (?:him|her|my)\b|\b{FEAR} om\b.{{0,40}}\b(?:scheiden|weg te gaan|te verlaten|"
    r"uit te maken|te vertrekken|weg wil|bij (?:hem|haar) weg)\b",
    rf"\b{AGENT_P} (?:maakt|maakte|jaagt|joeg) (?:me|mij)(?: (?:zo|heel|echt|soms|vaak|"
    r"erg))* (?:bang|angstig|doodsbang|angst aan|schrik aan)\b|\b(?:scares|scared|frightens|"
    r"terrifies) me\b|\b(?:me|mij) (?:bang|angst) (?:te )?(?:maken|maakt|aan te jagen|"
    rf"aanjagen)\b|\b(?:zo|zodat|dat) (?:ik|i)(?: er)? {FEAR} (?:word|ben|werd|was|wordt|am|get)\b",
    r"\bik (?:word|werd|raak|raakte)(?: (?:zo|heel|echt|erg|soms|vaak))* (?:bang|angstig) (?:van|"
    r"als|wanneer) (?:hem|haar|hij|ze|zij)\b",
    sentence(
        r"(?:ik|i) (?:ben|word|werd|was|raak|raakte|voel me|am|get|feel)(?: (?:zo|heel|echt|erg|"
        rf"soms|vaak|dan|ontzettend|super|so|really|very))* {FEAR}(?! (?:dat|om|voor|van|of|that|"
        r"to|for|in)\b)|(?:ben|word|werd|was|raak) (?:ik|i)(?: (?:zo|heel|echt|erg|soms|vaak|"
        rf"dan))* {FEAR}(?! (?:dat|om|voor|van)\b)",
        rf"{AGENT}\b",
    ),
    sentence(
        r"op (?:eieren|eierschalen|eggshells) (?:lopen|loop|liep|walk)", rf"{FEAR}|ontplof\w*|woede"
    ),
    sentence(
        rf"(?:als|wanneer|zodra|when) {AGENT}\b(?: [a-z]+){{0,4}}? {TRIGGER}",
        rf"{FEAR}|{FEAR_SIGN}",
    ),
    sentence(
        r"(?:ik|i)",
        FEAR_SIGN,
        rf"{AGENT}|hem|haar|zijn|him|his",
        without=r"film|serie|onweer|spin\w*|examen|lachen|kou|koud|hoogte|achtbaan|tandarts|muis|muizen",
    ),
    sentence(
        r"durf(?:de)? (?:het )?(?:niet|nooit|geen)|durf\b(?: [a-z]+){1,4} (?:niet|nooit)",
        rf"(?:als|wanneer|zodra) {AGENT}\b(?: [a-z]+){{0,3}}? {TRIGGER}|weg\b|verlaten|scheiden|"
        r"uitmaken|uit te maken|het uit|vertrekken|weg te gaan|flipt|ontploft|woest|razend|"
        r"door het lint|agressief",
    ),
    clause(
        rf"{AGENT}",
        r"(?:lek gestoken|lekgestoken|ingegooid|vernield|bekrast|kapot ?gemaakt|kapot ?gegooid|"
        r"kapot ?geslagen|kapot ?getrapt|in brand)",
        r"(?:mijn|my|ons) (?:auto|banden|band|ruiten|ruit|spullen|telefoon|fiets|deur|kleren|huis|"
        r"raam)",
        without="per ongeluk|ongeluk|perongeluk",
    ),
    r"\b(?:voel|voelde|ben|feel|am)(?: (?:me|mij))?(?: (?:thuis|hier|daar|bij hem|bij haar|"
    rf"in huis))? {NEG}(?: (?:meer|langer|echt|altijd|more))? (?:veilig|safe)(?: (?:thuis|meer|"
    rf"anymore|sinds|als|wanneer|door)\b| bij (?:hem|haar|{PERSON_NP})| in (?:huis|mijn huis|"
    rf"ons huis|mijn eigen huis)| met (?:hem|haar)| (?:at home|with|around)\b|{END})|\b(?:do not|"
    r"never|no longer) (?:feel|am) safe\b(?! (?:to|about|with my feelings)\b)|\b(?:voel|voelde|"
    r"ben|feel|am)(?: (?:me|mij))? (?:onveilig|unsafe)(?: (?:thuis|sinds|door|bij|in|als|wanneer|"
    rf"zodra|with|around|when|at home)\b|{END})",
    r"\b(?:durf|durfde|dare|afraid|scared)(?: (?:het|echt|gewoon))*(?: (?:niet|niks|niets|nooit|"
    r"not))?(?: (?:meer|echt|alleen))*(?: terug)? (?:naar huis|thuis te (?:komen|zijn|slapen)|"
    r"naar huis te gaan|naast (?:hem|haar) te slapen|to go home|go home|bij (?:hem|haar) weg|"
    rf"(?:hem|haar) te verlaten|weg te gaan{END})|\bdurf(?:de)? (?:niks|niets|"
    r"nooit(?: meer)? iets|niet meer iets|echt niks)(?: meer)? te (?:zeggen|doen|vragen)\b|"
    rf"\b{FEAR} om (?:naar huis|thuis te komen|thuis te zijn|weg te gaan|(?:hem|haar) te verlaten|"
    r"bij (?:hem|haar) weg te gaan)",
    rf"\b{AGENT_P}\b{gap(8, STOP)} (?:dreig|dreigt|dreigde|dreigden|dreigen|gedreigd|threatens|"
    rf"threatened|threatening)\b|\b(?:dreigt|dreigde) {AGENT}\b",
    clause(r"(?<!als )(?<!als een )\w*bedreig\w*", rf"{ME}|{KIDS}|ik|i|{AGENT}"),
    sentence(
        r"(?:als|wanneer|zodra|if) (?:ik|i|je|jij|you)\b(?: [a-z]+){0,2}? (?:wegga|weg ga|weggaat|"
        r"vertrek|vertrekt|verlaat|niet luister|niet doe wat|niet gehoorzaam|het vertel|"
        r"het iemand vertel|naar de politie|ga scheiden|scheid|het uitmaak|het uitmaakt|"
        r"bij (?:hem|haar|mij) weg|leave|left|go)\b",
        r"nooit meer|kinderen|vermoord\w*|afmaakt|af maakt|vinden|iets aan|kapot|spijt|boeten|"
        r"bezuren|pijn|het (?:nog )?(?:zal|zult|gaat|ga) (?:nog )?(?:voelen|merken)|never see|"
        r"kill|regret|sorry",
    ),
    rf"\b{SAY}\b(?: [a-z]+){{0,3}}? (?:dat )?(?:ik|je|jij) (?:het|dit|dat) niet (?:zou|zal|zult|"
    r"gaat|ga) overleven\b|\bniet (?:zal |zou |zult |gaat |ga )?(?:overleef|overleeft|"
    r"overleven) als (?:ik|je)\b|\b(?:ik ben|je bent|jij bent|you are|youre) (?:er )?(?:dood|"
    r"geweest|do[dt]|dead) (?:als|if)\b|\b(?:ik|je|jij) (?:er )?(?:dood|do[dt]|geweest) (?:ben|"
    r"bent) (?:als|wanneer)\b|\b(?:ben|bent) (?:je|jij) (?:er )?(?:geweest|dood|do[dt])\b",
    rf"\b{WEAPON}\b(?: [a-z]+){{0,3}} (?:op|tegen|naar|achter|at|to|against) (?:me|mij|"
    r"mijn (?:keel|hoofd|buik|nek|gezicht|borst|hals)|my (?:throat|head|neck))\b|"
    rf"\b{FEAR}\b(?: [a-z]+){{0,12}} {WEAPON}\b|\b{WEAPON}\b(?: [a-z]+){{0,12}} {FEAR}\b|"
    rf"\b{AGENT}\b(?: [a-z]+){{0,3}} (?:staat|stond|kwam|komt|loopt|liep|zwaaide|zwaait|stonden|"
    rf"dreigt|dreigde)(?: [a-z]+){{0,3}} met (?:een|zijn|haar|het) {WEAPON}\b|"
    rf"\b{AGENT}\b{gap(2)} (?:heeft|had|has) (?:een |wapens|een wapen)?{WEAPON}(?=.*\b(?:bang|"
    r"durf|angst|dreig))",
    r"\b(?:stalkt|stalks|stalking|stalked|achtervolgt|achtervolgde|follows|followed) (?:me|"
    rf"mij)\b|\b(?:volgt|volgde)(?: {AGENT})? (?:me|mij)(?: [a-z]+){{0,3}}? (?:overal|naar|tot|"
    r"everywhere|home)\b|\b(?:ik|i)\b(?: [a-z]+){0,2}? (?:word|werd|ben|am|was|"
    r"being)\b(?: [a-z]+){0,3}? (?:achtervolgd|stalked|gevolgd)\b|\b(?:valt|viel|vallen) (?:me|"
    r"mij|ons) lastig\b|\b(?:word|werd|ben) (?:steeds |constant )?lastig ?gevallen\b",
    sentence(
        rf"{AGENT}|hem|haar",
        r"(?:slaap|slapen|sliep|zit|zat|zitten) (?:ik |we )?(?:met de deur|"
        r"achter een deur) op slot|(?:deur|slaapkamer|badkamer) op slot (?:gedaan|doen|gedraaid)|"
        r"(?:bonkt|bonkte|bonken|beukt|beukte|beuken|ramt|ramde|bonst|"
        r"bonsde)\b(?: [a-z]+){0,3}? (?:op|tegen) (?:mijn|de|onze) (?:deur|voordeur|raam)|(?:voor|"
        r"aan) mijn (?:deur|raam) te (?:bonken|schreeuwen|bellen|beuken)",
        without="inbraak|inbrekers|storm",
    ),
    clause(
        rf"{PRON}|{PARTNER_NP}",
        r"(?:staat|stond|staan|wacht|wachtte|verschijnt|duikt|komt|kwam|rijdt|reed|loopt|liep|"
        r"hangt)",
        r"(?:voor|bij|langs|om|rond) (?:mijn|ons|my|de) (?:deur|huis|werk|raam|school|auto|door|"
        r"house|work)",
        HABIT,
    ),
    rf"\b(?:wacht|wachtte|wachten) (?:me|mij)(?: [a-z]+){{0,3}}? op\b(?=.*\b(?:{HABIT}))|"
    r"\bopgewacht\b|\b(?:keeps|kept) (?:showing up|turning up|following|calling|texting)|"
    r"\bshow(?:s|ed)? up at my (?:door|house|work)|\b(?:rijdt|reed|loopt|liep|komt|kwam|fietst|"
    r"gaat|ging) (?:me|mij)(?: [a-z]+)? achterna\b|\b(?:make|makes|made|"
    r"making) my life (?:a )?(?:living )?hell\b|\bmijn leven (?:tot een hel|zuur|kapot) (?:maken|"
    r"maakt|te maken)\b|\b(?:maak|maakt|maken|ga|gaat|zal|zult) (?:je|jouw|mijn) leven (?:kapot|"
    r"zuur|tot een hel|een hel)\b|\b(?:dan|anders) (?:gebeurt|zal|gaat) er (?:iets|"
    r"wat)(?: ergs)?\b|\ber gebeuren ongelukken\b|\b(?:moet|kan|kon|zal|zult) (?:maar |beter |"
    r"goed )?oppassen(?:\s*$| als| want| anders| met wat)|\b(?:hij|ze|zij|mijn ex) (?:is|staat|"
    r"duikt op|zit) overal\b|\bkogels?\b(?=.*\b(?:mijn|me|mij|brievenbus|deur)\b)|\bpas (?:maar|"
    r"jij maar|jij) op(?:\s*$|,)|\bnergens (?:meer )?veilig\b|\bnowhere safe\b|\b(?:naast|"
    r"vlak naast|vlakbij|langs) (?:mijn|me) (?:hoofd|gezicht|kop)\b|\b(?:foto|fotos|"
    r"filmpje) van (?:mijn|ons) (?:huis|voordeur|deur|auto|werk|raam)\b|\b(?:weet|weten|vindt|"
    r"vond) (?:waar|where) (?:ik|i|je|you|mijn \w+|jouw \w+) (?:woon|woont|wonen|live|werk|werkt|"
    r"slaap|school)\b|\b(?:ik|i)\b(?: [a-z]+){0,3}? (?:in gevaar|in danger)\b|"
    r"\bmijn leven (?:is )?in gevaar\b|\b(?:staat|is|duikt|verschijnt|"
    r"opduikt)(?: [a-z]+)? overal (?:waar|where) (?:ik|i)\b|\b(?:do|doing|"
    r"does) something to (?:me|us|the kids)\b|\b(?:de|mijn|je|jouw|onze) (?:kinderen|kids|"
    r"kind) (?:nooit meer|niet meer) (?:zie|ziet|zien|te zien)\b|\bnever see (?:the|my|"
    r"your) (?:kids|children) again\b|\b(?:find|found|finds) me (?:wherever|anywhere|everywhere|"
    r"always)\b",
    sentence(
        rf"{AGENT}",
        WEAPON,
        r"zei|zegt|gezegd|dreig\w*|moest|moet|luister\w*|kijkt|keek|bang|tril\w*|zwaai\w*|"
        r"richt\w*|stuur\w*|gestuurd|laat zien|liet zien|foto",
        without=r"keuken|snijden|snijdt|sneed|koken|kookt|brood|groente|vlees|taart|uien|geslepen|slijpen|"
        r"vaatwasser|jagen|jager|museum|film|game",
    ),
    rf"\b(?:me|mij|je|jou)(?: (?:wel|altijd|toch))? (?:weet|weten) te vinden(?:{END}| als\b)|"
    r"\b(?:weet|weten|weet hij|weet ze) (?:me|mij|je|jou)(?: (?:wel|altijd|"
    rf"toch))? te vinden(?:{END}| als\b)|(?<!niemand )\b(?:me|mij|je|jou) (?:overal |altijd |toch |"
    r"wel )*(?:zal|gaat|zou) (?:[a-z]+ )?vinden\b|\b(?:hij|ze|zij|mijn ex) (?:me|"
    r"mij)(?: [a-z]+)? (?:volgt|volgde|achtervolgt|achtervolgde)\b|\b(?:zal|gaat) (?:me|mij|je|"
    r"jou) (?:toch |wel |altijd )?vinden\b|\b(?:me|mij|je|jou) (?:zal|gaat|zou) (?:toch |wel |"
    rf"altijd )?vinden(?: waar\b| als\b|{END})|\b{AGENT_P}{gap(5)} (?:me|mij) (?:komt|komen|zal|"
    r"gaat) (?:halen|pakken|vinden)\b",
    rf"\b{AGENT_P} (?:is|wordt|werd|was|kan|gets|is getting|becomes|"
    r"got)(?: [a-z]+){0,3}? (?:agressief|aggressive|bedreigend|intimiderend|"
    r"threatening)\b(?! (?:aan het|in het verkeer|op de weg|achter het stuur|in (?:vergaderingen|"
    rf"discussies))\b)|\b{AGENT_P} (?:intimideert|intimideerde|intimidates)\b|\bvoel (?:me|"
    rf"mij) geintimideerd|\b(?:word|werd) geintimideerd|\b{AGENT}\b(?: [a-z]+){{0,6}} (?:in brand|"
    r"in de fik) (?:steekt|steken|zal steken|te steken)\b",
)
THREAT_SOFT = (  # "hij vermoordt me als ik te laat ben haha": dropped when the message laughs
    rf"\b(?:{AGENT_P}|hel|shel)\b{gap(5)} (?:me|mij|ons|us|{KIDS}|{POSS} (?:nieuwe )?(?:{PARTNER}|"
    rf"{FAMILY})|mijn (?:familie|ouders)){gap(4)} (?:{KILL}|laten verdwijnen)\b|\b(?:{AGENT_P}|"
    rf"hed|shed|hel|shel)\b{gap(4)} (?:kill|murder|hurt|strangle|shoot|stab)\w* (?:me|us|{KIDS})\b",
    rf"\b{AGENT_P} {SAY}\b(?: [a-z,]+){{0,3}}? (?:ik|i|il)(?: (?:ga|zal|wil|gonna|going to|"
    r"am going to))? (?:(?:vermoord|maak|wurg|steek|schiet|kil|murder|hurt|sla)\w* (?:je|jou|"
    r"you)\b|(?:je|jou) (?:vermoorden|afmaken|kapotmaken|kapot maken|wat aandoen|iets aandoen|"
    r"doodmaken|dood maken|slaan|laten boeten|vinden)\b)",
    rf"\b{AGENT_P} (?:vermoordt|vermoordde|doodt|kills)(?: (?:me|mij))\b|\b(?:vermoordt|maakt|"
    r"doodt) (?:hij|ze|zij) (?:me|mij)\b|\b(?:maakt|maakte) (?:me|mij) af\b",
    clause(
        AGENT_P, r"boeten\b|laten boeten|bezuren|wraak|spijt (?:krijgen|krijgt|van krijgen)|regret"
    ),
)

# --- sexual and emotional abuse, coercive control -------------------------------------------------

ABUSE_BARE = (
    r"\bverkr[ae]c?h[tdg]\w*|\bverkr[ae]g[td]\w*|\bverkrach\b|\bchanteer\w*|\bgechanteerd|"
    r"\baanrand\w*|\baangerand\b|\brape[ds]?\b|\braping\b|\brapist\w*|\bmolest\w*|\bmisbruik\w*|"
    r"\babus(?:e|ed|es|er|ive|ing)\b|\bsexual assault|\bincest\b|\bgrensoverschrijdend\w*|"
    r"\bcoercive control|\bgaslight\w*|\bxabusex\b|\bwraakporno|\bsextortion"
)
ABUSE_SOFT = (  # house rules are often joked about: dropped when the message laughs
    clause(
        r"(?:mag|mocht|mogen)\b",
        rf"van (?:hem|haar|him|her|{PARTNER_NP})\b",
        r"niet|nooit|geen|niks|niets|niemand|nergens|alleen|pas|zonder",
        without=TRIVIAL,
    ),
    r"\b(?:ik|i) (?:mag|mocht)(?: [a-z]+){0,2}? (?:niet|nooit|geen|niemand|nergens|niks|"
    r"niets)(?: meer)?(?! (?:vergeten|klagen|mopperen|zeuren|missen|te laat|"
    r"te veel)\b)(?: (?:meer|zonder|alleen|mijn|van hem|van haar|met|"
    rf"naar))*{gap(3)} {CONTROL_THING}\b(?!.{{0,40}}\bvan (?:mijn|de|het|me) (?:baas|dokter|arts|"
    r"huisarts|werk|school|verzekering|gemeente|coach)\b)",
    rf"\b{AGENT_P} (?:laat|liet|lets) (?:me|mij)(?: (?:nooit|niet|niks|geen|never|"
    rf"not))(?: meer)?{gap(4)} (?:{CONTROL_THING}|opnemen|pinnen|uitgeven|gaan|weggaan|vertrekken|"
    r"alleen (?:naar|de deur|weg|uit|op stap))\b",
)
ABUSE = (
    r"\b(?:ik|i) (?:moet|must|have to)(?: van (?:hem|haar))? (?:seks|sex)\b|\bvan (?:hem|"
    r"haar) (?:moet ik|ik moet) (?:seks|met hem naar bed)|\b(?:mag|may) (?:geen|not) nee zeggen|"
    r"\b(?:accepteert|accepteerde) geen nee|\b(?:do not|does not|wil not) take no\b|"
    r"\bmoet (?:met hem|met haar) naar bed\b",
    rf"\b(?:dwingt|dwong|dwingen|forces|forced|forcing)(?: {PRON})? (?:me|"
    r"mij)\b(?!.{0,30}\b(?:groente\w*|eten|sporten|opstaan|op te staan|ontbijt\w*|slapen|"
    rf"rusten|dokter|tandarts|wandelen|mee te gaan|naar de film)\b)|\b(?:ik|i)\b{gap(2)} (?:word|"
    rf"werd|ben|was)\b{gap(3)} gedwongen\b|\b(?:heeft|had) (?:me|mij){gap(3)} gedwongen\b|"
    r"\bforced (?:himself|herself) on (?:me|her)\b",
    sentence(SEX, COERCE),
    sentence(
        r"nee (?:zeg|zei|zeggen)",
        r"(?:toch|gewoon) door\b|gaat (?:hij|ze|zij) (?:toch |gewoon )?door",
    ),
    sentence(
        r"(?:naakt|intieme |sex|seks)?(?:fotos?|beelden|video|filmpjes?|photos?|pictures?|videos?|"
        r"nudes|sekstape) (?:van|of) (?:mij|me)|naaktfoto\w*|naaktbeeld\w*|nudes|sekstape|"
        r"sexvideo|seksvideo",
        r"verspreid\w*|rondgestuurd|doorgestuurd|leaked|online|gepost|posten|gedeeld|delen|shared|"
        r"posted|zonder (?:dat ik|mijn toestemming)|(?:terwijl|als|ook al) ik (?:dat |"
        r"het )?niet wil|stiekem|omkleed|uitkleed|naakt|douche",
    ),
    r"\bongewenst (?:aangeraakt|betast|aanraken|intiem|seksueel)|\bbetast (?:me|mij)\b|\b(?:zit|"
    r"zat|zitten) (?:steeds |altijd |weer )?aan (?:me|mij)\b",
    # watching the phone, the location, the money
    rf"\b(?:{SNOOP}|{AGENT} (?:controleerde|checkte|las|doorzocht|bekeek|ging door|snuffelde|"
    rf"checked|read|tracked|went through))(?: (?:{PRON}|ie))?(?: (?:altijd|steeds|stiekem|"
    r"elke dag|elke avond|constant|iedere dag|dagelijks|continu|voortdurend|al|alle|always|"
    rf"constantly|every night))* (?:in |door )?(?:mijn|me|my) {PHONE}\b(?! (?:na|door|voor)\b)",
    rf"\b(?:kijkt|keek|checkt|leest|snuffelt|zit|doorzoekt|gaat)(?: (?:{PRON}))?(?: (?:altijd|"
    r"steeds|elke|iedere|elk|constant|dagelijks|stiekem|avond|dag|ochtend|nacht|keer|"
    rf"weer))*? (?:in |door )?(?:mijn|me) {PHONE}\b(?: [a-z]+)? (?:na|door)\b",
    rf"(?<!\bik )\b(?:kijkt|snuffelt|zit|gaat)(?: {PRON})?(?: (?:{HABIT}|dag|avond|nacht|"
    rf"ook))* (?:in|door) (?:mijn|me|my) {PHONE}\b|(?<!\bik )\b(?:keek|snuffelde|zat|"
    rf"ging)(?: {PRON})?(?: (?:{HABIT}|dag|avond|nacht))+ (?:in|door) (?:mijn|me|my) {PHONE}\b",
    sentence(
        r"onder druk|dwingt|dwong|gedwongen|chanteert|chanteerde|pressure\w*|forces|forced",
        r"fotos?|naakt\w*|filmpjes?|videos?|nudes|pictures|photos",
    ),
    sentence(
        r"(?:naakt|intieme|sexy|seks|sex)\w* (?:fotos?|beelden|videos?|filmpjes?)|naaktfoto\w*|nudes",
        r"gestuurd|stuurde|stuurt|sturen|laten zien|liet zien|getoond|doorgestuurd",
    ),
    sentence(
        rf"{AGENT}",
        r"weet (?:altijd |precies |steeds |exact )*waar ik (?:ben|zit|uithang)",
        without="laten weten|wil weten|veilig",
    ),
    sentence(
        r"camera\w*|microfoon\w*|afluister\w*|spyware|stalkerware|volgapp",
        r"stiekem|zonder (?:het|dat|mijn|te)|verborgen|verstopt|slaapkamer|badkamer|(?:mij|me) te|"
        r"om (?:mij|me)",
        without="beveiliging|deurbel|inbrekers|baby\\w*",
    ),
    r"\b(?:tracker|gps|volgapp|spyware|stalkerware|spionageapp|"
    r"camera\w*)\b(?: [a-z]+){0,3} (?:op|in|onder|on) (?:mijn|my) (?:telefoon|auto|fiets|phone|"
    r"car|tas|jas)\b|\b(?:volgt|volgde|tracks|tracked|checkt|bekijkt) (?:mijn|my) (?:locatie|"
    rf"location)\b|\b(?:ik|i) (?:word|werd|ben|am|feel|voel me)\b{gap(2)} (?:gecontroleerd|"
    rf"controlled|monitored|tracked)\b(?! (?:door|by) (?!(?:hem|haar|him|her|{PARTNER_NP})\b))",
    rf"\b(?:{AGENT}|je|jij) (?:controleert|controleerde|bepaalt|bepaalde|controls|controlled|"
    r"beslist) (?:al |all )?(?:alles|me|mij|everything|my life|mijn leven|my money|mijn geld|"
    r"wat ik|waar ik|met wie ik|wie ik|hoe ik|wanneer ik)\b|\b(?:controleert|controleerde) (?:me|"
    r"mij)\b",
    sentence(  # "hij neemt mijn pinpas mee zodat ik niks kan kopen"
        rf"{AGENT}|hem|haar",
        r"zodat ik (?:niks|niets|niemand|nergens|geen \w+|niet)\b(?: [a-z]+){0,4}? (?:kan|kon|mag)",
        without="hoef|hoeft",
    ),
    rf"\b(?:moet|must|have to)\b(?: [a-z]+){{0,2}}? (?:al )?(?:mijn|my) (?:{PHONE}|"
    rf"{MONEY})\b(?: [a-z]+){{0,4}}? (?:laten zien|inleveren|afgeven|overmaken|show|hand over)\b|"
    r"\b(?:ik krijg|krijg ik|geeft (?:me|mij)|gaf (?:me|"
    r"mij))\b(?: [a-z0-9]+){0,4}? euro (?:per|in de|a|elke) (?:week|maand|dag)\b|"
    r"\bniemand (?:me|mij) (?:gelooft|zal geloven|zou geloven|believes)\b|\bniemand (?:me|"
    r"mij) (?:ooit |nog |echt )?(?:zal|zou|gaat) geloven\b|\bnobody (?:will|would) believe me\b|"
    r"\bniemand (?:anders )?(?:me|mij) (?:ooit |nog |echt )?(?:zal|zou|wil) (?:willen|hebben)\b|"
    r"\b(?:al|alle) (?:mijn )?wachtwoorden\b|\ball (?:of )?my passwords\b",
    r"\b(?:pakt|pakte|neemt|nam|houdt|hield|afgepakt|afgenomen|takes|took|keeps)(?: (?:hij|ze|"
    r"zij))? (?:al )?(?:mijn|me|my|ons|onze) (?:telefoon|sleutels|paspoort|geld|pinpas|bankpas|"
    r"loon|salaris|uitkering|phone|keys|passport|money|bank card)(?: [a-z]+){0,3}? (?:af|achter|"
    r"in beslag|weg|away|from me|voor zichzelf|vast|to himself|to herself)\b|\b(?:mijn|"
    r"my) (?:telefoon|sleutels|paspoort|geld|pinpas|bankpas|loon|salaris|phone|keys|passport|"
    r"money)(?: [a-z]+)? (?:afgepakt|afgenomen|ingenomen|achtergehouden|weggenomen|verstopt|"
    r"in beslag)\b",
    r"\b(?:zodat|waardoor) ik niemand (?:meer )?(?:kan|mag) (?:bereiken|bellen|spreken|zien|"
    r"appen)\b|\b(?:geeft|gaf) (?:me|mij) geen (?:geld|cent|zakgeld)\b|\bmoet(?: van (?:hem|"
    r"haar))? (?:alles|elke \w+|iedere \w+|elk \w+)(?: [a-z]+){0,3}? verantwoorden\b|"
    r"\b(?:bankrekening|rekening|spaargeld|spaarrekening|geld) (?:leeggehaald|leeg gehaald|"
    r"geplunderd|leeggeroofd)\b|\bmoet\b.{0,30}\b(?:aan|bij) (?:hem|"
    r"haar)\b(?: [a-z]+){0,2}? verantwoorden\b|\bik krijg geen (?:geld|zakgeld|cent)\b|"
    r"\bgeen toegang(?: meer)? tot (?:mijn|ons) (?:eigen )?(?:geld|rekening|bankrekening)\b|"
    r"\b(?:moet|must|have to) (?:bedelen|smeken|beg) (?:om|for)\b|\b(?:ik|i) (?:mag|"
    r"mocht) geen (?:eigen )?(?:bankrekening|rekening|geld|baan|werk|rijbewijs|telefoon|"
    r"vrienden)\b",
    rf"\b{AGENT}{gap(2)} (?:heeft|houdt|bewaart|beheert) (?:al )?(?:mijn|ons) (?:bankpas|pinpas|"
    r"paspoort|loon|salaris|uitkering)\b(?! (?:even|geleend|gevonden))|\bgeeft (?:me|"
    r"mij)(?: [a-z]+){0,2}? (?:euro|zakgeld|leefgeld|huishoudgeld) (?:per|in de|elke|iedere|"
    r"a) (?:week|maand|dag)\b|\b(?:houdt|hield|checkt|controleert|volgt|bekijkt|ziet|"
    r"weet)\b(?: [a-z]+){0,3}? (?:bij )?(?:waar ik (?:ben|ga|zit|uithang|was)|"
    r"met wie ik)\b(?=.*\b(?:app|telefoon|locatie|gps|tracker|altijd|steeds|precies|bijhoudt|"
    r"bij)\b)",
    sentence(
        r"geld|money|salaris|loon|pinpas|bankpas|rekening",
        r"ik krijg (?:niks|niets|geen cent|geen euro|nothing)|ik (?:niks|niets) krijg|i (?:get|"
        r"got) nothing",
    ),
    # isolating, locking in, permission
    rf"\b(?:{AGENT}) (?:verbiedt|verbood|verbieden|forbids|forbade|wil not let|does not let|"
    r"never lets) (?:me|mij)\b|\bwil not let me (?:see|go|leave|work|have)\b|\b(?:makes|"
    r"forces) me ask (?:for )?permission\b|\b(?:not|never) allowed to (?:see|leave|go|work|talk|"
    r"have|call|visit|spend|meet)\b",
    rf"\b(?:sluit|sloot|locks|locked)(?: {PRON})? (?:me|mij) (?:op|in|up)\b|\b(?:ik|"
    rf"i)\b{gap(2)} (?:word|werd|ben|was|am|get)\b{gap(3)} (?:opgesloten|locked (?:up|"
    r"in))\b(?! (?:door (?:het|de) (?:weer|storm|sneeuw)|in mijn (?:baan|werk)))|\b(?:heeft|"
    rf"had) (?:me|mij){gap(3)} opgesloten\b|\b(?:isoleert|isoleerde|isolates|isolated) (?:me|"
    rf"mij)\b|\b{AGENT} (?:isoleert|isoleerde)\b",
    r"\b(?:moet|must|have to)(?: (?:van hem|van haar|hem|haar))?(?: (?:altijd|steeds|elk uur|"
    r"elke keer|constant))* (?:laten weten|doorgeven|melden|verantwoorden|report|tell him|"
    r"tell her|let him know) (?:waar|met wie|wat|hoe laat|where|who)\b|"
    r"\bmoet\b(?: [a-z]+){0,6}? (?:sturen|laten zien|bewijzen|appen|"
    r"bellen)(?: [a-z]+){0,3}? (?:waar ik|met wie ik)\b|\b(?:moet|must|"
    r"have to)(?: [a-z]+){0,3}? (?:om |aan hem |aan haar )?(?:toestemming|permission)|"
    r"\bmoet van (?:hem|haar)(?: (?:altijd|steeds))* (?:thuis|binnen|seks|toestemming|"
    r"mijn telefoon|mijn geld)|\b(?:met|zonder) (?:zijn|haar) (?:toestemming|goedkeuring|"
    r"permissie)\b",
    r"\b(?:word|werd|ben)(?: [a-z]+){0,4}? in de gaten gehouden\b(?! (?:door|by) (?!(?:hem|"
    r"haar)\b))|\b(?:me|mij)(?: [a-z]+)? in de gaten (?:houdt|hield|houden)\b|\b(?:houdt|"
    r"hield) (?:me|mij)(?: (?:constant|altijd|steeds|de hele dag|continu))* in de gaten\b|\b(?:me|"
    r"mij) te (?:bespieden|bespioneren)\b|\b(?:bespiedt|bespioneert|spioneert) (?:me|mij)\b|"
    r"\bspies on me\b",
    # putting down
    rf"\b(?:{AGENT}|je|jij) (?:kleineert|kleineerde|vernedert|vernederde|belittles|humiliates)\b|"
    r"\b(?:kleineert|vernedert|kleineerde|vernederde|belittles|humiliates) (?:me|mij)\b|"
    r"\b(?:word|werd)(?: (?:steeds|altijd|constant|vaak|de hele tijd|"
    r"door \w+(?: \w+)?))* (?:gekleineerd|vernederd|uitgescholden)\b|\bvoel (?:me|mij) (?:steeds|"
    r"altijd|constant|voortdurend|de hele tijd) (?:gekleineerd|vernederd)|\b(?:maakt|"
    r"maakte) (?:me|mij)(?: (?:steeds|constant|altijd|zo|helemaal))* (?:klein|kleiner)\b",
    r"\b(?:scheldt|schold|scholden|schelden) (?:me|mij)(?: [a-z]+){0,3}? uit\b|"
    r"\buitgescholden (?:voor|door)\b|\b(?:noemt|noemde|calls|called|scheldt|"
    rf"schold)(?: {PRON})? (?:me|mij)(?: [a-z]+){{0,4}}? (?:een |"
    rf"a )?(?:[a-z]+ )?{INSULT}\b(?! (?:haha|lol))|\b{AGENT} (?:zegt|zei|noemt|noemde|vindt|says|"
    rf"said)\b(?: [a-z]+){{0,3}}? (?:ik|me|mij|i)(?: [a-z]+){{0,3}}? {INSULT}\b|"
    rf"\bcalling me(?: [a-z]+)? {INSULT}\b",
    rf"\b{AGENT} (?:zegt|zei|noemt|noemde|vindt|says|said)\b(?: [a-z]+){{0,10}}? (?:ik|"
    r"i)(?: [a-z]+)? (?:(?:niks|niets|nothing|geen cent) (?:waard|ben|am)|waardeloos|"
    r"worthless)\b|\b(?:ik ben|i am) (?:niks|niets) waard (?:volgens|zegt|says)\b|"
    r"\bniemand (?:anders )?(?:me|mij) (?:zou|zal|wil) (?:willen|hebben)\b|\b(?:kraakt|kraakte|"
    r"breekt|brak) (?:me|mij)(?: [a-z]+){0,4}? af\b|\bniemand (?:anders )?(?:me|mij) (?:wil|"
    r"moet)\b|\b(?:zegt|zei|vindt|beweert) (?:dat )?ik (?:het )?(?:me|mij) (?:\w+ )?(?:inbeeld|"
    r"verbeeld)|\b(?:dat is|het is) nooit gebeurd\b|\bom (?:me|mij) te straffen\b|"
    r"\bwaar (?:ik )?(?:doe|leef|besta)(?: ik)?\b(?: [a-z]+){0,3}? nog voor\b|\bom (?:me|"
    r"mij) te (?:volgen|bespieden|bespioneren|controleren|tracken|checken)\b|\bstraft (?:me|"
    rf"mij)\b|\bmoet van (?:hem|haar|{PARTNER_NP})\b(?: [a-z]+){{0,5}}? (?:vragen|toestemming|"
    r"melden)\b|\bik (?:niks|niets) (?:zonder (?:hem|haar)|ben zonder (?:hem|haar))|"
    r"\bzonder (?:hem|haar) (?:ben ik|ik ben|ik) (?:niks|niets)\b|\bals ik niet doe wat (?:hij|"
    r"ze|zij) (?:wil|zegt)\b|\b(?:wil|moet) (?:altijd|steeds|constant|precies|"
    r"elk moment) weten (?:waar|met wie) ik\b|\b(?:belt|appt|sms|"
    r"checkt)\b(?: [a-z0-9]+){0,3}? (?:keer|x) (?:per|in het|een) (?:uur|kwartier)\b|"
    r"\bbehandel\w*(?: (?:me|mij))? (?:als|like) (?:een |zijn |haar |a )?(?:slaaf|hond|oud vuil|"
    r"vuil|voetveeg|dienstmeid|object|ding|bezit|eigendom|slave|dog|dirt)\b|"
    r"\bmakes me feel (?:worthless|stupid|small|ugly|like nothing|like dirt)\b|\b(?:controls|"
    r"controlled|decides|decided) (?:who|what|where|when|how) i\b|"
    rf"\b{AGENT}\b.{{0,40}}\b(?:weggejaagd|weggepest|afgesneden|geisoleerd|uit mijn leven)\b|"
    r"\b(?:heeft|had) (?:me|mij) (?:\w+ )?(?:genomen|gepakt)\b(?=.*\b(?:sliep|slaap|dronken|nee|"
    r"niet wilde))|\b(?:me|mij)\b(?: [a-z]+){1,6} als straf\b",
)
# --- wording found missing on a blind set: one rule per category, not per phrase ---------------

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
VIOLENCE_MORE = (
    # struck by a thrown or swung object
    sentence(
        rf"{AGENT}|hem|haar",
        rf"(?:raakte|raakt|geraakt|hit) (?:me|mij)\b|(?:me|mij) (?:met|with) (?:een|de|het|zijn|"
        rf"haar|a|the) [a-z]+ (?:geraakt|geslagen|gegooid|hit)|(?:{THROW}|met)\b.{{0,40}}\btegen "
        rf"(?:mijn|me) {BODY}\b",
        without=r"bal|per ongeluk|sneeuwbal|kussen|voetbal",
    ),
    rf"\b(?:gooit|gooide|smijt|smeet) (?:{PRON} )?met (?:spullen|dingen|borden|stoelen|servies|"
    r"glazen|meubels)\b",
    # injuries left behind: "mijn lip lag open", "een bult op mijn hoofd", "de plekken die hij maakt"
    rf"\b(?:plekken|blauwe plekken|wonden|bulten|striemen)\b(?: [a-z]+){{0,3}}? die (?:{PRON}) "
    r"(?:maakt|maakte|heeft gemaakt|achterlaat)\b|\b(?:lip|wenkbrauw|hoofd|wang) (?:lag|ligt|lig) "
    r"open\b",
    sentence(
        rf"{AGENT}|zijn klap|haar klap|na (?:de|een|onze) (?:ruzie|klap|fight)",
        r"bult|buil|eerste hulp|spoedeisende hulp|\bseh\b|hechtingen|gehecht|lip (?:lag|lig|ligt) "
        r"open|hersenschudding",
        without=r"gevallen|gestoten|sport|voetbal\w*|fiets\w*|per ongeluk",
    ),
    # minimised blows: "het was maar een duw", "hij slaat me niet vaak hoor"
    r"\b(?:maar|slechts|just|only) (?:een|a) (?:duw|duwtje|klap|klapje|mep|schop|trap|stomp|"
    r"push|shove|slap)\b(?!.{0,20}\b(?:in de rug|in de goede richting|tegen mijn ego|op de neus|"
    r"van de molen|op (?:de )?(?:tafel|deur)|voor de kop|in the right direction)\b)",
    rf"\b{HIT_S}{ADV} (?:{ME}) (?:niet|not) (?:vaak|zo vaak|elke dag|altijd|often|always|meer "
    r"zo vaak)\b",
    # the writer as the one who hit: "ik heb haar geslagen"
    rf"\b(?:ik|i)\b(?: [a-z]+){{0,2}}? (?:heb|had|have) (?:haar|hem|{PARTNER_NP})(?: [a-z]+){{0,2}}? "
    rf"(?:{HIT_PART})\b|\b(?:ik|i) (?:sloeg|schopte|duwde|wurgde|hit|slapped|pushed|choked) "
    r"(?:haar|hem|her|him)\b",
    # held down: "hij hield me vast en ik kon niet weg"
    sentence(
        r"hield (?:me|mij|haar|hem) vast|(?:me|mij|haar|hem) vastgehouden|held me down|pinned me",
        r"kon niet weg|niet los|deed pijn|pijn deed|schreeuw\w*|fout|couldn t|could not",
    ),
    # harm to pets in the home
    rf"\b(?:de|onze|mijn|ons|the|our|my) {PET}\b(?: [a-z]+){{0,4}}? (?:geschopt|geslagen|gegooid|"
    rf"getrapt|gewurgd|pijn gedaan|tegen de muur|kicked|hit)\b|\b(?:{HIT_S}|kicked|hurt) (?:de|"
    rf"onze|mijn|the|our|my) {PET}\b|\b(?:deed|doet) (?:de|onze|mijn) {PET} pijn\b",
)
THREAT_MORE = (
    # conditional threats about leaving: "als je me verlaat zorg ik dat je niks meer hebt"
    sentence(
        r"als (?:je|jij) (?:me|mij|hem|haar) (?:ooit )?(?:verlaat|verlaten|dumpt|weggaat)|if you "
        r"(?:ever )?leave me",
        r"zorg ik (?:er )?(?:voor )?dat|(?:zal|ga) ik (?:je|jou) (?:vinden|pakken|kapot|laten)|krijg "
        r"je (?:er )?spijt|zie je (?:de|je|jouw) (?:kinderen|kids)|dan (?:maak|neem|pak) ik|i will "
        r"(?:make|take|ruin|kill|hurt|find)|you will (?:regret|never see|pay)",
    ),
    # stalking: a banning order ignored, driving past, waiting at the door or work
    r"\b(?:contactverbod|straatverbod|gebiedsverbod|restraining order)\b(?=.*\b(?:toch|maar|"
    r"steeds|negeert|weer|still|keeps|houdt zich niet)\b)",
    sentence(
        r"(?:rijdt|reed|loopt|liep|fietst|fietste|drives|drove)(?: [a-z]+){0,3}? langs (?:mijn|ons|"
        r"my) (?:nieuwe )?(?:huis|adres|woning|flat|house|place)",
        r"nieuwe|elke avond|elke dag|iedere avond|steeds|constant|s nachts|telkens|stiekem|blijft|"
        r"new|every",
    ),
    sentence(
        rf"{PRON}|{PARTNER_NP}|ex|exman|exvrouw",
        r"(?:staat|stond|wacht|wachtte)\b(?: [a-z]+){0,3}? (?:aan|bij|voor|op) (?:de|mijn|my|ons) "
        r"(?:deur|werk|huis|school|flat|voordeur|door|work)\b",
        r"te bellen|aanbellen|aan te bellen|nacht|honderd|elke avond|iedere avond|blijft|constant|"
        r"ongevraagd|contactverbod",
    ),
    r"\b(?:belt|appt|sms|calls|texts)\b(?: (?:me|mij))? (?:honderd|tig|tientallen|vijftig|twintig|"
    r"dertig|a hundred|hundred|[0-9]+) (?:keer|x|times) (?:per|op een|een|a) (?:dag|avond|day)\b",
    r"\b(?:me|mij) (?:opwacht|opwachtte|opgewacht|op wacht|op te wachten)\b|\bwacht(?:te)? "
    r"(?:me|mij) op\b|\bwaits for me\b",
    r"\b(?:checkt|volgt|bekijkt|controleert|tracks|checks)\b(?: [a-z]+){0,4}? (?:mijn|my) "
    r"(?:locatie|location)\b",
    sentence(
        r"(?:ziet|weet|volgt|checkt|sees)(?: [a-z]+){0,2}? waar ik (?:ben|zit|ga|am)",
        r"ik wil (?:dat|het) niet|zonder (?:dat ik|mijn)|stiekem|ingesteld|geinstalleerd|"
        r"i do not want",
    ),
    # quoted threats: "ik weet waar je bent", "jij bent de volgende", "niemand vindt je ooit"
    sentence(  # the skeleton reads Dutch "woont" as English "won't" ("wil not")
        rf"{AGENT}|{SAY}|stuurt|stuurde|bericht\w*|sms\w*|app\w*|kreeg|krijg|texts?|sent",
        r"(?:ik weet|i know) (?:precies |nu )?waar (?:je|jij|you) (?:bent|woont|wil not|werkt|"
        r"slaapt|zit|live|are|work|sleep)\b",
    ),
    sentence(
        rf"{AGENT}|{SAY}",
        r"(?:ik|jij|je|you|i) (?:ben|bent|am|are) (?:de |het )?(?:volgende|next)\b|dat ik (?:de )?"
        r"volgende (?:ben|was)",
        without=r"rij|beurt|wachtrij|lijst|sollicit\w*|gesprek",
    ),
    r"\bniemand (?:je|jou|me|mij) (?:ooit )?(?:nog )?(?:zal|zou|gaat|kan) (?:vinden|terugvinden)\b|"
    r"\bnobody (?:will|would) (?:ever )?find (?:you|me)\b",
    # a weapon shown: "hij heeft een pistool in huis en laat het zien als hij boos is"
    sentence(
        rf"{AGENT}|hij|ze|zij",
        WEAPON,
        r"laat (?:het|hem|die|dat) zien|zwaait|zwaaide|richt|richtte|tevoorschijn|als (?:hij|ze|"
        r"zij) boos|dreig\w*|waves",
        without=r"keuken|koken|snijd\w*|groente|brood|game|spel",
    ),
    # harm to a pet as a warning
    rf"\b{PET}\b(?: [a-z]+){{0,3}}? pijn (?:om|zodat)\b|\bpijn\b(?: [a-z]+){{0,2}}? om (?:me|mij) "
    r"te laten zien\b",
)
ABUSE_MORE = (
    r"\bdwingende controle\b|\bcontrolerend gedrag\b",
    # sexual pressure: "doordrammen tot ik toegeef", "seks is mijn plicht", "ook al zei ik nee"
    sentence(
        r"geen zin|seks|sex|nee (?:zeg|zei)|pressur\w*|doordram\w*|aandring\w*",
        r"tot ik (?:toegeef|toegaf|ja zeg|ja zei|opgeef|zwicht)|until i (?:give|gave) in|into sex",
    ),
    r"\b(?:seks|sex)\b(?: [a-z]+){0,3}? (?:plicht|verplichting|duty)\b|\bplicht als "
    r"(?:vrouw|echtgenote|wife)\b",
    sentence(
        r"(?:moest|moet|had to|have to)(?: [a-z]+){0,3}? (?:seks|sex|naar bed)",
        r"(?:ook al|terwijl) (?:zei|wilde|had) ik|(?:zei|zeg) ik nee|ik zei nee|niet wilde|niet wou|"
        r"ik (?:wilde|wou) (?:het )?niet|"
        r"geen zin had|said no",
    ),
    r"\b(?:werd|word|woke)\b(?: [a-z]+){0,2}? (?:wakker|up)\b.{0,40}\b(?:met (?:me|mij) bezig|"
    r"aan (?:me|mij) (?:zat|zit)|in (?:me|mij)|bovenop (?:me|mij)|on top of me|touching me)\b",
    # gaslighting
    rf"\b(?:it|that) never happened\b|\b(?:{PRON}|{PARTNER_NP}) (?:draait|verdraait|draaide|"
    rf"verdraaide) alles(?: om)?{END}|\b(?:zegt|zei|beweert|says)\b.{{0,20}}\bnooit gebeurd\b|"
    r"\baan mijn (?:eigen )?(?:geheugen|verstand) (?:te )?twijfel\w*|\bweet niet meer "
    r"wat (?:echt|waar) (?:is|gebeurd|was)\b|\btwijfel aan mijn (?:eigen )?(?:geheugen|verstand)\b|"
    r"\b(?:tells|told) me i am (?:crazy|insane|imagining|making it up)\b",
    sentence(
        r"(?:maakt|maakte) (?:me|mij)(?: [a-z]+){0,2}? belachelijk|makes fun of me",
        r"bij (?:vrienden|anderen|familie|iedereen|zijn vrienden)|waar (?:anderen|iedereen)|"
        r"elke keer|steeds|altijd|grapje",
    ),
    # money and debt
    r"\b(?:controls|controlled) (?:all )?(?:the|our|my) (?:money|finances|bank)\b|\bgives me an "
    r"allowance\b|\bbeslist over (?:elke |iedere |al (?:het |ons |mijn )?|ons |mijn |alle |het )"
    r"(?:euro|cent|geld|uitgave\w*)\b",
    sentence(
        r"lening\w*|krediet\w*|schuld\w*|abonnement\w*|loan\w*|debt\w*",
        r"op mijn naam|in my name",
        r"zonder|stiekem|niet gevraagd|without",
    ),
    rf"\b(?:pakt|pakte|neemt|nam|houdt|hield)(?: (?:hij|ze|zij))?(?: (?:elke|iedere|al|de "
    rf"hele) [a-z]+)+ (?:mijn|me|ons) (?:loon|salaris|uitkering|geld|{PHONE}|paspoort|"
    r"pinpas|bankpas)\b(?: [a-z]+){0,2}? (?:af|in|weg)\b",
    sentence(
        rf"{AGENT}",
        r"bankpas|pinpas|paspoort|telefoon|sleutels|geld|rekening|passport",
        r"niet terug (?:mag|krijg|kan)|(?:mag|krijg) (?:\w+ ){0,2}niet terug|kan niet (?:meer )?bij "
        r"(?:onze|mijn|ons)",
        without=r"bank|automaat|geldautomaat|winkel|storing|app",
    ),
    r"\b(?:elk|ieder|iedere|alle) (?:bonnetje|bonnetjes|bon|uitgave|aankoop|euro|cent)\w*\b"
    r"(?: [a-z]+){0,4}? (?:laten zien|verantwoorden|inleveren|aan hem|aan haar)\b",
    # a prisoner at home, nothing without him
    r"\b(?:voel (?:me|mij)|ben|am|feel like)(?: (?:een|als een|a))? (?:gevangene|prisoner)\b(?!.{0,30}"
    r"\b(?:lijf|lichaam|hoofd|baan|werk|body|job|mind)\b)|"
    r"\bals (?:in )?een gevangenis\b|\bprisoner in my own\b",
    r"\bik zonder (?:hem|haar) (?:niks|niets) (?:ben|waard)\b|"
    r"\b(?:zegt|zei) dat ik\b.{0,30}\bnergens heen kan\b|\bmag (?:niks|niets)(?: meer)? zonder (?:hem|"
    r"haar)\b",
    r"\bbehandel\w*(?: (?:me|mij))? (?:als|like) (?:een |a )?(?:stuk (?:vuil|stront|oud vuil)|"
    r"piece of (?:dirt|garbage|trash))\b",
)

# (kind, mode, patterns): the modes are explained in bot/safety.py.
RULES: tuple[tuple[str, str, str | tuple[str, ...]], ...] = (
    ("suicide", "bare", SUICIDE_BARE),
    ("suicide", "personal", SUICIDE),
    ("suicide", "injury", SELF_INJURY),
    ("suicide", "personal", SUICIDE_MORE),
    ("suicide", "injury", SELF_INJURY_MORE),
    ("violence", "bare", VIOLENCE_BARE),
    ("violence", "personal", VIOLENCE),
    ("violence", "personal", VIOLENCE_MORE),
    ("threat", "bare", THREAT_BARE),
    ("threat", "personal", THREAT),
    ("threat", "soft", THREAT_SOFT),
    ("threat", "soft", THREAT_MORE),
    ("abuse", "bare", ABUSE_BARE),
    ("abuse", "soft", ABUSE_SOFT),
    ("abuse", "personal", ABUSE),
    ("abuse", "personal", ABUSE_MORE),
)
