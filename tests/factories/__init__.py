"""Factories for the integration tests: each test builds just the pages and records it needs.

One module per domain (site, taxonomy, calls, applications, matching, followup,
resources). Pages are created in both languages the way the demo loader does it
(``demo.loader.pages.ensure_page``): the Turkish page first, the English one a
``copy_for_translation`` of it, both published. Records go through the functions
production uses (``programs.states``, ``programs.match_workflow``…).
"""
