-- Many live coroutines at once.
local cos = {}
for i = 1, 200 do
  cos[i] = coroutine.create(function(a) local b = coroutine.yield(a * 2); return a + b end)
end
local s = 0
for i = 1, 200 do local _, v = coroutine.resume(cos[i], i); s = s + v end
for i = 1, 200 do local _, v = coroutine.resume(cos[i], 1); s = s + v end
print(s) -- expect: 60500
