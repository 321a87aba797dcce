-- a tail-called function yields and returns to the resumer
local function last(x) local y = coroutine.yield(x + 1); return y * 2 end
local function middle(x) return last(x * 10) end
local co = coroutine.create(function(x) return middle(x) end)
print(coroutine.resume(co, 4))
print(coroutine.resume(co, 21))
print(coroutine.resume(co))
