-- string.sub with positive indices
local s = "abcdefghij"
for i = 0, 11 do print(i, s:sub(i), s:sub(i, i), s:sub(i, i + 2)) end
