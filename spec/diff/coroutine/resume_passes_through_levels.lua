-- values flow through three levels of coroutines
local c3 = coroutine.wrap(function(x) while true do x = coroutine.yield(x .. "3") end end)
local c2 = coroutine.wrap(function(x) while true do x = coroutine.yield(c3(x .. "2")) end end)
local c1 = coroutine.wrap(function(x) while true do x = coroutine.yield(c2(x .. "1")) end end)
print(c1("a"))
print(c1("b"))
print(c1("c"))
