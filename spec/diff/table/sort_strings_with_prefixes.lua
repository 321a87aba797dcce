-- prefixes sort before longer strings
local t = { "abc", "ab", "a", "", "abcd", "b", "ba", "abd", "aa" }
table.sort(t)
for i = 1, #t do io.write("[", t[i], "]") end
print()
