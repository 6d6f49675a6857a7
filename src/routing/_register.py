"""The routing algorithm as an entry of the Dutch Algoritmeregister, in its publication standard.

The texts are data (``data/register.yaml``, in Dutch, written for the public); the facts come
from the rule base that is described: its rules, question types, files and digest. The result
is ready for ``json.dumps`` and the same rule base always gives the same bytes. The field names
are those of the Algoritmeregister publication standard 1.0.0 (see docs/register.md).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from ._exceptions import DataError
from ._rulebase import RuleBase, shipped_folder
from ._validation import locate
from ._yaml import load_yaml

STANDARD_VERSION = "1.0.0"
"""The version of the Algoritmeregister publication standard whose fields are used."""

#: The fields of the standard in its own order, with the titles the register shows.
FIELDS: Mapping[str, str] = {
    "name": "Naam",
    "description_short": "Korte omschrijving",
    "organization": "Organisatie",
    "category": "Thema",
    "status": "Status",
    "begin_date": "Begindatum",
    "end_date": "Einddatum",
    "contact_email": "Contactgegevens",
    "website": "Link naar publiekspagina",
    "publication_category": "Publicatiecategorie",
    "url": "Link naar bronregistratie",
    "goal": "Doel en impact",
    "proportionality": "Afwegingen",
    "human_intervention": "Menselijke tussenkomst",
    "risks": "Risicobeheer",
    "lawful_basis": "Wettelijke basis",
    "lawful_basis_grouping": "Verwijzingen wettelijke basis",
    "process_index_url": "Link naar verwerkingsregister",
    "impacttoetsen_grouping": "Verwijzingen impacttoetsen",
    "impacttoetsen": "Toelichting op impacttoetsen",
    "source_data": "Gegevens",
    "source_data_grouping": "Verwijzingen gegevensbronnen",
    "methods_and_models": "Technische werking",
    "provider": "Leverancier",
    "publiccode": "Link naar broncode",
    "lang": "Taal",
    "standard_version": "Versie publicatiestandaard",
    "source_id": "Bron-ID",
    "tags": "Zoektermen",
}

#: The themes (``category``) the standard allows: the TOOI list of policy areas.
THEMES = (
    "Organisatie en bedrijfsvoering",
    "Cultuur en recreatie",
    "Economie",
    "Overheidsfinanciën",
    "Wonen",
    "Internationaal",
    "Migratie en integratie",
    "Natuur en milieu",
    "Onderwijs en wetenschap",
    "Openbare orde en veiligheid",
    "Recht",
    "Ruimte en infrastructuur",
    "Sociale zekerheid",
    "Verkeer",
    "Werk",
    "Zorg en gezondheid",
)

_Text = str | None
_Short = Field(default=None, max_length=100)
_Long = Field(default=None, max_length=2500)


class _RegisterSpec(BaseModel):
    """``data/register.yaml``: the standard's text fields, with its lengths and value lists."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    schema_version: Literal[1]
    name: str = Field(min_length=1, max_length=100)
    description_short: str = Field(min_length=1, max_length=350)
    organization: _Text = _Short
    category: list[str] = Field(max_length=3)
    status: Literal["In ontwikkeling", "In gebruik", "Buiten gebruik"]
    begin_date: _Text = Field(default=None, pattern=r"^[0-9]{4}-[0-9]{2}$")
    end_date: _Text = Field(default=None, pattern=r"^[0-9]{4}-[0-9]{2}$")
    contact_email: _Text = Field(default=None, max_length=500)
    website: _Text = Field(default=None, max_length=500, pattern=r"^https://")
    publication_category: Literal[
        "Hoog-risico AI-systeem", "Impactvolle algoritmes", "Overige algoritmes"
    ]
    url: _Text = Field(default=None, max_length=500, pattern=r"^https://")
    goal: _Text = _Long
    proportionality: _Text = _Long
    human_intervention: _Text = _Long
    risks: _Text = _Long
    lawful_basis: _Text = _Long
    process_index_url: _Text = Field(default=None, max_length=500, pattern=r"^https://")
    impacttoetsen: _Text = _Long
    source_data: _Text = _Long
    methods_and_models: _Text = Field(default=None, max_length=5000)
    provider: _Text = Field(default=None, max_length=200)
    publiccode: _Text = Field(default=None, max_length=500, pattern=r"^https://")
    source_id: _Text = _Short
    tags: _Text = _Long
    lang: Literal["nld"]

    @field_validator("category")
    @classmethod
    def _known_themes(cls, themes: list[str]) -> list[str]:
        for theme in themes:
            if theme not in THEMES:
                raise PydanticCustomError(
                    "theme",
                    "'{theme}' is not a theme of the standard; use one of: {known}",
                    {"theme": theme, "known": ", ".join(THEMES)},
                )
        return themes


def default_register_file() -> Path:
    """The register texts that ship with the package."""
    return shipped_folder("data") / "register.yaml"


def algorithm_register(base: RuleBase, *, register_file: Path | None = None) -> dict[str, object]:
    """The algorithm in the fields of the Algoritmeregister standard, ready for ``json.dumps``.

    `register_file` is the file of texts (``data/register.yaml`` by default). The non-standard key
    ``provenance`` holds the package version, the digest and the files described; leave it out
    when delivering to the register.
    """
    from ._router import package_version  # the router imports everything; import it late

    spec = _load(register_file or default_register_file())
    table = base.table
    kinds = [kind for kind in table.question_types.values() if kind.row is not None]
    facts = (
        f"Deze versie heeft {len(base.rules)} regels voor {len(kinds)} vraagtypen: "
        + "; ".join(f"{kind.row}. {kind.label}" for kind in kinds)
        + ". Een vraag die niet over sociale spanningen of radicalisering gaat, krijgt geen "
        "doorverwijzing."
    )
    fields = spec.model_dump(exclude={"schema_version"})
    register: dict[str, object] = {
        **fields,
        "organization": table.municipality.name if table.municipality else spec.organization,
        "methods_and_models": "\n\n".join(filter(None, (spec.methods_and_models, facts))),
        "lawful_basis_grouping": [],
        "impacttoetsen_grouping": [],
        "source_data_grouping": [
            {"title": source.title, "link": source.url}
            for source in table.sources.values()
            if source.url
        ],
        "standard_version": STANDARD_VERSION,
        "provenance": {
            "package_version": package_version(),
            "digest": base.digest,
            "files": list(base.files),
            "rule_count": len(base.rules),
            "question_types": list(table.question_types),
            "municipality": table.municipality.model_dump() if table.municipality else None,
        },
    }
    return {key: register[key] for key in (*FIELDS, "provenance")}


def dumps(register: Mapping[str, object]) -> str:
    """The register as JSON text: sorted keys, so the same input gives the same bytes."""
    return json.dumps(register, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def register_page(register: Mapping[str, object]) -> str:
    """The register as the Markdown section of docs/register.md: each field, then the JSON."""
    parts = []
    for key, title in FIELDS.items():
        parts.append(f"### {title} (`{key}`)\n\n{_shown(register[key])}\n")
    parts.append(f"### JSON\n\n```json\n{dumps(register)}```\n")
    return "\n".join(parts)


def write_register_page(page: Path, base: RuleBase) -> None:
    """Regenerate the marked section of `page` (docs/register.md) from `base`."""
    text = page.read_text(encoding="utf-8")
    head, _, rest = text.partition(PAGE_START)
    _, _, tail = rest.partition(PAGE_END)
    section = register_page(algorithm_register(base))
    page.write_text(f"{head}{PAGE_START}\n\n{section}\n{PAGE_END}{tail}", encoding="utf-8")


PAGE_START = "<!-- register:start (generated by routing._register.write_register_page) -->"
PAGE_END = "<!-- register:end -->"


def _shown(value: object) -> str:
    if value is None:
        return "*(niet ingevuld)*"
    if isinstance(value, list):
        if not value:
            return "*(geen)*"
        return "\n".join(
            f"- [{item['title']}]({item['link']})" if isinstance(item, dict) else f"- {item}"
            for item in value
        )
    return str(value)


def _load(path: Path) -> _RegisterSpec:
    raw = load_yaml(path)
    try:
        return _RegisterSpec.model_validate(raw)
    except ValidationError as error:
        first: Any = error.errors()[0]
        if first["type"] == "string_too_long":
            limit = first["ctx"]["max_length"]
            message = (
                f"is {len(first['input'])} characters long, and the standard allows "
                f"{limit}; shorten it"
            )
            raise DataError(message, file=str(path), field=str(first["loc"][0])) from None
        where = locate(
            error, raw, known_keys="the fields are listed in docs/register.md; check the spelling"
        )
        raise DataError(where.message, file=str(path), field=where.field) from None
