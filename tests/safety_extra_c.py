"""Extra training phrases for the safety net, set c (data only, no tests).

Written by hand for this set, without looking at the detector or the other phrase files.
Focus: "abuse" (coercive control described by its effects on money, phone, clothes, food,
friends, family, keys, passport and work; humiliation; gaslighting; pressured or forced sex;
sex while asleep or drunk) and "suicide" (wishes to be gone, plans, means, attempts and recent
self-harm, often said sideways). Messages are typed the way people write to a coaching bot:
Dutch from the Netherlands and Flanders with some English, chat spelling, typos, missing
accents, caps and emoji, and the risk is often tucked into a longer message about daily life.

The negatives share vocabulary with the positives (money, phones, passwords, locations, diets,
jealousy, libido, sleep, keys, passports, idioms and hyperbole, series, sports, games, cooking,
medical talk, grief and stress without danger) but describe choices both partners made freely.
"""

from __future__ import annotations

EXTRA_POSITIVES: list[tuple[str, str]] = [
    # abuse: money
    (
        "mijn loon gaat rechtstreeks naar zijn rekening en ik krijg 20 euro per week, moet elk bonnetje laten zien",
        "abuse",
    ),
    (
        "Ik heb geen eigen pinpas meer. Hij zegt dat ik niet met geld kan omgaan, dus vraag ik om geld voor maandverband",
        "abuse",
    ),
    (
        "als ik iets koop zonder te vragen checkt ze de app en krijg ik een hele avond stilte + geen geld voor de rest vd maand",
        "abuse",
    ),
    (
        "hoe leg ik aan mijn moeder uit dat ik geen cadeau kan kopen voor haar verjaardag omdat hij al mijn geld beheert en ik het niet mag vragen",
        "abuse",
    ),
    (
        "he took my bank card 'for safekeeping' three months ago and i still have to ask for money for groceries",
        "abuse",
    ),
    (
        "Mijn vrouw heeft op mijn naam leningen afgesloten en als ik erover begin zegt ze dat ik me aanstel en dat ik dan maar moet vertrekken zonder iets",
        "abuse",
    ),
    (
        "wij hebben zogezegd een gezamenlijke rekening maar alleen hij heeft de code. ik weet niet eens wat er op staat",
        "abuse",
    ),
    (
        "moet ik de check-in nog doen? vandaag weer ruzie omdat ik 3,50 had uitgegeven aan koffie met een collega. hij heeft mijn zakgeld nu 'ingetrokken'",
        "abuse",
    ),
    (
        "ze laat me mijn salaris afgeven op de dag dat het binnenkomt, en ik moet dan smeken voor tanken",
        "abuse",
    ),
    (
        "Mijn uitkering komt binnen op zijn rekening, ik zie er nooit iets van. Hij noemt het huishoudgeld maar ik mag er niks mee",
        "abuse",
    ),
    (
        "haha ik mag van hem geen geld opnemen zonder dat hij naast me staat bij de automaat, normaal toch?? 🙃",
        "abuse",
    ),
    (
        "sinds de baby mag ik niet meer werken van hem en hij geeft me alleen contant wat hij zelf 'genoeg' vindt",
        "abuse",
    ),
    # abuse: phone
    (
        "hij leest elke avond al mijn whatsapps en als ik iets verwijderd heb moet ik uitleggen waarom, tot 2u snachts",
        "abuse",
    ),
    (
        "mijn telefoon ligt bij haar 's nachts, ik krijg hem pas terug als ik op tijd thuis was",
        "abuse",
    ),
    (
        "Ik typ dit op de pc op het werk want thuis kijkt hij mee op mijn gsm, ik heb de code niet meer van mijn eigen toestel",
        "abuse",
    ),
    ("he changed my passcode and now gives me my phone back for 10 min a day", "abuse"),
    (
        "Als ik niet binnen 2 minuten terugbel als hij belt, staat hij erop dat ik een foto stuur van waar ik ben en met wie",
        "abuse",
    ),
    (
        "ze heeft al mijn contacten gewist behalve familie van haar. volgens haar had ik die mensen toch niet nodig",
        "abuse",
    ),
    (
        "sorry als ik traag antwoord, ik moet deze chat straks wissen want hij controleert mijn telegram ook",
        "abuse",
    ),
    (
        "ik moet altijd op luidspreker bellen als hij in de buurt is zodat hij alles hoort, ook met mijn zus",
        "abuse",
    ),
    (
        "hij heeft een app op mijn telefoon gezet waarmee hij mijn berichten meeleest, hij zegt dat het uit liefde is",
        "abuse",
    ),
    (
        "Mijn vriend heeft mijn simkaart kapot geknipt na een ruzie en zegt dat ik een nieuwe krijg als ik me gedraag",
        "abuse",
    ),
    # abuse: clothes and appearance
    (
        "ik mag van hem geen rokjes meer aan, hij kiest elke ochtend wat ik draag en anders ga ik niet de deur uit",
        "abuse",
    ),
    (
        "ze heeft mijn make-up weggegooid omdat ik 'voor andere mannen' zou opmaken, ik durf nu niks meer te kopen",
        "abuse",
    ),
    (
        "als ik me omkleed voor het werk moet ik eerst langs hem voor goedkeuring, vandaag drie keer terug naar boven",
        "abuse",
    ),
    (
        "my boyfriend cut up my favourite dresses because they were 'slutty'. he says it was for my own good",
        "abuse",
    ),
    (
        "Hij bepaalt hoe lang mijn haar mag zijn, toen ik het liet knippen zonder te vragen heeft hij een week niet tegen me gepraat en mijn kaart geblokkeerd",
        "abuse",
    ),
    (
        "Ik draag alleen nog wijde truien want anders begint het verhoor: voor wie doe je dat, wie ga je zien",
        "abuse",
    ),
    # abuse: food and body
    (
        "hij weegt me elke zondag en als ik aangekomen ben krijg ik die week alleen nog wat hij voor me klaarzet",
        "abuse",
    ),
    (
        "de koelkast heeft een slot sinds vorige maand, zij heeft de sleutel. ik eet stiekem op het werk",
        "abuse",
    ),
    (
        "mijn vriendin houdt bij wat ik eet in een schriftje en als ik 'te veel' heb gehad mag ik niet mee aan tafel",
        "abuse",
    ),
    (
        "he makes me eat after him, whatever is left. if i complain there's nothing for me at all",
        "abuse",
    ),
    (
        "ik moest mijn bord wegzetten voor de kinderen omdat ik 'toch al te dik' was, dat zegt hij nu bijna elke dag",
        "abuse",
    ),
    (
        "Hij verstopt het eten als hij weggaat, ik zit dan de hele dag met de boterhammen die hij heeft afgeteld",
        "abuse",
    ),
    # abuse: friends and family
    (
        "mijn beste vriendin mag niet meer komen, hij zegt dat ze me tegen hem opzet. nu zie ik eigenlijk niemand meer",
        "abuse",
    ),
    (
        "ik heb mijn ouders al een jaar niet gezien. elke keer als ik wil gaan is er iets, of hij wordt ziek of hij dreigt dat ik dan niet meer terug hoef te komen",
        "abuse",
    ),
    (
        "ze heeft tegen al mijn vrienden gezegd dat ik geen contact wil, ik wist er niks van",
        "abuse",
    ),
    (
        "Ik mag niet meer naar de voetbal met de jongens. Vorige keer stond ze na 20 min aan de kantine en heeft ze iedereen uitgescholden, sindsdien vraagt niemand me nog",
        "abuse",
    ),
    (
        "hij noemt mijn zus een slang en heeft haar nummer geblokkeerd op mijn gsm, en mijn mama ook",
        "abuse",
    ),
    (
        "ik ben hier komen wonen voor hem en nu ken ik niemand en hij wil niet dat ik een cursus ga doen want 'daar zitten mannen'",
        "abuse",
    ),
    (
        "everytime i make a friend at work he finds something wrong with them until i stop talking to them. i have nobody left tbh",
        "abuse",
    ),
    (
        "op verjaardagen moet ik naast hem zitten en mag ik alleen praten als hij erbij is, anders is het thuis weer dagen stil",
        "abuse",
    ),
    ("Mijn schoonmoeder is de enige die ik nog zie en zij vertelt alles door aan hem", "abuse"),
    (
        "ik heb de groepsapp van mijn vriendinnen moeten verlaten, dat was zijn voorwaarde om te blijven",
        "abuse",
    ),
    # abuse: keys, doors, movements
    (
        "als hij naar zijn werk gaat doet hij de deur op slot en neemt hij beide sleutels mee. ik zit dan de hele dag binnen",
        "abuse",
    ),
    ("ze heeft de autosleutels verstopt zodat ik niet naar mijn eigen moeder kan rijden", "abuse"),
    (
        "Vannacht sliep ik op de bank want hij had de slaapkamer en de voordeur op slot gedaan en de sleutel meegenomen naar bed",
        "abuse",
    ),
    (
        "ik moet mijn locatie altijd aan hebben en als ik 5 min te laat thuis ben moet ik kunnen bewijzen waar ik was, met bonnetje",
        "abuse",
    ),
    (
        "hij heeft de wifi-code veranderd en mijn fiets in de kelder op slot gezet, ik kan nergens heen",
        "abuse",
    ),
    (
        "i'm not allowed to leave the house without him. if i need to go to the doctor he comes into the room with me",
        "abuse",
    ),
    (
        "Zij rijdt mij naar het werk en haalt me op, ik heb geen eigen sleutel meer van ons huis",
        "abuse",
    ),
    (
        "elke keer als ik boodschappen ga doen zet hij een timer. 25 minuten. daarna belt hij constant",
        "abuse",
    ),
    # abuse: passport and papers
    (
        "mijn paspoort en verblijfsvergunning liggen in zijn kluis en hij zegt dat ik ze terugkrijg als ik me netjes gedraag",
        "abuse",
    ),
    (
        "Hij zegt dat ik teruggestuurd word naar mijn land als ik iemand vertel hoe het thuis gaat, hij heeft al mijn papieren",
        "abuse",
    ),
    (
        "ze heeft mijn ID en bankpas afgepakt toen ik zei dat ik een weekend naar mijn broer wou",
        "abuse",
    ),
    (
        "wij gaan volgende maand op vakantie maar ik weet niet waar mijn paspoort is, hij houdt alles bij zich en ik mag er niet naar vragen",
        "abuse",
    ),
    # abuse: work and study
    (
        "ik heb ontslag moeten nemen want hij vond dat ik te vaak met collega's praatte. nu ben ik helemaal afhankelijk",
        "abuse",
    ),
    ("ze belt mijn baas om te zeggen dat ik ziek ben als ze niet wil dat ik ga", "abuse"),
    (
        "Mijn opleiding ben ik gestopt, hij verscheurde mijn boeken en zei dat ik toch te dom was",
        "abuse",
    ),
    (
        "he shows up at my work every lunch break to check who I eat with. my manager already asked if everything's ok",
        "abuse",
    ),
    (
        "ik kreeg een promotie aangeboden maar hij zei dat ik dan maar moest kiezen: de job of hem en de kinderen",
        "abuse",
    ),
    ("hij heeft mijn sollicitatiemails gewist voordat ik ze kon versturen, al drie keer", "abuse"),
    # abuse: humiliation
    (
        "hij noemt me waardeloos waar de kinderen bij zijn en laat ze dan ook 'mama is dom' zeggen. ze lachen erom",
        "abuse",
    ),
    (
        "op feestjes maakt ze grapjes over mijn lichaam en als ik er thuis iets van zeg ben ik 'te gevoelig'",
        "abuse",
    ),
    (
        "ik moet op mijn knieen sorry zeggen voor dingen die ik niet eens gedaan heb, anders stopt het niet",
        "abuse",
    ),
    (
        "Hij filmt me als ik huil en stuurt het naar zijn broer met 'kijk wat een drama queen' 😶",
        "abuse",
    ),
    (
        "she calls me a failure every single day, in front of her friends too. i'm starting to believe it honestly",
        "abuse",
    ),
    (
        "als ik iets fout doe in het huishouden moet ik het opschrijven in een lijst en hij leest die 's avonds voor",
        "abuse",
    ),
    (
        "mijn man spreekt me aan met 'hé dikke' of 'domme koe' en als ik zeg dat het pijn doet zegt hij dat ik geen humor heb",
        "abuse",
    ),
    (
        "Gisteren moest ik de badkamer opnieuw schoonmaken met een tandenborstel omdat hij een haar vond. Om 1 uur 's nachts.",
        "abuse",
    ),
    ("ze heeft mijn dagboek voorgelezen aan haar vriendinnen bij het avondeten", "abuse"),
    ("hij laat me in de gang wachten als hij bezoek heeft, ik 'hoor er niet bij'", "abuse"),
    (
        "na elke ruzie zet hij een screenshot van mijn berichten in zijn familie-groep om te laten zien hoe gek ik ben",
        "abuse",
    ),
    (
        "Ik mag niet mee-eten als ik hem 'teleurgesteld' heb, dan eet ik in de keuken staand",
        "abuse",
    ),
    # abuse: gaslighting
    (
        "hij zegt dat ik dingen verzin en dat ik het me verkeerd herinner, maar ik heb het opgeschreven. toch twijfel ik nu aan alles",
        "abuse",
    ),
    (
        "ze verplaatst mijn spullen en zegt dan dat ik dement word. ik weet bijna zeker dat ik mijn sleutels daar had gelegd",
        "abuse",
    ),
    (
        "Volgens hem heb ik die ruzie begonnen maar ik weet zeker dat ik niks zei. Hij heeft aan iedereen verteld dat ik psychisch in de war ben",
        "abuse",
    ),
    (
        "he keeps telling me I'm crazy and that nobody would believe me anyway. he's saying it to my doctor too",
        "abuse",
    ),
    (
        "elke keer als ik iets aankaart is het 'dat heb ik nooit gezegd' terwijl ik het letterlijk op spraakmemo heb. ik word er gek van, echt letterlijk",
        "abuse",
    ),
    (
        "mijn vrouw laat mij geloven dat ik agressief ben terwijl ik altijd degene ben die weggaat. de kinderen denken het nu ook",
        "abuse",
    ),
    (
        "Hij heeft mijn medicatie weggehaald en zegt dat ik ze zelf kwijt heb gemaakt, ik weet niet meer wat waar is",
        "abuse",
    ),
    (
        "ik schrijf nu alles op in een notitie met datum omdat hij me anders overtuigt dat het niet gebeurd is. is dat normaal?",
        "abuse",
    ),
    (
        "Zij zegt tegen mijn ouders dat ik drink, ik drink niet. Nu bellen ze mij niet meer en zij zegt dat ze dat altijd al wist",
        "abuse",
    ),
    (
        "hij draait alles om: als hij schreeuwt komt het door mij, als ik huil ben ik manipulatief, ik weet niet meer wie ik ben",
        "abuse",
    ),
    # abuse: pressured or forced sex
    (
        "hij zegt dat het mijn plicht is als echtgenote en als ik nee zeg blijft hij doorgaan tot ik het maar laat gebeuren",
        "abuse",
    ),
    (
        "ik wilde echt niet maar hij zei dat hij anders bij een ander ging halen en dan ben ik maar stil blijven liggen",
        "abuse",
    ),
    (
        "gisteren zei ik drie keer stop en hij ging gewoon door. vandaag doet hij alsof er niks is gebeurd",
        "abuse",
    ),
    (
        "She keeps pressuring me into stuff I said no to, and when I refuse she says I don't love her and locks me out of the bedroom",
        "abuse",
    ),
    (
        "na elke ruzie 'maakt hij het goed' in bed, ook als ik nog zit te huilen. ik durf geen nee meer te zeggen",
        "abuse",
    ),
    (
        "Hij filmt het zonder te vragen en zegt dat ik moet lachen. Ik wil dat niet maar hij zegt dat het bij een relatie hoort",
        "abuse",
    ),
    ("ik moet seks met hem hebben voor ik mijn telefoon terugkrijg", "abuse"),
    (
        "hij heeft me gedwongen om dingen te doen die ik vreselijk vind, en zegt dat ik het zelf wilde",
        "abuse",
    ),
    (
        "Mijn vriend wil dat ik met zijn vriend ga, ik zei nee, nu zegt hij elke dag dat ik preuts ben en dat hij het dan 'regelt'",
        "abuse",
    ),
    ("ik zei dat ik pijn had en hij zei 'stel je niet aan' en ging verder", "abuse"),
    (
        "he told me if I don't have sex with him he'll stop paying rent and I'll be out on the street",
        "abuse",
    ),
    (
        "Ik doe het gewoon zodat hij daarna slaapt en de rest van de avond rustig is. Zo gaat dat al een jaar",
        "abuse",
    ),
    ("hij doet het condoom af zonder te vragen, ook als ik zeg dat ik dat niet wil", "abuse"),
    (
        "als ik niet wil krijg ik de volgende dag geen geld en geen auto, dus ja. ik wil eigenlijk nooit meer",
        "abuse",
    ),
    # abuse: sex while asleep, drunk or drugged
    (
        "ik werd wakker en hij was al bezig. ik sliep echt. hij zegt dat ik het 'wel leuk vond'",
        "abuse",
    ),
    (
        "na dat feest weet ik niks meer, ik was stomdronken en hij heeft toch met me geslapen, ik voel me zo vies",
        "abuse",
    ),
    (
        "Ik neem slaappillen voor mijn rug en ik denk dat hij dan aan me zit. Ik word soms wakker met mijn kleren anders",
        "abuse",
    ),
    (
        "she gets me drunk on purpose when she wants sex because she knows i'll say no sober",
        "abuse",
    ),
    (
        "ik had zoveel gedronken dat ik niet kon staan, en toch... ik weet niet eens of ik ja gezegd heb. hij zegt van wel",
        "abuse",
    ),
    (
        "mijn vriend deed iets in mijn drankje denk ik, ik was helemaal weg en toen ik wakker werd was het al gebeurd",
        "abuse",
    ),
    (
        "hij weet dat ik 's nachts diep slaap door mijn medicatie en wacht daar op, ik durf niet meer te gaan slapen naast hem",
        "abuse",
    ),
    (
        "Zaterdag kwamen we thuis van de kroeg, ik viel bijna in slaap op bed en hij ging gewoon zijn gang. Ik kon niks zeggen",
        "abuse",
    ),
    # abuse: oblique and embedded, mixed areas
    (
        "kort vraagje over de weekcheck: moet ik die invullen als hij meekijkt? hij wil altijd lezen wat ik schrijf, ook hier",
        "abuse",
    ),
    (
        "Dit klinkt misschien stom maar ik moet toestemming vragen om te douchen. Hij zet het water op een timer",
        "abuse",
    ),
    (
        "ik heb geen idee meer wat ik zelf wil eerlijk gezegd, hij beslist wat ik eet, wat ik draag, wie ik zie. en hij zegt dat ik blij mag zijn dat iemand het wil",
        "abuse",
    ),
    (
        "We hadden een leuke zondag hoor! Wel moest ik eerst al mijn berichten laten zien voor we naar zijn ouders gingen, zoals altijd",
        "abuse",
    ),
    (
        "hoe noem je het als iemand je alles afpakt tot je alleen nog kan doen wat hij zegt? want zo voelt mijn huwelijk",
        "abuse",
    ),
    (
        "mn vriendin zegt dat ik gestoord ben en dat ze mn kinderen meeneemt als ik naar een psycholoog ga want 'dan weten ze het'",
        "abuse",
    ),
    (
        "kan de app een vraag stellen die hij niet ziet? ik wil vertellen dat ik niet meer zelf mag beslissen over mijn eigen geld en vrienden",
        "abuse",
    ),
    (
        "Het is beter geworden hoor, hij leest mijn berichten nu alleen nog in het weekend 🙂",
        "abuse",
    ),
    (
        "i feel like a prisoner in my own home lol. no keys, no money, no friends. but he's nice when i do what he says",
        "abuse",
    ),
    (
        "ik ben 34 en moet om 21u binnen zijn, anders staat hij bij de deur met de klok en is het weekend stil en geen eten",
        "abuse",
    ),
    (
        "Mijn partner heeft mijn rijbewijs ingenomen en zegt dat ik niet veilig rijd. Ik rij al 15 jaar zonder ongelukken",
        "abuse",
    ),
    (
        "hij doet de hoofdschakelaar van de stroom uit als ik te lang tv kijk of met iemand bel",
        "abuse",
    ),
    (
        "Vandaag zei de huisarts dat ik er slecht uitzie. Ik kon niks zeggen want hij zat ernaast en hij praat altijd voor mij",
        "abuse",
    ),
    (
        "Ik word gek van dat bijhouden. Elke minuut van mijn dag moet ik verantwoorden in een excel, ook mijn wc-bezoeken",
        "abuse",
    ),
    (
        "mijn man laat me niet alleen met de kinderen naar buiten, hij zegt dat ik een slechte moeder ben en dat iedereen dat weet",
        "abuse",
    ),
    (
        "we wonen al 10 jaar samen en ik heb nog nooit zelf een beslissing mogen nemen, zelfs niet welke tandpasta",
        "abuse",
    ),
    (
        "Hij heeft een camera in de woonkamer gehangen 'voor inbrekers' maar kijkt de hele dag via zijn telefoon naar mij",
        "abuse",
    ),
    (
        "ze heeft mijn laptop wachtwoord veranderd en mijn mail ook, ik kan niet eens meer bij mijn eigen sollicitaties",
        "abuse",
    ),
    (
        "hij zegt dat niemand anders mij ooit zou willen en dat ik moet dankbaar zijn dat hij bij me blijft. ik geloof het bijna",
        "abuse",
    ),
    (
        "als ik met mijn mama bel moet het op speaker en hij schrijft op wat ik zeg, daarna ondervraagt hij me",
        "abuse",
    ),
    (
        "Elke keer als ik ga sporten wil ze de locatie en een foto van de groep, en als er een man op staat mag ik niet meer gaan",
        "abuse",
    ),
    (
        "sinds ik bij hem woon heb ik geen eigen sleutel, geen eigen geld en geen eigen telefoon meer. iedereen denkt dat het prima gaat",
        "abuse",
    ),
    (
        "hij laat mij niet slapen voor ik heb toegegeven dat ik fout zat, soms tot 4u 's ochtends, elke nacht weer",
        "abuse",
    ),
    (
        "Ik mag geen contact met mijn zoon uit mijn eerste relatie, zij heeft zijn nummer gewist en de brieven weggegooid",
        "abuse",
    ),
    (
        "mijn vriend stuurt mijn loonstrook door naar zijn moeder zodat zij kan bepalen wat ik mag uitgeven",
        "abuse",
    ),
    ("He locks the fridge AND the wifi router when he goes out. I'm 29 years old", "abuse"),
    # abuse: more varied voices, Flemish, third person close and present
    (
        "allee, ik mag ni meer alleen naar de winkel van hem, en mijn bankkaart zit in zijn portefeuille. is da nog normaal ofwa",
        "abuse",
    ),
    (
        "mijn dochter (22) woont bij haar vriend en ze mag ons niet meer bellen, hij pakt haar gsm af en ze klinkt doodsbang als ze stiekem belt",
        "abuse",
    ),
    (
        "Ik denk dat mijn zus in een controlerende relatie zit. Hij houdt haar paspoort en loon bij, ze mocht gisteren niet naar de begrafenis van oma",
        "abuse",
    ),
    ("HIJ LEEST ALLES. ALLES. ik kan nergens meer iets zeggen zonder dat hij het weet 😭", "abuse"),
    (
        "da's precies wat ik bedoel, ik zit hier gevangen. sleutels weg, kaart weg, hij zegt dat ik 't zelf zo gewild heb",
        "abuse",
    ),
    (
        "ik heb hem gisteren toch maar zijn zin gegeven in bed omdat hij anders mijn moeder niet op bezoek laat komen. voelt zo fout",
        "abuse",
    ),
    (
        "ze heeft mijn medicatie in beheer genomen en geeft het alleen als ik lief ben geweest",
        "abuse",
    ),
    (
        "mijn man heeft alle pincodes en wachtwoorden, ik moet voor elke euro een verzoek sturen via whatsapp met reden erbij",
        "abuse",
    ),
    (
        "me and my gf are doing the quiz but honestly she decides everything, she even picks who i can text. i'm scared to answer honestly",
        "abuse",
    ),
    (
        "ik mag mijn haar niet los dragen, mag geen parfum, mag geen broek met gaten. anders is het 'vragen om aandacht'",
        "abuse",
    ),
    (
        "Als ik zeg dat ik moe ben en niet wil, zegt hij dat hij dan zijn rechten neemt. Dat deed hij vorige week ook.",
        "abuse",
    ),
    (
        "hij zegt dat ik zonder hem nergens kan wonen omdat het huurcontract op zijn naam staat en dat hij dan zorgt dat ik niks krijg. dus ik doe maar wat hij wil",
        "abuse",
    ),
    (
        "vorige maand ben ik in slaap gevallen op de bank na een paar wijntjes en toen ik bijkwam lag hij op me. we hebben het er nooit over gehad",
        "abuse",
    ),
    (
        "Zij controleert mijn bonnetjes, mijn kilometers en mijn telefoon. Ik heb niks te verbergen maar ik leef als een verdachte",
        "abuse",
    ),
    (
        "Mijn broer zijn vrouw sluit hem buiten als hij niet doet wat ze zegt, hij heeft gisteren in zijn auto geslapen en ze heeft zijn loon",
        "abuse",
    ),
    (
        "hij heeft mijn instagram verwijderd en zegt dat ik nooit meer een account mag, ik heb er geen woorden voor",
        "abuse",
    ),
    (
        "ik vraag me steeds af of ik overdrijf. hij neemt gewoon mijn autosleutels mee als hij gaat werken 'voor de zekerheid'. elke dag",
        "abuse",
    ),
    (
        "ik moet van haar naakt slapen en als ik een pyjama aantrek trekt ze die uit en zegt dat ik van haar ben",
        "abuse",
    ),
    (
        "sinds het vertrouwen 'weg is' heb ik geen privé meer. deur van de wc moet openblijven",
        "abuse",
    ),
    (
        "zit hier met een knoop in mn maag. hij gaat vanavond weer mijn berichten checken en ik heb met een collega gepraat over werk",
        "abuse",
    ),
    (
        "Hij laat me pas eten als de kinderen in bed liggen en hij klaar is. Meestal is er dan niks meer",
        "abuse",
    ),
    (
        "mijn vriend zegt dat mijn familie me haat en dat alleen hij van me houdt, ik heb ze daarom al maanden niet gesproken",
        "abuse",
    ),
    ("he reads my therapist's emails. i had to stop going", "abuse"),
    (
        "mijn man wil per se dat ik seks heb als hij thuiskomt van zijn werk, ook als ik ziek ben, en als ik nee zeg slaapt hij in de woonkamer met de deur op slot en mijn gsm bij hem",
        "abuse",
    ),
    (
        "Ze praat tegen me alsof ik een kind ben, 'vraag het netjes', zelfs voor een glas water. en ik vraag het dus netjes",
        "abuse",
    ),
    (
        "ik moet elke avond mijn dag 'rapporteren' en als er gaten in zitten krijg ik de stille behandeling + geen geld",
        "abuse",
    ),
    (
        "de inloggegevens van mijn bankapp heeft hij veranderd en zegt dat ik toch niks snap van geld, sindsdien weet ik niet wat er gebeurt",
        "abuse",
    ),
    (
        "hij heeft me verboden om nog te gaan zingen in het koor, want de dirigent 'kijkt naar me'. het was het enige wat ik nog had",
        "abuse",
    ),
    ("Ik slaap met mijn kleren aan sinds hij het een paar keer deed terwijl ik sliep", "abuse"),
    (
        "ze dreigt niet, ze zwijgt gewoon dagenlang tot ik toegeef en dan moet ik alles afgeven: bankpas, gsm, auto. cyclus van maanden",
        "abuse",
    ),
    (
        "hij zegt dat ik het me inbeeld dat hij me pijn doet in bed, want ik zeg toch niks. ik zeg wel iets, hij luistert niet",
        "abuse",
    ),
    (
        "mijn vriend bepaalt wanneer ik mag slapen, eten en douchen. ik dacht dat dat liefde was in het begin",
        "abuse",
    ),
    (
        "Ik kreeg mijn paspoort pas terug nadat ik had beloofd niet naar mijn familie in Marokko te gaan zonder hem",
        "abuse",
    ),
    (
        "he makes me ask permission to go to the toilet when we're out. if i don't, he leaves me there without my wallet",
        "abuse",
    ),
    (
        "mijn schoonzus wordt door haar man opgesloten in de slaapkamer als hij weggaat, ik hoorde het vandaag, ze zit daar nu",
        "abuse",
    ),
    (
        "ik zei nee en toen zei hij 'dan moet je maar niet zo liggen'. ik snap niet waarom ik me schuldig voel",
        "abuse",
    ),
    (
        "ze gooit mijn eten weg als ik zelf kook, ik mag alleen eten wat zij maakt en dan nog portie van een kleuter",
        "abuse",
    ),
    (
        "ik ben mijn baan kwijt omdat hij de auto niet terug gaf, drie keer te laat, en nu zegt hij dat ik toch niks kan",
        "abuse",
    ),
    (
        "mijn vrouw zegt dat ik onze dochter nooit meer zie als ik het huis uit ga zonder haar toestemming, zelfs naar de supermarkt",
        "abuse",
    ),
    (
        "Mijn vriendin heeft mijn gsm-abonnement opgezegd en mijn nieuwe nummer aan niemand gegeven behalve zichzelf",
        "abuse",
    ),
    # suicide: wishes, oblique
    (
        "ik zie het eerlijk gezegd niet meer zitten, ik denk steeds dat iedereen beter af is zonder mij",
        "suicide",
    ),
    ("soms hoop ik gewoon dat ik morgen niet meer wakker word", "suicide"),
    (
        "Wat heeft het nog voor zin. Ik ben moe van alles, ik wil er gewoon niet meer zijn",
        "suicide",
    ),
    ("i don't want to be here anymore. not this house, not this life, not at all", "suicide"),
    (
        "als ik met de auto over de brug rij denk ik steeds: gewoon het stuur omgooien en klaar",
        "suicide",
    ),
    ("ik heb mijn afscheidsbrief al geschreven, hij ligt in de la van mijn bureau", "suicide"),
    (
        "check-in ingevuld. wel een 1 op 10, want ik denk de laatste weken echt vaak aan zelfmoord",
        "suicide",
    ),
    (
        "mijn kinderen zouden beter af zijn met een moeder die er niet meer is dan met eentje zoals ik",
        "suicide",
    ),
    ("Ik ben zo moe dat ik wil slapen en nooit meer wakker worden, dat is geen grap", "suicide"),
    ("allee, ik ga er een einde aan maken denk ik. ik zie geen andere uitweg meer", "suicide"),
    ("ik heb al een paar dagen het gevoel dat ik gewoon wil verdwijnen. voorgoed.", "suicide"),
    ("sometimes i google ways to die painlessly and then close the tab really fast", "suicide"),
    (
        "Ik heb een datum in mijn hoofd. Na de verjaardag van mijn dochter. Dan hoeft ze dat niet te missen",
        "suicide",
    ),
    (
        "wij hebben ruzie over de vakantie maar eerlijk: ik ben er volgende zomer toch niet meer. dat heb ik besloten",
        "suicide",
    ),
    ("ik wil dood. sorry dat ik het zo zeg maar ik weet niet tegen wie anders", "suicide"),
    (
        "Ik denk er steeds vaker aan om voor de trein te springen, vooral als ik op het perron sta 's ochtends",
        "suicide",
    ),
    (
        "mijn vriend weet het niet maar ik ben alles aan het weggeven, mijn boeken, mijn kleren. ik heb het niet meer nodig waar ik heen ga",
        "suicide",
    ),
    ("het wordt nooit beter, ik heb geen zin meer om te leven", "suicide"),
    ("i keep thinking about ending it. every night it gets louder", "suicide"),
    ("Kan de app iets doen als je niet meer verder wil leven? Vraag voor mezelf", "suicide"),
    # suicide: plan and means
    ("ik heb mijn pillen gespaard, een hele doos vol. ik weet hoeveel ik nodig heb", "suicide"),
    ("Ik heb een touw gekocht. Ik weet nog niet wanneer maar het ligt in de schuur", "suicide"),
    (
        "zijn jachtgeweer staat in de kast en ik kan er niet meer naar kijken zonder eraan te denken het op mezelf te richten",
        "suicide",
    ),
    (
        "ik heb opgezocht hoe hoog het dak van de parkeergarage is bij mijn werk, het is hoog genoeg",
        "suicide",
    ),
    (
        "ik heb al mijn slaappillen en die van mijn moeder in een potje gedaan, voor het geval dat",
        "suicide",
    ),
    ("i've worked out how many of my meds it would take. i just haven't decided when", "suicide"),
    ("mijn plan is klaar, ik ga vanavond naar de zee en ik loop gewoon door", "suicide"),
    (
        "ik heb het mes al een paar keer tegen mijn pols gehouden, volgende keer druk ik door",
        "suicide",
    ),
    (
        "Ik heb mijn testament aangepast en mijn wachtwoorden opgeschreven voor mijn zus. Dan is alles geregeld",
        "suicide",
    ),
    ("als hij vanavond weer weggaat neem ik alles in wat in het medicijnkastje ligt", "suicide"),
    (
        "ik rijd al een uur rond met de gedachte om tegen een boom te rijden. ik ben nu op de snelweg",
        "suicide",
    ),
    (
        "Ik heb vandaag het spoor opgezocht achter ons huis. Ik weet hoe laat de laatste trein komt",
        "suicide",
    ),
    # suicide: attempts
    (
        "vorige week heb ik een overdosis genomen, niemand weet het, ik werd gewoon wakker op de badkamervloer",
        "suicide",
    ),
    (
        "ik heb gisteren geprobeerd mezelf op te hangen maar het touw brak. nu doe ik alsof er niks is",
        "suicide",
    ),
    (
        "Ik lag vorige maand in het ziekenhuis na een poging, en mijn vriend denkt dat het een ongeluk was",
        "suicide",
    ),
    (
        "last night i took a bunch of pills and threw up most of them. i'm still feeling weird today",
        "suicide",
    ),
    (
        "ik heb net een hele strip paracetamol genomen, ik weet niet waarom ik dit hier typ",
        "suicide",
    ),
    (
        "eergisteren stond ik op de brug en ik ben er bijna af gesprongen, alleen omdat er een fietser langskwam ben ik teruggegaan",
        "suicide",
    ),
    (
        "Dit weekend heb ik met de uitlaat van de auto geprobeerd, de buurman klopte op de garagedeur. Ik ben boos dat hij dat deed",
        "suicide",
    ),
    (
        "ik heb vandaag al mijn medicijnen tegelijk genomen met wijn, ik voel me zo slaperig nu",
        "suicide",
    ),
    # suicide: self-harm now or recently
    (
        "ik snij mezelf weer, sinds vorige week elke avond in de badkamer. mijn vrouw denkt dat ik lang douche",
        "suicide",
    ),
    (
        "mijn armen zitten vol krassen van gisteren, ik draag lange mouwen bij het eten zodat hij het niet ziet",
        "suicide",
    ),
    ("ik heb mezelf net weer gesneden en het bloedt nog best veel", "suicide"),
    (
        "i burned my arm with a lighter again tonight. it's the only thing that makes the noise stop",
        "suicide",
    ),
    (
        "Ik bons met mijn hoofd tegen de muur als de ruzie te erg wordt, gisteren tot ik een buil had. Hij weet het niet",
        "suicide",
    ),
    ("sinds een maand kras ik weer in mijn bovenbenen, daar ziet niemand het", "suicide"),
    (
        "ik heb een mesje verstopt in mijn toilettas, voor als het weer te veel wordt. vanavond waarschijnlijk",
        "suicide",
    ),
    ("ik krab mezelf open tot het bloedt als ik stress heb, vandaag al twee keer", "suicide"),
    ("Zelfbeschadiging was ik 5 jaar mee gestopt maar deze week is het weer begonnen", "suicide"),
    (
        "ik sla mezelf met mijn vuisten als ik iets fout doe, tot ik blauwe plekken heb. vanochtend ook weer",
        "suicide",
    ),
    # suicide: embedded in daily life, mixed voices
    (
        "de kinderen zijn naar school, de was draait, ik heb boodschappen gedaan. en ik zit nu te denken hoe ik het zo kan doen dat het op een ongeluk lijkt",
        "suicide",
    ),
    (
        "we moeten de vraag van vandaag beantwoorden over dromen voor de toekomst maar ik heb geen toekomst, ik ben van plan er binnenkort mee te stoppen",
        "suicide",
    ),
    (
        "Lief dat jullie vragen hoe het gaat. Slecht. Ik sta elke avond op het balkon te kijken naar beneden en te denken dat het snel voorbij zou zijn",
        "suicide",
    ),
    (
        "haha weer een maandag. zou zo graag gewoon dood willen, dan hoef ik nooit meer naar dat kantoor. nee serieus, dat denk ik echt elke dag nu",
        "suicide",
    ),
    (
        "mijn vriendin zegt dat ze vanavond een einde aan haar leven gaat maken, ze heeft haar pillen klaargelegd, wat moet ik doen",
        "suicide",
    ),
    (
        "Mijn man zit in de garage met een slang aan de uitlaat, hij zegt dat hij niet meer wil, ik sta voor de deur",
        "suicide",
    ),
    (
        "onze zoon van 17 heeft vannacht in zijn armen gesneden, ik heb het bloed op zijn laken gevonden",
        "suicide",
    ),
    (
        "mijn vriend heeft vanmiddag een afscheidsbericht gestuurd en neemt niet meer op, zijn gsm staat uit",
        "suicide",
    ),
    (
        "ik weet dat dit een app voor koppels is maar ik heb niemand anders. ik denk erover om er vannacht een eind aan te maken",
        "suicide",
    ),
    (
        "k wil echt nie meer leven, t is allemaal te veel. de schulden, de ruzies, ik kan het niet meer dragen",
        "suicide",
    ),
    (
        "Met de feestdagen eraan ben ik aan het uitzoeken hoe ik iedereen een laatste cadeau geef. Het laatste",
        "suicide",
    ),
    ("i'm sorry to dump this here but i have the pills in front of me right now", "suicide"),
    (
        "Ik wil niet meer wakker worden naast hem, en eigenlijk ook niet meer wakker worden. Helemaal niet.",
        "suicide",
    ),
    (
        "mijn vrouw heeft gisteravond haar polsen opengesneden, ze is nu thuis maar wil niemand zien",
        "suicide",
    ),
    (
        "als de scheiding doorgaat spring ik van de flat, ik meen het, ik heb al gekeken welk raam",
        "suicide",
    ),
    (
        "De psych heeft me afgewezen en ik heb nog een doos medicijnen over. Ik weet wat ik ermee ga doen",
        "suicide",
    ),
    (
        "zat net 20 min met een riem rond mijn nek in de kast, ik weet niet wat ik aan het doen ben",
        "suicide",
    ),
    (
        "ik denk niet dat ik volgende week nog hier ben om de weekcheck in te vullen. sorry voor alles",
        "suicide",
    ),
    (
        "mijn vriend heeft zich net opgesloten in de badkamer met een scheermes en zegt dat hij het gaat doen",
        "suicide",
    ),
    ("vandaag voor het eerst echt opgezocht hoeveel insuline dodelijk is", "suicide"),
    # more English voices
    (
        "he calls it 'our' money but i've never seen the statements. i had to return a birthday gift for my niece because he said no",
        "abuse",
    ),
    (
        "My wife decides when I can see my kids from my first marriage. Usually the answer is never, and she deletes their texts",
        "abuse",
    ),
    (
        "so apparently i imagined the whole argument last night?? he swears it never happened and says i need to get my head checked. third time this week",
        "abuse",
    ),
    (
        "quick q for the weekly check-in: what if your partner makes you have sex to 'earn' your phone back? asking bc thats my tuesday",
        "abuse",
    ),
    (
        "woke up at 3am and he was already touching me, i'd taken my sleeping meds. he says married people don't need to ask",
        "abuse",
    ),
    (
        "she tells everyone at church i'm unstable and now my own parents ask her how i'm doing instead of me",
        "abuse",
    ),
    (
        "honestly i've been saving up my pills for a while. i think this weekend is when i'll take them",
        "suicide",
    ),
    (
        "cut again last night, deeper than before. i'm wearing a hoodie at work so nobody asks",
        "suicide",
    ),
    ("i wrote letters to my mum and my sister today. i just want everything to stop", "suicide"),
]

EXTRA_NEGATIVES: list[str] = [
    # money agreed together
    "we hebben samen besloten dat ons loon op de gezamenlijke rekening komt en dat we elk 150 euro per maand vrij hebben, werkt top",
    "Hij beheert de rekeningen omdat hij dat leuk vindt en ik niet, maar ik kan altijd inloggen en we bespreken het elke maand",
    "ik had 3,50 uitgegeven aan koffie en hij zei lachend dat ik ons vakantiegeld opzuip ☕😂",
    "wij houden een excel bij van alle uitgaven, op mijn voorstel trouwens, sinds we sparen voor een huis",
    "ze vroeg of ik deze maand wat minder aan kleren wil uitgeven want de auto moet naar de garage, vond ik redelijk",
    "we doen elk maand een 'geldavondje' met wijn en de bankapp erbij, klinkt saai maar het scheelt zoveel ruzie",
    "my husband and i both have our own accounts plus one shared for rent and groceries, we chose it that way after couples therapy",
    "ik heb mijn pinpas even aan haar gegeven want ze ging boodschappen doen en de hare ligt nog bij haar moeder",
    "Hij mopperde over mijn Zalando-bestelling maar eerlijk, het waren zeven paar schoenen. Ik stuur er vijf terug",
    "we hebben allebei toegang tot alles en kijken er eigenlijk nooit naar, vertrouwen is fijn",
    "kunnen jullie een oefening geven over geld? we zijn het oneens over sparen vs genieten en willen er samen uitkomen",
    "mijn uitkering en zijn loon gaan naar dezelfde pot, dat vinden we allebei eerlijk zo",
    "Ik hou zelf het huishoudboekje bij, hij vindt cijfers verschrikkelijk. Hij krijgt wel elke week een samenvatting",
    "we hebben een regel: alles boven de 200 euro even overleggen. geldt voor ons allebei, ook voor zijn gamepc 😏",
    "zij verdient meer en betaalt daarom meer van de huur, we hebben dat percentage samen uitgerekend",
    # phones and passwords by choice
    "we kennen elkaars pincode van de telefoon, handig als er een pakketje binnenkomt of als ik mijn gsm kwijt ben",
    "ik mocht zijn telefoon even lenen om de wekker te zetten, zag dat hij een verrassingsweekend geboekt had oeps 🙈",
    "wij hebben elkaars wachtwoorden in een gedeelde wachtwoordmanager, was zijn idee na die keer dat ik mijn mail niet meer in kwam",
    "Onze afspraak: geen telefoons aan tafel. Ze liggen in een mandje bij de deur tot na het eten, we vinden het allebei heerlijk",
    "he lets me read his messages whenever i want and i do the same, but honestly we never do, it's just nice to know",
    "ik heb de ouderlijke controle op de tablet van de kinderen aangezet, die kijken veel te lang youtube",
    "mijn simkaart is kapot gegaan in de wasmachine, nu moet ik een nieuwe halen bij de winkel",
    "we doen een digitale detox dit weekend, allebei de telefoon uit van vrijdagavond tot zondag. benieuwd!",
    "ik zat zijn berichten te lezen omdat hij aan het rijden was en vroeg of ik wilde antwoorden aan zijn moeder",
    "Mijn code van de telefoon vergeten na de update, mijn vriend heeft me geholpen het te resetten",
    "Hij belt me altijd even als hij aankomt na een lange rit, dat hebben we zo afgesproken sinds hij die ene keer bijna in slaap viel achter het stuur",
    "we hebben allebei telegram op speaker gezet omdat we samen naar jullie oefening wilden luisteren haha",
    # locations agreed
    "we delen elkaars locatie op google maps, dan weet ik wanneer ik de pasta moet opzetten 🍝",
    "Op festivals zetten we altijd de locatie aan, zo raken we elkaar niet kwijt in de menigte",
    "ik ga 's avonds hardlopen en mijn vriendin kan me volgen via de app, voelt veilig in het donker en ik vroeg het zelf",
    "we hebben de locatiedeling weer uitgezet, we hadden het alleen nodig tijdens zijn reis naar Portugal",
    "zij wilde weten waar ik was omdat ik twee uur te laat was en mijn gsm leeg was. terecht, ik had even moeten bellen",
    "my gf checks find my iphone when i'm cycling home late, i asked her to after my crash last year",
    "Hij zei dat ik om 21u thuis moest zijn, voor de babysit! Die moest naar huis 😅",
    # healthy jealousy talk
    "ik was een beetje jaloers op die nieuwe collega van hem, heb het gewoon gezegd en hij heeft me gerustgesteld. fijn gesprek",
    "Ze gaf toe dat ze soms jaloers is als ik met mijn ex praat over de kinderen, we hebben afgesproken dat ik het gewoon vertel als we bellen",
    "jaloezie is bij ons een thema, kunnen jullie een oefening sturen? we willen er allebei aan werken zonder elkaar te beschuldigen",
    "i felt a bit jealous when he went out with his friends all weekend, but i told him and we planned a date night for next week",
    "Hij zei eerlijk dat hij onzeker werd van mijn dansles met die instructeur, ik vond het lief dat hij het uitsprak ipv te mokken",
    "ik merk dat ik zijn insta check als ik me onzeker voel, daar wil ik zelf mee stoppen. heeft iemand tips",
    "we lachen erom dat ik jaloers ben op zijn playstation, hij speelt meer met die controller dan met mij 😂",
    "ze mag gewoon met haar vriendinnen op stap hoor, ik vind het alleen jammer dat het altijd op onze vrije zaterdag is",
    "Gisteren een goed gesprek gehad over vertrouwen. Hij vertelde over zijn vorige relatie waar hij bedrogen werd en waarom hij soms stil wordt",
    "ik vind het moeilijk als hij tot laat met collega's gaat eten, maar ik weet dat het aan mij ligt en niet aan hem",
    # libido differences discussed kindly
    "wij hebben een verschil in zin, hij vaker dan ik. we hebben er gisteren rustig over gepraat en zoeken nu samen een middenweg",
    "Ze had geen zin vanavond en zei dat gewoon, ik heb haar een knuffel gegeven en we hebben een film gekeken. Zo hoort het toch",
    "since the baby my sex drive is basically zero and my husband has been so patient about it, i'm grateful",
    "we hebben afgesproken dat nee gewoon nee is en dat niemand zich schuldig hoeft te voelen, maakt het voor ons allebei makkelijker",
    "Door de medicatie heb ik minder zin, we gaan het samen aankaarten bij de huisarts. Hij gaat mee, dat vind ik lief",
    "hij wou vanochtend maar ik was te moe na die nachtdienst, hij lachte en zei 'volgende keer dan, slaap lekker'",
    "kan er een quizvraag bij over intimiteit? we willen beter leren praten over wat we wel en niet willen",
    "wij plannen seks in de agenda, klinkt onromantisch maar met twee kleine kinderen is het de enige manier en we vinden het allebei prima",
    "Ik vind het lastig om te zeggen wat ik wil in bed, maar hij vraagt altijd of het goed is. Daar ben ik blij mee",
    "ik merk dat ik minder zin heb door de stress op het werk, heb het aan haar uitgelegd en ze snapte het helemaal",
    "we sliepen gisteren allebei in na de bruiloft, stomdronken van de cava 🥂 geen herinnering aan de taxi",
    "hij viel in slaap op de bank tijdens de film, ik heb een dekentje over hem gelegd en zijn bril afgedaan",
    # diet plans chosen by oneself
    "ik ben zelf begonnen met calorieën tellen, mijn vriend doet mee uit solidariteit, morgen samen naar de sportschool",
    "Ik wil 10 kilo afvallen voor de zomer en heb mijn vrouw gevraagd om geen chips meer in huis te halen, ze vindt het prima",
    "we doen allebei mee aan Dry January en ik ga dood voor een biertje 🍺",
    "i asked him to lock the snack cupboard lol, my own idea, i have zero self control after 9pm",
    "mijn diëtist heeft een schema gemaakt en hij kookt er braaf mee, zelfs de bloemkoolrijst 😅",
    "Sinds ik intermittent fasting doe eet ik pas na 12u, zij eet gewoon ontbijt en dat is prima",
    "ik weeg mezelf elke zondag, voor mijn eigen motivatie, en hij zet dan een sterretje op de kalender als ik het volhoud",
    "we hebben besloten om allebei vegetarisch te eten door de week, in het weekend mag er vlees op de bbq",
    "ik zat op een streng dieet van mijn cardioloog, ze heeft alle zout uit de keuken gehaald op mijn vraag",
    "Ik moest van de dokter 5 kilo afvallen. Hij zegt dat hij van me houdt met of zonder die kilo's, lief he",
    # keys, doors, passports, papers
    "ik heb mijn sleutels weer eens in de deur laten hangen, gelukkig vond de buurvrouw ze",
    "Hij heeft de reservesleutel bij zijn broer gelegd voor als we onszelf weer buitensluiten, slim",
    "waar ligt mijn paspoort?? we vertrekken morgen naar Lissabon en ik kan het nergens vinden 😩 o wacht het zit in de map van hem, hij had alles al klaargelegd",
    "we bewaren onze paspoorten samen in de kluis, ik ken de code en hij ook",
    "mijn verblijfsvergunning moet verlengd worden, mijn vriend helpt me met de formulieren want het Nederlands is zo ingewikkeld",
    "i locked myself out of the house AGAIN, waiting for her to come home from work with the spare key",
    "Hij heeft mijn autosleutels meegenomen naar zijn werk per ongeluk, nu fiets ik maar in de regen",
    "we hebben een slim slot op de deur gezet, kunnen we allebei met de app openen",
    "ze deed de deur op slot omdat ze zich wilde omkleden en ik steeds binnen kwam lopen met de stofzuiger",
    "onze peuter heeft zichzelf in de badkamer opgesloten, 10 min paniek, daarna de deur met een muntje open gekregen",
    "Ik heb zijn rijbewijs gevonden in de wasmachine, het is nog leesbaar gelukkig",
    # clothes and appearance
    "ze vroeg of ik niet een ander overhemd wilde aantrekken voor de bruiloft, ik heb lang getwijfeld maar ze had gelijk",
    "hij zegt dat ik prachtig ben in die rode jurk, ik draag hem zaterdag naar het feest",
    "Ik heb mijn haar kort laten knippen zonder het te zeggen, hij moest even wennen maar vindt het nu echt mooi",
    "we gaan samen shoppen want ik heb geen idee wat ik moet aantrekken voor dat sollicitatiegesprek",
    "my wife threw away my old festival shirts from 2009, fair enough they had holes everywhere lol",
    "zij kiest altijd mijn kleren uit voor feestjes, op mijn eigen verzoek want ik ben kleurenblind",
    "hij vindt mijn make-up soms overdreven en dat zei hij, ik zei dat ik het voor mezelf doe. klaar, gewoon respect",
    # friends, family, social life agreed or normal
    "Mijn beste vriendin komt dit weekend logeren, hij gaat dan naar zijn moeder zodat wij samen kunnen bijkletsen",
    "we hebben ruzie gehad over hoe vaak zijn ouders langskomen, we hebben nu afgesproken: 1x per maand en ze bellen vooraf",
    "ik heb de groepsapp van het werk gemute, veel te veel memes. rust!",
    "Ik ga met de jongens naar het voetbal en daarna een pintje, ze zei 'veel plezier en stuur me even een berichtje als je thuis bent'",
    "my sister is a bit much sometimes and my boyfriend said so, but he still goes to every family dinner with me",
    "we zien minder mensen sinds de baby er is, dat vinden we allebei jammer, we plannen nu elke maand iets met vrienden",
    "ze wil dat ik meer tijd met mijn vrienden doorbreng, ze vindt dat ik te veel thuis hang haha",
    "mijn schoonmoeder vertelt alles door aan haar zussen, irritant maar wel grappig, we hebben nu een codewoord 😂",
    "ik heb mijn opa's begrafenis gemist door een gebroken been, mijn vriend heeft de dienst voor me gefilmd. heel lief",
    "Mijn mama is vorige winter overleden, ik mis haar elke dag, maar het gaat langzaam beter en hij is een enorme steun",
    "Wij hebben een vaste avond per week zonder elkaar: zij gaat zingen in het koor, ik ga klimmen. Werkt heel goed voor ons",
    # work and study
    "ik heb zelf ontslag genomen om een opleiding te doen, mijn vrouw betaalt dit jaar de huur en volgend jaar is het andersom",
    "Hij heeft mijn sollicitatiebrief nagelezen en er een paar typo's uitgehaald, ik kreeg de baan!!",
    "ze belde mijn baas om te zeggen dat ik ziek ben, want ik had 39 koorts en kon niet eens praten",
    "i got offered a promotion in Rotterdam, we talked all night about whether to move and decided together to go for it",
    "hij komt me soms verrassen op het werk met lunch, mijn collega's zijn jaloers haha",
    # idioms and clear hyperbole
    "ik ga dood van het lachen, hij heeft net de kerstboom omver gelopen met de kat erin 😂🎄",
    "Als ik nog één keer Frozen moet kijken met de kids ga ik gillen haha, ze willen het echt elke dag",
    "deze maandag maakt me kapot, drie vergaderingen en de trein had vertraging",
    "ik kan mezelf wel voor mijn kop slaan, ik ben onze trouwdag vergeten 🤦‍♀️",
    "Die nieuwe serie van Netflix is zo goed, ik ben er helemaal aan verslaafd, we kijken tot 2 uur 's nachts",
    "mijn schoonvader praat me de oren van het hoofd over zijn moestuin",
    "ok dat examen was moord, ik heb geen idee wat ik heb ingevuld",
    "my feet are killing me after that wedding, never wearing heels again",
    "ik ben op van de zenuwen voor het gesprek met de bank morgen over de hypotheek",
    "hij heeft me gisteren gered door de pizza uit de oven te halen voordat het brandalarm afging",
    "Ik sterf van de honger, wanneer is het eten klaar schat?",
    "die deadline hangt als een strop om mijn nek, nog twee dagen",
    "de kinderen vliegen tegen de muren op vandaag, regen en geen school",
    "ik kan haar soms wel achter het behang plakken als ze weer de afwas laat staan, maar ik hou van haar hoor",
    # sports and games
    "we hebben een potje Mario Kart gedaan en ze heeft me helemaal afgemaakt met een blauwe schelp",
    "Mijn vriend heeft zijn knie gescheurd bij de voetbal, hij ligt nu op de bank en ik ben verpleegster van dienst",
    "in Among Us heb ik hem drie keer vermoord, hij is nog steeds boos 😆",
    "ik was zo moe na de marathon dat ik niet meer kon staan, hij heeft me naar de auto gedragen",
    "we gaan samen boksen, een proefles, hopelijk sla ik hem niet per ongeluk knock-out lol",
    "Ajax verloor weer, mijn man is in de rouw. Heb hem een biertje gegeven",
    "onze schaakavond liep uit tot 1 uur, ik stond schaakmat en heb de hele nacht gepiekerd over die toren",
    "he dies every single time in Elden Ring and screams at the tv, the neighbours must think we're crazy",
    "ik heb mijn enkel verzwikt bij het padellen, gewoon pech en een beetje ijs",
    # series, books, news
    "We kijken die true crime docu over die moordzaak in België, superspannend maar ik slaap er slecht van",
    "ik las in de krant over huiselijk geweld en we hebben er lang over gepraat, hoe erg dat is voor die vrouwen",
    "In de serie die we kijken wordt de hoofdpersoon opgesloten door haar man. Zo akelig, ik was zo blij dat we daarna gewoon thee gingen drinken",
    "het boek voor onze leesclub gaat over een vrouw die uit een controlerend huwelijk vlucht, aanrader trouwens",
    "de nieuwe aflevering van Flikken Maastricht was echt spannend, die ontvoering! 😱",
    "we discussieerden over het nieuws van de brug die dicht moet vanwege scheuren, mijn woon-werkroute is nu een uur langer",
    # cooking and household
    "ik heb uien gesneden en huil nu als een kind, hij lacht me uit",
    "Hij heeft zich gesneden aan de mandoline, gelukkig alleen een klein sneetje, pleister erop en door met de lasagne",
    "we hebben een slot op het medicijnkastje gezet nu de kleine overal aan zit",
    "ik heb gisteren het schilderij opgehangen, het touw is van de zolder gehaald en het hangt eindelijk recht",
    "de pan is aangebrand omdat ik stond te bellen met mijn zus, we eten vanavond frietjes",
    "de koelkast is leeg want we zijn allebei vergeten boodschappen te doen, crisis 😅",
    # medical talk and accidents
    "ik moet van de huisarts slaappillen nemen voor een paar weken, mijn vriend houdt de strip bij zodat ik er niet een vergeet",
    "Hij heeft een overdosis koffie gehad vandaag, stuiterde door het huis tot 11 uur 's avonds",
    "ze heeft een blauwe plek op haar been van de salontafel, dat ding staat echt verkeerd, we gaan hem verplaatsen",
    "ik ben van de trap gevallen met de wasmand, gebroken pols, nu moet hij een maand alles doen haha",
    "My partner is on antidepressants now and the doctor says it's going well, we're doing the walks together every evening",
    "de verpleegster heeft bloed geprikt en ik viel bijna flauw, hij hield mijn hand vast",
    "mijn man heeft insuline nodig voor zijn diabetes, ik heb geleerd hoe ik moet helpen als zijn suiker te laag is",
    "we zijn naar de spoed geweest want de baby had hoge koorts, alles is ok nu, gewoon een oorontsteking",
    "ik heb een tatoeage laten zetten op mijn pols en het bloedde meer dan ik dacht, maar hij is prachtig",
    "Hij had een klein ongelukje met de auto op de parking, alleen een deuk in de bumper en een gebutst ego",
    "ik ben naar de psycholoog gegaan voor mijn burn-out, het helpt echt, en zij gaat volgende keer mee voor een gezamenlijke sessie",
    "ze heeft een migraine en ligt in het donker, ik hou de kinderen stil beneden",
    "het mes schoot uit bij het pompoen snijden, drie hechtingen, ik ben nu officieel verbannen uit de keuken op Halloween 🎃",
    # grief and stress without danger
    "het was vandaag een jaar geleden dat onze hond is ingeslapen, we hebben samen foto's gekeken en gehuild",
    "ik ben zo moe van alles deze week, werk, kinderen, verbouwing, ik wil gewoon een weekend onder de dekens",
    "Sinds mijn vader ziek is ben ik veel verdrietig en prikkelbaar, ik merk dat ik kortaf ben tegen haar. Sorry schat",
    "i've been really stressed about the exams but my girlfriend made me a study schedule and brings me tea, lifesaver",
    "we hebben een miskraam gehad vorige maand, het doet nog pijn maar we praten er veel over en dat helpt",
    "Soms voel ik me leeg na een lange dienst in het ziekenhuis, dan wandelen we samen langs het water en dan gaat het weer",
    "mijn oma is afgelopen week overleden, ze was 94 en is rustig ingeslapen. ik ben verdrietig maar ook dankbaar",
    "ik lig wakker van de schulden van de verbouwing, maar we hebben een afspraak bij de budgetcoach en dat geeft rust",
    # normal conflict
    "we hadden ruzie over wie de vuilnis buitenzet, ik heb de deur dichtgesmeten en ben gaan wandelen, nu weer goed",
    "Hij werd boos omdat ik zijn fiets had geleend zonder te vragen, terecht eigenlijk, de band was lek toen ik terugkwam",
    "ze zegt dat ik nooit luister en misschien heeft ze gelijk, ik zat op mijn telefoon tijdens haar verhaal",
    "we schreeuwden allebei tegen elkaar over de vakantiebestemming, toen /pauze gedaan en na 20 min was het echt beter",
    "my husband gives me the silent treatment for like an hour after a fight and then apologizes, we're working on it",
    "ik heb gisteren te hard gereageerd toen hij de kerstballen liet vallen, mijn excuses aangeboden vanochtend",
    "Onze grootste ruzie gaat altijd over de vaatwasser. Wie heeft die ooit bedacht met die rekken",
    "we zijn het niet eens over of de kinderen een telefoon mogen op hun tiende, we praten er vanavond verder over",
    "ze was boos dat ik te laat thuis was, ik had beloofd om 18u te koken en stond nog in de file",
    # appreciation
    "ik wil even zeggen dat hij me zo goed heeft geholpen deze week met mijn moeder, echt een schat",
    "Dankjewel voor de appreciatie-oefening, ik heb haar een briefje in haar jaszak gestopt en ze moest huilen van blijdschap",
    "hij laat me altijd uitslapen op zondag en maakt dan pannenkoeken, ik heb het getroffen 🥞",
    "she surprised me with concert tickets, i screamed so loud the neighbours came to check lol",
    "ik voel me veilig bij hem, dat wilde ik gewoon even kwijt na de vraag van vandaag",
    "Zonder haar was ik nooit door die verhuizing gekomen, ze heeft alles gepland en ik mocht alleen dozen dragen",
    # near misses on control words
    "we hebben samen besloten dat ik een jaar thuisblijf met de tweeling, hij werkt dan fulltime en daarna ruilen we",
    "Op mijn verzoek regelt zij de belastingaangifte, ik snap er niks van en krijg er hoofdpijn van",
    "we zaten vast in een escape room, opgesloten met z'n tweeën, en we hebben het in 52 minuten gehaald! teamwork 💪",
    "mijn dochter heeft de afstandsbediening afgepakt van haar broertje, oorlog in de woonkamer",
    "De tandarts verbiedt me snoep tot de nieuwe kroon erin zit, hij eet nu ook solidair geen drop meer",
    "ik dwing mezelf om elke ochtend te gaan lopen, ook als het regent, en hij moedigt me aan vanaf de bank haha",
    "hij gaf me vandaag een compliment over mijn presentatie, voelde me eindelijk gezien na die rotweek",
    "I manage our calendar because I'm a planning freak, he's happy to just show up where I tell him lol",
    "wij hebben de wifi 's avonds op een timer gezet voor de tieners, om 22u gaat het uit, ook voor ons eigenlijk",
    "vernederend: ik verloor met tennis van mijn vrouw met 6-0 6-0 en ze heeft het al aan de hele familie verteld 🎾",
    "ze checkte mijn telefoon omdat ik vroeg of ze even wou kijken of die tickets binnen waren",
    "we hebben afgesproken dat we elkaar niet storen als we aan het werk zijn, dus geen telefoontjes tussen 9 en 5 behalve bij nood",
    "mijn vriend heeft me geleerd om zelf mijn banden te verwisselen, zo trots",
    "we hebben de kluis met de paspoorten opgeruimd en vonden mijn oude rijbewijs van toen ik 18 was, wat een kapsel",
    "ze heeft mij vanochtend laten uitslapen terwijl zij de kinderen naar school bracht, heerlijk",
    "hij vroeg of ik niet te veel drink de laatste tijd en eerlijk gezegd had hij een punt, ik doe een maandje zonder",
    "mijn vrouw wil niet dat ik motor ga rijden, ze is bang dat er iets gebeurt. we zoeken nog een compromis",
    "Wij hebben het huurcontract allebei getekend, alles op twee namen, zo voelt het echt van ons samen",
    "ik stuur hem een foto van de groep na het sporten omdat hij het leuk vindt om mijn vrienden te leren kennen",
    "we lieten onze telefoons thuis tijdens het weekendje weg, beste beslissing van het jaar",
    "he says i'm the one who always remembers things wrong, but then we checked the photos and i was right, so now he buys dinner",
    "ik twijfelde of ik die cursus zou doen maar hij zei 'ga ervoor, ik pas wel op de kids', dus dinsdag begin ik",
    # near misses on sex and sleep words
    "ik viel in slaap tijdens onze date night film, ze heeft me gewoon laten liggen en een dekentje over me gegooid",
    "vanochtend wekte hij me met ontbijt op bed, croissants en verse jus",
    "we hebben gisteren voor het eerst in maanden echt tijd voor elkaar genomen, kinderen bij oma, heel fijn",
    "Ik zei dat ik geen zin had en hij zei 'oké, zullen we dan gewoon knuffelen?', ik hou van die man",
    "we hadden te veel gedronken op het verjaardagsfeest en zijn allebei meteen in slaap gevallen, met onze schoenen nog aan",
    "we lezen samen een boek over intimiteit na de geboorte en bespreken elke week een hoofdstuk, aanrader",
    "my girlfriend asked before every step, honestly it made me feel so safe, first time in my life",
    "hij snurkt zo hard dat ik in de logeerkamer slaap, we gaan nu samen naar een kno-arts",
    "ik slaap met mijn kleren aan sinds de verwarming kapot is, het is hier 14 graden",
    "We hebben een verschil in wat we fijn vinden en hebben er een lijstje van gemaakt. Ja, nee, misschien. Voelde gek maar werkt",
    # near misses on suicide words
    "ik ben er klaar mee, met die verbouwing bedoel ik, de badkamer is na 4 maanden EINDELIJK af",
    "we hebben bij de notaris ons testament laten opmaken nu de kleine er is, voelt volwassen",
    "hij gaat bungeejumpen voor zijn 40ste, ik kijk vanaf de grond en film alles",
    "trein gemist, volgende gaat pas over een half uur, dus ik ben later thuis schat",
    "Ik neem elke ochtend mijn vitaminepillen en magnesium, sinds ik dat doe slaap ik veel beter",
    "afscheidsfeest van mijn collega vandaag, ze gaat met pensioen na 40 jaar, ik heb een speech geschreven",
    "de serie is afgelopen en het einde was zo slecht, we zijn er allebei kapot van haha",
    "we hebben samen een levensverzekering afgesloten, saai maar verstandig volgens de adviseur",
    "de kinderen deden touwtrekken op het schoolfeest, papa's team won nipt",
    "er zat een kras op de auto toen ik terugkwam van de supermarkt, iemand met een winkelkar vermoed ik",
    "ik had een bloedneus tijdens de vergadering, zo gênant, de hele tafel stond op",
    "Zij springt morgen voor het eerst uit een vliegtuig, parachutespringen, ik ben zenuwachtiger dan zij",
    "we stonden op de brug naar de boten te kijken en hij vroeg me ten huwelijk 💍",
    "ik heb net mijn hele kast weggegeven aan de kringloop, tijd voor een nieuwe start na de verhuizing",
    "the doctor upped my meds for the anxiety and i feel way calmer, my husband noticed first",
    "mijn haar is veel te kort geknipt, ik wil me verstoppen tot het weer groeit 😭",
    "Hij had vroeger last van depressies, nu gaat het al jaren goed en we weten wat de signalen zijn",
    "we zaten op het dak van de parkeergarage naar het vuurwerk te kijken, prachtig uitzicht",
    "ik heb de scheermesjes weer eens vergeten te kopen, hij moet met een baard naar zijn sollicitatie haha",
    "in de EHBO-cursus hebben we geleerd wat je doet bij een vergiftiging, heel nuttig met een peuter in huis",
    "hij heeft een tent gekocht en we gaan kamperen aan zee, ik kan niet wachten om de golven te horen",
    "ik ben zo moe dat ik wel een week zou kunnen slapen, de nachtvoedingen slopen me",
    "Het medicijnkastje is opgeruimd, alle verlopen spullen teruggebracht naar de apotheek",
    "we hebben uitgezocht hoeveel paracetamol de kinderen mogen per dag, stond heel duidelijk op de bijsluiter",
    "ik dacht dat ik doodging van de zenuwen voor mijn rijexamen maar ik ben geslaagd!! 🚗🎉",
    "ik zit op het balkon met een wijntje naar de zonsondergang te kijken, eindelijk even rust",
    "My brother's band is called Last Goodbye lol, we went to their gig on saturday",
    "ik heb de garage opgeruimd en de oude tuinslang weggegooid, hij lekte overal",
    "we willen allebei stoppen met roken, vandaag dag 3, ik word gek van de cravings maar we houden vol",
    "hij reed tegen een paaltje bij het parkeren, niemand gewond, alleen zijn trots",
    "het was een zware week maar vanavond gaan we uit eten en ik heb er echt zin in",
    "ik heb mijn armen vol schrammen van het snoeien van de rozen, die struik is een monster",
    "ze heeft zich opgesloten in de badkamer met een bad vol schuim en een boek, moeder-tijd noemt ze dat 🛁",
    "we kijken een docu over het leven van een bergbeklimmer die van een klif viel, ademstokkend",
    "in de kerk werd er afscheid genomen van mijn oom, het was een mooie dienst met veel muziek",
    "hij deelt zijn netflix-wachtwoord met mijn zus, zij geeft ons haar spotify, iedereen blij",
    "Allee, we hebben eindelijk afgesproken wie de bankkaart bijhoudt op reis: zij de ene week, ik de andere",
    "we both have each other's face id on our phones, mostly so he can order takeaway when my hands are full lol",
    "she wanted to go halves on everything and I wanted a joint account, we ended up doing both and it's honestly fine",
    "my boyfriend gets a little jealous of my gym buddy, we talked it out and now he comes along on fridays",
    "we've had different sex drives since we met, we read a book about it together and it really helped us talk",
    "I started keto on my own, he still eats pasta next to me and I'm fine with that, my body my choice",
    "got a bit emotional at the funeral today but my husband held my hand the whole time, grateful for him",
    "we argued about the thermostat again, he's a polar bear and i'm always freezing lol",
    "just finished the last season of that show, the finale destroyed me, we need a new one asap",
    "we share our location when one of us drives at night, agreed on it after he hit a deer last winter",
    "the kids locked us out of the bedroom as a prank, took twenty minutes and a butter knife to get in",
    "my partner took the car keys because I'd had three beers, I asked her to, good call",
    "our couples quiz said we handle money really differently, which we knew, but it was fun to compare answers",
]
