-- a failed assert ends the script
local v = assert(tonumber("42"))
print(v)
assert(tonumber("x"), "not a number: x")
