-- library functions bypass __index/__newindex of proxy tables
local store = { 3, 1, 2 }
local p = setmetatable({}, { __index = store, __newindex = store })
print(#p, table.getn(p), table.maxn(p))
table.insert(p, 9)
print(rawget(p, 1), store[4])
table.sort(p)
print(rawget(p, 1), store[1])
print(table.concat(p, ","), table.concat(store, ","))
