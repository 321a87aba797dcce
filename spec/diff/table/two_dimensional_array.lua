-- a 2D array and its transpose
local m = {}
for i = 1, 4 do m[i] = {} for j = 1, 3 do m[i][j] = i * 10 + j end end
local tr = {}
for j = 1, 3 do tr[j] = {} for i = 1, 4 do tr[j][i] = m[i][j] end end
for j = 1, 3 do print(table.concat(tr[j], " ")) end
