"""Validate millions of FHIR resources with the R4B models at the cost of one validation per shape.

Why this gives the same verdict as validating every resource: the models' verdict on a resource
depends only on
(a) its tree: the keys of every object, the length of every list, the JSON type of each leaf; the
    tree fixes which model (and so which FHIR primitive type) applies at every position, and it is
    all that fhir_core checks across fields (unknown keys, required elements, one value[x], no null in
    a list of elements); codes are not checked against their value sets; and
(b) for each leaf, whether the primitive type at its position accepts the value (fhir_core's
    types: a pattern, a range or a parse; the models are lax and strip nothing, as the adapters here).
The key of a resource is its JSON text with each string value replaced by its verdict under *every*
FHIR primitive type (so the key need not know the type at a position); numbers, true/false/null and
strings that look like element names ("status", "final") stay as they are, which only makes the key
finer. Every FHIR element name (a key) looks like one (lowerCamel); a key that does not is no element
of any resource, and the models refuse it whatever its name.
Two resources with equal keys get the same verdict; only the first of each key goes through the
models. A resource whose key is new is validated in full, so an invalid value always raises.
"""

from __future__ import annotations

import json
import re
from typing import Any

_PRIMITIVES = ("Base64BinaryType", "BooleanType", "CanonicalType", "CodeType", "DateTimeType", "DateType",
               "DecimalType", "IdType", "InstantType", "Integer64Type", "IntegerType", "MarkdownType", "OidType",
               "PositiveIntType", "StringType", "TimeType", "UnsignedIntType", "UriType", "UrlType", "UuidType",
               "XhtmlType")
MAX_VALUES = 500_000
_STRING = re.compile(r'("[^"\\]*(?:\\.[^"\\]*)*")')  # a JSON string; split() keeps it, between: structure
_NAME = re.compile(r'"[a-z_][A-Za-z0-9_]*"')
# Every resource has its own `urn:uuid:` identifier, so their verdicts are not worth caching one by
# one. Each becomes one representative with the same version and variant digits: every primitive
# type either refuses them all at their first characters ("u", ":"), accepts any text without
# spaces (string, code, uri, markdown, url ...) or parses the uuid, where only the version (UUID4)
# and the variant can matter. Checked over random uuids in tests/archive.
_URN_UUID = re.compile(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-([0-9a-f])[0-9a-f]{3}-([0-9a-f])[0-9a-f]{3}-[0-9a-f]{12}")
_UUID_FORM = "urn:uuid:00000000-0000-{0}000-{1}000-000000000000"  # the version and variant digits kept
_REPRESENTATIVE = _UUID_FORM.format(r"\g<1>", r"\g<2>")
_URN_UUID_TOKEN = re.compile(f'"{_URN_UUID.pattern}"')  # the commonest case: a string that is just that


class ShapeValidator:
    def __init__(self) -> None:
        from fhir.resources.R4B import get_fhir_model_class
        from fhir_core import types
        from pydantic import TypeAdapter

        self._model = get_fhir_model_class
        # The core validators themselves (the adapter's wrapper costs as much again); uri and
        # canonical share one schema, so one of the two is enough.
        adapters = {repr(a.core_schema): a for a in (TypeAdapter(getattr(types, name)) for name in _PRIMITIVES)}
        self._validators = [adapter.validator for adapter in adapters.values()]
        self._verdicts: dict[str, str | int] = {}  # JSON string -> itself (a name) or its verdict's id
        self._vectors: dict[tuple[bool, ...], int] = {}
        self._seen: set[tuple] = set()
        self.validated = 0  # resources that went through the models

    def __call__(self, resource: dict[str, Any], text: str | None = None) -> None:
        """Raise pydantic's ValidationError when the R4B models refuse the resource; `text`: its
        json.dumps, when the caller has it already."""
        parts = _STRING.split(text or json.dumps(resource, ensure_ascii=False))
        tokens = parts[1::2]
        leaves = list(map(self._verdicts.get, tokens))
        if None in leaves:
            leaves = [self._verdict(t) if v is None else v for t, v in zip(tokens, leaves)]
        key = (resource["resourceType"], tuple(parts[0::2]), tuple(leaves))
        if key not in self._seen:
            self._model(resource["resourceType"]).model_validate(resource)
            self.validated += 1
            self._seen.add(key)

    def forget_values(self) -> None:
        """Drop the leaf verdicts when there are many (names, identity numbers): bounded memory."""
        if len(self._verdicts) > MAX_VALUES:
            self._verdicts.clear()

    def _verdict(self, token: str) -> str | int:
        """A string not seen before; one holding a uuid is judged as its representative, and only
        that is kept (its own text will not come again)."""
        whole = _URN_UUID_TOKEN.fullmatch(token)
        representative = ('"' + _UUID_FORM.format(whole[1], whole[2]) + '"' if whole
                          else _URN_UUID.sub(_REPRESENTATIVE, token))
        if representative != token:
            found = self._verdicts.get(representative)
            return found if found is not None else self._verdict(representative)
        if _NAME.fullmatch(token):
            found: str | int = token
        else:
            value = json.loads(token)
            vector = tuple(self._accepts(validator, value) for validator in self._validators)
            found = self._vectors.setdefault(vector, len(self._vectors))
        self._verdicts[token] = found
        return found

    @staticmethod
    def _accepts(validator, value) -> bool:
        try:
            validator.validate_python(value)
        except Exception:  # noqa: BLE001 - a refusal of any kind (fhir_core's Url raises AttributeError on a number)
            return False
        return True
