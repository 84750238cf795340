"""Two-step verification for staff: TOTP apps and one-time recovery codes (django-otp), required of the
Secretariat and superusers when ``STAFF_SECOND_FACTOR_REQUIRED`` is on, offered to everyone else."""
