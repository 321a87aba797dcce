f()
f(1, 2, 3)
f(g())
f(1, g())
f(...)
local a = f()
local b, c = f()
local d, e, f2 = f(), g()
o:m(1, 2)
o.p:m "x"
o:m { 1, 2 }
f { x = 1 }
f "abc"
print(("x"):rep(3))
return f(1)
