-- bytes of a string through a generator
local function bytes(s) return coroutine.wrap(function() for i = 1, #s do coroutine.yield(i, s:byte(i)) end end) end
for i, b in bytes("Lua\0!") do print(i, b) end
