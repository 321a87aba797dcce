-- records sorted by a field with an id tie breaker
local t = {}
for i = 1, 20 do t[i] = { score = (i * 7) % 5, id = i } end
table.sort(t, function(a, b) if a.score ~= b.score then return a.score > b.score end return a.id < b.id end)
for i = 1, #t do io.write(t[i].score, ":", t[i].id, " ") end
print()
