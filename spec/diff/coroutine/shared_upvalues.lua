-- a coroutine and the main code share upvalues
local shared = {}
local n = 0
local co = coroutine.wrap(function()
  while true do n = n + 1; shared[#shared + 1] = "co" .. n; coroutine.yield() end
end)
co(); shared[#shared + 1] = "main"; co(); n = 10; co()
print(table.concat(shared, " "), n)
