-- comparator with a tie breaker
local people = {
  { "ann", 30 }, { "bob", 25 }, { "cid", 30 }, { "dan", 25 }, { "eve", 35 }, { "fay", 30 },
}
table.sort(people, function(a, b) if a[2] ~= b[2] then return a[2] < b[2] end return a[1] > b[1] end)
for i = 1, #people do io.write(people[i][1], "/", people[i][2], " ") end
print()
