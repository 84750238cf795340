"""The one field every second-step screen asks for."""

from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"), max_length=20, strip=True,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "none", "spellcheck": "false"}),
    )

    def __init__(self, *args, digits_only=False, help_text="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].help_text = help_text
        if digits_only:  # an app's six digits; recovery codes have letters
            self.fields["code"].widget.attrs.update(inputmode="numeric", pattern="[0-9 ]*")

    def reject(self, message):
        self.add_error("code", message)
