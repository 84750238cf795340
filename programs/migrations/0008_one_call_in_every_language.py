"""One call in every language: applications carry their call's translation key, and the matching of a call
(settings, excluded pairs, groups, matches) hangs on the first page of its translation group.

Existing rows move without loss. Where one e-mail applied to the same call in two languages, the earlier
application stays in the call; the later one is withdrawn (with a line in its history saying why) and keeps
an empty call key, so it stays visible in the admin but outside the pool. Its live matches are cancelled.
"""

import django.db.models.functions.text
from django.db import migrations, models
from django.utils import timezone

DUPLICATE_NOTE = "Duplicate of %s in another language of the same call; withdrawn when the call's languages were joined."


def originals(CallPage):
    """{translation_key: pk of the first page of that call}."""
    first = {}
    for pk, key in CallPage.objects.order_by("pk").values_list("pk", "translation_key"):
        first.setdefault(key, pk)
    return first


def join_languages(apps, schema_editor):
    CallPage = apps.get_model("programs", "CallPage")
    Application = apps.get_model("programs", "Application")
    ApplicationEvent = apps.get_model("programs", "ApplicationEvent")
    Match = apps.get_model("programs", "Match")
    MatchingSettings = apps.get_model("programs", "MatchingSettings")
    ExcludedPair = apps.get_model("programs", "ExcludedPair")
    MentoringGroup = apps.get_model("programs", "MentoringGroup")
    first = originals(CallPage)
    key_of = dict(CallPage.objects.values_list("pk", "translation_key"))

    kept = {}
    for application in Application.objects.order_by("created_at", "pk"):
        key = key_of[application.call_id]
        seen = kept.get((key, application.email.lower()))
        if seen is None:
            kept[(key, application.email.lower())] = application.reference
            Application.objects.filter(pk=application.pk).update(call_key=key)
            continue
        if application.status != "withdrawn":
            ApplicationEvent.objects.create(
                application=application, from_status=application.status, to_status="withdrawn",
                note=DUPLICATE_NOTE % seen, created_at=timezone.now(),
            )
            Application.objects.filter(pk=application.pk).update(status="withdrawn")
        Match.objects.filter(mentee=application).exclude(state="cancelled").update(state="cancelled", cancel_reason=DUPLICATE_NOTE % seen)

    for page_id, key in key_of.items():
        original = first[key]
        if page_id == original:
            continue
        Match.objects.filter(call_id=page_id).update(call_id=original)
        MentoringGroup.objects.filter(call_id=page_id).update(call_id=original)
        translated = MatchingSettings.objects.filter(call_id=page_id).first()
        if translated is None:
            continue
        kept_settings = MatchingSettings.objects.filter(call_id=original).first()
        if kept_settings is None:
            translated.call_id = original
            translated.save()
            continue
        for pair in ExcludedPair.objects.filter(settings=translated):
            ExcludedPair.objects.get_or_create(settings=kept_settings, mentee_id=pair.mentee_id, mentor_id=pair.mentor_id,
                                               defaults={"reason": pair.reason})
        translated.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0007_application_search_text"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="application", name="one_application_per_email_per_call"),
        migrations.AddField(
            model_name="application",
            name="call_key",
            field=models.UUIDField(blank=True, db_index=True, editable=False, null=True, verbose_name="call (every language)"),
        ),
        migrations.RunPython(join_languages, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="application",
            constraint=models.UniqueConstraint(
                django.db.models.functions.text.Lower("email"), models.F("call_key"), name="one_application_per_email_per_call"
            ),
        ),
    ]
