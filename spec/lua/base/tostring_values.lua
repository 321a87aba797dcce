-- tostring of primitive values.
print(tostring(nil), tostring(true), tostring(false)) -- expect: nil	true	false
print(tostring(10), tostring(-1.5), tostring(1e20)) -- expect: 10	-1.5	1e+20
print(tostring("s")) -- expect: s
print(tostring({}):match("^table: ") ~= nil) -- expect: true
print(tostring(print):match("^function") ~= nil) -- expect: true
