-- __newindex as a table redirects new keys; existing keys are set raw.
local store = {}
local t = setmetatable({ existing = 1 }, { __newindex = store })
t.new = "x"
t.existing = 2
print(rawget(t, "new"), store.new, t.existing) -- expect: nil	x	2
print(t.new) -- expect: nil
