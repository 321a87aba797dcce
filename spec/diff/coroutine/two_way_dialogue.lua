-- values go in and out on every step
local co = coroutine.create(function(x)
  while true do
    if x == "stop" then return "bye" end
    x = coroutine.yield("echo:" .. x)
  end
end)
for _, w in ipairs({ "hi", "there", "stop", "again" }) do print(coroutine.resume(co, w)) end
