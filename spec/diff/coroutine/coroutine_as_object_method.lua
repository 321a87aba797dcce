-- a coroutine stored in an object drives its state
local Counter = {}
Counter.__index = Counter
function Counter.new(limit)
  local self = setmetatable({ limit = limit }, Counter)
  self.co = coroutine.create(function() for i = 1, self.limit do coroutine.yield(i) end return "limit" end)
  return self
end
function Counter:next() local ok, v = coroutine.resume(self.co) return v, coroutine.status(self.co) end
local c = Counter.new(2)
print(c:next())
print(c:next())
print(c:next())
print(c:next())
