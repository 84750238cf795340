"""change_status leaves a history line, an audit-log entry and, for decisions, an e-mail."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from wagtail.models import ModelLogEntry

from programs.models import Application
from programs.applications.states import LOG_ACTION, TransitionError, change_status
from tests.factories.applications import ApplicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def applications(open_call):
    """A submitted application and a shortlisted one in Turkish, as production records them."""
    return [
        ApplicationFactory(call=open_call("tr")),
        ApplicationFactory(call=open_call("tr"), statuses=["under_review", "eligible", "shortlisted"]),
    ]


def test_a_step_is_recorded_in_history_and_audit_log_without_email():
    application = Application.objects.filter(status="submitted").first()
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    change_status(application, "under_review", user=user, note="Looks complete")
    event = application.events.last()
    assert (event.from_status, event.to_status, event.user, event.note) == ("submitted", "under_review", user, "Looks complete")
    entry = ModelLogEntry.objects.filter(action=LOG_ACTION, object_id=str(application.pk)).latest("timestamp")
    assert entry.user == user and entry.data["to"] == "under_review"
    assert mail.outbox == []


def test_a_decision_is_emailed_in_the_applicants_language():
    application = Application.objects.filter(status="shortlisted", language="tr").first()
    change_status(application, "not_selected")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [application.email]
    assert "Seçilmedi" in mail.outbox[0].subject


def test_a_forbidden_move_changes_nothing():
    application = Application.objects.filter(status="submitted").first()
    events = application.events.count()
    with pytest.raises(TransitionError):
        change_status(application, "matched")
    application.refresh_from_db()
    assert application.status == "submitted" and application.events.count() == events
