local a, b, c = ...
local x = a and b or c
local y = a or b and c
local z = not (a == b)
if a < b then x = 1 elseif a <= b then x = 2 elseif a > b then x = 3 elseif a >= b then x = 4 else x = 5 end
if a == 1 then y = 2 end
if a ~= "s" then y = nil end
if nil == a then y = true end
if a == true then y = false end
if not a then z = 1 end
local w = a == b
local v = a < 1
local u = 1 < a
local t = (a or 1) + 2
local s = a and 1
while a and b do a = a - 1 end
return x and y, z or w
