-- rawequal compares identity; # and rawget on plain tables.
local a, b = {}, {}
print(rawequal(a, a), rawequal(a, b)) -- expect: true	false
print(rawequal("x", "x"), rawequal(1, 1.0)) -- expect: true	true
print(rawequal(1, "1")) -- expect: false
print(rawget({ 5 }, 1)) -- expect: 5
