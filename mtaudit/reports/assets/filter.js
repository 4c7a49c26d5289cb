/* Filters for the article table. Optional: without JavaScript the form stays
   hidden and every article is listed. The state lives in the URL fragment,
   e.g. index.html#severity=critical&category=number, so a filtered view can
   be linked to. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var rows = Array.prototype.slice.call(document.querySelectorAll("#article-table tbody tr"));
  var sev = form.elements.severity, cat = form.elements.category;
  var shown = document.getElementById("shown"), none = document.getElementById("no-match");

  function known(select, value) {
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) { return value; }
    }
    return "";
  }
  function fromFragment() {
    var q = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      var kv = part.split("=");
      if (kv.length === 2) {
        try { q[decodeURIComponent(kv[0])] = decodeURIComponent(kv[1]); } catch (e) { /* ignore */ }
      }
    });
    sev.value = known(sev, q.severity || "");
    cat.value = known(cat, q.category || "");
    apply();
  }
  function apply() {
    var s = sev.value, c = cat.value, n = 0;
    rows.forEach(function (tr) {
      var tokens = (tr.getAttribute("data-findings") || "").split(" ");
      var ok = (s === "" && c === "") || tokens.some(function (t) {
        var p = t.split("/");
        return p.length === 2 && (s === "" || p[0] === s) && (c === "" || p[1] === c);
      });
      tr.hidden = !ok;
      if (ok) { n++; }
    });
    shown.textContent = n + " of " + rows.length + " shown";
    none.hidden = n !== 0;
  }
  function toFragment() {
    var parts = [];
    if (sev.value) { parts.push("severity=" + encodeURIComponent(sev.value)); }
    if (cat.value) { parts.push("category=" + encodeURIComponent(cat.value)); }
    var frag = parts.length ? "#" + parts.join("&") : " ";
    try {
      history.replaceState(null, "", frag === " " ? location.pathname + location.search : frag);
    } catch (e) {
      location.hash = parts.join("&");
    }
    apply();
  }
  form.hidden = false;
  form.addEventListener("change", toFragment);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(toFragment, 0); });
  window.addEventListener("hashchange", fromFragment);
  fromFragment();
}());
