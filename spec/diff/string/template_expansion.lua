-- ${name} template expansion with gsub and a function
local vars = { name = "Lua", version = 5.1 }
local tpl = "Hello ${name} ${version}! ${missing} $${name}"
print((tpl:gsub("%${(%w+)}", function(k) return vars[k] and tostring(vars[k]) end)))
