-- a FIFO queue via insert at the end and remove at the front
local q = {}
for i = 1, 5 do table.insert(q, i) end
local out = {}
for i = 6, 10 do out[#out + 1] = table.remove(q, 1); table.insert(q, i) end
print(table.concat(out, " "), "|", table.concat(q, " "))
