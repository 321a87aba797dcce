-- calling the same method name on objects of different classes in one loop
local function class(area)
  local c = {}
  c.__index = c
  c.area = area
  return c
end
local Square = class(function(s) return s.a * s.a end)
local Rect = class(function(s) return s.w * s.h end)
local Circle = class(function(s) return 3 * s.r * s.r end)
local shapes = {}
for i = 1, 300 do
  local k = i % 3
  if k == 0 then shapes[i] = setmetatable({ a = i % 7 }, Square)
  elseif k == 1 then shapes[i] = setmetatable({ w = i % 5, h = 2 }, Rect)
  else shapes[i] = setmetatable({ r = i % 4 }, Circle) end
end
local sum = 0
for r = 1, 5 do for i = 1, #shapes do sum = sum + shapes[i]:area() end end
print(sum)
