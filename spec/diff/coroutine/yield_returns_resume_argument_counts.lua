-- yield returns as many values as resume passes, even trailing nils
local co = coroutine.create(function()
  local counts = {}
  for i = 1, 4 do counts[i] = select("#", coroutine.yield()) end
  return table.concat(counts, " ")
end)
coroutine.resume(co)
coroutine.resume(co)
coroutine.resume(co, nil)
coroutine.resume(co, nil, nil)
print(coroutine.resume(co, 1, nil, 3))
