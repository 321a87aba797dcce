-- coroutine.wrap in a generic for
local function range(n, step)
  return coroutine.wrap(function() for i = 1, n, step do coroutine.yield(i) end end)
end
local out = {}
for i in range(20, 3) do out[#out + 1] = i end
print(table.concat(out, " "))
