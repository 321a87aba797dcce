-- byte strings survive concat
local t = { "a\0b", "\255", "\n", "" }
local s = table.concat(t, "\0")
print(#s)
for i = 1, #s do io.write(s:byte(i), " ") end
print()
