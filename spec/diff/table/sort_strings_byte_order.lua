-- strings compare by bytes (C locale)
local t = { "b", "B", "a", "A", "_", "0", " ", "aa", "a ", "~", "\t" }
table.sort(t)
for i = 1, #t do io.write(string.format("%q", t[i]), " ") end
print()
