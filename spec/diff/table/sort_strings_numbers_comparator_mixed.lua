-- a comparator that orders numbers before strings
local t = { "b", 3, "a", 1, "c", 2 }
table.sort(t, function(x, y)
  if type(x) ~= type(y) then return type(x) == "number" end
  return x < y
end)
for i = 1, #t do io.write(tostring(t[i]), " ") end
print()
