/**
 * In the place of classnames (2.5) in the embed's bundles (build-options.mjs), which @visx/shape's
 * `LinePath` and `Bar` call to join their class names: the same string for the same arguments
 * (strings, numbers, arrays, objects of flags; packages/embed/test/classnames.test.ts compares them
 * with classnames itself), about 0.6 kB smaller minified and compressed. Written for the embed
 * after classnames' API (MIT licence, Jed Watson).
 */
export default function classNames(...args: unknown[]): string {
  const names: string[] = [];
  for (const arg of args) {
    if (!arg) continue;
    if (typeof arg === "string" || typeof arg === "number") names.push(String(arg));
    else if (Array.isArray(arg)) {
      const inner = classNames(...(arg as unknown[]));
      if (inner) names.push(inner);
    } else if (typeof arg === "object") {
      // An object with its own toString (not Object's) is its string, as classnames has it.
      const own = (arg as { toString: unknown }).toString;
      if (own !== Object.prototype.toString && !String(own).includes("[native code]")) {
        if (String(arg)) names.push(String(arg));
      } else
        for (const key in arg)
          if (key && Object.hasOwn(arg, key) && (arg as Record<string, unknown>)[key]) names.push(key);
    }
  }
  return names.join(" ");
}
