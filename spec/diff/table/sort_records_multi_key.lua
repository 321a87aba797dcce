-- sorting records by two keys
local people = {
  { name = "bob", age = 30 }, { name = "alice", age = 25 }, { name = "carol", age = 30 },
  { name = "dave", age = 25 }, { name = "eve", age = 35 },
}
table.sort(people, function(a, b) if a.age ~= b.age then return a.age < b.age end return a.name < b.name end)
for i = 1, #people do io.write(people[i].name, ":", people[i].age, " ") end
print()
