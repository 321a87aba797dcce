-- string.char covers every byte value
local parts = {}
for i = 0, 255 do parts[#parts + 1] = string.char(i) end
local s = table.concat(parts)
print(#s)
local ok = true
for i = 0, 255 do if s:byte(i + 1) ~= i then ok = false end end
print(ok)
print(string.char(76, 117, 97))
