/* Instant timeline filtering. Without this script the filter links open pre-rendered pages;
   with it they filter the milestones already on the page, using their data-side and data-kind
   attributes and their actor links, and the address keeps the choice (?side=x) for sharing.
   Loading the page does no DOM work: everything is read when a filter is chosen. */
(function () {
  "use strict";
  var nav = document.querySelector(".filters[data-live]");
  if (!nav || !window.URLSearchParams || !history.replaceState) return;
  var items = [].slice.call(document.querySelectorAll(".milestone"));
  var years = [].slice.call(document.querySelectorAll(".year"));
  var chips = [].slice.call(nav.querySelectorAll(".chip"));
  var status = nav.querySelector(".filter-status");
  var actorOf = /actors\/([^\/.]+)\.html/;

  // Side and kind chips say what they filter; actor chips link to actor pages, named in the address.
  function keyOf(chip) {
    var type = chip.getAttribute("data-filter");
    if (type) return [type, chip.getAttribute("data-value")];
    var m = actorOf.exec(chip.getAttribute("href"));
    return m ? ["actor", m[1]] : [null, null];
  }

  function actorsOf(el) {
    return [].map.call(el.querySelectorAll(".who a.dot"), function (a) {
      return (actorOf.exec(a.getAttribute("href")) || [])[1];
    });
  }

  function apply(type, value, label) {
    var shown = 0;
    items.forEach(function (el) {
      var keys = type === "actor" ? actorsOf(el) : (el.getAttribute("data-" + type) || "").split(" ");
      var keep = !type || keys.indexOf(value) >= 0;
      el.hidden = !keep;
      if (keep) shown++;
    });
    years.forEach(function (y) { y.hidden = !y.querySelector(".milestone:not([hidden])"); });
    chips.forEach(function (c) {
      var k = keyOf(c);
      if (type && k[0] === type && k[1] === value) c.setAttribute("aria-current", "true");
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

  nav.addEventListener("click", function (e) {
    var c = e.target.closest && e.target.closest(".chip");
    if (!c || e.ctrlKey || e.metaKey || e.shiftKey) return;
    var k = keyOf(c);
    if (!k[0]) return;
    e.preventDefault();
    if (c.getAttribute("aria-current") === "true") { apply(); setUrl(); return; }
    apply(k[0], k[1], labelOf(c));
    setUrl(k[0], k[1]);
  });

  if (!location.search) return;
  var params = new URLSearchParams(location.search);
  chips.forEach(function (c) {
    var k = keyOf(c);
    if (k[0] && params.get(k[0]) === k[1]) apply(k[0], k[1], labelOf(c));
  });
})();
