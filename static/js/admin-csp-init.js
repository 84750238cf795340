/* Initialise Wagtail admin widgets from data attributes instead of inline <script>s,
   which the admin's CSP (script-src 'self') blocks. The markup comes from
   templates/wagtailadmin/ (date/time widgets, inline panels) and home/admin_csp.py
   (choosers). Elements are initialised in document order, like the scripts they
   replace, on load and whenever Wagtail inserts new ones (inline forms, modals). */
(function () {
  "use strict";
  var SELECTOR = [
    "[data-portal-date-chooser]", "[data-portal-datetime-chooser]", "[data-portal-time-chooser]",
    "[data-portal-chooser]", "[data-portal-chooser-factory]", "[data-portal-inline-panel]"
  ].map(function (s) { return s + ":not([data-ready])"; }).join(", ");

  function config(el) { return JSON.parse(el.getAttribute("data-config")); }

  function global(name) {
    var fn = /^[A-Za-z_$][\w$]*$/.test(name) ? window[name] : undefined;
    if (typeof fn !== "function") { throw new Error("admin-csp-init: no global " + name); }
    return fn;
  }

  function initOne(el) {
    var d = el.dataset;
    if (d.portalDateChooser) { global("initDateChooser")(d.portalDateChooser, config(el)); }
    else if (d.portalDatetimeChooser) { global("initDateTimeChooser")(d.portalDatetimeChooser, config(el)); }
    else if (d.portalTimeChooser) { global("initTimeChooser")(d.portalTimeChooser, config(el)); }
    else if (d.portalChooser) { new (global(d.portalChooser))(d.chooserId, config(el)); }
    else if (d.portalChooserFactory) { global(d.portalChooserFactory)(d.chooserId); }
    else if (d.portalInlinePanel) { new (global(d.portalInlinePanel))(config(el)); }
  }

  function init() {
    // querySelectorAll returns matches in document order, whatever the selector list order.
    document.querySelectorAll(SELECTOR).forEach(function (el) {
      el.setAttribute("data-ready", "");
      try { initOne(el); } catch (error) { console.error(error); }
    });
  }

  function start() {
    init();
    new MutationObserver(function (mutations) {
      if (mutations.some(function (m) { return m.addedNodes.length; })) { init(); }
    }).observe(document.body, { childList: true, subtree: true });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
