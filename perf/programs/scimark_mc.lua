-- scimark_mc: SciMark-style Monte Carlo integration: estimate pi from the
-- fraction of random points of the unit square that fall inside the
-- quarter circle.  The generator (Park-Miller, exact in doubles) is
-- inlined in the loop.  Size: number of samples.
local samples = tonumber(arg and arg[1]) or 2000000
local M = 2147483647

local seed = 505
local inside = 0
for _ = 1, samples do
  seed = (seed * 16807) % M
  local x = seed / M
  seed = (seed * 16807) % M
  local y = seed / M
  if x * x + y * y <= 1.0 then inside = inside + 1 end
end
print(string.format("%d samples, %d inside, pi ~ %.9f", samples, inside, 4 * inside / samples))
