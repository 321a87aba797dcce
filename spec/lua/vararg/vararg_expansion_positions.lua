-- ... expands fully only as the last expression.
local function f(...)
  local a, b = ...
  local t = { ..., "end" }
  return a, b, t[2], select("#", ...)
end
print(f(1, 2, 3)) -- expect: 1	2	end	3
print(f()) -- expect: nil	nil	end	0
local function g(...) return (...) end
print(g(7, 8, 9)) -- expect: 7
local function h(...) return ..., "last" end
print(h(1, 2)) -- expect: 1	last
