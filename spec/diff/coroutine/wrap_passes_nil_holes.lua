-- nils in the middle of yielded values survive wrap
local w = coroutine.wrap(function() coroutine.yield(nil, 2, nil) return nil, nil, 3 end)
print(select("#", w()))
print(select("#", w()), w == w)
