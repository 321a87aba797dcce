local t = {}
for i = 1, 10 do t[i] = i end
for i = 10, 1, -1 do t[i] = t[i] + 1 end
for k, v in pairs(t) do print(k, v) end
for k, v in ipairs(t) do print(k, v) end
for k, v in next, t do print(k) end
for a, b, c, d in f() do end
local i = 0
while i < 10 do i = i + 1 if i == 5 then break end end
repeat i = i - 1 until i == 0
repeat local z = i; i = i + 1 until z > 3
for i = 1, 3 do local x = function() return i end end
while true do local y = 1; local g = function() return y end; if y then break end end
repeat local q = 1; local g = function() return q end until q
