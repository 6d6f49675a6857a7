"""Personal data in a question's text: what counts as a BSN, a phone number or an e-mail address."""

from __future__ import annotations

import random

import pytest

from routing._models import PersonalData
from routing._privacy import WARNING_NL, find_personal_data, redact


def _found(text: str) -> list[tuple[str, str]]:
    """The personal data in `text`, as (kind, the piece of text it covers)."""
    return [(p.kind, text[p.start : p.end]) for p in find_personal_data(text)]


def _sane(text: str, found: tuple[PersonalData, ...]) -> None:
    """Spans lie inside the text, are not empty, are sorted and do not overlap."""
    end = 0
    for piece in found:
        assert end <= piece.start < piece.end <= len(text)
        end = piece.end


# text -> the personal data in it, in order
FOUND: list[tuple[str, list[tuple[str, str]]]] = [
    # citizen service numbers: nine digits that pass the eleven-test, plain or in groups
    ("Mijn BSN is 111222333.", [("bsn", "111222333")]),
    ("BSN 1112.22.333 van de moeder", [("bsn", "1112.22.333")]),
    ("bsn: 111 222 333", [("bsn", "111 222 333")]),
    ("Het nummer 123.456.782 klopt.", [("bsn", "123.456.782")]),
    ("BSN 111-222-333", [("bsn", "111-222-333")]),
    ("BSN111222333", [("bsn", "111222333")]),
    ("Twee broers: 111222333 en 123456782.", [("bsn", "111222333"), ("bsn", "123456782")]),
    ("mijn bsn is ١١١٢٢٢٣٣٣", [("bsn", "١١١٢٢٢٣٣٣")]),
    # nine digits that pass the eleven-test are a BSN, though 020-1234567 is a phone number
    ("201234567", [("bsn", "201234567")]),
    # phone numbers, Dutch and international
    ("Bel 06-12345678 of 020 123 4567.", [("phone", "06-12345678"), ("phone", "020 123 4567")]),
    ("Mobiel 06 123 456 78, vast 0201234567.",
     [("phone", "06 123 456 78"), ("phone", "0201234567")]),
    ("Bel +31 6 12345678", [("phone", "+31 6 12345678")]),
    ("Bel 0031 6 12345678", [("phone", "0031 6 12345678")]),
    ("Tel. (070) 751 51 51", [("phone", "(070) 751 51 51")]),
    ("bel (06-12345678) of [+31 6 12345678]",
     [("phone", "06-12345678"), ("phone", "+31 6 12345678")]),
    ("bel ( 06 12345678 )", [("phone", "06 12345678")]),
    ("+31 (0)20 123 4567", [("phone", "+31 (0)20 123 4567")]),
    ("In België: +32 470 12 34 56", [("phone", "+32 470 12 34 56")]),
    ("0900-8844", [("phone", "0900-8844")]),
    ("+31111222333", [("phone", "+31111222333")]),
    ("+31 111222333", [("phone", "+31 111222333")]),
    # e-mail addresses, without the punctuation around them
    ("Mail jan.jansen@voorbeeldgemeente.nl.", [("email", "jan.jansen@voorbeeldgemeente.nl")]),
    ("J.Jansen@Gemeente.NL schreef", [("email", "J.Jansen@Gemeente.NL")]),
    ("Schrijf naar o'brien@voorbeeld.nl", [("email", "o'brien@voorbeeld.nl")]),
    ("zie...jan@voorbeeld.nl", [("email", "jan@voorbeeld.nl")]),
    ("'piet@voorbeeld.nl'", [("email", "piet@voorbeeld.nl")]),
    ("<jan@voorbeeld.nl>", [("email", "jan@voorbeeld.nl")]),
    # overlaps: an e-mail address wins over a BSN and a phone number
    ("0612345678@voorbeeld.nl", [("email", "0612345678@voorbeeld.nl")]),
    ("111222333@voorbeeld.nl", [("email", "111222333@voorbeeld.nl")]),
    ("jan@111222333.nl", [("email", "jan@111222333.nl")]),
    ("Moeder: 111222333, tel 06-12345678, mail m.jansen@voorbeeld.nl",
     [("bsn", "111222333"), ("phone", "06-12345678"), ("email", "m.jansen@voorbeeld.nl")]),
    # not personal data
    ("123456789", []),  # nine digits that fail the eleven-test
    ("Ordernummer 2024-001234", []),
    ("Bestelling 100234567", []),  # fails the eleven-test
    ("op 12-03-2024", []),
    ("op 12/03/2024", []),
    ("op 12.03.2024", []),
    ("1 januari 2024", []),
    ("in 2024", []),
    ("om 10:30 uur", []),
    ("postcode 1234 AB", []),
    ("IBAN NL91ABNA0417164300", []),
    ("IBAN NL91 ABNA 0417 1643 00", []),
    ("IP 192.168.1.1", []),
    ("versie 1.2.3.4", []),
    ("06", []),
    ("bel 06 als het kan", []),
    ("bel 112", []),  # an emergency number reaches no person
    ("06-1234567", []),  # one digit short
    ("KvK 12345678", []),
    ("kenteken 12-ABC-3", []),
    ("€ 1.234.567,89", []),
    ("ISBN 978-90-12345-67-8", []),
    # a valid BSN inside a longer number is not one
    ("1111222333", []),
    ("111222333444", []),
    ("111 222 333 444", []),
    ("12.111.222.333", []),
    ("€ 111.222.333,50", []),
    ("06-111222333", []),
    ("Zaak 2024/111222333", []),
    # not an e-mail address
    ("jan@localhost", []),
    ("jan@@voorbeeld.nl", []),
    ("jan@voorbeeld.invalid", []),  # a reserved name
    ("@voorbeeld.nl", []),
    ("", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), FOUND)
def test_finds_exactly_this_personal_data(text: str, found: list[tuple[str, str]]) -> None:
    """Each text holds exactly the listed BSNs, phone numbers and e-mail addresses, in order."""
    assert _found(text) == found


# text -> the text redacted
REDACTED: list[tuple[str, str]] = [
    ("Mijn BSN is 111222333.", "Mijn BSN is [BSN]."),
    ("BSN 1112.22.333 van de moeder", "BSN [BSN] van de moeder"),
    ("Bel 06-12345678 of 020 123 4567.", "Bel [TELEFOON] of [TELEFOON]."),
    ("In België: +32 470 12 34 56", "In België: [TELEFOON]"),
    ("Bel mij (06-12345678).", "Bel mij ([TELEFOON])."),
    ("Mail jan.jansen@voorbeeldgemeente.nl.", "Mail [E-MAIL]."),
    ("'piet@voorbeeld.nl'", "'[E-MAIL]'"),
    ("0612345678@voorbeeld.nl", "[E-MAIL]"),
    ("Moeder: 111222333, tel 06-12345678, mail m.jansen@voorbeeld.nl",
     "Moeder: [BSN], tel [TELEFOON], mail [E-MAIL]"),
    ("Mijn zoon van 16 wil naar Syrië; bel 06 123 456 78.",
     "Mijn zoon van 16 wil naar Syrië; bel [TELEFOON]."),
    ("Ordernummer 2024-001234, postcode 1234 AB", "Ordernummer 2024-001234, postcode 1234 AB"),
    ("", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "redacted"), REDACTED)
def test_redact_replaces_each_piece_by_its_label(text: str, redacted: str) -> None:
    """redact() puts [BSN], [TELEFOON] or [E-MAIL] where the data stood and keeps the rest."""
    assert redact(text) == redacted


def test_spans_are_offsets_into_the_text_as_sent() -> None:
    """Findings are models with a kind and character offsets, never the value itself."""
    text = "Zoon 111222333, bel 06-12345678"
    assert find_personal_data(text) == (
        PersonalData(kind="bsn", start=5, end=14),
        PersonalData(kind="phone", start=20, end=31),
    )


def test_a_text_without_digits_or_at_signs_is_read_in_one_glance() -> None:
    """Text with no digit and no @ holds none of the three kinds."""
    assert find_personal_data("Een leerling wil naar Syrië. " * 1000) == ()


def test_a_long_text_is_read_to_its_end() -> None:
    """A phone number after 70,000 other numbers is found.

    phonenumbers' matcher alone gives up after 65,535 number-like strings that are not phone
    numbers; reading the text in parts keeps that limit from hiding what comes after.
    """
    noise = "nr 12345 " * 70_000
    text = noise + "Bel 06-12345678 of mail jan@voorbeeld.nl."
    assert _found(text) == [("phone", "06-12345678"), ("email", "jan@voorbeeld.nl")]
    assert find_personal_data(text)[0].start == len(noise) + 4


def test_numbers_on_every_side_of_the_internal_cuts_are_found() -> None:
    """Phones are read in parts of a few thousand characters; no number is lost at a cut."""
    text = "".join(f"woord{'x' * (i % 7)} 06-1234{i:04d} " for i in range(2_000))
    found = find_personal_data(text)
    assert [text[p.start : p.end] for p in found] == [f"06-1234{i:04d}" for i in range(2_000)]


def test_a_megabyte_of_digits_is_read_in_linear_time() -> None:
    """A hostile 1 MB text of digits and separators returns, with sane spans."""
    rnd = random.Random(1)
    for text in (
        "1" * 1_000_000,
        "".join(rnd.choice("0123456789 .-+()") for _ in range(1_000_000)),
    ):
        found = find_personal_data(text)
        _sane(text, found)
        assert len(found) < len(text) // 9
    assert find_personal_data("1" * 1_000_000) == ()


def test_a_megabyte_of_at_signs_is_read_in_linear_time() -> None:
    """A hostile 1 MB text of @ signs, dots and letters returns, with sane spans."""
    rnd = random.Random(2)
    assert find_personal_data("@" * 1_000_000) == ()
    assert find_personal_data("a@" * 500_000) == ()
    assert find_personal_data(("a" * 70 + "@") * 14_000) == ()  # local parts too long
    text = "".join(rnd.choice("ab@.-") for _ in range(1_000_000))
    found = find_personal_data(text)
    _sane(text, found)
    assert {p.kind for p in found} <= {"email"}


def test_the_warning_is_plain_dutch_and_names_point_6() -> None:
    """The warning says not to e-mail the data and to share it only under point 6's agreements."""
    assert WARNING_NL == (
        "Uw vraag bevat persoonsgegevens, zoals een BSN, een telefoonnummer of een e-mailadres. "
        "Stuur deze gegevens niet per e-mail. Deel ze alleen volgens de afspraken over het delen "
        "van informatie uit punt 6 van de one-pager: de afspraken in de lokale driehoek en met "
        "het sociale domein."
    )


def test_the_fewest_phone_digits_agree_with_phonenumbers_metadata() -> None:
    """No number phonenumbers can match has fewer digits than the pre-check asks for.

    The pre-check skips the phone matcher on text without that many digits close together;
    if a release of phonenumbers allowed shorter numbers, this fails before a number leaks.
    """
    from phonenumbers import SUPPORTED_REGIONS, PhoneMetadata

    from routing._privacy import FEWEST_PHONE_DIGITS, PHONE_REGION

    def lengths(region: str) -> tuple[int, list[int]]:
        meta = PhoneMetadata.metadata_for_region(region)
        assert meta is not None
        assert meta.general_desc is not None
        return meta.country_code or 0, [n for n in meta.general_desc.possible_length if n > 0]

    shortest = min(lengths(PHONE_REGION)[1])
    for region in SUPPORTED_REGIONS:  # dialled with + and a country code
        code, possible = lengths(region)
        if possible:
            shortest = min(shortest, len(str(code)) + min(possible))
    assert shortest == FEWEST_PHONE_DIGITS


def test_the_phone_separator_covers_every_separator_phonenumbers_allows() -> None:
    """Every character phonenumbers accepts between digits also passes the pre-check."""
    import re

    from phonenumbers import phonenumbermatcher  # its punctuation class is private: tested here

    from routing._privacy import PHONE_SEPARATOR

    theirs = re.compile(phonenumbermatcher._PUNCTUATION.split("{")[0])
    ours = re.compile(PHONE_SEPARATOR)
    allowed = [chr(code) for code in range(0x10000) if theirs.fullmatch(chr(code))]
    assert len(allowed) > 20
    assert [char for char in allowed if not ours.fullmatch(char)] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Een leerling van 15 is in 2024 vertrokken.", []),
        ("Bel 14 020 of 14020.", [("phone", "14 020"), ("phone", "14020")]),
        ("Bel (020) 123 4567.", [("phone", "(020) 123 4567")]),
        ("Bel 06 - 12 - 34 - 56 - 78.", [("phone", "06 - 12 - 34 - 56 - 78")]),
        # Brackets with no digit in them are not part of the number (found by Hypothesis).
        ("Bel ( ) 0100000000.", [("phone", "0100000000")]),
        ("Bel [ ] 06-12345678.", [("phone", "06-12345678")]),
        ("Bel ( - 0100000000.", [("phone", "0100000000")]),
    ],
)  # fmt: skip
def test_phone_numbers_near_the_pre_check_limits(text: str, found: list[tuple[str, str]]) -> None:
    """The shortest numbers, and numbers with wide separators, still pass the pre-check."""
    assert _found(text) == found
