// Generates families of spec/diff/coroutine/ programs: values passed through
// resume/yield in each count, error values of every kind through resume and
// wrap, coroutines nested k deep (statuses "normal"/"running"), round-robin
// schedulers with several task counts, and yields from recursion depth k.
import { emit, done } from './_lib.mjs'

const GEN = 'coroutine.mjs'
let n = 0

// k values each way through resume and yield, nils included.
const VALS = ['1', 'nil', '"s"', 'false', 'nil', '2.5']
for (let k = 0; k <= 6; k++) {
  const vs = VALS.slice(0, k).join(', ')
  emit(GEN, 'coroutine', `values_through_${k}`, `${k} values through resume -> body, yield -> resume, resume -> yield, return -> resume`, [
    'local co = coroutine.create(function(...)',
    '  print("body got", select("#", ...), ...)',
    `  print("yield got", select("#", coroutine.yield(${vs})), coroutine.yield(${vs}))`,
    `  return ${vs}`,
    'end)',
    `local function pr(...) print("resume gave", select("#", ...), ...) end`,
    `pr(coroutine.resume(co${k ? ', ' + vs : ''}))`,
    `pr(coroutine.resume(co${k ? ', ' + vs : ''}))`,
    `pr(coroutine.resume(co${k ? ', ' + vs : ''}))`,
    `pr(coroutine.resume(co${k ? ', ' + vs : ''}))`,
    'pr(coroutine.resume(co))',
  ])
  n++
}

// Error values of every kind through resume, wrap and status.
const ERRS = [
  ['string', 'error("boom")'], ['string_level0', 'error("boom", 0)'], ['string_level2', 'error("boom", 2)'],
  ['number', 'error(42)'], ['nil', 'error(nil)'], ['false', 'error(false)'], ['table', 'error({ code = 5 })'],
  ['runtime_arith', 'local x = nil; return x + 1'], ['runtime_call', 'local f; f()'], ['runtime_index', 'local t; return t.x'],
  ['after_yield', 'coroutine.yield(1); error("late")'], ['assert', 'assert(false, "assertion text")'],
]
const SHOWE = 'local function show(v) if type(v) == "table" then return "table code=" .. tostring(v.code) end return type(v) .. ":" .. tostring(v) end'
for (const [name, body] of ERRS) {
  emit(GEN, 'coroutine', `error_kind_${name}`, `an error (${body}) through resume, then through wrap`, [
    SHOWE,
    `local function body() ${body} end`,
    'local co = coroutine.create(body)',
    'local ok, e = coroutine.resume(co)',
    'while ok and coroutine.status(co) ~= "dead" do ok, e = coroutine.resume(co) end',
    'print(ok, show(e), coroutine.status(co))',
    'print(coroutine.resume(co))',
    'local w = coroutine.wrap(body)',
    'local ok2, e2 = pcall(w)',
    'if ok2 then ok2, e2 = pcall(w) end',
    'print(ok2, show(e2))',
    'print(pcall(w))',
  ])
  n++
}

// Coroutines nested k deep: each level prints the statuses it can see.
for (let k = 1; k <= 5; k++) {
  emit(GEN, 'coroutine', `nested_depth_${k}`, `coroutines resumed inside each other ${k} deep: statuses of every level`, [
    'local cos = {}',
    'local function statuses() local o = {} for i = 1, #cos do o[i] = coroutine.status(cos[i]) end return table.concat(o, " ") end',
    'local function make(level)',
    '  return coroutine.create(function()',
    '    print("enter", level, statuses())',
    `    if level < ${k} then`,
    '      cos[level + 1] = make(level + 1)',
    '      print("inner resume", level, coroutine.resume(cos[level + 1]))',
    '    end',
    '    coroutine.yield(level)',
    '    print("resumed again", level, statuses())',
    '    return "done" .. level',
    '  end)',
    'end',
    'cos[1] = make(1)',
    'print(coroutine.resume(cos[1]))',
    'print(statuses())',
    'for i = #cos, 1, -1 do print(i, coroutine.resume(cos[i])) end',
    'print(statuses())',
  ])
  n++
}

// Round-robin schedulers with several task counts and lengths.
for (const [tasks, steps] of [[1, 3], [2, 2], [3, 4], [4, 1], [5, 3]]) {
  emit(GEN, 'coroutine', `round_robin_${tasks}x${steps}`, `${tasks} tasks of different lengths (up to ${steps} steps) run round-robin`, [
    'local tasks = {}',
    `for i = 1, ${tasks} do`,
    '  tasks[i] = coroutine.create(function(name)',
    `    for s = 1, ${steps} + (i % 2) do coroutine.yield(name .. ":" .. s) end`,
    '    return name .. " finished"',
    '  end)',
    'end',
    'local alive, first = true, true',
    'while alive do',
    '  alive = false',
    '  for i = 1, #tasks do',
    '    if coroutine.status(tasks[i]) ~= "dead" then',
    '      local ok, v = coroutine.resume(tasks[i], "t" .. i)',
    '      print(i, ok, v, coroutine.status(tasks[i]))',
    '      alive = true',
    '    end',
    '  end',
    'end',
  ])
  n++
}

// Yields from recursion depth k, with values computed on the way back.
for (let k = 1; k <= 5; k++) {
  emit(GEN, 'coroutine', `yield_from_recursion_${k}`, `yields from every level of a recursion ${k * 3} deep`, [
    'local function rec(d)',
    '  local got = coroutine.yield("down " .. d)',
    `  if d < ${k * 3} then got = got + rec(d + 1) end`,
    '  coroutine.yield("up " .. d .. " " .. got)',
    '  return d',
    'end',
    'local co = coroutine.create(rec)',
    'local ok, v = coroutine.resume(co, 1)',
    'local i = 0',
    'while coroutine.status(co) ~= "dead" do',
    '  print(ok, v)',
    '  i = i + 1',
    '  ok, v = coroutine.resume(co, i)',
    'end',
    'print("end", ok, v)',
  ])
  n++
}

// Yields in the middle of expressions and statements: the driver resumes
// with 10, 20, 30, ... and prints every step.
const CONSTRUCTS = [
  ['table_constructor', 'local t = { 1, coroutine.yield("a"), 3, coroutine.yield("b") } return #t, t[2], t[4]'],
  ['call_arguments', 'local function f(...) return select("#", ...), ... end return f(1, coroutine.yield("a"), 3)'],
  ['concat_chain', 'return "x" .. coroutine.yield("a") .. "y" .. coroutine.yield("b") .. "z"'],
  ['arithmetic', 'return 1 + coroutine.yield("a") * coroutine.yield("b") - 4'],
  ['comparison', 'if coroutine.yield("a") < coroutine.yield("b") then return "less" else return "not less" end'],
  ['and_or', 'local x = coroutine.yield("a") and coroutine.yield("b") or coroutine.yield("c") return x'],
  ['method_call', 'local obj = { n = 1 } function obj:add(x) self.n = self.n + x return self.n end return obj:add(coroutine.yield("a")), obj:add(coroutine.yield("b"))'],
  ['return_list', 'return coroutine.yield("a"), coroutine.yield("b"), coroutine.yield("c")'],
  ['multiple_assignment', 'local a, b, c a, b, c = coroutine.yield("a"), coroutine.yield("b") return a, b, c'],
  ['nested_calls', 'return tostring(math.max(coroutine.yield("a"), coroutine.yield("b")))'],
  ['index_expression', 'local t = { [10] = "ten", [20] = "twenty" } local k = coroutine.yield("a") return t[k], t[coroutine.yield("b")]'],
  ['for_bounds', 'local o = {} for i = coroutine.yield("from"), coroutine.yield("to"), 5 do o[#o + 1] = i end return table.concat(o, ",")'],
  ['while_condition', 'local n = 0 while coroutine.yield("check " .. n) < 30 do n = n + 1 end return n'],
  ['upvalue_update', 'local count = 0 local function bump() count = count + coroutine.yield("bump") end bump() bump() return count'],
  ['string_format_args', 'return string.format("%d-%d", coroutine.yield("a"), coroutine.yield("b"))'],
  ['local_function_recursion', 'local function f(n) if n == 0 then return 0 end return coroutine.yield("n=" .. n) + f(n - 1) end return f(3)'],
  ['unary_and_length', 'return -coroutine.yield("a"), #tostring(coroutine.yield("b")), not coroutine.yield("c")'],
  ['varargs_select', 'local function f(...) return select("#", ...), select(2, ...) end return f(coroutine.yield("a"), nil, coroutine.yield("b"))'],
]
for (const [name, body] of CONSTRUCTS) {
  emit(GEN, 'coroutine', `yield_inside_${name}`, `yields inside ${name.replace(/_/g, ' ')}; resumed with 10, 20, 30, ...`, [
    `local co = coroutine.create(function() ${body} end)`,
    'local v = 0',
    'local r = { coroutine.resume(co) }',
    'while true do',
    '  print(coroutine.status(co), unpack(r, 1, table.maxn(r)))',
    '  if coroutine.status(co) == "dead" then break end',
    '  v = v + 10',
    '  r = { coroutine.resume(co, v) }',
    'end',
  ])
  n++
}

// Errors of every kind through wrap called from a Lua function (positions).
for (const [name, body] of ERRS) {
  emit(GEN, 'coroutine', `wrap_error_from_lua_${name}`, `an error (${body}) through a wrap function called from Lua code`, [
    SHOWE,
    `local w = coroutine.wrap(function() ${body} end)`,
    'local function call() local a = w() return w() end',
    'local ok, e = pcall(call)',
    'print(ok, show(e))',
    'print(pcall(call))',
  ])
  n++
}

// Combinatorial generators.
for (let k = 1; k <= 4; k++) {
  emit(GEN, 'coroutine', `permutations_${k}`, `all permutations of ${k} items from a recursive generator`, [
    'local function permgen(a, n)',
    '  if n <= 1 then coroutine.yield(a) return end',
    '  for i = 1, n do',
    '    a[n], a[i] = a[i], a[n]',
    '    permgen(a, n - 1)',
    '    a[n], a[i] = a[i], a[n]',
    '  end',
    'end',
    `local items = { ${Array.from({ length: k }, (_, i) => `"${String.fromCharCode(97 + i)}"`).join(', ')} }`,
    'local count = 0',
    'for p in coroutine.wrap(function() permgen(items, #items) end) do count = count + 1; print(count, table.concat(p)) end',
  ])
  n++
}
for (const [nn, kk] of [[4, 2], [5, 3], [6, 1], [5, 5]]) {
  emit(GEN, 'coroutine', `combinations_${nn}_${kk}`, `all ${kk}-combinations of ${nn} numbers from a generator`, [
    'local function comb(n, k, start, acc)',
    '  if #acc == k then coroutine.yield(table.concat(acc, " ")) return end',
    '  for i = start, n do acc[#acc + 1] = i; comb(n, k, i + 1, acc); acc[#acc] = nil end',
    'end',
    'local c = 0',
    `for s in coroutine.wrap(function() comb(${nn}, ${kk}, 1, {}) end) do c = c + 1; print(c, s) end`,
  ])
  n++
}
done(GEN, n)
