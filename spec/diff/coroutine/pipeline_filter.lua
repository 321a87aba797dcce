-- producer -> filter -> consumer pipeline
local function producer()
  return coroutine.create(function() for i = 1, 20 do coroutine.yield(i) end end)
end
local function filter(src, pred)
  return coroutine.create(function()
    while true do
      local ok, v = coroutine.resume(src)
      if not v then return end
      if pred(v) then coroutine.yield(v) end
    end
  end)
end
local f = filter(filter(producer(), function(x) return x % 2 == 0 end), function(x) return x % 3 == 0 end)
local out = {}
while true do
  local ok, v = coroutine.resume(f)
  if not v then break end
  out[#out + 1] = v
end
print(table.concat(out, " "))
