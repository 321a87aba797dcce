-- loadstring compiles a chunk; setfenv changes a function's globals.
local f = loadstring("return 1 + ...")
print(f(41)) -- expect: 42
local g, err = loadstring("return +")
print(g, type(err)) -- expect: nil	string
local env = { x = "from env" }
local h = loadstring("return x")
setfenv(h, env)
print(h()) -- expect: from env
print(getfenv(h) == env) -- expect: true
print(getfenv(print) == _G or getfenv(print) ~= nil) -- expect: true
