-- 5.1 (LUA_COMPAT_VARARG): a vararg function whose body never says `...`
-- sees its extra arguments in a local table `arg`, with the count in arg.n.
local function count(first, ...)
  return arg.n, arg[1], arg[2], arg[3]
end
print(count("x", 10, nil, 30)) -- expect: 3	10	nil	30
print(count()) -- expect: 0	nil	nil	nil

-- the table is fresh on every call
local function keep(...) return arg end
local t1, t2 = keep(1), keep(1)
print(t1 ~= t2, #t1, t1.n) -- expect: true	1	1

-- `...` in a nested function does not count: the outer one still gets `arg`
local function outer(...)
  local inner = function(...) return select("#", ...) end
  return arg.n, inner(1, 2, 3)
end
print(outer("p", "q")) -- expect: 2	3

-- `arg` is a local: debug.getlocal lists it after the fixed parameters
local function locals(a, ...)
  local names = {}
  for i = 1, 3 do names[#names + 1] = tostring((debug.getlocal(1, i))) end
  return table.concat(names, ",")
end
print(locals(1, 2)) -- expect: a,arg,names

-- functions with fixed parameters only have no `arg`
arg = "global"
local function fixed(a) return arg end
print(fixed(1)) -- expect: global

-- "..." inside a string or comment is not a use of `...`
local function quoted(...)
  local s = "..." -- ...
  return arg.n, s
end
print(quoted(7)) -- expect: 1	...
