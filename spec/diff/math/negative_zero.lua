-- negative zero produced at run time
local z = 0
local nz = -z
print(nz, 1 / nz, nz == z, z * -1, -z + 0)
print(string.format("%g %f", nz, nz), tostring(nz), nz .. "")
print(math.abs(nz), math.floor(nz), math.ceil(-0.5), math.max(nz, z), math.min(z, nz))
print(nz % 5, 5 % -1, -5 % 5)
local t = {}
t[nz] = "negzero"
print(t[0], t[z])
