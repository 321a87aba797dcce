-- len, sub, upper, lower, rep, reverse.
local s = "Hello, Lua"
print(string.len(s), #s) -- expect: 10	10
print(s:sub(1, 5), s:sub(-3), s:sub(8, 100)) -- expect: Hello	Lua	Lua
print(s:sub(0), s:sub(5, 2) == "") -- expect: Hello, Lua	true
print(s:upper(), s:lower()) -- expect: HELLO, LUA	hello, lua
print(("ab"):rep(3), ("ab"):rep(0) == "") -- expect: ababab	true
print(("abc"):reverse()) -- expect: cba
