-- print calls tostring once for each argument, in order
local calls = {}
local old = tostring
tostring = function(v) calls[#calls + 1] = old(v) return old(v) end
print("a", 1, nil, true)
tostring = old
print(table.concat(calls, ","))
