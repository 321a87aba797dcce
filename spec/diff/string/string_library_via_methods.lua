-- every string function reachable as a method
local s = "Lua Test"
print(s:len(), s:upper(), s:lower(), s:reverse())
print(s:sub(1, 3), s:rep(2, nil), s:byte(1), s:find("Test"))
print(s:match("%u%l+"), s:gsub("%u", "_"))
print(s:format())
