-- a table of generators advanced in turn
local gens = {}
for k = 1, 3 do gens[k] = coroutine.wrap(function() for i = 1, k do coroutine.yield(k * 10 + i) end return "g" .. k .. " end" end) end
for round = 1, 4 do
  local row = {}
  for k = 1, 3 do
    local ok, v = pcall(gens[k])
    row[k] = tostring(ok) .. ":" .. tostring(v)
  end
  print(round, table.concat(row, " "))
end
