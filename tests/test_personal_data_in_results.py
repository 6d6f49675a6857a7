"""Personal data in a question is reported by kind and span, with a warning, never repeated."""

from __future__ import annotations

import routing

TEXT = "Mijn zoon (BSN 111222333) wil naar Syrië. Bel 06-12345678 of mail ouder@voorbeeld.nl."


def test_a_result_reports_personal_data_by_kind_and_span(router: routing.Router) -> None:
    """Each piece of personal data is given as its kind and its place in the text."""
    found = router.route(TEXT).personal_data
    assert [(p.kind, TEXT[p.start : p.end]) for p in found] == [
        ("bsn", "111222333"),
        ("phone", "06-12345678"),
        ("email", "ouder@voorbeeld.nl"),
    ]


def test_the_explanation_warns_in_dutch_not_to_send_it_by_email(router: routing.Router) -> None:
    """The explanation ends with the warning of point 6; without personal data it does not."""
    with_data = router.route(TEXT).explanation
    without = router.route("Mijn zoon wil naar Syrië.").explanation
    assert with_data == f"{without} {routing._privacy.WARNING_NL}"
    assert "Stuur deze gegevens niet per e-mail" in with_data


def test_the_json_of_a_result_never_holds_the_personal_data(router: routing.Router) -> None:
    """Neither the values nor the text around them appear in the result's JSON."""
    dumped = router.route(TEXT).model_dump_json()
    for piece in ("111222333", "06-12345678", "12345678", "ouder@voorbeeld.nl", "Mijn zoon"):
        assert piece not in dumped


def test_redact_masks_what_is_found(router: routing.Router) -> None:
    """redact() replaces each piece by its label, so the text can be stored or forwarded."""
    assert routing.redact(TEXT) == (
        "Mijn zoon (BSN [BSN]) wil naar Syrië. Bel [TELEFOON] of mail [E-MAIL]."
    )
