"""Shared helpers for the matching tests: users by role and a closed call whose pool is built like the demo's.

``closed_call_pool`` builds the closed group call for care staff with five
applicants (Aylin and Gül matched to each other, Hakan waitlisted, Serkan
ineligible, Zeynep shortlisted and left unmatched), the active match of Gül
with Aylin (consents, two meetings) and its published announcement.
"""

import datetime

import pytest
from django.core import mail
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.users.models import UserProfile

from home import roles
from programs.matching import announcements, states as match_states, workflow as match_workflow, suggestions
from programs.followup.meetings import log_meeting
from programs.models import Application, ConsentMethod, Match, MeetingFormat, Party
from tests.factories.applications import ApplicationFactory
from tests.factories.site import news_index
from tests.factories.taxonomy import InstitutionFactory

TODAY = timezone.localdate


def user_in(group_name: str, username: str):
    user = get_user_model().objects.create_user(username=username, password="x", email=f"{username}@example.org")
    user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # assertions read the English admin
    profile.save()
    return user


@pytest.fixture
def secretariat(client):
    user = user_in(roles.SECRETARIAT, "sekreterya")
    client.force_login(user)
    return user


def app(email) -> Application:
    return Application.objects.select_related("call").get(email=email)


def zeynep():
    """Shortlisted mentee of the closed call, left unmatched by the demo."""
    return app("zeynep.kurgu@example.org")


def hakan():
    """Waitlisted mentor of the closed call, another institution than Zeynep's."""
    return app("hakan.deneme@example.org")


def closed_call():
    return zeynep().call.specific


def proposed_match(**assignment) -> Match:
    mentee, mentor = zeynep(), hakan()
    today = TODAY()
    assignment = {"start_date": today, "end_date": today + datetime.timedelta(days=90), **assignment}
    return match_workflow.create_match(mentee.call.specific, mentee, mentor=mentor, **assignment)


def with_consents(match, parties=tuple(Party.values)) -> Match:
    for party in parties:
        match_workflow.record_consent(match, party, TODAY(), ConsentMethod.LETTER)
    return match


MATCHED = ["under_review", "eligible", "shortlisted", "matched"]
POOL = [  # (name, e-mail, institution, role, themes, description, format, statuses, named publicly), in the demo's order
    ("Aylin Kurgusal", "aylin.kurgusal@example.org", "Kuzeyşehir Aile ve Sosyal Hizmetler İl Müdürlüğü", "mentor", ["social_services"],
     "On iki yıldır çocuk evlerinde sosyal çalışmacı olarak görev yapıyorum. Çocukların ve gençlerin gelişim dönemleri, ergenlik "
     "döneminde iletişim ve bakım personelinin stres yönetimi üzerine grup çalışmaları yürüttüm.", "face_to_face", MATCHED, True),
    ("Hakan Deneme", "hakan.deneme@example.org", "Kuzeyşehir Büyükşehir Belediyesi", "mentor", ["social_services", "hr"],
     "Belediyemizin çocuk ve gençlik merkezlerinde psikolog olarak çalışıyorum. Davranış sorunlarıyla baş etme, ergenlik döneminde "
     "iletişim ve zor durumlarda stres yönetimi konularında bakım personeline destek verebilirim.", "face_to_face",
     ["under_review", "eligible", "shortlisted", "waitlisted"], False),
    ("Gül Taslak", "gul.taslak@example.org", "Sahilkent Belediyesi", "mentee", ["social_services"],
     "Belediyemizin çocuk ve gençlik merkezinde bakım personeli olarak çalışıyorum. Ergenlik dönemindeki gençlerle iletişim ve "
     "gelişim dönemlerine uygun etkinlik planlama konusunda kendimi geliştirmek istiyorum.", "face_to_face", MATCHED, False),
    ("Serkan Örnekoğlu", "serkan.ornekoglu@example.org", "Kayalıdere Belediyesi", "mentee", ["social_services", "hr"],
     "Belediyemizin gündüz bakım evinde çocuklarla çalışıyorum. Davranış sorunlarıyla baş etme ve yoğun iş temposunda stres "
     "yönetimi konusunda deneyimli meslektaşlardan destek almak istiyorum.", "face_to_face", ["under_review", "ineligible"], True),
    ("Zeynep Kurgu", "zeynep.kurgu@example.org", "Yaylakent Belediyesi", "mentee", ["social_services"],
     "Göreve yeni başladım; çocukların ve gençlerin gelişim dönemlerini ve farklı yaşlardaki ihtiyaçlarını daha iyi öğrenmek "
     "istiyorum. Kendim için bir gelişim planı hazırlayıp grupla birlikte uygulamayı hedefliyorum.", "either",
     ["under_review", "eligible", "shortlisted"], False),
]


POSITIONS = ["Sosyal Çalışmacı", "Psikolog", "Bakım Personeli", "Bakım Personeli", "Bakım Personeli"]


@pytest.fixture
def closed_call_pool(site_tree, closed_group_call, themes):
    """The closed group call with the demo's five applicants, the active match of Gül with Aylin and its announcement."""
    call = closed_group_call("tr")
    news_index(site_tree)
    for n, (name, email, institution, role, keys, description, fmt, statuses, named) in enumerate(POOL):
        ApplicationFactory(
            call=call, name=name, email=email, phone=f"+90 500 000 00 {9 + n:02d}", role=role,
            institution=InstitutionFactory(name=institution), themes=[themes[key] for key in keys], description=description,
            preferred_format=fmt, languages=["tr"], publication_consent=named, statuses=statuses,
        )
    for application, position in zip(Application.objects.filter(call=call).order_by("pk"), POSITIONS):
        Application.objects.filter(pk=application.pk).update(position=position)
    mentee, mentor = app("gul.taslak@example.org"), app("aylin.kurgusal@example.org")
    today = TODAY()
    score, lines, _blocked = suggestions.explain_pair(call, mentee, mentor)
    match = match_workflow.create_match(
        call, mentee, mentor=mentor, score=score, explanation=lines, start_date=today - datetime.timedelta(days=12),
        end_date=today + datetime.timedelta(days=170), format="face_to_face",
    )
    for offset, party in enumerate(Party.values):
        match_workflow.record_consent(match, party, today - datetime.timedelta(days=20 - offset), ConsentMethod.LETTER)
    match_workflow.transition(match, match_states.CONFIRMED)
    match_workflow.transition(match, match_states.ACTIVE)
    for days, topic in ((10, "Tanışma ve gelişim planı"), (3, "Ergenlik döneminde iletişim")):
        log_meeting(match, held_on=today - datetime.timedelta(days=days), format=MeetingFormat.FACE_TO_FACE,
                             duration_minutes=90, topic=topic, notes="Kayıt.")
    for page in announcements.create_announcement(call).values():
        page.get_latest_revision().publish()
    mail.outbox.clear()  # the demo's e-mails were sent before the test, too
    return call
