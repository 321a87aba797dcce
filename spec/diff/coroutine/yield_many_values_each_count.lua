-- yield of 0 to 5 values, counted on the resume side
local co = coroutine.create(function()
  for n = 0, 5 do
    local t = {}
    for i = 1, n do t[i] = i * 11 end
    coroutine.yield(unpack(t, 1, n))
  end
end)
for n = 0, 6 do
  local r = { coroutine.resume(co) }
  print(n, #r - 1, unpack(r, 2))
end
