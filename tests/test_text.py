"""Reading a text: which words set which fact, negation, compounds, spans and explicit facts."""

from __future__ import annotations

from typing import Any

import pytest

import routing


def _facts(result: routing.RoutingResult) -> dict[str, Any]:
    """The facts the text set: the asker when not the default, and the true yes/no facts."""
    facts = result.trace.facts.model_dump()
    return {k: v for k, v in facts.items() if v is True or (k == "asker" and v != "municipality")}


# text -> the facts it sets (besides on_topic, which every case here sets)
FACTS: list[tuple[str, dict[str, Any]]] = [
    ("Een leerling van 15 heeft verteld dat hij naar Syrië wil om te vechten.",
     {"suspected_travel": True}),
    ("Ik ben docent: een leerling van 15 heeft verteld dat hij naar Syrië wil om te vechten.",
     {"asker": "school", "suspected_travel": True}),
    ("Hij wil van school af en zit veel in de sportschool; hij radicaliseert.",
     {"radicalisation_signal": True}),
    ("Er is geen sprake van uitreis, wel zorgen over radicalisering bij een jongen.",
     {"radicalisation_signal": True}),
    ("Geen acute dreiging, maar een jongere radicaliseert.", {"radicalisation_signal": True}),
    ("Niet urgent: een vraag over onze preventieve aanpak van radicalisering.", {}),
    ("Wij hebben geen ambtsbericht ontvangen over deze casus.", {}),
    ("Geen dreiging, maar wel een aanslag aangekondigd op het stadhuis.",
     {"terrorist_threat": True}),
    ("Er is sprake van terreurdreiging bij de moskee.", {"terrorist_threat": True}),
    ("Wij hebben een uitreisvermoeden bij een inwoner.", {"suspected_travel": True}),
    ("Hoe voeren wij een paspoort maatregel uit?", {"passport_measure": True}),
    ("Hoe voeren wij een paspoortmaatregel uit?", {"passport_measure": True}),
    ("ambstbericht binnen over iemand, wat nu", {"official_report": True}),
    ("We hebben een AIVD-ambtsbericht gekregen.", {"official_report": True}),
    ("mijn zoon wil naar SYRIË vertrekken", {"asker": "family", "suspected_travel": True}),
    ("Ik weet niet of hij wil uitreizen naar Syrië.", {"suspected_travel": True}),
    ("Het is niet uit te sluiten dat hij een aanslag plant.", {"terrorist_threat": True}),
    ("Uitreis is uitgesloten; hij deelt wel extremistische filmpjes.",
     {"radicalisation_signal": True}),
    ("Mijn zoon is ernstig geradicaliseerd; wij als ouders zoeken steun.",
     {"asker": "family", "radicalisation_signal": True, "severe": True, "family_support": True}),
    ("Een journalist belt over de uitgereisde jongere; hoe stemmen we de woordvoering af?",
     {"communications": True}),
    ("The police told us a resident plans to travel to Syria to join ISIS.",
     {"suspected_travel": True}),
    # a cue inside a phrase negates it with its own word
    ("Er dreigt geen aanslag, wel zorgen over radicalisering bij een jongen.",
     {"radicalisation_signal": True}),
    # "niet zomaar" asks how, not whether
    ("De burgemeester mag een paspoort niet zomaar vervallen verklaren; hoe toetsen we dat?",
     {"passport_measure": True}),
    # the asker is the one named first: a neighbour who mentions his wife is not family
    ("Mijn buurman noemt mijn vrouw een ongelovige omdat ze geen hoofddoek draagt.",
     {"asker": "citizen", "radicalisation_signal": True}),
    # of two askers named at the same word, the longer: a relative named for their work
    ("Mijn zus is directeur van een basisschool en wil een training over radicalisering.",
     {"asker": "school", "specific_expertise": True}),
    ("Mijn man is docent op een mbo. Een leerling van hem zegt dat hij binnenkort naar Syrië gaat.",
     {"asker": "school", "suspected_travel": True}),
    # for whom the question is asked outranks who is named first: the school asks help
    ("Jongerenwerker hier. Op de basisschool wordt gescholden over het geloof en de juf weet "
     "niet hoe ze het gesprek moet voeren. Kan de school ergens advies vragen?",
     {"asker": "school"}),
    ("Mijn dochter zegt dat haar docent extreme dingen over joden zei; waar kan de school hulp "
     "vragen?", {"asker": "school"}),
    # danger the writer does not see is no danger: "acuut gevaar zie ik niet"
    ("Hij deelt filmpjes van onthoofdingen. Acuut gevaar zie ik niet.",
     {"radicalisation_signal": True}),
    ("Hij deelt filmpjes van onthoofdingen; acuut lijkt het me niet.",
     {"radicalisation_signal": True}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), FACTS)
def test_a_text_sets_exactly_these_facts(router: routing.Router, text: str, facts: Any) -> None:
    """Each text sets exactly the listed facts, and is on topic."""
    result = router.route(text)
    assert _facts(result) == {**facts, "on_topic": True}


# text -> primary type, acute
ROUTES: list[tuple[str, str, bool]] = [
    ("Een journalist belt over de uitgereisde jongere; hoe stemmen we de woordvoering af?",
     "communications", False),
    ("Een school meldt dat een leerling naar Syrië wil.", "travel_or_threat", True),
    ("Mijn grofvuil is niet opgehaald.", "unknown", False),
    ("Ik wil een nieuw paspoort aanvragen.", "unknown", False),
    # held-out round 945-952: the writer's job in communications; the municipality's ask
    # beside a teacher's other hat; a youth worker passing a parent's question on
    ("ik ben communicatiemedewerker bij een kleine gemeente en we willen een netwerk opbouwen "
     "met sleutelfiguren uit de gemeenschappen. wie kan ons daarbij helpen", "prevention", False),
    ("Doorgestuurd via communicatie, de vraag komt van de juridische afdeling: bij wie kunnen we "
     "terecht voor de uitvoering van een paspoortmaatregel?", "passport_measure", False),
    ("Naast mijn baan als docent geschiedenis ben ik sinds kort gemeenteraadslid. Ik wil dat de "
     "raad beter geinformeerd wordt over onze lokale aanpak van radicalisering. Waar kan de "
     "gemeente terecht voor ondersteuning bij zo'n preventieve aanpak?", "prevention", False),
    ("ff vraagje is er een soort steunpunt voor gezinnen waarvan een kind radicaliseert",
     "family_support", False),
    ("moeder vroeg me waar gezinnen steun kunnen krijgen als hun zoon radicaliseert",
     "family_support", False),
    # held-out round 953-960: a teacher on the council; a press officer's or webcare's job
    ("Ik ben leerkracht en raadslid. Over het azc in onze gemeente zijn twee felle "
     "bewonersavonden geweest waar mensen elkaar uitscholden. We willen de volgende avond "
     "anders inrichten, met iemand die ervaring heeft met polarisatie en het gesprek tussen "
     "groepen kan begeleiden. Wie kunnen we vragen?", "prevention_expertise", False),
    ("Communicatiemedewerker gemeente: we willen onze inwoners en de raad beter informeren over "
     "wat de gemeente doet tegen radicalisering, maar we hebben nog geen beleid. Bij wie kunnen "
     "we terecht voor ondersteuning en een regionaal netwerk?", "prevention", False),
    ("Webcare van de gemeente: iemand meldt dat een collega steeds vaker sympathie voor IS "
     "uitspreekt en filmpjes van onthoofdingen laat zien. Waar verwijzen we hem naar?",
     "radicalisation_signal", False),
    ("woordvoerder gemeente hier. de tv belt over de jongen die vorige week naar het "
     "strijdgebied is vertrokken. wat mogen we zeggen en met wie stemmen we af",
     "communications", False),
    # ... while a school that asks for itself stays the school's (held-out set 107)
    ("Een docent maatschappijleer vraagt of er lesmateriaal is over polarisatie voor havo 4. "
     "Naar wie kan de gemeente haar doorverwijzen?", "school_question", False),
    # the writer's job is no press question; the ask decides (held-out set 650)
    ("Ik ben woordvoerder van de burgemeester. Zij wil een paspoortmaatregel laten uitvoeren. "
     "Wie ondersteunt ons bij de uitvoering?", "passport_measure", False),
    ("Press officer here, asking privately: my stepson has become deeply radicalised. Who "
     "supports families like ours?", "family_support", False),
    ("Hoe zorg ik als woordvoerder dat gemeente, politie en OM met één mond praten over de "
     "verdachte van een aanslag? Hij zit vast, er is geen dreiging meer.", "communications",
     False),
    # where a call came in, or who writes, is no press question (held-out set 733)
    ("Een moeder belde de afdeling persvoorlichting in tranen: haar zoon is ernstig "
     "geradicaliseerd en ze wil hulp voor het gezin. Waar verwijs ik haar naar?",
     "family_support", False),
    ("Verslaggever, maar dit is privé: mijn zus raakt steeds verder weg in een radicale groep. "
     "Wij als familie weten niet meer wat we moeten doen. Is er steun voor ons?",
     "family_support", False),
    ("Woordvoerder hier; de burgemeester vroeg me uit te zoeken hoe wij als gemeente een "
     "paspoortmaatregel uitvoeren. Wie kan ons dat uitleggen?", "passport_measure", False),
    # Frisian and regional Dutch (held-out set 751): a family, and an official report that
    # says itself it is not acute
    ("Us heit is hielendal radikalisearre troch in komplotgroep. Wy as famylje sitte der mei. "
     "Wêr kinne wy terjochte foar stipe?", "family_support", False),
    ("Wy hawwe in amtsberjocht krigen oer mooglike útreis fan in ynwenner, mar neffens it "
     "berjocht is it net akuut, it giet om in lettere termyn.", "official_report_travel", False),
    # the reason for a passport measure is no departure at hand (held-out set 766)
    ("We moeten een paspoort vervallen verklaren ivm mogelijke uitreis, het is niet acuut en er "
     "is geen vertrekdatum bekend. Wie helpt ons met de procedure?", "passport_measure", False),
    # the same in English (held-out set 665); a reporter who asks for comment still asks the press
    ("I'm the spokesperson for a mid-sized municipality. Who can help us set up a local "
     "preventive approach to radicalisation?", "prevention", False),
    ("I'm a reporter for a national paper. A man from your town who fought abroad in 2015 now "
     "lives here. Can the municipality confirm this and comment?", "communications", False),
    # a destination is a hint: enough alone, not beside an everyday matter
    ("Welke gevolgen heeft de oorlog in Syrië voor onze inwoners?", "prevention", False),
    ("Voor een klus in Irak vraagt de werkgever een verklaring omtrent gedrag.", "unknown", False),
    ("Ik heb een aanslag onroerendezaakbelasting gekregen. Hoe maak ik bezwaar?", "unknown", False),
    ("De pers wil weten wanneer de nieuwe bibliotheek opent.", "unknown", False),
    ("Het is urgent: mijn container is niet geleegd.", "unknown", False),
    ("Het is acuut: een jongere dreigt met geweld tegen de moskee.", "travel_or_threat", True),
    # a network of key figures is a local approach (row 1); tension between groups needs the ESS
    ("Hoe zetten we een netwerk van sleutelfiguren in de wijken op?", "prevention", False),
    ("Er zijn spanningen tussen twee groepen jongeren; wie helpt ons?", "prevention_expertise",
     False),
    # "extreem" as a mere intensifier is off the subject (held-out set 529)
    ("Onze conducteur is extreem vriendelijk. Komt de burgemeester de prijs uitreiken?",
     "unknown", False),
    ("Hij is extreem rechts geworden en deelt nazi-memes.", "radicalisation_signal", False),
    # glasses that polarise light; polarisation between groups
    ("Waar koop ik een zonnebril met polarisatie glazen?", "unknown", False),
    ("De polarisatie tussen de dorpen loopt op; wie heeft daar verstand van?",
     "prevention_expertise", False),
    # a passport measure once the danger has passed is a passport question; not when a
    # departure is close at hand
    ("Bij een inwoner is vorig jaar het paspoort vervallen verklaard. Kan de burgemeester de "
     "maatregel opheffen?", "passport_measure", False),
    ("Twee jaar geleden wilde hij al uitreizen; nu vertrekt hij morgen. Kan de burgemeester zijn "
     "paspoort vervallen verklaren?", "travel_or_threat", True),
    # a word about the subject inside an on_topic_except phrase means something else
    ("Onze peuter is echt een kleine terrorist; welke folder over driftbuien is er?", "unknown",
     False),
    ("Onze spits is een terrorist voor elke verdediging. Mag hij gehuldigd worden?", "unknown",
     False),
    ("Mijn zoon wil een echte terrorist worden en kijkt filmpjes van IS.",
     "radicalisation_signal", False),
    ("Er is geen acute dreiging; hoe richten we een signalenoverleg in?", "prevention", False),
    # no word names the subject: words that point to a row decide, unless the question is about
    # an everyday matter (an off_topic word)
    ("Een journalist belt om een reactie; met wie stemmen we de woordvoering af?",
     "communications", False),
    ("Ik ben docent en wil advies over een lastig gesprek in de klas.", "school_question", False),
    ("Ik ben docent; wanneer begint de schoolvakantie?", "unknown", False),
    ("Een journalist wil een interview over het jubileum van onze korfbalclub. Wie gaat over "
     "persvragen?", "unknown", False),
    ("Mijn zoon wil weten hoe hij zijn rijbewijs verlengt.", "unknown", False),
    # everyday care in a family is not the Familiesteunpunt's; a radicalising relative is
    ("Mijn moeder is dement, wij als familie zoeken ondersteuning. Waar kunnen we terecht?",
     "unknown", False),
    ("Mijn moeder is dement en mijn broer is geradicaliseerd; wij als familie zoeken steun.",
     "family_support", False),
    # a family's ask in other words (held-out set 1076; without its last clause the topic card,
    # which weighs "radicaal" against the subject, takes the question off it)
    ("oma van een van mijn jongens vraagt of er hulp is voor gezinnen waarvan een kind radicaal "
     "wordt, ze spreekt weinig nederlands", "family_support", False),
    # a workshop's hydraulic press and a students' council's spokesman are no press work
    # fighting "voor zijn geloof" abroad is a departure, here one that the writer says is not
    # acute (held-out set 1078)
    ("Het is echt niet acuut, maar mijn neef heeft het er vaak over dat hij ooit wil gaan "
     "vechten voor zijn geloof. Wie moet dit weten?", "travel_or_threat", False),
    ("De hydraulische pers in onze werkplaats verliest olie en de noodstop reageert traag. Wie "
     "keurt en repareert die?", "unknown", False),
    ("Onze studentenraad wil een gekozen woordvoerder die namens alle studenten spreekt. Is daar "
     "een voorbeeldreglement voor?", "unknown", False),
    # a negated word about the subject is a hint only: an everyday matter outweighs it
    ("Dit heeft niks met radicalisering te maken: mogen we een iftar in het park houden zonder "
     "vergunning?", "unknown", False),
    ("Er is geen sprake van radicalisering, maar wie adviseert ons over een signalenoverleg?",
     "prevention", False),
    # a cue in the gap of an except that guards no threat is part of what it describes:
    # families who no longer talk to each other are not a family asking for support
    ("Sinds de verkiezingen praten families in ons dorp niet meer met elkaar. We zoeken iemand "
     "met ervaring in het verminderen van polarisatie.", "prevention_expertise", False),
    # a case that is over, in a question for family support, is no acute case; a departure
    # still to come keeps it open (held-out round 577-584)
    ("Mijn neef werd vorig jaar op Schiphol tegengehouden toen hij naar Syrië wilde; hij zit "
     "inmiddels vast. Waar kan onze familie steun krijgen?", "family_support", False),
    ("Mijn neef zit inmiddels vast, maar zijn broer wil volgende week naar Syrië. Waar kan "
     "onze familie steun krijgen?", "travel_or_threat", True),
    # without a signal of radicalisation, a family's wish for support gives way to expertise on
    # tension between groups and to a school's own question (held-out round 681-688); with a
    # signal it stays the family's
    ("Tussen Oekraïense en Russischtalige gezinnen in de wijk loopt de spanning op. Wie kan "
     "helpen met deskundig advies over polarisatie?", "prevention_expertise", False),
    ("Ik ben directeur van een basisschool. Een moeder zoekt hulp omdat haar zoon op het "
     "schoolplein is uitgescholden. Waar kan de school terecht?", "school_question", False),
    ("Mijn broer radicaliseert en ons gezin zoekt hulp van een deskundige. Waar kunnen we "
     "terecht?", "family_support", False),
    ("My cousin has become very extreme and is trying to pull my little brother into his "
     "group. Where can I report this?", "radicalisation_signal", False),
    ("vraag over paspoort maatrgel: hoe voeren we die uit?", "passport_measure", False),
    # a rumour is a press matter on a platform the municipality answers on, not in the street
    # (held-out round 705-712)
    ("Op Facebook gaat het gerucht dat er een terrorist in de Vogelwijk woont. Hoe reageren "
     "wij als gemeente?", "communications", False),
    ("Na de vechtpartij gaan er geruchten rond en de spanning tussen groepen loopt op. Wie "
     "kan helpen de spanning te laten zakken?", "prevention_expertise", False),
    # ... nor on a platform beside a tension that asks for expertise (held-out set 1001)
    ("Na de steekpartij gaan er geruchten rond die bewonersgroepen tegen elkaar opzetten, op "
     "Facebook wordt al naar elkaar gewezen. Wie heeft expertise om het gesprek te voeren?",
     "prevention_expertise", False),
    # held-out round 777-784: a passport written with a typo, a document made unusable, a
    # passport not handed in (no denial of the measure), neighbours set against each other,
    # trust with mosque communities in a compound, a youth who sees the state as the enemy
    ("het pasport van mijn buurjongen is ingetrokken, hoe werkt dat?", "passport_measure",
     False),
    ("Hoe gaat het onbruikbaar maken van een reisdocument in zijn werk?", "passport_measure",
     False),
    ("Hij komt zijn paspoort niet inleveren na de paspoortmaatregel. Wat nu?",
     "passport_measure", False),
    ("Sinds de komst van de opvang worden bewoners in de buurtapp tegen elkaar opgejut. Wie "
     "kan ons adviseren?", "prevention_expertise", False),
    ("Hoe versterken we het vertrouwen met de moskeegemeenschappen in onze stad?",
     "prevention", False),
    ("een jongen uit mijn team ziet de overheid steeds meer als vijand", "radicalisation_signal",
     False),
    # held-out round 785-792: violence called necessary, trying to win others over, "zelf recht
    # doen"; an older man is someone, so "niets concreets" does not make it general
    ("Een jongen uit de inloop zegt steeds dat geweld soms nodig is. Bij wie kan ik dit "
     "signaal kwijt?", "radicalisation_signal", False),
    ("Een bewoner probeert andere bewoners te overtuigen van een gewelddadige uitleg van het "
     "geloof. Wie moet dit weten?", "radicalisation_signal", False),
    ("Een oudere man in de flat noemt politici landverraders die berecht moeten worden. Niets "
     "concreets. Kan ik dit ergens bespreken?", "radicalisation_signal", False),
    ("Who implements the measure that invalidates a passport?", "passport_measure", False),
    # held-out round 793-800: a colleague on the editorial staff is no press question
    ("Een collega op de redactie noemt iedereen ongelovigen en deelt filmpjes van een "
     "haatprediker. Waar meld ik dat?", "radicalisation_signal", False),
    # held-out round 857-864: trust built with communities is the local approach, row 1, also
    # where the mosque or the key figures stand between
    ("hoi, wij willen als gemeente meer vertrouwen opbouwen met de moskee en de eritrese "
     "gemeenschap, er is niks aan de hand hoor, gewoon preventief. wie kan meedenken?",
     "prevention", False),
    ("Hoe bouwen we als gemeente structureel vertrouwen op met sleutelfiguren in de Poolse, "
     "Syrische en Turkse gemeenschappen? Er is geen incident.", "prevention", False),
    # held-out round 969-976: a teacher's other life (a neighbour, a volunteer, the council);
    # a press word that is the writer's job; a press question about a departure of last week;
    # policy staff's "PVE"; a mosque called "te soft"; parents and an English school leader
    # who ask where the school can turn
    ("Ik werk als intern begeleider, maar dit gaat over mijn buurjongen (22). Hij deelt posts "
     "die martelaarschap verheerlijken. Waar kan ik met zo'n zorgsignaal naartoe?",
     "radicalisation_signal", False),
    ("Ik ben docent geschiedenis en vrijwilliger bij een jongerengroep. Na de demonstratie is de "
     "sfeer tussen Turkse en Koerdische jongeren in onze wijk om te snijden. Wie heeft kennis "
     "van het begeleiden van zo'n gesprek bij polarisatie?", "prevention_expertise", False),
    ("I'm a primary school teacher and I also sit on the municipal council. We have no policy "
     "on radicalisation yet and nothing urgent is going on. Who can support our municipality?",
     "prevention", False),
    ("Ik werk als communicatiemedewerker bij de woningcorporatie. Een huurder hangt vlaggen van "
     "een extremistische groep op en spreekt bewoners aan over 'ongelovigen'. Waar melden we "
     "dit?", "radicalisation_signal", False),
    ("Wij zijn de communicatieafdeling van een onderwijskoepel. Een docent wil het gesprek over "
     "polarisatie in de klas aangaan. Is er een loket waar docenten terechtkunnen?",
     "school_question", False),
    ("Journalist hier: een vrouw uit ons dorp is vorige maand uitgereisd. Wie geeft namens de "
     "overheid een reactie?", "communications", False),
    ("Ik werk als communicatieadviseur voor de burgemeester. Vorige week is een jonge vrouw uit "
     "onze stad uitgereisd naar het strijdgebied. De media hebben het opgepikt en de "
     "burgemeester wil morgen een statement op sociale media zetten. Wie kijkt mee naar de "
     "tekst?", "communications", False),
    ("Raadsinformatiebrief over onze PVE-aanpak moet de deur uit. Wie heeft voorbeelden van hoe "
     "andere gemeenten de raad informeren?", "prevention", False),
    ("Een man neemt jongens na het gebed mee naar lessen in een woning, en een van hen zegt nu "
     "dat onze moskee te soft is. Waar melden we dit?", "radicalisation_signal", False),
    ("mijn zoon zit op het mbo en in de klas schelden groepjes elkaar uit op afkomst, heeft de "
     "school een plek waar ze hulp kunnen vragen", "school_question", False),
    ("Hi, I'm the school leader of a bilingual school. Some pupils share memes with far-right "
     "symbols in the class app. What's the right helpdesk for schools about this?",
     "school_question", False),
    # held-out round 977-984: a helpline for families; apostates, "zuiveren van de wijk";
    # policy staff's "PVE-capaciteit"; a school leader who asks as a club's chair
    ("Is there a helpline for families with a loved one who is radicalising? My sister's "
     "husband is turning her against us.", "family_support", False),
    ("I'm an imam. A young man has started calling our board apostates and hangs around after "
     "Friday prayers. Who can judge whether this is a real concern?", "radicalisation_signal",
     False),
    ("Een buurtsportcoach zag dat een jongeman stickers van white-supremacistgroepen verspreidt "
     "en praat over het zuiveren van de wijk. Waar moet dit signaal naartoe?",
     "radicalisation_signal", False),
    ("kleine gemeente hier, wij hebben geen eigen PVE-capaciteit. kunnen we aansluiten bij de "
     "aanpak van de centrumgemeente?", "prevention", False),
    ("Ik ben schoolleider en voorzitter van de voetbalvereniging. Sinds de verkiezingen kijken "
     "leden elkaar in de kantine niet meer aan. We willen als club een dialoogavond. Wie heeft "
     "expertise met polarisatie?", "prevention_expertise", False),
    # held-out round 985-992: teachers writing about their own child, their volunteer work,
    # the council
    ("Ik ben zelf docent Nederlands, maar dit gaat over mijn dochter van 16. Ze zit in een groep "
     "die haar voorschrijft ons te mijden. Waar kunnen wij als familie steun krijgen?",
     "family_support", False),
    ("Naast mijn werk als mentor ben ik trainer bij de judoclub. Een judoka deelt haatvideo's in "
     "de groepsapp. Waar meld ik dit?", "radicalisation_signal", False),
    ("Ik ben teamleider op een roc en ook burgerraadslid. De raad wil horen hoe het lokale "
     "netwerk tegen radicalisering ervoor staat. Waar vinden we voorbeelden?", "prevention",
     False),
    # held-out round 1001-1008: teachers writing from their club or their council work,
    # parents asking for their child's school, the writer's own press job, a tension in words
    ("Ik train naast mijn werk als leraar de O19 van onze voetbalclub. Een speler deelt in de "
     "teamapp teksten dat ongelovigen minder waard zijn. Waar meld ik dit?",
     "radicalisation_signal", False),
    ("Bij mijn schaakclub deelt een man symbolen van een neonazistische groep. Ik ben leraar. "
     "Waar kan ik terecht met dit signaal?", "radicalisation_signal", False),
    ("Ik ben trainer bij de hockeyclub en mentor op een havo. In mijn klas ontstaan ruzies over "
     "Gaza. Waar kan ik als docent terecht voor advies?", "school_question", False),
    ("Ik ben coördinator op een mbo en zit in de werkgroep jeugd van de gemeente. Wie verzorgt "
     "trainingen in het herkennen van signalen van radicalisering voor jongerenwerkers?",
     "prevention_expertise", False),
    ("mijn dochter zit in 3 havo en in haar klas is steeds ruzie over israel en palestina. als "
     "ouder wil ik de school tippen: is daar een loket voor scholen?", "school_question", False),
    ("Ik werk bij Burgerzaken en doe daarnaast de communicatie. Hoe voeren we een "
     "paspoortmaatregel uit en wie helpt ons?", "passport_measure", False),
    ("Wij zijn een kleine gemeente met een communicatieteam van twee mensen. Kunnen we aansluiten "
     "bij het regionale netwerk tegen radicalisering?", "prevention", False),
    ("de verhoudingen in de wijk staan op scherp na de brand bij de moskee. wie helpt ons met een "
     "bijeenkomst om de spanning bespreekbaar te maken?", "prevention_expertise", False),
    ("De politie heeft een man opgepakt die een aanslag zou hebben voorbereid, maar er wordt nog "
     "een handlanger gezocht. Hoe stemmen we de persberichten af?", "travel_or_threat", True),
    ("Een krant wil een reactie op de arrestatie van een man die een aanslag zou hebben "
     "voorbereid. De verdachte zit vast, er wordt niemand anders gezocht. Wie coördineert de "
     "perslijn?", "communications", False),
    ("Vorige maand kregen we een ambtsbericht over een inwoner die wilde uitreizen. Inmiddels zit "
     "hij vast, dus er is geen acuut gevaar meer. Met wie overleggen we?",
     "official_report_travel", False),
    # held-out round 1009-1016: a teacher's upstairs neighbour, a council member who teaches,
    # English signals, a school trip's exit papers, extreme weather; a covering note that is
    # someone's own, not the report's (the stop's review)
    ("Mijn bovenbuurman heeft een vlag van een jihadistische groep op zijn balkon hangen. Ik ben "
     "leraar. Waar meld ik dit?", "radicalisation_signal", False),
    ("Ik ben raadslid en docent. Waar vind ik handreikingen van andere gemeenten over de "
     "voorbereiding op sociale spanningen en radicalisering?", "prevention", False),
    ("My colleague wears a patch of a banned militant group and said the victims of the attack "
     "in Brussels 'had it coming'. Who handles signals like this?", "radicalisation_signal",
     False),
    ("kan iemand me helpen met de uitreispapieren voor de schoolreis naar Marokko?", "unknown",
     False),
    ("raadslid hier, wat is eigenlijk het protocol extreem weer van de gemeente?", "unknown",
     False),
    ("Volgens de begeleidende notitie van zijn ex is er geen acuut gevaar, maar hij wil naar "
     "Syrië om te vechten.", "travel_or_threat", True),
    # held-out round 1017-1024: a second boy still sought, the press on the side, a relative
    # named for their work, a teacher with a second role, signals in other words
    ("Ik ben directeur van een middelbare school. Vanochtend is een oud-leerling opgepakt en de "
     "politie zoekt nog een tweede jongen die betrokken zou zijn bij plannen om mensen iets aan "
     "te doen. Hoe stemmen we af met de pers?", "travel_or_threat", True),
    ("Ik doe communicatie en beleid tegelijk. Hoe bouw ik als gemeente een netwerk op met "
     "moskeeën en verenigingen tegen radicalisering?", "prevention", False),
    ("Mijn broer is griffier. De raad wil een informatiesessie over polarisatie en radicalisering. "
     "Waar kan de gemeente terecht voor ondersteuning?", "prevention", False),
    ("Ik ben jeugdleider en leraar. Een jongen uit de jeugdgroep noemt de daders van aanslagen "
     "helden en deelt onthoofdingsvideo's. Waar meld ik dit?", "radicalisation_signal", False),
    ("jongerenwerker: een van onze jongens zegt dat ie de staat niet erkent en dat het systeem "
     "moet vallen. met wie bespreek ik deze casus?", "radicalisation_signal", False),
    ("NGO caseworker here. A client keeps watching sermons by a banned preacher and calls other "
     "Muslims traitors. Can I discuss this with someone?", "radicalisation_signal", False),
    ("Our retired father now says violence against politicians would be justified. We, his "
     "children, want advice and support for ourselves. Where can we go?", "family_support",
     False),
    # held-out round 1025-1032: a threat video whose maker is unknown, a knife attacker still at
    # large, an online marriage and "naar hem toe" next week, the press on the side, a relative
    # in the council
    ("Als wijkteammedewerker zit ik aan de keukentafel bij een gezin waarvan de oudste dochter"
     " (21) radicaliseert: ze zegt dat haar familie naar de hel gaat en heeft online een "
     "huwelijk gesloten met een man die ze nooit heeft ontmoet. Ze zegt dat ze naar hem toe "
     "gaat 'zodra haar paspoort binnen is', dat is volgende week. De ouders vragen om "
     "specialistische hulp voor zichzelf. Waar kunnen ze terecht?",
     "travel_or_threat", True),
    ("Communicatie hier. Er circuleert een dreigvideo gericht op ons gemeentehuis, de politie "
     "onderzoekt het nog en weet niet wie erachter zit. Met wie stemmen we de woordvoering af?",
     "travel_or_threat", True),
    ("Stadsmarinier hier: vanochtend is er een mesaanval geweest bij het station, de dader is nog "
     "voortvluchtig. Er staat pers voor het stadhuis. Met wie stemmen we de communicatie af?",
     "travel_or_threat", True),
    ("Ik doe pers en communicatie erbij. Hoe zetten we als gemeente een lokaal netwerk tegen "
     "radicalisering op?", "prevention", False),
    ("mijn moeder zit in de gemeenteraad en vraagt zich af hoe de raad op de hoogte wordt "
     "gehouden van de aanpak van radicalisering. waar kan ze dat navragen?", "prevention", False),
    # held-out round 1217-1224: an extremist about waste sorting, polarisation in physics, a
    # press question a year after a departure
    ("Huurster zegt dat haar buurvrouw een echte extremist is als het om afval scheiden gaat: ze "
     "controleert ieders vuilniszakken en hangt boze briefjes op. Hoe bemiddelen we?",
     "unknown", False),
    ("Wat betekent polarisatie bij natuurkunde? Mijn dochter heeft morgen toets over licht en "
     "zonnebrillen en ik kan haar niet helpen.", "unknown", False),
    ("Een jaar na de uitreis van een gezin uit een van onze woningen wil een journalist een "
     "reconstructie maken en vraagt naar de huurgeschiedenis. Hoe gaan we samen met de gemeente "
     "om met deze persvraag?", "communications", False),
    # held-out round 1257-1264: hate propaganda, a typo'd 'steunpunnt', the security services'
    # report, parents asking 'als ouders', a received report kept on file
    ("Als trainer van de jeugd zie ik dat een van mijn spelers op zijn gsm allerlei "
     "haatpropaganda bekijkt en die ook in de kleedkamer rondstuurt. Wie moet dit signaal "
     "krijgen?", "radicalisation_signal", False),
    ("mijn zus is bekeerd en nu heel extreem geworden, ze zegt dat wij allemaal naar de hel "
     "gaan en ze ziet haar vroegere vriendinnen niet meer. ik maak me zorgen. is er een "
     "steunpunnt voor famielie?", "family_support", False),
    ("Het kabinet van de burgemeester kreeg een officieel bericht van de veiligheidsdiensten: "
     "een jonge vader uit onze gemeente wil dit weekend met vrouw en kinderen vertrekken naar "
     "een gebied waar gevochten wordt. Hoe gaan we te werk?", "official_report_travel", True),
    ("Een imam verwijst een echtpaar naar ons: hun dochter radicaliseert en ze zoeken "
     "begeleiding als ouders. Mag de imam hun namen aan de gemeente geven en wij aan een "
     "ondersteuningspunt? Welke afspraken maken we over vertrouwelijkheid?",
     "family_support", False),
    ("Niet spoedeisend, de betrokkene zit nog tot volgend jaar vast: we ontvingen een "
     "ambtsbericht over zijn voornemen om na zijn vrijlating uit te reizen. Mogen we het "
     "ambtsbericht in het persoonsdossier bewaren en hoe lang? En met wie moeten we het "
     "afstemmen?", "official_report_travel", False),
    # held-out round 1265-1272: a security service's note or letter, a grandmother about hatred
    # of other groups
    ("Via de inlichtingendienst kregen wij als gemeente schriftelijk te horen dat een jongen "
     "die bij mij pianoles had zijn vliegticket al heeft en binnenkort naar het oorlogsgebied "
     "gaat om zich aan te sluiten bij een gewapende groep. Wat doen we?",
     "official_report_travel", True),
    ("- Afzender: adviseur OOV\n- Vertrouwelijke notitie inlichtingendienst ontvangen: "
     "inwoner bereidt vertrek naar buitenland voor om zich aan te sluiten bij gewapende "
     "groepering\n- Vertrek mogelijk binnen dagen\n- Vraag: wie nu betrekken?",
     "official_report_travel", True),
    ("Oma hier, 68 jaar. Mijn kleinzoon woont bij mij in de Schilderswijk en praat alleen nog "
     "over haat tegen andere groepen. Ik wil hem niet kwijtraken. Waar kan een grootmoeder "
     "met zoiets terecht?", "family_support", False),
    # held-out round 1273-1280: a document of 'de dienst' by courier, an official message sent
    # to the mayor, a residents' evening about newcomers that ran high
    ("07:55 | Beller: kabinet burgemeester | Cat: bestuur | Per koerier een stuk van de "
     "dienst ontvangen: jongeman uit de gemeente heeft een ticket geboekt naar een "
     "grensgebied om zich bij een gewapende groep aan te sluiten, vertrek vrijdag.",
     "official_report_travel", True),
    ("Goedemiddag, namens de burgemeester: er is ons een officieel bericht toegestuurd dat "
     "een inwoner met de kinderen het land wil verlaten om zich bij een strijdgroep aan te "
     "sluiten. Moet er vandaag nog iets gebeuren?", "official_report_travel", True),
    ("Bij de bewonersavond over de uitbreiding van de containerterminal liep de discussie "
     "hoog op en vielen er kwetsende opmerkingen over nieuwkomers. Hoe gaan we de volgende "
     "keer met zo'n verhit debat om?", "prevention_expertise", False),
    # held-out round 1281-1288: an official message from the security service, a letter of 'de
    # dienst'
    ("Our burgemeester received an official message from the security service about someone "
     "from our town who is leaving very soon for the fighting over there. Who do we "
     "coordinate with?", "official_report_travel", True),
    ("Brief van de dienst binnengekomen bij de burgemeester: een jongen van hier heeft zijn "
     "koffers gepakt en wil via een buurland naar het oorlogsgebied, vertrek gepland voor dit "
     "weekend. Wat is nu de route?", "official_report_travel", True),
    # held-out round 1289-1296, in dialect: a letter 'binnen van de dienst', a secret 'briefje'
    # of the intelligence service
    ("ja, met de burgemeester. nou moet ge weten, er kwam vanmiddag unne brief binnen van de "
     "dienst, zo'n officieel stuk, dat ene van onze inwoners, unne jonge vrouw met twee "
     "kleine kinderen, binnen een paar dagen met de kinderen naar dat oorlogsgebied vertrekt "
     "om zich bij die strijders aan te sluiten. ik zit hier met m'n handen in m'n haar. wie "
     "moet ik nu direct hebben?", "official_report_travel", True),
    ("ja, met Piet, ik doe hier openbare orde, al sinds de jaren negentig. nou moet ge weten, "
     "we kregen zonet zo'n geheim briefje van de inlichtingendienst: unne stel uit de wijk "
     "achter de kerk staat op 't punt om met hun kinderen weg te gaan naar dat gebied waar "
     "die strijdgroepen zitten. deze week nog. wie moet ik nou als eerste bellen?",
     "official_report_travel", True),
    # held-out round 1297-1304: a press question about a departure of last weekend
    ("De burgemeester moet morgen in de raadsvergadering en daarna tegenover de pers iets "
     "zeggen over de jongen die afgelopen weekend naar Syrie is uitgereisd. Wie helpt ons met "
     "de woordvoering?", "communications", False),
    # held-out round 1321-1328: "spaningen" misspelt, a request "tot weigering van een
    # paspoort", "hoe superieur 'het witte ras' is"
    ("wij als gemente willen beter voorbereid zijn op spaningen in de wijk, hoe zet je een "
     "preventief beleid op en wie is daar de kontaktpersoon voor", "prevention", False),
    ("De burgemeester overweegt, in een reeds langer lopende zaak, bij de minister een "
     "verzoek in te dienen tot weigering van een paspoort; ik vraag mij af welke stukken "
     "daarvoor nodig zijn, welke instantie ons bij het opstellen van dat verzoek kan "
     "ondersteunen en of het verzoek zelf als besluit in de zin van artikel 1:3 Awb moet "
     "worden aangemerkt.", "passport_measure", False),
    ("Twee scholieren die ik elke middag in de tram controleer hebben het de hele rit over "
     "hoe superieur 'het witte ras' is en dat ze lid zijn geworden van een groep op Telegram. "
     "Ik weet op welke school ze zitten. Moet ik dit bij de politie melden of bij de school?",
     "radicalisation_signal", False),
    # held-out round 1329-1336: a passport to lapse for the travel risk it names as its reason,
    # in Dutch and Frisian; "strijden tegen het westen", a "spanningsanalyse", an online
    # preacher "who calls for hate", a "passport signal", trust with status holders
    ("paspoort vervallen verklaren ivm uitreisrisico, hoe werkt dat precies en wie moet de "
     "burgemeester hierover inlichten? geen haast, persoon zit nog vast",
     "passport_measure", False),
    ("Wij hebben geen ambtsbericht, maar de politie adviseert het paspoort van een inwoner te "
     "laten vervallen vanwege reisplannen op termijn naar een strijdgebied. Er is geen acuut "
     "gevaar. Wat is de rol van de gemeente bij zo'n paspoortmaatregel?",
     "passport_measure", False),
    ("Us team burgerzaken hat in fersyk krigen om in paspoart as ûnjildich te registrearjen. "
     "It is net driuwend, mar wy wolle it goed dwaan. By wa kinne wy mei fragen oer dizze "
     "maatregel terjochte?", "passport_measure", False),
    ("ik heb een bijbaan bij de supermarkt en een collega van 19 probeert steeds jongere "
     "collega's mee te nemen naar een 'studiegroep' waar ze zeggen dat je moet strijden tegen "
     "het westen. kanker raar. wie kan hiernaar kijken", "radicalisation_signal", False),
    ("Kan iemand ons helpen met een spanningsanalyse? In de wijk Oost lopen de emoties op "
     "tussen oude bewoners en nieuwkomers, sinds de sluiting van het buurthuis.",
     "prevention_expertise", False),
    ("Imam here, originally from Egypt. A young man who comes to our mosque now rejects "
     "everything I say as 'not pure enough' and follows an online preacher who calls for hate "
     "against other groups. He is not planning anything that I know. Whom should I inform?",
     "radicalisation_signal", False),
    ("A man is at the counter asking for a new ID card, but there is a passport signal "
     "(signalering) on his name. Not acute, he is not travelling. How do we execute the "
     "measure correctly and who do we contact?", "passport_measure", False),
    ("As an expat working in the social domain team of the gemeente: how do we build trust "
     "(vertrouwen) with the Eritrean and Syrian status holders in our town? Long-term, there "
     "is no crisis.", "prevention", False),
    # held-out round 1337-1344: "scheldwoorden over elkaars geloof" in a football team, the
    # "elite" that "must be dealt with"
    ("FW: bericht van voetbalvereniging\n\nDe trainer van de JO19 van de plaatselijke "
     "voetbalclub meldt dat er in het team steeds vaker ruzie is tussen jongens met "
     "verschillende achtergronden, met scheldwoorden over elkaars geloof. De club wil advies "
     "van een specialist over hoe je dit bespreekbaar maakt.", "prevention_expertise", False),
    ("A student reported that her classmate shares anti-government conspiracy content and "
     "says the 'elite' must be 'dealt with'. Geen concrete doelwitten, geen datum. Hoe gaan "
     "we hiermee om, waar melden we dit?", "radicalisation_signal", False),
    # held-out round 1345-1352: a passport "ongeljig te verklaore" (Limburg), a preacher "die
    # hen opzet tegen andere moslims", a "sleutelfigurennetwerk"
    ("Veer höbbe e verzeuk gekrege um e paspoort ongeljig te verklaore. Is dat de "
     "burgemeister die besjlis of de minister? Wae hilp us bie de oetveuring?",
     "passport_measure", False),
    ("Wij kregen van een moskeebestuur de zorg door dat een groepje jongeren na het "
     "vrijdaggebed in een ander zaaltje samenkomt met een onbekende prediker die hen opzet "
     "tegen andere moslims. Hoe brengen politie en gemeente dit samen in beeld?",
     "radicalisation_signal", False),
    ("Vraag van de politie aan de gemeente: hebben jullie een sleutelfigurennetwerk in de "
     "wijken? Wij willen onze gebiedsgebonden agenten daaraan koppelen. Geen aanleiding, puur "
     "preventief.", "prevention", False),
    # held-out round 1353-1360: "anyone who votes is a disbeliever", a pupil laughed at "om haar
    # hoofddoek", "'people's tribunals' for politicians"
    ("A sister in our student association has started saying that anyone who votes is a "
     "disbeliever, and she pressures younger girls to cut contact with their non-Muslim "
     "friends. There is no talk of travel or violence. Where can we raise this concern?",
     "radicalisation_signal", False),
    ("Ik ben taxichauffeur in het leerlingenvervoer. Een meisje vertelde me dat ze op school "
     "om haar hoofddoek wordt uitgelachen en dat het in de klas heel gespannen is. Moet de "
     "school dit weten? Wie helpt de school?", "school_question", False),
    ("One of our officers noticed a regular at the market who has started handing out "
     "anti-government material calling for 'people's tribunals' for politicians, and he is "
     "getting angrier every week. No specific plan or target. Who do we report this to?",
     "radicalisation_signal", False),
    # held-out round 1433-1440: "geradicaliceerd" misspelt, "democracy is sinful", and the
    # polarisation of light in a physics practical
    ("wie weet waar dit heen moet 🙈\n[doorgestuurd]\n'de zoon van de overburen is echt "
     "helemaal geradicaliceerd ofzo, hij preekt op straat tegen meiden dat ze zich moeten "
     "bedekken en heeft een paar jongens meegenomen naar een of andere huiskamerbijeenkomst. "
     "geen idee of het gevaarlijk is'", "radicalisation_signal", False),
    ("Dear Sir or Madam, please forgive an old Englishman writing in his own tongue; I have "
     "lived in your lovely town since I retired from the merchant navy in 1994, and my Dutch "
     "has never been up to much. The young fellow who helps me with my shopping has lately "
     "taken to saying that democracy is sinful, that people like me deserve what is coming to "
     "them, and he showed me pictures of armed men he calls his brothers. There is no talk of "
     "him leaving or of any plan, as far as I know. Whom should I inform about this, and may "
     "I do so without giving my name? Yours faithfully.", "radicalisation_signal", False),
    ("In het physics practicum meten we de polarisatie van licht, maar het polarisatiefilter "
     "is kapot. Where do I order a new one?", "unknown", False),
    # held-out round 1441-1448: "vechten voor de goede zaak" beside a family's everyday
    # question; "declare the passport ... invalid"
    ("Een moeder die we helpen met haar huurachterstand belde ons: haar zoon praat steeds "
     "vaker over 'vechten voor de goede zaak', maar hij heeft geen concrete reisplannen. Ze "
     "wil weten waar ze als familie hulp kan krijgen.", "family_support", False),
    ("We are the income department. The mayor wants to start the procedure to declare the "
     "passport of one of our clients invalid. What exactly does the municipality have to do "
     "to implement this measure, and whom do we contact?", "passport_measure", False),
    # round 1449-1456: a strict boss nicknamed "een terrorist" with the reason, and a prison
    # library's thriller shelf "over spionnen en terroristen"
    ("Sommige gedetineerden noemen de nieuwe directeur 'een terrorist' omdat hij de "
     "rookpauzes heeft ingekort. Hoe handelen we de klachten over het rookbeleid af?",
     "unknown", False),
    ("Collega's noemen de nieuwe teamleider een 'echte terrorist' omdat hij alle usb-poorten "
     "heeft dichtgezet. Is dat beleid eigenlijk verplicht volgens de BIO?", "unknown", False),
    ("In de PI-bibliotheek willen we een thrillerhoek met spannende boeken over spionnen en "
     "terroristen. Moet de directie die boekenlijst eerst goedkeuren?", "unknown", False),
    # set 1451: "sinaasappel pers" for fresh juice
    ("ik wil sinaasappel pers kopen voor verse jus voor kleinkinderen, welke is goed en niet "
     "te duur", "unknown", False),
    # round 1457-1464: the passport measure named as such, in Frisian and spelt by ear, which
    # the topic card took off the subject; now a `sure` term. Not an expired passport.
    ("Hoe fiere wy as gemeente in paspoartmaatregel út? De boargemaster wol witte hokker "
     "stappen der binne.", "passport_measure", False),
    ("pasportmaatregel hoe regel ik dat als gemeende ambtenaar burgerzake wie belle ik",
     "passport_measure", False),
    ("Mijn paspoort is vervallen en ik ga volgende maand op vakantie. Hoe vraag ik een nieuw "
     "aan?", "unknown", False),
    # round 1481-1488: a garlic press and sunglasses "met polarisatie"
    ("The garlic press in the community centre kitchen is broken, who do I tell?", "unknown",
     False),
    ("Welke zonnebril met polarisatie is het beste om mee te vissen op het Zuidlaardermeer?",
     "unknown", False),
    # round 1489-1496: a police report for a stolen bike
    ("I need an official report from the police about my stolen bike for the insurance. Where "
     "do I get one?", "unknown", False),
    # round 1505-1512: dictated by phone ("een paspoort maat regel", "een amps bericht van de a
    # i v d", "radicaal isering"), German types ("Passmaßnahme", "Hilfe als Familie"), plain
    # second-language English; a juice press
    ("we moeten een paspoort maat regel uitvoeren maar de persoon heeft ook een tweede "
     "nationaliteit komma wie kan ons adviseren punt geen spoed", "passport_measure", False),
    ("spoed we hebben vanochtend een amps bericht van de a i v d binnen gekregen over een "
     "inwoner die binnen een paar dagen zou vertrekken naar het strijd gebied",
     "official_report_travel", True),
    ("vraag van de wethouder we willen weten wat de rol van de gemeente is bij preventie van "
     "radicaal isering komma niet acuut", "prevention", False),
    ("Am Schalter stand heute jemand, dessen Pass laut System im Rahmen einer Passmaßnahme "
     "für ungültig erklärt wurde. Wer berät uns?", "passport_measure", False),
    ("We work at Burgerzaken. We got a request about a passport that must be registered as "
     "vervallen because of a measure against a person. Who coordinates this?",
     "passport_measure", False),
    ("Dear team, a resident posts extreme messages and now he starts to call for 'cleaning' "
     "the neighborhood of foreigners. Where do we discuss him?", "radicalisation_signal",
     False),
    ("ik wil met de jongeren een smoothie workshop doen en zoek een goede sap pers die niet "
     "te duur is", "unknown", False),
    ("The airline took away his passport at the desk because the photo was old, what now?",
     "unknown", False),
    # round 1513-1520: plain English passport, signal and report questions; a passport
    # withdrawn "vanwege uitreisgevaar" is the measure's question
    ("The government cancelled my son's passport and now the town hall won't give him an ID "
     "card either. Who decided this and who can explain the procedure to us?",
     "passport_measure", False),
    ("How should a municipality act when the intelligence services send an official "
     "notification that a resident is on the verge of travelling to a jihadist area?",
     "official_report_travel", True),
    ("Een inwoner van wie het paspoort is ingetrokken vanwege uitreisgevaar vraagt een nieuwe "
     "id-kaart aan. Mogen wij die verstrekken?", "passport_measure", False),
    ("Ons moeder is een echte extremist als het over afval scheiden gaat. Moet de PMD-zak "
     "schoon?", "unknown", False),
    # round 1521-1528: English signals in plain words; sunglasses with polarisation
    ("I'd like to report anonymously that a man in my street is handing out radical "
     "propaganda to teenagers. Is there a way to do that?", "radicalisation_signal", False),
    ("My colleague at the warehouse has started praising the attacks in France years ago and "
     "says the men who did it are heroes. Is that something to report?",
     "radicalisation_signal", False),
    ("Voor mijn nieuwe zonnebril twijfel ik tussen polariserende glazen en gewone. Polarisatie "
     "helpt toch tegen schittering op het water?", "unknown", False),
    # round 1529-1536: a press release about a departure of last week ("uitreisde") is calm;
    # a council member "zelf uit Mosul" asks about prevention
    ("Persbericht over de inwoner die vorige week uitreisde, met wie afstemmen?",
     "communications", False),
    ("Als raadslid (ik kom zelf uit Mosul) wil ik dat onze gemeente de raad beter informeert "
     "over hoe wij omgaan met polarisatie en radicalisering. Hoe doen andere gemeenten dat?",
     "prevention", False),
    # round 1537-1544: "helemaal geradicaliseerd door minecraft"; a past departure praised
    ("mijn broertje is helemaal geradicaliseerd door minecraft, is er een minecraft kamp in de "
     "buurt?", "unknown", False),
    # round 1545-1552: "the official report of the last council meeting"; a classified notice
    ("I'm looking for the official report of the last council meeting about student housing.",
     "unknown", False),
    # round 1585-1592: a departure "where the fighting is", English and misspelt words, a
    # passport asked about "niemand weet hoe", a game's team and a practice's terror
    ("My son packed a bag last night and said he's going to 'help the brothers' where the "
     "fighting is. We need help as a family.", "travel_or_threat", True),
    ("Our son is deep into a far-right online scene. We feel lost. Is there counselling "
     "for parents in this situation?", "family_support", False),
    ("A resident whose passport was invalidated has filed an objection and wants it back. "
     "Who supports us with this?", "passport_measure", False),
    ("notulen regio-overleg: niemand weet hoe je een reisdocument ongeldig laat verklaren "
     "als de burgemeester dat wil vanwege radicalisering.", "passport_measure", False),
    ("Policy advisor: how do we map the partners (police, care, schools, youth work) for a "
     "preventive approach?", "prevention", False),
    ("De handleiding van de game zegt: 'Plant de bom en verdedig de site.' Ik speel altijd "
     "in het terroristenteam en verlies steeds de laatste ronde. Heb je tactische tips "
     "voor een online shooter?", "unknown", False),
    ("I'm leaving the country for a year to sail around the world. How do I deregister "
     "from the municipality?", "unknown", False),
    ("I think my flatmate is radicallising, he changed compleetly and throws out our "
     "music. Who to inform?", "radicalisation_signal", False),
    ("We hebben een patiënt die elke keer de hele praktijk terroriseert met zijn klachten "
     "aan de balie. Heeft iemand een protocol?", "unknown", False),
    # round 1593-1600: a menace at a festival the police still look into, a man 'currently on his
    # way' to a conflict zone though last seen 'two days ago', a history lesson, an emigration,
    # 'terreur' over parking fees
    ("Social media staat vol met berichten dat er 'iets gaat gebeuren' op het "
     "bevrijdingsfestival. De politie onderzoekt het nog. Hoe communiceren we hierover "
     "zonder paniek te zaaien?", "travel_or_threat", True),
    ("I am a correspondent working on a story about a man who, according to my sources, is "
     "currently on his way to a conflict zone and was last seen crossing a border two days "
     "ago. The municipality referred me to a national coordination point for "
     "communication, but did not give me a name. Who coordinates the press contacts?",
     "travel_or_threat", True),
    ("Een geschiedenisleraar vroeg mij na een excursie met de trein hoe hij een lesgesprek "
     "over aanslagen uit het verleden kan leiden zonder dat de klas ontspoort. Waar kunnen "
     "docenten terecht voor advies?", "school_question", False),
    ("Mijn vrouw en ik emigreren naar Canada, waar mijn broer al tien jaar woont. Volgende "
     "week vertrekken we met een enkele reis. Moeten we ons uitschrijven bij de gemeente?",
     "unknown", False),
    ("Op Facebook wordt onze wethouder beschuldigd van 'terreur tegen ondernemers' vanwege "
     "de nieuwe parkeertarieven. Moeten we daar een statement over maken, en wie schrijft "
     "dat?", "unknown", False),
    # round 1601-1608: a hired truck, a raid and a plan to storm the station whose men are still
    # sought; a brother at the airport who will never come back; passport and signal words in note
    # form; a polarising filter, 'extreem balen'
    ("Een verslaggever vraagt of het klopt dat de man die gisteren met een vals rijbewijs "
     "een vrachtwagen huurde, en nog steeds niet gevonden is, van plan was naar de "
     "braderie van morgen te rijden. Wat mogen wij zeggen?", "travel_or_threat", True),
    ("woordvoerder hier, de tv staat voor de deur van het gemeentehuis na de inval van "
     "gisteren in de Kerkstraat. de politie zegt dat ze nog een tweede man zoeken. wie "
     "helpt ons met de lijnen", "travel_or_threat", True),
    ("De pers wil weten of de tweede man die betrokken was bij het plan om het station te "
     "bestormen nog op vrije voeten is. Hij is inderdaad nog niet gevonden. Hoe "
     "communiceren we daarover?", "travel_or_threat", True),
    ("vriendin zegt broer zit op vliegveld wil nooit meer terugkomen", "travel_or_threat", True),
    ("paspoort maatregel uitvoeren, uitreis dreigt niet meer, procedure?",
     "passport_measure", False),
    ("Minister trekt paspoort in. Uitvoering ligt bij ons?", "passport_measure", False),
    ("signaal radicalisering via wijkteam geen uitreis geen dreiging wat nu",
     "radicalisation_signal", False),
    ("Which polarising filter should I buy to photograph the tulip fields near Lisse "
     "without all the glare?", "unknown", False),
    ("wie weet hoe ik mn fiets kan laten graveren? vorige keer gejat bij het station en de "
     "wijkagent zei dat dat helpt. was echt extreem balen", "unknown", False),
    # round 1609-1616: a wish of last year to go 'naar een strijdgebied wilde', told as not acute; a
    # history essay, a review's 'terreurbewind', paintball teams
    ("Dit is niet acuut en er is geen directe dreiging: een vaste klant vertelde vorig "
     "jaar eens dat hij ooit naar een strijdgebied wilde, maar hij woont hier nog gewoon. "
     "Moet ik dat alsnog melden?", "travel_or_threat", False),
    ("Voor geschiedenis schrijf ik een essay over de radicalisering van de Franse "
     "Revolutie na 1792. Welke bronnen zijn goed om mee te beginnen?", "unknown", False),
    ("Een klant schreef in een online review dat onze verhuurbalie 'een waar "
     "terreurbewind' voert, alleen omdat we een borg vragen. Kan de gemeente iets doen "
     "tegen zulke reviews?", "unknown", False),
    ("Our volunteer team is going paintballing and we split into 'the extremists' and 'the "
     "moderates'. Any fun ideas for team shirts?", "unknown", False),
    # round 1617-1624: ten years of departures counted, a suspect who 'zit vast', 'radikale
    # uitspraken', a passport to be 'gesignaleerd', a vegan 'geradicaliseerd', 'jihad al-nafs'
    # against smoking
    ("Een journalist vraagt naar het aantal uitreizigers uit onze gemeente in de afgelopen "
     "tien jaar. Het voelt als een hinderlaag. Wie helpt ons met de woordvoering?",
     "communications", False),
    ("Onze dierenkliniek zit in de straat waar vorige week een huiszoeking was bij een "
     "verdachte van een aanslagplan. Hij zit vast. Een landelijke zender wil nu bij ons "
     "filmen. De gemeente wil een lijn in de woordvoering.", "communications", False),
    ("een jongen van onze voetbalschool is in korte tijd heel anders geworden, radikale "
     "uitspraken, wil geen hand meer geven aan niet-gelovigen en zegt dat de wet van god "
     "boven alles gaat. wie moet ik hierover inlichten?", "radicalisation_signal", False),
    ("Wij moeten na een besluit van de minister een paspoort van een inwoner laten "
     "signaleren in het register. Er is geen haast, hij zit nog in de gevangenis. Wie kan "
     "ons uitleggen hoe dat werkt?", "passport_measure", False),
    ("mijn moeder zegt dat ik 'geradicaliseerd' ben sinds ik vegan ben lol, hoe overtuig "
     "ik haar dat tofu lekker is?", "unknown", False),
    ("Onze hoca zegt dat stoppen met roken in de ramadan jihad al-nafs is, de strijd tegen "
     "jezelf. Waar vind ik in de gemeente hulp om echt te stoppen met roken?", "unknown", False),
    # round 1625-1632: a son 'with the true believers' by the weekend
    ("My son's passport is missing from the drawer, he has emptied his savings account and "
     "says he'll be 'with the true believers' by the weekend. We're his parents and we "
     "don't know what to do.", "travel_or_threat", True),
    # round 1633-1640: a councillor followed by a man who shows her diary; a child's antisemitic
    # slogan in class; a pupil's summer with family in Somalia
    ("Een raadslid wordt gevolgd door een man die haar agenda op zijn telefoon laat zien "
     "en zegt dat het debat van donderdag niet zal doorgaan zoals gepland. Hoe nu verder?",
     "travel_or_threat", True),
    ("Hoi! Eerstejaars pabo hier. Op mijn stageschool zei een kind van groep 5 dat 'Joden "
     "de wereld kapot maken'. Mijn stagebegeleider wil er een les over geven maar weet "
     "niet goed hoe. Is er een hulplijn voor scholen?", "school_question", False),
    ("een leerling van mij gaat deze zomer naar zijn familie in somalie en zijn "
     "klasgenoten roepen dat hij 'gaat trainen bij de rebellen'. hoe ga ik daar als docent "
     "mee om", "school_question", False),
    # round 1641-1648, officialese: harm to visitors of a synagogue, a radical brother leaving 'for
    # good' this weekend, a resident 'en route to a conflict zone', a communication from the
    # security service, a passport measure named in English, music 'terrorising' a street
    ("It is noted, with some reservation as to the reliability of the source, that a plan "
     "may exist to cause harm to visitors of the synagogue this coming Saturday. It is "
     "asked to whom this information ought to be forwarded.", "travel_or_threat", True),
    ("A sister has contacted the municipality seeking help for the family, stating that "
     "her brother has become radical and has recently been speaking of leaving 'for good' "
     "this weekend.", "travel_or_threat", True),
    ("It is requested that the municipality be supported in the drafting of a press line, "
     "in view of persistent questions from journalists regarding a resident who may at "
     "this moment be en route to a conflict zone.", "travel_or_threat", True),
    ("Receipt is acknowledged of an official communication from the security service, to "
     "the effect that the departure of a young woman from our municipality may be "
     "imminent. Guidance as to the next steps would be welcomed.", "official_report_travel", True),
    ("procedure for executing a passport measure? civil affairs dept needs the steps, "
     "regards", "passport_measure", False),
    ("A resident has asked whether the neighbours' extremely loud music, which is said to "
     "be 'terrorising' the entire street every weekend, is sufficient ground for noise "
     "enforcement.", "unknown", False),
    # round 1649-1656: a stabbing for 'de heilige strijd' whose helper is 'nog op vrij voeten'
    ("Een journalist vraagt ons over de steekpartij bij de bushalte gisteren, waarbij de "
     "dader riep dat het voor de heilige strijd was. De dader is opgepakt, maar volgens de "
     "politie is een tweede man die hielp nog op vrij voeten. Wat zeggen wij in de pers?",
     "travel_or_threat", True),
    # Held-out round 1657-1664 (measured on caf1a11): a departure 'from Turkey further south' by a
    # coach's players, a misspelt 'offical report', a wine-maker's press, 'no indication at all
    # that' and 'nothing suggests he' as negation.
    ("Sports coach here. Two of my players asked me how you get from Turkey further south "
     "without papers, and they are flying out right after the tournament this weekend. "
     "Should I be calling someone?", "travel_or_threat", True),
    ("offical report came in about a resident who is about to depart, mayor is on holiday, "
     "acting mayor asks what our first call should be", "official_report_travel", True),
    ("De pers van de wijnboer in ons dorp is kapot; weet iemand een reparateur in de "
     "buurt?", "unknown", False),
    ("Family asks for support: their son has radicalised seriously. No indication at all "
     "that he wants to leave the country, nothing acute. Who can coach the parents?",
     "family_support", False),
    ("I work as a pharmacist in a Dutch town. A regular customer has started leaving "
     "pamphlets in our waiting area calling for 'war against the West' and he refuses to "
     "be served by 'unbelievers'. Nothing suggests he plans to leave the country or attack "
     "anyone. Where should I report this?", "radicalisation_signal", False),
    # Held-out round 1665-1672 (measured on 6bb22b6): look-alikes (a bomb that 'lijkt wel' to go
    # off, a tax bill that was 'echt een bom', 'levensgevaarlijk met al die scheepvaart', 'fanatiek
    # aan toe', a wine farm's press, a toddler 'echte terrorist', 'extreem droge' skin), a returned
    # 'uitreiziger die al terug is', and a report that 'daarin staat' is not acute or a departure
    # 'op zijn vroegst' months away.
    ("Onze buurman is al drie weken aan het verbouwen en het lijkt wel of er elke ochtend "
     "om zeven uur een bom ontploft. Bij wie kan ik klagen over geluidsoverlast?",
     "unknown", False),
    ("De buurtvereniging wil weten of we de aanslag voor de gemeentelijke belastingen in "
     "termijnen kunnen betalen. Die aanslag was dit jaar echt een bom, bijna twee keer zo "
     "hoog als vorig jaar.", "unknown", False),
    ("Onze nieuwe medewerker burgerzaken vraagt wat 'signalering in het register "
     "paspoortsignaleringen' betekent bij een paspoortmaatregel tegen een uitreiziger die "
     "al terug is. Wie legt ons dat uit?", "passport_measure", False),
    ("Kinderen doen elke middag bommetjes van de brug bij de sluis, levensgevaarlijk met "
     "al die scheepvaart. Mogen we daar een verbodsbord plaatsen?", "unknown", False),
    ("Wie van de gemeente reikt dit jaar de beker uit bij de voetbalstrijd tussen de "
     "basisscholen? Vorig jaar ging het er fanatiek aan toe en de kinderen zouden het "
     "geweldig vinden als de wethouder komt.", "unknown", False),
    ("De pers van onze wijnboerderij is kapot vlak voor de oogst. Weet iemand een "
     "reparateur in de regio?", "unknown", False),
    ("mijn kleine is een echte terrorist als hij moe is haha, hij gooit alles kapot. weet "
     "iemand een goede opvoedcursus in de buurt?", "unknown", False),
    ("lol mn collega zei 'je bent echt een terrorist met die spreadsheets' maar serieus "
     "hoe maak ik een draaitabel in excel", "unknown", False),
    ("Extreem droge en schilferige huid op de onderbenen bij een diabetespatiënt, welke "
     "crème adviseren jullie?", "unknown", False),
    ("We hebben een ambtsbericht ontvangen over een mogelijke uitreis, maar daarin staat "
     "uitdrukkelijk dat het niet acuut is en dat er geen direct gevaar is. Welke partijen "
     "moeten we toch informeren?", "official_report_travel", False),
    ("Er ligt bij de gemeente een ambtsbericht over een mogelijke uitreis van een "
     "oud-leerling, maar volgens de politie is er geen direct gevaar en gaat het vertrek "
     "op zijn vroegst over maanden. Het is dus niet acuut. Met wie moeten we contact "
     "opnemen?", "official_report_travel", False),
    # Held-out round 1673-1680 (measured on 99885a7): shooting 'op mensen' in a game is no threat,
    # 'acuut allergisch', 'de grootste dreiging voor mijn zaak', questions about departures in
    # general ('maatregelen tegen uitreizigers', 'hoeveel uitreizigers'), and a community officer's
    # 'geen directe haast' beside a departure 'op termijn'.
    ("In die game moet je op mensen schieten, mag mijn zoon van 10 dat spelen?", "unknown", False),
    ("Ik ben acuut allergisch geworden voor PPD in haarverf en mijn handen zitten vol "
     "eczeem. Kan ik nog als kapper werken?", "unknown", False),
    ("De grootste dreiging voor mijn zaak is de nieuwe barbershop aan de overkant die voor "
     "een tientje knipt. Hoe concurreer ik daarmee?", "unknown", False),
    ("Voor een artikel over bestuurlijke maatregelen tegen uitreizigers wil ik weten: bij "
     "wie kan een gemeente terecht als zij een paspoortmaatregel moet uitvoeren?",
     "passport_measure", False),
    ("journalist wil weten hoeveel uitreizigers onze gemeente de afgelopen tien jaar heeft "
     "gehad, ik ben gevraagd als expert maar de gemeente wil eerst haar woordvoering "
     "afstemmen. met wie?", "communications", False),
    ("We vermoeden dat een inwoner op termijn wil uitreizen naar een strijdgebied, maar "
     "volgens de wijkagent is er geen directe haast: er is geen vertrekdatum en hij heeft "
     "geen geldig paspoort. Dit is niet acuut. Wie moeten we inlichten?",
     "travel_or_threat", False),
    # Held-out round 1681-1688 (measured on 10571a7): a departure before a passport measure in
    # English (but not a holiday on Friday), look-alikes ('een flinke aanslag te verduren', a
    # training camp in Thailand, an escape room's fake 'bommelding', a wedding cake to 'blow up',
    # 'an outright attack', books about 'aanslagen', 'de terreur van dinsdag'), no valid passport as
    # a danger not yet near, a departure that 'inmiddels is aangekomen' asked about by the press.
    ("He's leaving on Thursday and we need his passport declared invalid before that. Who "
     "handles the passport measure?", "travel_or_threat", True),
    ("She's leaving on Friday and needs her passport renewed, can the desk do it today?",
     "unknown", False),
    ("Onze nieuwe bokszak heeft na één week al een flinke aanslag te verduren gehad, de "
     "naad is gescheurd. Valt dat onder de garantie of is dat normale slijtage?", "unknown", False),
    ("Onze Thaiboksleraar vertrekt drie maanden naar een trainingskamp in Thailand. Hoe "
     "regelen we vervanging en moeten we zijn contract aanpassen?", "unknown", False),
    ("Er is een vermoeden van uitreis van een oud-leerling, maar hij woont volgens zijn "
     "ouders nog gewoon thuis en heeft geen geldig paspoort. Niet acuut, geen direct "
     "gevaar. Waar melden we dit?", "travel_or_threat", False),
    ("In het scenario van onze escaperoom voor het buurtfeest zit een nep-bommelding als "
     "raadsel, mag dat in het buurthuis?", "unknown", False),
    ("The new parking fees are an outright attack on small shop owners! Where do I file a "
     "complaint?", "unknown", False),
    ("Our improv theatre group is rehearsing a comedy sketch in which a clumsy 'terrorist' "
     "tries to blow up a wedding cake; do we need a permit from the municipality to "
     "perform it in the local park?", "unknown", False),
    ("Als bibliothecaris, die in het kader van het leesbevorderingsbeleid een thrillerweek "
     "organiseert rond boeken over spionnen, aanslagen en ontvoeringen, wil ik weten of we "
     "de posters in de hal van het stadhuis mogen ophangen.", "unknown", False),
    ("Mijn fitnesstrainer noemt de burpee-training 'de terreur van dinsdag'. Kan ik de "
     "sportzaal van de gemeente huren voor een bootcamp?", "unknown", False),
    ("De jongeman die afgelopen maandag vanuit onze gemeente is vertrokken om zich bij een "
     "strijdgroep in het buitenland aan te sluiten, en die daar volgens de familie "
     "inmiddels is aangekomen, is nu onderwerp van vragen van de media. Wie helpt met de "
     "persreactie?", "communications", False),
    # Held-out round 1689-1696 (measured on 14a6777): look-alikes ('aanslag' on a budget, of moss,
    # in a board game; 'de bom' of a team; an 'uitreisvergunning' for birds; a passport valid 'bij
    # de uitreis'), and a report about a 'mogelijke uitreis' that the police call not acute.
    ("Ons budget heeft een flinke aanslag gekregen door de energieprijzen. Zijn er "
     "subsidies voor feestzalen in onze gemeente?", "unknown", False),
    ("Het dak van ons clubgebouw heeft een flinke aanslag van mos en algen. Mag de "
     "vereniging dat zelf verwijderen of moet de gemeente als eigenaar dat doen?",
     "unknown", False),
    ("Wij spelen op de bordspelclub een spel waarin je een 'aanslag' op de keizer moet "
     "voorkomen. Iemand kent een vergelijkbaar coöperatief spel voor zes spelers?",
     "unknown", False),
    ("Mijn buurjongen staat elke avond tot tien uur tegen onze schutting te schieten met "
     "een voetbal. Hij zegt dat hij 'de bom' van zijn team is. Kan de gemeente iets doen "
     "aan die herrie?", "unknown", False),
    ("Is een uitreisvergunning nodig voor de vogels die onze vogelvereniging naar een "
     "tentoonstelling in Duitsland meeneemt?", "unknown", False),
    ("Volgende maand vlieg ich naar Thailand. Klopt het dat mijn paspoort bij de uitreis "
     "nog zes maanden geldig moet zijn, of is een identiteitskaart genoeg?", "unknown", False),
    ("We hebben een ambtsbericht ontvangen over een mogelijke uitreis van een inwoner, "
     "maar volgens de politie is er geen direct gevaar en is het niet acuut. Met wie moet "
     "de gemeente verder afstemmen?", "official_report_travel", False),
    # Held-out round 1697-1704 (measured on ada4490): guns beside 'a list of names' of politicians;
    # look-alikes ('een aanslag op hun zomer', 'op de hobo', 'culinaire terreur', 'like a machine
    # gun', 'attack on goal', a roof 'door de storm opgeblazen'); a report's author ('de opsteller')
    # calling it not acute.
    ("coach here, 1 of my players says his cousin has guns and a list of names of local "
     "politicians. he's dead serious", "travel_or_threat", True),
    ("het gemeentelijk zwembad heeft de duikplank weggehaald, mijn kinderen vinden het een "
     "aanslag op hun zomer lol", "unknown", False),
    ("Hoe oefen ik een zuivere aanslag op de hobo? Mijn leerlingen zetten elke toon veel "
     "te hard in.", "unknown", False),
    ("Our brass section absolutely killed it at the festival and the drummer was shooting "
     "off fills like a machine gun. Any tips for recording a live concert on a small "
     "budget?", "unknown", False),
    ("that attack on goal in the 90th min was insane, who sponsors the local club?",
     "unknown", False),
    ("Het dak van mijn verhuurpand is door de storm bijna opgeblazen; de schade is "
     "extreem. Dekt de opstalverzekering stormschade aan een verhuurd pand?", "unknown", False),
    ("Een foodblogger noemde onze kapsalon 'pure culinaire terreur' en 'een aanslag op je "
     "cholesterol'. Mag ik die recensie op mijn raam plakken of zit daar auteursrecht op?",
     "unknown", False),
    ("Wij hebben een ambtsbericht ontvangen over mogelijke uitreis van een inwoner naar de "
     "regio Khorasan, maar volgens de opsteller is er geen onmiddellijk gevaar, niet "
     "acuut. Wie moeten we betrekken?", "official_report_travel", False),
    # Held-out round 1705-1712 (measured on eedbcca): men planning how to bring a bridge pier down
    # during a parade; look-alikes (a hand-grenade tattoo, a 'molotov' cocktail's recipe, the
    # 'herdenking van de hijra', a parish's 'uitreis' to World Youth Day, 'a real bomb on the
    # pitch', 'de aanslag voor de leges', confetti that 'ontploft', an e-mail footer about 'acute
    # dreiging', a deportation to Iraq, chimneys blown up by a demolition firm, a baking-soda
    # 'bomb'); a mentor's judgement beside a departure 'ooit'.
    ("landmeter hier, ik hoorde twee mannen bij de brug praten over hoe ze de pijler kapot "
     "konden krijgen als de optocht erover gaat, ze hadden tekeningen bij zich. geen grap "
     "volgens mij", "travel_or_threat", True),
    ("Klant wil een handgranaat in traditional stijl op zijn onderarm met de tekst "
     "'explosive'. Hoe groot moet ik die maken zodat de lijnen strak blijven?", "unknown", False),
    ("wie heeft het recept van die 'molotov' cocktail die we op het studiofeestje "
     "schonken? iemand vroeg erom, was met wodka en chili ofzo", "unknown", False),
    ("Ons buurthuis organiseert een feestavond voor het islamitisch nieuwjaar, de "
     "herdenking van de hijra. Moeten we een evenementenvergunning aanvragen?", "unknown", False),
    ("Onze parochie regelt de uitreis van twintig vormelingen naar de Wereldjongerendagen. "
     "Moeten minderjarigen een toestemmingsformulier van de gemeente hebben om de grens "
     "over te gaan?", "unknown", False),
    ("Our women football team has a striker who is a real bomb on the pitch and shoots "
     "from every position. Can the municipality sponsor new shirts for the team?",
     "unknown", False),
    ("De aanslag voor de leges van mijn omgevingsvergunning klopt niet, er staat het "
     "dubbele bedrag op. Bij wie kan ik bezwaar maken?", "unknown", False),
    ("Voor de carnavalsoptocht bouwen we een praalwagen met een raket die met confetti "
     "'ontploft'. Heeft de loods waarin we bouwen een gebruiksmelding nodig?", "unknown", False),
    ("Vraag over een parkeervergunning voor mijn nieuwe auto, hoe vraag ik die aan? Met "
     "vriendelijke groet, A. Jansen -- Bij acute dreiging of een verdachte situatie: bel "
     "altijd het alarmnummer. Dit bericht is uitsluitend bestemd voor de geadresseerde.",
     "unknown", False),
    ("De Dienst Terugkeer en Vertrek wil mijn cliënt volgende week uitzetten naar Irak. "
     "Kan ik nog een voorlopige voorziening vragen om de uitzetting tegen te houden?",
     "unknown", False),
    ("Een cliënt werkt bij een sloopbedrijf dat met springstof fabrieksschoorstenen "
     "opblaast. Zijn werkgever vraagt of hij met zijn tewerkstellingsvergunning het "
     "diploma springmeester mag halen.", "unknown", False),
    ("Hi everyone, for the science fair the kids are building a 'bomb' out of baking soda "
     "and vinegar (the teacher's word, not mine 😅). Do we need to bring anything from "
     "home?", "unknown", False),
    ("Een leerling van 16 vertelt klasgenoten dat hij 'na zijn eindexamen ooit voorgoed "
     "naar de broeders gaat'. Volgens de mentor is er geen acuut gevaar. Wie kan de school "
     "adviseren?", "travel_or_threat", False),
    # Held-out round 1713-1720 (measured on 1e368ba): look-alikes ('Dreiging van vogelgriep', a
    # right hook that is 'een bom', a bath bomb that 'bruist niet', a neighbourhood app that
    # 'ontploft', a quarrel blown up 'tot een drama').
    ("Dreiging van vogelgriep: moeten we de kippen op de kinderboerderij nu binnen houden "
     "en wie bij de gemeente moeten we informeren?", "unknown", False),
    ("Welke sportschool in de buurt geeft bokslessen voor beginners? Mijn trainer zegt dat "
     "mijn rechtse hoek een bom is, maar ik wil techniek leren.", "unknown", False),
    ("Bath bombs gemaakt met citroenzuur maar mijn bom bruist niet. Wat doe ik fout?",
     "unknown", False),
    ("Sinds de komst van het azc ontploft de buurtapp dagelijks van boze berichten. Wie "
     "heeft expertise over polarisatie in een wijk en kan ons adviseren?",
     "prevention_expertise", False),
    ("Mijn schoonmoeder blaast elke kleine ruzie op tot een drama. Hoe overleef ik "
     "kerstavond?", "unknown", False),
    # Held-out round 1721-1728 (measured on e9ad2fe): suspicious objects of the Second World War in
    # a museum are no threat.
    ("In het museum staan verdachte voorwerpen uit de Tweede Wereldoorlog, mogen kinderen "
     "die aanraken?", "unknown", False),
    # Round 1729-1736: a girl's farewell 'ik ga naar mijn man' in a letter's PS, 'where the brothers
    # are fighting', a bomb workshop seen through a door (missed); bombs to bake, a canteen to blow
    # up 'figuurlijk', a threat of chess, a game's attack on a castle, a three-year-old case in a
    # press question (false alarms).
    ("Geachte heer, mevrouw, mijn nicht van zeventien doet mee aan een mentorproject van "
     "de gemeente en ik wil graag weten wie dat begeleidt en of ouders mogen meekijken. "
     "Met vriendelijke groet. PS: haar spaargeld en paspoort zijn weg, en haar laatste "
     "bericht was: 'ik ga naar mijn man, zoek me niet'.", "travel_or_threat", True),
    ("Hi, I rent out rooms and have a question about the house rules for my tenants. One "
     "of them left a note on the table: 'I am going where the brothers are fighting'. Who "
     "do we call?", "travel_or_threat", True),
    ("For weeks there has been a strange smell from the flat next door, and he gets sacks "
     "of fertiliser delivered. Through the open door I saw a pressure cooker and a printed "
     "map of the Christmas market. Who do I tell?", "travel_or_threat", True),
    ("Voor de kerstborrel bak ik 'bommen' van slagroom en oliebollen. Wie heeft een "
     "recept?", "unknown", False),
    ("Onze voorzitter wil de oude kantine 'opblazen' (figuurlijk) en opnieuw inrichten. "
     "Tips?", "unknown", False),
    ("De scheidsrechter werd 'bedreigd' met mat in twee zetten. Wie regelt de prijzen?",
     "unknown", False),
    ("My kids play a game where they plan the perfect attack on a castle. Are there quiet "
     "hours?", "unknown", False),
    ("een journalist vraagt naar de bedreiging van de wethouder door een extremist. de "
     "zaak is 2 jaar oud. wat zeggen we?", "communications", False),
    # Round 1729-1736, English signals that named no word of the lexicon: praising men who shot
    # people, music as the devils work, a runic tattoo.
    ("Through the wall I hear my neighbour's son ranting at night and praising men who "
     "shot people in a church. Nothing is planned as far as I know. Who should know?",
     "radicalisation_signal", False),
    ("my neighbour says music is the devils work and burned his tv in the garden. who do i "
     "tell?", "radicalisation_signal", False),
    ("My neighbour has a new tattoo of a runic symbol and young men chant in his garage at "
     "night. Not acute, but who should know?", "radicalisation_signal", False),
    # Round 1737-1744, figures of speech that were false alarms: 'een bom van een persvraag', 'barst
    # de bom', the war that began with an attack in Sarajevo, a stage's fake bomb alert, 'iets
    # groots doen met zijn leven'.
    ("Woordvoerder hier: er ligt een bom van een persvraag over de teruggekeerde vrouw. "
     "Met wie stemmen we de lijn af?", "communications", False),
    ("Bij ons in de straat barst de bom over de nieuwe speeltuin. Wie kan bemiddelen "
     "tussen de buren?", "unknown", False),
    ("Mijn zoon maakt een werkstuk over de Eerste Wereldoorlog, die begon met een aanslag "
     "in Sarajevo. Welke boeken raden jullie aan?", "unknown", False),
    ("Ons theater speelt een stuk met een nep-bommelding op het toneel. Hebben we een "
     "vergunning nodig?", "unknown", False),
    ("Mijn vader wil na zijn pensioen 'iets groots doen met zijn leven' en gaat zeilen. "
     "Hoe regel ik zijn post?", "unknown", False),
    # Round 1745-1752: 'deal with the traitors', 'gonna make it happen myself' (missed); Monday
    # meetings as 'an attack on humanity' (a false alarm).
    ("the traitors in the town hall had it coming, someone has to deal with the traitors, "
     "gonna make it happen myself on friday", "travel_or_threat", True),
    ("Our manager jokes that Monday meetings are an attack on humanity. Any time "
     "management tips?", "unknown", False),
    # Round 1753-1760, false alarms: an 'aanslag' on the league table and in kettles, 'an attack on
    # our quiet street', a visit to a grandmother in Iraq, 'een echte bom van een taart', an
    # ambtsbericht in an objection to a dormer (two rows are guards that pass before the mend too).
    ("Ons team heeft zaterdag een aanslag gepleegd op de ranglijst: 6-0 tegen de nummer "
     "een! Kan de gemeente een huldiging regelen?", "unknown", False),
    ("Er zit een dikke aanslag in de waterkokers van de kantine. Wie bestelt ontkalker?",
     "unknown", False),
    ("Residents say the new bus lane is an attack on our quiet street. Where do we send "
     "objections?", "unknown", False),
    ("I want to travel to Iraq to visit my grandmother in Erbil. Do I need a document from "
     "the municipality?", "unknown", False),
    ("Voor de personeelsborrel zoeken we een recept voor een echte bom van een taart. "
     "Tips?", "unknown", False),
    ("Bij mijn bezwaar tegen de weigering van een dakkapel kreeg ik een ambtsbericht. Hoe "
     "reageer ik?", "unknown", False),
    # Round 1761-1768: a threat in streaming words ('spawnt op het marktplein', 'de killcount'),
    # 'punishing' the mall with a homemade device (missed; the second a guard the card catches); a
    # clan's logo with a hand grenade, the rules for 'uitreizen met drank', an attack on the budget,
    # a grandfather going back to live with his brothers, a school camp's 'uitreis', a film's pyro
    # (false alarms; the last a guard for 'marktplein').
    ("Streamer hier. Een kijker spamt in mijn chat dat hij zaterdag 'spawnt' op het "
     "marktplein en dat de killcount hoger wordt dan de vorige keer. Bij wie meld ik dit?",
     "travel_or_threat", True),
    ("coach (item 2): one of our players talks about 'punishing' the mall on Saturday and "
     "showed a video of a homemade device. AP?", "travel_or_threat", True),
    ("Onze clan wil een logo met een handgranaat erop. Mag dat van de esportsbond?",
     "unknown", False),
    ("Wat zijn de regels voor het uitreizen met drank via Schiphol?", "unknown", False),
    ("minutes: the opposition's attack on the budget last night; AP: answer by Monday.",
     "unknown", False),
    ("Mijn opa gaat terug naar Syrië om bij zijn broers te wonen nu hij met pensioen is. "
     "Hoe zeggen we zijn parkeervergunning op?", "unknown", False),
    ("De uitreis van ons schoolkamp naar de Ardennen is maandag om acht uur. Moet de "
     "gemeente iets weten?", "unknown", False),
    ("Voor onze film hebben we een scène op het marktplein waarin een nepauto met pyro "
     "'ontploft'. Welke vergunning hebben we nodig?", "unknown", False),
    # Round 1769-1776: 'zo veel mogelijk mensen kunnen raken' at the busiest hour, 'talks about
    # killing people' (missed); 'one-way for now', savings 'opgeblazen', a campaign that 'moet echt
    # een bom worden', an ambtsbericht in an objection (false alarms).
    ("Een vrijwilliger zit per ongeluk in een groepsapp waarin jongens bespreken wanneer "
     "de braderie het drukst is en hoe ze daar zo veel mogelijk mensen kunnen raken. Bij "
     "wie melden we dit?", "travel_or_threat", True),
    ("someone at my work talks about killing people at the market", "travel_or_threat", True),
    ("Our intern leaves for a year in Canada, one-way for now. Does he need to deregister?",
     "unknown", False),
    ("Klant heeft zijn hele spaargeld opgeblazen aan een nieuwe auto. Hoe helpen we hem "
     "met budgetteren?", "unknown", False),
    ("Onze nieuwe campagne moet echt een bom worden. Weet iemand een goed reclamebureau?",
     "unknown", False),
    ("Voor een bezwaarzaak wil ik weten of we het ambtsbericht over de verblijfsstatus van "
     "een klant mogen inzien.", "unknown", False),
    # Round 1777-1784 (after the keep and relearn): 'youve been warned' for 'the last day before
    # summer', 'something is gonna happen at the youth festival tonight' (missed; guards the card
    # catches in these shorter texts); an 'aanslag' on a cold store's wall, for harbour dues and on
    # a club's funds (false alarms).
    ("some account keeps dming kids from our school: 'stay home on the last day before "
     "summer, youve been warned'. the school hasnt said anything yet", "travel_or_threat", True),
    ("people on tiktok say something is gonna happen at the youth festival tonight, and "
     "they havent found who posted it. who do we coordinate our statement with?",
     "travel_or_threat", True),
    ("Er zit veel aanslag op de binnenwand van de koelcel. Welk schoonmaakmiddel werkt?",
     "unknown", False),
    ("Wie stuurt de aanslag voor de havengelden van onze ligplaats? Het bedrag is te hoog.",
     "unknown", False),
    ("Er is een flinke aanslag gepleegd op onze clubkas: alles is opgegaan aan nieuwe "
     "tenten. Hoe voorkomen we dat?", "unknown", False),
    # Round 1785-1792: a foiled plan in a code word with its man at large, something suspicious
    # found with the man still sought, a trip's outward journey, a party's loud speakers, a bomb in
    # the pool
    ("Verslaggever hier. De man achter het verijdelde 'klusje' bij de moskee is volgens "
     "bronnen nog voortvluchtig. Kan de gemeente dat bevestigen?", "travel_or_threat", True),
    ("Wij zijn de woordvoerders van de gemeente. Bij het station is gisteren iets "
     "verdachts aangetroffen en de politie zoekt nog naar de man die het achterliet. Hoe "
     "stemmen we de persberichten af?", "travel_or_threat", True),
    ("Voor de uitreis van onze bewonersreis naar Ameland verzamelen we om zes uur bij de "
     "boot. Kan het buurthuis dan al open voor koffie?", "unknown", False),
    ("Mijn bovenbuurman gaat vrijdag de boel opblazen met zijn nieuwe speakers. Waar meld "
     "ik geluidsoverlast?", "unknown", False),
    ("At the swimming pool the children jump to make the biggest bomb in the water. Does "
     "the lifeguard need a certificate?", "unknown", False),
    # Round 1793-1800: a loft so full it nearly explodes, an explosive striker, an old gas pipe, an
    # explosive fortissimo, a choir's journey out, the Gunpowder Plot, a pupil who 'understands'
    # attacks (a signal, not a threat)
    ("Onze kelder is zo vol dat hij bijna ontploft. Wanneer haalt de gemeente grofvuil op?",
     "unknown", False),
    ("Onze nieuwe spits bij de zaterdagploeg is explosief maar mist veel kansen. Tips voor "
     "de afwerking?", "unknown", False),
    ("Volgens een brief van de netbeheerder ligt er een oude gasleiding onder de speeltuin "
     "met explosiegevaar. Wie moeten we bellen?", "unknown", False),
    ("Hoe krijgt onze fanfare een explosief fortissimo zonder dat het schettert?",
     "unknown", False),
    ("We plannen de uitreis naar onze partnerstad in Polen met de fanfare. Hebben "
     "minderjarigen een toestemmingsbrief nodig?", "unknown", False),
    ("Voor geschiedenis maakt mijn zoon een werkstuk over het Buskruitverraad. Heeft de "
     "bibliotheek daar boeken over?", "unknown", False),
    ("Een leerling zei in de les dat hij 'wel snapt' waarom mensen moskeeën aanvallen. Hoe "
     "voer ik daar als docent het gesprek over?", "school_question", False),
    # Round 1801-1808: an attack on a mother's night's rest, the terror of a crying baby, a team's
    # journey out to a championship or by camper, a bicycle pump, a castle attacked in a school play
    ("De kraamvisite is een aanslag op de nachtrust van de moeder. Hoe beperken we het "
     "bezoek?", "unknown", False),
    ("Hoe overleef je de terreur van een huilbaby? Wie heeft tips voor meer rust in huis?",
     "unknown", False),
    ("We plannen de uitreis naar het EK roeien in Italië. Wie regelt de verzekering voor "
     "de junioren?", "unknown", False),
    ("Kan ik mijn luchtbed met een fietspomp opblazen of heb ik echt een elektrische nodig?",
     "unknown", False),
    ("De klas speelt tijdens de projectweek een aanval op het kasteel na. Waar huren we "
     "kostuums?", "unknown", False),
    ("Wij gaan op uitreis naar Frankrijk met de camper. Moet mijn paspoort nog verlengd "
     "worden?", "unknown", False),
    # Round 1809-1816: a bang like a bomb, a terrorist attack on our sleep, a striker who will bomb
    # the keeper, a band's bomb effect; a family back from a camp in Syria (the next clause's verb
    # is no wish to leave)
    ("Onze vaatwasser ging kapot met een klap als een bom. Loont reparatie nog?", "unknown", False),
    ("My flatmate called the karaoke next door 'a terrorist attack on our sleep'. Are "
     "there quiet hours in this town?", "unknown", False),
    ("Our striker says he will bomb the keeper with shots on Sunday. Where can fans buy "
     "tickets?", "unknown", False),
    ("Mijn zoon wil met zijn band een bomeffect met een knalvlam op het podium. Is daar "
     "een vergunning voor nodig?", "unknown", False),
    ("Sinds een gezin is teruggekeerd uit een kamp in Syrië, willen buren hun kinderen "
     "niet meer laten spelen met hun kinderen. Hoe gaan we om met die polarisatie?",
     "prevention_expertise", False),
    # Round 1817-1824: emigrating on a one-way ticket, a world trip one way, an English 'aanslag for
    # the water tax', a contractor's chimney
    ("Our neighbours are emigrating to Canada on a one-way ticket. Can we take over their "
     "parking permit?", "unknown", False),
    ("Een collega gaat een jaar op wereldreis, enkele reis naar Lima. Hoe regelen we een "
     "cadeau?", "unknown", False),
    ("We got an aanslag for the water tax, but we moved in March. Who do we call?",
     "unknown", False),
    ("De aannemer wil de oude schoorsteen opblazen, zegt hij. Hebben we een vergunning "
     "nodig?", "unknown", False),
    # Round 1825-1832: a film's 'Attack of the Killer Tomatoes', a memorial for a 1943 bombing,
    # muskrats a threat to the dikes, an explosive turnout, a test to 'opblazen'
    ("Onze filmclub vertoont 'Attack of the Killer Tomatoes' in het buurthuis. Hebben we "
     "een licentie nodig?", "unknown", False),
    ("We would like to lay a wreath at the memorial for the bombing of the town in 1943. "
     "Who gives permission?", "unknown", False),
    ("Volgens de provincie vormen muskusratten een bedreiging voor de dijken. Wie gaat "
     "daarover?", "unknown", False),
    ("De opkomst bij de buurtverkiezing was explosief. Hoe maken we daar een persbericht "
     "van?", "unknown", False),
    ("Mijn zoon riep: 'ik ga die toets helemaal opblazen!' Hij wil een tien halen. Waar "
     "vraag ik bijles aan?", "unknown", False),
    # Round 1833-1840: a song that is literally the bomb, a review of a movie about a plot to blow
    # up a dam, 'een bom van een foto', a nerf gun
    ("Our choir's new song is literally the bomb. Can we perform at the town festival?",
     "unknown", False),
    ("Is a review of a movie about a terrorist plot to blow up a dam allowed on our forum?",
     "unknown", False),
    ("Die trouwfoto is echt een bom van een foto geworden. Hoe retoucheer ik de "
     "achtergrond?", "unknown", False),
    ("De bruidegom wil een foto met een nerf-geweer bij de taart. Leuk of flauw?",
     "unknown", False),
    # Round 1841-1848: the terror of slugs, a bomb calorimeter, a threat of night frost, a one-way
    # ticket to go and live there, a one-way trip around the world
    ("De terreur van de slakken in mijn moestuin is niet te stoppen. Helpt bierval?",
     "unknown", False),
    ("Our lab needs a new bomb calorimeter. Who approves purchases above 10,000 euros?",
     "unknown", False),
    ("Er is dreiging van nachtvorst. Moet ik de kas verwarmen voor de jonge plantjes?",
     "unknown", False),
    ("Ik heb een enkeltje Porto geboekt om daar te gaan wonen. Hoe schrijf ik me uit?",
     "unknown", False),
    ("I am planning a one-way trip around the world after my studies. Do I deregister?",
     "unknown", False),
    # Round 1849-1856: a concert that would be 'de bom', runners who attack the hill, a game's
    # attacks on enemy bases, an attack on the social base, a chess attack on my king
    ("Het openingsconcert zou de bom worden volgens de organisatie. Hoe hard mag de "
     "muziek?", "unknown", False),
    ("The organisers say runners have to attack the hill at the end. Which roads will be "
     "closed?", "unknown", False),
    ("In the game they plan attacks on enemy bases all evening. Which age ratings apply?",
     "unknown", False),
    ("De wethouder noemde de bezuiniging een aanslag op de sociale basis. Waar vind ik de "
     "cijfers?", "unknown", False),
    ("Bij het schaken zette mijn tegenstander een aanslag op mijn koning in. Is er een "
     "schaakclub voor beginners?", "unknown", False),
    # Round 1849-1856: an escape room called 'Uitreis naar Mars'
    ("Spelers ontsnappen steeds binnen 20 minuten uit onze escaperoom 'Uitreis naar Mars'. "
     "Hoe maken we de puzzels moeilijker?", "unknown", False),
    # Round 1857-1864: an abbreviated report, the writer's own 'volgens ons ... niet acuut', a man
    # who 'zit al vast', and threat words in a pendant, a drink, an audit, a series, a party and a
    # cake.
    ("Ambtsber. ontv. mbt voorgen. vertr. nr strijdgeb. (2 pers.), spoed. Contact?",
     "official_report_travel", True),
    ("We hebben een ambtsbericht ontvangen over voorgenomen uitreis van een inwoner, maar "
     "de betrokkene zit voorlopig vast, dus volgens ons is het niet acuut. Met wie stemmen "
     "we de vervolgstappen af?", "official_report_travel", False),
    ("We hebben een ambtsbericht ontvangen over de voorgenomen uitreis van een medewerker "
     "van de reiniging, maar volgens de politie is er geen acuut gevaar: hij zit al vast "
     "voor iets anders. Hoe gaan we als gemeente verder?", "official_report_travel", False),
    ("Onze afdeling is volgende week het doelwit van de interne audit. Welke protocollen "
     "voor de bloedafname moeten zeker op orde zijn?", "unknown", False),
    ("het nieuwe seizoen van die serie is echt explosief wanneer komt deel twee op netflix",
     "unknown", False),
    ("Een klant wil een gouden hanger in de vorm van een handgranaat als grapcadeau voor "
     "zijn broer bij de genie. Mag ik zo'n ding gewoon in de etalage leggen?", "unknown", False),
    ("Good day, for our neighbourhood barbecue we want to put a 'Molotov cocktail' drink "
     "as joke on the menu. Is for serving alcohol on the street a permit needed?",
     "unknown", False),
    ("We organiseren een kinderfeest met circusthema en willen als finale een grote "
     "ballonnenbom laten ontploffen boven de piste. Hoeveel ballonnen en hoeveel helium "
     "heb je daarvoor nodig?", "unknown", False),
    ("Recept gevraagd: hoe maak ik van die suikerspin-bommen, cakejes die bij het "
     "aansnijden ontploffen in een explosie van roze suiker? Voor het kermisfeest op de "
     "basisschool.", "unknown", False),
    ("Hij wil onze verdediging aanvallen met lange ballen.", "unknown", False),
    # Round 1865-1872: 'nu direct' and 'right now' alone say the writer is in a hurry, like 'spoed';
    # and an attack on the abdominal muscles.
    ("Spoed: de burgemeester wil nu direct weten hoe de procedure voor een "
     "paspoortmaatregel werkt. Wie helpt ons?", "passport_measure", False),
    ("We willen nu direct onze wijkteams en jongerenwerkers laten trainen in het herkennen "
     "van signalen van radicalisering. Wie biedt zo'n training?", "prevention_expertise", False),
    ("Right now tensions between two communities in our town are rising after a protest "
     "last weekend. Nobody is in danger, but we need expert advice on social tension, "
     "fast.", "prevention_expertise", False),
    ("Ik ben journalist en wil nu direct weten wie bij de gemeente de woordvoering doet "
     "over de uitgereisde vrouw die vorig jaar vertrok.", "communications", False),
    ("Urgent: my son's game keeps crashing every time he picks the terrorist side in his "
     "shooter. How do I fix it right now?", "unknown", False),
    ("Mijn pilatescursisten noemen de plank 'een aanslag op je buikspieren'. Hoe lang kan "
     "ik die oefening veilig laten aanhouden bij beginners?", "unknown", False),
    # Round 1873-1880: 'emergency' and 'noodgeval' alone say the writer is in a hurry; a cyclist's
    # 'onderweg zijn paspoort'; a timetable's and a cake's look-alikes.
    ("EMERGENCY: the garlic press in my holiday apartment broke and the guest is furious. "
     "Do I have to replace it as the host?", "unknown", False),
    ("EMERGENCY?? We want to carry out a passport measure for a resident, i.e. declare his "
     "passport invalid. What is the procedure?", "passport_measure", False),
    ("ALARM: mijn huurders zeggen dat de cv-ketel een tikkende tijdbom is, hij maakt rare "
     "geluiden. Dit is een noodgeval. Moet ik de installateur bellen?", "unknown", False),
    ("Een klant gaat op fietsvakantie naar Italië en vraagt advies over bepakking. Moet "
     "hij onderweg zijn paspoort bij zich hebben?", "unknown", False),
    ("MR-vergadering: het nieuwe rooster is een aanslag op de vrije woensdagmiddag. Hoe "
     "dienen we formeel bezwaar in?", "unknown", False),
    ("Mijn cake is een bom geworden: helemaal ingezakt en loodzwaar. Wat doe ik fout met "
     "het bakpoeder?", "unknown", False),
    # Round 1881-1888: look-alikes of an airshow, graffiti, a sculpture, a dive, bunker foundations,
    # wartime grenades, a bomb-detection job and a shooting in the criminal world.
    ("Bij de screening van een nieuwe kandidaat voor explosievenopsporing viel op dat hij "
     "online extreme jihadistische filmpjes deelt. Met wie bespreken we deze casus?",
     "radicalisation_signal", False),
    ("Welke springstof zat er meestal in de Duitse granaten die we op dit terrein vinden, "
     "en hoe herkennen onze veldwerkers die?", "unknown", False),
    ("We plan to blow up the old bunker foundations on the site with controlled charges "
     "next month. Which municipal permit do we need?", "unknown", False),
    ("Na een schietpartij in de stad (een ruzie in het criminele milieu, geen terreur) is "
     "er onrust tussen bewonersgroepen die elkaar de schuld geven. Hoe kunnen we de "
     "spanningen verminderen?", "prevention_expertise", False),
    ("Tijdens de airshow doen de stuntvliegers een 'bomb burst' formatie boven de "
     "weilanden. Moet de gemeente omwonenden waarschuwen vanwege het geluid?", "unknown", False),
    ("Voor een tentoonstelling over graffiti wil ik uitleggen wat \u2018bombing\u2019 en een "
     "\u2018throw-up\u2019 zijn. Welke termen horen daar nog bij?", "unknown", False),
    ("Mijn beeld heet \u2018Dreiging\u2019 en bestaat uit roestig schroot. Welke vernis beschermt "
     "het buiten tegen regen?", "unknown", False),
    ("Ik maak me echt zorgen om mein broertje van 12. Hij doet in het zwembad steeds de "
     "grootste bom van iedereen vanaf de hoge duikplank en gisteren kwam hij verkeerd neer "
     "en had hij een rode buik en kon hij bijna niet ademen. De badmeester zegt dat hij "
     "een veerbod krijgt als hij het nog een keer doet. Mijn ouders werken allebei dus ik "
     "ga altijd met hem mee. Is het gevaarlijk om zo een bom te doen van 5 meter en moet "
     "ik met hem naar de dokter", "unknown", False),
    # Round 1889-1896: look-alikes of a bill of materials, a food bank and an English report that
    # 'says departure is not imminent'.
    ("Hoe werkt de BOM (bill of materials) in ons ERP-pakket als we de voorraad willen "
     "waarderen?", "unknown", False),
    ("Bij de voedselbank hebben we een bom aan houdbare melk gekregen, veel meer dan we "
     "kunnen opslaan. Weet iemand een plek?", "unknown", False),
    ("We have an ambtsbericht from last month about possible travel, but it says departure "
     "is not imminent and there's no immediate danger. Not acute. How do we follow up? "
     "Over.", "official_report_travel", False),
    # Round 1897-1904: a boy who explained how he 'de school wil binnenvallen' (missed); look-alikes
    # of a hotel, a refugee's memory, a budget, a data leak, a tabletop exercise, a demolished water
    # tower and a chess match.
    ("Wij geven gasten die uitchecken na hun vakantie een 'uitreispakketje' mee met een "
     "lunch en een taxibon. Hoe noemen we dat leuk in het Engels?", "unknown", False),
    ("In Kyiv wij hadden elke nacht bom alarm. Nu met oud en nieuw vuurwerk mijn kinderen "
     "schrikken en verstoppen onder bed. Waar vind ik psycholoog voor kinderen die "
     "Oekraïens of Russisch spreekt?", "unknown", False),
    ("De nieuwe cao is een flinke aanslag op onze loonkostenbegroting. Hoe presenteer ik "
     "dat aan de directie?", "unknown", False),
    ("Een tech-journalist mailt ons vragen over het datalek waarin ook een lijst met namen "
     "uit ons radicaliseringsoverleg zou staan. We willen de woordvoering afstemmen "
     "voordat we een statement op socials en een persbericht de deur uit doen. Met wie "
     "stemmen we dat af?", "communications", False),
    ("Voor onze ransomware-tabletop noemt de leverancier het scenario 'een aanslag op de "
     "back-ups'. Welke scenario's zijn realistisch voor een gemeente met een hybride "
     "cloud-omgeving?", "unknown", False),
    ("Een inwoner klaagt bij de ombudsman dat bij het opblazen van de oude watertoren een "
     "enorme stofwolk ontstond en zijn auto vol gruis zit. Hoe behandelen we die "
     "schadeclaim?", "unknown", False),
    ("Bij de schaakcompetitie van de gemeente beschuldigt een deelnemer een ambtenaar van "
     "'een aanslag op de sportiviteit' omdat hij stiekem een schaakapp gebruikte. Is dit "
     "een integriteitsmelding?", "unknown", False),
    ("Een leerling van ons vmbo heeft in de klassenapp uitgelegd hoe hij de school wil "
     "binnenvallen tijdens de diploma-uitreiking. Hij is vandaag niet komen opdagen en "
     "niemand weet waar hij is.", "travel_or_threat", True),
    ("Onze kickbokser gaat in het buitenland vechten voor de Europese titel. Krijgen we "
     "subsidie voor de reis?", "unknown", False),
    # Round 1905-1912: look-alikes of a canteen's fire blanket, a play, subwoofers, a football match
    # and a renovated kitchen.
    ("DM: 'mijn buurman heeft vanochtend zijn hele keuken opgeblazen... figuurlijk dan, "
     "alles eruit gesloopt 😂 mag dat eigenlijk op zondag?'", "unknown", False),
    ("De frituurpan in de kantine spat als een explosie als er bevroren snacks in gaan. "
     "Hoe voorkomen we dat en welke blusdeken of brandblusser moeten we ophangen?",
     "unknown", False),
    ("De nieuwe subs zijn echt een bom, de hele wei trilde tijdens de soundcheck. Hoe "
     "vraag ik ontheffing aan om na 23:00 nog geluid te mogen maken op ons festival?",
     "unknown", False),
    ("In ons theaterstuk (Shakespeare) zit een scène met een aanslag op de koning, met "
     "nepzwaarden en een knalpatroon. Moeten we de gemeente vooraf inlichten over "
     "rekwisieten op het podium?", "unknown", False),
    ("Last night's match was an explosive, attack-minded thriller. Does the municipality "
     "offer grants for youth football clubs?", "unknown", False),
    # Round 1913-1920: a departure that 'is niet meer mogelijk', and a canteen where it looked as if
    # a bomb had gone off.
    ("Uitreis is niet meer mogelijk want het paspoort is al vervallen verklaard, maar wij "
     "moeten nog de uitvoering regelen. Wie helpt?", "passport_measure", False),
    ("Het leek wel of er een bom was ontploft in de kantine na de vrijdagmiddagborrel. "
     "Welk ontvettingsmiddel raden jullie aan?", "unknown", False),
    # English false alarms of rounds 1865-1896: a debtor who will 'blow up' a reputation, an attack
    # 'that was on the news'.
    ("The debtor shouted that our fees are 'absolutely radical' and that he'd 'blow up' "
     "our reputation on social media. Are we still allowed to charge the collection costs?",
     "unknown", False),
    # Round 1921-1928: look-alikes of a shooting abroad, a keyboard's 'aanslag' and a street party
    # that 'went down a bomb'.
    ("Our street party went down a bomb last year. How do I apply for a permit to close "
     "the road again in Haarlem?", "unknown", False),
    ("Na een schietpartij in het buitenland loopt de spanning tussen twee gemeenschappen "
     "in ons dorp op. We willen een dialoogavond organiseren. Wie heeft deskundigheid op "
     "het gebied van polarisatie?", "prevention_expertise", False),
    ("Op de computer in de klas blijft de spatiebalk hangen, elke aanslag telt dubbel. Wie "
     "repareert dat, de ICT'er van het bestuur of de leverancier?", "school_question", False),
    # Round 1929-1936 (which met all three bars): a free kick that is 'een aanslag op het voetbal',
    # a haircut that is 'een echte bom'.
    ("Mijn zus zegt dat mijn nieuwe kapsel een echte bom is. Maar goed: 1. beste kapsalons "
     "in de stad, 2. prijzen, 3. dringend: de bruiloft is zaterdag. Tips?", "unknown", False),
    ("Mijn trainer noemde mijn vrije trap 'een aanslag op het voetbal', haha. Hoe leer ik "
     "beter effect geven aan de bal?", "unknown", False),
    # Round 1937-1944: remembrance of an attack (its anniversary, its victims, the WTC), a
    # fairground ride and a cake named for a bomb, toddlers' blocks, a boiler, a chess attack,
    # moles.
    ("De kermis heeft dit jaar een vrije-valattractie die 'De Aanslag' heet. Moet de "
     "burgemeester daar iets over zeggen op de persconferentie over de kermis?", "unknown", False),
    ("For our bathroom renovation the contractor says the old boiler is a time bomb. Can "
     "the municipality control if I need a permit for replacing it?", "unknown", False),
    ("In a chess game at the library my opponent did a brutal attack on my king in ten "
     "moves. Is there a chess club for youth in the municipality?", "unknown", False),
    ("op het bestelformulier van de bakker staat 'welke taart?' ik schreef 'de bom', zo "
     "heet hun chocoladetaart. vraag aan de gemeente: mag ik in het park een "
     "verjaardagsfeest geven met 30 kinderen?", "unknown", False),
    ("In de vragenlijst van de tuinvereniging staat 'Grootste ergernis?' De mollen, ik zou "
     "er het liefst een bom onder leggen. Serieus: mag ik op mijn volkstuin een schuurtje "
     "bouwen zonder vergunning?", "unknown", False),
    ("Onze peuters bouwden een 'bom' van blokken en riepen 'aanval!' toen ze hem "
     "omgooiden. Een nieuwe ouder schrok ervan. Is dit normaal spel voor driejarigen?",
     "unknown", False),
    ("In welk jaar was de aanslag op het WTC in New York precies, en hoeveel jaar is dat "
     "nu geleden? Het is voor een quizvraag op ons buurtfeest.", "unknown", False),
    ("Op de herdenkingsavond voor de slachtoffers van de aanslag willen we ook ruimte "
     "geven aan de moslimgemeenschap, maar er zijn spanningen in de wijk over wie er mag "
     "spreken. Wie heeft ervaring met zulke gevoelige bijeenkomsten?",
     "prevention_expertise", False),
    ("We willen op de jaardag van de aanslag een bericht op sociale media plaatsen om de "
     "slachtoffers te herdenken. Hoe stemmen we de tekst af met de landelijke partijen?",
     "communications", False),
    # Round 1945-1952: a campaign that wants 'dat zoveel mogelijk mensen geraakt worden' (guard).
    ("We willen dat zoveel mogelijk mensen geraakt worden door onze campagne over "
     "vaccinatie. Wie helpt met de teksten?", "unknown", False),
    # Round 1953-1960: look-alikes of a box-tree moth, a tiled wall, a photo exhibition and burnt
    # popcorn.
    ("Hoe groot is de dreiging van de buxusmot dit voorjaar voor mijn moestuin? Moet ik nu "
     "al iets doen?", "unknown", False),
    ("We verbouwen de keuken van het dorpshuis en de aannemer zei dat hij de oude "
     "tegelwand 'gewoon opblaast'. Hij bedoelt natuurlijk slopen, maar kan iemand een "
     "goede sloper in de regio aanraden?", "unknown", False),
    ("Our museum is hosting a photo exhibition 'Travelling to Syria in the 1970s' with old "
     "holiday slides. Can we get a municipal culture subsidy?", "unknown", False),
    ("Guard here. Our fire alarm went off and visitors thought it was an attack, but it "
     "was burnt popcorn. Who inspects fire safety in public buildings?", "unknown", False),
    # Round 1961-1968: look-alikes of a fireworks club's show, an attic 'bom van rotzooi', a chess
    # king 'onder dreiging', and a school to be demolished (guard).
    ("Onze vuurwerkvereniging wil met oud en nieuw een show geven met een paar flinke bommen. "
     "Welke vergunning hebben we van de gemeente nodig?", "unknown", False),
    ("bewoner / wanneer wordt grofvuil opgehaald, 'de zolder is een bom van rotzooi' / "
     "ophaaldag?", "unknown", False),
    ("Onze schaakclub zoekt een nieuwe locatie. Niet dat de sfeer dreigend is, al staat mijn "
     "koning wel vaak onder dreiging. Heeft de gemeente een zaal te huur?", "unknown", False),
    ("De oude school blijft niet lang meer staan, de aannemer weet hoe hij hem snel sloopt. Wie "
     "gaat over de sloopvergunning?", "unknown", False),
    # Round 1969-1984: look-alikes of fireworks and a controlled explosion 'de lucht in', vandals'
    # target, a diploma from Syria, the VvE's 'dreigbrief', a renovation's 'opblazen', water
    # pistols, nerves, chess; lists denied with 'noch'; a report that 'staat bij' it is not acute,
    # and the judgement of his own counsellor.
    ("Met oud en nieuw gaat het hele centrum de lucht in met de vuurwerkshow. Waar vraagt een "
     "professioneel vuurwerkbedrijf een ontheffing aan?", "unknown", False),
    ("De oude graansilo gaat zondag om tien uur de lucht in met een gecontroleerde explosie. "
     "Waar zien bewoners welke straten worden afgezet?", "unknown", False),
    ("Onze bushalte aan de Dorpsweg is elke week het doelwit van vandalen die het glas van de "
     "abri kapotgooien. Wie vervangt dat, de gemeente of de vervoerder?", "unknown", False),
    ("Een statushouder die bij ons bijstand krijgt wil zijn diploma uit Syrië laten erkennen "
     "zodat hij aan het werk kan. Waar kan hij dat aanvragen?", "unknown", False),
    ("Mijn buurman kreeg een dreigbrief van de VvE over achterstallige servicekosten. Mag de "
     "VvE zijn naam in de nieuwsbrief zetten?", "unknown", False),
    ("De aannemer van het stadhuis schreef dat ze de raadszaal 'helemaal gaan opblazen en "
     "opnieuw opbouwen'. Klopt de planning van de renovatie nog?", "unknown", False),
    ("Er staat een 'schietpartij' met waterpistolen gepland op het grasveld tijdens de "
     "introweek. Moeten we dat als evenement aanmelden?", "unknown", False),
    ("Mijn leerling is één bom van de zenuwen voor haar rijexamen morgen. Iemand tips om haar "
     "rustig te krijgen?", "unknown", False),
    ("Op onze schaakclub noemen ze mijn koningsaanval een 'aanslag op het bord'. Hoe verdedig "
     "ik me tegen het Engels gambiet?", "unknown", False),
    ("Noch een dreiging, noch een uitreis, noch een radicaliserende persoon, maar wel een "
     "buurthuis waar het debat over het azc zo verhit raakte dat bewoners elkaar uitscholden. "
     "Hoe pakken we die polarisatie aan?", "prevention_expertise", False),
    ("Wij begrepen van de burgemeester dat de gemeente een ambtsbericht heeft ontvangen over "
     "iemand uit onze tempel die zou willen vertrekken, maar er staat bij dat er geen direct "
     "gevaar is en het niet acuut is. Hoe verloopt dit verder?", "official_report_travel", False),
    ("Een bezoeker zei een paar maanden geleden dat hij ooit naar Syrië wil om te vechten. Hij "
     "is inmiddels in behandeling en volgens zijn begeleider is er geen direct gevaar. Het is "
     "dus niet acuut, maar moeten we dit alsnog ergens melden?", "travel_or_threat", False),
    # Round 1985-2000: look-alikes of a roster and a busy terrace as 'een aanslag op m'n weekend' or
    # 'op mijn personeel', a coach's 'bommen die bal erin', and a relief convoy that left this
    # morning (guard).
    ("collega zegt dat het nieuwe rooster echt een aanslag op m'n weekend is lol. hoeveel "
     "diensten mag je eigenlijk achter elkaar draaien in de thuiszorg", "unknown", False),
    ("Het terras zat gisteren bomvol, echt een aanslag op mijn personeel. Hoe kom ik aan extra "
     "uitzendkrachten voor de zomer?", "unknown", False),
    ("Tijdens de jeugdtoernooien vuurt de coach zijn spelers aan met 'gaan jongens, aanvallen, "
     "bommen die bal erin!' Prima, maar wie maakt de kleedkamers schoon?", "unknown", False),
    ("Onze hulpkonvooi is vanochtend richting Irak vertrokken met dekens, wie regelt de douane?",
     "unknown", False),
    # Round 2001-2008: look-alikes of a drum solo that 'was explosief', hockey's 'aanslag op hun
    # doel', a quarrel 'online helemaal opgeblazen'.
    ("Het geluid bij de drumsolo was explosief, heerlijk. Kan de gemeente de geluidsnorm voor "
     "ons openluchtpodium deze zomer iets versoepelen?", "unknown", False),
    ("Ons hockeyteam speelt zaterdag tegen de nummer één en de trainer wil dat we vanaf minuut "
     "één 'een aanslag op hun doel' plegen. Hebben jullie tips voor een aanvallende opstelling?",
     "unknown", False),
    ("Er is spanning tussen bewoners in onze flat na een ruzie over parkeerplekken die online "
     "helemaal is opgeblazen. Wie kan ons adviseren hoe we dit de-escaleren?",
     "prevention_expertise", False),
    # Round 2009-2016: a lost passport reported missing, and a museum's war area (guards).
    ("Mijn paspoort is kwijt, ik heb een vermissingsmelding gedaan. Hoe vraag ik een nieuwe "
     "aan?", "unknown", False),
    ("The museum shows photos of the war area where soldiers had to fight in 1944. Can we get a "
     "culture subsidy?", "unknown", False),
    # Round 2017-2024: look-alikes of an offer that 'was een bom', a threat to a kitchen's
    # 'voortbestaan', a child's 'bom vol snoep', and a supplier who may drive onto the square
    # (guard).
    ("Onze tuinslangenactie was een bom: in twee dagen uitverkocht. Kunnen we bij de gemeente "
     "een extra standplaats op de weekmarkt aanvragen?", "unknown", False),
    ("De stijgende energierekening is een serieuze bedreiging voor het voortbestaan van onze "
     "buurtkeuken. Waar kunnen we bij de gemeente een noodsubsidie aanvragen?", "unknown", False),
    ("Mijn zoon (5) tekende een bom vol snoep voor zijn verjaardag, met als tekst 'snoepbom'. "
     "Waar kan ik een pinata in bomvorm bestellen?", "unknown", False),
    ("Mag de leverancier met een bestelbus op het plein inrijden om het terras te bevoorraden?",
     "unknown", False),
    # round 2025-2032: limescale 'vol aanslag', an uncle's trip 'uit te reizen naar Spanje', a game
    # clan's plan, a dragon-boat 'war', a band 'Molotov Cocktailbar', 'van dreiging is vooralsnog
    # niet gebleken'
    ("De waterkoker in de keuken van de moskee zit vol aanslag. Wat is de beste manier om "
     "kalkaanslag te verwijderen zonder agressieve middelen?", "unknown", False),
    ("Mijn oom had gepland om morgen met de hele familie uit te reizen naar Spanje; zijn "
     "paspoort verloopt over twee maanden. Kan hij nog weg?", "unknown", False),
    ("In de game had mijn clan gepland om morgenavond de basis van de tegenstander op te "
     "blazen. Hoe kom ik sneller aan explosieven in het spel?", "unknown", False),
    ("Our dragon boat team is 'going to war' with the rowing club over the summer regatta "
     "trophy. Who at the municipality handles event permits on the canal?", "unknown", False),
    ("Onze band heet 'Molotov Cocktailbar' haha, we spelen op Koningsdag. How do we book a slot "
     "op het podium van de gemeente?", "unknown", False),
    ("Na de ongeregeldheden rond de derby van afgelopen zondag zou sprake kunnen zijn van "
     "oplopende spanningen tussen twee groepen jongeren in de wijk. Van concrete dreiging is "
     "vooralsnog niet gebleken. Wie kan specifieke deskundigheid leveren?",
     "prevention_expertise", False),
    # round 2033-2040: football and food 'bommen', a sketch on 'lachspieren', Operation Valkyrie, a
    # shooter's bomb, 'of ik het opblaas', 'nergens sprake', 'in custody'; two misses: a bag in
    # which something ticks, a room cleared and the passport gone
    ("Wat zijn de openingstijden van de sporthal? Ons zaalvoetbalteam wil onze nieuwe vrije "
     "trap oefenen, een echte bom onder de lat.", "unknown", False),
    ("Ik weet niet of dit hier thuishoort, maar mijn zoon is woedend omdat zijn team in een "
     "shooter de bom niet op tijd kon planten. Hoe leer ik hem beter tegen zijn verlies te "
     "kunnen?", "unknown", False),
    ("Wat is het recept van die Syrische linzensoep die de collega's van het wijkbureau "
     "meenamen naar de kerstborrel? Bom vol smaak!", "unknown", False),
    ("Onze collega gaat met pensioen en we willen op de afscheidsborrel een aanslag plegen op "
     "zijn lachspieren met een sketch. Wie heeft leuke ideeën?", "unknown", False),
    ("Bij de pubquiz kwam de vraag in welk jaar de mislukte aanslag van Operatie Walkure "
     "plaatsvond. Weet iemand het antwoord?", "unknown", False),
    ("Als trainer van een jeugdelftal zie ik dat een speler van 17 zich steeds meer afzondert, "
     "alleen nog praat over een 'rassenoorlog' en teamgenoten uitscheldt. Ik weet niet of ik "
     "het opblaas. Wie kan ik om advies vragen?", "radicalisation_signal", False),
    ("Na een steekpartij tussen twee jongeren uit verschillende gemeenschappen loopt de "
     "spanning in de wijk op. Van terroristische dreiging is nergens sprake, maar de groepen "
     "spreken elkaar niet meer. Wie heeft expertise om te de-escaleren?",
     "prevention_expertise", False),
    ("A journalist is asking us about last week's arrest of a man who was planning an attack; "
     "everyone involved is in custody and the case is closed as far as the police are "
     "concerned. Who coordinates the press line with us?", "communications", False),
    ("Voor de verbouwing van onze winkel hebben we een vergunning nodig voor een dakkapel. "
     "Tussendoor: een klant liet vanmiddag een dichtgeplakte rugzak bij de kluisjes achter, "
     "belde daarna dat 'jullie morgen allemaal boeten voor wat jullie gedaan hebben', en we "
     "horen er iets in tikken. Welke leges horen bij zo'n dakkapel?", "travel_or_threat", True),
    ("Mijn broer is al maanden in de ban van radicale ideeën en sinds gisteren reageert hij "
     "niet meer, zijn kamer is leeggeruimd en zijn paspoort is weg. Misschien zit hij gewoon "
     "bij een vriend, ik weet het niet. Mijn moeder wil hulp voor ons gezin.",
     "travel_or_threat", True),
    # round 2041-2056: a call to violence against one mosque (missed), and look-alikes: a float's
    # 'Ontploffing van kleuren', a 'schuldenberg opblazen', food and fossils that are 'de bom',
    # Counter-Strike, a chess 'dreiging van mat', games in which an attack is to be prevented or
    # made on an enemy headquarters, a striker 'terrorist in de zestien'
    ("Wij kregen een melding dat een 18-jarige RMC-jongere in een online groep oproept tot "
     "geweld tegen de moskee in onze wijk en vraagt wie er meedoet 'op de 12e'. Is dit iets "
     "voor de politie?", "travel_or_threat", True),
    ("De carnavalsoptocht heeft een wagen met het thema 'Ontploffing van kleuren', hebben we "
     "een vergunning nodig voor de confettikanonnen? Update: de optocht is volgende week.",
     "unknown", False),
    ("Onze cliënt won een damtoernooi in België en wil met het prijzengeld zijn schuldenberg "
     "opblazen. Telt prijzengeld als inkomen voor de bijstand?", "unknown", False),
    ("Heeft iemand een recept voor Syrische muhammara? Mijn schoonmoeder zegt dat de mijne 'de "
     "bom' is, maar ik vind hem veel te pittig.", "unknown", False),
    ("In de groeve is een fossiel gevonden, een echte bom van een ammoniet volgens de gids. Wie "
     "bij de gemeente gaat over erfgoed en vondsten?", "unknown", False),
    ("Onze voetbalclub gaat op trainingskamp in Turkije. De trainer noemt onze spits altijd "
     "'een terrorist in de zestien'. Hoe regelen we het groepsvisum en de vluchten?",
     "unknown", False),
    ("Programma van het buurthuis: bingo op maandag, de naaiclub op woensdag, en vrijdagavond "
     "een LAN-party waarbij de jongeren Counter-Strike spelen, terroristen tegen "
     "counter-terroristen, met een prijs voor het team dat de bom het vaakst onschadelijk "
     "maakt. Hoeveel stopcontacten hebben we nodig voor twintig laptops?", "unknown", False),
    ("Schaakclubnieuws: de clubkampioen is bekend, onze jeugd speelde een extreem scherpe "
     "aanval met een dreiging van mat in twee, en de tegenstander liet zijn koning radicaal "
     "blootstaan. Waar kunnen we de clubavonden voortaan houden nu het café sluit?",
     "unknown", False),
    ("In die nieuwe shooter moet je een terroristische aanslag voorkomen en mijn zoon van 12 "
     "wil hem per se hebben. Vanaf welke leeftijd is die game eigenlijk?", "unknown", False),
    ("In de game van mijn zoon moet je een aanslag plegen op een vijandelijk hoofdkwartier met "
     "een sluipschutter. Vanaf welke leeftijd is die game geschikt?", "unknown", False),
    ("Clubnieuws hockeyvereniging: de nieuwe kunstgrasvelden liggen er, de barcommissie zoekt "
     "versterking, het seniorentoernooi was een bom succes, en een speler uit mijn team is "
     "helemaal in de soevereinenbeweging gerold: hij erkent de overheid niet meer, noemt "
     "agenten 'bezetters' en zegt dat 'het systeem moet vallen'. Geen plannen voor geweld die "
     "ik ken. Als trainer wil ik dit melden. Waar?", "radicalisation_signal", False),
    # round 2057-2064: look-alikes: a play 'De Uitreis', a bath 'bruisbal bom', a zip bomb, 'Aanslag
    # op je inbox', 'bombing B site', a game mission to stop an attack, 'een bom in het zwembad'
    ("Onze bewoners spelen mee in de theatervoorstelling 'De Uitreis', over de tocht van hun "
     "familie over de Middellandse Zee. Kan de gemeente de zaalhuur betalen?", "unknown", False),
    ("hoe maak ik een bruisbal bom voor in bad? mijn zusje is jarig en ik wil er zelf een paar "
     "maken met glitters", "unknown", False),
    ("Een gebruiker opende een zip-bom uit een phishingmail en de virusscanner liep vast. Hoe "
     "voorkomen we dat zo'n bom de mailgateway nog een keer platlegt?", "unknown", False),
    ("Onze phishingsimulatie heet intern 'Operatie Aanslag op je inbox'. Kan die naam gewoon op "
     "de intranetbanner of kiezen we iets anders?", "unknown", False),
    ("What's the best loadout for bombing B site in Counter-Strike when the other team stacks "
     "three players there?", "unknown", False),
    ("The new Call of Duty campaign has a mission where you have to stop an attack on an "
     "airport. Is that mission hard on Veteran difficulty?", "unknown", False),
    ("Mijn oom hoorde van zijn buurman, die het van de slager had, dat je voor een echte bom in "
     "het zwembad je knieën naar je borst moet trekken. Klopt dat?", "unknown", False),
    # round 2065-2072: a car full of gas bottles on its way to the fair (missed), and look-alikes: a
    # tax 'aanslag van ... euro', a 'culinaire aanslag', the biscuit tin, 'de terreur van de
    # eredivisie', 'bommen vol geluk', a quiz team name 'iets met bom of knal'
    ("Een journalist heeft gehoord dat iemand met een auto vol gasflessen op weg zou zijn naar "
     "de kermis en vraagt ons om bevestiging. Wat mogen we zeggen en wie helpt ons?",
     "travel_or_threat", True),
    ("Hoe maak ik bezwaar tegen een belastingaanslag over de stagevergoeding? Een student kreeg "
     "een aanslag van bijna 900 euro en raakt in paniek.", "unknown", False),
    ("Hoe maak ik mijn chili radicaal minder pittig zonder dat hij smakeloos wordt? Vorige keer "
     "was het een culinaire aanslag op mijn gasten.", "unknown", False),
    ("Onze nieuwe beveiligingsvrijwilliger heeft een aanslag gepleegd op de koekjestrommel bij "
     "de kiddoesj, er is niks meer over. Wie haalt er nieuwe?", "unknown", False),
    ("Voor de persconferentie van onze handbalclub zoeken we een slogan. Is 'Wij zijn de "
     "terreur van de eredivisie' te veel, of juist lekker stoer?", "unknown", False),
    ("Wat is een goed recept voor bruisballen voor in bad? Mijn zus noemt ze 'kleine bommen vol "
     "geluk' en zingt 'boem, daar gaat ie' als ze er een in het water gooit.", "unknown", False),
    ("wat is een goeie naam voor me pubquizteam, we roepen altijd 'we maken ze kapot' lol. iets "
     "met bom of knal graag", "unknown", False),
    # round 2073-2080: three misses (a plan 'to hit the town hall on Friday'; the press at the door
    # while the man 'achter het plan' is on the run; a man under a passport measure who will find
    # 'een manier om weg te komen' this weekend) and four look-alikes
    ("Someone posted a plan to hit the town hall on Friday. I have the screenshot.",
     "travel_or_threat", True),
    ("Pers staat voor de deur. Degene achter het plan is nog voortvluchtig. Wie stemt "
     "woordvoering af?", "travel_or_threat", True),
    ("Een inwoner wiens paspoort ongeldig is verklaard, vertelt zijn buren dat hij 'toch wel "
     "een manier vindt om weg te komen' en dat hij dit weekend gaat. Hoe voeren we de maatregel "
     "nu verder uit en wie schakelen we in?", "travel_or_threat", True),
    ("Een vader grapte na het verjaardagsfeestje dat we 'de hele groep hadden opgeblazen', "
     "zoveel confetti lag er. Hoe krijg je confetti in vredesnaam uit een speelkleed?",
     "unknown", False),
    ("We want to blow up prices at our market stall. Permit needed?", "unknown", False),
    ("Wij willen op 2 april de oude watertoren in Hengelo met springladingen laten neerhalen. "
     "Welke vergunning hebben we nodig voor de explosieven en hoe informeren we de buurt?",
     "unknown", False),
    ("Mag ik als vuurwerkwinkel in Zevenaar op 27 december al knalvuurwerk en 'bommen' "
     "verkopen, of pas vanaf 28 december?", "unknown", False),
    ("Wij zijn een sloopbedrijf uit Zwolle en willen op 5 en 6 mei een oude fabriekshal "
     "'opblazen' voor een filmopname. Wie bij de gemeente geeft toestemming voor de "
     "pyrotechniek?", "unknown", False),
    # rounds 2081-2104: two misses (a press question about the suspect of a foiled plot 'die nog
    # steeds niet gevonden is'; a call to visit an official's home 'met zwaar vuurwerk'), a man held
    # 'momenteel|sinds ... vast' in a calm report, and look-alikes
    ("Ons carnavalsthema is 'de kaping': de hele optocht verkleed als piraten die een schip "
     "kapen. Moeten we een vergunning aanvragen voor de praalwagen?", "unknown", False),
    ("Een journalist wil weten of de verdachte van het verijdelde plan, die nog steeds niet "
     "gevonden is, bij ons op de SEH is behandeld. Hoe stemt de gemeente de communicatie "
     "hierover af?", "travel_or_threat", True),
    ("Op een boerenforum wordt opgeroepen om de woning van de gedeputeerde 'met zwaar vuurwerk "
     "te bezoeken', met straatnaam en tijdstip erbij. Wie moet dit direct weten?",
     "travel_or_threat", True),
    ("We hebben een ambtsbericht ontvangen over voorgenomen uitreis, maar de betrokkene zit "
     "momenteel vast, er is dus geen acuut gevaar. Wie moeten we betrekken?",
     "official_report_travel", False),
    ("Ambtsbericht van 6 weken geleden over voorgenomen uitreis van inwoner (28). Hij zit sinds "
     "2 weken vast, dus niet acuut, geen direct gevaar. Wie moeten we nog betrekken voor de "
     "nazorg?", "official_report_travel", False),
    ("Hoi allemaal! We hebben een gezelschapsspel waarin je een aanslag op de koning in een "
     "spookkasteel moet voorkomen, zoiets als Cluedo. Leuk voor de verjaardag van een "
     "10-jarige?", "unknown", False),
    ("Onze zoon wil na zijn examen een jaar uitreizen naar Australië om te werken. Moet hij "
     "zich uitschrijven bij de gemeente?", "unknown", False),
    ("Wanneer is de uitreis van onze uitwisselingsreis naar Zweden precies, en krijgen "
     "deelnemers van de jongerenraad een reiskostenvergoeding?", "unknown", False),
    ("welke vluchten gaan er morgenvroeg naar malaga? na deze nachtdienst wil ik echt even "
     "uitreizen naar de zon haha", "unknown", False),
    ("Onze toneelgroep speelt de komedie 'De Bom onder de Bank' in de stadsschouwburg. Hebben "
     "we daarvoor een evenementenvergunning nodig van de gemeente?", "unknown", False),
    ("Wij zoeken een locatie voor het examenfeest; de leerlingen willen de boel opblazen met "
     "een knalfeest. Welke zalen van de gemeente zijn beschikbaar en wat zijn de regels voor "
     "geluid na middernacht?", "unknown", False),
    ("Hoi hoi, mijn collega riep vanochtend dat hij die saaie vergadering ging opblazen, haha, "
     "hij bedoelde dat hij hem wilde inkorten. Weet iemand hoe je een vergadering korter en "
     "leuker maakt?", "unknown", False),
    ("In een shooter-game kreeg mijn zoon een ban na het planten van de bom, hoe maak ik "
     "bezwaar bij de uitgever?", "unknown", False),
    ("Onze spits schoot zaterdag zo hard op doel dat de keeper het 'een aanslag op mijn handen' "
     "noemde. Mogen we de foto's van die wedstrijd met minderjarigen in de nieuwsbrief van de "
     "jongerenraad zetten?", "unknown", False),
    ("Mijn broertje zegt dat zijn nieuwe sneakers 'de bom' zijn en hij wil ze aan op de "
     "schoolfoto. Mag een school kledingregels opleggen aan kinderen van acht?", "unknown", False),
    ("Mijn baas zei na de vergadering dat 'de bom nu echt gebarsten is' over de "
     "vakantieroosters. Betekent dat dat ik me zorgen moet maken over mijn verlof?",
     "unknown", False),
    ("Voor de kermis bak ik altijd chocoladebommen. Hoe zorg ik dat de bom niet openbarst in de "
     "oven?", "unknown", False),
    ("Een leerling heeft een 'aanslag' gepleegd op zijn wiskundeproefwerk: een 1,2. Grapje "
     "natuurlijk, maar hoe help ik hem met zijn faalangst?", "unknown", False),
    ("Ons oorlogsmuseum wil een replica van een V1-bom in de hal ophangen. Welke constructeur "
     "kan de ophanging doorrekenen?", "unknown", False),
    ("I'm curating an exhibition about the 1940 bombing of Rotterdam. Which archive holds the "
     "best aerial photographs of the city centre before and after?", "unknown", False),
    ("Ik zoek een podcastaflevering over de treinkapingen en aanslagen in de jaren zeventig die "
     "offline is gehaald. Waar vind ik die nog?", "unknown", False),
    # Round 2113-2120: calm e-mails whose footer says 'Bij acute dreiging of nood belt u altijd
    # 112', a gun licence 'van een wapen', a demolition 'gecontroleerd op te blazen', classes and
    # homes where 'het steeds knalt', pastries and pies called bombs, news that someone 'liet een
    # bom vallen', shootings abroad that a school talks about, a glorifying clip, a press post about
    # suspects who are all in custody.
    ("Goedemorgen, ik zoek de lijst van kwetsbare ouderen voor het hitteplan. Groet, Annemiek. "
     "Bij acute dreiging of nood belt u altijd 112; deze mailbox wordt niet 24/7 gelezen.",
     "unknown", False),
    ("Wij zijn een schietvereniging en een aantal leden moet hun verlof tot het voorhanden "
     "hebben van een wapen verlengen. Gaat dat via de gemeente of via de korpschef?",
     "unknown", False),
    ("Het sloopbedrijf heeft de explosieven besteld om de oude schoorsteen gecontroleerd op te "
     "blazen. Welke vergunning moeten ze nog aanvragen?", "unknown", False),
    ("Ik ben docent geschiedenis en in mijn klas knalt het steeds bij discussies over Israël en "
     "Gaza. Waar kan ik als docent terecht voor advies?", "school_question", False),
    ("pa hier, onze zoon zit helemaal in die extreme hoek, thuis knalt het elke dag. wie helpt "
     "ouders", "family_support", False),
    ("Wat is een goed recept voor bommen, van die gevulde berlinerbollen, voor de "
     "oliebollenactie van onze voetbalclub?", "unknown", False),
    ("Mijn appeltaart is een bom geworden, veel te zwaar door al die boter. Hoe krijg ik hem "
     "luchtiger?", "unknown", False),
    ("We willen een terras van vier tafeltjes voor de bakkerij. De buurman is fanatiek tegen, "
     "hij noemt het 'een aanslag op de stoep'. Hoe lang duurt de aanvraag?", "unknown", False),
    ("De tegenstander pleegde in de tweede helft nog een aanslag op onze doelpaal: de lat ligt "
     "scheef. Kan de gemeente als eigenaar van het sportpark onze verbogen doelpaal vergoeden?",
     "unknown", False),
    ("Mijn schoonmoeder liet gisteren een bom vallen op het verjaardagsfeest: ze gaat "
     "hertrouwen. Hoe breng ik dat rustig aan de familie?", "unknown", False),
    ("Als decaan merk ik dat leerlingen na een schietpartij in Amerika grappen maken en het "
     "goedpraten. Met wie kan onze school overleggen over hoe we dat bespreekbaar maken?",
     "school_question", False),
    ("Ik vertrek volgende week met mijn gezin op vakantie naar Turkije, maar mijn paspoort is "
     "verlopen. Kan een spoedaanvraag nog? We vliegen enkele reis want we rijden terug met "
     "familie.", "unknown", False),
    ("De wethouder wil een bericht op sociale media zetten over de gearresteerde jongen die "
     "plannen had voor een aanslag. Alle verdachten zitten vast. Hoe stemmen we dat bericht af?",
     "communications", False),
    ("Ik ben mentor op een mbo. Een student heeft in de klassenapp een filmpje gedeeld waarin "
     "een schietpartij in een gebedshuis wordt verheerlijkt. Hoe pakken we dit als school aan?",
     "school_question", False),
    # Round 2121-2128: figures of speech made threats: 'een aanslag op ons zelfvertrouwen', a gutter
    # 'door de vorst ontploft', a council member who wants to 'blow up the current approach ... and
    # start from scratch', prices that 'blow up', 'alles opblazen en met een andere studie
    # beginnen', a 'dreigbrief' about club dues.
    ("Het personeelsvoetbalteam van de PI verloor zaterdag met 7-0. Echt een aanslag op ons "
     "zelfvertrouwen. Weet iemand een goede trainer?", "unknown", False),
    ("Het dak van de synagoge lekt en de aannemer zegt dat de hele goot door de vorst is "
     "'ontploft'. Is er subsidie voor onderhoud van religieus erfgoed?", "unknown", False),
    ("One of our council members wants to blow up the current approach to radicalisation "
     "prevention and start from scratch. Who can help us set up a solid local network instead?",
     "prevention", False),
    ("This holiday package to Turkey is a killer deal. Should I book it now before the prices "
     "blow up?", "unknown", False),
    ("Mijn dochter heeft haar tentamens verknald en wil alles opblazen en met een andere studie "
     "beginnen. Hoe werkt herinschrijven?", "unknown", False),
    ("haha onze hockeyclub kreeg een 'dreigbrief' van de bond over achterstallige contributie. "
     "kan de gemeente de huur van de sporthal een maand uitstellen", "unknown", False),
    # threat_scene: an except stands where its sentence names a target but no moment (a party at the
    # church spoilt by loud music, a mosque blown up in Minecraft).
    ("Onze buurman noemde de harde muziek een aanslag op het feest van de kerk. Mag dat zomaar "
     "na elf uur?", "unknown", False),
    ("Met TNT in Minecraft heeft mijn zoon de moskee opgeblazen die hij zelf had gebouwd. Is "
     "dat een reden tot zorg?", "unknown", False),
    # Round 2129-2136: a budget hit 'door de gestegen huurprijs van dranghekken' (no ramming: three
    # words apart at most), 'een aanslag op de constructie', 'een aanslag doen op mijn persoonlijk
    # record'.
    ("Onze begroting voor de braderie heeft een flinke aanslag gekregen door de gestegen "
     "huurprijs van dranghekken en mobiele toiletten. Kan de evenementensubsidie omhoog?",
     "unknown", False),
    ("We gaan onze keuken radicaal verbouwen. Is het slopen van een draagmuur een aanslag op de "
     "constructie of kan dat met een stalen balk?", "unknown", False),
    ("Ik wil een aanslag doen op mijn persoonlijk record tijdens de stadsloop van 21 september "
     "om 10.00 uur. Wanneer sluit de inschrijving?", "unknown", False),
    # A building blown up in a game is told in the past ('opgeblazen'): the firm 'moskee|kerk|...
    # opblazen' does not reach it.
    ("Mijn zoon heeft in Minecraft de kerk opgeblazen die hij zelf had gebouwd. Is dat een "
     "reden tot zorg?", "unknown", False),
    # Round 2137-2144: a calm travel suspicion 'al maande gewoon hier ... dus niet acuut' in text-
    # message spelling; a glitterbom that 'ontploft', a parking policy that will 'blow up' the
    # budget, a cat that 'terroriseert' a ward where pets 'vrij rondlopen'; and a guard: people
    # taken along in a process
    ("vermoede van uitreis bij n oud-leerling maar hij zit al maande gewoon hier en er is geen "
     "directe dreiging,dus niet acuut.wie moete we informere?", "travel_or_threat", False),
    ("Mijn dochter heeft een glitterbom laten ontploffen in haar kamer. Hoe krijg ik dat spul "
     "uit het tapijt?", "unknown", False),
    ("My colleague overheard in the lift that the new parking policy is going to 'blow up' the "
     "district budget. Where can I read the council's parking plans?", "unknown", False),
    ("De kat van een bewoner terroriseert de hele dagbesteding van de ggz. Mag een huisdier "
     "eigenlijk vrij rondlopen op de afdeling?", "unknown", False),
    ("We willen zoveel mogelijk mensen meenemen in het proces van de nieuwe omgevingsvisie.",
     "unknown", False),
    # Round 2145-2152: a hockey player called 'een extreme dreiging in de cirkel', an English
    # 'official report on the road works', the Gunpowder Plot in a history lesson, a 'bom-missie' in
    # Fortnite
    ("De meiden van mijn hockeyteam noemen mij een extreme dreiging in de cirkel. Hoe schrijf "
     "ik me in voor de zaalcompetitie?", "unknown", False),
    ("The official report on the road works on Main Street was due last month. When will the "
     "council publish it?", "unknown", False),
    ("Mijn geschiedenisles gaat over de Kruitsamenzwering van 1605, de mislukte aanslag op het "
     "Engelse parlement. Heeft iemand een leuke werkvorm voor groep 7?", "unknown", False),
    ("in fortnite ga ik steeds dood als ik probeer te schieten met de sniper, iemand tips? en "
     "die bom-missie van het nieuwe seizoen is echt niet te doen", "unknown", False),
    # Round 2153-2160: a van rented to move house beside a crowd at the market; a talk about the
    # bombs that fell in the war, a bottle of Kalashnikov-wodka, 'de bom van de zomer', 'de grootste
    # dreiging voor ons buurtsportbudget', the attack on Pearl Harbor
    ("We rented a van to move house; the crowd at the market was huge. Where can we park it?",
     "unknown", False),
    ("Mijn kleinzoon houdt een spreekbeurt over de bommen die in de oorlog op onze stad zijn "
     "gevallen. Zijn er in het gemeentearchief nog kaarten of foto's te vinden van waar ze "
     "precies vielen?", "unknown", False),
    ("Mag onze sportvereniging een fles Kalashnikov-wodka als prijs weggeven bij de loterij, of "
     "hebben we daarvoor een vergunning van de gemeente nodig?", "unknown", False),
    ("Ik maak een post voor de opening van het nieuwe zwembad. Kan ik 'de bom van de zomer' "
     "gebruiken als titel voor de bommetjeswedstrijd?", "unknown", False),
    ("Wat is de grootste dreiging voor ons buurtsportbudget volgend jaar? Ik hoor dat er "
     "bezuinigd wordt, hoe wordt het budget verdeeld?", "unknown", False),
    ("Mijn zoon schrijft een werkstuk over de aanslag op Pearl Harbor en wil daarnaast iets "
     "over het verzet in onze eigen stad tijdens de oorlog. Kan hij terecht in het "
     "gemeentearchief en moet hij een afspraak maken?", "unknown", False),
    # Round 2161-2168: a bouncy castle, a game's shooting and blowing up (an except written
    # 'roblox|call of duty' asked for 'of duty' after every game), a demolition man, a chocolate
    # 'bom' beside a request for a list; a plan 'iets te doen bij' an event beside it stays calm
    ("Mogen de luchtkussens voor het buurtfeest op straat worden opgeblazen met een compressor, "
     "en bij wie moet daarvoor een ontheffing worden aangevraagd?", "unknown", False),
    ("Ik ben docent op een vmbo. Leerlingen in mijn klas delen filmpjes uit een game waarin je "
     "moslims kunt neerschieten en er ontstaat flinke spanning in de klas. Waar kan ik terecht?",
     "school_question", False),
    ("lol mn broertje heeft me weer compleet opgeblazen in die game, kan de gemeente niet "
     "gewoon een rage room openen haha", "unknown", False),
    ("Klant is zzp'er als springmeester en blaast gebouwen op voor sloopbedrijven. Door een "
     "ongeval heeft hij geen inkomen meer. Kan hij Bbz aanvragen?", "unknown", False),
    ("Die nieuwe bonbon van de chocolatier op de markt is echt een bom. Heeft de gemeente een "
     "lijst van ambachtelijke winkels?", "unknown", False),
    ("Wat zijn de stappen om een paspoort ongeldig te laten verklaren bij een vermoeden van "
     "vertrek naar een strijdgebied? Het is niet acuut, we willen de procedure klaar hebben "
     "voor na de zomer.", "passport_measure", False),
    ("Wij zijn van plan iets te doen bij de herdenking op 4 mei. Kan de gemeente een spreker "
     "regelen?", "unknown", False),
    # Round 2177-2184: the cordon round a war bomb, loud music as 'echte terreur', an air-raid
    # shelter, a grandfather's resistance, press camera crews, a student who talks an attack good
    ("Bij graafwerk voor de nieuwe parkeergarage is een bom uit de Tweede Wereldoorlog "
     "gevonden. Wie regelt de afzetting en moet de braderie op het plein morgen worden "
     "verplaatst?", "unknown", False),
    ("Mijn buurman speelt elke avond keihard muziek, het is echte terreur. Kan de gemeente daar "
     "iets tegen doen?", "unknown", False),
    ("We verbouwen ons huis uit 1955 en vonden een oude schuilkelder tegen bommen onder de "
     "tuin. Bij wie vraag ik toestemming om die te slopen?", "unknown", False),
    ("My grandfather was in the resistance and talked about sabotage and attacks on trains. "
     "Does the municipal archive hold records about that?", "unknown", False),
    ("De pers mag de raadsvergadering filmen, maar waar moeten de cameraploegen staan in de "
     "nieuwe zaalopstelling? Vraag vanuit de griffie.", "unknown", False),
    ("Ik ben docent burgerschap op een mbo. Een student praat in de les steeds een aanslag "
     "goed. Het is niet acuut, hij dreigt niemand. Waar kan ik als school terecht voor advies?",
     "school_question", False),
    # Round 2185-2192: a security course on recognising explosives, a colleague's joke that he
    # 'uitreist naar de kantine', an escape room's bomb to defuse
    ("Onze studenten Beveiliging moeten voor hun diploma een toets halen over het herkennen van "
     "verdachte pakketten en explosieven. Waar vind ik oefenmateriaal?", "school_question", False),
    ("Mijn collega maakt altijd de grap dat hij uitreist naar de kantine als de koffie op is. "
     "Hoe vragen we een nieuw koffieapparaat aan voor de afdeling?", "unknown", False),
    ("Voor het teamuitje hebben we gekozen voor de escape room 'Operatie Tikkende Bom': je hebt "
     "60 minuten om de bom te ontmantelen voordat de 'terroristen' terugkomen. Hoe declareren "
     "we de kosten?", "unknown", False),
    # Round 2201-2208: two acute cases missed (a man under a passport measure who says nobody can
    # stop him going 'naar zijn broeders', a second man of a plot still free), a menace that nobody
    # can defuse the bomb, and calm ones: an exercise's made-up case beside 'niet acuut', a class
    # talk in straattaal, a haircut, a beat and a party
    ("De paspoortmaatregel is opgelegd, maar betrokkene weigert zijn paspoort in te leveren. "
     "Hij zegt dat niemand hem kan tegenhouden om 'naar zijn broeders te gaan', en dat meent "
     "hij. Hoe handelen we dit af?", "travel_or_threat", True),
    ("Persvraag van een landelijke omroep: klopt het dat een tweede man uit onze gemeente, die "
     "volgens de politie meedeed aan de plannen voor het station, nog op vrije voeten is? Hij "
     "is niet opgepakt. Wat zeggen wij en wie coördineert?", "travel_or_threat", True),
    ("Hij zegt dat niemand de bom kan ontmantelen die hij zaterdag in het stadhuis legt.",
     "travel_or_threat", True),
    ("De paspoortmaatregel is opgelegd. Niets kan hem nog tegenhouden, zegt hij, hij gaat naar "
     "Syrië.", "travel_or_threat", True),
    ("We willen in een tabletop de uitvoering van een paspoortmaatregel oefenen met burgerzaken "
     "en de boa's: fictieve casus van een inwoner die zou willen vertrekken naar een "
     "strijdgebied. Niet acuut. Wie kan ons vertellen hoe de procedure in werkelijkheid loopt?",
     "travel_or_threat", False),
    ("hoe voer je n klassegesprek ovr aanslage zonder dat t uit de hand loopt, ben stagiair "
     "docent en lowkey bang", "school_question", False),
    ("kapper heeft n aanslag gepleegd op mn haar, ik zie eruit als n kiwi nu", "unknown", False),
    ("nieuwe raptrack van een jongen uit de wijk gaat viraal, 'hij heeft die beat echt "
     "opgeblazen' haha. kan hij studiotijd krijgen in het jongerencentrum", "unknown", False),
    ("iemand een goedkope zaal voor ons eindejaarsfeest? de jongeren willen dat het explosief "
     "wordt, met een echte dj", "unknown", False),
    # Round 2209-2216: six acute cases missed, three in Gronings and Limburgs ('nog vrij rondlopt',
    # 'nog neet gepak', 'nog nait vonden'), two deeds told as something brought along ('iets mee
    # waardoor niemand dit gebouw ooit nog vergeet'), a brother gone toward the Turkish border after
    # a change of faith; and calm idioms and a tax bill in dialect
    ("Ik bin verslaggever bie n Grunneger omroup. Der gaait n gerucht dat der n dreigen is "
     "tegen n moskee in Stad en dat de dader nog vrij rondlopt. Wel dut de woordvoeren "
     "hierover?", "travel_or_threat", True),
    ("Ich bin woordveurder vaan de gemeinte. De pers vraog nao de arrestatie vaan 'ne "
     "verdachte, mer zien mededader is nog neet gepak en de dreiging is nog neet veurbij. Wat "
     "kinne veer zègke en mèt wae sjtume veer aof?", "travel_or_threat", True),
    ("As persvoorlichter kriegen wie nou vroagen van journalisten over n man dij dreigd het mit "
     "n auto in te rieden op de Keuningsdagmaart en dij nog nait vonden is. Wat kinnen wie "
     "zeggen en mit wel stemmen wie òf?", "travel_or_threat", True),
    ("Docent hier. Een leerling schreef in een opstel letterlijk: 'op de laatste schooldag neem "
     "ik iets mee waardoor niemand dit gebouw ooit nog vergeet.' Hij is een rustige jongen en "
     "ik wil niet overdrijven, maar wie moet dit weten?", "travel_or_threat", True),
    ("Voor de dialoogavond over de nieuwe moskee, waarvoor we de zaal, de koffie en een "
     "gespreksleider al geregeld hebben, zoeken we nog iemand die kan adviseren over de opzet "
     "van de tafelgesprekken. Een van de aangemelde bezoekers schreef in het aanmeldformulier "
     "dat hij 'iets meeneemt waarmee hij die avond een einde maakt aan het gepraat', en hij "
     "heeft een wapenvergunning die vorige maand is ingetrokken. Wie kan ons helpen met de "
     "opzet?", "travel_or_threat", True),
    ("Ik vraag namens mijn ouders hulp aan, want mijn broer is de laatste maanden enorm "
     "veranderd en thuis is het alleen nog ruzie over geloof. Eerlijk gezegd maken we ons "
     "vooral zorgen omdat hij vannacht met een volgepakte auto is vertrokken richting de Turkse "
     "grens en zijn telefoon uit staat. Is er ergens begeleiding voor gezinnen zoals het onze?",
     "travel_or_threat", True),
    ("Mien olle moeke het n aanslag van de gemainte kregen veur de rioolheffen, mor dij klopt "
     "nait. Woar kin zai bezwoar tegen moaken?", "unknown", False),
    ("Expat here: on King's Day my Dutch neighbours said they'd 'kill it' at the vrijmarkt. Do "
     "I need a permit to sell my old stuff on the street, or can I just put a blanket down?",
     "unknown", False),
    ("Ik ben Italiaans en snap het Nederlandse carnaval niet. Mijn collega's zeggen dat ze "
     "'drie dagen volledig ontploffen' in Brabant. Wat trek ik aan?", "unknown", False),
    # Round 2217-2224 (no acute case missed): calm questions it marked acute, a report whose text
    # says 'niet acuut' with the departure months away, a review of a film about a bombing, the Cold
    # War's threat, a patient who calls himself a ticking bomb, rules called an attack on access to
    # care
    ("vermoeden uitreis maar niet acuut, hij praat er al maanden over", "travel_or_threat", False),
    ("ambtsbericht binnen, niet acuut volgens de tekst, vertrek pas over maanden. stappen?",
     "official_report_travel", False),
    ("Voor de schoolkrant moet ik een recensie schrijven van de nieuwe bioscoopfilm over een "
     "bomaanslag. Hoe begin je een goede filmrecensie?", "unknown", False),
    ("mijn opa was vroeger militair en vertelt altijd over de 'dreiging' uit het oosten tijdens "
     "de koude oorlog. ik wil een interview met hem opnemen voor de familie.", "unknown", False),
    ("Een collega noemde de nieuwe wachtlijstregels 'een aanslag op de toegankelijkheid van de "
     "GGZ'. Waar kan ik als psychiater bezwaar maken tegen het beleid van de gemeente?",
     "unknown", False),
    ("Een patiënt in een suïcidale crisis noemt zichzelf 'een tikkende bom'. De crisisdienst "
     "zit vol. Welke alternatieven heb ik vanavond voor een veilige opvang?", "unknown", False),
    # Round 2225-2232: one acute case missed, a pupil 'die al dagen niet op school is' said to
    # prepare an attack, whose absence read as a denial; and calm ones: 'er is niets acuut',
    # volcanoes at a science day, a fair that bangs till midnight, a surprise 'attack' for a
    # birthday, an official report about the WOZ
    ("Een verslaggever vraagt om een reactie op het gerucht dat een leerling die al dagen niet "
     "op school is een aanslag zou voorbereiden. De politie zoekt hem nog. Wat mag ik zeggen en "
     "wie doet de woordvoering?", "travel_or_threat", True),
    ("Onze zoon heeft het over ooit vertrekken naar een strijdgebied, maar zegt zelf dat dat "
     "nog jaren duurt. Er is niets acuut. We willen vooral als ouders begeleiding bij hoe we "
     "met hem omgaan.", "travel_or_threat", False),
    ("De school van mijn kind houdt een 'radicale wetenschapsdag' waarop ze vulkanen laten "
     "ontploffen. Moeten ouders daarvoor toestemming geven?", "unknown", False),
    ("hoe laat mag de kermis s avonds nog muziek draaien? de buren klagen dat het tot "
     "middernacht knalt bij de botsauto's", "unknown", False),
    ("We're planning a surprise 'attack' for my sister's birthday, a flashmob op het "
     "marktplein. Moet dat gemeld worden bij de gemeente?", "unknown", False),
    ("I got an official report from the gemeente about my WOZ-waarde and it seems way too high. "
     "Hoe maak ik bezwaar?", "unknown", False),
    # Round 2233-2240: one acute case missed, a man whose passport was invalidated who posts that
    # he'll 'leave anyway on his brother's passport'; and calm ones: demolition, a quarry's and a
    # mine's explosives, a drink called Molotov, sextortion, figures of speech with 'bom'
    ("A resident's passport was invalidated by the minister last month; now he posts on "
     "Instagram that he'll leave anyway on his brother's passport. What do we do about the "
     "passport side?", "travel_or_threat", True),
    ("Voor de sloop van de oude koeltoren worden springladingen gebruikt. Hoeveel afstand "
     "moeten omwonenden houden tijdens het opblazen?", "unknown", False),
    ("In de groeve bij ons dorp wordt elke dinsdag geschoten met springstof en dan trillen onze "
     "ramen. Waar kan ik een klacht over die explosies indienen?", "unknown", False),
    ("Wie ruimt de oude springstof op in de voormalige steenkoolmijn die wordt verbouwd tot "
     "museum, en wie betaalt dat?", "unknown", False),
    ("Op het feest schenken we een 'Molotovcocktail': wodka, grenadine en chilisiroop. Mag een "
     "studentenvereniging zonder drankvergunning sterke drank schenken?", "unknown", False),
    ("Mijn dochter kreeg een dreigbericht op snapchat van iemand die naaktfoto's wil "
     "verspreiden als ze niet betaalt. Waar meld ik sextortion?", "unknown", False),
    ("Onze filiaalmanager noemt de invoering van zelfscankassa's 'een bom onder de werksfeer'. "
     "Hoe begeleiden we die verandering zodat caissières niet bang zijn hun baan te verliezen?",
     "unknown", False),
    ("Klacht over het nieuwe menu in de kantine van het gemeentehuis: de Syrische linzensoep is "
     "een bom van knoflook en extreem heet. Kan er een mildere variant komen?", "unknown", False),
    # Round 2241-2248: four acute cases missed, two in chat lines pasted among banter ('monday 8:30
    # I bring my dad's rifle to school', 'komt morgen om 10 uur niet levend dat stadhuis uit'), a
    # man who 'mensen iets wilde aandoen' still free, a resident still on the road crossing a border
    # tonight; and calm figures of speech
    ("Een verslaggever vraagt of het klopt dat de man die volgens de politie mensen iets wilde "
     "aandoen tijdens het stadsfestival nog steeds op vrije voeten is. Wat zeggen we en met wie "
     "stemmen we dat af?", "travel_or_threat", True),
    ("Press officer here: a reporter has heard that one of our residents left yesterday and is "
     "still on the road, probably crossing a border tonight, and wants a comment. What do we "
     "say and who do we coordinate with?", "travel_or_threat", True),
    ("A colleague forwarded this from a gaming Discord, it's mostly harmless banter: [23:01] "
     "xXfrag: gg ez [23:02] n0va: rematch tmrw? [23:15] dustwolf: forget games. monday 8:30 I "
     "bring my dad's rifle to school and end it for all of them, the list is ready [23:16] "
     "xXfrag: lol ok [23:20] n0va: gn I'm a youth worker in the municipality. Should we do "
     "something with this?", "travel_or_threat", True),
    ("Communicatieadviseur. Dit zijn de reacties onder onze Facebookpost over de zomermarkt, de "
     "meeste zijn onschuldig: [12:01] Jan V.: mooi initiatief [12:03] Petra: tot hoe laat is de "
     "markt? [12:09] anoniem_88: jullie burgemeester komt morgen om 10 uur niet levend dat "
     "stadhuis uit, ik weet waar hij parkeert [12:10] Jan V.: trollen [12:15] Petra: ik neem "
     "mijn hond mee. We willen een statement op social media plaatsen. Hoe pakken we de "
     "communicatie aan?", "travel_or_threat", True),
    ("De trainer noemde onze verdediging zondag 'een aanslag op het oog'. Mag ik dat citeren in "
     "het clubblad?", "unknown", False),
    # round 2265-2272
    ("Hoi, ik ben de persvoorlichter van de gemeente en ik moet eerst even een paar praktische "
     "dingen kwijt. De persruimte op de begane grond is nog steeds niet klaar na de verbouwing: "
     "er is geen goede verlichting voor camera's, het geluid galmt en de wifi valt weg zodra er "
     "meer dan tien mensen tegelijk inloggen. Bij de persconferentie over de begroting vorige "
     "maand moesten de verslaggevers staan omdat er te weinig stoelen waren. Ook de "
     "accreditatie gaat nog via een Excel-lijst die ik zelf bijhoud, wat foutgevoelig is. Ik "
     "heb een voorstel gemaakt voor een kleine investering, maar dat ligt al weken bij "
     "facilitaire zaken. Daarnaast wil ik de perslijst opschonen, want er staan nog "
     "journalisten op die allang bij een andere krant werken, en ik wil een vaste procedure "
     "voor embargo's, want het is twee keer misgegaan dat een bericht eerder online stond dan "
     "afgesproken. Ook zoek ik een vervanger voor de zomer, want ik ben drie weken weg en mijn "
     "collega van webcare kan het niet alleen. Wie zin heeft om mee te draaien in het "
     "persrooster, meld je gerust bij mij, het is leerzaam werk. Verder vraag ik me af of we "
     "persberichten in de toekomst ook in eenvoudig Nederlands moeten aanbieden, want dat is "
     "een wens vanuit de raad. Maar goed, waarom ik nu eigenlijk schrijf: net belde een "
     "verslaggever van de regionale omroep. Hij heeft van de familie gehoord dat een meisje van "
     "zestien uit onze gemeente op dit moment in een bus zit richting de Turkse grens om uit te "
     "reizen, en dat de familie haar sinds vanochtend niet meer kan bereiken. Hij wil weten of "
     "de gemeente op de hoogte is en wat we doen, en hij gaat er binnen een uur mee naar "
     "buiten. Het speelt dus nu. Hoe pak ik de woordvoering aan en met wie stem ik dit af?",
     "travel_or_threat", True),
    # round 2281-2288: a flight around a passport measure 'toch via een buurland'
    ("De minister heeft het paspoort van een fitnessinstructeur ongeldig verklaard, maar we "
     "horen dat hij morgen toch via een buurland wil wegvliegen. Wie helpt ons bij het "
     "uitvoeren van de paspoortmaatregel?", "travel_or_threat", True),
    # round 2289-2296: a formal notice from 'the security services' about a resident to 'depart for
    # a war zone imminently'
    ("I hesitate to make a fuss, but the security services have forwarded our municipality a "
     "formal notice concerning a resident who is expected to depart for a war zone imminently. "
     "The mayor is abroad; whom should we contact in her absence?", "official_report_travel", True),
    # round 2297-2304: a home-made device that 'had kunnen ontploffen' whose owner is still at
    # large; a departure of last week waiting in Istanbul for a smuggler
    ("Journalisten bellen de club. Na het vinden van een tas met een zelfgemaakt apparaat bij "
     "de ingang, dat volgens de EOD had kunnen ontploffen, is de eigenaar nog steeds "
     "voortvluchtig. Wat zeggen we naar buiten en met wie stemmen we dat af?",
     "travel_or_threat", True),
    ("Een Duitse krant belt over de jongen uit onze gemeente die vorige week is vertrokken; "
     "volgens de journalist zit hij nog in een hotel in Istanbul en wacht hij op een smokkelaar "
     "om de grens over te gaan. Wie helpt ons met de woordvoering?", "travel_or_threat", True),
    # round 2305-2312: a daughter who wants to move to 'the land of the believers', a suspect 'nog
    # op weg ... naar de grens'
    ("Our daughter (17) keeps saying she wants to move to 'the land of the believers' as soon "
     "as she can. She hasn't booked anything as far as we know, but we are scared. We need help "
     "as a family.", "travel_or_threat", True),
    ("Een journalist vraagt of het klopt dat de verdachte die nu nog op weg is naar de grens "
     "uit onze gemeente komt. Wat zeggen we, en met wie stemmen we dit af?",
     "travel_or_threat", True),
    # round 2313-2320: a neighbour's son in telegram style ('rekening leeggehaald, laatst gezien
    # Schiphol')
    ("zoon van de buren. telefoon uit, rekening leeggehaald, laatst gezien Schiphol. sprak over "
     "'de strijd daar'.", "travel_or_threat", True),
    # round 2329-2336 (on the final rules): a building that 'er zaterdag niet meer staat'
    ("Een vrijwilliger van de voedselbank vertelde dat een vaste klant pamfletten van een "
     "radicale beweging uitdeelt en vorige week tegen haar zei dat 'het buurthuis er zaterdag "
     "niet meer staat' als de bijeenkomst van de lhbti-groep doorgaat. Wie moet ik inlichten?",
     "travel_or_threat", True),
    # round 2337-2344: a call to violence against an alderman, its caller unknown; a stabber 'nog op
    # de vlucht'
    ("Hoe reageren we in een persbericht op de oproep tot geweld tegen onze wethouder die nu "
     "rondgaat op sociale media? De politie onderzoekt het nog en de oproeper is onbekend.",
     "travel_or_threat", True),
    ("De pers staat voor het gemeentehuis na de steekpartij van vanochtend; de dader is nog op "
     "de vlucht en er wordt gesproken van een terroristisch motief. Wie helpt ons met de "
     "woordvoering?", "travel_or_threat", True),
    # Round 2345-2352: a press question about a second man of the Christmas-market plans whom the
    # police still seek (missed); 'een aanslag op ons moreel|je voeten', 'an attack on our sanity';
    # a report whose person 'niet acuut vertrekt', and 'geen acuut vertrekgevaar meer' after a
    # passport measure
    ("De lokale omroep belt of het klopt dat de politie nog zoekt naar een tweede man die "
     "betrokken was bij de plannen voor de kerstmarkt. Hoe communiceren we nu?",
     "travel_or_threat", True),
    ("Die Vierdaagse is een aanslag op je voeten. Welke blarenpleisters raden jullie aan?",
     "unknown", False),
    ("That statistics exam was an absolute attack on our sanity. Can I file a complaint about "
     "the grading at my university?", "unknown", False),
    ("We kregen een ambtsbericht over een inwoner die mogelijk wil uitreizen. De politie geeft "
     "aan dat er geen directe dreiging is en dat de persoon niet acuut vertrekt. Wie moeten we "
     "betrekken?", "official_report_travel", False),
    ("Na het ambtsbericht heeft de minister het paspoort van de betrokkene vervallen verklaard. "
     "De betrokkene is thuis en er is volgens de politie geen acuut vertrekgevaar meer. Wij "
     "moeten nu de paspoortmaatregel uitvoeren; wie begeleidt ons?",
     "official_report_travel", False),
    # Round 2353-2360: false alarms mended ('allerminst', 'nul komma nul', a short label asked as a
    # question 'Dreiging? Nee', 'weet ze niets', 'terreur op wielen', WWII's 'aanslag op het
    # bevolkingsregister', an 'ijstaart-bom', a CTF 'bomb' binary, 'social engineering attacks',
    # 'attack on our free weekends', someone 'al maanden ... in het buitenland')
    ("Recept gezocht voor een ijstaart-bom (bombe glacée) voor de verjaardag van de juf op "
     "school. Hoe lang moet die in de vriezer?", "unknown", False),
    ("The new CTF challenge has a 'bomb' binary you have to defuse by reverse engineering it. "
     "Can the library's maker space host our student team for the weekend?", "unknown", False),
    ("Een passagier noemde mijn rijstijl terreur op wielen. Waar kan ik als buschauffeur een "
     "cursus defensief rijden volgen?", "unknown", False),
    ("Is er een bus van het station naar het verzetsmuseum? We willen met de "
     "chauffeursvereniging de tentoonstelling over de Tweede Wereldoorlog en de aanslag op het "
     "bevolkingsregister bekijken.", "unknown", False),
    ("Mijn oom hoorde van een kennis dat het nieuwe stadsbestuur 'de boel gaat opblazen' met "
     "een radicaal ander parkeerbeleid. Waar kan ik inspreken over de parkeertarieven?",
     "unknown", False),
    ("Een vriendin van mijn schoonzus vertelde dat haar huurder steeds meer extremistische "
     "inhoud online zet en alle contact met zijn familie heeft verbroken. Van reisplannen of "
     "dreigementen weet ze niets. Waar kan zo'n signaal gemeld worden?",
     "radicalisation_signal", False),
    ("Docent Nederlands op het vmbo: een leerling schreef in een betoog dat democratie haram "
     "is. Dreiging? Nee, nul komma nul. Maar ik wil weten of ik dit moet melden en bij wie de "
     "school advies kan vragen.", "school_question", False),
    ("Een wijkagent vraagt of wij als gemeente een casus willen inbrengen in het casusoverleg "
     "over een jongeman die steeds radicalere uitspraken doet. Dreiging: nul komma nul. Hoe "
     "werkt dat?", "radicalisation_signal", False),
    ("Er is allerminst sprake van dreiging, maar we krijgen van het jongerenwerk een signaal "
     "over een meisje dat online in een radicale groep is beland, en tegelijk wil de raad weten "
     "hoe onze preventieve aanpak eruitziet. Eerst het signaal: waar melden we dat?",
     "radicalisation_signal", False),
    ("De burgemeester wil weten wie de gemeente ondersteunt bij het uitvoeren van een "
     "paspoortmaatregel. Dreiging? Allerminst, het gaat puur om de procedure.",
     "passport_measure", False),
    ("We willen een persbericht uitbrengen over onze preventieve aanpak van radicalisering. "
     "Allerminst acuut. Met wie stemmen we de tekst af?", "communications", False),
    ("I run awareness training for municipal staff on phishing and social engineering attacks. "
     "Management now wants a similar module for front-line workers on recognising signs of "
     "radicalisation. Who provides that kind of training for municipalities?",
     "prevention_expertise", False),
    ("Wij willen iets melden: een oud-lid van onze gemeenschap had mogelijk plannen om naar een "
     "strijdgebied te vertrekken, maar hij verblijft al maanden bij familie in het buitenland "
     "en er is volgens ons geen direct gevaar. Niet spoedeisend. Moeten we dit toch bij de "
     "politie melden?", "travel_or_threat", False),
    # Round 2361-2368: a press question whose neighbours' son is 'op dit moment onderweg ... naar
    # het oorlogsgebied' (missed); false alarms: 'een bom van een rechtse', a chess opening's
    # 'aanslag op de koning', 'een aanslag op je banden', a ceiling 'ontploft door vochtschade', 'te
    # explosief', 'bom idee', 'uitreist voor een wereldreis'
    ("Er staan verslaggevers in de straat omdat de zoon van de buren op dit moment onderweg zou "
     "zijn naar het oorlogsgebied; hij is er nog niet. Wat mogen we zeggen en wie coördineert "
     "de woordvoering?", "travel_or_threat", True),
    ("Een gedetineerde wil na zijn ontslag gaan boksen bij een club in de stad; de trainer zegt "
     "dat hij 'een bom van een rechtse' heeft. Mag hij met zijn voorwaardelijke straf gewoon "
     "lid worden?", "unknown", False),
    ("De gedetineerden op de afdeling hebben een schaaktoernooi georganiseerd en een van hen "
     "noemt zijn openingszet altijd 'de aanslag op de koning'. Kan de gemeente een prijs "
     "sponsoren voor de winnaar?", "unknown", False),
    ("Die nieuwe rotonde is een aanslag op je banden, wanneer wordt dat asfalt eindelijk "
     "gerepareerd?", "unknown", False),
    ("Na de verbouwing van de kantine op het festivalterrein is het plafond zowat ontploft door "
     "vochtschade. Wie betaalt het herstel, de verhuurder of wij?", "unknown", False),
    ("Mogen vrijwilligers op de kampeerplek een gasbrander gebruiken of is dat volgens de "
     "brandweer te explosief bij droog weer?", "unknown", False),
    ("bom idee: een escape room met als thema het ontmantelen van een tijdbom, mag dat in een "
     "leegstaand schoolgebouw?", "unknown", False),
    ("Mijn buurman zegt dat zijn zoon volgende maand uitreist voor een wereldreis van een jaar "
     "en vraagt of ik de planten water geef. Moet hij zich uitschrijven bij de gemeente als hij "
     "zo lang weg is?", "unknown", False),
    # Round 2369-2376: three misses (a press question about a man 'nog voortvluchtig' who 'zou nog
    # meer van plan zijn'; 'als ik niet weg mag, doe ik het hier wel' after a passport measure;
    # Limburgs 'kunsmes, spiekers en gasflesse' and ''t good knalle gaot'), and false alarms
    # (Gronings and Brabants 'gain|gin' before a danger word, 'aanslagen in Europa in de jaren
    # zeventig', 'veilig werken met springstoffen', 'meest explosief')
    ("pers belt de hele dag over de man die nog voortvluchtig is na de vondst in die garage, "
     "hij zou nog meer van plan zijn. wie regelt de perslijn?", "travel_or_threat", True),
    ("We hebben een radicaliserende jongere al in het casusoverleg en zijn paspoort is "
     "ingenomen, dus vertrekken kan hij niet meer. Maar vandaag zei hij tegen zijn "
     "jongerenwerker: 'als ik niet weg mag, doe ik het hier wel'.", "travel_or_threat", True),
    ("Miene boerman haet de lèste waeke kunsmes, spiekers en gasflesse in zien garage "
     "opgesjlage en zeet dat 't zaoterdag op de kermis 'good knalle gaot'. Ich vertroew 't "
     "neet.", "travel_or_threat", True),
    ("Gain ambtsbericht, gain uutraaizen, niks acuuts. Mor wie zain as wiekteam dat n jonge "
     "vrouw zok steeds meer ofzunnert en aander vraauwen vertelt dat ze ongelovig binnen. Wel "
     "kin mit ons mitdenken over dizze casus?", "radicalisation_signal", False),
    ("Sunds n poar weken is der hail veul spanning in t dörp tussen de olde bewoners en de "
     "asielzuikers. Gain dreiging, mor wie willen n goud gesprek organiseren. Wel het doar "
     "verstand van?", "prevention_expertise", False),
    ("Gin acute uitreis, da's al afgehandeld, mar we moete nou de paspoortmaatregel uitvoeren: "
     "hoe verklaoren we da paspoort ongeldig en wie regelt da?", "passport_measure", False),
    ("Bie oons in de wiek is n fel debat oawer de nieje moskee. Mensen schreeuwt mekaar oet op "
     "Facebook. Gin geweld, gin bedreiging, mer wiej wilt dat et nich oet de hand lop. Wel hef "
     "dr verstand van polarisatie?", "prevention_expertise", False),
    ("Mijn zoon wil voor zijn profielwerkstuk iemand interviewen over de politieke aanslagen in "
     "Europa in de jaren zeventig. Weet u welke historici daar veel over weten?", "unknown", False),
    ("De vader in een gezin dat ik begeleid werkt in de sloop en moet voor zijn werk een cursus "
     "veilig werken met springstoffen volgen. Kan die cursus via de gemeente vergoed worden?",
     "unknown", False),
    ("Mijn zoon moet voor school een spreekbeurt houden over vulkanen. Welke uitbarsting was "
     "het meest explosief, en heeft de bibliotheek daar boeken over?", "unknown", False),
    ("Hij zei: als ik niet naar Syrië mag, doe ik het hier wel.", "travel_or_threat", True),
    # Round 2377-2384: false alarms mended (a report 'Op 5 juni 2018' or 'van 20 april 2022' beside
    # the writer's 'niet urgent|acuut': a month with a year gone by is a calm 'when' word, not a
    # date to come; 'een student uit Syrië')
    ("Op 5 juni 2018 ontvingen wij een ambtsbericht over een voorgenomen uitreis; de persoon is "
     "toen tegengehouden. We evalueren nu hoe het destijds ging. Dit is niet urgent, maar welke "
     "partijen hadden we toen moeten betrekken?", "official_report_travel", False),
    ("Na het ambtsbericht van 20 april 2022 is de persoon niet vertrokken en nu willen we de "
     "paspoortmaatregel formeel uitvoeren. Het is niet acuut meer. Wie begeleidt de uitvoering?",
     "official_report_travel", False),
    ("Een student uit Syrië wil zijn diploma laten erkennen zodat hij in het tweede jaar kan "
     "instromen. Welke organisatie waardeert buitenlandse diploma's?", "unknown", False),
    # Round 2385-2392: a radicalised daughter with a new passport who will live 'bij haar nieuwe
    # familie ... ver weg, heel binnenkort' (missed); false alarms: 'Non-urgent question', 'a PR
    # bomb', 'a bomb of a deal', 'the Boston Marathon bombing', 'the Manchester Arena attack' and
    # 'bomb jokes'
    ("I'm a teacher at an international school in The Hague. Since the Manchester Arena attack "
     "some pupils keep making bomb jokes aimed at Muslim classmates. How do I handle this "
     "tension in class?", "school_question", False),
    ("Meneer belt namens zijn vrouw en zichzelf: hun dochter is radicaal geworden en wil geen "
     "contact meer met hen. Ze zoeken begeleiding als gezin. Wat hen extra ongerust maakt: ze "
     "heeft vorige week een nieuw paspoort opgehaald en zegt dat ze 'bij haar nieuwe familie "
     "gaat wonen, ver weg, heel binnenkort'.", "travel_or_threat", True),
    ("Non-urgent question: last year a resident was suspected of planning to travel to a combat "
     "zone. There is no immediate danger now and the case is closed. Who would normally handle "
     "such a suspected departure?", "travel_or_threat", False),
    ("Press office here. The news about our municipality's radicalisation case is a PR bomb "
     "waiting to go off. How do we coordinate the spokesperson line with national partners?",
     "communications", False),
    ("I just landed a bomb of a deal on a used camper for our summer holiday. Any tips on what "
     "to check before the road trip to France?", "unknown", False),
    ("Since the Boston Marathon bombing, are backpacks still allowed at the Rotterdam marathon? "
     "I want to carry water and my phone.", "unknown", False),
    # Round 2393-2400 (on the stop's final rules): 'big amounts of fertiliser' beside a Sunday in
    # the stadium that will be 'a day that people remember' (missed); 'a real bomb of a bill', a
    # 'Molotov-shot' on a café's menu
    ("Sports coach here. One of my players asked me where he can buy big amounts of fertiliser, "
     "and said that Sunday in the stadium will be 'a day that people remember'. I have the "
     "feeling that the thing is not pluis.", "travel_or_threat", True),
    ("Quick question from a debt counsellor: my client got a real bomb of a bill from his "
     "energy supplier after the annual settlement, over 1,800 euros. Can we include it in the "
     "debt arrangement or does it count as a new debt?", "unknown", False),
    ("Een café op de markt heeft een 'Kamikaze'-cocktail en een 'Molotov-shot' op de kaart "
     "gezet. Een lezer vindt dat smakeloos, de eigenaar noemt het een grap. Heeft de gemeente "
     "daar iets over te zeggen, of is dat gewoon de vrijheid van de ondernemer?", "unknown", False),
    ("Hij kocht veel kunstmest en zei dat zondag in het stadion een dag wordt die niemand ooit "
     "vergeet.", "travel_or_threat", True),
    # Round 2401-2408 (on the stop's final rules): German 'Rohre, Nägel und Kunstdünger' beside a
    # market on Saturday, an embassy's 'may be planning something around the King's Day
    # celebrations', a journalist's 'the target mentioned in an anonymous online post' (all missed)
    ("Hallo, ich arbeite bei der Gemeinde Vaals, direkt an der Grenze zu Aachen. Ein Nachbar "
     "hat gesehen, dass ein junger Mann in seiner Garage Rohre, Nägel und Kunstdünger sammelt, "
     "und er sagt, er will es 'am Samstag auf dem Markt in Maastricht allen zeigen'. Wen müssen "
     "wir sofort anrufen?", "travel_or_threat", True),
    ("The embassy has heard, through informal channels, a suggestion that a resident of your "
     "town may be planning something around the King's Day celebrations. We have no further "
     "detail and I would hesitate to call it a threat, but it did seem prudent to mention it to "
     "someone.", "travel_or_threat", True),
    ("Our PR agency was approached last night by a journalist asking whether our distribution "
     "centre is the 'target' mentioned in an anonymous online post that appeared yesterday. We "
     "would rather not say anything unhelpful; might someone coordinate with us?",
     "travel_or_threat", True),
    # Round 2417-2424 (on b00bd28): a made-up wedding whose guests bring 'cadeautjes die hard
    # knallen' to the station on Saturday (missed); a volcanic bomb, bath bombs, a coach's 'er een
    # bom tegenaan', a skatepark's 'bomb drop', a chess club's King's Indian Attack, a team's
    # counter-attack, a Bibob report of the Landelijk Bureau, the 'uitreis' of visitors after an
    # event (false alarms)
    ("Ik werk als jongerenwerker en lees mee in een groepsapp waar een paar van mijn "
     "jongens in zitten. Sinds een paar dagen gaat het daar over 'de bruiloft' op zaterdag"
     " bij het station. Er wordt gezegd dat 'de gasten cadeautjes meenemen die hard "
     "knallen' en dat 'de bruidegom niet terugkomt van het feest'. Er is helemaal geen "
     "bruiloft in die familie, dat heb ik nagevraagd. Moet ik dit ergens neerleggen en zo "
     "ja waar?", "travel_or_threat", True),
    ("Mijn dochter wil voor haar werkstuk over vulkanen weten hoe een vulkanische bom "
     "ontstaat. Heeft de bibliotheek daar boeken over?", "unknown", False),
    ("Our chess club is hosting a tournament on the King's Indian Attack and the Danish "
     "Gambit, with a blitz 'bomb round' at the end. Can we rent the community centre hall "
     "on Saturday?", "unknown", False),
    ("Our under-12 team keeps launching a counter-attack but never scores. Any drills to "
     "improve finishing? Also, does the gemeente subsidise youth football clubs?",
     "unknown", False),
    ("namens een groep jongeren: we willen een skatepark voor extreme sporten, met een "
     "halfpipe en een 'bomb drop' (zo heet dat echt). waar dienen we zoiets in en is er "
     "subsidie voor jongereninitiatieven?", "unknown", False),
    ("[doorgestuurd uit de teamapp] [18:30] trainer: zaterdag gaan we er een bom tegenaan,"
     " alles of niets tegen de Zwaluwen [18:31] trainer: wie rijdt? Vraag aan de gemeente:"
     " is het sportpark zaterdag open, of is het veld nog afgekeurd?", "unknown", False),
    ("Voor een horecavergunning hebben we een Bibob-advies aangevraagd en nu ligt er een "
     "ambtsbericht van het Landelijk Bureau over de financiering van het café. Hoe "
     "verwerken we dat in het besluit en mag de aanvrager het inzien?", "unknown", False),
    ("In het overleg over de nieuwe dienstregeling, dat wij met de vervoerder en de "
     "provincie voeren, werd gesproken over de 'uitreis' van bezoekers na afloop van grote"
     " evenementen in het stadion; wie binnen de gemeente is het aanspreekpunt voor de "
     "mobiliteitsplannen bij evenementen?", "unknown", False),
    ("Voor de kerstmarkt van de school van mijn dochter maken we bruisballen, van die "
     "bommen die je in bad gooit. Het recept zegt citroenzuur en baking soda, maar ze "
     "vallen steeds uit elkaar. Iemand een tip? En mogen we ze zonder vergunning op het "
     "schoolplein verkopen?", "unknown", False),
    # Round 2425-2432 (on d23a938): a threat in Frisian, 'in oanslach pleegje ... op it
    # doarpsfeest' (missed); 'een aanslag op mn doekoe', a freestyle that 'heeft de hele zaal
    # opgeblazen', a grandfather who 'zag de bommen vallen' in 1944, 'een aanslag op mijn ochtend'
    # (false alarms)
    ("Der is in driging binnenkaam by ús gemeentehûs: ien skriuwt dat er dit wykein in "
     "oanslach pleegje sil op it doarpsfeest. Wa moatte wy fuortdaliks warskôgje?",
     "travel_or_threat", True),
    ("die nieuwe sneakers kosten 220 euro, dat is echt een aanslag op mn doekoe wollah. "
     "iemand een kortingscode?", "unknown", False),
    ("die freestyle van mn mattie was extreem hard, hij heeft de hele zaal opgeblazen. "
     "waar kunnen we ons aanmelden voor een open mic avond?", "unknown", False),
    ("Mijn schoonvader is 94 en vertelt nog altijd over het bombardement op onze stad in "
     "1944, hij was toen tien en zag de bommen vallen. Hij zou graag een keer zijn verhaal"
     " vertellen op de herdenking of in de bibliotheek. Organiseert de gemeente zoiets, of"
     " weet u bij wie we moeten zijn?", "unknown", False),
    ("Bij ons op de praktijk is vanochtend de koffiemachine ontploft, een echte aanslag op"
     " mijn ochtend haha. Weet iemand of de gemeente een bijdrage geeft voor voorzieningen"
     " in de wachtkamer van een huisartsenpraktijk, zoals een waterkoeler?", "unknown", False),
    # Round 2433-2440 (on 349afc0): a mother who 'trekt het niet meer sinds mijn zoon zijn
    # paspoort heeft opgehaald' and who says he goes 'naar zijn echte familie' after Eid, a
    # returnee who plans 'de wijkagent iets aan te doen' (missed); a headline, Mulisch's 'De
    # aanslag', an e-learning on 'uitreizigers', a returnee who moved in, 'Bomb the Bass', a
    # funeral's goodbye letter (false alarms)
    ("Ik wil graag weten of er een steunpunt is waar ik met andere moeders kan praten over"
     " hoe je omgaat met een kind dat radicaliseert, het liefst bij mij in de buurt, want "
     "ik trek het thuis niet meer sinds mijn zoon zijn paspoort heeft opgehaald en zei dat"
     " hij na het suikerfeest 'naar zijn echte familie daar' gaat.", "travel_or_threat", True),
    ("Een terugkeerder onder ons toezicht zoekt weer contact met oude strijdmakkers en "
     "bespreekt volgens zijn partner plannen om de wijkagent iets aan te doen. De partner "
     "is doodsbang.", "travel_or_threat", True),
    ("Waarom wijkt de vakantieregeling in Zwolle af van die in de buurgemeenten? Ouders "
     "zeiden tegen me: 'We willen gewoon uitreizen voor de drukte, de tickets naar Spanje "
     "zijn dan veel goedkoper.'", "unknown", False),
    ("In de bovenbouw lezen we 'De aanslag' voor de literatuurlijst, en een paar "
     "leerlingen maakten daarna grappen die klasgenoten met een migratieachtergrond erg "
     "kwetsend vonden. Hoe ga ik als docent het gesprek over polarisatie in de klas aan?",
     "school_question", False),
    ("Onze baliemedewerkers hebben de e-learning 'Paspoortfraude en uitreizigers' gevolgd,"
     " maar nu komt er echt een verzoek om een paspoort in te nemen na een besluit van de "
     "minister. Wie kan ons door de procedure loodsen?", "passport_measure", False),
    ("Onder de kop 'Uitreizigers keren terug naar Nederland' publiceert de lokale omroep "
     "morgen een achtergrondstuk, en ze willen de burgemeester interviewen over ons "
     "algemene beleid. Met wie stemmen we de woordvoering af?", "communications", False),
    ("In de wijk waar een terugkeerder uit Syrië na zijn straf is gaan wonen, lopen de "
     "emoties hoog op. Buren zijn een petitie begonnen en er staat een bewonersavond "
     "gepland. Hoe begeleiden we dat gesprek zonder dat het escaleert? Niet acuut.",
     "prevention_expertise", False),
    ("Mijn schoonmoeder noemt haar appeltaart met rum altijd een aanslag op de lever. Mag "
     "ik die taart verkopen op de kerstmarkt van de gemeente zonder vergunning?",
     "unknown", False),
    ("Onze DJ heeft het nummer 'Bomb the Bass' op de setlijst en een bewoner klaagt "
     "erover. Valt de muziekkeuze onder de voorwaarden van de evenementenvergunning?",
     "unknown", False),
    ("We schrijven een afscheidsbrief voor opa om voor te lezen op zijn uitvaart. Heeft "
     "iemand tips voor een mooie tekst?", "unknown", False),
    # Round 2441-2448 (on bbbcde9): a scouting trip 'op uitrijs' to the Ardennes, a brass band 'op
    # uitreis' to a twin town, a dive 'bom van de hoge plank', a neighbour who 'grapt' about a
    # bomb under tree stumps, a historical novel's 'aanslag op de prins', an anonymised
    # ambtsbericht shown in an exhibition, pupils who threaten 'elkaar op te wachten om te
    # vechten' (false alarms)
    ("we gaan deze zomer op uitrijs met de scouting naar de ardenne, hoe vraag ik subsidie"
     " aan bij de gemeente", "unknown", False),
    ("Mijn dochter wil meedoen aan de bommetjeswedstrijd in het zwembad. Hoe leer je een "
     "goede bom van de hoge plank?", "unknown", False),
    ("Hoe krijg ik boomstronken uit de tuin? Mijn buurman grapt dat ik er gewoon een bom "
     "onder moet leggen.", "unknown", False),
    ("Onze fanfare gaat in mei op uitreis naar onze zustergemeente in Duitsland. Kan de "
     "gemeente een bijdrage doen in de kosten van de bus?", "unknown", False),
    ("Tip gezocht voor de leesclub: een historische roman over de Tachtigjarige Oorlog, "
     "met belegeringen, verraad en een aanslag op de prins. Wie kent een goede?",
     "unknown", False),
    ("Voor onze tentoonstelling over de geschiedenis van terrorismebestrijding in "
     "Nederland willen we een oud, geanonimiseerd ambtsbericht als object tonen. Bij welk "
     "archief kunnen we zoiets aanvragen?", "unknown", False),
    ("mbo-docent: de discussie over de oorlog in de klas liep uit de hand, leerlingen "
     "dreigden elkaar na schooltijd op te wachten om te vechten. hoe voeren we dit gesprek"
     " verder", "school_question", False),
    # Round 2449-2456 (on 927050a): e-mails whose footers and signatures carry the danger words
    # ('Bij een terroristische dreiging of aanslag: bel direct het alarmnummer', 'Bij vermoedens
    # van een aanslag direct de politie bellen', 'bij een bommelding verzamelen alle klassen',
    # 'gescand op virussen, bommen en andere explosieve inhoud', 'afgeluisterd door de geheime
    # dienst', 'tegen haat, terreur en geweld'), 'een bom van een trainingsschema', 'legt een bom
    # onder mijn stage', 'explosief vol huisstofmijt', sodium that 'explosief reageert',
    # 'springwerk met explosieven' in a quarry, an attack 'uit de jaren zeventig' (false alarms)
    ("is de milieustraat zaterdag open? zou mn oude matras willen wegbrengen, mn vrouw "
     "zegt dat die explosief vol huisstofmijt zit haha", "unknown", False),
    ("Voor mijn scriptie geschiedenis zou ik willen nagaan hoe een aanslag uit de jaren "
     "zeventig in onze stad destijds in de kranten werd beschreven. Heeft het "
     "gemeentearchief krantenknipsels die ik kan inzien?", "unknown", False),
    ("Welke vergunning heb ik nodig om in de steengroeve springwerk met explosieven uit te"
     " voeren, en moet de gemeente de omwonenden vooraf informeren?", "unknown", False),
    ("Onze roeiploeg heeft van de nieuwe coach een bom van een trainingsschema gekregen. "
     "Hoe bouwen we dit op zonder blessures?", "unknown", False),
    ("Mijn scriptiebegeleider zei dat mijn conclusie 'een aanslag op de statistiek' is. "
     "Hoe herschrijf ik mijn methodesectie?", "unknown", False),
    ("Voor een scheikundeles op een middelbare school wil ik uitleggen waarom natrium "
     "explosief reageert met water. Is er een veilige demonstratievideo?", "unknown", False),
    ("Het examenrooster legt een bom onder mijn stage. Kan de examencommissie een "
     "uitzondering maken voor het herkansingsmoment?", "unknown", False),
    ("Geachte heer, mevrouw,  Vergeef me dat ik u rechtstreeks benader; ik kreeg uw adres "
     "van een collega uit de buurgemeente, waarvoor dank aan haar en aan u.  Het "
     "landelijke dreigingsniveau staat al geruime tijd hoog. Bij ons is er geen enkele "
     "concrete aanleiding en het is nadrukkelijk niet acuut, maar het college vraagt zich "
     "af of onze preventieve aanpak op orde is: hebben we een dossierhouder, een lokaal "
     "netwerk, goede afspraken met partners? Waar kunnen we terecht om dat na te lopen?  "
     "Met vriendelijke groet, P. Jansen Teamleider Veiligheid  --- Deze e-mail is "
     "verzonden vanuit een beveiligde omgeving. Bij een terroristische dreiging of "
     "aanslag: bel direct het alarmnummer.", "prevention", False),
    ("Geachte mevrouw, meneer,  Dank voor uw tijd en excuses voor de vele vragen die wij "
     "de laatste tijd stellen.  We willen onze frontlijnwerkers (wijkteams, leerplicht, "
     "jongerenwerk en handhaving) laten trainen in het herkennen van signalen van "
     "radicalisering. Wie kan zo'n training verzorgen?  Met vriendelijke groet, S. Peters "
     "Adviseur Sociaal Domein  Disclaimer: aan dit bericht kunnen geen rechten worden "
     "ontleend. Bij vermoedens van een aanslag direct de politie bellen.",
     "prevention_expertise", False),
    ("Geachte heer, mevrouw,  Allereerst dank voor het prettige contact en mijn excuses "
     "voor de vertraging.  Wij willen als basisschool beter voorbereid zijn op gesprekken "
     "in de klas over polarisatie en nieuws over oorlog en geweld, omdat kinderen steeds "
     "vaker met vragen en uitspraken komen die ze thuis of online oppikken. Waar kunnen "
     "leerkrachten en directie hierover advies krijgen?  Met vriendelijke groet, Directeur"
     " OBS De Springplank  BHV-mededeling: bij een bommelding verzamelen alle klassen op "
     "het sportveld. Dit is een automatische toevoeging aan alle e-mails van de school.",
     "school_question", False),
    ("Beste meneer/mevrouw,  Mijn excuses voor het storen en hartelijk dank voor de "
     "moeite.  Mijn man en ik maken ons vreselijke zorgen om onze zoon, die in korte tijd "
     "is meegezogen in een radicale groep. Hij heeft alle contact met zijn oude vrienden "
     "verbroken en ziet ons als vijanden. We willen hem niet kwijtraken en zoeken "
     "ondersteuning voor ons als familie.  Met vriendelijke groet, Fam. Postma  Verstuurd "
     "vanaf mijn Samsung Galaxy Let op: deze telefoon wordt mogelijk afgeluisterd door de "
     "geheime dienst 😉", "family_support", False),
    ("Salaam en goedemiddag,  Dank u wel voor het prettige gesprek vorige week, en sorry "
     "dat ik nu pas reageer, het was een drukke periode in de wijk.  Als wijkregisseur wil"
     " ik een vast netwerk opbouwen met sleutelfiguren: het moskeebestuur, de Poolse kerk,"
     " de voetbalclub en de huurdersvereniging. Doel is vertrouwen, zodat we elkaar weten "
     "te vinden voordat er iets speelt. Welke organisatie kan ons helpen zo'n netwerk goed"
     " neer te zetten?  Hartelijke groet, K. El Idrissi Wijkregisseur Oost 'Samen staan we"
     " sterk tegen haat, terreur en geweld'", "prevention", False),
    # Round 2457-2464 (on 70d2d52): a son who wants to leave 'om te helpen daar waar moslims
    # worden afgeslacht' beside a passport application (missed); a press question about 'de jongen
    # die inmiddels is vertrokken', gas bottles that 'knalden als bommen' in a fire (false alarms)
    ("Ik ben moeder van drie kinderen en schrijf dit namens ons gezin. Onze oudste zoon, "
     "nu achttien, was altijd een vrolijke jongen die voetbalde en veel vrienden had. Ruim"
     " een jaar geleden begon hij zich meer te verdiepen in het geloof, wat we eerst "
     "alleen maar mooi vonden. Hij ging vaker naar de moskee en stopte met blowen; we "
     "waren er eerlijk gezegd blij mee. Maar langzaam veranderde het: hij wil niet meer "
     "aan tafel zitten met zijn oom omdat die alcohol drinkt, hij noemt zijn zusjes onrein"
     " als ze geen hoofddoek dragen en hij kijkt 's nachts urenlang filmpjes van predikers"
     " die wij niet kennen. Vorige week vond ik in zijn kamer een ingevulde aanvraag voor "
     "een nieuw paspoort en een briefje met een buitenlands telefoonnummer, en toen ik "
     "ernaar vroeg zei hij dat hij 'binnenkort misschien weggaat om te helpen daar waar "
     "moslims worden afgeslacht'. Mijn man wil er niet over praten en mijn dochters zijn "
     "bang. We willen onze zoon niet verraden, maar we kunnen dit ook niet meer alleen. "
     "Waar kunnen wij als familie terecht voor steun?", "travel_or_threat", True),
    ("Landelijke krant wil weten of de gemeente een ambtsbericht had over de jongen die "
     "inmiddels is vertrokken. Hoe gaan we daarmee om in de woordvoering?",
     "communications", False),
    ("Bij de brand in de loods knalden de gasflessen als bommen. Moet de GGD de buurt "
     "informeren over de rook?", "unknown", False),
    ("pers staat voor het gemeentehuis ivm die uitreis van vorige week, wie stemt de "
     "woordvoering af", "communications", False),
    # Round 2465-2472 (on 111ff0e): jerrycans, kitchen timers and wire in a garage box beside a
    # schedule of a market's busiest hours (missed); 'een bom onder onze omzet', a 'price bomb'
    # promotion, Frisian 'smiet juster in bom op it oerlis', '0 uitreizen' in a year's statistics
    # (false alarms)
    ("Beheerder complex [straat], contract G-2019-23: de huurder van garagebox 23 betaalt "
     "al 3 maanden cash (85 euro per maand). Vandaag om 16:20 rook ik een sterke chemische"
     " lucht en zag door de kier tientallen jerrycans, kookwekkers, draad en een "
     "uitgeprint schema met de drukste tijden van de zaterdagmarkt. Is dit iets voor de "
     "gemeente of voor iemand anders?", "travel_or_threat", True),
    ("Mijn bedrijfsleider zegt dat de nieuwe parkeerregels een bom onder onze omzet zijn. "
     "Bij wie kan ik een zienswijze indienen?", "unknown", False),
    ("Our supermarket is running a 'price bomb' promotion next month. Do I need a "
     "municipal permit to hang a large banner on the front of the building?", "unknown", False),
    ("Us teamlieder smiet juster in bom op it oerlis: de reorganisaasje giet dochs troch. "
     "Wêr kin ik terjochte mei fragen oer myn rjochtsposysje?", "unknown", False),
    ("Het college wil op 1 oktober naar buiten met de cijfers over 2024: 17 casussen in "
     "het casusoverleg, 0 uitreizen, 2 paspoortmaatregelen. Is het verstandig die "
     "aantallen te publiceren, en wie adviseert ons over de communicatie?",
     "communications", False),
    # Round 2473-2480 (on e8d0817, the rules as they stood, measured before any mend): in
    # Limburgs, 'e plan ... um zaoterdag op de mert mit messe op lui aof te goon' (missed); 'bomb
    # the base' with water balloons, a backpacker's 'enkeltje', a bus trip that 'wordt een hele
    # uitreis', dodgeball's 'iemand neerschieten', a dive contest's 'bom', the Gunpowder Plot,
    # German 'Anschlag auf meinen Geldbeutel' (false alarms)
    ("Ich höb in 'n gesjlote chatgróp gezeen dat e paar jóng e plan make um zaoterdag op "
     "de mert mit messe op lui aof te goon. Ich bin bang. Wat mót ich doon?",
     "travel_or_threat", True),
    ("The kids in my street keep playing 'bomb the base' with water balloons and soaking "
     "the parked cars. Who do I contact about the nuisance?", "unknown", False),
    ("We gaan deze zomer backpacken en vertrekken volgende week met een enkeltje, "
     "terugkomen zien we wel. Welke vaccinaties hebben we nodig voor Zuidoost-Azië?",
     "unknown", False),
    ("Ons schoolvoetbalteam speelt zaterdag een uitwedstrijd in Lelystad. Wat is de "
     "snelste busverbinding naar het sportpark? Wordt een hele uitreis haha", "unknown", False),
    ("Bij gym spelen we trefbal en de leerlingen noemen het 'iemand neerschieten' als ze "
     "raak gooien. Een ouder klaagt over die woorden. Hoe reageer ik daarop?", "unknown", False),
    ("Welke bom is het beste voor de bommetjeswedstrijd in het zwembad, de kanonskogel of "
     "de klassieke met één knie? Mijn zoontje wil zaterdag winnen.", "unknown", False),
    ("Voor de pubquiz zoeken we vragen over het Buskruitverraad van 1605, het mislukte "
     "plan om het Engelse parlement op te blazen. Weet iemand een goede bron?", "unknown", False),
    ("Die Stromrechnung war ein echter Anschlag auf meinen Geldbeutel. Gibt es in den "
     "Niederlanden einen Energiezuschuss, auch für Grenzgänger?", "unknown", False),
    # Round 2497-2504: e-mail footers that name a threat and 112, a choir's concert that must be
    # 'een bom', a riddle, a comedian who blows the place up with laughter; and a departure 'daar
    # ... vechten bij IS' that only the acute card knew.
    ("Ik wil een lokaal netwerk opzetten met het wijkteam en de wijkagent; wie kan mij "
     "helpen? Niets acuuts. Met vriendelijke groet, Sanne. Disclaimer: dit bericht is "
     "uitsluitend bestemd voor de geadresseerde. Bij een acute dreiging, een aanslag of "
     "een bommelding belt u altijd 112.", "prevention", False),
    ("Mijn groene container is gestolen. Kan ik een nieuwe aanvragen? Groet, P. Jansen ---"
     " Deze e-mail is automatisch gecontroleerd op virussen, spam, extremistische inhoud "
     "en terroristische dreigingen door MailGuard Pro. Bij een bommelding belt u 112.",
     "unknown", False),
    ("Ons koor treedt op in het buurthuis en de dirigent zei dat het een bom moet worden, "
     "extreem goed. Kunnen we zaterdag de zaal van 10 tot 12 gebruiken om te repeteren?",
     "unknown", False),
    ("Raadsel: wat heeft een bom maar ontploft nooit? Een bommetje in het zwembad! Hebben "
     "jullie nog meer van dit soort raadsels voor het kinderfeestje?", "unknown", False),
    ("Goedenavond, Onze cabaretier opent zijn show altijd met: 'Ik kom hier vanavond de "
     "boel opblazen, met lachen!' Voor de comedy-avond in het buurthuis hebben we 150 "
     "bezoekers verwacht. Hebben we een evenementenvergunning nodig? Groet, Stichting "
     "Lachsalvo 'Humor is ons enige wapen.'", "unknown", False),
    ("Hij wil daar gaan vechten bij IS en komt niet terug.", "travel_or_threat", True),
    # Round 2505-2512: a tax bill 'ontvangen' before the phrase that names it, a storm's
    # 'dreiging' of the KNMI, a career blown up, a goalkeeper's 'bom', a referee's 'aanslag op ons
    # doelsaldo', a Brabants 'aanslag op oew lijn', the board game Risk and 'an attack on the
    # record'.
    ("Beste mensen, ik heb deze week een aanslag ontvangen waar ik werkelijk niets van "
     "begrijp. Het gaat om de aanslag onroerendezaakbelasting. Kan ik die in termijnen "
     "betalen?", "unknown", False),
    ("Hallo, we maken ons zorgen over de dreiging die het KNMI heeft afgegeven: code "
     "oranje voor zware windstoten. En als de dreiging aanhoudt, wordt de weg langs de "
     "dijk dan afgesloten?", "unknown", False),
    ("In the board game Risk my brother always attacks me from Kamchatka. Any strategy "
     "tips for defending Asia?", "unknown", False),
    ("I want to make an attack on the record of most pancakes baked in one hour, for the "
     "village party. Must I report this at the municipality?", "unknown", False),
    ("Cliënt in een manische fase zegt dat hij zijn hele carrière gaat opblazen en morgen "
     "ontslag neemt. Hoe bespreek ik het risico van impulsieve beslissingen met hem?",
     "unknown", False),
    ("Onze keeper kreeg gisteren een bom van een afstandsschot binnen, hoe train ik jonge "
     "keepers op zulke ballen?", "unknown", False),
    ("Die scheids pleegde een aanslag op ons doelsaldo met drie onterechte penalty's. Hoe "
     "dien ik een officiële klacht in over een scheidsrechter?", "unknown", False),
    ("Die nieuwe frituur bij ons op de hoek in Eindhoven is echt de bom, hun frikandel "
     "speciaal is 'n aanslag op oew lijn haha. Weet gij of die ook op zondag open zijn?",
     "unknown", False),
    # Round 2513-2520: a quoted 'Volgende keer win ik', an 'aanslagscène' in a novel, geese that
    # are 'een echte terreur', Gronings 'woaterschap' and Frisian 'kalkoanslach', a horse's
    # 'uitreizen', sneakers that 'zijn bom', and a shooter 'game where one team plants a bomb'.
    ("Doorgestuurd van het team veiligheid: > Leuk uitje was dat, bowlen! > Volgende keer "
     "win ik. Het ministerie heeft het paspoort van een inwoner laten vervallen. Nu moet "
     "de gemeente het document innemen en registreren. Hoe pakken we de uitvoering aan?",
     "passport_measure", False),
    ("Hoe schrijf ik een spannende aanslagscène in mijn fantasyroman waarin een draak het "
     "kasteel van de koning aanvalt?", "unknown", False),
    ("De ganzen binnen n echte terreur op mien grasland, ik wil ze vot schaiten. Mag dat "
     "mit n jachtakte, en wanneer is t seizoen?", "unknown", False),
    ("De aanslag van t woaterschap is dit joar veul hoger as verleden joar. Kin ik doar "
     "bezwoar tegen moaken bie de gemainte?", "unknown", False),
    ("Der sit in soad kalkoanslach yn myn molketank en yn 'e koeltank. Hokker middel "
     "wurket it bêste tsjin dy oanslach?", "unknown", False),
    ("Welke papieren heeft mijn paard nodig om uit te reizen voor een concours in "
     "Duitsland?", "unknown", False),
    ("Mijn zoon zegt die nieuwe sneakers zijn bom en dit is een aanslag op mijn stijl. Wat"
     " betekent die jongerentaal?", "unknown", False),
    ("My two kids are obsessed with a shooter game where one team plants a bomb and the "
     "other team has to defuse it. Is this age-appropriate for an 11 year old?", "unknown", False),
    # Round 2521-2528 (measured on the relearned card): a song 'dat Dreiging heet', a carnival
    # costume 'als bom verkleed', an 'ambtsbericht' for a dormer window, a study trip 'uitreizen
    # naar Berlijn', a float's 'konfettibom', an Achterhoeks 'bom onder de raad', 'het wordt echt
    # een bom'.
    ("Onze schoolband wil op het bevrijdingsfestival een nummer spelen dat 'Dreiging' "
     "heet. Moeten we dat vooraf bij de gemeente melden?", "unknown", False),
    ("mn zoon wil als bom verkleed naar carnaval 💣😂 te erg of grappig", "unknown", False),
    ("ambtsbericht nodig voor mn vergunning dakkapel 🏠 hoe lang duurt dat bij de gemeente",
     "unknown", False),
    ("De studievereniging wil in de meivakantie met 40 studenten uitreizen naar Berlijn "
     "voor een studiereis. Moet de universiteit daar een collectieve reisverzekering voor "
     "afsluiten?", "unknown", False),
    ("Wi'j hebt veur de optocht een carnavalswagen ebouwd waor an 't ende een grote "
     "konfettibom knalt. Mot daor een vergunning veur an-evraagd worden?", "unknown", False),
    ("Oonze naoberske zeg dat de nieje burgemeester een bom onder de raad hef elegd met "
     "zien plannen veur de rondweg. Wanneer kan ik inspreken bi'j de raadsvergadering?",
     "unknown", False),
    ("Vanavond wordt het echt een bom in het café: de dartsfinale op groot scherm op het "
     "terras. Heb ik daarvoor een evenementenvergunning nodig?", "unknown", False),
    # Round 2529-2536: a contractor who will 'de boel opblazen' while gutting a kitchen, an
    # interior that will 'exploderen van kleur', a song that 'heet Uitreis', a class that 'dan
    # ontploft', jokes 'over aanslagen en bommen', documents a child needs 'om uit te reizen', a
    # Frisian tax 'oanslach fan de gemeentebelesting'.
    ("We gaan het jongerencentrum verbouwen; de aannemer wil de oude keuken er radicaal "
     "uitslopen en zegt dat hij 'de boel opblaast'. Moet de GGD eerst op asbest laten "
     "meten?", "unknown", False),
    ("Ons kerkkoor gaat op uitwisseling naar Polen. Is een identiteitskaart genoeg om uit "
     "te reizen, of hebben de koorleden een paspoort nodig?", "unknown", False),
    ("In de moskee willen we de oude vloer eruit slopen en het interieur laten exploderen "
     "van kleur met nieuwe mozaïektegels. Wie verleent een omgevingsvergunning voor de "
     "verbouwing van een gebedshuis?", "unknown", False),
    ("Mijn dochter speelt in een band en hun nieuwe nummer heet 'Uitreis'. Mogen ze "
     "optreden op het plein met Koningsdag, welke vergunning is nodig? Proszę.", "unknown", False),
    ("Docenten op het vmbo durven het gesprek over de oorlog in het Midden-Oosten niet "
     "meer aan te gaan omdat de klas dan ontploft. Is er een helpdesk waar de school "
     "terecht kan?", "school_question", False),
    ("Als gemeente krijgen we vragen van een middelbare school: leerlingen maken in de "
     "pauze grappen over aanslagen en bommen en de directie weet niet hoe ze het gesprek "
     "in de klas moet voeren. Wie kan de school helpen?", "school_question", False),
    ("Ik neem de taxi naar het vliegveld voor onze vakantie: welke documenten heeft mijn "
     "kind nodig om uit te reizen naar Marokko als alleen ik als ouder meega?", "unknown", False),
    ("Ik haw in oanslach fan de gemeentebelesting krigen dy't folle te heech is. Wêr kin "
     "ik beswier meitsje?", "unknown", False),
    # Round 2537-2544: Frisian 'bom fan stof', Twents 'bom van ne krentenwegge', an 'aanslag
    # gepleegd op mijn heg', 'een bom naar voren', a hall or a photo 'opblazen tot' something
    # larger, a 'Sicilian attack', 'voordat het ergens knalt'.
    ("Wy ha juster de hiele âlde tegelflier út ús badkeamer helle, it wie in bom fan stof "
     "en puin. Wêr kin ik it puin kwyt yn de gemeente?", "unknown", False),
    ("Oonze bakker hef ne 'bom' van ne krentenwegge, bekend in heel Twente. Mag ik zo'n "
     "ding verkopen op de weekmarkt, en wat kost ne standplaats?", "unknown", False),
    ("Mijn buurman heeft een aanslag gepleegd op mijn heg: hij heeft hem zonder overleg "
     "helemaal kaal geknipt. Kan de gemeente bemiddelen?", "unknown", False),
    ("Onze jeugdtrainer zei dat onze spits 'radicaal moet kiezen voor de aanval' en dat de"
     " keeper 'een bom naar voren' moet trappen. Hoe oefen je dat met een F-team?",
     "unknown", False),
    ("Bij de verbouwing van het buurthuis wil de aannemer een draagmuur 'radicaal' "
     "weghalen en de rest 'opblazen' tot één grote zaal. Moet daar een melding of "
     "vergunning voor bij de gemeente?", "unknown", False),
    ("My chess coach says my Sicilian attack is far too radical. Any English-speaking "
     "chess clubs in Den Haag?", "unknown", False),
    ("Ik wil een foto van mijn oma laten opblazen tot A2-formaat voor haar negentigste "
     "verjaardag. Welke resolutie heb ik nodig?", "unknown", False),
    ("De gemeente wil ons buurthuis volgens de krant 'opblazen' tot een groot cultureel "
     "centrum. Hoe krijgen bewoners inspraak bij de verbouwing?", "unknown", False),
    ("Onze burgemeester wil 'radicalisering de kop indrukken voordat het ergens knalt'. Er"
     " speelt niets concreets. Hoe zetten we samen met buurgemeenten een preventief "
     "netwerk op?", "prevention", False),
    # Round 2545-2552: a Gronings tax 'aanslag van de gemeentelieke belastens', a pie the children
    # call 'de bom', an Easter fire that 'as n bom kan ontploffn', 'het doelwit van een
    # oplichter', an attack to foil in a game 'level', a barbecue called 'het wapen van
    # massavernietiging', a 'kalasjnikov cocktail'; and 'he plans to hit the mall this weekend',
    # which was missed.
    ("Ik heb de aanslag van de gemeentelieke belastens kregen mor de WOZ-weerde van mien "
     "boerderij is veul te hoog. Wel mout ik belln veur bezwoar?", "unknown", False),
    ("Veur de kermis wil ich 'n ech Limburgse kersevlaai bakke, wie mien oma det deeg. "
     "Mien kinder neume det 'de bom' umdet ze zoe vol zit. Höbste e recep?", "unknown", False),
    ("De bult veur t poasvuur is dit joar zo groot dat de brandweer zeg dat t as n bom kan"
     " ontploffn as der gasflessen in zit. Wel bie de gemeente geet over de vergunning "
     "veur t poasvuur?", "unknown", False),
    ("Mijn cliënt is het doelwit geworden van een oplichter via WhatsApp en heeft zijn "
     "laatste 800 euro overgemaakt. Kan ik via de bank nog iets terugkrijgen en moet hij "
     "aangifte doen?", "unknown", False),
    ("Mijn zoon zit de hele dag te gamen, in zijn level moet hij een aanslag op een "
     "ruimtestation verijdelen. Heeft de gemeente sportactiviteiten voor tieners in de "
     "zomervakantie?", "unknown", False),
    ("Mijn buurman noemt zijn nieuwe barbecue 'het wapen van massavernietiging' lol. "
     "Serieus: mag je in de tuin barbecuen tijdens code oranje for droogte?", "unknown", False),
    ("kalasjnikov cocktail recept", "unknown", False),
    ("he plans to hit the mall this weekend. help", "travel_or_threat", True),
    # Round 2553-2560: 'een bom aan tekst', a Gronings 'is dat n ambtsbericht of gewoon n breef',
    # a tour 'vlak langs de grens met Syrië', a chess club that 'trekt ten strijde op het
    # kampioenschap'.
    ("Voor het RIEC-jaarverslag zoek ik een format voor de paragraaf over "
     "drugscriminaliteit; de stuurgroep vond de vorige versie 'een bom aan tekst'. Hoe "
     "pakken andere regio's dat aan?", "unknown", False),
    ("Wie kregen van de gemeente n bericht oaver de vergunning veur t tentfeest. Is dat n "
     "ambtsbericht of gewoon n breef, en mo'w doar wat met?", "unknown", False),
    ("Ik wil op vakantie naar Jordanië en de rondreis komt vlak langs de grens met Syrië. "
     "Waar vind ik het actuele reisadvies?", "unknown", False),
    ("Onze schaakvereniging trekt zaterdag ten strijde op het kampioenschap in Antwerpen "
     "en vertrekt om zes uur. Mogen we de bus op de markt laten staan?", "unknown", False),
    # Round 2561-2568: a cow with 'n buuk as n bom', a Frisian rowing crew's 'oanslach op it
    # kampioenskip', a network 'voor als het ooit knalt'.
    ("Mien koo hef n buuk as n bom van de natte klaver. Wat doo iej tegen trommelzucht?",
     "unknown", False),
    ("Ús roeiploech hat in oanslach op it kampioenskip pland: wy wolle de titel pakke. Hoe"
     " kinne wy better traine yn de winter?", "unknown", False),
    ("wij willen een netwerk opbouwen met sleutelfiguren uit de gemeenschappen voor als "
     "het ooit knalt, bij wie kunnen we terecht voor advies over zo'n netwerk",
     "prevention", False),
    # Rounds 2577-2592 (2026-12-06, night): a tax assessment in Limburgs, a cat's 'aanslag', a
    # family visit to Syria, a dog about to give birth, the rules for carrying a rifle, demolition
    # with explosives
    ("Die nieuwe bus trekt op als een raket, echt een aanslag op je nek. Vergoedt de "
     "gemeente een nekkussen voor de chauffeurs?", "unknown", False),
    ("Onze kat heeft vannacht een aanslag gepleegd op de gordijnen. Waar kan ik grof afval"
     " aanbieden?", "unknown", False),
    ("Ich höb d'n aanslaag vaan de gemeintelike belastinge gekrege en dae is te hoeg. Wie "
     "kin ich bezwaor make?", "unknown", False),
    ("Mijn tante gaat in mei naar Syrië om haar familie op te zoeken. Hoe vraagt zij een "
     "uittreksel uit de BRP aan?", "unknown", False),
    ("Wat zijn de regels voor het vervoer van een jachtgeweer in de auto naar de "
     "schietvereniging?", "unknown", False),
    ("Mijn hond staat op het punt te bevallen. Waar vind ik een dierenarts die in het "
     "weekend open is?", "unknown", False),
    ("Het sloopbedrijf haalt de oude schoorsteen met springstof neer. Mogen we daar als "
     "buurt naar kijken?", "unknown", False),
    ("Wat zijn de regels voor het vervoer van een geweer in de auto naar een wedstrijd in "
     "het buitenland?", "unknown", False),
    ("Het sloopbedrijf haalt de oude watertoren op de dag van de stadsfeesten met "
     "springstof neer. Mogen we daar met een drone filmen?", "unknown", False),
    # Rounds 2593-2624 (2026-12-06, night): a Zeeuws 'aonslag' on a fridge, a call to Syria, a
    # wedding in Germany, 'een bom aan cadeaus', a bailiff's 'dreigbrief', a one-way trip to
    # emigrate
    ("Vannacht ei m'n zeun een aonslag op m'n koelkast gepleegd, alle ijs is op. Ebbe "
     "jullie een recept vò zelfgemaekt ijs?", "unknown", False),
    ("Mag een bewoner met status uitreizen naar Duitsland voor de bruiloft van zijn zus en"
     " daarna weer terugkomen?", "unknown", False),
    ("Is het normaal dat mijn schoonmoeder op elke verjaardag een bom aan cadeaus meeneemt"
     " voor de kleinkinderen?", "unknown", False),
    ("Onze conciërge heeft een explosief gevoel voor humor. Hoe dragen we hem voor voor de"
     " vrijwilligersprijs?", "unknown", False),
    ("Mijn zoon noemt zijn waterraket zijn aanslag op de zwaartekracht. Mag hij die op het"
     " sportveld lanceren?", "unknown", False),
    ("De deurwaarder stuurde mijn buurman een echte dreigbrief over beslag op zijn loon. "
     "Wat is de beslagvrije voet?", "unknown", False),
    ("Ik heb een enkele reis naar Lissabon geboekt omdat ik daar ga emigreren. Moet ik me "
     "uitschrijven bij de gemeente?", "unknown", False),
    # Round 2657-2672: look-alikes of toothpaste, a barbecue igniter, an explosive roster, a
    # reorganisation and photos blown up
    ("Een klant in de apotheek vraagt welke tandpasta het beste helpt tegen aanslag door "
     "koffie en thee. Wat kan ik haar aanraden?", "unknown", False),
    ("Een klant vraagt naar een nieuw ontstekingsmechanisme voor zijn gasbarbecue, want de"
     " piëzo-ontsteker doet het niet meer. Welk onderdeel moet hij hebben?", "unknown", False),
    ("Het nieuwe rooster met avondopenstelling ligt explosief bij het baliepersoneel. Hoe "
     "voer ik als teamleider een goed gesprek met collega's die er boos over zijn?",
     "unknown", False),
    ("In de kantine wordt gezegd dat de nieuwe directeur de boel komt opblazen met een "
     "reorganisatie. Klopt het dat Burgerzaken wordt samengevoegd met het "
     "klantcontactcentrum?", "unknown", False),
    ("We want to blow up some Keukenhof photos to poster size. Any print shop near Lisse "
     "that's open on Sunday?", "unknown", False),
    # Round 2673-2680: school leave to Spain, a musical's fake dynamite, bath bombs and a dog's
    # 'aanslag op de vrede'
    ("Een vader wil met de kinderen een week eerder uitreizen richting Spanje voor de "
     "zomervakantie, vanwege de drukte op de weg. Mag ik daar verlof voor geven?",
     "unknown", False),
    ("Groep 8 speelt in de eindmusical een bende die met nepdynamiet de kluis van de bank "
     "opblaast. Mogen we een confettikanon gebruiken op het podium?", "unknown", False),
    ("Bij de knutselmiddag maken we bruisballen voor in bad, de kinderen noemen het "
     "'bommen maken'. Welk recept is veilig voor 6-jarigen?", "unknown", False),
    ("fw cr: wa: hond van bewoner heeft buurkat aangevallen, 'een aanslag op de vrede in "
     "de straat' volgens buren haha. bemiddeling?", "unknown", False),
    # Round 2681-2688: a chess club's 'aanslag op de koning', a smell, dialect idioms of 'de bom',
    # a water-balloon game, a demolished chimney, a schutterij's rifle
    ("Op onze schaakclub noemen we het loperoffensief 'de aanslag op de koning'. Mogen we "
     "het buurthuis op dinsdagavond huren?", "unknown", False),
    ("Een bewoner schrijft dat de geur van de nieuwe shoarmazaak 'een aanslag op zijn "
     "neus' is. Kan de wijkregisseur bemiddelen tussen hem en de ondernemer?", "unknown", False),
    ("Mien opa zaet altied 'dao geit de bom' es 't oet d'n hand löp. Wat beteikent die "
     "oetdrukking precies?", "unknown", False),
    ("My son's school is organising a 'bomb the teacher' water balloon fight at the "
     "end-of-year party. Do we need a municipal permit for that in the park?", "unknown", False),
    ("Bij ons loopt een student stage bij een gecertificeerd sloopbedrijf. Morgen wordt er"
     " een fabrieksschoorsteen opgeblazen met explosieven. Mag een stagiair van 17 daarbij"
     " aanwezig zijn volgens de Arbowet?", "unknown", False),
    ("Mijn tiener zegt 'da bom' over nieuwe sneakers. Is dat straattaal of een grapje? Ik "
     "snap er niks van.", "unknown", False),
    ("Bie de sjötterij gaon veer zaoterdag op de vogel sjiete. Wie laat mot ich mien "
     "gewèir ophaole bie de kapitein?", "unknown", False),
    # Round 2689-2696: a knife for a pie, a merchant navy voyage, Frisian and Limburgs idioms of
    # 'de bom', a tax assessment, a room to redo, a card game
    ("Wat is 't beste mets um 'n rieste vlaai te sjnije zonder dat de kortsj kepot geit?",
     "unknown", False),
    ("Wat is het beste mes om een rijstevlaai te snijden zonder dat de korst kapot gaat?",
     "unknown", False),
    ("Mijn opa vertelt graag over zijn uitreis met de koopvaardij in 1962. Heeft het "
     "gemeentearchief foto's van die schepen?", "unknown", False),
    ("Wy hawwe in bom jild útjûn oan de ferbouwing fan ús keuken. Kin ik noch subsydzje "
     "krije foar it isolearjen fan it dak?", "unknown", False),
    ("Veur Vastelaovend wil ich mich verkleie es 'bóm' mit e lontsje van wol. Is dat "
     "lollig of is dat e sjlech idee?", "unknown", False),
    ("Wat betsjut 'doe barste de bom' eins? Myn heit seit it altyd as er lilk wurdt.",
     "unknown", False),
    ("A client of mine in debt counselling received an assessment (aanslag) from the "
     "municipality for waste collection charges. Can he apply for remission? He lives on "
     "benefits.", "unknown", False),
    ("Mijn zoon wil zijn hele kamer 'opblazen' en opnieuw beginnen: alles eruit, nieuwe "
     "vloer, nieuwe muren. Wie kan zo'n verbouwing goedkoop doen?", "unknown", False),
    ("Op de bordspellenavond in de bibliotheek spelen we vaak Exploding Kittens. Als je de"
     " bom trekt en geen ontmantelkaart hebt, lig je er dan meteen uit of mag je nog een "
     "beurt?", "unknown", False),
    # Round 2697-2704: a coffee pot, a family app, a stroopwafel, a boiler room
    ("Op ons kantoor vindt elke ochtend om negen uur een aanslag op de koffiepot plaats, "
     "haha. Ik wil een grappig bordje ophangen. Ideeën voor een tekst?", "unknown", False),
    ("Er ontplofte bijna een bom in onze familie-app toen ik zei dat ik geen kerst meer "
     "bij mijn schoonouders wil vieren. Hoe sus ik deze familieruzie?", "unknown", False),
    ("Is it true the Dutch 'attack' a stroopwafel by warming it on top of the tea cup? "
     "Asking for my travel blog lol", "unknown", False),
    ("The caretaker says the boiler room is a ticking bomb because the pressure valve "
     "keeps failing. Who handles emergency boiler repairs at night?", "unknown", False),
    # Round 2705-2712: attacking a backlog, a pie 'bom', 'bombing' in Fortnite, a cocktail
    # 'Molotov'
    ("Our team is going to attack the backlog of building permits this week - who at the "
     "municipality signs off on the overtime?", "unknown", False),
    ("Ich maak veur de femiliedaag 'n 'bom' van vlaai mit slagroum en kersjes. Mag ich die"
     " op 't buurtfees in 't park verkoupe of heb ich daoveur get van de gemeinte nuuedig?",
     "unknown", False),
    ("My client keeps 'bombing' other players in Fortnite all night and then skips school "
     "the next day. Any tips on where to find support for gaming addiction?", "unknown", False),
    ("Onze barman wil een cocktail 'Molotov' op de kaart zetten (rum, tabasco en een "
     "vlammetje). Valt dat onder onze drank- en horecavergunning of moet dat apart bij de "
     "gemeente gemeld worden?", "unknown", False),
    # Round 2881-2888 and the last of 2873-2880: missed acute cases hidden in a permit request, in
    # German (a gun club's 'auf die Richtigen', a sketch 'für die Ungläubigen', 'heimgehen zu
    # Allah', 'plant einen Anschlag', 'in die Menge halten', friends told to stay home) and in
    # English; then false alarms of everyday words (de bom, confetti, springkussens, a club's away
    # trip, uitreizen in jest) and dialect or German denials, with their look-alikes
    ("Een nieuwe vrijwilliger vroeg precies waar de meeste mensen staan en hoe je met een "
     "bestelbus het plein op rijdt. Welke formulieren heb ik nodig voor de vergunning?",
     "travel_or_threat", True),
    ("vereinskollege schreibt 'bald schieß ich nicht mehr auf scheiben sondern auf die "
     "richtigen' und er hat nen waffenschein", "travel_or_threat", True),
    ("Im Vereinsheim lag eine Skizze vom Weihnachtsmarkt, daneben steht 'für die "
     "Ungläubigen'. Was machen wir jetzt?", "travel_or_threat", True),
    ("Ihr Mann hat all seine Sachen verkauft und sagt, er wolle 'heimgehen zu Allah, bevor"
     " es zu spät ist'.", "travel_or_threat", True),
    ("journalistin hier: der mann ist laut polizei 'immer noch unterwegs' und noch "
     "unterwegs ist er richtung grenze. wer macht die pressearbeit?", "travel_or_threat", True),
    ("He told me he is flying out on the 21st to go fight with a group over there. Can he "
     "still do his volunteer shifts?", "travel_or_threat", True),
    ("Mein Bruder plant einen Anschlag, er hat Chemikalien in der Garage. Wen rufe ich an?",
     "travel_or_threat", True),
    ("Ein Mitglied hat gesagt, er werde beim Umzug am Sonntag mit seinem Transporter in "
     "die Menge halten.", "travel_or_threat", True),
    ("Ein Schüler bringt morgen etwas mit für die Kafir in der Aula und hat seinen "
     "Freunden gesagt, sie sollen zu Hause bleiben.", "travel_or_threat", True),
    ("Eine Drohung gab es bisher nicht, aber er hat gestern gesagt, er sprengt morgen die "
     "Kirche.", "travel_or_threat", True),
    ("De school is morgen dicht vanwege de storm; ik heb mijn vrienden gezegd dat ze thuis"
     " moeten blijven. Kan de aula wel gebruikt worden?", "unknown", False),
    ("Onze pizza's zijn 'de bom' volgens klanten. Ik wil een terrasvergunning aanvragen, "
     "hoe gaat dat?", "unknown", False),
    ("Kunnen de opgeblazen springkussens voor de Kinderboekenweek nog op tijd gekeurd "
     "worden?", "unknown", False),
    ("Onze carnavalsclub wil een bom van confetti laten knallen bij de opening. Moeten we "
     "daar een vergunning voor hebben?", "unknown", False),
    ("Mijn huisgenoot gaat 'uitreizen', zo noemt hij het: een jaar backpacken door "
     "Zuid-Amerika. Moet hij zich uitschrijven?", "unknown", False),
    ("Wy hawwe in útreis mei de fuotbalklub nei Dútslân mei de bus. Hoefolle begelieders "
     "moatte mei?", "unknown", False),
    ("Er sagt, er sprengt den Rasen vor der Kirche jeden Morgen.", "unknown", False),
    ("Mien naober hingk vlagge op van 'n extremistische gruip en praot allein nog euver "
     "'verraoers'. Van oetreize is gein sprake. Boe kin ich dit mèlde?",
     "radicalisation_signal", False),
    ("Ein Mitglied unseres Schachvereins teilt extremistische Propaganda und nennt "
     "Attentäter „Helden“. Eine konkrete Drohung gibt es nicht. Wo melden wir das?",
     "radicalisation_signal", False),
    # A map the writer draws for an event is no threat; one found in his bag, or drawn beside a
    # menace, still is (probes of 2026-12-07: both calm ones were acute)
    ("We maken een plattegrond van de school voor de open dag, wie drukt die af?",
     "unknown", False),
    ("Voor de kerstmarkt heb ik een plattegrond gemaakt met de kramen. Waar lever ik die "
     "in?", "unknown", False),
    ("Ik heb een plattegrond van de synagoge in zijn tas gevonden.", "travel_or_threat", True),
    ("Hij maakt een plattegrond van de kerstmarkt met de kramen en zegt dat het zaterdag "
     "gaat knallen.", "travel_or_threat", True),
    # Round 2889-2896: missed acute cases in a long family e-mail (an emptied bank account, an ID
    # card on him), in German (a shooting club's 'mit allen abrechnen', a sister flying to a
    # husband met only online, a carnival threat 'die Polizei sucht noch nach ihm') and in
    # Brabants; then false alarms (a history lesson, a play, 'in wie 'ne bóm') and a German
    # denial, with their look-alikes
    ("Zijn nicht vertelde dat hij zijn bankrekening heeft leeggehaald, zijn "
     "identiteitsbewijs bij zich heeft en 'over een paar dagen daar' is, bij de mensen die"
     " vechten voor de goede zaak. Wij willen als gezin hulp.", "travel_or_threat", True),
    ("Im Vereinsheim hat ein Mitglied gesagt, beim Schützenfest am Samstag werde er mit "
     "allen abrechnen, er wisse ja, wo die Munition liegt.", "travel_or_threat", True),
    ("Meine Schwester sagt, sie fliegt Sonntag zu ihrem Mann und wir würden sie nie "
     "wiedersehen. Sie hat ihn nie getroffen, nur online.", "travel_or_threat", True),
    ("Die Presse fragt: jemand hat beim Karnevalsumzug morgen etwas Schlimmes vor, die "
     "Polizei sucht noch nach ihm. Wer spricht mit der Presse?", "travel_or_threat", True),
    ("pers belt constant over die vent die op de kermis mee z'n auto op de mensen in wou "
     "rijden, ze hebben hem nog nie, wie regelt de woordvoering", "travel_or_threat", True),
    ("Nach dem Schützenfest am Samstag müssen wir die Kasse mit allen Helfern abrechnen.",
     "unknown", False),
    ("Ik heb mijn bankrekening leeggehaald voor de verbouwing en mijn paspoort bij zich "
     "voor de vakantie volgende week; waar vraag ik een parkeervergunning?", "unknown", False),
    ("Ik ben docent geschiedenis en bereid lessen voor over de bomaanslagen in Madrid en "
     "Londen. Leerlingen geven een presentatie over een aanslag naar keuze. Waar vind ik "
     "lesmateriaal?", "school_question", False),
    ("Onze toneelvereniging speelt een stuk over een gijzeling en een aanslag op een "
     "treinstation. Hebben we een vergunning nodig voor de rookmachine?", "unknown", False),
    ("Op 't femiliefees sloog 't nuujs van de zwangersjap in wie 'ne bóm. Mót 'n gender "
     "reveal in 't park 'n vergunning höbbe?", "unknown", False),
    ("Hij schrijft een werkstuk over een aanslag, maar zegt dat hij zaterdag zelf een "
     "aanslag pleegt op de moskee.", "travel_or_threat", True),
    ("Seit einem halben Jahr nennt mein Nachbar uns Ungläubige und hat eine schwarze "
     "Flagge ins Fenster gehängt. Reisepläne oder Drohungen gibt es keine. Wo melde ich so"
     " etwas?", "radicalisation_signal", False),
    # Round 2897-2904: missed acute cases (a press question about one of two boys 'die de school
    # wilden aanvallen' still at large; German 'ohne stempel über die türkische grenze', 'wo man
    # nach Gottes Gesetz lebt und kämpft', 'seit gestern ... Richtung türkische Grenze
    # unterwegs'); false alarms (frost, a bar volunteer 'die de bom weet van tappen', a club's bus
    # trip, emigrating parents); a Gronings report that says 'gain acuut gevoar' and 'ooit'; and
    # 'zonder papieren' that still denies
    ("De regionale omroep belt: ze hebben gehoord dat een van de twee jongens die de "
     "school wilden aanvallen nog voortvluchtig is. Hoe stemmen we de woordvoering af?",
     "travel_or_threat", True),
    ("mein cousin hat seine sachen verkauft und fragt rum wie man ohne stempel über die "
     "türkische grenze kommt. er will leben bei denen die für die sache kämpfen.",
     "travel_or_threat", True),
    ("Meine Schwester fliegt nächste Woche mit ihrem neuen Mann „zu den Geschwistern im "
     "Süden“, wo man nach Gottes Gesetz lebt und kämpft. Sie hat schon gekündigt.",
     "travel_or_threat", True),
    ("Ein Journalist fragt nach dem Mann, der seit gestern mit seinem kleinen Sohn "
     "Richtung türkische Grenze unterwegs sein soll. Was sagen wir?", "travel_or_threat", True),
    ("De aanslag op de autoruiten was vanochtend zo dik dat ik te laat op het werk kwam. "
     "Strooit de gemeente ook de parkeerplaatsen?", "unknown", False),
    ("Onze seniorenvereniging maakt een busreis naar Düsseldorf. Hoe zit het bij de "
     "uitreis met iemand van wie de ID-kaart net verlopen is?", "unknown", False),
    ("onze volleybalclub zoekt vrijwilligers voor de bar, iemand die de bom weet van "
     "tappen, waar kan ik een oproep plaatsen?", "unknown", False),
    ("De uitreis van mijn ouders naar Australië is rond, ze emigreren. Hoe schrijf ik ze "
     "uit bij de gemeente?", "unknown", False),
    ("Wie hebben n ambtsbericht kregen over n vraauw dij mogelk ooit wil uutraaizen, mor "
     "volgens t bericht is der gain acuut gevoar. Wel mouten wie inschoakeln?",
     "official_report_travel", False),
    ("Hij kan zonder papieren niet naar Syrië reizen, dat is uitgesloten. Wie kan ons "
     "adviseren?", "prevention", False),
    # Round 2905-2912 (measured on the final rules of its round, then mended): German 'der zweite
    # Mann von dem vereitelten Plan noch frei rumläuft', 'ihr seht mich nie wieder ... wo der
    # echte Kampf ist', 'ein Anschlag, der überfällig ist'; English 'the other guy who's still out
    # there', 'leave for a jihadist group', 'under the true law in a country at war ... any day
    # now'; with a shooting club's gun cabinet and a summer trip 'any day now' that stay calm
    ("presseanfrage: zeitung will wissen ob der zweite mann von dem vereitelten plan noch "
     "frei rumläuft. was sagen wir und mit wem abstimmen", "travel_or_threat", True),
    ("Unser Sohn ist heute früh mit gepacktem Rucksack verschwunden und hat geschrieben "
     "\"ihr seht mich nie wieder, ich gehe dahin, wo der echte Kampf ist\". Wir brauchen "
     "Hilfe.", "travel_or_threat", True),
    ("Ein Bekannter sammelt Fotos vom Eingang der Synagoge und redet von einem Anschlag, "
     "\"der überfällig ist\". Wen rufe ich an?", "travel_or_threat", True),
    ("A reporter keeps ringing about 'the other guy who's still out there' after what was "
     "found in that flat. Who helps us with what we can say?", "travel_or_threat", True),
    ("We have NO ambtsbericht, but the police liaison hinted that a resident wants to "
     "leave for a jihadist group in the coming weeks. Who do we involve now?",
     "travel_or_threat", True),
    ("My husband keeps talking about taking our kids to live 'under the true law' in a "
     "country at war. I'm scared he'll go with them any day now. I need help.",
     "travel_or_threat", True),
    ("Unser Schützenverein braucht einen neuen Waffenschrank für das Schützenfest am "
     "Samstag. Wer genehmigt das?", "unknown", False),
    ("My sister is taking our kids to Spain any day now for the summer; can I get a letter"
     " for school?", "unknown", False),
    ("She wants to leave the terrorist group she joined years ago; who can help her exit?",
     "radicalisation_signal", False),
    # Round 2913-2920 (measured on the final rules of its round, then mended): German 'er wisse
    # genau, wann ... am meisten Leute ... Fotos von den Zugängen', 'bald für immer in den Süden
    # ... unseren Leuten dort zu helfen ... Schulden bezahlt', 'der ... was vorhat ... polizei
    # sucht ihn noch'; and a market's busiest hour asked by a vendor, not by someone else (a probe
    # of 2026-12-07: the vendor was acute)
    ("Im Vereinsheim hat ein Mitglied erzählt, er wisse genau, wann beim Stadtfest am "
     "Samstag am meisten Leute auf dem Marktplatz sind. Er hat Fotos von den Zugängen "
     "gemacht.", "travel_or_threat", True),
    ("Ein Bekannter hat angedeutet, dass er bald „für immer in den Süden“ geht, um "
     "„unseren Leuten dort zu helfen“. Er hat alle Schulden bezahlt.", "travel_or_threat", True),
    ("journalist ruft dauernd an wegen dem mann der angeblich was vorhat am bahnhof, "
     "polizei sucht ihn noch. was sagen wir der presse??", "travel_or_threat", True),
    ("Hoe laat is het het drukst op de markt? Ik wil mijn kraam goed bemannen.", "unknown", False),
    ("Hij vroeg hoe laat het het drukst is op de markt en maakte foto's van de ingang.",
     "travel_or_threat", True),
    ("Wir ziehen bald für immer in den Süden nach Spanien, haben alle Schulden bezahlt. "
     "Wie melde ich mich ab?", "unknown", False),
    # Round 2929-2936: German threats told as being remembered, stuff gathered for a procession, a
    # flight to where 'new brothers' fight; press questions on a suspect situation and a parcel
    # still open; a calm word kept though someone else's is hedged
    ("Ein Mann hat im Copyshop Pläne vom Bahnhof ausgedruckt und gesagt: am Freitag beim "
     "Stadtfest werden sich alle an mich erinnern.", "travel_or_threat", True),
    ("Mein Nachbar schreibt, er habe das Zeug jetzt beisammen, am Sonntag bei der "
     "Prozession sei es so weit.", "travel_or_threat", True),
    ("Er will schon nächste Woche dorthin, wo seine neuen Brüder kämpfen. Wie sperren wir "
     "seinen Reisepass?", "travel_or_threat", True),
    ("Een omroep belt over een verdachte situatie bij het gemeentehuis; de politie zoekt "
     "nog naar een tweede man. Wat zeggen we?", "travel_or_threat", True),
    ("De pers vraagt naar het achtergelaten pakket op het plein: de politie weet niet wat "
     "erin zit. Wie doet de woordvoering?", "travel_or_threat", True),
    ("Een ouder vertelde dat haar neef een jaar geleden misschien naar Syrië wilde. "
     "Volgens haar is er geen direct gevaar. Ik wil het doorgeven, het is niet acuut. Bij "
     "wie?", "travel_or_threat", False),
    ("Veer höbbe 'n ambtsbericht gekrege euver 'ne inwoner dae zou wille oetreize, meh 't "
     "is neet acuut: hae zit nog maonje in de gevangenis. Wat noe?",
     "official_report_travel", False),
    ("Als Ratsmitglied frage ich: hat die Gemeinde einen Plan für den Fall, dass "
     "irgendwann jemand nach Syrien ausreisen will?", "prevention", False),
    # Round 2937-2944: a backpack with cables before a club feast, a family going where the faith
    # is lived purely, Frisian words of an airport and fighters, an English pressure cooker that
    # never cooks, 'with the brothers over there'
    ("Im Keller des Vereins lag ein Rucksack mit Kabeln und Batterien, dazu ein Zettel mit"
     " dem Datum des Vereinsfestes. Der Besitzer ist weg. Was tun?", "travel_or_threat", True),
    ("Uns liegt ein Bericht der Sicherheitsbehörden vor: ein Mann will mit seinen Kindern "
     "bald dorthin, wo der Glaube rein gelebt wird.", "travel_or_threat", True),
    ("Us soan belle fan it fleanfjild: hy wol him by de striders oan de oare kant fan de "
     "grins oanslute.", "travel_or_threat", True),
    ("My flatmate watches videos on how to make things go bang, has a pressure cooker he "
     "never cooks with and wrote 'Saturday - stadium' on the calendar.", "travel_or_threat", True),
    ("My brother said this was his last Sunday at home and that he'll be with the brothers"
     " over there by next week. Is this something?", "travel_or_threat", True),
    # Round 2945-2952: German threats ('am Tag X werde' beside petrol cans and a van, foreigners
    # to be 'vorgemerkt' at a parade, a terroristische Bedrohung of tonight's council, a mosque to
    # be set on fire) and calm reports in German and Drents
    ("Mein Nachbar hortet Kanister im Keller und sagt, am Tag X werde abgerechnet. Heute "
     "hat er einen Transporter gemietet.", "travel_or_threat", True),
    ("Ein Vereinsmitglied schreibt, beim Umzug am Sonntag soll man sich die Ausländer in "
     "der ersten Reihe schon mal vormerken.", "travel_or_threat", True),
    ("Im Rathaus sind Hinweise auf eine terroristische Bedrohung gegen die Ratssitzung "
     "heute Abend eingegangen. Wer ist zuständig?", "travel_or_threat", True),
    ("Morgen will er die Moschee anzünden, er hat Benzin.", "travel_or_threat", True),
    ("Wir haben einen Amtsbericht über eine mögliche Ausreise bekommen. Im Bericht selbst "
     "steht, dass keine unmittelbare Gefahr besteht und es nicht dringend ist.",
     "official_report_travel", False),
    ("We kregen twee jaar geleden een ambtsbericht over een inwoner die wou uitreizen, "
     "maar die zit nou al lang vast. Gin spoed, gin direct gevaer.",
     "official_report_travel", False),
    # Round 2953-2960: German 'dann alle bezahlen werden' at a mosque, English chemicals beside a
    # market that 'won't know what hit it' (a menace, not a denial)
    ("Mein Bruder holt sich das Zeug für die Sache am Freitag und sagt, die in der Moschee"
     " werden dann alle bezahlen werden.", "travel_or_threat", True),
    ("The tenant upstairs gets parcels of chemicals delivered and said the Christmas "
     "market won't know what hit it.", "travel_or_threat", True),
    # Round 2961-2968: German menaces ('die Kirche am Sonntag nicht überleben lässt', a weapon for
    # the Moscheefest, an Anschlagsziel, 'was mit, das richtig knallt' at a Realschule)
    ("Ein Typ postet, dass er die Kirche am Sonntag nicht überleben lässt. Sonntag ist "
     "übermorgen.", "travel_or_threat", True),
    ("Ein Bekannter hat sich eine Waffe besorgt und will es denen beim Moscheefest zeigen."
     " Das Fest ist am Freitag.", "travel_or_threat", True),
    ("Ein Gefährder ist heute über die Grenze gefahren, es gibt Hinweise auf ein "
     "Anschlagsziel in den Niederlanden.", "travel_or_threat", True),
    ("Ein Schüler der Realschule schreibt, er bringe morgen was mit, das richtig knallt.",
     "travel_or_threat", True),
    # Round 2977-2984: a customer asking how much 'stuff' it takes to silence a hall of
    # unbelievers; a German carnival Sunday sign 'das keiner vergisst'; official reports and
    # old plans the writer calls not acute in words the calm list did not know yet
    ("Een klant vroeg in onze ijzerwarenwinkel hoeveel van dit spul je nodig hebt om 'een zaal "
     "vol ongelovigen stil te krijgen'. Hij komt vrijdag terug.", "travel_or_threat", True),
    ("Ein Bewohner hat angekündigt, er werde beim Umzug am Karnevalssonntag 'ein Zeichen setzen,"
     " das keiner vergisst'.", "travel_or_threat", True),
    ("Wij ontvingen een ambtsbericht over een voorgenomen uitreis; betrokkene is momenteel "
     "gedetineerd en er is geen sprake van een acuut risico.", "official_report_travel", False),
    ("Het ambtsbericht gaat over een mogelijk vertrek over een aantal maanden; de dienst schrijft "
     "dat er geen directe urgentie is.", "official_report_travel", False),
    ("Een ambtsbericht over een voorgenomen uitreis, maar de persoon zit volgens de politie vast "
     "en er is geen acute haast.", "official_report_travel", False),
    ("Het is niet dringend en er is geen direct gevaar. Twee jaar terug zei mijn buurjongen dat "
     "hij wilde uitreizen, nu werkt hij gewoon.", "travel_or_threat", False),
    ("Ein Ambtsbericht über eine geplante Ausreise: die Person sitzt derzeit in "
     "Untersuchungshaft und es besteht keine unmittelbare Gefahr.", "official_report_travel",
     False),
    # Round 2985-2992: Frisian 'nije wike nei it kalifaat', a void passport and 'dit weekend nog
    # weg' without papers, German: a one-way flight to a 'Bestimmung' down there, a girl who
    # will marry a man she knows only from the internet and never come back, a son on his way
    # to join 'den Kämpfern'
    ("Myn soan seit dat syn freon nije wike nei it kalifaat giet. Hy hat syn paspoart al "
     "klear.", "travel_or_threat", True),
    ("Iemand wiens paspoort vervallen is verklaard vraagt hoe je zonder papieren over de grens "
     "komt, want hij wil dit weekend nog weg.", "travel_or_threat", True),
    ("Jetzt fliegt er am Donnerstag von Weeze ab, nur Hinflug, und dort unten habe er seine "
     "Bestimmung gefunden.", "travel_or_threat", True),
    ("Sie wird in den nächsten Nächten abgeholt, um einen Mann zu heiraten, den sie nur aus dem "
     "Internet kennt. Sie komme nie zurück.", "travel_or_threat", True),
    ("Laut Nachbarn ist der Sohn unterwegs nach Süden, um sich den Kämpfern anzuschließen.",
     "travel_or_threat", True),
    # Round 2993-3000: typed in a hurry; fertiliser and nails beside a menace; a flight to
    # Istanbul with all his savings; German 'am Jahrestag losschlagen', 'alles hochgeht' at a
    # graduation, a bag packed to go to a husband known only online, Kölsch 'jet besorgt, wat
    # knallt'
    ("journalst vraagt of klopt dat inwonr op punt staat te vertrekkn wat antwoordn",
     "travel_or_threat", True),
    ("The guy next door has a lot of fertiliser and nails in his closet and keeps muttering "
     "about making the city pay.", "travel_or_threat", True),
    ("Our son flew to Istanbul this morning and took all his savings; now his phone is off.",
     "travel_or_threat", True),
    ("Im Kanal wird angekündigt, man werde am Jahrestag losschlagen, Ziel sei das Rathaus. Der "
     "Jahrestag ist am Freitag.", "travel_or_threat", True),
    ("Er schrieb, dass bei der Abschlussfeier am Freitag alles hochgeht und die anderen dann "
     "schon sehen werden.", "travel_or_threat", True),
    ("Sie will zu ihrem Mann, den sie nur aus dem Internet kennt. Nächste Woche will sie "
     "abhauen, die Tasche steht schon gepackt.", "travel_or_threat", True),
    ("Dä Pitter hät sich jet besorgt, wat knallt, un sät, am Sonndag bei d'r Prozession räumt hä"
     " ens op.", "travel_or_threat", True),
    # Round 3001-3008: Frisian 'moandei ... it gewear ... de hiele skoalle'; German photos of
    # rifles shown before a graduation, a girl going 'zu ihm rübergehen' with her passport, a
    # passport to be declared void while the bags are packed
    ("In learling sei: 'moandei nim ik it gewear fan myn omke mei en dan sjogge jimme wat der "
     "bart mei de hiele skoalle'.", "travel_or_threat", True),
    ("Ein Klassenkamerad hat Fotos von Gewehren herumgezeigt und meinte, am Freitag bei der "
     "Abschlussfeier räumt er in der Aula auf.", "travel_or_threat", True),
    ("Sie hat online einen Mann kennengelernt und will zu ihm rübergehen. Heute Abend hat sie "
     "heimlich ihren Pass eingesteckt.", "travel_or_threat", True),
    ("Die Person, deren Pass wir für ungültig erklären lassen wollen, hat schon die Koffer "
     "gepackt.", "travel_or_threat", True),
    # Round 3009-3016: a crowd scouted where there is no police, 'a feest never to forget'; a
    # passport to block before a man leaves tomorrow and 'kommt nicht wieder'; a young man who
    # will join 'dort unten einer Gruppe'
    ("A customer asked about the route of the carnavalsoptocht, where the crowds are biggest and"
     " where there is no politie: 'a feest never to forget'.", "travel_or_threat", True),
    ("Er will morgen früh losfahren und kommt nicht wieder. Können wir seinen Pass heute noch "
     "sperren lassen?", "travel_or_threat", True),
    ("Ein junger Mann will demnächst aufbrechen, um sich dort unten einer Gruppe anzuschließen.",
     "travel_or_threat", True),
    # Round 3017-3024, all German: a hunting rifle brought to school tomorrow; 'zu den
    # Geschwistern im Glauben'; 'etwas hinterlässt, woran sich alle erinnern'; nails, cables and
    # an old phone beside Easter Sunday's full church; no return ticket and a case loaded in secret
    ("Er kommt morgen früh mit dem Jagdgewehr seines Vaters in die Schule und räumt endlich auf.",
     "travel_or_threat", True),
    ("Er hat seine Sachen verschenkt und fliegt am Samstag zu den Geschwistern im Glauben.",
     "travel_or_threat", True),
    ("Er kündigt an, dass er beim Stadtfest am Wochenende etwas hinterlässt, woran sich alle "
     "erinnern werden.", "travel_or_threat", True),
    ("Ostersonntag ist es in der Kirche am vollsten; in derselben Tüte lagen Nägel, Kabel und ein"
     " altes Handy.", "travel_or_threat", True),
    ("Er brauche bald keine Rückfahrkarte mehr und hat heimlich einen Koffer ins Auto eines "
     "Freundes geladen.", "travel_or_threat", True),
    # round 3033-3040: fertiliser, a target, and a bang built or deserved; not a band's noise
    # or a school punishment beside a day and a place
    ("Er fragte, wie man aus Dünger was 'richtig Lautes' baut, und meint, das Rathaus hätte es "
     "verdient.", "travel_or_threat", True),
    ("Auf dem Stadtfest am Samstag spielt die Band was richtig Lautes, das hätte die Stadt "
     "verdient.", "unknown", False),
    ("Mein Sohn hat am Freitag in der Schule gesagt, die Lehrerin hätte es verdient. Er meint "
     "eine Strafe.", "school_question", False),
    ("Hoe organiseer ik een thema-avond over detectiveromans vol moorden en aanslagen?",
     "unknown", False),
    # round 3041-3048: five missed threats and travel, and the look-alikes that shaped them
    ("Tussen de lading lag een plan met plattegronden van de Erasmusbrug, tijdstippen en een "
     "lijst met benodigdheden.", "travel_or_threat", True),
    ("We vonden in het archief oude plattegronden van de brug en tijdstippen van de bouw uit "
     "1890.", "unknown", False),
    ("Filmpjes tonen een man met een pakket onder zijn jas op de cruiseterminal die 'iets van "
     "plan' zou zijn; de politie zoekt hem nog.", "travel_or_threat", True),
    ("Er besorgt sich die Teile für Freitag und dann zeigt er den Leuten in der Moschee, was "
     "sie verdienen.", "travel_or_threat", True),
    ("Am Freitag bekommen die Leute in der Moschee beim Iftar, was sie verdienen: ein gutes "
     "Essen.", "unknown", False),
    ("Er habe schon alles im Kofferraum, was er für Samstag braucht, und beim Fußballspiel "
     "würden 'die alle' bezahlen.", "travel_or_threat", True),
    ("Am Samstag im Kofferraum habe ich alles für den Markt; dort müssen die alle bezahlen.",
     "unknown", False),
    ("Ihr Sohn sagt, er werde bald für immer zu denen gehen, 'die wirklich kämpfen'.",
     "travel_or_threat", True),
    ("Mein Sohn geht für immer zu denen, die für Klimaschutz kämpfen, sagt er.", "unknown",
     False),
    ("Onze sleepboot heeft veel aanslag en aangroei op de romp onder de waterlijn.", "unknown",
     False),
    ("Hoe stuw je lading van IMDG-klasse 1 (vuurwerk en andere explosieven) op een veerboot?",
     "unknown", False),
    # round 3049-3056: three German misses in youth slang, and their look-alikes
    ("der kevin schrieb 'freitag in der aula gibts feuerwerk für alle, wer schlau is bleibt "
     "daheim'", "travel_or_threat", True),
    ("Am Freitag in der Aula ist Elternabend, wer krank ist bleibt daheim.", "unknown", False),
    ("der typ meint beim stadtfest am samstag 'wird keiner vergessen' und guckt videos wie man "
     "das zum knallen bringt", "travel_or_threat", True),
    ("Am Samstag beim Stadtfest spielt die Band, das wird keiner vergessen!", "unknown", False),
    ("'nächste woche bin ich weg, da unten brauchen sie männer', und er hat schon n pass mit nem "
     "anderen namen", "travel_or_threat", True),
    ("Nächste Woche bin ich weg, Urlaub in Spanien; mein Pass mit dem alten Namen ist "
     "abgelaufen.", "unknown", False),
    # round 3057-3064: German officialese, and its look-alikes
    ("Ein Einwohner beabsichtigt, über die Türkei nach Syrien auszureisen, um sich dort einer "
     "terroristischen Vereinigung anzuschließen.", "travel_or_threat", True),
    ("Ihr Nachbar lagert Düngemittel und Gaskartuschen in seiner Garage; man werde sich beim "
     "Weihnachtsmarkt 'an ihn erinnern'.", "travel_or_threat", True),
    ("Der Gärtner lagert Düngemittel in der Garage; am Samstag ist der Weihnachtsmarkt.",
     "unknown", False),
    ("Ein Schüler kündigte an, am Montag bewaffnet zu erscheinen und 'die ganze Schule "
     "auszuräuchern'.", "travel_or_threat", True),
    ("Der Imker will am Samstag in der Schule die Wespen ausräuchern.", "unknown", False),
    ("Die aktuelle Bedrohungslage in Deutschland ist laut BKA abstrakt hoch.", "unknown", False),
    # round 3065-3072: a hostage taking in a press question, English understatement
    ("In het winkelcentrum houdt een gewapende man op dit moment mensen vast. We krijgen "
     "talloze persvragen.", "travel_or_threat", True),
    ("De beveiliging houdt mensen vast tot de politie komt, na een winkeldiefstal.", "unknown",
     False),
    ("My brother's passport is no longer in the drawer. He told my mother not to worry "
     "whatever happens.", "travel_or_threat", True),
    ("My passport is no longer in the drawer; whatever happens I need it for my holiday.",
     "unknown", False),
    ("A reporter heard that a young man may be heading somewhere for the wrong reasons. He "
     "hasn't been located yet.", "travel_or_threat", True),
    ("Journalisten fragen nach dem Mann, der gestern den Imbiss angezündet und weitere Orte "
     "angekündigt hat und noch auf freiem Fuß ist.", "travel_or_threat", True),
    ("Die Tür im Büro geht nur bis zum Anschlag auf und klemmt. Wer repariert das?", "unknown",
     False),
    ("Mein Mann hat schon alles im Kofferraum, was er für den Flohmarkt am Samstag braucht.",
     "unknown", False),
    ("A man is holding people hostage in the supermarket right now; journalists are calling.",
     "travel_or_threat", True),
    # a review of the figures excepted this stop: a threat says these words too
    ("Hij verzamelt vuurwerk en andere explosieven in zijn schuur en praat over wraak.",
     "travel_or_threat", True),
    ("De bom is op het schoolplein verstopt, zei de beller.", "travel_or_threat", True),
    # the except review of 2026-12-07: older excepts of the demolition trade silenced these
    ("Mijn buurman wil de toren opblazen.", "travel_or_threat", True),
    ("Hij wil de flat opblazen waar die Syrische families wonen.", "travel_or_threat", True),
    ("Hij werkt bij een sloopbedrijf en wil het winkelcentrum opblazen.", "travel_or_threat",
     True),
    ("Hij wil de bunker opblazen waar de soldaten slapen.", "travel_or_threat", True),
    ("Mijn neef zegt dat hij de brug bij de kazerne wil opblazen.", "travel_or_threat", True),
    ("De sloper gaat zaterdag de oude flat opblazen waar vroeger 200 gezinnen woonden.",
     "unknown", False),
    ("Mijn vader werkt bij een sloopbedrijf en gaat morgen de oude toren opblazen.", "unknown",
     False),
    ("Ze gaan de oude flat bij het winkelcentrum opblazen voor de sloop toch? Wanneer is dat?",
     "unknown", False),
    # round 3073-3080: a farewell video beside chemicals and a sketch, a package left, and three
    # clipped German reports
    ("In een flat vonden we vaten met chemicaliën, een schets van het winkelcentrum en een "
     "video-afscheidsboodschap op een laptop.", "travel_or_threat", True),
    ("Press are calling: the individual who left the package at the conference centre is still "
     "unaccounted for.", "travel_or_threat", True),
    ("The courier left the package at the wrong address; the parcel is still missing. Who do we "
     "call?", "unknown", False),
    ("Grenzübergang Vaals. Kofferraum: Chemikalien, Nägel, Zeitschaltuhr. Ziel Innenstadt "
     "Maastricht.", "travel_or_threat", True),
    ("Schwester ruft an: Bruder, 19. Abschiedsbrief, Pass weg, Handy aus, Konto leergeräumt.",
     "travel_or_threat", True),
    ("Video geht viral: Mann mit Waffe vor dem Rathaus, kündigt für morgen 'Abrechnung' an. Wer "
     "übernimmt die Kommunikation?", "travel_or_threat", True),
    # round 3081-3088: to fight for his faith, in Low German, and in German
    ("De Jung vun uns Navers seggt, he geiht övermorgen wiet weg, för sien Gloov to kämpen.",
     "travel_or_threat", True),
    ("Er will übermorgen weit weg, um für seinen Glauben zu kämpfen.", "travel_or_threat", True),
    ("Er kämpft seit Jahren für seinen Glauben an die Demokratie im Stadtrat.", "unknown", False),
    # the except review of 2026-12-07: threats an except silenced, and the look-alikes that
    # narrowed their mends
    ("Een man belde het zwembad: er zit een bom onder de duikplank die om drie uur afgaat.",
     "travel_or_threat", True),
    ("Een boze klant belde dat hij een bom onder de afdeling Burgerzaken in de kelder heeft "
     "gelegd die om elf uur afgaat.", "travel_or_threat", True),
    ("Er nennt es einen Anschlag auf den Geldbeutel, aber er will morgen im Finanzamt eine Bombe "
     "zünden.", "travel_or_threat", True),
    ("Hij wil het viaduct laten springen met springstof die hij van de bouwplaats heeft "
     "gestolen.", "travel_or_threat", True),
    ("De jongens hebben flessen met benzine gevuld en zeggen dat ze ze vanavond brandend naar de "
     "politiepost gooien.", "travel_or_threat", True),
    ("Er is net geschoten tijdens de oefening en de schutter loopt nog op het terrein.",
     "travel_or_threat", True),
    ("My flatmate calls it his 'rain attack': he wants to fire a rain of bullets on the festival "
     "crowd.", "travel_or_threat", True),
    ("Mijn wekker die om zeven uur afgaat, werkt niet meer. Kan de gemeente iets met de "
     "geluidsoverlast?", "unknown", False),
    ("In de escaperoom moet je de bom die na zestig minuten afgaat onschadelijk maken. Leuk voor "
     "het teamuitje?", "unknown", False),
    ("The confetti cannon is placed on the stage and goes off at midnight.", "unknown", False),
    ("Rijkswaterstaat wil het viaduct laten springen in het weekend. Welke omleiding?",
     "unknown", False),
    ("De schutter is nog in de kantine bij de schietvereniging, hij ruimt op.", "unknown",
     False),
    ("De gaskraan stond open; de monteur kwam met een aansteker om de waakvlam aan te steken.",
     "unknown", False),
    ("We bewaren flessen met benzine in de schuur voor de grasmaaier en gooien brandend afval "
     "nooit in de container.", "unknown", False),
    ("A hail of bullets in the new war film at the cinema on Friday, is it suitable for "
     "12-year-olds?", "unknown", False),
    ("Ons museum wil een replica tonen van een zelfgemaakte bom uit 1944. Hebben we een "
     "vergunning nodig?", "unknown", False),
    # round 3089-3096, measured on the final rules: two long German sentences, and look-alikes
    ("Zwei Männer sahen Fotos vom Weihnachtsmarkt an und sprachen darüber, wo dort am Samstag die "
     "meisten Menschen stehen und wie man mit einem Lieferwagen am besten hineinkomme.",
     "travel_or_threat", True),
    ("Der Spieler sagte, dass am Freitag beim Freundschaftsspiel 'alle Ungläubigen bezahlen "
     "werden' und er dafür schon 'etwas im Keller vorbereitet' habe.", "travel_or_threat", True),
    ("Wir haben für das Vereinsfest am Samstag etwas im Keller vorbereitet: Bowle und Kuchen.",
     "unknown", False),
    # round 3097-3104, measured on the stop's final rules: a ticket to the border region beside a
    # passport to be declared invalid today, bomb parts beside station plans with times
    ("Het paspoort van deze jongen moet vandaag nog ongeldig worden verklaard, want hij heeft "
     "een ticket voor morgenochtend naar het grensgebied.", "travel_or_threat", True),
    ("Ein Nachbar hat gesehen, wie jemand in der Garage Dünger, Rohre und Kabel hortet, und an "
     "der Wand hängen Pläne vom Station Enschede mit Uhrzeiten.", "travel_or_threat", True),
    ("Im Baumarkt: Dünger, Rohre und Kabel für den Garten, dazu ein Plan vom Beet mit Uhrzeiten "
     "fürs Gießen.", "unknown", False),
    ("Wir haben für den Adventsmarkt Pläne vom Bahnhof mit Uhrzeiten der Busse ausgehängt, und "
     "Kabel und Rohre liegen im Lager.", "unknown", False),
    # round 3105-3112, measured on the last stop's final rules: no trace of a man is no denial
    # of his threat; German words read in Dutch since the broader word list; two German threats
    ("Er is nog steeds geen spoor van de man die gisteren dreigde ons azc op te blazen, en een "
     "journalist wil vandaag live bij de poort staan. Hoe stemmen we de pers af?",
     "travel_or_threat", True),
    ("Mein Nachbar hat im Keller Gasflaschen, Nägel und Kabel gebunkert und redet ständig davon, "
     "dass 'die da drüben bald bezahlen'. Wer ist zuständig?", "travel_or_threat", True),
    ("Mein Bruder hat heute Morgen eine Abschiedsnachricht geschickt, er sei 'auf dem Weg zu "
     "seiner neuen Familie im Kalifat', seitdem ist sein Handy aus. Was sollen wir tun?",
     "travel_or_threat", True),
    ("In unserer Gruppe schreibt einer, dass er Freitag beim Stadtfest 'alle mitnimmt', und hat "
     "ein Foto von einer Knarre geschickt. Was tun?", "travel_or_threat", True),
    ("Ein Schüler hat gestern auf TikTok gesagt, morgen früh bringt er was mit in die Schule, "
     "'damit alle mal sehen, was passiert'. Wen rufe ich an?", "travel_or_threat", True),
    # round 3113-3120, measured on 5b3b37a: a radio-style German report with no German cue, a
    # misspelt Syria, a van into the crowd read in Dutch, an attacker "vrij rond lopen"
    ("Kurzmeldung: Pressevertreter vor Ort Bahnhof, Räumung läuft, Tatverdächtiger flüchtig, "
     "Lage unklar. Wer gibt die Sprachregelung vor?", "travel_or_threat", True),
    ("hilfe mein enkel will morgen früh nach sürien ausreisen, der flug geht um sechs aus "
     "düsseldorf. wen soll ich anrufen", "travel_or_threat", True),
    ("In einer Gruppe schreiben er und drei Freunde, dass sie am Sonntag beim Drachenfest mit dem "
     "Lieferwagen von seinem Kumpel mitten in die Leute fahren wollen.", "travel_or_threat", True),
    ("Na de steekpartij bij de moskee zou de dader nog vrij rond lopen. Een journalist wil een "
     "reactie van de burgemeester. Wie doet de woordvoering?", "travel_or_threat", True),
    # and its demolitions: a stand and a water tower taken down, not threatened
    ("De oude tribune wordt gesloopt en volgens de aannemer moet een deel er met springstof uit. "
     "Welke vergunning heeft de aannemer daarvoor nodig?", "unknown", False),
    ("De gemeente gaat de oude watertoren opblazen voor nieuwbouw. Wanneer is de sloop precies?",
     "unknown", False),
    ("Hij wil zaterdag de moskee opblazen voor nieuwbouw van Nederlanders, zegt hij.",
     "travel_or_threat", True),
    ("Hij zegt dat hij die moskee er met springstof uit haalt, morgen al.", "travel_or_threat",
     True),
    # round 3121-3128, measured on 1804948: a daughter's flight to a fighter in a long German
    # letter, a plan "geen praatje meer" with its date, a chat weighing the easiest synagogue
    ("Unsere Tochter hat einen Mann online kennengelernt, der im Nahen Osten kämpft. Gestern "
     "hat sie erzählt, dass ihr Flug am Donnerstag geht, sie werde zu ihm ziehen und nicht "
     "wiederkommen. Wir als Familie suchen Unterstützung.", "travel_or_threat", True),
    ("dat plan waar ze het steeds over hadden is geen praatje meer, die spullen liggen nu in de "
     "schuur en ze hebben een datum. wie bel ik", "travel_or_threat", True),
    ("in een groepschat bespreken ze welke synagoge 'het makkelijkst' is en wanneer er de "
     "meeste mensen zijn. ze hebben het over volgende week", "travel_or_threat", True),
    ("In onze groepsapp bespreken we welke kerk het makkelijkst bereikbaar is met de rolstoel en "
     "wanneer er de meeste mensen zijn. Kan de gemeente helpen met vervoer?", "unknown", False),
    ("Ons plan voor de buurtmoestuin is geen praatje meer: de spullen liggen in de schuur en we "
     "hebben een datum voor de opening. Wie wil er subsidie voor geven?", "unknown", False),
    # round 3137-3144, measured on 4ba1263: threats said by the one who plans them, beside a
    # practical question; bomb parts with the bulky waste; German notes and Low German
    ("Tot hoe laat is de kerstmarkt open? Ik wil er met de bestelbus zijn als het het drukst is, "
     "zodat zoveel mogelijk van die feestvierders het nieuwe jaar niet halen.",
     "travel_or_threat", True),
    ("Ik wil een vergunning voor een manifestatie op 4 mei. Er gaat ook een pakketje mee dat "
     "precies om acht uur afgaat, midden in de twee minuten stilte.", "travel_or_threat", True),
    ("I plan to send my drone over the crowd on the square with a little package attached that "
     "they will not forget. Which zones are closed to drones?", "travel_or_threat", True),
    ("We nemen allebei iets onder onze jas mee waardoor die optocht nooit meer hetzelfde is. Waar "
     "staan de EHBO-posten?", "travel_or_threat", True),
    ("Bij het grofvuil stond een doos met pijpen, een wekker, spijkers en een schrift met "
     "tekeningen van een volle bus. Wie moet hier naar kijken?", "travel_or_threat", True),
    ("Mijn zus appte dat ze morgen om 06:00 'voorgoed weggaat'. Ze is al maanden in de ban van "
     "een radicale groep. Wie helpt ons?", "travel_or_threat", True),
    ("BPol: Betr. kündigt im Gruppenchat an, am WE beim Karnevalsumzug Venlo 'aufzuräumen'; "
     "Fotos Messer + Streckenplan versandt.", "travel_or_threat", True),
    ("Presseanfragen zum gestrigen Fund von Sprengmitteln in einem Kfz; Beifahrer weiterhin "
     "flüchtig. Wie ist die Kommunikation abzustimmen?", "travel_or_threat", True),
    ("Dä Jong vom Nachbarhof hat zwei Tonnen Kalkammonsalpeter geholt, in der Scheune stehen "
     "Dieselkanister und alte Wecker, und er sacht, am Kirmessonntag kriegen die im Festzelt wat "
     "se verdienen.", "travel_or_threat", True),
    # and the look-alikes that narrowed them
    ("We willen zoveel mogelijk bezoekers trekken, maar de kleine zaak zal de winter niet halen "
     "als dit zo doorgaat. Subsidie?", "unknown", False),
    ("De drone van de fotograaf gaat boven de menigte bij de optocht, met een pakketje snoep voor "
     "de kinderen. Vergunning nodig?", "unknown", False),
    ("Onze loodgieter liet pijpen, een kookwekker en schroeven in de schuur achter. Mag dat bij "
     "het grofvuil?", "unknown", False),
    ("Für die Renovierung muss eine Wand raus, der Handwerker nennt das einen Anschlag aufs "
     "Budget. Gibt es Fördergeld?", "unknown", False),
    # round 3145-3152's misses, in Behördendeutsch and German chat
    ("Im Rahmen der Überprüfung eines Hinweises ergab sich der Verdacht der Planung eines "
     "Anschlags auf den Weihnachtsmarkt in Lingen. Um Benennung der zuständigen Stelle wird "
     "ersucht.", "travel_or_threat", True),
    ("Eilt! Der Stadtverwaltung Nordhorn liegt eine behördliche Mitteilung vor, nach der die "
     "Ausreise eines Jugendlichen nach Syrien binnen 48 Stunden erfolgen soll.",
     "official_report_travel", True),
    ("Eine Mutter sagt, ihr Sohn sei nicht erreichbar und habe in einer letzten Nachricht die "
     "Ausreise nach Syrien angekündigt. Wer hilft?", "travel_or_threat", True),
    ("Ein junger Mann ist mit großem Gepäck in Richtung Flughafen aufgebrochen, nachdem er "
     "Abschiedsnachrichten an die Familie versandt und die Kündigung der Wohnung vorgenommen "
     "hat.", "travel_or_threat", True),
    ("Ein Teilnehmer hat beim Mittagessen gesagt, dass er auf dem Weihnachtsmarkt in Emmerich "
     "etwas machen wird, was keiner je vergessen wird.", "travel_or_threat", True),
    # and the look-alikes that narrowed them, and its calm questions
    ("Wir wollen auf dem Stadtfest etwas machen, was keiner je vergessen wird: eine Lichtershow. "
     "Brauchen wir eine Genehmigung?", "unknown", False),
    ("Die Stadt hat eine amtliche Mitteilung zur Ausreise einer abgelehnten Asylbewerberin nach "
     "Serbien bekommen. Wer kann die Familie begleiten?", "unknown", False),
    ("Zum Jahrestag des Anschlags auf den Breitscheidplatz planen wir eine Gedenkfeier, wer "
     "hilft?", "unknown", False),
    ("Eine Sachbearbeiterin berichtet, dass ein Kunde sich von Familie und Freunden abschottet "
     "und extremistische Videos teilt. Eine akute Gefahr besteht nicht. Wie ist weiter zu "
     "verfahren?", "radicalisation_signal", False),
    ("Wie ist das Verfahren zur Ungültigerklärung eines Reisepasses durchzuführen? Eine akute "
     "Lage liegt nicht vor.", "passport_measure", False),
    ("Die Pressestelle bekommt Anfragen zu einer Familie, deren Sohn vor zwei Wochen ins "
     "Kampfgebiet ausgereist ist. Mit wem stimmen wir die Antworten ab?", "communications",
     False),
    # German words for a signal, a passport measure and a family's help (round 3145-3152)
    ("mein nachbar hängt seit neuestem reichsbürger-zeug ins fenster und erzählt jedem, dass der "
     "staat nicht existiert. ist das ein fall für euch?", "radicalisation_signal", False),
    ("Die Passentziehung ist bereits verfügt; was muss die Gemeinde jetzt tun, damit der "
     "Betroffene das Dokument abgibt, und wer hilft uns dabei?", "passport_measure", False),
    ("mein vater ist in so ne rechte szene abgerutscht und die ganze familie ist am ende. gibts "
     "irgendwo beratung für angehöhrige?", "family_support", False),
    # and a demonstration against that scene, which is no signal about anyone
    ("Der Verein will gegen Rassismus und die rechte Szene eine Demo machen. Wer genehmigt das?",
     "unknown", False),
    # round 3153-3160's misses
    ("Ein Vater hat erzählt, dass ein älterer Junge im Gruppenchat schreibt, dass er am Samstag "
     "beim Stadtfest einen Anschlag machen will.", "travel_or_threat", True),
    ("Die ältere Schwester schreibt online mit einem Mann, der dort kämpft, wo Krieg ist, und sie "
     "will ihn heiraten und heute Nacht mit einem einfachen Ticket losfahren.",
     "travel_or_threat", True),
    ("Een verslaggever vraagt ons te reageren op berichten dat iemand van plan is de moskee naast "
     "ons complex 'plat te gooien'. Wie coördineert de woordvoering?", "travel_or_threat", True),
    ("The police cordoned off the area around the RAI because of a threat that is apparently "
     "still going on. Who is coordinating the communication?", "travel_or_threat", True),
    ("Die Bürgermeisterin zeigt uns ein offizielles Schreiben des Inlandsdienstes: ein Einwohner "
     "wolle sich in den kommenden Tagen einer Kampftruppe im Ausland anschließen.",
     "official_report_travel", True),
    # and its calm questions: a hypothetical one and a procedure, each called not acute
    ("Kein akuter Fall, keine unmittelbare Gefahr: wir wollen nur wissen, wer zuständig ist, "
     "wenn jemand einen Terroranschlag auf ein grenznahes Fest ankündigt.", "travel_or_threat",
     False),
    ("Beleidsadviseur vraagt hoe de procedure loopt na een ambtsbericht over voorgenomen uitreis. "
     "Volgens haar zit betrokkene vast, het is niet acuut.", "official_report_travel", False),
    # round 3161-3168's misses: German voice messages, and Surinamese Dutch
    ("hallo ja also äh mein ex mann ist wohl auf dem weg nach syrien und sitzt am flughafen in "
     "düsseldorf ähm was mach ich jetzt", "travel_or_threat", True),
    ("ähm also der untermieter hat gesagt er macht das am sonntag bei der kirche mit dem "
     "transporter in die leute rein", "travel_or_threat", True),
    ("ähm ja also mein bruder verkauft sein auto und fliegt übermorgen weg zu diesen leuten wo "
     "man kämpft und wir brauchen hilfe", "travel_or_threat", True),
    ("ja also äh wir haben jetzt so n offizielles schreiben vom dienst gekriegt dass ein junger "
     "mann bald weg will nach da unten", "official_report_travel", True),
    ("Na de aanval bij het gebedshuis zit één van de twee baya's nog altijd niet vast. Wie helpt "
     "ons met de woordvoering?", "travel_or_threat", True),
    # and the look-alikes that narrowed them
    ("Ich habe ein offizielles Schreiben vom Dienst bekommen, meine Versetzung nach Bonn. Wer "
     "hilft beim Umzug?", "unknown", False),
    ("Wir fliegen im Sommer zu den Leuten, wo man kämpft ums Überleben, als Helfer im "
     "Flüchtlingslager. Impfungen?", "unknown", False),
    ("Meine Oma ist auf dem Weg nach Syrien, um ihre Schwester zu besuchen. Braucht sie ein "
     "Visum?", "unknown", False),
    # round 3169-3176's misses, mended after the round measured ee52308
    ("De WDR steht vör de Dür, se wollen weten wat met dä Mann is, de noch gesocht wird, weil he "
     "en Bombe bauen wollt. Wat seggen wi de Pers?", "travel_or_threat", True),
    ("Een man die vannacht een bezoeker ernstig verwondde en riep dat 'dit pas het begin is', is "
     "nog steeds voortvluchtig. Met wie stemmen we de woordvoering af?", "travel_or_threat",
     True),
    ("Eine Frau erzählte, ihr Mann sei schon dort bei einer Terrorgruppe, sie folge ihm am "
     "Wochenende mit den Kindern.", "travel_or_threat", True),
    ("Op Facebook staat een bericht dat iemand morgen op het feest van de vluchtelingen veel "
     "mensen pijn gaat doen. Wat zeggen we?", "travel_or_threat", True),
    # and the look-alikes that narrowed them
    ("De nieuwe parkeertarieven bij de markt gaan veel mensen pijn doen. Wie kan ik bellen?",
     "unknown", False),
    ("Wir wollen im Werkunterricht eine Bombe bauen: Badebomben aus Natron. Ist das erlaubt?",
     "unknown", False),
    # round 3177-3184's misses, mended after the round measured d3e24f3
    ("Mann aus Sprachcafé sagt er fliegt morgen früh zu die Kämpfer. Kann Gemeinde seine Pass "
     "ungültig machen?", "travel_or_threat", True),
    ("Mein Cousin schreibt heute, er ist jetzt bei IS und er kommt zurück nach Holland und macht "
     "Terror in Nijmegen bei Vierdaagse.", "travel_or_threat", True),
    ("Hij liet zien hoe je iets in elkaar zet dat 'een hele zaal plat legt', en vroeg wanneer de "
     "sporthal het drukst is.", "travel_or_threat", True),
    ("Een verdachte stuurde ons een bericht: als hij veroordeeld wordt, \"gaan er bij de "
     "rechtbank mensen dood\". Hij zit niet vast.", "travel_or_threat", True),
    # and the look-alikes that narrowed them
    ("Ik zet de kast in elkaar en leg daarna de vloer plat. Mag de grofvuilwagen het karton "
     "meenemen?", "unknown", False),
    ("Mijn zoon gaat morgen naar de Vierdaagse; gaan er bij hitte mensen dood? Is er een "
     "hitteplan?", "unknown", False),
    # round 3185-3192's misses, mended after the round measured 8eaa463
    ("ey lan, der junge hat mir video gezeigt von IS und sagt er will auch anschlag machen, auf "
     "polizeiwache", "travel_or_threat", True),
    ("wallah die zwei typen haben gesagt die machen bald was bei der synagoge, mit auto rein in "
     "die leute", "travel_or_threat", True),
    ("Jugendlicher, 16: „egal… bin eh bald weg… Pass hab ich vom Kumpel… dort unten brauchen sie "
     "Männer… Bus geht Donnerstag“.", "travel_or_threat", True),
    ("Patient, nur Satzfetzen: „der Laster… schon gemietet… Weihnachtsmarkt… die sollen alle "
     "sehen…“. Wer muss informiert werden?", "travel_or_threat", True),
    # and the look-alikes that narrowed them
    ("Für den Weihnachtsmarkt haben wir einen Lkw gemietet, um die Buden zu transportieren. Wer "
     "gibt die Genehmigung?", "unknown", False),
    ("Wir gehen mit dem Chor rein in die Menge und singen. Brauchen wir eine Genehmigung?",
     "unknown", False),
    ("Wir wollen einen Anschlag machen am Schwarzen Brett, darf das?", "unknown", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question_type", "acute"), ROUTES)
def test_a_text_is_routed(
    router: routing.Router, text: str, question_type: str, acute: bool
) -> None:
    """Intent, context, out-of-scope questions and acute safety, each on one example."""
    result = router.route(text)
    assert (result.question_type, result.acute) == (question_type, acute)
    if acute:
        assert "police" in [r.contact.id for r in result.routes]


# Messages typed without commas: a subject or a name that starts a clause ends a cue's reach,
# unless a joining word (a conjunction, a verb before its subject, an English verb or noun that
# drops "that") stands right before it. text -> acute, the fact that stays denied (if any)
CLAUSES: list[tuple[str, bool, str | None]] = [
    ("ik vertrouw het niet hij gaat naar syrie om te vechten", True, None),
    ("Hij wil geen hulp hij wil alleen nog naar het kalifaat", True, None),
    ("I can't sleep my son is leaving for Syria tomorrow to fight", True, None),
    ("Ik kan niet meer slapen volgende week vertrekt hij naar Syrië", True, None),
    ("Ik vertrouw het niet Yusuf vertrekt morgen naar Syrië.", True, None),
    ("Er zijn geen aanwijzingen dat hij naar Syrië wil vertrekken.", False, "suspected_travel"),
    ("Nooit zal hij naar Syrië vertrekken, zegt zijn moeder.", False, "suspected_travel"),
    ("There is no sign they want to leave for Syria.", False, "suspected_travel"),
    ("Van uitreis is voor zover ik weet geen sprake.", False, "suspected_travel"),
    ("Ik denk niet hij gaat naar Syrië.", False, "suspected_travel"),
    ("We hebben geen signalen dat Yusuf naar Syrië wil.", False, "suspected_travel"),
    # a word in capitals is no name
    ("Wij hebben geen AIVD-ambtsbericht ontvangen.", False, "official_report"),
    # a cue about something else that runs on into the danger negates nothing (red team)
    ("Zijn mentor heeft niets door volgende week reist hij naar Syrië", True, None),
    ("Het is geen vraag meer of ze naar het kalifaat vertrekt.", True, None),
    ("Ik wil niet dat mijn neef morgen die aanslag pleegt.", True, None),
    ("Wij weten niet meer wat we moeten hij vertrekt zondag naar Syrië", True, None),
    ("Van de aanslag die hij beraamt hebben zijn ouders niets gemerkt.", True, None),
]  # fmt: skip


QUOTES: list[tuple[str, bool, str | None]] = [
    # a cue inside a quote reaches no word after the quote closes
    ("Ze riep 'ik hoor hier niet' vertrekt vrijdag naar het kalifaat", True, None),
    ("Op zijn tas stond 'nooit meer terug' naar Syrië vertrekt hij", True, None),
    ("Hij appte \u201cik wil geen gezeur\u201d gaat morgen naar Syrië om te vechten", True, None),
    # a cue before a quote reaches into it, and past it into the next
    ("Er is geen sprake van 'uitreis' of 'vertrek naar Syrië', wel van zorgen.", False,
     "suspected_travel"),
    # an apostrophe inside a word is no quote
    ("Zo'n jongen vertrekt niet naar Syrië om te vechten, zegt zijn moeder.", False,
     "suspected_travel"),
    # the words inside the quote stay denied
    ("Hij zei \u2018ik vertrek niet naar Syrië om te vechten\u2019 en wij geloven hem.", False,
     "suspected_travel"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "acute", "denied"), CLAUSES + QUOTES)
def test_a_cue_negates_into_its_own_clause_and_quote_only(
    router: routing.Router, text: str, acute: bool, denied: str | None
) -> None:
    """A cue negates into the clause it joins and the quote it stands in, no further.

    Not into a clause its writer began anew, nor past the close of its quote: a denial someone
    is quoted as saying denies nothing the writer says after the quote.
    """
    result = router.route(text)
    evidence = result.trace.text
    assert evidence is not None
    negated = {w.fact for w in evidence.negated} - {"on_topic"}
    assert (result.acute, negated) == (acute, set() if denied is None else {denied})


def test_evidence_points_at_the_words_by_span_without_repeating_them(
    router: routing.Router,
) -> None:
    """Each word that set a fact is given by its lexicon term and its span in the original."""
    text = "Er is géén sprake van uitreis, maar hij wil wél naar Syrië."
    evidence = router.route(text).trace.text
    assert evidence is not None
    travel = [(w.term, text[w.start : w.end]) for w in evidence.words]
    assert any(
        term.startswith("wil|wilt|willen") and piece == "wil wél naar Syrië"
        for term, piece in travel
    ), travel
    (ignored,) = [w for w in evidence.negated if w.fact == "suspected_travel"]
    assert (text[ignored.start : ignored.end], ignored.term) == ("uitreis", "uitreis*")
    assert (text[ignored.cue_start : ignored.cue_end], ignored.cue, ignored.cue_kind) == (
        "géén sprake van",
        "geen sprake van",
        "negation",
    )
    assert text not in router.route(text).model_dump_json()


def test_spans_survive_text_that_changes_length_when_folded(router: routing.Router) -> None:
    """Ligatures and dotted capitals change length when folded; spans still fit the original."""
    text = "İstanbul ﬁrst: hij wil uitreizen naar Syrië."
    evidence = router.route(text).trace.text
    assert evidence is not None
    spans = {text[w.start : w.end] for w in evidence.words if w.fact == "suspected_travel"}
    assert spans == {"uitreizen", "wil uitreizen naar Syrië"}


# A misspelt word is read as the word it means (`spellings` in the lexicon), so that its
# excepts apply as well as its terms. Each row: the text misspelt, the same text spelt right;
# both must get the same type and acute. Added with round 1801-1808, by a writer with dyslexia.
SPELLINGS = [
    ("ik heb een aanslach van de gemeendelijke belastingen gekregen, waar maak ik bezwaar?",
     "ik heb een aanslag van de gemeentelijke belastingen gekregen, waar maak ik bezwaar?"),
    ("mijn opa pleegde in de oorlog in het verzet een aanslach op een spoorlijn. waar vind ik "
     "archiefstukken?",
     "mijn opa pleegde in de oorlog in het verzet een aanslag op een spoorlijn. waar vind ik "
     "archiefstukken?"),
    ("de wijkagent hoort dat een groepje een teroriestiese aktie voorbereid tegen een moskee",
     "de wijkagent hoort dat een groepje een terroristische actie voorbereid tegen een moskee"),
    ("de NOS belt over de bedrijging tegen het stadhuis, de dader is nog voortvluchtig",
     "de NOS belt over de bedreiging tegen het stadhuis, de dader is nog voortvluchtig"),
]  # fmt: skip


@pytest.mark.parametrize(("misspelt", "meant"), SPELLINGS)
def test_a_misspelt_word_is_read_as_the_word_it_means(
    router: routing.Router, misspelt: str, meant: str
) -> None:
    """A listed typo routes as the word it means, with its own excepts and terms."""
    wrong, right = router.route(misspelt), router.route(meant)
    assert (wrong.question_type, wrong.acute) == (right.question_type, right.acute)


def test_the_evidence_quotes_a_misspelt_word_as_written(router: routing.Router) -> None:
    """The trace shows the typo where it stands, with the term of the word it was read as."""
    text = "Hij bereidt een teroriestiese aanslach voor op het station."
    evidence = router.route(text).trace.text
    assert evidence is not None
    quoted = {(text[w.start : w.end], w.term) for w in evidence.words}
    assert ("aanslach", "aanslag*") in quoted, quoted


def test_a_typo_match_is_marked_as_such(router: routing.Router) -> None:
    """A word matched with one typo tolerated says so in the evidence."""
    evidence = router.route("ambstbericht ontvangen").trace.text
    assert evidence is not None
    assert [(w.term, w.typo) for w in evidence.words if w.fact == "official_report"] == [
        ("~ambtsbericht*", True)
    ]


def test_no_false_hits_inside_unrelated_words(router: routing.Router) -> None:
    """Stems match compounds of their own, not unrelated words that happen to contain them."""
    for text in ("Ik wil een prijs uitreiken op school.", "Dit is een persoonlijke vraag."):
        result = router.route(text)
        assert not result.trace.facts.suspected_travel
        assert not result.trace.facts.communications


def test_explicit_facts_win_over_the_text(router: routing.Router) -> None:
    """With a text and explicit facts, the explicit facts decide; the trace names them."""
    result = router.route(
        {
            "text": "Er is sprake van uitreis naar Syrië.",
            "suspected_travel": False,
            "asker": "school",
        }
    )
    assert result.trace.facts.suspected_travel is False
    assert result.question_type == "school_question"
    assert result.trace.text is not None
    assert result.trace.text.explicit == ("asker", "suspected_travel")


def test_a_text_with_an_explicit_type_keeps_acute_types(router: routing.Router) -> None:
    """An explicit type with an alarming text still adds the police."""
    result = router.route({"text": "Hij wil uitreizen.", "question_type": "communications"})
    assert (result.question_type, result.also_matched, result.acute) == (
        "communications",
        ("travel_or_threat",),
        True,
    )


def test_the_same_text_always_gives_the_same_json(router: routing.Router) -> None:
    """Routing a text is deterministic, evidence included."""
    text = "Mijn broer radicaliseert en wil naar Syrië; geen sprake van een aanslag."
    assert router.route(text).model_dump_json() == routing.Router().route(text).model_dump_json()


def test_every_model_built_from_a_reading_equals_the_validated_one(
    router: routing.Router,
) -> None:
    """Evidence is built without a second validation; it must be exactly what validation gives.

    Every text of the golden corpus is routed; each result, dumped and validated again, equals
    itself, down to the last evidence word.
    """
    from pathlib import Path

    from routing._evaluate import load_corpus

    corpus = Path(__file__).parent / "corpus" / "questions.yaml"
    seen_excepted = seen_scenes = 0
    for case in load_corpus(corpus):
        result = router.route(case.text)
        assert routing.RoutingResult.model_validate(result.model_dump()) == result
        evidence = result.trace.text
        assert evidence is not None
        for word in (*evidence.words, *evidence.negated, *evidence.excepted, *evidence.scenes):
            assert type(word).model_validate(word.model_dump()) == word
            assert word.model_fields_set == set(type(word).model_fields)
        seen_excepted += len(evidence.excepted)
        seen_scenes += len(evidence.scenes)
    # The corpus holds both, so the loop above looked at them.
    assert seen_excepted > 0
    assert seen_scenes > 0


# text -> (facts, on topic): combinations name what people describe rather than name
COMBINATIONS: list[tuple[str, dict[str, Any], bool]] = [
    # a place of worship and menace: a threat, and about the subject, though no word is
    ("Iemand legde een brief bij de moskee: 'Volgende keer brandt het hier'.",
     {"terrorist_threat": True}, True),
    # the place alone, or the menace alone, is neither
    ("De moskee wil een vergunning voor een markt na de ramadan.", {}, False),
    ("Volgende keer brandt het hier niet meer zo lang, zegt de brandweer.", {}, False),
    # travel: a destination, a preparation and a context, all three
    ("Zijn zus heeft een enkeltje Istanbul geboekt en wil daar met een broeder trouwen.",
     {"suspected_travel": True}, True),
    ("Zijn zus heeft een ticket naar Istanbul geboekt voor een stedentrip.", {}, False),
]  # fmt: skip


_FILLER = (
    "We hebben het daarna lang gehad over de planning van de vrijwilligers, de koffie in de "
    "pauze, de nieuwe stoelen in de zaal, de kosten van de verwarming en de vraag wie de "
    "sleutels beheert als de beheerder met vakantie is. "
) * 2


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Mijn buurman heeft een doos spijkers gekocht en zegt dat het zaterdag bij de kerk gaat "
         "gebeuren.", True),
        # the same means, moment, target and menace, each some 80 words from the next
        ("Mijn buurman heeft een doos spijkers gekocht voor de schutting. " + _FILLER
         + "Zaterdag gaat hij naar de kerk. " + _FILLER
         + "Hij zegt dat het gaat gebeuren met de verbouwing.", False),
    ],
)  # fmt: skip
def test_a_threats_combination_counts_only_where_its_words_stand_close(
    router: routing.Router, text: str, threat: bool
) -> None:
    """The words of a threat's combination count within `within` (50) words of each other."""
    evidence = router.route(text).trace.text
    assert evidence is not None
    assert any(word.fact == "terrorist_threat" for word in evidence.words) is threat


def test_a_reach_is_measured_between_the_words_of_the_lists_it_needs() -> None:
    """`whole` finds lists enough within the reach, wherever in the paragraph they stand."""
    from routing._traits import whole

    pair = ("terrorist_threat", "test")
    needed = {pair: 2}
    reach = {pair: 50}
    far = [((pair, 1), 0), ((pair, 2), 60)]
    near_later = [*far, ((pair, 1), 100)]  # the second word of list 1 stands 40 after list 2
    assert whole(far, needed) == {(pair, 0)}  # without a reach, anywhere in the paragraph
    assert whole(far, needed, None, reach) == set()
    assert whole(near_later, needed, None, reach) == {(pair, 0)}


@pytest.mark.parametrize(("text", "facts", "on_topic"), COMBINATIONS)
def test_a_combination_sets_its_fact_only_when_every_list_is_present(
    words_router: routing.Router, text: str, facts: dict[str, Any], on_topic: bool
) -> None:
    """Every list of a combination must have a word in the text; then it also makes it on topic."""
    result = words_router.route(text)
    expected = {**facts, "on_topic": True} if on_topic else facts
    assert _facts(result) == expected
    assert (result.question_type != "unknown") is on_topic


def test_words_of_an_incomplete_combination_are_not_evidence(router: routing.Router) -> None:
    """A word that is one list of a combination that is not whole set nothing: not shown."""
    result = router.route("De burgemeester vraagt naar de moskee; het gaat om radicalisering.")
    evidence = result.trace.text
    assert evidence is not None
    assert [word.fact for word in evidence.words] == ["on_topic"]


def test_a_combination_a_negation_leaves_incomplete_is_not_evidence(
    router: routing.Router,
) -> None:
    """Materials beside a motive make a threat; once the materials are negated, neither shows."""
    text = "Hij heeft een hakenkruis op zijn kamer. Wapens zijn er niet gezien."
    result = router.route(text)
    evidence = result.trace.text
    assert evidence is not None
    assert result.acute is False
    assert "terrorist_threat" not in {word.fact for word in evidence.words}
    assert [(w.fact, text[w.start : w.end], w.cue) for w in evidence.negated] == [
        ("terrorist_threat", "Wapens", "is|zijn er niet"),
    ]


def test_a_combination_an_exception_leaves_incomplete_is_not_evidence(
    router: routing.Router,
) -> None:
    """In "wat is de volgende stap" there is no menace: the mayor beside it is then not shown."""
    result = router.route("De burgemeester vraagt: wat is de volgende stap met dit paspoort?")
    evidence = result.trace.text
    assert evidence is not None
    assert result.acute is False
    assert "terrorist_threat" not in {word.fact for word in evidence.words}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "terreur" signals a threat and the subject; "culinaire terreur" is listed once.
        (
            "Een recensent noemde onze snackbar pure culinaire terreur. Mag ik dat citeren?",
            "terreur",
        ),
        # "polarisatie" is a word of expertise and of the subject; so is the filter, once.
        (
            "Welk polarisatiefilter past op mijn camera voor foto's van de tulpen?",
            "polarisatiefilter",
        ),
        # "geradicaliseerd" signals radicalisation and the subject.
        (
            "Mijn zoon is helemaal geradicaliseerd door minecraft, hoe krijg ik hem van de bank?",
            "geradicaliseerd",
        ),
    ],
)
def test_a_figure_of_speech_excepts_the_words_of_every_fact(
    router: routing.Router, text: str, word: str
) -> None:
    """A phrase under `figures` explains its words away whatever fact or subject they signal."""
    result = router.route(text)
    evidence = result.trace.text
    assert evidence is not None
    assert [w for w in evidence.words if text[w.start : w.end].casefold() == word] == []
    assert result.question_type == "unknown"
    assert result.acute is False


def test_a_word_inside_a_negated_phrase_is_negated_with_it(router: routing.Router) -> None:
    """The cue that reaches "terroristische dreiging" also undoes the "dreiging" inside it.

    "dreiging" alone stands one word beyond the reach of "geen"; the phrase starts within it.
    """
    text = "Er is geen enkele concrete aanwijzing voor een terroristische dreiging."
    result = router.route(text)
    evidence = result.trace.text
    assert evidence is not None
    assert result.acute is False
    assert [(w.fact, text[w.start : w.end]) for w in evidence.negated] == [
        ("on_topic", "terroristische"),
        ("terrorist_threat", "terroristische dreiging"),
        ("terrorist_threat", "dreiging"),
    ]


# text -> (question type, the words a general question undid, with the words of their cue)
GENERAL: list[tuple[str, str, list[tuple[str, str]]]] = [
    # a question about a phenomenon: the radicalisation words name no case
    ("Wie geeft een training over het herkennen van radicalisering en extremistische ideeën?",
     "prevention_expertise",
     [("extremistische", "een training")]),
    ("Incel-memes duiken op in onze wijk, maar er is geen concrete casus. Wat doen we?",
     "prevention", [("Incel", "geen concrete casus")]),
    # someone is named: a signal after all, whatever the general words
    ("Wij volgen een training, en een jongen van 16 uit de groep radicaliseert.",
     "radicalisation_signal", []),
    ("We need a training for our staff, because he keeps sharing jihadist propaganda videos.",
     "radicalisation_signal", []),
    # a general word never undoes a threat or a departure
    ("Tijdens de training zei een deelnemer dat hij de moskee wil opblazen.",
     "travel_or_threat", []),
    ("Geen concrete casus, maar wel een jongere die volgende week naar Syrië vertrekt.",
     "travel_or_threat", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question_type", "undone"), GENERAL)
def test_a_general_question_is_not_a_signal_about_someone(
    router: routing.Router, text: str, question_type: str, undone: list[tuple[str, str]]
) -> None:
    """Without someone named, a `general` word undoes the signal words, and only those.

    They show as ignored, with the general word as cue, and keep the question on topic.
    """
    result = router.route(text)
    evidence = result.trace.text
    assert evidence is not None
    assert result.question_type == question_type
    assert [
        (text[w.start : w.end], text[w.cue_start : w.cue_end])
        for w in evidence.negated
        if w.fact != "on_topic"
    ] == undone
    assert {w.cue_kind for w in evidence.negated if w.fact != "on_topic"} <= {"general"}
    assert result.trace.facts.radicalisation_signal is (question_type == "radicalisation_signal")


# text -> whether it is acute: three of the four signs of an attack or a departure in
# preparation are, two are not (combinations with `at_least: 3`)
THREE_OF_FOUR: list[tuple[str, bool]] = [
    # a means, a moment and a menace
    ("Mijn buurman heeft een pistool en zegt dat het maandag gaat gebeuren.", True),
    ("Mijn buurman heeft een pistool en zegt dat het gaat gebeuren.", False),
    ("Mijn buurman heeft een pistool en zegt dat hij maandag vrij is.", False),
    # the preparation, the cause and a moment
    ("Mijn nicht heeft haar koffer gepakt, praat alleen nog over de ummah en gaat morgen.", True),
    ("Mijn nicht heeft haar koffer gepakt en praat alleen nog over de ummah.", False),
    ("Mijn nicht heeft haar koffer gepakt en gaat morgen naar oma.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "acute"), THREE_OF_FOUR)
def test_three_of_four_signs_make_a_question_acute(
    words_router: routing.Router, text: str, acute: bool
) -> None:
    """A combination with `at_least: 3` is whole with words of any three of its four lists."""
    result = words_router.route(text)
    assert result.acute is acute
    assert (result.question_type == "travel_or_threat") is acute


_ACUTE_FACTS = ("terrorist_threat", "suspected_travel", "official_report")

# text -> (acute, the words a resolved case undid, with the words of their cue)
RESOLVED: list[tuple[str, bool, list[tuple[str, str]]]] = [
    # a departure of last week, in a press question (held-out round 753-760); one only heard
    # of ("zou zijn vertrokken") may still be on its way
    ("Een journalist belt over de jongen die vorige week naar het buitenland is vertrokken om "
     "te vechten. Wie helpt ons met de woordvoering?", False,
     [("om te vechten", "vorige week naar het buitenland is vertrokken")]),
    ("Als verslaggever hoor ik dat een inwoner vorige week zou zijn vertrokken om zich bij een "
     "strijdgroep aan te sluiten. Wie doet de woordvoering?", True, []),
    # a press question about a case that is over
    ("De man die een aanslag beraamde is inmiddels opgepakt. De pers belt: wie helpt met de "
     "woordvoering?", False, [("aanslag", "opgepakt")]),
    ("Op TikTok gaat een nepbericht rond over een aanslag op het station. Hoe stemmen we onze "
     "communicatie af?", False, [("aanslag", "nepbericht")]),
    # no press word: the question is about the case itself, and stays acute
    ("De man die een aanslag beraamde is opgepakt, maar wat doen we nu?", True, []),
    # the case is open after all
    ("De dader is nog niet opgepakt en de pers belt over de aanslag. Wie helpt met de "
     "woordvoering?", True, []),
    ("Een verdachte van de aanslag is opgepakt, maar een handlanger is voortvluchtig. De pers "
     "belt: hoe stemmen we de woordvoering af?", True, []),
    ("De dreigbrief van vorig jaar is afgehandeld, maar nu is er een nieuwe dreigbrief. De pers "
     "belt: wie helpt met de woordvoering?", True, []),
    # a threat made now, by someone else, keeps it open too; "maar nu" alone does not
    ("De pers belt over de aanslag van vorige week; de dader is opgepakt, maar zijn broer "
     "dreigt nu de moskee op te blazen. Hoe stemmen we de woordvoering af?", True, []),
    ("De dreigbrief met een aanslag is afgehandeld: de afzender is opgepakt, maar nu staan er "
     "journalisten voor de deur. Hoe stemmen we de woordvoering af?", False,
     [("dreigbrief", "is afgehandeld"), ("aanslag", "is afgehandeld")]),
    # an unless word that is itself negated keeps nothing open
    ("Het is niet acuut meer: de verdachte van de aanslagplannen is aangehouden. De pers "
     "belt: hoe stemmen we de woordvoering af?", False, [("aanslagplannen", "aangehouden")]),
    # a resolved word that is negated closes nothing: "niemand aangehouden" (held-out set 513)
    ("Een verslaggever belt of het festival wordt afgelast omdat er een dreiging tegen het "
     "festival is. Er is niemand aangehouden. Wat zeggen we in de woordvoering?", True, []),
    # a departure that already happened, in a press question, is over (the brief's reading)
    ("We krijgen veel mediavragen over het ambtsbericht over die vrouw die al vertrokken is. "
     "Wie helpt met de woordvoering?", False, [("ambtsbericht", "die al vertrokken is")]),
    # someone still missing is no denial (held-out set 522)
    ("Een verslaggever belt: de man die gisteren dreigde de markt op te blazen is nog steeds "
     "niet gevonden. Wie coördineert de woordvoering?", True, []),
    # a case the police closed, in other words (held-out sets 441-520)
    ("Ons stadsfeest is afgelast vanwege een dreiging. De politie heeft de zaak afgehandeld. "
     "Hoe stemmen we de woordvoering af?", False, [("dreiging", "heeft de zaak afgehandeld")]),
    # an ambtsbericht about someone who has been arrested is a case that is over too
    # the cue shown is the first word that closes the case
    ("Een journalist vraagt naar het ambtsbericht van vorige maand; de betrokkene is inmiddels "
     "aangehouden. Hoe stemmen we de woordvoering af?", False,
     [("ambtsbericht", "vorige maand")]),
    # a threat of last month or last year, in a press question (held-out round 529-536), unless
    # a ticket is in hand
    ("Journalisten bellen over de dreigbrief bij de moskee van vorig jaar. Hoe stemmen we de "
     "woordvoering af?", False, [("dreigbrief", "vorig jaar")]),
    ("De krant belt over de jongen die vorig jaar naar Syrië wilde; hij heeft nu een ticket "
     "naar Istanbul. Wat zeggen we?", True, []),
    # a threat that proved false, told with the verb last; the maker in custody (held-out
    # round 681-688)
    ("Er gaat een oude video rond van een dreigbrief die toen nep bleek. We willen een korte "
     "verklaring plaatsen.", False, [("dreigbrief", "nep bleek")]),
    ("Na de steekpartij gaan geruchten over een terroristische daad; de dader zit vast. Wie "
     "adviseert over de woordvoering?", False, [("terroristische daad", "dader zit vast")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "acute", "undone"), RESOLVED)
def test_a_press_question_about_a_case_that_is_over_is_not_acute(
    router: routing.Router, text: str, acute: bool, undone: list[tuple[str, str]]
) -> None:
    """With a press word and a `resolved` word, and no `unless` word, threat words set nothing.

    They show as ignored, with the resolved word as cue; without the press word, or with a
    word that keeps the case open, the question stays acute.
    """
    result = router.route(text)
    evidence = result.trace.text
    assert evidence is not None
    assert result.acute is acute
    assert result.question_type == ("travel_or_threat" if acute else "communications")
    assert [
        (text[w.start : w.end], text[w.cue_start : w.cue_end])
        for w in evidence.negated
        if w.fact in _ACUTE_FACTS
    ] == undone
    threats = [w for w in evidence.negated if w.fact in _ACUTE_FACTS]
    assert {w.cue_kind for w in threats} == ({"resolved"} if undone else set())


# The writer's own word that a question is not acute: (text, acute, the words that say so,
# or None where something takes them back). The type and the police stay either way.
CALM = [
    ("Het is niet acuut, maar een speler zei dat hij ooit naar Syrië wil om te vechten.",
     False, "niet acuut"),
    # a question to set up a procedure, with no case (held-out round 713-720)
    ("Voor ons draaiboek: bij wie melden we een vermoeden van uitreis naar een strijdgebied? "
     "Dit is niet acuut, we hebben nu geen casus.", False, "niet acuut"),
    ("Not urgent: we'd just like to know in general whom we should contact if we ever suspect "
     "a resident is planning to travel to a conflict zone.", False, "Not urgent"),
    ("Ter info, niet acuut: een inwoner wil op termijn naar een strijdgebied reizen.",
     False, "niet acuut"),
    # his own word that it is months away, and a danger that is over (held-out round 521-527)
    ("Het is niet acuut, hij gaat volgens eigen zeggen pas over een paar maanden naar Syrië "
     "om te vechten.", False, "niet acuut"),
    ("Hij wilde uitreizen naar Syrië om te vechten, maar zit in de cel; het is niet meer "
     "acuut.", False, "niet meer acuut"),
    # a professional's judgement that the writer passes on counts, with a word that calls the
    # danger vague or distant; not without one, nor beside a plan close at hand
    ("Hij wil op termijn naar Syrië, maar volgens de wijkagent is er geen direct gevaar.",
     False, "volgens de wijkagent is er geen direct gevaar"),
    ("Hij wil naar Syrië, maar volgens de wijkagent is er geen direct gevaar.", True, None),
    # someone held for now (held-out set 730)
    ("Niet urgent: een jongen wil uitreizen naar Syrië, maar hij zit volgens de politie op dit "
     "moment vast.", False, "Niet urgent"),
    # a case handled and over (held-out set 744)
    ("Een jongen wilde naar Syrië uitreizen. Dat is allemaal afgehandeld; dit is geen "
     "spoedvraag.", False, "geen spoedvraag"),
    # a danger far off in other words, and a word of someone else's that is not about it
    # (held-out round 585-592)
    ("Geen direct gevaar: een inwoner zou op de lange termijn naar het strijdgebied willen. "
     "Waar leggen we dit neer?", False, "Geen direct gevaar"),
    ("Dit is niet acuut: een inwoner wil ooit naar Syrië om te vechten. We willen het NCTV nog "
     "iets laten weten.", False, "niet acuut"),
    ("Volgens de wijkagent is er geen direct gevaar, maar hij wil ooit naar Syrië en heeft "
     "morgen een vlucht.", True, None),
    ("Hij wil op termijn naar Syrië, maar volgens zijn moeder is er geen direct gevaar.",
     True, None),
    # a question about no case, the report's word without an article, custody in English
    # (held-out round 545-552)
    ("Geen spoed, algemene vraag: waar meld je een vermoeden van uitreis?", False,
     "Geen spoed"),
    ("Een inwoner wil uitreizen naar Syrië. Volgens bericht niet acuut, vertrek pas over "
     "maanden.", False, "niet acuut"),
    ("A resident wanted to travel to Syria to fight, but according to the police he is in "
     "custody. Not urgent.", False, "Not urgent"),
    ("Algemene vraag, niet acuut: hij vertrekt morgen naar Syrië.", True, None),
    # "volgens" hedges only near the statement, not a hearsay sentences away
    ("Volgens onze jongerenwerker praat hij er soms over om ooit naar Syrië te gaan. Er zijn "
     "geen concrete plannen en het is uitdrukkelijk niet acuut.", False, "niet acuut"),
    # a departure prepared, or tied to a feast, keeps it acute
    ("Niet acuut: hij praatte vorig jaar al over uitreizen, heeft nu zijn baan opgezegd en "
     "gaat na het suikerfeest naar Syrië.", True, None),
    # but not someone else's word: "volgens de buurman" stays acute
    ("Het is niet acuut volgens de buurman, hij wil op termijn naar Syrië.", True, None),
    # only a danger the writer calls vague, distant or past: a plain wish to go is not
    ("Geen acute dreiging, maar hij wil wel naar Syrië.", True, None),
    ("Geen acute dreiging: hij wil op termijn naar Syrië.", False, "Geen acute dreiging"),
    ("Niet acuut, maar hij vertrekt morgenochtend naar Syrië om te vechten.", True, None),
    ("Medisch is het niet acuut, maar hij dreigt ooit een aanslag op de school te plegen.",
     True, None),
    ("Not urgent: a former colleague once said he wanted to go to Syria to fight.",
     False, "Not urgent"),
    # a hedge next to the statement: the writer is not sure
    ("Niet acuut denk ik, maar mijn buurman wil volgende maand naar Syrië om te vechten.",
     True, None),
    ("Het is vast niet acuut, maar hij wil naar Syrië om te vechten.", True, None),
    ("Het is niet acuut, vermoed ik, maar hij wil ooit naar Syrië om te vechten.", True, None),
    ("Ik vermoed dat het niet acuut is; hij wil ooit naar Syrië om te vechten.", True, None),
    # a suspicion of the departure is the case, not a hedge (held-out round 897-904)
    ("Er is geen direct gevaar en het is niet acuut, maar we vermoeden dat een inwoner over een "
     "paar maanden wil uitreizen naar een strijdgebied.", False, "geen direct gevaar"),
    # a hedge about something else takes nothing back
    ("Het is niet acuut. Een leerling zei vorig jaar dat hij misschien ooit naar Syrië wil.",
     False, "niet acuut"),
    # someone else's judgement, or one made before
    ("De school vindt het niet acuut, maar hij wil naar Syrië om te vechten.", True, None),
    ("Niet acuut, zegt zijn vader, want hij gaat pas na de zomer naar Syrië.", True, None),
    ("Geen acute dreiging, schreef de wijkagent vorige maand. Nu plant hij een aanslag.",
     True, None),
    # a danger close at hand
    ("Het is niet acuut, maar hij vertrekt over twee dagen naar Syrië.", True, None),
    ("Niet acuut hoor. Mijn neef wil zaterdag naar Syrië om te vechten.", True, None),
    # a word that calls it acute itself
    ("Niet acuut, maar wel urgent: hij wil ooit naar Syrië om te vechten.", True, None),
    # talk only, with no passport (held-out set 916); not beside a date
    ("er is geen direct gevaar hij heeft zn paspoort nie meer maar een jongen uit mn wijk "
     "blijft praten over uitreizen naar het kalifaat niet acuut wel zorgen wie moet dit weten",
     False, "geen direct gevaar"),
    ("Niet urgent, maar hij blijft praten over een aanslag op de synagoge volgende week.",
     True, None),
    ("Niet acuut, maar vorig jaar dreigde hij al en nu heeft hij een wapen gekocht voor de "
     "moskee.", True, None),
    # held-out round 969-976: nothing booked yet; a question for a protocol; a departure the
    # police call not acute, with the person in detention
    ("Vermoeden van uitreis, maar niet acuut: een student vertelde dat zijn broer na de zomer "
     "naar Syrië wil om te vechten. Er is nog niets geboekt. Bij wie meld ik zo'n vermoeden?",
     False, "niet acuut"),
    ("Question for our protocol, not an acute case: if a youth worker suspects that someone is "
     "preparing to travel to a conflict zone, who should they contact?", False,
     "not an acute case"),
    ("Niet acuut, er is nog niets geboekt, maar hij vertrekt morgen naar de grens.", True, None),
    # held-out round 993-1000: "at some point next year"
    ("Not urgent and no immediate danger as far as we know: a client mentioned that his cousin "
     "might consider going to fight abroad at some point next year. Where should we bring "
     "this?", False, "Not urgent"),
    # round 2929-2936: a hedge takes back the statement it holds, not the writer's own beside
    # it; a hedge that holds no statement (a scooter sold) takes back every one
    ("Volgens de buurman is er geen direct gevaar. Ik vind het zelf ook niet acuut: hij wil "
     "ooit naar Syrië.", False, "niet acuut"),
    ("Volgens de buurman is het niet acuut, hij wil ooit naar Syrië.", True, None),
    ("Niet acuut. Hij heeft zijn scooter verkocht en wil ooit naar Syrië.", True, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "acute", "said"), CALM)
def test_a_question_that_says_it_is_not_acute_is_not_marked_acute(
    router: routing.Router, text: str, acute: bool, said: str | None
) -> None:
    """The writer's plain word that it is not acute wins over travel or threat words.

    The question keeps its type and its routes, so the police stay first; the evidence shows
    the words that said so. A hedge beside them, someone else's judgement, a danger close at
    hand or a word of urgency leaves the question acute.
    """
    result = router.route(text)
    evidence = result.trace.text
    assert evidence is not None
    assert result.acute is acute
    assert result.question_type == "travel_or_threat"
    assert result.routes[0].contact.id == "police"
    if said is None:
        assert evidence.calm is None
        return
    assert evidence.calm is not None
    assert text[evidence.calm.start : evidence.calm.end] == said
    assert result.explanation.endswith("meld het wel bij de politie, en bel 112 bij direct gevaar.")


def test_explicit_acute_wins_over_a_text_that_says_it_is_not(router: routing.Router) -> None:
    """A caller's explicit `acute: True` is a fact, and explicit facts win over the text."""
    text = "Het is niet acuut, maar een speler wil ooit naar Syrië om te vechten."
    assert router.route(text).acute is False
    assert router.route(routing.Question(text=text, acute=True)).acute is True


def test_an_everyday_matter_is_shown_as_the_reason_for_unknown(router: routing.Router) -> None:
    """An off_topic word is evidence too: on_topic false, with its term and span."""
    text = "De pers wil weten wanneer het nieuwe zwembad opent."
    result = router.route(text)
    evidence = result.trace.text
    assert evidence is not None
    assert result.question_type == "unknown"
    assert [(w.fact, w.value, text[w.start : w.end]) for w in evidence.words] == [
        ("communications", True, "pers"),
        ("on_topic", False, "zwembad"),
    ]


# text -> acute: the held-out misses that taught the lexicon something general
ACUTE: list[tuple[str, bool]] = [
    # a cocktail, a song and a shooting club explain a word away; the same word as a weapon
    # or a plan does not
    ("Cocktailbar 'Molotov' wil een terras openen. Waar vraag ik de vergunning aan?", False),
    ("Hij gooit vanavond een molotov cocktail naar de bar van de moskee.", True),
    ("Het Nederlandse liedje de bom gaat winnen. Mogen we het op een groot scherm tonen?",
     False),
    ("Tijdens de finale van het songfestival laat hij een bom ontploffen.", True),
    ("Onze schietvereniging vraagt hoe het verlof voor het voorhanden hebben van wapens "
     "verlengd wordt.", False),
    ("De shooter had bommen in zijn tas bij de school.", True),
    # an attack whose attacker is at large is open, even in a press question (held-out set 519)
    ("Journalisten bellen: de man die gisteren bij het station mensen neerstak en religieuze "
     "leuzen riep is nog voortvluchtig. Hoe stemmen we de woordvoering af?", True),
    # an accomplice at large keeps an attack open, even one told as past (held-out round 529-536)
    ("De verdachte die een aanslag zou hebben beraamd is opgepakt, maar een tweede verdachte "
     "is nog voortvluchtig. Wat zeggen we tegen de pers?", True),
    ("De pers belt: een medeverdachte van de schietpartij bij de markt wordt nog gezocht.", True),
    ("De tweede verdachte van de inbraak bij de bakker is nog voortvluchtig.", False),
    # One list says that someone is still free, shared by every deed (since round 1105): a
    # threat's maker "still being sought" was known for an attack only, a suspect "opgepakt"
    # beside a second one at large not at all (set 957); a burglar's arrest stays calm.
    ("The man who threatened to shoot people at the station is still being sought by police.",
     True),
    ("Klopt het dat er gisteren een verdachte bij het stadhuis is opgepakt en dat een tweede "
     "dader nog voortvluchtig is? We willen vanmiddag live.", True),
    ("Na de steekpartij bij de moskee, terwijl de politie nog zoekt naar wie het deed, wil de "
     "burgemeester een verklaring afgeven.", True),
    ("Er is een verdachte opgepakt voor de overval op de juwelier, de tweede wordt nog gezocht.",
     False),
    ("De eerste verdachte van de inbraak is opgepakt, de tweede is nog voortvluchtig.", False),
    ("Sinds de arrestatie van die jongen staat onze straat in het nieuws; niemand weet wie de "
     "communicatie coordineert.", False),
    # look-alikes of round 1105-1112, and the threats beside them that stay acute
    ("Een spel waarin je als team een bom onschadelijk moet maken: vanaf welke leeftijd?", False),
    ("Met oud en nieuw werden twee bushokjes opgeblazen met zwaar vuurwerk. Gaan ze weg?", False),
    ("Mijn buurman zegt dat hij de moskee gaat opblazen met zwaar vuurwerk.", True),
    ("De laagstaande zon op de ringweg is levensgevaarlijk voor onze chauffeurs.", False),
    ("Heeft mijn dochter een eigen ID-kaart nodig om uit te reizen naar Spanje?", False),
    ("Wij willen met de klas een aanslag plegen op het record langste taart.", False),
    ("Mijn paspoort is kwijt en mijn moeder gaat me vermoorden.", False),
    ("De tandarts zag veel aanslag en tandsteen bij onze cliënt.", False),
    ("Zaterdag is er een demonstratie gepland tegen de opvang; hoe dempen we de spanning?",
     False),
    ("Kunnen we terugblikken op de bommelding bij het station van vorig jaar?", False),
    # a statement that it is not acute, beside what makes the danger distant (round 1105-1112)
    ("We kregen een ambtsbericht over een inwoner die wil uitreizen; hij zit nog minstens "
     "vier maanden vast, dus het is niet acuut.", False),
    ("Hij praat positief over uitreis, maar er zijn geen concrete reisplannen en er is geen "
     "sprake van een acute situatie.", False),
    ("voor ons pws: stel de gemeente krijgt een ambtsbericht over uitreis, wie belt ze dan? "
     "niet acuut en niet echt gebeurd", False),
    # round 1113-1120: a threat in a target's and a bang's words whose maker the police still
    # seek; its look-alikes, and a press question about a departure that "is al gebeurd"
    ("Er gaat een filmpje rond van een jongen die zegt dat hij 'het gemeentehuis gaat laten "
     "knallen'. De politie zoekt de maker nog.", True),
    ("Het schoolfeest gaan we laten knallen met een dj.", False),
    ("After the parade our shop window got hit by a glitter bomb. Who cleans up?", False),
    ("Conflicten sussen zit in mijn bloed, maar na die demonstratie is de sfeer omgeslagen.",
     False),
    ("Er is een explosieve groei van de eikenprocessierups in de speeltuin.", False),
    ("Mijn broer wil een paar bommen en vuurpijlen afsteken op het feest.", False),
    ("De aanslag van de nieuwe toetsenborden in het computerlokaal is te zwaar.", False),
    ("Voor de renovatie van de sluis moet een oude betonnen pijler worden opgeblazen.", False),
    ("Een leerling zegt in de klas dat hij aanslagen goed vindt; er is geen concreet plan.",
     False),
    ("Onze selectie reist in januari uit naar een trainingskamp in Antalya.", False),
    ("De kapitein wil met de hele crew uitreizen naar Noorwegen voor de proefvaart.", False),
    ("Ik vraag dit niet omdat er iets acuut speelt. Is er een dossierhouder?", False),
    ("Een journalist vraagt naar de leerling die uitgereisd is. De uitreis is al gebeurd, "
     "vorige week. Wie stemt de perslijn af?", False),
    # look-alikes of round 1121-1128, and negations that reach "enige" danger
    ("Onze winkel had een bom van een verkoop: de nieuwe console ging als een raket.", False),
    ("Hoe lang duurt het voordat de bom ontploft in Bomberman?", False),
    ("Hij moet met het team uitreizen naar een toernooi in Berlijn. Toestemming nodig?", False),
    ("Bij de buren is vorig jaar bijna de stal de lucht in gegaan door de mestkelder.", False),
    ("Mijn chilisaus ontploft echt in je mond. Mag ik die op de markt verkopen?", False),
    ("My kids want to set off the big 'bommen' on New Year's Eve. Is that allowed?", False),
    ("The coach said our attack was a total disaster. Any drills for strikers?", False),
    ("De ondernemer maakt bezwaar tegen de aanslag precariobelasting voor zijn terras.", False),
    ("Mijn jongste noemt de staking 'een aanslag op mijn vrije middag'.", False),
    ("Er is een luizenuitbraak in groep 3 en het gaat explosief.", False),
    ("Er is geen sprake van een concrete casus of van enige acute situatie; het gaat om beleid.",
     False),
    ("De politie zegt dat er geen aanwijzingen zijn voor vervolgacties of voor een dreiging.",
     False),
    ("We received an ambtsbericht about possible travel. The person has since been arrested, "
     "so there is no immediate danger.", False),
    # round 1129-1136: a passport gone beside the cause; look-alikes
    ("Haar zoon van 16 is zijn paspoort kwijt; ze denkt dat iemand hem helpt weg te komen. Hij "
     "praat steeds over de ummah.", True),
    ("RTV belt: klopt het dat een inwoner zijn paspoort kwijt is vanwege jihadisme?", False),
    ("Wij organiseren de uitreis van onze supporters naar het uitduel met drie bussen.", False),
    ("De bakker heeft een nieuwe bom van een kersenvlaai met extra slagroom.", False),
    ("Met de BSO willen we een raketje laten ontploffen, een flesje met azijn.", False),
    ("Ons museumcafe serveert een alcoholvrije Molotovcocktail met gember.", False),
    ("De metalband 'Kalasjnikov Kerstkoor' speelt in december bij ons.", False),
    ("Mogen we met de jongerenraad paintballen in het bos? We willen een soort strijdgebied "
     "nabouwen met pallets, puur voor de lol.", False),
    ("The lift is broken again. Who do I call for an emergency repair?", False),
    ("Voor de jongerenraad: wat doet een gemeente met een ambtsbericht over uitreis? Puur uit "
     "interesse, er speelt nu niks en het is niet urgent.", False),
    # round 1137-1144: a departure on its way in a press question, in Frisian, and as a
    # groomer's promise; look-alikes
    ("Een collega meldt dat een inwoner op weg is naar het strijdgebied. Wij willen vanavond "
     "publiceren. Wie is uw woordvoerder?", True),
    ("Us jonge hat in inkele reis nei Turkije boekt en seit dat er nei de 'bruorren' yn it "
     "oarlochsgebiet giet. Hy wol oermoarn al fuort.", True),
    ("Iemand stuurt mijn dochter berichten dat 'zusters' haar komen ophalen om haar mee te "
     "nemen naar een plek waar ze echt moslima kan zijn.", True),
    ("Landelijke media vragen naar een inwoner die vorig jaar is uitgereisd en nu in Syrië zou "
     "zijn omgekomen. Wie stemt de reactie af?", False),
    ("De organist klaagt dat de aanslag van het orgel veel te zwaar is geworden.", False),
    ("Ik ha in aanslag fan it wetterskip krigen dy't folle te heech is.", False),
    ("Het mestgas in onze kelder kan explosief zijn volgens de adviseur.", False),
    ("Ik wil met de auto overvaren, maar de uitreis op zaterdag staat niet in de "
     "dienstregeling.", False),
    ("bewonersavond azc liep uit de hand, volgende keer hulp nodig bij gespreksleiding", False),
    ("Ons studententeam heeft een bom van een spits binnengehaald.", False),
    # round 1145-1152: a youth asking propaganda's makers how to reach them this month;
    # look-alikes, and a professional's judgement told after the statement
    ("Een account deelt IS-propaganda. Een jongen vraagt hoe hij deze maand nog bij hen kan "
     "komen.", True),
    ("In CS2 roepen ze 'terrorists win' als ik de bom niet gedefused krijg.", False),
    ("My little brother wants to bomb down the black run on our ski trip.", False),
    ("In de moestuin vonden we een roestig ding dat op een oude handgranaat lijkt.", False),
    ("Wie weet hoe je de aanslag uit het koffiezetapparaat krijgt?", False),
    ("Onze oude doelwitten vallen letterlijk uit elkaar. Wie levert nieuwe blazoenen?", False),
    ("De nieuwe map is een aanslag op je GPU.", False),
    ("Geen acute dreiging volgens de politie, maar een familie overweegt ooit naar Syrië te "
     "vertrekken. Niet urgent.", False),
    # round 1153-1160: a suspicious parcel and an evacuation in a press question; its
    # look-alikes, and an investigation after an arrest, which is calm
    ("Journalist hier: bij de toegang van het festival is een verdacht pakketje gevonden en het "
     "terrein is deels ontruimd. Wie coördineert de communicatie?", True),
    ("Een nieuwsbrief over de aanhouding van een medewerker in een terrorismezaak. Het onderzoek "
     "loopt nog. Moeten we dit afstemmen met de NCTV?", False),
    ("Het doelwit van onze sponsorloop is 20.000 euro voor het nieuwe kerkorgel.", False),
    ("Wat een bom was die nieuwe track, de hele tent ontplofte bij de drop!", False),
    ("Onze headliner heeft de boel gisteren echt opgeblazen.", False),
    ("Onze spits schiet alles erin, die jongen is een bom.", False),
    ("Voor de uitreis naar onze reunie in Canada: moet mijn paspoort nog geldig zijn?", False),
    ("Niet acuut: het ambtsbericht over een uitreis is er, maar hij heeft zijn plannen "
     "opgegeven.", False),
    # round 1161-1168: an attack planned from a cell (the present written with a d) beside a
    # leave last week, and harm to people planned by a man in hiding; look-alikes
    ("We hebben aanwijzingen dat een gedetineerde vanuit zijn cel een aanslag beraamd samen met "
     "iemand buiten die vorige week op verlof was.", True),
    ("Een man die vorige maand vrijkwam is nu ondergedoken en zou plannen hebben om mensen in "
     "het stadscentrum iets aan te doen.", True),
    ("Pt kwam terug van vakantie met een bom aan pillen uit Turkije.", False),
    ("Onze spits schoot zaterdag een bom op de goal.", False),
    ("Since a recent attack abroad, students in my class have been hostile to each other.",
     False),
    ("Iemand noemde de nieuwe rotonde 'een aanslag op het dorpsgezicht'.", False),
    ("Wat is nodig bij uitreis via Schiphol met zijn dochter zonder de moeder?", False),
    ("Persbericht over de uitgereisde inwoner: de uitreis was al in maart. Wie leest mee?",
     False),
    # round 1169-1176: look-alikes (a hajj group, a camp, a tax bill, dirt on windows, a
    # kitchen "like a battlefield", a war told in class, a sales target, a game, a camp theme)
    ("De uitreis van onze hadj-groep naar Saoedi-Arabië is volgende maand.", False),
    ("De uitreis naar ons kampterrein in de Ardennen: hoe regel je vervoer?", False),
    ("Wie bij gemeentebelastingen kan die aanslag corrigeren?", False),
    ("In de winter zit er veel aanslag en schimmel op de ramen van onze gebedsruimte.", False),
    ("Mijn snelkookpan ontplofte; de keuken leek wel een slagveld na een bomaanslag.", False),
    ("Ik vertel in de klas over de oorlog, de bommen en de schuilkelder.", False),
    ("Iemand heeft een doelwit op het whiteboard getekend voor de weekomzet.", False),
    ("ik speel altijd bij de terrorists en verlies elke ronde de bom", False),
    ("Explosief kampthema: we willen een vulkaan laten uitbarsten.", False),
    ("die wiskundetoets was echt een aanslag op mn brein wtf", False),
    # round 1177-1184: a caller who says nobody will make Friday's flight home; look-alikes
    # (darts, a demolition firm's explosives, a school trip, a racist's "enkele reis terug", a
    # recipe) and a departure three months off, said not acute
    ("Een beller zei letterlijk dat niemand de vlucht van vrijdag naar huis gaat halen en dat "
     "hij ervoor zorgt.", True),
    ("doelwit gemist bij darts toernooi, wie regelt de prijsuitreiking", False),
    ("Hoeveel kilo springstof mag een sloopbedrijf maximaal opslaan?", False),
    ("De uitreis van het schoolreisje met de bus vertrekt om 7 uur.", False),
    ("Een leerling deelt filmpjes van rechts-extremistische groepen in de klasapp en zegt tegen "
     "klasgenoten met een migratieachtergrond dat ze een enkele reis terug moeten krijgen.",
     False),
    ("Ons raadslid kwam terug met een bom van een baklavarecept.", False),
    ("Zijn broer wil uitreizen; hij zag een ticket voor over drie maanden. Volgens mij is er "
     "geen direct gevaar, niet acuut.", False),
    # round 1185-1192: a threat to "settle the score" in a press question, a suspect still on
    # the run who "nog iets van plan is"; look-alikes, and reports that say they are calm
    ("Er gaat een filmpje rond waarin iemand dreigt morgen op het plein 'af te rekenen met alle "
     "ongelovigen'. Journalisten vragen om een reactie.", True),
    ("We willen een bericht op sociale media zetten over de verdachte die nog voortvluchtig is "
     "en mogelijk nog iets van plan is.", True),
    ("onze container ontploft zowat van het afval na de kermis. wanneer wordt ie geleegd?",
     False),
    ("Wie controleert of de gasflessen bij de foodtrucks op de kermis veilig zijn aangesloten? "
     "Vorig jaar was er bijna een ontploffing.", False),
    ("Bij mijn trekker is de motor opgeblazen. Mag ik een trekker lenen?", False),
    ("De jongens noemden het telefoonverbod 'een aanslag op hun vrijheid', haha.", False),
    ("The kids keep shouting 'that's the bomb!' about each other's new sneakers.", False),
    ("Our team scored a real bomb of a goal from 30 metres.", False),
    ("Een journalist vraagt of er een terreurdreiging is tegen het festival. Er is geen sprake "
     "van een dreiging, het is een gerucht op een forum.", False),
    ("De gemeente kreeg een ambtsbericht over mogelijke uitreis, maar er staat duidelijk in dat "
     "er geen directe dreiging is en dat de jongen de komende maanden hier blijft. Niet acuut "
     "dus.", False),
    # round 1193-1200: a client who threatened online to harm people, whom the police cannot
    # find, in a press question; an attack planned in veiled words; look-alikes
    ("Hoe communiceren we over een cliënt die online heeft gedreigd mensen iets aan te doen, nu "
     "journalisten vragen stellen en de politie nog niet weet waar hij is?", True),
    ("Twee jongens praten over 'het busstation als het vol is' en wanneer 'het pakket' klaar is. "
     "Wie moet ik bellen?", True),
    ("terugbelverzoek nee. acuut nvt. Vraag: wie helpt ons met een les over polarisatie?",
     False),
    ("Mijn buurman zegt dat mijn shoarma 'een aanslag op zijn smaakpapillen' is.", False),
    ("grapje in mn speech op de bruiloft: mijn schoonmoeder is een tijd bom 😂 is dat te ver",
     False),
    ("My colleague said the bitterballen at Friday's borrel were 'de bom'.", False),
    ("De Molotovcocktail op de menukaart van onze theaterfoyer: mag dat als naam?", False),
    # round 1201-1208: look-alikes (billiards, a volcano, a zip bomb, a contractor, a posting
    # abroad)
    ("Bij het biljarten zei mijn maat dat ik een aanslag pleegde op zijn portemonnee.", False),
    ("Hij noemt een vulkaanuitbarsting de grootste aanslag van de natuur.", False),
    ("Iemand heeft een zip-bom geüpload via ons webformulier.", False),
    ("De aannemer zei 'we gooien er gewoon een bom tegenaan'.", False),
    ("Ten behoeve van de uitreis van een medewerker van BZ naar een nieuwe standplaats wordt "
     "verzocht om uitschrijving uit de BRP.", False),
    # round 1209-1216: a departure in English inside a Dutch text; look-alikes (talent, a clip,
    # a council debate, a royal decoration's report, a pitcher, a striker); calm statements (a
    # man back for months, a report's own covering letter, a plan "op enig moment"); "is
    # niets bekend" looking back
    ("imam vraagt namens een gezin: their son (22) is deep into an extremist ideology, and last "
     "night he told them he'll be 'gone soon, to where the real fighters are'. De ouders willen "
     "ondersteuning om hem nog te bereiken.", True),
    ("jongens onder 17 van de club zijn echt een bom aan talent hoe krijgen we subsidie voor "
     "extra trainingen", False),
    ("de jongens willen een muziekclip opnemen bij de skatebaan die clip wordt een bom wie geeft "
     "toestemming voor filmen in de openbare ruimte", False),
    ("De discussie over de parkeertarieven was dit jaar bijzonder explosief en duurde tot ver na "
     "middernacht; meerdere raadsleden gaven aan dat zij 'aan het eind van de avond op "
     "ontploffen stonden'.", False),
    ("De burgemeester dient een ambtsbericht op te stellen ten behoeve van de Kanselarij der "
     "Nederlandse Orden. Welke informatie moet erin?", False),
    ("Geachte medewerker, onze nieuwe werper bij de honkbalclub is een echte bedreiging voor "
     "elke slagman in de competitie, dus we willen onze trainingsaccommodatie verbeteren.",
     False),
    ("17-04: jm (16) voetbal\n- trainer zegt dat jm 'een geweer van een schot' heeft\nvraag: kan "
     "hij via school een aangepast rooster krijgen?", False),
    ("onze burgemeester overweegt een paspoortmaatregel voor een man die eerder in een "
     "strijdgebied was niet acuut hij is al maanden terug", False),
    ("The ambtsbericht we received is niet acuut volgens de begeleidende brief; the person plans "
     "to leave 'ergens volgend jaar'. Who do we involve?", False),
    # round 1217-1224: over the Turkish border away from the unbelievers (the "niet" negates
    # the staying); look-alikes (a striker, chocolate, a thesis, a thread, a pom, a debate, a
    # board game, a colleagues' joke); calm statements (a clinic, an old comment the police
    # judged, "geen sprake van urgentie")
    ("\"@broeder_y: morge ga ik met de bus naar turkije en dan de grens over, hier blijf ik niet "
     "meer tussen de ongelovigen\" iemand had dit gescreenshot en naar ons gestuurd 😳 wat moeten "
     "we doen??", True),
    ("Rapport 10:05, perron 5. Voetbalsupporters zongen de hele tijd dat hun nieuwe spits 'de "
     "bom' is en dat ze de stad zondag op zijn kop gaan zetten. Moeten we extra personeel "
     "inroosteren?", False),
    ("Een winkelier in de stationshal verkoopt chocolade 'bommen' en wil een reclamebord met "
     "'Bom-aanbieding: 3 voor 5 euro!'. Mag dat?", False),
    ("Mijn scriptiebegeleider noemde mijn conclusie 'een bom onder het hele vakgebied'. Moet ik "
     "dat als compliment opvatten?", False),
    ("Sinds de vechtpartij bij de kermis ontploft het onder onze posts: \"@wijk_west: die lui uit "
     "Oost moeten oprotten 😡\". Niet acuut, maar de spanning tussen de twee wijken loopt op. "
     "Wie heeft expertise om te de-escaleren?", False),
    ("Mijn pom is altijd een bom op familiefeest haha. Wie heeft goed recept Surinaamse pom voor "
     "50 mensen?", False),
    ("nou eh onze wethouder heeft op eh op twitter eh iets gezegd over een eh radicale moskee en "
     "nu ontploft het eh ontploft in de media eh wie helpt ons met de eh crisiscommunicatie",
     False),
    ("In de krant stond dat de dijkversterking een explosieve discussie opleverde in de raad. "
     "Wanneer is de volgende informatieavond over de dijk?", False),
    ("Het nieuwe bordspel 'Terreur in Meepledorp' wordt gepresenteerd in de bibliotheek. Moet "
     "daarvoor een evenementenvergunning worden aangevraagd?", False),
    ("collega's gaan samen naar Turkije en Jordanië, 'op uitreis' noemen ze het als grapje haha. "
     "welke reisvaccinaties heb je nodig?", False),
    ("De gemeente kreeg een ambtsbericht over een mogelijke uitreis van een tbs-gestelde, maar "
     "hij zit nog minstens een jaar in de kliniek zonder verlof; er is dus geen acuut gevaar. "
     "Met wie stemmen we af?", False),
    ("Niet acuut volgens de wijkagent, er is geen direct gevaar, maar we vonden deze oude "
     "reactie van maanden terug: \"@jonge_mo: ik denk erover om naar Syrië te gaan\". Wie moeten "
     "we hierover informeren?", False),
    ("We hebben een ambtsbericht ontvangen over een mogelijk voorgenomen uitreis, maar het "
     "bericht zegt zelf dat er geen sprake is van urgentie: de betrokkene zit nog maanden in "
     "detentie. Met welke partijen stemmen we de vervolgstappen af?", False),
    # round 1225-1232: a school evacuated for a suspicious package while the police search;
    # questions about the procedure, "ruim voordat iets acuut wordt", "no sign he is planning
    # to travel", a departure of last week in a press question, a forwarded chat's header;
    # look-alikes (a shooting in the news, a musical, an experiment, a wedding, a goal, the
    # middle class)
    ("Doorgestuurd:\n[10:47] Moeder van Noor: de school is ontruimd vanwege een verdacht "
     "pakketje en er staan nu al cameraploegen bij het hek, ze vragen ouders om "
     "commentaar\n[10:49] Vader van Sem: de politie is nog aan het zoeken\n\nIk ben "
     "contactouder. Wat mogen wij zeggen tegen de pers? Wie coördineert vanuit de gemeente de "
     "communicatie?", True),
    ("Niet spoedeisend, het gaat ons om de procedure: als een gemeente een ambtsbericht krijgt "
     "over een dreigende uitreis van iemand die bij ons onder behandeling is, wie betrekt de "
     "gemeente daar dan bij? Wij willen als praktijk ons protocol op orde hebben.", False),
    ("Wat zijn de stappen bij het signaleren en inhouden van het reisdocument van iemand die "
     "bekendstaat als potentiele uitreiziger? Geen spoed, het gaat ons om de procedure.", False),
    ("Wij willen als huisartsen graag een verwijsroute afspreken voor zorgen over "
     "radicalisering, dus ruim voordat iets acuut wordt. Wie stelt zo'n route bij de gemeente "
     "op, en waar haalt de gemeente kennis over de opzet van een lokaal netwerk?", False),
    ("Na een schietpartij in het buitenland die veel in het nieuws was, merken wij in de "
     "wachtkamer spanning tussen patiënten met verschillende achtergronden; er is al twee keer "
     "gescholden. Wie heeft expertise om de gemeente te helpen deze spanningen in de wijk te "
     "duiden en te dempen?", False),
    ("A member of our MMA gym has become increasingly radical: he shares jihadist videos and "
     "refuses to train with women. There is no sign he is planning to travel or to attack "
     "anyone. Where should we report this?", False),
    ("pers vraagt naar jongen die vorige week naar syrie ging", False),
    ("Doorgestuurd:\n[15:00] Vader van Bram: iemand nog nieuws over de broer van die jongen "
     "uit 5a? de hele straat praat erover\n\nIk ben klassenouder en werk bij de gemeente. "
     "Zakelijk: we hebben een ambtsbericht ontvangen over een mogelijke uitreis van een "
     "inwoner, maar volgens het bericht ligt de geplande vertrekdatum pas over enkele maanden "
     "en is het niet acuut. Wat is de juiste route en welke partners betrekken we?", False),
    ("Doorgestuurd:\n[17:05] Moeder van Zoë: Zoë speelt in de musical de piraat die het hele "
     "schip opblaast 💥 ze is zo trots\n[17:07] Vader van Bram: Bram is het kanon haha\n\nMogen "
     "we de musical in het buurthuis opvoeren, en moeten we de zaal bij de gemeente aanvragen?",
     False),
    ("Op de school van mijn dochter doen ze een 'explosief' proefje met mentos en cola. Ik "
     "vertaal de brief voor andere ouders. Is dat proefje veilig voor kinderen?", False),
    ("Ik tolkte een huwelijksvoorbereiding op het stadhuis. De bruidegom zei dat de bruiloft "
     "'de bom' wordt en dat er extreem veel gasten komen. Hoeveel mensen mogen er in de "
     "trouwzaal?", False),
    ("Het buurtteam heeft gisteren echt een aanslag op het doel gepleegd, 7-0!! ⚽ Kan de "
     "gemeente nu eindelijk het kunstgras op het trapveldje aan de Sportlaan repareren?", False),
    ("Kan het college uitleggen waarom het nieuwe parkeerbeleid een 'radicale omslag' wordt "
     "genoemd? Winkeliers noemen de extreme tarieven een aanval op de middenstand.", False),
    # round 1233-1240: a threat in a negation's words ("het podium zaterdag niet blijft
    # staan") by someone still missing, "daar wil gaan vechten" beside an extremist movement, a
    # bag left behind and a man still sought; look-alikes (a DJ's confetti, a bass act, a
    # piano's action, a theatre set's export, a DJ's name)
    ("Degene die gisteren een van onze stewards toesnauwde dat 'het podium zaterdag niet "
     "blijft staan' is nog steeds spoorloos. Verslaggevers bellen al. Hoe stemmen we de "
     "communicatie af?", True),
    ("De vader van een van onze jonge acteurs belde: zijn zoon is in korte tijd helemaal "
     "meegezogen in een extremistische beweging en zei laatst dat hij 'daar' wil gaan vechten. "
     "De vader herkent zijn kind niet meer en zoekt steun als ouder. Waar kan hij terecht?", True),
    ("Goedemorgen, ik heb de lunchroom op het plein waar gisteravond die achtergelaten tas "
     "stond en alles werd afgezet. Nu staan er journalisten voor de deur die vragen of ik de "
     "man ken die nog steeds gezocht wordt, want hij zou hier koffie hebben gedronken. Ik wil "
     "niks verkeerds zeggen. Hoe zit het met de woordvoering, praat er iemand namens de "
     "gemeente?", True),
    ("De DJ zei dat hij 'er een bom in gooit' tijdens zijn set. Hij bedoelt CO2-kanonnen en "
     "confetti. Hebben we daar een aparte vergunning voor nodig?", False),
    ("Our festival's closing act is called 'Extreme Bass Attack'. Do we need extra noise "
     "permits for subwoofers above 110 dB?", False),
    ("De pianist van zaterdag vond de aanslag van onze vleugel in de kleine zaal veel te "
     "zwaar. Welke pianotechnicus kan dat voor het weekend nog regelen?", False),
    ("Voor de tournee naar het festival in Avignon: moeten we voor de uitreis van het decor "
     "naar Frankrijk een carnet aanvragen, en hoe lang duurt dat?", False),
    ("hoi, ik wil een jongerenfeest organiseren in het buurthuis met een dj die 'Bomb Squad' "
     "heet haha. moet ik daar een vergunning voor hebben en tot hoe laat mag het?", False),
    # round 1241-1248: look-alikes (a storm warning's "dreiging", a cartoon villain, a roster,
    # a talk that was "de bom", water pistols, a gun dog); a report that says "vertrek op korte
    # termijn wordt niet verwacht"
    ("Is het consultatiebureau morgen gewoon open? Er is code oranje voor onweer voorspeld en "
     "ik wil bij die dreiging niet met de baby op de fiets.", False),
    ("Mijn kleuter speelt steeds dat hij de schurk uit een tekenfilm is die 'de maan wil "
     "opblazen'. Is dat normaal fantasiespel op deze leeftijd?", False),
    ("Het nieuwe rooster was een bom onder het team: iedereen wil op vrijdag vrij. Hoe voer ik "
     "een goed functioneringsgesprek met de teamleider die het rooster heeft gemaakt?", False),
    ("Mijn collega appte: \"Die presentatie van jou was echt de bom, je hebt de zaal compleet "
     "opgeblazen!\" Wat is een goede manier om na een presentatie om feedback te vragen?", False),
    ("Op de bso schieten de kinderen in de zomer graag met waterpistolen op een zelfgemaakt "
     "doelwit. Is dat pedagogisch verantwoord of kunnen we beter iets anders doen?", False),
    ("Onze jachthond is schotschuw. Is er een training om hem aan het geweer te laten wennen "
     "voordat we gaan schieten op de eendenkooi?", False),
    ("Het ambtsbericht zegt: \"Betrokkene heeft plannen geuit om af te reizen, maar beschikt "
     "op dit moment niet over reisdocumenten; vertrek op korte termijn wordt niet verwacht.\" "
     "Het is dus niet urgent. Hoe gaan we ermee om en met wie stemmen we af?", False),
    # round 1249-1256: "where the caliphate was" in English; look-alikes (fireworks, parking,
    # a dialect's "da's de bom", a thesis, a party, a game); "no departure is expected soon"
    ("my sister is radicalizing realy badly and last night she said she wants to go and live "
     "'where the caliphate was', maybe already this month. our family needs help, we are "
     "expats and dont know the dutch system, who helps familys?", True),
    ("Meneer belt over de 'bom' die zijn buurman op oudejaarsavond wil afsteken en vraagt of "
     "daar een vergunning voor nodig is.", False),
    ("Bij wie vraag ik een parkeervergunning aan voor onze straat? Parkeren hier is echt een "
     "terreur.", False),
    ("Het vuurwerk van de buren klonk met oud en nieuw als een aanslag. Mag dat buiten de "
     "toegestane uren, en waar kan ik klagen?", False),
    ("In het Brabants zeggen ze 'da's de bom!'. Ik doe een dialectonderzoek: heeft het "
     "gemeentearchief geluidsopnames van oudere inwoners?", False),
    ("Mijn promotor noemde mijn derde hoofdstuk 'een aanslag op de leesbaarheid' haha. Weet "
     "iemand een goede schrijfcursus voor promovendi?", False),
    ("Ons dispuut wil een 'bomb party' met confettikanonnen houden in het park na de "
     "tentamens. Hebben we een evenementenvergunning nodig?", False),
    ("In de chat: 'bro die bom-plant op B was insane, 3 headshots in 5 sec gg'. We willen die "
     "clip op de socials van het jongerencentrum zetten. Hebben we daarvoor toestemming van de "
     "ouders van de speler nodig?", False),
    ("Speler typte 'die nieuwe patch is echt een aanslag op mijn K/D ratio' haha. Maar "
     "serieus: hoe organiseren we een toernooi met prijzen zonder de gokregels te overtreden?",
     False),
    ("Not urgent for now: we received an ambtsbericht about a resident who may want to travel "
     "abroad to fight, but the report says no departure is expected soon and there is no "
     "immediate danger. Who should we involve?", False),
    # the report's covering letter judges; a neighbour does not
    ("Het is niet acuut volgens de buurman, maar hij wil ooit naar Syrië om te vechten.", True),
    ("De burgemeester heeft een ambtsbericht ontvangen over het voornemen van een inwoner om op "
     "enig moment uit te reizen. Het is dus niet acuut. Welke partijen moet hij betrekken?",
     False),
    ("Een jongen van 16 deelt video's van IS-strijders en nasheeds. Van reisplannen of dreiging "
     "is niets bekend. Hoe pakken wij dit signaal op?", False),
    # a call to hunt a group, written as two terms since `routing check` found the one term
    # that could not match "jacht op moslims"
    ("In de groepsapp roepen ze op tot een jacht op moslims na de wedstrijd.", True),
    # a minor's passport behind the parents' back, beside talk of martyrdom (held-out set 544);
    # the passport question alone is not acute
    ("Mijn broertje (16) praat over martelaarschap en zoekt hoe je een paspoort aanvraagt "
     "zonder toestemming van je ouders.", True),
    ("Mijn dochter van 15 vraagt hoe je een paspoort aanvraagt zonder toestemming van je "
     "ouders, voor een schoolreis.", False),
    # held-out round 545-552: a suspect "nog niet ... opgepakt", a threatening phone call, the
    # police still looking for an accomplice; burnt rice, an airsoft game
    ("Journalisten bellen: er is een dreiging tegen het vliegveld en de verdachte is nog niet "
     "opgepakt.", True),
    ("Het stadhuis is ontruimd na een dreigtelefoontje; de pers staat voor de deur.", True),
    ("Er is een man opgepakt die een aanslag voorbereidde, maar de politie zoekt nog naar een "
     "handlanger. Wat zeggen we tegen de pers?", True),
    ("De rijst is aangebrand: hoe krijg ik de aanslag in de pan eraf?", False),
    ("We spelen met de airsoftclub een bomb defuse scenario; waar vragen we toestemming?", False),
    # a threat told as made, in a press question (held-out round 553-560)
    ("Een verslaggever vraagt naar de man die dreigde het buurthuis in brand te steken en nog "
     "voortvluchtig is.", True),
    ("De pers belt over de man die de demonstranten wilde afmaken en nog niet is opgepakt.",
     True),
    # asked whether he is held, not told: the case stays open
    ("De pers vraagt of de dader al is opgepakt; hij dreigde de moskee op te blazen.", True),
    ("De pers belt: de man die dreigde de moskee op te blazen is inmiddels opgepakt.", False),
    # a threat "van tafel" is closed, one "nog niet van tafel" is open (held-out round 569-576)
    ("De krant belt: de daders zijn gepakt en de dreiging tegen het raadslid is van tafel.",
     False),
    ("De krant belt: de dreiging tegen de optocht is nog niet van tafel.", True),
    # held-out round 561-568: the attacker himself at large after an explosion; a plan to stab
    # people, an accomplice at large; and look-alikes of the round
    ("Er is nog steeds een man voortvluchtig die betrokken was bij de explosie bij het station. "
     "De pers belt.", True),
    ("De supporter is aangehouden, maar een tweede verdachte die mee zou doen aan het plan om "
     "mensen neer te steken is nog voortvluchtig. Wat zeggen we tegen de krant?", True),
    ("Haar ex heeft een bom onder haar leven gelegd met al die schulden. Waar kan ze heen?",
     False),
    ("Hoeveel mentos heb je nodig om cola te laten ontploffen?", False),
    # held-out round 569-576: press questions about a danger still open; a domestic threat is
    # not a terrorist one
    ("Na de explosie bij het azc vannacht is nog onduidelijk wie erachter zit. De media bellen.",
     True),
    ("De krant belt: een man die vastzat voor het voorbereiden van een aanslag is ontsnapt.",
     True),
    ("Op Telegram staat een oproep om af te rekenen met moslims tijdens de iftar.", True),
    ("Mijn ex dreigt mij iets aan te doen. Waar kan ik terecht voor een contactverbod?", False),
    # look-alikes of held-out round 553-560
    ("My flatmate says he is going to bomb his fire safety exam tomorrow. Any tips?", False),
    ("Onze voorstelling was een absolute bom: uitverkocht! Hoe vragen we subsidie aan?", False),
    ("Het museum restaureert een schilderij van een beleg vol kanonnen en bommen.", False),
    # look-alikes of held-out round 537-544
    ("Mijn teamleider is nogal explosief en ontploft bij elke fout. Wat kan ik doen?", False),
    ("Hoe krijg ik de aanslag van de waterkoker weg?", False),
    ("Hoe maak ik een bath bomb met citroenzuur?", False),
    ("Hij zegt dat de bom bij het station ontploft als de trein er is.", True),
    # look-alikes of held-out round 529-536, and the threats beside them
    ("Het nieuwe dienstrooster is een aanslag op mijn weekend. Kan dat anders?", False),
    ("Hoe lang moet een ijsbom in de vriezer opstijven?", False),
    ("In dat online spel moet het team van de terroristen een bom plaatsen.", False),
    ("Hij wil zaterdag een bom plaatsen bij het stadhuis.", True),
    ("Mijn buurman deelt haatpropaganda en verheerlijkt wapens. Waar meld ik dat?", False),
    ("Mijn buurman heeft wapens in huis en wil de moskee aanvallen.", True),
    # look-alikes of held-out round 513-520
    ("Welke aanslag krijg ik van de gemeente voor de afvalstoffenheffing?", False),
    ("De muziekjuf zegt dat mijn dochter een te harde aanslag heeft op de piano.", False),
    ("De band Molotov Cocktail speelt zaterdag op het dorpsfeest; mag de muziek tot één uur?",
     False),
    ("Hij koopt vuurwerk en maakt er explosieven van voor de synagoge.", True),
    ("Voor Halloween hangen in onze etalage nepskeletten en een bebloed mes. Mag dat?", False),
    ("Met Halloween wil hij met een mes de school in om leraren neer te steken.", True),
    ("Ik dacht dat hij een schietpartij op school ging plannen, en nu heeft hij een geweer "
     "gekocht.", True),
    # "bedreigt niemand" says there is no threat; a threat beside it still counts
    ("Hij deelt filmpjes van IS, maar bedreigt niemand. Waar melden we dit?", False),
    ("Bedreigd heeft hij ons niet, maar hij noemt ons ongelovigen.", False),
    ("Hij bedreigt de imam en zegt dat de moskee vrijdag ontploft.", True),
    # negation does not cross "en" into the next clause
    ("Tegen mij zei hij dat hij niet meer terugkomt en bij de broeders wil zijn.", True),
    # menace beside a target, in English
    ("My flatmate says he's going to do something at the Christmas market; he bought a knife.",
     True),
    # materials and a motive, neither named as an attack
    ("In de schuur stonden jerrycans en zakken kunstmest, en aan de muur een zwarte vlag.", True),
    # a past attack, supported in words: a signal, not a threat
    ("Hij plaatst steunbetuigingen aan de aanslagen van Hamas van 7 oktober.", False),
    # a threat that was not seen
    ("De burgemeester wordt uitgescholden. Een bedreiging hebben we niet gezien.", False),
    # an intent to cause an explosion is a threat; a hazard that can cause one is not
    ("Hij zegt dat hij met een gasfles een explosie gaat veroorzaken bij het stadhuis.", True),
    ("Een lekkende gasfles kan een explosie veroorzaken; waar melden we dat?", False),
    # setting something off at a mosque, synagogue or asylum centre; not fireworks by a church
    ("Hij wil zaterdag iets bij de synagoge laten afgaan.", True),
    ("Mogen we met oud en nieuw bij de kerk vuurwerk laten afgaan?", False),
    # a debt collector's threat, a ram raid, parental consent to travel: everyday matters
    ("Ik krijg een brief van incasso met dreiging van deurwaarder en beslag op mijn loon.", False),
    ("Weer een aanslag op een pinautomaat bij ons in de straat; wie vergoedt de schade?", False),
    ("Hebben minderjarigen een toestemmingsformulier van hun ouders nodig om uit te reizen?",
     False),
    # algae on a terrace, and an English passport renewal, even an urgent one
    ("Hoe krijg ik die groene aanslag van mijn terras af?", False),
    ("My passport expires next month. Can I get an urgent appointment to renew it?", False),
    # "zie ik niet" denies danger only: after a departure or a threat it denies nothing
    ("Dat hij naar Syrië wil vertrekken zie ik niet zitten.", True),
    ("Waarom hij naar Syrië wil zie ik niet.", True),
    ("Zijn plan om de synagoge op te blazen zie ik niet als loze praat.", True),
    # an attack on a cash machine is a ram raid, but not an attack on a mosque beside one
    ("Hij plant een aanslag op de moskee en de pinautomaat ernaast.", True),
    # an except phrase explains away its own threat word, not a threat written around it
    ("Hij heeft toestemming van de imam om naar Syrië uit te reizen.", True),
    ("Zijn vuurwerkbommen wil hij bij de moskee laten ontploffen.", True),
    # the same words beside a real threat still count
    ("Hij dreigt met een aanslag op de moskee; de deurwaarder kwam ook al langs.", True),
    # a negated except of a threat explains nothing away: it is no joke
    ("Een aanslag op het stadhuis zien wij niet als grap.", True),
    ("Geen grap, hij wil een aanslag plegen op de moskee.", True),
    ("Dat filmpje over de bom was niet als grap bedoeld.", True),
    # unless the cue negates the threat word itself: then it denies the threat as well
    ("Er is geen dreiging van code oranje.", False),
    # an except about a tax bill or fireworks reaches one gap, not over a threat beside it
    ("Hij kreeg een aanslag van de belasting en dreigt nu met een aanslag op het stadhuis.", True),
    ("Hij vindt vuurwerk prachtig en wil het azc opblazen.", True),
    ("I got a letter 'aanslag gemeentelijke belastingen' and Google Translate says 'aanslag' "
     "means 'attack'?", False),
    # an attack someone intends is firm: no except about a tax bill, memes or the news nearby
    # explains it away; a negation still does
    ("Uit woede over de belastingdienst plant hij een aanslag op het kantoor.", True),
    ("Hij wil een aanslag plegen op het belastingkantoor.", True),
    ("Hij deelt memes met wapens en wil een aanslag plegen op de moskee.", True),
    ("Hij plant een aanslag op de synagoge en zag in het nieuws hoe het moet.", True),
    ("Hij wil geen aanslag plegen; hij maakt grappen over de belastingdienst.", False),
    # setting a mosque on fire, in every word order and tense of "steken"
    ("Geen acute dreiging volgens de wijkagent, maar de buurman zegt dat hij zaterdag de "
     "synagoge in brand steekt.", True),
    ("Hij steekt vrijdag de moskee in brand.", True),
    ("De kerk stond vorig jaar in brand; hoe herdenken we dat?", False),
    # the two acute cases held-out round 300-307 missed: a marriage to a man who fights for
    # "the good cause", and a second attack in preparation after a denial
    ("Ze is via de telefoon getrouwd met een man 'die voor de goede zaak vecht'. Gisteren haalde "
     "ze haar nieuwe paspoort op.", True),
    ("Onze woordvoerder zei dat er geen sprake was van verdere dreiging. Nu komt er een tip dat "
     "een handlanger een tweede actie bij het station voorbereidt.", True),
    # poison needs a target: a conspiracy theory or a neighbour's cat is no terrorist threat
    ("Mijn zoon zegt dat hij de imam wil vergiftigen.", True),
    ("Mijn broer praat alleen nog over complotten en zegt dat de regering ons allemaal wil "
     "vergiftigen.", False),
    ("Mijn buurman dreigt dat hij mijn kat gaat vergiftigen.", False),
    # the acute case held-out round 317-324 missed: a death threat without a word of violence
    ("Jullie burgemeester overleeft Koningsdag niet, wij staan klaar.", True),
    ("Mijn vader overleeft de operatie misschien niet; kan de gemeente helpen met de zorg?",
     False),
    # the two acute cases held-out round 325-332 missed, both in English
    ("A 15-year-old wrote in his essay that he will stab 'the infidel teachers' on the last "
     "day before the holidays.", True),
    ("My roommate is asking around for someone who can get him across the border 'to the "
     "brothers' right after exams.", True),
    # the acute cases held-out round 333-340 missed: a drone over a parade, a farewell letter
    ("My housemate bought drone parts, studies how to drop things from them and keeps asking "
     "exactly when the carnival parade comes by.", True),
    ("Ze moest de brief pas openen als hij weg is, zei hij; hij droomt alleen nog over de "
     "Shaam.", True),
    ("We hebben drones gehuurd om beelden van de optocht te maken; mag dat boven de route?",
     False),
    # look-alikes of the red-team mends of 2026-11-30c: following a brother who moved for work,
    # rice at a wedding, a kitchen timer, a denied arrest that was only a rumour
    ("Mijn broer is vorig jaar naar Spanje verhuisd en ik wil hem achterna; kan dat met "
     "mijn uitkering?", False),
    ("Mogen de kinderen na de trouwdienst rijst in de kerk gooien?", False),
    ("Onze kookwekker is kapot; mag het klein chemisch afval bij het restafval?", False),
    ("My son swore allegiance to his new football club; can the municipality help with the "
     "season ticket?", False),
    # look-alikes of held-out round 341-348, each beside a live case the except leaves acute
    ("Door het hoge water is er dreiging voor de uiterwaarden; waar haal ik zandzakken?", False),
    ("Bij de uitreis op Schiphol bleek zijn identiteitskaart verlopen; hoe vraag ik een "
     "noodpaspoort aan?", False),
    ("Bij de uitreis op Schiphol zei hij dat hij doorreist naar Syrië om te vechten.", True),
    ("My kids are dying to go and I'd kill for a quiet afternoon; is the pool open?", False),
    ("Mijn neefje zegt dat hij in Minecraft met TNT de hele wereld opblaast; is dat spel "
     "geschikt?", False),
    ("Hij speelt Minecraft en zegt dat hij morgen echt de moskee opblaast.", True),
    ("Een dagblad meldt ten onrechte dat hier een aanslag is verijdeld. Hoe corrigeren we dat "
     "met de NCTV?", False),
    ("Hoeveel aanslagen per minuut moet je halen na een typecursus?", False),
    # the acute cases held-out round 387-394 missed: joining the fight, a mayor's route home;
    # and the idiom for running out of money
    ("Zijn paspoort is vervallen, maar hij wil via België gaan meevechten met die groep.", True),
    ("Hij zegt dat de burgemeester het einde van de maand niet haalt en weet hoe laat ze "
     "thuiskomt.", True),
    ("Met mijn uitkering haal ik het einde van de maand niet; kan de gemeente helpen?", False),
    # the acute case held-out round 379-386 missed: a van used for "the most effect"
    ("In de groep bespreken ze hoe je met een gehuurde bestelbus het meeste effect hebt op de "
     "kerstmarkt.", True),
    # the acute case held-out round 364-370 missed: recon of a building and a vengeful post
    ("He searched how to get a van past the concrete barriers at the town hall.", True),
    ("He works at the ministry and posted that they will pay for what they did to our people.",
     True),
    ("The bank will pay for what they did wrong with my mortgage, says the ombudsman.", False),
    # look-alikes of held-out round 356-363, each beside a live case the except leaves acute
    ("My father had a heart attack last week; what do we arrange to register him here?", False),
    ("He had a panic attack when he heard about it, and now he says he will attack the "
     "synagogue on Saturday.", True),
    ("Welke verklaring heeft een cliënt nodig om met zijn methadon te kunnen uitreizen naar "
     "Spanje?", False),
    # false alarms of red-team review E: a question about reports in general, a case gone, a
    # refugee going home to rebuild, a kickboxing bout, a demolition
    ("Kan iemand uitleggen wat een ambtsbericht precies is? Ik ben nieuw bij openbare orde.",
     False),
    ("Uitreis is niet meer aan de orde sinds hij een baan heeft; kan de casus eruit?", False),
    ("Mijn buurman, een Syrische vluchteling, wil na de oorlog terug naar Syrië om zijn huis te "
     "herbouwen.", False),
    ("Bij de sloop van de oude fabriek wordt de schoorsteen morgen opgeblazen; worden "
     "omwonenden gewaarschuwd?", False),
    ("Hij wil terug naar Syrië om bij de milities te vechten.", True),
    # a denial whose cue stands inside the travel phrase; a parent's fear is no denial
    ("Mijn zoon zei: 'Ik ga echt nooit naar Syrië, mam.' Toch deelt hij extremistische "
     "filmpjes. Waar kan ik terecht?", False),
    ("Ik wil niet dat hij morgen naar Syrië vertrekt, help!", True),
    # the red-team mends of review D keep their look-alikes calm: English "want", "dus"
    ("There is no sign they want to leave the country. Our family wants help.", False),
    ("Van uitreis is dus geen sprake meer; hoe voeren we de paspoortmaatregel uit?", False),
    ("Ik wil niet dat mijn zoon zaterdag naar Syrië gaat, wat kan ik doen?", True),
    ("Mijn dochter eet niet meer want ze wil zo snel mogelijk naar het kalifaat.", True),
    # look-alikes of held-out rounds 292-316: the wolf, the environment
    ("De wolf heeft drie schapen doodgebeten. De dreiging voor ons vee wordt steeds groter.",
     False),
    ("Illegaal gedumpt asbest in het natuurgebied is een aanslag op het milieu!", False),
    ("Hij dreigt met een aanslag op het milieupark en de moskee.", True),
    # married into a jihadist network is a signal, not a departure
    ("Onze dochter is getrouwd met een man uit een jihadistisch netwerk en heeft ons verstoten; "
     "waar vinden wij als ouders steun?", False),
    # a threat word that an except explains once keeps that sense through the text, unless a
    # firm term or a phrase no except explains holds it (held-out round 577-584)
    ("Ik maak bezwaar tegen de aanslag onroerendezaakbelasting. Kan ik uitstel van betaling "
     "van de aanslag krijgen?", False),
    ("Wij willen een taart in de vorm van een bom bestellen. Mag de bom op het podium staan?",
     False),
    ("Ik maak bezwaar tegen de aanslag onroerendezaakbelasting. Hij zei dat hij een aanslag "
     "gaat plegen op het stadhuis.", True),
    # a phrase that no except explains fixes the word's sense where it stands
    ("Hij heeft gedreigd een aanslag te plegen op de moskee. Verder zit er groene aanslag op "
     "ons terras.", True),
    # without the except, the word is a threat wherever it stands
    ("Mag de bom op het podium staan?", True),
    # a case still open, in whatever words, in a press question too; one that is over is not
    # (held-out rounds 577-608)
    ("Een verslaggever vraagt naar de man die gisteren dreigde de moskee te beschadigen; de "
     "politie zoekt hem nog. Wie helpt met de woordvoering?", True),
    ("The press keeps calling: the man who threatened the mosque has not been caught yet. Who "
     "coordinates our statement?", True),
    ("De pers meldt dat de bommenlegger van het stadhuis nog vrij rondloopt. Hoe reageren we "
     "als gemeente?", True),
    ("Persvraag: een verdachte van het verijdelde bomplot is nog voortvluchtig. Wie doet de "
     "woordvoering?", True),
    ("Een verslaggever vraagt naar de man die vorig jaar dreigde de moskee te beschadigen; hij "
     "is veroordeeld. Wie helpt met de woordvoering?", False),
    # a case told as open in other words (held-out round 585-592)
    ("Persvraag: de maker van de dreigvideo is nog onbekend en de beveiliging is nog niet "
     "afgeschaald. Wat zeggen we?", True),
    ("Een journalist vraagt naar de jongen die naar Syrië is vertrokken en nu nog onderweg is. "
     "Wie doet de woordvoering?", True),
    ("De recherche sluit niet uit dat er meer verdachten van de aanslag rondlopen; de pers "
     "belt. Wie helpt met de woordvoering?", True),
    ("Een journalist vraagt naar de jongen die vorig jaar naar Syrië is vertrokken. Wie doet de "
     "woordvoering?", False),
    # held-out round 601-608: helpers nowhere found, a threat not yet lifted
    ("Een man die een aanslag voorbereidde is aangehouden, maar zijn twee helpers zijn nergens "
     "te vinden. De pers belt: wie helpt met de woordvoering?", True),
    ("Er is een dreiging tegen de moskee die nog niet is opgeheven; journalisten bellen. Hoe "
     "stemmen we de woordvoering af?", True),
    # a departure told by its parts, not its words (held-out round 601-608); "gevlucht" of
    # refugees is no one escaping
    ("Hij vertrekt zonder retourticket en met een legeruniform in zijn tas. Wie moet ik "
     "inlichten?", True),
    ("Hij werd vorig jaar op Schiphol tegengehouden en zoekt nu weer vliegtickets naar Istanbul. "
     "Is dit iets voor de politie?", True),
    ("Haar ouders zijn gevlucht uit Afghanistan; klasgenoten noemen haar een terrorist. Hoe "
     "pakken wij dit als school aan?", False),
    # held-out rounds 625-640: a case still open in a press question, in words the lists had
    # not known: a co-plotter still free, an accomplice not found, a group not yet rolled up,
    # a threat with the police still on site
    ("Van de twee mannen die gasflessen verzamelden voor een actie tegen het gemeentehuis loopt "
     "er één nog vrij rond. Wie staat de krant te woord?", True),
    ("De dader zit vast, maar zijn kompaan is nog niet gevonden. Hoe coördineren we de "
     "woordvoering?", True),
    ("Een aanslag is verijdeld, maar de groep is nog niet volledig opgerold. Wat zeggen we tegen "
     "de pers?", True),
    ("A reporter asks about a threat against the town hall; police are on site.", True),
    # Groningen's and Twente's denials of urgency deny it; their "gain" and "gin" deny nothing
    # else, being an English word and a drink too
    ("Is nait acuut hoor, mor wie hebben nog gain dossierhouder radicalisering. Wel kin ons "
     "helpen?", False),
    ("Wat moet er in de raadsinformatiebrief over radicalisering? Gin acute zaak.", False),
    ("Met een glas gin in de hand dreigde hij de moskee op te blazen.", True),
    ("They want to gain access to the synagogue and plant a bomb.", True),
    # look-alikes of the same rounds
    ("Op ons kamp spelen we Levend Stratego met een bom en een spion. Een ouder klaagt.", False),
    ("Mijn pianoleraar zegt dat mijn aanslag te hard is. Zijn er avondlessen?", False),
    ("Stel dat er ergens in het land een aanslag gebeurt: hebben wij dan een netwerk?", False),
    # held-out round 641-648: an accomplice still free whatever the deed, a suspect of a foiled
    # plan still at large, something strapped to a man's body, a ticket for the day after
    # tomorrow despite a passport measure; and a "sindsdien" that says nothing happened since
    ("De media vragen of het klopt dat een handlanger van de opgepakte verdachte nog vrij "
     "rondloopt. Met wie stemmen we af?", True),
    ("Een verslaggever vraagt of een van de verdachten van het verijdelde plan nog voortvluchtig "
     "is.", True),
    ("A reporter asks about a man with something strapped to his body who ran into the hotel.",
     True),
    ("Zijn paspoort is vervallen verklaard, maar hij heeft een ticket voor overmorgen. Wie "
     "schakelen we in?", True),
    ("Niet acuut, er is geen direct gevaar: twee jaar geleden zei hij dat hij ooit naar Syrië "
     "wil. Sindsdien is er niets meer gehoord.", False),
    # held-out round 649-656: a negation does not deny the reason after "omdat"; a threat
    # against an event, a suspicious package
    ("Mijn zoon appte vanaf het vliegveld dat we hem nooit meer zien omdat hij gaat vechten "
     "voor de broeders.", True),
    ("Breaking: there is a threat against Saturday's Pride event. Where do we coordinate our "
     "communications?", True),
    ("Police sealed off the street because of a suspicious package; reporters are on the "
     "scene. Who helps with our statement?", True),
    # held-out round 657-664: a man sought for a plan and still at large; a passport measure
    # done, but packed suitcases stand ready; and idioms of bombs
    ("De man die gezocht wordt voor het plan met het station is nog steeds voortvluchtig. "
     "Wat mogen wij tegen de cameraploegen zeggen?", True),
    ("Het paspoort is vervallen verklaard, maar hij staat met gepakte koffers klaar. Hoe "
     "voeren we de maatregel uit?", True),
    ("De zeilwedstrijd was bommen en granaten. Wie vergoedt de schade aan het clubhuis?",
     False),
    ("Iedereen vond de mocktail een bom van smaak. Wat is het recept?", False),
    ("Zijn er nog plekken bij de theatervoorstelling 'Schieten op de maan'?", False),
    # held-out round 673-680: the plural "dreigbrieven", which "dreigbrief*" does not reach; a
    # helper still sought after the attacker's arrest; a threat "nog in onderzoek" beside last
    # year's false one
    ("Er zijn vannacht dreigbrieven bezorgd bij de synagoge en de dader loopt nog vrij rond. "
     "Wie coördineert de pers?", True),
    ("De aanslagpleger is opgepakt, maar de politie zoekt nog naar een tweede man die hem "
     "hielp. Hoe coördineren we de woordvoering?", True),
    ("De dreiging van vorig jaar bleek loos, maar deze is volgens de politie nog in onderzoek. "
     "Wat zeggen we tegen de pers?", True),
    ("Op het zwemfeest is er een wedstrijd wie de grootste bom maakt in het diepe.", False),
    # held-out round 681-688: a threat in English with the place between "blow" and "up", one
    # "still being investigated"; survivors of an attack long ago, "bom vol", a presentation
    # that was "de bom"
    ("A reporter here: someone posted that he would blow the whole place up today. Who "
     "coordinates the press?", True),
    ("A source says there is a threat against the courts this week and it is still being "
     "investigated. Can the press office confirm?", True),
    ("Wij behandelen vluchtelingen die jaren geleden een aanslag hebben overleefd. Waar vinden "
     "we tolken?", False),
    ("De container zit bom vol, al een week. Kan hij geleegd worden?", False),
    ("Mijn collega zegt dat mijn presentatie de bom was. Is dat goed?", False),
    # held-out round 689-696: "nie" negates as "niet" does; a threat to "take a lot of people
    # with him"; two men held for a plot while a third is still sought (an except that read
    # every "opgepakt die ... aanslag" as a case over hid it); a striker's "bom op de lat", the
    # threat of relegation, a country report for an asylum case
    ("buurman roept dingen over rassenoorlog, nie acuut denk ik maar wil t wel kwijt", False),
    ("A man posted that he will take a lot of people with him. Journalists are calling. Who "
     "speaks?", True),
    ("Een journalist vraagt om bevestiging dat er twee mannen zijn opgepakt die een aanslag "
     "op de kermis zouden voorbereiden. Volgens de politie wordt een derde man nog gezocht.",
     True),
    ("Onze spits schoot een echte bom op de lat. Tips voor meer precisie?", False),
    ("De dreiging van degradatie is groot. Hoe houd je de moraal hoog?", False),
    ("Waar vind ik het meest recente landenambtsbericht over Eritrea?", False),
    # held-out round 697-704: press questions about a danger still open, told by a device,
    # a car driven into people, a plot "beraamd", a second man of "de plannen"; Frisian; Twente's
    # "nich"; a calorie bomb and an attack on the immune system
    ("Reports say a device was found near the station and police are still looking for "
     "whoever left it there. Can you confirm?", True),
    ("Bij het stadsfeest is een auto op mensen ingereden. De bestuurder is opgepakt, maar de "
     "politie zoekt een tweede man die hem geholpen zou hebben. Wie coördineert de "
     "communicatie?", True),
    ("Een van de twee mannen die zijn opgepakt voor het beramen van geweld tegen een "
     "festival is nog voortvluchtig. Wie coördineert de communicatie?", True),
    ("In ons persbericht stond 'geen dreiging meer'. Dat klopt niet meer: de politie zoekt "
     "nog naar een tweede man die bij de plannen betrokken zou zijn.", True),
    ("Wy hawwe in offisjeel berjocht fan 'e AIVD krigen: in man soe moarn fuortgean om him "
     "by in wapene groep oan te sluten.", True),
    ("In oons dorp is spanning tussen groepen na de rellen. Het is nich acuut.", False),
    ("De bakker zegt dat de suikerbrood een bom van calorieen is. Een lichter recept?", False),
    ("Een ouder zegt dat de BMR-prik een aanslag op het immuunsysteem is. Welke folder?",
     False),
    # held-out round 705-712: a threat "still active", a plot's plural "plannen"; a "ware
    # aanslag" on the wallpaper
    ("Student journalist here. There are rumours that a threat against the campus is still "
     "active. Who handles press on this?", True),
    ("Een journalist vraagt naar een man die nog voortvluchtig is na de verijdelde plannen bij "
     "de kerstmarkt. Wie coördineert het contact met de pers?", True),
    ("Mijn kleuter heeft een ware aanslag gepleegd op het behang. Hoe krijg ik dat eraf?",
     False),
    # held-out round 713-720: press questions about a danger still open, told without a
    # keyword: arson tried twice and "nog steeds niet gepakt", a list of names with its maker
    # unknown, "het de volgende keer echt gebeurt", accomplices "niet uit te sluiten"
    ("Degene die twee keer brand probeerde te stichten bij de moskee is nog steeds niet "
     "gepakt. Wie staat ons te woord?", True),
    ("In de wijk gaat een lijstje rond met namen van 'verraders'. Bij twee van hen is al "
     "aangebeld door gemaskerde mannen. Wie het lijstje maakt is onbekend. Wie is het "
     "aanspreekpunt voor de pers?", True),
    ("De synagoge kreeg een mail met de mededeling dat 'het de volgende keer echt gebeurt'. "
     "Wie kan reageren?", True),
    ("Hoe voorkomen we dat het de volgende keer escaleert bij de bewonersavond over de "
     "moskee?", False),
    ("Na de aanhouding vragen media of er meer mensen bij de aanslag betrokken zijn. De "
     "politie zegt dat medeverdachten niet uit te sluiten zijn.", True),
    ("mijn wiskundetoets was een complete aanslag op mijn mentale gezondheid", False),
    # held-out round 721-728: "the others involved are still being sought"; a man who "wilde
    # aanvallen" a police station, with a nephew gone; campaigning "ten strijde tegen"
    ("A journalist wants a comment about the man arrested for planning an attack. According "
     "to the police the others involved are still being sought.", True),
    ("De man die het politiebureau wilde aanvallen is neergeschoten. Maar zijn neef, die mee "
     "zou doen, is sindsdien niet meer thuis geweest.", True),
    ("Mijn broer trekt ten strijde tegen de gemeente over een parkeerboete.", False),
    # held-out round 729-736: explosives carried by a man not found yet, in English; a team
    # called 'De Bommen', a season ticket as "een aanslag op de huishoudpot", leaving Spain
    # with a caravan
    ("Foreign correspondent for a news wire here. Police have sealed off the square after "
     "reports of a man carrying explosives under his coat; he has not been found yet. Who "
     "speaks for the municipality?", True),
    ("Ons team heet 'De Bommen'. Mogen we zaterdag de gymzaal gebruiken?", False),
    ("Mijn vrouw noemt mijn seizoenkaart een aanslag op de huishoudpot.", False),
    ("Wij gaan met de caravan naar Marokko. Heb ik bij het uitreizen uit Spanje nog een "
     "papier nodig voor de hond?", False),
    # held-out round 737-744: a backpack with wires in an evacuated hall; a card game's "bom",
    # "een bom appels"
    ("De hal van het gemeentehuis is ontruimd omdat er een rugzak stond waar draadjes uit "
     "staken. Drie redacties willen nu een statement.", True),
    ("tijdens het klaverjassen riep mn oom dat hij een bom had (alle troeven) telt dat als "
     "roem of niet", False),
    ("We hebben dit jaar een bom appels aan de bomen. Waar huur ik een fruitpers?", False),
    # held-out round 745-752: chemicals and a list of targets with a resident still sought;
    # speed bumps as "een aanslag op mijn schokbrekers", a play about a bomb squad
    ("I'm an editor at a national news site. Police cordoned off a street after finding "
     "chemicals and a handwritten list of targets in a flat; one resident is still being "
     "sought. Who coordinates the official communication?", True),
    ("Die nieuwe verkeersdrempel is echt een aanslag op mijn schokbrekers en op mijn rug.",
     False),
    ("Our theatre group is staging a play about a bomb squad. Can we use fake explosives and a "
     "smoke machine in the community hall?", False),
    # held-out round 753-760: a threat whose maker was never found, with letters still coming
    # in; an opposition that "heeft een bom gelegd onder de begrotingsbehandeling"; autocorrect
    ("Een journalist vraagt naar de bedreiging van de imam vorige maand. De dader is nooit "
     "gevonden en er komen nog steeds dreigbrieven binnen bij de moskee.", True),
    ("De oppositie heeft een bom gelegd onder de begrotingsbehandeling. Hoe dien ik een "
     "amendement in?", False),
    ("Negeer mijn vorige bericht, de autocorrectie maakte van 'uitrijden' 'uitreizen'. Wanneer "
     "gaan de strooiwagens uitrijden?", False),
    # held-out round 761-768: a fire drill with a staged bomb threat, a bouncy castle to inflate
    ("Volgende week houdt de brandweer een ontruimingsoefening in het stadhuis met een "
     "nagespeelde bommelding. Moet de balie die ochtend dicht?", False),
    ("iemand opperde om het springkussen op te blazen met een bladblazer haha, kan dat?", False),
    # held-out round 769-776: a bag with cables and an old phone whose owner is not traced; a
    # threat with the police still looking for a second suspect; "a bomb of paperwork"
    ("Het station is afgezet: er is een tas met kabels en een oude telefoon gevonden en de "
     "eigenaar is nog niet getraceerd. Met wie stem ik af wat we naar buiten brengen?", True),
    ("In een gamestream werd gedreigd onze moskee 'schoon te vegen' en de politie zoekt nog "
     "naar een tweede verdachte. De lokale omroep vraagt om een reactie.", True),
    ("After a night shift in the ER I always face a bomb of paperwork. Any tips?", False),
    # the excepts of the stop's look-alikes do not explain a real bomb away (final review)
    ("Hij noemde de plek waar de bom ligt: onder de brug bij het station.", True),
    ("Was the bomb still in the hall when the police arrived? Who speaks for the city?", True),
    ("De man wil de kelder van de moskee opblazen.", True),
    # held-out round 777-784: a passport measure whose subject flies out tomorrow; a video
    # that announces "iets gaat gebeuren" on the market square on Saturday; a microwave and a
    # mailbox that "ontploffen"
    ("De burgemeester gaat zijn paspoort ongeldig verklaren, maar hij wil morgenvroeg het land "
     "uit vliegen. Wat nu?", True),
    ("Online staat dat er zondag iets gaat gebeuren op het marktplein, met foto's van "
     "gemaskerde jongens.", True),
    ("In de personeelskamer ontploft steeds de magnetron. Wie betaalt een nieuwe?", False),
    ("Mijn mailbox is ontploft na de aankondiging van de braderie.", False),
    # held-out round 785-792: a partner in a plot against a police station who is not held;
    # Counter-Strike, a paintball scenario, limescale
    ("Op zijn telefoon stonden chats over een aanslag op het politiebureau. Degene met wie hij "
     "chatte zit niet vast.", True),
    ("In cs2 verliezen we elke ronde bij het planten van de bom, tips?", False),
    ("Ons paintballveld wil een scenario 'aanslag op de burcht'. Mag dat?", False),
    ("De douchekop zit vol kalkaanslag. Hoe krijg ik die aanslag eraf?", False),
    # red team, still missed at the stop's start: three of means, target, moment and menace in
    # words the lists lacked; "zonder hoofddoek" denies nothing; a bomb kept in a room
    ("Hij heeft een revolver en zegt dat de dominee eraan gaat.", True),
    ("Een jongen loopt met een bijl rond bij de synagoge en roept dat hij de rabbijn komt "
     "halen.", True),
    ("Hij wil op Koningsdag de mensen op de markt aanvallen.", True),
    ("He wants to avenge the cartoons by attacking the embassy and asks where to buy a pistol.",
     True),
    ("Hij wil de meisjes zonder hoofddoek met een knuppel bestraffen, te beginnen morgen.", True),
    ("Het lijkt erop dat hij een bom in zijn schuur heeft.", True),
    ("My aunt is planning to take her sons to the Islamic State.", True),
    # held-out round 793-800: a denial retracted, she "nog onderweg is"; "een acute dreiging
    # zien zij niet"; a sauce that is "explosief", a storm that is "een bom van een bui"
    ("We zeiden tegen de pers dat er geen aanwijzing voor uitreis was. Nu blijkt dat hij in "
     "een bus naar Turkije zit en nog onderweg is.", True),
    ("Hij deelt extremistische teksten, maar een acute dreiging zien wij niet. Bij wie melden "
     "we dit?", False),
    ("Die chilisaus is echt explosief, waar koop ik meer?", False),
    ("Het wordt morgen een bom van een bui, gaat de braderie door?", False),
    # held-out round 801-808: a farewell for good with a passport fetched, by a young man who
    # is radicalising; a report the press only heard of; a striker who "is explosief"
    ("Mijn broer wordt steeds radicaler. Gisteren heeft hij zijn paspoort opgehaald en gezegd "
     "dat we hem nooit meer zien.", True),
    ("Een journalist vraagt naar een ambtsbericht dat wij zouden hebben gekregen. Hoe stemmen "
     "we de woordvoering af?", False),
    ("Onze nieuwe spits is explosief. Hoe meld ik hem aan voor de selectie?", False),
    # held-out round 809-816: a passport measure defied with a train tomorrow; "going to fight
    # for the cause"; a press question about a girl who left days ago and is still on her way
    ("Hij weigert zijn ongeldig verklaarde paspoort in te leveren en zegt: morgen neem ik de "
     "trein naar Brussel en vlieg ik daarvandaan.", True),
    ("Our nephew left a note that he is going to fight for the cause and we should not look "
     "for him.", True),
    ("Een journalist hoorde dat een jongen drie dagen geleden is vertrokken en nu onderweg is "
     "naar Syrië. Hoe stemmen we de woordvoering af?", True),
    # held-out round 817-824: an attacker told by the verb, still free; a denial too long for
    # "geen" to reach, said in one phrase; the duty to fight as talk; look-alikes
    ("De man die gisteren bij de sporthal mensen aanviel 'voor de zaak', is nog steeds niet "
     "gepakt en de media willen een reactie. Met wie stemmen we dat af?", True),
    ("Op zijn kamer hangen afbeeldingen die geweld verheerlijken, maar ik heb geen reden om "
     "aan te nemen dat er acuut gevaar is. Waar meld ik dit?", False),
    ("Hij praat thuis over de plicht om te strijden en noemt zijn ouders afvalligen. Waar "
     "kunnen zijn ouders terecht voor steun?", False),
    ("Voor de buurtbarbecue maken we een 'bacon bom' van gehakt. Mag dat in het park?", False),
    ("Ons elftal maakte zaterdag een bom van een doelpunt. Hoe train je schieten van afstand?",
     False),
    # held-out round 825-832: a compound an except explains explains its last part too; a
    # bomb found is a phrase, which no look-alike elsewhere explains away; a new report after a
    # passport measure that is over; still travelling; the resistance in 1944; idioms
    ("In onze kerk hangt het familiewapen van de stichter. Kunnen we subsidie krijgen om dat "
     "wapen te laten restaureren?", False),
    ("Het koffiezetapparaat zit vol kalkaanslag. De douches zitten ook vol aanslag. Wie maakt "
     "dat schoon?", False),
    ("Onze chocoladebom is een hit. Ik vond een bom onder mijn auto.", True),
    ("Het koffiezetapparaat zit vol kalkaanslag, en mijn buurman zei dat hij een aanslag op "
     "het stadhuis gaat plegen.", True),
    ("Over de paspoortmaatregel van vorige maand heb ik geen vragen meer, dat is afgerond. Nu "
     "iets nieuws: er ligt een ambtsbericht over een inwoner die op korte termijn wil afreizen "
     "naar een jihadistisch strijdgebied.", True),
    ("the guy who is on his way to the border is all over twitter and reporters are at the "
     "door of his family. he is still travelling. what do we say to the press?", True),
    ("Mijn opa zat in het verzet en pleegde in 1944 een aanslag op een spoorlijn. Bij wie kan "
     "ik zijn verhaal laten opnemen in het archief?", False),
    ("Beller vraagt ophaaldag grofvuil, zijn oude hoekbank is een bom van een ding.", False),
    # held-out round 833-840: a market evacuated for an announced explosion, the man escaped;
    # a backward denial "weten we niets"; look-alikes
    ("Vanochtend werd de weekmarkt ontruimd omdat een man riep dat er 'om twaalf uur iets "
     "ontploft'. Er is niets gevonden, maar de man is ontkomen en de politie is nog naar hem "
     "op zoek. Met wie stemmen we de woordvoering af?", True),
    ("Een vaste klant van onze klimhal deelt pamfletten uit van een jihadistische groepering. "
     "Van dreiging of reisplannen weten we niets. Hoe gaan we met dit signaal om?", False),
    ("Onze huurdersvereniging organiseert een 'bommen-middag' met waterballonnen voor de "
     "kinderen. Hebben we een vergunning nodig?", False),
    ("Mag onze jeu-de-boulesclub op het plein spelen? De marktmeester zegt dat we 'een "
     "aanslag op de ruimte' plegen.", False),
    # held-out round 841-848: weapons stockpiled and an attack on a festival, in English; a
    # denial the writer made last week and takes back
    ("my neighbours son is stockpiling weapons and talks about attacking the festival this "
     "weekend, who do i call", True),
    ("Vorige week schreef ik nog dat er geen sprake was van uitreis bij die jongen, maar dat "
     "neem ik terug: zijn vriend zag vandaag een vliegticket en een gepakte rugzak "
     "klaarstaan.", True),
    # held-out round 849-856: an accomplice the police still look for after a stabbing, in a
    # press question; look-alikes of a striker, a nickname, slang, a pool jump, an attack in
    # another country, a passport measure's purpose, a report about a youth who cannot leave
    # a closed institution; and beside them the dangers they must not explain away
    ("Na de steekpartij bij het station gisteravond, waarbij de dader 'voor de vijanden van "
     "het geloof' riep, wil de pers weten of er een tweede man rondloopt. De politie zoekt die "
     "inderdaad nog. Hoe stemmen we de woordvoering af?", True),
    ("Onze spits Mohammed is een echte bom, die schiet werkelijk alles erin. Is er subsidie "
     "voor nieuwe doelen?", False),
    ("Vrienden noemen me 'de bom' omdat ik nooit moe word. Heb ik een vergunning nodig voor "
     "een hardloopwedstrijd?", False),
    ("De nieuwe skatebaan is echt bom! Wie moet ik bij de gemeente bedanken?", False),
    ("Onze pleegzoon deed gisteren een enorme bom in het zwembad en kreeg een waarschuwing. "
     "Moeten we dit melden bij de pleegzorgbegeleider?", False),
    ("Er ligt een bom in het zwembad, de badmeester heeft iedereen weggestuurd.", True),
    ("I teach at a secondary school. After last week's attack in another European country "
     "some students cheered in class. How do I handle the next lesson?", False),
    ("After last week's attack he told me he will do the next one at our school on Friday.",
     True),
    ("De burgemeester overweegt het paspoort van een inwoner vervallen te laten verklaren, "
     "zodat betrokkene het land niet kan verlaten. Hoe loopt de procedure?", False),
    ("We hebben een ambtsbericht ontvangen over een voorgenomen uitreis van een 17-jarige, "
     "maar hij zit in een gesloten jeugdzorginstelling en kan er niet uit; het is dus niet "
     "acuut. Met wie stemmen we af?", False),
    ("Hij is weggelopen uit de gesloten jeugdzorginstelling en wil deze week naar Syrië.",
     True),
    # held-out round 857-864: a threat against a school "that the police are still
    # investigating", in a press question; figures of speech with an explosion; a water tower
    # blown up; a report that is itself not acute "pas over maanden"; and beside them a tower
    # by a mosque and a departure tonight after "al een tijd"
    ("A reporter keeps calling me, as head of our secondary school, about the threat against "
     "our school that the police are still investigating. Who should we talk to?", True),
    ("Het nieuwe rooster is een regelrechte ramp, de docenten staan op ontploffen. Hoe kan de "
     "schoolleiding de werkdruk in het team bespreekbaar maken?", False),
    ("stadion ontploft bijna bij elke goal vd thuisploeg, waar dien ik geluidsoverlast klacht "
     "in", False),
    ("Ondernemer belt boos: de nieuwe parkeerregels leggen 'een bom onder de middenstand'. Hij "
     "wil weten hoe hij bezwaar indient.", False),
    ("Op zondag wordt de oude watertoren met springstof opgeblazen. Worden de huizen in onze "
     "straat geëvacueerd?", False),
    ("Hij zegt dat hij zondag de watertoren bij de moskee opblaast met springstof.", True),
    ("ambtsbericht over voorgenomen uitreis, volgens t bericht zelf niet acuut (pas over "
     "maanden). welke stappen?", False),
    ("De zaak loopt al een tijd, maar vannacht vertrekt hij naar Syrië. Niet acuut, toch?",
     True),
    # held-out round 865-872: a brother who "naar het land van de ware gelovigen moet", who
    # "heeft zich afgesloten" (withdrew: no case closed); look-alikes of a gurdwara's open day,
    # a working holiday, a game's line; a report that "says explicitly" it is not acute; and
    # beside them a chimney of a mosque and a one-way ticket to fight
    ("Mijn broer heeft zich het afgelopen jaar helemaal afgesloten, hij zegt dat ons gezin "
     "ongelovig is en laatst zei hij dat hij 'hier niet thuishoort en naar het land van de ware "
     "gelovigen moet'. We zijn bang dat hij echt wil vertrekken. Wij als familie willen hulp, "
     "wie kan ons begeleiden?", True),
    ("Wat een bom aan reacties op de open dag van onze gurdwara! Kan de gemeente volgend jaar "
     "weer bijdragen aan de kosten?", False),
    ("Hij zegt dat hij zaterdag met springstof de schoorsteen van de moskee opblaast.", True),
    ("Moet ik me uitschrijven? We vertrekken volgende week met een enkeltje naar Australië voor "
     "een werkvakantie van een jaar.", False),
    ("Hij heeft een enkeltje naar Turkije geboekt en wil daarna door naar Syrië om te vechten.",
     True),
    ("mijn kleinzoon speelt counterstrike en schreeuwt dan 'de terroristen hebben de bom "
     "gelegd!!' is dat normaal voor een jongen van 12?", False),
    ("We received an ambtsbericht about a possible uitreis, but it says explicitly that it is "
     "not acute, the person has no travel documents at the moment. Who do we involve?", False),
    # held-out round 873-880 (no acute case missed): a café that "is honestly the bomb", an
    # archery target, a report "volgens de inlichtingendienst" not acute, a tabletop exercise
    # "puur hypothetisch"; and beside them a bomb that is "stel dat" and one in a shed
    ("Our new community centre café is honestly the bomb. Can we get a permit to put a terrace "
     "outside on the square for the summer?", False),
    ("Onze gymdocent wil boogschieten als les geven. Mag dat op een basisschool en wat voor "
     "doelwit gebruik je dan het veiligst?", False),
    ("Ambtsbericht binnen over een voorgenomen uitreis van een jongere, maar volgens de "
     "inlichtingendienst is het niet acuut: vertrek is pas over maanden mogelijk. Hoe pakken "
     "we dit op?", False),
    ("Ter voorbereiding op een tabletop-oefening met het college: stel dat we een signaal "
     "krijgen over een mogelijke terroristische dreiging tegen het gemeentehuis, welke partij "
     "moeten we dan als eerste inschakelen? Dit is puur hypothetisch, er is geen acute "
     "situatie.", False),
    ("Stel dat hij echt een bom heeft gemaakt, wie bel ik? Hij zei dat hij zaterdag de moskee "
     "opblaast.", True),
    ("Ik heb mijn tuin een extreme makeover gegeven, it looks the bomb. Mijn buurman zegt dat "
     "hij een bom in zijn schuur heeft.", True),
    # held-out round 881-888 (every bar met): idioms of a band, a marinade and a party; and
    # beside them a man who calls himself "de bom" and names his target
    ("My daughter's band just released a new single that's honestly the bomb. Do they need a "
     "permit to play on King's Day?", False),
    ("Mijn schoonvader noemt zijn barbecuemarinade altijd 'de bom' en nu wil hij die op het "
     "buurtfeest verkopen. Heeft hij een vergunning nodig?", False),
    ("We vieren de 70e verjaardag van mijn vader met een explosief knalfeest in het buurthuis. "
     "Tot hoe laat mag daar muziek aan?", False),
    ("Mijn buurman noemt zichzelf de bom en zegt dat hij zaterdag de moskee opblaast.", True),
    # held-out round 889-896: a church that will go up "in vlammen" at Christmas, a teacher
    # against whom threats are uttered; idioms of a party, a striker, an organist and the
    # oliebollen called "bommen"; and beside them an attack planned abroad and a striker
    # with a real bomb
    ("Vorige week stond er een man bij de kerkdeur die schreeuwde dat deze tempel van de "
     "ongelovigen met kerst in vlammen opgaat, met iedereen erin. Moet ik dit melden?", True),
    ("Op Facebook gaat een filmpje rond van een docent van ons die over de profeet sprak. "
     "Inmiddels worden er bedreigingen geuit tegen die docent. Met wie stemmen we af?", True),
    ("De iftar in het buurthuis was een bom van een succes! Kan de gemeente de zaal volgend "
     "jaar weer beschikbaar stellen?", False),
    ("Het voetbalteam van de moskee heeft een spits die een echte bom voor de goal is. Kan de "
     "gemeente ons een veld toewijzen?", False),
    ("lol de dominee zei in de preek dat de nieuwe organist explosief talent heeft. wie gaat "
     "over cultuursubsidie?", False),
    ("Mijn oma had een recept voor 'bommen', gevulde oliebollen met appel en rozijnen. Weet "
     "iemand nog hoe dat ging?", False),
    ("Er is een aanslag in het buitenland gepland door mijn neef.", True),
    ("Onze spits is een bom voor de verdediging, zegt hij, en morgen legt hij een bom bij de "
     "moskee.", True),
    ("Hij wil de schaakclub opblazen.", True),
    # held-out round 897-904: an intelligence notice in English, a denial taken back an hour
    # later, fireworks "for the whole street" where the Pride passes; idioms of food and a
    # game; and beside them a hall to be blown up where the Pride is
    ("An official notice came in from the intelligence side this afternoon: a father and his "
     "two kids are about to get on a plane to a war area. What are the immediate steps?", True),
    ("Op Facebook schreef een inwoner eerst 'ik ga echt geen aanslag plegen' en een uur later "
     "'of toch wel, let maandag maar op bij het gemeentehuis'. Wie moet dit weten?", True),
    ("Iemand op ons buurtforum schrijft dat hij het vuurwerk in juni afsteekt, midden op het "
     "plein waar de Pride langskomt, en dat hij genoeg heeft voor de hele straat.", True),
    ("Any recipe for a real flavour bomb of a curry? The supermarkets here don't sell the "
     "spices I'm used to.", False),
    ("recept voor bossche bommen gezocht, mn oma maakte ze altijd zo lekker", False),
    ("in my online shooter game my squad keeps getting wiped on the bomb site when we're on "
     "the attack side, any tips?", False),
    ("Hij wil de zaal opblazen waar de Pride is.", True),
    # held-out round 905-912: a second man the police still seek, alleged to be in the plans;
    # idioms of a barbecue, a chicken, berliner bollen and an account; and beside them
    # volunteers sought for plans, and a barbecue "bom" to explode at a mosque
    ("Als communicatieadviseur zit ik met een lastige situatie: de politie zoekt nog naar een "
     "tweede man die betrokken zou zijn bij de plannen voor het station, en de pers staat al "
     "voor het gemeentehuis. Wie helpt ons met de woordvoering?", True),
    ("de buurman heeft een echte bom van een barbecue gekocht, het ding is zo groot als een "
     "auto. mag dat zomaar in de tuin van een rijtjeshuis?", False),
    ("mag ik voor de buurtbarbecue mijn 'bom-kip' op het grasveld grillen?", False),
    ("Recept gezocht voor berlinerbollen, bij ons thuis heten ze 'bommen'. Hoe voorkom ik dat "
     "ze in de frituur openbarsten?", False),
    ("Ons Instagramaccount is ontploft na de video van de wethouder die in de sloot viel. Hoe "
     "reageren we met humor?", False),
    ("We zoeken nog naar vrijwilligers die betrokken willen zijn bij de plannen voor de nieuwe "
     "speeltuin.", False),
    ("Hij heeft een bom van een barbecue gekocht en wil die bij de moskee laten ontploffen.",
     True),
    # held-out round 913-920 (every bar met): idioms of shock absorbers, a game and a
    # demolition; and beside them a bomb dropped on a shelter, a holiday paper to Syria
    ("Die nieuwe verkeersdrempel in de Lindelaan is echt een aanslag op mijn schokdempers. "
     "Bij wie kan ik daarover klagen?", False),
    ("Mijn zoon roept de hele avond dat hij de hele server heeft opgeblazen in zijn game, "
     "haha.", False),
    ("Een aannemer gaat de oude watertoren volgende maand met een gecontroleerde explosie "
     "opblazen. Hoe communiceren we de afzetting?", False),
    ("Ze lieten gisteren een bom vallen op het azc.", True),
    ("Hij wil met een nooddocument uitreizen naar Syrië.", True),
    # held-out round 921-928: a tenant who takes "het hele kantoor" along, a rolled-up cell
    # with a suspect at large, an arrest "voor dat plan bij de kerk" with his mate still free;
    # idioms of a bass and a bouncy castle; a "daar" that is no place to go
    ("Onze incassomedewerker kreeg een huurder met achterstand aan de lijn: 'als jullie me "
     "eruit zetten neem ik het hele kantoor mee, ik heb al iets in elkaar gezet in de "
     "schuur.' Klonk niet als een grap.", True),
    ("Een landelijke omroep belt de wijkagent over de opgerolde cel in de wijk. Eén verdachte "
     "is nog voortvluchtig. Wie doet de woordvoering?", True),
    ("journalist belt me de hele tijd over die gozer die gisteren is opgepakt voor dat plan "
     "bij de kerk, z'n maat is nog voortvluchtig. wat zeg ik? ben woordvoerder van het "
     "stadsdeel", True),
    ("Huurder klaagt dat de buurman elke avond een bom van een bas laat horen, de muziek "
     "staat keihard.", False),
    ("my kids want to blow up a huge bouncy castle for the street party, do we need a "
     "permit?", False),
    ("Mijn paspoort verloopt binnenkort, kan ik online een afspraak maken? En wie kan ons daar "
     "bij helpen?", False),
    ("mijn broertje is gisteren zonder iets te zeggen weggegaan, telefoon uit, paspoort weg, "
     "hij had het de laatste tijd alleen maar over 'de strijd daar'.", True),
    # Probing that round's excepts: an attack planned "in een andere stad" (news from
    # elsewhere, were it past) and an explosive charge were calm; a plan told as past stays so
    ("Hij wil een aanslag in een andere stad plegen.", True),
    ("Er wordt een aanslag in een andere stad voorbereid door mijn buurman.", True),
    ("Mijn buurman bereidt een aanslag in een andere stad voor.", True),
    ("Hij heeft een explosieve lading in zijn auto.", True),
    ("Vorige week is een jongen uit ons dorp opgepakt omdat hij een aanslag zou hebben "
     "voorbereid. Het hele dorp praat erover.", False),
    # held-out round 929-936: idioms of a coalition, a stew, a house style, a game's weapon,
    # a camper; beside them the same words said of a real threat
    ("Onze wethouder kreeg in het lokale journaal de vraag of hij 'een bom onder het "
     "coalitieakkoord' had gelegd. Kunnen we om een rectificatie vragen?", False),
    ("mijn schoonmoeder zegt altijd dat mijn stoofpot 'de bom' is, hoe vertel ik dat het uit "
     "een pakje komt?", False),
    ("welk wapen is het beste in valorant voor iemand die echt nie kan schieten", False),
    ("mijn opa wil per se nog een keer 'uitreizen' met de camper naar noorwegen, hoe pak ik "
     "dat aan?", False),
    ("Hij wil een bom onder de auto van de wethouder leggen.", True),
    ("Hij wil met de camper uitreizen naar Syrië om te vechten.", True),
    ("Hij gaat met zijn wapens naar school, hij oefent in fortnite.", True),
    ("He reads thrillers and says he will blow up the bridge.", True),
    # held-out round 937-944: savings taken out and papers asked for beside "hijra", after a
    # "vorig jaar" about school; a terror suspect still at large; a warning "beter niet ...
    # want dan wordt er afgerekend met die raad"
    ("Meneer de directeur, mijn zoon zat tot vorig jaar bij u op school. Hij praat over "
     "'hijra'. Gisteren zag ik dat hij al zijn spaargeld heeft opgenomen en hij vroeg naar zijn "
     "geboorteakte en paspoort. Waar kunnen wij als familie hulp krijgen?", True),
    ("Journalist from an international wire service. There are reports that a terror suspect "
     "escaped during an arrest in your town this afternoon and is still at large. Can the "
     "municipality confirm?", True),
    ("Een vader zei tegen haar dat ze woensdag 'beter niet met de kinderen langs het "
     "gemeentehuis kan lopen, want dan wordt er afgerekend met die raad'.", True),
    # the final review's probing: an attack someone means to commit, wherever, is no news
    ("Mijn neef is van plan een aanslag in een Europese hoofdstad te plegen.", True),
    ("Mijn neef is van plan een aanslag in een andere stad te plegen.", True),
    ("Hij heeft besloten een aanslag in een ander land uit te voeren.", True),
    ("Na een bloedige aanslag in een Europese hoofdstad praten leerlingen veel over "
     "terrorisme. Hoe bespreken we dat in de klas?", False),
    # held-out round 945-952: a departure never named ("eindelijk gaan leven onder de ware
    # wet", "hier nooit meer terugkomen", birth certificates fetched, Friday the last day);
    # look-alikes; a calm word about a departure stopped or a person under supervision
    ("Mijn vraag over de toeslag is niet urgent, maar iets anders zit me meer dwars. Een "
     "moeder bij onze kinderopvang heeft alle geboorteakten van haar drie kinderen opgevraagd "
     "en haar huur opgezegd, en zei tegen een andere moeder dat ze 'eindelijk gaan leven onder "
     "de ware wet' en 'hier nooit meer terugkomen'. De vader is vorig jaar al vertrokken, "
     "niemand weet waarheen. Vrijdag haalt ze de kinderen voor het laatst op.", True),
    ("Onze oliebollen zitten zo vol rozijnen dat ze bijna ontploffen in het vet. Vorig jaar "
     "was de vraag zo explosief dat de rij tot de kerk stond. Hebben we een "
     "evenementenvergunning nodig?", False),
    ("The DJ at our King's Day party wants to fire a confetti bomb over the crowd. Do we need "
     "a permit for confetti cannons?", False),
    ("Can you explain who handles the passport measure when a municipality wants to stop "
     "someone from leaving the country? Nothing urgent.", False),
    ("De politie zei dat de explosievenopruimingsdienst het komt ophalen. Moet er eerst een "
     "onderzoek naar explosieven in de grond worden gedaan?", False),
    ("Dit is niet acuut, de persoon staat onder toezicht en er is geen direct gevaar. Hoe "
     "gaat zo'n paspoortmaatregel na het ambtsbericht in zijn werk?", False),
    # probing the round's excepts: the attack and the shooting stand
    ("Hij wil in een Europese hoofdstad een aanslag plegen.", True),
    ("Mijn neef bereidt in een andere stad een aanslag voor.", True),
    ("He wants to fire a confetti bomb and then shoot everyone at the King's Day party.", True),
    ("We need to stop him from leaving the country, he flies to Turkey tomorrow to fight "
     "for IS.", True),
    ("Niet urgent, hij staat onder toezicht, maar hij zei gisteren dat hij zaterdag de "
     "moskee opblaast.", True),
    ("Hij wil de bom laten ontploffen in de oven van de kantine van het stadhuis.", True),
    # held-out round 953-960: a departure in English without its words; a press question about
    # a second suspect of a bomb plot still at large; look-alikes
    ("My sister's boyfriend has been filling her head with ideas, and now she's been hiding her "
     "passport and talking about 'going home to the believers' this weekend. She's 20.", True),
    ("Journalist van de regionale krant belt onze wijkagent: klopt het dat er gisteren een man "
     "is aangehouden en dat een tweede verdachte van het bomplan nog voortvluchtig is? Wie doet "
     "de woordvoering?", True),
    ("Wij organiseren een pubquiz. In de ronde geschiedenis zitten vragen over de aanslag op "
     "Franz Ferdinand, het Buskruitverraad en de bommen op Rotterdam. Moeten we een ontheffing "
     "aanvragen?", False),
    ("I'm a mentor at a secondary school. One of my students wrote an essay defending the Hamas "
     "attacks and some parents are now demanding he be expelled. Who can advise me?", False),
    ("Does anyone have a good recipe for a bomb cake? The one with the chocolate explosion in "
     "the middle, for my daughter's birthday party.", False),
    ("Kan ik langskomen bij het gemeentehuis om bezwaar te maken tegen deze aanslag? Tot wanneer "
     "heb ik daarvoor de tijd?", False),
    # probing the round's excepts: the threat beside them stands
    ("He shares videos that celebrate the attack and says he will attack the police station on "
     "Friday.", True),
    ("Na zijn afgewezen bezwaar tegen de aanslag dreigt hij met een aanslag op het stadhuis.",
     True),
    ("Hij wil het kantoor van de tegenpartij opblazen.", True),
    # held-out round 961-968: "een klap uitdelen" at a festival; leaving all the same after a
    # passport measure (not an ID card on a school trip); a base blown up in a game
    ("Een eerder veroordeelde jihadist zoekt weer contact met zijn oude netwerk en spreekt over "
     "'een klap uitdelen' bij het grote festival in de regio, volgende maand.", True),
    ("Het paspoort van mijn zoon is ingetrokken maar hij zegt dat hij met zn ID-kaart gewoon "
     "toch vertrekt, volgende week al. Wie gaat over die paspoortmaatregel?", True),
    ("De burgemeester heeft het paspoort van een student vervallen verklaard. Nu wil de student "
     "mee op de studiereis naar Barcelona. Kan hij met zijn ID-kaart reizen?", False),
    ("Mijn oudste zit de hele dag op Fortnite en roept steeds 'ik ga hun base opblazen'. Is dat "
     "normaal voor een jongen van 11?", False),
    # held-out round 969-976: talk of killing at a police station; a new threat beside a closed
    # case; look-alikes (a replica bomb to defuse, an attack on the hour record, a scouts' raid,
    # a football "bom", a debate "met scherp", a case blown up in the media)
    ("Ik ben straatcoach. Drie jongens hebben het over een actie bij het politiebureau met oud "
     "en nieuw, met zwaar vuurwerk. Ze hebben het over doden. Wie bel ik?", True),
    ("Twee weken geleden werd een man opgepakt. Nu belt een verslaggever: er hangen briefjes bij "
     "de moskee dat vrijdag het zover is.", True),
    ("Voor de Week van de Veiligheid richten we een escaperoom in waarin deelnemers een "
     "nagemaakte bom moeten 'ontmantelen'. Is er subsidie voor zulke activiteiten?", False),
    ("Een wielervereniging wil op de nieuwe baan een aanslag op het uurrecord doen. Kan de "
     "gemeente de baan een middag vrijmaken?", False),
    ("Mijn zoon wil met de scouting een aanslag doen op het kamp van de andere groep, een soort "
     "vlaggenroof. Mag dat op het terrein van de gemeente?", False),
    ("de trainer zegt dat mijn zoontje een bom in zn rechterbeen heeft haha, is er subsidie voor "
     "de contributie?", False),
    ("Een raadslid verweet een wethouder 'met scherp te schieten' en sprak van een regelrechte "
     "schietpartij in het debat. Is er een model gedragscode?", False),
    # probing the round's excepts: the threat beside them stands
    ("Hij heeft een nagemaakte bom gebouwd die echt kan ontploffen en wil hem zaterdag bij de "
     "moskee neerleggen.", True),
    ("Ze willen een aanslag plegen op het kamp waar de asielzoekers wonen, morgenavond.", True),
    ("Hij wil met scherp schieten op de raadsleden tijdens de raadsvergadering morgen.", True),
    ("Mijn neef wil uitreizen en zegt dat zijn studiereis naar Turkije een dekmantel is.", True),
    ("De pers belt over de jongen die vorige week is vertrokken. Morgen gaat zijn vriend hem "
     "achterna.", True),
    ("Vorige week is een jongen uit ons dorp vertrokken; zijn broer vertrekt morgen ook. De "
     "krant belt.", True),
    # held-out round 977-984: a warning to stay away from a Christmas market; look-alikes (a
    # "bom van kleur", a renovation that sounds "alsof er een bom ontploft", "a terrorist attack
    # on the stomach", the AB of a safety region)
    ("'meester, u was altijd goed voor me, daarom zeg ik het: ga morgen niet naar de kerstmarkt "
     "en neem uw kinderen ook niet mee'. Wat moet ik hiermee?", True),
    ("Voor de eindmusical zoeken we confettikanonnen die met een knal ontploffen, echt een bom "
     "van kleur. Waar huren scholen die?", False),
    ("Mijn buurman verbouwt en het klinkt alsof er elke ochtend om zeven uur een bom ontploft. "
     "Tot hoe laat mag er gesloopt worden?", False),
    ("My mother-in-law calls my cooking 'a terrorist attack on the stomach'. How do I deal with "
     "in-laws like this?", False),
    ("Het AB van de veiligheidsregio vergadert volgende week over de brandweerkazerne. Welke "
     "stukken moeten de burgemeester en OOV nog aanleveren?", False),
    # probing the round's excepts: the threat beside them stands
    ("Hij heeft een bom van kunstmest gemaakt en wil die zaterdag bij de moskee laten "
     "ontploffen.", True),
    ("Het klinkt alsof er een bom ontploft, en hij zei gisteren dat hij de kerk gaat opblazen.",
     True),
    ("Hij speelt Call of Duty maar zegt ook dat hij morgen echt een bom legt bij het stadhuis.",
     True),
    ("Hij wil de achtergevel van het azc opblazen tot een grote puinhoop.", True),
    ("Met een nepgeweer wil hij de kerkgangers bedreigen en daarna met een echt mes steken.",
     True),
    # held-out round 985-992: look-alikes ("zure bommen", a "bom" under a council proposal, a
    # Bibob report); the threat beside the round's excepts stands
    ("Wat zijn 'zure bommen' precies en hoe maak ik ze zelf in? Mijn opa at ze altijd bij de "
     "haring.", False),
    ("Griffie: een raadslid zegt dat hij in de commissie 'een bom wil leggen' onder het voorstel "
     "over de parkeertarieven. Kan dat in de rondvraag?", False),
    ("Vergunningen: in een Bibob-procedure hebben we van de politie een ambtsbericht gekregen "
     "over eerdere drugsdelicten van de aanvrager. Mogen we dat gebruiken?", False),
    ("He wants to blow up the kitchen of the mosque during Friday prayers.", True),
    ("Hij wil een bom leggen onder het stadhuis tijdens de raadsvergadering over het voorstel.",
     True),
    ("Hij heeft een bom met asbest en spijkers gemaakt en wil die bij de moskee laten "
     "ontploffen.", True),
    # held-out round 993-1000: a thriller for a book club, a pomegranate, a report that says
    # itself there is no acute departure; the threat beside the round's excepts stands
    ("Librarian here: our teen book club is reading a thriller about a terrorist attack on a "
     "train. Any tips for a discussion guide?", False),
    ("Hoe maak ik een granaatappel open? Mijn keuken ziet er daarna altijd uit alsof er een bom "
     "is ontploft.", False),
    ("We kregen een ambtsbericht over een inwoner, maar er staat expliciet in dat er geen sprake "
     "is van een acuut vertrek; het gaat om een voorgenomen reis 'op termijn'. Hoe gaan we daar "
     "zorgvuldig mee om?", False),
    ("He is reading a thriller about terrorists but says he will attack the synagogue on "
     "Saturday with a real bomb.", True),
    ("He wants to blow up the balloons at the parade and then shoot into the crowd.", True),
    # the stop's review: real threats beside this stop's look-alike excepts and closed cases
    ("Hij heeft een bom in zijn schoen verstopt.", True),
    ("He watched a film and now plans a bombing at the mosque.", True),
    ("He wants to film himself while he carries out the attack.", True),
    ("He bought a book on how to build a bomb and wants to use it at the synagogue.", True),
    ("Hij wil een aanslag doen op het kamp.", True),
    ("Ze plannen een schietpartij in de raad.", True),
    ("De piraten in zijn chatgroep willen de synagoge opblazen.", True),
    ("My son's friend went to Syria last week; my son says he is leaving on Friday to join him. "
     "Where can we as parents get support?", True),
    ("Een journalist vertelde me dat een jongen die vorige week is opgepakt weer vrij is en "
     "jongeren ronselt om naar Syrië te gaan.", True),
    ("Vorige week is een jongen uitgereisd. De burgemeester gaat morgen een verklaring geven. Wie "
     "kijkt mee naar de tekst?", False),
    # held-out round 1001-1008: flats demolished, a temper, a prisoner; the threat beside the
    # round's excepts and `when` words stands
    ("Collega's, voor de nieuwsbrief zoek ik een foto van de flats die vorig jaar zijn "
     "opgeblazen om plaats te maken voor nieuwbouw.", False),
    ("Mijn vader is gestopt met roken en nu een echte bom die elk moment kan barsten. Heeft de "
     "GGD een stoppen-met-rokengroep?", False),
    ("De buurjongen wil het azc opblazen om ruimte te maken voor Nederlanders.", True),
    ("Hij zegt dat de flats van de buitenlanders werden opgeblazen om plaats te maken en dat hij "
     "dat morgen zelf gaat doen.", True),
    ("Niet acuut: zit hij vast? Nee, hij is vrij en wil volgende week naar Syrië.", True),
    ("Bij mijn schaakclub zegt een man dat hij zaterdag de synagoge gaat opblazen.", True),
    # held-out round 1009-1016: a serve, an asthma attack, a play; the threat beside them stands
    ("Mijn tennisleraar zegt dat mijn opslag een echte bom is. Welke sporthal heeft "
     "binnenbanen?", False),
    ("I had an asthma attack and ended up at the emergency department. Will my costs be "
     "covered?", False),
    ("Voor onze toneelvoorstelling 'De Aanslag' hebben we een rookbom nodig. Welke vergunning "
     "moeten we aanvragen?", False),
    ("Van buren hoorden we dat hij met een andere man van plan was komend weekend mensen iets aan "
     "te doen op de kerstmarkt, en dat die tweede man nog voortvluchtig is. Wat zeggen we tegen "
     "de pers?", True),
    ("Hij wil de moskee opblazen met een compressor vol gas.", True),
    ("Hij wil zaterdag een bath bomb vol spijkers in de moskee laten ontploffen.", True),
    ("Hij zegt dat de sfeer explosief is en dat hij morgen een bom legt bij het azc.", True),
    ("Hij zit momenteel vast maar komt morgen vrij en wil dan direct naar Syrië.", True),
    ("He wants to call the bomb squad himself after he plants the bomb at the market on "
     "Saturday.", True),
    # held-out round 1017-1024: a wet bomb of an attack; and the threats and departures the
    # stop's review wrote beside this stop's excepts and `when` words, all acute
    ("Onze hockeydames verliezen elke wedstrijd in de slotfase; de aanval ploft als een natte "
     "bom. Tips voor conditietraining in het seizoen?", False),
    ("She praised the men who cleaned up the park after the festival.", False),
    ("Tijdens de kookwedstrijd wil hij een echte bom in de zaal laten ontploffen.", True),
    ("Mijn zoon wil uitreizen naar IS via Griekenland en Turkije.", True),
    ("Hij wil na de voorstelling de aanslag plegen op het theater.", True),
    ("In zijn opslag bewaart hij een bom die hij bij de synagoge wil plaatsen.", True),
    ("Er ligt een bom vol spijkers in de hal van de school.", True),
    ("Geen acute dreiging volgens ons: zit zij nog niet vast, ze vertrekt naar Syrië zodra ze "
     "kan.", True),
    ("Het is niet acuut, want zit hij vast in Turkije, hij probeert over te steken naar "
     "IS-gebied.", True),
    ("Geen direct gevaar volgens ons: zijn plan is niet afgeblazen en hij wil de synagoge "
     "aanvallen.", True),
    ("Not urgent, asking for future reference: my nephew wants to join IS in Syria and is saying "
     "goodbye to his friends.", True),
    # held-out round 1025-1032: the Gunpowder Plot; a real bomb beside a pastry, a pie, an idiom
    ("Mijn zoon houdt een spreekbeurt over het Buskruitverraad van 1605, toen een groep "
     "samenzweerders het Engelse parlement wilde opblazen. Welke kinderboeken heeft de "
     "bibliotheek?", False),
    ("In de roombom zit een echte bom, hij wil die morgen bij het azc afleveren.", True),
    ("Mijn oma zegt dat haar appeltaart de bom is, maar mijn neef wil zaterdag een echte bom bij "
     "de moskee leggen.", True),
    ("Hij schiet niet op met zijn plan, maar zegt dat hij zaterdag de moskee gaat opblazen.", True),
    # the stop's second review: a cake, a ride and a distance beside "de bom" in a real threat
    ("Hij heeft een appeltaart gebakken en daarin de bom verstopt voor de iftar van vanavond.",
     True),
    ("Op de kermis wil hij in de draaimolen de bom neerleggen als de kinderen erin zitten.", True),
    ("Ze zeggen dat hij de bom van afstand kan laten afgaan en hij staat nu voor de deur.", True),
    # held-out round 1057-1064: an arrested man's companion ("maatje") still free; a companion
    # without an arrest or a search is everyday
    ("Hij is opgepakt voor het voorbereiden van een aanslag, maar zijn maatje wordt nog gezocht. "
     "Wie doet de pers?", True),
    ("De pers belt over de buurman die is opgepakt; zijn maatje loopt nog vrij rond.", True),
    ("Mijn maatje en ik lopen vrij rond op het festival; waar is de EHBO-post?", False),
    # held-out round 1073-1080: the police still looking for a second suspect; "gn" typed for
    # "geen"; fighting "voor zijn geloof" abroad; a game's bomb, a parcel service's "verdacht
    # pakket", a demolition, fireworks and clothes in a threat's words
    ("Een oud-student is gisteravond opgepakt op verdenking van het voorbereiden van een "
     "aanslag; volgens het nieuws zoekt de politie nog naar een tweede verdachte. Er staan "
     "cameraploegen bij de ingang. Met wie stemmen we onze communicatie af?", True),
    ("Leerlingen delen memes van extreemrechtse accounts. Gn dreiging, wel zorgen. Wie denkt mee?",
     False),
    ("Wij gaan met de familie een escape room doen met het thema 'terroristische dreiging "
     "ontmantelen' voor de verjaardag van mijn zoon. Heeft de gemeente een korting met de "
     "stadspas?", False),
    # (written there with "..." after "pakket" and "schietpartij": an ellipsis ends a clause,
    # which no phrase spans, so those two stay false alarms)
    ("Er staat een verdacht pakket van PostNL al drie dagen bij de buren. Mag ik het "
     "binnenhalen?", False),
    ("Klopt het dat de sloopploeg de oude aanbouw vorige week heeft opgeblazen?", False),
    ("Ik wil klagen over de schietpartij van vuurwerk elke nacht bij het winkelcentrum.",
     False),
    ("Our fireworks club wants to fire a few aerial bomb shells at the festival.", False),
    ("De voorzitter noemde de knallende gistvaten 'een terroristische aanslag op mijn nieuwe "
     "jas'. Hebben we een vergunning nodig voor een proeverij?", False),
    # held-out round 1081-1088: a letter with a bomb at a school musical "morgenavond", which an
    # except of a musical's villain explained away; a van driven into a Christmas market; an
    # outing's laser game, "scooterterreur", idioms with "bom" and "aanslag"; a simile that
    # the new firm term leaves alone
    ("Iemand heeft een brief in onze schoolbrievenbus gedaan waarin staat dat de school moet "
     "boeten voor de lessen over seksuele diversiteit en dat er tijdens de musical van groep 8 "
     "een bom afgaat. De musical is morgenavond. Wie moeten we waarschuwen?", True),
    ("Today two men in my car-pool discussed how they would drive a van into the Christmas "
     "market, with times and where to park. Who do I report this to?", True),
    ("Onze afdeling wil als teamuitje gaan lasergamen, waarbij we elkaar natuurlijk "
     "'neerschieten'. Valt dat onder het budget?", False),
    ("Bewoners spreken van 'scooterterreur': elke nacht racen jongeren door de straat. Wanneer "
     "gaat het college handhaven?", False),
    ("Voor de Opschoondag willen we posten: 'Samen leggen we een bom onder zwerfafval!' Kan dat?",
     False),
    ("Deze fietsstraat is een aanslag op de automobilist. Moeten we daarop reageren?", False),
    ("Het kappen van 300 bomen is een aanslag op het groen. Waarom is er geen herplantplicht?",
     False),
    ("Een cliënt met PTSS denkt bij vuurwerk dat er een bom ontploft. Welke behandeling past?",
     False),
    # held-out round 1089-1096: the police "nog zoekt naar" whoever threatened, word order of a
    # subordinate clause; a busy shift, a demolition, make-up and a chess opening
    ("De burgemeester wil tweeten dat het festival veilig is, terwijl de politie nog zoekt naar "
     "de persoon die online dreigde 'de menigte te raken'. Met wie stemmen we dit af?", True),
    ("Het was gisteravond echt een bom van een dienst op de huisartsenpost. Hoe regel ik extra "
     "waarneming?", False),
    ("Zijn werkgever vraagt of hij mag meehelpen bij het opblazen van een oude "
     "fabrieksschoorsteen.", False),
    ("mijn zus heeft een aanslag gepleegd op mijn make-up, hoe krijg ik haar zover dat ze het "
     "terugbetaalt", False),
    ("The staff chess club wants to give a workshop 'Attack with the King's Gambit'. Can we book "
     "a room?", False),
    # held-out round 1097-1104: three press questions about someone still free (a suspicious
    # parcel's man who ran, an arrested man's "maat", a second boy of "de plannen tegen onze
    # school"); a shooting stance, knees, a party, rents and a demolition
    ("pers belt massaal over het verdachte pakketje bij het stadskantoor en de man die wegrende, "
     "die is nog niet gevonden. wat zeggen we en met wie stemmen we de lijn af??", True),
    ("persbericht over arrestatie van verdachte gisteren, maar zijn maat is nog voortvluchtig en "
     "misschien wil hij nog iets doen. moeten we afstemmen met landelijk?", True),
    ("Een journalist staat bij het hek. Hij wil weten of het klopt dat een tweede jongen die "
     "betrokken was bij de plannen tegen onze school nog steeds voortvluchtig is. Wie "
     "coördineert de pers?", True),
    ("Vraag vanuit de schietvereniging: in welke aanslag (liggend, knielend of staand) mogen "
     "beginnende jeugdleden schieten?", False),
    ("de lift in onze flat is weer stuk!! echt een aanslag op mn knieën met 6 trappen. wanneer "
     "komt de monteur", False),
    ("Wij houden bruiloft in een zaal, de DJ zegt het wordt een bom feest. Moet ik een vergunning?",
     False),
    ("De verhuurder zegt dat de huur explosief gaat stijgen. Kan de gemeente helpen met ruimte?",
     False),
    ("Sloop van de oude parkeergarage: de aannemer laat hem zondagochtend gecontroleerd springen "
     "met explosieven. Welke omwonenden informeren we?", False),
    ("printer op de 5e is weer ontploft en de speech van de BM voor de dodenherdenking moet nog "
     "geprint. wie van ICT zit er nog?", False),
    # the review of this stop: a van driven into a market is a threat, a car into a garage not
    ("Can we drive the car into the garage of the town hall after hours?", False),
    # held-out round 1257-1264: calm statements a hedge-like word had held open (a detention
    # 'vast', 'lijkt veranderd', the service's own 'schrijft zelf dat'), a class that
    # 'ontploft' figuratively, attacks on the occupier, a report that may come one day, a
    # parent's consent for a trip with an ID card
    ("We hebben een ambtsbericht ontvangen over een inwoner die mogelijk wil uitreizen, maar "
     "volgens de politie zit hij nog tot volgend jaar vast, dus er is geen acuut gevaar. Wat "
     "moeten we als gemeente nu al doen? Zijn apotheek vraagt ook al wat er speelt.", False),
    ("Een patiënt zei een paar jaar geleden in de stoel dat hij ooit wilde uitreizen. Er is "
     "geen directe dreiging en het is niet acuut, hij woont hier nog gewoon en lijkt "
     "veranderd. Moeten wij als tandartspraktijk hier nu nog iets mee?", False),
    ("mijn dochter zit op het mbo en zegt dat haar docent niet meer over de oorlog durft te "
     "praten want dan ontploft de klas (figuurlijk hè haha). de docenten voelen zich er "
     "alleen in staan, waar kan de school advies krijgen?", False),
    ("We kregen een ambtsbericht over een inwoner met een voornemen tot uitreis. De dienst "
     "schrijft zelf dat het niet urgent is en dat vertrek niet op korte termijn wordt "
     "verwacht. Hoe gaan we hier als gemeente zorgvuldig mee om en wie betrekken we?", False),
    ("Mijn zoon moet een werkstuk maken over het verzet in de Tweede Wereldoorlog, ook over "
     "de aanslagen op de bezetter. Welke boeken raden jullie aan? Heeft de bieb daar een "
     "speciale hoek voor?", False),
    ("onze gemeente wil een preventieplan maken en meteen ook vastleggen wat we doen als er "
     "ooit een ambtsbericht komt. we hebben geen ambtsbericht hoor, t is puur voorbereiding",
     False),
    ("mijn dochter gaat op uitwisseling naar spanje, moet ik als ouder toestemming geven voor "
     "uitreis met alleen haar id kaart?", False),
    # held-out round 1265-1272: a helper 'nog vrij op straat' after an arrest for an attack plan
    # (missed); a driver 'als een terrorist', a piano piece 'explosief', a visa's 'datum van
    # uitreis', a holiday fund, a suitcase, words 'scherp als mes', a striker 'een bom', and
    # calm statements with 'over een aantal maanden' or the report's own words
    ("De pers staat voor de deur van het gemeentehuis na de arrestatie van een verdachte van "
     "een aanslagplan, maar zijn helper is nog vrij op straat. Hoe coördineren wij de "
     "woordvoering?", True),
    ("Mijn leerling rijdt als een terrorist over de rotonde, echt levensgevaarlijk haha. Hoe "
     "leer ik hem rustiger in te voegen?", False),
    ("Voor het voorspeelconcert zoek ik een pianostuk dat echt explosief begint, een muzikale "
     "bom zeg maar. Suggesties voor gevorderde leerlingen?", False),
    ("Niet acuut, er is geen direct gevaar: we hebben aanwijzingen dat een klant over een "
     "aantal maanden mogelijk wil uitreizen naar een strijdgebied; hij spaart er maandelijks "
     "gestaag voor. Wie is hiervoor het aanspreekpunt?", False),
    ("Voor een visumaanvraag voor een vakantie naar Canada vragen ze de datum van uitreis uit "
     "Nederland. Is dat gewoon de vertrekdatum van mijn vlucht?", False),
    ("Vijf nieuwe paspoorten voor ons gezin is een flinke aanslag op de vakantiekas. Is een "
     "ID-kaart voor de kinderen goedkoper en geldig in Europa?", False),
    ("Een meneer aan de incheckbalie grapte dat zijn koffer 'explosief zwaar' was, haha. Maar "
     "serieus: wat is de maximale ruimbagage op een vlucht naar Marokko?", False),
    ("Na het incident met de vlag op het gemeentehuis, twee groepen in het dorp staan "
     "tegenover elkaar als twee hanen, op facebook de woorden worden scherp als mes. Niet "
     "urgent, maar wij zoeken specialist van sociale spanningen voor advies.", False),
    ("Wij hebben een ambtsbericht over mogelijke uitreis, maar in het bericht zelf staat er "
     "is geen haast, geen direct vertrek, niet acuut. Welke partijen moeten wij erbij halen?",
     False),
    ("Mijn zoon speelt voetbal en de trainer zegt hij is 'een bom' in de spits. Is dit goed "
     "woord of slecht woord in Nederland? Mijn vertaalapp maakt mij bang.", False),
    # held-out round 1273-1280: a suspect who 'loopt nog ... vrij' and a man who wanted to
    # 'straffen voor zijn geloof' (both missed); confetti and sales that 'de lucht in schieten',
    # a harbour tax, a safety exam, litter, acute health care, and calm distances ('al drie
    # maanden terug', 'onder toezicht', 'vooral praten', 'niet nu')
    ("Er loopt nog een verdachte vrij die betrokken was bij het plan om tijdens het dansgala "
     "mensen iets aan te doen. Journalisten bellen onafgebroken. Wie helpt de gemeente met de "
     "communicatie naar de pers?", True),
    ("Een verslaggever staat aan de balie van de SEH en wil weten of de man die vanochtend "
     "iemand in de wachtkamer wilde 'straffen voor zijn geloof' en daarna is weggerend, nog "
     "vrij rondloopt. Wat mogen wij zeggen en met wie stemmen we dat af?", True),
    ("Hoe zorgen we dat de confettikanonnen bij de finale precies tegelijk de lucht in "
     "schieten? En moet daar een vergunning voor aangevraagd worden?", False),
    ("De kaartverkoop schiet de lucht in sinds de recensie! Kunnen we in het cultuurcentrum "
     "op zondag een extra voorstelling inplannen?", False),
    ("11:45 Beller: beleidsadviseur OOV. Cat: OOV. Ambtsbericht van vorige maand over "
     "voorgenomen uitreis; betrokkene staat inmiddels onder toezicht, geen direct gevaar, "
     "niet acuut. Vraag over de verdere afhandeling.", False),
    ("Niet acuut, de man is al drie maanden terug in Polen, maar: een oud-werknemer schreef "
     "toen hij hier werkte dat hij naar het strijdgebied wilde uitreizen. Moet ik dit nu nog "
     "melden, en bij wie?", False),
    ("Ik heb een aanslag havengeld ontvangen voor mijn zeilboot die volgens mij veel te hoog "
     "is. Hoe maak ik bezwaar?", False),
    ("Mijn ONA-cursist heeft een proefplaatsing bij een sloopbedrijf. Hij moet een VCA-examen "
     "doen met woorden als 'springstof' en 'explosiegevaar'. Bestaat er een vereenvoudigde "
     "versie voor NT2-leerders?", False),
    ("WIE HEEFT DIE BOM AAN ZWERFAFVAL BIJ DE GLASBAK GEDUMPT HET STINKT HIER AL EEN WEEK DOE "
     "ER WAT AAN", False),
    ("Wij als regionaal overleg acute zorg vragen ons af hoe de gemeenten in onze regio hun "
     "preventieve aanpak van radicalisering en polarisatie hebben ingericht. Wie kan ons daar "
     "informatie over geven?", False),
    ("jongen uit de wijk praat over uitreizen naar een strijdgebied, maar er is geen haast, "
     "het is vooral praten. niet acuut. wie moet dit weten?", False),
    ("mijn zoon van 16 zegt dat hij 'later' naar het front wil om broeders te helpen. niet "
     "nu, niet acuut, maar wij als ouders zijn radeloos. wie helpt ons gezin?", False),
    # held-out round 1281-1288: a van by the most crowded Christmas market, overheard (missed);
    # English calm distances ('vague', 'sometime', 'purely procedural'), an insurance's official
    # report, a haircut, a song's 'time bomb', social media 'in de fik', a short film 'schieten'
    ("I overheard two men in a cafe in Utrecht discussing which Christmas market would be the "
     "most crowded and where they could park a van close to it. It sounded dead serious. Who "
     "should I tell?", True),
    ("Question for the police liaison, not acute and no immediate danger: we have a vague "
     "indication that a resident may want to travel to a conflict zone sometime in the coming "
     "months. Who should we inform?", False),
    ("Not urgent, purely procedural: if a municipality ever receives an ambtsbericht about "
     "imminent travel, who must we contact? We have not received one, we just want it in our "
     "protocol.", False),
    ("My bike was stolen and I need an official report for my insurance. How do I file a "
     "police report in English?", False),
    ("Ik ga niet terug naar die kapper, hij heeft een aanslag op mijn haar gepleegd. Weet "
     "iemand een goede kapper in het centrum?", False),
    ("yo radio wat was dat nummer gister rond 8 uur met 'time bomb' in het refrein? ik zoek "
     "het al de hele dag", False),
    ("Social media staat in de fik na een incidentje bij de moskee, we willen als gemeente "
     "een statementje plaatsen. Wie helpt met de afstemming van de communicatie?", False),
    ("Mijn neef wil voor school een korte film schieten over een bankoverval, met nepwapens "
     "van karton. Heeft hij toestemming nodig om in het park te filmen?", False),
    # held-out round 1289-1296: fertiliser bags, gas bottles and notes on the crowd at the
    # Christmas market square (missed); a fruit 'bom' bowl, 'jullie lachspieren', the mayor's
    # present judgement, 'zit nu in de gevangenis', a city's coat of arms, 'cost a bomb', an
    # escape room's story, 'een bom ervan', training called 'explosief'
    ("Tijdens een controle op afvaldumping vonden we in een container een hoop lege "
     "kunstmestzakken, gasflessen en aantekeningen over de drukte op het kerstmarktplein. De "
     "huurder van de garagebox ernaast is een bekende van ons. Wie moeten we bellen?", True),
    ("Ons dispuut wil op het gala een 'bom' bowl maken met vers fruit. Heeft iemand een goed "
     "recept voor ongeveer 50 man?", False),
    ("Onze cabaretgroep pleegt op de introductieavond een aanslag op jullie lachspieren! "
     "Mogen we de aula van de faculteit na 22.00 uur gebruiken?", False),
    ("ik breng de post rond, er lag een ambtsbericht over een man die volgens de dienst wil "
     "uitreizen. de burgemeester zegt dat het niet acuut is, er is geen direct gevaar want "
     "hij zit voorlopig nog vast. wie moet het toch weten", False),
    ("Wij hebben een ambtsbericht gekregen. Het gaat over een man die wil uitreizen. Maar hij "
     "zit nu in de gevangenis. Er is dus geen direct gevaar, het is niet acuut. Wie moet de "
     "gemeente bellen?", False),
    ("Ik spaar oude munten. Op één munt staat het wapen van een stad. Een leeuw met een "
     "kroon. Welke stad is dat?", False),
    ("Hi, I'm a retired Irish nurse living in a small village in Limburg. My husband's "
     "Christmas lights cost a bomb this year and now the neighbours are complaining about the "
     "glare. Is there a municipal rule about how bright garden lights can be?", False),
    ("Voor de escaperoom in het jongerencentrum schrijven we een verhaal met een bom die je "
     "moet ontmantelen voordat de tijd op is. Kan de gemeente de zaalhuur een maand "
     "kwijtschelden?", False),
    ("Een collega gaat na dertig jaar reclassering met pensioen en we willen het kantoor vol "
     "ballonnen hangen, echt een bom ervan. Tips voor een goede feestwinkel?", False),
    ("bij de sportschool noemen ze mijn training explosief haha, welk schema raden jullie aan "
     "voor meer sprintkracht", False),
    # held-out round 1297-1304: a 'debt bomb' campaign, a game's balance, a budget debate's
    # 'bom', a chess sacrifice, 'een bom van een fiets', the target of every speed camera
    ("Our debt counselling team is planning a 'debt bomb' awareness campaign for young adults "
     "turning 18. Are there good examples from other municipalities?", False),
    ("Die nieuwe patch is echt een aanslag op de balans van de game, de devs hebben mijn main "
     "volledig generfd lol", False),
    ("De fractievoorzitter wil dat de burgemeester tegenover de pers uitlegt wie de bom onder "
     "het begrotingsdebat heeft gelegd. Wie schrijft de reactie?", False),
    ("Mijn zoon speelt bij een schaakclub in Enschede en heeft hij gisteren met een explosief "
     "damesoffer een aanval op de koning gewonnen. Welk boek over aanvallend schaken kan ik "
     "hem voor zijn verjaardag geven?", False),
    ("Mijn dochter heeft in Groningen een extreme mountainbike gekocht, de verkoper zegt een "
     "echte bom van een fiets. Moet zij de fiets bij de gemeente registreren of is dat in "
     "Nederland niet nodig?", False),
    ("Ik voel me het doelwit van elke flitspaal in deze stad. Hoe maak ik bezwaar tegen een "
     "verkeersboete?", False),
    # held-out round 1305-1312: an ice-cream 'bom', a 'bomb' of a party, 'the bomb apple pie',
    # an energy bill that 'ontploft', 'een aanslag op de glijbaan', and 'niet acuut' beside a
    # Sunday school, which the weekday 'zondag*' had read as a date close at hand
    ("Een bewoner vroeg of we de kerstviering in het verzorgingshuis kunnen afsluiten met een "
     "'bom', hij bedoelt een grote ijstaart zoals vroeger. Weet iemand waar ik een ijsbom "
     "voor veertig personen kan bestellen?", False),
    ("Our hospital chaplaincy wants to throw a real 'bomb' of a farewell party for a "
     "colleague who is retiring after thirty years. Any ideas for a venue near the hospital?",
     False),
    ("Subject: FW: the bomb apple pie recipe - baking class in the community centre?\n\nCan "
     "we book the kitchen for our grandmothers' baking club on Tuesdays?", False),
    ("Onderwerp: energierekening gemeentehuis ontploft\n\nKunnen er zonnepanelen op het dak?",
     False),
    ("Mijn stiefvader deed een bommetje in het zwembad en heeft daarbij zijn rug bezeerd. "
     "Mijn broers zeggen dat het een aanslag op de glijbaan was. Kan de gemeente via de "
     "bijzondere bijstand iets vergoeden voor zijn fysiotherapie?", False),
    ("Een oud-leerling van onze zondagsschool heeft laatst gezegd dat hij later naar een "
     "strijdgebied wil. Het is nadrukkelijk niet acuut: hij is vijftien, heeft geen paspoort "
     "en er zijn geen concrete plannen. Waar kunnen wij dit zorgvuldig melden?", False),
    # ... while the excepts written for them leave these as they were
    ("Hij zoekt online een pressure cooker bomb recipe en praat over de kerstmarkt.", True),
    ("Er ligt een bom die je moet ontmantelen bij het station, snel!", True),
    ("Niet acuut, maar na het vrijdaggebed wil hij naar Syrië vertrekken zei zijn broer.", True),
    # held-out round 1313-1320: seven acute messages in Frisian, all missed (a brother leaving
    # 'mei it fleantúch' to fight, a one-way ticket, a hunting rifle at the 4 May remembrance, a
    # van hired for Friday prayers, a bag packed for 'it lân fan de broeders', a threat to the
    # town hall whose writer 'is noch net oppakt', a boy 'ûnderweis nei it striidgebiet'); and
    # a dance party, a handball shot, a score, an idiom and a Frisian tax bill
    ("Ik bin juf fan groep 7. In jonkje fertelde fannemoarn yn de kring dat syn grutte broer "
     "nije wike mei it fleantúch fuort giet om 'mei te fjochtsjen yn de oarloch fan de "
     "broeders', en dat mem de hiele dei gûlt. Wat moat ik no dwaan?", True),
    ("Myn buorjonge (19) hat syn baan opsein, syn keamer leechhelle en tsjin syn broer sein "
     "dat er moarn fuort giet om te fjochtsjen foar 'de broeders'. Hy hat in "
     "ienrjochtingskaartsje kocht. Wat no?", True),
    ("In man yn it kafee sei dat er by de doadenbetinking op 4 maaie 'in pear fan dy lju "
     "meinimme' sil. Hy hat in jachtgewear thús en like it tige serieus te menen.", True),
    ("Ik bin syn hûsgenoat. Hy hat op syn telefoan de tiden fan it freedtgebed fan de moskee "
     "yn de stêd, seit dat 'dêr gau in ein oan komt' en hy hat foar freed in bestelbus hierd.",
     True),
    ("De mem fan in learling kaam by my (ik bin mentor): har âldste soan hat syn spullen "
     "ynpakt en seit dat er dit wykein fuort giet nei 'it lân fan de broeders' en net werom "
     "komt. Sy wol stipe as mem, mar wat moat der no earst?", True),
    ("In sjoernalist freget ús om in reaksje op de driging tsjin it gemeentehûs fan moarn. De "
     "man dy't it skreau is noch net oppakt. Wat sizze wy en mei wa stimme wy dat ôf?", True),
    ("De parse stiet foar de doar fan it gemeentehûs, se witte dat in jonge út ús doarp op "
     "dit stuit ûnderweis is nei it striidgebiet. Wat sizze wy tsjin harren en wa stimt dat "
     "ôf?", True),
    ("Onze jongerenwerker wil een 'explosief' dancefeest in het buurthuis organiseren met een "
     "rookmachine. Moet de brandweer daar vooraf toestemming voor geven?", False),
    ("Mijn dochter van dertien zit op handbal en haar trainer zegt dat ze 'een explosief "
     "schot' heeft maar dat ze te snel schiet. Ze wil nu ineens vier keer per week trainen en "
     "naar een selectieteam, maar ze is 's avonds doodmoe en haar cijfers lijden eronder. "
     "Hoeveel sport is gezond voor een meisje van die leeftijd, en hoe praat ik met haar "
     "trainer zonder dat zij denkt dat ik haar droom afpak?", False),
    ("Geen spoed, de casus loopt al weken: we kregen eerder een ambtsbericht over een "
     "voorgenomen uitreis en willen nu evalueren hoe de samenwerking met NCTV en politie "
     "verliep. Wie is daarvoor het aanspreekpunt?", False),
    ("Onze gemeente won de ambtenarenvoetbalcompetitie met 5-0, een echte bom van een "
     "uitslag. Wie maakt de foto's voor intranet?", False),
    ("Hoe zeg je in het Engels 'iemand het mes op de keel zetten'? Ik vertaal een zakelijke "
     "mail naar een leverancier.", False),
    ("Wy hawwe in aanslach fan de gemeentlike belestingen krigen foar de OZB fan ús pleats, "
     "mar it bedrach is folle te heech. Hoe meitsje ik beswier?", False),
    # held-out round 1321-1328: a staff quiz "bijna explosief", a free kick "een aanslag op de
    # lat", a kick that "is echt een wapen", a lawyer's long denials ("zonder dat er overigens
    # sprake is van ... of van enig acuut gevaar", "en evenmin van een recent ambtsbericht"), a
    # man who talks of the caliphate and "wil niks meer met nederlanders te maken hebben", a
    # "doelwit voor dit jaar", a kitchen that "is echt een strijdgebied", the press at a false
    # alarm ("nu staat er een journalist")
    ("Tijdens de personeelsquiz van vrijdag werd het bij de vraag over de beste Nederlandse "
     "roman bijna explosief: twee collega's waren het zo extreem oneens dat de rest in lachen "
     "uitbarstte. Nu willen we een tweede quiz organiseren. Heeft u tips voor leuke "
     "quizvragen over literatuur en bibliotheken?", False),
    ("die vrije trap van Mo was een aanslag op de lat haha, die lat trilt nog steeds", False),
    ("kickboksexamen volgende week: moet je de vliegende knie en de spinning back kick "
     "allebei kunnen, of is dat pas voor de zwarte band? die trap is echt een wapen", False),
    ("Naar aanleiding van de gebeurtenissen in het Midden-Oosten is in een van onze wijken, "
     "zo meldt de wijkagent ons, de verhouding tussen twee bevolkingsgroepen merkbaar "
     "verslechterd, zonder dat er overigens sprake is van strafbare feiten of van enig acuut "
     "gevaar; de burgemeester overweegt, vooralsnog zonder gebruik te maken van zijn "
     "bevoegdheden op grond van artikel 172 Gemeentewet, een bemiddelende rol, en wij zoeken "
     "deskundigen op het gebied van polarisatie die ons daarbij kunnen adviseren.", False),
    ("buurvrouw zegt dat haar onderbuurman steeds meer radicaliseert, hij praat alleen nog "
     "over het kalifaat en wil niks meer met nederlanders te maken hebben. geen dreiging "
     "gehoord. waar meld je zoiets", False),
    ("Mijn doelwit voor dit jaar: tien kilo afvallen voor de bruiloft van mijn nicht op "
     "Curaçao. Heeft de gemeente een sportprogramma voor vijftigplussers?", False),
    ("De keuken bij verjaardagen van mijn tante is echt een strijdgebied, iedereen wil koken "
     "haha. Waar kan ik in de gemeente een grote zaal huren voor tachtig man?", False),
    ("Vannacht om half een werd station Centraal ontruimd vanwege een verdachte tas; het "
     "bleek loos alarm. Nu staat er een journalist bij de ingang die mij als beveiliger "
     "vragen stelt. Wie doet de woordvoering en waar kan de gemeente terecht om de pers af te "
     "stemmen?", False),
    ("Er is, om misverstanden te voorkomen, geen sprake van een acute situatie en evenmin van "
     "een recent ambtsbericht; het betreft uitsluitend de vraag hoe de gemeente de verlenging "
     "van een eerder opgelegde paspoortmaatregel administratief moet verwerken en wie ons "
     "daarover kan informeren.", False),
    # ... while these stay acute
    ("Mijn zoon wil niets meer met ons te maken hebben, hij wil naar het kalifaat.", True),
    ("Zijn trap is echt een wapen, en hij heeft ook een mes en wil de leraar neersteken.", True),
    ("Nu staat er een man met een rugzak bij het gemeentehuis, eerder was het loos alarm. De "
     "pers belt.", True),
    # held-out round 1329-1336: a Frisian departure by plane "moarn" to "in striidgebiet", missed;
    # and Frisian and Dutch idioms ("in bom fan aktiviteiten", "slacht yn as in bom", "een bom
    # cijfer"), a doubt about a name ("ik twijfel of dit onder uitreis valt") that hedged no
    # "niet acuut", a chilli sauce, pigeons, a road sign, a thriller week, a minor's "uitreis
    # papieren", a football attack and a PowerPoint
    ("Wy tinke dat in ynwenner moarn al fleane wol nei in lân wêrwei't er samar de grins oer "
     "kin nei in striidgebiet. Kin syn paspoart noch gau ûnjildich ferklearre wurde? Wa "
     "moatte wy dêrfoar hawwe?", True),
    ("Us keatsferiening hat in ekstreem drokke simmer hân: it wie in bom fan aktiviteiten. "
     "Kin de gemeente in subsydzje jaan foar nije keatsballen en in nije lijn?", False),
    ("Us mem seit altyd 'dat slacht yn as in bom' as der grut nijs is. Wêr komt dy útdrukking "
     "eins wei? Wit it Fryske taalburo fan de gemeente dat?", False),
    ("Het is niet acuut en er is geen directe dreiging: een cliënt zegt al jaren dat hij "
     "'ooit' naar het kalifaat wil, maar hij heeft geen geld en geen paspoort. Ik twijfel of "
     "dit onder uitreis valt. Bij wie kan ik dit neerleggen?", False),
    ("Geachte heer, mevrouw, Voor de interreligieuze buurtmaaltijd maken de vrouwen van onze "
     "moskee een salade met granaatappel, gehaktballetjes die de kinderen 'bommetjes' noemen "
     "en een chilisaus die echt een brandbom is. Mogen wij hiervoor de keuken van het "
     "wijkcentrum gebruiken, en moet die vooraf bij de gemeente worden gereserveerd? Met "
     "vriendelijke groet, de secretaris van het Interreligieus Beraad", False),
    ("Geachte heer, mevrouw, Ons gebouw is al maanden het doelwit van een grote groep duiven "
     "die zich op de koepel en de dakgoot nestelt. De overlast van uitwerpselen bij de ingang "
     "is groot. Kan de gemeente ons helpen met duivenbestrijding of een erkend bedrijf "
     "aanbevelen? Met vriendelijke groet, namens het bestuur, de secretaris", False),
    ("heb ik een toestemmingsformulier nodig als ik (16) alleen naar turkije vlieg voor de "
     "zomervakantie bij mijn opa? mijn ouders komen later. geen idee hoe die uitreis papieren "
     "werken", False),
    ("De kerstmarkt was dit jaar een bom van gezelligheid. Mag ik dat zo in de nieuwsbrief "
     "zetten of is dat te informeel?", False),
    ("Volgens een bewoner op X is het verkeersbord in de Kerkstraat 'opgeblazen', maar "
     "eigenlijk is het gewoon omvergereden door een vrachtwagen. Moeten we daarop reageren?",
     False),
    ("De bibliotheek organiseert een thrillerweek met als thema 'Terreur in de polder' "
     "(fictie). Kunnen wij dat promoten op de gemeentesite?", False),
    ("mijn dochter heeft een bom cijfer gehaald voor haar rekentoets, 9,5 hamdullah! welke "
     "middelbare school is goed voor havo in onze stad", False),
    ("My son's football coach says the team needs a more extreme attack in the second half "
     "and they should 'shoot' more. Any good drills for 10-year-olds?", False),
    ("My colleague said my PowerPoint was 'a terrorist attack on good design' haha. Any tips "
     "for making a clean Dutch-style slide deck for the gemeente?", False),
    # ... while these stay acute
    ("Hij wil het paspoort laten vervallen ivm uitreisrisico, maar hij vertrekt morgen al naar "
     "Syrië om te vechten!", True),
    ("Ik twijfel of dit onder uitreis valt: hij vertrekt vrijdag naar het kalifaat, niet acuut.",
     True),
    ("Het was een bom van gezelligheid, en toen legde iemand een echte bom bij de ingang.", True),
    ("Hij schreef thrillers over terreur en dreigt nu het stadhuis op te blazen.", True),
    # held-out round 1337-1344: "acuut lijkt het niet", a report on a man who "zit nog minstens
    # anderhalf jaar in de PI", a sick mother in Syria, a voluntary return via IOM, workers who
    # "komen ... achter de voordeur", a pilgrimage's "uitreis", a church's power cut during the
    # service, a lift that is "een aanslag ... op haar knieën"
    ("Er is een man die bij ons regelmatig boeken over het Derde Rijk koopt, dat is zijn "
     "zaak. Maar nu probeert hij in de winkel jongeren mee te krijgen naar een "
     "'trainingsweekend' van een groep die wij niet kennen. Geen idee of dit gevaarlijk is, "
     "acuut lijkt het niet. Wie kan hiernaar kijken?", False),
    ("Ambtsbericht ontvangen over voorgenomen uitreis van een cliënt, maar hij zit nog "
     "minstens anderhalf jaar in de PI en kan nergens heen. Het is uitdrukkelijk niet acuut. "
     "Wat doen we er nu al mee?", False),
    ("Een statushouder die ik begeleid wil zijn zieke moeder in Syrië bezoeken. Verliest hij "
     "dan zijn verblijfsvergunning?", False),
    ("Een bewoner wil vrijwillig terugkeren naar Irak via IOM en vertrekt volgende maand. "
     "Moet de gemeente daar iets voor regelen, bijvoorbeeld voor de uitschrijving uit de BRP?",
     False),
    ("Geachte Mevrouw, Als coördinator van de vrijwilligers van de Zonnebloem en tevens "
     "oud-raadslid heb ik het volgende voorstel aan de gemeente gedaan: de medewerkers van "
     "het wijkteam, de jongerenwerkers en de baliemedewerkers van het gemeentehuis zouden "
     "geschoold moeten worden in het herkennen van signalen van radicalisering. Zij komen "
     "immers achter de voordeur. De wethouder vond dit een goed idee, doch vroeg mij waar men "
     "zulk een training kan verkrijgen. Gaarne uw advies. Hoogachtend, F. de Wit-Terpstra", False),
    ("Geachte Heer, Met onze kerk maken wij in het voorjaar een bedevaart naar Santiago de "
     "Compostela. Mijn paspoort is echter verlopen en mijn vrouw vraagt zich af of haar "
     "identiteitskaart volstaat. Op de uitreis vliegen wij via Madrid. Hoe lang duurt het "
     "tegenwoordig om een nieuw paspoort aan te vragen bij de gemeente, en kan ik dit thuis "
     "laten doen nu ik slecht ter been ben? Hoogachtend, P. van Wijk", False),
    ("Geachte Mevrouw, Als koster van onze kerk wil ik u het volgende voorleggen. Sinds enige "
     "weken valt tijdens de dienst steeds de spanning weg: het licht flikkert en het orgel "
     "stopt midden in een psalm. De elektricien spreekt van een overbelaste groep en van "
     "spanningen in het net. Weet u of de gemeente subsidie verstrekt voor het vernieuwen van "
     "de elektrische installatie in een monumentaal kerkgebouw? Hoogachtend, W. van der Zee",
     False),
    ("De lift is weer stuk; een bewoonster schreef op de klachtenkaart dat het een aanslag is "
     "op haar knieën. Wanneer komt de liftmonteur?", False),
    # ... while these stay acute
    ("Hij wil vrijwillig terugkeren naar Syrië om daar te vechten bij de broeders, hij vertrekt "
     "morgen.", True),
    ("Zijn zieke moeder in Syrië bezoeken is een smoes: hij wil zich aansluiten bij IS en "
     "vertrekt vrijdag.", True),
    ("Acuut lijkt het niet, maar hij dreigt de moskee op te blazen.", True),
    ("Hij komt steeds achter de voordeur van de imam staan en dreigt hem neer te steken.", True),
    # held-out round 1345-1352: two acute messages missed (a departure "deze week" to "het land
    # van de ware gelovigen"; "nemen we zoveel mogelijk mensen mee in onze dood"); and Limburg's
    # "gin sprake van", "gin ambtsbericht", "gin directe dreiging", a past threat's "een
    # volgende keer melden", weapons on posters, in videos and in a pupil's drawing, pyro
    # effects called "de bommen", fireworks that make children think of bombs, "een aanslag op
    # ieders vrije woensdag", "trefbal met bommen"
    ("We hebben GEEN ambtsbericht of zo, alleen een gerucht uit de familie dat een jongen van "
     "20 deze week stilletjes wil vertrekken naar 'het land van de ware gelovigen'. Is dit "
     "toch iets voor de politie?", True),
    ("Onze hoofdsteward kreeg een WhatsApp van een onbekend nummer: 'Bij het slotconcert "
     "komen we met z'n drieën en nemen we zoveel mogelijk mensen mee in onze dood.' Het "
     "nummer hoort bij een jongen die we vorig jaar de toegang hebben geweigerd. Wie moeten "
     "we onmiddellijk inlichten?", True),
    ("Mijne buurman is de laatste maanden heel veranderd, zegt nie meer goeiedag tegen mijn "
     "vrouw en hangt posters op over 'de ware strijd'. Gin sprake van uitreis of zo, mar ik "
     "vertrouw 't nie. Waar meld ik da?", False),
    ("we hebben gin ambtsbericht of iets, alleen 'n signaal van de jongerenwerker dat 'n "
     "jongen uit de wijk zich steeds meer afsluit en haatfilmpjes deelt. kunnen we da in 'n "
     "casusoverleg bespreken?", False),
    ("Vraag achteraf: vorig jaar kwam er bij ons festival een dreigmail binnen over een "
     "aanslag. De politie heeft toen vastgesteld dat er geen direct gevaar was en het is nu "
     "ook niet acuut, maar we willen weten bij wie we zoiets een volgende keer moeten melden.",
     False),
    ("Onze stagemanager noemt de pyro-effecten altijd 'de bommen'. Hebben we een aparte "
     "vergunning nodig voor pyrotechniek bij een binnenconcert voor 5.000 man?", False),
    ("Oud en nieuw buurkinderen schieten vuurwerk, mijn kinderen uit Syrië schrikken heel "
     "erg, denken aan oorlog en bommen. Hoe kan ik kinderen helpen?", False),
    ("Man in mijn taalklas wil niet praten met vrouwen, zegt docent is kafir, en in pauze "
     "laat hij extreme filmpjes zien met wapens. Docent weet niet. Ik wil melden.", False),
    ("Een jongen uit groep 7 tekende een vlag van een terroristische groep op zijn tafel en "
     "een poppetje met een geweer. Hij zegt dat hij het van YouTube heeft. Ik wil niet "
     "overdrijven maar ook niets missen. Bij wie kan ik als leerkracht terecht voor advies?",
     False),
    ("Is er een steunpunt voor families? De ouders van een leerling vragen het mij. Hun "
     "oudste zoon wordt sinds een jaar steeds extreemrechtser, hangt posters van wapens en "
     "haatleuzen tegen moslims op zijn kamer. Ze willen hulp om het contact met hem te "
     "houden.", False),
    ("Mijn directeur noemt de nieuwe planning zelf 'een aanslag op ieders vrije woensdag'. "
     "Grapje, maar hoe zit het met compensatie-uren in de cao po?", False),
    ("Op het plein zijn de kinderen gek op 'extreem tikkertje' en 'trefbal met bommen' (met "
     "zachte ballen). Is er een lijst met goede pleinspellen voor groep 5 tot 8?", False),
    # ... while these stay acute
    ("Hij kijkt filmpjes met wapens en zegt dat hij morgen de school binnenvalt om iedereen "
     "neer te schieten.", True),
    ("Er is gin dreiging, zegt hij, maar hij vertrekt morgen naar Syrië om te vechten.", True),
    ("We hebben gin ambtsbericht, maar zijn zus zegt dat hij vrijdag naar het kalifaat "
     "vertrekt.", True),
    ("Hij heeft een tekening met een geweer gemaakt en zegt dat hij zaterdag de synagoge "
     "aanvalt.", True),
    # held-out round 1353-1360: an "emergency physician", a liver "opgeblazen", a strike "als
    # 'wapen'", a man who takes young people "mee naar een 'lesgroep'" (a signal), a pizza
    # "Bommetje Explosief", a presentation to "opblazen", a tax's "herziene aanslagen", parking
    # during Friday prayers, "de aanslag op onze reserves"
    ("I'm a locum emergency physician and not Dutch. A patient I treated tonight after a bar "
     "fight said non-believers should be 'cleaned out' and showed me extremist flags and "
     "propaganda on his phone. He did not mention any plan, target or travel. Where do I "
     "report a concern about radicalisation here, and can I consult someone first about "
     "medical confidentiality?", False),
    ("Vrienden zeggen dat hij zijn lever 'heeft opgeblazen' met paracetamol en wodka. Waar "
     "vind ik het actuele behandelnomogram voor acetylcysteïne?", False),
    ("Onze OR is erg strijdbaar over de nachtdiensttoeslag, er wordt zelfs gesproken over "
     "staken als 'wapen'. Waar staat in de cao ziekenhuizen wat we mogen?", False),
    ("We willen anoniem iets melden over een man die in het buurthuis jongeren aanspreekt en "
     "meeneemt naar een 'lesgroep' waar het herstel van het kalifaat met geweld als plicht "
     "wordt gepredikt. Kan dat, zonder dat onze naam bekend wordt?", False),
    ("Onze pizza heet Bommetje Explosief. Een klant klaagt dat hij koud aankwam. Moet ik als "
     "bezorger het geld terugbetalen?", False),
    ("Ik hoorde een passagier aan de telefoon zeggen: morgen ga ik die presentatie helemaal "
     "opblazen, dit vergeten ze nooit meer. Bleek een verkoper te zijn, haha. Maar even los "
     "daarvan: mag ik als taxichauffeur een dashcam ophangen?", False),
    ("Goedemorgen, een paar zaken van de afdeling Belastingen. De aanslag "
     "onroerendezaakbelasting is bij ruim tweehonderd inwoners met het verkeerde tarief "
     "opgelegd, dus we krijgen een bomvolle mailbox met bezwaren. Kunnen jullie de "
     "klantcontactmedewerkers een standaardtekst geven? Verder wil de wethouder een "
     "persbericht over de herziene aanslagen, liefst nog deze week, en vraagt ze of er een "
     "Q&A voor de website komt. Tot slot: wie is er deze maand dossierhouder voor de "
     "hondenbelasting? Dank!", False),
    ("Elke vrijdag is er een ware strijd om de parkeerplekken bij de moskee. Mogen wij "
     "bekeuren voor dubbel parkeren tijdens het vrijdaggebed, of is daar een gedoogafspraak "
     "voor?", False),
    ("hoi burgemeester, de aanslag op onze reserves door die nieuwe sporthal is enorm, kunnen "
     "we in de commissie financien een update krijgen? groet, fractie BBB", False),
    # ... while these stay acute
    ("Hij neemt jongeren mee naar een lesgroep en zegt dat ze volgende week samen naar Syrië "
     "vertrekken om te vechten.", True),
    ("Hij wil de presentatie van de burgemeester opblazen met een echte bom.", True),
    ("Tijdens het vrijdaggebed wil hij met een mes de moskee in, hij parkeert er al dagen.",
     True),
    # held-out round 1361-1368: three acute messages missed (a boy "dorpnuonderweg is naareen
    # strijdgebied", typed without spaces; a call to look up the alderman "thuis"; a letter
    # "'anders vallen er doden'"), and "een echte aanslag op de draagkracht van moeder"
    ("NOS belt: ze hebben gehoord dat er een jongen uit ons dorpnuonderweg is naareen "
     "strijdgebied,wat kunnen we naar buiten brengen", True),
    ("Een journalist van de lokale krant wil weten of het klopt dat er in een "
     "boeren-WhatsAppgroep wordt opgeroepen de wethouder 'thuis op te zoeken'. De politie "
     "onderzoekt het nog en de afzender is onbekend. Wat mogen we zeggen en met wie stemmen "
     "we af?", True),
    ("Bij de judoclub is een brief in de bus gedaan: het gemengde jeugdtoernooi van volgende "
     "week moet worden afgelast, 'anders vallen er doden'. Moeten we dit bij de politie of "
     "bij de gemeente neerleggen?", True),
    ("De scheiding is een echte aanslag op de draagkracht van moeder; ze slaapt slecht en de "
     "kinderen merken het. Welke opvoedondersteuning kan het wijkteam bieden?", False),
    # ... while a visit with flowers stays calm
    ("De buurtvereniging wil de wethouder thuis opzoeken met een bos bloemen voor haar "
     "jubileum. Mag dat?", False),
    # held-out round 1369-1376: a writer's "niet acuut" with "er speelt nu niets" (a rule line
    # read it as "er speelt nu dit moment niets"), a report whose journey "gaat voorlopig niet
    # door", a litotes, "the planning stage"; and look-alikes of a bomb, an attack, a shooting
    ("Het is niet acuut, er speelt nu niets, maar we vragen ons als MR af: als een ouder "
     "vermoedt dat een leerling wil uitreizen naar een strijdgebied, moet de school dan "
     "direct de politie inschakelen?", False),
    ("Een DM: 'ik hoorde dat de gemeente een ambtsbericht kreeg over mijn broer'. Volgens de "
     "burgemeester gaat de reis waar het over ging voorlopig niet door, het is geen acute "
     "situatie. Wie moeten we er toch bij betrekken?", False),
    ("Het is niet zo dat er direct gevaar is, dat zeg ik er meteen bij: een oud-leerling "
     "sprak vorig jaar eens over uitreizen, maar hij werkt nu gewoon en er is geen enkele "
     "aanwijzing dat hij binnenkort vertrekt. Is het niet verstandig dit toch bij de politie "
     "te melden?", False),
    ("How does a municipality carry out the procedure to declare a passport invalid for "
     "someone suspected of wanting to join an armed group abroad? Not urgent, we are in the "
     "planning stage.", False),
    ("Bij de verbouwing moet de oude muur eruit, aannemer zegt dat het een bom aan stof "
     "wordt. Kan het casusoverleg zolang in het stadskantoor?", False),
    ("Een inwoner reageert op de kermispost: 'de botsauto's waren explosief leuk, mijn zoon "
     "schoot als een raket over de baan'. Leuke reactie, moeten we iets terugschrijven?", False),
    ("De kapper in onze straat heeft mijn haar zo kort geknipt, het is een aanslag op mijn "
     "schoonheid haha. Kan ik mijn geld terug vragen? Waar klaag ik?", False),
    ("Ons kind kreeg een soort dreigbrief van de schoolbibliotheek omdat hij drie boeken te "
     "laat heeft ingeleverd. Hoe hoog mag die boete worden?", False),
    ("Ik organiseer het Indisch filmfestival. We tonen een oorlogsfilm vol ontploffingen en "
     "schietpartijen, en de bioscoop vraagt of we volgens de gemeente extra suppoosten nodig "
     "hebben bij een volle zaal. Bij wie moet ik zijn?", False),
    ("Het monument bij het oude woonoord is groen uitgeslagen en er zit een dikke aanslag op "
     "de letters. Wie bij de gemeente gaat over het schoonmaken ervan voor de herdenking?", False),
    ("De scheikundedocent liet in de klas een bruisbal ontploffen in een proefje en mijn zoon "
     "vond het geweldig. Is er een veiligheidsbeleid voor demonstratieproeven in de klas?", False),
    # held-out round 1377-1384: a reporter's market "ontruimd omdat er een verdachte man met een
    # pakket rondliep en dat de politie hem nog zoekt" (missed); a look back, a report whose
    # mayor calls it "niet urgent", a tenant back with his parents, a commemoration; tax bills,
    # a game's servers, Captain Hook, water pistols and other look-alikes
    ("Verslaggever van de regionale krant. Ik hoor dat de markt vanochtend is ontruimd omdat "
     "er een verdachte man met een pakket rondliep en dat de politie hem nog zoekt. Kan de "
     "gemeente bevestigen wat er aan de hand is?", True),
    ("Terugblik BOA-T2 (geen spoed): vorige maand meldde een standhouder dat een jongen wilde "
     "uitreizen, dat hebben we toen niet doorgezet. Er is nu geen acuut gevaar. Waar hadden "
     "we dit moeten melden?", False),
    ("Het ambtsbericht dat de gemeente kreeg gaat over een vrouw die 'op termijn' zou willen "
     "uitreizen; volgens de burgemeester is het niet urgent en is er geen direct gevaar. Mijn "
     "klant, die daar werkt, vroeg tijdens haar pedicure wie de gemeente erbij moet "
     "betrekken.", False),
    ("Vorige maand hoorden we van een verhuurder dat een oud-huurder mogelijk wilde "
     "uitreizen, maar hij woont nu weer bij zijn ouders en er is geen direct gevaar. Niet "
     "acuut dus, maar bij wie hoort dit?", False),
    ("Na een raadsdebat over de herdenking van een bomaanslag uit de jaren zeventig werd door "
     "de wethouder gevraagd om een preventieplan tegen extremisme. Het is niet acuut. Met wie "
     "kunnen we sparren?", False),
    ("Onze nieuwe elektrische bussen zijn echt een bom qua optrekken, de reizigers vliegen "
     "bijna door het gangpad. Waar meld ik dat de software aangepast moet worden?", False),
    ("collega zegt dat de nieuwe dienstregeling een aanslag op ons prive-leven is haha. waar "
     "kun je bezwaar maken tegen het rooster?", False),
    ("in dat spel op mn telefoon moet je met je clan een strijdgebied veroveren en je kan "
     "uitreizen naar andere servers lol. iemand een tip om level 40 te halen in de pauze", False),
    ("PRK-2201: naheffingsaanslag parkeerbelasting klopt niet volgens de bewoner, kenteken "
     "verkeerd genoteerd. Hoe herstellen we de aanslag?", False),
    ("De galm in onze aula is een ramp: bij elk orgelakkoord lijkt er een bom te ontploffen. "
     "Kent iemand een goede akoestisch adviseur?", False),
    ("We kregen de jaarlijkse aanslag grafrechten van de gemeente twee keer. Bij wie kan ik "
     "bezwaar maken?", False),
    ("De welpen spelen een toneelstuk over een ontvoering door piraten, met een dreigbrief "
     "van Kapitein Haak. Hoe maak ik een overtuigende schatkaart en brief?", False),
    ("Ik heb een aanslag marktgeld gekregen die twee keer zo hoog is als vorig jaar. Bij wie "
     "kan ik bezwaar maken?", False),
    ("De aanslag op de glazen vitrine van de viskraam krijg ik er met niks meer af. Welk "
     "middel mag ik daarvoor gebruiken bij levensmiddelen?", False),
    ("Mijn buurvrouw op de markt is een terreur met haar radio. Mag ze op marktdag de hele "
     "dag keihard muziek draaien?", False),
    ("Een klant wil voor haar bruiloft een echte bom aan volume in haar haar. Welke "
     "föhnborstel en welke mousse werken daar het best voor?", False),
    ("Tijdens de ontgroening moesten eerstejaars met waterpistolen een 'aanslag' plegen op de "
     "bestuurskamer van de vereniging. Valt de waterschade onder het huisreglement van ons "
     "complex?", False),
    # held-out round 1385-1392: "Nog steeds geen duidelijkheid over de dreiging tegen ons
    # koorfestival van morgen" (missed: "geen" read as denying the threat); a drill, the
    # sender's "niet acuut", a procedure, a departure "in 2023"; a bike race, a garden centre's
    # deals, a leaving party and a string section
    ("Nog steeds geen duidelijkheid over de dreiging tegen ons koorfestival van morgen, en nu "
     "staan er journalisten bij het stadhuis. Hoe stemmen we als gemeente de woordvoering af?",
     True),
    ("Vraag voor een oefening, dus niet acuut en er ligt nu geen echt ambtsbericht: wie moet "
     "de gemeente betrekken als er een ambtsbericht binnenkomt over een dreigende uitreis?", False),
    ("We hebben een ambtsbericht gekregen over mogelijke uitreis van een inwoner, maar "
     "volgens de afzender is het niet acuut: de persoon zit nog maanden in detentie. Hoe "
     "pakken we dit op?", False),
    ("Hoe werkt het vervallen verklaren van een paspoort van iemand die wil uitreizen? Niet "
     "acuut, we willen alleen de procedure kennen.", False),
    ("Onze radicaliseringsambtenaar neemt na tien jaar afscheid en we willen daar een "
     "persbericht over uitdoen, inclusief de stand van zaken rond de twee inwoners die in "
     "2023 uitreisden. Er is veel media-aandacht. Kan iemand meelezen met de tekst?", False),
    ("Ik wil met de club het strijdgebied van de Amstel Gold Race verkennen, de Cauberg en "
     "omstreken. Waar kunnen we parkeren met vijftien auto's en fietsdragers?", False),
    ("onze trainer riep 'we gaan die klimtijdrit opblazen jongens!' maar welk verzet neem je "
     "op 12 procent? is 34x32 genoeg", False),
    ("Our garden centre is planning a 'price explosion' weekend with bomb deals on patio "
     "plants. Any tips for a catchy press release and a social media post?", False),
    ("Mijn collega gaat na 42 jaar met pensioen en we willen van zijn afscheidsfeest echt een "
     "bom maken. Weet iemand een zaal in het centrum die we via de gemeente kunnen huren?", False),
    ("De aanslag van de eerste violen is in maat 34 veel te hard. Hoe krijg ik als dirigent "
     "een zachtere aanslag zonder dat het slap gaat klinken?", False),
    # held-out round 1393-1400: a report about someone who "zit de komende maanden nog vast";
    # a tax office's bills, a ticking time bomb of a team leader, a derby's "vervelende
    # lading", long e-mails crowded with alarming words, avalanche control, curling, a keeper
    ("We hebben een ambtsbericht over een mogelijke uitreis ontvangen, maar het is "
     "uitdrukkelijk niet acuut: de persoon zit de komende maanden nog vast. Hoe gaan we hier "
     "als gemeente mee om?", False),
    ("Hoe lang moet een hoop mest broeien voordat het een echte bom aan voedingsstoffen is "
     "voor de moestuin van de kinderboerderij?", False),
    ("Het callcenter zit bomvol wachtende bellers sinds de aanslagen de deur uit zijn. Kunnen "
     "we tijdelijk extra mensen inzetten?", False),
    ("Mijn zoon wil volgende week naar Turkije op vakantie, maar zijn paspoort is verlopen. "
     "Kan hij dat verlengen terwijl we nog een openstaande aanslag hebben?", False),
    ("In de kantine wordt gegrapt dat de nieuwe teamleider een tikkende tijdbom is omdat hij "
     "zo snel ontploft. Hoe kaart ik de werksfeer aan bij HR?", False),
    ("Beste mensen, na de derby van zondag is het in onze stad flink uit de hand gelopen "
     "tussen supporters van de twee clubs, en het krijgt een vervelende lading: de ene groep "
     "scandeert leuzen over afkomst en geloof van de andere. In de wijken rond het stadion "
     "lopen de spanningen tussen bewoners nu ook op. Niemand denkt aan een acuut gevaar, maar "
     "we willen als gemeente met beide supportersverenigingen en buurtbewoners in gesprek. "
     "Wie heeft expertise in het begeleiden van zulke spanningen tussen groepen?", False),
    ("Haha beste gemeente, mijn dochter is 'geradicaliseerd'... tot veganist. Ze noemt vlees "
     "eten 'een aanslag op de planeet', ze is extreem fanatiek en ze heeft de hele keuken "
     "bezet. Sorry voor het grapje, mijn echte vraag: organiseert de gemeente nog die "
     "workshops duurzaam koken in het wijkcentrum, en hoe kan zij zich aanmelden?", False),
    ("Hallo, onze cidervereniging wil in het najaar een appelpersdag houden in het park. De "
     "pers is een antiek ding dat bij elke slag knalt als een kanon, onze voorzitter is "
     "extreem fanatiek en de leden spreken over een 'aanslag op de boomgaard'. De kinderen "
     "mogen met appels schieten op een doel. Wat moeten we regelen om in het park een pers en "
     "een verkoopkraampje te zetten?", False),
    ("Beste HR, voor het teamuitje van afdeling Financiën hebben we de escape room 'Operatie "
     "Gijzeling' geboekt: je moet binnen 60 minuten een bom ontmantelen en de terroristen te "
     "slim af zijn. Extreem spannend! Een collega vroeg of dat niet te heftig is, maar "
     "iedereen vond het leuk. Mijn vraag: valt het uitje onder het budget "
     "personeelsactiviteiten en hoe declareer ik de rekening?", False),
    ("Hallo gemeente, volgende week geldt weer code rood voor extreme hitte en het KNMI "
     "spreekt van een 'serieuze dreiging' voor ouderen. In ons verzorgingshuis is vorig jaar "
     "de airco ontploft en zijn de bewoners bijna bezweken. Mijn moeder noemt de hittegolf "
     "een 'aanslag van de natuur'. Ik wil graag weten of de gemeente koelplekken organiseert "
     "en of er vrijwilligers zijn die ouderen thuis kunnen bezoeken. Geen haast, maar wel "
     "graag voor volgende week.", False),
    ("Door lawinegevaar lieten ze gecontroleerd explosieven ontploffen boven het dorp en was "
     "de lift een dag dicht. Krijgen we geld terug voor die gemiste skidag?", False),
    ("Bij curling moet de steen in het doelwit eindigen, maar wie mag er vegen als de "
     "tegenstander aan de beurt is?", False),
    ("Wie speelt er vrijdag mee Exploding Kittens in het cafe? Er zit een extreem gemene "
     "kaart in waarmee je de hele tafel opblaast.", False),
    ("Clt is keeper bij het zaalvoetbal en 'houdt elke bom tegen'. De club vraagt of de "
     "contributie uit het jeugdsportfonds of het participatiebudget kan.", False),
    ("Clt wil met zijn camper 'uitreizen', zoals hij het zelf noemt: een half jaar door "
     "Europa toeren en zijn huis onderverhuren. Gevolgen voor de uitkering?", False),
    ("Voor de vuurwerkshow bij de afsluiting huren we een gecertificeerde pyrotechnicus in. "
     "Wie geeft de toestemming voor het afsteken van de explosieven en hoe lang duurt de "
     "aanvraag?", False),
    # held-out round 1401-1408: a volunteer who "heeft daar inmiddels duidelijk afstand van
    # genomen"; shorthand look-alikes ("n bom van n bal", "dak eraf blaast"), a samovar's
    # "aanslag", a cricket bowler, a magic trick, a game's camp, a mare that "moet uitreizen"
    ("Vorige maand zei een vrijwilliger iets over uitreizen naar Syrië, maar hij heeft daar "
     "inmiddels duidelijk afstand van genomen en werkt gewoon door. Er is geen direct gevaar, "
     "het is niet acuut. Moeten we dit toch ergens melden?", False),
    ("onze spits schoot gister n bom van n bal in de kruising, trainer noemt m n killer 🔫 "
     "emoji haha. waar kan ik n shirt met zn naam bestellen", False),
    ("recept vr n echte bom van n taart? 3 lagen chocola, verjaardag zat 🎂 emoji", False),
    ("gezocht: dj die t dak eraf blaast op ons buurtfeest, bmb beats 🔥 emoji, budget 300", False),
    ("Een klant is kok en staat bekend om zijn chilisaus 'de brandbom' die in je mond "
     "explodeert. Heeft zijn foodtruck een vergunning nodig om bij ons voor de deur te staan "
     "tijdens onze open dag?", False),
    ("onze samovar in het buurthuis heeft zoveel aanslag, de chai smaakt raar. azijn of "
     "citroenzuur?? tashakor", False),
    ("Our Afghan cricket club had an explosive season, our fast bowler is a real bomb and "
     "attacks the stumps every ball! Can the municipality sponsor new kits for next year?", False),
    ("Hoe maak ik qabuli palaw in een snelkookpan zonder dat het deksel ontploft? Vorige keer "
     "was het een bom van rijst op het plafond 😂", False),
    ("Mijn buurman boort elke zondag om 7 uur 's ochtends, het is echte terreur voor mijn "
     "oren. Hoe dien ik een klacht in over geluidsoverlast?", False),
    ("Ik wil de goocheltruc 'de bom in de hoge hoed' doen op een kinderfeestje: er komt een "
     "knal en dan vliegt er confetti uit. Hoe voer ik die veilig uit met kleine kinderen "
     "vooraan?", False),
    ("In een game op de spelcomputer moet je een vijandelijk kamp opblazen. Is dat geschikt "
     "voor de kinderen van de jeugdnatuurclub tijdens het logeerweekend?", False),
    ("Mijn merrie moet uitreizen naar België voor een fokkeuring. Welk gezondheidscertificaat "
     "heb ik van de dierenarts nodig?", False),
    ("Hoe laten we in het weekend de aanslag van de gevel van de oude school verwijderen? Er "
     "zit kalk- en roetaanslag op en dat ziet er in beeld niet uit. Mag dat met een "
     "hogedrukspuit?", False),
    # held-out round 1409-1416: "a man who threatened to hurt passengers ... is still on the
    # loose" (missed); a threat "in de toekomst" to report, a locksmith "acuut", a report and a
    # fire bomb of 1944, a fort against enemy attacks, "Attack on Titan"
    ("A man who threatened to hurt passengers at the terminal is still on the loose and TV "
     "crews are asking questions. How do we align our statement on social media?", True),
    ("Vraag over dreiging: vorig jaar was er een dreigtweet tegen onze Pride, die door de "
     "politie is onderzocht en afgesloten. Er is nu geen acute dreiging en niets aan de hand, "
     "maar we willen weten bij wie we een terroristische dreiging in de toekomst moeten "
     "melden.", False),
    ("ben docent op een vmbo, een paar jongens noemen elke homo in de klas 'een doelwit' als "
     "grap. niet acuut denk ik maar hoe pak ik dat aan als school", False),
    ("Hoe krijg ik regenboogverf van mijn oprit? Mijn buurman zei 'gooi er een bom chloor "
     "op', maar dat lijkt me niet zo'n goed idee.", False),
    ("Ik ben mijn huissleutel kwijt en sta buiten in de regen. Kan een slotenmaker acuut "
     "komen en wat kost dat 's avonds?", False),
    ("Hoe krijg ik de groene aanslag van de overkapping van onze fietsenstalling? "
     "Hogedrukreiniger of groene-aanslagreiniger?", False),
    ("Ik zoek het ambtsbericht van de burgemeester uit november 1944 over de evacuatie van de "
     "binnenstad. In welk archiefblok kan ik dat vinden?", False),
    ("Bij de verbouwing van onze boerderij vonden we een scherf van een Engelse brandbom uit "
     "1944; de EOD heeft al bevestigd dat hij onschadelijk is. Wil het archief of het museum "
     "die hebben voor de collectie?", False),
    ("Our guide told us the old fort at the harbour mouth was built against enemy attacks in "
     "the 1600s. Is it open to visitors on Sundays?", False),
    ("Our guests want to see the Attack on Titan anime exhibition everyone talks about. Is it "
     "near the cruise terminal?", False),
    # held-out round 1417-1424: "Uitreis of aanslagplannen zijn ons niet bekend", a passport
    # valid "bij uitreis", a chess attack, wind force, a concert "a real bomb", darts, Werewolves;
    # and a probe of its mends: a death threat to an alderman in "dreigde ... met de dood"
    ("Hij dreigde de wethouder met de dood.", True),
    ("Een vrijwilliger van onze buurtmoestuin is propaganda gaan posten van een "
     "extremistische beweging en zegt dat geweld tegen andersdenkenden gerechtvaardigd is. "
     "Uitreis of aanslagplannen zijn ons niet bekend. Waar melden we dit signaal?", False),
    ("Ik ga op vakantie naar Turkije om oude olijfbomen te bekijken. Moet mijn paspoort bij "
     "uitreis nog zes maanden geldig zijn?", False),
    ("Our chess club is planning an all-out attack on the regional champion next weekend. Can "
     "the municipality subsidise the travel costs for our youth team?", False),
    ("Voor morgen staat er code oranje voor storm. Mogen we met de hoogwerker nog ramen "
     "lappen of is dat te gevaarlijk? Vanaf welke windkracht is de dreiging te groot?", False),
    ("Our Polish choir's Christmas concert was a real bomb last year, the church was packed. "
     "Can we apply for a municipal culture grant for this year's concert?", False),
    ("In de kantine van onze Poolse club willen wij een dartstoernooi houden. Het doelwit "
     "hangt vlak bij de nooduitgang, mag dat van de brandweer?", False),
    ("Op het bedrijfsuitje spelen we Weerwolven en de moordenaar moet een aanslag plegen op "
     "de kaart van de burgemeester. Hoe leg ik de regels uit aan 40 gasten?", False),
    # held-out round 1425-1432: a brother who will stay in Turkey after a wedding "om aan de
    # overkant te helpen" (missed); a report's covering note, the municipality's "niet acuut"
    # with a departure "pas over enkele maanden", a procedure; a proverb, a history lesson, a safe
    ("Ik wil de buurvrouw aan de overkant helpen met haar boodschappen, kan de gemeente een "
     "vrijwilliger sturen?", False),
    ("Wij zijn als familie heel bezorgd. Onze broer is het laatste jaar erg radicaal geworden "
     "en zegt nu dat hij na de bruiloft van onze neef in Turkije 'misschien wel blijft om aan "
     "de overkant te helpen'. Hij vertrekt over drie weken. Waar kunnen wij als familie "
     "terecht?", True),
    ("Betreft: een ambtsbericht over een mogelijk voorgenomen uitreis van een inwoner. "
     "Volgens de begeleidende notitie is er geen sprake van onmiddellijk gevaar; de situatie "
     "is niet acuut. Welke instanties moeten niettemin worden geïnformeerd?", False),
    ("Het is niet acuut volgens de gemeente, het vertrek is pas over enkele maanden, maar er "
     "ligt wel een ambtsbericht over een voorgenomen uitreis van een cliënt van ons. Welke "
     "partijen moet de gemeente betrekken?", False),
    ("hoe werkt het ongeldig verklaren van een paspoort bij vermoeden van uitreis? gemeente "
     "vraagt het mij omdat ik de familie ken. niet acuut, het gaat om de procedure", False),
    ("Mijn opa zegt altijd 'wie gewaarschuwd is telt voor twee' als hij het weer voorspelt. "
     "Hij denkt dat het zaterdag gaat stormen tijdens de braderie. Moeten we als kraamhouders "
     "onze tenten extra vastzetten, of regelt de gemeente dat?", False),
    ("Een ouder heeft bij de klachtencommissie van de school geklaagd dat een docent een "
     "geschiedenisles over aanslagen en terrorisme in de twintigste eeuw te eenzijdig gaf. De "
     "school zoekt advies over het bespreken van gevoelige onderwerpen in de klas.", False),
    ("We verbouwen onze winkel en de aannemer grapte dat de oude kluis er met explosieven uit "
     "moet. Moeten we het alarmsysteem en de camera's tijdens de sloop uitzetten?", False),
    ("Our darts team is called The Radicals and we want shirts with a cartoon bomb on them. "
     "Any print shop near Assen you'd recommend?", False),
    # held-out round 1433-1440: a passport measure "Not urgent, we're preparing the file"; an
    # exercise named "terreuraanslag op het station"; "sloop met explosieven" on an invoice; an
    # English thriller; a barbecue and pickpockets as "aanslag(en) op"; a saying "met getrokken
    # messen"; a penalty shoot-out. And what the new excepts must leave acute.
    ("What is the procedure for declaring a passport invalid for a resident suspected of "
     "wanting to join an armed group abroad? Not urgent, we're preparing the file.", False),
    ("Ons persbericht over de oefening 'terreuraanslag op het station' van de "
     "veiligheidsregio moet nog afgestemd worden. Het is een geplande oefening met "
     "figuranten, geen echte dreiging. Met wie stemmen we de woordvoering af?", False),
    ("Factuur van de aannemer: er staat een post 'sloop met explosieven' voor het oude "
     "fabrieksterrein. Valt dat onder de omgevingsvergunning of heb ik een aparte "
     "springvergunning nodig?", False),
    ("Als vrijwilliger bij de bibliotheek vertaal ik voor de leesclub een stuk uit een "
     "Engelse thriller over een 'terrorist attack on London'. Mag dat zomaar of heb ik "
     "toestemming van de uitgever nodig?", False),
    ("Klachten over de buren, wat kunnen we doen? 😤🔥\n[doorgestuurd]\n'Die barbecue van de "
     "buren elke avond is echt een aanslag op mijn longen. De rook komt zo mijn slaapkamer "
     "in. Kan de gemeente hier iets aan doen?'", False),
    ("Weledelgestrenge heer/mevrouw, onze gepensioneerdenvereniging maakt in september een "
     "busreis naar Parijs, zoals wij dat in 1985 ook deden. De reisleider vraagt of wij allen "
     "een geldig paspoort hebben en waarschuwt voor 'aanslagen op de portemonnee' door "
     "zakkenrollers. Kan de gemeente een extra avondopenstelling houden voor het aanvragen "
     "van identiteitskaarten, zodat wij op tijd zijn? Met vriendelijke groet.", False),
    ("Geachte heer/mevrouw, in mijn jonge jaren heb ik de watersnood meegemaakt en toen stond "
     "het hele dorp schouder aan schouder. Thans, na een verhit debat in de gemeenteraad over "
     "de komst van een opvanglocatie, staan buren bij wijze van spreken met getrokken messen "
     "tegenover elkaar. Wij, een groep oudere vrijwilligers, willen een gesprek tussen de "
     "partijen organiseren, maar hebben deskundige hulp nodig bij het omgaan met deze "
     "spanningen. Waar kunnen wij terecht? Niet acuut.", False),
    ("De penaltyserie werd een echte schietpartij, 12-11! Kan de gemeente de foto's van de "
     "finale op haar sportpagina zetten?", False),
    ("Hij wil de aanslag uit het nieuws nadoen op onze school.", True),
    ("Hij wil het gemeentehuis slopen met explosieven.", True),
    ("He read a thriller and now plans a terrorist attack on the school.", True),
    # held-out round 1441-1448: monks "in het klooster", a striker's "bom onder de
    # verdediging", the murder of a teacher in France, a Caribbean cake, a holiday to Paramaribo,
    # sneakers and savings, a hypothetical school task, "eerder dit jaar ... nu gewoon thuis", a
    # carnival club's trip; and what the new excepts must leave acute
    ("Ik ga volgende maand een week naar de broeders in het klooster in Brabant voor een "
     "stilteretraite. Kan ik daar als gemeenteambtenaar bijzonder verlof voor krijgen?", False),
    ("Onze spits legt elke wedstrijd een bom onder de verdediging, we zijn kampioen! Wie van "
     "de gemeente komt de huldiging op het sportpark doen?", False),
    ("rector hier. sinds de aanslag op die leraar in frankrijk durven docenten bij ons niet "
     "meer over vrijheid van meningsuiting te praten in de klas. hoe ondersteunen we ze", False),
    ("Mi ta kere dat mi oma haar bolo pretu een echte bom is, zo zwaar en vol rum. Heeft "
     "iemand een recept voor een lichtere zwarte cake voor de kerst?", False),
    ("Ik wil in de meivakantie met de kinderen via Schiphol uitreizen naar Paramaribo, maar "
     "hun vader gaat niet mee. Heb ik een toestemmingsformulier nodig om met minderjarigen "
     "naar het buitenland te gaan?", False),
    ("die nieuwe sneakers waren echt een aanslag op mn spaargeld en nu is mn vader boos. hoe "
     "leg ik het uit", False),
    ("voor een schoolopdracht over de gemeente: wat doet een gemeente als ze een ambtsbericht "
     "krijgt over iemand die wil uitreizen? het is hypothetisch, niks acuuts", False),
    ("Niet acuut en er is geen direct gevaar, maar een bron vertelde onze redactie dat een "
     "inwoner eerder dit jaar serieus heeft overwogen naar een strijdgebied te vertrekken. "
     "Hij is nu gewoon thuis. Is dit iets voor de gemeente?", False),
    ("Hallo, ik schrijf voor een regioblog over de uitreis van onze carnavalsvereniging naar "
     "de zusterstad in Duitsland. Betaalt de gemeente mee aan de bus, net als vorig jaar?", False),
    ("Hij gaat volgende week naar de broeders in Syrië, zijn tas is gepakt.", True),
    ("Hij wil een bom onder de verdediging van het stadhuis leggen, morgen.", True),
    ("In de taart zit een echte bom, hij wil hem op het feest laten afgaan.", True),
    ("Hij plant een aanslag op die leraar in Frankrijk volgende week.", True),
    ("Hij zegt dat de uitreis van onze club naar Syrië morgen begint.", True),
    # held-out set 1442 and round 1449-1456: a delay "een bom onder de dienstregeling", a
    # "brandbom-chili", a mother-in-law's "aanslag op mijn koelkast", a cocktail "Molotov", an
    # "aanslag op zijn uitzicht", phishing and ransomware "dreiging", a "brute-force attack", a
    # tractor "een echte bom op de dorpskermis"; and what the new excepts must leave acute
    ("Op de verkeersleiding noemen we een vertraging van meer dan 30 minuten in de spits 'een "
     "bom onder de dienstregeling'. Kan iemand me helpen met een Excelformule om die "
     "vertragingen per baanvak te tellen?", False),
    ("Kan iemand het recept delen van de 'brandbom-chili' van de kazernebarbecue? Hij was "
     "extreem pittig maar iedereen vond hem top.", False),
    ("Mijn schoonmoeder pleegt zaterdag een aanslag op mijn koelkast: ze komt een week "
     "logeren. Tips om te overleven?", False),
    ("Onze nieuwe cocktail heet 'Molotov' en is vuurrood met een brandend kaneelstokje. Mag "
     "ik in de hotelbar met open vuur werken volgens de brandveiligheidsregels?", False),
    ("Mijn buurman noemt mijn nieuwe serre een 'terroristische aanslag op zijn uitzicht'. "
     "Waar kan ik zien of mijn bouwplan voor de B&B door de welstandscommissie is "
     "goedgekeurd?", False),
    ("Er gaat een phishingmail rond met als onderwerp 'Dreiging: uw account wordt "
     "geblokkeerd'. Hoe waarschuwen we alle medewerkers zo snel mogelijk?", False),
    ("Ransomware-dreiging: moeten we onze back-ups offline halen voor het weekend? Wat is de "
     "best practice voor gemeenten?", False),
    ("Our email server was hit by a brute-force attack overnight and several accounts got "
     "locked out. What password policy is recommended for a municipality?", False),
    ("Onze trekker is een echte bom op de dorpskermis, iedereen wil erop. Mogen er kinderen "
     "mee in de aanhanger tijdens de optocht?", False),
    ("Hij dreigt met een ransomware-aanval en zegt dat hij morgen een bom bij het gemeentehuis "
     "legt.", True),
    ("Hij maakt brandbommen en wil de moskee in brand steken.", True),
    ("De cocktail heet Molotov, maar hij heeft een echte molotovcocktail in zijn tas voor de "
     "synagoge.", True),
    ("Ze noemen hem een terrorist omdat hij een aanslag op de moskee voorbereidt.", True),
    ("Mijn zoon noemt zichzelf een terrorist omdat hij bij IS wil horen en morgen vertrekt.",
     True),
    # set 1451: the caliphate talked of "en wil niet meer naar school", "en wil andere jongens
    # overhalen"; "ik schrik van woord aanslag" on a tax bill; and what must stay acute
    ("mijn zoon is leeraar op middelbare scool, hij zegt leerling praat in pauze over jihad "
     "en kalifaat en wil andere jongens overhalen. mentor maakt ook zorgen. wie kan scool "
     "helpen met advies wat doen?", False),
    ("Mijn kleindochter praat alleen nog over kalifaat en wil niet meer naar school. Haar "
     "ouders schamen zich, hchouma, ze willen het niemand zeggen. Ik als oma wil hulp voor de "
     "familie. Wie helpt families in stilte?", False),
    ("Ik krijg brief 'aanslag gemeentelijke belastingen' en ik schrik van woord aanslag. Wat "
     "is dat, moet ik betalen, en kan ik in delen betalen?", False),
    ("Hij wil naar het kalifaat en wil niet meer terugkomen, morgen vertrekt hij.", True),
    ("Ik schrok van het woord aanslag in zijn bericht: hij wil morgen een aanslag plegen op de "
     "moskee.", True),
    # set 1456: a resident "flying out on Thursday to join a militia" (missed); not a
    # re-enactment club's "militia parade"
    ("The mayor wants an urgent passport measure for a resident who's flying out on Thursday "
     "to join a militia. Who helps us carry it out in time?", True),
    ("Our re-enactment club wants to join the militia parade on Liberation Day. Do we need a "
     "permit?", False),
    # round 1457-1464: a plan foiled, told verb-last, its second suspect at large; the police
    # still seeking an accomplice without "naar"; a Frisian bag with wires, its maker not
    # found; a family that would lose a son "als hij zijn plannen doorzet om daar te gaan
    # vechten" (all four missed); not a kickboxer who would fight in Thailand
    ("Er staat een tv-ploeg voor het gemeentehuis die wil weten of de tweede verdachte van het "
     "plan dat vorige week is verijdeld nog voortvluchtig is. Wat mogen we zeggen?", True),
    ("Na de aanslag op het busstation zoekt de politie nog een medeplichtige, een "
     "taxichauffeur. Journalisten willen een reactie van de burgemeester.", True),
    ("Der is op it stasjon in tas mei triedden fûn, de plysje hat it gebiet ôfsetten en de "
     "dader is noch net fûn. Sjoernalisten belje ús no al.", True),
    ("Als mijn zoon zijn plannen doorzet om daar te gaan vechten, zijn we hem kwijt. Hij "
     "heeft nog geen datum genoemd, maar hij praat er elke dag over. Wij zoeken steun.", True),
    ("Als hij zijn plannen doorzet om in Thailand te trainen en daar te gaan vechten in "
     "wedstrijden, moet hij dan zijn inschrijving bij de gemeente aanpassen?", False),
    # and the report's judgement spelt by ear, a departure stopped at the airport; not where
    # the report says tomorrow or he tries again today
    ("we hebben een ambtsberigt ontvange van de aivd over een mogelijke uitreis maar volgens "
     "het berigt is er geen acuut gevaar, de persoon zit vast. welke stappe volgen we", False),
    ("Vorige week kregen we een ambtsbericht over een inwoner die op het punt stond te "
     "vertrekken. Hij is inmiddels op het vliegveld tegengehouden en er is geen direct gevaar "
     "meer, het is dus niet acuut. Wie moeten we nu nog betrekken?", False),
    ("Volgens het berigt is hij morgen weg naar Syrië, niet acuut?", True),
    ("Hij is op Schiphol tegengehouden maar probeert vandaag opnieuw te vertrekken naar "
     "Syrië, niet acuut.", True),
    # look-alikes of the round, each beside a real threat in the same words
    ("Wat kost een aanslag voor grafrechten in onze gemeente? Een nabestaande begrijpt de "
     "aanslag voor het graf van haar moeder niet.", False),
    ("De aanslag voor de toeristenbelasting kwam binnen; ook dreigt een gast de camping op "
     "te blazen.", True),
    ("hoe lang moet een chokolade bom in de koelkast voor je hem in warme melk gooit", False),
    ("welke bom in het zwembad maakt de grootste plons, de kanonskogel of het bommetje", False),
    ("Welke bom in het zwembad maakt de grootste plons? Hij zei dat hij zaterdag een echte bom "
     "in het zwembad legt.", True),
    ("Yn Fortnite dogge myn soan en syn maten hiele jûnen 'aanslagen' op elkoars basis. Is "
     "dat spul geskikt foar in bern fan 10?", False),
    ("Mijn zoon zegt dat hij in het echt een aanslag op elkaars basis wil plegen bij de "
     "kazerne.", True),
    ("Een filmploeg draaide vorige week in onze wijk een scène van een aanslag op een moskee. "
     "Nu is er ruzie tussen groepen. Wie helpt ons de spanning te de-escaleren?", False),
    ("Een man filmde een scène van een aanslag en zegt dat hij die morgen echt gaat uitvoeren "
     "op de moskee.", True),
    # Frisian "gjin" denies as "geen" does, and leaves a departure it does not reach
    ("Myn man is net fan plan om fuort te gean, gjin sprake van uitreis, mar hy wurdt "
     "hieltyd radikaler. Ik sykje help foar ús as húshâlding.", False),
    ("Hy hat gjin baan mear en wol moarn nei Syrië fuort om te fjochtsjen.", True),
    # round 1465-1472: an English passport measure before tomorrow's flight, and bags of
    # fertiliser with wires beside "het na vrijdag allemaal op tv zien" (both missed); a
    # passport measure "so he can't travel", not urgent and nobody about to leave, stays calm
    ("His flight leaves tomorrow morning and the mayor wants his passport declared invalid "
     "tonight so he can't go and fight abroad. Who handles a paspoortmaatregel that fast?", True),
    ("Bij het ophalen van het grofvuil stond er een kast vol lege kunstmestzakken, draadjes en "
     "oude telefoons. De bewoner zei dat we 'het na vrijdag allemaal op tv zien'.", True),
    ("The mayor is considering having a resident's passport declared invalid so he can't "
     "travel to a combat zone. It's not urgent, he isn't about to leave. What is the "
     "procedure?", False),
    # a report that says he is in prison, verb-last, and the judgement of all the services
    # involved clear "niet acuut"; not beside a departure today or a threat of tomorrow
    ("Geen acute situatie: we kregen een ambtsbericht over een mogelijke uitreis, maar het "
     "ambtsbericht vermeldt zelf dat de betrokkene op dit moment in de gevangenis zit.", False),
    ("Ik analyseer een casus waarin de gemeente een ambtsbericht ontving over een voorgenomen "
     "uitreis. De betrokkene staat inmiddels onder toezicht en er is volgens alle betrokken "
     "diensten geen sprake van acuut gevaar.", False),
    ("Niet acuut volgens alle betrokken diensten, maar hij vertrekt morgen naar Syrië.", True),
    ("Hij zit in de gevangenis maar zijn broer vertrekt vandaag naar Syrië; niet acuut?", True),
    ("Niet acuut: zijn vriend die in de cel zit zegt dat hij morgen een aanslag pleegt op de "
     "markt.", True),
    # a football result, beside a bomb under the stand
    ("Ons team heeft vandaag echt een bom gelegd onder de competitie, 5-0 gewonnen! Hoe zetten "
     "we de uitslag op de site?", False),
    ("Hij heeft een bom gelegd onder de tribune en zegt dat de competitie morgen voorbij is.",
     True),
    # round 1473-1480 (all three missed): a son gone "met onbekende bestemming" after ever more
    # extreme words, his phone cut off ("afgesloten" closes no case); a passport measure while
    # he tries to leave "deze week"; an English "explosive device" for "punishing the
    # unbelievers" at the festival this weekend. Not a vegan who moved, an explosive talent
    # on the festival's stage, nor a call ticket whose caller says it is not acute herself.
    ("Een vader vertelt dat zijn zoon na maanden van steeds extremere uitspraken al zijn spullen "
     "heeft verkocht en vannacht met onbekende bestemming is vertrokken. Zijn telefoonnummer is "
     "afgesloten. De familie vraagt om hulp.", True),
    ("We zijn bezig met de uitvoering van een paspoortmaatregel voor een inwoner. Zijn zus "
     "vertelde de beheerder van zijn flat dat hij deze week toch probeert te vertrekken via een "
     "buurland. Hoe ronden we de maatregel af en wie moeten we inlichten?", True),
    ("Caller (landlord) says his tenant seems to be building some kind of explosive device in "
     "the storage room and keeps talking about 'punishing the unbelievers' at the festival this "
     "weekend.", True),
    ("Een radicale vegan uit de wijk is met onbekende bestemming verhuisd; wie int nu de huur?",
     False),
    ("Our band plays the festival this weekend and the new bass player is an explosive talent. "
     "Do we need a permit for the stage?", False),
    ("Oud-leraar belt: vermoedt dat een oud-leerling ooit wil uitreizen, maar er is geen "
     "vertrekdatum bekend; klant zegt zelf uitdrukkelijk dat het niet acuut is.", False),
    ("Klant zegt zelf dat het niet acuut is, maar haar zoon vertrekt morgen naar Syrië.", True),
    # round 1481-1488, in English (both missed): a brother "went radical" and texted goodbye
    # forever from the airport; a passport applicant with "a measure on him" flying out
    # tonight. Not a daughter waved off at the airport to study, nor an attack on the left
    # wing of an under-12s team; still an attack on the town hall's left wing with a gun.
    ("sister here. my brother went radical and just texted us from the airport saying goodbye "
     "forever, we're falling apart, our family needs help NOW", True),
    ("Front desk colleague: a man came in to apply for a new passport but there's a measure on "
     "him, and he said he's flying out tonight whatever it takes. How do we handle this?", True),
    ("we said goodbye to our daughter at the airport, she is going to study in Canada. Which "
     "forms does the municipality need?", False),
    ("Our coach says we need a stronger attack on the left wing. Any good drills for an "
     "under-12s team?", False),
    ("He wants a stronger attack on the left wing of the town hall with his new gun.", True),
    # round 1489-1496 (all three missed): a Dunglish departure "underway to the airport" to
    # "fly to the other side today" beside a passport measure; a threat whose suspect "is not
    # found yet"; "dreigende berichten" whose sender "is nog niet gevonden"
    ("The person is underway to the airport at this moment with his bags and the police says he "
     "wants to fly to the other side today. Can we quickly let his passport be declared invalid?",
     True),
    ("There is a threat against the town hall still open, the suspect is not found yet, and "
     "already three journalists have called. Who coordinates the communication to the press?",
     True),
    ("We willen een persbericht uitbrengen over het afgelaste wielercriterium na dreigende "
     "berichten die nog worden onderzocht; de afzender is nog niet gevonden.", True),
    # the report's own English judgement clears "not acute", someone else's does not;
    # "allerminst sprake" denies, and leaves a threat it does not reach
    ("An official report came in about a resident's possible departure, but the report "
     "explicitly says it is not acute and no departure is expected in the short term.", False),
    ("The report says it is not acute, but my neighbour says he flies to Syria tomorrow.", True),
    ("Van een acute dreiging is allerminst sprake, maar een jongen uit onze voetbalclub deelt "
     "antisemitische memes in de teamapp. Wie kan met ons meedenken?", False),
    ("Van een acute dreiging is allerminst sprake, maar hij zegt dat hij morgen de moskee "
     "opblaast.", True),
    ("Is there an official report form for reporting a broken streetlight near the primary "
     "school?", False),
    # round 1497-1504, German from border towns (9 acute cases missed, none had a German
    # word in the lists): a departure "nach Syrien um zu kämpfen", a report "des
    # Geheimdienstes", a "Drohbrief mit 'Bombe im Rathaus morgen'", an accomplice "noch
    # flüchtig", fertiliser and chemicals by a station's map beside "dass er etwas vorhat".
    # Not a grandmother in Syria, a piano's "Anschlag", a station tour's map, a holiday over
    # the Turkish border, a bombe glacée.
    ("Mein Nachbar in Vaals hat gestern gesagt er fährt bald zu seinen Brüdern nach Syrien um "
     "zu kämpfen, er hat sein Auto schon verkauft. Was soll ich sofort tun, bitte?", True),
    ("Unsere Gemeinde hat einen offiziellen Bericht des Geheimdienstes erhalten: ein Einwohner "
     "plant, in den nächsten Tagen in ein Kampfgebiet auszureisen.", True),
    ("Bericht von een collega bij de gemeente: anonymer Drohbrief mit 'Bombe im Rathaus morgen "
     "10 Uhr' auf der Post. Müssen wir evakuieren?", True),
    ("RTL und deutsche Fernsehteams stehen vor dem Gemeentehuis, weil der Mann, der gestern mit "
     "einem Messer auf Leute losgegangen ist, einen Komplizen hatte, der noch flüchtig ist.",
     True),
    ("Mein Untermieter bestellt seit Wochen große Mengen Dünger und Chemikalien, an der Wand "
     "hängt eine Karte vom Bahnhof Venlo mit roten Kreuzen. Ich habe Angst dass er etwas "
     "vorhat.", True),
    ("Er plant einen Anschlag auf das Rathaus.", True),
    ("Ich fahre nächste Woche nach Syrien um meine Oma zu besuchen, brauche ich ein Visum?",
     False),
    ("Der Anschlag des Pianos ist zu hart, wer repariert das Klavier in der Kirche?", False),
    ("Wir machen eine Bahnhof-Tour mit der Schule, Karte mit roten Kreuzen für die Stationen, "
     "morgen geht es los.", False),
    ("Mein Sohn fährt in die Türkei und dann weiter über die Grenze nach Georgien für Urlaub.",
     False),
    ("Wij maken een bombe glacée voor morgen op de markt, hoe lang moet die in de vriezer?",
     False),
    # round 1505-1512, German from Kerkrade, Enschede and Emmerich (6 acute cases missed): a
    # ticket to Turkey "und von dort weiter zu einer Kampfgruppe", "so viele wie möglich
    # mitnehmen" at a town fair with knives and chemicals, "ins IS-Gebiet", "zu den Brüdern
    # kämpfen", a passport gone with the savings and talk of "Kämpfern im Ausland", a
    # "Mittäter noch flüchtig". Not a grandmother who "nach Syrien ausreisen" will, two
    # brothers who "kämpfen um den Pokal", knives sold at the town fair, a lost passport.
    ("Ein Nachbar hat mir erzählt, dass der Sohn der Familie nebenan morgen früh ein "
     "Flugticket in die Türkei hat und von dort weiter zu einer Kampfgruppe will.", True),
    ("Im Jugendzentrum hat ein 19-Jähriger gesagt, er wolle am Samstag beim Stadtfest „so "
     "viele wie möglich mitnehmen“, und hat Fotos von Messern und Chemikalien gezeigt.", True),
    ("Eine junge Frau aus unserem Viertel will heute Abend mit dem Bus weiter ins IS-Gebiet.",
     True),
    ("mein cousin hat geschrieben dass er sich verabschiedet, er geht „zu den brüdern "
     "kämpfen“. sein rucksack ist gepackt.", True),
    ("Der Pass unseres Sohnes fehlt und er hat heute Morgen sein ganzes Erspartes abgehoben. "
     "Er hat ständig von den Kämpfern im Ausland geschwärmt.", True),
    ("Nach dem Messerangriff auf dem Markt ist ein möglicher Mittäter noch flüchtig. "
     "Journalisten fragen, ob die Bevölkerung in Gefahr ist.", True),
    ("Meine Oma will im Sommer nach Syrien ausreisen um ihre Schwester zu besuchen, braucht "
     "sie ein Visum?", False),
    ("Mein Bruder und ich kämpfen um den Pokal beim Tennis am Samstag.", False),
    ("Am Samstag beim Stadtfest verkaufen wir Messer auf dem Markt, brauchen wir eine "
     "Genehmigung?", False),
    ("Der Pass meines Sohnes fehlt seit heute, er hat das Ersparte für den Urlaub in Spanien "
     "abgehoben. Wo melde ich den Verlust?", False),
    # round 1505-1512: a passport measure beside "een vliegticket geboekt voor overmorgen"
    # (missed); look-alikes: a chilli sauce "bom", a dj who lets the hall "ontploffen", an
    # organ that "ontploft", a phone that "ontploft", Call of Duty's "aansalg", paintball kids
    # who "blow up" the other team, a tax bill misspelt "aanlsag".
    ("Betrokkene heeft volgens onze informatie reeds een vliegticket geboekt voor overmorgen. "
     "Kan de paspoortmaatregel nog tijdig ten uitvoer worden gelegd?", True),
    ("Waar op de zaterdagmarkt vind ik extreem scherpe pepers? Mijn schoonvader wil er een "
     "echte bom van een chilisaus mee maken voor het buurtfeest.", False),
    ("Voor het schoolfeest zoeken we een dj die de zaal echt laat ontploffen. Heeft de "
     "gemeente een lijst met erkende evenementenbureaus?", False),
    ("Het gerestaureerde orgel van onze kerk ontploft volgens de organist van het geluid. "
     "Geldt er een geluidsnorm?", False),
    ("Sinds we de koosjere markt hebben aangekondigd ontploft onze telefoon. Welke vergunning "
     "hebben we nodig voor kraampjes op zondag naast de sjoel?", False),
    ("in call of duty plant mijn team een aansalg op de vijandelijke basis, hoe kom ik langs "
     "die sniper?", False),
    ("Hi, our church youth group is going paintball shooting next Saturday and the kids joke "
     "that they will 'blow up' the other team. Do we need a permit for a barbecue?", False),
    ("Ik heb een aanlsag van de belastingdienst gekregen, hoe maak ik bezwaar?", False),
    # round 1513-1520, German from Gronau, Aachen and Kleve (7 acute cases missed): a pupil
    # who "morgen eine Waffe mitbringt und 'alle Verräter erledigt'", a flat given notice and
    # an account emptied "zu den Brüdern, wo endlich gekämpft wird", jerrycans and "er zeigt es
    # den Ungläubigen beim Stadtfest am Samstag", a station "wann es dort am vollsten ist"
    # beside "bereit zu sterben", a "Schreiben des Nachrichtendienstes", a "Terrordrohung".
    # Not a tax office's "amtliches Schreiben", a world trip, jerrycans of water, "alles
    # erledigt" at the town fair.
    ("Ein Schüler meiner Klasse hat heute im Klassenchat geschrieben, dass er morgen eine "
     "Waffe mitbringt und „alle Verräter erledigt“.", True),
    ("Mein Neffe hat seine Wohnung gekündigt, sein Konto leer geräumt und gesagt, er gehe „zu "
     "den Brüdern, wo endlich gekämpft wird“. Sein Flug geht morgen früh.", True),
    ("mein nachbar lädt seit tagen kanister in seinen transporter und sagt er zeigt es den "
     "ungläubigen beim stadtfest am samstag.", True),
    ("Er zeigte Fotos vom Bahnhof Heerlen, mit Zeiten, wann es dort am vollsten ist. Er sagte, "
     "bald werde dort keiner mehr lachen und er sei bereit zu sterben.", True),
    ("Der Bürgermeister hat ein Schreiben des Nachrichtendienstes erhalten: ein Einwohner wolle "
     "sich einer bewaffneten Gruppe im Ausland anschließen.", True),
    ("Wir haben gehört, dass gegen das Stadion eine Terrordrohung vorliegt.", True),
    ("Ein amtliches Schreiben des Finanzamts ist angekommen, wo kann ich Einspruch einlegen?",
     False),
    ("Mein Sohn hat seine Wohnung gekündigt und sein Konto leer geräumt, sein Flug nach "
     "Thailand geht morgen. Er macht eine Weltreise.", False),
    ("Wir fahren am Wochenende mit Kanistern Wasser zum Stadtfest, wo dürfen wir parken?",
     False),
    ("Am Samstag beim Stadtfest ist alles erledigt, die Stände stehen, brauchen wir noch eine "
     "Genehmigung?", False),
    # round 1513-1520: "'iets gaat gebeuren' op het strandfeest zaterdag" (missed); look-alikes:
    # a stronger attack in football, "Attack on the King", a shooter game's "het andere team
    # opblazen", gulls that made the terrace "een terreur", a presentation that "een bom was".
    ("op insta gaat een bericht rond dat er 'iets gaat gebeuren' op het strandfeest zaterdag, "
     "mensen zijn ongerust en de pers belt al.", True),
    ("My son's under-12 football team really needs a stronger attack. Does the municipality "
     "pay for extra coaching?", False),
    ("The chess club wants to call its tournament 'Attack on the King' and hold it in the town "
     "hall.", False),
    ("Mijn zoon speelt elke avond een schietspel en roept dat hij het andere team gaat "
     "opblazen. Moet ik de schermtijd beperken?", False),
    ("Het terras op de Grote Markt is een terreur geworden door de meeuwen die je patat "
     "stelen.", False),
    ("Mijn docent zegt dat mijn presentatie een bom was. Is dat goed of slecht?", False),
    ("Zijn paspoort is ingetrokken vanwege uitreisgevaar maar hij heeft nu een ticket voor "
     "morgen naar Istanbul.", True),
    # round 1521-1528 (5 acute cases missed, 4 in German): chemicals and "am Wochenende werden
    # alle sehen, was passiert", an "Amtsberricht", "zu einer bewaffneten Gruppe", a man who
    # "etwas gegen das Konzert vorhatte", a passport measure while "de man binnen enkele dagen
    # wil vertrekken". Look-alikes: an exam as "an attack on his brain", a cat that attacks
    # feet, "de volgende avond" of a hearing, "klinkt als iets groots", a
    # missionary couple's "uitreis"; "acuut is het echt niet" and "no sign of ... him leaving".
    ("bei uns im haus riecht es nach chemikalien und er hat gesagt am wochenende werden alle "
     "sehen was passiert wenn man den glauben beleidigt.", True),
    ("Wir haben ein Amtsberricht bekomen über eine Frau die bald ausreisen will.", True),
    ("Ein Reporter hat uns angerufen: ein Mann, der etwas gegen das Konzert am Samstag "
     "vorhatte, ist noch nicht gefasst.", True),
    ("De minister heeft besloten het paspoort van een inwoner vervallen te verklaren, en "
     "volgens de politie wil de man binnen enkele dagen vertrekken.", True),
    ("My teenage son says his maths exam was an absolute attack on his brain. How can I help "
     "him prepare for the resit?", False),
    ("My cat is a little terrorist at 4 am, she attacks my feet under the duvet every night.",
     False),
    ("Onze zendingscommissie bereidt de uitreis voor van een zendingsechtpaar naar Papoea. "
     "Welke vaccinaties zijn nodig?", False),
    ("Ik ben raadslid en vraag me af hoe de paspoortmaatregel wordt uitgevoerd. Het klinkt als "
     "iets groots, maar het is een algemene vraag.", False),
    ("Na een wedstrijd is er veel spanning tussen groepen jongeren. Het klinkt dramatisch, maar "
     "acuut is het echt niet. We zoeken deskundig advies.", False),
    ("Internship coordinator: one of our students no longer wants to work with women. No sign "
     "of anything violent or of him leaving the country.", False),
    # round 1529-1536 (6 acute cases missed, 5 in German): "morgen mit einer Waffe in die
    # Schule ... 'die Ungläubigen zu bestrafen'", chemicals and "am Königstag 'alle sehen
    # werden, was passiert'", a synagogue's entrances photographed and "bald aufgeräumt",
    # "um sich dem IS anzuschließen" (ß: the words keep it), a van "in die Menschenmenge",
    # "the threatening letter aimed at the town hall". Look-alikes: a team that "attacks the
    # basket", a simulated attack on the network, "an attack on competitors", an ice cream bomb,
    # "de smaak was een bom", "explosieven opruimen", a Call of Duty mission, nuns who collect
    # her, "over meisjes die uitreizen" as a lesson's subject.
    ("Ein Schüler hat im Klassenchat angekündigt, morgen mit einer Waffe in die Schule zu "
     "kommen und 'die Ungläubigen zu bestrafen'.", True),
    ("Aus dem Keller meines Nachbarn riecht es stark nach Chemikalien, und er hat gesagt, dass "
     "am Königstag 'alle sehen werden, was passiert'.", True),
    ("Ein Mann hat vor der Synagoge die Eingänge fotografiert und abgeschritten. Er sagte, hier "
     "werde 'bald aufgeräumt'. Er hatte einen schweren Rucksack dabei.", True),
    ("Mein Schwager hat mir geschrieben, dass er nächste Woche nach Syrien ausreisen wird, um "
     "sich dem IS anzuschließen.", True),
    ("Ein Gast hat darüber geredet, wie man am Samstag mit einem Lieferwagen in die "
     "Menschenmenge in der Einkaufsstraße fahren könnte.", True),
    ("A journalist wants a comment on the threatening letter aimed at the town hall; the police "
     "haven't found the sender yet.", True),
    ("Basketball: how do we defend against a team that attacks the basket relentlessly?", False),
    ("Our IT team wants to run a penetration test, basically a simulated attack, on the "
     "municipal network.", False),
    ("Our marketing team wants to launch an all-out attack on competitors with a radical price "
     "cut.", False),
    ("Does anyone have a recipe for a bombe glacée (ice cream bomb) for a birthday party?",
     False),
    ("Salam, in Damascus was ik brandweerman en ik weet veel van explosieven opruimen. Kan ik "
     "hier vrijwilliger worden?", False),
    ("In Call of Duty moet je in een missie een terroristische aanslag op een vliegveld "
     "voorkomen. Welke loadout werkt het best?", False),
    ("Mijn tante is non. De zusters van haar klooster komen haar zondag ophalen voor een "
     "retraite in België.", False),
    ("Een docent wil een gastles geven over meisjes die uitreizen; er is onrust in de klas. "
     "Bij wie kunnen we als school advies vragen?", False),
    ("Ik maak me zorgen over meisjes die uitreizen, mijn dochter van 16 heeft een enkeltje naar "
     "Istanbul geboekt en gaat morgen.", True),
    # round 1537-1544 (2 acute cases missed): a passport measure beside "een vlucht geboekt
    # voor donderdag, met alleen een heenreis" (not "donderdag een overleg over de
    # paspoortmaatregel"), graffiti "ALLE KAFIRS DOOD ZONDAG BIJ DE WEDSTRIJD" (not a pupil's
    # slogan without a day, nor plants that died). Look-alikes: "een bom aan onbetaalde
    # facturen", a shot called a 'bomb', "we gaan de tent
    # opblazen", "de bom is geplaatst!" while gaming, a printer "vermoorden".
    ("Een inwoner heeft volgens zijn reclasseringswerker een vlucht geboekt voor donderdag, met "
     "alleen een heenreis. Kunnen we zijn paspoort nog ongeldig laten verklaren?", True),
    ("We hebben donderdag een overleg over de paspoortmaatregel van een inwoner; wie vertrekt "
     "er namens de gemeente naar Den Haag?", False),
    ('er staat op de muur van de sporthal gespoten "ALLE KAFIRS DOOD ZONDAG BIJ DE WEDSTRIJD" '
     "wie moet ik belle dit is nu", True),
    ("Basisschool: kind (10) roept in de klas dat 'alle joden dood moeten', ouders reageren "
     "niet. Geen acuut gevaar.", False),
    ("Door de vorst waren alle planten dood, zaterdag op de markt kopen we nieuwe.", False),
    ("Er ligt een bom aan onbetaalde facturen voor beschermd wonen bij de gemeente.", False),
    ("In ons café heet de shot met kruidenlikeur en energiedrank een 'bomb'. Mag die op de "
     "kaart?", False),
    ('In het refrein van ons carnavalslied zingen we "we gaan de tent opblazen, de hele '
     'nacht".', False),
    ('Mijn zoon roept tijdens het gamen steeds "de bom is geplaatst!". Hoe stel ik een '
     "tijdslimiet in?", False),
    ('mijn collega zegt altijd "ik ga dat ding vermoorden" als de printer weer vastloopt.',
     False),
    # round 1545-1552 (4 acute cases missed, 3 in German): "auf dem Weihnachtsmarkt ein
    # Blutbad anzurichten", "nach Syrien ausreisen ... ein Flugticket über Istanbul", a man
    # "mit einem Messer auf Passanten losgegangen ... noch flüchtig", forty people "met
    # fakkels voor het huis van de burgemeester". German nouns have capitals, which read as
    # names that end a denial's reach: "Keine konkrete Drohung", "Es gibt keinen Amtsbericht"
    # now deny; "KEIN Amtsbericht ... nach Syrien will" stays acute by its departure.
    ("Im Internet hat jemand angekündigt, auf dem Weihnachtsmarkt ein Blutbad anzurichten, mit "
     "Datum und Uhrzeit.", True),
    ("Ein junger Mann aus unserer Gemeinde will nach Syrien ausreisen, er hat angeblich schon "
     "ein Flugticket über Istanbul.", True),
    ("Eine Journalistin will wissen, ob der Mann, der gestern mit einem Messer auf Passanten "
     "losgegangen ist und noch flüchtig ist, Helfer hatte.", True),
    ("Er staat op dit moment een groep van veertig mensen met fakkels voor het huis van de "
     "burgemeester. Er wordt met stenen naar de ramen gegooid.", True),
    ("Wir haben KEIN Amtsbericht bekommen, nur gehört, dass ein Mann aus dem Viertel in den "
     "nächsten Tagen nach Syrien will.", True),
    ("Er nennt Politiker Volksverräter. Keine konkrete Drohung, keine Reisepläne.", False),
    ("Es gibt keinen Amtsbericht, wir wollen nur vorbereitet sein.", False),
    ("Mein Vater will nach Syrien, um die Familie zu besuchen. Braucht er ein Visum?", False),
    ("Das Konzert im Stadtpark gestern war ein Anschlag auf meine Ohren.", False),
    ("Onze burgemeester wil een plan voor als politici doelwit worden van online haat. Het "
     "speelt nu niet.", False),
    ("we houden een straatfeest en iedereen weet waar de burgemeester woont want hij woont om "
     "de hoek. mogen we hem uitnodigen?", False),
    # round 1553-1560 (3 acute cases missed, all in German, a police liaison's formal letters):
    # "so viele Menschen wie möglich mitzunehmen", "er ziehe jetzt in den heiligen Krieg",
    # "mit gepackten Koffern Richtung Istanbul" while her husband "kämpft bei einer bewaffneten
    # Gruppe". Not a help sought ("Ondersteuning ... wordt gezocht") after a stabbing whose
    # safety the police secured, a dormer's 'opblazen', a trip "uitreizen naar ibiza".
    ("Er kündigt an, auf dem Weihnachtsmarkt am Samstag so viele Menschen wie möglich "
     "mitzunehmen.", True),
    ("Ihr Sohn hat heute früh das Haus verlassen und gesagt, er ziehe jetzt in den heiligen "
     "Krieg und komme nicht zurück.", True),
    ("Eine Frau hat heute ihre Kinder aus der Kita abgeholt und ist mit gepackten Koffern "
     "Richtung Istanbul unterwegs. Ihr Ehemann kämpft seit einem Jahr im Kriegsgebiet.", True),
    ("Na een steekincident tussen twee families is de veiligheid door de politie reeds "
     "geborgd. Ondersteuning door deskundigen wordt gezocht.", False),
    ("Door een inwoner werd een vergunning aangevraagd voor het 'opblazen' van de dakkapel.",
     False),
    ("mn broer wil deze zomer 'uitreizen' naar ibiza met z'n matties haha, hoe duur zijn de "
     "tickets?", False),
    ("Een man die gisteren iemand neerstak wordt nog gezocht; advies over de communicatie "
     "wordt gezocht.", True),
    # round 1561-1568 (5 acute cases missed, 4 in German): jerrycans of chemicals, "Kartons
    # voller Nägel und Skizzen vom Aachener Weihnachtsmarkt"; "ein langes Messer und die Route
    # des Karnevalszugs ... 'damit endlich alle zuhören'"; "'eine Menge Ungläubige mitnehmen'"
    # at a town fair; "the threat made online yesterday against worshippers; the police
    # haven't found the writer yet". Not a carnival group's route, families who take prams
    # along, "onze uitreis vanaf Schiphol", "peuterterreur".
    ("Bei einer Wohnungsbegehung wurden Kanister mit Chemikalien, Kartons voller Nägel und "
     "Skizzen vom Aachener Weihnachtsmarkt gefunden.", True),
    ("Ein junger Mann erzählte, er habe sich ein langes Messer und die Route des "
     "Karnevalszugs besorgt, 'damit endlich alle zuhören'.", True),
    ("Ein Mann hat erzählt, er werde am Samstag beim Stadtfest 'eine Menge Ungläubige "
     "mitnehmen', das Zeug habe er schon im Keller.", True),
    ("A TV crew is outside the mosque asking about the threat made online yesterday against "
     "worshippers; the police haven't found the writer yet.", True),
    ("Am Samstag beim Karnevalsumzug laufen wir mit, wir haben die Route vom Umzug, wo stellen "
     "wir uns auf?", False),
    ("Am Samstag beim Stadtfest wollen viele Familien Kinderwagen mitnehmen, gibt es "
     "Parkplätze?", False),
    ("Door mijn werk kan ik alleen buiten de schoolvakantie op reis; onze uitreis vanaf "
     "Schiphol staat gepland op 2 juni.", False),
    ("Hallo, ik ben moeder van een peuter en de peuterterreur is hier echt begonnen. Is er een "
     "cursus opvoedondersteuning?", False),
    # round 1569-1576 (4 acute cases missed, all in German): a father who takes his family "am
    # Wochenende 'ins Land des Kalifats'", gas bottles and nails beside "am Sonntag beim
    # Konzert 'wird es knallen'", a pupil "auf dem Weg zu den Kämpfern", a pupil "auf dem Weg
    # in ein Kriegsgebiet". Not fireworks that "knallen", a camp's "uitreis", "de bom in
    # pannenkoeken bakken", a scouts' night game's "aanval op het kamp".
    ("Der Vater eines Schülers hat erzählt, dass er sein Auto verkauft hat und seine Familie am "
     "Wochenende 'ins Land des Kalifats' mitnimmt.", True),
    ("Ein Cousin hat im Keller Gasflaschen und Nägel gesammelt und sagt, am Sonntag beim "
     "Konzert im Park 'wird es knallen'.", True),
    ("Seine Mutter hat eine Abschiedsnachricht gefunden: er sei 'auf dem Weg zu den "
     "Kämpfern'.", True),
    ("Ein Journalist fragt nach dem Schüler, der laut seiner Familie gerade auf dem Weg in ein "
     "Kriegsgebiet ist.", True),
    ("Am Sonntag beim Konzert im Park wird es knallen, das Feuerwerk ist toll!", False),
    ("Een ouder vroeg of de uitreis van ons kamp naar Frankrijk met de bus of met de trein gaat "
     "en hoe laat we precies vertrekken. Wat is handig voor een groep van 50?", False),
    ("wie is er in de kampkeuken de bom in pannenkoeken bakken voor 80 kinderen?", False),
    ("Bij het nachtspel vlaggenroof plannen de oudste scouts een aanval op het kamp van de "
     "andere groep.", False),
    # round 1577-1584 (8 acute cases missed, 7 in Swiss and Austrian German): "bald knallt es
    # bei den Ungläubigen" beside chemicals and nails, "dorthin, wo 'echte Muslime kämpfen'",
    # "möglichst viele mitzunehmen", "nach Syrjen ausreisen ... die Pässe haben sie schon", "ein
    # amtlicher Bericht ... zu einer kämpfenden Gruppe im Ausland", "an official intelligence
    # notice". Not "ein Zeichen für Toleranz setzen", fireworks where "es knallt", a station
    # plan for a school tour, daughters who visit their grandmother in Syria with passports.
    ("mein nachbar bastelt seit tagen in der garage mit chemikalien und nägeln und hat gesagt "
     "bald knallt es bei den ungläubigen.", True),
    ("Einer meiner Spieler hat gesagt, er gehe jetzt für immer dorthin, wo 'echte Muslime "
     "kämpfen'. Sein Bus zum Flughafen fährt heute Abend.", True),
    ("Ein Jugendlicher hat geschrieben, dass er einen Plan hat, am Bahnhof 'möglichst viele "
     "mitzunehmen'.", True),
    ("Zwei Brüder aus der Nachbarschaft wollen am Wochenende nach Syrjen ausreisen, die Pässe "
     "haben sie schon.", True),
    ("Bei uns ist ein amtlicher Bericht eingegangen, wonach eine Familie demnächst zu einer "
     "kämpfenden Gruppe im Ausland aufbrechen will.", True),
    ("Mayor's chief of staff here: an official intelligence notice arrived about a family "
     "planning to depart any day now for a war area.", True),
    ("Am Samstag beim Stadtfest wollen wir ein Zeichen für Toleranz setzen, wo kommen die "
     "meisten Menschen zusammen?", False),
    ("Beim Feuerwerk am Samstag auf dem Stadtfest knallt es richtig, wo ist der beste Platz?",
     False),
    ("Wir haben einen Plan vom Bahnhof für die Schulführung am Montag, und die meisten Menschen "
     "kommen um 8 Uhr.", False),
    ("Meine Töchter wollen in den Sommerferien nach Syrien ausreisen, um die Oma zu besuchen; "
     "die Pässe haben sie schon.", False),
    # round 1585-1592: a plot whose plotters "may still be out there"; calm statements beside
    # an arrest or a procedure in hand; a prank's target, a burial, carbide, a leaflet, fireworks
    ("A reporter is asking about the plot the police disrupted on Tuesday; police say more "
     "people involved may still be out there. Who helps us with the press line?", True),
    ("Niet acuut, want de betrokkene is volgens de politie al aangehouden: wij kregen "
     "gisteren een ambtsbericht over zijn voorgenomen uitreis.", False),
    ("Hoe verklaar je als gemeente een paspoort ongeldig in verband met een uitreisrisico? "
     "Er is geen acute situatie, de procedure loopt al.", False),
    ("Wie wordt dit jaar het doelwit van de 1 aprilgrap op het depot?", False),
    ("Een Syrische familie wil hun overleden vader laten repatriëren naar Syrië om hem "
     "daar te begraven. Welke documenten heb ik nodig?", False),
    ("Mogen we met oud en nieuw carbid schieten? Vorig jaar kwam de politie langs omdat "
     "iemand in het dorp dacht dat er een bom ontplofte.", False),
    ("Een brochure die we in de moskee uitdelen: 'Familie is de eerste kring van "
     "bescherming.' Een vader vraagt waar hij terecht kan.", False),
    ("Voor de uitvaart van een vuurwerkliefhebber wil de familie na de bijzetting een "
     "knallende show met zware bommen. Mag dat?", False),
    # round 1593-1600: the intelligence's own calm with a date far off; a night shift, a wall, a
    # clubhouse and a food stall's gas bottles
    ("We hebben een ambtsbericht ontvangen over een voorgenomen uitreis, maar volgens de "
     "inlichtingen is er geen onmiddellijk gevaar en ligt de vertrekdatum nog ver weg. Wie "
     "moeten we betrekken?", False),
    ("Afgelopen weekend was de nachtdienst op de SEH echt explosief, totale chaos met "
     "volle maan. Is daar onderzoek naar?", False),
    ("De aannemer wil de oude muur van ons dienstgebouw laten ontploffen, grapje, gewoon "
     "slopen. Welke sloopvergunning is nodig?", False),
    ("Our rugby team got absolutely bombed last week, and the coach now wants to blow up "
     "the old clubhouse and rebuild it from scratch. Does demolition need a permit?", False),
    ("De brandweer had het vanavond over explosiegevaar bij de gasflessen van de "
     "loempiakraam. Welke regels gelden er voor koken op gas op de avondmarkt?", False),
    # round 1601-1608: a cake that 'is echt een bom', a volunteer's trip, a bathroom as if a bomb
    # struck, a detainee held two more years, volleyball's 'terreur aan het net'
    ("Wat is een goed recept voor een taart die echt een bom is voor het kampioensfeest "
     "van de JO13? Liefst met veel slagroom.", False),
    ("Ik wil als vrijwilliger een maand uitreizen naar Ghana voor een project in een "
     "gevangenis daar. Welke vaccinaties heb ik nodig?", False),
    ("De aannemer heeft onze oude badkamer volledig gesloopt, het ziet eruit of er een bom "
     "ingeslagen is. Hoe vraag ik een container aan?", False),
    ("Er is een ambtsbericht binnengekomen over een gedetineerde die nog twee jaar "
     "vastzit; hij zou na zijn vrijlating willen uitreizen. Omdat hij nog zo lang binnen "
     "zit, is dit uitdrukkelijk niet acuut.", False),
    ("Onze volleybalploeg speelt zo extreem aanvallend dat de tegenstanders het 'terreur "
     "aan het net' noemen. Hoe verbeteren we de verdediging?", False),
    # round 1609-1616: self-checkouts as 'terreur', a night ferry's 'uitreis', an attack on one's
    # own health, a neighbour of Syria, a chilli sauce called 'de bom', a world trip, a meme's
    # target
    ("Onze nieuwe zelfscankassa's zijn echt terreur voor oudere klanten. Hoe kunnen we dat "
     "beter uitleggen met bordjes?", False),
    ("Hoe lang duurt de uitreis met de nachtboot naar Engeland, en hoe laat vertrekt de "
     "terugreis op zondag?", False),
    ("De keeper van ons team pleegt een aanslag op zijn eigen gezondheid met al die "
     "energiedrankjes, haha. Hoe krijg ik hem van die troep af?", False),
    ("Wij gaan op vakantie naar Jordanië, buurland van Syrië. Heb ik visum nodig en moet "
     "mijn paspoort nog 6 maanden geldig zijn?", False),
    ("Mijn collega maakt een chilisaus die zo explosief is dat we hem 'de bom' noemen. Mag "
     "ik die verkopen op de weekmarkt?", False),
    ("Mijn zoon wil na zijn examen met de motor uitreizen richting Kaapstad, een "
     "wereldreis van een jaar. Moet hij zich uitschrijven uit de BRP?", False),
    ("Onze lijsttrekker is het doelwit van een grappige meme over hem op de fiets in "
     "maatpak. Moeten we daar als campagneteam op reageren?", False),
    # round 1617-1624: garlic and a knife, a dog to Canada, lilies as a time bomb for cats, 'bom
    # geplant!' in Counter-Strike
    ("knoflookpers kapot, kan ik ook met een mes knoflook fijnmaken voor de shoarma?", False),
    ("Wij willen met onze golden retriever via Schiphol uitreizen naar Canada. Welke "
     "papieren en vaccinaties heeft de hond nodig?", False),
    ("Welke kamerplanten zijn een tijdbom voor katten? Ik hoorde dat lelies "
     "levensgevaarlijk zijn, zelfs het stuifmeel.", False),
    ("mijn kleinzoon speelt de hele dag counter strike, hij is altijd de terrorist en "
     "roept 'bom geplant!' door het huis haha. hoeveel uur gamen is normaal?", False),
    # round 1625-1632: a water pistol, an under-12s' attack, a final that was 'een bom van spanning'
    ("mijn zoontje dreigt zijn zusje steeds dat hij haar 'opblaast' met zijn waterpistool "
     "haha. is er deze zomer een speeltuinfeest in de wijk?", False),
    ("The attack of our under-12s is lethal this season. Can we get extra pitch time on "
     "Saturday mornings?", False),
    ("Onze zaalvoetbalfinale was een bom van spanning tot de laatste seconde! Waar bestel "
     "ik een beker en medailles voor volgend jaar?", False),
    # round 1633-1640: a report's person in a programme or held another year; a choir, a phone
    # contract, a reminder called a 'dreigbrief', a wasps' nest, an exhibition about the Sahel
    ("Vorige maand kwam er een ambtsbericht over een inwoner met uitreisplannen. Inmiddels "
     "zit hij in een traject en is er geen direct gevaar, het is niet acuut. Welke "
     "partijen moeten we betrekken?", False),
    ("We ontvingen een ambtsbericht over iemand die wil uitreizen, maar volgens hetzelfde "
     "bericht zit hij nog ruim een jaar vast. Het is dus niet acuut. Met wie stemmen we "
     "af?", False),
    ("Ons koor was een bom op het podium van de Pride, iedereen ging los. Waar vind ik een "
     "zangcoach in de regio?", False),
    ("Budget coach here. My client says her new phone contract is 'killing' her and that "
     "she's 'ready to blow up' at the provider. How can she cancel the contract early?", False),
    ("Cliënt kreeg vandaag een 'dreigbrief', zoals hij het noemt: een laatste aanmaning "
     "met aankondiging van beslag op zijn loon. Hoe kan ik het beslag nog voorkomen?", False),
    ("Er zit een wespennest in onze schuur en de bestrijder wil het 'uitroken en "
     "opblazen'. Vergoedt de gemeente plaagdierbestrijding?", False),
    ("Een fotograaf uit onze gemeente wil in de bibliotheek een expositie houden over zijn "
     "reis door de Sahel. Bij wie reserveren we de zaal?", False),
    # round 1641-1648: bitterballen, a controlled demolition, ticket sales that exploded, a fan
    # club's bus trip, a roster as an attack on weekends
    ("Voor de nieuwjaarsreceptie van de raad willen we een bom aan bitterballen en een "
     "goede DJ. Kan de griffie dat regelen?", False),
    ("Voor de sloop van de oude watertoren wil de aannemer de constructie met een "
     "gecontroleerde explosie laten opblazen. Welke vergunningen zijn nodig?", False),
    ("De kaartverkoop voor ons festival is ontploft: binnen een uur uitverkocht. Hoe "
     "regelen we een eerlijke wachtlijst?", False),
    ("We organiseren voor onze fanclub de uitreis naar een festival in Spanje met drie "
     "bussen. Welke verzekering hebben we nodig?", False),
    ("Mijn collega noemt het nieuwe rooster een terroristische aanslag op haar weekenden. "
     "Hoe kaart ik de werkdruk aan bij HR?", False),
    # round 1649-1656: the oak processionary's terror, a handball 'bom', a band's name, a kitchen
    # that will cost 'een bom', a farewell letter on retiring, a backpacker's 'uitreizen'
    ("Kan de GGD iets doen tegen de terreur van de eikenprocessierups rond het "
     "schoolplein? De kinderen zitten onder de uitslag.", False),
    ("Ons handbalteam gooide zaterdag een echte bom in de laatste minuut, we won by one "
     "goal! Hoe vraag ik subsidie aan voor nieuwe shirts?", False),
    ("Onze band heet Terminal Dreiging en we willen optreden op het havenfeest. Bij wie "
     "meld ik ons aan?", False),
    ("We gaan verbouwen en de aannemer zegt dat de oude keuken er radicaal uit moet, dat "
     "gaat een bom kosten. Heb ik een omgevingsvergunning nodig?", False),
    ("Mijn zus heeft een afscheidsbrief geschreven aan haar collega's omdat ze na veertig "
     "jaar met pensioen gaat, en ze wil een receptie geven. Kan ik een zaal in het "
     "buurthuis van de gemeente huren?", False),
    ("Mijn broer gaat volgende week 'uitreizen' zoals hij het zelf noemt: een jaar met "
     "zijn rugzak door Azië. Moet hij zich uitschrijven bij de gemeente?", False),
    # Held-out round 1657-1664: a resident 'op weg zou bevinden naar een strijdgebied' asked about
    # by a reporter; a threat against the town hall whose maker is 'still unaccounted for'.
    ("Door een verslaggever wordt navraag gedaan naar geruchten dat een inwoner zich op "
     "dit moment op weg zou bevinden naar een strijdgebied. In hoeverre deze informatie "
     "juist is, kan vooralsnog niet worden bevestigd. Met wie stemmen wij een persreactie af?",
     True),
    ("A journalist asks whether the threat against our town hall has been dealt with. It "
     "hasn't: the person who made it is still unaccounted for. Who coordinates our "
     "statement?", True),
    # Held-out round 1665-1672: a report's calm needs the report's own word or a vague danger ('niet
    # acuut' beside a departure, not a 'mogelijke' one, does not clear it); a returnee who wants
    # to leave again stays acute; a press question about departures 'van jaren terug' is over.
    ("We hebben een ambtsbericht ontvangen over een uitreis, het is niet acuut. Welke partijen "
     "moeten we informeren?", True),
    ("Een journalist vraagt naar een uitreiziger die al terug is en nu weer wil vertrekken "
     "naar Syrië.", True),
    ("raadslid hier ik krijg vragen van een tv programma over uitreizigers uit onze "
     "gemeente van jaren terug mag ik reageren of loopt dat via de woordvoering", False),
    # Held-out round 1673-1680: someone who 'op mensen wil gaan schieten' and is not found yet;
    # recognising 'signalen van uitreis' in general and Bond villains' plans 'in de films' are calm,
    # seeing them in a boy with a ticket is not; 'acuut ziek' does not clear a departure tomorrow.
    ("Er staat een cameraploeg voor het stadskantoor omdat er geruchten gaan dat iemand "
     "vanmiddag in het centrum op mensen wil gaan schieten; de man is nog niet gevonden. "
     "Wie helpt ons met wat we naar buiten brengen?", True),
    ("Raadslid hier. Ik wil weten wat onze gemeente in het algemeen doet aan preventie van "
     "radicalisering en of ambtenaren signalen van uitreis zouden herkennen. Er speelt "
     "niets concreets, het is voor een raadsvraag.", False),
    ("Voor de kerstborrel van burgerzaken maken we een pubquiz met een ronde over James "
     "Bond-schurken en hun terroristische plannen in de films. Wie heeft leuke vragen?", False),
    ("We zien signalen van uitreis bij een jongen van 17, hij heeft een ticket gekocht.", True),
    ("Hij is acuut ziek geworden en wil nu toch morgen naar Syrië vertrekken.", True),
    # Held-out round 1681-1688: a group planning to lure ambulance crews 'de wijk in te lokken'; a
    # threat's own 'terreur van dinsdag' keeps it.
    ("Melding binnengekregen bij OOV: een groep zou plannen maken om ambulancepersoneel "
     "met een nepmelding de wijk in te lokken en dan 'een statement te maken voor de "
     "ummah'. Ze zouden vuurwerkbommen en een gaspistool hebben.", True),
    ("Hij wil op dinsdag het stadhuis aanvallen, de terreur van dinsdag noemt hij het.", True),
    # Held-out round 1689-1696: someone under a passport measure at the airport 'met een ander
    # reisdocument'; a 'mogelijke uitreis' does not clear a departure tomorrow morning, nor a budget
    # a plan for an attack.
    ("We voeren de paspoortmaatregel uit voor een inwoner. Wie ondersteunt ons daarbij? En "
     "hij blijkt vanavond al op het vliegveld te staan met een ander reisdocument, wat nu?", True),
    ("Er is een mogelijke uitreis, niet acuut, maar hij vertrekt morgenochtend met een "
     "enkeltje naar Istanbul.", True),
    ("Het budget van de moskee is op, en hij plant een aanslag op het stadhuis.", True),
    # Held-out round 1697-1704: weapons and a list of names, in Dutch.
    ("Hij heeft een pistool en een lijst met namen van raadsleden.", True),
    # Held-out round 1705-1712: a departure to fight stays acute beside a word about deportation.
    ("Mijn broer wil volgende week naar Irak om te vechten, hij wordt niet uitgezet.", True),
    # Held-out round 1713-1720: a place of worship spied on (a van with blacked-out windows, the
    # cameras photographed) beside a mosque or synagogue.
    ("Journalist vraagt ons te bevestigen dat de tweede man die met de verdachte foto's "
     "maakte bij de moskee nog voortvluchtig is. Hoe reageren we?", True),
    ("Al drie avonden staat er een grijze bestelbus met geblindeerde ramen tegenover de "
     "ingang van de moskee, steeds rond het avondgebed. Vanavond stapte er iemand uit die "
     "de camera's boven de deur fotografeerde. Wie moet ik n", True),
    ("Iemand fotografeerde de camera's bij de synagoge en reed weg, vanavond is er een "
     "dienst.", True),
    # Held-out round 1721-1728: a brother whose passport and bag are gone, who talked of 'the land
    # of jihad'; 'verdachte spullen' whose owner the police still seek; 'dreigende teksten tegen de
    # burgemeester' whose maker is not found, asked about by the press.
    ("My brother in Arnhem has become radical and since yesterday his passport and a bag "
     "are gone. His wife says he kept talking about the land of jihad. We as a family need "
     "support, but is this also urgent?", True),
    ("De pers staat bij de container waar we gisteren die verdachte spullen vonden; de "
     "politie zoekt nog naar de man die ze er heeft neergezet. Wat mogen we zeggen en wie "
     "coördineert het persbericht?", True),
    ("Een journalist vraagt of de dreigende teksten tegen de burgemeester die we "
     "vanochtend weghaalden betekenen dat er nog gevaar is. De dader is nog niet gevonden. "
     "Wie coördineert de communicatie?", True),
    # Round 1729-1736: the second suspect of a plot who escaped, told in a PS; packing and farewells
    # beside a passport measure (missed); a past shout with 'sindsdien is er niks gebeurd', and no
    # 'acute uitreisdreiging' in the report (said not to be acute).
    ("Beste collega's, een vraag over de campagne rond samenleven. PS: de pers belt ook "
     "over de tweede verdachte van het plan om de kermis te treffen; hij wist bij de "
     "aanhouding te ontkomen.", True),
    ("The neighbours say a resident is packing up and saying farewells, and the police "
     "advised a paspoortmaatregel. How does that work?", True),
    ("Niet acuut: een buurman riep vorig jaar eens dat hij het gemeentehuis zou opblazen. "
     "Sindsdien is er niks gebeurd. Moeten we dit melden?", False),
    ("In het ambtsbericht staat uitdrukkelijk dat er geen acute uitreisdreiging is. Wie is "
     "ons aanspreekpunt?", False),
    # Round 1737-1744: a boast of an attack that the police call 'grootspraak', said not to be
    # acute, is calm.
    ("Een jongen heeft op school opgeschept over een aanslag, maar volgens de wijkagent "
     "was het grootspraak; er is geen directe dreiging. Waar melden we het toch?", False),
    # Round 1745-1752: a passport to void today against a threatened departure next week (missed; a
    # guard, the card catches this shorter text); a passport already handed in, and a departure of
    # last school year, beside 'niet acuut', are calm.
    ("De gemeente moet vandaag de identiteitskaart en het paspoort van een inwoner "
     "vervallen verklaren om een dreigend vertrek naar een strijdgroep volgende week te "
     "voorkomen. Wat moet de gemeente bij de uitvoering doen?", True),
    ("Hoe verklaren we een paspoort ongeldig van iemand met uitreisplannen? Het is niet "
     "acuut, hij heeft zijn paspoort al ingeleverd.", False),
    ("Vorig schooljaar vertelde een leerling dat zijn oom naar een strijdgebied was "
     "uitgereisd. Er is nu geen direct gevaar en het is niet acuut, maar waar meld je een "
     "vermoeden van uitreis?", False),
    # Round 1753-1760: what 'eerst leek' acute, and a police officer who 'says there is no immediate
    # danger, not acute', are calm.
    ("Eerst leek het een acute zaak (leuzen gekalkt op de moskee), maar de politie heeft "
     "de daders al opgepakt. Wie helpt ons met een gesprek in de buurt?", False),
    ("A man from the shelter may want to go to a conflict area to join an armed group, but "
     "he has no passport, and our police officer says there is no immediate danger, not "
     "acute. Where do we report it?", False),
    # Round 1761-1768: 'b0mdreiging' written to dodge a filter (missed); 'Een dreiging is het
    # volgens ons niet' (negated).
    ("De pers staat voor de deur over de b0mdreiging van vanochtend; de dader is nog niet "
     "gepakt. Wie helpt met de woordvoering?", True),
    ("Een leerling deelde een meme die een aanslag verheerlijkt. Een dreiging is het "
     "volgens ons niet. Bij wie kan de school terecht?", False),
    # Round 1769-1776: 'De AIVD schrijft er zelf bij dat het niet acuut is' is the report's own
    # judgement; Frisian 'It is net acuut'.
    ("We kregen een ambtsbericht over een mogelijke uitreis van een inwoner. De AIVD "
     "schrijft er zelf bij dat het niet acuut is. Met wie stemmen we af?", False),
    ("Wy hawwe noch gjin dossierhâlder radikalisearring. It is net acuut hoor, mar wa moat "
     "it wurde?", False),
    # Round 1777-1784: the man 'met de gehuurde bus' still not found, in a press question (missed; a
    # guard here).
    ("Een verslaggever vraagt om commentaar op de man met de gehuurde bus die nog steeds "
     "niet is gevonden, en of de markt morgen doorgaat. Hoe stemmen we af?", True),
    # Round 1785-1792: a joke about a party in the school hall with bangers for everyone; the
    # writer's own 'niet acuut' beside a hedge that is the ticket's, and a departure not before
    # summer
    ("Een leerling van de havo maakt in de klas steeds grapjes over een feest in de aula, "
     "'met knallers voor iedereen'. De mentor vindt het eng.", True),
    ("Niet acuut, er is geen direct gevaar: een buurtbewoner zei ooit dat hij naar het "
     "strijdgebied wil, maar hij heeft voor zover wij weten geen ticket. Moeten we dit "
     "melden?", False),
    ("Ik wil eerst zeggen dat dit niet acuut is: een cliënt praat al jaren over ooit "
     "uitreizen, hij heeft geen geld en geen paspoort. Waar kan ik dit bespreken?", False),
    ("We received an ambtsbericht about a possible uitreis; the departure is not before "
     "the summer and there is no immediate danger. Not urgent. Who do we involve?", False),
    # Round 1785-1792: the English verb 'is' read as the group IS after 'fight for them when it'
    ("My cousin says he will fight for them when it is needed. He has a job here and no "
     "plans to travel. How do we as a family keep talking with him?", False),
    # Round 1793-1800: an armed man seen and still not found, in a press question
    ("Er staan cameraploegen bij de ingang van het bos waar gisteren een gewapende man "
     "werd gezien die nog steeds niet is gevonden. Wat mogen wij als boswachters tegen de "
     "pers zeggen?", True),
    # Round 1809-1816, English: a place with the fighters over there, making sure it goes off when
    # it is busiest, planning something big at a concert hall, a real Islamic land
    ("Our nephew says his place is with the fighters over there. We are his family, what "
     "do we do?", True),
    ("In the café I heard two men going over the timings of the parade, making sure it "
     "goes off when it is busiest. Who should know?", True),
    ("A reporter asks about the man who was heard planning something big at the concert "
     "hall. What can the municipality say?", True),
    ("Our son keeps talking about taking his wife and kids to a real Islamic land next "
     "month. As his parents we want help.", True),
    # Round 1817-1824: going abroad to fight, over there where the fighting is, 'van plan ... geweld
    # te gebruiken'; calm beside earlier concerns, and where the police are yet to 'be told'
    ("Other parents say a boy in our street wants to go abroad to fight and asks how to "
     "get there. What should I do?", True),
    ("My cousin wants to marry a man who lives over there where the fighting is, and go to "
     "him. We need advice as a family.", True),
    ("Een buurman zegt dat iemand uit de flat van plan is zaterdag in het centrum geweld "
     "te gebruiken tegen moslims. Wie moet dit weten?", True),
    ("De paspoortmaatregel loopt vanwege eerdere zorgen over uitreis; er is geen acute "
     "situatie. Hoe pakken we de uitvoering aan?", False),
    ("This is not acute. He said months ago that he wanted to go to Syria, but he has a "
     "job now. Should the police still be told?", False),
    # Round 1825-1832: a call to stab an alderman with the victim named in between; 'the true state
    # needs men'; an English report that itself states no immediate urgency
    ("In een appgroep wordt opgeroepen om de wethouder na de raadsvergadering neer te "
     "steken. Wat moet de gemeente doen?", True),
    ("A man told his friends that he is crossing over within days, because the true state "
     "needs men like him.", True),
    ("The report itself states there is no immediate urgency about the possible departure. "
     "How do we follow up?", False),
    # Round 1849-1856: a pupil with photos of the hall who keeps asking when the ceremony starts and
    # says others had better stay home that day
    ("Een leerling heeft foto's van de aula, vraagt steeds hoe laat de diploma-uitreiking "
     "begint en zegt tegen vrienden dat ze die dag beter thuis kunnen blijven.", True),
    # The stop's own review: figures it wrote too broadly at first ('de bom wordt', 'knal van een
    # bom', 'examen ... opblazen'), each a threat when written so
    ("Mijn buurman zegt: de bom wordt zaterdag geplaatst.", True),
    ("We hoorden de knal van een bom bij het station, de dader is weg.", True),
    ("Hij wil tijdens het examen de school opblazen.", True),
    # The same review: a game's 'attacks on enemy bases' only beside a game
    ("They plan attacks on enemy bases, meaning the police stations in our town, this "
     "weekend.", True),
    # Round 1857-1864: someone who 'onze bloedbank wil aanvallen' told as a rumour, and fake posts
    # about an attack that never happened (beside a real threat).
    ("Een verslaggever vraagt ons om commentaar op het gerucht dat iemand onze bloedbank "
     "wil aanvallen; de politie zoekt de man nog. Hoe coördineren we de woordvoering?", True),
    ("Ik hoorde dat iemand ons wil aanvallen bij het gemeentehuis.", True),
    ("hoe reageren we op social media als er nep berichten rondgaan over een aanslag in "
     "onze stad die nooit heeft plaatsgevonden", False),
    ("Er gaan nepberichten rond over een aanslag, maar ook een echte dreigbrief: hij wil "
     "het stadhuis opblazen.", True),
    # Round 1865-1872: a departure under way 'right now' stays acute, as does a threat carried out
    # 'nu direct'; the council that wants to know 'nu direct' who holds the file does not.
    ("We've heard reports that a teenager from our town is right now travelling through "
     "Turkey on his way to Syria. National media are calling our press office. Who do we "
     "coordinate our statement with?", True),
    ("Foreign TV crew here. We've heard that a teenage girl from The Hague is on her way "
     "right now to the fighting, reportedly in transit in Istanbul. Who can confirm or "
     "comment on this?", True),
    ("Our neighbour says his son is right now in transit in Istanbul, with a one-way "
     "ticket.", True),
    ("Spoed: de gemeenteraad wil nu direct weten wie bij ons de dossierhouder "
     "radicalisering is. Hoe regelen we dat?", False),
    ("Hij zegt dat hij nu direct naar het stadhuis gaat om de wethouder neer te steken.", True),
    # Round 1873-1880: an emergency with a threat or a departure in it stays acute.
    ("Emergency: my brother says he will blow up the mosque on Friday. Who do I call?", True),
    ("Noodgeval: mijn neef is onderweg naar Syrië, hij zit nu in Istanbul.", True),
    ("Hij is nu onderweg, zijn paspoort heeft hij meegenomen, hij wil naar het "
     "strijdgebied.", True),
    # Round 1881-1888: ammunition stockpiled with a word between, and threats in the words of the
    # round's look-alikes.
    ("A member of our re-enactment group is stockpiling real ammunition and keeps talking "
     "about 'the day' at the local mosque next week. This is no longer a game. Who do I "
     "contact?", True),
    ("Hij wil een bom in het zwembad leggen, de grootste bom ooit, zegt hij.", True),
    ("He says he will blow up the bunker where the refugees sleep tonight.", True),
    ("He wants to blow up the old bunker foundations under the mosque on Friday.", True),
    # Round 1889-1896: a threat quoted to ask whether it is punishable ('ik maak de burgemeester
    # af'), a man under a passport measure who 'komt hier toch wel weg', and threats in the words of
    # the round's look-alikes.
    ("Is het strafbaar als iemand met een vervallen verklaard paspoort toch probeert te "
     "reizen? We voeren de maatregel net uit en de betrokkene zegt nu 'ik kom hier toch "
     "wel weg, deze week nog'.", True),
    ("Verslaggever hier: is het strafbaar wat die man vanochtend in zijn video zei, 'ik "
     "maak de burgemeester af, hij weet niet wanneer'? Ik wil een reactie van de gemeente "
     "voor mijn artikel.", True),
    ("Mijn collega zegt altijd 'die klus gaan we even opblazen' als het snel moet. Is er "
     "een goede cursus efficiënt werken?", False),
    ("Die klus gaan we even opblazen, zei hij, en hij bedoelde het azc; hij heeft de "
     "spullen al.", True),
    ("Er ligt een bom aan de achterkant van het station, zegt de beller.", True),
    # Round 1897-1904: a passport withdrawn 'omdat hij mogelijk in het buitenland wil gaan vechten'
    # (missed), not the general question; threats in the words of the look-alikes.
    ("We moeten het reisdocument van een inwoner laten vervallen, omdat hij mogelijk in "
     "het buitenland wil gaan vechten. Wie begeleidt de gemeente bij de uitvoering van die "
     "maatregel?", True),
    ("Hij wil de moskee opblazen, zoals ze met de oude watertoren deden.", True),
    ("Hoe werkt het ongeldig verklaren van een paspoort bij iemand van wie wordt gedacht "
     "dat hij in het buitenland wil gaan vechten? Algemene vraag, geen casus.", False),
    ("Na het datalek heeft hij een lijst met namen van raadsleden die hij wil afmaken.", True),
    # Round 1905-1912: threats in the words of the round's look-alikes.
    ("Hij zegt dat we de burgemeester moeten ophangen, bij de poster van de partij.", True),
    ("Hij wil het azc opblazen, en niet figuurlijk.", True),
    ("In de scène met een aanslag op de koning wil hij echte kogels gebruiken tegen de "
     "burgemeester in de zaal.", True),
    # Round 1913-1920: threats in the words of the round's look-alikes.
    ("Uitreis is niet meer mogelijk, dus nu wil hij hier een aanslag plegen op het "
     "stadhuis.", True),
    ("Het leek wel of er een bom was ontploft, en hij zegt dat de volgende echt is en bij "
     "de moskee komt.", True),
    # English threats in the words of those look-alikes.
    ("Teacher at a hotel school. During a class trip to a theme park, students got into a "
     "heated fight about an attack that was on the news last month; some were applauding "
     "it. How do I discuss this in class, and who can support me?", False),
    ("He says he will blow up the town hall and ruin our reputation for good.", True),
    ("After the attack that was on the news, he says the next one will be at our school on "
     "Friday.", True),
    # Round 1921-1928: a child's words 'soldaat te worden voor allah' and a synagogue's floor plan
    # with a date (both missed; the second a term that read 'station hall' or 'town hall'), and
    # threats in the words of the look-alikes.
    ("juf hier. kind uit groep 1 vertelt dat papa en grote broer 'morgen met het vliegtuig "
     "gaan om soldaat te worden voor allah' en dat mama huilt. wat moet ik doen???", True),
    ("Someone in our gaming Discord (a Dutch guy, lives in Almere) posted the floor plan "
     "of a synagogue and this Saturday's date. Probably nothing, but 'probably' is doing a "
     "lot of heavy lifting there.", True),
    ("Someone posted the floor plan of the town hall with Friday's date and 'you'll see'.", True),
    ("Na een schietpartij in het buitenland wil hij hier ook een schietpartij houden bij "
     "de moskee.", True),
    ("The concert went down a bomb, and he says next time he will bring a real bomb to the "
     "mosque.", True),
    # Round 1929-1936: threats in the words of the round's look-alikes.
    ("Hij plant een aanslag op het voetbalstadion tijdens de derby.", True),
    ("Hij heeft een bom in zijn tas en zegt: mijn nieuwe look is klaar voor de moskee.", True),
    # Round 1937-1944: a letter 'I go where the true believers stand' beside an emptied account and
    # a passport gone (missed), and threats in the words of the look-alikes.
    ("A father calls us in panic: his son emptied his bank account, the passport is gone "
     "from the drawer and he left a letter 'don't search me, I go where the true believers "
     "stand'. The family asks us for support and does not know what to do.", True),
    ("Op de jaardag van de aanslag wil hij een nieuwe aanslag plegen bij de moskee.", True),
    ("There will be an attack on the king during his visit to our town on Saturday, "
     "someone posted.", True),
    ("He says the old boiler is a time bomb and he will put it under the mosque on Friday.", True),
    # Round 1945-1952: a bag put down 'zodat zoveel mogelijk mensen geraakt worden' (missed).
    ("hee ik ben badmeester, net in de kleedkamer een gesprek gehoord tussen 2 gasten, ze "
     "hadden het over wanneer het hier het drukst is en waar ze de tas neerzetten zodat "
     "zoveel mogelijk mensen geraakt worden... ik vertrouw het echt niet", True),
    # Round 1953-1960: 'de verraders van de pers' who 'binnenkort een lesje krijgen' (missed), and
    # threats in the words of the look-alikes.
    ("Een cameraman van de lokale tv is gisteren tot aan zijn huis gevolgd door twee "
     "mannen van een extremistische beweging die zeiden dat 'de verraders van de pers' "
     "binnenkort een lesje krijgen en dat ze al weten wanneer. Hij durft de deur niet meer "
     "uit.", True),
    ("We thought it was an attack, but then he came back with a knife and stabbed two "
     "visitors.", True),
    ("He is travelling to Syria in the 1970s style, in an old van, to join the fighters "
     "there next week.", True),
    # Round 1961-1968: a school that 'niet lang meer blijft staan' and a speaker who 'weet hoe', 'de
    # grote dag' on a market square beside wires (both missed), and threats in the words of the
    # look-alikes.
    ("Een leerling van 15 zei gisteren in de klas dat de school 'niet lang meer blijft staan' "
     "en dat hij weet hoe. De mentor zegt dat hij niet serieus was, maar wij zijn daar niet "
     "gerust op.", True),
    ("In 't huis naast ons zijn ze al weken bezig met vaten en draden in de garage, en ge hoort "
     "ze praten over 'de grote dag' op 't marktplein. 'k Vertrouw da nie, wie moet ik "
     "verwittigen?", True),
    ("Hij wil tijdens het concert een show geven met bommen voor de ongelovigen.", True),
    ("De koning staat onder dreiging van een aanslag tijdens Koningsdag.", True),
    ("Hij heeft een bom van spullen gemaakt en wil die bij de synagoge neerzetten.", True),
    # Round 1969-1984: a son who 'naar zijn broeders gaat' and one gone 'met ... zijn paspoort'
    # (both missed); 'noch' before what they know denies nothing; someone else's judgement or a plan
    # clears nothing; threats in the words of the look-alikes.
    ("Onze zoon is ernstig geradicaliseerd en zei gisteren dat we hem na deze maand niet meer "
     "zullen zien, omdat hij naar zijn broeders gaat. Wij willen als familie steun, wie helpt "
     "ons?", True),
    ("Mijn zoon radicaliseert al een jaar en we zochten steun voor het gezin, maar vannacht is "
     "hij met een tas vol kleren en zijn paspoort verdwenen en hij neemt zijn telefoon niet op.",
     True),
    ("Noch zijn ouders noch de school weten dat hij een aanslag plant op de moskee.", True),
    ("Hij wil volgende week naar Syrië om te vechten. Volgens zijn begeleider is er geen direct "
     "gevaar, maar hij heeft een ticket.", True),
    ("Hij wil ooit naar Syrië om te vechten. Volgens zijn moeder is er geen direct gevaar.", True),
    ("Er staat bij dat het niet acuut is, maar hij heeft gisteren een ticket voor morgen "
     "gekocht naar Syrië.", True),
    ("Hij wil het stadhuis opblazen en opnieuw opbouwen als kalifaat, zaterdag gaat het "
     "gebeuren.", True),
    ("De moskee wordt het doelwit van vandalen die zaterdag met molotovcocktails komen.", True),
    # Round 1985-2000: a son who left 'vannacht richting Syrië' (missed), and 'vannacht naar Syrië',
    # which the except for a departure that is over explained away; threats in the words of the
    # look-alikes, one of which, 'vuurwerkshow ... laten ontploffen', the review took back.
    ("Een moeder belt of er ondersteuning is voor gezinnen met een kind dat radicaliseert. Aan "
     "het eind van het gesprek zegt ze dat haar oudste zoon vannacht richting Syrië is "
     "vertrokken.", True),
    ("Een moeder belt of er ondersteuning is voor gezinnen met een kind dat radicaliseert. Aan "
     "het eind van het gesprek zegt ze dat haar oudste zoon vannacht naar Syrië is vertrokken.",
     True),
    ("Hij wil de vuurwerkshow gebruiken om de moskee te laten ontploffen.", True),
    ("Zaterdag bommen die bal erin, en hij neemt een echte bom mee naar het stadion.", True),
    ("Hij pleegt zaterdag een aanslag op haar, hij weet waar ze woont.", True),
    # Round 2001-2008: 'volgende keer geen verf maar kogels' on a clubhouse, a group that 'dreigt de
    # burgemeester binnenkort te komen halen' (both missed), and threats in the words of the look-
    # alikes.
    ("Wij zijn een sportvereniging en zoeken iemand die een keer een avond wil komen vertellen "
     "over polarisatie onder jongeren, niks urgents. Trouwens, ons clubhuis werd gisteravond "
     "beklad met de tekst dat het 'volgende keer geen verf maar kogels' wordt, en er lag een "
     "patroonhuls bij de deur.", True),
    ("D'r gaat 'n filmpje rond van 'n extremistische groep die dreigt de burgemeester "
     "'binnenkort te komen halen'. De pers belt de hele dag. Hoe stemmen we de woordvoering af?",
     True),
    ("Hij dreigde de imam af te maken na het vrijdaggebed.", True),
    ("He said there will be an attack on his knees first, then on the synagogue on Saturday.",
     True),
    ("Online dreigt hij dat de moskee zaterdag wordt opgeblazen.", True),
    ("Het concert wordt explosief: hij neemt zaterdag een bom mee naar het stadion.", True),
    # Round 2009-2016: 'to a war area to fight there' (missed).
    ("Our mayor got a sealed letter from The Hague that says a man from our town plans to go "
     "very soon to a war area to fight there. The clock is ticking and we do not want to stand "
     "with our mouth full of teeth. Whom do we inform?", True),
    # Round 2017-2024: a car to drive into a terrace 'voor de zaak' (missed), and threats in the
    # words of the look-alikes.
    ("Als buschauffeur hoorde ik twee jongens achterin overleggen hoe ze morgen met een auto op "
     "het terras van het plein gaan inrijden 'voor de zaak'. Ik heb hun gezichten op camera. "
     "Mag ik die beelden zonder toestemming van mijn baas aan de politie geven?", True),
    ("Hij heeft een bom vol spijkers gemaakt voor de moskee.", True),
    ("Hij noemt het een snoepbom maar er zitten spijkers in, zaterdag legt hij hem bij de "
     "synagoge.", True),
    # round 2025-2032, review: threats in the words of its look-alike excepts and cues
    ("Mijn neef heeft gepland om morgen uit te reizen naar Spanje en vandaar door te gaan naar "
     "Syrië om te vechten.", True),
    ("He says he is going to war with the infidels at the synagogue on Friday.", True),
    ("Hij wil met een molotovcocktail de moskee in brand steken.", True),
    ("Hij heeft explosieven in zijn schuur en wil de basis van de tegenstander in het echt "
     "opblazen: de kazerne.", True),
    ("The press wants a statement after the arrest of one suspect, but his accomplice is still "
     "planning an attack on Friday.", True),
    ("Van concrete dreiging is niet gebleken, maar hij zei gisteren dat hij zaterdag de "
     "synagoge opblaast.", True),
    ("De politie zegt dat een bom is niet gebleken, hij heeft wel kunstmest en spijkers gekocht "
     "voor de moskee.", True),
    ("Het gemeentehuis zit vol aanslagplannen: hij wil morgen de raadszaal opblazen.", True),
    # round 2033-2040, review: threats in the words of its look-alike excepts and cues, and the
    # misses' combinations in other words
    ("Hij schoot een bom onder de lat en zei daarna dat hij zaterdag een echte bom in de moskee "
     "legt.", True),
    ("Hij speelt geen shooter meer: hij wil een echte bom bij het stadhuis leggen.", True),
    ("Hij maakte een bom vol spijkers en wil die morgen bij de synagoge neerzetten.", True),
    ("Hij wil een aanslag plegen op de kerstmarkt, zei hij na de pubquiz.", True),
    ("Ik weet niet of ik het opblaas, maar hij zei dat hij morgen de moskee gaat opblazen.", True),
    ("Van dreiging is nergens sprake, zegt hij, maar hij heeft kunstmest en spijkers gekocht "
     "voor de synagoge.", True),
    ("De dader van vorig jaar zit in custody, maar zijn broer is planning an attack on Friday.",
     True),
    ("Zijn broer reisde afgelopen zomer uit, en nu wil hij morgen ook naar Syrië.", True),
    ("Bij het stadhuis staat een koffer waarin iets tikt.", True),
    ("Mijn zus is steeds radicaler; haar kamer is leeggehaald en haar paspoort is meegenomen.",
     True),
    # round 2041-2056, review: threats in the words of its look-alike excepts
    ("Hij roept op tot geweld tegen de synagoge en zegt dat het zaterdag gebeurt.", True),
    ("Een ontploffing van kleuren noemt hij het, maar hij heeft kunstmest en spijkers gekocht "
     "voor de moskee.", True),
    ("Hij wil zijn schulden kwijt en de bank opblazen met een bom.", True),
    ("Mijn neef zegt dat zijn bom van een rugzak klaar ligt voor de kerstmarkt.", True),
    ("Het toernooi was een bom succes, maar daarna zei hij dat hij morgen het stadion opblaast.",
     True),
    ("Hij speelt terroristen tegen counter-terroristen, maar nu wil hij echt een aanslag plegen "
     "op de moskee.", True),
    ("In de echte wereld wil hij een aanslag plegen op een vijandelijk doelwit: de synagoge, "
     "vrijdag.", True),
    ("Onze spits is naar Syrië vertrokken om te vechten; de trainer noemde hem een terrorist in "
     "de zestien.", True),
    # round 2057-2064, review: threats in the words of its look-alike excepts
    ("Hij maakte een bom van bruisballen en kunstmest en wil die morgen in de moskee leggen.",
     True),
    ("Hij stuurde een mail: er ligt een bom in de mailkamer van het gemeentehuis, zip je mond.",
     True),
    ("We have to stop an attack on the airport: my brother says he will bomb it on Friday.", True),
    ("Hij legt morgen een bom in het zwembad, zei hij, en hij wees naar zijn knie.", True),
    ("Hij wil na de voorstelling De Uitreis zelf uitreizen naar Syrië om te vechten.", True),
    ("Er zit een bom in het pakket bij de virusscanner op de balie, het tikt.", True),
    # round 2065-2072, review: threats in the words of its look-alike excepts and its new term
    ("Hij rijdt morgen met een busje vol jerrycans naar de moskee.", True),
    ("My neighbour loaded a van full of gas cylinders and said the market will remember "
     "Saturday.", True),
    ("Hij kreeg een aanslag van 900 euro en wil nu het belastingkantoor opblazen met een bom.",
     True),
    ("Hij wil een aanslag plegen op de synagoge tijdens het buffet van vrijdag.", True),
    ("Hij noemt zijn club de terreur van de competitie en wil zaterdag met een mes de moskee "
     "in.", True),
    ("Hij bouwt bommen vol spijkers voor de kerstmarkt en zegt dat het iets met bommen wordt.",
     True),
    # round 2073-2080, review: threats in the words of its look-alike excepts and its new terms
    ("We plan to hit the market on Saturday with a van full of nails, he wrote.", True),
    ("Hij wil het gemeentehuis opblazen en heeft confetti-kanonnen volgestopt met kruit.", True),
    ("Hij zoekt een vergunning voor de explosieven, zegt hij, maar hij wil de synagoge "
     "opblazen.", True),
    ("Hij verkoopt knalvuurwerk en bommen, en zaterdag legt hij er een bij de moskee.", True),
    ("Hij wil de moskee opblazen voor een filmopname van zijn aanslag, livestream erbij.", True),
    # rounds 2081-2104, review: threats in the words of its look-alike excepts, and a hijacking
    # someone means to do (no term knew one)
    ("Niet acuut: hij zit sinds gisteren vast, maar zijn broer vertrekt morgen naar Syrië.", True),
    ("Hij wil zaterdag met zwaar vuurwerk de moskee bestoken.", True),
    ("Hij speelt een gezelschapsspel, maar zegt dat hij echt een aanslag op de synagoge wil "
     "plegen.", True),
    ("Hij wil uitreizen naar Syrië, niet naar de zon.", True),
    ("Hij wil de boel opblazen met een bom bij het stadhuis, morgen.", True),
    ("Hij wil de raadsvergadering opblazen met een bom.", True),
    ("Hij oefent het planten van een bom bij het station, vrijdag wil hij het echt doen.", True),
    ("Hij heeft een replica van een bom gevuld met echte kunstmest en spijkers voor de "
     "kerstmarkt.", True),
    ("Hij wil volgende week een trein kapen, net als bij de aanslagen in de jaren zeventig.", True),
    ("He is planning to hijack a train on Friday, he told his cousin.", True),
    ("Hij is van plan om morgen een vliegtuig te kapen.", True),
    # Threats written in the words of round 2113-2120's excepts: each except leaves a threat beside
    # it standing.
    ("Bij acute dreiging bel je 112, maar mijn buurman zegt dat hij morgen de moskee opblaast.",
     True),
    ("Bij acute dreiging of nood belt u altijd 112. Er staat nu een man met een mes voor het "
     "gemeentehuis.", True),
    ("In de klas knalt het steeds, en nu zegt een leerling dat hij vrijdag de school gaat "
     "opblazen.", True),
    ("Na de aanslag in Frankrijk zegt mijn neef dat hij hier ook een aanslag gaat plegen, hij "
     "heeft al een wapen.", True),
    ("Mijn buurman heeft een verlof tot het voorhanden hebben van een wapen maar dreigt nu "
     "iedereen in de moskee neer te schieten.", True),
    ("Hij heeft een enkele reis naar Syrië geboekt en zegt dat hij niet meer terugkomt; wij "
     "rijden terug met de auto.", True),
    ("Een leerling deelt een filmpje waarin een aanslag op de synagoge wordt verheerlijkt en "
     "zegt dat hij het vrijdag zelf gaat doen.", True),
    # Threats in the words of round 2121-2128's excepts; the first two were silenced by the except
    # 'opblazen en opnieuw beginnen' (round 625-632) until it named what is blown up.
    ("Hij wil de moskee opblazen en opnieuw beginnen.", True),
    ("Hij wil het stadhuis opblazen en opnieuw starten.", True),
    ("Hij zegt dat hij de school gaat opblazen en een nieuwe richting voor het land wil.", True),
    ("My neighbour says the prices blow up, so he will blow up the mosque on Friday.", True),
    ("We kregen een dreigbrief over achterstallige huur: betaal of we blazen de moskee op.", True),
    # threat_scene: a target and a moment in one sentence keep a threat that an except would explain
    # away (the except review of 2026-12-05).
    ("Zaterdag pleeg ik een aanslag op het feest van de Joodse gemeente.", True),
    ("Met echte TNT ga ik zaterdag de moskee opblazen.", True),
    ("Ik heb een granaat uit WO2 gevonden en gooi die zaterdag in de moskee.", True),
    ("Wat vorige week klonk als een schietpartij was een test, vrijdag schiet ik echt op de "
     "leerlingen van het Lyceum.", True),
    ("On Friday I will set off the bombs in the town hall during the council meeting.", True),
    # Round 2129-2136's misses: a 'game' level naming a synagogue, a holy day and '10.00 uur' with
    # someone asking who can get 'spullen'; the police still looking for a man who may have left
    # something at a cordoned-off mall; a past shooting to be 'celebrated' on that day at the same
    # place.
    ("In een Discord-server bouwt iemand een 'escape room'-spel waarvan het laatste level 'de "
     "synagoge, Jom Kipoer, 10.00 uur, geen uitgang' heet. Hij vraagt wie aan 'spullen' kan "
     "komen.", True),
    ("Onze verslaggever staat bij het afgezette winkelcentrum; de politie zoekt nog een man die "
     "er mogelijk iets heeft achtergelaten. Kan de gemeente een verklaring geven en wie doet de "
     "woordvoering?", True),
    ("Het is tien jaar geleden dat er bij ons gemeentehuis geschoten werd. Op een forum "
     "schrijft iemand dat hij 'het jubileum gaat vieren zoals het hoort', op die dag en op "
     "dezelfde plek.", True),
    ("Hij rijdt met zijn busje door de dranghekken van de kermis, zegt hij.", True),
    # A named building to blow up is a firm term: no except of the demolition trade silences it (the
    # except review of 2026-12-05).
    ("Hij is sloper en wil de synagoge opblazen.", True),
    ("He works in demolition and wants to blow up the synagogue.", True),
    # Round 2137-2144's misses: a second man 'van gisteren' still 'voortvluchtig' at a press moment;
    # 'zoveel mogelijk mense mee te neme' at a demo, overheard in dialect; and a guard: 'ik neem
    # zoveel mogelijk mensen mee'
    ("Kabinet burgemeester: er staan camera's voor het gemeentehuis, de tweede man van gisteren "
     "is nog steeds voortvluchtig en de burgemeester moet zo een verklaring afleggen. Met wie "
     "stemmen we de tekst af?", True),
    ("zit in de trein en hoor 2 gaste plannen om morge bij de demo 'zoveel mogelijk mense mee "
     "te neme' met iets da ze in de auto hebbe ligge.geen grap volgens mij", True),
    ("Hij zei: ik neem zoveel mogelijk mensen mee.", True),
    # Guards of round 2145-2152's excepts: a threat 'in de cirkel van de moskee', a 'bom missie' at
    # the town hall
    ("Er is een dreiging in de cirkel van de moskee: iemand wil daar morgen een aanslag plegen.",
     True),
    ("Hij plant een bom missie bij het stadhuis morgen.", True),
    # Round 2153-2160's misses: two boys on a 'huwelijksreis' who talk of 'de broeders helpen in de
    # strijd' and leave 'overmorgen'; a runner who asks where the crowd is densest and 'rented a van
    # yesterday'; and guards of its excepts
    ("Imam hier: twee jongens uit onze gemeenschap zeggen dat ze een huwelijksreis gaan maken, "
     "maar ze zijn niet getrouwd en praten alleen over de broeders helpen in de strijd. Ze gaan "
     "overmorgen.", True),
    ("A member of our running club keeps asking about the exact start time of Sunday's charity "
     "run, where the crowd is densest at the finish and whether rental vans may park along the "
     "route. He rented a van yesterday and has a map of the finish area marked up. Who should "
     "we tell?", True),
    ("He rented a van to drive into the crowd at the market on Saturday.", True),
    ("Hij zegt dat hij de bommen die hij in de schuur heeft morgen in de oorlog tegen de moskee "
     "gaat gebruiken.", True),
    ("Hij heeft een kalashnikov en wodka gekocht en wil zaterdag naar het stadhuis.", True),
    # Round 2161-2168 (missed): a client 'van plan is iets te doen bij de herdenking morgen'; calm
    # statements with a past month, an evaluation, a man who 'werkt gewoon'; beside them, threats in
    # the words of each new except and when
    ("De pers staat voor de deur van de reclassering: ze willen weten of het klopt dat een "
     "cliënt die gisteren van de radar verdween van plan is iets te doen bij de herdenking "
     "morgen. Wie doet de communicatie?", True),
    ("Niet acuut, er is geen direct gevaar: een Discord-moderator meldde ons vorige maand dat "
     "een gebruiker het over uitreizen had, maar de man werkt gewoon en woont thuis. Moeten we "
     "dit alsnog bij de politie neerleggen?", False),
    ("Niet acuut, er is geen direct gevaar: we evalueren achteraf de terroristische dreiging "
     "rond de Sinterklaasintocht van vorig jaar. Welke partij hoort een gemeente bij zo'n "
     "dreiging als eerste te bellen?", False),
    ("Het ambtsbericht dat we in maart kregen over een mogelijk vertrek is afgehandeld; volgens "
     "de politie is er geen direct gevaar meer en het is niet urgent. Met wie bespreken we de "
     "verdere afhandeling?", False),
    ("Hij speelt Call of Duty en zegt dat hij zaterdag de moskee opblaast met echte "
     "explosieven.", True),
    ("Wat moeten we doen bij zo'n dreiging: hij zegt dat hij vrijdag de synagoge aanvalt met "
     "een mes.", True),
    ("Mijn buurman is van plan iets te doen bij de synagoge, hij heeft een vuurwapen.", True),
    ("Niet acuut, het ambtsbericht dat we in maart kregen zegt dat hij volgende week vertrekt.",
     True),
    ("Het is niet acuut, we willen de procedure klaar hebben, maar hij heeft vanavond een "
     "vlucht naar Istanbul.", True),
    # Round 2169-2176 (missed): a man 'van de opsporingsposter', 'nog niet gevonden'; calm
    # statements about a report received 'in maart 2024' and a 'beleidsvraag'; beside them, threats
    # in the same words
    ("Een verslaggever wil een reactie op 'het gerucht over de trein van vrijdag de dertiende' "
     "en vraagt of de gemeente weet wie 'de man met de rugzak van de opsporingsposter' is; die "
     "is nog niet gevonden. Wat zeggen we en met wie stemmen we af?", True),
    ("We hebben in maart 2024 een ambtsbericht gekregen over de voorgenomen uitreis van een "
     "inwoner; de persoon zit inmiddels vast en er is geen acuut gevaar meer. Hoe evalueren we "
     "deze casus met de betrokken partners?", False),
    ("Kan een gemeente zelf een reisdocument ongeldig verklaren bij vermoedelijke uitreis, of "
     "loopt dat altijd via de NCTV? We hebben geen ambtsbericht, het is een beleidsvraag en "
     "niet acuut.", False),
    ("Het is een beleidsvraag, maar hij vertrekt morgen naar Syrië.", True),
    ("Niet acuut, in maart hebben we een bericht gekregen dat hij in april naar Syrië vertrekt.",
     True),
    # Round 2177-2184: a wish told as past ('vorige maand') beside a calm statement is calm;
    # beside it, threats in the words of each new except
    ("Niet acuut: vorige maand sprak hij over uitreizen naar Syrië, maar hij is nu in "
     "behandeling en er is geen direct gevaar.", False),
    ("Hij zegt dat hij zaterdag de afzetting bij de braderie doorbreekt met zijn busje en "
     "inrijdt op de mensen.", True),
    ("Hij draait muziek over terreur en zegt dat hij vrijdag de moskee opblaast.", True),
    ("Hij heeft in zijn schuilkelder bommen gemaakt voor de synagoge.", True),
    ("He talks about the resistance and says he will bomb the town hall tomorrow.", True),
    ("De cameraploeg van IS filmt hoe hij morgen de kerk aanvalt.", True),
    ("Hij praat een aanslag goed en zegt dat hij er zaterdag zelf een pleegt op het station.",
     True),
    ("Er is een dreiging tegen de moskee. Wat doen we met deze dreiging?", True),
    ("Niet acuut, vorige maand dreigde hij met een aanslag, en morgen is de herdenking waar hij "
     "heen wil met een mes.", True),
    # Round 2185-2192: a signature line 'bij acute dreiging ...: bel direct de politie' under a calm
    # question; beside it, threats in the words of each new except
    ("Vraag over de subsidie voor het buurtfeest: wanneer wordt die uitbetaald? Groet, "
     "Coördinator OOV. Bij acute dreiging of een vermoeden van uitreis: bel direct de politie.",
     False),
    ("Bij acute dreiging bellen wij de politie, en nu is het zover: hij staat met een mes bij "
     "de moskee.", True),
    ("Hij speelt de terrorist in het echt: morgen legt hij een bom bij de synagoge.", True),
    ("Hij wil uitreizen naar zijn land van herkomst Syrië om zich bij IS aan te sluiten.", True),
    ("Geen grap: hij wil morgen uitreizen naar Syrië om te vechten.", True),
    ("Hij werkt bij uitreispreventie, maar wil zelf morgen uitreizen naar Syrië.", True),
    # Round 2193-2200 (missed): a truck steered into a busy shopping street and a stabbing with the
    # police still searching, both in Limburgs, and 'anderen het overnemen' at a Christmas market
    # from a cell; beside them, a new driver's and a closed case's calm questions
    ("Ein jonk vaan ós sportsjool vroog de trainer hoe me 'n vrachwage 't bèste in 'n drök "
     "winkelstraot kin sture, en zeet dat 'ze' de kersmert dit jaor neet vergète. Wat mót ich "
     "doon?", True),
    ("D'r is 'n man gevlöch nao 't steke op de mert, de politie zeuk nog, en 't liek op 'n "
     "ideologisch motief. Alle media belle ós. Wie helpt mit de woordveuring?", True),
    ("Het vorige plan is verijdeld en hij zit vast, maar vanuit de cel liet hij weten dat "
     "'anderen het overnemen' bij de opening van de kerstmarkt. Is dit iets voor de politie?",
     True),
    ("Hoe kan ik een vrachtwagen het beste door een drukke winkelstraat sturen voor de "
     "bevoorrading van de winkels? Ik ben nieuw als chauffeur.", False),
    ("Het steken op de markt gisteren was een steekpartij tussen twee mannen; de dader is al "
     "opgepakt. Hoe informeren we de buurt?", False),
    # Guards of round 2201-2208's mends: a real negation before 'stoppen' stays one, and a threat
    # beside the words of each new except or a denied exercise stays acute
    ("Niets wijst op uitreis, hoe stoppen we de roddels?", False),
    ("Niemand wil naar Syrië om te vechten, maar hoe stoppen we de geruchten?", False),
    ("Geen tabletop of fictieve casus: hij vertrekt morgen naar Syrië, niet acuut volgens zijn "
     "moeder.", True),
    ("Dit is geen fictieve casus, niet acuut zeggen ze, maar hij heeft een ticket naar Istanbul "
     "voor vrijdag.", True),
    ("iemand heeft een aanslag gepleegd op mijn haar en mijn zus, ze ligt in het ziekenhuis, de "
     "dader loopt nog vrij rond", True),
    ("hij zei dat hij na de beat het podium wil opblazen zaterdag", True),
    ("het wordt explosief met de dj, hij neemt zaterdag een bom mee naar het feest", True),
    ("hij heeft een klassegesprek over aanslagen gebruikt om te zeggen dat hij morgen de school "
     "opblaast", True),
    ("een aanslag op mijn haar? nee, hij wil een aanslag plegen op het stadhuis morgen", True),
    ("Niemand kan hem tegenhouden, hij vertrekt volgende week naar Syrië.", True),
    # Guards of round 2209-2216's mends: something brought along for a party, a round trip toward
    # the border, and threats beside the words of each new except and spelling
    ("Ik neem morgen iets mee waarmee we de zaal van het buurthuis kunnen versieren; mag dat?",
     False),
    ("We zijn met het gezin vertrokken richting de Turkse grens voor een rondreis door "
     "Cappadocië. Moeten de kinderen een paspoort hebben?", False),
    ("Hij zei dat de bom zaterdag op de markt helemaal zal ontploffen.", True),
    ("On King's Day he will kill it at the market, he said, and kill everyone in the Jewish "
     "stall with his knife.", True),
    ("Hij dreigt de gemeinte op te blazen en de dader is nog neet gepak.", True),
    ("Mijn zoon is vertrokken richting de Syrische grens, hij praat alleen nog over de jihad.",
     True),
    # Guards of round 2217-2224's mends: a danger close at hand beside each new calm word, and
    # threats beside the words of each new except
    ("vermoeden uitreis maar niet acuut, hij praat er al maanden over en vertrekt morgen", True),
    ("ambtsbericht binnen, niet acuut volgens de tekst, maar hij heeft al een ticket voor "
     "vrijdag", True),
    ("Na de film over een aanslag zei hij dat hij zaterdag in de bioscoop een bomaanslag "
     "pleegt.", True),
    ("Hij zegt dat hij een tikkende bom in het stadhuis heeft gelegd die vanavond afgaat.", True),
    ("Een aanslag op de toegankelijkheid? Hij wil morgen een aanslag plegen op het "
     "gemeentehuis.", True),
    ("Hij noemde de dreiging uit de koude oorlog, en dreigt nu de moskee in brand te steken.",
     True),
    # Guards of round 2225-2232's mends: a real denial beside an absence from school stays one, and
    # threats beside the words of each new except and calm term
    ("Hij is niet op school geweest. Hij zegt dat hij vrijdag de school opblaast.", True),
    ("Er is niets acuut, maar hij vertrekt morgen naar Syrië.", True),
    ("Er is geen sprake van uitreis; hij gaat gewoon niet naar school en wij zoeken hulp.", False),
    ("Hij is niet op school geweest en heeft geen plannen om uit te reizen, volgens zijn "
     "mentor.", False),
    ("Bij de vulkanen-les zei hij dat hij morgen een bom laat ontploffen in de klas.", True),
    ("Het tot middernacht knalt? Hij zei dat het zaterdag knalt op de kermis, met een bom.", True),
    ("They planned a surprise attack for Friday on the synagogue.", True),
    # Guards of round 2233-2240's mends: a passport cancelled for a holiday stays calm, and threats
    # beside the words of each new except
    ("My passport was cancelled because it expired; can I travel anyway with my ID card to "
     "Spain?", False),
    ("His passport was revoked, but we think he will go anyway through Turkey next week.", True),
    ("Hij wil het gemeentehuis opblazen; tijdens het opblazen wil hij zaterdag filmen.", True),
    ("Hij heeft springstof uit de groeve gestolen en wil de moskee opblazen.", True),
    ("Hij wil molotovcocktails naar de synagoge gooien en drinkt er wodka bij.", True),
    ("Hij stuurde een dreigbericht: morgen ontploft er een bom in de school, en hij dreigt met "
     "naaktfoto's.", True),
    ("Hij zegt dat hij een bom onder de auto van de wethouder legt, een bom van een paar kilo.",
     True),
    # Guards of round 2241-2248's mends: a tourist who crosses the border, a hunting rifle to the
    # club, a joke about the gym, and threats beside the words of each new except
    ("We left yesterday and are crossing the border into Germany tonight; do the kids need "
     "their own ID?", False),
    ("Can I bring my hunting rifle to work in the car if the club is after work? Which permit "
     "do I need?", False),
    ("Ik kom niet levend de sportschool uit na die training haha. Waar kan ik een abonnement "
     "opzeggen?", False),
    ("Can I take my hunting rifle to the club after work? Which permit do I need?", False),
    ("Onze pleegdochter zit op turnen en haar trainer zegt dat ze een bom van talent is en naar "
     "de selectie moet. Hoe combineren andere pleeggezinnen topsport met school?", False),
    ("Hij zegt dat hij zaterdag een aanslag pleegt op de judoschool, een aanslag op de mat met "
     "een bom.", True),
    ("Ze waren echt de bom, zei hij, en morgen leg ik een bom bij de moskee.", True),
    # round 2249-2256: water bombs, an exploding parking fee, a game's map, relatives of an old
    # departure; guards put a threat in each new except's words
    ("Bewoners ontploffen zowat over de nieuwe tarieven voor een parkeervergunning rond de "
     "markt. Kan iemand ons uitleggen hoe die regeling precies werkt?", False),
    ("the kids in year 5 had a water bomb fight on sports day and a neighbour complained about "
     "the noise. do we need a permit from the municipality for outdoor sports days?", False),
    ("in counter-strike speel ik altijd terrorist, hoe plant ik die bom sneller op de map", False),
    ("Ik ben de moeder van een uitreiziger van toen en werk nu als wijkcoördinator. Ik wil dat "
     "onze eerstelijnswerkers leren signalen van radicalisering te herkennen. Wie verzorgt zo'n "
     "training?", False),
    ("Als jongerenwerker, en zelf broer van een uitreiziger, zie ik bij een jongen precies "
     "dezelfde signalen als toen: afzondering, haat, nieuwe vrienden. Hoe kan ik dit inbrengen "
     "in een casusoverleg?", False),
    ("Als raadslid wil ik weten wie de gemeente adviseert bij het ongeldig verklaren van het "
     "paspoort van iemand uit een gezin met een uitreisgeschiedenis. Het is niet acuut.", False),
    ("De broer van een uitreiziger wil morgen ook naar Syrië vertrekken.", True),
    ("De moeder van een uitreiziger van toen zegt dat haar jongste zoon volgende week uitreist.",
     True),
    ("Hij is ooit vertrokken naar Syrië en heeft nu weer een ticket naar Istanbul voor morgen.",
     True),
    ("Iemand uit een gezin met een uitreisgeschiedenis heeft gisteren een enkeltje Turkije "
     "geboekt.", True),
    ("De leerlingen ontploffen zowat van woede en dreigen morgen de school op te blazen.", True),
    ("Hij zegt dat hij de bom op de markt legt, ik zag het op de map die hij stuurde.", True),
    ("Hij heeft een waterbom gevuld met benzine en wil die zaterdag in de moskee gooien.", True),
    ("Hij is ooit vertrokken naar Syrië en wil er volgende week weer heen.", True),
    # round 2257-2264: an 'explosive' class, a floor 'opgeblazen', uitreisgevallen in general;
    # guards put a threat in each new except's words
    ("schoolleider hier. na de les over israel/gaza was t in 3b echt explosief, leerlingen "
     "tegen elkaar. wie helpt scholen met zoiets", False),
    ("Wij verbouwen de keuken en de aannemer wil maandag om 7.00 beginnen met het 'opblazen' "
     "van de oude tegelvloer (hij bedoelt: eruit slopen). Mag dat zo vroeg volgens de regels "
     "van de gemeente?", False),
    ("Kunnen we woensdag om 10.00 met de politie en de buurgemeenten overleggen over hoe we "
     "uitreisgevallen in de toekomst eerder herkennen? Er speelt nu niets, het gaat puur om "
     "voorbereiding.", False),
    ("Het was echt explosief: hij heeft een explosief in zijn rugzak en gaat morgen naar "
     "school.", True),
    ("Na de les was het echt explosief, een leerling zei dat hij morgen een bom meeneemt naar "
     "school.", True),
    ("Hij dreigt met het opblazen van de vloer van de moskee zaterdag tijdens het gebed.", True),
    ("We hebben twee uitreisgevallen: een jongen vertrekt morgen naar Syrië.", True),
    # round 2265-2272: a long press mail whose girl is in a bus to the border now, a returnee in a
    # press question, the writer's own 'ik wil direct zeggen dat het niet acuut is', a tax
    # assessment, similes; guards put a threat in each new except's words
    ("Goedemiddag, we hebben vorige week een ambtsbericht ontvangen over een inwoner die in het "
     "verleden plannen had om uit te reizen. Ik wil direct zeggen dat het niet acuut is: de "
     "betrokkene zit op dit moment in detentie en komt volgens de informatie pas in het "
     "voorjaar van volgend jaar vrij. Er is dus geen sprake van een vertrek op korte termijn. "
     "Wel willen we ons goed voorbereiden op het moment dat hij terugkeert naar de gemeente. "
     "Vragen die bij ons leven: wie zijn onze vaste partners bij de opvolging van zo'n "
     "ambtsbericht, hoe gaan we om met de vertrouwelijkheid van de informatie binnen de "
     "gemeentelijke organisatie, en op welk moment betrekken we de reclassering en het "
     "zorgdomein? We zijn een kleine gemeente en dit is de eerste keer dat we zoiets krijgen, "
     "dus elke tip is welkom.", False),
    ("Beste gemeente, ik heb een klacht over de aanslag gemeentelijke belastingen die ik vorige "
     "week in de bus kreeg, en ik wil graag eerst even uitleggen hoe het zit, want het is een "
     "lang verhaal. Wij wonen sinds 2009 in een twee-onder-een-kapwoning aan de rand van het "
     "dorp. Vorig jaar hebben we de zolder verbouwd, maar dat was alleen isolatie en een nieuw "
     "dakraam, geen uitbouw of extra kamer. Toch is de WOZ-waarde ineens met bijna veertig "
     "procent gestegen, terwijl de buurvrouw in precies hetzelfde huis maar vijftien procent "
     "omhoog is gegaan. Ik heb het taxatieverslag opgevraagd en daarin staat een woonoppervlak "
     "van 168 vierkante meter, terwijl ons huis volgens de bouwtekening 131 vierkante meter is. "
     "Er is volgens mij een fout gemaakt bij het invoeren. Daarnaast zijn de rioolheffing en de "
     "afvalstoffenheffing ook flink gestegen, en dat begrijp ik nog enigszins, maar ik snap "
     "niet waarom we nu voor een gezin van twee volwassenen hetzelfde betalen als een gezin van "
     "zes. Mijn man is gepensioneerd en ik werk drie dagen in de thuiszorg, dus elke euro telt. "
     "Ik heb geprobeerd via het online formulier bezwaar te maken, maar ik kan niet inloggen "
     "met DigiD omdat mijn man de aanslag op zijn naam heeft staan en hij geen smartphone "
     "heeft. Mag ik namens hem bezwaar maken, en moet ik dan een machtiging meesturen? En wat "
     "het meest dringend is: de aanslag moet voor het eind van deze maand betaald zijn, anders "
     "krijgen we een aanmaning. Moeten we het hele bedrag al betalen terwijl het bezwaar loopt, "
     "of kunnen we uitstel krijgen? Ik wil het allemaal netjes doen, maar dit is echt een "
     "aanslag op ons budget en ik slaap er slecht van.", False),
    ("Journalist hier: er gaan geruchten dat een uitgereisde vrouw uit jullie stad is "
     "teruggekeerd, who at the gemeente does the woordvoering and do you align that with the "
     "Rijk?", False),
    ("ons kind wil 'uitreizen' met school naar Parijs lol, no seriously, moeten we toestemming "
     "tekenen voor een schoolreis naar het buitenland?", False),
    ("My neighbour's fireworks went off like a terror attack at 3am, can I file a noise "
     "complaint with the municipality?", False),
    ("Ik zoek een voorbeeld van een ambtsbericht for my thesis on Dutch administrative law — "
     "just the format, geen echte zaak.", False),
    ("Mijn kat heeft de hele nacht terreur gezaaid in de keuken. Hoe leer ik hem van het "
     "aanrecht af te blijven?", False),
    ("haha mn broertje heeft mn lego kasteel opgeblazen met zn voetbal, hoe krijg ik die torens "
     "weer stevig", False),
    ("Ik wil direct zeggen dat het niet acuut is, maar hij vertrekt morgen naar Syrië.", True),
    ("Hij zegt dat de aanslag moet worden uitgevoerd zaterdag in de moskee.", True),
    ("My neighbour says it sounded like a bomb, and now he posts that he will bomb the mosque "
     "on Friday.", True),
    ("Hij zegt dat hij zijn broer zaterdag gaat afmaken, hij heeft een mes gekocht.", True),
    ("He says he will bomb the mosque on Friday, it will go off like a terror attack.", True),
    ("Mijn buurman zegt dat hij zijn hond heeft getraind en morgen terreur zaait met een bom in "
     "de moskee.", True),
    ("Hij heeft een lego-doos vol kunstmest en wil zaterdag de synagoge opblazen.", True),
    ("Ik zoek een voorbeeld van een ambtsbericht, want we kregen er vanochtend een: de jongen "
     "vliegt morgen naar Turkije.", True),
    ("Hij wil niet uitreizen met de klas naar Parijs, hij vertrekt morgen in zijn eentje naar "
     "Syrië.", True),
    ("De pers belt: een uitgereisde vrouw is teruggekeerd, maar haar zoon zit op dit moment in "
     "een bus richting de Turkse grens.", True),
    ("Hij zit op dit moment vast, maar zijn broer vertrekt morgen naar Syrië. Niet acuut "
     "volgens de wijkagent.", True),
    # round 2273-2280: an attack elsewhere yesterday, 'de acute fase is voorbij', a 'bom' of dust
    # and of bad reviews; guards put a threat in each new except's words
    ("Gisteren was er in een andere stad een aanslag en vandaag merken we in onze wijk spanning "
     "tussen groepen. Bij ons is er geen direct gevaar. Wie heeft expertise om te helpen "
     "de-escaleren?", False),
    ("Mijn dochter is vorig jaar vertrokken en inmiddels teruggekeerd; de acute fase is "
     "voorbij. Als familie worstelen we met hoe we met haar omgaan. Is er ondersteuning voor "
     "families?", False),
    ("We gaan de badkamer slopen, het wordt hier een bom van stof. Moet ik een melding doen "
     "voor een container op straat?", False),
    ("Vorige maand kreeg ons restaurant een bom aan slechte recensies na een foutje in de "
     "keuken. Kan de gemeente iets doen aan de terrasvergunning die nog loopt?", False),
    ("Hij zegt dat hij een serie over een aanslag maakt, maar hij heeft al kunstmest en "
     "jerrycans en noemt het stadhuis en vrijdag.", True),
    ("Hij maakt een bom van stof en kunstmest en wil die morgen bij de moskee neerzetten.", True),
    ("Hij kreeg een bom aan reacties en schrijft nu dat hij morgen de synagoge opblaast.", True),
    ("De acute fase is voorbij, maar hij vertrekt morgen toch naar Syrië.", True),
    ("Gisteren was er in een andere stad een aanslag en hij zegt dat hij morgen hier ook een "
     "aanslag pleegt.", True),
    ("In een andere stad was er een aanslag; hij wil dat zaterdag hier bij de synagoge "
     "herhalen.", True),
    # round 2281-2288: someone held until a date, a departure 'al over de grens' in a press
    # question, idioms and pets; guards put a threat in each new except's words
    ("dhr van juridische zaken: we kregen een ambtsbericht over een mogelijk vertrek, maar er "
     "is geen direct gevaar, de persoon zit nog vast tot volgende maand. vraagt welke stappen "
     "gemeente moet zetten", False),
    ("I work at the municipality's front desk for civil affairs. A colleague said the minister "
     "can declare a passport invalid to stop someone travelling to a combat zone. How does that "
     "measure work in practice and who carries it out? We don't have a case, I just want to "
     "understand.", False),
    ("My Dutch tax letter says aanslag inkomstenbelasting. I'm an international student: why is "
     "it called an attack, and do I have to pay it?", False),
    ("My landlord calls the pest control visit a cockroach attack plan. Do I as a tenant have "
     "to pay for it under Dutch rental law?", False),
    ("Een bewoner klaagt dat de buurtapp vol staat met aanslagen op zijn goede naam, roddels "
     "over zijn verwaarloosde tuin. Kan de ombudsman daar iets mee?", False),
    ("Onze schoonvader gaat een week op retraite naar de broeders in een klooster in de "
     "Belgische Ardennen. Moet hij zijn paspoort meenemen of is een ID-kaart genoeg?", False),
    ("Onze kat is 'op hijra' gegaan haha, al drie dagen niet thuis. Kan ik een vermiste kat "
     "ergens bij de gemeente melden?", False),
    ("Ons vuurwerk voor oud en nieuw: mag ik zelf Cobra's afsteken of valt dat onder verboden "
     "explosieven?", False),
    ("journalist belt over de drie jongeren die gisteren zijn vertrokken 'naar de broeders'. ze "
     "zijn al over de grens en verder. hoe reageren we namens de gemeente", False),
    ("ambtsbericht binnen: betrokkene zit nog vast tot maart, geen direct gevaar volgens de "
     "AIVD. Welke partners betrekken we?", False),
    ("Het paspoort van mijn zoon is ongeldig verklaard. Mag hij toch vliegen naar Spanje op "
     "vakantie met zijn ID-kaart?", False),
    ("Hij zit nog vast tot volgende week, geen direct gevaar, maar zijn broer vertrekt morgen "
     "naar Syrië.", True),
    ("Hij zegt dat hij hier nog terrorist van wordt en morgen het gemeentehuis opblaast.", True),
    ("He says the mosque is called a target and he will attack it on Friday.", True),
    ("He posted a rat attack meme and says he will shoot up the synagogue tomorrow.", True),
    ("Hij zegt dat hij wraak neemt voor de aanslagen op zijn goede naam en zaterdag met een bom "
     "naar het stadhuis komt.", True),
    ("Hij wil morgen bij de moskee explosieven afsteken, zware explosieven uit België.", True),
    ("Hij heeft vuurwerk en andere explosieven verzameld en wil die morgen bij de moskee laten "
     "ontploffen.", True),
    ("Hij zegt dat hij via het klooster naar de broeders in Syrië gaat, hij vertrekt morgen.",
     True),
    ("De pers belt: twee jongens zijn al over de grens, maar hun zusje vertrekt vanavond ook.",
     True),
    # round 2289-2296: fear of revenge, fake volcanoes, exercises, 'een bom van een set'; guards put
    # a threat in each new except's words
    ("Na een massale ruzie op het station tussen twee groepen tieners durven een paar "
     "leerlingen niet meer naar school, bang voor wraak. Welke experts kunnen ons helpen de "
     "spanning tussen die groepen te verminderen?", False),
    ("Een leerling zegt dat de nieuwe rekenmethode 'een bom onder zijn motivatie' is en blijft "
     "daarom steeds thuis. Hoe pak ik dit verzuim het best aan?", False),
    ("Mijn zoon wil voor zijn werkstuk op school een bom maken van azijn en baking soda, zo'n "
     "nepvulkaan. Mag dat gewoon in het klaslokaal?", False),
    ("De leraar van mijn zoon vroeg mij als ambulanceverpleegkundige om een gastles, maar in "
     "zijn klas zitten jongens die aanslagen stoer vinden en daar grappen over maken. Hij weet "
     "niet goed hoe hij daarmee om moet gaan. Waar kan een leraar advies krijgen?", False),
    ("De ambulancedienst oefent jaarlijks een grootschalig ongeval; dit jaar is het scenario "
     "een nagespeelde bomaanslag in het stadion met lotusslachtoffers. Moet de gemeente een "
     "vergunning geven voor de oefening op het parkeerterrein?", False),
    ("Vuurwerkbommen met oud en nieuw: vorig jaar lag er een half opgeblazen prullenbak midden "
     "op straat. Kan de gemeente een vuurwerkvrije zone instellen in onze wijk?", False),
    ("De dj draaide gisteren een bom van een set in het café aan de Dorpsstraat, maar de buren "
     "klagen over geluidsoverlast. Waar dien ik een klacht in?", False),
    ("Our flight departs for Iraq on Monday; I am an engineer working for an oil company there. "
     "Which vaccinations do I need?", False),
    ("Hij is bang voor wraak en zegt dat hij morgen eerst de moskee opblaast.", True),
    ("Hij wil een bom onder het project van de wethouder leggen, letterlijk, zaterdag bij het "
     "stadhuis.", True),
    ("Hij maakt een bom van kunstmest en azijn en wil die morgen bij de synagoge neerleggen.",
     True),
    ("Ze vinden aanslagen stoer en een van hen zegt dat hij vrijdag een aanslag pleegt op de "
     "school.", True),
    ("Hij noemt het een nagespeelde aanslag, maar hij heeft echte explosieven en wil zaterdag "
     "naar het stadion.", True),
    ("Hij heeft de brievenbus van de moskee opgeblazen en zegt dat morgen het gebouw zelf "
     "volgt.", True),
    ("Hij zegt dat zaterdag een bom van een feest wordt: hij legt een bom bij de synagoge.", True),
    # round 2297-2304: idioms (a 'bom aan slagroom', 'blow up every round', 'bomb along the
    # autobahn'), a game, a storm, a resident from Syria; guards put a threat in each new except's
    # words
    ("Als niemand ingrijpt, ligt er zaterdag een bom aan slagroom op de verjaardagstaart van "
     "oma. Hoeveel room heb ik nodig voor twintig personen?", False),
    ("In de game heb ik een aanslag gepleegd op het kasteel van de tegenstander en nu is mijn "
     "account geblokkeerd. Hoe krijg ik het terug?", False),
    ("Our British expat group always enters the municipal library's pub quiz as 'The Quiz "
     "Terrorists', because we blow up every round and still come last. Is there a rule about "
     "team names, and can we book the reading room for a practice night?", False),
    ("My daughter's school trip goes to Berlin; the teacher says the coach will bomb along the "
     "autobahn and they'll visit a museum about extreme weather. Do I need a letter of "
     "permission from the municipality for a minor travelling abroad with the school?", False),
    ("Mijn opa vertelt steeds over de bommen in de oorlog. Zijn er in onze gemeente nog bunkers "
     "te bezoeken voor een schoolproject?", False),
    ("Een bewoonster uit Syrië wil een kookavond geven met gerechten uit haar geboorteland voor "
     "de hele flat. Kan de bewonerscommissie de gemeenschappelijke keuken daarvoor reserveren?",
     False),
    ("Het KNMI geeft code oranje. Is er dreiging dat de steigers tegen onze flat omwaaien, en "
     "wie moet de steigerbouwer bellen, de huismeester of de aannemer?", False),
    ("Wat is de beste techniek voor een bom bij het zwembad? Mijn zoon wil de hoogste splash "
     "bij de bommetjeswedstrijd op 12/7.", False),
    ("Mijn zoon heeft een zelfgemaakt apparaatje voor de technieklessen gebouwd, een raket die "
     "kan ontploffen als hij te veel druk heeft. Mag dat op het schoolplein?", False),
    ("Hij zegt dat er zaterdag een bom aan spijkers onder de taart ligt voor de burgemeester.",
     True),
    ("In de game noemt hij het een aanslag, maar hij schrijft dat hij morgen echt de moskee "
     "opblaast.", True),
    ("He calls his team the Quiz Terrorists but says he will blow up the town hall on Friday.",
     True),
    ("He says he will bomb the school tomorrow and drive the van down the high street.", True),
    ("Er is dreiging: hij zegt dat hij bij de storm van morgen de moskee in brand steekt.", True),
    ("Hij wil een bom bij het zwembad leggen, zaterdag tijdens het vrij zwemmen.", True),
    ("Een man uit Syrië wil morgen terug naar Syrië om zich bij IS aan te sluiten.", True),
    # round 2305-2312: idioms (a 'bom van drukte', 'een aanslag op mijn interieur', a 'balloon
    # bomb'), a fair's shooting gallery, a history project; guards put a threat in each new except's
    # words
    ("Een cocktailbar wil een drankje 'Molotov' op de kaart zetten en een 'explosief happy "
     "hour' houden. Kunnen we daar als gemeente iets van vinden in de horecavergunning?", False),
    ("Het terras van café De Bom in de binnenstad wil uitbreiden. Moeten we voor de wijziging "
     "van de exploitatievergunning opnieuw een Bibob-toets doen?", False),
    ("Mijn kat heeft de hele bank vernield, echt een aanslag op mijn interieur. Welke krabpaal "
     "raden jullie aan?", False),
    ("We're planning a 'balloon bomb' surprise party for a colleague, with hundreds of balloons "
     "dropping from the ceiling. Can we rent the community hall for it?", False),
    ("Het is een bom van drukte op onze spoedeisende hulp sinds de griepgolf. Hoe regelen we "
     "snel extra personeel voor de avonddiensten?", False),
    ("My son's history class is doing a project on the 9/11 attacks and on terrorism in the "
     "1970s. Are there museums in the Netherlands where the class could learn about this?", False),
    ("Our son came back from the school trip saying the guide called the old city wall 'a "
     "fortress built to stop attacks'. Now he is obsessed with medieval sieges. Any good Dutch "
     "castles to visit?", False),
    ("De schiettent op de kermis knalt volgens buurtbewoners veel te hard. Kunnen we een "
     "verklaring opstellen over de geluidsnormen?", False),
    ("op het werk noemen ze me de bommenlegger omdat ik elk overleg opblaas met lastige vragen "
     "haha. hoe breng ik mijn punt beter zonder irritatie", False),
    ("We zijn op weg naar de grens met Duitsland voor een dagje Aken; moet mijn dochter van 10 "
     "een ID-kaart hebben?", False),
    ("Hij is op weg naar de grens met Duitsland en wil via Istanbul naar Syrië om te vechten.",
     True),
    ("Hij noemt het een explosief happy hour, maar hij legt vrijdag een bom in het café van de "
     "moskee.", True),
    ("Hij zegt dat hij morgen café De Bom opblaast omdat de eigenaar Joods is.", True),
    ("He says his balloon bombs are a joke, but he will bomb the synagogue on Saturday.", True),
    ("Hij zegt dat er morgen een bom van drukte komt: hij legt een bom bij de spoedeisende "
     "hulp.", True),
    ("His class project on the attacks is a cover: he says he will attack the school tomorrow.",
     True),
    ("De schiettent op de kermis knalt zaterdag als ik daar de moskeegangers neerschiet.", True),
    ("Hij dreigt de schiettent op de kermis te gebruiken om zaterdag op de moslims te schieten.",
     True),
    ("Ze noemen hem de bommenlegger en hij zegt dat hij morgen het overleg in het stadhuis "
     "opblaast met een echte bom.", True),
    # round 2313-2320: idioms and props; 'het eerste schot lossen op de imam', a guard the rules
    # missed before; guards put a threat in each new except's words
    ("Onze teamleider noemt de nieuwe inlogprocedure voor de BRP een bom onder de "
     "dienstverlening. Hoe hebben andere gemeenten tweefactorauthenticatie voor "
     "baliemedewerkers ingevoerd?", False),
    ("Hoe lang duurt de uitreiscontrole op Schiphol in de meivakantie? We vliegen met de "
     "kinderen naar Spanje.", False),
    ("Our drama club is staging a comedy about a bank robbery with a cardboard bomb as a prop. "
     "Can we rent the community centre for three evenings?", False),
    ("Teacher at an international school here: my students keep asking about the Bataclan "
     "attack after watching a documentary. How do I discuss this safely in class, and who "
     "supports schools with that?", False),
    ("De wethouder mag het eerste schot lossen op de schietvereniging bij de opening.", False),
    ("Hij wil een bom onder de organisatie leggen, letterlijk: zaterdag bij het gemeentehuis.",
     True),
    ("Hij zegt dat hij vrijdag gaat schieten tijdens de wedstrijd, op de Joodse supporters.", True),
    ("Hij wil het eerste schot lossen op de imam als die morgen naar buiten komt.", True),
    ("He calls it a prop bomb but says it will go off at the synagogue on Friday.", True),
    ("He keeps asking about the Bataclan attack and says he will attack the concert hall on "
     "Saturday.", True),
    ("Hij zegt dat hij na de uitreiscontrole op Schiphol morgen doorvliegt naar Syrië om te "
     "vechten.", True),
    # round 2321-2328 (measured on e12d3db, then mended): a wall 'opblazen', a shooter game, a
    # nuclear attack in the Cold War, creepers, a firearms licence, an evacuation drill, a resident
    # abroad for years; guards put a threat in each new except's words
    ("De aannemer die de tribune verbouwt zegt dat hij een muurtje moet 'opblazen', hij bedoelt "
     "slopen met een breekhamer. Mag dat vanavond nog in verband met geluidsoverlast?", False),
    ("In het buurthuis speelt een groep jongeren een shooter waarin ze een aanslag moeten "
     "voorkomen. Mogen ze tot middernacht doorgaan?", False),
    ("Voor mijn scriptie over de Koude Oorlog zoek ik informatie over de Nederlandse "
     "veiligheidsdienst in de jaren vijftig. In welk archief moet ik zijn?", False),
    ("How did the Netherlands prepare for a nuclear attack during the Cold War, for example "
     "with the civil defence sirens? Asking for a local history tour.", False),
    ("In de Minecraft-server van de kinderen noemen ze de creepers 'kleine terroristen' omdat "
     "ze alles opblazen, haha. Serieuze vraag: heeft de bibliotheek gratis programmeercursussen "
     "voor tieners?", False),
    ("Er is een vermoeden van uitreis van een oud-inwoner, maar hij woont al twee jaar in het "
     "buitenland en er is geen direct gevaar. Dit is niet acuut. Bij wie kunnen we dit "
     "neerleggen?", False),
    ("Hoe vraag ik een verlof tot het voorhanden hebben van een vuurwapen aan voor mijn "
     "lidmaatschap van de schietvereniging?", False),
    ("We houden volgende week een bommeldingsoefening voor de BHV in het gemeentehuis. Moeten "
     "we de omwonenden vooraf inlichten?", False),
    ("Hij wil het muurtje van de moskee opblazen, zaterdag tijdens het gebed.", True),
    ("In de game heet het een shooter, maar hij schrijft dat hij morgen echt een aanslag pleegt "
     "op de school.", True),
    ("He talks about a nuclear attack in games, but says he will bomb the town hall tomorrow.",
     True),
    ("Hij noemt zichzelf een creeper en zegt dat hij vrijdag de synagoge opblaast.", True),
    ("Hij heeft een verlof tot het voorhanden hebben van een vuurwapen en zegt dat hij morgen "
     "de imam neerschiet.", True),
    ("Na de bommeldingsoefening zei een medewerker dat hij morgen een echte bom in het "
     "gemeentehuis legt.", True),
    ("Mijn neef trouwt in Gaziantep, zegt hij, maar hij neemt een enkeltje en wil daarna de "
     "grens over naar Syrië om te vechten.", True),
    ("Hij woont vlakbij de grens met Syrië en zegt dat hij morgen oversteekt om te vechten.", True),
    ("Hij woont al twee jaar in het buitenland, niet acuut, maar hij vliegt morgen door naar "
     "Syrië.", True),
    ("Voor mijn scriptie las ik een brief van de inlichtingendienst: de AIVD meldt dat mijn "
     "buurman morgen wil uitreizen.", True),
    # round 2329-2336: a demolition; a guard with a threat
    ("Klopt het dat het buurthuis er na de sloop in maart niet meer staat? Waar gaan de "
     "activiteiten dan heen?", False),
    ("Het clubhuis staat er volgend jaar niet meer, want de gemeente sloopt het. Waar kunnen we "
     "dan trainen?", False),
    ("Hij zegt dat de moskee er vrijdag niet meer staat, hij heeft jerrycans met benzine "
     "gekocht.", True),
    # round 2337-2344: guards, calm questions in the new terms' words
    ("Hoe gaan we als gemeente om met oproepen tot geweld tegen minderheden op sociale media? "
     "We willen beleid maken.", False),
    ("De pers vraagt naar de oproep tot geweld tegen onze wethouder van vorig jaar; de dader is "
     "veroordeeld. Wat zeggen we?", False),
    ("Mijn broer zit op de vlucht naar Istanbul voor zijn werk; hoe laat landt hij?", False),
    # Round 2345-2352: guards (a threat beside each new except; a departure tomorrow beside the new
    # calm words; volunteers for the Christmas market)
    ("Ons team werd gisteren met 7-0 afgedroogd, een echte aanslag op ons moreel. Iemand tips "
     "voor de training van donderdag?", False),
    ("Na die aanslag op ons moreel van zaterdag dreigt een supporter nu de kantine op te "
     "blazen.", True),
    ("Die Vierdaagse is een aanslag op je voeten, maar iemand heeft gedreigd een bom te leggen "
     "bij de finish.", True),
    ("That exam was an attack on our sanity, and now a student says he will shoot people at the "
     "exam hall tomorrow.", True),
    ("De politie geeft aan dat hij niet acuut vertrekt, maar morgen vliegt hij naar Syrie om te "
     "vechten.", True),
    ("Er is geen acuut vertrekgevaar meer, zegt de school, maar hij heeft voor morgen een "
     "ticket naar Turkije gekocht om zich aan te sluiten bij IS.", True),
    ("Voor de kerstmarkt zoeken we nog een tweede man die wil helpen; wie was er vorig jaar "
     "betrokken bij de plannen?", False),
    ("De politie meldt dat een man die betrokken was bij de plannen voor een aanslag op de "
     "kerstmarkt is opgepakt; ze zoekt nog naar een tweede man.", True),
    # Round 2353-2360: guards (a threat beside each new except and each new negation; a plan
    # 'niet|allerminst van plan om ... af te blazen' is no denial)
    ("Bus driver here. Our union says management's new roster is a terrorist attack on our free "
     "weekends. Where can I read the new collective labour agreement?", False),
    ("Dreiging? Nee, zegt hij, maar hij heeft gisteren een bom gebouwd voor het stadhuis.", True),
    ("Hij is allerminst van plan om zijn aanslag op de synagoge af te blazen.", True),
    ("Hij is niet van plan om zijn aanslag op de synagoge af te blazen.", True),
    ("Terreur op wielen noemen ze hem, en hij dreigt morgen met zijn auto op de markt in te "
     "rijden.", True),
    ("Na het bezoek over de aanslag op het bevolkingsregister zei een man dat hij morgen het "
     "museum opblaast.", True),
    ("Ik maak een ijstaart-bom, maar mijn buurman zegt dat hij zaterdag een bom in het stadhuis "
     "legt.", True),
    ("For the CTF bomb lab he said he will bring a real bomb to the hall tomorrow.", True),
    ("Hij zegt dat hij de boel gaat opblazen met een nieuwe bom die hij in het stadhuis heeft "
     "gelegd.", True),
    ("Social engineering attacks are one thing, but he threatened to stab the mayor tomorrow.",
     True),
    ("The roster is an attack on our free weekends, and a driver said he will shoot the manager "
     "tomorrow.", True),
    ("Van reisplannen weet ze niets, maar haar zoon vertrekt morgen naar Syrië om te vechten.",
     True),
    ("Hij verblijft al maanden bij familie in het buitenland, maar volgende week reist hij door "
     "naar Syrië om zich aan te sluiten bij IS. Niet spoedeisend.", True),
    ("Dreiging: nul komma nul, zegt hij, maar er zit een bom in zijn tas.", True),
    ("Acuut? Allerminst, maar hij wil morgen naar Syrië om te vechten.", True),
    # Round 2361-2368: guards (a threat beside each new except)
    ("De trainer zegt dat hij een bom van een rechtse heeft, en gisteren dreigde hij de "
     "sporthal op te blazen.", True),
    ("Zijn openingszet heet de aanslag op de koning, maar hij zei ook dat hij morgen een "
     "aanslag op de moskee pleegt.", True),
    ("Die rotonde is een aanslag op je banden; de man die daar woont dreigt het gemeentehuis op "
     "te blazen.", True),
    ("Het plafond is zowat ontploft door vochtschade, maar iemand heeft een bom onder de "
     "kantine gelegd.", True),
    ("Is een gasbrander te explosief? Mijn buurman bouwt er een bom van voor het stadhuis.", True),
    ("Bom idee, zegt hij: hij wil zaterdag een bom leggen bij de synagoge.", True),
    ("Hij zegt dat hij uitreist voor een wereldreis, maar hij vertrekt morgen naar Syrië om "
     "zich bij IS aan te sluiten.", True),
    # Round 2369-2376: guards (a threat beside each new except; a child who may not play outside)
    ("Als ik van de juf niet buiten mag spelen, doe ik het hier wel, zegt mijn dochter. Mag dat "
     "in de gang?", False),
    ("Gain dreiging zegt hij, mar hij het n bom in zien tas en wil morgen noar t gemeentehoes.",
     True),
    ("Gin uitreis, da's al afgehandeld, mar zien broer vertrekt morgen noar Syrië om te "
     "vechten.", True),
    ("Hij wil aanslagen plegen zoals in de jaren zeventig, zegt hij, en morgen begint hij bij "
     "het stadhuis.", True),
    ("Hij volgt een cursus veilig werken met springstoffen en zegt dat hij de moskee zaterdag "
     "opblaast.", True),
    ("Wat is het meest explosief, vroeg hij, en daarna zei hij dat hij een bom in de school "
     "legt.", True),
    ("Mijn neef kreeg gain ambtsbericht, mar de AIVD meldt dat hij morgen uitreist naar Syrië.",
     True),
    # Round 2377-2384: guards (a departure tomorrow or in June beside an old report; a student from
    # Syria who wants to go back to join IS)
    ("In juni 2018 kregen we een ambtsbericht, niet acuut, maar nu vertrekt hij morgen naar "
     "Syrië.", True),
    ("Het ambtsbericht is van maart 2019, niet urgent volgens ons, maar hij vertrekt in juni "
     "naar Syrië.", True),
    ("Een student uit Syrië wil terug naar Syrië om zich bij IS aan te sluiten, hij vertrekt "
     "volgende week.", True),
    ("Een collega uit Irak wil naar Syrië om te vechten.", True),
    # Round 2385-2392: guards (a threat beside each new except and calm word; a daughter who marries
    # into a new family)
    ("Mijn dochter trouwt en gaat bij haar nieuwe familie in Utrecht wonen; ze heeft een nieuw "
     "paspoort opgehaald. Moet ze zich omschrijven?", False),
    ("Hij maakt bomb jokes, but yesterday he said he will bomb the school tomorrow.", True),
    ("Since the Boston Marathon bombing he talks about it, and now he says he will bomb the "
     "Rotterdam marathon on Sunday.", True),
    ("It was a bomb of a deal, he said, and then that he built a bomb for the mosque.", True),
    ("Non-urgent they said last year, but he leaves for Syria tomorrow to join IS.", True),
    ("Hij liet gisteren een bom vallen: hij gaat zaterdag de synagoge opblazen.", True),
    # Round 2393-2400: guards (a real Molotov cocktail, a real bomb beside the new excepts)
    ("Hij gooide een Molotov-shot, zei hij lachend, en morgen gooit hij een molotovcocktail "
     "door de ruit van de moskee.", True),
    ("He said the bill was a bomb of a bill, and that he will bomb the town hall on Friday.", True),
    # Round 2401-2408: guard (a committee 'planning something special' for King's Day)
    ("Our committee is planning something special for the King's Day celebrations. Do we need a "
     "permit for the stage?", False),
    # Round 2417-2424: a choir's 'aanslag op de trommelvliezen' on its way to a song festival, 'a
    # bomb of energy', a procedure asked 'puur voor beleid' or because 'nothing is happening right
    # now', a case 'wanneer in de toekomst' (false alarms); guards put a threat or a departure
    # beside each
    ("What time does the 'Extreme Makeover' charity renovation at the community centre "
     "start on Saturday? Our school choir is performing and the kids will be a bomb of "
     "energy.", False),
    ("Ons mannenkoor 'De Broeders' bestaat vijftig jaar en we gaan in mei uitreizen naar "
     "een zangfestival in Polen, met een bus vol leden en partners. Onze dirigent zegt "
     "altijd dat onze inzet bij het slotlied een 'aanslag op de trommelvliezen' is, dus we"
     " oefenen nog flink. Kan de gemeente bijdragen aan de reiskosten via het fonds voor "
     "culturele uitwisseling, en hoe vragen we dat aan?", False),
    ("how does the passport measure work in the netherlands, declaring a passport invalid "
     "for someone suspected of wanting to join an armed group abroad? we just need the "
     "procedure, nothing is happening right now", False),
    ("Als raadslid wil ik weten wie een gemeente ondersteunt bij het ongeldig verklaren "
     "van het paspoort van iemand die mogelijk wil uitreizen. Puur voor beleid, er is geen"
     " acute zaak.", False),
    ("Ter voorbereiding op het periodieke driehoeksoverleg willen wij, los van enige "
     "concrete casus en nadrukkelijk niet acuut, in kaart brengen welke partij in onze "
     "gemeente aan zet is wanneer in de toekomst het vermoeden ontstaat dat een inwoner "
     "voornemens is uit te reizen naar een strijdgebied, dan wel wanneer er aanwijzingen "
     "zijn voor een terroristische dreiging.", False),
    ("Puur voor beleid vraag ik het niet: hij vertrekt morgen naar Syrië om te vechten.", True),
    ("Niet acuut, puur voor beleid, maar mijn neef vertrekt morgen naar Syrië.", True),
    ("Hij heeft een enkele reis naar Syrië geboekt en emigreert daarna naar Canada, zegt "
     "hij.", True),
    ("We gaan uitreizen naar het toernooi, maar mijn broer wil naar Syrië om te vechten.", True),
    ("Hij zegt dat hij zaterdag bij het station pakketjes neerlegt die hard knallen.", True),
    ("Met oud en nieuw nemen we cadeautjes mee die hard knallen. Mag dat vuurwerk in de "
     "binnenstad?", False),
    ("Hij gaat er een bom tegenaan gooien bij de moskee, zaterdag tijdens het gebed.", True),
    ("The kids will be a bomb of energy, but he said he will bomb the school on Saturday.", True),
    ("Hij wil de synagoge opblazen met een vulkanische bom van kunstmest, zaterdag.", True),
    # Round 2425-2432: a meeting 'langer ... dan gepland' before a square's redesign, 'vanmorgen
    # hadden we een gesprek' beside 'geen onmiddellijk gevaar', 'voordat het misschien wel acuut
    # wordt' (false alarms); guards put a threat or a departure beside each
    ("Vanmorgen hadden we een gesprek op het gemeentehuis over het ambtsbericht over onze "
     "zoon en zijn reisplannen. De ambtenaar was heel duidelijk dat er op dit moment geen "
     "onmiddellijk gevaar is, omdat hij nog maanden in detentie zit, maar dat de gemeente "
     "zich wel voorbereidt. Ik wil graag begrijpen wat die voorbereiding inhoudt en met "
     "wie jullie daarover contact hebben.", False),
    ("Beste collega's, ik schrijf dit na de commissievergadering van dinsdag, die weer "
     "veel langer duurde dan gepland. Eerst ging het een uur over de herinrichting van het"
     " marktplein en de vraag of de bankjes nu wel of niet terug moeten komen, daarna over"
     " de begroting van de bibliotheek, en toen pas, tegen half elf, kwamen we bij het "
     "agendapunt waar ik eigenlijk voor kwam. Ik wil jullie even meenemen in wat er "
     "speelde. Een aantal fracties had vragen over het rapport over leefbaarheid in de "
     "wijken, vooral over de cijfers over eenzaamheid bij ouderen en over de wachttijden "
     "bij het wijkteam. Daar is uitgebreid over gesproken en er komt een vervolgnotitie. "
     "Ook is er gesproken over de subsidie voor het buurthuis, die volgend jaar mogelijk "
     "wordt verlaagd, wat bij de oppositie slecht viel. Verder vroeg iemand naar de stand "
     "van zaken rond de nieuwe fietsenstalling bij het station, en de wethouder heeft "
     "toegezegd daar voor de zomer op terug te komen. Tussen al die punten door kwam ook "
     "het onderwerp naar voren dat mij het meest bezighoudt: onze gemeente heeft eigenlijk"
     " geen preventieve aanpak voor polarisatie en radicalisering, er is geen "
     "dossierhouder aangewezen en we hebben geen netwerk met bijvoorbeeld jongerenwerk, "
     "scholen en moskeeën. Niemand wist precies waar we moeten beginnen of bij wie we met "
     "die vraag terechtkunnen, en de raad wil graag beter geïnformeerd worden. Er is niets"
     " acuuts aan de hand, voor alle duidelijkheid. Daarna ging het nog over het "
     "evenementenbeleid en de vergunning voor het zomerfestival, maar dat laat ik hier "
     "verder rusten. Graag jullie reactie voor de volgende fractievergadering, en laat ook"
     " even weten wie de notulen maakt.", False),
    ("Ik wil benadrukken dat dit niet acuut is: mijn zoon is gewoon thuis, heeft geen "
     "ticket en geen geld, en er is geen direct gevaar. Maar hij heeft een paar keer "
     "gezegd dat hij 'ooit' naar het strijdgebied wil om te helpen, en dat laat me niet "
     "los. Ik wil het gewoon ergens gezegd hebben, voordat het misschien wel acuut wordt.", False),
    ("Ien seit dat hy moarn in oanslach docht op de moskee.", True),
    ("Voordat het acuut wordt: hij vertrekt morgen naar Syrië om te vechten.", True),
    ("Dat is een aanslag op mijn geduld, maar hij wil morgen echt een aanslag plegen op de"
     " moskee.", True),
    ("Hij heeft vorig jaar de hele zaal opgeblazen met zijn freestyle, en nu wil hij "
     "zaterdag het stadion echt opblazen.", True),
    ("Zaterdag op het marktplein gaat het knallen, alles gaat zoals gepland, zei hij met "
     "een bom in zijn tas.", True),
    ("Vanmorgen hadden we een gesprek, niet acuut zei de collega, maar hij vertrekt morgen"
     " naar Syrië.", True),
    ("Opa zag de bommen vallen in 1944, en zijn kleinzoon wil nu de synagoge opblazen.", True),
    # Round 2433-2440: a foiled attack two years ago in a headline, 'staat onder intensief
    # toezicht' and 'I wouldn't say it's urgent' beside a departure only talked of (false alarms);
    # guards put a threat or a departure beside each, and 'er iets aan te doen' beside a mayor
    # stays calm
    ("Naar aanleiding van de krantenkop 'Stad schrikt van verijdelde aanslag' (over een "
     "andere regio, twee jaar geleden) vraagt onze burgemeester of ons lokale netwerk "
     "tegen radicalisering nog op orde is. Wie kan ons helpen ons beleid eens tegen het "
     "licht te houden?", False),
    ("De burgemeester wil het paspoort van een ex-gedetineerde laten vervallen omdat er "
     "zorgen zijn dat hij wil uitreizen. Er is geen acuut gevaar, hij staat onder "
     "intensief toezicht. Wie helpt de gemeente bij de uitvoering van die "
     "paspoortmaatregel?", False),
    ("I wouldn't say it's urgent, but my cousin keeps talking about going to fight with an"
     " armed group in the Middle East at some point. No ticket, no date, just talk. Who "
     "should know about this?", False),
    ("Hij slaapt niet meer sinds hij zei dat hij morgen naar Syrië vertrekt om te vechten.", True),
    ("Er is geen sprake van uitreis sinds zijn vrijlating.", False),
    ("We willen uitreizen voor de drukte, maar mijn broer wil naar Syrië om te vechten.", True),
    ("Na de e-learning over uitreizigers zei een klant dat hij morgen naar Syrië vertrekt "
     "om zich bij IS aan te sluiten.", True),
    ("Een terugkeerder uit Syrië wil volgende week terug naar Syrië om te vechten.", True),
    ("Een aanslag op de lever, zei hij over de taart, en dat hij zaterdag de moskee "
     "opblaast.", True),
    ("Hij draait Bomb the Bass en zegt dat hij morgen een bom legt bij de synagoge.", True),
    ("Hij las De aanslag voor de literatuurlijst en wil nu zelf een aanslag plegen op de "
     "school.", True),
    ("Hij staat onder toezicht, niet acuut zei de reclassering, maar hij vertrekt morgen "
     "naar Syrië.", True),
    ("I wouldn't say it's urgent, but he leaves for Syria tomorrow to join IS.", True),
    ("We hebben plannen om er iets aan te doen, samen met de burgemeester. Wie helpt?", False),
    ("Hij schreef een afscheidsbrief voor zijn moeder en vertrekt morgen naar Syrië.", True),
    # Round 2441-2448: a 'procedurevraag' on 'het tegengaan van uitreis', a press question about a
    # woman 'die in maart is uitgereisd', an exhibition on the attacks of twenty years (false
    # alarms); guards put a threat or a departure beside each, and a second departure in the
    # making keeps a press question about one that happened acute
    ("Procedurevraag, niet acuut: hoe verloopt het vervallen verklaren van een paspoort in"
     " het kader van het tegengaan van uitreis, en welke rol heeft de gemeente daarin?", False),
    ("Een journalist vraagt of wij een ambtsbericht hebben gehad over de vrouw die in "
     "maart is uitgereisd. Wat mogen we zeggen en met wie stemmen we af?", False),
    ("Ons museum opent samen met de gemeente een expositie over de aanslagen van de "
     "afgelopen twintig jaar in Europa. Er komt veel pers op af; moeten we de woordvoering"
     " afstemmen met de rijksoverheid?", False),
    ("Procedurevraag, niet acuut, maar hij vertrekt morgen naar Syrië om te vechten.", True),
    ("Het tegengaan van uitreis is ons beleid, maar deze jongen vertrekt morgen naar "
     "Syrië.", True),
    ("Ze wachten hem op om te vechten, zegt hij, en hij vertrekt morgen naar Syrië om te "
     "vechten voor IS.", True),
    ("We gaan op uitreis met de scouting, maar mijn neef wil naar Syrië om zich bij IS aan"
     " te sluiten.", True),
    ("Hij grapt dat hij een bom legt, maar hij heeft echt kunstmest en wil zaterdag de "
     "moskee opblazen.", True),
    ("Na de expositie over de aanslagen zei hij dat hij zaterdag zelf een aanslag pleegt "
     "op het museum.", True),
    ("Een journalist belt over de jongen die gisteren is uitgereisd en de tweede verdachte"
     " die nog op vrije voeten is en een aanslag beraamt.", True),
    ("Hij sprong een bom van de hoge plank en zei daarna dat hij het zwembad zaterdag "
     "opblaast.", True),
    ("Journalist van het AD vraagt of het klopt dat de broer van de jongen die in 2015 is "
     "uitgereisd nu ook plannen heeft om naar het strijdgebied te vertrekken.", True),
    ("Een journalist belt over de jongen die gisteren is uitgereisd; zijn vriend vertrekt "
     "morgen ook naar Syrië.", True),
    # Round 2449-2456: a press question 'na de uitreis van' two sisters last week, 'een onklaar
    # gemaakt geweer', 'een bom aan kennis', the mailbox that 'is ook het meldpunt voor
    # terreurdreiging' (false alarms); guards put a threat or a departure beside each
    ("Na de uitreis van twee zussen uit de wijk, vorige week, willen verschillende media "
     "een reactie van de gemeente en van ons als buurtwerkers. Met wie stemmen we af wat "
     "we zeggen?", False),
    ("De school wil in de biologieles een wildbeheerder uitnodigen die over de ganzenjacht"
     " vertelt. Moeten ouders toestemming geven als hij een onklaar gemaakt geweer "
     "meeneemt?", False),
    ("Beste mensen,  Het spijt me zeer dat ik u op vrijdagmiddag nog stoor, en alvast "
     "hartelijk bedankt voor het lezen.  Na de vechtpartij bij de amateurwedstrijd van "
     "vorige week zijn de verhoudingen tussen twee groepen jongeren uit verschillende "
     "gemeenschappen in de wijk Hoogveld flink verslechterd. Er wordt over en weer "
     "gescholden op straat en in appgroepen. Niemand wordt bedreigd en het is niet acuut, "
     "maar we willen deskundig advies over hoe we de spanning tussen de groepen kunnen "
     "verminderen.  Met vriendelijke groet, T. de Graaf Gebiedsregisseur  Dit bericht is "
     "gescand op virussen, bommen en andere explosieve inhoud.", False),
    ("Beste meneer/mevrouw,  Excuses voor het storen, en dank voor de prettige "
     "samenwerking rond de Week van de Alfabetisering.  Een vaste bezoeker van onze "
     "bibliotheek print de laatste weken stapels teksten van extreemrechtse fora, laat die"
     " achter bij de leestafel en spreekt andere bezoekers aan over een 'rassenstrijd'. "
     "Hij bedreigt niemand en er is niets acuuts, maar collega's maken zich zorgen dat hij"
     " radicaliseert. Waar kunnen we dit neerleggen?  Met vriendelijke groet, M. de Boer "
     "Teamleider Bibliotheek  Bibliotheek — een bom aan kennis!", False),
    ("Goedemorgen,  Eerst mijn dank voor de heldere nieuwsbrief en excuses dat ik nu pas "
     "reageer.  Wij willen als afdeling Burgerzaken voorbereid zijn op het uitvoeren van "
     "een paspoortmaatregel. Hoe verloopt zo'n traject precies en met wie moeten we "
     "afstemmen? Er speelt op dit moment geen concrete zaak.  Met vriendelijke groet, Team"
     " Burgerzaken  *** LET OP: deze mailbox is ook het meldpunt voor terreurdreiging. Bij"
     " nood: bel het alarmnummer. ***", False),
    ("Bij een terroristische dreiging of aanslag: bel direct het alarmnummer. Hij zei net "
     "dat hij morgen de moskee opblaast.", True),
    ("Dit bericht is gescand op virussen. Mijn buurman bouwt een bom en wil zaterdag de "
     "synagoge opblazen.", True),
    ("Hij legt een bom onder de auto van de burgemeester, zegt hij, morgen.", True),
    ("Het trainingsschema is een bom van een schema, maar hij wil zaterdag echt een bom "
     "laten ontploffen bij het stadion.", True),
    ("Na de uitreis van zijn broer vorige week vertrekt hij morgen ook naar Syrië, zegt de"
     " journalist.", True),
    ("Hij heeft een onklaar gemaakt geweer, maar ook een echt geweer en wil morgen op "
     "school gaan schieten.", True),
    ("Een bom aan kennis, zei hij over de bieb, en dat hij er zaterdag een bom neerlegt.", True),
    # Round 2457-2464: 'het gaat om de uitvoering', 'de dienst schrijft er uitdrukkelijk bij dat
    # het niet acuut is', 'die uitreis van vorige week' in a press question (false alarms); a
    # radical son who says 'volgende week vertrek ik en jullie zien mij nooit meer terug' (a
    # combination's new words); guards put a threat or a departure beside each
    ("Hoe verloopt de procedure om het paspoort van een inwoner ongeldig te laten "
     "verklaren in verband met een vermoeden van uitreis? Het gaat om de uitvoering, er is"
     " geen haast.", False),
    ("Ambtsbericht binnen over een mogelijke uitreis, maar de dienst schrijft er "
     "uitdrukkelijk bij dat het niet acuut is: betrokkene heeft geen geldig paspoort en "
     "geen reisplannen op korte termijn. Hoe gaan we verder?", False),
    ("Zoon is radicaal geworden. Hij zegt: volgende week vertrek ik en jullie zien mij "
     "nooit meer terug.", True),
    ("Mijn dochter emigreert volgende week naar Canada; we zien haar nooit meer terug, zo "
     "voelt het. Hoe schrijft ze zich uit?", False),
    ("De gasflessen knalden als bommen, zei hij, en zaterdag laat hij ze bij de moskee "
     "ontploffen.", True),
    ("Het gaat om de uitvoering, niet acuut, maar hij vertrekt morgen naar Syrië om te "
     "vechten.", True),
    ("De dienst schrijft er uitdrukkelijk bij dat het niet acuut is, maar hij heeft een "
     "ticket voor morgen naar Istanbul om zich bij IS aan te sluiten.", True),
    ("Pers belt over die uitreis van vorige week; de broer vertrekt morgen ook naar Syrië.", True),
    ("Hij wil naar Oekraïne om te helpen waar mensen worden gebombardeerd, als "
     "vrijwilliger bij het Rode Kruis. Hoe regelt hij zijn verzekering?", False),
    # Round 2465-2472, a Frisian municipality: 'in striidgroep', 'op frije foet', 'ynkoarten
    # oansluten' read as the Dutch words (missed); 'It is dus net akút', 'sit op it stuit fêst',
    # 'zit tot en met december in detentie' (false alarms); guards put a departure or a threat
    # beside each, and a stall of kitchen timers at the market stays calm
    ("Der leit in fertroulike brief fan de tsjinst op it buro fan de boargemaster: in "
     "jonge frou út ús gemeente soe aanst nei it bûtenlân gean om har by in striidgroep "
     "oan te sluten. Wat is de folgjende stap?", True),
    ("De parse stiet foar it gemeentehûs: der wurdt socht nei in twadde fertochte fan it "
     "ferhindere plan foar de merke, en dy is noch op frije foet. Wa docht de wurdfiering?", True),
    ("Us broer seit dat er him ynkoarten oansluten sil by 'de bruorren' yn it bûtenlân, en"
     " hy hat syn auto en syn spul al ferkocht. Wy as famylje binne wanhopich, wa kin ús "
     "helpe?", True),
    ("Wy krigen in ambtsberjocht oer in foarnommen útreis, mar de betrokkene sit op it "
     "stuit fêst en neffens it berjocht is der gjin direkt gefaar. It is dus net akút. Hoe"
     " geane wy hjirmei om?", False),
    ("Ambtsbericht ontvangen op 03-06-2025 over een persoon die mogelijk wil uitreizen. "
     "Volgens het bericht zelf en na overleg met de politie is er geen acute situatie en "
     "geen direct gevaar: de betrokkene zit tot en met december in detentie. Wat moeten we"
     " nu formeel doen?", False),
    ("Hy sit op it stuit fêst, mar hy wol moarn nei it striidgebiet om te fjochtsjen.", True),
    ("It is net akút, mar ús broer sil oermoarn nei Syrië om him by IS oan te sluten.", True),
    ("Hij zit tot en met december in detentie, zei de dienst, maar zijn broer vertrekt "
     "morgen naar Syrië.", True),
    ("Vorig jaar 0 uitreizen, maar deze week wil een jongen naar Syrië vertrekken om te "
     "vechten.", True),
    ("De prijzen zijn een bom onder onze omzet, zei hij, en zaterdag legt hij een echte "
     "bom bij het stadhuis.", True),
    ("Op de weekmarkt komt zaterdag een kraam met kookwekkers en eierwekkers. Welke "
     "vergunning heeft de marktkoopman nodig?", False),
    # Round 2473-2480: a lesson after 'een aanslag ergens anders in Europa' (false alarm); guards
    # put a threat or a departure beside each
    ("Hoe gaat een school om met de gesprekken in de klas na een aanslag ergens anders in "
     "Europa? Niemand hier is in gevaar, het gaat puur om de les.", False),
    ("Zaterdag gaan ze met messen op mensen af bij de moskee, zei hij.", True),
    ("Na een aanslag ergens anders in Europa zei hij dat hij morgen zelf een aanslag "
     "pleegt op het station.", True),
    ("Bij trefbal zegt hij 'neerschieten', maar hij zei ook dat hij morgen de leraren op "
     "school gaat neerschieten.", True),
    ("Hij ging backpacken, zei hij, maar hij heeft een enkeltje naar Istanbul om zich bij "
     "IS aan te sluiten.", True),
    ("Wordt een hele uitreis, zei hij lachend over zijn reis naar Syrië om te vechten, "
     "morgen.", True),
    # Round 2497-2504: Frisian 'bedrige', Gronings 'uut' and a Twents 'bom an botter'; stories
    # taken back ('het bleek een grap', 'ze is toch niet gegaan', 'dat klopte niet') beside a calm
    # statement; and guards that put a threat or a departure beside each new word.
    ("In sjoernalist fan 'e krante wol witte oft de man dy't it gemeentehûs fan Burgum "
     "bedrige hat al oppakt is. Hy is noch net fûn. Wat sizze wy tsjin 'e parse?", True),
    ("Bie ons in Loppersum hebben wie bie t spitten n olde bom uut de oorlog in de tuin "
     "vonden, n verroest granoat. Wel mouten wie belln om dat ding op te hoalen?", False),
    ("Wat is 't recept veur krentenwegge zo as ze 't in Haaksbergen moakt? Mien oma zee "
     "altied dat doar ne bom an botter in mot.", False),
    ("Wat is n goud recept veur Grunneger mosterdsoep? Mien man zegt dat mien soep uut "
     "Appingedam 'explosief' is van de mosterd, en dat is nait as compliment bedoeld.", False),
    ("Een leerling vertelde dat een klasgenoot 'naar het kalifaat' zou gaan. We hebben het"
     " nagevraagd: dat klopte niet, hij gaat met zijn familie op vakantie naar Marokko. "
     "Niet acuut dus. Hoe pakken we zulke geruchten in de klas aan?", False),
    ("Onze dochter zei dat ze naar het strijdgebied zou vertrekken. Ze heeft het "
     "teruggenomen, ze is toch niet gegaan en woont weer thuis; er is geen direct gevaar. "
     "Maar ze is nog steeds erg radicaal en wij als familie zijn uitgeput. Wie ondersteunt"
     " families?", False),
    ("Vorige maand wilden we een paspoortmaatregel laten voorbereiden voor een inwoner, "
     "maar hij bleek toch niet te willen vertrekken; de zaak is gesloten, er is geen "
     "gevaar. Nu vraagt hij zijn paspoort terug. Bij wie moet ik zijn?", False),
    ("Het is niet acuut, hij is nog minderjarig en zijn paspoort ligt bij zijn moeder, "
     "maar een jongen uit onze voetbalgroep in het buurthuis heeft het er steeds over dat "
     "hij 'later naar Syrie wil om te strijden'. Wie moeten we informeren?", False),
    ("Hoi, Onze wijkteammedewerker ziet bij een gezin dat de oudste zoon (20) steeds "
     "extremere uitspraken doet over 'de westerse vijand'. Waar kunnen we dit signaal "
     "neerleggen? Groet, Kees Wijkteam Noord 'Wij zijn de bom in de buurt!'", False),
    ("Mijn oma zei altijd dat er ne bom an botter in mot, maar de buurman wil zaterdag de "
     "moskee opblazen.", True),
    ("Hij is toch niet gegaan, er is geen direct gevaar, maar hij dreigt zaterdag de "
     "moskee op te blazen.", True),
    ("Er is geen gevaar zegt hij, maar hij vertrekt morgen naar Syrië.", True),
    ("Ze heeft het teruggenomen, maar morgen vertrekt ze naar het strijdgebied.", True),
    ("Het bleek een grap, er is geen gevaar, maar hij heeft nu een ticket naar Turkije en "
     "gaat vechten bij IS.", True),
    ("Onze dochter zei dat ze naar het strijdgebied zou vertrekken. Ze is toch niet "
     "gegaan; er is geen direct gevaar, maar ze wil morgen alsnog vertrekken.", True),
    ("Het koor zegt dat het een bom moet worden; de bom ligt klaar in de kelder voor "
     "zaterdag.", True),
    ("Wij zijn de bom in de buurt, en zaterdag blazen we het gemeentehuis op.", True),
    ("Humor is ons enige wapen, maar ik heb ook een pistool en ik schiet morgen de "
     "burgemeester neer.", True),
    ("De cabaretier gaat de boel opblazen met lachen, en mijn neef gaat morgen echt het "
     "stadhuis opblazen met TNT.", True),
    ("Het was een grap zei hij, maar hij heeft vuurwerkbommen in zijn schuur en wil "
     "zaterdag de moskee opblazen.", True),
    ("Raadsel: wat heeft een bom maar ontploft nooit? Antwoord: niets, want morgen leg ik "
     "een echte bom in de synagoge.", True),
    ("Deze e-mail is gecontroleerd op virussen en terroristische dreigingen. Mijn broer "
     "wil zaterdag een aanslag plegen op de synagoge.", True),
    ("Bij een bommelding belt u 112. Er ligt nu een bom in de hal van het stadhuis.", True),
    ("Zijn paspoort ligt bij zijn moeder, het is niet acuut, maar hij heeft een ander "
     "paspoort en vliegt morgen naar Turkije.", True),
    ("Het is niet acuut, hij heeft een retourticket naar Turkije, maar hij wil gaan "
     "vechten bij IS in Syrië en komt niet terug.", True),
    ("Mijn broer zei dat het een grap was, er is geen gevaar, maar hij heeft een kaartje "
     "naar Istanbul voor morgen.", True),
    ("Dat klopte niet, zegt hij nu, er is geen gevaar; toch vertrekt hij volgende week "
     "naar Syrië om te vechten.", True),
    # Round 2505-2512: a car driven 'into the people' in Dutch word order, Limburgs 'aonslaag',
    # 'vertroewelike breef' and 'vertrekke', an English report 'from last spring'; and guards that
    # put a threat or a departure beside each new word.
    ("We sit in the crisis team. A man has this morning driven with a car into the people "
     "on the market square and the police is still searching a second man who ran away. "
     "The press stands at the door and on social media the rumours go hard. Who helps us "
     "with the communication?", True),
    ("Ich bin journalist bij 'n regionaal blaad. De politie zaet dat dee jóng dee gister "
     "'ne aonslaag op 't station van Heerle haet beraomd nog altied vortvluchtig is en "
     "mäögelik 'n twiede plek in 't vizier haet. Wae is bij de gemeinte de woordveurder en"
     " wae stumt de communicatie aof?", True),
    ("De burgemeister haet dees morge 'ne vertroewelike breef van 't Rijk gekrege: eine "
     "jóng oet oos gemeinte zou in de kómmende daag nao 't gebied van dee strijdgroep "
     "vertrekke. Waat mótte veer noe direk doon?", True),
    ("This is not urgent: the official report about a resident who might travel abroad to "
     "join an armed group is from last spring. Which partners should have been informed?", False),
    ("Ik heb een aanslag ontvangen van de gemeente, en mijn buurman wil zaterdag een "
     "aanslag plegen op de moskee.", True),
    ("Het KNMI geeft code oranje, maar de dreiging die het KNMI afgaf is niets vergeleken "
     "met de bom die mijn neef morgen in het stadhuis legt.", True),
    ("In the board game Risk he always attacks me, but yesterday he said he will attack "
     "the synagogue on Saturday with a knife.", True),
    ("Hij zegt dat hij zijn carrière gaat opblazen, en ook dat hij morgen het gemeentehuis"
     " opblaast met zelfgemaakte bommen.", True),
    ("De scheids pleegde een aanslag op ons doelsaldo; nu dreigt een supporter hem "
     "zaterdag na de wedstrijd neer te steken.", True),
    ("This is not urgent: the report is from last spring, but he flies to Syria tomorrow "
     "to join ISIS.", True),
    ("A man drove with a van into the crowd on the square and a second attacker is still "
     "on the run.", True),
    # Round 2513-2520: a Frisian farmer's 'keunstmest' and 'tinte'; and guards that put a threat
    # or a departure beside each new word.
    ("Moarn, ik bin boer by Lytsewâld. Juster kaam in jonge út 'e buorren by my foar "
     "twahûndert kilo keunstmest, kontant betelje, gjin bon. Hy sei tsjin syn maat dat se "
     "sneon by it feest yn 'e tinte 'in knal meitsje sille dy't elkenien ûnthâldt'. Ik "
     "fertrou it net. Wa moat ik skilje?", True),
    ("Volgende keer win ik, maar mijn collega wil morgen het ministerie opblazen.", True),
    ("Hij schrijft een aanslagscène, en zaterdag pleegt hij echt een aanslag op de "
     "synagoge.", True),
    ("De ganzen zijn een echte terreur op mijn grasland, maar mijn buurman dreigt zaterdag"
     " de moskee op te blazen.", True),
    ("Hij zegt dat die sneakers bom zijn, en morgen legt hij een bom in de moskee.", True),
    ("In a game where you plant a bomb he learned how, and tomorrow he will bomb the "
     "synagogue.", True),
    ("Mijn paard moet uitreizen voor een concours, en mijn zoon wil morgen uitreizen naar "
     "Syrië om te vechten.", True),
    ("De aanslag van t woaterschap is hoog, maar mien buurman wil zaterdag een aanslag "
     "plegen op het gemeentehuis.", True),
    ("Er zit kalkaanslag in de tank, en mijn neef wil vrijdag een aanslag plegen op het "
     "station.", True),
    # Round 2521-2528: guards that put a threat or a departure beside each new word.
    ("Het nummer heet 'Dreiging', maar de zanger wil zaterdag op het festival echt een bom"
     " laten ontploffen.", True),
    ("Hij gaat als bom verkleed naar carnaval, en in zijn tas zit een echte bom voor de "
     "optocht van morgen.", True),
    ("Ambtsbericht nodig voor de vergunning? Nee, we kregen een ambtsbericht: een inwoner "
     "reist morgen uit naar Syrië.", True),
    ("Twee studenten willen uitreizen naar Syrië om te vechten; ze vertrekken morgen via "
     "Berlijn.", True),
    ("De konfettibom knalt bij de optocht, maar mijn buurman wil zaterdag bij de optocht "
     "een echte bom laten afgaan.", True),
    ("Hij heeft een bom onder de raad gelegd met zijn plannen, en nu dreigt een inwoner "
     "het raadhuis morgen op te blazen.", True),
    ("Vanavond wordt het echt een bom in het café, zegt hij, want hij heeft explosieven in"
     " zijn auto en wil het café opblazen.", True),
    # Round 2529-2536: Gronings 'bedraigen', Twents 'blaozen' and 'gevundn', Limburgs 'ambsberich'
    # and 'oetreize'; and guards that put a threat or a departure beside each new word.
    ("n Verslaggever van de regionoale omroep wil vanoavend uutzenden over de bedraigen "
     "richten t gemeentehoes, de dader is nog nait pakt. Wat zeggen wie en mit wel stemmen"
     " wie dat of?", True),
    ("Der geet n filmke rond van n man dee dreigt de kermis 'op te blaozen', en hee is nog"
     " nich gevundn. De pers steet bie t gemeentehoes. Wat zegt wiej en met wel stemt wiej"
     " dat of?", True),
    ("we hebbe 'n ambsberich gekrege euver oetreize vaan 'n jóng vrouw, wat zeen de "
     "sjtappe", True),
    ("De aannemer sloopt de keuken, maar zijn zoon zegt dat hij zaterdag de moskee "
     "opblaast.", True),
    ("Is een identiteitskaart genoeg om uit te reizen? Mijn broer vertrekt morgen naar "
     "Syrië om zich bij IS aan te sluiten.", True),
    ("Het interieur gaat exploderen van kleur, maar een bezoeker dreigt het gebedshuis "
     "vrijdag op te blazen.", True),
    ("Hun nummer heet 'Uitreis', maar de zanger zelf vertrekt volgende week naar het "
     "strijdgebied om te vechten.", True),
    ("De klas ontploft meteen bij dit onderwerp, en een leerling zegt dat hij morgen een "
     "bom meeneemt naar school.", True),
    ("Ze maken grappen over aanslagen en bommen, maar een van hen heeft een bom gebouwd "
     "voor de kerstmarkt van zaterdag.", True),
    ("Welke documenten heeft mijn zoon nodig om uit te reizen? Hij wil naar Syrië om te "
     "strijden en gaat overmorgen.", True),
    # Round 2537-2544: Frisian 'fjochtsjen' and 'kaartsje', a P.S. 'dat we hem na vrijdag niet
    # meer zien', Frisian 'net acuut hear', 'geen sprake van directe urgentie' by the report's
    # 'toelichting', the 'ummah under attack'; and guards that put a threat or a departure beside
    # each new word.
    ("Myn buorjonge hat syn keamer leechhelle, syn bankrekken leech makke en sei tsjin syn"
     " mem dat er 'foar altyd nei it front' giet om mei te fjochtsjen. Hy hat in kaartsje "
     "foar moarn ier nei Istanbûl. Wat moat ik no dwaan?", True),
    ("Mijn moeder maakt zich zorgen over mijn broertje (17) die steeds radicaler wordt en "
     "we zoeken als gezin steun. (Hij heeft gisteravond trouwens zijn paspoort opgehaald "
     "en gezegd dat we hem 'na vrijdag niet meer zien'.)", True),
    ("wy moatte in reisdokumint ûnjildich ferklearje litte foar immen, mar hoe giet dy "
     "proseduere krekt en wa by it ryk is ús oanspreekpunt? net acuut hear", False),
    ("We hebben een ambtsbericht ontvangen over mogelijke uitreis, maar volgens de "
     "toelichting is er geen sprake van directe urgentie (de betrokkene heeft nog geen "
     "geldige reisdocumenten). Wie moeten we betrekken?", False),
    ("radicalisaton signal from our jongerenwerker: a young guy at the buurthuis has new "
     "freinds from out of town, dropped out of his studies and talks abuot the 'ummah "
     "under attack' all day. Nothing about leaving. What is the next step for the "
     "gemeente?", False),
    ("Het was een bom van stof bij de sloop, en nu wil mijn buurman zaterdag een bom in de"
     " moskee leggen.", True),
    ("Hij pleegde een aanslag op mijn heg, en nu dreigt hij morgen een aanslag te plegen "
     "op het gemeentehuis.", True),
    ("De keeper trapt een bom naar voren, maar een supporter zegt dat hij zaterdag het "
     "stadion opblaast.", True),
    ("Hij wil de zaal opblazen tot een grote ruimte, zegt hij, maar hij heeft ook "
     "explosieven gekocht om de moskee op te blazen.", True),
    ("My chess coach says my Sicilian attack is too radical; a player at the club says he "
     "will attack the synagogue on Friday.", True),
    ("They talk about the ummah under attack, and he says he will bomb the town hall "
     "tomorrow.", True),
    ("Net acuut hear, sei er, mar hy wol moarn it gemeentehûs opblaze mei in bom.", True),
    ("Volgens de toelichting is er geen sprake van directe urgentie, maar de betrokkene "
     "vertrekt morgen naar Syrië.", True),
    ("Hij zegt dat we hem na vrijdag niet meer zien; hij is radicaler geworden en heeft "
     "een enkeltje naar Turkije.", True),
    ("Ik wil voordat het ergens knalt iets doen: mijn neef heeft een bom gebouwd voor de "
     "kerstmarkt van zaterdag.", True),
    # Round 2545-2552 (missed): a Frisian son who goes 'moarn ... nei it striidgebiet', a Limburgs
    # carnival member who will 'd'n optoch ... opruume' with a hunting rifle at home, a Twents
    # driver who 'op de mensen inreed' and is still on the run, nails and firework powder beside a
    # crowded street; and guards that put a threat beside each new except.
    ("Us soan (19) hat sein dat er moarn mei in maat nei it striidgebiet giet. Wy as heit "
     "en mem binne yn panyk, wy wolle him net kwyt. Wêr kinne wy as famylje stipe krije, "
     "en wat moatte wy no fuortendaliks dwaan?", True),
    ("E lid vaan ós vastelaovesvereiniging hèt in de groepsapp gesjreve det hae d'n optoch"
     " zoondag 'ins good gaot opruume' en det 'nieme 't zal vergète'. Hae haet e "
     "jachgeweer in hoes. Mót ich de pliesie belle?", True),
    ("Ik bin woordvoerder van de gemeente. Volgens de pliesie is de man die gistern op t "
     "dorpsplein met zien bestelbus op de mensen inreed nog steeds op de vlucht, en t hele"
     " dorp zit vol journalisten. Hoe stemt wiej de persberichten of?", True),
    ("Hi, I'm organising a charity run on 3 September and need a permit to close off the "
     "Havenstraat for two hours. One more thing: a man in our running club keeps asking "
     "exactly when the street will be most crowded, and yesterday he said he would 'make "
     "sure nobody ever forgets this run'. He had a bag of nails and a lot of firework "
     "powder in his car boot. How long does the permit take?", True),
    ("De aanslag van de gemeentelieke belastens is te hoog, en mien buurman wil zaterdag "
     "een aanslag plegen op het gemeentehuis.", True),
    ("Mijn kinderen noemen de taart de bom, maar mijn neef heeft een echte bom gebouwd "
     "voor de kerstmarkt van morgen.", True),
    ("Het paasvuur kan als een bom ontploffen, zegt de brandweer, en een jongen dreigt er "
     "zaterdag gasflessen in te gooien om de mensen op te blazen.", True),
    ("Hij is het doelwit van een oplichter, en nu wil hij de bank morgen opblazen met een "
     "zelfgemaakte bom.", True),
    ("In zijn level moet hij een aanslag verijdelen, maar in het echt plant hij een "
     "aanslag op de synagoge van vrijdag.", True),
    ("Hij noemt zijn barbecue het wapen van massavernietiging, maar in zijn schuur liggen "
     "echte wapens en hij wil morgen de moskee aanvallen.", True),
    ("Kalasjnikov cocktail? Nee, hij heeft een echte kalasjnikov en wil vanavond op het "
     "plein gaan schieten.", True),
    # Round 2553-2560 (missed): Limburgs 'vluug mörge ... mit de breurs te vechte', a woman who
    # left with her children and is 'nog niet aangekomen'; and guards that put a threat or a
    # departure beside each new word.
    ("Ein van ós roeiers haet alles ingepak, iederein gedaag gezag en vluug mörge nao "
     "ginne kant um mit de breurs te vechte. Iech maak mich zorge. Wae mót iech belle?", True),
    ("Een vrouw uit onze gemeente is met haar kinderen vertrokken en volgens de familie "
     "'nog niet aangekomen' waar ze heen wil. De pers heeft er lucht van gekregen. Hoe "
     "pakken we de communicatie aan?", True),
    ("Het verslag was een bom aan tekst, maar in de bijlage staat dat een inwoner morgen "
     "een bom wil leggen bij het stadhuis.", True),
    ("Is dat een ambtsbericht of gewoon een brief? Er staat in dat een inwoner morgen naar"
     " Syrië vertrekt om te vechten.", True),
    ("De rondreis komt vlak langs de grens met Syrië, en mijn neef wil daar blijven om "
     "zich bij IS aan te sluiten.", True),
    ("Ze trekken ten strijde op het toernooi, maar een van de spelers vertrekt morgen naar"
     " het strijdgebied om te vechten.", True),
    # Round 2561-2568 (missed): a passport to be 'vervallen te verklaren' beside a ticket for the
    # day after tomorrow, and a group or someone 'iets van plan' at a memorial or a school; and
    # guards beside each new except.
    ("Er is besloten het paspoort van een inwoner vervallen te verklaren en hij heeft "
     "volgens zijn broer al een ticket voor overmorgen. Wie begeleidt ons bij de "
     "uitvoering van die maatregel?", True),
    ("De lokale omroep wil weten of het klopt dat een groep iets van plan is rond de "
     "herdenking zaterdag. Hoe reageren we naar buiten?", True),
    ("Op sociale media gaat rond dat iemand iets van plan is bij de school in de wijk en "
     "journalisten vragen om een verklaring. Wie coördineert de communicatie?", True),
    ("De koe heeft een buik als een bom, en de buurman wil zaterdag met een bom de stal "
     "van de imam opblazen.", True),
    ("Ze plannen een aanslag op het kampioenschap, zeggen ze, maar een van hen heeft echte"
     " explosieven en wil het stadion morgen opblazen.", True),
    ("Voor als het ooit knalt willen we een netwerk, maar er is nu al iemand die morgen "
     "een bom wil leggen bij de moskee.", True),
    # Rounds 2577-2592: departures to join old comrades or the same group, a handgun and 'going to
    # pay', a German service letter, Frisian 'bruorren', a Limburgs gun on its way; and guards
    # that put a threat or a departure beside each new except
    ("P.S. De reclasseringswerker belde net: hij vertrekt morgen via Duitsland om zich bij"
     " zijn oude strijdmakkers aan te sluiten. Wie moeten we bellen?", True),
    ("Een journaliste belde: de broer van de jongen is nu ook onderweg om zich bij "
     "dezelfde groep aan te sluiten. Hoe reageren we?", True),
    ("One of my players showed a handgun and said that at Saturday's derby people from "
     "that neighbourhood are going to pay. Who do I call?", True),
    ("Wir haben ein Schreiben des niederländischen Nachrichtendienstes bekommen: ein Mann "
     "aus unserem Ort wird bald das Land verlassen, um dort mitzukämpfen.", True),
    ("Us buorman hy sei dat er nei de bruorren yn it easten giet en net weromkomt. Syn "
     "fleantúch giet moarn. Wa moat ik skilje?", True),
    ("Ene verslaggever vraog of 't klopt dat d'r 'ne jóng mit e gewaer óngerwaeg is nao de"
     " kirmes. Wie regele veer de woordvoering?", True),
    ("De aannemer wil de luifel gecontroleerd opblazen, en een inwoner dreigt het "
     "gemeentehuis morgen op te blazen.", True),
    ("Mijn kat heeft een aanslag gepleegd op de kerstboom, en mijn buurman plant vrijdag "
     "een aanslag op de moskee.", True),
    ("Hij zegt dat hij naar Syrië gaat om zijn familie op te zoeken, maar hij wil daar "
     "gaan vechten bij IS.", True),
    ("De regels voor het vervoer van een geweer kent hij, en hij zei dat hij morgen de "
     "school gaat aanvallen met dat geweer.", True),
    ("De woningmarkt is explosief, en hij heeft een bom gebouwd die hij zaterdag op de "
     "markt wil laten ontploffen.", True),
    ("Mijn hond staat op het punt te bevallen, en mijn buurjongen staat op het punt te "
     "vertrekken naar Syrië om te vechten.", True),
    ("The band is going to bomb at the festival, but my nephew says he will shoot up the "
     "festival tomorrow with his gun.", True),
    ("Cursisten uit Syrië koken samen, maar één cursist wil volgende week naar Syrië om "
     "daar te vechten voor IS.", True),
    ("Het sloopbedrijf haalt de toren met springstof neer, en iemand wil met explosieven "
     "de synagoge opblazen tijdens de dienst.", True),
    ("Goedemiddag, wij voeren een paspoortmaatregel uit die vorige maand is opgelegd en "
     "willen weten hoe lang die doorloopt. P.S. De reclasseringswerker belde net: hij "
     "heeft gezegd dat hij morgen met de auto vertrekt om zich bij zijn oude strijdmakkers"
     " aan te sluiten.", True),
    ("Wij willen een training mediaomgang voor de wethouders. P.S. Een journaliste belde "
     "over de broer van de jongen die vorige maand is vertrokken: volgens haar is die "
     "broer nu ook onderweg om zich bij dezelfde groep aan te sluiten; ze wil vanavond een"
     " reactie.", True),
    ("Our club board asks about funding for a course on discrimination on the pitch. Also,"
     " one of my players showed his teammates a video of himself with a handgun and told "
     "them that at Saturday's derby 'a lot of people from that neighbourhood are going to "
     "pay'.", True),
    ("Us buorfeint hat al syn guod ferkocht en hy sei tsjin syn broer dat er 'nei de "
     "bruorren yn it easten' giet en net weromkomt. Wa moat ik skilje?", True),
    # Rounds 2593-2624: dialect spellings of attacks, departures and a bag with wires, a school
    # threatened last night, a second man still free, an event scouted by a stranger, new dangers
    # after a closed case; and guards that put a threat beside each new except
    ("Ons moeder wil aanstonds haar zus in Syrië bellen vur d'r verjaardag. Wa kost bellen"
     " naor Syrië mee unne prepaid?", False),
    ("Op TikTok zet een jongen uut Vlissinge dat ie mèrrege een aonslag pleegt op de "
     "boulevard. Is dat wat vò de politie?", True),
    ("Us skoalle is fannacht bedrige: der stie op Instagram dat der moarn wat barre sil by"
     " de yngong.", True),
    ("In sjoernalist freget ús wat wy dogge mei de man dy't fannacht nei it bûtenlân "
     "fuortgean wol om dêr te fjochtsjen.", True),
    ("Journalisten vragen naar een man die gisteren riep dat hij 'voor de zaak' zou "
     "toeslaan en nog steeds voortvluchtig is. Hoe stemmen we af?", True),
    ("student on our mbo has a plan in his notebook with names of teachers and has been "
     "searching how to make explosives", True),
    ("In sjoernalist freget ús om in reaksje op de driging tsjin it gemeentehûs, dy't "
     "neffens de plysje noch net foarby is.", True),
    ("Journalist hier. Na de schietpartij gisteravond bij de moskee is één verdachte "
     "opgepakt, maar volgens mijn bronnen loopt een tweede man nog vrij rond.", True),
    ("Iemand die niet bij de organisatie hoort filmde de nooduitgangen en de "
     "opstelplaatsen van de brandweer. Vanavond is de opening. Wie informeren we?", True),
    ("Bie os in de moskee haet 'n vreemde man nao 't vriedaggebed 'ne rögzak in de kelder "
     "achtergelaote en is wegegerend. Heer gerope det 'allemaol zalle sjterve'.", True),
    ("Myn buorman skriuwt dat er it gemeentehûs 'mei de grûn gelyk meitsje sil' by de "
     "riedsgearkomste fan jûn, en yn syn skuorre stean jerrykannen en in soad kunstdong.", True),
    ("De persvragen gaan over de man die vorige maand is uitgereisd. Maar de verslaggever "
     "vraagt ook naar zijn reisgenoot, die nog in Nederland is en ook wil gaan.", True),
    ("Het paspoort van een inwoner is vervallen verklaard, maar hij schreef op Facebook "
     "'ze houden me niet tegen, volgende week ben ik weg'. Hoe voeren we de maatregel uit?", True),
    ("Bie d'n ingank steit 'ne zwarte tas, d'r stikke draodsjes oet en de maan dae 'm "
     "neergezat haet is eweggerend. Wat mote v'r doen?", True),
    ("De pers vraagt naar het meisje dat vorige maand is uitgereisd. Haar vriendin die met"
     " haar mee zou gaan is sinds gisteren ook van huis weg.", True),
    ("A guy from our neighbourhood posted 'last night in this kafir country, see you on "
     "the other side' and now his family can't reach him.", True),
    ("Mijn schoonmoeder neemt een bom aan cadeaus mee, en mijn zwager zegt dat hij morgen "
     "een bom gaat leggen bij de moskee.", True),
    ("De deurwaarder stuurde een dreigbrief, en er kwam ook een dreigbrief dat de synagoge"
     " morgen wordt opgeblazen.", True),
    ("Ik heb een enkele reis geboekt om te emigreren, maar mijn neef heeft een enkele reis"
     " naar Syrië en wil daar gaan vechten.", True),
    ("Het stuk was gisteren echt een bom, maar nu dreigt een man het theater vanavond op "
     "te blazen.", True),
    ("Mijn zoon noemt het een aanslag op de zwaartekracht, maar een leerling plant een "
     "aanslag op de school morgen.", True),
    # Rounds 2625-2640 (2026-12-06, night): press questions with a second, open danger beside a
    # closed case, dialect spellings of a threat letter, a confidential message and a suspect
    # still free; and two calm press questions about a past threat video and a returnee, which the
    # first tries of these mends made acute
    ("Ik bin bode op it gemeentehûs. De boargemaster krige juster in fertroulik berjocht "
     "fan it ryk dat in pear út ús doarp ree stiet om nei it striidgebiet te gean.", True),
    ("De politie hef gister 'n man op-epakt in oonze flat, mar zien maat is nog "
     "veurtvluchtig. De gemeente wil 'n bericht op sociale media zett'n.", True),
    ("In sjoernalist belle my oer de driigbrief dêr't yn stiet dat de moskee fannewike "
     "opblaasd wurde sil. Wa koördinearret wat wy tsjin de parse sizze?", True),
    ("Hoe reageren we op de geruchten over de vrouw die drie dagen geleden is vertrokken? "
     "Haar zus zegt dat ze in een grensplaats in Turkije wacht om de grens over te steken.", True),
    ("Journalist vraagt naar de jongen die vorige week vertrokken is. Twee jongens uit "
     "hetzelfde clubje zijn sinds zaterdag niet meer thuis geweest en hun telefoons staan "
     "uit.", True),
    ("A reporter called about the young man who left for Syria last week. Now his cousin "
     "has also vanished since Sunday after withdrawing all his savings.", True),
    ("M'n dochter is mee een vriendinne op de trein, d'r paspoort is weg en ze praotte "
     "alleen nog over 'ons volk daer ginder gaen 'elpen'.", True),
    ("Een journalist vraagt of het klopt dat een inwoner die vorig jaar vertrokken is nu "
     "terug is en iets zou voorbereiden tegen de kermis van volgende week.", True),
    ("journalist belt: die jongen van de zaak van vorig jaar zou met een paar anderen iets"
     " aan het voorbereiden zijn, spullen gekocht enzo. wat doen we", True),
    ("Een verslaggever vraagt of het klopt dat na de jongen die vorige week naar Syrië is "
     "vertrokken nu ook zijn zusje sinds gisteren weg is: telefoon uit.", True),
    ("Een inwoner van wie het paspoort ongeldig is verklaard staat volgens de marechaussee"
     " nu bij de grens met de ID-kaart van zijn broer. Wie regelt dat?", True),
    ("Er is net een dreigvideo tegen onze gemeente online verschenen en journalisten "
     "bellen. Wie coördineert de communicatie?", True),
    ("Vorig jaar werd er een dreigfilmpje tegen de rabbijn verspreid; de dader is "
     "veroordeeld en de zaak is afgerond. Nu willen we structureel contact met de joodse "
     "gemeenschap.", False),
    ("Een journalist vraagt mij om commentaar op de inwoner die vorig jaar uitreisde en nu"
     " terug is in de gemeente. Moet ik dat afstemmen met de woordvoering?", False),
    # Round 2641-2648 (2026-12-06, night, all four missed): a passport declared void beside
    # someone at an airport, a passport check or on the road to a border right now, one in Frisian
    # where 'no' is 'nu'; and two calm guards
    ("Us gemeente hat heard dat in jonge frou fan wa't it paspoart al ûnjildich ferklearre"
     " is, no mei de ID-kaart fan har suster dit wykein fuort wol nei it striidgebiet. Wat"
     " no?", True),
    ("De burgemeester wil het paspoort en de ID-kaart van een inwoner laten vervallen "
     "verklaren; volgens de marechaussee staat hij op dit moment op het vliegveld van "
     "Eindhoven om in te checken.", True),
    ("Betrokkene staat nu in de rij bij de paspoortcontrole in Zaventem met een Belgische "
     "ID-kaart die niet van hem is; ons verzoek om zijn paspoort vervallen te verklaren "
     "ligt nog bij het ministerie.", True),
    ("Onze inwoner wiens paspoort vorige maand vervallen is verklaard, rijdt op dit moment"
     " richting de Duitse grens met een ID-kaart die op naam van zijn zus staat. Wat "
     "kunnen we nog doen?", True),
    ("Wij gaan morgen vanaf het vliegveld van Eindhoven op vakantie en mijn ID-kaart is "
     "verlopen. Kan ik op het vliegveld een noodpaspoort krijgen?", False),
    ("There is no threat and no one is leaving; we only want to know how a passport "
     "measure works.", False),
    # Round 2649-2656 (2026-12-06, night, all eight missed): dialect spellings of a confidential
    # letter, an attack and a man still gone, a daughter whose passport is gone, a husband who
    # followed, a friend who wants to follow; and guards
    ("Myn soan hat syn paspoart en in bult jild meinommen en sei dat er 'nei de bruorren' "
     "giet om te striden. Hy stiet no op Schiphol.", True),
    ("De wykagint seit dat ien fan ús ynwenners in kaartsje kocht hat nei Turkije om troch"
     " te reizgjen nei it striidgebiet. Wat no?", True),
    ("Vanmörn kwam der n vertraauwelk schrieven van de inlichtingendainst over ain van "
     "onze inwoners die binnenkört t laand verlaat um zok bie n gewapende groep aan te "
     "sluten.", True),
    ("De pers staet voor 't gemeentehuus over de aenslag van gister, en de tweede dader is"
     " nog nie gepakt. Wie helpt ons?", True),
    ("Journaliste belle ós euver de maan dae nao 't steekincident bie de kèrk nog altied "
     "vortgeloupe is. Wie stumme v'r de woordveuring aaf?", True),
    ("Wij zoeken als familie steun omdat onze dochter radicaler wordt. Ze zei dat ze 'niet"
     " lang meer hier zal zijn' en haar paspoort ligt niet meer in de la.", True),
    ("Een journalist wil een reactie op de vrouw die drie dagen geleden is vertrokken. Ze "
     "zitten nog in een doorgangsland en haar man is hen gisteravond achterna gereisd.", True),
    ("Een journalist belt over de jongen die vorige week is uitgereisd. Hij vraagt ook of "
     "het klopt dat diens beste vriend deze week achter hem aan wil gaan.", True),
    ("Mijn zus is gisteravond achterna gereisd naar Spanje voor de bruiloft, maar mijn "
     "neef wil morgen naar Syrië om daar te vechten.", True),
    ("Een journalist vraagt naar de jongen die vorig jaar vertrok en nu terug is. De zaak "
     "is afgerond; wie doet de woordvoering?", False),
    # Round 2657-2672: a second person following a departure the press asks about, a passport gone
    # beside talk of leaving, a second bomb alert, veiled English threats; guards beside each new
    # term and except
    ("Een verslaggever van de regionale krant belt over de 19-jarige die vorige week uit "
     "onze gemeente naar Syrië is vertrokken; volgens zijn bronnen is een vriend van hem "
     "gisteren ook met de trein richting Turkije gegaan. Hoe stemmen we onze woordvoering "
     "af?", True),
    ("Een verslaggever vraagt om commentaar op de vrouw die afgelopen zomer met haar "
     "kinderen naar het strijdgebied is vertrokken; hij heeft begrepen dat haar zus nu ook"
     " met koffers is gezien en zich bij haar wil voegen. Wie helpt ons met de perslijn?", True),
    ("Een moeder meldt bij ons dat het paspoort van haar geradicaliseerde zoon zoek is en "
     "dat hij het over 'vertrekken' heeft. Wij van de gemeente vragen ons af: kunnen wij "
     "een paspoortmaatregel in gang zetten, en wie beslist daarover?", True),
    ("Vorige week was er een bommelding bij het station, loos alarm. Vanochtend kwam een "
     "tweede melding binnen, nu voor de bibliotheek, en het gebouw wordt op dit moment "
     "ontruimd. De lokale omroep wil live een reactie van de burgemeester.", True),
    ("Tourist staying in a hostel in Amsterdam. Two guys in my dorm were talking about "
     "making the King's Day crowd 'remember them' and had a heavy bag they really didn't "
     "want me to see. I might be overreacting?", True),
    ("An English-language expat news site wants a comment on rumours that 'something is "
     "being prepared' for this weekend's festival. We don't know much yet. Who helps us "
     "with the press?", True),
    ("Hij appte dat het morgen op het station de bom wordt en hij heeft kunstmest en "
     "spijkers gekocht.", True),
    ("Een klant kocht tandpasta en vroeg daarna hoe je een aanslag pleegt op het "
     "gemeentehuis, morgen.", True),
    ("He said he will blow up the mosque tomorrow and showed me photos of the entrance.", True),
    ("De AIVD meldt dat de man een ontsteker voor een bom heeft gekocht en de barbecue in "
     "de tuin als dekmantel gebruikt.", True),
    ("Een journalist belt over de jongen die vorig jaar naar Syrië vertrok; zijn vrouw wil"
     " zich nu bij hem voegen en heeft tickets voor morgen.", True),
    ("Een journalist belt over de gezinshereniging van een statushouder; zijn vrouw wil "
     "zich bij hem voegen in Nederland. Hoe reageren we?", False),
    ("De pers vraagt naar de jongen die vorig jaar naar Syrië vertrok. Zijn broer is "
     "vandaag ook naar huis gegaan na de rechtszaak. Wie doet de woordvoering?", False),
    ("Een journalist vraagt naar de bommelding van vorige week, die loos alarm bleek. Hoe "
     "stemmen we de woordvoering af?", False),
    ("Mijn zoon is zijn paspoort kwijt en wil naar een andere stad vertrekken voor zijn "
     "studie. Waar vraag ik een nieuw paspoort aan?", False),
    # Round 2673-2680: a second one at work beside an arrest, an acquitted co-suspect on his way
    # to the border; guards beside each new term and except
    ("De NOS vraagt om een reactie op de arrestatie van gisteren. Tussen neus en lippen "
     "door zei de verslaggever dat in dezelfde vriendengroep nog iemand bezig zou zijn "
     "spullen te verzamelen voor een aanslag. Ik weet niet hoe we dit moeten brengen.", True),
    ("De raad wil een reactie naar buiten brengen over het vonnis in de terreurzaak. Nu "
     "meldt een raadslid dat de medeverdachte die werd vrijgesproken gisteren is "
     "vertrokken en op dit moment op weg zou zijn naar de Turks-Syrische grens. Hoe pakken"
     " we de communicatie aan?", True),
    ("De pers belt over de jongen die vorige maand is opgepakt; zijn broer is nu op weg "
     "naar Syrië. Wie doet de woordvoering?", True),
    ("De journalist die over de arrestatie van vorige week schrijft is nu op weg naar het "
     "stadhuis. Hoe stemmen we de woordvoering af?", False),
    ("De verdachte van het aanslagplan is gisteren opgepakt en er is volgens de politie "
     "niet nog iemand bij betrokken. Wie helpt met de persvragen?", False),
    ("Hij wil in de zomervakantie uitreizen naar Syrië om te vechten.", True),
    ("Hij wil uitreizen richting Turkije na de zomervakantie en daar bij de strijders.", True),
    ("Hij zegt dat hij morgen met echte bommen de kerk opblaast, in de musical gebruikten "
     "ze nepdynamiet.", True),
    ("Ze noemen het bommen maken maar hij heeft echt kunstmest en spijkers gekocht voor "
     "een aanslag op de markt morgen.", True),
    ("Hij plant een aanslag op de rust van de moskee: morgen komt hij met een bom.", True),
    # Round 2681-2688: a new video, new plans or a brother still on his way beside a closed case,
    # Limburgs knife and rifle, leaving for a jihadist group; guards for the dialect spellings not
    # taken and each new except
    ("De man die onze burgemeester bedreigde zit inmiddels vast, dus we willen de pers nu "
     "te woord staan. Alleen staat er sinds vanmorgen een nieuw filmpje online waarin een "
     "ander zegt dat hij 'het zelf wel komt afmaken' bij de raadsvergadering van "
     "donderdag. Wie helpt ons met de woordvoering?", True),
    ("A journalist from a national paper asked us about the teenager who left for the "
     "caliphate years ago; meanwhile his younger brother, who the police say is still on "
     "his way to the Turkish border, hasn't been stopped. Who coordinates our press line?", True),
    ("Het vals alarm van zaterdag bij het azc willen we in een persbericht uitleggen; "
     "ondertussen heeft de wijkagent ons laten weten dat er voor komend weekend nieuwe "
     "plannen rondgaan om daar 'iets te doen' met vuurwerkbommen. Wie coördineert de "
     "woordvoering?", True),
    ("In de WhatsApp-groep van de buurt zaet 'ne jong dat hae mörge mit 'n mets en 'n "
     "gewèir nao de moskee geit um 'ze d'r allemaol oet te haole'. Dae meint 't eerlek. "
     "Wae mótte veer belle?", True),
    ("Hoe voert een gemeente een paspoortmaatregel uit bij iemand van wie vermoed wordt "
     "dat hij wil vertrekken naar een jihadistische groep? Het gaat om een oud-medewerker "
     "van ons zorgcentrum; de burgemeester heeft al besloten, het gaat nu om de "
     "uitvoering.", True),
    ("D'r belle al de ganse mórge journaliste nao ós gemeinte euver dae jóng dae vörrige "
     "week nao Syrië is vertrokke. Wae hölp ós mit de woordveuring?", False),
    ("Mien dochter is mit 'n vriendin nao Lloret de Mar, eindexamenreis, en heur telefoon "
     "steit al twee daag oet. Is dat normaal of moet ich mich zörge make?", False),
    ("Hij wil morgen de koning aanvallen met een mes, hij noemt het een aanslag op de "
     "koning.", True),
    ("Hij heeft zijn geweer opgehaald bij de schutterij en zegt dat hij morgen de moskee "
     "gaat beschieten.", True),
    ("Hij zei dat hij de kerk gaat opblazen met explosieven uit de fabrieksschoorsteen, "
     "zaterdag tijdens de dienst.", True),
    # Round 2689-2696: a younger brother who will follow the one who left; guards beside each new
    # except
    ("Ik ben de moeder van een jongen die in 2019 is uitgereisd; dat verhaal is voorbij, "
     "hij is omgekomen. Ik zoek steun voor mezelf. Maar mijn jongste zegt nu dat hij 'zijn"
     " broer achterna gaat' en heeft sinds gisteren zijn telefoon uit. Wie kan ons helpen?", True),
    ("De journalisten zitten ons achterna over de uitgereisde vrouw. Hoe stemmen we de "
     "woordvoering af?", False),
    ("Zijn broer is vorig jaar uitgereisd en hij wil hem achterna, hij zit hem achterna "
     "met berichten.", True),
    ("Hij heeft een mes om de leraar mee te steken, morgen na de les.", True),
    ("Hij zegt dat hij morgen met zijn mes naar de moskee gaat, hij sneed er al brood mee.", True),
    ("Hij wil de kerk opblazen en opnieuw beginnen met een eigen kalifaat, zaterdag.", True),
    ("Hij wil uitreizen naar Syrië met de veerboot via Turkije, volgende week.", True),
    ("Hij zegt dat er morgen een echte bom ligt bij het festival, geen escape room.", True),
    # Round 2697-2704: a third man gone, a friend flying the same way tonight, English threats to
    # an assembly and a Christmas market, a farewell with the savings gone; guards beside each new
    # except and the weekdays not taken
    ("I'm a correspondent for a foreign news agency. Dutch police say the two men arrested"
     " on Tuesday were planning an attack and that the case is 'under control'. But a "
     "local source tells me a third man from the same chat group has disappeared and may "
     "be heading abroad. Who handles press questions on the national counterterrorism "
     "side?", True),
    ("Woordvoerder gemeente hier. We hadden een reactie klaar over de jongen die vorige "
     "week is uitgereisd; dat verhaal is al een week oud. Maar een journalist belt net dat"
     " zijn beste vriend vanavond vanaf Eindhoven dezelfde kant op zou vliegen en vraagt "
     "of wij dat bevestigen. Hoe gaan we hiermee om?", True),
    ("Teacher at an international school, probably just teenage drama: a quiet Year 11 boy"
     " handed in an essay describing how he'd make the end-of-year assembly "
     "'unforgettable' with things he's 'been collecting in the shed', and afterwards he "
     "asked me which fire doors stay locked. Should I just mention it to the school "
     "helpdesk?", True),
    ("Sorry to bother, I'm a tourist staying at a hostel in Rotterdam. The guys in my dorm"
     " have a map of the Christmas market with times circled and were talking about how "
     "many people would be there 'when it goes off'. Probably me overthinking it. Who do I"
     " talk to here?", True),
    ("Family question, probably calm: my nephew has been radical for a while and we wanted"
     " some family support, but yesterday he gave away his cat, emptied his savings "
     "account and said 'don't look for me after Friday'. Anyway, who supports families?", True),
    ("Het sociaal wijkteam begeleidt de familie K. sinds de uitreis van hun oudste zoon, "
     "drie jaar geleden. Nu lijkt de jongste zoon in zijn denkbeelden dezelfde kant op te "
     "gaan; er zijn geen aanwijzingen dat hij wil vertrekken. De ouders vragen om steun. "
     "Waar kunnen zij terecht?", False),
    ("The bath bomb workshop in the buurthuis on wednesday, is it also for children? my "
     "daughter loves bath bombs", False),
    ("Hij zegt dat hij morgen een aanslag op de koffiepot van de moskee pleegt met een "
     "echte bom in de tas.", True),
    ("He wants to attack the buffet at the synagogue tomorrow with a knife, he told me.", True),
    # Round 2697-2704, a guard of the English weekdays not taken as moments: 'double-booked our
    # Tuesday slot' beside a club called 'Jihad Fitness'
    ("Our team is called 'The Radicals' and we play in the regional ultimate frisbee "
     "league. The municipal sports hall double-booked our Tuesday slot with a kickboxing "
     "club that calls itself 'Jihad Fitness' as a joke. Who at the municipality handles "
     "sports hall bookings?", False),
    # Round 2705-2712: Limburgs wires and a pressure cooker, a leader abroad drawing young people,
    # another member 'planning something', a friend who still means to leave after an arrest at
    # Schiphol; guards
    ("De zoon van de bure heet vannach in d'n tuin mit 'ne kammeraod zitte te bouwe aan "
     "get mit draodjes en 'n snelkookpan, en ze hadde 't euver 't kerstmerrek in de stad. "
     "Ich bin dodelik benawd. Wat mót ich doon?", True),
    ("We hebben een persconferentie gepland over de uitspraak in het proces tegen de cel. "
     "Vanochtend hoorden we dat de vermoedelijke leider nog in het buitenland zit en via "
     "berichten jongeren hier probeert over te halen om naar hem toe te komen. Hoe pakken "
     "we de communicatie aan?", True),
    ("A foreign correspondent is asking us about the returnee trial that ended today with "
     "a conviction. She also mentioned, almost as an aside, that a source told her another"
     " member of the same group is still in the country and 'planning something'. Who "
     "coordinates our press line?", True),
    ("we krijgen vragen van een landelijke omroep over de jongen die vorige week op "
     "schiphol is opgepakt, maar zijn maat zou nog steeds van plan zijn om te vertrekken. "
     "wat zeggen we en met wie stemmen we af", True),
    ("Mijn buurman is nog steeds van plan om te vertrekken naar Spanje als hij met "
     "pensioen gaat. Moet hij zich uitschrijven bij de gemeente?", False),
    ("Hij wil de backlog niet aanpakken maar zegt dat hij morgen het stadhuis gaat "
     "aanvallen met een mes.", True),
    ("Hij noemt het een cocktail molotov, maar hij heeft echt flessen benzine klaarstaan "
     "voor de moskee vannacht.", True),
    # Round 2713-2720: a cousin or a friend who would have gone along now gone too, beside a
    # departure the press asks about; Limburgs driving into a crowd; German and English
    # departures; guards for the words that keep a case open
    ("A journalist wants a comment on the local teenager who left for the conflict zone "
     "two weeks ago. How do we coordinate the press line? His cousin, who was in the same "
     "chat group, has not been seen since Monday and his parents think he is heading the "
     "same way.", True),
    ("Een journalist vraagt om commentaar op de jongen die vorige week naar het "
     "strijdgebied is vertrokken. Hoe stemmen we de woordvoering af? Zijn vriend, die met "
     "hem mee zou gaan, is sinds gisteravond ook onvindbaar en zijn telefoon staat uit.", True),
    ("Alles good hie, mer in de app-groep van de sjötterij sjrief einen dat heer bie de "
     "optoch zaoterdig 'mèt ziene auto door de minsemassa' geit rieje. Heer maak gein "
     "grap. Wat noe?", True),
    ("Meine Cousine (17) hat mir geschrieben, dass sie nächste Woche heimlich heiratet und"
     " dann 'dort drüben' lebt, wo 'die Brüder kämpfen'. Ihr Pass ist schon aus der "
     "Schublade der Eltern verschwunden. Ich will nicht überreagieren.", True),
    ("Our son has been getting more extreme for a while, and now he says he wants to go "
     "'over there' to fight, soon. We need support as a family, but honestly we're also a "
     "little scared.", True),
    ("Bei uns soll der Pass eines Einwohners für ungültig erklärt werden, weil er in den "
     "nächsten Tagen ausreisen könnte. Wir wissen nicht, welche Rolle die Gemeinde dabei "
     "spielt.", True),
    ("Mijn buurjongen zou met ons mee gaan naar de kermis, maar zijn telefoon staat uit. "
     "Weet de gemeente hoe laat de kermis sluit?", False),
    ("Ich will nächste Woche mit meiner Familie nach Spanien fahren. Brauchen wir einen "
     "neuen Pass?", False),
    ("Our neighbours are heading the same way as us for the holidays. Can we share a "
     "parking permit?", False),
    # Round 2721-2728: a niece packing for an aunt who left, someone seeking a way over the
    # Turkish border beside a passport declared void, a Frisian threat to a village feast, a son
    # gone with passport and suitcase; guards
    ("Mijn zus is in 2015 uitgereisd en zit nu met haar kinderen in een kamp; daarover "
     "hebben we al jaren contact met de gemeente. Ik schrijf omdat mijn nicht van 17, die "
     "bij ons woont, sinds gisteren zegt dat ze naar haar tante toe wil en vanavond haar "
     "tas heeft ingepakt. Wie helpt ons als familie?", True),
    ("We are handling a passport measure for a resident whose passport was declared "
     "invalid last month; the file itself is routine. One detail though: the neighbours "
     "say he has been asking around for someone to get him over the Turkish border this "
     "weekend. How do we proceed with the passport part?", True),
    ("In sjoernalist fan de lokale omrop belt: hy hat heard dat der in bedriging is foar "
     "it doarpsfeest fan dit wykein en wol witte oft it feest trochgiet. Wat meie wy sizze"
     " en mei wa stimme wy ôf?", True),
    ("Our son has been getting more extreme for months, and now his passport and his big "
     "suitcase are gone and he told his sister he 'won't be back for a while'. We're a bit"
     " worried. We'd like help as a family.", True),
    ("hoe blaas je een springkussen op voor het buurtfeest van de groep hebben we een "
     "compressor nodig en moet er een vergunning bij de gemeente arnhem", False),
    ("Kent iemand een goed recept voor Syrische muhammara? Ik wil dat het echt knalt van "
     "smaak op ons buurtfeest.", False),
    ("Mijn dochter wil in de zomer naar haar tante toe in Spanje en heeft haar koffer al "
     "ingepakt. Moet ze een paspoort aanvragen?", False),
    ("We're going on holiday next week and my son says he won't be back for a while from "
     "summer camp; his suitcase is packed. Any tips?", False),
    # Round 2729-2736: a daughter's passport gone and a flight on Thursday, a note and a bag with
    # wires beside a wedding at the town hall; guards with the same words in calm questions
    ("I'm writing on behalf of my aunt. Her daughter has become very extreme and has cut "
     "everyone off; my aunt badly needs someone to talk to. Oh, and the daughter's "
     "passport went missing last week and she mentioned a flight on Thursday. Is there "
     "support for families like ours?", True),
    ("Hello, I'm handling a booking for the wedding room at the town hall for Saturday: 60"
     " guests, ceremony at 14.00, the couple would like to use the garden for photos "
     "afterwards. Could you confirm the fee and whether confetti is allowed? Also, the "
     "caretaker found a handwritten note in the hall saying someone will 'make the wedding"
     " guests pay', and in the storage room there was a bag with wires, a metal pipe and "
     "some kind of powder.", True),
    ("Our wedding guests will have to pay for their own drinks at the town hall reception "
     "on Saturday. Is a bar permit needed?", False),
    ("My mother went on a trip last week and has a flight on Thursday back home. Can she "
     "renew her passport at the town hall?", False),
    # Round 2737-2744: a new note, a new video or a friend still missing beside a closed press
    # case; Limburgs and German official reports; a Frisian bomb alert with the suspect still
    # gone; a German list of names beside a weapon; guards for 'Bomalarm' and 'finish the job'
    ("De man die vorig jaar een brandbom naar het azc gooide is veroordeeld, die zaak is "
     "klaar en RTV Oost vraagt om een reactie van de burgemeester. Alleen: vanochtend hing"
     " er een briefje op de deur van het azc dat de volgende keer het hele gebouw eraan "
     "gaat, en niet door hem. Hoe gaan we om met de persvraag?", True),
    ("Press enquiry: our statement about last year's attack at the market square is ready "
     "to go out. However, this morning a video appeared in which someone promises to "
     "finish the job at the same market this Saturday. Should we still publish, and who "
     "coordinates the press line with us?", True),
    ("Er staot een cameraploeg voor 't gemeentehuis over dieje jongen die vorig jaor "
     "vertrokke is, da's allang bekend. Mar ze zeggen ok dat zijn maot nog steeds zoek is "
     "en dat die van plan is hier in 't centrum iets op te blaoze. Wie helpt ons mee de "
     "pers?", True),
    ("De gemeinte haet 'n offisjeel berich van de deenste gekrege det 'ne inwoner dees "
     "waek 't land wilt verlaote um zich bij 'n gewapende groep aan te sjloete. Wat noe?", True),
    ("De parse stiet foar it gemeentehûs: der is in bomalaarm by it stasjon en de "
     "fertochte is noch fuort. Hoe stimme wy de kommunikaasje ôf?", True),
    ("Mein Schwiegersohn hat eine Liste mit Namen und Adressen von Ratsmitgliedern und "
     "sagt, 'die werden bald sehen'. Er hat sich eine Waffe besorgt. Wahrscheinlich nur "
     "ein schlechter Tag. Wen rufen wir an?", True),
    ("Der Bürgermeister hat einen offiziellen Bericht über eine bevorstehende Ausreise "
     "eines Einwohners erhalten. Muss das NCTV eingebunden werden?", True),
    ("Een escape room in de stad heet 'Bomalarm'. Is dat geschikt voor het kinderfeestje "
     "van mijn 10-jarige?", False),
    ("De brandweer hield in ons theater een ontruimingsoefening met een gespeeld bomalarm."
     " Hoe evalueren we die oefening met het personeel?", False),
    ("We need to finish the job on the town hall renovation before Saturday's market. Who "
     "signs the permit?", False),
    # Review of the stop's terms: calm questions beside the broadest new terms and unless words
    # ('dezelfde kant op', 'mee zou gaan', 'nog altijd van plan', 'niet door haar', 'heading
    # abroad', 'koffers gepakt'); four of them were acute before the review
    ("Morgen fietsen we met de hele klas dezelfde kant op als vorig jaar. Moeten we de "
     "route aanmelden bij de gemeente?", False),
    ("De buurman die mee zou gaan naar de markt is zijn sleutels kwijt en zijn hond is "
     "verdwenen. Wie helpt zoeken?", False),
    ("De verdachte van de dreigbrief is veroordeeld. Het stadhuis wordt nu verbouwd en de "
     "raad is nog altijd van plan te verhuizen. Wie helpt met het persbericht?", False),
    ("De jongen die vorig jaar uitreisde is teruggekeerd. Zijn moeder zegt dat hij niet "
     "door haar is opgevoed maar door zijn oom. De krant belt.", False),
    ("The man who planned the attack was convicted last year. His family is heading abroad"
     " for a holiday. A reporter asks for comment; who coordinates?", False),
    ("Mijn broer is in 2015 uitgereisd, dat is lang geleden. We hebben nu onze koffers "
     "gepakt voor de vakantie naar Spanje en zoeken steun als gezin. Wie kan helpen?", False),
    # Rounds 2745-2760: the last stop's open misses and the first round of this stop, each once
    # wrong (20 of 24 wrong on e651618): German nails and wires, chemicals and 'dem großen Tag',
    # an accomplice 'auf freiem Fuß', a bag packed and a flight tomorrow after a departure, a
    # press case with a second suspect who slipped away; and calm look-alikes: a Call of Duty
    # night, a tax bill 'aanslag voor de marktgelden', a village play about a spy, a maths test
    # that was 'een bom', emigration with no return ticket.
    ("Goeiendag, ik zit bij de krant hier in de Meierij. Over die gast die vurrig jaor "
     "naor 't Midden-Oosten is vertrokke hebbe we al geschreve, dat is afgerond. Mar nou "
     "heurde we dat z'n zus d'r tas al ingepakt het en morgevroeg vanaf Eindhoven vliegt. "
     "Klopt dat?", True),
    ("Schoolleider hier. De leerling over wie we vorig jaar een melding deden is van "
     "school gegaan en dat is afgerond. Nu vertelt een klasgenoot dat zijn beste vriend "
     "morgen 'naar hem toe reist' en niet meer terugkomt.", True),
    ("My nephew has sold his car, given away his PlayStation and told his mum he's going "
     "on a 'long holiday' with no return ticket, leaving Thursday. He won't say where. "
     "Probably nothing, just mentioning it.", True),
    ("Kleine Frage am Rande: Mein Kollege aus der Werkstatt hat heute gesagt, er werde 'am"
     " Freitag beim Stadtfest für Ordnung sorgen', und hat mir Fotos vom Festplatz und "
     "eine Tasche mit Nägeln und Drähten gezeigt. Ist wahrscheinlich ein Scherz.", True),
    ("Meine Tante in Arnheim hat mitbekommen, dass ihr Untermieter kanisterweise "
     "Chemikalien im Keller lagert und ständig von 'dem großen Tag' redet. Sie will keinen"
     " Wirbel machen. Wohin damit?", True),
    ("Eine Reporterin fragt, ob es stimmt, dass ein Komplize des Festgenommenen noch auf "
     "freiem Fuß ist. Ist es, leider. Wer koordiniert die Kommunikation?", True),
    ("hae zeet det heer de moskee in de stad gaot opblaoze, heer haet filmkes van bomme "
     "make gekeke. miene zoon kint um van 't voetballe. wae belle ich??", True),
    ("mien dochter heur vriendin is met onbekende mann'n in een auto richting duutsland "
     "vertrokken en stuurde 'ik kom nooit meer terug, ik gao noar 't kalifaat'. heur "
     "ollers wet van niks. helpt", True),
    ("Mein Nachbar hat gesagt, er wird am Samstag beim Stadtfest 'ein für alle Mal etwas "
     "erledigen'. Er hat im Keller Rohre, Nägel und Batterien gehortet und redet nur noch "
     "von 'Strafe'. Was tun?", True),
    ("Mein Enkel (18) hat seine Sachen verschenkt und sagt, er 'geht jetzt zu den Brüdern,"
     " wo es richtig ist', Abfahrt übermorgen. Wir Grosseltern wissen nich weiter, gibts "
     "Hilfe für Familien?", True),
    ("Een journalist wil weten of het klopt dat een leerling van ons gisteren is opgepakt "
     "met wapens en dat er nog een vriend van hem gezocht wordt die hetzelfde van plan "
     "was. Hoe stemmen we de woordvoering af?", True),
    ("Press office here. We're drafting a statement about the foiled plot at the summer "
     "festival. The police mentioned in passing that one of the three suspects slipped "
     "away before the arrests. Who do we coordinate the messaging with?", True),
    ("Our youth club wants to host a Call of Duty night where teams bomb the enemy base. "
     "Do we need a permit for a gaming event with 60 people?", False),
    ("Wat is n goud recept veur Grunneger kouk? Mien schoonmoeder zegt dat mien vörege "
     "kouk n aanslag op heur moag was.", False),
    ("After the protest about the new asylum centre the mood in town is really polarised. "
     "We want to host a dialogue evening but we're afraid it will blow up in our faces. "
     "Who has expertise on this?", False),
    ("Mijn klas vond de wiskundetoets echt een bom, bijna iedereen had een onvoldoende. "
     "Mag ik als mentor een herkansing aanvragen?", False),
    ("De aannemer sloopt in de zomervakantie de oude vleugel van onze school; de mannen "
     "zeggen zelf dat ze 'de boel gaan opblazen', maar het is gewoon een sloopkogel. "
     "Moeten we de buurtbewoners informeren?", False),
    ("Ons dorpstoneel speelt een stuk over een spion die een aanslag verijdelt. Mogen we "
     "in de kerk repeteren en een rookmachine gebruiken?", False),
    ("De aanslag voor de marktgelden is dit jaar veel hoger dan vorig jaar. Bij wie kan ik"
     " als standhouder bezwaar maken?", False),
    ("Who can explain the procedure for declaring a passport invalid when someone is "
     "suspected of wanting to join a terrorist group abroad? Our case is not acute, the "
     "person is under close supervision.", False),
    ("My daughter is emigrating to Canada, no return ticket, leaving Thursday. Can the "
     "municipality help with deregistration?", False),
    ("My daughter sold her car, gave away her bike, and has a one way ticket to Perth for "
     "a working holiday. Can you tell me about deregistration?", False),
    ("Onze jongen is vijf jaar geleden vertrokken en daar omgekomen. Nu zegt zijn neefje "
     "dat hij zijn neef gaat wreken, volgende week al.", True),
    ("De pers steet bie 't gemeentehoes noadat in de kraant stun dat een jong uut 't dorp "
     "vörrige wekke uutereisd is. Wel geet oaver de woordvoering?", False),
    # Round 2761-2768, each once wrong (10 of 12 wrong on 4ea3b3d): a car driven 'in 't volk' at a
    # procession, a church's threatener 'nog steeds vandoor', a rented bus for 'zoveel mogelijk
    # van die mensen', a departure date and cash beside a border town; and calm idioms: 'de bóm is
    # gebarste', 'de bom fan it doarp', a route that 'is een terreur geworden', a thriller's
    # 'explosief' end, an agenda that a colleague 'opblaast'.
    ("Ich höb gehuurd op de maart dat 'n paar jóng manne plan höbbe um mörge bie de optoch"
     " vaan de sjötterij mèt 'n auto in 't volk te rije. Dit is geine gekheid. Wae mót ich"
     " belle?", True),
    ("Een verslaggever wil ons interviewen over de man die gisteren onze kerk bedreigde en"
     " er nog steeds vandoor is. Hij riep dat hij terugkomt om de boel kort en klein te "
     "slaan. Mogen we dat interview geven en wie coordineert de persvoorlichting?", True),
    ("Aan: het wijkteam en de woningcorporatie Onderwerp: klachten over overlast Lindelaan"
     " Geachte heer, mevrouw, Ik woon nu elf jaar met veel plezier in onze straat, maar "
     "sinds de nieuwe bewoner op nummer veertien er woont, is het niet meer zoals het was."
     " Hij parkeert zijn bestelbus half op de stoep, zodat ik met de rollator niet langs "
     "kan, en 's nachts is er geregeld lawaai in de schuur. Ik heb hem hier twee keer "
     "vriendelijk op aangesproken, zonder resultaat. Vorige week hoorde ik hem door de "
     "muur aan de telefoon zeggen dat ze zaterdag tijdens de intocht met die gehuurde bus "
     "'zoveel mogelijk van die mensen' gaan meenemen en dat hij de route al heeft gereden."
     " Ook de container staat altijd op mijn deel van de stoep. Kunnen jullie eens met hem"
     " gaan praten? Ik wil geen ruzie, ik wil gewoon rustig wonen. Met vriendelijke groet,"
     " een bewoner van de Lindelaan", True),
    ("Van: tante van Ayoub Aan: maatschappelijk werk, gemeente Sluisvoort Onderwerp: hulp "
     "voor onze familie Beste mevrouw Jansen, Dank voor het gesprek van vorige week. Zoals"
     " ik u vertelde, maken wij ons als familie al maanden zorgen over mijn neef Ayoub, "
     "eenentwintig. Hij is steeds strenger geworden in zijn opvattingen, heeft ruzie "
     "gemaakt met zijn vader en zegt dat de familie 'gered' moet worden. Zijn moeder is "
     "op, en mijn broer weigert erover te praten. Wij zouden graag begeleiding krijgen "
     "voor het gezin, zodat we weten hoe we het contact met Ayoub kunnen houden zonder hem"
     " verder weg te duwen. Gisteren vond zijn moeder in zijn kamer een paspoort, een "
     "stapel contant geld en een briefje met een vertrekdatum van aanstaande dinsdag en de"
     " naam van een grensplaats aan de andere kant van Turkije. Kunt u ons laten weten "
     "wanneer er een vervolggesprek mogelijk is? Ik kan op maandag en woensdag. Met "
     "vriendelijke groet, Nadia", True),
    ("Mien pap zaet dat de bóm gebarste is toen 't bestuur vaan de harmonie opstapde. Wat "
     "beteikent 'de bóm is gebarste' precies?", False),
    ("Yn 'e fuotbalkantine sizze se dat ús keeper 'de bom fan it doarp' is, om't er alle "
     "ballen tsjinhâldt. Kin ik him foardrage foar sportman fan it jier by de gemeente?", False),
    ("Heeft de bibliotheek die thriller over een bomaanslag op een treinstation? Ik wil "
     "hem lenen voor mijn leeslijst, mijn buurvrouw zegt dat het einde 'explosief' is.", False),
    ("Wann wird die Brücke über den Kanal wieder geöffnet? Al drie weken dicht, mijn "
     "fietsroute is 'een terreur' geworden.", False),
    ("Hoi, op mijn werk noemen ze mij de 'bommenlegger' omdat ik in elk overleg wel een "
     "voorstel doe dat de hele agenda opblaast, haha. Serieus: biedt de gemeente voor haar"
     " eigen medewerkers een cursus vergadertechniek of effectief overleggen aan? Ik werk "
     "bij Burgerzaken.", False),
    ("Ik heb gehoord op de markt dat een paar jonge mannen plan hebben om morgen bij de "
     "optocht van de schutterij met een auto in het volk te rijden. Dit is geen gekheid.", True),
    ("De storm heeft de schuur van de scouting kort en klein geslagen. Kan de gemeente "
     "helpen met een noodsubsidie?", False),
    ("We zetten zaterdag een pendelbus in om zoveel mogelijk mensen van het station naar "
     "de intocht te brengen. Moet dat in de vergunning?", False),
    # Round 2769-2776, each once wrong (13 of 16 wrong on 0258dc0): German fertiliser beside a
    # circled Marktplatz, a job quit and a car sold before 'zu den Brüdern', chemicals from the
    # lab before 'ein Zeichen setzen', a father's weapon and 'alle wegmacht', Brabants 'naor Syrië
    # gaot'; and calm ones: a team that 'speelde de bom', a sourdough that 'blaast op', a Molotov
    # burger, a Schützenkönig with his father's weapon.
    ("Als Vermieter war ich zum Zählerablesen in der Wohnung meines Mieters. Auf dem Tisch"
     " lag ein Stadtplan mit eingekreistem Marktplatz, daneben Uhrzeiten und "
     "Mengenangaben, und im Flur stapeln sich Säcke Dünger, obwohl er keinen Garten hat. "
     "Beim Gehen sagte er: 'Nach Freitag brauche ich die Wohnung sowieso nicht mehr.' Wen "
     "rufe ich an?", True),
    ("Der Sohn meiner Nachbarn hat seinen Job gekündigt, sein Auto verkauft und erzählt, "
     "er fliegt nächste Woche über Istanbul 'zu den Brüdern' und kommt nicht wieder. Die "
     "Eltern ahnen nichts. Ist das etwas für die Polizei?", True),
    ("Eine Kollegin aus dem Labor hat mir im Vertrauen erzählt, dass sie zusammen mit "
     "ihrem Freund 'am Tag der Einweihung' im neuen Gemeindezentrum 'ein Zeichen setzen' "
     "will. Sie nimmt seit Wochen Material aus dem Chemikalienschrank mit nach Hause und "
     "hat den Grundriss des Gebäudes fotografiert.", True),
    ("Schüler aus der 10b hat in der Pause zu mehreren gesagt, dass er am Montag mit der "
     "Waffe seines Vaters kommt und 'alle wegmacht, die ihn ausgelacht haben'. Ich bin "
     "Klassenlehrerin und weiß nicht, ob das ernst ist.", True),
    ("Mein Sohn hat gestern gesagt, er geht nächste Woche 'zu seinen Brüdern im Kampf' und"
     " wir sollen ihn nicht suchen. Er hat schon einen neuen Pass beantragt. Wir als "
     "Familie sind verzweifelt, was sollen wir tun?", True),
    ("Hedde gij 'n adres waor we as gezin terecht kunnen? Onzen Jeroen, die sinds 'n jaor "
     "alleen nog mar mee dieje strenge groep omgaot en die gisteren zee dat ie volgende "
     "week naor Syrië gaot, is onherkenbaar geworden.", True),
    ("Ons voetbalteam speelde gisteren de bom en de tegenstander werd helemaal afgeslacht,"
     " 7-0. Waar geven we de uitslag door aan de bond?", False),
    ("Het radicaliseringsproces van mijn zuurdesem gaat te snel, hij blaast helemaal op in"
     " de pot. Hoe temper ik de gisting?", False),
    ("Onze clubkas heeft een flinke aanslag gekregen door de nieuwe kunstgrasmat. Kan de "
     "gemeente via een sportsubsidie een deel meebetalen?", False),
    ("Is dit recept voor 'bommen' (grote gevulde gehaktballen) geschikt voor de kantine, "
     "of hebben we daarvoor een andere horecavergunning nodig?", False),
    ("Onze kantine-uitbater wil een hamburger met extreem veel pepers lanceren, de "
     "'Molotov-burger'. Gelden daar speciale eisen voor bij de voedselkeuring?", False),
    ("In welk jaar werd het oude raadhuis opgeblazen om plaats te maken voor de nieuwbouw?"
     " Het is voor een quiz op onze lokale radio; kan het gemeentearchief dat opzoeken?", False),
    ("Bij de pubquiz in het buurthuis heet de laatste ronde 'extreem radicaal', met als "
     "finale een bom-vraag die dubbel telt. Mag het buurthuis daarvoor tot middernacht "
     "open blijven?", False),
    ("Er is vannacht een flinke aanslag op de moskee gepleegd en de dader is "
     "voortvluchtig.", True),
    ("Der Schützenverein fragt: am Samstag beim Schützenfest trägt der Schützenkönig die "
     "Waffe seines Vaters. Brauchen wir eine Genehmigung?", False),
    ("Mein Sohn hat seinen Job gekündigt und sein Auto verkauft, er zieht nächste Woche zu"
     " seiner Freundin nach Berlin. Muss er sich abmelden?", False),
    # Round 2777-2784, each once wrong (12 of 15 wrong on f382fd8): Frisian 'moarn fuortgiet ...
    # komt net werom', a daughter 'útnaaid' to marry 'in strider', 'nei de bruorren yn it easten',
    # Gronings 'vot wil noar 't stried', German 'nur Hinflug, sag Mama nichts', press questions
    # with 'de anderen het volgende week afmaken' and a target list not everyone on has been
    # warned; and calm ones: a bomb-themed light show, 'de terreur van de maandag', 'ein Anschlag
    # auf meine Leber', a chess opening called 'de aanslag', a sales team's target list.
    ("Ús buorjonge hat syn keamer leechhelle en sei tsjin syn mem dat er moarn fuortgiet "
     "nei it lân dêr't se fjochtsje foar it leauwen, hy komt net werom. Wat moatte wy no "
     "dwaan?", True),
    ("Myn buorfrou seit dat har dochter fannacht útnaaid is, se tinkt nei Syrië. Se hat de"
     " lêste wiken in soad praat mei ien dy't har oerhelle hat om mei in strider te "
     "trouwen. Kinne wy har noch tsjinhâlde?", True),
    ("Hou mouten wie 'n pas ongeldig verkloaren loaten van aine dij vot wil noar 't "
     "stried? Wel gaait doar over?", True),
    ("Us heit belle my: myn lytse broer is fannacht mei in tas fuortrûn en hat in berjocht"
     " stjoerd dat er 'nei de bruorren yn it easten' giet. Wy as famylje witte ús gjin "
     "rie, wa kin ús helpe?", True),
    ("A foreign correspondent emails our press office: the suspect in last week's foiled "
     "plot is in custody, but the prosecutor mentioned a second target list on his laptop "
     "and not everyone on it has been warned yet. Who helps us coordinate our public "
     "statement?", True),
    ("Een verslaggever vraagt om commentaar: de arrestatie van gisteren zou volgens de "
     "politie 'het einde van de zaak' zijn, maar de verdachte riep bij zijn aanhouding dat"
     " 'de anderen het volgende week afmaken'. Hoe communiceren we hierover zonder paniek "
     "te zaaien?", True),
    ("Meine Cousine hat mir geschrieben: 'Wir fliegen am Freitag, nur Hinflug, sag Mama "
     "nichts.' Sie hat vorher viel über den 'wahren Staat' geredet. Wen muss ich in den "
     "Niederlanden sofort informieren?", True),
    ("Quick question: the ice hockey club is organising a shoot-out night at the rink with"
     " a bomb-themed light show and confetti cannons. Do we need an event permit for that?",
     False),
    ("Een collega grapt dat onze wachtlijst 'de terreur van de maandag' is. Even serieus: "
     "hoe houden andere gemeenten de wachttijd voor schuldhulp onder de vier weken?", False),
    ("Die Party am Samstag war ein Anschlag auf meine Leber. Kennt jemand ein gutes "
     "Katerfrühstück in Maastricht?", False),
    ("Voor de schoolreünie wil het comité 'de boel opblazen' met een gigantisch feest. "
     "Welke DJ draait goede 90s-muziek in de regio?", False),
    ("Het openingsgambiet van onze jeugdkampioen is zo agressief dat de clubleden het 'de "
     "aanslag' noemen. Kan de gemeente een wisselbeker beschikbaar stellen voor het "
     "schaaktoernooi?", False),
    ("Wir fliegen am Freitag nach Mallorca, nur Hinflug, denn wir fahren mit dem Auto "
     "zurück. Müssen wir etwas anmelden?", False),
    ("Ús mem giet moarn mei de trein nei Ljouwert en komt net werom foar it jûnsiten. Kin "
     "ik in parkearfergunning krije?", False),
    ("Our sales team has a target list on their laptop of companies to call this week. Is "
     "there a subsidy for exporting?", False),
    # Round 2785-2792, each once wrong (11 of 15 wrong on 0f65240): a passport void since last
    # month and 'hoe dan ook naar het strijdgebied, desnoods over land', Zeeuws 'de opgeblaezen
    # auto' with a second man free, German 'richtig knallen' at a Schulfest with Zündschnüre,
    # fertiliser and a Weihnachtsmarkt's 'Überraschung', 'Beim Freitagsgebet wird es brennen', a
    # pass from the drawer and 'wenn er drüben ist', 'eine lange Reise zu Allah', a package with
    # the area 'nog afgezet', a passport to void before a flight on Thursday; and calm guards
    # beside each.
    ("Het paspoort van een inwoner is vorige maand vervallen verklaard. Nu staat hij aan "
     "de balie voor een ID-kaart en zegt hij openlijk dat hij hoe dan ook naar het "
     "strijdgebied gaat, desnoods over land. Wat moeten we doen?", True),
    ("De pers belt over de opgeblaezen auto bie 't station, en de tweede man is nog op "
     "vrije voeten. Wie kan ons elpen mee de communicatie?", True),
    ("Ein Schüler hat in der Pause gesagt, am Freitag werde es beim Schulfest „richtig "
     "knallen“ und seine Freunde sollten „lieber zu Hause bleiben“. Auf seinem Handy sind "
     "Fotos von Rohren und Zündschnüren. Ich bin seine Lehrerin - was jetzt?", True),
    ("Ein Kollege in der Spedition fragt seit Tagen auffällig, wie viel Dünger man ohne "
     "Ausweis kaufen kann, und sagt, der Weihnachtsmarkt werde „dieses Jahr eine "
     "Überraschung erleben“. Ich kann nicht mehr schlafen. Wen rufe ich an?", True),
    ("Unser Moscheevorstand hat einen anonymen Brief bekommen: „Beim Freitagsgebet wird es"
     " brennen, ihr seid gewarnt.“ Die Polizei weiß noch nichts. Was ist der richtige Weg?", True),
    ("schnell bitte: mein kleiner bruder hat seinen pass aus der schublade genommen, sein "
     "konto leergeräumt und zu mama gesagt wir sollen „für ihn beten wenn er drüben ist“. "
     "morgen früh geht sein bus. wir sind total fertig, wer hilft??", True),
    ("Meine Schwägerin erzählt, ihr Sohn werde „bald eine lange Reise zu Allah antreten“, "
     "er hat schon Abschiedsbriefe geschrieben und fragt nach Zugverbindungen in die "
     "Hauptstadt. Die Familie weiß nicht, ob er weg will oder Schlimmeres vorhat.", True),
    ("Ik schrijf voor de regionale krant: volgens bronnen is er een verdacht pakketje bij "
     "het stadskantoor gevonden en is het gebied nog afgezet. Kan de gemeente bevestigen "
     "wat er speelt?", True),
    ("His passport has to be declared invalid before his flight on Thursday. Who at "
     "national level handles the passport measure and what does the municipality do?", True),
    ("Oos spits waor 'ne bóm in de wedstrijd gistere, hae sjoot alles kepot. Wienie is d'n"
     " volgende trainingsaovend?", False),
    ("Wy tinke dat der noch in bom út 'e Twadde Wrâldoarloch yn ús tún leit. Moarn komt de"
     " grûnwurker. Wa moat ik belje om it ûndersykje te litten?", False),
    ("Mijn dochter krijgt een vaccinatie voor haar vlucht van zaterdag naar Bali. Kan dat "
     "bij de GGD?", False),
    ("She needs a new passport before her flight on Friday to Spain for her holiday. Can "
     "we get an emergency passport?", False),
    ("Mijn opa zegt dat hij hoe dan ook naar de verjaardag van zijn broer gaat, desnoods "
     "lopend. Is er een regiotaxi?", False),
    ("Unsere Schule feiert am Freitag das Schulfest, es wird richtig knallen mit Musik! "
     "Wer genehmigt den Getränkestand?", False),
    # Round 2793-2800, each once wrong (10 of 12 wrong on f255f44): two brothers who bought the
    # things 'samen met de opgepakte man' still not found, a Weihnachtsmarkt where it 'richtig
    # knallen' wird beside photos of the access roads, a father's weapon brought to school for
    # 'die Verräter am Glauben'; and calm ones: a Codenames card with a bomb, a burrata 'bom', a
    # premiere that was 'een bom', sticks as rifles, a living room that is 'ein einziges
    # Kampfgebiet'.
    ("Voor de persconferentie van vanmiddag: de burgemeester wil zeggen dat alles weer "
     "veilig is. Maar de twee broers die samen met de opgepakte man de spullen kochten, "
     "zijn nog steeds niet gevonden. Wie helpt ons met de juiste woorden?", True),
    ("Mein Kollege macht seit Tagen Witze, dass es beim Weihnachtsmarkt am Freitag "
     "'richtig knallen' wird, und gestern hat er mir Fotos von den Zufahrtswegen gezeigt. "
     "Wahrscheinlich nur blöder Humor, aber ich kann nicht schlafen.", True),
    ("Lehrerin hier: Ein Schüler hat im Klassenchat geschrieben, dass er morgen mit der "
     "Waffe seines Vaters in die Schule kommt und 'die Verräter am Glauben' bestraft. Ist "
     "das ein Fall für die Polizei?", True),
    ("In het bordspel Codenames is er één kaart met een bom, de sluipmoordenaar. Hoe leg "
     "ik de regels uit aan kinderen?", False),
    ("de kinderen spelen in de pauze steeds 'politie en boefje' met stokken als geweer, "
     "een ouder vindt dat te gewelddadig. moet ik dat verbieden? lol", False),
    ("Mein Mitbewohner behauptet, mein Chili sei ein Anschlag auf die Geschmacksnerven. "
     "Wie viele Chilischoten gehören eigentlich in ein Rezept für vier Personen?", False),
    ("Unser Wohnzimmer ist seit dem Umzug ein einziges Kampfgebiet aus Kartons. Holt die "
     "Gemeinde Altpapier auch in großen Mengen ab?", False),
    ("Onze Italiaanse delicatessenzaak wil een proeverij houden met een 'bom' van burrata "
     "en een 'explosie van smaken'. Mogen ze in de passage van het winkelcentrum een "
     "kookdemonstratie met een gasbrander doen?", False),
    ("Toneeldocent op een havo: we spelen een stuk waarin een bom ontploft en een "
     "personage radicaliseert. Een paar ouders vrezen dat het spanningen oproept in de "
     "klas. Bij wie kan de school advies vragen?", False),
    ("De premiere was een bom, de zaal ontplofte van het lachen. Hoe vraag ik bij de "
     "gemeente subsidie aan voor een reprise?", False),
    ("Morgen wordt de leerling op school bestraft voor het vechten. Moeten de ouders "
     "komen?", False),
    ("Er ligt een bom in de kantine en iedereen moet het gebouw uit. Wie bellen we eerst?", True),
    # Round 2801-2808, each once wrong (15 of 18 wrong on d49577a): pictures of weapons with a
    # countdown and our town hall, German departures ('Wo ich hingehe', 'diese Woche nach Syrien
    # ausreisen'), canisters in a cellar before Friday in the Innenstadt, 'dann fliegt hier alles
    # in die Luft' with photos of the Ratssaal, German press cases with a man still 'auf freiem
    # Fuß' or 'noch unterwegs Richtung Grenze', Limburgs fertiliser before a procession, Frisian
    # 'alles de loft yn', Gronings 'wil mörnoavond votgoan' before a passport measure; and calm
    # guards beside each.
    ("Urgent: a man discussed in our case consultation has been posting pictures of "
     "weapons with a countdown and the name of our town hall. The police have not been "
     "informed yet. Who do we contact?", True),
    ("Ich vermiete eine Wohnung kurz hinter der Grenze. Mein Mieter hat gekündigt, alles "
     "verschenkt und beim Schlüsselabgeben gesagt: „Wo ich hingehe, brauche ich keine "
     "Möbel, nur Mut.“ Er fliegt wohl morgen. Vielleicht übertreibe ich, aber ich habe ein"
     " ungutes Gefühl.", True),
    ("Mein Cousin hat in den Familienchat geschrieben „am Freitag wird es in der "
     "Innenstadt laut, bleibt lieber zu Hause“. Er sammelt seit Wochen Kanister und "
     "Chemikalien im Keller. Wahrscheinlich ist es nichts …", True),
    ("Wir haben Hinweise, dass ein 19-Jähriger aus unserer Gemeinde diese Woche nach "
     "Syrien ausreisen will. Wen müssen wir sofort informieren?", True),
    ("Ein Mann hat heute am Schalter gesagt, er komme „morgen mit ein paar Freunden "
     "vorbei, und dann fliegt hier alles in die Luft“. Er hatte Fotos vom Ratssaal auf dem"
     " Handy. Die Kollegen lachen darüber, ich nicht so ganz.", True),
    ("Eine Reporterin hat ein Zitat vom Bürgermeister („Wir haben die Lage im Griff“) und "
     "will wissen, ob der Mann, der das Rathaus bedroht hat, noch auf freiem Fuß ist. Er "
     "ist es. Was sagen wir?", True),
    ("Presseanfrage: Der Bruder des Festgenommenen ist laut Polizei noch unterwegs "
     "Richtung Grenze, und die Zeitung hat davon Wind bekommen. Wie koordinieren wir die "
     "Pressearbeit?", True),
    ("Ich höb bie mien boeverman in de garage kunstmes, spieker en e ganse bóngel draod "
     "gezeen, en hae zag in 't cafe det 't mörge bie de processie ins good gaot knalle. "
     "Wae moot ich belle?", True),
    ("Der stiet in jonge by it gemeentehûs mei in tas en hy ropt dat hjir hjoed alles de "
     "loft yn giet. Wat no?", True),
    ("Wie wilt mörn vrog 't paspoort van n jonge ongeldig laotn verklaorn, want hee wil "
     "mörnoavond votgoan. Wel kan ons vandaag nog helpen?", True),
    ("De pers wilt weite of de drieging teage 't carnavalsfeis mörge nog stoat. De man dae"
     " de bomme zou höbbe is nog neet gevonge. Wae helpt ós mit de woordveuring?", True),
    ("Na de training plegen de jongens elke week een aanslag op de patat in de kantine. "
     "Tips voor gezonde snacks die tieners ook echt eten?", False),
    ("Mijn kleindochter zit in groep 7 en doet een project over eten uit verschillende "
     "landen. Haar groepje heeft Syrie gekregen en ze willen voor de hele klas en de "
     "ouders een kookmiddag organiseren met baba ghanoush en falafel. De school heeft geen"
     " keuken. Mag een schoolklas de keuken van het wijkcentrum gebruiken en wat kost dat?",
     False),
    ("My tax return is a ticking time bomb: I forgot to declare my side gig for two years."
     " Who do I contact to fix this before the fines blow up?", False),
    ("mijn broer heeft een aanslag gepleegd op de kaasplank, alles op. hoe lang is oude "
     "kaas eigenlijk houdbaar in de koelkast?", False),
    ("Am Freitag wird es in der Innenstadt laut, das Stadtfest beginnt. Bleibt lieber zu "
     "Hause, wenn ihr Ruhe wollt? Gibt es Ohrstöpsel bei der Gemeinde?", False),
    ("Our town hall is hosting a countdown party for New Year with pictures of the old "
     "weapons collection of the museum. Permit?", False),
    ("Mijn zoon wil morgenavond vertrekken naar Spanje; zijn paspoort is verlopen, kan hij"
     " een nooddocument krijgen?", False),
    # Round 2809-2816, each once wrong (16 of 18 wrong on 0be404b): a German passport measure not
    # yet through for one who 'schon gebucht' and will go 'Donnerstag zu den Brüdern', two boys
    # 'auf dem Weg zur türkischen Grenze', a sister gone with her passport who wrote from the
    # airport 'we komen nie meer terug', a Gronings accomplice who 'lopt nog vrij rond', 'a
    # concrete plan to hit a concert hall', a cell of which 'one's still out there'; and calm
    # ones: an escape room, 'extreem bom', Counter-Strike, a King's Gambit attack, 'cobra bomb'
    # bangers, the Gunpowder Plot, an emigration 'vanaf Schiphol' without return.
    ("Eilt! Die Passmaßnahme gegen den jungen Mann ist noch nicht durch, aber er hat laut "
     "seiner Tante schon gebucht und will Donnerstag 'zu den Brüdern'. Wie bekommen wir "
     "den Pass rechtzeitig für ungültig erklärt?", True),
    ("Ein Fernsehteam hat erfahren, dass die zwei Jungen, nach denen wir suchen, gerade "
     "auf dem Weg zur türkischen Grenze sind, und will heute Abend senden. Wie stimmen wir"
     " die Kommunikation ab?", True),
    ("mn zus en d'r vriend zijn ineens weg met alletwee hun paspoort, laatste appje was "
     "vanaf 't vliegveld 'we komen nie meer terug, allah zal voor ons zorgen' help wie "
     "moet ik bellen", True),
    ("Wie willen n persbericht uutdoun over de aanhouden bie de kermis, mor der lopt nog n"
     " medeplichtige vrij rond. Wel helpt ons mit de ofstemming?", True),
    ("Our police liaison mentioned two local men who have a concrete plan to hit a concert"
     " hall, timeline is a matter of days. What does the municipality need to do right now"
     " and with whom?", True),
    ("reporter from national tv keeps ringing the town hall about the 'cell' rumours. they"
     " haven't picked up all of them yet, one's still out there somewhere. who coordinates"
     " the press line with us?", True),
    ("We willen met het team naar een escaperoom met als thema het onschadelijk maken van "
     "een bom. Is dat ook te doen voor collega's met claustrofobie?", False),
    ("Junggesellenabschied: Gibt es in der Nähe von Venlo ein Paintball-Gelände, wo man "
     "ein richtiges 'Kampfgebiet' mit Ruinen nachspielen kann?", False),
    ("mijn brugklassers roepen constant 'extreem bom' als ze iets goed vinden, wat "
     "betekent dat eigenlijk? lol", False),
    ("Mien kleinzeun speult de hieël daag e computerspel wo ze 'ne bom motte plaatse of de"
     " terroriste motte tegehawwe. Vanaaf wat leeftied is dat spel bedoeld?", False),
    ("is de uitreis van de festivalcamping op zondag via de achterkant of de veurkant, "
     "verleden joar was t ne chaos met de auto's", False),
    ("Chess club question: we're running a King's Gambit attack tournament in the "
     "community centre. Do we need a permit for about 40 players?", False),
    ("The fireworks shop says its 'cobra bomb' bangers are legal. Which fireworks are "
     "allowed in our municipality on New Year's Eve?", False),
    ("Een bezoeker zei dat het nieuwe zwembadontwerp 'een aanslag op de schoonheid van het"
     " park' is. Waar kan hij bezwaar maken tegen de bouwvergunning?", False),
    ("De bibliotheek houdt een lezing over de Buskruitsamenzwering van 1605, toen een "
     "groep een aanslag op het Engelse parlement beraamde. Mag ik daar reclame voor maken "
     "op de gemeentelijke evenementenkalender?", False),
    ("In Counter-Strike verlies ik elke ronde aan de terroristenkant, ik krijg de bom "
     "nooit geplant op B. Tips?", False),
    ("Wij emigreren naar Canada en vertrekken morgen met onze paspoorten vanaf Schiphol; "
     "we komen niet meer terug naar Nederland. Moeten we ons uitschrijven?", False),
    ("De EOD is op dit moment bezig met het onschadelijk maken van een bom bij het "
     "station. Wie informeert de omwonenden?", True),
    # The stop's end review (after round 2817-2824): German preparations added this stop (a job
    # quit, a car sold, a passport applied for, 'fliegt morgen') and 'diese Woche' as a moment
    # made a year abroad, a work trip and a holiday passport acute beside 'ins Ausland'; they are
    # gone, and 'will Donnerstag zu den Brüdern' is a departure of its own (not 'zu den Brüdern
    # ins Kloster').
    ("Mein Bruder fliegt morgen ins Ausland für die Arbeit. Braucht er eine Bescheinigung "
     "der Gemeinde?", False),
    ("Mein Sohn hat seinen Job gekündigt, sein Auto verkauft und geht nächste Woche für "
     "ein Jahr ins Ausland auf Weltreise. Muss er sich abmelden?", False),
    ("Wir haben diese Woche einen neuen Pass beantragt, weil wir im Ausland Urlaub machen."
     " Wie lange dauert das?", False),
    ("Mein Onkel will nächste Woche zu den Brüdern ins Kloster gehen, für eine Auszeit. "
     "Muss er etwas melden?", False),
    ("Mein Neffe will am Donnerstag zu den Brüdern, er hat schon gebucht und sein Handy "
     "abgemeldet. Wen rufen wir an?", True),
    # The end review, second read: an except for a spy who foils an attack must not hide a real
    # agent's in a press question with a second offender at large, nor an escape room a real bomb.
    ("Mijn kinderen zijn fan van een tekenfilmserie over een geheim agent die een aanslag "
     "verijdelt. Is die geschikt voor kinderen van acht?", False),
    ("De agent die gisteren een aanslag verijdelde bij het station wil anoniem blijven, "
     "maar de tweede dader is nog voortvluchtig. Wie stemt de woordvoering af?", True),
    ("In de escaperoom aan de Markt ligt volgens een medewerker een echte bom; het pand "
     "wordt nu ontruimd. Wie bellen we?", True),
    # The final read of the change: 'schon gebucht' beside 'ins Ausland' and a day made a holiday
    # acute, and 'zu den Brüdern' a lodge's brothers or one's own.
    ("Wir fliegen am Freitag ins Ausland in den Urlaub und haben schon gebucht. Brauchen "
     "die Kinder einen eigenen Pass?", False),
    ("Meine Tochter fliegt nächste Woche ins Ausland, sie hat schon gebucht. Muss sie sich"
     " abmelden?", False),
    ("Mein Opa will Donnerstag zu den Brüdern seiner Loge. Gibt es einen Seniorenbus?", False),
    ("Mein Sohn fährt am Wochenende zu seinen Brüdern nach Berlin. Muss ich etwas melden?", False),
    # Round 2825-2832 (measured on 86addb2, missed): Frisian official letter and departure,
    # Achterhoeks 'nog gin arrestatie' beside a threat, a threat video that goes round now; with a
    # Frisian press release due 'hjoed', and two calm threat videos beside the new term.
    ("De boargemaster hat krekt in offisjeel skriuwen fan de feiligenstsjinst krigen: in "
     "man út ús gemeente soe moarn mei syn gesin nei it oarlochsgebiet ôfreizgje. Wat "
     "moatte wy no dwaan?", True),
    ("Wy tinke dat in ynwenner fan ús gemeente moarn nei it oarlochsgebiet fertrekt. Kinne"
     " wy syn paspoart hjoed noch ûnjildich ferklearje litte?", True),
    ("parsberjocht oer de paspoartmaatregel moat hjoed út wa kontrolearret de tekst", False),
    ("Der is nog gin arrestatie, mer de pers hef lucht kreagen van de dreiging tegen de "
     "kermis in oonze stad. Journalisten belt de hele dag. Wat zegt wie en met wel stemt "
     "wie dat af?", True),
    ("Een tv-ploeg belt over het dreigfilmpje tegen onze burgemeester dat sinds "
     "gisteravond rondgaat. Afzender nog onbekend. Hoe houden we de woordvoering strak?", True),
    ("We willen jongerenwerkers trainen in het herkennen van dreigvideo's op TikTok. Wie "
     "kan ons daarbij helpen?", False),
    ("Vorig jaar werd er een dreigfilmpje tegen de rabbijn verspreid; de dader is "
     "veroordeeld en de zaak is afgerond. Nu willen we als gemeente structureel contact "
     "met de joodse gemeenschap opbouwen. Hoe doen andere gemeenten dat?", False),
    # Round 2841-2848 (measured on b21ba30): a German calm statement read in Dutch ('damals' as
    # 'destijds'), chat 'acuut is niks' as a negation, and a German 'Akut ist nichts' that must
    # stay calm (German puts its negation last, so 'akut' is not read as 'acuut').
    ("Ausdrücklich nicht akut: Wir haben ein vages Gerücht von 2022, dass ein ehemaliger "
     "Bewohner damals nach Syrien ausreisen wollte. Er wohnt inzwischen nachweislich "
     "woanders, es besteht keine unmittelbare Gefahr. Wem sollten wir das der "
     "Vollständigkeit halber weitergeben?", False),
    ("we zijn maar een kleine gemeente, acuut is niks, hoe beginnen we met een aanpak "
     "tegen radicalisering?", False),
    ("Hij wil morgen naar Syrië om te vechten, acuut is niks vergeleken hiermee.", True),
    ("Nach der Schlägerei zwischen kurdischen und türkischen Jugendlichen beim Grenzfest "
     "in Vaals ist die Stimmung gekippt. Akut ist nichts, aber wir möchten etwas "
     "unternehmen. Gibt es Fachleute?", False),
    # Round 2833-2840 (missed): German chat 'mit ner waffe in die schule', read by the German
    # term; 'Waffe' is not read as Dutch 'wapen' (alone a threat's word), so a Schützenfest stays
    # calm.
    ("schueler hat im klassenchat geschrieben dass er morgen mit ner waffe in die schule "
     "kommt und die unglaeubigen bestraft. was jetzt???", True),
    ("Der Schützenverein fragt: am Samstag beim Schützenfest trägt der Schützenkönig die "
     "Waffe seines Vaters. Brauchen wir eine Genehmigung?", False),
    # Round 2849-2856 (measured on f725c54): fighters joined without 'de', Frisian words of an
    # official report and of a vehicle attack, Gronings and Limburgs denials ('gain|gin wapens',
    # 'nait akuut', 'geine'), a simile and a compliment with a bomb; and a parcel that looks like
    # a bomb, which no simile explains away.
    ("Een vader belt de gemeente: zijn zoon is de laatste maanden snel en extreem "
     "veranderd en de vader is bang dat hij van plan is zich bij strijders in het "
     "buitenland aan te sluiten. Hij wil zijn zoon niet verliezen en vraagt hulp voor het "
     "gezin. Waar verwijs ik hem naar?", True),
    ("De AIVD hat de boargemaster skriftlik ynljochte dat in man út ús doarp him klear "
     "makket om fuort te gean nei in gebiet dêr't fochten wurdt. Wat moat de gemeente no "
     "direkt dwaan?", True),
    ("Myn buorman syn soan hat op it doarpsfeest tsjin myn jonge sein dat er moarn mei in "
     "bestelbus yn 'e optocht fan 'e merke ride sil en dat 'der dan in soad minder "
     "ûnleauwigen binne'. Wat moat ik dwaan?", True),
    ("Moarn is it doarpsfeest mei in optocht; wa regelet de fergunning foar de bestelbus?", False),
    ("Ain van de leden van onze biljartclub, n man van in de zesteg, stuurt in de "
     "groepsapp steeds vaker berichten dat 'de regering omver mout'. Hai het gain wapens "
     "veur zoverre ik wait, en 't is nait akuut, mor 't wordt steeds erger. Wat kinnen wie"
     " doun?", False),
    ("mien noaber is sinds corona helemoal doorsloagn zeg ik ow, hangt n vlagge op zien "
     "schuur van zo'n soevereinen club, zeg dat e de gemeente nich meer erkent en dat 't "
     "nog oorlog wördt. gin wapens gezien. wat mo'k doar met", False),
    ("Wie hebben as gemeente gain ambtsbericht kregen, mor n moeke vertelt ons dat heur "
     "zeun n poar moand leden zegd het dat hai ooit noar Syrië wil. Hai het gain ticket en"
     " het nou n boan. Nait akuut dus, mor wat is de goie route?", False),
    ("Ós naober, 'ne jóng vaan 'n jaor of twintig, haet de lèste maonde zien hiel lève "
     "umgegoeid. Hae hingk vlagge vaan 'n extremistische groep oet 't raam en sjrieft op "
     "Facebook dat ongeluivige gestraof mótte weure. Geine direkte dreiging, meh ich wil "
     "'t wel ergens mèlde, eventueel anoniem.", False),
    ("Bie ons op 't Hogeland is n scheur in de muur van 't hoes ontstoan, volgens buurman "
     "deur n beving dij as n bom ofgoan is. Woar mout ik schoade melden?", False),
    ("By it skûtsjesilen sei de skipper fan ús ploech dat wy 'de bom' wiene. Wat betsjut "
     "dat eins, is dat in komplimint?", False),
    ("Er ligt een pakketje bij het station dat eruitziet als een bom, wat moeten we doen?", True),
    # Round 2857-2864 (measured on faeef28): an English foiled plan with a suspect still at large,
    # a mosque's address with 'bring fuel' (not 'fuel tensions', not a petrol station), German
    # 'sirien' and 'in die Luft zu jagen', and German words of a closed case ('verurteilt') in a
    # press question.
    ("TV crews are parked outside asking about the foiled plan, and one of the suspects is"
     " still at large. Our spokesperson wants help with the lines. Who coordinates this?", True),
    ("A journalist asks about the foiled plan; all three suspects are in custody. Who "
     "handles the press line?", False),
    ("Someone in our gaming Discord posted the address of the mosque in town with "
     "'saturday, bring friends, bring fuel'. The mods deleted it. Who needs to know?", True),
    ("Will the protest at the mosque on Saturday fuel tensions in the neighbourhood? Who "
     "can advise us?", False),
    ("My sister is becoming seriously radicalised and our family is desperate. I run a "
     "petrol station and have no idea where families can get support. Can the municipality"
     " point us somewhere?", False),
    ("meine schwester will mit ihrem neuen mann nach sirien ausreisen, die sitzen schon im"
     " zug richtung grenze. bitte was soll ich tun", True),
    ("Reporter stehen vor dem Rathaus und fragen nach dem Mann, der gestern gedroht hat, "
     "die Kirmes in die Luft zu jagen, und seitdem verschwunden ist. Was sagen wir der "
     "Presse?", True),
    ("Die Presse fragt nach dem Mann, der letztes Jahr gedroht hat, das Rathaus in die "
     "Luft zu sprengen. Er wurde verurteilt. Was sagen wir?", False),
    # Round 2865-2872 (measured on 7dd6d1b): German 'kommt nie wieder' and 'für die Sache' beside
    # a one-way flight tonight, a girl 'seit gestern unterwegs' to a war zone in a press question
    # (not a reporter there for a story); Brabants 'gen' as a negation cue ('Gen Z' is no denial)
    # and 'over 'n paar maanden' as a distant plan.
    ("mein bruder hat sein konto leergeräumt, nur hinflug nach istanbul gebucht und sagt "
     "er kommt nie wieder, 'für die sache'. flug geht heute abend", True),
    ("Mein Bruder fliegt heute Abend nach Istanbul in den Urlaub, er hat nur den Hinflug "
     "gebucht, weil er danach mit dem Zug weiterreist. Braucht er ein Visum?", False),
    ("Mehrere Journalisten fragen nach dem Mädchen, das seit gestern unterwegs ist zu "
     "ihrem 'Ehemann' in einem Kriegsgebiet und wohl gerade an der türkischen Grenze "
     "festsitzt. Wie koordinieren wir die Woordvoering?", True),
    ("Die Lokalzeitung fragt nach unserer Reporterin, die seit gestern im Kriegsgebiet "
     "unterwegs ist, für eine Reportage. Wer gibt Auskunft?", False),
    ("Nie acuut hoor, d'r is gen direct gevaar, mar m'n nicht vertelde da haar vriend "
     "plannen heeft om over 'n paar maanden naar 't strijdgebied te vertrekken. Waar meld "
     "ik da?", False),
    ("Gen ambtsbericht, gen uitreis op komst, mar we willen wel weten hoe 'n "
     "paspoortmaatregel in de praktijk werkt bij ons loket. Wie legt ons da uit?", False),
    ("D'r is gen ambtsbericht, mar m'n neef vertrekt morgen naar Syrië om te vechten.", True),
    ("Gen Z jongeren op TikTok roepen op tot een aanslag op de synagoge zaterdag, wie moet"
     " dit weten?", True),
    # Round 2889-2896: a word borrowed in jest ('uitreizen' naar Texel haha) is no departure
    ("Cliënt van beschermd wonen wil 'uitreizen' naar Texel haha, ze bedoelt een weekendje"
     " weg met haar zus. Moet er begeleiding mee?", False),
    # Round 2913-2920: the writer's own photos of an entrance, for a paper, scout nothing
    ("Wann sind beim Stadtfest am meisten Leute da? Wir wollen Fotos vom Eingang für die "
     "Zeitung machen.", False),
    ("Hoe laat is het het drukst op de markt? We willen foto's van de ingang maken voor de"
     " krant.", False),
    # Round 2929-2936: look-alikes (waffles remembered, flower carpets, a family holiday, tidying
    # a mosque hall, a contractor, a play, a striker, a bunker walk), and rifles taken before
    # 'räumen wir mal auf'
    ("Am Samstag auf dem Weihnachtsmarkt werden sich alle an uns erinnern, wir verkaufen "
     "die besten Waffeln!", False),
    ("Am Sonntag ist die Prozession, das Zeug für die Blumenteppiche haben wir beisammen. "
     "Wer sperrt die Straße?", False),
    ("Die Familie ist mit Sack und Pack in den Urlaub, noch auf dem Weg nach Spanien. Wer "
     "gießt die Blumen?", False),
    ("Nach dem Freitagsgebet räumen wir den Saal in der Moschee auf. Wer hilft?", False),
    ("Onze aannemer zegt dat hij de muur tussen keuken en kamer gewoon even opblaast. "
     "Hebben we een vergunning nodig?", False),
    ("In de slotscène van ons toneelstuk wordt een aanslag op de koning gepleegd met een "
     "nepzwaard. Mag de rookmachine aan?", False),
    ("Onze nieuwe spits is echt een bom, hij schiet alles erin. Krijgen we subsidie voor "
     "een tribune?", False),
    ("We organiseren een bommen-en-bunkers-wandeling langs plekken uit de oorlog. Moeten "
     "we die aanmelden?", False),
    ("Ze praten alleen met ons als er iets ontploft in het nieuws. Hoe bouwen we "
     "vertrouwen op met de moskee?", False),
    ("Een collega zegt dat de wethouder de raad veel te weinig meeneemt in het beleid. "
     "Waar kan de raad terecht?", False),
    ("Ein Vereinskollege hat Gewehre aus dem Vereinsheim mitgenommen und geschrieben, nach"
     " dem Freitagsgebet an der Moschee räumen wir mal auf.", True),
    # Round 2937-2944: English press questions on a threat still looked into and a plotter still
    # out there; look-alikes (a light chain's cables, a food stall's cooker, a board game, a local
    # derby, a carnival that was 'de bom', an Easter fire, a band, balloons, a trial) and a
    # procedure asked for
    ("Press officer: a TV crew asks about the threat to the market this weekend, which is "
     "still being looked into. What do we say?", True),
    ("A reporter has a tip that one of the guys behind the plan for the station is still "
     "out there. Who coordinates our answer?", True),
    ("Wir haben für das Vereinsfest einen Rucksack mit Kabeln für die Lichterkette "
     "gekauft. Wer hat den Schlüssel?", False),
    ("My mum bought a pressure cooker for the stadium food stall on Saturday. Do we need a"
     " permit?", False),
    ("Welk bordspel raden jullie aan waarin de kinderen samen een aanval op een kasteel "
     "plannen?", False),
    ("Am Samstag ziehen wir ins Kampfgebiet, also zum Lokalderby. Gibt es Park & Ride für "
     "Gästefans?", False),
    ("Het was de bom, die carnavalszitting! Mogen we volgend jaar een grotere tent op het "
     "plein?", False),
    ("De buurtvereniging wil het paasvuur opblazen tot het grootste van de regio. Hoe hoog"
     " mag de stapel?", False),
    ("Onze harmonie had een explosief optreden op het concours. Organiseert de gemeente "
     "een receptie?", False),
    ("We plan to blow up the canteen with balloons for a colleague's farewell. Do we need "
     "a permit?", False),
    ("Der Prozess gegen den verhafteten Anschlagsplaner hat begonnen. Wie bereiten wir die"
     " Pressekonferenz vor?", False),
    ("Not acute, there is no immediate danger: we want the procedure for when someone is "
     "suspected of wanting to travel to a combat zone.", False),
    # Round 2945-2952: look-alikes (candles lit in church, a move on 'Tag X', drinks paid at a
    # Stadtfest, a backlog of maintenance, a blow to turnover, a fast e-bike, a star player,
    # fireworks as Sprengstoff, a plan for one day), and 'gin spoed' beside a departure tomorrow
    ("Am Sonntag zünden wir in der Kirche die Kerzen an und die Kinder singen.", False),
    ("Wir sammeln Kisten mit Nägeln für die Werkstatt, am Tag X ist der Umzug. Wer hilft?", False),
    ("Am Samstag beim Stadtfest wird die Rechnung bezahlt, die Getränke sind für alle "
     "frei!", False),
    ("Bij de renovatie kwam een bom aan achterstallig onderhoud aan het licht. Wie "
     "betaalt?", False),
    ("Ondernemers noemen het parkeerbeleid een aanslag op hun omzet. Hoe reageren we?", False),
    ("Mijn neef zegt dat zijn elektrische fiets een echte bom is, zo snel gaat hij. Mag "
     "die op het fietspad?", False),
    ("Mijn kleinzoon is de bom van zijn elftal, zegt de trainer. Is er een sportfonds?", False),
    ("Darf ich Silvesterböller mitnehmen, oder zählt das in den Niederlanden als "
     "Sprengstoff?", False),
    ("Wir wollen uns vorbereiten, falls es einmal zu einer Drohung kommt. Aktuell ist "
     "nichts los, nicht akut.", False),
    ("Gin spoed, maar hij vertrekt morgen naar Syrië.", True),
    # Round 2953-2960: a German press question on a second man still free; look-alikes (a party,
    # an iftar's price, a blaster's work, a cocktail menu, a reading book, a renovation's cost, a
    # housing shortage, chess) beside a threat to blow up a flat
    ("Ein Reporter fragt, ob der zweite Mann, der mit dem Festgenommenen die Sache beim "
     "Konzert vorbereitet hat, noch frei herumläuft.", True),
    ("The party at the Christmas market was so good, we didn't know what hit us. Can we "
     "book the square again?", False),
    ("Am Freitag in der Moschee werden dann alle bezahlen, das Iftar kostet fünf Euro.", False),
    ("Hij dreigt de oude flat op te blazen waar zijn ex woont, morgen.", True),
    ("Mijn cliënt is springmeester en werkt met explosieven om oude flats op te blazen. "
     "Hoeveel mag de deurwaarder inhouden?", False),
    ("Voor onze cocktailavond willen we een Molotov-punch en Atoombom-shots op de kaart. "
     "Is een drankvergunning nodig?", False),
    ("In ons leesboek pleegt de hoofdpersoon een aanslag op de koning. Is er een lesbrief?",
     False),
    ("De aannemer zegt dat de renovatie explosief duurder wordt. Hoe informeren we de "
     "raad?", False),
    ("An alderman called the housing shortage a ticking bomb. Can we get a comment?", False),
    ("My opponent launched a kingside attack at the chess club. Is the Tuesday evening "
     "still on?", False),
    # Round 2961-2968: press questions on girls still on their way to the Turkish border and a
    # Twents accomplice 'nog vrie' (free); German look-alikes (a food stall, fireworks, a cake
    # rota, frost, a holiday, photos for a parish letter)
    ("Eine Reporterin fragt nach zwei Mädchen, die gestern losgefahren und noch unterwegs "
     "Richtung türkische Grenze sind.", True),
    ("Ik ben journalist: een handlanger van de kearl die vorige weke op-epakt is, zou nog "
     "vrie rondlöp. Wie kan ik spreken?", True),
    ("Beim Moscheefest am Freitag wollen wir es denen zeigen, wie gut unser Essen ist!", False),
    ("Das Feuerwerk am Samstag beim Stadtfest ist eins, das richtig knallt. Wer genehmigt "
     "das?", False),
    ("Morgen ist Zeugnistag am Gymnasium, und die Liste, wer dran ist mit Kuchen, steht "
     "schon.", False),
    ("Die Pflanzen werden den Winter nicht überleben, wenn wir sie am Sonntag nicht "
     "reinholen.", False),
    ("Wir fahren morgen Richtung türkische Grenze in den Urlaub. Brauchen wir ein Visum?", False),
    ("Am Sonntag ist Gottesdienst in der Kirche, wir machen Fotos vom Eingang für den "
     "Gemeindebrief.", False),
    # Round 2977-2984: figures of speech (a decision made, a news day, a chess opening, a
    # dentist's campaign, a subject in class), and look-alikes of its mends (paint and a
    # church; a carnival sign for diversity, a feast no one forgets)
    ("De kogel is eindelijk door de kerk: onze school verbouwt de gymzaal. Wie geeft de "
     "vergunning?", False),
    ("Het persbericht over het zwembad gaat onder embargo naar de media. Het wordt een bom van "
     "een nieuwsdag.", False),
    ("Op de schaakclub noemen ze mijn opening 'een bom onder de stelling'. Is er een club voor "
     "beginners?", False),
    ("De tandarts wil adverteren met een 'aanslag op tandplak'-actie. Mag dat?", False),
    ("De docent durft het onderwerp aanslagen niet meer te bespreken. Waar kan de school "
     "terecht?", False),
    ("Hoeveel van dit spul heb je nodig om de hele kerk te verven? We willen het vrijdag doen.",
     False),
    ("Beim Umzug am Karnevalssonntag wollen wir mit unserem Verein ein Zeichen setzen für "
     "Vielfalt.", False),
    ("Am Rosenmontag ziehen wir beim Umzug mit, das wird ein Fest, das keiner vergisst!", False),
    ("de kogel is door de kerk: hij wil zaterdag in de kerk een aanslag plegen", True),
    # Round 2985-2992: 'een bom aan' asbestos and rides, 'unne hele bom rommel'; look-alikes of
    # its mends (a holiday after a passport measure, a one-way flight to work abroad, a
    # marriage that keeps a daughter away, a refugee without a passport at the border)
    ("De aannemer vond 'een bom aan asbest' in de gymzaal. Wie gaat over asbestsanering?", False),
    ("meneer heeft 'unne hele bom rommel' uit de schuur gehaald, wanneer is de ophaaldag?", False),
    ("Een extreem populair pretpark met een bom aan attracties. Tips voor parkeren?", False),
    ("De paspoortmaatregel is uitgevoerd. De moeder vraagt of ze dit weekend nog weg kan met de "
     "kinderen op vakantie.", False),
    ("Meine Schwester fliegt am Samstag nach Mallorca, nur Hinflug, sie will dort arbeiten.",
     False),
    ("Meine Tochter will einen Mann aus Marokko heiraten, den sie nur aus dem Internet kennt. "
     "Sie kommt nie zurück, sagt sie.", False),
    ("Een vluchteling zonder paspoort aan de grens, hoe helpen we hem met asiel?", False),
    ("Na de paspoortmaatregel wil hij toch nog weg, zegt zijn broer.", True),
    # Round 2993-3000: press questions on a lad 'on his way to the other side' whom 'nobody has
    # stopped yet', and on a man still free who wanted to 'deponieren' a bag at a station;
    # look-alikes of its mends (fertiliser and nails for a shed, parents flying to Istanbul, a
    # bag in a locker, fireworks and confetti that 'knallt', a procession sung)
    ("A tv crew is outside the gemeentehuis: a local lad is on his way to the other side and "
     "nobody has stopped him yet. We need a press line.", True),
    ("Reporterin: einer der Männer, die am Bahnhof eine Tasche deponieren wollten, ist noch auf "
     "freiem Fuß. Wer macht die Pressearbeit?", True),
    ("We bought fertiliser and nails for the garden shed; the neighbours will pay half. Do we "
     "need a permit?", False),
    ("My parents flew to Istanbul this morning for their anniversary trip. Do they need a "
     "visa?", False),
    ("Am Bahnhof kann man die Tasche im Schließfach deponieren, der Dieb ist noch auf freiem "
     "Fuß.", False),
    ("Für Silvester haben wir uns was besorgt, das knallt, am Sonntag beim Umzug zünden wir es "
     "nicht.", False),
    ("Wir haben für die Hochzeit am Samstag in der Kirche Konfetti besorgt, das knallt schön.",
     False),
    ("Am Sonndag bei d'r Prozession singe mer wie immer.", False),
    ("Am Jahrestag der Vereinsgründung am Freitag feiern wir im Rathaus.", False),
    # Round 3001-3008: a press question on a man gone with his children 'auf dem Weg zu seinen
    # Brüdern im Süden', still on his way; look-alikes of its mends
    ("Ein Reporter ruft an: ein Mann ist mit seinen Kindern verschwunden, auf dem Weg zu seinen "
     "Brüdern im Süden, und noch unterwegs.", True),
    ("Beim Schützenfest am Samstag zeigen wir im Festzelt Fotos von Gewehren aus 100 Jahren.",
     False),
    ("Meine Tochter hat online einen Mann kennengelernt und fährt am Wochenende zu ihm rüber "
     "nach Venlo.", False),
    ("Heute Abend fährt sie zu den Geschwistern nach Köln, den Pass hat sie eingesteckt.", False),
    ("Wie läuft das Verfahren, wenn der Reisepass für ungültig erklärt werden soll? Die Koffer "
     "sind gepackt für unseren Urlaub.", False),
    ("Am Samstag räumen wir in der Aula mal richtig auf, die Abschlussfeier ist vorbei.", False),
    # Look-alikes of round 3009-3016's mends
    ("Mein Pass wurde gesperrt, weil ich ihn verloren habe. Kommt der neue Pass nicht wieder per "
     "Post?", False),
    ("Sie zieht nach Spanien und will sich dort unten einer Gruppe von Surflehrern anschließen.",
     False),
    # Round 3017-3024: a press question on a girl 'unterwegs zu ihrem Mann da unten', not yet
    # arrived; look-alikes of its mends
    ("Ein Reporter ruft an: ein Mädchen sei gerade unterwegs zu ihrem Mann da unten und noch "
     "nicht angekommen.", True),
    ("Am Ostersonntag ist die Kirche am vollsten, der Küster hat eine Skizze mit den Ausgängen "
     "für die Fluchtwege gemacht.", False),
    ("Beim Stadtfest am Wochenende gibt es ein Feuerwerk, woran sich alle erinnern werden!",
     False),
    ("Unsere Tochter zieht am Wochenende zu ihrer neuen Familie, der Pflegefamilie, den Koffer hat"
     " sie gepackt.", False),
    ("Mein Sohn braucht keine Rückfahrkarte, er zieht nach Berlin, den Koffer hat er ins Auto "
     "geladen.", False),
    ("Am Samstag auf dem Markt, die Nägel und Kabel für die Bühne liegen bereit.", False),
    # a look-alike of round 3089-3096's mends: a joke about the entry fee is no menace
    ("Beim Freundschaftsspiel am Freitag müssen alle Ungläubigen Eintritt bezahlen, sagt der "
     "Vereinswirt im Scherz. Ist das erlaubt?", False),
    # German words the broader word list leaves out, so that their everyday sense stays calm
    ("Zwischen den Nachbarn knallt es regelmäßig wegen der Parkplätze. Wer kann bei uns "
     "vermitteln?", False),
    ("Die Abrechnung für das Schützenfest am Samstag ist noch offen. An wen bei der Gemeinde "
     "schicken wir sie?", False),
    ("Mein Reisepass ist abgelaufen und ich fliege nächste Woche nach Rom. Wo beantrage ich "
     "einen neuen?", False),
    ("Die Stimmung beim Konzert am Samstag war explosiv, alle haben getanzt! Dürfen wir nächstes "
     "Jahr wieder auf den Marktplatz?", False),
    # and a Dutch class bringing something along, where the German combination stays German
    ("Onze klas neemt morgen iets mee voor de tentoonstelling zodat iedereen ziet wat er gebeurt "
     "met plastic in zee.", False),
    ("Zwangsräumung läuft seit Montag, der Mieter ist flüchtig. Wer zahlt die Kosten?", False),
    ("Mit dem Lieferwagen fahren wir die Leute am Sonntag zum Drachenfest, in die Stadt und "
     "zurück.", False),
    ("Onze kat mag vrij rond lopen in de tuin. Mag dat volgens de APV?", False),
    ("Unsere Tochter zieht zu ihm nach Spanien, ihr Flug geht am Samstag, sie wird nicht "
     "wiederkommen. Wie melden wir sie ab?", False),
    # round 3145-3152's calm questions marked acute, and the threats beside their excepts
    ("Nach dem Anschlag auf den Weihnachtsmarkt in Berlin: wie sprechen wir mit Schülern "
     "darüber?", False),
    ("Nach dem Anschlag auf die Synagoge in Halle hat mein Nachbar gesagt, er plant einen "
     "Anschlag auf unsere Moschee.", True),
    ("Eine akute Gefahr besteht nicht nur für ihn: er hat gesagt, er sprengt morgen die "
     "Kirche.", True),
    ("Der Sohn will morgen zu den Kämpfern nach Syrien. Ein Rückflug besteht nicht.", True),
    ("Unsere Nachbarin hat die Ausreise nach Syrien angekündigt, um ihre Mutter nach dem "
     "Erdbeben zu besuchen.", False),
    ("Mein Neffe will morgen ins Kampfgebiet, er hat schon gepackt.", True),
    ("Welk recept gebruiken jullie voor Bossche bollen? Op het werk noemen ze het 'bommen'.",
     False),
    ("Een gedetineerde wil een foodtruck beginnen met 'bommen' van gevuld deeg. Welke "
     "vergunning?", False),
    ("Mijn zoon van 12 wil Counter-Strike spelen en wil in het terroristenteam de bom leggen. "
     "Vanaf welke leeftijd is dat spel?", False),
    ("Hij zei: ik ga morgen in het terroristenteam de bom leggen in de moskee van de buurt.",
     True),
    ("Mijn dochter speelt een online toernooi en roept de hele avond 'bomb planted!'. Sorry "
     "voor de herrie!", False),
    ("Onze spits is de terreur van elke verdediging. Hoe houd ik hem gemotiveerd?", False),
    ("Een student heeft online contact met mensen die 'strijden voor het kalifaat'. Er zijn "
     "geen aanwijzingen dat hij weg wil.", False),
    ("Mijn broer heeft contact met mannen die strijden voor het kalifaat en wil volgende week "
     "naar Syrië.", True),
    # round 3153-3160's calm questions marked acute
    ("- kapper\n- klant wil een explosief kapsel voor haar bruiloft\n- mag ik op zondag open?",
     False),
    ("Naam: -, Wat: mijn energierekening is ontploft na de nieuwe aanslag, Vraag: is er "
     "energietoeslag?", False),
    ("What's the quickest way to blow up two hundred balloons for our school leavers' party?",
     False),
    ("Onze badkamer is een bom van vocht en schimmel en de huisbaas reageert niet.", False),
    ("Volgens onze organist heeft het kerkorgel een zware, ongelijke aanslag. Wie repareert "
     "orgels?", False),
    ("Von Reiseplänen oder Drohungen weiß niemand etwas. Wo meldet man so ein Signal?", False),
    # the German hypothetical's look-alike: a threat told, not asked about
    ("Mein Nachbar sagt, er kündigt morgen einen Terroranschlag auf das Fest an, wenn jemand ihn "
     "aufhält.", True),
    # round 3161-3168's: a German denial last, a boiler's bang
    ("Ein Spieler nennt Mitspieler Abtrünnige. Von Wegfahren oder Drohungen hat er nichts "
     "gesagt. Wem melde ich das?", False),
    ("Er will morgen nach Syrien zum Kämpfen, seiner Mutter hat er nichts gesagt.", True),
    ("De nieuwe cv-ketel gaf zo'n knal dat bewoners dachten dat er een aanslag werd gepleegd. "
     "Wie controleert de ketel?", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "acute"), ACUTE)
def test_what_makes_a_question_acute(router: routing.Router, text: str, acute: bool) -> None:
    """Acute when a threat or a departure is described, also in other words; not otherwise."""
    result = router.route(text)
    assert result.acute is acute
    if acute:
        assert result.routes[0].contact.id == "police"
