-- Unbounded recursion raises a catchable "stack overflow" error.
local function runaway(n) return 1 + runaway(n + 1) end
local ok, e = pcall(runaway, 1)
print(ok, type(e), e:find("stack overflow", 1, true) ~= nil) -- expect: false	string	true
local ok2, e2 = pcall(runaway, 1)
print(ok2, e2:find("stack overflow", 1, true) ~= nil) -- expect: false	true
local function fine(n) if n == 0 then return 0 end return 1 + fine(n - 1) end
print(fine(1000)) -- expect: 1000
