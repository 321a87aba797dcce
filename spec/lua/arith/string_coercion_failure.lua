-- A non-numeric string in arithmetic is an error that names the operand.
local s = "abc"
print((pcall(function() return s + 1 end))) -- expect: false
local ok, e = pcall(function() local v = "x1"; return v * 2 end)
print(ok) -- expect: false
print((e:gsub("^.-:%d+: ", ""))) -- expect: attempt to perform arithmetic on local 'v' (a string value)
print((select(2, pcall(function() return s + 1 end)):gsub("^.-:%d+: ", ""))) -- expect: attempt to perform arithmetic on upvalue 's' (a string value)
