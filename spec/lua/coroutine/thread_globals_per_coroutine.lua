-- Each coroutine has its own globals table (5.1): setfenv(0, t) inside one
-- changes only that coroutine's; a new coroutine starts with its creator's.
local mine = setmetatable({}, { __index = _G })
local co = coroutine.create(function ()
  setfenv(0, mine)
  coroutine.yield(getfenv(0) == mine)
  return getfenv(0) == mine, getfenv(loadstring("")) == mine
end)
print(coroutine.resume(co)) -- expect: true	true
print(getfenv(0) == _G) -- expect: true
print(coroutine.resume(co)) -- expect: true	true	true
print(getfenv(0) == _G) -- expect: true

-- debug.setfenv / getfenv on a suspended coroutine
local other = {}
local co2 = coroutine.create(function () coroutine.yield(); return getfenv(0) == other end)
coroutine.resume(co2)
debug.setfenv(co2, other)
print(debug.getfenv(co2) == other, getfenv(0) == _G) -- expect: true	true
print(coroutine.resume(co2)) -- expect: true	true

-- a coroutine created inside one with its own globals inherits them
local inner
local co3 = coroutine.create(function ()
  setfenv(0, mine)
  inner = coroutine.create(function () return getfenv(0) == mine end)
end)
coroutine.resume(co3)
print(coroutine.resume(inner)) -- expect: true	true
