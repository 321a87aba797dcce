-- __mode "v": entries whose value is collected are removed; strings and numbers stay.
local weak = setmetatable({}, { __mode = "v" })
local kept = {}
weak.a = kept
weak.s = "a string"
weak.n = 42
local function add_garbage() weak.b = {}; weak.c = function() end end
add_garbage()
collectgarbage()
print(weak.a == kept, weak.b, weak.c, weak.s, weak.n) -- expect: true	nil	nil	a string	42
