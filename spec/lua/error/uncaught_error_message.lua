-- An uncaught error ends the script; output before it is kept.
print("before") -- expect: before
local t = nil
print(t.field)
print("never")
-- expect error: attempt to index local 't' (a nil value)
