import pytest

from portal.text import turkish_lower, turkish_sort_key


def test_turkish_letters_sort_in_alphabet_order():
    words = ["Zabıta", "Çevre", "İmar", "Ulaşım", "Şehir", "Ödeme", "Iğdır", "Cami", "Gölbaşı", "Ğ-test", "Hukuk", "Üsküdar", "Ilgaz"]
    assert sorted(words, key=turkish_sort_key) == [
        "Cami", "Çevre", "Gölbaşı", "Ğ-test", "Hukuk", "Iğdır", "Ilgaz", "İmar", "Ödeme", "Şehir", "Ulaşım", "Üsküdar", "Zabıta",
    ]


def test_dotted_and_dotless_i_fold_the_turkish_way():
    assert turkish_lower("İSTANBUL") == "istanbul"
    assert turkish_lower("IĞDIR") == "ığdır"
    assert turkish_sort_key("ılık") < turkish_sort_key("iğne")


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("tr", "iyi uygulama", "İyi uygulama"),
    ("tr", "ılık su", "Ilık su"),
    ("tr", "çağrı", "Çağrı"),
    ("en", "iyi uygulama", "Iyi uygulama"),
    ("en", "good practice", "Good practice"),
    ("tr", "", ""),
])
def test_capfirst_uses_turkish_letter_case_in_turkish(language, text, expected):
    from django.utils import translation

    from portal.text import capfirst

    with translation.override(language):
        assert capfirst(text) == expected
