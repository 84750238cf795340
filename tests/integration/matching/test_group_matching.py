"""Group mentoring: teams of mentors are filled with mentees up to their capacity."""

import pytest

from programs.matching import suggestions
from programs.matching import workflow as match_workflow
from programs.models import Application, Institution, MatchingSettings, MentoringGroup, Theme
from tests.integration.matching.matching_support import closed_call_pool, closed_call  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]


def applicant(call, role, name, institution, description, theme):
    application = Application.objects.create(
        call=call, role=role, name=name, email=f"{name.lower().replace(' ', '.')}@example.org", phone="+90 555 000 00 00",
        institution=institution, description=description, preferred_format="either", languages=["tr"],
        status=Application.Status.ELIGIBLE, data_consent=True, language="tr",
    )
    application.themes.set([theme])
    return application


@pytest.fixture
def group_call():
    call = closed_call()
    call.applications.update(status=Application.Status.WITHDRAWN)  # start from an empty pool
    theme = Theme.objects.filter(locale__language_code="tr").first()
    north, south, east, west = (Institution.objects.create(name=f"Deneme {n} Belediyesi", city=n) for n in ("Kuzey", "Güney", "Doğu", "Batı"))
    mentors = [
        applicant(call, "mentor", "Mentor Bir", north, "Bakım evlerinde vaka yönetimi ve ekip içi destek deneyimi", theme),
        applicant(call, "mentor", "Mentor İki", north, "Çocuk evlerinde bakım personeli için süpervizyon", theme),
        applicant(call, "mentor", "Mentor Üç", south, "Engelli bakım biriminde nöbet düzeni ve iletişim", theme),
    ]
    mentees = [
        applicant(call, "mentee", "Menti Bir", east, "Vaka yönetimi ve ekip içi destek konusunda bilgi almak istiyorum", theme),
        applicant(call, "mentee", "Menti İki", west, "Bakım personeli süpervizyonu hakkında deneyim arıyorum", theme),
        applicant(call, "mentee", "Menti Üç", east, "Nöbet düzeni ve iletişim üzerine öğrenmek istiyorum", theme),
        applicant(call, "mentee", "Menti Dört", north, "Bakım evlerinde ekip içi destek", theme),
    ]
    team_a = MentoringGroup.objects.create(call=call, name="Takım A", capacity=2)
    team_a.mentors.set(mentors[:2])
    team_b = MentoringGroup.objects.create(call=call, name="Takım B", capacity=1)
    team_b.mentors.set(mentors[2:])
    settings, _ = MatchingSettings.objects.get_or_create(call=call)
    settings.mode = MatchingSettings.Mode.GROUP
    settings.save()
    return call, mentees, (team_a, team_b)


def test_optimiser_fills_each_team_up_to_its_capacity(group_call):
    call, mentees, (team_a, team_b) = group_call
    result = suggestions.for_call(call)
    assigned = [(mentee, team) for mentee, team, _score, _lines in result.rows]
    per_team = {team.pk: sum(1 for _m, t in assigned if t.pk == team.pk) for team in (team_a, team_b)}
    assert per_team == {team_a.pk: 2, team_b.pk: 1}
    assert len({m.pk for m, _t in assigned}) == 3


def test_a_mentee_never_joins_a_team_with_a_mentor_from_their_own_institution(group_call):
    call, mentees, (team_a, _team_b) = group_call
    same_institution = mentees[3]  # from the institution of both team A mentors
    result = suggestions.for_call(call)
    for mentee, team, _score, _lines in result.rows:
        assert mentee.institution_id not in {m.institution_id for m in team.mentors.all()}
    assert (same_institution.pk, team_a.pk) not in {(m.pk, t.pk) for m, t, _s, _l in result.rows}


def test_accepting_a_group_suggestion_creates_a_proposed_group_match(group_call):
    call, _mentees, _teams = group_call
    mentee, team, score, _lines = suggestions.for_call(call).rows[0]
    match = match_workflow.create_match(call, mentee, group=team, score=score)
    assert match.state == "proposed" and match.group == team and match.mentor is None
    refreshed = suggestions.for_call(call)
    assert mentee.pk not in {m.pk for m, _t, _s, _l in refreshed.rows}
