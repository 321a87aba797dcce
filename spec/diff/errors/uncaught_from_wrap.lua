-- an error inside a wrapped coroutine propagates out of the script
local w = coroutine.wrap(function() error("inside coroutine") end)
w()
