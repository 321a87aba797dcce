-- clearing and updating existing fields while traversing is allowed
local t = {}
for i = 1, 10 do t[i] = i end
for k, v in pairs(t) do
  if k % 2 == 0 then t[k] = nil else t[k] = v * 100 end
end
for i = 1, 10 do io.write(tostring(t[i]), " ") end
print()
local u = { a = 1, b = 2, c = 3, d = 4 }
for k in pairs(u) do u[k] = nil end
print(next(u))
local count = 0
local w = { x = 1, y = 2, z = 3 }
for k, v in pairs(w) do w[k] = v + 1; count = count + 1 end
print(count, w.x, w.y, w.z)
