-- __mode "kv" removes an entry if either side is collected.
local weak = setmetatable({}, { __mode = "kv" })
local k1, v1 = {}, {}
weak[k1] = v1
local function fill() weak[{}] = v1; weak[k1 .. ""] = nil end
local function fill2() weak.x = {}; weak[{}] = "str" end
pcall(fill)
fill2()
collectgarbage()
local n = 0
for k, v in pairs(weak) do n = n + 1 end
print(n, weak[k1] == v1) -- expect: 1	true
