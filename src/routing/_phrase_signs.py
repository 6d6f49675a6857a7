"""Signs that a term is a phrase written inside one word's alternatives, for `routing check`.

`|` separates alternatives for one word, so a phrase written among them ("afstemmen|af te
stemmen") never matches as its author meant. The tokeniser cannot tell; these signs, each
found by a held-out round that tripped on one, can.
"""

from __future__ import annotations

from collections import Counter

from ._terms import Term

# Words that never stand twice in a row: "de het" is no Dutch, so "in de krant|het nieuws" is
# a phrase split by `|`, not two alternatives.
_ARTICLES = frozenset(("de", "het", "een", "the", "a", "an"))
# Words that may stand where an article stands: "een|de|onze|die training" is one word's
# alternatives as meant.
_DETERMINERS = _ARTICLES | frozenset(
    """
    mijn mn je jouw zijn zn haar ons onze jullie hun uw deze die dit dat elk elke ieder iedere
    geen welke welk zo n my your his her its our their this that these those every no some any
    """.split()  # noqa: SIM905  # a list of words reads best as words
)


def split_phrase(term: Term) -> str | None:
    """Say why `term` looks like a phrase written inside one word's alternatives, if it does.

    `|` separates alternatives for one word, so "afstemmen|af te stemmen" means "afstemmen" or
    "af", then "te", then "stemmen": never the phrase its author meant. Twelve signs give it away:
    a short alternative that, with the word after or before it (past a "te"), makes up another
    one ("in te rijden|inrijden"); an article right after a place that holds only articles;
    an article beside a word that is no determiner, before another word ("in
    jannah|het paradijs": "jannah", or "het" and then "paradijs"); a word that is both an
    alternative and the word right after it ("erin rijden|te rijden": "rijden", then "rijden");
    a modal verb among alternatives before "te" or "to" ("will|wants to stab": "will to stab");
    the "t" of a contraction among alternatives ("won t|will not live": "won", then "t" or
    "will", then "not"); an alternative that is a form of the word right before it
    ("vorige maand|vorig jaar": "vorige", then "maand" or "vorig", then "jaar"); alternatives
    between two places that hold only "te" ("te vermoorden|neer te schieten"); a word that
    two places of a phrase hold among alternatives ("campagne|huis aan huis|flyers"); and a
    word written twice among one place's alternatives ("gezocht wordt|wordt gezocht": a
    phrase turned round, which reads "gezocht", "wordt", "gezocht"); a preposition among
    other words right before a place of determiners only ("nu|momenteel|op dit moment"); and
    two neighbouring places that each mix a preposition or particle with other words ("deal
    with|take out|get rid of": "deal", "with" or "take", "out" or "get", "rid", "of").
    """
    words = term.words
    for index, choices in enumerate(words):
        if len(choices) < 2:
            continue
        doubled = sorted(c.stem for c, times in Counter(choices).items() if times > 1)
        if doubled:
            return f"{doubled[0]!r} is written twice among one word's alternatives"
        stems = {c.stem for c in choices}
        if index + 1 < len(words) and not term.gaps[index + 1]:
            again = sorted(stems & {c.stem for c in words[index + 1] if c.kind == "exact"})
            if again:
                return f"{again[0]!r} is both an alternative for a word and the word after it"
        for short in (c.stem for c in choices if c.kind == "exact"):
            for rest in _following(term, index):
                joined = short + rest
                if any(stem != short and stem.startswith(joined) for stem in stems):
                    return f"{short!r} and a word after it make up the alternative {joined!r}"
            for head in _preceding(term, index):
                joined = head + short
                if joined in stems:
                    return f"{head!r} and {short!r} make up the alternative {joined!r}"
        modal = sorted(c.stem for c in choices if c.kind == "exact" and c.stem in _MODALS)
        if modal and index + 1 < len(words) and not term.gaps[index + 1]:
            after = {c.stem for c in words[index + 1]}
            if after <= {"te", "to"}:
                return f"{modal[0]!r} takes no {sorted(after)[0]!r} after it"
        before = {c.stem for c in words[index - 1]} if index else set()
        twice = _repeated(term, index)
        if twice is not None:
            return f"{twice!r} is an alternative in two places of one phrase"
        if _between_infinitives(term, index):
            named = " or ".join(repr(stem) for stem in sorted(stems))
            return f"'te' stands before and after the alternatives {named}"
        if index and not term.gaps[index]:
            for stem in sorted(stems):
                form = next((b for b in sorted(before) if _inflected(b, stem)), None)
                if form is not None:
                    return f"{stem!r} is a form of {form!r}, the word before it"
        if "t" in stems and before & _CONTRACTIONS:
            return f"'t' ends the contraction {sorted(before & _CONTRACTIONS)[0]!r} t"
        if stems & _ARTICLES and before and before <= _ARTICLES:
            return f"an article follows {' or '.join(sorted(before))!r}"
        prepositions = stems & _PREPOSITIONS
        if prepositions and stems - _LINKS and _only_determiners(term, index + 1):
            return (
                f"{sorted(prepositions)[0]!r} and {sorted(stems - _LINKS)[0]!r} are "
                "alternatives for one word before a determiner; if the determiner belongs to "
                f"{sorted(prepositions)[0]!r} only"
            )
        particles = _mixed_with_particles(term, index)
        if particles is not None:
            return (
                f"{particles[0]!r} and {particles[1]!r} are particles among other words in two "
                "places side by side"
            )
        nouns = sorted(stems - _DETERMINERS)
        if stems & _ARTICLES and nouns and index + 1 < len(words):
            article = sorted(stems & _ARTICLES)[0]
            return (
                f"{article!r} and {nouns[0]!r} are alternatives for one word before another; "
                f"if {article!r} belongs to the word after it"
            )
    return None


# A preposition among other words, before a place of determiners only: "nu|momenteel|op dit
# moment" meant "nu", "momenteel" or "op dit moment", and read "nu dit moment" (round
# 1369-1376 found it).
_PREPOSITIONS = frozenset(
    """
    aan achter bij binnen boven buiten door in langs met na naar naast om onder op over per
    rond rondom sinds tegen tijdens tot tussen uit van vanaf vanuit vanwege via volgens voor
    wegens zonder
    about after against as at before by during for from in into like of on over since to under via
    with without
    """.split()  # noqa: SIM905  # a list of words reads best as words
)
# Words that may stand where a preposition stands before a determiner ("voordat|als het").
_LINKS = _PREPOSITIONS | frozenset(
    """
    als dan en maar mocht of toen voordat wanneer zodra and but if or when
    """.split()  # noqa: SIM905  # a list of words reads best as words
)

# Particles that end a phrasal verb: "take out", "get rid of", "ergens naartoe sturen".
_PARTICLES = _LINKS | frozenset(
    """
    af mee terug toe weg away back down off out up
    """.split()  # noqa: SIM905  # a list of words reads best as words
)


def _mixed_with_particles(term: Term, index: int) -> tuple[str, str] | None:
    """A particle at word `index` and one right after it, both among other words' alternatives.

    One place whose alternatives mix a particle with other words is often meant ("haat
    tegen|jegens andere"), but two such places side by side are two or three phrases run
    together: "fan van|bewondert|bewondering voor|verheerlijkt hitler" (round 1785-1792's review
    found it) reads "fan", then "van" or "bewondert" or "bewondering", then "voor" or
    "verheerlijkt".
    """
    if index + 1 >= len(term.words) or term.gaps[index + 1]:
        return None
    found: list[str] = []
    for place in (index, index + 1):
        stems = {c.stem for c in term.words[place]}
        if len(stems) < 2 or not stems & _PARTICLES or not stems - _PARTICLES:
            return None
        found.append(sorted(stems & _PARTICLES)[0])
    return found[0], found[1]


def _only_determiners(term: Term, index: int) -> bool:
    """Whether word `index` of `term` stands right after the one before it and is a determiner."""
    if index >= len(term.words) or term.gaps[index]:
        return False
    return {c.stem for c in term.words[index]} <= _DETERMINERS


# Verbs that take a bare infinitive: "will|wants to stab" meant "will stab" or "wants to stab",
# and matches "will to stab" instead, never "will stab" (held-out set 331 found it).
_MODALS = frozenset(
    """
    wil wilt willen kan kun kunt kunnen moet moeten zal zul zult zullen mag mogen ga gaat gaan
    will would can could shall should must may might
    """.split()  # noqa: SIM905  # a list of words reads best as words
)


# What the tokeniser leaves of an English contraction before its "t": "won't" is "won" "t".
_CONTRACTIONS = frozenset(
    """
    don doesn didn isn aren wasn weren won can couldn wouldn shouldn haven hasn hadn
    """.split()  # noqa: SIM905  # a list of words reads best as words
)


def _repeated(term: Term, index: int) -> str | None:
    """A word among the alternatives of word `index` that a later place, with no gap, holds too.

    "campagne|huis aan huis|flyers" reads "campagne" or "huis", then "aan", then "huis" or
    "flyers". A phrase that says a word twice on purpose ("huis aan huis") has no `|` there.
    """
    mine = {c.stem for c in term.words[index] if c.kind == "exact"}
    for place in range(index + 1, len(term.words)):
        if term.gaps[place]:
            break
        later = term.words[place]
        if len(term.words[index]) + len(later) > 2:
            again = sorted(mine & {c.stem for c in later if c.kind == "exact"})
            if again and place > index + 1:  # right after it is the sign above
                return again[0]
    return None


def _between_infinitives(term: Term, index: int) -> bool:
    """Whether word `index` has alternatives between two places that hold only "te".

    "te vermoorden|neer te schieten" reads "te", then "vermoorden" or "neer", then "te": two
    phrases written in one term, so that neither matches.
    """
    only_te = [i for i, choices in enumerate(term.words) if [c.stem for c in choices] == ["te"]]
    return len(term.words[index]) > 1 and any(
        i < index < j and not any(term.gaps[i + 1 : j + 1]) for i in only_te for j in only_te
    )


def _inflected(one: str, other: str) -> bool:
    """Whether two words differ only in an ending of up to two letters ("vorig", "vorige")."""
    short, long = sorted((one, other), key=len)
    return (
        short != long and len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2
    )


def _preceding(term: Term, index: int) -> list[str]:
    """The stems that may come right before word `index`, past a "te" ("in te rijden").

    Only words with no gap between them: "fight|fighting ... in" glued nothing together.
    """
    preceding: list[str] = []
    for place in range(index - 1, max(index - 3, -1), -1):
        if term.gaps[place + 1]:
            break
        before = term.words[place]
        preceding += [c.stem for c in before if c.kind in ("exact", "suffix")]
        if [c.stem for c in before] != ["te"]:
            break
    return preceding


def _following(term: Term, index: int) -> list[str]:
    """The stems that may come right after word `index`, past a "te" ("af te stemmen")."""
    following: list[str] = []
    for place in range(index + 1, min(index + 3, len(term.words))):
        if term.gaps[place]:
            break
        after = term.words[place]
        following += [c.stem for c in after if c.kind in ("exact", "prefix")]
        if [c.stem for c in after] != ["te"]:
            break
    return following
