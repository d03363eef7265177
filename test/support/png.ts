/**
 * A small PNG reader for the tests of the pictures (8-bit RGB or RGBA, not interlaced: what resvg
 * and Chromium's canvas write): the size, and the pixels, to count those that are not the
 * background. Written with node:zlib, apart from the code under test; throws on anything else.
 */
import { inflateSync } from "node:zlib";

export interface Png {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  pixels: Uint8Array;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes each scanline's filter (PNG spec 9), in place into `out`. */
function unfilter(raw: Uint8Array, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[y * stride + x - bpp]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      out[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  return out;
}

export function decodePng(bytes: Uint8Array): Png {
  const data = Buffer.from(bytes);
  if (!SIGNATURE.every((b, i) => data[i] === b)) throw new Error("not a PNG");
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  const idat: Buffer[] = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString("latin1", offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      colourType = body[9]!;
      if (body[8] !== 8 || body[12] !== 0 || (colourType !== 2 && colourType !== 6))
        throw new Error(`unsupported PNG: depth ${body[8]}, colour type ${colourType}, interlace ${body[12]}`);
    } else if (type === "IDAT") idat.push(body);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  const bpp = colourType === 6 ? 4 : 3;
  const rows = unfilter(inflateSync(Buffer.concat(idat)), width, height, bpp);
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    pixels.set(rows.subarray(i * bpp, i * bpp + 3), i * 4);
    pixels[i * 4 + 3] = bpp === 4 ? rows[i * bpp + 3]! : 255;
  }
  return { width, height, pixels };
}

/** How many pixels differ from the first one (the background) by more than a little. */
export function nonBackgroundPixels(png: Png): number {
  const [r, g, b, a] = png.pixels.subarray(0, 4);
  let count = 0;
  for (let i = 0; i < png.pixels.length; i += 4) {
    const d =
      Math.abs(png.pixels[i]! - r!) +
      Math.abs(png.pixels[i + 1]! - g!) +
      Math.abs(png.pixels[i + 2]! - b!) +
      Math.abs(png.pixels[i + 3]! - a!);
    if (d > 24) count++;
  }
  return count;
}

/** The RGBA of one pixel. */
export function pixelAt(png: Png, x: number, y: number): [number, number, number, number] {
  const i = (y * png.width + x) * 4;
  return [png.pixels[i]!, png.pixels[i + 1]!, png.pixels[i + 2]!, png.pixels[i + 3]!];
}
