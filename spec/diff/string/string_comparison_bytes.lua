-- string ordering uses byte values
local words = { "b", "a", "B", "A", "ab", "aB", "", "a\0", "\255", "0", "9", "10" }
table.sort(words)
for i = 1, #words do io.write(string.format("%q ", words[i])) end
print()
