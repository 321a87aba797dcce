-- table.getn, table.setn (obsolete) and table.maxn
print(table.getn({ 1, 2, 3 }), table.getn({}))
print(pcall(table.setn, {}, 5))
print(table.maxn({ 1, 2, [7] = 1, [3.5] = 1, x = 1 }), table.maxn({ [-1] = 1 }))
