-- loadstring returns a function; errors are returned, not raised
local f = loadstring("return 1 + 2")
print(type(f), f())
local g = loadstring("local a, b = ...; return b, a")
print(g("x", "y"))
print(loadstring("syntax error here"))
print(type(loadstring("")))
print((loadstring("")()))
