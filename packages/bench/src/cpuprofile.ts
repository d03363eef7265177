// Reads a V8 CPU profile (.cpuprofile from node --cpu-prof, or Chrome's Profiler.stop) and
// sums self time per function and per package.
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  where: string;
  ms: number;
  share: number;
}

/** Which package (or part) a script URL belongs to. */
export function packageOf(url: string): string {
  if (!url) return "(V8, GC, native)";
  if (url.includes("packages/core/")) return "@kommunkompassen/core";
  if (url.includes("packages/react/")) return "@kommunkompassen/react";
  if (url.includes("packages/cli/")) return "@kommunkompassen/cli";
  if (url.includes("packages/import/")) return "@kommunkompassen/import";
  if (url.includes("kommunkompass.js")) return "@kommunkompassen/embed (bundle)";
  if (url.includes("hydrate.js")) return "report client bundle (React + ours)";
  if (url.includes("packages/bench/")) return "bench harness";
  const m = url.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1]!;
  if (url.startsWith("node:") || !url.includes("/")) return "node internals";
  return url;
}

export function selfTimes(
  profile: CpuProfile,
  top = 12,
): { total: number; functions: SelfTime[]; packages: { name: string; ms: number; share: number }[] } {
  const byNode = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++)
    byNode.set(profile.samples[i]!, (byNode.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const functions = new Map<string, SelfTime>();
  const packages = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = byNode.get(node.id) ?? 0;
    if (us === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)" || functionName === "(program)") continue;
    total += us;
    const name = functionName || "(anonymous)";
    const file = url
      .replace(/^file:\/\//, "")
      .replace(/.*\/node_modules\/\.pnpm\/[^/]+\/node_modules\//, "")
      .replace(/.*\/packages\//, "packages/")
      .replace(/^https?:\/\/[^/]+/, "");
    const where = file ? `${file}:${lineNumber + 1}` : "";
    const key = `${name} ${where}`;
    const entry = functions.get(key) ?? { name, where, ms: 0, share: 0 };
    entry.ms += us / 1000;
    functions.set(key, entry);
    const pkg = packageOf(url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us / 1000);
  }
  const totalMs = total / 1000;
  return {
    total: totalMs,
    functions: [...functions.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top)
      .map((f) => ({ ...f, share: f.ms / totalMs })),
    packages: [...packages]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, ms]) => ({ name, ms, share: ms / totalMs })),
  };
}
