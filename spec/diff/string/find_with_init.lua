-- string.find with positive and negative init
local s = "abcabcabc"
for init = -10, 11 do print(init, s:find("abc", init)) end
