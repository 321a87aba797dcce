-- nil arguments to resume are delivered
local co = coroutine.create(function(a, b, c) return select("#", a, b, c), a, b, c end)
print(coroutine.resume(co, nil, 2, nil))
