-- floor division table for -4..4
for a = -4, 4, 2 do
  local row = {}
  for b = -3, 3 do if b ~= 0 then row[#row + 1] = tostring(math.floor(a / b)) end end
  print(a, table.concat(row, " "))
end
