"""The half-year / year report (documents.md §1): which figures, which names, which prose.

Everything the template prints is computed here from the records and the indicators; the template
only says it in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from xlkit.compute.indicators import Computed
from xlkit.compute.membership import admitted_in
from xlkit.compute.months import REGULAR_KINDS, THEMATIC_KINDS, meeting_months, quarter_of
from xlkit.compute.targets import pct
from xlkit.documents import awards, phrases, sections
from xlkit.documents.model import Document
from xlkit.documents.parties import issuer
from xlkit.documents.templating import render
from xlkit.read.records import Book, Row
from xlkit.text.amounts import Amount
from xlkit.text.vn import sort_names
from xlkit.vocab import words
from xlkit.vocab.columns import fold
from xlkit.vocab.periods import Kind, Period, quarter_roman
from xlkit.vocab.sections import SECTIONS
from xlkit.vocab.words import (
    CELL_SELF,
    DEVELOPMENT,
    DIRECTION_MAX,
    DIRECTION_MIN,
    INSPECTION_CHECK,
    INSPECTIONS,
    MEMBERS,
    NOT_REACHED,
    RATINGS,
    STATUS_IN,
    STATUSES_LEAVING,
    SUPERVISION_FORMS,
    TARGETS,
    THEMATIC,
    VERDICT_VIOLATION,
)

ADMISSION_KEYS = ("members.admitted", "development.admitted")


@dataclass(frozen=True)
class Issue:
    """What the header block needs: the document's number and date."""

    number: str | None  # "03"; None leaves a blank to fill by hand
    day: date  # decided by the command (--ngay, else the day it runs)
    signing: str | None = None  # `--ky`: T/M CHI ỦY …; else `Ký thay mặt`


def build_context(
    book: Book, period: Period, issue: Issue, values: dict[str, Any]
) -> dict[str, Any]:
    """Every value the report template prints, for BOOK and PERIOD, from the command's
    indicators."""
    day = issue.day
    context: dict[str, Any] = {
        "info": issuer(book, signing=issue.signing),
        "number": issue.number,
        "day": day,
        "period": period,
        "next": period.next(),
        "is_year": period.kind is Kind.YEAR,
        "v": values,
        "prose": _prose(book, period),
        "members": _members(book, period, values),
        "meetings": _meetings(values, book, period),
        "development": _development(book, period, values),
        "inspection": _inspection(book, period, values),
        "targets": _targets(book, period, values),
        "awards": awards.groups(book, period),
        "ratings": _ratings(values),
    }
    context["say"] = _sentences(context, period, values)
    computed = {
        "Công tác xây dựng Đảng": [
            context["say"][k]
            for k in ("members", "meetings", "thematic_plan", "party_building", "fees")
        ],
        "Kiểm tra, giám sát": [context["say"]["inspection"]],
    }
    parts = context["prose"]
    context["results"] = sections.results(
        book, period, parts, computed, bool(context["targets"]["rows"])
    )
    context["prose"] = {
        key: [text for part in value for text in part.prose] for key, value in parts.items()
    }
    return context


def _sentences(context: dict[str, Any], period: Period, values: dict[str, Any]) -> dict[str, Any]:
    """The finished sentences the template prints; None where there is nothing to say."""
    members, meetings, development, inspection = (
        context["members"],
        context["meetings"],
        context["development"],
        context["inspection"],
    )
    return {
        "members": phrases.members(period.end, values, members["moved"]),
        "meetings": phrases.meetings(values, meetings["months_missing"], meetings["quarters"])
        if meetings["recorded"]
        else None,
        "thematic_plan": phrases.thematic_plan(meetings["planned"], meetings["held_quarters"]),
        "party_building": phrases.party_building(
            period,
            members["admitted"],
            members["confirmed"],
            development["dossiers"],
            development["trained"],
            development["admission_share"],
        ),
        "fees": phrases.fees(values),
        "inspection": phrases.inspection(
            inspection["checked"],
            inspection["checked_cell"],
            inspection["watched"],
            inspection["watched_cell"],
            inspection["violators"],
            len(inspection["disciplined"]),
        )
        if inspection["recorded"]
        else None,
        "awards": awards.sentences(context["awards"]),
        "ratings": phrases.ratings(context["ratings"], values.get("cell.rating"))
        if period.kind is Kind.YEAR
        else None,
        "remaining": phrases.remaining(context["targets"]["remaining"]),
    }


def _prose(book: Book, period: Period) -> dict[str, list[sections.Part]]:
    return sections.prose_by_section(book, period, SECTIONS["report"])


def _in(period: Period, day: date | None) -> bool:
    return day is not None and period.contains(day)


def _members(book: Book, period: Period, values: dict[str, Any]) -> dict[str, Any]:
    rows = book.rows(MEMBERS)
    admitted = [m["Họ và tên"] for m in rows if admitted_in(m, period)]
    confirmed = [m["Họ và tên"] for m in rows if _in(period, m["Ngày chính thức"])]
    moved = {
        status: sort_names(
            [
                m["Họ và tên"]
                for m in rows
                if m["Tình trạng"] == status and _in(period, m["Ngày thay đổi"])
            ]
        )
        for status in STATUSES_LEAVING + (STATUS_IN,)
    }
    return {
        "admitted": sort_names(admitted),
        "confirmed": sort_names(confirmed),
        "moved": moved,
        "total": values["members.total"],
    }


def _meetings(values: dict[str, Any], book: Book, period: Period) -> dict[str, Any]:
    quarters = sorted({quarter_of(m) for m in meeting_months(book, period, THEMATIC_KINDS)})
    held = meeting_months(book, period, REGULAR_KINDS)
    recorded = values["meetings.regular"] is not None
    planned = sorted(
        (r["Quý"], " ".join(str(r["Chủ đề"]).split()))
        for r in book.rows(THEMATIC)
        if r["Quý"] in period.quarters and r["Chủ đề"]
        # the thematic plan's quarters in the period, matched against the meetings held
        # (documents.md §3)
    )
    return {
        "recorded": recorded,
        "planned": planned if recorded else [],
        "held_quarters": set(quarters),
        "quarters": [f"quý {quarter_roman(q)}" for q in quarters],
        "months_missing": [m for m in period.months if m not in held] if recorded else [],
    }


def _development(book: Book, period: Period, values: dict[str, Any]) -> dict[str, Any]:
    rows = book.rows(DEVELOPMENT)
    # a dossier completed and admitted in the same period is said once, as the admission
    admitted = {
        fold(r["Họ và tên"] or "")
        for r in rows
        if r["Ngày kết nạp"] is not None and r["Ngày kết nạp"] <= period.end
    }
    dossiers = sort_names(
        [
            r["Họ và tên"]
            for r in rows
            if _in(period, r["Ngày hoàn thiện hồ sơ"])
            and fold(r["Họ và tên"] or "") not in admitted
        ]
    )
    trained = sort_names([r["Họ và tên"] for r in rows if _in(period, r["Ngày học lớp nhận thức"])])
    share = None
    for target in book.rows(TARGETS):
        if target["Nguồn số liệu"] in ADMISSION_KEYS:
            share = values.get(f"target.{target['Mã']}.pct")
            break
    return {"dossiers": dossiers, "trained": trained, "admission_share": share}


def _inspection(book: Book, period: Period, values: dict[str, Any]) -> dict[str, Any]:
    rows = [r for r in book.rows(INSPECTIONS) if _in(period, r["Ngày"])]

    def people(test) -> list[str]:
        return sort_names(
            list(
                dict.fromkeys(
                    r["Đối tượng"]
                    for r in rows
                    if test(r) and fold(r["Đối tượng"] or "") != fold(CELL_SELF)
                )
            )
        )

    def of_cell(test) -> int:
        return sum(1 for r in rows if test(r) and fold(r["Đối tượng"] or "") == fold(CELL_SELF))

    def is_check(r: Row) -> bool:
        return r["Hình thức"] == INSPECTION_CHECK

    def is_watch(r: Row) -> bool:
        return r["Hình thức"] in SUPERVISION_FORMS

    return {
        "recorded": values["inspection.kiem_tra"] is not None,
        "checked": people(is_check),
        "checked_cell": of_cell(is_check),
        "watched": people(is_watch),
        "watched_cell": of_cell(is_watch),
        "violators": sort_names(
            [r["Đối tượng"] for r in rows if r["Kết luận"] == VERDICT_VIOLATION]
        ),
        "disciplined": [(r["Đối tượng"], r["Kỷ luật"]) for r in rows if r["Kỷ luật"]],
    }


def _targets(book: Book, period: Period, values: dict[str, Any]) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    remaining: list[dict[str, Any]] = []
    for t in book.rows(TARGETS):
        code = t["Mã"]
        if not code or (t["Kế hoạch năm"] is None and t["Mục tiêu"]):
            # a target in words (Mục tiêu) is for the plans; the report leaves it to
            # the prose
            continue
        unit = getattr(t["Kế hoạch năm"], "unit", "") or t["Đơn vị tính"] or ""
        direction = t.get("Chiều", DIRECTION_MIN)
        status = values.get(f"target.{code}.status")
        row = {
            "number": len(rows) + 1,
            "code": code,
            "name": t["Nội dung"] or code,
            "field": t["Lĩnh vực"] or "",
            "unit": unit,
            "at_most": direction == DIRECTION_MAX,
            "plan": values.get(f"target.{code}.plan"),
            "actual": values.get(f"target.{code}.actual"),
            "pct": values.get(f"target.{code}.pct"),
            "status": status,
            "pending": status is None,  # no result in the period: not judged, not counted
        }
        rows.append(row)
        year_plan = t["Kế hoạch năm"]
        actual = row["actual"]
        if (
            direction == DIRECTION_MIN
            and year_plan is not None
            and period.kind is not Kind.YEAR
            and (actual or 0) < year_plan
        ):
            left = (
                year_plan.less(actual or 0)
                if isinstance(year_plan, Amount)
                else year_plan - (actual or 0)
            )
            remaining.append({**row, "year_plan": year_plan, "left": left})
        elif period.kind is Kind.YEAR and row["status"] == NOT_REACHED:
            remaining.append({**row, "year_plan": year_plan, "left": None})
    assessed = sum(1 for r in rows if not r["pending"])
    return {
        "rows": rows,
        "reached": values.get("targets.reached"),
        "total": values.get("targets.total"),
        "assessed": assessed,
        "pending": len(rows) - assessed,
        "pending_word": (
            words.TARGET_NO_RESULT if period.kind is Kind.YEAR else words.TARGET_PENDING
        ),
        "remaining": remaining,
    }


def _ratings(values: dict[str, Any]) -> list[dict[str, Any]]:
    keys = ("xuat_sac", "tot", "hoan_thanh", "khong_hoan_thanh")
    rated = sum(values.get(f"ratings.{k}") or 0 for k in keys)
    return [
        {
            "label": label,
            "count": values.get(f"ratings.{k}") or 0,
            "pct": pct(values.get(f"ratings.{k}") or 0, rated),
        }
        for k, label in zip(keys, RATINGS, strict=True)
    ]


def report_document(
    book: Book,
    period: Period,
    issue: Issue,
    *,
    computed: Computed | None = None,
    cwd: Path | None = None,
) -> Document:
    """The report of PERIOD as a document model, from the `report.j2` template (the command's
    indicators)."""
    values = (computed or Computed(book)).values(period)
    return render("report.j2", build_context(book, period, issue, values), cwd)
