-- two generators interleaved until both end
local function gen(t) return coroutine.wrap(function() for i = 1, #t do coroutine.yield(t[i]) end end) end
local a, b = gen({ 1, 3, 5, 7 }), gen({ "a", "b" })
local adone, bdone = false, false
while not (adone and bdone) do
  if not adone then local v = a(); if v == nil then adone = true else io.write(v, " ") end end
  if not bdone then local v = b(); if v == nil then bdone = true else io.write(v, " ") end end
end
print()
