"""Filling the public application form in Chromium, shared by the browser tests that send one."""


def answer_call_questions(page, call):
    """Answer each of the call's own questions: the first option of a list, a tick, or a short text."""
    for question in call.questions.all():
        field = f"#id_q_{question.clean_name}"
        if question.field_type == "dropdown":
            page.select_option(field, index=1)
        elif question.field_type == "checkbox":
            page.check(field)
        else:
            page.fill(field, "A municipal e-petition portal.")


def choose_mentee_options(page):
    """Institution, role, theme, format and language: the first valid choice of each."""
    page.select_option("#id_institution", index=1)
    page.check("#id_role_0")
    page.check("#id_themes_0")
    page.check("#id_preferred_format_2")
    page.check("#id_languages_1")
