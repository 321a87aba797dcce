-- tables used as sets
local function set(list) local s = {} for _, v in ipairs(list) do s[v] = true end return s end
local function keys(s) local r = {} for k in pairs(s) do r[#r + 1] = k end table.sort(r) return table.concat(r, ",") end
local a, b = set({ 1, 2, 3, 4 }), set({ 3, 4, 5 })
local u, i, d = {}, {}, {}
for k in pairs(a) do u[k] = true; if b[k] then i[k] = true else d[k] = true end end
for k in pairs(b) do u[k] = true end
print(keys(u), keys(i), keys(d))
