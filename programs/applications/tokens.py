"""Private links for applicants: signed and unguessable, so no account is needed.

The token carries the record's id and its random secret, signed with the
site's SECRET_KEY: a tampered token fails the signature, a forged one would
also need the secret. Views turn any failure into a 404; a genuine link past
its end (programs.privacy.links) raises LinkExpired, answered with 410.
"""

from django.core import signing
from django.http import Http404

from programs.applications.models import APPLICATION_SALT, DRAFT_SALT, Application, ApplicationDraft, sign
from programs.privacy import links


def _load(model, token: str, salt: str):
    try:
        pk, secret = signing.loads(token, salt=salt)
        return model.objects.get(pk=int(pk), secret=str(secret))
    except (signing.BadSignature, ValueError, TypeError, model.DoesNotExist) as exc:
        raise Http404("Unknown link") from exc


def application_from_token(token: str):
    application = _load(Application, token, APPLICATION_SALT)
    links.check("status", links.status_link_ends_at(application, links.issued_at(token)))
    return application


def make_draft_token(draft) -> str:
    return sign(draft, DRAFT_SALT)


def draft_from_token(token: str):
    draft = _load(ApplicationDraft, token, DRAFT_SALT)
    links.check("draft", links.draft_link_ends_at(draft))
    return draft
