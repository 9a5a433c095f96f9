"""Rules for threats, stalking and fear of a partner or ex.

Patterns are written in normal spelling and squeezed like the text (see bot/safety_lexicon.py).
"""

from __future__ import annotations

from bot.safety_lexicon import (
    AGENT,
    AGENT_P,
    END,
    FAMILY,
    FEAR,
    FEAR_SIGN,
    FOLLOW,
    HABIT,
    HARM_V,
    KIDS,
    KILL,
    ME,
    NEG,
    PARTNER,
    PARTNER_NP,
    PERSON_NP,
    PET,
    POSS,
    PRON,
    SAY,
    STOP,
    TRIGGER,
    WEAPON,
    clause,
    gap,
    sentence,
)

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
    r"\bdurf(?:de)? (?:niks|niets|"
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
    r"mij)\b(?! around the (?:supermarket|shop|store|house|kitchen|garden)\b)|"
    rf"\b(?:volgt|volgde)(?: {AGENT})? (?:me|mij)(?: [a-z]+){{0,3}}? (?:overal|naar|tot|"
    r"everywhere|home)\b|\b(?:ik|i)\b(?: [a-z]+){0,2}? (?:word|werd|ben|am|was|"
    r"being)\b(?: [a-z]+){0,3}? (?:achtervolgd|stalked|gevolgd)\b|\b(?:valt|viel|vallen) (?:me|"
    r"mij|ons) lastig\b|\b(?:word|werd|ben) (?:steeds |constant )?lastig ?gevallen\b",
    sentence(
        rf"{AGENT}|hem|haar",
        r"(?:slaap|slapen|sliep|zit|zat|zitten) (?:ik |we )?(?:met de deur|"
        r"achter een deur) op slot|(?:deur|slaapkamer|badkamer) op slot (?:gedaan|doen|gedraaid)|"
        r"(?:bonkt|bonkte|bonken|beukt|beukte|beuken|ramt|ramde|bonst|"
        r"bonsde)\b(?: [a-z]+){0,3}? (?:op|tegen) (?:mijn|de|onze) (?:deur|deuren|voordeur|raam|"
        r"ramen|ruit|ruiten)|(?:voor|"
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
        without=r"halen|ophalen|brengen|afzetten|oppikken",
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
    r"got)(?: [a-z]+){0,3}? (?:agressief|aggressive|bedreigend|intimiderend|angstaanjagend|scary|"
    r"frightening|eng(?! (?:goed|lekker|mooi|leuk|grappig|druk))|"
    r"threatening)\b(?! (?:aan het|in het verkeer|op de weg|achter het stuur|in (?:vergaderingen|"
    rf"discussies))\b)|\b{AGENT_P} (?:intimideert|intimideerde|intimidates)\b|\bvoel (?:me|"
    rf"mij) geintimideerd|\b(?:word|werd) geintimideerd|\b{AGENT}\b(?: [a-z]+){{0,6}} (?:in brand|"
    r"in de fik) (?:steekt|steken|zal steken|te steken)\b",
)
THREAT_SOFT = (  # "hij vermoordt me als ik te laat ben haha": dropped when the message laughs
    # not daring to go home: "ik durf niet naar huis, ik heb zijn mok gebroken 😂" is a joke
    r"\b(?:durf|durfde|dare|afraid|scared)(?: (?:het|echt|gewoon))*(?: (?:niet|niks|niets|nooit|"
    r"not))?(?: (?:meer|echt|alleen))*(?: terug)? (?:naar huis|naar binnen|thuis te (?:komen|zijn|"
    r"slapen)|naar huis te gaan|naast (?:hem|haar) te slapen|to go home|go home|go back in|bij "
    rf"(?:hem|haar) weg|(?:hem|haar) te verlaten|weg te gaan{END})(?! zonder)",
    rf"\b(?:slaat|sla|slaan) (?:{AGENT_P} )?(?:me|mij) (?:nog )?(?:eens )?dood\b",
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
    r"\b(?:belt|appt|sms|stuurt|mailt|spamt|calls|texts|sends)\b(?: (?:me|mij))?(?: (?:wel|soms|"
    r"zon|ruim|bijna|meer dan))* (?:honderden|honderd|tig|tientallen|vijftig|twintig|dertig|"
    r"veertig|a hundred|hundreds|dozens|[1-9][0-9]+) (?:keer|x|times|berichten|berichtjes|"
    r"appjes|smsjes|mails|telefoontjes|oproepen|messages|texts|calls) (?:per|op een|een|a|"
    r"elke|every|in een) (?:dag|avond|nacht|uur|day|night|hour)\b|"
    r"\b(?:belt|appt|sms|calls|texts)\b(?: (?:me|mij))? (?:honderd|tig|tientallen|vijftig|twintig|"
    r"dertig|a hundred|hundred|[1-9][0-9]+) (?:keer|x|times) (?:per|op een|een|a) (?:dag|avond|day)\b",
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

# --- wider word families, found by grouping the misses of a blind set --------------------------

_PARTNER_OR_EX = rf"{PRON}|{PARTNER_NP}|hem|haar|him|her"
THREAT_WIDE = (
    # being followed by proxy: "ik denk dat hij me laat volgen", "he had me followed"
    r"\b(?:laat|liet|laten)\b(?<!\bik laat)(?: [a-z]+){0,2}? (?:me|mij|ons) (?:volgen|schaduwen|achtervolgen|"
    r"bespieden|bespioneren|in de gaten houden|natrekken)\b|\b(?:had|has) me (?:followed|watched)\b|"
    # the same in a subordinate clause, verbs last: "ik denk dat hij me laat volgen"
    r"(?<!\bik )\b(?:me|mij|ons) (?:laat|liet|laten|heeft laten|had laten) (?:volgen|schaduwen|achtervolgen|"
    r"bespieden|bespioneren)\b|"
    r"\b(?:ik|i)\b(?: [a-z]+){0,3}? (?:word|werd|ben|am|was) (?:[a-z]+ )?(?:geschaduwd|bespied)\b",
    # harm done to a pet: "hij heeft de kat iets aangedaan"
    sentence(
        rf"{AGENT}",
        rf"(?:de|onze|mijn|ons|zijn|haar|the|our|my) {PET}",
        r"(?:iets|wat) aan ?(?:gedaan|doen|doet|deed)|pijn (?:gedaan|doen|doet|deed)|vermoord\w*|"
        r"vergiftigd|verdronken|gewurgd|doodgemaakt|dood ?gemaakt|gedood|weggedaan|laten verdwijnen|"
        r"killed|hurt|poisoned",
        without=r"dierenarts|ingeslapen|inslapen|per ongeluk|aangereden|overreden|ziek\w*",
    ),
    # contact after being blocked or told no: "terwijl ik hem overal had geblokkeerd"
    sentence(
        r"geblokkeerd|blokkeer\w*|contactverbod|straatverbod|geen contact (?:meer )?wil|"
        r"geen contact meer|no contact|blocked",
        r"(?:staat|stond|stonden|wacht|wachtte|verschijnt|verscheen|opduikt|dook|belt|belde|appt|"
        r"appte|stuurt|stuurde|mailt|mailde|blijft|nieuw nummer|ander nummer|nieuw account|ander "
        r"account|via (?:vrienden|zijn|haar|mijn)|honderd|tientallen|keeps|shows up|showed up|"
        r"texts|calls|new number)",
        _PARTNER_OR_EX,
        without=r"spam\w*|telemarket\w*|reclame|verkoper|bedrijf|klantenservice|callcenter|"
        r"collega\w*|uitgepraat|goedgemaakt|gedeblokkeerd|weer goed",
    ),
    # knowing what the writer did, after the break-up: "hij wist precies wat ik aanhad"
    sentence(
        r"(?:weet|wist|wisten|weten|knew|knows)(?: (?:precies|altijd|steeds|ineens|exact|zelfs|"
        r"exactly|even))* (?:waar ik(?: [a-z]+){0,2}? (?:was|ben|zat|zit|heen|uithing|uithang)|wat "
        r"ik(?: [a-z]+){0,2}? (?:aanhad|aan had|aanheb|aan heb|draag|"
        r"droeg|deed|kocht|at)|met wie ik|where i (?:was|am|go)|what i (?:wore|was wearing|did))",
        r"ex|exman|exvriend|exvrouw|exvriendin|uit elkaar|gescheiden|geen contact|verhuisd|nieuwe "
        r"adres|geblokkeerd|eng|bang|griezelig|creepy|stiekem|gevolgd|volgt|broke up|separated",
    ),
    # a bag packed to flee: "ik heb een tas klaarstaan voor als ik snel weg moet bij hem"
    sentence(
        r"(?:tas|koffer|rugzak|vluchttas|noodtas|spullen|papieren|paspoort)\b(?: [a-z]+){0,3}? "
        r"(?:klaar\w*|gepakt|ingepakt|verstopt|bij de buren)|(?:bag|go bag) (?:packed|ready)",
        r"weg moet|snel weg|vluchten|vlucht|ontsnappen|als het (?:mis|fout) gaat|bij (?:hem|haar) "
        r"weg|voor als (?:hij|ze|zij)|escape|need to leave|get out",
        _PARTNER_OR_EX,
        without=r"bevalling|ziekenhuis|vakantie|vliegveld|reis|weekend|verhuiz\w*|brand|evacu\w*|"
        r"noodpakket|overstroming|trein|vlucht naar",
    ),
    # keeping the partner out: "een stoel onder de deurklink zodat hij niet binnen kan komen"
    sentence(
        r"zodat (?:hij|ze|zij|mijn \w+) (?:niet|nooit) (?:naar )?(?:binnen|erin|er in|bij (?:me|mij)|"
        r"in mijn kamer|de kamer in|de slaapkamer in)|stoel (?:onder|tegen) (?:de )?(?:deur|klink|"
        r"deurklink)|barricad\w*|(?:kast|bank|tafel) (?:voor|tegen) de deur|chair under the",
        _PARTNER_OR_EX,
        without=r"inbrek\w*|storm|kat|hond|baby|peuter|kleintje|wind|zoon|zoontje|dochter|"
        r"mediteren|meditatie|werken|thuiswerk\w*|verrassing|cadeau",
    ),
    # "waar ik ook ga, hij vindt me": a threat of being found anywhere
    sentence(
        r"waar (?:ik|je|jij) ook (?:ga|gaat|ben|bent|woon|woont|heen|naartoe|zit|vlucht|verhuis)|"
        r"wherever (?:i|you) go|overal waar (?:ik|je) (?:ga|gaat|ben|bent)",
        r"(?:me|mij|je|jou) (?:[a-z]+ )?(?:vinden|vindt|vind|te vinden|achterna|volgen|volgt|"
        r"opsporen)|ik vind je|vindt me|find (?:you|me)|follow (?:you|me)",
        without=r"koffie|restaurant|wifi|supermarkt|parkeerplek|gezellig|hond|kat|schaduw|zon|"
        r"muziek|liedje|geluk",
    ),
)
