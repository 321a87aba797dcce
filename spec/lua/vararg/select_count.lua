-- select('#', ...) counts trailing nils.
local function n(...) return select("#", ...) end
print(n()) -- expect: 0
print(n(nil)) -- expect: 1
print(n(1, nil, nil)) -- expect: 3
print(n(nil, nil, 3)) -- expect: 3
local function g(...) return ... end
print(n(g(1, 2, nil))) -- expect: 3
