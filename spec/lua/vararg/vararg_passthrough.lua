-- Varargs pass through calls unchanged, nils included.
local function inner(...) return select("#", ...), ... end
local function outer(...) return inner(...) end
print(outer(1, nil, 3, nil)) -- expect: 4	1	nil	3	nil
local function wrap(f, ...) return f(...) end
print(wrap(math.max, 3, 9, 4)) -- expect: 9
