-- While the enclosing function runs, the upvalue aliases the local.
local x = 1
local function read() return x end
print(read()) -- expect: 1
x = 2
print(read()) -- expect: 2
local function write(v) x = v end
write(3)
print(x) -- expect: 3
