// Process running and small statistics for the benchmark runner.
//
// Every measurement is one child process: wall-clock time from spawn to exit,
// taken around a synchronous spawn so that nothing else in this process runs
// while the child does. Startup cost of the engine is therefore included;
// run.mjs measures it separately (an empty program) so it can be read off.
//
// On Linux the child's CPU time (user + system) is measured too: once
// spawnSync has reaped the child, its times are added to this process's
// cutime/cstime fields in /proc/self/stat, so the difference around the
// spawn is the child's CPU time (in clock ticks, usually 10 ms). CPU time is
// much less disturbed than wall time when other processes compete for the
// cores; elsewhere it is null.

import { spawnSync } from "node:child_process";
import { openSync, closeSync, existsSync, statSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";

const MAX_OUTPUT = 1024 * 1024 * 1024;

// Clock ticks per second for /proc times (sysconf(_SC_CLK_TCK)).
let clockTicks = 0;

/** Seconds of CPU used by reaped children of this process, or null off Linux. */
export function childCpuSeconds() {
  let stat;
  try {
    stat = readFileSync("/proc/self/stat", "latin1");
  } catch {
    return null;
  }
  if (clockTicks === 0) {
    const r = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
    clockTicks = Number(r.stdout) > 0 ? Number(r.stdout) : 100;
  }
  // fields after "pid (comm)": state is field 3, cutime 16, cstime 17
  const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const cutime = Number(rest[16 - 3]);
  const cstime = Number(rest[17 - 3]);
  if (!Number.isFinite(cutime) || !Number.isFinite(cstime)) return null;
  return (cutime + cstime) / clockTicks;
}

/**
 * Run `cmd args...` once and time it.
 * opts: { cwd, env, stdinFile, timeoutMs }
 * Returns { status: 'ok'|'failed'|'timeout', code, signal, stdout, stderr,
 * seconds (wall), cpu (user + system seconds, or null), reason }.
 */
export function runTimed(cmd, args, opts = {}) {
  let stdinFd = null;
  if (opts.stdinFile) stdinFd = openSync(opts.stdinFile, "r");
  const c0 = childCpuSeconds();
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
  const c1 = childCpuSeconds();
  if (stdinFd !== null) closeSync(stdinFd);
  const seconds = Number(t1 - t0) / 1e9;
  const cpu = c0 === null || c1 === null ? null : Math.round((c1 - c0) * 1000) / 1000;
  const out = { code: r.status, signal: r.signal, stdout: r.stdout ?? "", stderr: r.stderr ?? "", seconds, cpu };
  if (r.error && r.error.code === "ETIMEDOUT") return { ...out, status: "timeout", reason: `timed out after ${opts.timeoutMs / 1000} s` };
  if (r.error) return { ...out, status: "failed", reason: String(r.error.message ?? r.error) };
  if (r.signal) return { ...out, status: "failed", reason: `killed by ${r.signal}` };
  if (r.status !== 0) return { ...out, status: "failed", reason: `exit code ${r.status}: ${firstLine(r.stderr || r.stdout)}` };
  return { ...out, status: "ok", reason: "" };
}

/** The first non-empty line of s (an error message), cut to 200 characters. */
export function firstLine(s) {
  const line = String(s ?? "").split(/\r?\n/).find((l) => l.trim() !== "") ?? "(no output)";
  return line.length > 200 ? line.slice(0, 200) + "..." : line;
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
