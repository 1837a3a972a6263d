// The meeting network, drawn with Cytoscape.js (vendored from npm, static/vendor/): states and
// organisations as nodes sized by their interactions, links as edges as thick as the pair's
// interactions. The force-directed layout (Cytoscape's "cose") starts from a circle in the
// server's order, so a page always draws the same picture. Drag a node to move it, scroll or
// pinch to zoom, drag the background to pan; a click (a tap without moving) on a node opens its
// page; hovering a node lights its links and partners.
"use strict";

(function network() {
  const box = document.getElementById("graph");
  const source = document.getElementById("network-data");
  if (!box || !source || typeof cytoscape !== "function") return;
  const data = JSON.parse(source.textContent);
  const ids = new Set(data.nodes.map((n) => n.id));
  const most = Math.max(1, ...data.nodes.map((n) => n.interactions || 1));
  const heaviest = Math.max(1, ...data.edges.map((e) => e.weight || 1));
  const count = data.nodes.length || 1;
  const ring = 40 * Math.sqrt(count) + 60;

  const elements = [
    ...data.nodes.map((n, i) => ({
      group: "nodes",
      data: {
        id: n.id,
        label: n.label && n.label !== n.id ? `${n.label} (${n.id})` : n.id,
        type: n.type,
        size: 14 + 40 * Math.sqrt((n.interactions || 1) / most),
        title: `${n.label} (${n.id}): ${n.interactions} interaction(s), ${n.first || "?"} to ${n.last || "?"}`,
      },
      position: { x: ring * Math.cos((2 * Math.PI * i) / count), y: ring * Math.sin((2 * Math.PI * i) / count) },
    })),
    ...data.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({
        group: "edges",
        data: {
          id: `${e.source}~${e.target}`,
          source: e.source,
          target: e.target,
          weight: e.weight,
          width: 1 + 7 * Math.sqrt(e.weight / heaviest),
          title: `${e.source} – ${e.target}: ${e.weight} interaction(s), ${e.first || "?"} to ${e.last || "?"}`,
        },
      })),
  ];

  // Labels keep about LABEL_PX pixels on screen at any zoom (up to a limit), so they stay readable.
  const LABEL_PX = 12;
  let zoomNow = 1;
  const labelSize = () => Math.min(LABEL_PX / zoomNow, 4 * LABEL_PX);

  const cy = cytoscape({
    container: box,
    elements,
    minZoom: 0.1,
    maxZoom: 6,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
    autoungrabify: false,
    style: [
      {
        selector: "node",
        style: {
          width: "data(size)",
          height: "data(size)",
          "background-color": "#3f7fd8",
          "border-width": 1.5,
          "border-color": "#ffffff",
          label: "data(label)",
          "font-size": labelSize,
          "font-family": "system-ui, sans-serif",
          color: "#1d2430",
          "text-valign": "bottom",
          "text-margin-y": 3,
          "text-outline-color": "#ffffff",
          "text-outline-width": 2,
          "text-wrap": "ellipsis",
          "text-max-width": () => `${Math.min(170 / zoomNow, 680)}px`,
          "min-zoomed-font-size": 7,
        },
      },
      { selector: "node[type = 'organisation']", style: { "background-color": "#8a5cd0", shape: "round-rectangle" } },
      {
        selector: "edge",
        style: { width: "data(width)", "line-color": "#8ea2c0", opacity: 0.55, "curve-style": "haystack" },
      },
      { selector: ".faded", style: { opacity: 0.12 } },
      { selector: "node.lit", style: { "background-color": "#e0a800", "z-index": 10 } },
      { selector: "edge.lit", style: { "line-color": "#e0a800", opacity: 0.9, "z-index": 9 } },
    ],
    layout: {
      name: "cose",
      randomize: false,
      animate: false,
      fit: true,
      padding: 30,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 70,
      edgeElasticity: () => 100,
      nodeRepulsion: () => 30000,
      nodeOverlap: 20,
      gravity: 1,
      numIter: 1500,
    },
  });

  let pending = false;
  const restyle = () => {
    zoomNow = cy.zoom();
    cy.style().update();
    pending = false;
  };
  cy.on("zoom", () => {
    if (!pending) { pending = true; window.requestAnimationFrame(restyle); }
  });
  restyle();

  // A click opens the party's page; a drag (Cytoscape then sends no tap) only moves the node.
  cy.on("tap", "node", (event) => {
    window.location.href = `/countries/${encodeURIComponent(event.target.id())}`;
  });
  cy.on("mouseover", "node", (event) => {
    const near = event.target.closedNeighborhood();
    cy.elements().not(near).addClass("faded");
    near.addClass("lit");
    box.title = event.target.data("title");
  });
  cy.on("mouseout", "node", () => {
    cy.elements().removeClass("faded lit");
    box.title = "";
  });
  cy.on("mouseover", "edge", (event) => { box.title = event.target.data("title"); });
  cy.on("mouseout", "edge", () => { box.title = ""; });

  const zoomBy = (factor) => {
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: box.clientWidth / 2, y: box.clientHeight / 2 } });
  };
  document.getElementById("zoom-in")?.addEventListener("click", () => zoomBy(1.25));
  document.getElementById("zoom-out")?.addEventListener("click", () => zoomBy(0.8));
  document.getElementById("zoom-reset")?.addEventListener("click", () => cy.fit(undefined, 30));

  window.readoutGraph = cy; // for the browser tests (where a node is drawn)
  box.dataset.ready = "true";
})();
