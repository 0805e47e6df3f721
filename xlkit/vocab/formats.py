"""The output formats each command offers, one enum per command: the CLI refuses any other name
with the list these give, and the commands dispatch on them."""

from __future__ import annotations

from enum import Enum


class Choices(str, Enum):
    """A closed list of format names."""

    @classmethod
    def accepted(cls) -> str:
        """The names, as a refusal lists them: `text, json`."""
        return ", ".join(member.value for member in cls)


class CheckFormat(Choices):
    TEXT = "text"
    JSON = "json"


class RulesFormat(Choices):
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "md"


class IndicatorsFormat(Choices):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    XLSX = "xlsx"  # the workbook with its charts, as `pack` makes it: needs -o


class RollupFormat(Choices):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


class AgendaFormat(Choices):
    TEXT = "text"
    JSON = "json"


class MeetingDocument(Choices):
    MINUTES = "bien-ban"
    RESOLUTION = "nghi-quyet"
    SCORE = "cham-diem"


class ReviewDocument(Choices):
    LIST = "danh-sach"
    REPORT = "bao-cao"
    FORMS = "phieu"
