-- 5.1 print calls the global tostring
local old = tostring
tostring = function(v) return "<" .. old(v) .. ">" end
print(1, "a", nil)
tostring = old
print(1, "a", nil)
