// Events by country: a choropleth over world-atlas (Natural Earth 1:110m), drawn with
// d3-geo. Country names come from the bundled atlas; counts from the page's JSON.
(function () {
  var svg = document.getElementById("map");
  if (!svg || typeof d3 === "undefined" || typeof topojson === "undefined") return;
  var data = JSON.parse(document.getElementById("map-data").textContent);
  var counts = {};
  data.countries.forEach(function (c) { counts[c.country] = c.events; });
  var max = Math.max.apply(null, data.countries.map(function (c) { return c.events; }).concat([1]));
  function fill(n) {
    if (!n) return "#eceff1";
    var t = Math.log(1 + n) / Math.log(1 + max);          // 0..1 on a log scale
    var from = [198, 219, 239], to = [8, 48, 107];
    var rgb = from.map(function (f, i) { return Math.round(f + (to[i] - f) * t); });
    return "rgb(" + rgb.join(",") + ")";
  }
  var NS = "http://www.w3.org/2000/svg";
  Promise.all([fetch("/static/vendor/countries-110m.json").then(function (r) { return r.json(); }),
               fetch("/static/vendor/iso-numeric.json").then(function (r) { return r.json(); })])
    .then(function (loaded) {
      var world = loaded[0], iso3 = loaded[1];
      var features = topojson.feature(world, world.objects.countries).features;
      var projection = d3.geoNaturalEarth1().fitSize([960, 500], {type: "Sphere"});
      var path = d3.geoPath(projection);
      var onMap = {};
      var hover = document.getElementById("map-hover");
      features.forEach(function (f) {
        var code = iso3[f.id] || null;
        var n = code ? (counts[code] || 0) : 0;
        if (code) onMap[code] = true;
        var el = document.createElementNS(NS, "path");
        el.setAttribute("d", path(f) || "");
        el.setAttribute("fill", fill(n));
        el.setAttribute("class", "country" + (code && code === data.selected ? " selected" : ""));
        if (code) el.setAttribute("data-country", code);
        var title = document.createElementNS(NS, "title");
        title.textContent = (f.properties && f.properties.name || code || "") + ": " + n + " events";
        el.appendChild(title);
        el.addEventListener("mouseover", function () { hover.textContent = title.textContent; });
        if (code) el.addEventListener("click", function () {
          var params = new URLSearchParams(window.location.search);
          params.set("country", code);
          window.location.search = params.toString();
        });
        svg.appendChild(el);
      });
      var off = data.countries.filter(function (c) { return !onMap[c.country]; })
        .map(function (c) { return c.country + " " + c.events; });
      if (off.length) document.getElementById("off-map").textContent =
        "Not on the map (organisations, regions, small states): " + off.join(", ");
      svg.setAttribute("data-ready", "true");
    });
})();
