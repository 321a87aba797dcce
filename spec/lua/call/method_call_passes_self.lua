-- obj:m(...) passes obj as the first argument (SELF).
local obj = { name = "obj" }
function obj:greet(g) return g .. ", " .. self.name end
print(obj:greet("hi")) -- expect: hi, obj
print(obj.greet(obj, "hey")) -- expect: hey, obj
print(obj.greet({ name = "other" }, "yo")) -- expect: yo, other
function obj.static(x) return x end
print(obj.static(5)) -- expect: 5
