"""Applications to calls: operational records, not pages (like Hypha's submissions)."""

import secrets

from django.conf import settings
from django.contrib import admin
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.db import models, transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.cleaning import clean_texts, validate_email_domain, validate_texts
from portal.text import normalize_text


def private_storage():
    """Applicants' files never live under MEDIA_URL (see settings STORAGES["private"])."""
    return storages["private"]


def new_secret() -> str:
    return secrets.token_urlsafe(24)


#: Private links sign the record's id and its random secret with the site's SECRET_KEY
#: (`programs.applications.tokens` turns a link back into its record).
APPLICATION_SALT = "programs.application.status"
DRAFT_SALT = "programs.application.draft"


def sign(record, salt: str) -> str:
    return signing.dumps([record.pk, record.secret], salt=salt, compress=False)


REFERENCE_PREFIX = "MP"


class ReferenceCounter(models.Model):
    """One row per year; incremented under a row lock so references never collide."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("reference counter")

    @classmethod
    def next_reference(cls, year: int) -> str:
        with transaction.atomic():
            cls.objects.get_or_create(year=year)
            counter = cls.objects.select_for_update().get(year=year)
            counter.last += 1
            counter.save(update_fields=["last"])
        return f"{REFERENCE_PREFIX}-{year}-{counter.last:05d}"


#: What the admin's application search looks in (the institution chosen from the list is matched by its
#: own name at search time, so renaming an institution needs no rewrite here).
SEARCH_TEXT_SOURCES = frozenset({"reference", "name", "email", "institution_other", "unit", "position", "description", "answers"})


def search_text_for(application) -> str:
    """The folded copy of an application's searched texts: Turkish lower case, ASCII letters (search/text.py's
    `normalize_text`), one line per text. Works on historical models too (used by the migration that fills it)."""
    texts = [application.reference, application.name, application.email, application.institution_other,
             application.unit, application.position, application.description]
    for answer in (application.answers or {}).values():
        if isinstance(answer, str):
            texts.append(answer)
        elif isinstance(answer, (list, tuple)):
            texts.extend(str(item) for item in answer)
    return "\n".join(normalize_text(" ".join(str(text).split())) for text in texts if text)


def search_query_words(query: str) -> list[str]:
    """The words of an admin search, folded the same way."""
    words = (word.strip(".,;:!?\"'()[]«»“”‘’") for word in normalize_text(query).split())
    return list(dict.fromkeys(word for word in words if word))


#: Texts the applicant types, by kind (portal.cleaning): one line, or several.
SINGLE_LINE_TEXTS = ("name", "phone", "institution_other", "unit", "position", "availability")
MULTI_LINE_TEXTS = ("description",)


class Application(models.Model):
    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        UNDER_REVIEW = "under_review", _("Under review")
        ELIGIBLE = "eligible", _("Eligible")
        INELIGIBLE = "ineligible", _("Ineligible")
        SHORTLISTED = "shortlisted", _("Shortlisted")
        MATCHED = "matched", _("Matched")
        WAITLISTED = "waitlisted", _("Waitlisted")
        NOT_SELECTED = "not_selected", _("Not selected")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Role(models.TextChoices):
        MENTEE = "mentee", _("Mentee (I need knowledge or support)")
        MENTOR = "mentor", _("Mentor (I offer expertise)")

    class Format(models.TextChoices):
        FACE_TO_FACE = "face_to_face", _("Face-to-face")
        ONLINE = "online", _("Online")
        EITHER = "either", _("Either")

    call = models.ForeignKey("programs.CallPage", verbose_name=_("call"), on_delete=models.PROTECT, related_name="applications")
    #: The call's translation group: the Turkish and English pages of one call are one call, with one pool
    #: and one application per e-mail. `call` stays the page the applicant used (its questions and language).
    #: Empty only for a duplicate withdrawn when the languages were joined (migration 0012).
    call_key = models.UUIDField(_("call (every language)"), null=True, blank=True, editable=False, db_index=True)
    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.SUBMITTED)
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"), max_length=254)
    phone = models.CharField(_("phone"), max_length=30)
    institution = models.ForeignKey(
        "programs.Institution", verbose_name=_("institution"), null=True, blank=True, on_delete=models.PROTECT, related_name="applications"
    )
    institution_other = models.CharField(_("other institution"), max_length=200, blank=True)
    unit = models.CharField(_("unit"), max_length=200, blank=True)
    position = models.CharField(_("position"), max_length=200, blank=True)
    themes = models.ManyToManyField("programs.Theme", verbose_name=_("themes"), blank=True, related_name="applications")
    description = models.TextField(_("description"))
    preferred_format = models.CharField(_("preferred format"), max_length=20, choices=Format.choices, default=Format.EITHER)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    availability = models.CharField(_("availability"), max_length=300, blank=True)
    answers = models.JSONField(_("answers to the call's questions"), default=dict, blank=True)
    data_consent = models.BooleanField(_("consent to data processing"), default=False)
    publication_consent = models.BooleanField(_("consent to be named publicly"), default=False)
    privacy_notice = models.ForeignKey(
        "home.PrivacyNoticeVersion", verbose_name=_("privacy notice version"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+", help_text=_("Empty: agreed before notice versions were kept."),
    )
    privacy_agreed_at = models.DateTimeField(_("privacy notice agreed at"), null=True, blank=True)
    language = models.CharField(_("applicant's language"), max_length=10, default="tr")
    is_manual = models.BooleanField(_("added by the secretariat"), default=False)
    secret = models.CharField(max_length=64, default=new_secret, editable=False)
    created_at = models.DateTimeField(_("submitted at"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    #: Set when retention or an erasure request removed the personal data (programs.privacy.anonymise).
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True, editable=False)
    anonymised_reason = models.CharField(_("why anonymised"), max_length=200, blank=True, editable=False)
    #: The searched texts folded like the site search folds them (see `search_text_for`), so that the
    #: admin's search finds "Coğrafyacı" by "cografyaci" and "Örnek" by "örnek" on SQLite and PostgreSQL.
    search_text = models.TextField(editable=False, blank=True, default="")

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(Lower("email"), "call_key", name="one_application_per_email_per_call")]

    def __str__(self):
        return f"{self.reference} · {self.name}"

    def clean(self):
        """The public form's text and e-mail rules for every other path (the secretariat's add and edit forms)."""
        super().clean()
        errors = {}
        try:
            if self.email:
                validate_email_domain(self.email)
        except ValidationError as error:
            errors["email"] = error.messages
        validate_texts(self, SINGLE_LINE_TEXTS, MULTI_LINE_TEXTS, errors)

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        clean_texts(self, SINGLE_LINE_TEXTS, MULTI_LINE_TEXTS)
        if self.call_key is None and self.call_id and not self.pk:
            self.call_key = self.call.translation_key
        if not self.reference:
            self.reference = ReferenceCounter.next_reference((self.created_at or timezone.now()).year)
        update_fields = kwargs.get("update_fields")
        if update_fields is None or SEARCH_TEXT_SOURCES.intersection(update_fields):
            self.search_text = search_text_for(self)
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(*args, **kwargs)

    @property
    @admin.display(description=_("Institution"))  # the admin listing's column heading
    def institution_name(self) -> str:
        return self.institution.name if self.institution_id else self.institution_other

    @property
    @admin.display(description=_("Privacy notice"))
    def privacy_notice_label(self) -> str:
        """Which notice text the applicant agreed to; rows from before versions were kept say so."""
        if self.privacy_notice_id is None:
            return gettext("before versions were kept")
        return self.privacy_notice.label()

    @property
    def theme_names(self) -> str:
        return ", ".join(theme.name for theme in self.themes.all())

    @classmethod
    def of_call(cls, call):
        """The call's applications in every language (``call`` may be any of its pages)."""
        return cls.objects.filter(call_key=call.translation_key)

    def status_token(self) -> str:
        return sign(self, APPLICATION_SALT)


class ApplicationEvent(models.Model):
    """One line of an application's history: who changed what, when and why."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events", verbose_name=_("application"))
    from_status = models.CharField(_("from"), max_length=20, choices=Application.Status.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=20, choices=Application.Status.choices)
    note = models.TextField(_("note"), blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        verbose_name = _("application event")
        verbose_name_plural = _("application history")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.from_status or '-'} → {self.to_status}"


class ApplicationAttachment(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("application"))
    file = models.FileField(_("file"), storage=private_storage, upload_to="applications/%Y/%m/", max_length=255)
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveIntegerField(_("size (bytes)"))

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.original_name


class ApplicationDraft(models.Model):
    """A half-filled form the applicant resumes through a private link.

    Files are not kept in drafts (the applicant attaches them on sending);
    a draft expires when its call closes.
    """

    call = models.ForeignKey("programs.CallPage", on_delete=models.CASCADE, related_name="drafts", verbose_name=_("call"))
    email = models.EmailField(max_length=254)
    data = models.JSONField(default=dict)
    language = models.CharField(max_length=10, default="tr")
    privacy_notice = models.ForeignKey(
        "home.PrivacyNoticeVersion", verbose_name=_("privacy notice version"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+", help_text=_("Empty: agreed before notice versions were kept."),
    )
    privacy_agreed_at = models.DateTimeField(_("privacy notice agreed at"), null=True, blank=True)
    secret = models.CharField(max_length=64, default=new_secret, editable=False, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("application draft")
        verbose_name_plural = _("application drafts")

    @property
    def expires_at(self):
        return self.call.closes_at

    def is_expired(self, now=None) -> bool:
        return not self.call.is_open(now)
