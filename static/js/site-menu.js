// The compact header menu on narrow screens. Without this script the "Menu" link
// opens the menu through CSS :target; with it the link becomes a disclosure button.
(function () {
  "use strict";
  function enhance() {
    var link = document.querySelector("[data-menu-toggle]");
    var menu = document.getElementById("site-menu");
    if (!link || !menu) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.textContent = link.textContent;
    button.setAttribute("aria-controls", "site-menu");
    button.setAttribute("aria-expanded", "false");
    link.replaceWith(button);
    menu.classList.add("main-nav--enhanced");
    var close = menu.querySelector(".menu-close");
    if (close) close.remove();
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      menu.classList.toggle("is-open", open);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        button.setAttribute("aria-expanded", "false");
        menu.classList.remove("is-open");
        button.focus();
      }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhance);
  else enhance();
})();
