-- type of each kind of value
local vals = { nil, true, 0, "", {}, print, function() end, coroutine.create(function() end), newproxy() }
for i = 1, 9 do io.write(type(vals[i]), " ") end
print()
