-- a traffic light as a coroutine state machine
local light = coroutine.wrap(function()
  while true do
    coroutine.yield("green")
    coroutine.yield("yellow")
    coroutine.yield("red")
  end
end)
local seq = {}
for i = 1, 7 do seq[i] = light() end
print(table.concat(seq, " "))
