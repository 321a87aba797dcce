-- raytrace: a small Whitted-style ray tracer.  The scene has five spheres
-- over a checkered ground plane, two point lights with hard shadows,
-- Lambert + Phong shading and up to three reflection bounces.  Vectors are
-- small immutable tables, so the inner loops allocate heavily (a target for
-- allocation sinking).  Prints checksums of the 8-bit quantised pixels.
-- Size: image width and height (work grows with n^2).
local size = tonumber(arg and arg[1]) or 120
local sqrt, floor = math.sqrt, math.floor

---------------------------------------------------------------- vectors
local function vec(x, y, z) return { x = x, y = y, z = z } end
local function add(a, b) return vec(a.x + b.x, a.y + b.y, a.z + b.z) end
local function sub(a, b) return vec(a.x - b.x, a.y - b.y, a.z - b.z) end
local function scale(a, s) return vec(a.x * s, a.y * s, a.z * s) end
local function mul(a, b) return vec(a.x * b.x, a.y * b.y, a.z * b.z) end
local function dot(a, b) return a.x * b.x + a.y * b.y + a.z * b.z end
local function norm(a)
  local l = sqrt(dot(a, a))
  return vec(a.x / l, a.y / l, a.z / l)
end
local function cross(a, b)
  return vec(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)
end

---------------------------------------------------------------- scene
local EPS = 1e-6
local FAR = 1e30

-- spheres: centre, radius, colour, reflectivity
local function sphere(c, r, col, refl)
  return { kind = 1, centre = c, r2 = r * r, colour = col, refl = refl }
end
local objects = {
  sphere(vec(0, 1, 0), 1, vec(0.9, 0.2, 0.2), 0.3),
  sphere(vec(-2.2, 0.7, 1), 0.7, vec(0.2, 0.9, 0.3), 0.2),
  sphere(vec(2.1, 0.8, 0.8), 0.8, vec(0.2, 0.3, 0.9), 0.5),
  sphere(vec(-0.8, 0.35, -1.6), 0.35, vec(0.9, 0.9, 0.2), 0.1),
  sphere(vec(1.1, 0.3, -1.9), 0.3, vec(0.9, 0.5, 0.9), 0.6),
  { kind = 2, normal = vec(0, 1, 0), d = 0, refl = 0.25 }, -- ground y = 0
}
local lights = {
  { pos = vec(-5, 6, -4), colour = vec(0.8, 0.8, 0.75) },
  { pos = vec(4, 4, -6), colour = vec(0.35, 0.35, 0.45) },
}
local AMBIENT = 0.08
local BACKGROUND = vec(0.1, 0.12, 0.2)

-- distance along the ray to the object, or FAR
local function intersect(obj, orig, dir)
  if obj.kind == 1 then
    local oc = sub(orig, obj.centre)
    local b = dot(oc, dir)
    local c = dot(oc, oc) - obj.r2
    local disc = b * b - c
    if disc < 0 then return FAR end
    local s = sqrt(disc)
    local t = -b - s
    if t > EPS then return t end
    t = -b + s
    if t > EPS then return t end
    return FAR
  end
  local denom = dot(obj.normal, dir)
  if denom > -EPS and denom < EPS then return FAR end
  local t = (obj.d - dot(obj.normal, orig)) / denom
  if t > EPS then return t end
  return FAR
end

local function nearest(orig, dir)
  local best, hit = FAR, nil
  for i = 1, #objects do
    local t = intersect(objects[i], orig, dir)
    if t < best then best, hit = t, objects[i] end
  end
  return hit, best
end

local function shadowed(p, toLight, dist)
  for i = 1, #objects do
    if intersect(objects[i], p, toLight) < dist then return true end
  end
  return false
end

local function surfaceColour(obj, p)
  if obj.kind == 1 then return obj.colour end
  local cx, cz = floor(p.x), floor(p.z)
  if (cx + cz) % 2 == 0 then return vec(0.85, 0.85, 0.85) end
  return vec(0.15, 0.15, 0.15)
end

local function trace(orig, dir, depth)
  local obj, t = nearest(orig, dir)
  if obj == nil then return BACKGROUND end
  local p = add(orig, scale(dir, t))
  local nrm
  if obj.kind == 1 then nrm = norm(sub(p, obj.centre)) else nrm = obj.normal end
  local base = surfaceColour(obj, p)
  local col = scale(base, AMBIENT)
  local reflDir = sub(dir, scale(nrm, 2 * dot(dir, nrm)))
  for i = 1, #lights do
    local L = lights[i]
    local toL = sub(L.pos, p)
    local dist = sqrt(dot(toL, toL))
    toL = scale(toL, 1 / dist)
    local lambert = dot(nrm, toL)
    if lambert > 0 and not shadowed(p, toL, dist) then
      col = add(col, scale(mul(base, L.colour), lambert))
      local spec = dot(reflDir, toL)
      if spec > 0 then
        spec = spec * spec; spec = spec * spec; spec = spec * spec; spec = spec * spec
        col = add(col, scale(L.colour, spec * 0.5))
      end
    end
  end
  if depth < 3 and obj.refl > 0 then
    local r = trace(p, reflDir, depth + 1)
    col = add(scale(col, 1 - obj.refl), scale(r, obj.refl))
  end
  return col
end

---------------------------------------------------------------- camera
local eye = vec(0, 1.6, -6)
local forward = norm(sub(vec(0, 0.6, 0), eye))
local right = norm(cross(vec(0, 1, 0), forward))
local up = cross(forward, right)

local function quantise(c)
  if c < 0 then c = 0 elseif c > 1 then c = 1 end
  return floor(c * 255 + 0.5)
end

local sumR, sumG, sumB, hash = 0, 0, 0, 0
for y = 0, size - 1 do
  local v = 1 - 2 * (y + 0.5) / size
  for x = 0, size - 1 do
    local u = 2 * (x + 0.5) / size - 1
    local dir = norm(add(forward, add(scale(right, u * 0.8), scale(up, v * 0.8))))
    local c = trace(eye, dir, 0)
    local r, g, b = quantise(c.x), quantise(c.y), quantise(c.z)
    sumR, sumG, sumB = sumR + r, sumG + g, sumB + b
    hash = (hash * 31 + r * 65536 + g * 256 + b) % 1000000007
  end
end
print(string.format("%dx%d pixels: sum r=%d g=%d b=%d", size, size, sumR, sumG, sumB))
print(string.format("pixel hash %d", hash))
