-- table.sort with < and with a comparator.
local t = { 5, 2, 8, 1, 9, 3 }
table.sort(t)
print(table.concat(t, " ")) -- expect: 1 2 3 5 8 9
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " ")) -- expect: 9 8 5 3 2 1
local words = { "pear", "apple", "fig", "banana" }
table.sort(words)
print(table.concat(words, " ")) -- expect: apple banana fig pear
table.sort(words, function(a, b) return #a < #b end)
print(words[1], words[4]) -- expect: fig	banana
local recs = { { n = 3 }, { n = 1 }, { n = 2 } }
table.sort(recs, function(a, b) return a.n < b.n end)
print(recs[1].n, recs[2].n, recs[3].n) -- expect: 1	2	3
