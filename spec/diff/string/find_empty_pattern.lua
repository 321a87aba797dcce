-- find with an empty pattern matches at the init position
local s = "abc"
for init = -4, 5 do print(init, s:find("", init)) end
print((""):find(""))
