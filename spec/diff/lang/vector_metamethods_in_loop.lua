-- arithmetic metamethods on a vector class in a hot loop
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({ x = x, y = y }, V) end
V.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
V.__mul = function(a, k) return vec(a.x * k, a.y * k) end
V.__eq = function(a, b) return a.x == b.x and a.y == b.y end
V.__tostring = function(a) return "(" .. a.x .. ", " .. a.y .. ")" end
local acc = vec(0, 0)
for i = 1, 1000 do acc = acc + vec(i, -i) * 0.5 end
print(tostring(acc), acc == vec(250250, -250250))
