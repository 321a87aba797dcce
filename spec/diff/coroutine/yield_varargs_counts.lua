-- yield returns exactly the values passed to resume
local co = coroutine.create(function()
  while true do
    local n = select("#", coroutine.yield())
    print("got", n)
    if n == 0 then break end
  end
  return "stopped"
end)
coroutine.resume(co)
coroutine.resume(co, 1)
coroutine.resume(co, nil, nil)
coroutine.resume(co, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
print(coroutine.resume(co))
