-- floor and ceil of -n - f for small n and fractions
for n = 0, 3 do
  local row = {}
  for _, f in ipairs({ 0.001, 0.25, 0.5, 0.75, 0.999 }) do row[#row + 1] = math.floor(-n - f) .. "/" .. math.ceil(-n - f) end
  print(n, table.concat(row, " "))
end
