-- Constant string keys (TGETS/TSETS), dot and bracket forms are equivalent.
local t = {}
t.name = "lua"
t["ver"] = 5.1
print(t.name, t["name"], t.ver) -- expect: lua	lua	5.1
t.name = nil
print(t.name) -- expect: nil
local p = { x = 1, y = 2 }
p.x, p.y = p.y, p.x
print(p.x, p.y) -- expect: 2	1
p.z = p.x + p.y
print(p.z) -- expect: 3
