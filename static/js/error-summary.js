/* The error summary above a form that came back with errors ([data-error-summary], or .error-summary).
 * On load it takes the focus, so keyboard and screen-reader users start from the list of problems
 * instead of the top of the page. Its links move the focus to their field (the first option of a
 * radio or checkbox group) and scroll the field's label or legend into view with it.
 * Progressive enhancement: without this file the summary and its #links still work. */
(function () {
  "use strict";

  function caption(field) {
    var group = field.closest("fieldset");
    if ((field.type === "radio" || field.type === "checkbox") && group && group.querySelector("legend")) {
      return group.querySelector("legend");
    }
    return (field.id && document.querySelector('label[for="' + field.id + '"]')) || field;
  }

  function init() {
    var summary = document.querySelector("[data-error-summary]") || document.querySelector(".error-summary");
    if (!summary) {
      return;
    }
    if (!summary.hasAttribute("tabindex")) {
      summary.setAttribute("tabindex", "-1");
    }
    summary.focus();

    summary.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest("a[href^='#']") : null;
      if (!link || !summary.contains(link)) {
        return;
      }
      var field = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!field) {
        return;
      }
      event.preventDefault();
      caption(field).scrollIntoView();
      field.focus({ preventScroll: true });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
