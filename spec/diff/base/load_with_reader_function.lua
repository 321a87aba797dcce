-- load with a reader function that returns pieces
local pieces = { "return ", "'from ", "pieces'", nil }
local i = 0
local f = load(function() i = i + 1; return pieces[i] end)
print(f())
local parts = { "x = ", "5" }
local j = 0
local g = load(function() j = j + 1; return parts[j] end, "=reader")
g()
print(x)
local empty = load(function() return nil end)
print(type(empty), empty())
print(load(function() return "return +" end, "=bad"))
