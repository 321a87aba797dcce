// Text table and JSON output of a benchmark run.
//
//   program          size  tracelua    luajit  luajit-joff  ... | tl/luajit  tl/joff ...
//   fib                36     1.234     0.110        0.880  ... |     11.22     1.40 ...
//   ...
//   geometric mean                                            |     10.01     1.32 ...
//
// Time cells are seconds (best of N wall-clock times unless --median or
// --cpu pick another statistic), or the status of an engine that could not
// be timed: WRONG (output differs from the expected output), failed (crash,
// error exit, missing CLI), timeout. A ratio is base time / other time, so
// above 1 means the base engine is slower.
//
// `stat` below names the field of a result record to show: best, median
// (wall clock) or bestCpu, medianCpu (user + system time).

import { SHORT } from "./engines.mjs";
import { geomean } from "./proc.mjs";

/** Column layout for a run: engine names, the base engine, and the widths. */
export function makeLayout(programs, engines, base) {
  const nameW = Math.max(16, ...programs.map((p) => p.name.length)) + 1;
  const sizeW = Math.max(6, ...programs.map((p) => String(p.size ?? "").length)) + 1;
  const timeCols = engines.map((e) => ({ name: e, w: Math.max(9, e.length) + 1 }));
  const others = engines.filter((e) => e !== base);
  const ratioCols = engines.includes(base)
    ? others.map((e) => ({ name: e, label: `${SHORT[base] ?? base}/${SHORT[e] ?? e}`, w: 0 }))
    : [];
  for (const c of ratioCols) c.w = Math.max(8, c.label.length) + 1;
  return { nameW, sizeW, timeCols, ratioCols, base };
}

/** The header line (and a rule under it). */
export function headerLines(L) {
  let s = "program".padEnd(L.nameW) + "size".padStart(L.sizeW);
  for (const c of L.timeCols) s += c.name.padStart(c.w);
  if (L.ratioCols.length) {
    s += " |";
    for (const c of L.ratioCols) s += c.label.padStart(c.w);
  }
  return [s, "-".repeat(s.length)];
}

/** A cell for one engine's result on one program. */
export function timeCell(r, stat) {
  if (!r) return "-";
  if (r.status !== "ok") return r.status;
  const v = r[stat];
  return typeof v === "number" ? v.toFixed(3) : "?";
}

/** base/other ratio for one program, or null when either was not timed. */
export function ratio(results, base, other, stat) {
  const a = results[base];
  const b = results[other];
  if (!a || !b || a.status !== "ok" || b.status !== "ok") return null;
  const ta = a[stat];
  const tb = b[stat];
  if (!(ta > 0) || !(tb > 0)) return null;
  return ta / tb;
}

/** One table row for a finished program. */
export function rowLine(L, prog, results, stat) {
  let s = prog.name.padEnd(L.nameW) + String(prog.size ?? "").padStart(L.sizeW);
  for (const c of L.timeCols) s += timeCell(results[c.name], stat).padStart(c.w);
  if (L.ratioCols.length) {
    s += " |";
    for (const c of L.ratioCols) {
      const r = ratio(results, L.base, c.name, stat);
      s += (r === null ? "-" : r.toFixed(2)).padStart(c.w);
    }
  }
  return s;
}

/** Geometric mean of the ratios per ratio column: { engine: value|null }. */
export function geomeans(L, rows, stat) {
  const out = {};
  for (const c of L.ratioCols) {
    const xs = [];
    for (const row of rows) {
      const r = ratio(row.results, L.base, c.name, stat);
      if (r !== null) xs.push(r);
    }
    out[c.name] = { value: geomean(xs), programs: xs.length };
  }
  return out;
}

/** The closing geometric-mean line. */
export function geomeanLine(L, gm) {
  let s = "geometric mean".padEnd(L.nameW + L.sizeW);
  for (const c of L.timeCols) s += "".padStart(c.w);
  if (L.ratioCols.length) {
    s += " |";
    for (const c of L.ratioCols) {
      const g = gm[c.name];
      s += (g.value === null ? "-" : g.value.toFixed(2)).padStart(c.w);
    }
  }
  return s;
}
