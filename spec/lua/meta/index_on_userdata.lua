-- Userdata from newproxy(true) can have __index, __newindex and __call.
local u = newproxy(true)
local store = {}
local m = getmetatable(u)
m.__index = function(_, k) return store[k] or ("no " .. k) end
m.__newindex = function(_, k, v) store[k] = v end
m.__call = function(self, a) return "called " .. a end
u.x = 5
print(u.x, u.y) -- expect: 5	no y
print(u("now")) -- expect: called now
local shared = newproxy(u)
print(getmetatable(shared) == m, shared.x) -- expect: true	5
