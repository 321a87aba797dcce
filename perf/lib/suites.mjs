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
    normalise: dropTimingLines,
  };
}

// Lines that report the program's own timing (e.g. "size 1000, 0.11 s,
// 18310.9 iterations/s") change from run to run; leave them out of the
// comparison.
const TIMING_LINE = /(elapsed|runtime|iterations\/s|ops\/s|\d\s*(ms|us|µs)\b|\d(\.\d+)?\s*s(ec(ond)?s?)?\b\s*[,;)]|\btime\s*[:=])/i;

function dropTimingLines(s) {
  return normaliseOutput(
    String(s)
      .split(/\r?\n/)
      .filter((l) => !TIMING_LINE.test(l))
      .join("\n"),
  );
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

// A smaller argument for quick runs: big counts shrink 20x, small ones (depths,
// exponents, n) shrink by 3, since their work is usually exponential. The
// PARAM sizes are meant for LuaJIT's JIT, so even quick runs take a while.
function quickArg(a) {
  const v = Number(a);
  if (!Number.isFinite(v)) return a;
  if (v >= 100) return String(Math.max(1, Math.round(v / 20)));
  if (v > 5) return String(Math.round(v - 3));
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
      const inputName = quick ? quickInput(input) : input;
      stdinFile = join(dir, inputName);
      if (!existsSync(stdinFile)) stdinFile = generateInput(dir, inputName, cacheDir);
      if (!stdinFile) {
        process.stderr.write(`skipping ${name}: input ${inputName} not found and cannot be generated\n`);
        continue;
      }
    }
    programs.push(externalProgram(name, path, args, dir, stdinFile, args[0] ?? null));
  }
  return programs;
}

// The input file of a quick run: FASTA_<n> and SUMCOL_<n> shrink 10x.
function quickInput(input) {
  const m = /^(FASTA|SUMCOL)_(\d+)$/.exec(input);
  if (!m) return input;
  return `${m[1]}_${Math.max(1, Math.round(Number(m[2]) / 10))}`;
}

// Make FASTA_<n> with the suite's own fasta.lua, SUMCOL_<n> as n copies of
// SUMCOL_1.txt (or of a generated column of numbers); cached under cacheDir.
// Returns the path or null.
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
    let block;
    const one = join(dir, "SUMCOL_1.txt");
    if (existsSync(one)) block = readFileSync(one, "latin1");
    else {
      const col = [];
      for (let i = 0; i < 1000; i++) col.push(String(((i * 7919) % 2001) - 1000));
      block = col.join("\n") + "\n";
    }
    writeFileSync(out, block.repeat(Number(m[1])), "latin1");
    return out;
  }
  return null;
}

// ---------------------------------------------------------------- Are We Fast Yet

// Iterations per benchmark: [outer, inner] for a full run (about 0.3-2 s
// under luajit -joff) and for a quick run. Several benchmarks verify their
// result only for particular inner counts (CD, Havlak, Mandelbrot, NBody),
// so those scale with the outer count instead. Havlak is heavy even at its
// smallest verified size (about 15 s under luajit -joff).
const AWFY_ITERS = {
  Bounce: [[1, 600], [1, 60]],
  CD: [[4, 10], [1, 10]],
  DeltaBlue: [[1, 3000], [1, 300]],
  Havlak: [[1, 1], [1, 1]],
  Json: [[1, 30], [1, 3]],
  List: [[1, 800], [1, 80]],
  Mandelbrot: [[1, 500], [1, 1]],
  NBody: [[1, 250000], [1, 1]],
  Permute: [[1, 600], [1, 60]],
  Queens: [[1, 700], [1, 70]],
  Richards: [[1, 10], [1, 1]],
  Sieve: [[1, 1600], [1, 160]],
  Storage: [[1, 250], [1, 25]],
  Towers: [[1, 400], [1, 40]],
};

function loadAwfy(dir, { quick, only }) {
  const files = new Set(readdirSync(dir));
  const programs = [];
  for (const bench of Object.keys(AWFY_ITERS)) {
    const lower = bench.toLowerCase();
    if (!files.has(`${lower}.lua`)) continue;
    if (!selected(bench, only) && !selected(lower, only)) continue;
    const [outer, inner] = AWFY_ITERS[bench][quick ? 1 : 0];
    programs.push({
      name: lower,
      file: join(dir, "harness.lua"),
      args: [bench, String(outer), String(inner)],
      cwd: dir,
      env: envWithPath(dir),
      stdinFile: null,
      size: `${outer}x${inner}`,
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
