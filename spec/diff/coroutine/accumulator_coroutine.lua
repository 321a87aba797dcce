-- a running sum kept inside a coroutine
local acc = coroutine.wrap(function(x)
  local sum = 0
  while true do sum = sum + x; x = coroutine.yield(sum) end
end)
for i = 1, 10 do io.write(acc(i), " ") end
print()
