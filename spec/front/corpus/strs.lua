local a = "tab\there\nnew\rline\0nul\1ctl\127del\200high"
local b = 'quote\'s "dq" \\ back'
local c = [[long
string]]
local d = [==[with ]] inside]==]
local e = "\65\066\0677"
local f = "a very long string constant that exceeds forty characters in length"
local g = "\x41\x62 \z
   skipped"
local h = "line\
continued"
local i = 1e10 local j = 123456789012 local k = 0.1 local l = 1/3 local m = 2^53 local n = 1e-5 local o = 3.14159265358979
local p = 0x10 local q = 0xff local r = 1e100 local s = -1e-300 local t2 = 5e-324 local u = 100000000000000 local v = 1e15
local w = 32767 local x = 32768 local y = -32768 local z = -32769 local aa = 65535 local bb = 1.0
t[255] = 1 t[256] = 2 t[0] = 3 t[-0.0] = 4
return a .. b .. c .. d .. e .. f .. g .. h
