-- functions returning several values inside a loop
local function divmod(a, b) return math.floor(a / b), a % b end
local qs, rs = 0, 0
for i = 1, 5000 do local q, r = divmod(i, 7); qs = qs + q; rs = rs + r end
print(qs, rs)
local function three() return 1, 2, 3 end
local n = 0
for i = 1, 1000 do local t = { three() }; n = n + #t end
print(n)
