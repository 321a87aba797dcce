// Runs one Lua file on a JS peer engine (fengari or wasmoon) the way a
// command-line `lua file args...` would: the global `arg` holds the script
// name at [0] and the arguments at [1..n], the chunk also receives the
// arguments as varargs, print goes to stdout, an error goes to stderr with
// exit code 1.
//
// usage: node peer-driver.mjs <fengari|wasmoon> <peersDir> <file.lua> [args...]
//
// The peers are loaded from <peersDir>/node_modules, where run.mjs --peers
// installs them; they are never dependencies of the package.

import { createRequire } from "node:module";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve, dirname, basename } from "node:path";

const [engine, peersDir, fileArg, ...args] = process.argv.slice(2);
if (!engine || !peersDir || !fileArg) {
  process.stderr.write("usage: node peer-driver.mjs <fengari|wasmoon> <peersDir> <file.lua> [args...]\n");
  process.exit(2);
}
const file = resolve(fileArg);
const require = createRequire(join(resolve(peersDir), "package.json"));

if (engine === "fengari") runFengari();
else if (engine === "wasmoon") await runWasmoon();
else {
  process.stderr.write(`unknown peer engine: ${engine}\n`);
  process.exit(2);
}

// fengari: a Lua 5.3 VM in JS; load the file with luaL_loadfile and pcall it
// under a traceback handler.
function runFengari() {
  const { lua, lauxlib, lualib, to_luastring } = require("fengari");
  const L = lauxlib.luaL_newstate();
  lualib.luaL_openlibs(L);
  lua.lua_createtable(L, args.length, 1);
  lua.lua_pushstring(L, to_luastring(fileArg));
  lua.lua_rawseti(L, -2, 0);
  for (let i = 0; i < args.length; i++) {
    lua.lua_pushstring(L, to_luastring(args[i]));
    lua.lua_rawseti(L, -2, i + 1);
  }
  lua.lua_setglobal(L, to_luastring("arg"));
  // message handler: append a traceback
  lua.lua_pushcfunction(L, (Ls) => {
    const msg = lua.lua_tojsstring(Ls, 1) ?? "(error object is not a string)";
    lauxlib.luaL_traceback(Ls, Ls, to_luastring(msg), 1);
    return 1;
  });
  let st = lauxlib.luaL_loadfile(L, to_luastring(file));
  if (st === lua.LUA_OK) {
    for (const a of args) lua.lua_pushstring(L, to_luastring(a));
    st = lua.lua_pcall(L, args.length, 0, 1);
  }
  if (st !== lua.LUA_OK) {
    process.stderr.write(`fengari: ${lua.lua_tojsstring(L, -1)}\n`);
    process.exitCode = 1;
  }
}

// wasmoon: PUC Lua 5.4 compiled to WebAssembly. Files are mounted into its
// virtual file system (the script's directory, so that require finds
// sibling modules), then run with doFile after `arg` is set.
async function runWasmoon() {
  const { LuaFactory } = require("wasmoon");
  const factory = new LuaFactory();
  const dir = dirname(file);
  const vdir = "/work";
  for (const name of readdirSync(dir)) {
    if (name.endsWith(".lua")) await factory.mountFile(`${vdir}/${name}`, readFileSync(join(dir, name)));
  }
  const lua = await factory.createEngine();
  try {
    const lit = (s) => '"' + Array.from(Buffer.from(s, "utf8"), (b) => `\\${b}`).join("") + '"';
    const items = [`[0] = ${lit(fileArg)}`, ...args.map((a, i) => `[${i + 1}] = ${lit(a)}`)];
    await lua.doString(`arg = { ${items.join(", ")} }; package.path = "${vdir}/?.lua;" .. package.path`);
    const chunk = `local f = assert(loadfile(${lit(`${vdir}/${basename(file)}`)})); return f(table.unpack(arg, 1, #arg))`;
    await lua.doString(chunk);
  } catch (e) {
    process.stderr.write(`wasmoon: ${e?.message ?? e}\n`);
    process.exitCode = 1;
  } finally {
    lua.global.close();
  }
}
