-- foreach over an array part visits 1..n in order
local t = {}
for i = 1, 12 do t[i] = i * i end
local o = {}
table.foreach(t, function(k, v) o[#o + 1] = k .. ":" .. v end)
print(table.concat(o, " "))
