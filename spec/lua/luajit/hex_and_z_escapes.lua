-- LuaJIT-only behaviour (verified with `luajit`): \x hex escapes and \z whitespace skipping.
print("\x41\x62\x43") -- expect: AbC
print(#"\x00\xff") -- expect: 2
print("a\z
       b") -- expect: ab
print("\x4c\x75\x61" == "Lua") -- expect: true
