-- numeric strings are accepted as arguments
local bit = require "bit"
print(bit.band("255", "15"), bit.bor("1", 2), bit.tohex("255"), bit.lshift("1", "4"))
