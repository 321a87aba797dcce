// Process running and small statistics for the benchmark runner.
//
// Every measurement is one child process: wall-clock time from spawn to exit,
// taken around a synchronous spawn so that nothing else in this process runs
// while the child does. Startup cost of the engine is therefore included;
// run.mjs measures it separately (an empty program) so it can be read off.

import { spawnSync } from "node:child_process";
import { openSync, closeSync, existsSync, statSync } from "node:fs";
import { delimiter, join } from "node:path";

const MAX_OUTPUT = 1024 * 1024 * 1024;

/**
 * Run `cmd args...` once and time it.
 * opts: { cwd, env, stdinFile, timeoutMs }
 * Returns { status: 'ok'|'failed'|'timeout', code, signal, stdout, stderr, seconds, reason }.
 */
export function runTimed(cmd, args, opts = {}) {
  let stdinFd = null;
  if (opts.stdinFile) stdinFd = openSync(opts.stdinFile, "r");
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    stdio: [stdinFd ?? "ignore", "pipe", "pipe"],
    timeout: opts.timeoutMs,
    killSignal: "SIGKILL",
    maxBuffer: MAX_OUTPUT,
    encoding: "latin1",
  });
  const t1 = process.hrtime.bigint();
  if (stdinFd !== null) closeSync(stdinFd);
  const seconds = Number(t1 - t0) / 1e9;
  const out = { code: r.status, signal: r.signal, stdout: r.stdout ?? "", stderr: r.stderr ?? "", seconds };
  if (r.error && r.error.code === "ETIMEDOUT") return { ...out, status: "timeout", reason: `timed out after ${opts.timeoutMs / 1000} s` };
  if (r.error) return { ...out, status: "failed", reason: String(r.error.message ?? r.error) };
  if (r.signal) return { ...out, status: "failed", reason: `killed by ${r.signal}` };
  if (r.status !== 0) return { ...out, status: "failed", reason: `exit code ${r.status}: ${lastLines(r.stderr || r.stdout, 3)}` };
  return { ...out, status: "ok", reason: "" };
}

/** The last n non-empty lines of s, joined with " | ". */
export function lastLines(s, n) {
  const lines = String(s ?? "").split(/\r?\n/).filter((l) => l.trim() !== "");
  return lines.slice(-n).join(" | ");
}

/** Normalise program output for comparison: CRLF to LF, no trailing blank lines. */
export function normaliseOutput(s) {
  return String(s).replace(/\r\n/g, "\n").replace(/\n+$/, "\n");
}

/** A one-line description of the first difference between two outputs. */
export function firstDifference(got, want) {
  const g = got.split("\n");
  const w = want.split("\n");
  const n = Math.max(g.length, w.length);
  for (let i = 0; i < n; i++) {
    if (g[i] !== w[i]) {
      const show = (x) => (x === undefined ? "<end of output>" : JSON.stringify(x.length > 80 ? x.slice(0, 80) + "..." : x));
      return `line ${i + 1}: got ${show(g[i])}, expected ${show(w[i])}`;
    }
  }
  return "outputs differ";
}

/** Full path of an executable found on PATH, or null. */
export function which(name) {
  const dirs = (process.env.PATH ?? "").split(delimiter);
  for (const d of dirs) {
    if (!d) continue;
    const p = join(d, name);
    try {
      if (existsSync(p) && statSync(p).isFile()) return p;
    } catch {
      // unreadable PATH entry: skip it
    }
  }
  return null;
}

/** Smallest element of a non-empty array. */
export function best(xs) {
  let m = xs[0];
  for (let i = 1; i < xs.length; i++) if (xs[i] < m) m = xs[i];
  return m;
}

/** Median of a non-empty array (mean of the middle two for even lengths). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

/** Geometric mean of positive numbers, or null for an empty list. */
export function geomean(xs) {
  if (xs.length === 0) return null;
  let acc = 0;
  for (const x of xs) acc += Math.log(x);
  return Math.exp(acc / xs.length);
}
