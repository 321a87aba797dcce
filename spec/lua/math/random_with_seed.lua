-- math.random ranges (values themselves are implementation-specific).
math.randomseed(42)
local ok = true
for i = 1, 1000 do
  local a = math.random()
  local b = math.random(10)
  local c = math.random(5, 7)
  if a < 0 or a >= 1 or b < 1 or b > 10 or b % 1 ~= 0 or c < 5 or c > 7 then ok = false end
end
print(ok) -- expect: true
