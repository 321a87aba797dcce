-- pcall returns true plus all results, or false plus the error.
print(pcall(function(...) return ... end, 1, 2, 3)) -- expect: true	1	2	3
print(pcall(function() end)) -- expect: true
print(select("#", pcall(function() return nil, nil end))) -- expect: 3
local ok, e = pcall(42)
print(ok, e) -- expect: false	attempt to call a number value
print(pcall(pcall, error, "x")) -- expect: true	false	x
