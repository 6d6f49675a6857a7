"""The nine rows of the appendix, routed: read this file next to the table in the one-pager.

Each row gives a structured question, and the exact type, contacts (in order), channels and
explanation that must come back. The channels are written out in full so that a changed phone
number or address shows up here, in review, and not first in a municipality's inbox.
"""

from __future__ import annotations

from typing import Any

import pytest

import routing

# row, question, type, acute, contacts in order, explanation (the Toelichting, verbatim)
ROWS: list[tuple[int, dict[str, Any], str, bool, list[str], str]] = [
    (1, {}, "prevention", False, ["vng", "regional_municipality"],
     "VNG neemt telefonisch contact op met de gemeente. Beantwoording vindt plaats in "
     "samenspraak met het Rijk (m.n. NCTV/SZW), NGB, gemeenten en kennispartners."),
    (2, {"specific_expertise": True}, "prevention_expertise", False, ["ess"],
     "De Expertise-unit Sociale Stabiliteit (ESS) biedt gemeenten, eerstelijns professionals en "
     "diverse groepen in de samenleving praktijkkennis over maatschappelijke spanningen. De ESS "
     "adviseert u hoe u deze kennis kunt inzetten, en met welke partijen u hierin kunt "
     "samenwerken."),
    (3, {"asker": "school"}, "school_question", False, ["school_safety_helpdesk"],
     "De helpdesk School en Veiligheid is getraind in het adviseren en ondersteunen van scholen."),
    (4, {"suspected_travel": True}, "travel_or_threat", True, ["police"],
     "De politie kan inschatten welke actie ondernomen dient te worden en neemt de gegevens op "
     "in het informatiesysteem. De regionale en algemene informatie- en inlichtingendienst zijn "
     "op deze manier ook op de hoogte."),
    (4, {"terrorist_threat": True}, "travel_or_threat", True, ["police"],
     "De politie kan inschatten welke actie ondernomen dient te worden en neemt de gegevens op "
     "in het informatiesysteem. De regionale en algemene informatie- en inlichtingendienst zijn "
     "op deze manier ook op de hoogte."),
    (5, {"radicalisation_signal": True}, "radicalisation_signal", False,
     ["police", "case_consultation", "meld_misdaad_anoniem"],
     "De politie en zo nodig het (multidisciplinair) casusoverleg. "
     "Meld Misdaad Anoniem 0800-7000."),
    (6, {"family_support": True}, "family_support", False, ["family_support_point"],
     "Het familiesteunpunt gaat in september van start."),
    (7, {"official_report": True}, "official_report_travel", True, ["police", "nctv"],
     "Vraag naar de dienstdoende medewerker van de directie ContraTerrorisme."),
    (8, {"passport_measure": True}, "passport_measure", False, ["nctv"],
     "Vraag naar de dienstdoende medewerker van de directie ContraTerrorisme."),
    (9, {"communications": True}, "communications", False, ["nctv_communications"],
     "Eenheid Communicatie NCTV via (070) 751 51 51."),
]  # fmt: skip

# contact: (kind, display, uri) of each channel, in order
CHANNELS: dict[str, list[tuple[str, str, str]]] = {
    "vng": [("email", "radicalisering@vng.nl", "mailto:radicalisering@vng.nl")],
    "regional_municipality": [],
    "ess": [("email", "ess@minszw.nl", "mailto:ess@minszw.nl")],
    "school_safety_helpdesk": [
        ("email", "helpdesk@schoolenveiligheid.nl", "mailto:helpdesk@schoolenveiligheid.nl"),
        ("web", "www.schoolenveiligheid.nl/radicalisering",
         "https://www.schoolenveiligheid.nl/radicalisering"),
        ("phone", "030 285 6616", "tel:+31302856616"),
    ],
    "police": [("phone", "112", "tel:112"), ("phone", "0900 8844", "tel:+319008844")],
    "case_consultation": [],
    "meld_misdaad_anoniem": [
        ("phone", "0800 7000", "tel:+318007000"),
        ("web", "www.meldmisdaadanoniem.nl", "https://www.meldmisdaadanoniem.nl"),
    ],
    "family_support_point": [
        ("phone", "088 208 0080", "tel:+31882080080"),
        ("email", "info@hetlse.nl", "mailto:info@hetlse.nl"),
    ],
    "nctv": [("phone", "070 751 5151", "tel:+31707515151")],
    "nctv_communications": [("phone", "070 751 5151", "tel:+31707515151")],
}  # fmt: skip

LOCAL_CONTACTS = {"regional_municipality", "case_consultation"}


@pytest.mark.parametrize(
    ("row", "question", "question_type", "acute", "contacts", "explanation"), ROWS
)
def test_each_row_routes_exactly_as_the_table(
    each_engine_router: routing.Router,
    row: int,
    question: dict[str, Any],
    question_type: str,
    acute: bool,
    contacts: list[str],
    explanation: str,
) -> None:
    """A question of each row gets that row's type, contacts, channels and explanation."""
    result = each_engine_router.route(question)
    assert (result.row, result.question_type, result.acute) == (row, question_type, acute)
    assert result.also_matched == ()
    assert [r.contact.id for r in result.routes] == contacts
    assert result.explanation == explanation
    for route in result.routes:
        channels = [(c.kind, c.display, c.uri) for c in route.contact.channels]
        assert channels == CHANNELS[route.contact.id], route.contact.id


def test_every_contact_of_the_contract_is_in_the_data(router: routing.Router) -> None:
    """The table holds exactly the contact ids of the public contract."""
    assert set(router.table.contacts) == set(CHANNELS)


@pytest.mark.parametrize("contact", sorted(LOCAL_CONTACTS))
def test_local_parties_appear_but_say_they_are_not_configured(
    router: routing.Router, contact: str
) -> None:
    """Local parties the table names are routes too, marked local and not yet configured."""
    found = router.table.contacts[contact]
    assert (found.local, found.configured, found.channels) == (True, False, ())


def test_facts_from_later_sources_name_their_source(router: routing.Router) -> None:
    """The LSE contact and the police's 112 and 0900-8844 cite the public source they came from."""
    contacts = router.table.contacts
    assert contacts["family_support_point"].source.id == "rijksoverheid_hulp_bij_radicalisering"
    assert contacts["family_support_point"].source.url == (
        "https://www.rijksoverheid.nl/onderwerpen/terrorismebestrijding/"
        "vraag-en-antwoord/hulp-bij-radicalisering"
    )
    assert [c.source.id for c in contacts["police"].channels] == ["politie", "politie"]
    assert contacts["nctv"].source.id == "one_pager"


def test_official_report_sends_to_police_with_112_and_to_the_nctv_duty_officer(
    router: routing.Router,
) -> None:
    """Row 7: the police first (112 in acute danger), then the NCTV duty officer."""
    police, nctv = router.route({"official_report": True}).routes
    assert police.explanation == "De politie. Bij acuut gevaar: bel 112."
    assert nctv.explanation == (
        "Vraag naar de dienstdoende medewerker van de directie ContraTerrorisme."
    )


def test_unknown_has_no_routes_and_says_why(router: routing.Router) -> None:
    """An explicit 'unknown' question gets no contact and an explanation, not the NCTV."""
    result = router.route({"question_type": "unknown"})
    assert (result.question_type, result.row, result.routes) == ("unknown", None, ())
    assert result.explanation.startswith(
        "Deze vraag lijkt niet te gaan over sociale spanningen of radicalisering"
    )
