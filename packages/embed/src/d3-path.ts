/**
 * In the place of d3-path (3.1) in the embed's bundles (build-options.mjs): the part of its `Path`
 * that the charts use. d3-shape's `line()`, which draws the components' `LinePath` with its linear
 * curve, calls `moveTo`, `lineTo` and `closePath` only; these write the same strings as d3-path's,
 * rounded the same way (packages/embed/test/d3-path.test.ts compares them). The curves, arcs and
 * rectangles it does not have throw, so that a chart that comes to need them says so. Written for
 * the embed after d3-path's API (ISC licence, Mike Bostock), about 1.8 kB smaller minified.
 */

/** A path being drawn, as d3-path's `Path`. */
export class Path {
  _x0: number | null = null;
  _y0: number | null = null;
  _x1: number | null = null;
  _y1: number | null = null;
  _ = "";
  /** 10 to the number of digits to round to, or null for none (as d3-path: more than 15 is none). */
  readonly #k: number | null;

  constructor(digits?: number | null) {
    if (digits == null) this.#k = null;
    else {
      const d = Math.floor(digits);
      if (!(d >= 0)) throw new Error(`invalid digits: ${digits}`);
      this.#k = d > 15 ? null : 10 ** d;
    }
  }

  #round(x: number): number {
    return this.#k === null ? x : Math.round(x * this.#k) / this.#k;
  }

  moveTo(x: number, y: number): void {
    this._ += `M${this.#round((this._x0 = this._x1 = +x))},${this.#round((this._y0 = this._y1 = +y))}`;
  }

  lineTo(x: number, y: number): void {
    this._ += `L${this.#round((this._x1 = +x))},${this.#round((this._y1 = +y))}`;
  }

  closePath(): void {
    if (this._x1 !== null) {
      this._x1 = this._x0;
      this._y1 = this._y0;
      this._ += "Z";
    }
  }

  quadraticCurveTo(): never {
    return unsupported("quadraticCurveTo");
  }

  bezierCurveTo(): never {
    return unsupported("bezierCurveTo");
  }

  arcTo(): never {
    return unsupported("arcTo");
  }

  arc(): never {
    return unsupported("arc");
  }

  rect(): never {
    return unsupported("rect");
  }

  toString(): string {
    return this._;
  }
}

function unsupported(method: string): never {
  throw new Error(`d3-path's ${method} is not in the embed's copy (packages/embed/src/d3-path.ts)`);
}

/** A new path, as d3-path's `path()`. */
export function path(): Path {
  return new Path();
}

/** A new path rounding to `digits`, as d3-path's `pathRound()`. */
export function pathRound(digits = 3): Path {
  return new Path(digits);
}
