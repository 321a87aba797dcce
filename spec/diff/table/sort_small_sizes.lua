-- sorting arrays of size 0 to 5
for n = 0, 5 do
  local t = {}
  for i = 1, n do t[i] = (n - i) * 3 % 5 end
  table.sort(t)
  print(n, table.concat(t, ","))
end
