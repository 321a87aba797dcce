-- the mantissa is in [0.5, 1) for every finite nonzero number
local ok = true
for k = -1070, 1020, 37 do
  local v = 1.5 * 2 ^ k
  local m, e = math.frexp(v)
  if m < 0.5 or m >= 1 or math.ldexp(m, e) ~= v then ok = false; print("bad", k) end
end
print(ok)
