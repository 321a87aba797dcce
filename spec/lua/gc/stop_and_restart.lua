-- collectgarbage("stop") turns automatic collection off: garbage piles up
-- until "restart", after which the collector runs on its own again.
collectgarbage()
local before = collectgarbage("count")
collectgarbage("stop")
repeat local t = {} until collectgarbage("count") > before + 2000
print("grew while stopped") -- expect: grew while stopped
collectgarbage("restart")
local n = 0
repeat local t = {}; n = n + 1 until collectgarbage("count") < before + 1000 or n > 1e7
print(n <= 1e7) -- expect: true
