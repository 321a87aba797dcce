-- a wrap generator is dead after an error; a new one starts fresh
local function mk() return coroutine.wrap(function() coroutine.yield(1) error("boom", 0) end) end
local g = mk()
print(g(), pcall(g))
print(pcall(g))
local h = mk()
print(h())
