-- a hundred thousand yields
local co = coroutine.wrap(function() for i = 1, 100000 do coroutine.yield(i) end return "end" end)
local s = 0
for i = 1, 100000 do s = s + co() end
print(s, co())
