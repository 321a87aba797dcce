-- Any value can be an error; tables come back unchanged.
local obj = { code = 42 }
local ok, e = pcall(function() error(obj) end)
print(ok, e == obj, e.code) -- expect: false	true	42
local ok2, e2 = pcall(error)
print(ok2, e2) -- expect: false	nil
local ok3, e3 = pcall(error, true)
print(ok3, e3) -- expect: false	true
