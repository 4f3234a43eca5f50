/* Starts Pagefind's search box on the search page, filled from ?q= when the header form sent one. */
(function () {
  "use strict";
  var el = document.getElementById("search");
  if (!el || typeof PagefindUI === "undefined") return;
  var ui = new PagefindUI({ element: "#search", bundlePath: el.getAttribute("data-bundle"), showImages: false,
    showSubResults: true, resetStyles: false });
  var q = new URLSearchParams(location.search).get("q");
  if (q) ui.triggerSearch(q);
})();
