-- reversing arrays in place
local function rev(t) local i, j = 1, #t while i < j do t[i], t[j] = t[j], t[i]; i = i + 1; j = j - 1 end return t end
print(table.concat(rev({ 1, 2, 3, 4, 5 }), ""), table.concat(rev({ 1, 2 }), ""), table.concat(rev({}), ""))
