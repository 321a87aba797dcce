local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
function g(a, b, ...) return a, b, ... end
function t.a.b:c(x) return self, x end
function t.f(...) local a, b = ... ; return select('#', ...) end
local up = 1
local function h() up = up + 1; return up end
local function k() return function() return up end end
local s = "str"
local function u() s = "new"; up = 5; up = nil; up = true end
return fact(5), g(1, 2, 3)
