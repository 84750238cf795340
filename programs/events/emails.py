"""E-mails to registrants, in the registrant's language, sent by a background task (as applicants' e-mails are).

"confirmed" and "moved_up" carry the event's .ics file; every e-mail carries the private link to cancel.
"""

from django.urls import reverse
from django.utils import translation
from django_tasks import task

from home.ical import event_calendar
from programs.events.models import EventRegistration
from programs.events.tokens import make_registration_token
from programs.mail import call_in_language, public_url, render_message, send_once, task_key

#: The template of each kind of e-mail (programs/emails/<template>_subject.txt and _body.txt).
TEMPLATES = {"confirmed": "event_confirmed", "waiting": "event_waiting", "moved_up": "event_moved_up"}
WITH_CALENDAR = ("confirmed", "moved_up")


def registration_path(registration) -> str:
    with translation.override(registration.language):
        return reverse("events_public:registration", args=[make_registration_token(registration)])


def build(kind: str, registration_id: int):

    registration = EventRegistration.objects.select_related("event").get(pk=registration_id)
    event = call_in_language(registration.event, registration.language)  # the event's page in their language
    context = {
        "registration": registration, "event": event, "link": public_url(registration_path(registration)),
        "position": registration.waiting_position(),
    }
    message = render_message(TEMPLATES[kind], registration.language, context, registration.email)
    if kind in WITH_CALENDAR:
        message.attach(f"{event.slug}.ics", event_calendar(event, None), "text/calendar")
    return message


@task(takes_context=True)
def send_email(context, kind: str, registration_id: int) -> None:
    send_once(task_key(context), build(kind, registration_id))


def enqueue(kind: str, registration_id: int) -> None:
    send_email.enqueue(kind, registration_id)
