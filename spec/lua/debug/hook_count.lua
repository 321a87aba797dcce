-- Count hooks fire every n instructions; a hook set inside a coroutine
-- belongs to that coroutine only.
local n = 0
debug.sethook(function () n = n + 1 end, "", 1)
for i = 1, 500 do end
debug.sethook()
print(n >= 500 and n < 510) -- expect: true

-- the hook's own instructions count too (no hook runs meanwhile): a
-- 4-instruction hook every 10 leaves 6 loop iterations per event
n = 0
debug.sethook(function () n = n + 1 end, "", 10)
for i = 1, 500 do end
debug.sethook()
print(n >= 80 and n < 86) -- expect: true

local co = coroutine.create(function ()
  debug.sethook(function () n = n + 1 end, "", 1)
  coroutine.yield()
  for i = 1, 100 do end
end)
coroutine.resume(co)
n = 0
for i = 1, 100 do end
print(n, debug.gethook()) -- expect: 0	nil		0
coroutine.resume(co)
print(n >= 100) -- expect: true
print(debug.gethook(co) ~= nil) -- expect: true
