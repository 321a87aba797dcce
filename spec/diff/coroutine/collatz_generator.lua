-- Collatz sequences through a generator
local function collatz(n)
  return coroutine.wrap(function()
    while n ~= 1 do coroutine.yield(n); if n % 2 == 0 then n = n / 2 else n = 3 * n + 1 end end
    coroutine.yield(1)
  end)
end
for _, start in ipairs({ 1, 6, 7, 27 }) do
  local len, peak = 0, 0
  for v in collatz(start) do len = len + 1; if v > peak then peak = v end end
  print(start, len, peak)
end
