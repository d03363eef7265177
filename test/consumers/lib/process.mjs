// Child processes for the consumer tests: run a command with its output captured, in an
// environment that points at nothing in the workspace.
import { spawn } from "node:child_process";
import { delimiter } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** The children still running, each the leader of its own process group. */
const live = new Set();

/** Spawns a command in its own process group and tracks it until it exits. */
function spawnTracked(command, args, cwd, env) {
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  live.add(child);
  child.on("exit", () => live.delete(child));
  child.on("error", () => live.delete(child));
  return child;
}

// Interrupted (Ctrl-C, a CI timeout): end every install, build and server this run started.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    for (const child of live) killGroup(child);
    process.exit(128 + (signal === "SIGINT" ? 2 : 15));
  });
}

/** The workspace's root, so that nothing of it leaks into a consumer's environment. */
export const WORKSPACE = new URL("../../../", import.meta.url).pathname.replace(/\/$/, "");

/**
 * The environment of a consumer's commands: no `npm_*` variables (pnpm sets them when it runs the
 * root script, and npm would take them as its own configuration), no NODE_PATH, and no PATH entry
 * inside the workspace (its node_modules/.bin would otherwise answer for `tsc`, `next` or `kompass`).
 */
export function consumerEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) || key === "NODE_PATH" || key === "INIT_CWD" || key.startsWith("PNPM_")) continue;
    env[key] = value;
  }
  env.PATH = (process.env.PATH ?? "")
    .split(delimiter)
    .filter((entry) => entry !== "" && !entry.startsWith(WORKSPACE))
    .join(delimiter);
  return { ...env, NEXT_TELEMETRY_DISABLED: "1", NO_UPDATE_NOTIFIER: "1", CI: process.env.CI ?? "true", ...extra };
}

/**
 * Runs a command to its end and resolves with its exit code and its interleaved output; never
 * rejects (a missing program is exit code 127 with the error as output). Killed after `timeoutMs`.
 */
export function run(command, args, { cwd, env = consumerEnv(), timeoutMs = 600_000 } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawnTracked(command, args, cwd, env);
    let output = "";
    const append = (chunk) => {
      output += chunk.toString();
    };
    child.stdout.on("data", append);
    child.stderr.on("data", append);
    const timer = setTimeout(() => {
      output += `\n[killed after ${Math.round(timeoutMs / 1000)} s]`;
      killGroup(child);
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ code: 127, output: `${output}${error.message}`, seconds: (Date.now() - started) / 1000 });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), output, seconds: (Date.now() - started) / 1000 });
    });
  });
}

/**
 * Starts a long-running command (a server) in its own process group; `stop()` ends the group and
 * resolves once every process in it has exited (a `next dev` worker still writing into `.next`
 * would otherwise race the removal of the project folder).
 */
export function start(command, args, { cwd, env = consumerEnv() } = {}) {
  const child = spawnTracked(command, args, cwd, env);
  const server = { child, output: "", exited: null };
  child.stdout.on("data", (chunk) => (server.output += chunk.toString()));
  child.stderr.on("data", (chunk) => (server.output += chunk.toString()));
  child.on("exit", (code, signal) => (server.exited = code ?? signal));
  child.on("error", (error) => {
    server.output += error.message;
    server.exited = 127;
  });
  server.stop = () => stopGroup(child);
  return server;
}

/** Ends a child started with `detached: true` together with the processes it started. */
function killGroup(child) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  signalGroup(child.pid, "SIGTERM");
}

/** Sends a signal to the group led by `pid`, if any of it is left. */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Whether any process of the group led by `pid` is still alive. */
function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Ends the group (SIGTERM, then SIGKILL after `graceMs`) and waits until none of it is left. */
async function stopGroup(child, graceMs = 10_000) {
  if (child.pid === undefined) return;
  // The whole group, even when its leader has exited already and left workers behind.
  signalGroup(child.pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (groupAlive(child.pid)) {
    if (Date.now() > deadline) signalGroup(child.pid, "SIGKILL");
    await sleep(100);
  }
}

/** At most `limit` of the given async jobs at a time (the machine has two cores). */
export function limiter(limit) {
  let active = 0;
  const waiting = [];
  const next = () => {
    if (active >= limit || waiting.length === 0) return;
    active++;
    const { job, resolve, reject } = waiting.shift();
    Promise.resolve()
      .then(job)
      .then(resolve, reject)
      .finally(() => {
        active--;
        next();
      });
  };
  return (job) =>
    new Promise((resolve, reject) => {
      waiting.push({ job, resolve, reject });
      next();
    });
}

/** The last `lines` lines of a command's output, for a failure message. */
export function tail(output, lines = 60) {
  const all = output.trimEnd().split("\n");
  return (all.length > lines ? [`… (${all.length - lines} lines before)`, ...all.slice(-lines)] : all)
    .map((line) => `    ${line}`)
    .join("\n");
}
