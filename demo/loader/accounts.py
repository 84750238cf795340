"""The demo's administrator account.

In development it has the known login that ``make run`` prints. Under
production settings it never has a known password: it gets a random one,
printed once when the account is created.
"""

import secrets

from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from portal import site_address

USERNAME, EMAIL = "admin", "admin@example.org"
DEV_PASSWORD = "mentor-demo-2026"


def ensure_admin(production: bool) -> str:
    """Create the administrator unless it exists; return the line to print about the login."""
    User = get_user_model()
    admin = site_address.absolute("/admin/")
    if User.objects.filter(username=USERNAME).exists():
        if production:
            return f"Demo admin: {admin}  user: {USERNAME} (already existed; its password is not shown)"
        return f"Demo admin: {admin}  user: {USERNAME}  password: {DEV_PASSWORD}"
    password = secrets.token_urlsafe(18) if production else DEV_PASSWORD
    user = User.objects.create_superuser(username=USERNAME, email=EMAIL, password=password)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "tr"  # editors work in Turkish first
    profile.save()
    note = "  (random, shown only this once)" if production else ""
    return f"Demo admin: {admin}  user: {USERNAME}  password: {password}{note}"
