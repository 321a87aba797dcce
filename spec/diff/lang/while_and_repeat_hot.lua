-- hot while and repeat loops with breaks
local i, s = 0, 0
while true do
  i = i + 1
  if i > 10000 then break end
  if i % 3 == 0 then s = s + i end
end
print(i, s)
local n, steps = 27, 0
repeat
  if n % 2 == 0 then n = n / 2 else n = 3 * n + 1 end
  steps = steps + 1
until n == 1
print(steps)
