-- chunks are vararg functions
local f = loadstring("local a, b = ... return b, a, select('#', ...)")
print(f(1, 2, 3))
print(f())
print(loadstring("return select('#', ...)")(nil, nil))
