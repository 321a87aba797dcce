-- rawequal on interned strings and computed numbers
local a = "hello"
local b = "hel" .. "lo"
print(rawequal(a, b), rawequal(1, 0.5 * 2), rawequal("1", 1), rawequal(0/0, 0/0))
print(rawequal(2^53, 2^53 + 1), rawequal(-0, 0))
