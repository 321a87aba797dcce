-- Functions stored in tables, passed and returned.
local ops = { add = function(a, b) return a + b end, mul = function(a, b) return a * b end }
local function apply(op, a, b) return ops[op](a, b) end
print(apply("add", 2, 3), apply("mul", 2, 3)) -- expect: 5	6
local function compose(f, g) return function(x) return f(g(x)) end end
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
print(compose(inc, dbl)(5), compose(dbl, inc)(5)) -- expect: 11	12
