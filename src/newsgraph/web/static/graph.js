// The actor network: cytoscape over the JSON the page embeds. Names are set as data and
// drawn on a canvas, never as HTML; the hover box uses textContent.
(function () {
  var box = document.getElementById("network");
  if (!box || typeof cytoscape === "undefined") return;
  var data = JSON.parse(document.getElementById("network-data").textContent);
  var colour = {PERSON: "#1d3557", ORG: "#e76f51", GPE: "#2a9d8f", NORP: "#9c6644"};
  var maxDegree = Math.max.apply(null, data.nodes.map(function (n) { return n.degree; }).concat([1]));
  var elements = data.nodes.map(function (n) {
    return {data: {id: n.id, label: n.name, type: n.type, country: n.country || "", degree: n.degree,
                   size: 12 + 30 * Math.sqrt(n.degree / maxDegree), colour: colour[n.type] || "#777"}};
  });
  // one drawn edge per ordered pair, however many event types it holds: coloured by the
  // quad class most of its events have, the types listed on hover
  var pairs = {};
  data.edges.forEach(function (e) {
    var key = e.source + "\u0000" + e.target;
    var p = pairs[key] || (pairs[key] = {source: e.source, target: e.target, count: 0, coop: 0, types: []});
    p.count += e.count;
    if (e.kind === "cooperation") p.coop += e.count;
    p.types.push(e.type + " " + e.count);
  });
  Object.keys(pairs).forEach(function (key, i) {
    var p = pairs[key], kind = p.coop * 2 >= p.count ? "cooperation" : "conflict";
    elements.push({data: {id: "e" + i, source: p.source, target: p.target, count: p.count, kind: kind,
                          types: p.types.join(", "), width: 1 + Math.min(8, Math.log2(1 + p.count) * 1.5),
                          colour: kind === "cooperation" ? "#2a9d8f" : "#e63946"}});
  });
  var cy = cytoscape({
    container: box, elements: elements, wheelSensitivity: 0.3,
    layout: {name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 400000; },
             idealEdgeLength: function () { return 110; }, nodeOverlap: 20, gravity: 0.2, numIter: 1500,
             componentSpacing: 60},
    style: [
      {selector: "node", style: {"background-color": "data(colour)", width: "data(size)", height: "data(size)",
                                 label: "data(label)", "font-size": 10, "text-valign": "bottom", "text-margin-y": 3,
                                 "text-background-color": "#fff", "text-background-opacity": 0.7, "min-zoomed-font-size": 7}},
      {selector: "edge", style: {width: "data(width)", "line-color": "data(colour)", opacity: 0.55,
                                 "curve-style": "straight", "target-arrow-shape": "triangle",
                                 "target-arrow-color": "data(colour)", "arrow-scale": 0.7}},
      {selector: ".faded", style: {opacity: 0.12}}
    ]
  });
  var hover = document.getElementById("network-hover");
  cy.on("mouseover", "node", function (ev) {
    var n = ev.target;
    cy.elements().addClass("faded");
    n.closedNeighborhood().removeClass("faded");
    hover.textContent = n.data("label") + " (" + n.data("type") + (n.data("country") ? ", " + n.data("country") : "") +
      "): " + n.data("degree") + " events with the actors shown";
  });
  cy.on("mouseover", "edge", function (ev) {
    var e = ev.target;
    hover.textContent = e.source().data("label") + " → " + e.target().data("label") + ": " +
      e.data("count") + " event(s), mostly " + e.data("kind") + " (" + e.data("types") + ")";
  });
  cy.on("mouseout", "node, edge", function () { cy.elements().removeClass("faded"); });
  cy.on("tap", "node", function (ev) {
    window.location.href = "/actors/" + encodeURIComponent(ev.target.id());
  });
  window.newsgraphNetwork = cy;   // for the browser tests
})();
