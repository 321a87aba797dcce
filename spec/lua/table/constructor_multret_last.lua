-- A call or ... in the last position expands to all its values (TSETM).
local function three() return 1, 2, 3 end
local t = { three() }
print(#t, t[1], t[3]) -- expect: 3	1	3
local u = { 0, three() }
print(#u, u[4]) -- expect: 4	3
local v = { three(), 10 }
print(#v, v[1], v[2], v[3]) -- expect: 2	1	10	nil
local w = { (three()) }
print(#w) -- expect: 1
local function pack(...) return { ... } end
local p = pack("a", "b", "c", "d")
print(#p, p[4]) -- expect: 4	d
local q = pack()
print(#q) -- expect: 0
local function none() end
local r = { 1, 2, none() }
print(#r) -- expect: 2
