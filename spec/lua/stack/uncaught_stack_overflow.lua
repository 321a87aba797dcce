-- An uncaught stack overflow ends the script with that message.
local function f() return f() + 1 end
f()
-- expect error: stack overflow
