-- select and unpack round trips.
local function id(...) return ... end
print(select("#", id(unpack({ 1, nil, 3 }, 1, 3)))) -- expect: 3
print(select(2, unpack({ "a", "b", "c" }))) -- expect: b	c
print(unpack({ n = 2, "x", "y" })) -- expect: x	y
