-- Filling and clearing many slots keeps values correct.
local t = {}
for i = 1, 1000 do t[i] = i * 2 end
print(#t, t[500], t[1000]) -- expect: 1000	1000	2000
for i = 1, 1000, 2 do t[i] = nil end
local cnt = 0
for i = 1, 1000 do if t[i] then cnt = cnt + 1 end end
print(cnt) -- expect: 500
local h = {}
for i = 1, 100 do h["k" .. i] = i end
local s = 0
for k, v in pairs(h) do s = s + v end
print(s) -- expect: 5050
for i = 1, 100 do h["k" .. i] = nil end
print(next(h)) -- expect: nil
