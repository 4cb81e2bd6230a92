"""JSON-lines export of newscrawl records."""

from __future__ import annotations

import json
from dataclasses import is_dataclass
from typing import Any

from scrapy.exporters import JsonLinesItemExporter


class JsonLinesExporter(JsonLinesItemExporter):
    """Scrapy's JSON-lines exporter with a fast path for newscrawl's dataclass records.

    When no field list or per-field serializer is configured, a dataclass record is
    written straight from its field dict: the same bytes (field order, UTF-8 unescaped
    with ``FEED_EXPORT_ENCODING = "utf-8"``) without an adapter and a serializer call per
    field. Anything else goes through Scrapy's path unchanged.
    """

    def __init__(self, file: Any, **kwargs: Any) -> None:
        super().__init__(file, **kwargs)
        self._fast = self.fields_to_export is None and (
            type(self).serialize_field is JsonLinesItemExporter.serialize_field
        )
        self._dumps = json.JSONEncoder(ensure_ascii=not self.encoding).encode

    def export_item(self, item: Any) -> None:
        if self._fast and is_dataclass(item) and not isinstance(item, type):
            self.file.write((self._dumps(vars(item)) + "\n").encode(self.encoding or "utf-8"))
        else:
            super().export_item(item)
