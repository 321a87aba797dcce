-- The loop variable is local to the loop.
i = "global i"
for i = 1, 2 do end
print(i) -- expect: global i
local last
for j = 1, 4 do last = j end
print(last, j) -- expect: 4	nil
