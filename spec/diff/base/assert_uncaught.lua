-- an uncaught assert names no position for custom messages
local x = nil
assert(x, "x must be set")
