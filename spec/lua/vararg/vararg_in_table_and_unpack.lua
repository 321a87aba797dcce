-- Packing with {...} and unpacking back.
local function pack(...) return { n = select("#", ...), ... } end
local p = pack(10, nil, 30)
print(p.n, p[1], p[2], p[3]) -- expect: 3	10	nil	30
print(unpack(p, 1, p.n)) -- expect: 10	nil	30
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...)) end
  return s
end
print(sum(1, 2, 3, 4)) -- expect: 10
