-- The main chunk is a vararg function (no script arguments here).
local n = select("#", ...)
print(type(n)) -- expect: number
local f = loadstring("return select('#', ...), ...")
print(f("a", "b")) -- expect: 2	a	b
