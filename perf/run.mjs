#!/usr/bin/env node
// tracelua benchmark runner (plain Node ESM, built-ins only).
//
// For every program it runs our CLI (node dist/cli.js <program> <size>) and
// each reference engine found on PATH (luajit, luajit -joff, lua5.1, lua5.4;
// fengari and wasmoon with --peers), N times with the engines interleaved
// round-robin inside each repetition. Every run's output is compared with the
// recorded expected output before its time counts: a wrong output is reported
// as WRONG and the engine is not timed further on that program. Best and
// median wall times go into a table with the ratios of tracelua against each
// reference engine and their geometric means, and into
// perf/results/<date>-<host>.json.
//
// See perf/README.md for the options; `node perf/run.mjs --help` lists them.

import { existsSync, mkdirSync, readdirSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname, cpus, tmpdir, platform, release, loadavg } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ALL_ENGINES, PEERS, canonicalEngine, installPeers, makeEngines } from "./lib/engines.mjs";
import { runTimed, normaliseOutput, firstDifference, best, median } from "./lib/proc.mjs";
import { loadOwnSuite, loadExternalSuite } from "./lib/suites.mjs";
import { makeLayout, headerLines, rowLine, geomeans, geomeanLine } from "./lib/report.mjs";

const perfDir = dirname(fileURLToPath(import.meta.url));
const rootDir = resolve(perfDir, "..");

const HELP = `usage: node perf/run.mjs [options]

  --quick            quick sizes (about 10x smaller), one repetition
  --reps N           repetitions per engine (default 3; 1 with --quick)
  --only a,b         run only these programs
  --engines a,b      engines to run (default: tracelua and every reference
                     engine on PATH; names: ${ALL_ENGINES.join(", ")})
  --peers            also run the JS peers fengari and wasmoon (installed on
                     demand into perf/peers/, which git ignores)
  --programs DIR     run a public suite instead of ours: Are We Fast Yet's
                     benchmarks/Lua, LuaJIT-test-cleanup's bench/ (PARAM file),
                     or any directory of .lua files; the expected output is
                     recorded on the fly from lua5.1 (luajit for bit/ffi users)
  --cli PATH         tracelua CLI to run (default dist/cli.js)
  --timeout S        per-run timeout in seconds (default 120; 60 with --quick)
  --base ENGINE      engine whose ratios are shown (default tracelua)
  --median           show medians instead of best times in the table
  --cpu              show CPU time (user + system of the child, Linux) instead
                     of wall-clock time; steadier on a busy machine
  --no-json          do not write perf/results/<date>-<host>.json
  --record           regenerate perf/expected/ from lua5.1 for both sizes
                     (cross-checked against luajit and lua5.4) and exit
  --help             this text
`;

// ---------------------------------------------------------------- options

/** Parse argv into an options object; exits on --help or a bad option. */
function parseArgs(argv) {
  const o = {
    quick: false, reps: null, only: null, engines: null, peers: false, programs: null,
    cli: join(rootDir, "dist", "cli.js"), timeout: null, base: "tracelua", median: false, cpu: false,
    json: true, record: false,
  };
  const list = (s) => s.split(",").map((x) => x.trim()).filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) die(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case "--quick": o.quick = true; break;
      case "--reps": o.reps = positiveInt(val(), a); break;
      case "--only": o.only = list(val()); break;
      case "--engines": o.engines = list(val()).map(canonicalEngine); break;
      case "--peers": o.peers = true; break;
      case "--programs": o.programs = val(); break;
      case "--cli": o.cli = resolve(val()); break;
      case "--timeout": o.timeout = Number(val()); if (!(o.timeout > 0)) die("--timeout needs seconds > 0"); break;
      case "--base": o.base = canonicalEngine(val()); break;
      case "--median": o.median = true; break;
      case "--cpu": o.cpu = true; break;
      case "--no-json": o.json = false; break;
      case "--record": o.record = true; break;
      case "--help": case "-h": process.stdout.write(HELP); process.exit(0); break;
      default: die(`unknown option ${a}\n\n${HELP}`);
    }
  }
  if (o.reps === null) o.reps = o.quick ? 1 : 3;
  if (o.timeout === null) o.timeout = o.quick ? 60 : 120;
  if (o.engines) for (const e of o.engines) if (!ALL_ENGINES.includes(e)) die(`unknown engine ${e}`);
  o.stat = (o.median ? "median" : "best") + (o.cpu ? "Cpu" : "");
  return o;
}

function positiveInt(s, name) {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1) die(`${name} needs a positive integer`);
  return n;
}

function die(msg) {
  process.stderr.write(`run.mjs: ${msg}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------- running

/** Human name of the statistic shown in the table. */
function statName(opts) {
  return `${opts.median ? "median" : "best"} of ${opts.reps} ${opts.cpu ? "CPU (user + system)" : "wall-clock"} time(s) in seconds`;
}

/** Run one program on one engine; returns the run with a verdict. */
function runOne(engine, prog, expected, opts) {
  if (!engine.available) return { status: "failed", reason: engine.reason, seconds: 0 };
  const [cmd, argv] = engine.command(prog.file, prog.args);
  const r = runTimed(cmd, argv, {
    cwd: prog.cwd,
    env: prog.env ?? process.env,
    stdinFile: prog.stdinFile,
    timeoutMs: opts.timeout * 1000,
  });
  if (r.status !== "ok") return r;
  if (expected !== null) {
    const got = prog.normalise(r.stdout);
    if (got !== expected) return { ...r, status: "WRONG", reason: firstDifference(got, expected) };
  }
  return r;
}

/** The expected output of prog: recorded, or taken now from a reference engine. */
function expectationFor(prog, refEngines, opts) {
  if (prog.expected !== null) return { text: prog.expected, source: "recorded" };
  for (const name of prog.expectFrom) {
    const eng = refEngines.get(name);
    if (!eng) continue;
    const r = runOne(eng, prog, null, opts);
    if (r.status === "ok") return { text: prog.normalise(r.stdout), source: name };
    return { text: null, source: `${name} ${r.status}: ${r.reason}` };
  }
  return { text: null, source: "no reference engine available" };
}

/** Time every engine on prog, interleaved round-robin per repetition. */
function measureProgram(prog, engines, expected, opts, progress) {
  const results = {};
  for (const e of engines) results[e.name] = { status: "ok", reason: "", times: [], cpu: [] };
  for (let rep = 0; rep < opts.reps; rep++) {
    for (const e of engines) {
      const res = results[e.name];
      if (res.status !== "ok") continue;
      progress(`${prog.name}: ${e.name} ${rep + 1}/${opts.reps}`);
      const r = runOne(e, prog, expected, opts);
      if (r.status !== "ok") {
        res.status = r.status;
        res.reason = r.reason;
        res.times = [];
        res.cpu = [];
      } else {
        res.times.push(r.seconds);
        if (r.cpu !== null && r.cpu !== undefined) res.cpu.push(r.cpu);
      }
    }
  }
  for (const e of engines) {
    const res = results[e.name];
    if (res.status === "ok" && res.times.length) {
      res.best = best(res.times);
      res.median = median(res.times);
      if (res.cpu.length === res.times.length) {
        res.bestCpu = best(res.cpu);
        res.medianCpu = median(res.cpu);
      }
    }
  }
  return results;
}

/** Best-of-3 time of an empty program per engine (process and VM startup). */
function measureStartup(engines, opts) {
  const file = join(tmpdir(), `tracelua-perf-empty-${process.pid}.lua`);
  writeFileSync(file, "-- empty\n");
  const prog = { name: "startup", file, args: [], cwd: tmpdir(), env: null, stdinFile: null, normalise: normaliseOutput };
  const out = {};
  for (const e of engines) {
    const times = [];
    let status = "ok";
    const cpu = [];
    for (let i = 0; i < 3 && status === "ok"; i++) {
      const r = runOne(e, prog, "", opts);
      if (r.status === "ok") {
        times.push(r.seconds);
        if (r.cpu !== null && r.cpu !== undefined) cpu.push(r.cpu);
      } else status = r.status;
    }
    out[e.name] = status === "ok" ? { status, best: best(times), bestCpu: cpu.length ? best(cpu) : null } : { status };
  }
  try { unlinkSync(file); } catch { /* already gone */ }
  return out;
}

// ---------------------------------------------------------------- record

/** --record: regenerate perf/expected/<name>.<size>.txt for both sizes. */
function record(opts) {
  const refs = new Map(makeEngines(["lua5.1", "luajit", "lua5.4"], { cli: opts.cli, perfDir, peersDir: "" }).map((e) => [e.name, e]));
  const lua51 = refs.get("lua5.1");
  if (!lua51) die("--record needs lua5.1 on PATH");
  const expDir = join(perfDir, "expected");
  mkdirSync(expDir, { recursive: true });
  const full = loadOwnSuite(perfDir, { quick: false, only: opts.only });
  const quick = loadOwnSuite(perfDir, { quick: true, only: opts.only });
  let problems = 0;
  for (let i = 0; i < full.length; i++) {
    const keep = new Set();
    for (const prog of [full[i], quick[i]]) {
      const file = `${prog.name}.${prog.size}.txt`;
      if (keep.has(file)) continue;
      keep.add(file);
      const r = runOne(lua51, prog, null, opts);
      if (r.status !== "ok") {
        process.stdout.write(`${prog.name} ${prog.size}: lua5.1 ${r.status}: ${r.reason}\n`);
        problems++;
        continue;
      }
      const text = normaliseOutput(r.stdout);
      writeFileSync(join(expDir, file), text, "latin1");
      const notes = [];
      for (const name of ["luajit", "lua5.4"]) {
        const e = refs.get(name);
        if (!e) continue;
        const c = runOne(e, prog, text, opts);
        notes.push(c.status === "ok" ? `${name} agrees` : `${name} ${c.status}: ${c.reason}`);
        if (c.status !== "ok") problems++;
      }
      process.stdout.write(`${file.padEnd(32)} ${r.seconds.toFixed(2)} s  ${notes.join(", ")}\n`);
    }
    // drop recordings of sizes no longer in params.json
    for (const f of readdirSync(expDir)) {
      if (f.startsWith(`${full[i].name}.`) && f.endsWith(".txt") && !keep.has(f) && /^\d/.test(f.slice(full[i].name.length + 1))) {
        unlinkSync(join(expDir, f));
        process.stdout.write(`removed stale ${f}\n`);
      }
    }
  }
  process.stdout.write(problems ? `${problems} problem(s)\n` : "all recorded outputs agree across the reference engines\n");
  process.exit(problems ? 1 : 0);
}

// ---------------------------------------------------------------- main

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.record) record(opts);

  const peersDir = join(perfDir, "peers");
  let names = opts.engines ?? ["tracelua", "luajit", "luajit-joff", "lua5.1", "lua5.4", ...(opts.peers ? PEERS : [])];
  if (names.some((n) => PEERS.includes(n)) && !installPeers(peersDir)) {
    process.stderr.write("could not install the JS peers; continuing without them\n");
    names = names.filter((n) => !PEERS.includes(n));
  }
  const engines = makeEngines(names, { cli: opts.cli, perfDir, peersDir });
  const missing = names.filter((n) => !engines.some((e) => e.name === n));
  // reference engines for on-the-fly expectations, even if not timed
  const refEngines = new Map(makeEngines(["lua5.1", "luajit"], { cli: opts.cli, perfDir, peersDir }).map((e) => [e.name, e]));

  let suite;
  if (opts.programs) {
    suite = loadExternalSuite(opts.programs, { quick: opts.quick, only: opts.only, cacheDir: join(perfDir, "results", "inputs") });
  } else {
    suite = { layout: "own", dir: join(perfDir, "programs"), programs: loadOwnSuite(perfDir, { quick: opts.quick, only: opts.only }) };
  }
  const programs = suite.programs;
  if (programs.length === 0) die("no programs selected");
  if (opts.only) {
    const unknown = opts.only.filter((n) => !programs.some((p) => p.name === n || p.name === n.toLowerCase()));
    if (unknown.length) process.stderr.write(`warning: no such program(s): ${unknown.join(", ")}\n`);
  }

  const out = process.stdout;
  const tty = process.stderr.isTTY;
  const progress = (msg) => { if (tty) process.stderr.write(`\r\x1b[K${msg}`); };
  const clearProgress = () => { if (tty) process.stderr.write("\r\x1b[K"); };

  out.write(`suite: ${suite.layout} (${suite.dir}), ${programs.length} programs, ${opts.quick ? "quick sizes" : "full sizes"}, ${opts.reps} rep(s), timeout ${opts.timeout} s\n`);
  for (const e of engines) out.write(`  ${e.name.padEnd(12)} ${e.available ? e.version() : `unavailable: ${e.reason}`}\n`);
  for (const n of missing) out.write(`  ${n.padEnd(12)} not found on PATH, skipped\n`);

  const load0 = loadavg()[0];
  const cores = cpus().length;
  out.write(`load average ${load0.toFixed(2)} on ${cores} cores; table shows ${statName(opts)}\n`);
  if (load0 > cores && !opts.cpu) out.write(`warning: the machine is busy, wall times are inflated; --cpu gives steadier numbers\n`);
  const startup = measureStartup(engines, opts);
  const startKey = opts.cpu ? "bestCpu" : "best";
  const showStart = (s) => (s.status !== "ok" ? s.status : typeof s[startKey] === "number" ? s[startKey].toFixed(3) : "?");
  out.write(`startup (empty program, best of 3):${engines.map((e) => ` ${e.name} ${showStart(startup[e.name])}`).join(",")}\n\n`);

  const engineNames = engines.map((e) => e.name);
  const layout = makeLayout(programs, engineNames, opts.base);
  for (const l of headerLines(layout)) out.write(l + "\n");

  const rows = [];
  const notes = [];
  for (const prog of programs) {
    progress(`${prog.name}: expected output`);
    const exp = expectationFor(prog, refEngines, opts);
    if (exp.text === null) notes.push(`${prog.name}: no expected output (${exp.source}); outputs not checked`);
    else if (exp.source !== "recorded") notes.push(`${prog.name}: expected output taken from ${exp.source}`);
    const results = measureProgram(prog, engines, exp.text, opts, progress);
    clearProgress();
    out.write(rowLine(layout, prog, results, opts.stat) + "\n");
    for (const e of engineNames) {
      const r = results[e];
      if (r.status !== "ok" && !(e === "tracelua" && !engines.find((x) => x.name === e).available)) notes.push(`${prog.name}: ${e} ${r.status}: ${r.reason}`);
    }
    rows.push({ name: prog.name, size: prog.size, args: prog.args, expectation: exp.source, results });
  }
  const gm = geomeans(layout, rows, opts.stat);
  const gmOther = geomeans(layout, rows, opts.cpu ? opts.stat.replace("Cpu", "") : `${opts.stat}Cpu`);
  if (layout.ratioCols.length) out.write(geomeanLine(layout, gm) + "\n");
  const tl = engines.find((e) => e.name === "tracelua");
  if (tl && !tl.available) out.write(`\ntracelua: failed (${tl.reason})\n`);
  if (notes.length) out.write(`\n${notes.join("\n")}\n`);

  const load1 = loadavg()[0];
  if (load1 > cores && !opts.cpu) out.write(`\nload average at the end: ${load1.toFixed(2)} on ${cores} cores (wall times are inflated)\n`);
  if (opts.json) {
    const file = writeJson({ opts, suite, engines, startup, rows, gm, gmOther, layout, load: [load0, load1] });
    out.write(`\nresults written to ${file}\n`);
  }
}

/** Write the run to perf/results/<date>-<host>.json (numbered if taken). */
function writeJson({ opts, suite, engines, startup, rows, gm, gmOther, layout, load }) {
  const dir = join(perfDir, "results");
  mkdirSync(dir, { recursive: true });
  const now = new Date();
  const date = now.toISOString().slice(0, 10);
  const host = hostname().replace(/[^A-Za-z0-9_.-]/g, "_");
  let file = join(dir, `${date}-${host}.json`);
  for (let k = 2; existsSync(file); k++) file = join(dir, `${date}-${host}-${k}.json`);
  const data = {
    date: now.toISOString(),
    host: hostname(),
    machine: { cpu: cpus()[0]?.model ?? "?", cores: cpus().length, platform: `${platform()} ${release()}`, node: process.version, loadAverage: load },
    options: { quick: opts.quick, reps: opts.reps, timeout: opts.timeout, only: opts.only, programs: opts.programs, cli: opts.cli, base: opts.base, statistic: opts.stat },
    suite: { layout: suite.layout, dir: suite.dir },
    engines: engines.map((e) => ({ name: e.name, available: e.available, version: e.available ? e.version() : null, reason: e.reason })),
    startup,
    programs: rows,
    // geometric means of base/engine ratios: for the table's statistic, and
    // for the other clock (wall <-> cpu)
    geomeans: {
      [opts.stat]: Object.fromEntries(layout.ratioCols.map((c) => [`${opts.base}/${c.name}`, gm[c.name]])),
      [opts.cpu ? opts.stat.replace("Cpu", "") : `${opts.stat}Cpu`]: Object.fromEntries(layout.ratioCols.map((c) => [`${opts.base}/${c.name}`, gmOther[c.name]])),
    },
  };
  writeFileSync(file, JSON.stringify(data, null, 2) + "\n");
  return file;
}

main();
