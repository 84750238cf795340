/* Accessible names for the page editor's text fields that Wagtail leaves unnamed (axe: "label",
   "aria-input-field-name"), so a screen reader announces what is being edited:
   - Draftail's rich text box is a contenteditable div while the field's <label for> points at the
     hidden input it replaces (wagtail/wagtail#14205): the box is labelled by that label;
   - a block placed directly in a StreamField (heading, rich text) shows its type in the block's
     header instead of a <label>: its input is labelled by that type ("Heading", "Rich text").
   Runs on load and whenever the editor adds fields (new blocks, Draftail rendering late).
   Remove when Wagtail names them itself. */
(function () {
  "use strict";
  var FIELDS = "input:not([type=hidden]), textarea, select, [role=textbox][contenteditable]";
  var counter = 0;

  function idFor(el, suffix) {
    if (!el.id) { el.id = "portal-name-" + suffix + "-" + (counter += 1); }
    return el.id;
  }

  function isNamed(field) {
    if (field.hasAttribute("aria-label") || field.hasAttribute("aria-labelledby")) { return true; }
    return Boolean(field.id && field.labels && field.labels.length);
  }

  function labelFor(field) {
    var hidden = field.closest("[data-field]").querySelector("input[type=hidden][id]");
    var label = hidden && document.querySelector('label[for="' + window.CSS.escape(hidden.id) + '"]');
    if (field.getAttribute("role") === "textbox" && label) { return label; }
    // The nearest enclosing block whose header names its type (list items' headers name none).
    for (var block = field.closest("section.w-panel"); block; block = block.parentElement.closest("section.w-panel")) {
      var header = block.querySelector(".w-panel__header");
      var type = header && header.querySelector(".c-sf-block__type");
      if (type && type.textContent.trim()) { return type; }
    }
    return null;
  }

  function name(root) {
    root.querySelectorAll(FIELDS).forEach(function (field) {
      if (isNamed(field) || !field.closest("[data-field]")) { return; }
      var label = labelFor(field);
      if (label) { field.setAttribute("aria-labelledby", idFor(label, "label")); }
    });
  }

  function start() {
    var form = document.querySelector("[data-edit-form], form#page-edit-form") || document.body;
    name(form);
    var pending = false;
    new MutationObserver(function () {
      if (pending) { return; }
      pending = true;
      window.requestAnimationFrame(function () { pending = false; name(form); });
    }).observe(form, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
