-- Random program from gen-random.mjs (differential test vs luajit -bl).
repeat repeat t()
repeat b, pairs, b.y = nil until -function(p, ...)  end until c:m(function(p, ...) for i0 = true, f.x do function gf(p) local l1, l2 end end
local function lf3()  end
f, pairs = nil end, #1e10 + pairs["s"], false)
break until nil
repeat while f[c["t"]] or {z = "s", y = false, nil} % "t" do next, f = t, "t", pairs(next.x)
g = x.x
g.f = {} - "t"
for i4 = {"t"; z = (true)}, y() do i4()
return 1/0 < 0 end
return y and false, "t" and ..., (...) end
x.f, b, pairs = f:m(t:m(t:m("s", ...))), next(function(...) a = f:n()
if y(a) then for i5 = f, g do  end end
b.f = 1/0
do function gf(...) local function lf6(p, ...)  end
return y("t", ...), a.x, t or 2^53 end end end, y.x ~= a:m()), pairs[x.x] until "t"
for i7 = f, "t", c.f do if f["t"] < false then if i7:m("t") < false then i7 = ... and i7 elseif {i7 + 255, [i7(0, "t", ...)] = not 32767, t:n(true, ..., nil)} then for k8, v9 in next, "t" do local function lf10() t = -1 end
return  end else function t.x.y(...) i7 = true
return ("s"), t("s", -1, nil) end
local function lf11(p)  end
if i7:m("t", "t") then do pairs("s", 256, true)
break end
return i7:n("s"), i7 else b = b end
return  end
i7()
for i12 = f["s"], i7 .. false * x[false], true do i7, g, i7[function(p, ...) i12.f = function(...)  end
for i13 = not ..., 32768 < nil do function t.f(...) return  end end
if "s" and ... then for k14, v15 in nil do repeat for k16, v17 in pairs(true) do v15(k14, "s")
return x, (nil) end
return "t" until pairs end elseif "t" and 2^53 then pairs() else  end
do do return "t", y:m(i7, i7) end end end] = "t" and ..., -i7, not c end
repeat if -i7 then  elseif i7.x then do for i18 = a, 255 do return function()  end, f(...) end end
return a(0, "t"), not ... else local l19, l20, l21
break end
for k22, v23 in pairs(t(i7, true)) do return  end
i7 = {true, ...}
g = {} until b.f
return "s", false, 0.5 elseif "s" and ((i7)) then while false do repeat  until {[pairs] = b}
function t.x.y(...)  end
next = i7["t"] end
c = i7:m(#"t")
i7 = {0 <= pairs, [g("s", ..., ...)] = (256)}
i7 = function(p, q)  end and ("t")
return i7.x end
c[next.f or b(a, false)] = -pairs(1e-3) or 32768 and "s"
t(i7:m(i7[function() pairs[(i7)] = i7 end], -true or g("t", "s")), x[i7[i7]] * "t") end
f.y = x.f
