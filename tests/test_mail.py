"""An e-mail pasted along with a question: its headers and footers are not the question's words.

A forwarded e-mail's "Verzonden: woensdag 15:17" is no moment of a threat, and its "Denk aan het
milieu voordat u deze e-mail print" no word of the question. The lexicon's `mail` section names
the header labels and footer phrases; the trace lists what was skipped, by label or term and
span, never by its words (a header holds names and addresses).
"""

from __future__ import annotations

import pytest

import routing

_HEADERS = (
    "Van: Jan de Vries <j.devries@gemeente.example>\nVerzonden: woensdag 15:17\nAan: Team OOV\n"
)

# text -> the skipped parts, each as (term or label, the words it covers)
PARTS: list[tuple[str, list[tuple[str, str]]]] = [
    # each header to the end of its line; the subject is the question's own, and read
    (_HEADERS + "Onderwerp: vraag over een jongere\n\nHij wil naar Syrië, zegt zijn moeder.",
     [("van", "Van: Jan de Vries <j.devries@gemeente.example"),
      ("verzonden", "Verzonden: woensdag 15:17"),
      ("aan", "Aan: Team OOV")]),
    # pasted flat, two spaces for a line break, and a footer
    ("Van: Kantine <k@stad.example> Verzonden: donderdag 07:45  Aan: Facilitair  Onderwerp: "
     "stoelen  Kunnen jullie 40 stoelen brengen?  Denk aan het milieu voordat u deze e-mail print.",
     [("van", "Van: Kantine <k@stad.example"),
      ("verzonden", "Verzonden: donderdag 07:45"),
      ("aan", "Aan: Facilitair"),
      ("denk aan het milieu voordat|voor u ... ... print|afdrukt|uitprint",
       "Denk aan het milieu voordat u deze e-mail print")]),
    # one label is prose, not a header: "Van:" alone opens no e-mail
    ("Van: de buurvrouw hoorde ik dat hij zaterdag de moskee wil opblazen.", []),
    # a header that runs on without a line break ends after twelve words: the rest is read
    ("Van: een a b c d e f g h i j k l m n o p Aan: x", [
     ("van", "Van: een a b c d e f g h i j k"),
     ("aan", "Aan: x")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_the_trace_lists_the_headers_and_footers_it_skipped(
    router: routing.Router, text: str, expected: list[tuple[str, str]]
) -> None:
    """Each skipped part comes with its label or term and its span in the text."""
    evidence = router.route(text).trace.text
    assert evidence is not None
    assert [(p.term, text[p.start : p.end]) for p in evidence.mail_parts] == expected
    for part in evidence.mail_parts:
        assert routing.Phrase.model_validate(part.model_dump()) == part


# Calm e-mails of held-out set 2170 that the header's weekday or the footer made acute.
CALM_MAILS = [
    "Van: Leerkracht groep 7 <groep7@basisschooldepijl.example> Verzonden: dinsdag 19:45 Aan: "
    "Ouders groep 7 Onderwerp: schoolreis naar het pretpark - toestemmingsformulier  Beste "
    "ouders,  Op vrijdag 7 juni gaan we met groep 7 op schoolreis naar het pretpark. De bus "
    "vertrekt om 8.15 uur bij school. Wilt u het toestemmingsformulier uiterlijk maandag "
    "inleveren? Vergeet niet een lunchpakket, een regenjas en (als het warm is) zonnebrand mee te "
    "geven.  Hartelijke groet, juf Annemiek  Denk aan het milieu voordat u deze e-mail print.",
    "Van: Vestiging Zuid <zuid@bibliotheekdalenbeek.example> Verzonden: vrijdag 09:18 Aan: "
    "Facilitair gemeente Dalenbeek Onderwerp: extra stoelen lezing  Hoi Gert,  De lezing van de "
    "lokale schrijver gisteren was een daverend succes: de zaal zat bomvol en er stonden nog "
    "twintig mensen achterin. Voor de volgende lezing op de 21e willen we graag 40 extra stoelen "
    "lenen uit het stadhuis. Kan dat, en kunnen jullie ze ook brengen?  Groet, Wendela "
    "Bibliotheek Dalenbeek, vestiging Zuid  Denk aan het milieu voordat u deze e-mail print.",
]


@pytest.mark.parametrize("text", CALM_MAILS)
def test_a_calm_e_mail_is_not_acute_for_its_headers_and_footers(
    router: routing.Router, text: str
) -> None:
    """The header's weekday and the footer's "e-mail" no longer count for the acute card."""
    result = router.route(text)
    assert result.acute is False
    assert result.trace.text is not None
    assert result.trace.text.mail_parts


# A threat in an e-mail's subject or body: read as ever.
THREATS = [
    _HEADERS + "Onderwerp: hij blaast zaterdag de moskee op\n\nZie onderwerp.",
    _HEADERS + "Onderwerp: melding\n\nMijn neef vertrekt morgen naar Syrië om te vechten.",
    "Van: Jan  Verzonden: maandag  Aan: OOV  Onderwerp: dringend  Hij zegt dat hij vrijdag het "
    "stadhuis opblaast.  Dit bericht is uitsluitend bestemd voor de geadresseerde.",
]


# Set 2170's threat in an e-mail, with a long disclaimer: blanked for the acute card, the
# footer's words count neither way. Only left out where they added points, its "geen" and
# "kunnen" took the card below its threshold.
THREATS.append(
    "Van: Evenementencoördinator <evenementen@heidrecht.example>\n"
    "Verzonden: woensdag 09:03\n"
    "Aan: Team Vergunningen; OOV\n"
    "Onderwerp: RE: RE: kerstmarkt - draaiboek versie 4\n\n"
    "Hoi allemaal,\n\n"
    "De hekwerken zijn besteld, de EHBO-post komt bij de kerk en de foodtrucks staan in de "
    "zijstraat.\n\n"
    "Nog iets wat me gisteren is gemeld door een standhouder: twee mannen filmden maandag "
    "urenlang de toegangswegen van de kerstmarkt, en een van hen zei tegen de ander dat 'het "
    "zaterdagavond het drukst is, dan raken we de meesten'.\n\n"
    "De aangepaste versie van het draaiboek zit in de bijlage.\n\n"
    "Groet,\nMonique\nEvenementencoördinator | Gemeente Heidrecht\n\n"
    "Dit bericht is uitsluitend bestemd voor de geadresseerde(n). Indien dit bericht niet voor u "
    "is bestemd, wordt u verzocht de afzender hiervan op de hoogte te stellen en het bericht te "
    "verwijderen. Aan dit bericht kunnen geen rechten worden ontleend."
)


@pytest.mark.parametrize("text", THREATS)
def test_a_threat_in_an_e_mail_stays_acute(router: routing.Router, text: str) -> None:
    """Only the headers' values and the footers are skipped, never the subject or the body."""
    result = router.route(text)
    assert result.acute is True
    assert result.routes[0].contact.id == "police"
