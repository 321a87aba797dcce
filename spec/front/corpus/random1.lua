-- Random program from gen-random.mjs (differential test vs luajit -bl).
while {(y[-g])} do while "s" do t()
for i0 = next.f, nil >= "t" ^ {}, t:n({x = "s"; [g] = "s"; [...] = pairs; "s"}, next[2]) do local function lf1(p, ...)  end
i0 = {"t", "s", "s"}
c[b.f] = (true)
return  end
do for k2, v3 in next, a / "s" do local l4 end
repeat return "t" until c:m("s")
function t.f() local function lf5(p, ...) for k6, v7 in pairs(f) do for k8, v9 in ipairs(t) do  end end end end
return g(nil), function(p, q) for k10, v11 in nil do function t.x.y(...) if t then  else return  end end
return  end end, c:n(0, true) end
local l12 = g[pairs:n(..., ...)], {not "t", x = nil}
return ... - nil end
for i13 = f.f and next:m(), 32767 >= f:n(a:n(1, pairs, "t"), y(0), (1)) do g(i13, "s" <= true > i13.f, i13(true % "s", a))
repeat repeat  until x.x
for i14 = not false, pairs[1/0] do return i14 or b end
i13 = not false
g = function(p, q) i13 = nil
return pairs.f end until i13[y.x]
a.y = (true), t[x:m("s", 32767, "s")], {pairs(true, i13, 32768), nil > ...}
return #false end
break end
function t.f(...) for i15 = {}, pairs(x({}, ...)), function(p, ...) x[function() b, next, c = 1/0, y, "s" end and nil > false], f = nil
t = b.f
x = y[b:n(true, t, c)] end do repeat function t.f(...)  end
i15[y("t", ..., 3.25) and 1/0 and true] = ... ~= 256
f(i15 * i15, {"t"}, "t" and true)
return next[i15] until "t"
for i16 = {z = c:n(1e-3); b or "s"; a(); "s"}, next(true <= c, function(p, q) local l17, l18 = true, "s" end) do while ... > "t" do  end
repeat return ..., i16:n("t", true) until x:m()
if nil == i16 then i16(false, false) end
g(c and false, -255) end end
for k19, v20 in pairs(not x.x) do v20, next.x, v20 = (v20("t")), ... or 2^53 ~= 256
while v20:n(...) <= b[a] do v20((true), true ^ nil, ... .. ...)
v20 = {true, x = "t", false, 255}
x(v20, false, not "t")
v20(function(p, ...)  end, {[...] = ...}) end
v20(v20 or nil < false - true, y:m(... / ..., false or true, (false))) end end
while a.f do repeat while false do repeat return  until next["t"]
local l27, l28 = t.f
l28 = true
l28(pairs.x, l27.x, not false) end until y:m()
for k29, v30 in {#pairs or a(c)} do repeat do do local function lf31(p)  end
return v30[v30] end
return  end
return f[...], function(p, ...) for i32 = b, v30, 255 do break end end, k29 until 255 or (true)
c = a.x
return k29:n("t", true), 0.5 or nil, (true) end
y.x = t({["t"] = next(true); [b:n(..., "s", "t")] = pairs; {[false] = "s"}})
return function(...)  end end
