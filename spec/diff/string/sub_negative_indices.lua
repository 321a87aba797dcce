-- string.sub with negative indices counts from the end
local s = "abcdefghij"
for i = -12, -1 do print(i, s:sub(i), s:sub(i, -1), s:sub(-3, i), s:sub(1, i)) end
