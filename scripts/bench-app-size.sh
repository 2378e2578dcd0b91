#!/usr/bin/env bash
# Measures what the Data Mesh Portfolio frontend adds to the portal's
# production build: builds packages/app as it is, then once more without the
# plugin (its dependency and the app's data-mesh modules taken out in a
# scratch copy of the files, restored afterwards), and prints the JavaScript
# each build ships, raw and gzipped, and the difference.
#
#   yarn bench:app-size
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/toolchain.sh
dm_install_deps

app=packages/app
backup="$(mktemp -d)"
cp "$app/package.json" "$app/src/App.tsx" "$backup/"
restore() {
  cp "$backup/package.json" "$app/package.json"
  cp "$backup/App.tsx" "$app/src/App.tsx"
  rm -rf "$backup"
}
trap restore EXIT

measure() {
  node -e '
    const fs = require("fs"), path = require("path"), zlib = require("zlib");
    const dir = process.argv[1];
    let raw = 0, gz = 0, files = 0;
    for (const f of fs.readdirSync(dir)) {
      if (!f.endsWith(".js")) continue;
      const b = fs.readFileSync(path.join(dir, f));
      raw += b.length; gz += zlib.gzipSync(b, { level: 9 }).length; files++;
    }
    console.log(JSON.stringify({ files, raw, gz }));
  ' "$app/dist/static"
}

printf 'building the app with the plugin...\n' >&2
yarn workspace app build >/dev/null
with="$(measure)"

printf 'building the app without the plugin...\n' >&2
node -e '
  const fs = require("fs"); const p = process.argv[1];
  const j = JSON.parse(fs.readFileSync(p));
  delete j.dependencies["@data-mesh-portfolio/plugin-data-mesh"];
  fs.writeFileSync(p, JSON.stringify(j, null, 2));
' "$app/package.json"
cat >"$app/src/App.tsx" <<'TSX'
import { createApp } from '@backstage/frontend-defaults';

export default createApp();
TSX
yarn workspace app build >/dev/null
without="$(measure)"

node -e '
  const [w, wo] = process.argv.slice(1).map(s => JSON.parse(s));
  const kib = n => (n / 1024).toFixed(1) + " KiB";
  console.log("build            | JS files | raw        | gzip");
  console.log(`with plugin      | ${w.files} | ${kib(w.raw)} | ${kib(w.gz)}`);
  console.log(`without plugin   | ${wo.files} | ${kib(wo.raw)} | ${kib(wo.gz)}`);
  console.log(`plugin adds      | ${w.files - wo.files} | ${kib(w.raw - wo.raw)} | ${kib(w.gz - wo.gz)}`);
' "$with" "$without"
