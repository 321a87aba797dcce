-- The body is skipped when the range is empty.
local ran = false
for i = 1, 0 do ran = true end
print(ran) -- expect: false
for i = 0, -1 do ran = true end
print(ran) -- expect: false
for i = 10, 11, -1 do ran = true end
print(ran) -- expect: false
local c = 0
for i = 3, 3 do c = c + 1 end
print(c) -- expect: 1
