-- local function f can call itself; local f = function cannot.
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(10)) -- expect: 3628800
local g = function(n) return n end
local g = function(n) if n == 0 then return "base" end return g(n - 1) end
print(g(5)) -- expect: 4
