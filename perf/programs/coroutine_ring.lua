-- coroutine_ring: a ring of 503 coroutines passes a token around; each hop
-- is a resume/yield pair.  Prints which coroutine holds the token when the
-- count runs out.  Size: number of passes.
local passes = tonumber(arg and arg[1]) or 1000000
local RING = 503

local cocreate, coresume, coyield = coroutine.create, coroutine.resume, coroutine.yield

-- Each member yields the decremented token back to the driver; the driver
-- resumes the next member with it.  Members loop forever.
local ring = {}
for id = 1, RING do
  ring[id] = cocreate(function(token)
    while true do
      token = coyield(token - 1, id)
    end
  end)
end

local token = passes
local holder = 0
local idx = 1
local checksum = 0
while token > 0 do
  local ok, t, who = coresume(ring[idx], token)
  if not ok then error(t) end
  token = t
  holder = who
  checksum = (checksum + who) % 1000003
  idx = idx + 1
  if idx > RING then idx = 1 end
end
print(string.format("token ran out at member %d, checksum %d", holder, checksum))

-- a second pattern: a chain of generators (each wraps the previous one)
local function gen(n)
  return coroutine.wrap(function()
    for i = 1, n do coyield(i) end
    coyield(nil)
  end)
end
local function filter(src, mod)
  return coroutine.wrap(function()
    while true do
      local v = src()
      if v == nil then coyield(nil) return end
      if v % mod ~= 0 then coyield(v) end
    end
  end)
end
local src = gen(math.floor(passes / 10))
src = filter(src, 3)
src = filter(src, 5)
src = filter(src, 7)
local cnt, sum = 0, 0
while true do
  local v = src()
  if v == nil then break end
  cnt = cnt + 1
  sum = (sum + v) % 1000000007
end
print(string.format("generator chain: %d values, sum %d", cnt, sum))
