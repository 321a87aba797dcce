-- A wrapped coroutine as a for-in iterator.
local function chars(s)
  return coroutine.wrap(function()
    for i = 1, #s do coroutine.yield(i, s:sub(i, i)) end
  end)
end
local out = {}
for i, c in chars("lua") do out[#out + 1] = i .. c end
print(table.concat(out, " ")) -- expect: 1l 2u 3a
