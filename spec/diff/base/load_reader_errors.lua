-- load with a reader returning non-strings
local once = false
print(pcall(load, function() if once then return nil end once = true; return 1 end))
print(pcall(load, function() return {} end))
print(pcall(load, function() return true end))
local k = 0
local f = load(function() k = k + 1; if k == 1 then return "return 7" end return "" end)
print(type(f), f())
