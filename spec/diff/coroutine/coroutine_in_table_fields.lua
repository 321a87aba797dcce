-- coroutines stored in tables and called as methods
local obj = { items = { "x", "y", "z" } }
obj.iter = coroutine.wrap(function() for _, v in ipairs(obj.items) do coroutine.yield(v) end end)
print(obj.iter(), obj.iter(), obj.iter())
