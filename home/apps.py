from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from django.db.models.signals import post_migrate

        from home.locales import ensure_locales

        post_migrate.connect(ensure_locales, sender=self)

        from django.db.models.signals import pre_save
        from wagtail_localize.models import StringTranslation

        from home.slugs import fold_translated_slug

        pre_save.connect(fold_translated_slug, sender=StringTranslation, dispatch_uid="home_fold_translated_slug")

        from django.core import checks

        from portal import site_address

        post_migrate.connect(site_address.sync_after_migrate, sender=self, dispatch_uid="portal_site_address")
        checks.register(site_address.check_site_address)

        from home import admin_csp

        admin_csp.install()

        from home import workflow_names

        workflow_names.connect()

        from home import notices

        notices.connect()

        from home.models import EventPage, SiteText
        from home.taxonomy import Institution, Theme
        from portal import page_cache

        page_cache.connect()
        page_cache.watch(SiteText, Theme, Institution)
        page_cache.clock(EventPage, "starts_at", "ends_at", "registration_closes_at")
