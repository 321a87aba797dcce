-- .. is right associative; __concat sees the right-hand pair first.
local log = {}
local mt = { __concat = function(a, b)
  local as = type(a) == "table" and a.name or a
  local bs = type(b) == "table" and b.name or b
  log[#log + 1] = as .. "+" .. bs
  return { name = "(" .. as .. bs .. ")" }
end }
local function obj(n) return setmetatable({ name = n }, mt) end
local r = obj("a") .. obj("b") .. obj("c")
print(r.name) -- expect: (a(bc))
print(log[1]) -- expect: b+c
print(log[2]) -- expect: a+(bc)
