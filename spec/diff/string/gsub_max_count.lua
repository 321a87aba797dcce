-- gsub with a maximum number of replacements
local s = "aaaaa"
for n = -1, 6 do print(n, s:gsub("a", "b", n)) end
print(s:gsub("a", "b", 2.5))
