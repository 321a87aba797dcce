-- Bounds near 2^53 and infinite limits.
local c = 0
for i = 2 ^ 52 - 2, 2 ^ 52 do c = c + 1 end
print(c) -- expect: 3
c = 0
for i = 1, math.huge do c = c + 1; if c == 5 then break end end
print(c) -- expect: 5
c = 0
for i = -1, -math.huge, -1 do c = c + 1; if i == -7 then break end end
print(c) -- expect: 7
