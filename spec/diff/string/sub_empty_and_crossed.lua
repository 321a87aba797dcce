-- string.sub results that are empty
local s = "hello"
print("[" .. s:sub(3, 2) .. "]", "[" .. s:sub(6) .. "]", "[" .. s:sub(100, 200) .. "]")
print("[" .. (""):sub(1) .. "]", "[" .. (""):sub(0, 0) .. "]", "[" .. (""):sub(-1) .. "]")
print(#s:sub(-100, 100), s:sub(-100, 2))
