"""Rules for sexual abuse, emotional abuse and coercive control.

Patterns are written in normal spelling and squeezed like the text (see bot/safety_lexicon.py).
"""

from __future__ import annotations

from bot.safety_lexicon import (
    AGENT,
    AGENT_P,
    COERCE,
    CONTROL_THING,
    END,
    HABIT,
    INSULT,
    MONEY,
    PARTNER_NP,
    PHONE,
    PRON,
    SEX,
    SNOOP,
    TRIVIAL,
    clause,
    gap,
    sentence,
)

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
    rf"\b{AGENT_P} (?:laat|liet|lets) (?:me|mij)(?: (?:nooit|niet|niks|geen|nergens|niemand|never|"
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
    rf"rusten|dokter|tandarts|wandelen|mee te gaan|naar de film|pauze|break|rest|sleep|eat|doctor|"
    rf"breakfast|vegetables|walk)\b)|\b(?:ik|i)\b{gap(2)} (?:word|"
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
    rf"constantly|every night))* (?:in |door )?(?:mijn|me|my) {PHONE}\b(?! (?:na|door|voor|in "
    r"the group|out loud|aloud|to me)\b)",
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
    r"\b(?:tracker|gps|volgapp|spyware|stalkerware|spionageapp|airtag|airtags|zendertje|"
    r"camera\w*)\b(?: [a-z]+){0,3} (?:op|in|onder|on) (?:mijn|my) (?:telefoon|auto|fiets|phone|"
    r"car|tas|jas|handtas|rugzak|koffer|scooter|bag|purse|coat|jacket|backpack|bike)\b|\b(?:volgt|volgde|tracks|tracked|checkt|bekijkt) (?:mijn|my) (?:locatie|"
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
    rf"\b(?:moet|must|have to)\b(?: [a-z]+){{0,2}}? (?:al )?(?:mijn|my) (?:hele |volledige |whole |"
    rf"entire )?(?:{PHONE}|"
    rf"{MONEY})\b(?: [a-z]+){{0,4}}? (?:laten zien|inleveren|afgeven|overmaken|show|hand over)\b|"
    r"\b(?:ik krijg|krijg ik|geeft (?:me|mij)|gaf (?:me|"
    r"mij))\b(?: [a-z0-9]+){0,4}? euro (?:per|in de|a|elke) (?:week|maand|dag)\b|"
    r"\bniemand (?:me|mij) (?:gelooft|zal geloven|zou geloven|believes)\b|\bniemand (?:me|"
    r"mij) (?:ooit |nog |echt )?(?:zal|zou|gaat) geloven\b|\bnobody (?:will|would) believe me\b|"
    r"\bniemand (?:anders )?(?:me|mij) (?:ooit |nog |echt )?(?:zal|zou|wil) (?:willen|hebben)\b|"
    r"\b(?:al|alle) (?:mijn )?wachtwoorden\b|\ball (?:of )?my passwords\b|\bwachtwoorden van (?:al "
    r"|alle )?(?:mijn|me)\b",
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
    r"haar)\b(?: [a-z]+){0,2}? verantwoorden\b|\bik krijg geen (?:eigen )?(?:geld|zakgeld|cent|pinpas|bankpas)\b|"
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
    r"have to)(?: [a-z]+){0,3}? (?:om |aan hem |aan haar )?(?:toestemming|permission)(?!.*\b(?:zaak|"
    r"werk|baas|bedrijf|company|manager|school|dokter|creditcard)\b)|"
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
    r"mij) te (?:volgen|bespieden|bespioneren|controleren|tracken|checken)\b|\bstraft (?:hij |ze |zij )?(?:me|"
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
ABUSE_MORE = (
    r"\bdwingende controle\b|\bcontrolerend gedrag\b",
    # sexual pressure: "doordrammen tot ik toegeef", "seks is mijn plicht", "ook al zei ik nee"
    sentence(
        r"geen zin|seks|sex|nee (?:zeg|zei)|pressur\w*|doordram\w*|aandring\w*",
        r"tot ik (?:toegeef|toegaf|ja zeg|ja zei|opgeef|zwicht)|until i (?:just )?(?:give|gave) (?:in|up)|into sex",
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
        r"(?:maakt|maakte) (?:me|mij)(?: [a-z]+){0,2}? belachelijk|makes fun of me|(?:zet|zette) (?:me|"
        r"mij) (?:voor schut|te kijk)|(?:kleineert|vernedert|kleineerde|vernederde) (?:me|mij)",
        r"bij (?:vrienden|anderen|familie|iedereen|zijn vrienden)|waar (?:anderen|iedereen)|waar "
        r"(?:de|mijn|onze|zijn|haar) (?:kinderen|kids|vrienden|familie|ouders|collegas)(?: [a-z]+)? "
        r"bij|in het bijzijn van|voor (?:de|mijn|onze|zijn|haar) (?:kinderen|kids|vrienden|familie|"
        r"ouders|collegas)|publiekelijk|in front of|"
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
    r"(?: [a-z]+){0,4}? (?:laten zien|verantwoorden|inleveren|aan hem|aan haar|zien|controleren|"
    r"checken|nakijken|goedkeuren)\b",
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

# --- wider word families, found by grouping the misses of a blind set --------------------------

ABUSE_WIDE = (
    # sex taken after a no: "als ik geen zin heb neemt hij het gewoon"
    sentence(
        r"geen zin(?! (?:heb |had |hebt )?(?:in|om|meer)\b)|nee (?:zeg|zei)|slaap|sliep|not in the mood",
        r"(?:neemt|nam|pakt|pakte) (?:hij|ze|zij) (?:het|me|mij)(?: (?:gewoon|toch|alsnog|ook|"
        r"dan))*(?:\s*$|,| en)|(?:neemt|nam|pakt|pakte)(?: (?:hij|ze|zij))? (?:gewoon |toch )?wat "
        r"(?:hij|ze|zij) wil|doet (?:hij|ze|zij) het (?:gewoon|toch|alsnog)(?:\s*$|,| en)|gaat "
        r"(?:hij|ze|zij) (?:gewoon |toch )?(?:zijn|haar) gang|takes (?:it|what he wants) anyway",
    ),
    # drugged, or waking up undressed: "hij deed iets in mijn drankje"
    sentence(
        r"(?:iets|wat|spul|drugs|een pil|pillen) (?:in|door) (?:mijn|me|my) (?:drankje|drank|glas|"
        r"drink|drinken|wijn|bier|cola|koffie|thee)|gedrogeerd|drugged|roofie\w*|knock ?out ?druppels|ghb",
        r"deed|gedaan|doet|stopte|gestopt|gegooid|gooide|roerde|put|slipped|wakker|weet (?:niks|niets) "
        r"meer|black ?out|kwijt|suf|versuft|duizelig|drugged|gedrogeerd|woke",
        without=r"suiker|melk|citroen|ijs|ijsblokjes|zoetje|honing|siroop|prik|limoen|munt|rietje",
    ),
    sentence(
        r"wakker|woke",
        r"zonder (?:kleren|kleding|broek|ondergoed)|naakt|uitgekleed|kleren uit|(?:broek|ondergoed) "
        r"(?:uit|naar beneden)|without (?:my )?clothes|naked",
        r"drankje|gedrogeerd|dronken|bewusteloos|buiten westen|weet (?:niks|niets) meer|herinner\w* "
        r"(?:me )?(?:niks|niets)|geen herinnering|hij|hem|ze|zij|blackout|he|him",
        without=r"warm|hitte|zomer|hittegolf|zweet\w*|koorts",
    ),
    # accounting for every contact: "als ik iemand app moet ik van hem uitleggen wie dat is"
    clause(
        r"moet|moest|must|have to",
        r"van (?:hem|haar|him|her)",
        r"uitleggen|verantwoorden|verantwoording|verklaren|rechtvaardigen|opbiechten|rapporteren|"
        r"laten zien|melden|doorgeven|explain|justify|account for",
        r"wie (?:dat|die|het) (?:is|was)|met wie ik|waar ik (?:was|ben|heen|zat)|elke (?:euro|cent|"
        r"minuut|uitgave)|elk (?:bericht|appje|bonnetje)|iedere (?:euro|cent|uitgave)|alles wat ik|"
        r"who i|where i",
    ),
    # intimate recordings made without consent: "hij maakte filmpjes van ons in bed"
    sentence(
        r"(?:filmpjes|filmpje|fotos|foto|video|videos|opnames|beelden)(?: [a-z]+){0,2}? (?:van|of) "
        r"(?:ons|mij|me|us)|(?:filmde|gefilmd|filmt|fotografeerde|gefotografeerd|opgenomen|filmed|"
        r"recorded) (?:ons|mij|me|us)|(?:ons|mij|me|us)(?: [a-z]+){0,2}? (?:gefilmd|gefotografeerd|"
        r"opgenomen|filmed|recorded)",
        r"in bed|naakt|seks|sex|vrijen|douche|uitkleed|uitkleden|intiem\w*",
        r"zonder dat ik|zonder (?:mijn )?toestemming|stiekem|zonder (?:het )?te vragen|without|"
        r"niet wist|verborgen|heimelijk",
    ),
    # cut off from friends and family: "ik heb al mijn vrienden moeten laten vallen van hem"
    sentence(
        r"vrienden|vriendinnen|familie|ouders|contacten|friends|family",
        r"laten vallen|opgeven|opgegeven|verbreken|verbroken|kwijtgeraakt|niet meer zien|niet meer "
        r"spreken|afgepakt|give up|gave up|cut off|drop",
        r"van (?:hem|haar)|moest|moeten|mocht|door (?:hem|haar)|alleen (?:hem|haar) nog|because of "
        r"(?:him|her)|made me",
        without=r"verhuis\w*|verhuisd|emigr\w*|corona|lockdown|ziek\w*|werk|baby|druk|studie",
    ),
    # money doled out: "hij geeft me zakgeld"
    rf"\b(?:{PRON}|{PARTNER_NP}) (?:geeft|gaf) (?:me|mij)(?: [a-z]+){{0,2}}? (?:zakgeld|leefgeld|"
    r"huishoudgeld|an allowance)\b",
    # location kept on by order, or else: "ik moet mijn locatie altijd aan laten staan"
    r"\b(?:moet|must|have to)\b(?: [a-z]+){0,3}? (?:mijn|my) (?:live )?(?:locatie|location|gps)"
    r"(?: [a-z]+){0,3}? (?:aan|delen|aanstaan|share|on|laten zien|doorsturen|sturen)\b",
    sentence(
        r"moet|must|have to|mag (?:niet|geen)",
        r"anders (?:wordt|gaat|flipt|is|krijg|ontploft|slaat|straft)|of (?:hij|ze) wordt|otherwise|"
        r"or (?:he|she)",
        r"woest|razend|boos|kwaad|agressief|ontploft|flipt|door het lint|straf\w*|angry|mad|furious",
        r"locatie|telefoon|wachtwoord\w*|opnemen|bonnetje\w*|laten weten|melden|toestemming|"
        r"vrienden|kleren|kleding|aantrekken|location|phone|password",
        without=r"baas|chef|leidinggevende|manager|docent|leraar|coach|trainer|moeder|vader|klant",
    ),
    # no food as a punishment, kept in a room: "na een ruzie krijg ik van hem geen eten"
    sentence(
        r"geen (?:eten|voedsel|avondeten|drinken|food)|(?:mag|laat)(?: [a-z]+){0,2}? niet eten",
        r"van (?:hem|haar)|als straf|straft|na (?:een|de|elke) ruzie|(?:hij|ze|zij) (?:geeft|gaf)|punish",
        without=r"dieet|dokter|arts|operatie|ziekenhuis|nuchter|vasten|ramadan|allergie",
    ),
    r"\bik (?:mag|mocht) (?:het huis|de kamer|mijn kamer|de slaapkamer|de deur|het appartement|"
    r"de flat|de zolder|de kelder)(?: [a-z]+)? (?:niet|nooit) (?:meer )?uit\b(?!.*\bvan (?:mijn |"
    r"de )?(?:moeder|vader|ouders|dokter|arts|mama|papa)\b)",
)
