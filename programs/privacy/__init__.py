"""Personal data under KVKK: notices, retention, requests, access on record."""
