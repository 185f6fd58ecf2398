#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/*.png) from a few vector shapes: no image editor, no
 * dependency. Each icon is a list of layers in a 0..1 square (y down); a pixel's colour is the
 * average of 8×8 samples, so edges are anti-aliased at 16 px too. Run `node scripts/make-icons.mjs`
 * after changing a shape and commit the PNGs.
 *
 * App icon: a teal tile with a white chat bubble (客服 = customer service). Ribbon buttons: one
 * teal glyph per panel on a transparent background, as Office's ribbon icons are.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "assets");

const TEAL = [14, 124, 134, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

// ---- shapes: (x, y) → inside? --------------------------------------------------------------
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (cx, cy, r, w) => (x, y) => {
  const d = Math.hypot(x - cx, y - cy);
  return d <= r && d >= r - w;
};
/** A stroke from a to b, `w` wide, with round caps. */
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy)) <= w / 2;
};
const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const s = (px, py, qx, qy) => (qx - px) * (y - py) - (qy - py) * (x - px);
  const d1 = s(ax, ay, bx, by);
  const d2 = s(bx, by, cx, cy);
  const d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
const union = (...shapes) => (x, y) => shapes.some((s) => s(x, y));

// ---- icons: layers drawn in order, the last layer containing a sample wins ------------------
const bubble = union(roundRect(0.2, 0.24, 0.8, 0.68, 0.12), triangle(0.3, 0.62, 0.46, 0.66, 0.28, 0.82));
const ICONS = {
  icon: [
    [roundRect(0.04, 0.04, 0.96, 0.96, 0.2), TEAL],
    [bubble, WHITE],
    [union(circle(0.36, 0.46, 0.055), circle(0.5, 0.46, 0.055), circle(0.64, 0.46, 0.055)), TEAL],
  ],
  peak: [
    // two peaks (two waves), a flag on the higher one: the promotion's plan, up to the main day
    [union(triangle(0.02, 0.92, 0.28, 0.5, 0.54, 0.92), triangle(0.28, 0.92, 0.58, 0.3, 0.98, 0.92)), TEAL],
    [segment(0.56, 0.32, 0.56, 0.06, 0.06), TEAL],
    [triangle(0.58, 0.06, 0.86, 0.13, 0.58, 0.2), TEAL],
  ],
  review: [
    // a magnifier over a line chart: looking back at the peak
    [union(segment(0.08, 0.92, 0.92, 0.92, 0.06), segment(0.08, 0.92, 0.08, 0.1, 0.06)), TEAL],
    [union(segment(0.16, 0.7, 0.32, 0.46, 0.08), segment(0.32, 0.46, 0.44, 0.6, 0.08)), TEAL],
    [ring(0.64, 0.4, 0.2, 0.08), TEAL],
    [segment(0.78, 0.55, 0.92, 0.72, 0.1), TEAL],
  ],
  staffing: [
    // bar chart: headcount per slot
    [union(roundRect(0.14, 0.5, 0.32, 0.88, 0.03), roundRect(0.41, 0.32, 0.59, 0.88, 0.03), roundRect(0.68, 0.12, 0.86, 0.88, 0.03)), TEAL],
  ],
  roster: [
    // calendar: frame, header band, binder rings, grid of shifts
    [roundRect(0.1, 0.16, 0.9, 0.9, 0.08), TEAL],
    [roundRect(0.18, 0.38, 0.82, 0.82, 0.03), CLEAR],
    [union(segment(0.32, 0.08, 0.32, 0.24, 0.1), segment(0.68, 0.08, 0.68, 0.24, 0.1)), TEAL],
    [union(...[0.3, 0.5, 0.7].flatMap((cx) => [roundRect(cx - 0.07, 0.45, cx + 0.07, 0.57, 0.02), roundRect(cx - 0.07, 0.64, cx + 0.07, 0.76, 0.02)])), TEAL],
  ],
  qa: [
    // a check mark in a ring: quality passed
    [ring(0.5, 0.5, 0.42, 0.1), TEAL],
    [union(segment(0.3, 0.52, 0.44, 0.66, 0.12), segment(0.44, 0.66, 0.7, 0.36, 0.12)), TEAL],
  ],
  coaching: [
    // a person with a speech bubble: one-to-one coaching
    [union(circle(0.34, 0.36, 0.15), roundRect(0.1, 0.58, 0.58, 0.94, 0.2)), TEAL],
    [union(roundRect(0.56, 0.08, 0.94, 0.4, 0.08), triangle(0.6, 0.36, 0.72, 0.38, 0.58, 0.5)), TEAL],
  ],
  forecast: [
    // a rising line over a baseline, with a dashed tail: volume forecast
    [union(segment(0.1, 0.9, 0.9, 0.9, 0.06), segment(0.1, 0.9, 0.1, 0.1, 0.06)), TEAL],
    [union(segment(0.2, 0.72, 0.38, 0.5, 0.09), segment(0.38, 0.5, 0.52, 0.6, 0.09), segment(0.52, 0.6, 0.66, 0.36, 0.09)), TEAL],
    [union(circle(0.76, 0.24, 0.05), circle(0.88, 0.12, 0.04)), TEAL],
  ],
  training: [
    // a mortarboard over a check: trained and passed
    [union(triangle(0.5, 0.1, 0.06, 0.32, 0.94, 0.32), triangle(0.5, 0.54, 0.06, 0.32, 0.94, 0.32)), TEAL],
    [segment(0.84, 0.34, 0.84, 0.56, 0.06), TEAL],
    [union(segment(0.3, 0.74, 0.44, 0.88, 0.1), segment(0.44, 0.88, 0.72, 0.6, 0.1)), TEAL],
  ],
  payouts: [
    // a coin with a yuan sign
    [circle(0.5, 0.5, 0.44), TEAL],
    [union(segment(0.36, 0.26, 0.5, 0.46, 0.08), segment(0.64, 0.26, 0.5, 0.46, 0.08), segment(0.5, 0.46, 0.5, 0.76, 0.08), segment(0.36, 0.52, 0.64, 0.52, 0.07), segment(0.36, 0.64, 0.64, 0.64, 0.07)), WHITE],
  ],
};

/** Sizes: 16/32/80 for ribbon buttons (Office's required set), plus 64 for the app's high-res icon. */
const SIZES = { icon: [16, 32, 64, 80], peak: [16, 32, 80], review: [16, 32, 80], staffing: [16, 32, 80], roster: [16, 32, 80], qa: [16, 32, 80], coaching: [16, 32, 80], payouts: [16, 32, 80], forecast: [16, 32, 80], training: [16, 32, 80] };

const SAMPLES = 8;

function render(layers, size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          let color = CLEAR;
          for (const [inside, c] of layers) if (inside(x, y)) color = c;
          const alpha = color[3] / 255;
          r += color[0] * alpha; g += color[1] * alpha; b += color[2] * alpha; a += alpha;
        }
      }
      const o = (py * size + px) * 4;
      // un-premultiply the average so partly covered edge pixels keep the shape's colour
      rgba[o] = a ? Math.round(r / a) : 0;
      rgba[o + 1] = a ? Math.round(g / a) : 0;
      rgba[o + 2] = a ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return rgba;
}

// ---- PNG encoding (RGBA, 8 bit, no filter) ---------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
export function encodePng(rgba, size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const [name, layers] of Object.entries(ICONS)) {
  for (const size of SIZES[name]) {
    const file = join(OUT, `${name}-${size}.png`);
    writeFileSync(file, encodePng(render(layers, size), size));
    console.log(`wrote ${file}`);
  }
}
