"""Synced translations go through the "Moderators approval" workflow like every other page change.

wagtail-localize (1.14, and its main branch) replaces a translated page's editor with its own
translation editor. There, the only way to put the translated strings into the page is
"Publish in <language>" (shown only to users who may publish), and the editor has no workflow
action at all: a Communications user could translate but never hand the result to the moderators.
Neither Wagtail nor wagtail-localize offers a setting for this (upstream issues #655 and #634 ask for
draft translations; none is implemented).

So the translation editor gets the action Wagtail's own page editor has, "Submit to <workflow>":
the translated strings become a new *draft revision* of the translated page, and the page's
workflow (the one on the root page, so on both language trees) is started or resumed with Wagtail's
own API. From there everything is standard Wagtail: the moderators get the "submitted" e-mail and see
the page under "Awaiting your review", and approving publishes exactly the submitted revision.
The synced translation is never stopped or turned into an alias, so later source changes still reach
it through "Sync translated pages".

A live translated page is a special case: wagtail-localize's own draft save
(``Translation.save_target(publish=False)``) writes the translated fields into the page row, which
is what visitors are served, so for a live page the draft is built in memory
(``get_ephemeral_translated_instance``, what its preview uses) and only stored as a revision, the way
Wagtail's editor saves a draft of a live page.

"Sync translated pages" offers "Publish immediately", another way around moderation; it is kept
for users who may publish every translated page and hidden from (and ignored for) everyone else.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, TaskState, WorkflowState
from wagtail_localize.models import Translation, TranslationLog
from wagtail_localize.views.update_translations import UpdateTranslationsView

SUBMIT = "action-submit"  # the same POST name as Wagtail's "Submit to <workflow>" menu item


def synced_translation(page):
    """The enabled wagtail-localize translation whose target is this page, if any (as localize looks it up)."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def save_translation_draft(translation, page, user):
    """Store the current translated strings as a new draft revision of the target page, without publishing."""
    page = page.specific
    if page.live:
        draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
        draft.slug = find_available_slug(draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk)
        revision = draft.save_revision(user=user, log_action=True)  # validates; the page row stays as published
        TranslationLog.objects.create(source=translation.source, locale=translation.target_locale, revision=revision)
    else:
        translation.save_target(user=user, publish=False)
    return Page.objects.get(pk=page.pk).specific


def submit_for_moderation(request, translation, page):
    """POST "action-submit" in the translation editor: save the draft and start (or resume) the workflow."""
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if not page.permissions_for_user(request.user).can_submit_for_moderation():
        raise PermissionDenied
    workflow_state = page.current_workflow_state
    try:
        with transaction.atomic():
            page = save_translation_draft(translation, page, request.user)
            if workflow_state and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
                workflow_state.resume(request.user)
                workflow_name = workflow_state.workflow.name
            else:
                workflow = page.get_workflow()
                workflow.start(page, request.user)
                workflow_name = workflow.name
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be submitted: %(errors)s") % {"errors": " ".join(error.messages)},
        )
        return redirect(edit_url)
    messages.success(
        request,
        _("The %(language)s translation '%(title)s' has been submitted to %(workflow)s.")
        % {
            "language": get_language_info(translation.target_locale.language_code)["name_translated"],
            "title": page.get_admin_display_title(),
            "workflow": workflow_name,
        },
    )
    return redirect(edit_url)


def before_edit_page(request, page):
    """Registered ahead of wagtail-localize's hook, which otherwise swallows every POST but "publish"."""
    if request.method == "POST" and request.POST.get(SUBMIT):
        translation = synced_translation(page)
        if translation is not None:
            return submit_for_moderation(request, translation, page)
    return None


def moderation_context(request, page):
    """What the translation editor's moderation bar shows for this user and page."""
    page = page.specific
    perms = page.permissions_for_user(request.user)
    workflow_state = page.current_workflow_state  # in progress or waiting for changes
    task_state = workflow_state.current_task_state.specific if workflow_state and workflow_state.current_task_state else None
    context = {
        "page": page,
        "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "workflow": page.get_workflow(),
        "workflow_state": workflow_state,
        "task_state": task_state,
        "can_submit": perms.can_submit_for_moderation(),
        "actions": [],
        "submit_label": "",
    }
    if workflow_state and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        context["submit_label"] = _("Resubmit to %(task_name)s") % {"task_name": task_state.task.name}
        context["changes_requested"] = task_state
    elif context["workflow"] is not None:
        context["submit_label"] = _("Submit to %(workflow_name)s") % {"workflow_name": context["workflow"].name}
    if workflow_state and workflow_state.status == WorkflowState.STATUS_IN_PROGRESS and task_state:
        context["actions"] = [
            {
                "label": label,
                "modal": modal,
                "url": reverse("wagtailadmin_pages:workflow_action", args=[page.pk, name, task_state.pk]),
            }
            for name, label, modal in task_state.task.specific.get_actions(page, request.user)
        ]
    return context


class WorkflowActionWithMessageView(WorkflowActionView):
    """Wagtail's workflow action (the dashboard's "Approve" / "Request changes"), plus a confirmation.

    Wagtail 8.0 performs the action and redirects without any message, so a moderator could not tell
    that approving worked.
    """

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        task_state = TaskState.objects.get(pk=self.task_state.pk)
        if task_state.status == TaskState.STATUS_IN_PROGRESS:
            return response  # nothing happened, e.g. the comment form was sent back with errors
        page = Page.objects.get(pk=self.object.pk)
        title = page.get_admin_display_title()
        if task_state.status == TaskState.STATUS_APPROVED:
            if page.live and page.live_revision_id == task_state.revision_id:
                message = _("'%(title)s' has been approved and published.") % {"title": title}
            else:
                message = _("'%(title)s' has been approved in %(task)s.") % {"title": title, "task": task_state.task.name}
        elif task_state.status == TaskState.STATUS_REJECTED:
            message = _("Changes have been requested on '%(title)s'.") % {"title": title}
        else:
            return response
        messages.success(request, message)
        return response


def user_can_publish_translations(user, source):
    """May this user publish every enabled translation of this source (what "Publish immediately" does)?"""
    if user.is_superuser:
        return True
    for translation in source.translations.filter(enabled=True):
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist:  # not created yet
            continue
        if isinstance(target, Page) and not target.permissions_for_user(user).can_publish():
            return False
    return True


class ModeratedUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", without "Publish immediately" for non-publishers."""

    def get_form(self):
        form = super().get_form()
        if not user_can_publish_translations(self.request.user, self.object):
            field = form.fields["publish_translations"]
            field.disabled = True  # a posted value is ignored: cleaned_data is False
            field.widget = forms.HiddenInput()
        return form
