-- Multiple returns are truncated to one in the middle of expressions.
local function two() return 10, 20 end
print(two() + 1) -- expect: 11
print(two(), two()) -- expect: 10	10	20
local t = { two(), two() }
print(#t) -- expect: 3
print(math.max(two())) -- expect: 20
print(#{ two(), nil }) -- expect: 1
