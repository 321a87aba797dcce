-- fannkuch: for every permutation of 1..n count the "pancake flips" needed
-- (reverse the first p[1] elements until 1 is in front); report the
-- maximum, and a checksum that adds flip counts of even-numbered
-- permutations and subtracts those of odd ones.  Permutations are visited
-- in the rotation order (rotate the first i+1 elements, counter-driven).
-- Size: repetitions r of the whole n = 9 problem (an optional second
-- argument changes n; work grows by ~n per step of n).
local reps = tonumber(arg and arg[1]) or 1
local n = tonumber(arg and arg[2]) or 9

local function fannkuch()
  local perm, work, count = {}, {}, {}
  for i = 1, n do perm[i] = i; count[i] = 0 end

  local maxFlips, checksum, index = 0, 0, 0
  while true do
    -- count flips for the current permutation
    local first = perm[1]
    if first ~= 1 then
      for i = 1, n do work[i] = perm[i] end
      local flips = 0
      local k = first
      while k ~= 1 do
        local lo, hi = 1, k
        while lo < hi do
          work[lo], work[hi] = work[hi], work[lo]
          lo = lo + 1
          hi = hi - 1
        end
        flips = flips + 1
        k = work[1]
      end
      if flips > maxFlips then maxFlips = flips end
      if index % 2 == 0 then checksum = checksum + flips
      else checksum = checksum - flips end
    end
    -- advance to the next permutation: rotate prefix of length i+1 while
    -- the counter for i wraps around
    index = index + 1
    local i = 1
    while true do
      if i >= n then return checksum, maxFlips end
      local head = perm[1]
      for j = 1, i do perm[j] = perm[j + 1] end
      perm[i + 1] = head
      local c = count[i + 1] + 1
      if c <= i then
        count[i + 1] = c
        break
      end
      count[i + 1] = 0
      i = i + 1
    end
  end
end

local checksum, maxFlips
for _ = 1, reps do
  local c, m = fannkuch()
  if checksum ~= nil and (c ~= checksum or m ~= maxFlips) then
    error("repetitions disagree")
  end
  checksum, maxFlips = c, m
end
print(string.format("%d\nPfannkuchen(%d) = %d", checksum, n, maxFlips))
