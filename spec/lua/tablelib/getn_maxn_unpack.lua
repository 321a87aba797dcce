-- table.getn, table.maxn and unpack.
print(table.getn({ 1, 2, 3 })) -- expect: 3
print(table.maxn({ 1, 2, [10] = 3, [5.5] = 4 })) -- expect: 10
print(table.maxn({})) -- expect: 0
print(unpack({ 1, 2, 3 })) -- expect: 1	2	3
print(unpack({ 1, 2, 3 }, 2)) -- expect: 2	3
print(unpack({ 1, 2, 3 }, 2, 5)) -- expect: 2	3	nil	nil
print(select("#", unpack({}, 1, 0))) -- expect: 0
