-- trigonometric identities, printed with limited precision
local bad = 0
for i = -50, 50 do
  local x = i / 7
  local s, c = math.sin(x), math.cos(x)
  if math.abs(s * s + c * c - 1) > 1e-12 then bad = bad + 1 end
  if math.abs(math.tan(x) - s / c) > 1e-9 then bad = bad + 1 end
end
print(bad)
print(string.format("%.6f %.6f %.6f", math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1)))
print(math.atan2(0, 1), string.format("%.6f", math.atan2(1, 0)))
