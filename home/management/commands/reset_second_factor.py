"""Remove a staff member's authenticator app and recovery codes so that they enrol again at the next login
(a lost phone, used-up recovery codes). The reset is kept in the audit log."""

from django.contrib.auth import get_user_model
from django.core.management import BaseCommand, CommandError
from wagtail.log_actions import log

from home.two_step import rules

LOG_RESET = "home.second_factor_reset"


class Command(BaseCommand):
    help = "Remove a staff member's second-factor devices (app and recovery codes); they set up a new one at next login."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user with the username {username!r}.")
        had_device = rules.has_device(user)
        rules.remove_all(user)
        log(instance=user, action=LOG_RESET, user=None, data={"had_device": had_device})
        if had_device:
            self.stdout.write(self.style.SUCCESS(f"Second factor of {username} removed: they set up a new one at their next login."))
        else:
            self.stdout.write(f"{username} had no second factor; nothing removed (the reset is logged).")
