"""Demo good-practice proposals: the completed match's mentee has proposed one through their private link, so
after loading a draft good practice waits in the moderators' "Awaiting your review" list."""

from demo.loader.common import data
from programs.followup import proposals
from programs.matching import states as match_states
from programs.models import GoodPracticeProposal, Match


def load(stdout) -> None:
    added = 0
    for spec in data("proposals")["proposals"]:
        match = Match.objects.filter(mentee__email=spec["mentee"], state=match_states.COMPLETED).first()
        if match is None or GoodPracticeProposal.objects.filter(match=match, respondent=spec["respondent"]).exists():
            continue
        proposals.propose(
            match, spec["respondent"], language=spec["language"], consent_to_be_named=spec["consent_to_be_named"], **spec["answers"]
        )
        added += 1
    stdout.write(f"Good-practice proposals: {added} new, each a draft awaiting moderation." if added else "Good-practice proposals: nothing to add.")
