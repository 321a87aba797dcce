-- ten thousand yields
local co = coroutine.wrap(function()
  local i = 0
  while true do i = i + 1; coroutine.yield(i) end
end)
local s = 0
for k = 1, 10000 do s = s + co() end
print(s)
