-- a variable whose type changes after many iterations
local v = 0
local log = {}
for i = 1, 400 do
  if i == 300 then v = tostring(v) end
  if type(v) == "number" then v = v + 1 else v = v .. "" end
  if i % 100 == 0 then log[#log + 1] = type(v) .. ":" .. v end
end
print(table.concat(log, " "))
local t = {}
for i = 1, 300 do t[i] = (i % 50 == 0) and "s" .. i or i end
local n, s = 0, 0
for i = 1, #t do if type(t[i]) == "number" then n = n + t[i] else s = s + 1 end end
print(n, s)
