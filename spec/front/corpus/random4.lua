-- Random program from gen-random.mjs (differential test vs luajit -bl).
for i0 = {y = y[{...; "s"; nil} or g()]; ["s"] = true; (y[#nil])}, -{#false, function(p, ...) local l1, l2 = 32768 end, false <= false, function(p) for k3, v4 in pairs(false) do  end end} or {[#b.x] = "t"; z = function() for k5, v6 in pairs("t" + 1e10) do k5, v6 = nil, "s" end
while t["s"] do function t:m()  end
return  end end} do a(i0("t", {x = nil - next, [b >= ...] = "s" or a}), a.x > nil, {not (nil); y = (not i0); [-32768 ^ #"t"] = true .. nil == "s"; [g:n(i0, "t")] = i0[false % true]})
i0(function(...) for k7, v8 in next, i0.x do do next(true, "s") end
repeat next()
break until not "s"
i0 = "t"
v8 = f[next] end
do for k9, v10 in pairs({"t"; [i0] = 1e10; ...}) do  end
repeat  until c["t"]
return false < nil, function(p, q)  end, i0(next, 1, 2^53) end end, x:n(false, {y = nil, "t", [false] = "t", false} > i0.x, t(1e10, "s" and "t")), next(i0) + {[(false)] = "t" % true; z = "t"})
c = c.x and false
while function(p, ...) y()
i0 = i0(true) end / false do if i0(i0.x) then function gf(p) local function lf11(p) function t:m(p) i0 = pairs, nil, nil end end end
local l12, l13, l14
repeat  until l13 > next
return false < true, "s" elseif i0.x then repeat t = true until a else a(not g, "s" or nil, "t")
repeat break until i0[i0] end
for k15, v16 in pairs((i0.f)) do if v16("s", g) then a[false] = pairs
break else break end
do  end end end end
c.f = function(...) x = {"s"; y = "s"; true}
if a and t then function t:m(...)  end
return  end
local function lf17() repeat break until "t" end
return {1, [1e-3] = x, x = f, x = "t"} end and b.x or function(p, ...) local function lf18() c.y = (false) end
local function lf19(p, ...) next.x = true .. "s"
if function(p, ...)  end then b[(#"t")] = f
return  else do local l20, l21 = nil
return "t" end end end
pairs({x = t, true, y = "t"} + f.x, 1e10)
f = nil end
next = nil
repeat c = pairs("s", function() for i22 = "s" or false, nil / pairs do  end
t[true], b[-255 == "t" <= false], y = nil
while y[true] do  end
x()
return  end, next.x) until c.x
