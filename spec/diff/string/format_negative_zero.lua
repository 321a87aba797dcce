-- string.format of a negative zero produced at run time
local z = 0
local nz = -z
print(string.format("[%f] [%.0f] [%e] [%g] [%5.1f] [%+g] [%d]", nz, nz, nz, nz, nz, nz, nz))
local tiny = 1e-300
print(string.format("[%.1f] [%.0f] [%g]", -0.04, -0.4, -tiny * tiny))
