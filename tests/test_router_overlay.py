"""A router with a municipality's overlay, side by side with others, under threads."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import routing

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "overlay.example.yaml"


def _other_overlay(tmp_path: Path) -> Path:
    """A second municipality's overlay, with a different case consultation."""
    text = EXAMPLE.read_text(encoding="utf-8")
    other = tmp_path / "gm0002.yaml"
    other.write_text(
        text.replace("GM0999", "GM0002").replace("Gemeente Voorbeeld", "Gemeente Anders"),
        encoding="utf-8",
    )
    return other


def test_an_overlay_routes_local_rows_to_local_contacts() -> None:
    """Row 5 reaches the overlay's case consultation, row 1 its experienced neighbour."""
    router = routing.Router(overlay=EXAMPLE)
    signal = {r.contact.id: r.contact for r in router.route({"radicalisation_signal": True}).routes}
    prevention = {r.contact.id: r.contact for r in router.route({}).routes}
    assert signal["case_consultation"].configured
    assert signal["case_consultation"].channels
    assert prevention["regional_municipality"].configured
    provenance = router.route({}).provenance
    assert (provenance.municipality, provenance.cbs_code) == ("Gemeente Voorbeeld", "GM0999")
    assert "overlay/overlay.example.yaml" in provenance.files


def test_without_an_overlay_local_contacts_say_they_are_not_configured() -> None:
    """The national router still routes to local parties, marked as not configured."""
    routes = routing.Router().route({"radicalisation_signal": True}).routes
    consultation = next(r.contact for r in routes if r.contact.id == "case_consultation")
    assert (consultation.configured, consultation.channels) == (False, ())


def test_routers_with_different_overlays_never_mix_under_threads(tmp_path: Path) -> None:
    """Two municipalities' routers in one process, called from 8 threads, keep their own data."""
    first = routing.Router(overlay=EXAMPLE)
    second = routing.Router(overlay=_other_overlay(tmp_path))

    def ask(index: int) -> tuple[str | None, str | None]:
        router = first if index % 2 else second
        result = router.route("Een jongere radicaliseert, moeten we naar het casusoverleg?")
        return router.provenance.cbs_code, result.provenance.cbs_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = set(pool.map(ask, range(4_000)))
    assert answers == {("GM0999", "GM0999"), ("GM0002", "GM0002")}
