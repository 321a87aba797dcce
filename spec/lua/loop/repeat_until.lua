-- repeat runs at least once; until sees locals of the body.
local n = 0
repeat n = n + 1 until true
print(n) -- expect: 1
local i = 0
repeat
  local done = i >= 3
  i = i + 1
until done
print(i) -- expect: 4
