-- string.sub converts its index arguments to integers
local s = "abcdefghij"
print(s:sub(2.7), s:sub(2.2, 4.9), s:sub("3", "5"), s:sub(-2.5))
print(pcall(string.sub, s, "x"))
