local a, b = ...
local t = {}
local r1 = a + 1 - 2 * 3 / 4 % 5
local r2 = 1 + a
local r3 = 2 * a
local r4 = t.x + t.y
local r5 = t[a] .. t[b] .. "x"
local r6 = a .. b .. (a .. b)
local r7 = -t.x
local r8 = #t.x
local r9 = not t.x
local r10 = a ^ 2 ^ 3
local r11 = 2 ^ a
local r12 = (a + b) * (a - b)
local r13 = a == nil
local r14 = a ~= false
local r15 = "x" == a
local r16 = 1 == a
local r17 = a > 5 and b < 3 or a >= 2 and b <= 1
local r18 = not (a and b)
local r19 = not not a
local r20 = a and b and t or nil
if a and (b or t) then r1 = 1 end
if not (a or b) then r1 = 2 end
if a == 1 and b ~= 2 or t.x then r1 = 3 end
local r21 = 1 + 2 * 3 - 4
local r22 = 10 % 3
local r23 = -2 ^ 2
