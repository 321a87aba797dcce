-- primes by a chain of filtering coroutines
local function nums() return coroutine.wrap(function() for i = 2, 60 do coroutine.yield(i) end end) end
local function filter(p, g) return coroutine.wrap(function() for v in g do if v % p ~= 0 then coroutine.yield(v) end end end) end
local g = nums()
local primes = {}
while true do
  local p = g()
  if not p then break end
  primes[#primes + 1] = p
  g = filter(p, g)
end
print(table.concat(primes, " "))
