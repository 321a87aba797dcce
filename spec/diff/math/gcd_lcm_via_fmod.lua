-- gcd and lcm using math.fmod
local function gcd(a, b) while b ~= 0 do a, b = b, math.fmod(a, b) end return a end
for _, p in ipairs({ { 12, 18 }, { 17, 5 }, { 100, 75 }, { 2^40, 2^20 * 3 }, { 0, 9 } }) do
  local g = gcd(p[1], p[2])
  print(p[1], p[2], g, g ~= 0 and p[1] / g * p[2] or 0)
end
