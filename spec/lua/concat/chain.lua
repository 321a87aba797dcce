-- A chain of .. compiles to one CAT over consecutive registers.
local a, b, c = "x", "y", "z"
print(a .. b .. c) -- expect: xyz
print(a .. "-" .. b .. "-" .. c) -- expect: x-y-z
local s = ""
for i = 1, 5 do s = s .. i end
print(s) -- expect: 12345
print("a" .. "b" .. "c" .. "d" .. "e" .. "f" .. "g") -- expect: abcdefg
