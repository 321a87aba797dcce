-- a small n-body simulation printed with fixed precision
local bodies = {
  { x = 0, y = 0, vx = 0, vy = 0, m = 1000 },
  { x = 100, y = 0, vx = 0, vy = 3, m = 1 },
  { x = -150, y = 0, vx = 0, vy = -2.5, m = 2 },
}
local function step(dt)
  for i = 1, #bodies do
    local a = bodies[i]
    for j = i + 1, #bodies do
      local b = bodies[j]
      local dx, dy = b.x - a.x, b.y - a.y
      local d2 = dx * dx + dy * dy
      local f = dt / (d2 * math.sqrt(d2))
      a.vx = a.vx + dx * b.m * f; a.vy = a.vy + dy * b.m * f
      b.vx = b.vx - dx * a.m * f; b.vy = b.vy - dy * a.m * f
    end
  end
  for i = 1, #bodies do local b = bodies[i]; b.x = b.x + dt * b.vx; b.y = b.y + dt * b.vy end
end
for i = 1, 1000 do step(0.01) end
for i = 1, #bodies do print(string.format("%.6f %.6f", bodies[i].x, bodies[i].y)) end
