// Benchmark suites: which programs to run, with which arguments, and what
// output counts as correct.
//
// A program record (one per benchmark) looks like
//
//   { name, file, args, cwd, env, stdinFile, size,
//     expected,        // the correct output, or null = take it from expectFrom
//     expectedPath,    // where our own suite keeps it (perf/expected/...)
//     expectFrom,      // engine whose output defines correctness when expected is null
//     normalise }      // output -> comparable text (drops timing lines etc.)
//
// Layouts understood:
//   own       perf/programs/*.lua + perf/params.json + perf/expected/<name>.<size>.txt
//   awfy      Are We Fast Yet's benchmarks/Lua: harness.lua <Name> <outer> <inner>
//   ljbench   LuaJIT-test-cleanup's bench/: PARAM_<arch>.txt lines "name arg [stdin-file]"
//   plain     any directory of .lua files, run without arguments

import { existsSync, readFileSync, readdirSync, statSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve, basename } from "node:path";
import { normaliseOutput, runTimed } from "./proc.mjs";

/** Load our own suite from perfDir. */
export function loadOwnSuite(perfDir, { quick, only }) {
  const params = JSON.parse(readFileSync(join(perfDir, "params.json"), "utf8"));
  const progDir = join(perfDir, "programs");
  const programs = [];
  for (const file of readdirSync(progDir).filter((f) => f.endsWith(".lua")).sort()) {
    const name = basename(file, ".lua");
    if (!selected(name, only)) continue;
    const p = params[name];
    if (!p) throw new Error(`perf/params.json has no entry for ${name}`);
    const size = quick ? p.quick : p.size;
    const expectedPath = join(perfDir, "expected", `${name}.${size}.txt`);
    programs.push({
      name,
      file: join(progDir, file),
      args: [String(size)],
      cwd: progDir,
      env: null,
      stdinFile: null,
      size,
      expected: existsSync(expectedPath) ? normaliseOutput(readFileSync(expectedPath, "latin1")) : null,
      expectedPath,
      expectFrom: ["lua5.1", "luajit"],
      normalise: normaliseOutput,
    });
  }
  return programs;
}

/** Is name picked by the --only list (null = everything)? */
function selected(name, only) {
  return !only || only.includes(name);
}

/** Does the Lua source require the bit library (so prefer luajit for expectations)? */
function usesBit(file) {
  const src = readFileSync(file, "latin1");
  return /require\s*\(?\s*["']bit["']/.test(src);
}

/** Engines to ask for the reference output of a file: luajit first for bit/ffi users. */
function expectationEngines(file) {
  const src = readFileSync(file, "latin1");
  if (/require\s*\(?\s*["']ffi["']/.test(src)) return ["luajit"];
  if (usesBit(file)) return ["luajit", "lua5.1"];
  return ["lua5.1", "luajit"];
}

/**
 * Load a public suite from dir. Returns { layout, dir, programs }.
 * Quick runs shrink the sizes (PARAM arguments, AWFY inner iterations).
 */
export function loadExternalSuite(dirArg, { quick, only, cacheDir }) {
  const dir = resolve(dirArg);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`--programs: not a directory: ${dir}`);
  const awfyDir = [dir, join(dir, "benchmarks", "Lua"), join(dir, "Lua")].find((d) => existsSync(join(d, "harness.lua")));
  if (awfyDir) return { layout: "awfy", dir: awfyDir, programs: loadAwfy(awfyDir, { quick, only }) };
  const benchDir = [dir, join(dir, "bench")].find((d) => findParamFile(d));
  if (benchDir) return { layout: "ljbench", dir: benchDir, programs: loadLjBench(benchDir, { quick, only, cacheDir }) };
  return { layout: "plain", dir, programs: loadPlain(dir, { only }) };
}

// An environment whose LUA_PATH finds modules next to the programs.
function envWithPath(dir) {
  const lp = `${dir}/?.lua;;`;
  return { ...process.env, LUA_PATH: lp, LUA_PATH_5_3: lp, LUA_PATH_5_4: lp };
}

// ---------------------------------------------------------------- plain

function loadPlain(dir, { only }) {
  const programs = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".lua")).sort()) {
    const name = basename(file, ".lua");
    if (!selected(name, only)) continue;
    const path = join(dir, file);
    programs.push(externalProgram(name, path, [], dir, null, null));
  }
  return programs;
}

// A program record whose expectation is computed on the fly.
function externalProgram(name, path, args, cwd, stdinFile, size) {
  return {
    name,
    file: path,
    args,
    cwd,
    env: envWithPath(cwd),
    stdinFile,
    size,
    expected: null,
    expectedPath: null,
    expectFrom: expectationEngines(path),
    normalise: normaliseOutput,
  };
}

// ---------------------------------------------------------------- LuaJIT bench/

// The PARAM file for this machine's architecture, else any PARAM_*.txt.
function findParamFile(dir) {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => /^PARAM.*\.txt$/.test(f));
  if (files.length === 0) return null;
  const arch = { x64: "x86", ia32: "x86", arm64: "arm64", arm: "arm" }[process.arch] ?? process.arch;
  const pick = files.find((f) => f === `PARAM_${arch}.txt`) ?? files.find((f) => f === "PARAM_x86.txt") ?? files.sort()[0];
  return join(dir, pick);
}

// A smaller argument for quick runs: big counts shrink 10x, small ones (depths,
// exponents, n) shrink by 2, since their work is usually exponential.
function quickArg(a) {
  const v = Number(a);
  if (!Number.isFinite(v)) return a;
  if (v >= 100) return String(Math.max(1, Math.round(v / 10)));
  if (v > 4) return String(Math.round(v - 2));
  return a;
}

function loadLjBench(dir, { quick, only, cacheDir }) {
  const paramFile = findParamFile(dir);
  const programs = [];
  for (const line of readFileSync(paramFile, "utf8").split("\n")) {
    const parts = line.trim().split(/\s+/).filter(Boolean);
    if (parts.length === 0 || parts[0].startsWith("#")) continue;
    const [name, arg, input] = parts;
    if (!selected(name, only)) continue;
    const path = join(dir, `${name}.lua`);
    if (!existsSync(path)) continue;
    const args = arg === undefined ? [] : [quick ? quickArg(arg) : arg];
    let stdinFile = null;
    if (input) {
      stdinFile = join(dir, input);
      if (!existsSync(stdinFile)) stdinFile = generateInput(dir, input, cacheDir);
      if (!stdinFile) {
        process.stderr.write(`skipping ${name}: input ${input} not found and cannot be generated\n`);
        continue;
      }
    }
    programs.push(externalProgram(name, path, args, dir, stdinFile, args[0] ?? null));
  }
  return programs;
}

// Make FASTA_<n> with the suite's own fasta.lua, SUMCOL_<n> as n copies of a
// column of numbers; cached under cacheDir. Returns the path or null.
function generateInput(dir, input, cacheDir) {
  mkdirSync(cacheDir, { recursive: true });
  const out = join(cacheDir, input);
  if (existsSync(out)) return out;
  let m = /^FASTA_(\d+)$/.exec(input);
  if (m && existsSync(join(dir, "fasta.lua"))) {
    for (const exe of ["luajit", "lua5.1", "lua5.4"]) {
      const r = runTimed(exe, [join(dir, "fasta.lua"), m[1]], { cwd: dir, timeoutMs: 600000 });
      if (r.status === "ok") {
        writeFileSync(out, r.stdout, "latin1");
        return out;
      }
    }
    return null;
  }
  m = /^SUMCOL_(\d+)$/.exec(input);
  if (m) {
    const col = [];
    for (let i = 0; i < 1000; i++) col.push(String(((i * 7919) % 2001) - 1000));
    const block = col.join("\n") + "\n";
    writeFileSync(out, block.repeat(Number(m[1])), "latin1");
    return out;
  }
  return null;
}

// ---------------------------------------------------------------- Are We Fast Yet

// Inner iterations per benchmark for one timed run of about half a second
// to a second under an interpreter; quick runs use a tenth.
const AWFY_INNER = {
  Bounce: 400,
  CD: 40,
  DeltaBlue: 3000,
  Havlak: 3,
  Json: 20,
  List: 300,
  Mandelbrot: 100,
  NBody: 40000,
  Permute: 400,
  Queens: 300,
  Richards: 5,
  Sieve: 600,
  Storage: 100,
  Towers: 300,
};

function loadAwfy(dir, { quick, only }) {
  const files = new Set(readdirSync(dir));
  const programs = [];
  for (const bench of Object.keys(AWFY_INNER)) {
    const lower = bench.toLowerCase();
    if (!files.has(`${lower}.lua`)) continue;
    if (!selected(bench, only) && !selected(lower, only)) continue;
    const inner = quick ? Math.max(1, Math.round(AWFY_INNER[bench] / 10)) : AWFY_INNER[bench];
    programs.push({
      name: lower,
      file: join(dir, "harness.lua"),
      args: [bench, "1", String(inner)],
      cwd: dir,
      env: envWithPath(dir),
      stdinFile: null,
      size: inner,
      expected: null,
      expectedPath: null,
      expectFrom: ["lua5.1", "luajit"],
      // the harness prints its own timings; they are not part of the result
      normalise: (s) =>
        normaliseOutput(
          String(s)
            .split(/\r?\n/)
            .filter((l) => !/runtime:|average:|Total Runtime/i.test(l))
            .join("\n"),
        ),
    });
  }
  return programs;
}
