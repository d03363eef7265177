import { segment, type Issue } from "./issues";
import type { IssueSink } from "./schema-check";

/**
 * The deepest an evaluation may nest arrays and objects, the document itself being level 1. Real
 * reports need 5; the rest is room for `x-` extensions. Deeper input is an error (`max-depth`), so
 * nothing downstream has to be ready for a 2 000-deep array.
 */
export const MAX_DEPTH = 100;

/** One array or object being walked: its keys, how far through them the walk is, and its height. */
interface Frame {
  node: object;
  path: string;
  keys: readonly string[];
  next: number;
  /** Levels of arrays and objects in this node, itself included (1 when it holds none). */
  height: number;
}

/**
 * Reads every value of the input once, iteratively (no depth can overflow the stack), and reports
 * what would make the other checks unsafe, each at its JSON Pointer: a property whose getter or
 * Proxy trap throws (`unreadable`), a value that contains itself (`cycle`) and nesting deeper than
 * {@link MAX_DEPTH} (`max-depth`). Returns false when some value could not be read.
 */
export function inspectValues(input: unknown, sink: IssueSink): boolean {
  let readable = true;
  // A node's path while it is being walked (a cycle leads back to it), its height once done.
  const seen = new Map<object, string | number>();
  const stack: Frame[] = [];
  const error = (kind: string, path: string, message: string, details: Issue["details"]) =>
    sink.add({ severity: "error", kind, path, message, details });
  const unreadable = (path: string) => {
    readable = false;
    error("unreadable", path, UNREADABLE, {});
  };
  const tooDeep = (path: string) =>
    error("max-depth", path, `nested more than ${MAX_DEPTH} levels deep`, { maxDepth: MAX_DEPTH });
  // Raises the height of the node being walked to hold a child of `height` levels.
  const grow = (height: number) => {
    const parent = stack[stack.length - 1];
    if (parent && parent.height <= height) parent.height = height + 1;
  };
  const enter = (value: object, path: string) => {
    const mark = seen.get(value);
    const depth = stack.length + 1;
    if (typeof mark === "string")
      return error("cycle", path, `contains itself (the value at ${mark || "/"})`, { target: mark });
    if (mark !== undefined) {
      // Shared, not cyclic: walked before, so only its depth in this place is checked.
      if (depth + mark - 1 > MAX_DEPTH) tooDeep(path);
      return grow(mark);
    }
    if (depth > MAX_DEPTH) {
      seen.set(value, 1);
      return tooDeep(path);
    }
    let keys: string[] = [];
    try {
      keys = Object.keys(value);
    } catch {
      unreadable(path);
    }
    seen.set(value, path);
    stack.push({ node: value, path, keys, next: 0, height: 1 });
  };
  if (typeof input === "object" && input !== null) enter(input, "");
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const key = frame.keys[frame.next++];
    if (key === undefined) {
      stack.pop();
      seen.set(frame.node, frame.height);
      grow(frame.height);
      continue;
    }
    try {
      const value: unknown = (frame.node as Record<string, unknown>)[key];
      if (typeof value === "object" && value !== null) enter(value, frame.path + segment(key));
    } catch {
      unreadable(frame.path + segment(key));
    }
  }
  return readable;
}

/** The message of an `unreadable` error. */
export const UNREADABLE = "could not be read: reading it threw an exception";
