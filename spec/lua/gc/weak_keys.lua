-- __mode "k": entries whose key is only reachable from the table are removed.
local weak = setmetatable({}, { __mode = "k" })
local kept = {}
weak[kept] = "kept"
local function add_garbage() for i = 1, 10 do weak[{}] = i end end
add_garbage()
collectgarbage()
collectgarbage()
local n = 0
for k, v in pairs(weak) do n = n + 1 end
print(n, weak[kept]) -- expect: 1	kept
