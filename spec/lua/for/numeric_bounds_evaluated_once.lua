-- Start, limit and step are evaluated once, before the loop.
local n = 3
local calls = 0
local function limit() calls = calls + 1; return n end
local c = 0
for i = 1, limit() do n = 10; c = c + 1 end
print(c, calls) -- expect: 3	1
