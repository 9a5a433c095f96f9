"""The safety net's detector: words that point to suicide, violence, threats or abuse.

:func:`detect` is pure and fast and runs on every text the bot receives. The
text is reduced to a *skeleton* (lower case, no accents or zero-width marks,
digits inside words read as letters, ``y`` as ``ij``, every run of a repeated
letter squeezed to one, chat shorthand such as ``k``/``m'n``/``ie`` spelled
out), so "ZELFMOOOORD", "zelf-moord" and "suïcidaal" all look alike. The
patterns below are written in normal spelling and squeezed the same way when
they are compiled. Figures of speech ("ik lach me dood", "dat slaat nergens
op") are blanked out first; then each sentence is matched against personal
patterns (a person near a harm word) and, unless the sentence is about a film,
a book or the news, against bare keywords. The borderline decisions are listed
in ``tests/safety_phrases.py``. Nothing here logs, and the words are never kept.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from bot.i18n import _


class SafetyKind(StrEnum):
    """What a text points to, most serious first."""

    SUICIDE = "suicide"  # suicidal thoughts or self-harm
    VIOLENCE = "violence"  # physical violence
    THREAT = "threat"  # threats, or fear of the partner
    ABUSE = "abuse"  # sexual or emotional abuse, coercive control


# --- normalisation -------------------------------------------------------------------------

_REPEAT = re.compile(r"([a-z])\1+")
_APOSTROPHE = re.compile("['`´‘’ʼ]")
_LAUGH_EMOJI = re.compile("[\U0001f602\U0001f923\U0001f606\U0001f605\U0001f639]")
_BOUNDARY = re.compile(r"[.!?;\n\r\t()\[\]{}|]+")
_OTHER = re.compile(r"[^a-z0-9,|]+")
_MIXED = re.compile(r"\b(?=[a-z0-9]*[a-z])(?=[a-z0-9]*[0-9])[a-z0-9]+\b")
_LEET = str.maketrans("013457", "oieast")
_SPELLED = re.compile(r"\b(?:[a-z] ){3,}[a-z]\b")
_SHORTHAND = {
    "k": "ik", "mn": "mijn", "zn": "zijn", "ie": "hij", "t": "het", "m": "hem", "n": "en",
    "nie": "niet", "nt": "niet", "hm": "hem", "der": "er", "kwil": "ik wil", "kben": "ik ben", "kheb": "ik heb",
    "kzie": "ik zie", "kga": "ik ga", "kwou": "ik wou", "kvoel": "ik voel", "kdenk": "ik denk",
    "kmoet": "ik moet", "kmag": "ik mag", "im": "i am", "ive": "i have", "dont": "do not",
    "doesnt": "does not", "didnt": "did not", "cant": "can not", "wont": "wil not", "hes": "he is",
    "shes": "she is",
}  # fmt: skip


def _squeeze(word: str) -> str:
    """Spell a word the skeleton way: ``y`` as ``ij``, no doubled letters."""
    return _REPEAT.sub(r"\1", word.replace("y", "ij"))


def _normalise(text: str) -> str:
    """Reduce ``text`` to its skeleton; sentences are separated by ``|``."""
    text = _LAUGH_EMOJI.sub(" haha ", _APOSTROPHE.sub("", text))
    text = unicodedata.normalize("NFKD", text.casefold())
    if not text.isascii():
        text = "".join(c for c in text if unicodedata.category(c) not in ("Mn", "Cf"))
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", "", text)
    text = _BOUNDARY.sub(" | ", text)
    text = _OTHER.sub(" ", re.sub(r"[,:\"“”„«»]", " , ", text))
    text = _MIXED.sub(lambda m: m.group().translate(_LEET), text)
    text = _SPELLED.sub(lambda m: m.group().replace(" ", ""), text)
    text = _squeeze(text)  # letter runs never cross a space, so the whole text squeezes at once
    return " ".join(_SHORTHAND.get(word, word) for word in text.split())


def _rx(*alternatives: str) -> re.Pattern[str]:
    """Compile alternatives written in normal spelling, squeezed like the text."""
    source = "|".join(f"(?:{a})" for a in alternatives)
    source = re.sub(
        r"\\.|[a-z]+", lambda m: m.group() if m.group()[0] == "\\" else _squeeze(m.group()), source
    )
    return re.compile(source)


# --- building blocks (normal spelling) -----------------------------------------------------

NEG = r"niet|nooit|geen|not|never|no"
PRON = r"hij|ze|zij|ie|die|he|she|they"
PARTNER = (
    r"man|vrouw|vriend|vriendin|partner|ex|echtgenoot|echtgenote|verloofde|lief|vent|wijf|"
    r"vriendje|vriendinnetje|husband|wife|boyfriend|girlfriend|bf|gf|fiance|fiancee"
)
FAMILY = (
    r"vader|moeder|stiefvader|stiefmoeder|pa|ma|papa|mama|broer|zus|zoon|dochter|schoonvader|"
    r"schoonmoeder|oom|dad|father|mom|mum|mother|brother|sister|stepdad"
)
POSS = r"mijn|me|onze|my|our"
PARTNER_NP = rf"(?:{POSS}) (?:{PARTNER})"
PERSON_NP = rf"(?:{POSS}) (?:{PARTNER}|{FAMILY})"
SUBJ = rf"(?:{PRON}|{PERSON_NP})"
SUBJ_P = rf"(?:{PRON}|je|jij|you|{PARTNER_NP})"
ME = r"(?:me|mij|ons|us)"
KIDS = (
    rf"(?:de kinderen|de kids|(?:{POSS}) (?:kind|kinderen|kids|zoon|dochter|moeder|mama|zus|broer|"
    r"children|son|daughter))"
)
END = r"(?=\s*(?:,|$))"
FOLLOW = (
    r"(?=\s*(?:,|$)| (?:als|wanneer|en|maar|want|omdat|sinds|soms|echt|zo|heel|erg|nu|ook|altijd|"
    r"vaak|toen|dus|nog|wel|hoor|geworden|tegenwoordig|de laatste|zodra|when|and|but)\b)"
)
OBJ_ME = rf"(?:me|mij|ons|elkaar|us|each other|{KIDS})"
OBJ = rf"(?:me|mij|ons|hem|elkaar|us|him|each other|{KIDS}|(?:haar|her){FOLLOW})"
ADV = (
    r"(?: (?:ook|weer|soms|vaak|altijd|nog|gewoon|echt|steeds|regelmatig|dan|toen|al|alle|"
    r"constant|opnieuw|zomaar|keihard|hard|gisteren|vandaag|vannacht|vanavond|wel eens|af en toe|"
    r"elke dag|iedere dag|zo|even|also|again|sometimes|often|always|really|just)){0,3}"
)


def gap(n: int, stop: str = NEG) -> str:
    """Up to ``n`` words, none of them in ``stop`` (a negation blocks the match)."""
    return rf"(?: (?!(?:{stop})\b)[a-z0-9]+){{0,{n}}}"


GAP_NS = rf"{NEG}|{PRON}|we|wij|jij|je|jullie|you"
FEAR = (
    r"(?:bang|angst|doodsbang|banger|angstig|doodsangstig|bevreesd|schrik|panisch|doodsbenauwd|"
    r"afraid|scared|terrified|frightened)"
)
V_FIN = (
    r"sla|slaat|slaan|slaad|slaadt|sloeg|sloegen|slog|schop|schopt|schopte|schopten|trapt|trapte|"
    r"trapten|stomp|stompt|stompte|duwt|duwde|duwden|duwd|mept|mepte|beukt|beukte|ramt|ramde|"
    r"wurgt|wurgde|wurg|mishandelt|mishandelde"
)
V_SUBJ = (
    r"knijpt|kneep|klopt|klopte|bijt|beet|krabt|krabde|spuugt|spuugde|hits|hit|beats|beat|"
    r"punches|punched|kicks|kicked|slaps|slapped|chokes|choked|strangles|strangled|pushes|pushed|"
    r"shoves|shoved|hurts|attacks|attacked"
)
V_PART = (
    r"geslagen|neergeslagen|doodgeslagen|geschopt|getrapt|gestompt|geduwd|gemept|gebeukt|geramd|"
    r"gewurgd|mishandeld|afgeranseld|afgetuigd|neergestoken|gestoken|gegooid|gesmeten"
)
HIT_NOUN = (
    r"klap|klappen|mep|meppen|dreun|dreunen|stomp|stompen|trap|trappen|schop|schoppen|vuistslag|"
    r"vuistslagen|kopstoot|oplawaai|pak slaag|knietje|draai om de oren|blauw oog|klets|lel|"
    r"hengst|slagen|black eye|beating|punch|slap|pak rammel|rammel|knal|optater|pak op (?:mijn|"
    r"me) donder"
)
KILL = (
    r"vermoorden|vermoordt|vermoord|afmaken|afmaakt|af maken|af te maken|doden|doodt|doodmaken|"
    r"dood maken|dood te maken|doodmaakt|dood maakt|kapotmaken|kapot maken|kapot te maken|"
    r"kapot maakt|kapotmaakt|af maakt|kapot (?:gaat|zal) maken|af (?:gaat|zal) maken|"
    r"dood (?:gaat|zal) maken|iets aandoen|iets aan doen|iets aandoet|iets aan te doen|"
    r"wat aandoen|wat aandoet|iets aan zal doen|iets aan gaat doen|aandoen|aandoet|aan doen|pakken|"
    r"kill|murder|hurt"
)
SELF = r"(?:mezelf|mijzelf|me zelf|mzelf|zichzelf|hemzelf|haarzelf|my ?self|him ?self|her ?self)"
WEAPON = r"mes|messen|pistool|vuurwapen|geweer|wapen|hamer|knuppel|honkbalknuppel|gun|knife|weapon"
SEX = (
    r"seks|sex|seksueel|seksuele|vrijen|neuken|naar bed|intiem|aanraken|aangeraakt|aanzitten|"
    r"betast|betasten|pijpen|(?:raakt|raakte|zit|zat) (?:me|mij) aan|aan (?:me|mij) (?:zitten|"
    r"zit)|touch\w*"
)  # fmt: skip
COERCE = (
    r"dwing\w*|dwong|gedwongen|tegen (?:mijn|haar) (?:wil|zin)|zonder (?:mijn |"
    r"haar )?toestemming|(?:nee|stop) (?:zeg|zei|zeggen|gezegd|roep|riep)\w*|zet (?:me|"
    r"mij) onder druk|onder druk (?:gezet|zet|zetten)|pressured|pressures me|forced?|forces|against my will|without (?:my )?consent|i (?:say|said) no|"
    r"terwijl ik sliep|toen ik sliep|ik wil niet maar (?:hij|ze)|geen nee|(?:die|dat|"
    r"wat) ik niet wil\b|(?:niet wil|nee)\b(?: [a-z,]+){0,8}? (?:gaat|ging|gaan) (?:gewoon |"
    r"toch |dan )*door\b"
)
MEDIA = (
    r"film|films|serie|series|boek|boeken|roman|docu|documentaire|podcast|nieuws|journaal|"
    r"artikel|krant|thriller|detective|netflix|aflevering|televisie|tv|youtube|game|games|les|"
    r"college|cursus|training|workshop|lezing|onderzoek|scriptie|presentatie|movie|show|book|"
    r"news|article|episode|liedje|song"
)
SPORT = (
    r"tennis|padel|squash|golf|badminton|pingpong|tafeltennis|honkbal|hockey|voetbal|voetballen|"
    r"bal|balletje|racket|schaak|schaken|dammen|potje|spel|spelletje|wedstrijd|competitie|"
    r"monopoly|kaarten|boksen|kickboksen|judo|karate|sparren|toernooi|chess|match|kussen|kussens|"
    r"kussengevecht|sneeuwbal|sneeuwballen|stoeien|ravotten"
)

# Figures of speech and negations, blanked out before anything is matched.
_IDIOMS = _rx(
    r"\b(?:dood|doodgaan|sterf|sterft|sterven|stierf|die|dying|died|dead)(?: gaan| gegaan|"
    r" ga)? (?:van|of|from) (?:de |het |the |pure )?(?:lachen|lach|honger|dorst|verveling|kou|"
    r"hitte|warmte|zenuwen|schaamte|stress|slaap|ellende|nieuwsgierigheid|spanning|jaloezie|"
    r"heimwee|plezier|laughter|laughing|boredom|embarrassment|hunger|thirst|cold|heat|curiosity|"
    r"shame)\b",
    r"\b(?:lach|lacht|lachte|lachen|verveel|verveelt|verveelde|vervelen|schrik|schrok|schrikt|"
    r"werk|werkt|werkte|werken|schaam|schaamt|schaamde|zoek|zocht|erger|ergert|ergerde|eet|at|"
    r"betaal|betaalde|loop|liep|zuip|drink|dronk|wacht|wachtte|pieker|zweet|zeur|zeurt|"
    r"sport) (?:me|mij|mezelf|je|jezelf|zich|zichzelf|ons|hem|haar)(?: [a-z]+)?? (?:dood|rot|"
    r"een ongeluk|te pletter|kapot|het schompes|suf|lam|scheel|gek|een breuk|bult|krom|blauw)\b",
    r"\b(?:dood ?gaan|sterven|die|to die) (?:voor|for) (?:een|de|het|jou|je|you|a|some|mijn|my)\b",
    r"\bdood (?:moe|op|ziek|serieus|gewoon|stil|simpel|normaal|saai|eng|leuk|lief|jammer|zonde|"
    r"nerveus|zenuwachtig|ongerust|benieuwd|ongelukkig|verlegen|tevreden)\b",
    r"\b(?:ik |i )?(?:kan|kon|zou|could)(?: [a-z]+){0,2}? (?:hem|haar|je|jou|ze|die|you|him|"
    r"her)(?: (?:soms|echt|nu|gewoon|toch|zo|wel|just|really))* (?:wel )?(?:vermoorden|wurgen|"
    r"schieten|doodschieten|doodslaan|villen|slaan|killen|ombrengen|afmaken|"
    r"achter het behang plakken|een klap geven|iets aandoen|wat aandoen|kapotmaken|opvreten|kill|"
    r"strangle|murder)\b",
    r"^ik (?:wurg|vermoord|schiet) (?:je|jou)\b",
    r"\bzelf ?mo+r[dt] ?(?:aanslag|actie|missie|terrorist|commando)\w*|\b(?:politieke|sociale|"
    r"commerciele|financiele) zelfmoord|suicide (?:squad|mission|run|bomb\w*|doors?)",
    rf"\b(?:{NEG})(?: (?:echt|meer|zo|langer|more|longer))? (?:su[ie]?[cs]{{1,2}}id\w*|"
    r"zelf ?mo+r[dt]\w*)",
    r"\b(?:zelf ?mo+r[dt]|su[ie]?[cs]{1,2}ide) ?(?:lijn|preventie|hulplijn|prevention|"
    r"hotline)\w*|\bzelf ?mo+r[dt] (?:voorkomen|tegengaan|preventie)",
    rf"\b(?:{NEG})(?: (?:meer|echt|zo|langer|more|longer))? {FEAR}\b",
    r"\b(?:sla|slaat|sloeg|slaan|geslagen)(?: [a-z]+){0,2}? (?:nergens|ergens) op\b|"
    r"waar slaat (?:dat|het|dit) op|\b(?:slaat|sloeg|slaan|sla) (?:terug )?op (?:mij|jou|hem|"
    r"haar|ons|dat|het|dit|wat)\b",
    r"\b(?:sla|slaat|sloeg|slaan|geslagen)(?: [a-z]+){0,2}? om de oren met\b|\b(?:klok|bel) (?:slaat|sloeg)|\bsloeg (?:me|mij|ons) om het hart|\bom het hart geslagen|"
    r"\bslag om de arm|\baan de slag|met (?:stomheid|verbazing|blindheid) geslagen|"
    r"\bals een geslagen hond",
    r"\b(?:deur|deuren|kastdeur|autodeur|voordeur)(?: [a-z]+){0,3}? (?:dicht\w*|sla|slaat|sloeg|"
    r"slaan|smijt|smeet|gesmeten|geslagen)\b|\b(?:sla|slaat|sloeg|smijt|"
    r"smeet)(?: [a-z]+){0,4}? (?:deur|deuren) (?:[a-z]+ )?dicht",
    r"\b(?:sloeg|sla|slaat|slaan|geslagen|slaps?) (?:zijn |haar |mijn |je |zn |"
    r"de )?(?:beide )?(?:arm|armen|handen) (?:om|rond|over)\b",
    r"\bschop (?:onder|in) (?:de|mijn|je|zijn|haar|me) (?:kont|reet|hol|billen)|tegen (?:de|"
    r"het) (?:schenen|zere been)|\b(?:een )?trap(?:je)? na\b|\bduwtje|\bduw in de rug|"
    r"\bklap op de vuurpijl",
    r"\b(?:klap|klopje|tik|tikje|schouderklopje) op (?:mijn|de|me|zijn|haar) (?:schouder|rug)|"
    r"\btik op de vingers|\bin (?:mijn|zijn|haar) (?:handjes|handen) knijpen",
    r"\b(?:duwt|duwde|duwen|duw|geduwd|pushe[sd]?|push) (?:me|mij|hem|haar|him|"
    r"her)(?: (?!hardhandig|hard|ruw|keihard)[a-z]+){0,2}? (?:weg|van zich af|in een (?:hoek|"
    r"rol)|richting|away|to|into|harder)\b",
    r"\b(?:beat|beats) (?:me|him|her) (?:to|at)\b|\bhits? (?:me|him|her) up\b|\bit hit me\b|"
    r"\bdying (?:to|for)\b|\bto die for\b|\bkilling it\b|\bkill(?:ing)? (?:time|for)\b|\b(?:is|"
    r"are|was|were) killing me\b",
    r"\b(?:voel|voelt|voelde|voelen)(?: [a-z]+)? (?:me|mij|zich|je) (?:aangevallen|gedwongen)\b",
    r"\b(?:dreig|dreigt|dreigde|dreigen|gedreigd|threaten\w*)(?: (?:me|mij|ermee|er mee|steeds|"
    r"altijd|vaak|weer|constant|telkens|ook|al|om|to|with|hij|ze|zij))* (?:te |met |me |"
    r"mij )*(?:verlaten|weg te gaan|weggaan|scheiden|een scheiding|scheiding|echtscheiding|"
    r"vertrekken|uit te maken|het uit te maken|uitmaken|het uitmaken|op te stappen|opstappen|"
    r"break up|leave|divorce|relatietherapie|therapie)\b",
    r"\bbedreigde (?:dier|plant|soort|diersoort)\w*|\b(?:zich|je) bedreigd|\bbedreigd(?: voelt|"
    r" voelde| voel)? door (?:zijn|haar|een|de|die|het|jouw|je) \w+|"
    r"\bbedreigd(?: voel)? door mijn (?:collega\w*|baas|werk)\b",
    r"\bmisbruik (?:maken |maakt |maakte |gemaakt )?van (?:de |het |mijn |zijn |haar |onze |"
    r"je )?(?:situatie|vertrouwen|goedheid|gastvrijheid|positie|macht|alcohol|drank|drugs|"
    r"middelen|medicijnen|gelegenheid|regeling|systeem|gegevens)\b|\bmisbruikt (?:mijn|zijn|haar|"
    r"ons|je) (?:vertrouwen|goedheid|gastvrijheid)\b|\b(?:alcohol|drug|substance|drugs) abuse\b",
    r"\b(?:even|een weekje|een paar dagen) (?:verdwijnen|weg)\b|\bverdwijnen (?:naar|op|in)\b",
    r"\b(?:sla|slaat|sloeg|slaan) (?:me|mezelf|zich|ons|je) (?:er ?)?(?:wel )?(?:door(?:heen)?|"
    r"voor (?:mijn|de|me) (?:kop|hoofd))\b|\b(?:sla|sloeg|slaan) (?:mezelf|me) voor (?:mijn|de|"
    r"me|m n) (?:kop|hoofd|harses)",
)
# Emotional or sexual wording around violence words is abuse, not physical violence.
_ABUSE_QUALIFIED = _rx(
    r"\b(?:emotione\w*|psychisch\w*|geestelijk\w*|verbaal|verbale|financie\w*|seksue\w*|sexual|"
    r"emotional|emotionally|psychological|verbal|verbally|financial|sexually) (?:mishandel\w*|"
    r"misbruik\w*|gechanteerd|chantage|chanteert|geweld|abuse\w*|violence|abusive|assault\w*|"
    r"mishandeld)"
)
_SPORT_CONTEXT = _rx(
    rf"\b(?:{SPORT})\b|\b\w*(?:tennis|padel|squash|golf|badminton|pingpong|honkbal|hockey|voetbal|"
    r"boks|judo|karate|schaak|toernooi|wedstrijd|competitie)"
)
_SPORT_VERBS = _rx(
    r"\b(?:sla|slaat|slaan|sloeg|sloegen|geslagen|verslagen|schop\w*|geschopt|trap\w*|getrapt|"
    r"beat\w*|hits?|kick\w*|punch\w*|gooi\w*|gegooid|throw\w*|threw)\b"
)
_MEDIA_CONTEXT = _rx(rf"\b(?:{MEDIA})\b")
_GLUED = _rx(
    r"^(?:ikwil(?:gewoon|echt)?(?:dood|sterven|nietmeerleven|ernietmeerzijn)|ikwildood|"
    r"killmyself|iwanttodie)$"
)
_LAUGHTER = _rx(r"\b(?:ha(?:ha)+|hihi|lol|xd|grapje)\b")
_ACCIDENT = _rx(
    r"\bper ?ongeluk|\baccident\w*|\b(?:bij|tijdens) het [a-z]+|\baan (?:een|het|de|mijn) (?:mes|"
    r"papier|blaadje|glas|scherp\w*)|\bwhile (?:cooking|shaving)"
)

# --- suicide and self-harm -----------------------------------------------------------------

_SUICIDE_BARE = _rx(
    r"\b[sz]elf? ?mo+r[dt]\w*|\bzel ?mo+r[dt]\w*|\bsu[ie]?[cs]{1,2}id\w*|\bsuizid\w*|"
    r"\bzelf ?doding",
    r"\bzelf ?(?:beschadig|verwond)\w*|\bautomutil\w*|\bself ?(?:harm|injur)\w*|\bunalive",
    r"\bdoods(?:gedachte|wens|verlangen)\w*|\blevensmoe\w*|\boverdos\w*|\bafscheidsbrief",
)
_SUICIDE = _rx(
    # "ik wil dood", "eigenlijk wil ik sterven", "ik wou dat ik dood was"
    rf"\b(?:ik|i)\b{gap(3, GAP_NS)} (?:wil|wou|wilde|zou|wens|hoop|verlang|"
    rf"wish)\b{gap(3, GAP_NS)} (?:do[dt]|dood ?gaan|doodga|sterven|overlijden|niet meer leven|"
    r"nooit geboren)\b",
    rf"\b(?:wil|wou|zou|wens|hoop) (?:ik|i)\b{gap(3, GAP_NS)} (?:do[dt]|dood ?gaan|sterven)\b",
    r"\b(?:liever|beter|liefst) (?:do[dt]|dead)\b|\bwas ik maar (?:do[dt]|nooit geboren)|"
    r"\bhad ik maar nooit (?:bestaan|geleefd)|\bnooit geboren (?:was|te zijn)",
    # "ik wil niet meer leven", "ik kan niet langer bestaan"
    rf"\b(?:ik|i)\b{gap(3, GAP_NS)} niet (?:meer|langer)(?: [a-z]+)? (?:leven|"
    r"bestaan)\b(?! (?:als|naast|met (?:hem|haar|jou|deze)|in (?:dit|deze|dat)))",
    r"\b(?:wil|kan) ik niet (?:meer|langer) (?:leven|bestaan)\b",
    rf"^(?:ik wil|i want)(?: echt| gewoon| het)? niet meer{END}",
    rf"\bwil hier(?: (?:echt|gewoon))* niet (?:meer|langer) zijn{END}",
    r"\b(?:kan|wil)(?: (?:zo|echt|gewoon|het))* niet (?:meer |langer )?verder (?:leven|bestaan)\b|"
    r"\bniet (?:meer |langer )?verder (?:kan|wil) leven\b",
    r"\bwaarom\b(?: [a-z]+){0,4}? (?:doorgaan met (?:het |mijn )?leven|verder leven|nog leven|nog "
    r"leef)\b",
    r"\b(?:wish i could|want to|wanna|i just want to)(?: just| really| simply)? die\b",
    r"\b(?:wou|wilde|wens|hoop) dat ik er niet meer (?:was|ben|zou zijn)\b",
    r"\bof ik (?:nog|wel)(?: (?:langer|verder))? (?:wil|kan) (?:leven|bestaan|doorgaan)\b",
    r"\bvan het leven (?:beroven|te beroven|beroofd)\b|\bwil (?:mijn|dit) leven niet (?:meer|"
    r"langer)\b",
    rf"\bwant to end it{END}",
    r"\b(?:alles|het allemaal) (?:te )?beeindigen\b",
    r"\b(?:beter|opgelucht|rustiger|makkelijker)\b(?: [a-z]+){0,3}? (?:als|wanneer|dat|if) (?:ik|"
    r"i) (?:dood|do[dt]|dead) (?:ben|was|zou zijn|ga|am|were)\b",
    r"\bzie (?:er|het) (?:echt |gewoon )?geen gat (?:meer )?in\b(?! (?:met|voor ons))",
    r"\b(?:dood ?(?:zijn|gaan)|sterven|er niet meer zijn) (?:lijkt|klinkt) (?:me|"
    r"mij)(?: [a-z]+)? (?:rustig|fijn|beter|prettig|heerlijk|een oplossing|een uitweg|"
    r"aantrekkelijk|verleidelijk|de enige)\b",
    r"\b(?:niet meer|weg|verdwijnen|weg van)(?: [a-z]+){0,3}? (?:op|van) (?:deze|de) (?:wereld|"
    r"aarde)\b",
    r"\b(?:ik|i)(?: (?:gewoon|echt|liever|eigenlijk|het liefst|soms))* (?:do[dt]|sterven|"
    r"dood ?gaan) (?:wil|wou|zou willen)\b",
    rf"\b(?:disappear|vanish) (?:forever|for good)\b|\bwant to disappear{END}",
    # "ik wil er niet meer zijn", "dat ik er niet meer wil zijn"
    r"\b(?:wil|wou|wilde|willen|zou)(?: ik)? er(?: (?:gewoon|echt|liever|eigenlijk|soms|"
    r"het liefst|gewoon echt))* niet (?:meer|langer) (?:zijn|wezen)\b|\ber niet meer (?:wil|wou|"
    r"willen|te) (?:zijn|wezen)\b|\bniet meer op (?:deze|de) (?:wereld|aarde)\b",
    # "ik wil slapen en nooit meer wakker worden"
    r"\b(?:wil|wou|hoop|wens|zou|liever|liefst|want|wish|hope)\b(?: [a-z]+){0,6}? (?:niet|"
    r"nooit) (?:meer )?wakker\b|\b(?:never|not) (?:to )?wake up\b",
    r"\bzie (?:het|alles|het leven|mijn leven)(?: (?:echt|gewoon|allemaal|helemaal|totaal|even|soms|"
    r"zo))* niet (?:meer|langer) zitten\b(?! (?:met|om|in|tussen|voor|zitten met))",
    r"\bzie (?:echt |gewoon )?geen (?:uitweg|uitkomst)\b(?! uit (?:deze|die|de|dit|het|"
    r"onze) (?:discussie|ruzie|impasse|conflict|patroon|dilemma|gesprek|situatie met))|"
    rf"\bzie (?:echt |gewoon )?geen (?:toekomst|licht)(?: meer)?(?:{END}| voor (?:mezelf|mij)\b)|"
    rf"\bgeen hoop meer{END}",
    r"\b(?:het leven|mijn leven|alles|niks|niets)(?: heeft| heft| is)(?: (?:nog|echt|allemaal|"
    r"helemaal|gewoon))* (?:geen |nog )?(?:zin|zinloos|waardeloos|uitzichtloos|een hel|hel)\b",
    r"\bwat heeft (?:het leven|mijn leven|leven)(?: nog)? voor zin|\bheeft allemaal geen zin meer",
    r"\b(?:geen|weinig) (?:zin|reden|puf|kracht)(?: [a-z]+){0,2}? (?:in|om|to) (?:het leven|te leven|"
    r"verder te leven|live)\b",
    rf"\bgeen (?:zin|reden|kracht|energie|puf|moed|hoop)(?: meer)? (?:om|to) (?:door te gaan|verder te "
    rf"gaan|hier te zijn|go on|keep going)(?:{END}| en\b)",
    rf"\bwil dat (?:het|alles)(?: allemaal)? (?:ophoudt|stopt|voorbij is){END}",
    r"\b(?:rand|reling|rail|edge) van (?:het|de|een|the|a) (?:balkon|dak|brug|flat|perron|balcony|roof|"
    r"bridge)\b",
    r"\beind\w*(?: (?:maken|te maken|maak|gemaakt))? (?:aan|van) (?:mijn|het|"
    r"me) (?:eigen )?leven|\b(?:stoppen|stop|ophouden|op te houden) met (?:het |mijn )?(?:leven|"
    r"bestaan)\b|\bnut (?:van|in) (?:het |mijn )?leven niet\b|\bgeen (?:nut|"
    r"zin) (?:meer )?(?:van|in) (?:het |mijn )?leven|\bmijn leven (?:beeindig\w*|te beeindigen|"
    r"stoppen|afsluiten)|\buit het leven (?:te )?(?:stappen|stap|gaan)|\bpunt achter mijn leven",
    rf"\b(?:ik|i)\b{gap(8, GAP_NS)} (?:er|het){gap(2, GAP_NS)} (?:een )?eind\w* aan (?:maken|te maken|maak|gemaakt)\b(?! met)",
    r"\bik maak er(?: (?:gewoon|nu|vandaag|maar))* (?:een )?eind\w* aan\b",
    rf"\b{SELF}(?: (?:gewoon|echt|maar|weer|vaak|soms|ook))*(?: te)? (?:doden|dood (?:maken|"
    r"te maken)|vermoorden|ophangen|op te hangen|van kant (?:maken|te maken)|verdrinken|(?:iets|"
    r"wat) aan ?(?:doen|doe|doet|deed|te doen|gedaan)|aandoe|om het leven|kill\w*|end\w*|"
    r"drown\w*|hang\w*|uithongeren|uit te hongeren)\b",
    rf"\b(?:kill|killing|killed|hang|hanging|drown|drowning|shoot|shooting|off) {SELF}",
    rf"\b(?:hang|hangen) (?:{SELF}|me|mij) op\b|\b(?:me|mij) (?:ophangen|op te hangen|"
    r"van kant maken)\b",
    r"\b(?:kill|killing|end|ending|take|taking) (?:my|my own|mij|mij own) (?:life|own life)\b|"
    r"\bend(?:ing)? it all\b",
    r"\b(?:want|wanna|wanted|wish|going|gonna) (?:to )?(?:die|be dead|not be alive|not exist)\b",
    r"\b(?:do not|no longer) want to (?:live|be alive|exist|be here anymore)\b(?! (?:in|with|"
    r"together|there|near|at|on))",
    r"\bbetter off (?:dead|without me)|\bwish i (?:was|were|had never been) (?:dead|born)|"
    r"\bno (?:reason|point) (?:to live|in living)|\btired of (?:living|life)|\bdone with life",
    r"\bbeter af zonder (?:mij|me)\b|\bniemand (?:zal|zou|gaat|die) (?:me|mij) (?:missen|mist)|"
    rf"\bniemand mist (?:me|mij){END}|\b(?:een|alleen maar een) last voor (?:iedereen|jullie|hem|"
    r"haar|mijn)|\bvoel(?:de)? (?:me|mij) (?:een|alleen maar een) last\b|\b(?:no one|noone|"
    r"nobody) (?:would|will|is going to|gonna) miss me|\bi am a burden",
    r"\b(?:wil|wou|zou willen)(?: (?:gewoon|voorgoed|voor altijd|het liefst|"
    rf"liefst))* verdwijnen(?:{END}| en nooit meer\b)|\b(?:voorgoed|voor altijd) verdwijnen|"
    r"\bvan de aardbodem verdwijnen",
    rf"\bhet hoeft voor mij(?: (?:allemaal|echt|gewoon))* niet meer{END}",
    r"\b(?:klaar|genoeg|moe) (?:met|van) (?:het leven|leven|mijn leven)\b(?! (?:in|op|als|met|"
    r"hier|daar|samen|zo|van)\b)|\bhet leven (?:zat|moe)\b",
    r"\bafscheid (?:nemen|genomen|neem) van (?:iedereen|het leven|deze wereld)",
    r"\b(?:ik|i) (?:wil|overweeg) euthanasie|\bdenk(?: (?:vaak|steeds|veel|soms|de hele tijd|"
    r"weer))* (?:aan|over) (?:de dood|dood ?gaan|sterven|mijn (?:eigen )?dood|"
    r"er niet meer)\b(?! van)",
    r"\b(?:al|alle|hele|handvol|te veel|teveel|doos|strip|pot|potje)(?: [a-z]+){0,2}? (?:pillen|"
    r"medicijnen|tabletten|slaappillen|paracetamol|pijnstillers|"
    r"pills)(?: [a-z]+){0,2}? (?:tegelijk|innemen|slikken|in te nemen|te slikken|genomen|geslikt|"
    r"ingenomen|take|took|swallow\w*)\b|\b(?:pillen|tabletten|slaappillen) (?:gespaard|verzameld|"
    r"opgespaard|sparen|verzamelen|spaar|verzamel)\b",
    r"\b(?:voor|onder) (?:de|een) (?:trein|metro|tram|vrachtwagen|auto|bus) (?:te )?(?:springen|"
    r"spring|sprong|gaan liggen|lopen|stappen|gooien)\b|\bvan (?:een|de|het) (?:brug|flat|dak|"
    r"balkon|gebouw|toren|flatgebouw|klif) (?:af )?(?:te )?(?:springen|spring|gooien|afspringen|"
    r"af te springen)\b|\bjump (?:off|in front of)\b|\bpolsen (?:door|doorsnijden|doorgesneden|"
    r"doorsnijd)",
    r"\bwaarom (?:leef ik|ik (?:nog|eigenlijk) leef|ben ik er nog|besta ik)\b|\bwhy am i (?:still )?alive\b",
    r"\b(?:laten |mezelf laten )?overrijden\b|\bvoor een (?:auto|trein|vrachtwagen|bus) (?:te )?"
    r"(?:gooien|werpen)\b",
    r"\bbeter\b(?: [a-z]+){0,4}? (?:als|wanneer|dat|if) (?:ik|i) (?:verdwijn|weg ben|er niet meer "
    r"ben|er niet ben|dood ben|disappear|was gone|am gone)\b",
    r"\b(?:weg|gone)(?: ,)? (?:voorgoed|voor altijd|forever|for good)\b|\b(?:voorgoed|voor altijd) "
    r"weg\b",
    r"\bwil(?:t|len)?(?: (?:echt|gewoon|eigenlijk))* niet (?:meer|langer) (?:leven|bestaan)\b(?! "
    r"(?:als|naast|met (?:hem|haar|jou|deze)|in (?:dit|deze|dat)))|\b(?:niet (?:meer|langer)|nooit "
    r"meer) (?:wil|wilt|willen) (?:leven|bestaan)\b",
    r"\b(?:medicijnen|tabletten|pijnstillers|slaappillen|pillen) (?:gespaard|opgespaard|verzameld|"
    r"gehamsterd)\b",
    r"\b(?:het|mijn) leven is(?: (?:voor mij|gewoon|echt|nu))* (?:voorbij|over|op)\b",
    r"\bzich (?:van kant (?:te )?maken|om het leven (?:te )?brengen|(?:iets|wat) aan (?:te )?doen|"
    r"iets aandoen|wat aandoen|ophangen|op te hangen)\b",
    rf"\b(?:ik|i)\b{gap(4, GAP_NS)} (?:me|mij) (?:van kant|om het leven|(?:iets|wat) aan ?(?:doe|doen|"
    r"te doen)|ophang|op te hangen|ophangen)\b",
    r"\b(?:do not|dont|no longer) see (?:the |any )?point (?:in|of) (?:living|life|going on)\b|"
    r"\bno point (?:in|of) (?:living|life|going on)\b",
)
# Self-injury wording that an accident also explains ("ik heb mezelf gesneden").
_SELF_INJURY = _rx(
    r"\b(?:snij|snijd|snijdt|sneed|kras|krast|kraste|brand|brandde|bezeer|verwond|beschadig|sla|"
    r"slaan|sloeg|cut|cutting|hurt|hurting|harm|harming|burn|burning|starve)(?: (?:in|"
    rf"op))? {SELF}",
    rf"\b(?:doe|doet|deed|deden) {SELF}(?: (?:weer|vaak|soms|expres|bewust|echt))* pijn\b",
    rf"\b{SELF}(?: (?:weer|opnieuw|vaak|soms|gisteren|vannacht|expres|stiekem|al))* (?:pijn (?:doen|te doen|doe|deed|gedaan)|verwonden|beschadigen|snijden|snijd|"
    r"krassen|branden|bezeren|gesneden|gekrast)\b",
    r"\bik (?:heb|had|snij|snijd|kras)(?: (?:gisteren|weer|vandaag|vannacht|opnieuw|al|nog|ook|"
    rf"vaak|soms|stiekem))* (?:gesneden|gekrast|snijden|krassen){END}",
    r"\b(?:snij|snijd|snijdt|sneed|kras|krast|kraste|gesneden|gekrast)(?: (?:me|mij))?(?: (?:in|"
    r"op))? (?:mijn|me) (?:arm|armen|pols|polsen|benen|been|bovenbenen|dijen|huid|buik)\b|"
    r"\b(?:in|op) (?:mijn|me) (?:arm|armen|pols|polsen|benen|bovenbenen|dijen) (?:gesneden|"
    r"gekrast)\b",
)

# --- physical violence ---------------------------------------------------------------------

# A separable particle after the object changes the verb: "sla hem op", "duwt me weg".
_PARTICLE = (
    r"(?! (?:over|aan|af|toe|dicht|weg|eruit|buiten|door|wakker|binnen|er|me|up|away)\b|"
    r" op(?: in| als| onder|\s*$))"
)
_VIOLENCE_BARE = _rx(
    r"(?<!met )\bgeweld\b|\bgewelddadig\w*|\bhandtastelijk\w*|\bmishandel\w*|\bviolen(?:ce|t)\b|"
    r"\bwurg(?:t|de|den|en)?\b|\b(?:kinder|partner|relatie|gezins)(?:mishandel\w*|geweld)\b"
)
_VIOLENCE = _rx(
    # "hij slaat me", "sloeg hij mij", "hij schopt de kinderen", "ik sla hem"
    rf"\b(?:{V_FIN})(?: {SUBJ})?{ADV} {OBJ_ME}\b(?! (?:{NEG})\b){_PARTICLE}",
    # with "hem"/"haar" ("it" as often as "him"/"her") the user as hitter needs more words
    rf"(?<!\bik )(?<!\bi )\b(?:{V_FIN})(?: {SUBJ})?{ADV} {OBJ}\b(?! (?:{NEG})\b){_PARTICLE}",
    rf"\bik (?:sla|schop|trap|duw|stomp) (?:hem|haar)(?: (?:wel eens|weleens|soms|vaak|regelmatig|"
    rf"ook))*(?: (?:als|wanneer|toen)\b|{END})",
    rf"\b{SUBJ} (?:slaat|sloeg|schopt|schopte|trapt|trapte|stompt|stompte|duwt|duwde) en (?:slaat|"
    r"sloeg|schopt|schopte|trapt|trapte|stompt|stompte|duwt|duwde|bijt|krabt|knijpt)\b",
    rf"\b{SUBJ}\b{ADV} (?:{V_SUBJ}){ADV} {OBJ}\b(?! (?:{NEG})\b){_PARTICLE}",
    # "hij heeft me gisteren geslagen", "ik ben door hem in elkaar geslagen"
    rf"\b{OBJ}{gap(6, NEG + '|dat|die|wat|omdat|toen|als')} (?:in elkaar )?(?:{V_PART})\b",
    r"\b(?:ik|we|wij|i)(?: (?:word|wordt|werd|ben|was|werden|zijn|"
    rf"is))\b{gap(4)} (?:in elkaar )?(?:{V_PART})\b",
    r"\b(?:was|got|get|am|been|being|keep getting) (?:beaten|punched|choked|strangled|slapped|"
    r"assaulted|attacked)\b|\bhit by (?:him|her|my)\b|\bbeat(?:s|ing)? (?:me|her|him) up\b",
    rf"\b{SUBJ}\b{gap(3)} (?:me|mij)\b{gap(4)} (?:gebeten|gekrabd|bespuugd|gespuugd|gesneden|"
    r"gestoken|verwond|bezeerd)\b",
    rf"\b{SUBJ}\b{gap(3)} (?:me|mij)\b{gap(3)} aangevallen\b(?! (?:op|met woorden)\b)",
    rf"\b{SUBJ} (?:me|mij|ons){ADV} (?:slaat|sloeg|schopt|schopte|mishandelt|trapt|duwt|duwde|"
    r"wurgt|stompt)\b",
    rf"\b{SUBJ}\b{ADV} (?:slaat|sloeg|mishandelt|mishandelde){ADV}(?: (?:als|wanneer|toen|"
    rf"zodra)\b|{END})",
    r"\b(?:beukt|beukte|slaat|sloeg|ramt|ramde|trapt|trapte|schopt|schopte)(?: (?:hij|ze|"
    r"zij))? op (?:me|mij|haar|hem|ons) in\b",
    r"\bin elkaar (?:geslagen|getrapt|geschopt|gebeukt|slaan|trappen|slaat|sloeg|schopt|"
    r"schoppen)\b",
    # "hij gaf me een klap", "ik kreeg een trap van hem", "hij heeft me een dreun verkocht"
    rf"\b(?:geeft|gaf|gaven|geven|geef|give|gave|gives)(?: {SUBJ})? {OBJ}{gap(3)} (?:{HIT_NOUN})\b",
    rf"\b{OBJ}{gap(3)} (?:{HIT_NOUN}){gap(3)} (?:gegeven|verkocht|bezorgd)\b",
    r"\b(?:pakt|pakte|grijpt|greep|houdt|hield)(?: (?:hij|ze|zij))? (?:me|mij)(?: (?:zo|echt|altijd|"
    r"vaak))* (?:hard|ruw|hardhandig|keihard) (?:vast|beet)\b|\b(?:me|mij)(?: (?:zo|echt|altijd|"
    r"vaak))* (?:hard|ruw|hardhandig|keihard) (?:vastpakt|vastpakte|vastgrijpt|vastgreep|vastgepakt|"
    r"beetpakt|knijpt|kneep)\b",
    rf"\b(?:kreeg|krijg|krijgt|kregen|gekregen|krijgen|got|get){gap(4)} (?:{HIT_NOUN}) (?:van|"
    rf"from) (?:hem|haar|him|her|{PERSON_NP})\b|\b(?:klappen|pak slaag) (?:krijgen|kreeg|gekregen|"
    r"krijg|geven|gaf|gegeven|uitdelen|uitgedeeld|deelt|deelde)\b|\bpak slaag\b",
    # hands on the throat, dragging, throwing
    r"\b(?:bij|aan|by) (?:mijn|me|de|haar|my|the) (?:keel|nek|haar|haren|arm|armen|pols|polsen|kraag|"
    r"strot|throat|neck|hair)(?: [a-z]+){0,4}? (?:gegrepen|gepakt|vastgepakt|vastgegrepen|getrokken|"
    r"gesleurd|gesleept|meegesleurd|grabbed|dragged)\b",
    r"\b(?:kneep|knijpt|greep|grijpt|draaide|draait|verdraaide|verdraait) (?:mijn|me|haar) (?:arm|armen|"
    r"pols|polsen|nek|keel|borst|been|dij)\b(?: [a-z]+){0,3}? (?:hard|ruw|pijnlijk|blauw|fijn)\b",
    rf"\b(?:grijpt|greep|pakt|pakte|houdt|hield|gegrepen|grabbed|grabs)(?: {SUBJ})? (?:me|mij|hem|"
    r"haar|him|her)(?: (?:hard|keihard))?(?: vast)? (?:bij|aan|om|by) (?:mijn|me|de|haar|zijn|my|"
    r"the) (?:keel|nek|haar|haren|arm|armen|pols|polsen|kraag|strot|throat|neck|hair)\b",
    r"\b(?:handen|hand|hands) (?:om|rond|around) (?:mijn|me|haar|my|her) (?:keel|nek|hals|throat|"
    r"neck)|\bkeel dicht\w*|\b(?:kneep|knijpt|knepen) (?:mijn|me|haar) keel|\b(?:me|"
    r"mij) in (?:een|de) wurggreep",
    r"\b(?:gooit|gooide|smijt|smeet|gegooid|gesmeten|duwde|duwt|geduwd|threw|pushed|houdt|hield|"
    r"drukt|drukte|gedrukt|pinned|held)(?: [a-z]+){0,2}? (?:(?:tegen|op) de (?:muur|grond|kast|"
    r"deur|vloer)|op de grond|van de trap|door de kamer|uit bed|de trap af|against the wall|"
    r"down the stairs)\b",
    r"\b(?:gooit|gooide|smijt|smeet|gegooid|gesmeten|throws|threw)(?: [a-z]+){0,4}? (?:naar|"
    r"tegen|op|at) (?:me|mij|mijn hoofd|mijn gezicht|me hoofd|my head|my face)\b|\b(?:gooit|"
    r"gooide|smijt|smeet|throws|threw) met (?:spullen|dingen|borden|glazen|stoelen|meubels|"
    r"servies|things|stuff)",
    rf"\b(?:sleurt|sleurde|trekt|trok|getrokken|gesleurd|dragged|pulled)(?: {SUBJ})? {OBJ} (?:aan|"
    r"bij|door|over|uit|by) (?:mijn|me|haar|zijn|de|het|my|her)? ?(?:haar|haren|arm|armen|hair|"
    r"kamer|huis|grond|bed)\b",
    rf"\b{SUBJ} (?:valt|viel|vielen) (?:me|mij) aan(?: (?:met|toen|en)\b|{END})|\b(?:ik|"
    rf"i)\b{gap(2)} (?:ben|werd|word|was|got)\b{gap(3)} (?:aangevallen|attacked)\b",
    r"\b(?:blauwe plek\w*|blauw oog|blauwe ogen|bruises|black eye)(?: [a-z]+){0,6}? (?:van|"
    rf"door|from) (?:hem|haar|him|her|{PERSON_NP})\b",
    rf"\b{SUBJ}\b(?: [a-z0-9]+){{0,8}} (?:ik|i)(?: [a-z]+){{0,4}} (?:blauwe plek\w*|blauw oog|"
    r"bruises|black eye)\b",
    rf"\b(?:{SUBJ}|het) (?:wordt|werd|word|is|was|worden)(?: (?:weer|ook|soms|dan))? (?:fysiek|"
    rf"lichamelijk|physical)(?: (?:en|toen|tegen|tussen|between)\b|{END})|\b(?:fysiek|"
    r"lichamelijk) (?:geweld|mishandel\w*|pijn gedaan|agressief)|\bdomestic (?:violence|abuse)\b",
    rf"\b{SUBJ} (?:doet|deed|heeft|hurts)(?: (?:me|mij))?(?: (?:ook|weer|soms|vaak|echt|gewoon|"
    r"lichamelijk|fysiek))* (?:me |mij )?pijn(?: gedaan)?(?= met (?:zijn|haar) (?:handen|"
    rf"vuisten)| als| wanneer| en|{END})",
    rf"\b{SUBJ} (?:hurts|hurt) (?:me|mij)(?: (?:physically|again|sometimes))?{END}",
    r"\bneergestoken|\bstak (?:me|mij|haar|hem) (?:neer|met)|\bgestoken met (?:een|zijn|"
    r"haar) mes|\bstabbed (?:me|her|him)",
    rf"\b{SUBJ} (?:is|wordt|werd|was|gets|got)(?: [a-z]+){{0,2}}? (?:gewelddadig|handtastelijk|"
    r"violent)",
    rf"\b(?:{V_FIN}|{V_SUBJ})(?: (?:{SUBJ}))? (?:tegen|in|op|naar|against|in|into) (?:mijn|me|haar|my|"
    r"her) (?:hoofd|gezicht|buik|rug|benen|borst|zij|ribben|kop|head|face|stomach|back|chest)\b",
    r"\b(?:sloeg|slaat|beukte|beukt|ramde|ramt|duwde|duwt|gooide|gooit|smeet|smijt|drukte|"
    r"slammed|smashed|banged|pushed|shoved|threw) (?:mijn|me|haar|my|her) (?:hoofd|gezicht|kop|"
    r"head|face) (?:tegen|op|in|into|against|on)\b",
    rf"\b{SUBJ}\b(?: [a-z]+){{0,3}} (?:mijn|me|my) (?:arm|neus|kaak|rib|ribben|pols|vinger|been|"
    r"tand|tanden|oogkas|arm|nose|jaw|ribs|wrist) (?:gebroken|gekneusd|ontwricht|broke|broken)\b|"
    r"\b(?:gebroken|gekneusd|broken) (?:door|by) (?:hem|haar|him|her)\b|\bbroke my (?:arm|nose|jaw|"
    r"ribs|wrist)\b",
    r"\b(?:een|an) (?:elleboog|elbow|vuist|fist)\b(?= (?:in|op|tegen|to)\b)",
)

# --- threats and fear of the partner -------------------------------------------------------

_THREAT_BARE = _rx(
    r"\b\w*bedreig\w*|\bdreigement\w*|\bdreigende (?:berichten|sms\w*|appjes|taal|brieven|mails|"
    r"woorden|telefoontjes|voicemails?)|\bintimidatie\b|\b(?:zijn|haar|zn) agressie\w*|"
    r"\bagressie(?:probleem|problemen|aanval\w*|buien)"
)
_THREAT = _rx(
    rf"\b{FEAR} (?:voor|van|of) (?:hem|him|{PERSON_NP}|die man|die vrouw|that man)\b",
    rf"\b{FEAR} (?:voor|van|of) (?:haar|her){FOLLOW}",
    rf"\b{FEAR} (?:voor|van|of) (?:zijn|haar|zn|his|her|{PERSON_NP}s?) (?:woede\w*|agressie|"
    r"drift\w*|buien|uitbarstingen|handen|vuisten|geweld|anger|temper|rage|violence|outbursts)\b",
    rf"\b{FEAR} (?:als|wanneer|zodra|when|whenever|elke keer als|iedere keer als) (?:hij|ze|zij|"
    rf"he|she|{PERSON_NP}){gap(5)} (?:thuiskomt|thuis komt|thuis is|drinkt|gedronken|dronken|boos|"
    r"kwaad|woedend|agressief|driftig|home|drinks|drunk|angry|mad)\b",
    rf"\b{FEAR} (?:dat|that) (?:hij|ze|zij|he|she|{PERSON_NP}){gap(4)} (?:iets |wat |me |mij |"
    r"ons )*(?:aandoet|aan doet|aandoen|aan doen|aan zal doen|aan gaat doen|pijn doet|pijn doen|"
    r"slaat|slaan|vermoordt|vermoord|vermoorden|doden|vindt|komt halen|opzoekt|opwacht|afmaakt|"
    r"hurts|will hurt|kills|will kill|finds|terugkomt|terug komt|langskomt|thuiskomt|opduikt|"
    r"doorslaat|ontploft|comes back)\b",
    rf"\b{FEAR} (?:voor|om|for) (?:mijn|my) (?:leven|veiligheid|life|safety)\b|"
    rf"\bvrees voor mijn (?:leven|veiligheid)|\bvrees (?:hem\b|haar{FOLLOW})|\bleef in angst\b|"
    r"\blive in fear\b",
    rf"\b{FEAR} (?:voor|van|of)? ?(?:wat|what) (?:hij|ze|zij|he|she) (?:gaat|zal|kan|will|"
    r"might) (?:doen|do)\b",
    rf"\b(?:{SUBJ}|je|jij) (?:maakt|maakte|jaagt|joeg) (?:me|mij)(?: (?:zo|heel|echt|soms|vaak|"
    r"erg))* (?:bang|angstig|doodsbang|angst aan|schrik aan)\b|\b(?:scares|scared|frightens|"
    r"terrifies) me\b",
    r"\bik (?:word|werd|raak|raakte)(?: (?:zo|heel|echt|erg|soms|vaak))* (?:bang|angstig) (?:van|"
    r"als|wanneer) (?:hem|haar|hij|ze|zij)\b",
    rf"\b(?:zo|zodat|dat) (?:ik|i)(?: er)? (?:{FEAR}) (?:word|ben|werd|was|wordt|am|get)\b",
    r"\b(?:voel|voelde|ben|feel|am)(?: (?:me|mij))?(?: (?:thuis|hier|daar|bij hem|bij haar|"
    rf"in huis))? (?:{NEG})(?: (?:meer|langer|echt|altijd|more))? (?:veilig|safe)(?: (?:thuis|"
    rf"meer|anymore|sinds|als|wanneer|door)\b| bij (?:hem|haar|{PERSON_NP})| in (?:huis|mijn huis|"
    rf"ons huis|mijn eigen huis)| met (?:hem|haar)| (?:at home|with|around)\b|{END})",
    r"\b(?:do not|dont|never|no longer) (?:feel|am) safe\b(?! (?:to|about|with my feelings)\b)",
    r"\b(?:voel|voelde|ben|feel|am)(?: (?:me|mij))? (?:onveilig|unsafe)(?: (?:thuis|sinds|door|"
    rf"bij|with|around|at home)\b|{END})",
    r"\b(?:durf|durfde|dare|afraid|scared)(?: (?:niet|not|het niet))?(?: (?:meer|"
    r"echt))?(?: terug)? (?:naar huis|thuis te komen|naar huis te gaan|thuis te zijn|thuis te "
    r"slapen|naast (?:hem|haar) te slapen|to go home|"
    r"go home)\b|\b(?:durf|durfde) (?:hem|haar) niet te verlaten|"
    rf"\bdurf(?:de)? niet(?: meer)?(?: bij (?:hem|haar))? weg te gaan|\b{FEAR} om (?:naar huis|"
    r"thuis te komen|thuis te zijn|weg te gaan|(?:hem|haar) te verlaten|bij (?:hem|haar) weg te gaan)",
    # "hij dreigt me", "ze dreigde met een mes", "hij heeft gedreigd"
    rf"\b(?:{SUBJ_P})\b{gap(3)} (?:dreig|dreigt|dreigde|dreigden|dreigen|gedreigd|threatens|"
    r"threatened|threatening)\b(?:(?: [a-z0-9]+){0,6}? (?:me|mij|ons|us|de kinderen|kinderen|"
    r"kids|mes|wapen|pistool|geweer|geweld|slaan|vermoord\w*|dood|afmaken|pijn|foto\w*|"
    r"naaktfoto\w*|verspreiden|afpakken|meenemen|kapot|pakken|geld|straat|kill|hurt)\b|"
    rf"{ADV}{END})",
    rf"\b(?:dreigt|dreigde) (?:hij|ze|zij|ie|{PARTNER_NP})\b",
    # "hij gaat me vermoorden", "als ik wegga maakt hij me af", "he said he would kill me"
    rf"\b(?:{SUBJ_P}|hel|shel)\b{gap(5)} (?:me|mij|ons|us|{KIDS}){gap(2)} (?:{KILL})\b",
    rf"\b(?:{SUBJ_P}|hed|shed|hel|shel)\b{gap(4)} (?:kill|murder|hurt|strangle|shoot|"
    rf"stab)\w* (?:me|us|{KIDS})\b",
    rf"\b(?:{SUBJ_P}) (?:zei|zegt|schreeuwde|schreeuwt|riep|roept|dreigde|dreigt|appte|appt|sms|"
    r"said|says|yelled|texted)\b(?: [a-z,]+){0,3}? (?:ik|i|il)(?: (?:ga|zal|wil|gonna|going to|"
    r"am going to))? (?:(?:vermoord|maak|wurg|steek|schiet|kil|murder|hurt|sla)\w* (?:je|jou|"
    r"you)\b|(?:je|jou) (?:vermoorden|afmaken|kapotmaken|kapot maken|wat aandoen|iets aandoen|"
    r"doodmaken|dood maken|slaan)\b)",
    rf"\b(?:{SUBJ_P}) (?:vermoordt|vermoordde|doodt|kills)(?: (?:me|mij))\b|\b(?:vermoordt|maakt|"
    r"doodt) (?:hij|ze|zij) (?:me|mij)\b|\b(?:maakt|maakte) (?:me|mij) af\b",
    rf"\b(?:{WEAPON})\b(?: [a-z]+){{0,3}} (?:op|tegen|naar|achter|at|to|against) (?:me|mij|"
    r"mijn (?:keel|hoofd|buik|nek|gezicht|borst|hals)|my (?:throat|head|neck))\b",
    rf"\b{FEAR}\b(?: [a-z]+){{0,12}} (?:{WEAPON})\b|\b(?:{WEAPON})\b(?: [a-z]+){{0,12}} {FEAR}\b",
    r"\b(?:stalkt|stalks|stalking|achtervolgt) (?:me|mij)\b|\bvolgt (?:me|mij) overal\b|\b(?:ik|"
    r"i)\b(?: [a-z]+){0,2}? (?:word|werd|ben|am|was|being)\b(?: [a-z]+){0,3}? (?:gestalkt|"
    r"stalked)\b",
    rf"\b(?:{SUBJ_P}) (?:intimideert|intimideerde|intimidates)\b|\bvoel (?:me|mij) geintimideerd|"
    r"\b(?:word|werd) geintimideerd",
    rf"\b(?:{SUBJ_P}) (?:is|wordt|werd|was|kan|gets|is getting|becomes|"
    r"got)(?: [a-z]+){0,3}? (?:agressief|aggressive|bedreigend|intimiderend|"
    r"threatening)\b(?! (?:aan het|in het verkeer|op de weg|achter het stuur|in (?:vergaderingen|"
    r"discussies))\b)",
    r"\b(?:zal|gaat|gaan|zult|zul) (?:het|dat) (?:nog )?(?:bezuren|berouwen)\b|\bbezuren\b",
    r"\b(?:zei|zegt|dreigde|dreigt|schreeuwde|said|says) (?:dat )?(?:ik|je|jij) (?:het|dit|dat) niet "
    r"(?:zou|zal|zult|gaat|ga) overleven\b|\bniet (?:zal|zou|zult) overleven als (?:ik|je)\b",
    rf"\b{FEAR} (?:voor|van|of) (?:zijn|haar|zn|his|her) (?:blik|ogen|stem|gedrag|geschreeuw|"
    r"buien|eyes|voice)\b",
    r"\b(?:ben|word|werd|was|raak)(?: ik| i)(?: (?:zo|heel|echt|erg|soms|vaak|dan))* (?:bang|"
    r"angstig|doodsbang|panisch)\b(?! (?:dat|om|voor|van)\b)(?=.{0,80}\b(?:hij|ze|zij|he|she)\b)|"
    r"\b(?:hij|ze|zij|he|she)\b.{0,80}\b(?:ben|word|werd|was) ik(?: (?:zo|heel|echt|erg|soms|"
    r"vaak|dan))* (?:bang|angstig|doodsbang|panisch)\b",
    r"\b(?:me|mij) (?:bang|angst) (?:te )?(?:maken|maakt|aan te jagen|aanjagen)\b",
    rf"\b{SUBJ}\b(?: [a-z]+){{0,6}} (?:in brand|in de fik) (?:steekt|steken|zal steken|te steken)\b",
    r"\bfear (?:for )?(?:my|mij) (?:life|safety)\b|\bi fear (?:him|her|my)\b",
    rf"\b(?:me|mij|je|jou)(?: (?:wel|altijd|toch))? (?:weet|weten) te vinden(?:{END}| als\b)|"
    rf"\b(?:weet|weten|weet hij|weet ze) (?:me|mij|je|jou)(?: (?:wel|altijd|toch))? te vinden(?:{END}|"
    r" als\b)|\b(?:zal|gaat) (?:me|mij|je|jou) (?:toch |wel |altijd )?vinden\b|\b(?:me|mij|je|"
    rf"jou) (?:zal|gaat|zou) (?:toch |wel |altijd )?vinden(?: waar\b| als\b|{END})",
    r"\b(?:ik ben|je bent|jij bent|you are|youre) (?:er )?(?:dood|geweest|do[dt]|dead) (?:als|if)\b",
    r"\b(?:ik|je|jij) (?:er )?(?:dood|do[dt]|geweest) (?:ben|bent) (?:als|wanneer)\b",
    rf"\b{SUBJ}\b (?:staat|stond|kwam|komt|loopt|liep|zwaaide|zwaait|stonden)(?: [a-z]+){{0,3}} "
    rf"met (?:een|zijn|haar|het) (?:{WEAPON})\b",
)

# --- sexual and emotional abuse, coercive control ------------------------------------------

_ABUSE_BARE = _rx(
    r"\bverkr[ae]c?h[tdg]\w*|\bverkr[ae]g[td]\w*|\bverkrach\b|\bchanteer\w*|\bgechanteerd|"
    r"\baanrand\w*|\baangerand\b|\brape[ds]?\b|\braping\b|\brapist\w*|\bmolest\w*|\bmisbruik\w*|"
    r"\babus(?:e|ed|es|er|ive|ing)\b|\bsexual assault|\bincest\b|\bgrensoverschrijdend\w*|"
    r"\bcoercive control|\bgaslight\w*|\bxabusex\b"
)
_ABUSE = _rx(
    r"\b(?:ik|i) (?:moet|must|have to)(?: van (?:hem|haar))? (?:seks|sex)\b|\bvan (?:hem|"
    r"haar) moet ik (?:seks|met hem naar bed)|\b(?:mag|may) (?:geen|not) nee zeggen|"
    r"\b(?:accepteert|accepteerde) geen nee|\b(?:do not|does not|wil not) take no\b",
    rf"\b(?:dwingt|dwong|dwingen|forces|forced|forcing)(?: (?:{PRON}))? (?:me|mij)(?:{END}|"
    r" (?:tot|om|into|to) (?:dingen|alles|van alles|things|thuis|binnen|te blijven|stay|mijn|"
    rf"stoppen|te stoppen)\b)|\b(?:ik|i)\b{{gap(2)}} (?:word|werd|ben|was)\b{gap(3)} gedwongen\b|"
    rf"\b(?:heeft|had) (?:me|mij){gap(3)} gedwongen\b",
    # coercive control: phone, money, friends, freedom
    r"\b(?:controleert|checkt|leest|doorzoekt|monitort|checks|reads|tracks|monitors|"
    rf"(?:{SUBJ}) (?:controleerde|checkte|las|doorzocht|bekeek|checked|read|tracked|"
    r"went through))(?: (?:hij|ze|zij|ie))?(?: (?:altijd|steeds|stiekem|elke dag|constant|"
    r"iedere dag|dagelijks|continu|voortdurend|al|alle|always|constantly))* (?:mijn|me|"
    r"my) (?:telefoon|mobiel|gsm|berichten|whatsapp\w*|appjes|apps|app|mail|email|mails|sms\w*|"
    r"sociale media|instagram|facebook|locatie|bankrekening|rekening|uitgaven|bonnetjes|"
    r"gesprekken|phone|messages|texts|location|bank account|spending)\b",
    rf"\b(?:ik|i) (?:word|werd|ben|am|feel|voel me)\b{gap(2)} (?:gecontroleerd|controlled|"
    rf"monitored|tracked)\b(?! (?:door|by) (?!(?:hem|haar|him|her|{PARTNER_NP})\b))",
    rf"\b(?:{SUBJ}|je|jij) (?:controleert|controleerde|bepaalt|bepaalde|controls|"
    r"controlled) (?:alles|me|mij|everything|my life|mijn leven|wat ik (?:doe|draag|aantrek|eet|"
    r"uitgeef)|waar ik (?:ben|heen ga)|met wie ik)\b",
    r"\b(?:controleert|controleerde) (?:me|mij)\b",
    r"\b(?:kijkt|keek|checkt|leest|snuffelt|zit|doorzoekt)(?: (?:hij|ze|zij))?(?: (?:altijd|steeds|elke|"
    r"iedere|elk|constant|dagelijks|stiekem|avond|dag|ochtend|nacht|keer|weer))*? (?:in |door )?"
    r"(?:mijn|me) (?:telefoon|mobiel|gsm|berichten|appjes|whatsapp\w*|mail|mails)\b(?: [a-z]+)? (?:na|"
    r"door)\b|\b(?:kijkt|checkt|leest|snuffelt|zit)(?: (?:hij|ze|zij))?(?: (?:ook|nog))? (?:altijd|"
    r"steeds|elke \w+|iedere \w+|constant|dagelijks)(?: \w+)? (?:in |door )?(?:mijn|me) (?:telefoon|"
    r"mobiel|gsm|berichten|appjes|whatsapp\w*|mail|mails)\b",
    r"\b(?:tracker|gps|volgapp|spyware|stalkerware|spionageapp) (?:op|in|onder|on) (?:mijn|"
    r"my) (?:telefoon|auto|fiets|phone|car)\b|\b(?:volgt|volgde|tracks|tracked) (?:mijn|"
    r"my) (?:locatie|location)\b",
    r"\b(?:ik|i) (?:mag|mocht|am allowed)(?: (?:van|of) (?:hem|haar|him|her|"
    rf"{PERSON_NP}))? (?:niemand|nooit|niet|geen|nergens|not)(?! (?:vergeten|klagen|mopperen|zeuren|"
    r"missen|te laat)\b)(?: (?:meer|zonder|alleen|van hem|"
    rf"van haar|to))*{gap(3)} (?:zien|spreken|bellen|afspreken|ontmoeten|appen|naar buiten|"
    r"de deur uit|deur uit|werken|sporten|weg|heen|naartoe|vrienden|vriendinnen|familie|ouders|"
    r"moeder|vader|zus|broer|collega\w*|geld|telefoon|pinpas|bankpas|friends|family|work|see|"
    r"leave|go out)\b(?!.{0,40}\bvan (?:mijn|de|het|me) (?:baas|dokter|arts|huisarts|werk|school|"
    r"verzekering|gemeente|coach)\b)",
    r"\b(?:ik|i) (?:mag|mocht)(?: van (?:hem|haar))? (?:mijn|me) (?:familie|vrienden|vriendinnen|"
    r"ouders|moeder|vader|zus|broer|kinderen|collega\w*)(?: van (?:hem|haar))? (?:niet|"
    r"nooit)(?: meer)? (?:zien|spreken|bellen|bezoeken|ontmoeten)\b",
    rf"\b(?:ik|i) (?:mag|mocht)(?: van (?:hem|haar))? (?:niks|niets){END}|\bvan (?:hem|haar|"
    rf"{PERSON_NP}) (?:mag|mocht) (?:ik|i) (?:niemand|niks|niets|nooit|nergens|geen vrienden|"
    r"niet (?:werken|weg|naar buiten))",
    rf"\b(?:{SUBJ}) (?:verbiedt|verbood|verbieden|forbids|forbade|wil not let|does not let|"
    rf"never lets) (?:me|mij)\b|\b(?:{SUBJ}) (?:laat|liet) (?:me|mij) (?:niet|"
    r"nooit)(?: meer)?(?: [a-z]+){0,3}? (?:afspreken|spreken|bellen|sporten|studeren|gaan|weg|weggaan|vertrekken|naar buiten|de deur uit|werken|alleen|"
    r"(?:mijn )?(?:vrienden|vriendinnen|familie|ouders) zien)\b|\bwil not let me (?:see|go|leave|"
    r"work|have)\b",
    rf"\b(?:sluit|sloot|locks|locked)(?: (?:{PRON}))? (?:me|mij) (?:op|in|up)\b|\b(?:ik|"
    rf"i)\b{gap(2)} (?:word|werd|ben|was|am|get)\b{gap(3)} (?:opgesloten|locked (?:up|in))\b|"
    rf"\b(?:heeft|had) (?:me|mij){gap(3)} opgesloten\b",
    r"\b(?:pakt|pakte|neemt|nam|houdt|hield|afgepakt|afgenomen|takes|took|keeps)(?: (?:hij|ze|"
    r"zij))? (?:mijn|me|my) (?:telefoon|sleutels|paspoort|geld|pinpas|bankpas|loon|salaris|phone|"
    r"keys|passport|money|bank card)(?: [a-z]+){0,3}? (?:af|achter|in beslag|away|from me)\b",
    r"\b(?:mijn|my) (?:telefoon|sleutels|paspoort|geld|pinpas|bankpas|loon|salaris|phone|keys|"
    r"passport|money)(?: [a-z]+)? (?:afgepakt|afgenomen|ingenomen|achtergehouden|weggenomen|"
    r"verstopt|in beslag)\b",
    r"\b(?:moet|must|have to)\b(?: [a-z]+){0,2}? (?:mijn|my) (?:telefoon|mobiel|berichten|appjes|"
    r"phone|messages)\b(?: [a-z]+){0,4}? (?:laten zien|inleveren|afgeven|show)\b|\bniemand (?:me|mij) "
    r"(?:gelooft|zal geloven|zou geloven|believes)\b|\bnobody (?:will|would) believe me\b",
    r"\b(?:zodat|waardoor) ik niemand (?:meer )?(?:kan|mag) (?:bereiken|bellen|spreken|zien|"
    r"appen)\b|\b(?:kraakt|kraakte|breekt|brak) (?:me|mij)(?: [a-z]+){0,4}? af\b|\b(?:geeft|"
    r"gaf) (?:me|mij) geen (?:geld|cent|zakgeld)\b|\bmoet (?:alles|elke (?:euro|cent|"
    r"uitgave)) verantwoorden\b|\bniemand (?:anders )?(?:me|mij) (?:zou|zal|wil) (?:willen|"
    r"hebben)\b",
    rf"\b{SUBJ} (?:zegt|zei|noemt|noemde|vindt|says|said)\b(?: [a-z]+){{0,10}}? (?:ik|"
    r"i)(?: [a-z]+)? (?:(?:niks|niets|nothing|geen cent) (?:waard|ben|am)|waardeloos|worthless)\b",
    r"\bik krijg geen (?:geld|zakgeld|cent)(?: (?:van hem|van haar|meer))?\b|"
    r"\bgeen toegang(?: meer)? tot (?:mijn|ons) (?:eigen )?(?:geld|rekening|bankrekening)\b",
    rf"\b(?:isoleert|isoleerde|isolates|isolated) (?:me|mij)\b|\b(?:{SUBJ}) (?:isoleert|"
    r"isoleerde)\b",
    r"\b(?:moet|must|have to)(?: van (?:hem|haar))?(?: (?:altijd|steeds|elk uur|elke keer|"
    r"constant))* (?:laten weten|doorgeven|melden|verantwoorden|report|tell him|tell her|"
    r"let him know) (?:waar|met wie|wat|hoe laat|where|who)\b|\b(?:moet|must|have to) (?:om |"
    r"aan hem |aan haar )?(?:toestemming|permission)|\bmoet van (?:hem|haar)(?: (?:altijd|"
    r"steeds))* (?:thuis|binnen|seks|toestemming|mijn telefoon|mijn geld)",
    rf"\b(?:{SUBJ}|je|jij) (?:kleineert|kleineerde|vernedert|vernederde|belittles|humiliates)\b|"
    r"\b(?:kleineert|vernedert|kleineerde|vernederde|belittles|humiliates) (?:me|mij)\b|"
    r"\b(?:word|werd)(?: (?:steeds|altijd|constant|vaak|de hele tijd))* (?:gekleineerd|vernederd|"
    r"uitgescholden)\b|\bvoel (?:me|mij) (?:steeds|altijd|constant|voortdurend|"
    r"de hele tijd) (?:gekleineerd|vernederd)",
    r"\b(?:maakt|maakte) (?:me|mij)(?: (?:steeds|constant|altijd|zo|helemaal))* (?:klein|"
    r"kleiner)\b",
    r"\b(?:scheldt|schold|scholden|schelden) (?:me|mij)(?: [a-z]+){0,3}? uit\b|"
    r"\buitgescholden (?:voor|door)\b",
    r"\b(?:noemt|noemde|calls|called|scheldt|schold) (?:me|mij)(?: [a-z]+){0,4}? (?:een |a )?(?:[a-z]+ )?"
    r"(?:hoer|slet|del|teef|kutwijf|trut|waardeloos|waardeloze|niks waard|niets waard|mislukkeling|"
    r"nietsnut|worthless|whore|slut|bitch)\b",
    r"\b(?:zegt|zei|says|said)(?: (?:steeds|altijd|vaak))? (?:dat )?(?:ik|"
    r"i)(?: [a-z]+)? (?:(?:niks|niets|nothing|geen cent) (?:waard|ben|am)|waardeloos|"
    r"worthless)\b|\b(?:ik ben|i am) (?:niks|niets) waard (?:volgens|zegt|says)\b",
    r"\bforced (?:himself|herself) on (?:me|her)\b|\bongewenst (?:aangeraakt|betast|aanraken|intiem|seksueel)|\bbetast (?:me|mij)\b",
    r"\b(?:ook|zelfs) (?:als|wanneer|al) ik (?:het )?niet wil\b(?=.{0,60}\b(?:seks|sex|naar bed|vrijen))|"
    r"\bmoet (?:met hem|met haar) naar bed\b",
    r"\b(?:moet|must|have to) (?:bedelen|smeken|beg) (?:om|for)\b|\b(?:houdt|hield|keeps) (?:al )?(?:ons|"
    r"mijn|our|my) (?:geld|money) (?:voor zichzelf|achter|vast|to himself|to herself)\b",
    r"\b(?:ik|i) (?:mag|mocht) geen (?:eigen )?(?:bankrekening|rekening|geld|baan|werk|rijbewijs|"
    r"telefoon|vrienden)\b",
    r"\b(?:word|werd|ben)(?: [a-z]+){0,4}? in de gaten gehouden\b(?! (?:door|by) (?!(?:hem|haar)\b))|"
    r"\b(?:houdt|hield) (?:me|mij)(?: (?:constant|altijd|steeds|de hele dag|continu))* in de gaten\b",
    r"\b(?:me|mij) te (?:bespieden|bespioneren)\b|\b(?:bespiedt|bespioneert|spioneert) (?:me|mij)\b|"
    r"\bspies on me\b",
    r"\b(?:makes|forces) me ask (?:for )?permission\b|\b(?:not|never) allowed to (?:see|leave|go|work|"
    r"talk|have|call|visit|spend|meet)\b",
    r"\b(?:al|alle) (?:mijn )?wachtwoorden\b|\ball (?:of )?my passwords\b|\bmijn wachtwoorden "
    r"(?:afgeven|geven|inleveren)\b",
)

# Two things in one sentence: (kind, first, second).
_PAIRS: tuple[tuple[SafetyKind, re.Pattern[str], re.Pattern[str]], ...] = (
    (
        SafetyKind.SUICIDE,
        _rx(r"\bhoe ik het (?:zou|ga|kan|moet|wil) doen\b"),
        _rx(r"\b(?:pillen|touw|trein|brug|springen|ophangen|mes|snijden|overdosis)\b"),
    ),
    (
        SafetyKind.SUICIDE,
        _rx(
            r"\b(?:als|wanneer|zodra) ik (?:er niet meer|dood|weg) (?:ben|zou zijn|was|zijn|ga)\b|"
            r"\b(?:if|when) i (?:was|were|am) (?:dead|gone)\b"
        ),
        _rx(
            r"\b(?:iedereen|niemand|beter|gelukkiger|opgelucht|makkelijker|missen|merken|opgelost|care|"
            r"miss|notice|better|"
            r"voorbij|rust|brief|briefje|afscheid)\b"
        ),
    ),
    (
        SafetyKind.SUICIDE,
        _rx(r"\b(?:springen|spring|sprong|te springen|af te springen|afspringen|jump|jumping)\b"),
        _rx(r"\b(?:dak|brug|flat|balkon|station|spoor|trein|raam|roof|bridge|balcony|window)\b"),
    ),
    (
        SafetyKind.THREAT,
        _rx(
            r"\bals ik (?:wegga|weg ga|vertrek|(?:hem|haar) verlaat|ga scheiden|het uitmaak|bij "
            r"(?:hem|haar) weg ga|leave)\b"
        ),
        _rx(
            r"\b(?:nooit meer|kinderen|vermoord\w*|afmaakt|af maakt|vinden|iets aan|kapot|"
            r"never see|kill)\b"
        ),
    ),
    (
        SafetyKind.SUICIDE,
        _rx(
            r"\b(?:pillen|tabletten|medicijnen|slaappillen|paracetamol|pijnstillers|"
            r"pills) (?:genomen|geslikt|ingenomen|taken|took|swallowed)\b|\b(?:genomen|geslikt|"
            r"ingenomen|took|swallowed) (?:pillen|pills)\b"
        ),
        _rx(
            r"\b(?:te ?veel|overdosis|allemaal|handvol|hele (?:strip|doos|pot)|too many|"
            r"all of them)\b"
        ),
    ),
    (
        SafetyKind.THREAT,
        _rx(rf"\b{SUBJ}\b"),
        _rx(
            r"\b(?:ik|i) (?:ben|word|werd|was|raak|raakte|voel me|am|get|feel)(?: (?:zo|heel|"
            rf"echt|erg|soms|vaak|dan|ontzettend|super|so|really|very))* {FEAR}(?! (?:dat|om|voor|"
            r"van|of|that|to|for)\b)"
        ),
    ),
    (
        SafetyKind.VIOLENCE,
        _rx(
            r"\b(?:ik heb|ik kreeg|ik krijg|ik zit onder|i have|i got)(?: [a-z]+){0,2}? (?:blauwe "
            r"plek\w*|blauw oog|bruises|black eye)\b"
        ),
        _rx(r"\b(?:hij|ze|zij|he|she)\b"),
    ),
    (
        SafetyKind.ABUSE,
        _rx(r"\b(?:geld|money|salaris|loon|pinpas|bankpas|rekening)\b"),
        _rx(r"\bik krijg (?:niks|niets|geen cent|geen euro|nothing)\b|\bi (?:get|got) nothing\b"),
    ),
    (SafetyKind.ABUSE, _rx(rf"\b(?:{SEX})\b"), _rx(rf"\b(?:{COERCE})")),
    (
        SafetyKind.ABUSE,
        _rx(
            r"\b(?:fotos?|beelden|video|filmpjes?|photos?|pictures?|videos?) (?:van|of) (?:mij|"
            r"me)\b"
        ),
        _rx(
            r"\b(?:verspreid\w*|rondgestuurd|leaked|online gezet|zonder (?:dat ik|"
            r"mijn toestemming))"
        ),
    ),
    (
        SafetyKind.ABUSE,
        _rx(
            r"\b(?:naaktfoto\w*|naaktbeeld\w*|intieme (?:foto|beelden|video)\w*|nudes|sexvideo|"
            r"seksvideo|sekstape)\b"
        ),
        _rx(
            r"\b(?:verspreid\w*|online|gedeeld|delen|doorgestuurd|rondgestuurd|posten|gepost|"
            r"shared|posted|leaked)\b"
        ),
    ),
)

_RULES: tuple[tuple[SafetyKind, re.Pattern[str], re.Pattern[str] | None], ...] = (
    (SafetyKind.SUICIDE, _SUICIDE, _SUICIDE_BARE),
    (SafetyKind.VIOLENCE, _VIOLENCE, _VIOLENCE_BARE),
    (SafetyKind.THREAT, _THREAT, _THREAT_BARE),
    (SafetyKind.ABUSE, _ABUSE, _ABUSE_BARE),
)


def _kinds_in(sentence: str, laughing: bool) -> set[SafetyKind]:
    """Every kind one sentence of the skeleton points to."""
    if _SPORT_CONTEXT.search(sentence):
        sentence = _SPORT_VERBS.sub(" ", sentence)
    sentence = _ABUSE_QUALIFIED.sub(" xabusex ", sentence)
    about_media = _MEDIA_CONTEXT.search(sentence) is not None
    found: set[SafetyKind] = set()
    for kind, personal, bare in _RULES:
        if personal.search(sentence) or (bare and not about_media and bare.search(sentence)):
            found.add(kind)
    for kind, first, second in _PAIRS:
        if first.search(sentence) and second.search(sentence):
            found.add(kind)
    if _GLUED.search(sentence.replace(" ", "")):
        found.add(SafetyKind.SUICIDE)
    if not _ACCIDENT.search(sentence) and _SELF_INJURY.search(sentence):
        found.add(SafetyKind.SUICIDE)
    if laughing and SafetyKind.THREAT in found and not _THREAT_BARE.search(sentence):
        found.discard(SafetyKind.THREAT)  # "hij vermoordt me als hij dit ziet haha"
    return found


# Telegram caps a message at 4096 characters; a longer string is cut so the check stays fast.
_MAX_CHARS = 8_192


def detect(text: str | None) -> SafetyKind | None:
    """The most serious kind of danger the text points to, or None."""
    if not isinstance(text, str) or not text.strip():
        return None
    text = text[:_MAX_CHARS]
    try:
        skeleton = _IDIOMS.sub(" | ", _normalise(text))
    except Exception:  # never let odd input break the bot; fall back to a plain lower case
        skeleton = " ".join(text.lower().split())
    laughing = _LAUGHTER.search(skeleton) is not None
    found: set[SafetyKind] = set()
    for sentence in skeleton.split("|"):
        if sentence.strip():
            found |= _kinds_in(sentence.strip(), laughing)
    return next((kind for kind in SafetyKind if kind in found), None)


# --- the help texts ------------------------------------------------------------------------


def help_lines() -> str:
    """The block of help lines (HTML), shown by the safety net, /hulp and quiz results."""
    return _(
        "<b>Netherlands</b>\n"
        "• <b>113 Suicide Prevention</b>: call 113 or 0800-0113 (free, 24/7, anonymous), "
        'or chat at <a href="https://www.113.nl">113.nl</a>\n'
        "• <b>Veilig Thuis</b> (domestic violence and abuse): call 0800-2000 (free, 24/7)\n"
        "• In immediate danger: call 112\n"
        "\n"
        "<b>Belgium</b>\n"
        "• <b>Zelfmoordlijn 1813</b>: call 1813 or visit "
        '<a href="https://www.zelfmoord1813.be">zelfmoord1813.be</a>\n'
        "• <b>1712</b> for violence and abuse (Flanders)\n"
        "\n"
        "Otherwise your GP is always there for you."
    )


def help_message() -> str:
    """The private message the safety net sends (HTML): a warm word, the help lines, privacy."""
    opening = _(
        "What you wrote sounds heavy. You don't have to carry it alone: there are people "
        "ready for you day and night. Talk to them, today if you can:"
    )
    closing = _(
        "Samen is coaching for your relationship, not therapy or emergency help. "
        "This message stays between you and Samen: your partner and your coach do not see it. "
        "Did I read too much into your words? Then just carry on where you were."
    )
    return f"{opening}\n\n{help_lines()}\n\n{closing}"


def group_notice() -> str:
    """One neutral line for a group, pointing to /hulp, saying nothing about any message."""
    return _("Looking for support? Send me /hulp in a private chat and you'll see where to turn.")


def share_question() -> str:
    """The question shown before a text that triggered the safety net is shown to someone else."""
    return _(
        "Do you really want to share this? If you do, your partner or coach will read exactly "
        "what you wrote. You can also change it first, or keep it to yourself."
    )
