"""The programme dashboard: applications per call, matches per state, consents pending, meetings, feedback and
development goals."""

from __future__ import annotations

import csv

from django.db.models import Avg, Count, Sum
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.text import turkish_sort_key
from programs.claims.totals import SECTIONS, dashboard_totals
from programs.exports import neutralise
from programs.followup.plans import goals_per_call
from programs.followup.proposals import completed_with_proposal
from programs.matching import states as match_states
from programs.models import Application, CallPage, Feedback, Match, Meeting, Party
from programs.privacy.access_log import AccessRecord, record_access
from programs.secretariat import secretariat_only


def applications_per_call() -> list[dict]:
    """{title, counts by status} per call, every language together, under the title of the call's first page."""
    rows = Application.objects.values("call_key", "call_id", "status").annotate(n=Count("pk")).order_by()
    titles = {}
    for key, title in CallPage.objects.order_by("-pk").values_list("translation_key", "title"):
        titles[key] = title  # the last written is the first page's
    pages = dict(CallPage.objects.values_list("pk", "title"))
    per_call: dict = {}
    for row in rows:
        group = row["call_key"] or row["call_id"]
        title = titles.get(row["call_key"]) or pages.get(row["call_id"], "")
        counts = per_call.setdefault(group, {"title": title, "counts": {}})["counts"]
        counts[row["status"]] = counts.get(row["status"], 0) + row["n"]
    return sorted(per_call.values(), key=lambda call: turkish_sort_key(call["title"]))


def dashboard_data():
    today = timezone.localdate()
    per_call = applications_per_call()
    states = dict(Match.objects.values_list("state").annotate(n=Count("pk")))
    pending = []
    for match in Match.objects.filter(state__in=[match_states.PROPOSED, match_states.AWAITING_CONSENT]).select_related("mentee", "mentor", "group").prefetch_related("consents"):
        missing = match.missing_parties()
        if missing:
            pending.append({"match": match, "missing": [Party(p).label for p in missing], "age": (today - timezone.localdate(match.created_at)).days})
    pending.sort(key=lambda row: -row["age"])
    feedback = Feedback.objects.filter(submitted_at__isnull=False)
    return {
        "statuses": Application.Status.choices,
        "per_call": per_call,
        "states": [(value, label, states.get(value, 0)) for value, label in match_states.STATE_CHOICES],
        "pending": pending,
        "meetings": Meeting.objects.count(),
        "meeting_hours": round((Meeting.objects.aggregate(total=Sum("duration_minutes"))["total"] or 0) / 60, 1),
        "feedback": [
            (label, feedback.filter(respondent=value).aggregate(avg=Avg("rating"), n=Count("pk")))
            for value, label in Feedback.Respondent.choices
        ],
        "proposals": completed_with_proposal(),
        "claims": dashboard_totals(),
        "goals": goals_per_call(),
    }


@secretariat_only
def dashboard(request):
    data = dashboard_data()
    record_access(request, AccessRecord.Action.EXPORT if request.GET.get("export") == "csv" else AccessRecord.Action.VIEW,
                  AccessRecord.Kind.MATCH, [row["match"].pk for row in data["pending"]])
    if request.GET.get("export") == "csv":
        return _dashboard_csv(data)
    claim_sections = [(key, label, data["claims"][key]) for key, label in SECTIONS.items()]
    return TemplateResponse(request, "programs/matching/dashboard.html", {
        **data, "claim_sections": claim_sections, "page_title": _("Programme dashboard"), "header_icon": "table",
    })


class _NeutralisingWriter:
    """``csv.writer`` whose text cells cannot run as formulas: call titles and names are typed by people."""

    def __init__(self, stream):
        self._writer = csv.writer(stream)

    def writerow(self, row):
        return self._writer.writerow([neutralise(str(cell)) if isinstance(cell, str) else cell for cell in row])


def _dashboard_csv(data):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="programme-dashboard.csv"'
    response.write("\ufeff")  # spreadsheets then read Turkish letters correctly
    writer = _NeutralisingWriter(response)
    writer.writerow([_("Section"), _("Item"), _("Value")])
    for call in data["per_call"]:
        for value, label in data["statuses"]:
            writer.writerow([_("Applications"), f"{call['title']} / {label}", call["counts"].get(value, 0)])
    for _value, label, count in data["states"]:
        writer.writerow([_("Matches"), label, count])
    for row in data["pending"]:
        writer.writerow([_("Consents pending"), f"{row['match']} ({', '.join(str(m) for m in row['missing'])})", row["age"]])
    writer.writerow([_("Meetings"), _("held"), data["meetings"]])
    for label, agg in data["feedback"]:
        writer.writerow([_("Feedback"), label, "" if agg["avg"] is None else round(agg["avg"], 2)])
    with_proposal, completed = data["proposals"]
    writer.writerow([_("Good practices"), _("completed matches with a proposal"), with_proposal])
    writer.writerow([_("Good practices"), _("completed matches"), completed])
    _claims_csv(writer, data["claims"])
    labels = {"matches": _("matches with a plan"), "goals": _("goals set"), "reached": _("goals reached")}
    for call in data["goals"]:
        for key, label in labels.items():
            writer.writerow([_("Development goals"), f"{call['title']} / {label}", call[key]])
    return response


def _claims_csv(writer, claims: dict) -> None:
    """Claimed and approved sums in TRY, two decimals, per programme, call, institution and year."""
    for key, heading in SECTIONS.items():
        for group in claims[key]:
            writer.writerow([_("Travel claims") + f" / {heading}", f"{group['label']} / " + _("claimed (TRY)"), f"{group['claimed']:.2f}"])
            writer.writerow([_("Travel claims") + f" / {heading}", f"{group['label']} / " + _("approved (TRY)"), f"{group['approved']:.2f}"])

