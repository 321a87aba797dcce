-- while and repeat loops with yields
local co = coroutine.wrap(function()
  local i = 0
  while i < 3 do i = i + 1; coroutine.yield("while " .. i) end
  repeat i = i - 1; coroutine.yield("repeat " .. i) until i == 0
  return "finished"
end)
for k = 1, 7 do print(co()) end
