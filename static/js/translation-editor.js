/* wagtail-localize's translation editor (templates/wagtail_localize/admin/edit_translation.html).
   - Its template sets window.chooserUrls in an inline script, which the admin's CSP blocks; the
     editor's page, image and document choosers read them when clicked. They come from this
     script tag's data attributes instead.
   - It renders the "Upload PO file" file input without a label (axe: label); the visible
     "Upload PO file" button opens it. The input is named after that button whenever the React
     editor (re)renders. */
(function () {
  "use strict";

  var config = document.currentScript.dataset;
  if (typeof window.chooserUrls === "undefined") {
    window.chooserUrls = {
      pageChooser: config.pageChooser,
      imageChooser: config.imageChooser,
      documentChooser: config.documentChooser,
    };
  }

  function name(root) {
    root.querySelectorAll(".js-translation-editor input[type=file]:not([aria-label])").forEach(function (input) {
      var panel = input.closest(".w-tabs__panel");
      var button = panel && panel.querySelector("button");
      if (button && button.textContent.trim()) {
        input.setAttribute("aria-label", button.textContent.trim());
      }
    });
  }

  function start() {
    var editor = document.querySelector(".js-translation-editor");
    if (!editor) { return; }
    name(document);
    new MutationObserver(function () { name(document); }).observe(editor, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
