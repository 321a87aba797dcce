-- 5.1 prepares a numeric for as idx = init - step and adds step before each
-- iteration, so with a fractional step the first value is (init - step) + step
local function first(a, b, c) for x = a, b, c do return string.format("%.17g", x) end end
print(first(-2, 0, 0.05), first(0.1, 1, 0.7), first(1, 2, 0.1), first(0, 1, 0.25))
local n = 0
for x = 0.1, 0.3, 0.1 do n = n + 1 end
print(n)
local last
for x = 1, 0, -0.1 do last = x end
print(string.format("%.17g", last))
