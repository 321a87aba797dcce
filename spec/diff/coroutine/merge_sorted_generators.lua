-- merging two sorted generators
local function gen(t) return coroutine.wrap(function() for _, v in ipairs(t) do coroutine.yield(v) end end) end
local function merge(a, b)
  return coroutine.wrap(function()
    local x, y = a(), b()
    while x or y do
      if y == nil or (x ~= nil and x <= y) then coroutine.yield(x); x = a() else coroutine.yield(y); y = b() end
    end
  end)
end
local out = {}
for v in merge(gen({ 1, 4, 6, 9 }), gen({ 2, 3, 7, 10, 11 })) do out[#out + 1] = v end
print(table.concat(out, " "))
