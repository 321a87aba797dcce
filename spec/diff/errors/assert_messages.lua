-- assert's default and custom messages
print(pcall(function() assert(false) end))
print(pcall(function() assert(nil, "custom") end))
print(pcall(function() assert(1 == 2, "math is " .. "broken") end))
print(pcall(function() assert() end))
print(pcall(function() return assert(1, "unused") end))
print(pcall(assert, false, "direct"))
