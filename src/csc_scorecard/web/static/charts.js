// Draws every chart on the page with vega-embed, from the same Vega-Lite specification the
// pack renders: fetched from the chart's data-spec-url (the SPC chart), or read from its data-spec
// attribute when the page carries it (the benchmark panel's bar chart). Sparklines and funnel plots
// are inline SVG: no script.
// Expressions are evaluated by vega-interpreter, so the page runs under a Content Security
// Policy without 'unsafe-eval'. Every chart has a table beside it.
(function () {
  "use strict";
  var options = {
    actions: false,
    renderer: "svg",
    ast: true,
    expr: window.vegaExpressionInterpreter,
    defaultStyle: false,
    tooltip: false
  };

  function draw(element, spec) {
    window.vegaEmbed(element, spec, options).then(function () {
      element.setAttribute("data-rendered", "true");
    }).catch(function (error) {
      element.textContent = "The chart could not be drawn; its figures are in the table.";
      element.setAttribute("data-rendered", "error");
      console.error(error);
    });
  }

  function start() {
    document.querySelectorAll("[data-spec]").forEach(function (element) {
      draw(element, JSON.parse(element.getAttribute("data-spec")));
    });
    document.querySelectorAll("[data-spec-url]").forEach(function (element) {
      fetch(element.getAttribute("data-spec-url"), { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) { throw new Error("chart specification: HTTP " + response.status); }
          return response.json();
        })
        .then(function (spec) { draw(element, spec); })
        .catch(function (error) {
          element.textContent = "The chart could not be loaded; its figures are in the table.";
          element.setAttribute("data-rendered", "error");
          console.error(error);
        });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
