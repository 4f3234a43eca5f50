/* Instant timeline filtering. Without this script the filter links open pre-rendered pages;
   with it they filter the milestones already on the page, using their data-side and data-kind
   attributes and their actor links, and the address keeps the choice (?side=x) for sharing. */
(function () {
  "use strict";
  var nav = document.querySelector(".filters[data-live]");
  if (!nav || !window.URLSearchParams || !history.replaceState) return;
  var items = [].slice.call(document.querySelectorAll(".milestone"));
  var years = [].slice.call(document.querySelectorAll(".year"));
  var chips = [].slice.call(nav.querySelectorAll(".chip"));
  var actorOf = /actors\/([^\/]+)\//;
  // Actor chips link to actor pages; their id comes from the address, as does each milestone's.
  chips.forEach(function (c) {
    var m = actorOf.exec(c.getAttribute("href"));
    if (m && !c.hasAttribute("data-filter")) { c.setAttribute("data-filter", "actor"); c.setAttribute("data-value", m[1]); }
  });
  items.forEach(function (el) {
    el.setAttribute("data-actor", [].map.call(el.querySelectorAll(".who a.dot"), function (a) {
      return (actorOf.exec(a.getAttribute("href")) || [])[1];
    }).join(" "));
  });
  var status = nav.querySelector(".filter-status");

  function apply(type, value, label) {
    var shown = 0;
    items.forEach(function (el) {
      var keep = !type || (el.getAttribute("data-" + type) || "").split(" ").indexOf(value) >= 0;
      el.hidden = !keep;
      if (keep) shown++;
    });
    years.forEach(function (y) { y.hidden = !y.querySelector(".milestone:not([hidden])"); });
    chips.forEach(function (c) {
      if (type && c.getAttribute("data-filter") === type && c.getAttribute("data-value") === value) c.setAttribute("aria-current", "true");
      else c.removeAttribute("aria-current");
    });
    status.textContent = "";
    if (type) {
      status.appendChild(document.createTextNode("Showing " + shown + " of " + items.length + " events: " + label + ". "));
      var all = document.createElement("button");
      all.type = "button";
      all.textContent = "Show all events";
      all.addEventListener("click", function () { apply(); setUrl(); });
      status.appendChild(all);
    }
  }

  function setUrl(type, value) {
    var u = new URL(location.href);
    ["side", "kind", "actor"].forEach(function (k) { u.searchParams.delete(k); });
    if (type) u.searchParams.set(type, value);
    history.replaceState(null, "", u.toString());
  }

  function labelOf(chip) { return chip.firstChild.textContent.trim(); }

  chips.forEach(function (c) {
    c.addEventListener("click", function (e) {
      if (e.ctrlKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      var type = c.getAttribute("data-filter"), value = c.getAttribute("data-value");
      if (c.getAttribute("aria-current") === "true") { apply(); setUrl(); return; }
      apply(type, value, labelOf(c));
      setUrl(type, value);
    });
  });

  var params = new URLSearchParams(location.search);
  chips.forEach(function (c) {
    var t = c.getAttribute("data-filter");
    if (params.get(t) === c.getAttribute("data-value")) apply(t, params.get(t), labelOf(c));
  });
})();
