-- load calls the reader until it returns nil or an empty string
local parts = { "return ", "1 ", "+ ", "2" }
local i = 0
local f = load(function() i = i + 1; return parts[i] end)
print(f(), i)
i = 0
parts = { "return 'a'", "", "..'b'" }
f = load(function() i = i + 1; return parts[i] end)
print(f(), i)
print(type(load(function() return nil end)))
local c = 0
print(load(function() c = c + 1; if c == 1 then return 5 end end))
print(pcall(load, function() return {} end))
print(pcall(function() return load(function() return {} end) end))
