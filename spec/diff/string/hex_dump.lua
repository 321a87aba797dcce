-- formatting bytes as hex
local s = "Lua\0\1\255 bytes"
print((s:gsub(".", function(c) return string.format("%02x", c:byte()) end)))
print((("4c7561"):gsub("%x%x", function(h) return string.char(tonumber(h, 16)) end)))
