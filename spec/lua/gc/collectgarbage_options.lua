-- collectgarbage options return the documented kinds of values.
print(collectgarbage()) -- expect: 0
print(collectgarbage("collect")) -- expect: 0
print(type(collectgarbage("count"))) -- expect: number
print(collectgarbage("count") > 0) -- expect: true
print(type(collectgarbage("step"))) -- expect: boolean
print(type(collectgarbage("setpause", 200))) -- expect: number
print(type(collectgarbage("setstepmul", 200))) -- expect: number
local ok, e = pcall(collectgarbage, "bogus")
print(ok, e) -- expect: false	bad argument #1 to '?' (invalid option 'bogus')
