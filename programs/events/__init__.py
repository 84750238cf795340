"""Registration for events: seats, a waiting list, a private cancel link and attendance (see registering.py)."""
