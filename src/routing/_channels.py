"""Validating and normalising the ways to reach a contact: e-mail, phone, web.

Everything here is offline on purpose: e-mail addresses are checked for syntax only (no DNS
look-up of the domain), phone numbers against the metadata that ships with phonenumbers.
"""

from __future__ import annotations

from typing import Literal, NamedTuple
from urllib.parse import urlsplit

import email_validator
import phonenumbers
from phonenumbers import shortnumberinfo

ChannelKind = Literal["email", "phone", "web"]

#: Phone numbers in the table are Dutch: read them as dialled in the Netherlands.
PHONE_REGION = "NL"


class Normalised(NamedTuple):
    """A channel value in its stored, shown and clickable forms."""

    value: str
    display: str
    uri: str


def normalise(kind: ChannelKind, raw: str) -> Normalised:
    """Return the normalised forms of `raw`, or raise `ValueError` saying how to write it."""
    if kind == "email":
        return _email(raw)
    if kind == "phone":
        return _phone(raw)
    return _web(raw)


def _email(raw: str) -> Normalised:
    try:
        checked = email_validator.validate_email(
            raw, check_deliverability=False, allow_smtputf8=False
        )
    except email_validator.EmailNotValidError as error:
        raise ValueError(
            f"{raw!r} is not a valid e-mail address ({error}); write it as name@domain.nl"
        ) from None
    address = checked.normalized
    return Normalised(address, address, f"mailto:{address}")


def _phone(raw: str) -> Normalised:
    try:
        number = phonenumbers.parse(raw, PHONE_REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and phonenumbers.is_valid_number(number):
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        return Normalised(e164, national, f"tel:{e164}")
    # Short numbers such as 112 have no E.164 form: they are dialled as they are, and only
    # within the country, so they are stored as dialled.
    digits = "".join(ch for ch in raw if ch.isdigit())
    if number is not None and shortnumberinfo.is_valid_short_number_for_region(
        number, PHONE_REGION
    ):
        return Normalised(digits, digits, f"tel:{digits}")
    raise ValueError(
        f"{raw!r} is not a valid Dutch phone number; write it as dialled in the Netherlands, "
        "for example 070 751 51 51, 0800-7000 or 112"
    )


def _web(raw: str) -> Normalised:
    parts = urlsplit(raw)
    if parts.scheme != "https" or not parts.netloc or "." not in parts.netloc or " " in raw:
        raise ValueError(
            f"{raw!r} is not a valid web address; write it in full with https://, "
            "for example https://www.schoolenveiligheid.nl/radicalisering"
        )
    display = raw.removeprefix("https://").removesuffix("/")
    return Normalised(raw, display, raw)
