-- concat of concat results and of numbers returned by functions
local rows = {}
for i = 1, 4 do
  local r = {}
  for j = 1, 4 do r[j] = i * j end
  rows[i] = table.concat(r, ",")
end
print(table.concat(rows, ";"))
print(table.concat({ string.byte("abc", 1, 3) }, "-"))
