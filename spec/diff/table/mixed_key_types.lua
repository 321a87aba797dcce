-- keys of many types in one table
local f = function() end
local tk = {}
local t = { [1] = "int", [1.5] = "float", ["1"] = "string", [true] = "true", [false] = "false", [f] = "function", [tk] = "table" }
print(t[1], t[1.5], t["1"], t[true], t[false], t[f], t[tk])
local n = 0
for k, v in pairs(t) do n = n + 1 end
print(n)
