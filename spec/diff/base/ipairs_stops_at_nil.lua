-- ipairs walks 1.. until the first nil, raw
local t = { 1, 2, nil, 4 }
for i, v in ipairs(t) do print(i, v) end
t = { [2] = "b", [3] = "c" }
for i, v in ipairs(t) do print("never", i, v) end
t = { false, false }
for i, v in ipairs(t) do print(i, v) end
t = setmetatable({}, { __index = function(_, k) if k < 4 then return k * 10 end end })
local n = 0
for i, v in ipairs(t) do n = n + 1 end
print("with __index", n)
t = { 1, 2, 3 }
for i, v in ipairs(t) do if i == 2 then t[3] = nil end print(i, v) end
