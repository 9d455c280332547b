#!/usr/bin/env bash
# Vendor the chart libraries the dashboard serves itself (no CDN; works offline), with their
# licences, from the npm registry. Vega-Lite's major version must match Altair's schema
# (altair.SCHEMA_URL). vega-interpreter evaluates Vega expressions without eval, so the
# Content Security Policy needs no 'unsafe-eval'; it ships only as an ES module importing
# vega-util, whose exports the vega bundle also carries, so it is wrapped to read them from
# the global `vega` and to publish itself as `vegaExpressionInterpreter`.
set -euo pipefail
VEGA=6.4.0 VEGA_LITE=6.4.1 VEGA_EMBED=7.3.0 INTERPRETER=2.3.2
out="$(cd "$(dirname "$0")/.." && pwd)/src/csc_scorecard/web/static/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "vega@$VEGA" "vega-lite@$VEGA_LITE" "vega-embed@$VEGA_EMBED" \
  "vega-interpreter@$INTERPRETER" >/dev/null
mkdir -p "$out"
for name in vega vega-lite vega-embed vega-interpreter; do
  mkdir "$name" && tar xzf "$name"-[0-9]*.tgz -C "$name"
  cp "$name/package/LICENSE" "$out/$name.LICENSE"
done
for name in vega vega-lite vega-embed; do
  cp "$name/package/build/$name.min.js" "$out/"
done
{
  echo "/* vega-interpreter $INTERPRETER (BSD-3-Clause), wrapped for the vega global */"
  echo "(function () {"
  echo "const { ascending, isString, DisallowedObjectProperties } = window.vega;"
  grep -v -e "^import " -e "^export " -e "sourceMappingURL" \
    vega-interpreter/package/build/vega-interpreter.js
  echo "window.vegaExpressionInterpreter = expression;"
  echo "})();"
} > "$out/vega-interpreter.js"
echo "vega $VEGA, vega-lite $VEGA_LITE, vega-embed $VEGA_EMBED, vega-interpreter $INTERPRETER" \
  > "$out/VERSIONS"
