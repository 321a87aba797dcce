// The engines the runner can time, and how to start a Lua file on each.
//
//   tracelua     node <cli> file args...        (our build; --cli overrides)
//   luajit       luajit file args...
//   luajit-joff  luajit -joff file args...      (LuaJIT's interpreter only)
//   lua5.1       lua5.1 file args...
//   lua5.4       lua5.4 file args...
//   fengari      node lib/peer-driver.mjs fengari <peers> file args...
//   wasmoon      node lib/peer-driver.mjs wasmoon <peers> file args...
//
// Reference engines are used only when found on PATH. The JS peers are
// installed on demand into the git-ignored perf/peers/ folder and are never a
// dependency of the package.

import { existsSync, readFileSync } from "node:fs";
import { join, resolve, extname } from "node:path";
import { spawnSync } from "node:child_process";
import { which } from "./proc.mjs";

export const ALL_ENGINES = ["tracelua", "luajit", "luajit-joff", "lua5.1", "lua5.4", "fengari", "wasmoon"];
export const PEERS = ["fengari", "wasmoon"];

// Short labels for the ratio columns.
export const SHORT = {
  tracelua: "tl",
  luajit: "luajit",
  "luajit-joff": "joff",
  "lua5.1": "5.1",
  "lua5.4": "5.4",
  fengari: "fengari",
  wasmoon: "wasmoon",
};

/** Canonical engine name for a user-supplied one (accepts "luajit -joff", "joff"). */
export function canonicalEngine(name) {
  const n = name.trim().toLowerCase().replace(/\s+/g, "-");
  if (n === "joff" || n === "luajit--joff" || n === "luajit-joff") return "luajit-joff";
  if (n === "tl") return "tracelua";
  if (n === "5.1" || n === "lua51") return "lua5.1";
  if (n === "5.4" || n === "lua54") return "lua5.4";
  return n;
}

/** Are both peer packages installed under peersDir? */
export function peersInstalled(peersDir) {
  return PEERS.every((p) => existsSync(join(peersDir, "node_modules", p, "package.json")));
}

/** Install fengari and wasmoon into peersDir with npm; returns true on success. */
export function installPeers(peersDir) {
  if (peersInstalled(peersDir)) return true;
  process.stderr.write(`installing fengari and wasmoon into ${peersDir} ...\n`);
  const r = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--prefix", peersDir, ...PEERS], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  return r.status === 0 && peersInstalled(peersDir);
}

/**
 * Build the engine records for the requested names.
 * Each record: { name, available, reason, command(file, args) -> [cmd, argv], versionCmd }.
 * tracelua is always kept (reported as failed when its CLI is missing).
 */
export function makeEngines(names, { cli, perfDir, peersDir }) {
  const engines = [];
  for (const name of names) {
    const e = makeEngine(name, { cli, perfDir, peersDir });
    if (e) engines.push(e);
  }
  return engines;
}

// One engine record, or null when a reference engine is not on PATH.
function makeEngine(name, { cli, perfDir, peersDir }) {
  if (name === "tracelua") {
    const cliPath = resolve(cli);
    const isScript = [".js", ".mjs", ".cjs"].includes(extname(cliPath));
    const present = existsSync(cliPath);
    return {
      name,
      available: present,
      reason: present ? "" : `CLI not found: ${cliPath} (build it with npm run build)`,
      command: (file, args) => (isScript ? [process.execPath, [cliPath, file, ...args]] : [cliPath, [file, ...args]]),
      version: () => `tracelua (${cliPath})`,
    };
  }
  if (name === "luajit" || name === "luajit-joff" || name === "lua5.1" || name === "lua5.4") {
    const exe = which(name === "luajit-joff" ? "luajit" : name);
    if (!exe) return null;
    const pre = name === "luajit-joff" ? ["-joff"] : [];
    return {
      name,
      available: true,
      reason: "",
      command: (file, args) => [exe, [...pre, file, ...args]],
      version: () => firstLine(spawnSync(exe, ["-v"], { encoding: "utf8" })) + (pre.length ? " -joff" : ""),
    };
  }
  if (PEERS.includes(name)) {
    const present = peersInstalled(peersDir);
    const driver = join(perfDir, "lib", "peer-driver.mjs");
    return {
      name,
      available: present,
      reason: present ? "" : `not installed in ${peersDir} (use --peers)`,
      command: (file, args) => [process.execPath, [driver, name, peersDir, file, ...args]],
      version: () => {
        try {
          const pkg = join(peersDir, "node_modules", name, "package.json");
          return `${name} ${JSON.parse(readFileSync(pkg, "utf8")).version}`;
        } catch {
          return name;
        }
      },
    };
  }
  throw new Error(`unknown engine: ${name} (known: ${ALL_ENGINES.join(", ")})`);
}

// First non-empty line of a spawnSync result (stdout, else stderr).
function firstLine(r) {
  const s = `${r.stdout ?? ""}\n${r.stderr ?? ""}`;
  return s.split("\n").find((l) => l.trim() !== "")?.trim() ?? "?";
}

