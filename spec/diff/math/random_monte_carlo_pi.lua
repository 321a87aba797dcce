-- a Monte Carlo estimate of pi with a fixed seed
math.randomseed(2718)
local inside = 0
for i = 1, 20000 do
  local x, y = math.random(), math.random()
  if x * x + y * y <= 1 then inside = inside + 1 end
end
print(inside, 4 * inside / 20000)
