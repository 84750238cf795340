"""``manage.py db_worker`` as its own process, for ``test_task_recovery``: tasks in the database the test names
(``DATABASE_URL``), e-mails written as files to ``EMAIL_FILE_PATH``, and, with ``HOLD_TASKS`` set, every
applicant e-mail held before it is sent (a mail server that does not answer) until the process is killed.

Run as ``python -m tests.integration.site.worker_process [db_worker options]`` from the project directory.
"""

import os
import sys
import time

from django.conf import settings


def configure() -> None:
    from portal.settings import test  # the test settings, read before Django is set up

    values = {name: getattr(test, name) for name in dir(test) if name.isupper()}
    values["TASKS"] = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    values["EMAIL_BACKEND"] = "django.core.mail.backends.filebased.EmailBackend"
    values["EMAIL_FILE_PATH"] = os.environ["EMAIL_FILE_PATH"]
    settings.configure(**values)


def hold_applicant_emails() -> None:
    from programs.applications import emails  # needs the apps loaded

    build = emails.build

    def held(kind, object_id):
        time.sleep(3600)  # the test kills the process long before
        return build(kind, object_id)

    emails.build = held


if __name__ == "__main__":
    configure()
    import django  # noqa: E402 - after the settings are configured

    django.setup()
    if os.environ.get("HOLD_TASKS"):
        hold_applicant_emails()
    from django.core.management import call_command  # noqa: E402

    call_command("db_worker", *sys.argv[1:])
