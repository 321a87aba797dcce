-- building a string with a hot loop of concatenations
local s = ""
for i = 1, 300 do s = s .. string.char(97 + i % 26) end
print(#s, s:sub(1, 30), s:sub(-10))
local parts = {}
for i = 1, 300 do parts[i] = tostring(i) end
local joined = table.concat(parts, ",")
print(#joined, joined:sub(1, 20), joined:sub(-15))
