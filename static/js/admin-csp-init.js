/* Initialise Wagtail's date pickers from data attributes (see templates/wagtailadmin/widgets/).
   Wagtail renders an inline <script> per widget; our admin CSP forbids inline code. */
(function () {
  "use strict";
  function init(root) {
    root.querySelectorAll("[data-portal-datetime-chooser]:not([data-ready])").forEach(function (el) {
      el.setAttribute("data-ready", "");
      window.initDateTimeChooser(el.getAttribute("data-portal-datetime-chooser"), JSON.parse(el.getAttribute("data-config")));
    });
    root.querySelectorAll("[data-portal-date-chooser]:not([data-ready])").forEach(function (el) {
      el.setAttribute("data-ready", "");
      window.initDateChooser(el.getAttribute("data-portal-date-chooser"), JSON.parse(el.getAttribute("data-config")));
    });
  }
  function start() {
    if (typeof window.initDateTimeChooser !== "function") { return; }
    init(document);
    new MutationObserver(function () { init(document); }).observe(document.body, { childList: true, subtree: true });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
