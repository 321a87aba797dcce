-- a thousand suspended coroutines resumed in order
local cos = {}
for i = 1, 1000 do cos[i] = coroutine.create(function(x) local y = coroutine.yield(x * 2); return x + y end) end
local s1, s2 = 0, 0
for i = 1, 1000 do local _, v = coroutine.resume(cos[i], i); s1 = s1 + v end
for i = 1, 1000 do local _, v = coroutine.resume(cos[i], 1); s2 = s2 + v end
print(s1, s2, coroutine.status(cos[1]), coroutine.status(cos[1000]))
