-- escaping magic characters before using text as a pattern
local function esc(s) return (s:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0")) end
local magic = "a.b*c(d)e%f[g]h^i$j+k-l?"
print(esc(magic))
print(magic:find(esc(magic)))
print(("x" .. magic .. "y"):match(esc(magic)) == magic)
