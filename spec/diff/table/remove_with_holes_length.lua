-- remove on a table whose length counts a border before a hole
local t = { 1, 2, 3, nil, 5 }
local n = #t
print(n == 5 or n == 3)
print(table.remove(t), #t)
