-- error position for level 1 and 2 in nested calls
local function validate(x) if type(x) ~= "number" then error("expected number", 2) end return x end
local function api(x) local v = validate(x); return v end
print(pcall(api, "s"))
print(pcall(validate, "s"))
