-- sorting strings by byte order
local t = { "banana", "Apple", "cherry", "apple", "", "10", "9", "a\0", "a" }
table.sort(t)
for i = 1, #t do io.write(string.format("%q ", t[i])) end
print()
