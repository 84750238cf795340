"""Claimed and approved sums: per match (its admin page) and per programme, call, institution and year (the
secretariat's dashboard), in a fixed number of grouped queries whatever the number of claims.

"Claimed" counts every claim sent, "approved" what decisions approved (a waiting claim adds nothing to it yet).
"""

from __future__ import annotations

from decimal import Decimal

from django.db.models import Count, Sum
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from portal.text import turkish_sort_key
from programs.claims.models import ZERO, ClaimLine, ClaimState
from programs.models import CallPage, Institution

#: The dashboard's groupings, in the order it shows them.
SECTIONS = {
    "programmes": gettext_lazy("Programme"), "calls": gettext_lazy("Call"),
    "institutions": gettext_lazy("Institution"), "years": gettext_lazy("Year"),
}


def match_totals(match) -> dict:
    """{claimed, approved, waiting}: the match's sums and how many of its claims wait, in one query."""
    row = ClaimLine.objects.filter(claim__match=match).aggregate(claimed=Sum("amount_claimed"), approved=Sum("amount_approved"))
    waiting = match.claims.filter(state=ClaimState.SUBMITTED).aggregate(n=Count("pk"))["n"]
    return {"claimed": row["claimed"] or ZERO, "approved": row["approved"] or ZERO, "waiting": waiting}


def _add(groups: dict, key, label: str, claimed: Decimal, approved: Decimal | None) -> None:
    group = groups.setdefault(key, {"label": label, "claimed": ZERO, "approved": ZERO})
    group["claimed"] += claimed or ZERO
    group["approved"] += approved or ZERO


def _sorted(groups: dict) -> list[dict]:
    return sorted(groups.values(), key=lambda group: turkish_sort_key(group["label"]))


def dashboard_totals() -> dict[str, list[dict]]:
    """{"programmes"|"calls"|"institutions"|"years": [{label, claimed, approved}]}, in four queries: the sums
    grouped by call, institution and year, then the names of the calls, their programmes and the institutions."""
    rows = list(
        ClaimLine.objects.values("claim__match__call_id", "claim__claimant__institution_id", "claim__claimant__institution_other", "claim__year")
        .annotate(claimed=Sum("amount_claimed"), approved=Sum("amount_approved")).order_by()
    )
    if not rows:
        return {"programmes": [], "calls": [], "institutions": [], "years": []}
    calls = {pk: (title, path) for pk, title, path in
             CallPage.objects.filter(pk__in={r["claim__match__call_id"] for r in rows}).values_list("pk", "title", "path")}
    parents = {path[:-Page.steplen] for _title, path in calls.values()}
    programmes = dict(Page.objects.filter(path__in=parents).values_list("path", "title"))
    institutions = dict(Institution.objects.filter(pk__in={r["claim__claimant__institution_id"] for r in rows}).values_list("pk", "name"))
    per = {"programmes": {}, "calls": {}, "institutions": {}, "years": {}}
    for row in rows:
        title, path = calls[row["claim__match__call_id"]]
        parent = path[:-Page.steplen]
        institution = institutions.get(row["claim__claimant__institution_id"]) or row["claim__claimant__institution_other"] or _("Not given")
        amounts = (row["claimed"], row["approved"])
        _add(per["programmes"], parent, programmes.get(parent, ""), *amounts)
        _add(per["calls"], row["claim__match__call_id"], title, *amounts)
        _add(per["institutions"], institution, institution, *amounts)
        _add(per["years"], row["claim__year"], str(row["claim__year"]), *amounts)
    result = {name: _sorted(groups) for name, groups in per.items()}
    result["years"].sort(key=lambda group: group["label"], reverse=True)
    return result
