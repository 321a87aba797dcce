-- a closure mutating an upvalue called many times
local function counter()
  local n = 0
  return function(d) n = n + d; return n end
end
local c = counter()
for i = 1, 10000 do c(i % 3) end
print(c(0))
local total = 0
local function add(v) total = total + v end
for i = 1, 1000 do add(i) end
print(total)
