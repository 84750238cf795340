from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from django.db.models.signals import post_migrate

        post_migrate.connect(ensure_locales, sender=self)

        from home import admin_csp

        admin_csp.install()


def ensure_locales(**kwargs):
    """One Wagtail locale per configured language, so adding a language is
    configuration plus translation files only."""
    from django.conf import settings
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
