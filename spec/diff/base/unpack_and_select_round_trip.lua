-- unpack and select agree on counts
local function count(...) return select("#", ...) end
local t = { 1, 2, nil, 4 }
print(count(unpack(t, 1, 4)), count(unpack({})), count(unpack({ nil, nil }, 1, 2)))
