-- math.random stays in range (its values are implementation-specific)
math.randomseed(12345)
local lo, hi = 1 / 0, -1 / 0
local ok = true
for i = 1, 5000 do
  local r = math.random(3, 8)
  if r ~= math.floor(r) then ok = false end
  if r < lo then lo = r end
  if r > hi then hi = r end
  local f = math.random()
  if f < 0 or f >= 1 then ok = false end
end
print(ok, lo, hi)
print(math.random(1, 1), math.random(1))
