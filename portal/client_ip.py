"""The client's address behind a known number of reverse proxies (login lockout, rate limits).

X-Forwarded-For is read only when TRUSTED_PROXY_COUNT says how many proxies of ours add to it: each
appends the address it saw, so the client is the Nth entry from the right. Entries further left were
sent by the client and could be anything; without the setting the header is ignored entirely.
"""

from django.conf import settings


def client_ip(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "") or ""
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if count <= 0 or not forwarded:
        return remote
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    if not hops:
        return remote
    return hops[-count] if len(hops) >= count else hops[0]
