"""Private links for applicants: signed and unguessable, so no account is needed.

The token carries the record's id and its random secret, signed with the
site's SECRET_KEY: a tampered token fails the signature, a forged one would
also need the secret. Views turn any failure into a 404.
"""

from django.core import signing
from django.http import Http404

APPLICATION_SALT = "programs.application.status"
DRAFT_SALT = "programs.application.draft"


def _make(obj, salt: str) -> str:
    return signing.dumps([obj.pk, obj.secret], salt=salt, compress=False)


def _load(model, token: str, salt: str):
    try:
        pk, secret = signing.loads(token, salt=salt)
        return model.objects.get(pk=int(pk), secret=str(secret))
    except (signing.BadSignature, ValueError, TypeError, model.DoesNotExist) as exc:
        raise Http404("Unknown link") from exc


def make_application_token(application) -> str:
    return _make(application, APPLICATION_SALT)


def application_from_token(token: str):
    from programs.models import Application

    return _load(Application, token, APPLICATION_SALT)


def make_draft_token(draft) -> str:
    return _make(draft, DRAFT_SALT)


def draft_from_token(token: str):
    from programs.models import ApplicationDraft

    return _load(ApplicationDraft, token, DRAFT_SALT)
