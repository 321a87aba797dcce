-- table.insert and table.remove at the end and in the middle.
local t = { 1, 2, 3 }
table.insert(t, 4)
table.insert(t, 1, 0)
print(table.concat(t, ",")) -- expect: 0,1,2,3,4
print(table.remove(t)) -- expect: 4
print(table.remove(t, 1)) -- expect: 0
print(table.concat(t, ",")) -- expect: 1,2,3
table.insert(t, 2, "x")
print(table.concat(t, ",")) -- expect: 1,x,2,3
print(select("#", table.remove({}))) -- expect: 0
