-- patterns over strings with zero bytes and high bytes
local s = "a\0b\0\255c"
print(#s, s:find("\0", 1, true), s:find("%z"))
print((s:gsub("%z", "0")))
print(s:match("[\200-\255]") == "\255")
print(select(2, s:gsub("[%z\255]", "")))
