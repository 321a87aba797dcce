-- comparator over the first byte, ties in 5.1 order
local t = { "apple", "avocado", "banana", "blueberry", "apricot", "cherry", "beet", "carrot", "almond" }
table.sort(t, function(a, b) return a:byte(1) < b:byte(1) end)
print(table.concat(t, " "))
