-- tostring calls __tostring from C: yield fails
local t = setmetatable({}, { __tostring = function() coroutine.yield(); return "x" end })
print(coroutine.resume(coroutine.create(function() return tostring(t) end)))
