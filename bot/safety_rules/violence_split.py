"""Rules for violence told around its verb: passives, split verbs, cover stories, marks left.

Word families from the misses of blind set 3 and development round 8 (tests/safety_phrases.py):
"ik werd door mijn man tegen de muur geduwd" (the agent after "door", the verb at the end),
"we sloegen elkaar", "een bord kapotgegooid op mijn hoofd", an injury explained away ("ik zei
dat ik van de fiets viel, zodat ze hem niet zouden oppakken"), finger marks on an arm. Patterns
are written in normal spelling and squeezed like the text (see bot/safety_lexicon.py).
"""

from __future__ import annotations

from bot.safety_lexicon import (
    AGENT,
    BODY,
    HIT_PART,
    HIT_PART_W,
    HIT_S,
    INJURY,
    ME,
    NEG,
    PARTNER_NP,
    PERSON_NP,
    POSS,
    clause,
    sentence,
)

_PLAY = (
    r"per ongeluk|sport\w*|training|spel|wedstrijd|zwembad|water|lucht|kussen\w*|sneeuw\w*|bal|"
    r"kietel\w*|stoei\w*|grap\w*|lach\w*|achtbaan|botsauto\w*|dansen|dansvloer"
)
_BLOW_PASSIVE = (
    rf"{HIT_PART}|{HIT_PART_W}|in elkaar \w+|aangevallen|vastgegrepen|vastgepakt|vastgezet|"
    r"klemgezet|beaten|punched|hit|kicked|pushed|choked|slapped|attacked|shoved|strangled|"
    r"thrown|grabbed"
)

VIOLENCE_SPLIT = (
    # a passive with the agent after "door": "gisteren werd ik door mijn man tegen de muur geduwd"
    clause(
        r"(?:ik|we|wij|i|mijn (?:zoon|dochter|kind|moeder|zus|broer))\b(?: [a-z]+)? (?:word|wordt|"
        r"werd|werden|ben|was|is|zijn|am|got|get|been)|(?:word|werd|ben|was) (?:ik|we)",
        rf"(?:door|by) (?:hem|haar|him|her|{PERSON_NP}|mijn ex|die vent|my \w+)",
        _BLOW_PASSIVE,
        without=rf"{NEG}|geholpen|gevraagd|geknuffeld|gekust|verrast|opgehaald|gebeld|gesteund|"
        + _PLAY,
    ),
    # blows traded: "we sloegen elkaar allebei", "we vechten echt, met vuisten"
    r"\b(?:we|wij)\b(?: [a-z]+){0,2}? (?:sloegen|slaan|schopten|schoppen|duwden|duwen|krabden|"
    r"krabben|stompten|stompen|mepten|meppen|hit|punched|kicked|slapped|pushed)\b(?: [a-z]+){0,2}? "
    r"elkaar\b|\b(?:vechten|vochten|gevochten|fight|fought|fighting)\b(?: [a-z,]+){0,4}? "
    r"(?:met (?:de |onze )?vuisten|fysiek|with (?:our )?fists|physically)\b|\bop de vuist\b",
    # things broken on the body: "ze heeft een bord kapotgegooid op mijn hoofd"
    rf"\b(?:kapot|stuk) ?(?:gegooid|geslagen|gooide|sloeg|smeet|gesmeten)\b(?: [a-z]+){{0,2}}? "
    rf"(?:op|tegen|over) (?:mijn|me|my) {BODY}\b|\b(?:op|tegen|over) (?:mijn|me|my) {BODY}\b"
    r"(?: [a-z]+){0,2}? (?:kapot|stuk) ?(?:gegooid|geslagen|gesmeten)\b",
    # something hot, or a blow given on purpose: "de hete strijkbout expres tegen mijn arm gedrukt"
    sentence(
        rf"{AGENT}",
        r"(?:hete|heet|gloeiend\w*|brandende|kokend\w*|hot|burning|aangestoken) \w+|sigaret|"
        r"expres|opzettelijk|met opzet|on purpose|deliberately",
        rf"(?:tegen|op|in|naar|against|on|into) (?:mijn|me|my) (?:{BODY})|(?:uitgedrukt|gedrukt|"
        r"gehouden) op (?:mijn|me)",
        without=r"per ongeluk|viel|gevallen|omgestoten|morste|gemorst|voet|tenen|kietel\w*|"
        r"grap\w*|lach\w*|speel\w*|kus\w*|plaag\w*|zonnebrand|creme|pleister|kompres|verband",
    ),
    # a blow with a fist or an object somewhere on the body
    rf"\b{HIT_S}\b(?: [a-z]+){{0,4}}? (?:tegen|in|op|naar|against|into|across) (?:{POSS}|haar|"
    rf"her) (?:{BODY})\b",
    # finger marks: "paarse vlekken van zijn vingers", "zijn vingers staan er nog op"
    r"\b(?:vlekken|plekken|afdrukken|striemen|bruises|marks)\b(?: [a-z]+){0,2}? (?:van|from|in "
    r"the shape of) (?:zijn|haar|his|her) (?:vingers|handen|hand|riem|vuist|vuisten|fingers|"
    r"hands|belt|fist)\b",
    sentence(
        r"(?:zijn|haar) (?:vingers|handen|vingerafdrukken)\b(?: er)?(?: nog)?(?: (?:op|in)(?: "
        r"(?:mijn|me) \w+)?)? (?:staan|stonden|zitten|zaten)|vingerafdrukken|handafdruk\w*|"
        r"fingerprints|finger ?marks|handprint\w*",
        r"arm|nek|keel|hals|pols|gezicht|wang|bovenarm|kneep|greep|geknepen|vastgepakt|"
        r"vastgegrepen|neck|throat|wrist|face",
        without=r"raam|ruit|spiegel|glas|scherm|window|mirror|screen|deurklink",
    ),
    # the cover story: "ik zei dat ik van de fiets viel, zodat ze hem niet zouden oppakken"
    sentence(
        r"gezegd|zei|zeg|verteld|vertel|vertelde|zeggen|smoes\w*|verklaar\w*|uitleg\w*|"
        r"wijsgemaakt|told|said|tell|explain\w*",
        r"tegen (?:een|de) (?:deur|kast|muur|deurpost|tafel)\w*|(?:trap|fiets) (?:af )?"
        r"(?:gevallen|gevallen was|gevallen ben|viel)|gevallen|gestoten|onhandig|uitgegleden|"
        r"gestruikeld|walked into|fell|tripped|clumsy|slipped|(?:zo vaak |steeds |vaak )(?:val|"
        r"vallen|viel)",
        r"(?:maar|eigenlijk|in werkelijkheid|zodat|zonder)\b(?: [a-z]+){0,6}? (?:hij|hem|zij|"
        r"zijn|he|him|his)\b|(?:dat|het) was (?:niet zo|niet waar|gelogen|een leugen)|(?:was|"
        r"waren) (?:hem|haar|zijn \w+|his \w+)|(?:but|actually)(?: it was)? (?:he|him|she|her)\b|"
        r"(?:de |die |mijn )?(?:blauwe )?plekken|bruises",
        without=r"juf|meester|school|te laat|huiswerk|verslapen|ijs|sneeuw|gym|sport\w*|"
        r"voetbal\w*|hond|kat|trap af|ladder|schaats\w*|ski\w*",
    ),
    # an injury kept quiet to protect the partner: "zonder hem te verraden"
    sentence(
        rf"{INJURY}|rib|ribben|pols|kaak|plekken|wond\w*|hechtingen|hechting|gips",
        r"(?:zonder|om) (?:hem|haar) te (?:verraden|beschermen|dekken|verlinken)|(?:hem|haar) "
        r"(?:niet )?(?:in de problemen|oppakken|opgepakt|aangeven)|cover(?:ing)? for (?:him|her)|"
        r"protect(?:ing)? (?:him|her)|get (?:him|her) in trouble",
    ),
    sentence(
        rf"{INJURY}|plekken|bulten|striemen|bruises",
        r"(?:dat|het|die|da) (?:was|waren) (?:hem|haar|hij)(?: weer)?\b",
        without=r"bal|per ongeluk|sport\w*|voetbal\w*|hond|kat",
    ),
    # an injury kept secret or denied: "die plekken zijn niet van het sporten, ik durf het niemand
    # te zeggen"
    sentence(
        rf"{INJURY}|plekken|blauwe plekken|wonden|bulten|striemen|bruises|littekens",
        r"(?:zijn|is|was|waren|komen|komt) (?:echt )?niet van (?:het |de )?(?:sporten|sport|vallen|"
        r"de trap|de fiets|een val|werk|training)|durf (?:het )?(?:aan )?niemand te (?:zeggen|"
        r"vertellen|laten zien)|niemand mag (?:het )?weten|are not from (?:sports|falling|the gym)",
        without=r"kat|hond|baby|peuter|allergie|eczeem|verkoud\w*|hooikoorts",
    ),
    # pain left by his blow: "pijn aan mijn ribben van zijn trap van zaterdag"
    sentence(
        r"pijn|blauw\w*|plek\w*|bult|gebroken|gekneusd|hechting\w*|bloed\w*|dik|hurts?|bruised?",
        r"(?<!viel )(?<!gevallen )\bvan (?:zijn|haar|his|her) (?:trap|trappen|klap|klappen|schop|"
        r"schoppen|stomp|stompen|vuist|vuistslag|duw|mep|kopstoot|elleboog|slag|slagen|punch|kick|"
        r"slap)\b|\bfrom (?:his|her) (?:punch|kick|slap|fist)\b",
        without=r"voetbal\w*|sport\w*|training|wedstrijd|boks\w*|judo|karate",
    ),
    # a hand slammed in a door on purpose
    r"\b(?:slammed|crushed|jammed|shut) (?:my|her) (?:hand|fingers|arm|head|foot) in (?:the )?"
    r"(?:car )?(?:door|drawer)\b|\b(?:klemde|sloeg|smeet|gooide|duwde) (?:de deur|het portier|de "
    r"la|de autodeur)(?: [a-z]+){0,2}? (?:dicht )?op (?:mijn|haar) (?:hand|vingers|arm|hoofd|voet)\b|"
    r"\b(?:mijn|haar) (?:hand|vingers|arm|voet) (?:tussen|in) (?:de|het) (?:deur|portier|la|"
    r"autodeur)\b(?: [a-z]+){0,2}? (?:geklemd|geslagen|gesmeten|gedrukt)\b",
    # a grip kept hidden under a sleeve
    sentence(
        r"mouwen|coltrui|sjaal|make ?up|concealer|sleeves|verberg\w*|verstop\w*|opstropen",
        rf"{AGENT}",
        rf"{HIT_PART}|{HIT_PART_W}|vastgegrepen|vastgepakt|geknepen|gegrepen|beetgepakt",
        without=r"per ongeluk|sport\w*|kat|hond",
    ),
    # pulled back by the clothes or the hair
    rf"\b(?:trekt|trok|sleurt|sleurde|rukt|rukte|getrokken|gesleurd|pulled|dragged|yanked)"
    rf"(?: {AGENT})? (?:{ME}|haar|her) (?:aan|bij|by) (?:mijn|me|haar|my|her) (?:capuchon|kraag|"
    r"jas|shirt|trui|mouw|nek|pols|been|benen|enkel|haren|haar|hair|collar|hood|arm|wrist)\b",
    # shaken, kicked when down, twisted
    clause(
        rf"{AGENT}",
        rf"{ME}",
        r"door elkaar (?:geschud|geschudt|schudde|schudt|gerammeld|rammelde)|heen en weer "
        r"(?:geschud|geslingerd|gesmeten)",
        without=r"achtbaan|bus|trein|boot|vliegtuig|lachen|wakker",
    ),
    r"\b(?:trap\w*|schop\w*|getrapt|geschopt|kicked|kicking|stomp\w*)\b(?: [a-z]+){0,5}? (?:toen|"
    r"terwijl|while|when) (?:ik|i) (?:al )?(?:op de grond|op de vloer|on the floor|on the ground|"
    r"down) (?:lag|lig|was)\b",
    rf"\b(?:twisted|twists|bent|yanked|wrenched) (?:my|her) (?:arm|wrist|fingers|hair|neck)\b|"
    rf"\b(?:{AGENT}|he|she) (?:kicked|pushed|shoved|threw) me (?:down|off|out of|into|against)\b",
    # blows dealt out: "hij deelt klappen uit als hij gedronken heeft"
    r"\b(?:deelt|deelde|delen|deelden)(?: [a-z]+)? (?:klappen|rake klappen|meppen|tikken|"
    r"slagen|trappen|schoppen|vuistslagen)(?: [a-z]+){0,2}? uit\b",
    # the writer as the one who hit: "ik heb mijn vriendin een klap in haar gezicht gegeven"
    sentence(
        r"\b(?:ik|i)\b",
        rf"(?:heb|had|gaf|gave|have given) (?:hem|haar|him|her|{PARTNER_NP})\b(?: [a-z]+){{0,2}}? "
        r"(?:een|a) (?:klap|mep|stomp|trap|schop|kopstoot|oorvijg|vuistslag|slap|punch|kick)\b",
        without=r"speels|zacht|lief|grap\w*|lach\w*|haha",
    ),
    # the writer as the one who grabbed or pushed: "ik heb haar bij haar keel gepakt"
    rf"\b(?:ik|i)\b(?: [a-z]+){{0,3}}? (?:haar|hem|her|him|{PARTNER_NP}) (?:bij|aan|by) (?:haar|"
    r"zijn|de|her|his|the) (?:keel|nek|hals|strot|haren|throat|neck|hair)\b",
)
