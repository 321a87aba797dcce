-- Parameters can be captured and modified.
local function acc(total)
  return function(n) total = total + n; return total end
end
local a = acc(10)
print(a(5), a(5)) -- expect: 15	20
local function swapper(p, q)
  return function() p, q = q, p; return p, q end
end
local s = swapper(1, 2)
print(s()) -- expect: 2	1
print(s()) -- expect: 1	2
