"""Rules for physical violence: blows, grabs, injuries, being thrown or held down.

Patterns are written in normal spelling and squeezed like the text (see bot/safety_lexicon.py).
"""

from __future__ import annotations

from bot.safety_lexicon import (
    ADV,
    AGENT,
    BODY,
    BODY_HURT,
    END,
    GRAB,
    HIT_FIN,
    HIT_NOUN,
    HIT_PART,
    HIT_PART_W,
    HIT_S,
    HIT_STRONG,
    HIT_W,
    INJURY,
    KIDS,
    ME,
    NEG,
    PARTICLE,
    PARTNER_NP,
    PERSON_NP,
    PET,
    POSS,
    PRON,
    PUSH,
    THROW,
    VICTIM,
    clause,
    gap,
    sentence,
)

VIOLENCE_BARE = (
    r"(?<!met )\bgeweld\b|\bgewelddadig\w*|\bhandtastelijk\w*|\bmishandel\w*|\bviolen(?:ce|t)\b|"
    r"\bwurg(?:t|de|den|en)?\b|\b(?:kinder|partner|relatie|gezins)(?:mishandel\w*|geweld)\b|"
    r"\bdomestic (?:violence|abuse)\b|\b(?:fysiek|lichamelijk) (?:geweld|mishandel\w*|agressief)"
)
HURT_BY = sentence(
    rf"{AGENT}|hem|haar|him|her",
    rf"(?:ik|i|me|mij|mijn|my)\b(?: (?!(?:zijn|haar|his|her|hij|ze|zij|he|she)\b)[a-z]+){{0,5}}? "
    rf"(?:{INJURY})",
    without=r"van (?:het|de|een) (?!hem|haar)|gevallen|gestoten|viel|val|sport|voetbal\w*|fiets\w*|"
    r"training|kast|tafel|stoeien|per ongeluk|ski\w*|mountainbik\w*|schaats\w*|wintersport|"
    r"snowboard\w*|klim\w*",
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
    rf"my \w+|us|the kids)\b|\b{VICTIM}{gap(3)} onder (?:water|het water)\b(?!.*\b(?:speels|"
    r"spelletje|zwembad)\b)|"
    r"\bonder water (?:gehouden|geduwd|gedrukt)\b|\b(?:vallen|vielen|viel|"
    r"valt) (?:er )?(?:[a-z]+ )?(?:klappen|rake klappen|slagen)|\bklappen (?:vallen|vielen|"
    r"gevallen)|\b(?:heet|kokend|hete|kokende) (?:water|koffie|thee|olie|soep)\b(?=.*\b(?:over|"
    r"naar|tegen|op) (?:me|mij|mijn)\b)|\bpak slaag\b|\bop (?:me|mij|haar|hem|ons) in\b",
    clause(
        AGENT,
        rf"{ME}|{KIDS}|{POSS} {BODY_HURT}",
        rf"{HIT_STRONG}|{HIT_PART}|{HIT_NOUN}|duwt|duwde|knijpt|kneep|krabt|krabde|spuugt|spuugde|"
        r"sleurt|sleurde|smijt|smeet|slingert|slingerde|gekrabd|bespuugd|geknepen|gegooid",
        without=rf"{NEG}|kus\w*|knuffel\w*|aai\w*|zacht\w*|(?<!mijn )(?<!me )lief|grap\w*|speel\w*|"
        r"spel\w*|kietel\w*|per ongeluk|hand|handen|(?:slaat|sla|slaan) (?:\w+ )?(?:me|mij) (?:nog )?(?:eens )?dood",
    ),
    # blows given and received: "hij gaf me een klap", "ik kreeg een trap van hem"
    r"\b(?:geeft|gaf|gaven|geven|geef|give|gave|"
    rf"gives)(?: {AGENT})? {VICTIM}{gap(3, NEG + '|per|perongeluk|speels|zacht|zachtjes')} "
    rf"{HIT_NOUN}\b|\b{VICTIM}{gap(3)} (?:{HIT_NOUN}|"
    rf"{INJURY}){gap(4)} (?:gegeven|verkocht|bezorgd|geslagen)\b|\b(?:kreeg|krijg|krijgt|kregen|"
    rf"gekregen|krijgen|got|get){gap(4)} {HIT_NOUN} (?:van|from) (?:hem|haar|him|her|"
    rf"{PERSON_NP})\b|\b(?:klappen|pak slaag|rammel) (?:krijgen|kreeg|gekregen|krijg|geven|gaf|"
    r"gegeven|uitdelen|uitgedeeld|deelt|deelde)\b|(?<!ongeluk )\b(?:een|an) (?:elleboog|elbow|vuist|fist|"
    r"kopstoot)\b(?= (?:in|op|tegen|to) (?:mijn|me|my|m)\b)",
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
        r"geen lucht|geen adem|stikte|blauw|duizelig|niet meer kon)",
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
    r"my face)\b(?! toe (?:zodat|om|want|omdat)\b)|\b(?:naar|tegen|op) (?:me|mij)(?: toe| aan)? (?:gegooid|gesmeten|geworpen)\b|"
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
    rf"dan))? (?:fysiek|lichamelijk|physical)(?: (?:en|toen|tegen|tussen|between|als|wanneer|zodra|"
    rf"met|when|if|with|once)\b|{END})|"
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

# --- wider word families, found by grouping the misses of a blind set --------------------------

_NOT_A_BLOW = (  # an accident, an allergy or a sport explains a swollen eye or a split lip
    r"gevallen|gestoten|val|viel|fiets\w*|sport\w*|\w*voetbal\w*|hockey\w*|training\w*|bal|"
    r"wedstrijd\w*|\w*tennis|judo|boksen|fitness|gym|allergie|"
    r"hooikoorts|kou|verkoud\w*|mug\w*|wesp\w*|tandarts|operatie|in de zon|door de zon|zonnebrand\w*|eczeem|puist\w*|acne|"
    r"uitslag|ontsteking|griep|stroom|per ongeluk|trap af|struikel\w*|ski\w*|mountainbik\w*|"
    r"wielren\w*|klim\w*|schaats\w*|paardrij\w*|rugby|snowboard\w*|wintersport|deur tegen|"
    r"kreeg de deur|onhandig"
)
VIOLENCE_WIDE = (
    # blows as events: "er komen soms klappen", "toen vlogen de klappen"
    r"\b(?:komen|kwamen|vallen|vielen|vliegen|vlogen|volgen|volgden)\b(?: (?:er|de))?(?: (?:soms|weer|"
    r"ook|dan|vaak|nog|al eens|wel eens|weleens|regelmatig|gewoon))* (?:klappen|rake klappen|"
    r"meppen|vuistslagen|trappen|schoppen)\b",
    # colloquial beatings: "hij nam me te grazen", "ging me te lijf", "op mijn bek gekregen"
    r"\b(?:me|mij|haar|hem|ons)\b(?: [a-z]+){0,3}? te (?:grazen|lijf)\b|\bop (?:mijn|me|haar) "
    r"(?:bek|smoel|muil|bakkes) (?:gekregen|kreeg|krijg|gegeven|gaf|geeft|geslagen|slaat|sloeg)\b",
    # the writer's injury next to the partner or a fight: "na de ruzie had ik een gescheurde lip"
    sentence(
        rf"{INJURY}",
        rf"ruzie\w*|fight|(?:hij|ze|zij|he|she)|{PERSON_NP}|weer raak|was raak|dat was (?:hij|zij|ze)",
        without=_NOT_A_BLOW,
    ),
    # injuries kept hidden: "lange mouwen zodat niemand de plekken ziet", "durf zo niet naar buiten"
    sentence(
        rf"{INJURY}|plekken|bulten|striemen|bruises",
        r"lange mouwen|make ?up|foundation|concealer|zonnebril|coltrui|verberg\w*|verstop\w*|"
        r"wegwerken|camoufl\w*|zodat niemand|niemand (?:mag|mag het|het) (?:zien|ziet|weten)|durf "
        r"(?:zo |zo niet |niet )?(?:naar buiten|de deur uit|naar mijn werk)|hide|cover(?:ed)? up|sleeves",
        without=_NOT_A_BLOW + r"|rode plekken|vlekken|wallen|muggenbult\w*",
    ),
    # the cover story: "ik zei tegen de dokter dat ik tegen een deur was gelopen, maar dat was hij"
    sentence(
        r"gezegd|zei|zeg|verteld|vertel|vertelde|zeggen|smoes\w*|told|said|tell",
        r"tegen (?:een|de) (?:deur|kast|muur|deurpost)|(?:van de )?trap (?:af )?gevallen|gevallen|"
        r"gestoten|walked into|fell",
        r"maar (?:dat|het) was (?:hij|zij|ze|hem|haar|mijn \w+)|(?:niet|nooit) de waarheid|gelogen|"
        r"loog|eigenlijk was (?:het|dat) (?:hij|zij|ze)|in werkelijkheid|it was (?:him|her)|lied",
    ),
    # a blow so hard it left a mark: "zo'n klap dat ik niks meer hoorde" ("zo"/"zon" first: cheap)
    sentence(
        r"zon?",
        r"(?:zon|zo een|zo n|zo hard|zo ruw|zo hardhandig) (?:klap|dreun|mep|stomp|optater|"
        rf"oplawaai|lel|hengst|trap|schop|duw|{HIT_PART}|{HIT_PART_W})|(?:{HIT_FIN}|{GRAB})"
        r"(?: (?:me|mij|haar))?(?: [a-z]+){0,3}? zo (?:hard|ruw|hardhandig)|zo (?:hard|ruw|"
        rf"hardhandig|stevig)(?: [a-z]+){{0,4}}? (?:{HIT_PART}|{HIT_PART_W}|geknepen|gegrepen)",
        r"dat (?:ik|het|mijn)|tot (?:ik|het)|that i",
        without=_NOT_A_BLOW + r"|lach\w*|knuffel\w*|kietel\w*|bevalling|ween|deur|kast|auto|"
        r"onweer|vuurwerk|gelachen|geapplaudisseerd",
    ),
)
