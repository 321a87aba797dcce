-- a numeric range generator via wrap
local function range(a, b, step)
  return coroutine.wrap(function()
    for i = a, b, step or 1 do coroutine.yield(i) end
  end)
end
local o = {}
for i in range(1, 10, 3) do o[#o + 1] = i end
print(table.concat(o, " "))
o = {}
for i in range(5, 1, -1) do o[#o + 1] = i end
print(table.concat(o, " "))
o = {}
for i in range(1, 0) do o[#o + 1] = i end
print(#o)
