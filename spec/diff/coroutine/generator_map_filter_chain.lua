-- chained generators: map then filter then take
local function gen(n) return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end) end
local function map(f, g) return coroutine.wrap(function() for v in g do coroutine.yield(f(v)) end end) end
local function filter(p, g) return coroutine.wrap(function() for v in g do if p(v) then coroutine.yield(v) end end end) end
local o = {}
for v in filter(function(x) return x % 3 == 0 end, map(function(x) return x * x end, gen(20))) do o[#o + 1] = v end
print(table.concat(o, " "))
