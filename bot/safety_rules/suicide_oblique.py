"""Rules for oblique suicidal wording: no strength left, goodbyes, giving things away, means.

These are word families found by grouping the misses of blind set 3 and of development round 8
(see tests/safety_phrases.py): the writer rarely names death, but says there is no courage left
"om verder te gaan", gives a pet away "ik heb het niet meer nodig", takes leave "het is beter
zo", or asks how much of a medicine is lethal. Patterns are written in normal spelling and
squeezed like the text (see bot/safety_lexicon.py).
"""

from __future__ import annotations

from bot.safety_lexicon import AGENT, BODY, END, PARTNER_NP, PILLS, PRON, sentence

_HOLIDAY = r"vakantie\w*|reis naar|trip|zon|strand|mooi|heerlijk|werk|kantoor|verhuiz\w*|verhuisd"

SUICIDE_OBLIQUE = (
    # no courage or strength left to go on: "ik heb de moed niet meer om nog verder te gaan"
    r"\b(?:geen|de|die|no)(?: (?:echte|enkele))? (?:moed|kracht|wil|levenswil|strength|will|courage)"
    r"(?: (?:echt|gewoon|meer|niet|left|anymore|more))* (?:om|to)(?: nog| meer| echt)? (?:door te "
    r"gaan|verder te gaan|te blijven vechten|door te vechten|hier te (?:zijn|blijven)|te blijven "
    r"leven|door te leven|verder te leven|go on|keep going|carry on|keep fighting|keep living)"
    rf"(?:{END}| (?:en|met alles|met het leven|met mijn leven|and|with anything|with everything|"
    r"with life)\b)",
    # giving away what one will not need: "ik heb mijn hond weggegeven, ik heb het niet meer nodig"
    sentence(
        r"weggegeven|weg gegeven|weg te geven|weggeven|gegeven|overgemaakt|geschonken|verdeeld|"
        r"naar het asiel|naar de opvang|herplaatst|gave|given|giving|left (?:my|her|him)",
        r"(?:heb|hebt|heeft|hebben) (?:ik |ze |het |die |er |dat )*(?:straks |toch |dan |echt )*"
        r"(?:niet|nooit|geen) (?:meer )?nodig|(?:heeft|hebben|heb) (?:er |ze |het )?(?:straks )?"
        r"meer aan dan ik|(?:wil not|will not|do not) (?:be )?need(?:ing)? (?:it|them|anything|"
        r"anyone|her|him)(?: [a-z]+){0,4}? (?:anymore|any more|where i|after)|kan (?:straks |dan |"
        r"binnenkort )(?:toch )?niet meer voor (?:haar|hem|ze|hen) zorgen|no longer need|need "
        r"(?:it|them|anything) (?:anymore|any more)",
        r"\b(?:ik|i|mijn|my)\b",
        without=r"kringloop|marktplaats|opgeruimd|opruimen|zolder|te klein|uitgegroeid|past niet|"
        r"now that|since i|because i|nu ik|omdat ik|sinds ik|nieuwe|verhuiz\w*|verhuisd|gekocht",
    ),
    # a journey one does not come back from
    r"\b(?:ergens heen|ergens naartoe|een (?:lange )?reis|op reis|weg)\b(?: [a-z]+){0,3}? "
    r"waar(?:van)? ik (?:niet|nooit) (?:meer )?(?:van )?terug ?(?:kom|keer)\b|\b(?:a )?(?:trip|"
    r"journey|place) (?:i|that i) (?:wil not|will not|do not|am not going to) come back from\b",
    # a last message to everyone, a last wish for someone left behind
    r"\b(?:mijn|my) laatste (?:appje|app|bericht|berichtje|message|text) (?:aan|naar|voor|to|"
    r"for) (?:jullie|jou|iedereen|allemaal|you all|everyone|all of you)\b(?! (?:vandaag|vanavond|"
    r"voor vandaag|deze week|for today|tonight|today)\b)",
    r"\b(?:zeg|vertel|tell)\b(?: [a-z]+){0,3}? dat het (?:echt )?niet (?:haar|zijn|jouw|je|"
    rf"jullie|hun) schuld (?:was|geweest is)(?:{END}| wat er ook)|\btell (?:her|him|them|my \w+|"
    r"mom|dad|mum) (?:that )?it (?:was not|wasn t) (?:her|his|their|your) fault\b",
    r"\b(?:hoef|hoeft|hoeven)\b(?: [a-z]+){0,3}? (?:nooit meer|niet meer|never) (?:zorgen|bang|"
    r"worry|worried)\b(?: [a-z]+)? (?:om|over|about|voor) (?:mij|me)\b",
    # leave-taking "for the best": "ik laat iedereen los, het is beter zo, ik neem afscheid"
    sentence(
        r"afscheid (?:neem|nemen|genomen)|(?:laat|liet) (?:iedereen|jullie) los|"
        r"say(?:ing)? goodbye|said goodbye",
        r"het is beter zo|beter voor iedereen|iedereen los|voorgoed|voor altijd|for good|forever|"
        r"van het leven|van iedereen|to everyone|it is better this way|better for everyone",
        without=r"collega\w*|werk|baan|school|klas|vakantie|oma|opa|verhuiz\w*|feest|borrel|"
        r"vliegveld|station|kamp|stage|team|club|buren|uitvaart|begrafenis|crematie|oude|relatie|"
        r"ex|hond|kat|huisdier|emigr\w*",
    ),
    r"\bgeen(?: enkele)? reden(?: meer)? (?:om|to)(?: nog)? (?:op (?:deze|de) (?:aarde|wereld)|"
    r"op aarde|hier op aarde|in leven|alive|on this earth)(?: te)? (?:blijven|zijn|stay|be)\b|"
    r"\b(?:verdien (?:het )?niet|(?:het )?niet verdien) (?:om )?(?:nog )?(?:hier|er|op deze "
    r"wereld) te (?:zijn|blijven)\b|\bgeen(?: enkele)? reden(?: meer)? (?:om|to)(?: nog)? (?:op "
    r"te staan|uit bed te komen|wakker te worden|get up|wake up)\b|"
    r"\b(?:do not|dont) deserve to (?:live|be alive|exist|be here)\b",
    # the method considered: "hoe ik het zou doen zonder dat het pijn doet"
    sentence(
        r"hoe (?:ik|je) (?:het|mezelf|er)(?: [a-z]+){0,2}? (?:zou|ga|kan|moet|wil) (?:doen|"
        r"aanpakken|beeindigen)|how (?:i|to) (?:would )?do it",
        r"pijnloos|zonder (?:dat het )?pijn|zonder dat iemand|niemand (?:het )?merkt|snelst\w*|"
        r"minst pijn|painless|without pain|quickest|without anyone",
        without=r"vertel\w*|zeg|uitleg\w*|taart|koken|recept|klus\w*|verband|pleister|splinter",
    ),
    # the car as a means: "als ik nu tegen een boom rij is het klaar", "het stuur omgooi"
    sentence(
        r"(?:ik|i)",
        r"(?:tegen|op|into) (?:een|de|die|a|the) (?:boom|muur|pijler|brugpijler|vrachtwagen|"
        r"betonblok|tree|wall|truck)|stuur (?:om ?gooi\w*|om te gooien|om ?trek\w*)|"
        r"tegenligger|de berm in|oncoming traffic",
        r"expres|opzettelijk|bewust|met opzet|on purpose|deliberately|(?:is|was) het (?:klaar|"
        r"voorbij|over|gedaan)|dan is het (?:klaar|voorbij|over)|it (?:would|wil|will) be over|"
        r"stuur om|wou dat|wish",
        without=r"per ongeluk|gladheid|glad|ijzel|mist|slipte|slippen|geremd|rijles|examen|"
        r"schade|verzekering|parkeren|geparkeerd|fiets\w*|bijna|schrok|ontweek|uitgeweken",
    ),
    # on a height, wavering: "ik sta op de brug en weet niet of ik nog terug ga"
    sentence(
        r"(?:ik|i)",
        r"(?:op|aan|van|bij) (?:het|de|een|dat|die) (?:dak|brug|perron|spoor|flat|balkon|rand|"
        r"reling|kade|pier)|(?:edge|ledge|railing|top) of (?:the|a|that) (?:bridge|roof|balcony|"
        r"building|platform|cliff)|(?:on|at) (?:the|a) (?:bridge|roof|ledge|tracks)",
        r"terug ?(?:ga|kom|te gaan)|twijfel\w*(?: [a-z]+){0,3}? (?:spring\w*|terug|nog|jump)|"
        r"het water (?:trok|trekt|in)|trok (?:aan )?(?:me|"
        r"mij)|naar (?:het water|beneden) (?:staan |zitten )?(?:te )?(?:kijken|gekeken|staren|"
        r"gestaard)|springen|spring|jump|long time|lang (?:gestaan|staan|gezeten|zitten)|"
        r"don t know|do not know|weet (?:niet|niks) meer|(?:aan )?zien (?:aan)?komen|zag (?:aan)?komen|"
        r"watched the train",
        without=r"uitzicht|mooi|prachtig|genieten|foto|trampoline|zwembad|boten|heerlijk|"
        r"vuurwerk|zonsondergang|fireworks|sunset|view|trein (?:komt|kwam)|vertraging|wachten op",
    ),
    # a number of pills in hand, a lethal dose looked up
    sentence(
        rf"(?:\b[0-9]{{2,}}|veertig|dertig|twintig|vijftig|zestig|honderd|handvol|hele strip|hele "
        rf"doos|hele pot|al mijn|alle|a handful of|a bottle of|all my|all the) (?:{PILLS})|"
        rf"{PILLS} (?:saved|stockpiled|collected|opgespaard|gespaard|verzameld)|naar (?:die|de|"
        rf"mijn|al die) (?:{PILLS}) (?:gekeken|zitten kijken|staren|gestaard|kijken)",
        r"hand|twijfel\w*|voor me|klaar|liggen|ligt|slik\w*|nemen|innemen|tonight|vanavond|"
        r"vannacht|the night|in front of me|nu|now|swallow\w*|take them",
        without=r"apotheek|voorgeschreven|recept|vitamine\w*|kat|hond|dierenarts|oma|opa|"
        r"opgeruimd|weggegooid|ingeleverd|tellen voor",
    ),
    sentence(
        r"dodelijk\w*|lethal|fatal|overdose|overdosis",
        r"hoeveel|welke dosis|dosis|how (?:much|many)|dose|genoeg|enough",
        without=r"hond|kat|huisdier|dier|kind|baby|peuter|chocola\w*|druiven|plant\w*|paddenstoel\w*|"
        r"slang|spin|film|serie|examen|cursus|ehbo|per ongeluk|dog|cat|virus|griep",
    ),
    # thinking of death brings rest: "de gedachte aan dood gaan is het enige wat me rust geeft"
    sentence(
        r"\b(?:gedachte|gedachten|idee|thought|the idea)\b(?: [a-z]+){0,2}? (?:aan|dat|of|van) "
        r"(?:(?:ik|i) )?(?:er )?(?:zelf )?(?:de dood|dood ?gaan|dood te gaan|dood (?:zijn|te zijn)|"
        r"sterven|te sterven|er niet meer (?:te )?zijn|(?:een )?eind\w* aan (?:te )?(?:kan |kunnen )?"
        r"maken|dying|death|not being here|ending it)\b(?! van)",
        r"rust|troost|kalm|kalmte|opluchting|fijn|het enige|comfort|relief|calm|peace",
    ),
    # a partner's or housemate's suicidal words or attempt
    r"\b(?:zich|zichzelf|hemzelf|haarzelf|mezelf)\b(?: (?:iets|wat|nog|misschien|ooit))* "
    r"(?:gaat|zal|zou|wil|gaan|kan) (?:iets |wat )?(?:aandoen|aan doen|van kant maken|ophangen|"
    r"doden|verdrinken)\b|\b(?:geprobeerd|probeerde|proberen)(?: om)? (?:zich|zichzelf|mezelf|"
    r"me) (?:te )?(?:verdrinken|doden|ophangen|verhangen|vergiftigen|van kant te maken|iets aan "
    r"te doen|dood te maken)\b|\b(?:tried|trying|try) to (?:drown|kill|hang|poison|hurt) "
    r"(?:herself|himself|myself)\b",
    rf"\b(?:{PRON}|{PARTNER_NP}|{AGENT}) (?:says|said|told me|keeps saying|texted|tells me)(?: "
    r"that)? (?:he|she|they) (?:wants|wanted|is going|was going|wil|will|is gonna)(?: to)? "
    r"(?:die|kill (?:himself|herself)|end it|end (?:his|her) life|not be here)\b",
    # the writer's leftover life called over: "mijn leven is op", Flemish "ik ben het leven beu"
    r"\b(?:het|mijn|dat|da) leven\b(?: (?:echt|zo|helemaal|gewoon|meer dan))* (?:beu|zat)\b|"
    r"\b(?:het|mijn|dat) leven is (?:voor mij )?(?:gedaan|op|voorbij|over|afgelopen)\b(?! (?:als|"
    r"wanneer|zonder|met|in)\b)",
    r"\b(?:in case|for when|after|when|if) (?:i am|i m|im) (?:not around|not here|gone|no longer "
    r"here|dead)\b|\bin case i (?:do not|dont) make it\b",
    sentence(
        rf"{PILLS}|plan|touw|brief|briefje|afscheid|alles geregeld|letters|note",
        r"tonight is the night|vanavond is het zover|vannacht is het zover|het is (?:vanavond|"
        r"vannacht|morgen) zover|it is time",
    ),
    sentence(r"alles|klaar|geregeld|plan", rf"\ber\b(?: [a-z]+){{0,2}}? uit te stappen{END}"),
    # not seeing oneself there next year, something stupid done to oneself, "bijna voorbij"
    r"\b(?:zie|see) (?:mezelf|mijzelf|myself)\b(?: [a-z]+){0,4}? (?:niet|never|not)(?: meer)? "
    r"(?:hier zijn|er zijn|meemaken|halen|oud worden|making it|make it|being here|alive|around)\b"
    r"(?! (?:to the|to a|to work|to class|to school|to practice|on time|in)\b)|\b(?:do not|dont) "
    r"see myself (?:making it|being here|being alive|getting through)\b(?! (?:to the|to a|to "
    r"work|to class|to school|on time|in)\b)",
    r"\biets (?:stoms|doms|ergs|definitiefs|onherroepelijks) (?:doe |doen |ga doen )?(?:met|aan|"
    r"tegen) (?:mezelf|mijzelf)\b|\bdo something (?:stupid|drastic|permanent) to myself\b",
    sentence(
        r"sorry|bedankt|dank|vergeef|forgive|thank",
        r"(?:het|alles) is (?:bijna|straks|snel|binnenkort) (?:voorbij|over|klaar)|(?:it|all) "
        r"(?:will|wil) be over soon|it is almost over",
        without=r"werk|project|vakantie|week|examen|tentamen|verbouwing|zwanger\w*|drukte|"
        r"deadline\w*|seizoen|periode|ruzie|griep|ziek\w*|verhuiz\w*|cursus|opleiding|work|exam",
    ),
    # others better off, letters for everyone, what still holds one back
    sentence(
        r"(?:kinderen|kids|iedereen|jullie|everyone|mijn (?:man|vrouw|vriend|vriendin|partner|"
        r"kinderen|ouders|familie))\b(?: [a-z]+){0,3}? (?:beter af|better off)",
        r"straks|geregeld|verzekering|testament|zonder (?:mij|me)|als ik|brief|afscheid|without "
        r"me|when i|after i|once i",
    ),
    sentence(
        r"(?:voor|aan) (?:iedereen|jullie allemaal|al mijn \w+|de kinderen|mijn kinderen|everyone|"
        r"my kids)\b(?: [a-z]+){0,2}? (?:een )?(?:brief|brieven|briefje|briefjes|letter|letters)|"
        r"(?:brief|brieven|briefjes|letters) (?:geschreven |klaargelegd )?(?:voor|aan|to|for) "
        r"(?:iedereen|jullie allemaal|al mijn \w+|everyone|each of)",
        r"geschreven|klaargelegd|klaar|liggen|ligt|written|ready|la\b|envelop\w*",
        without=r"bruiloft|verjaardag|kerst\w*|jubileum|collega\w*|werk|bedankt voor het feest|"
        r"uitnodiging\w*|wedding|birthday|christmas|sinterklaas|gedicht\w*",
    ),
    sentence(
        r"tegenhoudt|tegenhouden|tegenhield|houdt (?:me|mij)(?: nog)? tegen|hield (?:me|mij)"
        r"(?: nog)? tegen|keeps me (?:alive|here|going)|stops me from|only reason i am still",
        r"eind\w* aan|dood|leven|sterven|er niet meer|doing it|ending it|killing myself|springen|"
        r"alive|here|kill",
    ),
    r"\b(?:ik heb|heb ik) (?:echt |gewoon )?geen (?:toekomst|hoop) meer (?:en|maar)\b|\bvan de "
    r"aardbodem (?:verdwijnen|verdwenen|weg)\b|\bblok aan (?:het|ieders) been (?:voor|van) (?:iedereen|"
    r"jullie|mijn (?:gezin|familie|kinderen|man|vrouw|partner)|de kinderen)\b|\bwaarom (?:ben ik|ik "
    rf"ben) er(?: eigenlijk| nog)+{END}",
    sentence(
        r"(?:zon|zo een|zo n|een|such a) (?:last|burden)",
        r"sorry|bedankt voor alles|dank(?:jewel|je)? voor alles|thank you for everything|thanks "
        r"for everything",
    ),
    sentence(
        r"uitgezocht|opgezocht|gegoogeld|gezocht|gekeken|bekeken|looked up|researched|googled|"
        r"checked",
        r"(?:brug|flat|dak|gebouw|toren|parkeergarage|bridge|building|roof)\b(?: [a-z]+){0,3}? "
        r"(?:hoog genoeg|high enough)",
    ),
)

SELF_INJURY_OBLIQUE = (  # ignored when an accident explains it
    # head banging: "ik bonk met mijn hoofd tegen de muur tot het bloedt"
    r"\b(?:bonk|bonkt|bonkte|bonken|beuk|beukte|sla|sloeg|slaan|bang|banging|bash|hit|ram|ramde)\b"
    r"(?: (?:ik|weer|steeds|soms|vaak|dan))* (?:met )?(?:mijn|me|my) (?:hoofd|kop|head) (?:tegen|"
    r"op|against|on)\b(?: [a-z]+){0,4}? (?:muur|deur|vloer|kast|wall|door|floor)\b(?=.*\b(?:tot|"
    r"pijn|bloed\w*|weken|elke|als het|until|hurts|bleed\w*|weer|again)\b)",
    # cut into one's own body: "een mes gepakt en in mijn eigen been gesneden"
    r"\b(?:in|op|into) (?:mijn|me|my) (?:eigen |own )?(?:arm|armen|pols|polsen|been|benen|"
    r"bovenbeen|bovenbenen|dij|dijen|buik|huid|heup|heupen|enkel|thigh|thighs|arms|wrist|wrists|leg|legs|"
    r"skin|stomach)\b(?: [a-z]+){0,2}? (?:gesneden|gekrast|gebrand|gekerfd|geprikt|snijden|"
    r"krassen|kerven|cut|burned|burnt|carved)\b|\bcuts? (?:are |is )?on my (?:arms|thighs|legs|wrists|stomach)\b",
    # relapse after being clean: "scheermesjes weer gepakt na 2 jaar clean"
    sentence(
        r"clean|relapse\w*|terugval|teruggevallen|streak",
        r"mesje\w*|scheermes\w*|snij\w*|kras\w*|razor\w*|blades?|cutting|self ?harm",
    ),
    rf"\b(?:{BODY})\b(?: [a-z]+){{0,3}}? (?:opengekrabd|opengekrast|open gekrabd|kapot gekrabd)\b"
    r"(?=.*\b(?:expres|omdat ik|straf|haat|mezelf|tot het bloed\w*|om iets te voelen)\b)",
)
