-- load's chunk name argument
print(type(load(function() return nil end, "=custom")))
local k = 0
print(load(function() k = k + 1; if k == 1 then return "x = " end end, "=custom"))
k = 0
print(load(function() k = k + 1; if k == 1 then return "x = " end end))
k = 0
print(load(function() k = k + 1; if k == 1 then return "x = " end end, "@file.lua"))
print(pcall(load))
