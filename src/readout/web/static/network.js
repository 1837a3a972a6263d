// The meeting network: a force-directed layout drawn in SVG, with drag, zoom and pan.
// No library: the layout is computed once when the page loads (deterministic: nodes start
// on a circle in the server's order), then drawn; dragging moves one node and its edges.
// Clicking a node (a press without movement) opens that state's or organisation's page.
"use strict";

(function network() {
  const svg = document.getElementById("graph");
  const source = document.getElementById("network-data");
  if (!svg || !source) return;
  const NS = "http://www.w3.org/2000/svg";
  const data = JSON.parse(source.textContent);
  const nodes = data.nodes.map((n, i) => ({ ...n, index: i, x: 0, y: 0 }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = data.edges
    .filter((e) => byId.has(e.source) && byId.has(e.target))
    .map((e) => ({ ...e, a: byId.get(e.source), b: byId.get(e.target) }));

  const radius = (n) => 5 + 3 * Math.sqrt(n.interactions || 1);

  // --- layout (Fruchterman-Reingold with gravity) ---------------------------------------
  function layout(iterations) {
    const n = nodes.length;
    if (!n) return;
    const box = svg.getBoundingClientRect();
    const area = Math.max(box.width, 400) * Math.max(box.height, 300);
    const k = Math.min(Math.sqrt(area / n) * 0.55, 160);
    const start = Math.sqrt(n) * k * 0.5;
    nodes.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / n;
      node.x = start * Math.cos(angle);
      node.y = start * Math.sin(angle);
    });
    let temperature = k * 2;
    const cooling = temperature / (iterations + 1);
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let it = 0; it < iterations; it++) {
      dx.fill(0);
      dy.fill(0);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let ex = nodes[i].x - nodes[j].x;
          let ey = nodes[i].y - nodes[j].y;
          let d2 = ex * ex + ey * ey;
          if (d2 < 0.01) { ex = 0.1 * (i - j); ey = 0.1; d2 = ex * ex + ey * ey; }
          const f = (k * k) / d2; // repulsion k^2/d, as a multiple of the unit vector times d
          dx[i] += ex * f; dy[i] += ey * f;
          dx[j] -= ex * f; dy[j] -= ey * f;
        }
      }
      for (const e of edges) {
        const ex = e.a.x - e.b.x;
        const ey = e.a.y - e.b.y;
        const d = Math.sqrt(ex * ex + ey * ey) || 0.01;
        const f = (d / k) * (1 + Math.log(e.weight)); // attraction d^2/k, heavier for more interactions
        dx[e.a.index] -= ex * f; dy[e.a.index] -= ey * f;
        dx[e.b.index] += ex * f; dy[e.b.index] += ey * f;
      }
      for (let i = 0; i < n; i++) {
        const node = nodes[i];
        dx[i] -= node.x * 0.08; // gravity keeps loosely tied parties and separate groups in view
        dy[i] -= node.y * 0.08;
        const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
        const step = Math.min(d, temperature);
        node.x += (dx[i] / d) * step;
        node.y += (dy[i] / d) * step;
      }
      temperature = Math.max(temperature - cooling, 1);
    }
    // Stretch the layout towards the shape of the drawing area, which is wider than tall.
    const xs = nodes.map((node) => node.x);
    const ys = nodes.map((node) => node.y);
    const spanX = Math.max(...xs) - Math.min(...xs) || 1;
    const spanY = Math.max(...ys) - Math.min(...ys) || 1;
    const stretch = Math.min(Math.max((box.width / box.height) / (spanX / spanY), 1), 2);
    nodes.forEach((node) => { node.x *= Math.sqrt(stretch); node.y /= Math.sqrt(stretch); });
  }

  // --- drawing ---------------------------------------------------------------------------
  const view = { x: 0, y: 0, scale: 1 };
  const root = document.createElementNS(NS, "g");
  root.setAttribute("class", "viewport");
  const edgeLayer = document.createElementNS(NS, "g");
  const nodeLayer = document.createElementNS(NS, "g");
  root.append(edgeLayer, nodeLayer);
  svg.appendChild(root);

  function draw() {
    for (const e of edges) {
      const line = document.createElementNS(NS, "line");
      line.setAttribute("class", "edge");
      line.setAttribute("stroke-width", String(1 + 1.5 * Math.log2(e.weight)));
      const title = document.createElementNS(NS, "title");
      title.textContent = `${e.source} – ${e.target}: ${e.weight} interaction(s), ${e.first || "?"} to ${e.last || "?"}`;
      line.appendChild(title);
      e.el = line;
      edgeLayer.appendChild(line);
    }
    for (const node of nodes) {
      const g = document.createElementNS(NS, "g");
      g.setAttribute("class", `node ${node.type}`);
      g.setAttribute("data-id", node.id);
      g.setAttribute("tabindex", "0");
      g.setAttribute("role", "link");
      g.setAttribute("aria-label", `${node.label} (${node.id})`);
      const circle = document.createElementNS(NS, "circle");
      circle.setAttribute("r", String(radius(node)));
      const label = document.createElementNS(NS, "text");
      label.setAttribute("x", String(radius(node) + 3));
      label.setAttribute("y", "4");
      label.textContent = node.id;
      const title = document.createElementNS(NS, "title");
      title.textContent = `${node.label} (${node.id}): ${node.interactions} interaction(s)`;
      g.append(circle, label, title);
      node.el = g;
      nodeLayer.appendChild(g);
      g.addEventListener("keydown", (event) => { if (event.key === "Enter") open(node); });
    }
    place();
  }

  function place() {
    for (const e of edges) {
      e.el.setAttribute("x1", e.a.x); e.el.setAttribute("y1", e.a.y);
      e.el.setAttribute("x2", e.b.x); e.el.setAttribute("y2", e.b.y);
    }
    for (const node of nodes) node.el.setAttribute("transform", `translate(${node.x},${node.y})`);
  }

  function applyView() {
    root.setAttribute("transform", `translate(${view.x},${view.y}) scale(${view.scale})`);
  }

  function fit() {
    const box = svg.getBoundingClientRect();
    if (!nodes.length || !box.width) return;
    const xs = nodes.map((n) => n.x);
    const ys = nodes.map((n) => n.y);
    const minX = Math.min(...xs) - 40, maxX = Math.max(...xs) + 60;
    const minY = Math.min(...ys) - 40, maxY = Math.max(...ys) + 40;
    view.scale = Math.min(box.width / (maxX - minX), box.height / (maxY - minY), 2.5);
    view.x = (box.width - (maxX + minX) * view.scale) / 2;
    view.y = (box.height - (maxY + minY) * view.scale) / 2;
    applyView();
  }

  function open(node) {
    window.location.href = `/countries/${encodeURIComponent(node.id)}`;
  }

  // --- interaction: drag nodes, pan the background, zoom with the wheel or buttons ----------
  function toGraph(event) {
    const box = svg.getBoundingClientRect();
    return { x: (event.clientX - box.left - view.x) / view.scale, y: (event.clientY - box.top - view.y) / view.scale };
  }

  let drag = null;
  svg.addEventListener("pointerdown", (event) => {
    const g = event.target.closest(".node");
    svg.setPointerCapture(event.pointerId);
    if (g) {
      const node = byId.get(g.dataset.id);
      const at = toGraph(event);
      drag = { kind: "node", node, dx: node.x - at.x, dy: node.y - at.y, sx: event.clientX, sy: event.clientY, moved: false };
    } else {
      drag = { kind: "pan", x0: view.x, y0: view.y, sx: event.clientX, sy: event.clientY, moved: false };
      svg.style.cursor = "grabbing";
    }
  });
  svg.addEventListener("pointermove", (event) => {
    if (!drag) return;
    if (Math.abs(event.clientX - drag.sx) + Math.abs(event.clientY - drag.sy) > 4) drag.moved = true;
    if (!drag.moved) return;
    if (drag.kind === "node") {
      const at = toGraph(event);
      drag.node.x = at.x + drag.dx;
      drag.node.y = at.y + drag.dy;
      place();
    } else {
      view.x = drag.x0 + event.clientX - drag.sx;
      view.y = drag.y0 + event.clientY - drag.sy;
      applyView();
    }
  });
  const release = () => {
    if (drag && drag.kind === "node" && !drag.moved) open(drag.node);
    drag = null;
    svg.style.cursor = "";
  };
  svg.addEventListener("pointerup", release);
  svg.addEventListener("pointercancel", () => { drag = null; });

  function zoom(factor, cx, cy) {
    const next = Math.min(8, Math.max(0.1, view.scale * factor));
    factor = next / view.scale;
    view.x = cx - (cx - view.x) * factor;
    view.y = cy - (cy - view.y) * factor;
    view.scale = next;
    applyView();
  }
  svg.addEventListener("wheel", (event) => {
    event.preventDefault();
    const box = svg.getBoundingClientRect();
    zoom(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
  }, { passive: false });
  const centre = () => { const box = svg.getBoundingClientRect(); return [box.width / 2, box.height / 2]; };
  document.getElementById("zoom-in")?.addEventListener("click", () => zoom(1.25, ...centre()));
  document.getElementById("zoom-out")?.addEventListener("click", () => zoom(0.8, ...centre()));
  document.getElementById("zoom-reset")?.addEventListener("click", fit);

  layout(Math.min(500, 150 + 20 * nodes.length));
  draw();
  fit();
  svg.dataset.ready = "true";
})();
