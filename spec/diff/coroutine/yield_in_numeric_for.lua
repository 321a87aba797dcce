-- yields inside numeric for loops keep the loop state
local co = coroutine.wrap(function(n)
  for i = n, 1, -1 do coroutine.yield(i) end
  for x = 0.5, 2, 0.5 do coroutine.yield(x) end
  return "done"
end)
local o = {}
for i = 1, 9 do o[i] = tostring(co(4)) end
print(table.concat(o, " "))
