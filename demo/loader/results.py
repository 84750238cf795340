"""The results page (whole programme), one per programme, and the open-data page, in every language."""

from demo.loader.common import data, languages
from demo.loader.pages import ensure_page, home_page
from demo.loader.programmes import programme_pages
from programs.results.pages import OpenDataPage, ResultsPage


def load(stdout) -> None:
    texts = data("results")
    ensure_page(
        home_page(), ResultsPage, "results", {code: {**texts["results"][code], "show_in_menus": True} for code in languages()}
    )
    for key, pages in programme_pages().items():
        ensure_page(pages["tr"], ResultsPage, f"results:{key}", {code: texts["programme_results"][key][code] for code in languages()})
    ensure_page(
        home_page(), OpenDataPage, "open-data", {code: {**texts["open_data"][code], "show_in_menus": True} for code in languages()}
    )
    stdout.write(f"Results: a results page for the programme and for each of {len(programme_pages())} programmes; open data.")
