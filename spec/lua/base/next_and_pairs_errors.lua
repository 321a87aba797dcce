-- next with an invalid key is an error.
local ok, e = pcall(next, {}, "nokey")
print(ok, e) -- expect: false	invalid key to 'next'
print(pcall(pairs, nil)) -- expect: false	bad argument #1 to '?' (table expected, got nil)
