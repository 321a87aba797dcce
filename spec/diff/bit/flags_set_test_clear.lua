-- using bits as flags
local bit = require "bit"
local READ, WRITE, EXEC = 1, 2, 4
local perms = bit.bor(READ, EXEC)
local function has(p, f) return bit.band(p, f) ~= 0 end
print(has(perms, READ), has(perms, WRITE), has(perms, EXEC))
perms = bit.bor(perms, WRITE)
perms = bit.band(perms, bit.bnot(READ))
print(perms, has(perms, READ), has(perms, WRITE))
perms = bit.bxor(perms, EXEC)
print(perms)
