-- Assigning constants and values to upvalues (USETS, USETN, USETP, USETV).
local up = 0
local function set_str() up = "str" end
local function set_num() up = 42.5 end
local function set_nil() up = nil end
local function set_true() up = true end
local function set_false() up = false end
local function set_val(v) up = v end
set_str(); print(up) -- expect: str
set_num(); print(up) -- expect: 42.5
set_nil(); print(up) -- expect: nil
set_true(); print(up) -- expect: true
set_false(); print(up) -- expect: false
set_val({ 1 }); print(type(up), up[1]) -- expect: table	1
