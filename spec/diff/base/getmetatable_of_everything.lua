-- getmetatable for each type
print(getmetatable(nil), getmetatable(1), getmetatable(true), getmetatable(print))
print(getmetatable("") ~= nil, getmetatable("").__index == string)
print(getmetatable({}))
local mt = {}
print(getmetatable(setmetatable({}, mt)) == mt)
print(pcall(getmetatable))
print(getmetatable(coroutine.create(print)))
local p = newproxy(true)
print(type(getmetatable(p)))
