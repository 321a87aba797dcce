-- running inside a wrapped coroutine is its thread
local me
local w = coroutine.wrap(function() me = coroutine.running(); coroutine.yield(type(me)); return coroutine.status(me) end)
print(w())
print(w())
print(coroutine.status(me))
