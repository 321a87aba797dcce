-- __index as a table supplies missing keys.
local base = { greeting = "hello", n = 1 }
local t = setmetatable({ n = 2 }, { __index = base })
print(t.greeting, t.n, t.missing) -- expect: hello	2	nil
print(rawget(t, "greeting")) -- expect: nil
base.late = "added later"
print(t.late) -- expect: added later
