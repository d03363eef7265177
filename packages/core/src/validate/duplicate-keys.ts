/** A key that appears more than once in one JSON object. */
export interface DuplicateKey {
  /** JSON Pointer of the object. */
  path: string;
  /** The repeated key. */
  key: string;
}

const escape = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * Finds keys that appear twice in one object of a valid JSON text. `JSON.parse` silently keeps the
 * last value, which would hide a published number; this scan reports them instead. Iterative (no
 * recursion), so deep nesting cannot overflow the stack; linear in the length of the text.
 */
export function findDuplicateKeys(text: string, limit = 100): DuplicateKey[] {
  type Frame = { keys: Set<string> | null; path: string; index: number; key: string | null };
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const ch = text[i];
    if (ch === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      const frame = stack[stack.length - 1];
      if (frame?.keys && expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (frame.keys.has(key)) found.push({ path: frame.path, key });
        frame.keys.add(key);
        frame.key = key;
        expectKey = false;
      }
      i = end;
    } else if (ch === "{" || ch === "[") {
      const parent = stack[stack.length - 1];
      const segment = parent ? (parent.keys ? (parent.key ?? "") : String(parent.index)) : null;
      const path = parent && segment !== null ? `${parent.path}/${escape(segment)}` : "";
      stack.push({ keys: ch === "{" ? new Set() : null, path, index: 0, key: null });
      expectKey = ch === "{";
    } else if (ch === "}" || ch === "]") {
      stack.pop();
    } else if (ch === ",") {
      const frame = stack[stack.length - 1];
      if (frame?.keys) expectKey = true;
      else if (frame) frame.index++;
    }
  }
  return found;
}
