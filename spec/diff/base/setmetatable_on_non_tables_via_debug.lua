-- setmetatable only accepts tables as first argument
for _, v in ipairs({ 1, "s", true, print }) do print(type(v), pcall(setmetatable, v, {})) end
