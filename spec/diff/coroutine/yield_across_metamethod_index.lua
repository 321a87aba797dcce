-- yielding inside __index fails
local t = setmetatable({}, { __index = function(_, k) return coroutine.yield(k) end })
local co = coroutine.create(function() return t.key end)
print(coroutine.resume(co))
print(coroutine.status(co))
