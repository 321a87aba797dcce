// Generates spec/diff/debug/*.lua: the debug library as lua5.1 shows it for
// a chunk read from stdin (chunk name "=stdin"): traceback text, getinfo
// fields for many kinds of functions and levels, short_src of loaded chunks
// with odd names, getlocal/setlocal (including the for-loop and temporary
// names), getupvalue/setupvalue, metatables and environments of non-table
// values, the registry, sethook/gethook. No addresses are printed: function
// values are shown by type.
import { emit, done, luaStr } from './_lib.mjs'

const GEN = 'debug.mjs'
let n = 0

/** Emits one hand-written program. */
function prog(name, title, body) {
  emit(GEN, 'debug', name, title, body.replace(/^\n/, '').replace(/\n$/, '').split('\n'))
  n++
}

// A helper printed into getinfo programs: every field sorted, functions and tables by type.
const SHOW = `local function show(t)
  if t == nil then print("nil") return end
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do
    local v = t[k]
    if type(v) == "function" or type(v) == "table" then v = type(v) end
    out[#out + 1] = k .. "=" .. tostring(v)
  end
  print(table.concat(out, " "))
end`

// -- getinfo on function values ------------------------------------------------
const KINDS = [
  ['local_function', 'local function f(a, b) return a end', 'f'],
  ['global_function', 'function gf(x)\n  return x\nend', 'gf'],
  ['method', 'local obj = {}\nfunction obj:m(x) return self, x end', 'obj.m'],
  ['vararg', 'local function v(...) return ... end', 'v'],
  ['closure_with_upvalues', 'local a, b, c = 1, 2, 3\nlocal function f() return a + b + c end', 'f'],
  ['nested', 'local function outer()\n  return function(x)\n    return x\n  end\nend\nlocal f = outer()', 'f'],
  ['c_print', '', 'print'],
  ['c_string_format', '', 'string.format'],
  ['c_pcall', '', 'pcall'],
  ['loadstring_chunk', 'local f = loadstring("return 1")', 'f'],
  ['loadstring_named', 'local f = loadstring("local x = 1\\nreturn x", "=mychunk")', 'f'],
  ['loadstring_at_name', 'local f = loadstring("return 1", "@some/file.lua")', 'f'],
  ['empty_function', 'local function f() end', 'f'],
  ['one_line_function', 'local f = function() return 1 end', 'f'],
  ['multi_line_function', 'local function f(x)\n  local y = x\n  y = y + 1\n  return y\nend', 'f'],
  ['coroutine_wrap', 'local f = coroutine.wrap(function() end)', 'f'],
]
for (const [name, setup, expr] of KINDS) {
  prog(`getinfo_func_${name}`, `debug.getinfo(${expr}) for a ${name.replace(/_/g, ' ')}`, `
${SHOW}
${setup}
show(debug.getinfo(${expr}))
show(debug.getinfo(${expr}, "S"))
show(debug.getinfo(${expr}, "lu"))
`)
}
for (const opt of ['n', 'S', 'l', 'u', 'f', 'L', 'nSl', 'Sn', '', 'flnSu']) {
  const nm = opt === '' ? 'empty' : opt
  prog(`getinfo_options_${nm}`, `debug.getinfo(level, "${opt}") from a called function`, `
${SHOW}
local function callee(a)
  local info = debug.getinfo(1, "${opt}")
  show(info)
  if info.activelines then
    local ls = {}
    for l in pairs(info.activelines) do ls[#ls + 1] = l end
    table.sort(ls)
    print("activelines", table.concat(ls, " "))
  end
  return 0
end
callee(1)
`)
}
prog('getinfo_bad_option', 'debug.getinfo with an invalid option letter', `
print(pcall(debug.getinfo, 1, "x"))
print(pcall(function() return debug.getinfo(1, "q") end))
print(pcall(function() return debug.getinfo(print, ">") end))
`)
prog('getinfo_bad_args', 'debug.getinfo argument errors', `
print(pcall(function() return debug.getinfo() end))
print(pcall(function() return debug.getinfo("x") end))
print(pcall(function() return debug.getinfo({}) end))
print(pcall(function() return debug.getinfo(1, 2) end))
`)
prog('getinfo_level_out_of_range', 'debug.getinfo of levels beyond the stack is nil', `
print(debug.getinfo(50))
print(debug.getinfo(1000, "n"))
print(type(debug.getinfo(-1)))
`)
prog('getinfo_main_chunk', 'debug.getinfo(1) in the main chunk', `
${SHOW}
show(debug.getinfo(1))
`)
prog('getinfo_level_zero', 'debug.getinfo(0) is getinfo itself', `
${SHOW}
show(debug.getinfo(0))
local function f() show(debug.getinfo(0, "nS")) end
f()
`)
prog('getinfo_levels_walk', 'walking levels 1.. from a nested call', `
local function c()
  local lv = 1
  while true do
    local i = debug.getinfo(lv, "nSl")
    if not i then break end
    print(lv, i.what, i.short_src, i.currentline, i.linedefined, i.name, i.namewhat)
    lv = lv + 1
  end
end
local function b() c() end
function a() b() end
a()
`)
const NAMES = [
  ['local', 'local function f() return debug.getinfo(1, "n") end\nlocal i = f()'],
  ['global', 'function gfun() return debug.getinfo(1, "n") end\nlocal i = gfun()'],
  ['method', 'local o = {}\nfunction o:meth() return debug.getinfo(1, "n") end\nlocal i = o:meth()'],
  ['field', 'local o = {}\no.fld = function() return debug.getinfo(1, "n") end\nlocal i = o.fld()'],
  ['upvalue', 'local up = function() return debug.getinfo(1, "n") end\nlocal function g() return (up()) end\nlocal i = g()'],
  ['table_index', 'local t = { function() return debug.getinfo(1, "n") end }\nlocal i = t[1]()'],
  ['metamethod_index', 'local t = setmetatable({}, { __index = function() return debug.getinfo(1, "n") end })\nlocal i = t.x'],
  ['metamethod_add', 'local t = setmetatable({}, { __add = function() return debug.getinfo(1, "n") end })\nlocal i = t + 1'],
  ['metamethod_call', 'local t = setmetatable({}, { __call = function() return debug.getinfo(1, "n") end })\nlocal i = t()'],
  ['pcall_callee', 'local ok, i = pcall(function() return debug.getinfo(1, "n") end)'],
  ['sort_comparator', 'local i\ntable.sort({ 3, 1, 2 }, function(a, b) i = debug.getinfo(1, "n") return a < b end)'],
  ['gsub_callback', 'local i\nstring.gsub("a", "a", function() i = debug.getinfo(1, "n") end)'],
  ['coroutine_body', 'local co = coroutine.create(function() return debug.getinfo(1, "n") end)\nlocal _, i = coroutine.resume(co)'],
  ['parenthesised_call', 'local function f() return debug.getinfo(1, "n") end\nlocal i = (f)()'],
  ['local_in_expression', 'local function f() return debug.getinfo(1, "n") end\nlocal i = f() or nil'],
  ['metamethod_concat', 'local t = setmetatable({}, { __concat = function() return debug.getinfo(1, "n") end })\nlocal i = t .. "x"'],
  ['metamethod_lt', 'local i\nlocal mt = { __lt = function() i = debug.getinfo(1, "n") return true end }\nlocal a, b = setmetatable({}, mt), setmetatable({}, mt)\nlocal _ = a < b'],
  ['metamethod_newindex', 'local i\nlocal t = setmetatable({}, { __newindex = function() i = debug.getinfo(1, "n") end })\nt.x = 1'],
]
for (const [name, code] of NAMES) {
  prog(`getinfo_name_${name}`, `getinfo(1, "n") name and namewhat when called as ${name.replace(/_/g, ' ')}`, `
${code}
print(i.name, i.namewhat)
`)
}
prog('getinfo_currentline', 'currentline follows execution', `
local function line() return debug.getinfo(2, "l").currentline end
print(line())
print(
  line()
)
local x = 1; print(line())
for i = 1, 2 do
  print(i, line())
end
`)
prog('getinfo_c_function_level', 'getinfo of a C function on the stack', `
${SHOW}
local function cmp(a, b)
  show(debug.getinfo(2, "nSl"))
  return a < b
end
table.sort({ 2, 1 }, cmp)
`)
prog('getinfo_nups', 'nups counts upvalues', `
local a, b, c = 1, 2, 3
local function f0() return 1 end
local function f1() return a end
local function f3() return a, b, c end
local function f2() return f1, f0 end
print(debug.getinfo(f0, "u").nups, debug.getinfo(f1, "u").nups, debug.getinfo(f3, "u").nups, debug.getinfo(f2, "u").nups)
print(debug.getinfo(print, "u").nups, debug.getinfo(string.gmatch("a", "a"), "u").nups)
`)
prog('getinfo_func_field', 'getinfo(level, "f").func is the running function', `
local function f() return debug.getinfo(1, "f").func end
print(f() == f)
print(debug.getinfo(print, "f").func == print)
print(debug.getinfo(1, "f").func ~= nil)
`)
prog('getinfo_thread_arg', 'debug.getinfo(thread, level) on a suspended coroutine', `
${SHOW}
local co = coroutine.create(function(x)
  local y = x
  coroutine.yield(y)
end)
coroutine.resume(co, 1)
show(debug.getinfo(co, 0, "nSl"))
show(debug.getinfo(co, 1, "nSl"))
print(debug.getinfo(co, 2, "nSl"))
`)
prog('getinfo_thread_dead', 'debug.getinfo of a dead or fresh coroutine', `
local fresh = coroutine.create(function() end)
print(debug.getinfo(fresh, 0))
print(debug.getinfo(fresh, 1))
local dead = coroutine.create(function() end)
coroutine.resume(dead)
print(debug.getinfo(dead, 1))
`)
// -- short_src for chunk names ------------------------------------------------------
const CHUNKS = [
  ['plain', 'return 1'], ['equals_name', '=name'], ['equals_empty', '='], ['at_file', '@dir/file.lua'], ['at_empty', '@'],
  ['newline_in_source', 'line one\nline two'], ['long_source', 'x'.repeat(70)], ['source_60', 'y'.repeat(60)], ['source_45', 'z'.repeat(45)],
  ['long_equals', '=' + 'e'.repeat(80)], ['long_at', '@' + 'p/'.repeat(50) + 'end.lua'], ['empty', ''], ['leading_newline', '\nreturn 1'],
  ['spaces', '   '], ['bracket', '[string "x"]'],
]
for (const [name, chunk] of CHUNKS) {
  prog(`short_src_${name}`, `short_src, source and error position for a chunk named ${JSON.stringify(chunk.slice(0, 20))}`, `
local name = ${luaStr(chunk)}
local f = assert(loadstring("local t = ... ; t.info = debug.getinfo(1, 'S') ; error('boom')", name))
local t = {}
print(pcall(f, t))
print(t.info.short_src)
print(t.info.source == name, t.info.what, t.info.linedefined)
`)
}
// -- traceback -------------------------------------------------------------------------
prog('traceback_main', 'debug.traceback() in the main chunk', `
print(debug.traceback())
`)
prog('traceback_message', 'debug.traceback with a message', `
print(debug.traceback("hello"))
print(debug.traceback("multi\\nline"))
print(debug.traceback(""))
`)
prog('traceback_nested', 'traceback from nested local and global functions', `
local function f() print(debug.traceback("in f")) end
function g() f() end
local t = { h = function() g() end }
t.h()
`)
prog('traceback_method', 'traceback names methods and fields', `
local obj = {}
function obj:run() print(debug.traceback("m", 1)) end
function obj.stat() obj:run() end
obj.stat()
`)
for (const lv of [0, 1, 2, 3, 5]) {
  prog(`traceback_level_${lv}`, `debug.traceback(msg, ${lv})`, `
local function a() print(debug.traceback("lv", ${lv})) end
local function b() a() end
local function c() b() end
c()
`)
}
prog('traceback_non_string', 'a non-string message is returned as is', `
print(debug.traceback(12))
print(type(debug.traceback({})))
print(debug.traceback(nil))
print(debug.traceback(true))
`)
prog('traceback_through_pcall', 'traceback shows pcall as a C function', `
local function inner() print(debug.traceback("x")) end
pcall(inner)
print(pcall(function() inner() end))
`)
prog('traceback_xpcall_handler', 'traceback as the xpcall message handler', `
local function bad() error("oops") end
local function mid() bad() end
print(xpcall(mid, debug.traceback))
`)
prog('traceback_xpcall_level', 'traceback from a custom handler', `
local function h(m) return debug.traceback("handled: " .. m, 2) end
print(xpcall(function() local x = nil; return x.y end, h))
`)
prog('traceback_deep', 'a deep stack is elided in the middle', `
local function rec(n) if n == 0 then print(debug.traceback("deep")) else rec(n - 1) end end
rec(40)
`)
prog('traceback_deep_exact', 'stacks of 20, 21, 22, 23 levels', `
local function rec(n) if n == 0 then local s = debug.traceback() local c = 0 for _ in s:gmatch("\\n") do c = c + 1 end print(c, s:find("%.%.%.") ~= nil) else rec(n - 1) end end
for _, d in ipairs({ 18, 19, 20, 21, 22, 23 }) do rec(d) end
`)
prog('traceback_coroutine', 'debug.traceback(co) of a suspended coroutine', `
local co = coroutine.create(function()
  local function inner() coroutine.yield() end
  inner()
end)
coroutine.resume(co)
print(debug.traceback(co))
print(debug.traceback(co, "msg"))
print(debug.traceback(co, "lv1", 1))
`)
prog('traceback_coroutine_inside', 'debug.traceback() inside a coroutine', `
local co = coroutine.wrap(function() print(debug.traceback("inside")) end)
co()
`)
prog('traceback_sort_callback', 'traceback from inside a table.sort comparator', `
local done = false
table.sort({ 2, 1 }, function(a, b)
  if not done then done = true print(debug.traceback("cmp")) end
  return a < b
end)
`)
prog('traceback_metamethod', 'traceback from inside an __index metamethod', `
local t = setmetatable({}, { __index = function(t, k) print(debug.traceback("idx " .. k)) return 1 end })
local v = t.foo
`)
prog('traceback_loadstring_chunk', 'traceback through a loadstring chunk', `
local f = loadstring("local g = ...\\ng()", "=loaded")
f(function() print(debug.traceback("from loaded")) end)
`)
prog('traceback_uncaught_error_value', 'an uncaught error message (traceback removed)', `
local function f() error("uncaught here") end
local function g() f() end
g()
`)
prog('traceback_bad_level', 'debug.traceback with odd levels', `
print(debug.traceback("m", 100))
print(debug.traceback("m", -1))
print(pcall(debug.traceback, "m", "x"))
print(pcall(debug.traceback, "m", "x", "y"))
print(pcall(debug.traceback, "m", nil))
print(pcall(debug.traceback, "m", {}))
print(pcall(debug.traceback, nil, "x"))
print(debug.traceback("m", "2"))
print(debug.traceback(5, 1, "popped"))
`)
// -- getlocal / setlocal ----------------------------------------------------------------
prog('getlocal_names', 'debug.getlocal lists locals in order', `
local function f(a, b)
  local c = a + b
  local d = "x"
  for i = 1, 10 do
    local n, v = debug.getlocal(1, i)
    if not n then break end
    print(i, n, v)
  end
end
f(1, 2)
`)
prog('getlocal_for_loop', 'internal for-loop locals', `
for i = 1, 1 do
  for k = 1, 8 do
    local n, v = debug.getlocal(1, k)
    if not n then break end
    print(k, n, type(v) == "function" and "function" or v)
  end
end
for k, v in pairs({ 10 }) do
  for j = 1, 8 do
    local n, val = debug.getlocal(1, j)
    if not n then break end
    print(j, n, type(val) == "function" and "function" or type(val) == "table" and "table" or val)
  end
end
`)
prog('getlocal_out_of_range', 'getlocal with indices past the locals', `
local function f(a)
  local n, v = debug.getlocal(1, 2) print(n, type(v))
  n, v = debug.getlocal(1, 100) print(n, type(v))
  n, v = debug.getlocal(1, 0) print(n, type(v))
end
f(5)
`)
prog('getlocal_bad_level', 'getlocal with a level past the stack', `
print(pcall(debug.getlocal, 50, 1))
print(pcall(function() return debug.getlocal(100, 1) end))
print(pcall(function() return debug.getlocal("x", 1) end))
print(pcall(function() return debug.getlocal(1) end))
`)
prog('getlocal_caller', 'getlocal(2, i) reads the locals of the caller', `
local function peek()
  local out = {}
  for i = 1, 5 do
    local n, v = debug.getlocal(2, i)
    if not n then break end
    out[#out + 1] = n .. "=" .. tostring(v)
  end
  print(table.concat(out, " "))
end
local function f(x, y)
  local z = x * y
  peek()
end
f(6, 7)
`)
prog('setlocal_basic', 'debug.setlocal changes a local of the caller', `
local function set(i, v) return debug.setlocal(2, i, v) end
local function f()
  local a, b = 1, 2
  print(set(1, "A"), set(2, "B"), set(9, "Z"))
  print(a, b)
end
f()
`)
prog('setlocal_bad_level', 'debug.setlocal level errors', `
print(pcall(debug.setlocal, 50, 1, 0))
print(pcall(function() return debug.setlocal(1) end))
print(pcall(function() return debug.setlocal(1, 1) end))
`)
prog('getlocal_main_chunk', 'locals of the main chunk', `
local first = 10
local second = "two"
for i = 1, 3 do
  local n, v = debug.getlocal(1, i)
  print(i, n, v)
end
`)
prog('getlocal_scopes', 'locals that went out of scope are not listed', `
local function f()
  do local inner = 1 end
  local after = 2
  local n, v = debug.getlocal(1, 1) print(n, type(v))
  n, v = debug.getlocal(1, 2) print(n, type(v))
  n, v = debug.getlocal(1, 4) print(n, type(v))
end
f()
`)
prog('getlocal_coroutine', 'debug.getlocal(co, level, i) on a suspended coroutine', `
local co = coroutine.create(function(p)
  local q = p * 2
  coroutine.yield()
end)
coroutine.resume(co, 21)
print(debug.getlocal(co, 1, 1))
print(debug.getlocal(co, 1, 2))
print(debug.getlocal(co, 1, 3))
`)
// -- upvalues ------------------------------------------------------------------------
prog('getupvalue_names', 'debug.getupvalue names and values', `
local a, b = 10, "bee"
local function f() return a, b end
for i = 0, 3 do print(i, debug.getupvalue(f, i)) end
`)
prog('getupvalue_c_function', 'upvalues of C functions have empty names', `
local it = string.gmatch("abc", "%a")
print(debug.getupvalue(print, 1))
local n, v = debug.getupvalue(it, 1)
print(n == "", type(v))
`)
prog('setupvalue_basic', 'debug.setupvalue changes a captured variable', `
local x = 1
local function get() return x end
print(debug.setupvalue(get, 1, 99))
print(get(), x)
print(debug.setupvalue(get, 2, 0))
`)
prog('setupvalue_shared', 'a shared upvalue changes for every closure', `
local n = 0
local function inc() n = n + 1 return n end
local function get() return n end
debug.setupvalue(inc, 1, 100)
print(inc(), get())
`)
prog('upvalue_bad_args', 'getupvalue / setupvalue argument errors', `
print(pcall(function() return debug.getupvalue(1, 1) end))
print(pcall(function() return debug.getupvalue(print) end))
print(pcall(function() return debug.setupvalue(print, 1) end))
print(pcall(function() return debug.setupvalue({}, 1, 1) end))
`)
prog('upvalue_order', 'upvalues are numbered in order of first use', `
local p, q, r = "p", "q", "r"
local function f() return r, p, q end
for i = 1, 3 do print(debug.getupvalue(f, i)) end
`)
// -- metatables -------------------------------------------------------------------------
for (const [name, val] of [['number', '42'], ['string', '"str"'], ['boolean', 'true'], ['nil', 'nil'], ['function', 'print']]) {
  prog(`metatable_${name}`, `debug.setmetatable / getmetatable on a ${name}`, `
local v = ${val}
local old = debug.getmetatable(v)
print(type(old))
local mt = { __index = function(_, k) return "idx:" .. tostring(k) end }
print(debug.setmetatable(v, mt) == v, select("#", debug.setmetatable(v, mt)))
print(debug.getmetatable(v) == mt)
print(pcall(function() return v.field end))
debug.setmetatable(v, old)
print(debug.getmetatable(v) == old)
`)
}
prog('metatable_number_arith', 'a metatable on numbers does not change arithmetic', `
debug.setmetatable(0, { __index = math, __call = function(n, ...) return n * 2 end })
print((5):floor(), (2.5):floor(), (16):sqrt())
print(pcall(function() return (3)() end))
debug.setmetatable(0, nil)
print(pcall(function() return (3)() end))
`)
prog('metatable_string_default', 'strings have the string metatable', `
local mt = debug.getmetatable("")
print(type(mt), mt.__index == string, getmetatable("") == mt)
`)
prog('metatable_protected', 'debug.getmetatable ignores __metatable', `
local t = setmetatable({}, { __metatable = "locked", tag = 1 })
print(getmetatable(t))
print(debug.getmetatable(t).tag)
print(pcall(setmetatable, t, {}))
print(debug.setmetatable(t, nil) == t, getmetatable(t))
`)
prog('metatable_bad_args', 'debug.setmetatable with a bad metatable', `
print(pcall(function() return debug.setmetatable({}, 1) end))
print(pcall(function() return debug.setmetatable({}, "x") end))
print(pcall(function() return debug.setmetatable({}) end))
`)
// -- environments -------------------------------------------------------------------------
prog('getfenv_values', 'debug.getfenv of functions, C functions, numbers', `
local function f() end
print(debug.getfenv(f) == _G, debug.getfenv(print) == _G)
print(debug.getfenv(1), debug.getfenv("x"), debug.getfenv(nil))
local co = coroutine.create(f)
print(debug.getfenv(co) == _G)
`)
prog('setfenv_function', 'debug.setfenv on a Lua function', `
local function f() return x end
local env = { x = "from env" }
print(debug.setfenv(f, env) == f)
print(f(), debug.getfenv(f) == env)
`)
prog('setfenv_errors', 'debug.setfenv errors', `
print(pcall(function() return debug.setfenv(1, {}) end))
print(pcall(function() return debug.setfenv(print, 1) end))
print(pcall(function() return debug.setfenv({}, {}) end))
print(pcall(function() return debug.setfenv(print) end))
`)
prog('setfenv_userdata', 'debug.setfenv / getfenv on userdata', `
local u = newproxy()
local env = {}
print(debug.setfenv(u, env) == u)
print(debug.getfenv(u) == env)
`)
prog('registry', 'debug.getregistry is a table', `
local r = debug.getregistry()
print(type(r), r == debug.getregistry())
print(type(r._LOADED), r._LOADED == package.loaded)
`)
// -- hooks -------------------------------------------------------------------------
prog('gethook_none', 'debug.gethook with no hook set', `
print(debug.gethook())
`)
prog('sethook_gethook', 'debug.gethook returns what sethook set', `
local function h() end
debug.sethook(h, "crl", 0)
local f, m, c = debug.gethook()
print(f == h, m, c)
debug.sethook(h, "", 5)
print(select(2, debug.gethook()))
debug.sethook()
print(debug.gethook())
`)
prog('sethook_count', 'a count hook is called every n instructions', `
local calls = 0
debug.sethook(function(ev) calls = calls + 1 end, "", 100)
local s = 0
for i = 1, 10000 do s = s + i end
debug.sethook()
print(s, calls > 50, calls < 1000)
`)
prog('sethook_line', 'a line hook sees each new line', `
local lines = {}
debug.sethook(function(ev, line) lines[#lines + 1] = ev .. ":" .. line end, "l")
local a = 1
local b = 2
debug.sethook()
print(table.concat(lines, " "))
`)
prog('sethook_call_return', 'call and return events', `
local ev = {}
local function f() return 1 end
debug.sethook(function(e) local i = debug.getinfo(2, "n") ev[#ev + 1] = e .. "(" .. tostring(i and i.name) .. ")" end, "cr")
f()
debug.sethook()
print(table.concat(ev, " "))
`)
prog('sethook_bad_args', 'debug.sethook argument errors', `
print(pcall(function() debug.sethook(1, "c") end))
print(pcall(function() debug.sethook(print) end))
print(debug.gethook())
`)
prog('sethook_error_in_hook', 'an error raised by a hook propagates', `
debug.sethook(function() error("hook error") end, "l")
local x = 1
`)
prog('debug_library_names', 'the names in the debug table', `
local names = {}
for k, v in pairs(debug) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
`)
done(GEN, n)
