"""The bilingual demo site: data files in ``data/``, one loader in ``loader/``.

Nothing outside this app (and the tests) imports it: production code must
not depend on demo content.
"""
