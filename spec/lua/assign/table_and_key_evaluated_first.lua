-- In `i, a[i] = i+1, 20`, a[i] uses i from before the assignment.
local i = 3
local a = {}
i, a[i] = i + 1, 20
print(i, a[3], a[4]) -- expect: 4	20	nil
local t = { x = {} }
local old = t.x
t.x, t.x.y = "replaced", "set on old"
print(t.x, old.y) -- expect: replaced	set on old
