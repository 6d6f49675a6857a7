"""Finding personal data in a question's text: citizen service numbers, phone numbers, e-mail.

Everything here is offline: e-mail addresses are checked for syntax only (never a DNS look-up),
phone numbers against the metadata that ships with phonenumbers. Nothing is logged or kept.

Every step is linear in the length of the text, so hostile input of a megabyte stays cheap:

- e-mail: only where an ``@`` stands, with a pattern whose parts all have an upper bound;
- citizen service numbers (BSN): a pattern that looks at most 15 characters from any place;
- phones: phonenumbers' ``PhoneNumberMatcher``, run only on the parts of the text that hold
  five digits close together (fewer cannot be a phone number). The text is cut into parts
  where a word of letters starts after a space: a phone number does not run across a word (a
  cut may at most leave off an extension, "toestel 12"), and a fresh matcher per part keeps
  phonenumbers' own limit (it gives up after 65,535 number-like strings that are not valid
  numbers) from hiding the numbers further on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Literal

import email_validator
import phonenumbers

from ._models import PersonalData

__all__ = ["LABELS", "WARNING_NL", "find_personal_data", "redact"]

Kind = Literal["bsn", "phone", "email"]

#: What `redact()` puts in place of each kind of personal data.
LABELS: dict[Kind, str] = {"bsn": "[BSN]", "phone": "[TELEFOON]", "email": "[E-MAIL]"}

WARNING_NL = (
    "Uw vraag bevat persoonsgegevens, zoals een BSN, een telefoonnummer of een e-mailadres. "
    "Stuur deze gegevens niet per e-mail. Deel ze alleen volgens de afspraken over het delen van "
    "informatie uit punt 6 van de one-pager: de afspraken in de lokale driehoek en met het "
    "sociale domein."
)
"""The Dutch sentence to add to an explanation when the question holds personal data."""

#: Phone numbers are read as written in the Netherlands; international ones (+32 ...) too.
PHONE_REGION = "NL"

# A candidate e-mail address: a local part of at most 64 characters that does not continue to
# the left, an @, and two to eight domain labels of at most 63 characters that do not continue
# to the right. Every repetition has an upper bound, and a local part starts only where the
# character before it cannot belong to one, so each place in the text costs a bounded number
# of steps. email_validator then decides.
_LOCAL = r"[\w.'%+-]"
_EMAIL = re.compile(
    rf"(?<!{_LOCAL}){_LOCAL}{{1,64}}@[\w-]{{1,63}}(?:\.[\w-]{{1,63}}){{1,7}}(?![\w-]|\.[\w-])"
)

# A BSN: nine digits, or 3-3-3 or 4-2-3 digits separated by the same dot, space or hyphen. It
# is not part of a longer number ("1234567890", "12.111.222.333", "111 222 333 444", "1,5"), of
# an e-mail address, or of an international phone number ("+31111222333", "+31 111222333").
# Letters may touch it ("BSN111222333"), and nine plain digits may stand in a list
# ("111222333 123456782").
_BSN = re.compile(
    r"(?<![\d_@+])(?<!\d[.,/-])"
    r"(?:(?<!\+\d )(?<!\+\d\d )(?<!\+\d\d\d )\d{9}(?![.,/-]\d)"
    r"|(?<!\d )(?:\d{3}(?P<a>[. -])\d{3}(?P=a)\d{3}|\d{4}(?P<b>[. -])\d{2}(?P=b)\d{3})"
    r"(?![.,/ -]\d))"
    r"(?![\d_@])"
)

#: The fewest digits a phone number can have: five, as in 14 020 (a Dutch government number);
#: numbers with a country code have six or more. tests/test_privacy.py derives this from the
#: phonenumbers metadata, so a new release that allows shorter numbers fails a test.
FEWEST_PHONE_DIGITS = 5
# phonenumbers only matches digits with at most four separators between them (spaces, dashes,
# dots, brackets, slashes, "x"); this class holds all of those and more (tested).
PHONE_SEPARATOR = r"[\W_xX\u30fc]"
# Five such digits in a row: most questions hold a number or two ("15 jaar", "in 2024") and
# need no phone matcher at all, which is by far the dearest step. Linear: every repetition is
# bounded, so each place in the text is tried a bounded number of times.
_PHONE_LIKE = re.compile(rf"\d(?:{PHONE_SEPARATOR}{{0,4}}\d){{{FEWEST_PHONE_DIGITS - 1}}}")
# Where the phone matcher may cut the text: a word of letters that starts after a space.
_CUT = re.compile(r"(?<=\s)[^\W\d_]")
_PART = 4096  # characters per phone part, at the least
_CLOSING = {"(": ")", "[": "]"}
_EMPTY_BRACKETS = re.compile(r"\([^\d()]*\)|\[[^\d\[\]]*\]")
_ASCII_DIGITS = b"0123456789"


def find_personal_data(text: str) -> tuple[PersonalData, ...]:
    """The citizen service numbers, phone numbers and e-mail addresses in `text`, by span.

    Sorted by start and never overlapping: where two overlap, an e-mail address wins over a
    BSN, and a BSN over a phone number. Only kinds and character offsets come back, never the
    values themselves.

    >>> [(p.kind, p.start, p.end) for p in find_personal_data("Bel 06-12345678, BSN 111222333")]
    [('phone', 4, 15), ('bsn', 21, 30)]
    """
    if "@" not in text and (_no_digit(text) or not _PHONE_LIKE.search(text)):
        return ()  # a BSN has nine digits and a phone number five, each close together
    emails = list(_emails(text))
    bsns = [(m.start(), m.end()) for m in _BSN.finditer(text) if _eleven_test(m.group())]
    bsns = _free(bsns, emails)
    # Nine digits that pass the eleven-test are a BSN, even where they could be dialled as a
    # phone number: the BSN goes first. (The matcher itself only finds numbers written with
    # their 0, 00 or + prefix, so it never reports nine bare digits.)
    phones = _free(list(_phones(text)), sorted(emails + bsns))
    found: list[tuple[int, int, Kind]] = [(start, end, "email") for start, end in emails]
    found += [(start, end, "bsn") for start, end in bsns]
    found += [(start, end, "phone") for start, end in phones]
    found.sort()
    return tuple(PersonalData(kind=kind, start=start, end=end) for start, end, kind in found)


def _no_digit(text: str) -> bool:
    r"""Whether `text` surely holds no digit, as most questions do.

    Told for an ASCII text only, by deleting its digits in C: a fifth of the cost of a search
    for ``\d``, which also finds the digits of other scripts.
    """
    if not text.isascii():
        return False
    encoded = text.encode("ascii")
    return len(encoded.translate(None, _ASCII_DIGITS)) == len(encoded)


def redact(text: str) -> str:
    """`text` with every piece of personal data replaced by its label: [BSN], [TELEFOON], [E-MAIL].

    >>> redact("Mail jan@voorbeeldgemeente.nl of bel 06-12345678.")
    'Mail [E-MAIL] of bel [TELEFOON].'
    """
    pieces: list[str] = []
    at = 0
    for found in find_personal_data(text):
        pieces += [text[at : found.start], LABELS[found.kind]]
        at = found.end
    pieces.append(text[at:])
    return "".join(pieces)


def _eleven_test(candidate: str) -> bool:
    """Whether the nine digits in `candidate` pass the BSN eleven-test.

    9*d1 + 8*d2 + ... + 2*d8 - 1*d9 must be divisible by 11, and not all digits may be 0.
    """
    digits = [int(ch) for ch in candidate if ch.isdecimal()]
    if len(digits) != 9 or not any(digits):
        return False
    weighted = sum(
        weight * digit for weight, digit in zip(range(9, 1, -1), digits[:8], strict=True)
    )
    return (weighted - digits[8]) % 11 == 0


def _emails(text: str) -> Iterator[tuple[int, int]]:
    if "@" not in text:
        return
    for match in _EMAIL.finditer(text):
        # An address holds no "..", and starts with neither a dot nor a quote: what stands
        # before those ends the sentence before it ("zie...'jan@gemeente.nl'").
        candidate = match.group()
        candidate = candidate[candidate.rfind("..") + 1 :].lstrip(".'")
        try:  # syntax only: check_deliverability=False never asks DNS about the domain
            email_validator.validate_email(candidate, check_deliverability=False)
        except email_validator.EmailNotValidError:
            continue
        yield match.end() - len(candidate), match.end()


def _phones(text: str) -> Iterator[tuple[int, int]]:
    for offset, part in _parts(text):
        if _PHONE_LIKE.search(part):
            for match in phonenumbers.PhoneNumberMatcher(part, PHONE_REGION):
                raw = _number_start(match.raw_string)
                yield offset + match.end - len(raw), offset + match.end


def _number_start(raw: str) -> str:
    """`raw` from where the number starts: a digit, a +, or a bracket with digits inside.

    The matcher takes the bracket in "(06-12345678)" but not its partner, and the separators
    after "( - 010 1234567": only a bracket closed around digits, as in "(020) 123 4567",
    belongs to the number.
    """
    while raw and not (raw[0].isdecimal() or raw[0] == "+"):
        if raw[0] in _CLOSING and _CLOSING[raw[0]] in raw:
            empty = _EMPTY_BRACKETS.match(raw)
            if empty is None:
                break
            raw = raw[empty.end() :]
        else:
            raw = raw[1:]
    return raw


def _parts(text: str) -> Iterator[tuple[int, str]]:
    """`text` in parts of at least `_PART` characters, each cut where a word starts."""
    start = 0
    while start < len(text):
        cut = _CUT.search(text, start + _PART)
        end = cut.start() if cut else len(text)
        yield start, text[start:end]
        start = end


def _free(
    spans: Sequence[tuple[int, int]], taken: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The sorted `spans` that overlap none of the sorted, disjoint `taken` spans: one sweep."""
    free: list[tuple[int, int]] = []
    i = 0
    for start, end in spans:
        while i < len(taken) and taken[i][1] <= start:
            i += 1
        if i == len(taken) or taken[i][0] >= end:
            free.append((start, end))
    return free
