-- nbody: a small gravitational system (a star and four planets on
-- roughly circular, slightly inclined orbits) integrated with a symplectic
-- Euler step.  Prints the total energy before and after.
-- Size: number of time steps.
local steps = tonumber(arg and arg[1]) or 200000

local PI = 3.141592653589793
local GM = 4 * PI * PI      -- G * M(star) in AU^3 / yr^2
local dt = 0.01             -- years

-- Bodies are records with fields x, y, z, vx, vy, vz, mass.
local function body(x, y, z, vx, vy, vz, mass)
  return { x = x, y = y, z = z, vx = vx, vy = vy, vz = vz, mass = mass }
end

-- The planets sit at 5.2, 9.6, 19.2 and 30.1 AU on circular orbits tilted
-- by a few percent, with masses of 9.5e-4, 2.9e-4, 4.4e-5 and 5.1e-5 stars.
-- The initial state is written out as literals (computed once with
-- sin/cos) so that every engine starts from bit-identical values.
local bodies = {
  body(0, 0, 0, 0, 0, 0, GM),
  body(4.5634293218299389, 2.4930128007418557, 0.049860256014837116,
       -1.3209894871145234, 2.4180550366743643, 0.048361100733487289, 0.037504496724139559),
  body(-4.8465226041586327, 8.2868099198291869, -0.33147239679316748,
       -1.7504930710775948, -1.0237720328422231, 0.040950881313688924, 0.011448741105263656),
  body(-13.937900240642692, -13.205110256332295, -0.13205110256332295,
       0.9862114876744239, -1.0409392322029576, -0.010409392322029577, 0.001737050374591727),
  body(16.686667518992738, -25.05125001093943, -0.75153750032818289,
       0.95314621192391302, 0.63489182888743578, 0.019046754866623074, 0.002013399297822229),
}
local nb = #bodies

-- Give the star the momentum that cancels the planets', so the system's
-- centre of mass stays put.
local function offsetMomentum()
  local px, py, pz = 0, 0, 0
  for i = 2, nb do
    local b = bodies[i]
    px = px + b.vx * b.mass
    py = py + b.vy * b.mass
    pz = pz + b.vz * b.mass
  end
  local s = bodies[1]
  s.vx = -px / GM
  s.vy = -py / GM
  s.vz = -pz / GM
end

local function energy()
  local e = 0
  for i = 1, nb do
    local bi = bodies[i]
    e = e + 0.5 * bi.mass * (bi.vx * bi.vx + bi.vy * bi.vy + bi.vz * bi.vz)
    for j = i + 1, nb do
      local bj = bodies[j]
      local dx, dy, dz = bi.x - bj.x, bi.y - bj.y, bi.z - bj.z
      e = e - bi.mass * bj.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    end
  end
  return e
end

local function advance(h)
  for i = 1, nb do
    local bi = bodies[i]
    local bix, biy, biz, bim = bi.x, bi.y, bi.z, bi.mass
    local vx, vy, vz = bi.vx, bi.vy, bi.vz
    for j = i + 1, nb do
      local bj = bodies[j]
      local dx, dy, dz = bix - bj.x, biy - bj.y, biz - bj.z
      local d2 = dx * dx + dy * dy + dz * dz
      local mag = h / (d2 * math.sqrt(d2))
      local bm = bj.mass * mag
      vx = vx - dx * bm
      vy = vy - dy * bm
      vz = vz - dz * bm
      bm = bim * mag
      bj.vx = bj.vx + dx * bm
      bj.vy = bj.vy + dy * bm
      bj.vz = bj.vz + dz * bm
    end
    bi.vx, bi.vy, bi.vz = vx, vy, vz
    bi.x = bix + h * vx
    bi.y = biy + h * vy
    bi.z = biz + h * vz
  end
end

offsetMomentum()
print(string.format("energy before: %.9f", energy()))
for _ = 1, steps do advance(dt) end
print(string.format("energy after:  %.9f", energy()))
local s = bodies[2]
print(string.format("first planet at (%.6f, %.6f, %.6f)", s.x, s.y, s.z))
