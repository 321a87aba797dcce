-- gcd, lcm and prime factorisation
local function gcd(a, b) while b ~= 0 do a, b = b, a % b end return a end
local function lcm(a, b) return a / gcd(a, b) * b end
print(gcd(48, 18), gcd(17, 5), lcm(4, 6), lcm(21, 6))
local function factor(n)
  local f, d = {}, 2
  while n > 1 do
    while n % d == 0 do f[#f + 1] = d; n = n / d end
    d = d + 1
  end
  return table.concat(f, "*")
end
for _, n in ipairs({ 360, 97, 1001, 65536, 123456 }) do print(n, factor(n)) end
