-- counting characters with string.byte in a loop
local s = ("hello world "):rep(50)
local h = {}
for i = 1, #s do local b = s:byte(i); h[b] = (h[b] or 0) + 1 end
local keys = {}
for k in pairs(h) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do io.write(string.char(k), "=", h[k], " ") end
print()
