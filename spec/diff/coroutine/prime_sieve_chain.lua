-- a chain of filtering coroutines producing primes
local function gen(n)
  return coroutine.wrap(function() for i = 2, n do coroutine.yield(i) end end)
end
local function filter(p, src)
  return coroutine.wrap(function()
    for x in src do if x % p ~= 0 then coroutine.yield(x) end end
  end)
end
local src = gen(100)
local primes = {}
while true do
  local p = src()
  if not p then break end
  primes[#primes + 1] = p
  src = filter(p, src)
end
print(#primes, table.concat(primes, " "))
