-- yields in while and repeat loops
local co = coroutine.wrap(function()
  local i = 0
  while i < 3 do i = i + 1; coroutine.yield("w" .. i) end
  repeat i = i - 1; coroutine.yield("r" .. i) until i == 0
  return "end"
end)
for i = 1, 7 do io.write(co(), " ") end
print()
