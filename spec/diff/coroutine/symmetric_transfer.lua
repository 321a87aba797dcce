-- a dispatcher simulating symmetric transfer between coroutines
local tasks = {}
local function transfer(name, v) return coroutine.yield(name, v) end
tasks.ping = coroutine.create(function(v) for i = 1, 3 do v = transfer("pong", "ping" .. i .. "<" .. v) end return "ping done" end)
tasks.pong = coroutine.create(function(v) for i = 1, 3 do v = transfer("ping", "pong" .. i .. "<" .. v) end return "pong done" end)
local cur, val = "ping", "start"
for step = 1, 8 do
  local ok, nxt, v = coroutine.resume(tasks[cur], val)
  print(step, cur, ok, nxt, v)
  if coroutine.status(tasks[cur]) == "dead" then break end
  cur, val = nxt, v
end
