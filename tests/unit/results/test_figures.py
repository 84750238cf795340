"""The results tables from hand-made counts with known answers: sums, suppression of small cells, secondary suppression."""

import pytest
from django.utils import translation

from programs.results import figures
from programs.results.data import CallInfo, RawCounts

A, B, C = "call-a", "call-b", "call-c"


def raw(**counts) -> RawCounts:
    calls = {
        A: CallInfo(A, "prog-1", "expert_exchange", 2025, {"tr": "Dijital Dönüşüm Çağrısı", "en": "Digital Transformation Call"}),
        B: CallInfo(B, "prog-1", "expert_exchange", 2026, {"tr": "İklim Çağrısı", "en": "Climate Call"}),
        C: CallInfo(C, "prog-2", "reverse", 2026, {"tr": "Tersine Mentorluk Çağrısı"}),
    }
    base = dict(
        calls=calls, theme_names={"t1": {"tr": "Dijital", "en": "Digital"}, "t2": {"tr": "Çevre", "en": "Environment"}},
        applications={(A, "mentee"): 12, (A, "mentor"): 8, (B, "mentee"): 3, (B, "mentor"): 9, (C, "mentee"): 6, (C, "mentor"): 6},
        themes={(A, "t1"): 15, (B, "t2"): 4, (C, "t1"): 7},
        institutions={
            (A, "metropolitan", "Kuzeyşehir BB", ""): 11, (A, "district", "Limaniçi", "Kuzeyşehir"): 9,
            (B, "district", "Limaniçi", "Kuzeyşehir"): 2, (B, "provincial", "Yaylakent", "Yaylakent"): 10,
            (C, "", "", ""): 3, (C, "union", "Birlik", ""): 9,
        },
        matches={(A, "completed"): 6, (A, "active"): 2, (A, "cancelled"): 3, (B, "proposed"): 2, (C, "confirmed"): 5},
        meetings={(A, "face_to_face"): (30, 1800, 8), (A, "online"): (7, 300, 3), (C, "online"): (4, 240, 4)},
        ratings={(A, "midpoint"): (10, 42), (A, "final"): (4, 19), (C, "final"): (2, 10)},
    )
    base.update(counts)
    return RawCounts(**base)


def by_key(tables):
    return {table.key: table for table in tables}


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_applications_by_call_with_small_cells_and_their_complement_hidden():
    table = by_key(figures.tables(raw=raw()))["applications-by-call"]
    assert [column.name for column in table.columns] == [
        "call", "year", "mentee_applications", "mentor_applications", "applications", "matches_agreed", "matches_completed",
    ]
    assert table.rows == [
        ["Digital Transformation Call", 2025, 12, 8, 20, 8, 6],
        # 3 mentees would be 12 - 9: the mentors' count goes too; no match agreed yet (0 is not hidden).
        ["Climate Call", 2026, None, None, 12, 0, 0],
        # The Turkish title stands in where a call has no English page; 5 matches agreed, none completed.
        ["Tersine Mentorluk Çağrısı", 2026, 6, 6, 12, 5, 0],
    ]


def test_themes_hide_small_cells_only():
    # An application may name several themes: no total is published, nothing to work a hidden cell out from.
    table = by_key(figures.tables(raw=raw()))["applications-by-theme"]
    assert table.rows == [["Digital", 22], ["Environment", None]]
    removed = raw(themes={(A, "t1"): 15, (C, "t3"): 30})
    assert by_key(figures.tables(raw=removed))["applications-by-theme"].rows == [["Digital", 15], ["Theme removed", 30]]


def test_one_hidden_cell_in_a_column_with_a_published_total_takes_the_next_smallest_with_it():
    table = by_key(figures.tables(raw=raw()))["applications-by-institution-type"]
    # The 3 applications from unlisted institutions are hidden; 44 applications are published in the key figures,
    # so the smallest other cell (the union's 9) is hidden too. Rows follow the order of the types.
    assert table.rows == [
        ["Metropolitan municipality", 11],
        ["Provincial municipality", 10],
        ["District municipality", 11],
        ["Union of municipalities", None],
        ["Institution not on the list", None],
    ]


def test_small_institutions_are_merged_into_one_row():
    table = by_key(figures.tables(raw=raw()))["applications-by-municipality"]
    assert table.rows == [
        ["Birlik", 9],
        ["Kuzeyşehir BB", 11],
        ["Limaniçi (Kuzeyşehir)", 11],
        ["Yaylakent (Yaylakent)", 10],
    ]
    few = raw(institutions={(A, "district", "Limaniçi", ""): 2, (A, "district", "Deniz", ""): 4, (A, "district", "Göl", ""): 7})
    table = by_key(figures.tables(raw=few))["applications-by-municipality"]
    assert table.rows == [["Göl", 7], ["Other institutions (fewer than 5 applications each)", 6]]


def test_matches_by_mode_count_agreed_states_only():
    table = by_key(figures.tables(raw=raw()))["matches-by-mode"]
    # Cancelled (3) and proposed (2) matches are not agreed.
    assert table.rows == [["Reverse mentoring", 0, 5], ["Institutional expert exchange", 6, 8]]


def test_meetings_hide_what_rests_on_fewer_than_five_matches():
    table = by_key(figures.tables(raw=raw()))["meetings-by-format"]
    # Online: 11 meetings, 9 hours, over 7 matches: shown.
    assert table.rows == [["Face-to-face", 30.0, 30], ["Online", 9.0, 11]]
    one_programme = by_key(figures.tables("prog-1", raw=raw()))["meetings-by-format"]
    # Online rests on 3 matches; the programme's meetings (37) are a key figure, so face-to-face's 30 goes too.
    assert one_programme.rows == [["Face-to-face", 30.0, None], ["Online", None, None]]


def test_satisfaction_averages_need_five_answers():
    table = by_key(figures.tables(raw=raw()))["satisfaction"]
    assert table.rows == [["Midpoint", 10, 4.2], ["Final", 6, 4.8]]
    table = by_key(figures.tables("prog-1", raw=raw()))["satisfaction"]
    assert table.rows == [["Midpoint", 10, 4.2], ["Final", None, None]]


def test_a_programme_sees_only_its_calls():
    tables = by_key(figures.tables("prog-2", raw=raw()))
    assert [row[0] for row in tables["applications-by-call"].rows] == ["Tersine Mentorluk Çağrısı"]
    assert tables["matches-by-mode"].rows == [["Reverse mentoring", 0, 5]]


def test_key_figures():
    values = [(str(figure.label), figure.value) for figure in figures.key_figures(raw=raw())]
    assert values == [
        ("institutions took part", 4), ("applications", 44), ("matches agreed", 13), ("matches completed", 6), ("meetings held", 41),
    ]
    small = raw(applications={(B, "mentee"): 3}, matches={}, meetings={})
    assert [figure.value for figure in figures.key_figures("prog-1", raw=small)] == [3, None, 0, 0, 0]


def test_no_cell_between_one_and_four_anywhere():
    for table in figures.tables(raw=raw()):
        for column_index, column in enumerate(table.columns):
            if column.kind == "count":
                assert all(row[column_index] is None or row[column_index] == 0 or row[column_index] >= 5 for row in table.rows), table.key
