-- An error kills the coroutine and resume returns false and the message.
local co = coroutine.create(function(x)
  coroutine.yield(x)
  error("failed here", 0)
end)
print(coroutine.resume(co, "first")) -- expect: true	first
print(coroutine.resume(co)) -- expect: false	failed here
print(coroutine.status(co)) -- expect: dead
local co2 = coroutine.create(function() local t; return t.x end)
local ok, e = coroutine.resume(co2)
print(ok, (e:gsub("^.-:%d+: ", ""))) -- expect: false	attempt to index local 't' (a nil value)
