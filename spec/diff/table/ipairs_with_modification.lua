-- ipairs sees elements appended during the loop
local t = { 1, 2, 3 }
local visited = 0
for i, v in ipairs(t) do
  visited = visited + 1
  if i <= 3 then t[#t + 1] = v * 10 end
end
print(visited, #t, table.concat(t, ","))
