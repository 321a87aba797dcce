-- the body's return values become resume's results
local co = coroutine.create(function() return 1, nil, "three" end)
print(select("#", coroutine.resume(co)), coroutine.resume(coroutine.create(function() return 1, nil, "three" end)))
