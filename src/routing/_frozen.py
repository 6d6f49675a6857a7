"""The base of every model, and building models from values this package already checked.

Every model is frozen and forbids unknown fields, so a result can be shared between threads
and cached, and a typo in a field name is an error rather than a silently ignored fact.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict


class Frozen(BaseModel):
    """A model that cannot be changed after it is made and refuses fields it does not know."""

    model_config = ConfigDict(frozen=True, extra="forbid")


_M = TypeVar("_M", bound=BaseModel)
# Frozen models refuse their own __setattr__, so the four slots every pydantic model has are
# set through their descriptors, which is also cheaper than object.__setattr__ by name.
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def built(model: type[_M], values: dict[str, Any], fields_set: set[str] | None = None) -> _M:
    """A model from values this package computed and typed itself, without validating again.

    `values` must hold every field. This is what pydantic's `model_construct` is for, without
    its loop over the fields in Python: reading a text builds several models, and that loop
    (or a validation) cost more than the reading itself. tests/test_text.py checks that every
    model built here equals the validated one. `fields_set` defaults to every field.
    """
    made = object.__new__(model)
    _set_dict(made, values)
    _set_fields_set(made, set(values) if fields_set is None else fields_set)
    _set_extra(made, None)
    _set_private(made, None)
    return made


def replaced(model: _M, changes: dict[str, Any]) -> _M:
    """`model` with some fields changed; like `model_copy(update=changes)`, at a third of the cost.

    The changes come as a dict rather than as keyword arguments: this runs twice per text.
    """
    values = {**model.__dict__, **changes}
    return built(type(model), values, model.__pydantic_fields_set__.union(changes))
