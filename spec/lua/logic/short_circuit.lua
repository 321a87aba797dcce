-- The right operand is not evaluated when the left decides.
local calls = 0
local function f(v) calls = calls + 1; return v end
local r = f(false) and f(true)
print(r, calls) -- expect: false	1
r = f(1) or f(2)
print(r, calls) -- expect: 1	2
r = f(nil) or f(3)
print(r, calls) -- expect: 3	4
r = f(1) and f(nil) and f(5)
print(r, calls) -- expect: nil	6
