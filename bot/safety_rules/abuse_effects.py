"""Rules for coercive control told by its effects, and sex after a no.

Word families from the misses of blind set 3 and development round 8 (tests/safety_phrases.py):
the writer no longer names the control but what it leaves ("ik heb geen eigen sleutel", "ik
draag alleen nog kleren die hij heeft goedgekeurd", "ik moet het hem eerst vragen als ik een
rok aan wil", "ik twijfel nu aan mezelf"), or tells a no that was overridden ("ik zeg nee maar
hij gaat gewoon door"). Patterns are written in normal spelling and squeezed like the text
(see bot/safety_lexicon.py).
"""

from __future__ import annotations

from bot.safety_lexicon import AGENT, END, MONEY, PHONE, clause, sentence

_AGENT_EN = rf"{AGENT}|he|she"

ABUSE_EFFECTS = (
    # asking leave: "als ik een rok aan wil moet ik het hem eerst vragen"
    sentence(
        r"(?:moet|mag|moest|mocht|must|have to|need to)\b(?: [a-z]+){0,3}? (?:het |eerst |altijd |"
        r"steeds |even )*(?:aan )?(?:hem|haar) (?:eerst |altijd |steeds )*(?:vragen|om "
        r"toestemming|goedkeuren|laten goedkeuren|voorleggen)|(?:ask|asking) (?:him|her) "
        r"(?:first|for permission|before)",
        r"anders|als ik\b(?: [a-z]+){0,5}? (?:wil|aan wil|aantrek|draag|uitgeef|koop|naar)|"
        r"voor(?:dat)? ik|zelfs|ook voor|elke keer|alles|before i (?:can|do|buy|go|wear|spend)|"
        r"even if|anything|everything|(?:wordt|gets) (?:hij|ze|he|she) (?:boos|kwaad|angry|mad)",
        without=r"of (?:hij|ze|zij)|baas|chef|manager|dokter|huisarts|advies|mening|hulp|"
        r"helpen|hoe laat|wanneer (?:hij|ze)",
    ),
    r"\balleen (?:nog |maar )?(?:kleren|kleding|dingen|eten|spullen|make ?up)\b(?: [a-z]+){0,3}? "
    r"(?:die|dat|wat) (?:hij|ze|zij) (?:heeft |had )?(?:goedgekeurd|goedkeurt|toestaat|uitkiest|"
    r"uitgekozen|goed vindt|mooi vindt)\b",
    # contacts wiped, the phone set to read along, the router taken
    sentence(
        _AGENT_EN,
        r"(?:contacten|nummers|vrienden|friends|contacts)\b(?: [a-z]+){0,4}? (?:uit|van|from|in) "
        r"(?:mijn|my) (?:telefoon|gsm|mobiel|phone|facebook|instagram)\b(?: [a-z]+){0,2}? "
        r"(?:verwijderd|gewist|geblokkeerd|deleted|removed|blocked)",
        without=r"\bik (?:heb|had)\b|opgeruimd|opruimen|nieuwe telefoon|back ?up|per ongeluk|hack",
    ),
    sentence(
        _AGENT_EN,
        r"(?:kan|kon) (?:alles |al mijn \w+ |mijn \w+ )?(?:meelezen|meekijken|meeluisteren)|"
        r"ingesteld (?:zodat|dat) (?:hij|ze)|(?:see|read) everything i",
        without=r"samen|afgesproken|kinderen|kids|werk",
    ),
    sentence(
        rf"{AGENT}",
        r"(?:router|wifi|internet|modem|simkaart|oplader)\b(?: [a-z]+){0,3}? (?:mee|uit|weg|af|"
        r"verstopt|kapot)",
        r"als (?:hij|ze|zij) (?:weggaat|de deur uit|gaat|weg is|vertrekt)|zodat ik|when (?:he|"
        r"she) (?:leaves|goes)",
        without=r"kinderen|kids|slapen|bedtijd|huiswerk|storing|provider",
    ),
    sentence(
        r"leest (?:\w+ )?mee|meeleest|meelezen|meekijkt|over mijn schouder|reads (?:all )?my|"
        r"read my",
        r"wissen|verwijderen|verwijdert|delete\w*|controle\w*|checkt|anders",
        _AGENT_EN,
        without=r"lachen|grappig|samen|funny|out loud|aloud",
    ),
    sentence(
        rf"{AGENT}",
        r"kilometerstand|kilometers|mileage|odometer",
        r"waar ik|om te (?:zien|checken|controleren)|where i",
        without=r"lease\w*|administratie|declar\w*|werk|zaak|belasting",
    ),
    # no money, card or key of one's own
    sentence(
        r"\b(?:ik|i) (?:heb|have|krijg|get)(?: (?:al|sinds|nog|ook|zelfs|echt|twee|drie|vier|"
        r"jaar|jaren|maanden|weken))* (?:geen|no) (?:eigen |own )?(?:geld|cent|rekening|"
        r"bankrekening|pinpas|bankpas|sleutel|huissleutel|inkomen|money|bank account|bank card|"
        r"key|keys)\b|\bgeen (?:eigen )?(?:geld|pinpas|bankpas|rekening|sleutel)\b(?: [a-z]+)?, "
        r"zelfs geen",
        r"via (?:hem|haar)|(?:zijn|haar|his|her) (?:rekening|account|naam|name)|(?:aan )?(?:hem|"
        r"haar) (?:vragen|om)|van (?:hem|haar)|(?:hij|ze|zij) (?:beheert|houdt|heeft|bepaalt|"
        r"geeft|regelt)|ask (?:him|her)|from (?:him|her)|al (?:twee |drie |vier |een |[0-9]+ )?"
        r"(?:jaar|jaren|maanden)|mag (?:niet|geen)|ons (?:eigen )?huis|our (?:own )?house",
        without=r"kwijt|verloren|vergeten|laten liggen|lenen|nieuwe|opgestuurd|verhuurder|"
        r"gezamenlijk\w*|samen|afgesproken|we hebben|kantoor|werk",
    ),
    r"\b(?:mijn|my)(?: hele| volledige| whole| entire)? (?:loon|salaris|uitkering|inkomen|"
    r"paycheck|salary|wages|pay)\b(?: [a-z]+){0,5}? (?:op|naar|into|to|in) (?:zijn|haar|his|her) "
    r"(?:rekening|bankrekening|account)\b",
    rf"\b(?:{AGENT}|je|jij) (?:geeft|gaf|geven) (?:haar|hem|me|mij)(?: [a-z]+)? geen (?:geld|cent|"
    r"eten|boodschappengeld)\b",
    rf"\b(?:pakt|pakte|neemt|nam|takes|took)\b(?: [a-z]+){{0,4}}? (?:mijn|my) (?:{PHONE}|"
    r"telefoon|sleutels|autosleutels|paspoort|geld|pinpas|bankpas|car keys|keys|passport|money|"
    r"bank card|id|identiteitskaart)(?: [a-z]+){0,3}? (?:af|in beslag|weg|away|from me)\b",
    # forbidden, obliged
    sentence(
        rf"{AGENT}",
        r"(?:heeft|had|has) (?:me|mij|het me|het mij)(?: [a-z]+)? verboden|forbade me|"
        r"(?:verplicht|verplichtte|verplichten) (?:me|mij)\b",
        without=r"dokter|arts|huisarts|fysio\w*|baas|rechter|school|groente\w*|eten|sporten|"
        r"wandelen|tandarts|rust",
    ),
    # only his say: "ik mag zelf helemaal niks beslissen", "ik ben zijn bezit"
    r"\bmag (?:zelf )?(?:helemaal |echt |ook )?(?:niks|niets|nothing) (?:zelf )?(?:beslissen|"
    r"kiezen|bepalen)\b|\bdurf (?:niks|niets|nothing)(?: meer)? (?:te )?(?:beslissen|kiezen|"
    r"kopen|doen|zeggen) zonder (?:hem|haar|him|her)\b|\banders mag ik\b(?: [a-z]+){0,4}? "
    r"(?:niet|nooit|geen|niks|niets)\b(?!.*\b(?:moeder|vader|ouders|mama|papa|baas|school)\b)|"
    r"\b(?:hij|ze|zij|haar man|zijn vrouw|haar vriend|zijn vriendin)\b (?:haar|hem|me|mij) geen "
    r"(?:geld|cent|eten) (?:geeft|gaf|geven)\b|\b(?:ik ben|ben ik|i am)\b(?: [a-z]+){0,2}? (?:zijn|haar|his|her) "
    r"(?:bezit|eigendom|property|possession)\b|\b(?:ziet|behandelt|sees|treats) (?:me|mij) "
    r"(?:als|as) (?:zijn|haar|his|her) (?:bezit|eigendom|property|possession)\b",
    # eating watched: "hij weegt me elke ochtend en als ik ben aangekomen krijg ik geen eten"
    sentence(
        r"(?:weegt|woog|wegen|weighs|weighed) (?:me|mij)\b|(?:bepaalt|bepaalde|beslist|"
        r"controleert|decides|controls) (?:wat|hoeveel|wanneer) (?:ik|i) (?:eet|at|eat|mag eten)",
        rf"{_AGENT_EN}|elke|iedere|every|als ik|geen eten|aangekomen",
        without=r"dietist\w*|dokter|arts|huisarts|coach|ziekenhuis|consultatiebureau|baby|"
        r"verpleeg\w*",
    ),
    # silence as punishment, put out in the cold, locked in
    sentence(
        r"(?:praat|sprak|zegt|zei)(?: hij| ze| zij)? (?:dagen|weken|een week|dagenlang|wekenlang)"
        r"(?: [a-z]+){0,2}? (?:niet|geen woord)|(?:negeert|negeerde) (?:me|mij) (?:dagen|weken|"
        r"dagenlang|wekenlang)|silent treatment",
        r"tot (?:ik|i)\b|als straf|straf\w*|until i|punish\w*|goedmaak|excuses|smeek|beg",
    ),
    sentence(
        _AGENT_EN,
        r"(?:zet|zette|gezet|sluit|sloot|buitengesloten|laat|liet|gooit|gooide|gegooid|zetten|"
        r"locked|locks|put|puts|kicked|kicks) (?:me|mij)\b(?: [a-z]+){0,3}? (?:buiten|eruit|op "
        r"straat|de deur uit|outside|out)\b",
        r"in de kou|in (?:mijn|my) (?:ondergoed|pyjama|nachtjapon|underwear)|als straf|straf\w*|"
        r"omdat ik (?:hem |haar )?(?:had )?(?:tegengesproken|tegensprak|nee zei)|s nachts|zonder "
        r"(?:jas|schoenen|sleutel|telefoon)|in the cold|as punishment|punish\w*|barefoot",
        without=r"bij het station|afgezet|aan de kant|vuilnis|grap\w*",
    ),
    sentence(
        _AGENT_EN,
        r"op slot|locks?|locked|sleutel\w*|keys?",
        r"zodat ik (?:\w+ ){0,3}(?:binnen moet blijven|niet (?:weg|eruit|naar buiten|buiten) "
        r"(?:kan|mag|kon)|thuis moet blijven|nergens heen kan)|so (?:that )?i (?:can not|could "
        r"not) (?:leave|go out|get out)|(?:kan|kon) (?:ik )?(?:er )?niet (?:uit|weg|naar buiten)|"
        r"i can not leave",
        without=r"kat|hond|baby|kinderen|peuter|quarantaine|corona|ziek|storm|inbrek\w*",
    ),
    # cut off from friends: "ik zie mijn vriendinnen niet meer, dat vindt hij beter zo"
    sentence(
        r"vrienden|vriendinnen|familie|ouders|moeder|vader|zus|broer|friends|family",
        r"(?:zie|spreek|bel|ontmoet|see|talk to)(?: [a-z]+){0,5}? (?:niet meer|nooit meer|bijna "
        r"niet meer|no longer|anymore)",
        r"(?:vindt|vond|zegt|zei|wil|wilde) (?:hij|ze|zij) (?:beter|niet|niet leuk|niks)|van "
        r"(?:hem|haar)|(?:hij|ze|zij) (?:wil|wilde|vindt) (?:dat )?(?:niet|beter)|(?:he|she) "
        r"(?:does not|doesnt) (?:like|want)|(?:he|she) (?:says|thinks) it is better",
        without=r"verhuis\w*|verhuisd|emigr\w*|corona|ziek\w*|baby|druk|studie|werk|ruzie",
    ),
    # his will governs who one sees, what one wears, whether one works
    sentence(
        r"(?:hij|ze|zij) (?:wil|wilde|wou) (?:dat|het) niet|(?:omdat|want) (?:hij|ze|zij) niet "
        r"(?:wil|wilde|wou) dat ik|alleen\b(?: [a-z]+){0,2}? (?:als|wanneer) (?:hij|ze|zij) erbij (?:is|was|zit)|zoals "
        r"(?:hij|ze|zij) (?:het )?(?:wil|wilde|zegt)|(?:he|she) (?:does not|doesnt) (?:want|allow|"
        r"let) me",
        r"vrienden|vriendinnen|familie|ouders|moeder|vader|zus|broer|collega\w*|werk\w*|kleren|"
        r"kleed\w*|kleding|aantrekken|friends|family|work|job|clothes|wear",
        r"(?:ik|i)\b",
        without=r"kinderen|kids|baby|vakantie|verjaardag|feest|restaurant|film|etentje|samen",
    ),
    r"\b(?:mijn|my) (?:kleren|kleding|jurken|rokken|make ?up|schoenen|clothes|dresses)\b"
    r"(?: [a-z]+){0,2}? (?:weggegooid|kapotgeknipt|kapot geknipt|verbrand|verscheurd|threw away|"
    r"thrown away|cut up|burned)\b(?=.*\b(?:omdat|want|because|te sexy|te bloot|te kort|te "
    r"strak|te uitdagend|hij vond|ze vond)\b)",
    sentence(
        r"alles wat ik (?:uitgeef|koop|besteed)|elke (?:euro|cent) die ik (?:uitgeef|besteed)|"
        r"every (?:penny|cent|euro) i spend",
        r"(?:laat|liet) (?:me|mij)|moet|van (?:hem|haar)|controle\w*|lijst|verantwoord\w*|tot op "
        r"de cent|makes me|checks",
        without=r"samen|\bwe\b|wij|budget ?app|afgesproken|together",
    ),
    r"\b(?:took|pakte|nam|heeft|has)\b(?: [a-z]+){0,2}? (?:my|mijn) (?:passport|paspoort|keys|"
    r"sleutels|phone|telefoon|bank card|pinpas|bankpas|id)\b(?: [a-z]+){0,2}? (?:and|en) (?:wil "
    r"not|will not|refuses to|weigert|geeft (?:het|hem|ze) niet) ?(?:give|geven|to give)? ?(?:it|"
    r"them|het|hem|ze)? ?(?:back|terug)\b",
    r"\b(?:tracks|checks|follows) where i (?:go|am|have been)\b",
    r"\b(?:verstopt|verstopte|pakt|pakte|neemt|nam|houdt|hield|hides|hid|withholds|takes|took)\b"
    r"(?: [a-z]+){0,2}? (?:mijn|my) (?:medicijnen|medicatie|pillen|insuline|inhaler|puffer|meds|"
    r"medication|medicine)\b(?: [a-z]+){0,3}? (?:af|weg|achter|als|wanneer|if|when|away|so)\b",
    r"\bso (?:that )?i (?:can not|cant|could not) (?:talk to|see|call|contact|reach|text) (?:my "
    r"\w+|anyone|anybody|friends|family)\b|\bzodat ik (?:mijn )?(?:vrienden|vriendinnen|familie|"
    r"moeder|vader|ouders|zus|broer) niet (?:meer )?(?:kan|mag) (?:bereiken|bellen|spreken|zien|"
    r"appen)\b",
    sentence(
        r"geen (?:eigen )?(?:geld|vrienden|vriendinnen|familie|leven|werk|baan)",
        rf"alleen (?:nog )?(?:hem|haar)(?: nog| meer)?{END}|niks (?:meer )?van mezelf|nothing of my "
        r"own|only (?:him|her)\b",
    ),
    sentence(
        r"(?:krijg|krijgt|get) (?:ik )?(?:dan |alleen |maar )*zakgeld|pocket money|an allowance",
        rf"{_AGENT_EN}|afgeven|inleveren|salaris|loon|uitkering|salary|paycheck",
        without=r"ouders|moeder|vader|oma|opa|mama|papa|parents|kinderen|kids",
    ),
    r"\b(?:if|when) i (?:do not|dont) do what (?:he|she) (?:says|wants|tells me)\b|\bmakes me "
    r"sleep (?:on the floor|outside|in the car|on the couch)\b",
    # everything shown to him first
    r"\b(?:elke|iedere|alle|al mijn|every|all my)\b(?: [a-z]+){0,5}? (?:eerst )?(?:aan (?:hem|"
    r"haar)|to (?:him|her)) (?:laten (?:zien|lezen|horen|controleren)|voorleggen|show)\b",
    rf"\b(?:moet|must|have to)\b(?: [a-z]+){{0,4}}? (?:{PHONE}|{MONEY}|elke \w+|iedere \w+|alle "
    r"\w+|alles|every \w+|all my \w+)(?: [a-z]+){0,3}? (?:aan|to) (?:hem|haar|him|her) (?:laten "
    r"(?:zien|lezen|horen|controleren)|voorleggen|inleveren|afgeven|show)\b",
    r"\b(?:moet|must|have to)\b(?: (?:van (?:hem|haar)|hem|haar|elke avond|elke dag|altijd|"
    r"steeds|iedere avond|iedere dag))* (?:opsommen|opnoemen|vertellen|uitleggen|rapporteren|"
    r"report|tell (?:him|her)|explain) (?:met wie ik|waar ik (?:was|ben|geweest)|who i "
    r"(?:talked|spoke|saw|was with|met)|where i (?:was|went|have been))\b",
    sentence(
        r"durf\w*(?: [a-z]+){0,3}? (?:niet|nooit|geen)|mag (?:niet|geen|nooit)",
        r"(?:via|op|met) (?:mijn|de) (?:locatie|gps|telefoon|app)|(?:ziet|weet|checkt|volgt) "
        r"(?:\w+ )?(?:waar ik|mijn locatie)|sees where i",
        _AGENT_EN,
    ),
    r"\baccount for every (?:penny|cent|euro|pound|purchase)\b|\bjustify every (?:penny|purchase|"
    r"cent|euro)\b",
    # made to give up work or study
    sentence(
        _AGENT_EN,
        r"stoppen met (?:mijn |m n )?(?:werk|baan|opleiding|studie|school|hobby)|(?:made|forced|"
        r"makes) me (?:quit|stop|give up) (?:my )?(?:job|work|studies|school|studying)|ontslag "
        r"(?:laten )?nemen",
        r"(?:heeft|had|liet|laat) (?:me|mij)|moest|moet|van (?:hem|haar)|made me|forced me|"
        r"zodat ik|so (?:that )?i|thuis ?blijven|afhankelijk|depend",
        without=r"ziek\w*|burn ?out|zwanger\w*|bevalling|baby|verhuiz\w*|afgesproken|samen "
        r"besloten|zelf|mijn keuze|wilde zelf|roken|smoking|drinken",
    ),
    # gaslighting told by its effect: "hij zegt dat ik gek ben en dingen verzin, ik geloof hem nu"
    sentence(
        _AGENT_EN,
        r"(?:zegt|zei|noemt|noemde|vertelt|vertelde|beweert|beweerde|maakt|maakte|says|said|"
        r"tells|told|makes|made|calls|called)\b(?: [a-z]+){0,6}? (?:gek|labiel|gestoord|"
        r"instabiel|psychisch ziek|dingen (?:verzin|verzint|inbeeld)|verzin|inbeeld|verbeeld|"
        r"overdrijf|aanstel|crazy|insane|unstable|making (?:it|things) up|imagining)|(?:draait|"
        r"verdraait|verdraaide|twist\w*) (?:alles|everything|mijn woorden|my words)|nooit gebeurd|"
        r"never happened|(?:wijsgemaakt|"
        r"aangepraat|convinced me|made me believe) dat",
        r"(?:twijfel|doubt)\w* (?:nu |steeds |inmiddels |echt )?(?:aan )?(?:mezelf|mijn (?:eigen )?"
        r"(?:geheugen|verstand|hoofd)|myself|my (?:memory|mind|sanity))|(?:geloof|believe) "
        r"(?:ik )?(?:hem|haar|him|her|het) (?:inmiddels|nu|zelf|al|now)|(?:inmiddels|nu|now) "
        r"(?:geloof|believe) (?:ik |i )?(?:hem|haar|him|her|het)|weet (?:echt |gewoon )?(?:niet|"
        r"nooit) meer wat (?:echt|waar|klopt)|(?:vertrouw|trust) (?:mijn (?:eigen )?|my (?:own )?)"
        r"(?:geheugen|gevoel|verstand|hoofd|oordeel|memory|judgement|judgment|mind)\w* niet|"
        r"(?:mijn|my) (?:eigen |own )?(?:geheugen|verstand|oordeel|ogen|memory|mind) niet (?:meer )?"
        r"(?:vertrouw|geloof)|"
        r"niemand (?:me|mij|naar me) (?:nog )?(?:gelooft|luistert)|zodat niemand|tegen iedereen|"
        r"to everyone|nobody believes|feel (?:like )?(?:i am) (?:crazy|going crazy|insane)|"
        r"ben gaan geloven|started to believe",
    ),
    r"\b(?:schreeuwt|schreeuwde|scheldt|schold|tiert|tierde|yells|yelled|screams|screamed)\b"
    r"(?: [a-z]+){0,3}? (?:tot|until) (?:ik|i) (?:huil|huilde|tril|trilde|ga huilen|cry|cried|"
    r"shake|shaking)\b",
    # a no overridden: "ik zeg nee maar hij gaat gewoon door", "toen ik nee zei ging hij toch door"
    sentence(
        r"\bnee (?:zeg|zei|zeggen|gezegd|had gezegd|riep)|\b(?:zeg|zei|zeiden|riep) (?:ik )?"
        r"(?:nog )?nee\b|(?:zeg|zei) (?:dat )?(?:het )?(?:pijn doet|pijn deed|ik (?:het )?niet "
        r"(?:wil|wilde))|\bsaid no\b|\bsay no\b|told (?:him|her) no|(?:smeek|smeekte|vroeg) "
        r"(?:hem |haar )?(?:om )?te stoppen",
        r"(?:toch|gewoon|alsnog)(?: [a-z]+){0,2}? (?:door|verder|in (?:me|mij)|gedaan|"
        r"doorgegaan|deed|gegaan)|(?:gaat|ging|bleef|blijft)(?: (?:hij|ze|zij))?(?: (?:toch|"
        r"gewoon|alsnog))* (?:door|doorgaan|verder)\b|doorgegaan|in (?:me|mij) (?:gegaan|ging|"
        r"gedrongen)|(?:stopt|stopte) (?:hij |ze |zij )?niet|niet (?:gestopt|opgehouden)|kept "
        r"going|did (?:it )?anyway|went ahead|does not stop|did not stop|would not stop",
        without=r"praten|vertellen|zeuren|zeurt|werken|eten|koken|klussen|gamen|drinken|roken|"
        r"bellen|appen|vragen|discussie|ruzie|film|serie|muziek|feest|grap\w*|kietel\w*|plagen|"
        r"kriebel\w*|fysio\w*|masseu\w*|massage|tandarts|kapper|dokter|training|trainer|sport\w*",
    ),
    sentence(
        r"(?:doet|deed|doen|did|does) (?:dingen|van alles|things|stuff) (?:met|bij|to|with) "
        r"(?:me|mij)\b",
        r"dronken|slaap|sliep|bewusteloos|buiten westen|nooit ja|geen ja|niet (?:wil|wilde|"
        r"gewild)|zonder (?:te vragen|toestemming)|drunk|asleep|passed out|never (?:said yes|"
        r"agreed)|did not want",
    ),
    sentence(
        r"\b(?:condoom|condom)\b(?: [a-z]+){0,4}? (?:afgedaan|afgehaald|weggehaald|af gedaan|"
        r"uitgedaan|af|removed|took off|taken off)\b|\bstealth\w*",
        r"zonder|stiekem|niet gevraagd|without|secretly|niet gemerkt|ik merkte|te vragen",
    ),
    sentence(
        r"bevredig\w*|seks|sex|pijpen",
        r"(?:voor|voordat|before) (?:ik|i) (?:mag|kan|can|may)|(?:mag|kan) (?:ik )?(?:pas|niet)|"
        r"moet (?:ik )?(?:eerst|altijd)|anders (?:mag|krijg|wordt|slaapt)",
        without=r"haha|grapje|lol|we moeten",
    ),
    sentence(
        r"seks|sex|naar bed",
        r"zodat (?:hij|ze|zij) niet (?:boos|kwaad|agressief|woedend|chagrijnig)|(?:om|to) (?:hem|"
        r"haar|him|her) (?:rustig|kalm|tevreden) te houden|to keep (?:him|her) (?:calm|happy|"
        r"from)|ik wil het (?:eigenlijk )?nooit|ik wil (?:het )?eigenlijk (?:nooit|niet)|i (?:never|"
        r"do not) (?:really )?want",
    ),
    sentence(
        r"wakker|woke|sliep|slaap|asleep",
        r"(?:kleren|broek|ondergoed|clothes|pyjama|shirt)\b(?: [a-z]+){0,2}? (?:uittrok|uittrekt|"
        r"uitgetrokken|uit trok|naar beneden|off)|(?:uittrok|uittrekt|trok|took|pulled) (?:mijn|"
        r"my) (?:kleren|broek|ondergoed|pyjama|clothes|pants|underwear)",
        _AGENT_EN,
        without=r"warm|hitte|koorts|zweet\w*|baby|kind|dochter|zoon|verschonen",
    ),
    clause(
        r"(?:verplicht|verplichtte|dwingt|dwong)\w*",
        r"porno|seks|sex|naar bed|na te spelen|nadoen",
    ),
)
