-- tables built with fields in different orders read back correctly
local objs = {}
for i = 1, 200 do
  local o = {}
  if i % 2 == 0 then o.x = i; o.y = -i else o.y = -i; o.x = i end
  if i % 5 == 0 then o.z = i * 10 end
  objs[i] = o
end
local sx, sy, sz = 0, 0, 0
for i = 1, #objs do
  local o = objs[i]
  sx = sx + o.x; sy = sy + o.y; sz = sz + (o.z or 0)
end
print(sx, sy, sz)
