#!/usr/bin/env node
/**
 * Draws the add-in's PNG icons into assets/ with no image library: each glyph is a list of vector shapes in a
 * 0..1 box, rasterised with 4x4 supersampling (anti-aliased edges) and written as an RGBA PNG with zlib.
 * The PNGs are committed; run `node scripts/make-icons.js` again only when a glyph changes.
 *
 * Sizes: ribbon images need 16, 32 and 80 px (Excel picks by DPI); the manifest's IconUrl is 32 px and
 * HighResolutionIconUrl 64 px for task pane add-ins; 128 px is the store/listing size.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

// Fluent UI v9 web light theme brand colours, so the ribbon matches the task pane.
const BRAND = [0x0f, 0x6c, 0xbd];
const BRAND_DARK = [0x11, 0x5e, 0xa3];
const INK = [0x42, 0x42, 0x42];
const WHITE = [0xff, 0xff, 0xff];
const GREEN = [0x10, 0x7c, 0x10];

// ---- shapes: each is a predicate on a point (x, y) in the unit box ----

function rect(x0, y0, x1, y1, r = 0) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    if (r <= 0) return true;
    // Rounded corners: distance from the inner rectangle must be within r.
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

/** A rectangle's outline of width w (drawn inside the rectangle). */
function frame(x0, y0, x1, y1, w, r = 0) {
  const outer = rect(x0, y0, x1, y1, r);
  const inner = rect(x0 + w, y0 + w, x1 - w, y1 - w, Math.max(0, r - w));
  return (x, y) => outer(x, y) && !inner(x, y);
}

function circle(cx, cy, r) {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** A polyline stroked with round caps and joins: union of capsules. */
function stroke(points, w) {
  const h = w / 2;
  const segs = [];
  for (let i = 1; i < points.length; i++) segs.push([points[i - 1], points[i]]);
  return (x, y) =>
    segs.some(([[ax, ay], [bx, by]]) => {
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / len2));
      const px = ax + t * dx - x;
      const py = ay + t * dy - y;
      return px * px + py * py <= h * h;
    });
}

// ---- glyphs: ordered layers of [shape, colour]; later layers paint over earlier ones ----

const GLYPHS = {
  // Add-in icon: a blue tile with a white plan sheet whose rows carry check boxes.
  rakit: [
    [rect(0.03, 0.03, 0.97, 0.97, 0.18), BRAND],
    [rect(0.2, 0.16, 0.8, 0.84, 0.06), WHITE],
    [rect(0.28, 0.27, 0.4, 0.39, 0.02), BRAND],
    [rect(0.46, 0.3, 0.72, 0.36), BRAND_DARK],
    [rect(0.28, 0.45, 0.4, 0.57, 0.02), BRAND],
    [rect(0.46, 0.48, 0.72, 0.54), BRAND_DARK],
    [rect(0.28, 0.63, 0.4, 0.75, 0.02), BRAND],
    [rect(0.46, 0.66, 0.72, 0.72), BRAND_DARK],
  ],
  // Periksa (check): a sheet with a green tick.
  periksa: [
    [frame(0.14, 0.06, 0.72, 0.94, 0.08, 0.06), INK],
    [rect(0.26, 0.24, 0.6, 0.3), INK],
    [rect(0.26, 0.4, 0.5, 0.46), INK],
    [circle(0.7, 0.7, 0.27), WHITE],
    [circle(0.7, 0.7, 0.24), GREEN],
    [
      stroke(
        [
          [0.58, 0.7],
          [0.67, 0.79],
          [0.83, 0.61],
        ],
        0.08,
      ),
      WHITE,
    ],
  ],
  // Anggaran (budget): a banknote.
  anggaran: [
    [rect(0.04, 0.22, 0.96, 0.78, 0.08), BRAND],
    [rect(0.12, 0.3, 0.88, 0.7, 0.04), WHITE],
    [circle(0.5, 0.5, 0.14), BRAND],
    [circle(0.22, 0.5, 0.05), BRAND],
    [circle(0.78, 0.5, 0.05), BRAND],
  ],
  // Katalog (catalogue): a list of entries with bullets.
  katalog: [
    [rect(0.08, 0.12, 0.28, 0.3, 0.03), BRAND],
    [rect(0.38, 0.16, 0.92, 0.26), INK],
    [rect(0.08, 0.41, 0.28, 0.59, 0.03), BRAND],
    [rect(0.38, 0.45, 0.92, 0.55), INK],
    [rect(0.08, 0.7, 0.28, 0.88, 0.03), BRAND],
    [rect(0.38, 0.74, 0.92, 0.84), INK],
  ],
  // Tahun Baru (new year): a calendar with a plus.
  "tahun-baru": [
    [frame(0.06, 0.14, 0.82, 0.9, 0.08, 0.08), INK],
    [rect(0.06, 0.14, 0.82, 0.34, 0.08), INK],
    [rect(0.22, 0.04, 0.3, 0.22, 0.03), INK],
    [rect(0.58, 0.04, 0.66, 0.22, 0.03), INK],
    [circle(0.72, 0.72, 0.27), WHITE],
    [circle(0.72, 0.72, 0.24), BRAND],
    [rect(0.68, 0.58, 0.76, 0.86), WHITE],
    [rect(0.58, 0.68, 0.86, 0.76), WHITE],
  ],
  // Cetak (print): a printer with a sheet coming out.
  cetak: [
    [frame(0.26, 0.06, 0.74, 0.36, 0.08), INK],
    [rect(0.06, 0.3, 0.94, 0.72, 0.08), INK],
    [circle(0.8, 0.44, 0.04), GREEN],
    [rect(0.22, 0.56, 0.78, 0.94), WHITE],
    [frame(0.22, 0.56, 0.78, 0.94, 0.08), BRAND],
    [rect(0.32, 0.7, 0.68, 0.76), BRAND],
  ],
};

// ---- raster + PNG ----

const SS = 4; // supersampling per axis

function render(layers, size) {
  const px = Buffer.alloc(size * size * 4); // transparent
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sj = 0; sj < SS; sj++) {
        for (let si = 0; si < SS; si++) {
          const x = (i + (si + 0.5) / SS) / size;
          const y = (j + (sj + 0.5) / SS) / size;
          let colour = null;
          for (const [shape, c] of layers) if (shape(x, y)) colour = c;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const o = (j * size + i) * 4;
      if (a > 0) {
        // Colour is the mean of covered samples (straight alpha), alpha is the coverage.
        px[o] = Math.round(r / a);
        px[o + 1] = Math.round(g / a);
        px[o + 2] = Math.round(b / a);
        px[o + 3] = Math.round((255 * a) / (SS * SS));
      }
    }
  }
  return px;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(rgba, size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Which glyph at which sizes. File names: assets/<glyph>-<size>.png
const OUTPUTS = {
  rakit: [16, 32, 64, 80, 128],
  periksa: [16, 32, 80],
  anggaran: [16, 32, 80],
  katalog: [16, 32, 80],
  "tahun-baru": [16, 32, 80],
  cetak: [16, 32, 80],
};

function main() {
  const outDir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, sizes] of Object.entries(OUTPUTS)) {
    for (const size of sizes) {
      const file = path.join(outDir, `${name}-${size}.png`);
      fs.writeFileSync(file, encodePng(render(GLYPHS[name], size), size));
      console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
    }
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, GLYPHS, OUTPUTS };
