-- recursion through a fixed-point combinator
local function Y(f) return (function(x) return x(x) end)(function(x) return f(function(...) return x(x)(...) end) end) end
local fact = Y(function(self) return function(n) if n == 0 then return 1 end return n * self(n - 1) end end)
print(fact(10), fact(20))
