// Charts and the map, drawn with Observable Plot (static/vendor/, served locally, never a CDN).
// Each chart reads its data from a <script type="application/json"> element of the page and
// draws into a <figure class="chart">; the figure gets data-ready="true" once drawn (or
// data-empty="true" when there is nothing to draw), which the browser tests wait for.
(function () {
  "use strict";

  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function day(text) {
    return new Date(text + "T00:00:00Z");
  }

  function width(figure) {
    return Math.max(280, Math.min(figure.clientWidth || 800, 1100));
  }

  function show(figure, chart) {
    figure.replaceChildren(chart);
    figure.dataset.ready = "true";
  }

  function empty(figure, text) {
    figure.textContent = text;
    figure.dataset.empty = "true";
    figure.dataset.ready = "true";
  }

  // Counts are whole numbers: the y axis of a stacked count chart gets whole-number ticks only
  // (Plot's own would put 0.5 between 0 and 1 when the counts are small). ``rows``' ``value``s are
  // stacked per ``key`` (positive and negative apart).
  function countTicks(rows, key, value) {
    var up = new Map(), down = new Map();
    rows.forEach(function (r) {
      var k = +r[key], v = +r[value], side = v < 0 ? down : up;
      side.set(k, (side.get(k) || 0) + v);
    });
    var hi = Math.max(0, ...up.values()), lo = Math.min(0, ...down.values());
    return d3.ticks(lo, hi, 5).filter(Number.isInteger);
  }

  // A party's interactions over time, stacked by partner (top partners, the rest as "other").
  function partners(figure) {
    var d = data("partners-data");
    if (!d || !d.series.length) return empty(figure, "No dated interaction with another party.");
    var rows = d.series.map(function (r) {
      return { period: day(r.period), partner: r.partner, interactions: r.interactions };
    });
    show(figure, Plot.plot({
      width: width(figure),
      height: 260,
      marginLeft: 40,
      x: { type: "utc", label: d.by === "month" ? "month" : "year" },
      y: { grid: true, label: "interactions", ticks: countTicks(rows, "period", "interactions"), tickFormat: "d" },
      color: {
        legend: true, domain: d.partners, scheme: "tableau10",
        tickFormat: function (code) { return (d.names && d.names[code]) || code; }
      },
      marks: [
        Plot.rectY(rows, Plot.stackY({
          x: "period", interval: d.by === "month" ? "month" : "year", y: "interactions", fill: "partner",
          order: d.partners,
          title: function (r) { return ((d.names && d.names[r.partner]) || r.partner) + ": " + r.interactions; }
        })),
        Plot.ruleY([0])
      ]
    }));
  }

  // Interactions per year, stacked by ``fill`` (a kind, a level).
  function yearlyCounts(figure, rows, height, color, fill, order) {
    show(figure, Plot.plot({
      width: width(figure),
      height: height,
      marginLeft: 40,
      x: { type: "utc", label: "year" },
      y: { grid: true, label: "interactions", ticks: countTicks(rows, "year", "n"), tickFormat: "d" },
      color: color,
      marks: [
        Plot.rectY(rows, Plot.stackY({ x: "year", interval: "year", y: "n", fill: fill, order: order,
          title: function (r) { return r[fill] + ": " + r.n; } })),
        Plot.ruleY([0])
      ]
    }));
  }

  // Two parties: interactions per year by kind.
  function pair(figure) {
    var d = data("pair-data");
    var rows = (d || []).filter(function (r) { return r.year !== null; }).map(function (r) {
      return { year: new Date(Date.UTC(r.year, 0, 1)), kind: r.kind.replace("_", " "), n: r.n };
    });
    if (!rows.length) return empty(figure, "No dated interaction between them.");
    yearlyCounts(figure, rows, 220, { legend: true, domain: ["meeting", "call", "video call", "message"] }, "kind");
  }

  // Two parties: interactions per year by level (the highest office present).
  function pairLevels(figure) {
    var levels = ["heads of state or government", "ministers", "other officials"];
    var rows = (data("pair-levels-data") || []).filter(function (r) { return r.year !== null; }).map(function (r) {
      return { year: new Date(Date.UTC(r.year, 0, 1)), level: r.level, n: r.n };
    });
    if (!rows.length) return empty(figure, "No dated interaction between them.");
    yearlyCounts(figure, rows, 200, { legend: true, domain: levels, range: ["#5b2a86", "#1f6fb2", "#9bb7d4"] },
                 "level", levels);
  }

  // Where meetings happen: a dot per place, sized by interactions, coloured host / third location.
  function map(figure) {
    var places = data("places-data") || [];
    fetch("/static/vendor/countries-110m.json").then(function (r) { return r.json(); }).then(function (world) {
      var land = topojson.feature(world, world.objects.countries);
      var labels = { host: "in a party's country (host)", third_location: "elsewhere (third location)" };
      var country = figure.dataset.country;  // one state filtered: where it hosted, where it travelled
      var sides = country ? { home: "in " + country + " (at home)", abroad: "abroad (" + country + " travelled)",
                              third_location: labels.third_location } : null;
      var rows = places.map(function (p) {
        return Object.assign({}, p, { where: (sides ? sides[p.side] : labels[p.mode]) || "not said" });
      });
      var domain = sides ? [sides.home, sides.abroad, sides.third_location, "not said"]
                         : [labels.host, labels.third_location, "not said"];
      var range = sides ? ["#2e7d32", "#1f6fb2", "#d9730d", "#888"] : ["#1f6fb2", "#d9730d", "#888"];
      show(figure, Plot.plot({
        width: width(figure),
        projection: "equal-earth",
        color: { legend: true, domain: domain, range: range },
        r: { range: [2, 18] },
        marks: [
          Plot.geo(land, { fill: "#eef1f5", stroke: "#b9c2d0", strokeWidth: 0.5 }),
          Plot.sphere({ stroke: "#b9c2d0" }),
          Plot.dot(rows, {
            x: "lon", y: "lat", r: "interactions", fill: "where", fillOpacity: 0.7, stroke: "white",
            title: function (p) { return (p.place || "?") + " (" + (p.country || "?") + "): " + p.interactions; }
          })
        ]
      }));
      if (!rows.length) figure.dataset.empty = "true";
    }).catch(function (err) {
      empty(figure, "The map could not be drawn: " + err);
    });
  }

  // One holder's stances on one issue over time: documents per year, supports above, opposes below.
  function stances(figure) {
    var rows = (data("stances-data") || []).filter(function (s) { return s.date; }).map(function (s) {
      return { year: new Date(Date.UTC(+s.date.slice(0, 4), 0, 1)), alignment: s.alignment,
               sign: s.alignment === "opposes" ? -1 : 1 };
    });
    if (!rows.length) return empty(figure, "No dated stance.");
    show(figure, Plot.plot({
      width: width(figure),
      height: 180,
      marginLeft: 40,
      x: { type: "utc", label: "year" },
      y: { grid: true, label: "stances (opposes below)", ticks: countTicks(rows, "year", "sign"), tickFormat: "d" },
      color: { legend: true, domain: ["supports", "opposes"], range: ["#2e7d32", "#c62828"] },
      marks: [
        Plot.rectY(rows, Plot.groupX({ y: "sum" }, { x: "year", y: "sign", fill: "alignment", interval: "year" })),
        Plot.ruleY([0])
      ]
    }));
  }

  // Documents with stances per year, supports above and opposes below, stacked by a series.
  function yearlyStanceBars(figure, rows, height, color, stack) {
    show(figure, Plot.plot({
      width: width(figure),
      height: height,
      marginLeft: 40,
      x: { type: "utc", label: "year" },
      y: { grid: true, label: "documents (opposes below)", ticks: countTicks(rows, "year", "documents"), tickFormat: "d" },
      color: color,
      marks: [
        Plot.rectY(rows, Plot.stackY(Object.assign({ x: "year", interval: "year", y: "documents" }, stack))),
        Plot.ruleY([0])
      ]
    }));
  }

  // Two parties' stances on each other's positions per year: one series per holder and alignment.
  function pairStances(figure) {
    var rows = (data("pair-stances-data") || []).filter(function (s) { return s.year !== null; }).map(function (s) {
      return { year: new Date(Date.UTC(s.year, 0, 1)), who: s.holder + " " + s.alignment + " " + s.target,
               documents: s.alignment === "opposes" ? -s.documents : s.documents };
    });
    if (!rows.length) return empty(figure, "No dated stance between them.");
    yearlyStanceBars(figure, rows, 200, { legend: true }, {
      fill: "who", title: function (r) { return r.who + ": " + Math.abs(r.documents); }
    });
  }

  // A holder's stances by issue, or an issue's by holder, per year: documents, supports above, opposes below.
  function stanceYears(figure) {
    var d = data("stance-years-data");
    var rows = ((d && d.rows) || []).map(function (r) {
      return { year: new Date(Date.UTC(r.year, 0, 1)), series: r.series, alignment: r.alignment,
               documents: r.alignment === "opposes" ? -r.documents : r.documents };
    });
    if (!rows.length) return empty(figure, "No dated stance.");
    var label = function (code) { return (d.names && d.names[code]) || code; };
    yearlyStanceBars(figure, rows, 240, { legend: true, domain: d.series, scheme: "tableau10", tickFormat: label }, {
      fill: "series", order: d.series,
      title: function (r) { return label(r.series) + " " + r.alignment + ": " + Math.abs(r.documents); }
    });
  }

  var draw = { partners: partners, pair: pair, map: map, stances: stances, "pair-stances": pairStances, "pair-levels": pairLevels,
               "stance-years": stanceYears };
  document.querySelectorAll("figure.chart[data-chart]").forEach(function (figure) {
    var f = draw[figure.dataset.chart];
    if (f) f(figure);
  });
})();
