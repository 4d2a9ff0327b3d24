// Writes .br and .gz beside every compressible file in dist/, so the server sends them precompressed
// (the world basemap alone is ~1.8 MB raw, ~0.4 MB brotli) without compressing on each request.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../dist');
const COMPRESSIBLE = /\.(js|mjs|css|html|json|geojson|svg|map|txt)$/;

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : COMPRESSIBLE.test(e.name) ? [p] : [];
  });
}

let raw = 0;
let br = 0;
for (const file of walk(dist)) {
  const data = fs.readFileSync(file);
  if (data.length < 1024) continue;
  const b = zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } });
  fs.writeFileSync(`${file}.br`, b);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
  raw += data.length;
  br += b.length;
}
console.log(`precompressed dist: ${(raw / 1e6).toFixed(2)} MB → ${(br / 1e6).toFixed(2)} MB brotli`);
