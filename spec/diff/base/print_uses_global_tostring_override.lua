-- print calls the global tostring at each call
local old = tostring
tostring = function(v) return "<" .. old(v) .. ">" end
print(1, "a", nil)
tostring = function(v) return 7 end
print("x")
tostring = function(v) return nil end
print(pcall(print, "y"))
tostring = nil
print(pcall(print, "z"))
tostring = old
print("restored")
