-- a wrap function stored in a table and called with :
local obj = { name = "obj" }
obj.step = coroutine.wrap(function(self, x) while true do self, x = coroutine.yield(self.name .. x) end end)
print(obj:step(1))
print(obj:step(2))
