-- Nested numeric loops.
local s = 0
for i = 1, 10 do
  for j = i, 10 do s = s + 1 end
end
print(s) -- expect: 55
local grid = {}
for y = 1, 3 do
  local row = {}
  for x = 1, 3 do row[x] = (y - 1) * 3 + x end
  grid[y] = table.concat(row, "")
end
print(table.concat(grid, "/")) -- expect: 123/456/789
