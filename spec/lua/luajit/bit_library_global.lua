-- LuaJIT-only behaviour (verified with `luajit`): bit is preloaded; require "bit" returns it.
print(type(bit), require("bit") == bit) -- expect: table	true
print(bit.band(0xff, 0x0f), bit.bor(1, 2), bit.bxor(3, 1)) -- expect: 15	3	2
print(bit.tohex(255)) -- expect: 000000ff
