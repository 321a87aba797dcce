-- __call is an ordinary Lua call: yield works
local obj = setmetatable({}, { __call = function(self, x) local r = coroutine.yield(x * 2); return r + 1 end })
local co = coroutine.create(function() return obj(5) end)
print(coroutine.resume(co))
print(coroutine.resume(co, 10))
print(coroutine.status(co))
