-- vararg functions called from a hot loop
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + select(i, ...) end
  return s
end
local function pass(...) return ... end
local t = 0
for i = 1, 2000 do t = t + sum(i, 1, 2) + select("#", pass(i, nil, i)) end
print(t)
local packed = 0
for i = 1, 500 do local p = { pass(i, i, i) }; packed = packed + #p end
print(packed)
