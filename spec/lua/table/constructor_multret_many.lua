-- Expanding many values at the end of a constructor keeps them all.
local function many(n)
  local t = {}
  for i = 1, n do t[i] = i end
  return unpack(t)
end
local t = { "first", many(200) }
print(#t, t[1], t[2], t[201]) -- expect: 201	first	1	200
local sum = 0
for i = 2, #t do sum = sum + t[i] end
print(sum) -- expect: 20100
